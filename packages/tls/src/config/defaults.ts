// The defaults the ssl options fall back to: TLS 1.3 and 1.2 only, forward-secret AEAD suites,
// modern groups and signature schemes. Legacy algorithms exist only behind explicit options.
import { getProvider, type Provider } from '@otpnet/crypto';
import {
  CipherSuite,
  CipherSuitesBySuite,
  type CipherSuitesRow,
  NamedGroup,
  SignatureScheme,
} from '@otpnet/tls-spec';
import type { Role, TlsConfig } from './config.js';

/** By preference; TLS 1.3 suites first (ssl's default order). */
export const DEFAULT_SUITES: readonly CipherSuite[] = [
  CipherSuite.TLS_AES_256_GCM_SHA384,
  CipherSuite.TLS_AES_128_GCM_SHA256,
  CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
  CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
  CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
  CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
  CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
  CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
  CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
  CipherSuite.TLS_DHE_RSA_WITH_AES_256_GCM_SHA384,
  CipherSuite.TLS_DHE_RSA_WITH_AES_128_GCM_SHA256,
];

export const DEFAULT_GROUPS: readonly NamedGroup[] = [
  NamedGroup.x25519,
  NamedGroup.x448,
  NamedGroup.secp256r1,
  NamedGroup.secp384r1,
];

/** rsa_pkcs1_* stay for TLS 1.2 and certificates; TLS 1.3 never signs with them. */
export const DEFAULT_SIGNATURE_SCHEMES: readonly SignatureScheme[] = [
  SignatureScheme.ecdsa_secp256r1_sha256,
  SignatureScheme.ecdsa_secp384r1_sha384,
  SignatureScheme.ecdsa_secp521r1_sha512,
  SignatureScheme.ed25519,
  SignatureScheme.ed448,
  SignatureScheme.rsa_pss_rsae_sha256,
  SignatureScheme.rsa_pss_rsae_sha384,
  SignatureScheme.rsa_pss_rsae_sha512,
  SignatureScheme.rsa_pss_pss_sha256,
  SignatureScheme.rsa_pss_pss_sha384,
  SignatureScheme.rsa_pss_pss_sha512,
  SignatureScheme.rsa_pkcs1_sha256,
  SignatureScheme.rsa_pkcs1_sha384,
  SignatureScheme.rsa_pkcs1_sha512,
];

/** AES-GCM's limit is 2^24.5 records per key (RFC 8446 section 5.5); update well before it. */
export const DEFAULT_KEY_UPDATE_AT = 2 ** 23;

/** The random sources defaultConfig makes: the provider's own generator, nothing injected. */
const providerRandoms = new WeakSet<(n: number) => Uint8Array>();

/**
 * Whether `random` is the provider's own generator. Key generation may then use the provider's
 * (as fast as it gets) instead of deriving keys from bytes of `random` (what an injected source
 * needs, for deterministic handshakes).
 */
export function isProviderRandom(random: (n: number) => Uint8Array): boolean {
  return providerRandoms.has(random);
}

function providerRandom(crypto: Provider): (n: number) => Uint8Array {
  const random = (n: number) => crypto.randomBytes(n);
  providerRandoms.add(random);
  return random;
}

export function suiteRows(values: readonly number[]): CipherSuitesRow[] {
  return values.map((v) => CipherSuitesBySuite.get(v)).filter((r): r is CipherSuitesRow => r !== undefined);
}

/** A complete configuration with every default; options override fields of it. */
export function defaultConfig(role: Role, crypto: Provider = getProvider()): TlsConfig {
  return {
    role,
    crypto,
    versions: ['tlsv1.3', 'tlsv1.2'],
    suites: suiteRows(DEFAULT_SUITES),
    groups: DEFAULT_GROUPS,
    keyShares: 1,
    signatureSchemes: DEFAULT_SIGNATURE_SCHEMES,
    certs: [],
    verify: role === 'client',
    cacerts: [],
    depth: 1,
    failIfNoPeerCert: false,
    serverName: undefined,
    verifyHostname: undefined,
    alpn: [],
    honorCipherOrder: false,
    honorEccOrder: false,
    secureRenegotiate: true,
    middleboxCompat: true,
    maxHandshakeSize: 256 * 1024,
    padding: 0,
    sessionTickets: false,
    sessionCache: undefined,
    sessionKey: undefined,
    // Erlang's server sends three tickets after each handshake.
    ticketCount: 3,
    ticketKey: undefined,
    dhGroup: undefined,
    logAlert: true,
    keylog: undefined,
    random: providerRandom(crypto),
    now: () => Date.now(),
    keyUpdateAt: DEFAULT_KEY_UPDATE_AT,
    maxFragment: 16384,
  };
}
