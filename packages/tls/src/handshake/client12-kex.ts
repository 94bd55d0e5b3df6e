// The client's ClientKeyExchange (RFC 5246 section 7.4.7): its (EC)DHE public value, whose
// premaster secret the ServerKeyExchange already settled, or, with RSA key transport, a fresh
// premaster secret encrypted to the server certificate's RSA key (7.4.7.1).
import { CryptoError, type PublicKey } from '@otpnet/crypto';
import { type CipherSuitesRow, type ClientKeyExchangeInput, ProtocolVersion } from '@otpnet/tls-spec';
import type { TlsConfig } from '../config/config.js';
import { alert } from '../errors.js';
import type { Ephemeral12 } from './server-key-exchange12.js';
import { kexOf } from './server-key-exchange12.js';

const PREMASTER = 48;

export interface ClientKex12 {
  readonly message: ClientKeyExchangeInput;
  readonly premaster: Uint8Array;
}

/**
 * RFC 5246 7.4.7.1: PreMasterSecret = client_version (the version of the ClientHello, TLS 1.2
 * here whatever else it offered) || 46 random bytes, sent RSAES-PKCS1-v1_5 encrypted with the
 * 2-byte length of `public-key-encrypted` (EncryptedPreMasterSecret in specs/tls/handshake12.spec).
 */
function rsaKeyTransport(config: TlsConfig, serverKey: PublicKey | undefined): ClientKex12 {
  if (serverKey?.kind !== 'rsa')
    throw alert('unsupported_certificate', 'RSA key transport needs an RSA server key');
  const premaster = new Uint8Array(PREMASTER);
  premaster[0] = ProtocolVersion.tls1_2 >> 8;
  premaster[1] = ProtocolVersion.tls1_2 & 0xff;
  premaster.set(config.random(PREMASTER - 2), 2);
  let encrypted: Uint8Array;
  try {
    encrypted = config.crypto.rsaEncrypt(serverKey, premaster);
  } catch (e) {
    if (e instanceof CryptoError) throw alert('unsupported_certificate', `RSA key transport: ${e.message}`);
    throw e;
  }
  return { message: { exchange_keys: { value: { pre_master_secret: encrypted } } }, premaster };
}

/** The ClientKeyExchange for the suite's key exchange, with the premaster secret it settles. */
export function clientKeyExchange12(
  config: TlsConfig,
  suite: CipherSuitesRow,
  ephemeral: { eph: Ephemeral12; premaster: Uint8Array } | undefined,
  serverKey: PublicKey | undefined,
): ClientKex12 {
  const kex = kexOf(suite);
  if (kex === 'rsa') return rsaKeyTransport(config, serverKey);
  if (!ephemeral) throw alert('internal_error', 'ClientKeyExchange before the ServerKeyExchange');
  const pub = ephemeral.eph.publicKey;
  const message: ClientKeyExchangeInput =
    kex === 'ecdhe'
      ? { exchange_keys: { value: { ecdh_Yc: { point: pub } } } }
      : { exchange_keys: { value: { dh_Yc: pub } } };
  return { message, premaster: ephemeral.premaster };
}
