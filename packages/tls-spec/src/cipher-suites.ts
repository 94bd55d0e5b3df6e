// Generated from specs/tls/cipher-suites.spec by otpnet-gen. Do not edit.
import { enumName } from '@otpnet/wire';
import type { AuthenticationsName, BulkCiphersName, KeyExchangesName, TlsHashesName } from './algorithms.js';
import { ProtocolVersion } from './common.js';

/**
 * `uint8 CipherSuite[2];` in RFC 8446 section 4.1.2: two bytes, written here as an open enum so a
 * decoded list prints names; unknown codes (GREASE, RFC 8701) are kept as numbers.
 * Wire width: 2 bytes; values up to 0xffff. Open: unknown values are kept as numbers.
 * @see RFC 8446 §B.4
 */
export const CipherSuite = {
  TLS_NULL_WITH_NULL_NULL: 0x0000,
  TLS_RSA_WITH_AES_128_CBC_SHA: 0x002f,
  TLS_DHE_RSA_WITH_AES_128_CBC_SHA: 0x0033,
  TLS_RSA_WITH_AES_256_CBC_SHA: 0x0035,
  TLS_DHE_RSA_WITH_AES_256_CBC_SHA: 0x0039,
  TLS_RSA_WITH_AES_128_CBC_SHA256: 0x003c,
  TLS_RSA_WITH_AES_256_CBC_SHA256: 0x003d,
  TLS_DHE_RSA_WITH_AES_128_CBC_SHA256: 0x0067,
  TLS_DHE_RSA_WITH_AES_256_CBC_SHA256: 0x006b,
  TLS_RSA_WITH_AES_128_GCM_SHA256: 0x009c,
  TLS_RSA_WITH_AES_256_GCM_SHA384: 0x009d,
  TLS_DHE_RSA_WITH_AES_128_GCM_SHA256: 0x009e,
  TLS_DHE_RSA_WITH_AES_256_GCM_SHA384: 0x009f,
  /** RFC 5746: a signal, not a suite */
  TLS_EMPTY_RENEGOTIATION_INFO_SCSV: 0x00ff,
  TLS_AES_128_GCM_SHA256: 0x1301,
  TLS_AES_256_GCM_SHA384: 0x1302,
  TLS_CHACHA20_POLY1305_SHA256: 0x1303,
  TLS_AES_128_CCM_SHA256: 0x1304,
  TLS_AES_128_CCM_8_SHA256: 0x1305,
  /** RFC 7507: a signal, not a suite */
  TLS_FALLBACK_SCSV: 0x5600,
  TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA: 0xc009,
  TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA: 0xc00a,
  TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA: 0xc013,
  TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA: 0xc014,
  TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256: 0xc023,
  TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384: 0xc024,
  TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256: 0xc027,
  TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384: 0xc028,
  TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256: 0xc02b,
  TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384: 0xc02c,
  TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256: 0xc02f,
  TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384: 0xc030,
  TLS_ECDHE_ECDSA_WITH_AES_128_CCM: 0xc0ac,
  TLS_ECDHE_ECDSA_WITH_AES_256_CCM: 0xc0ad,
  TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8: 0xc0ae,
  TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8: 0xc0af,
  TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256: 0xcca8,
  TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256: 0xcca9,
  TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256: 0xccaa,
} as const;
export type CipherSuite = (typeof CipherSuite)[keyof typeof CipherSuite] | (number & {});
/** Member names of {@link CipherSuite} by value. */
export const CipherSuiteNames: ReadonlyMap<number, string> = new Map(
  Object.entries(CipherSuite).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function CipherSuiteName(value: number): string {
  return enumName(CipherSuiteNames, value, 2);
}

/** One row of {@link CipherSuites}. */
export interface CipherSuitesRow {
  /** Unique; see {@link CipherSuitesBySuite}. */
  readonly suite: CipherSuite;
  readonly kex: KeyExchangesName;
  readonly auth: AuthenticationsName;
  readonly cipher: BulkCiphersName;
  readonly mac?: TlsHashesName;
  readonly prf: TlsHashesName;
  readonly versions: readonly ProtocolVersion[];
  readonly rfc: number;
}

/**
 * What each suite means. Columns:
 * kex      key exchange: any (TLS 1.3: negotiated by supported_groups/key_share), ecdhe, dhe, rsa
 * auth     authentication: any (TLS 1.3: negotiated by signature_algorithms), ecdsa, rsa
 * cipher   bulk cipher (AEAD or CBC) with its key size
 * mac      the HMAC hash of a CBC suite; absent for AEAD suites
 * prf      TLS 1.3: the HKDF hash; TLS 1.2: the PRF hash (TLS 1.0/1.1 always use MD5+SHA-1)
 * versions the versions the suite may be negotiated in
 * rfc      the RFC that defines it
 * @see RFC 8446 §B.4
 */
export const CipherSuites = [
  {
    suite: CipherSuite.TLS_AES_128_GCM_SHA256,
    kex: 'any',
    auth: 'any',
    cipher: 'aes_128_gcm',
    mac: undefined,
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_3],
    rfc: 8446,
  },
  {
    suite: CipherSuite.TLS_AES_256_GCM_SHA384,
    kex: 'any',
    auth: 'any',
    cipher: 'aes_256_gcm',
    mac: undefined,
    prf: 'sha384',
    versions: [ProtocolVersion.tls1_3],
    rfc: 8446,
  },
  {
    suite: CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
    kex: 'any',
    auth: 'any',
    cipher: 'chacha20_poly1305',
    mac: undefined,
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_3],
    rfc: 8446,
  },
  {
    suite: CipherSuite.TLS_AES_128_CCM_SHA256,
    kex: 'any',
    auth: 'any',
    cipher: 'aes_128_ccm',
    mac: undefined,
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_3],
    rfc: 8446,
  },
  {
    suite: CipherSuite.TLS_AES_128_CCM_8_SHA256,
    kex: 'any',
    auth: 'any',
    cipher: 'aes_128_ccm_8',
    mac: undefined,
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_3],
    rfc: 8446,
  },
  {
    suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
    kex: 'ecdhe',
    auth: 'ecdsa',
    cipher: 'aes_256_gcm',
    mac: undefined,
    prf: 'sha384',
    versions: [ProtocolVersion.tls1_2],
    rfc: 5289,
  },
  {
    suite: CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
    kex: 'ecdhe',
    auth: 'rsa',
    cipher: 'aes_256_gcm',
    mac: undefined,
    prf: 'sha384',
    versions: [ProtocolVersion.tls1_2],
    rfc: 5289,
  },
  {
    suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
    kex: 'ecdhe',
    auth: 'ecdsa',
    cipher: 'aes_128_gcm',
    mac: undefined,
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_2],
    rfc: 5289,
  },
  {
    suite: CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
    kex: 'ecdhe',
    auth: 'rsa',
    cipher: 'aes_128_gcm',
    mac: undefined,
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_2],
    rfc: 5289,
  },
  {
    suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
    kex: 'ecdhe',
    auth: 'ecdsa',
    cipher: 'chacha20_poly1305',
    mac: undefined,
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_2],
    rfc: 7905,
  },
  {
    suite: CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
    kex: 'ecdhe',
    auth: 'rsa',
    cipher: 'chacha20_poly1305',
    mac: undefined,
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_2],
    rfc: 7905,
  },
  {
    suite: CipherSuite.TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
    kex: 'dhe',
    auth: 'rsa',
    cipher: 'chacha20_poly1305',
    mac: undefined,
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_2],
    rfc: 7905,
  },
  {
    suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CCM,
    kex: 'ecdhe',
    auth: 'ecdsa',
    cipher: 'aes_128_ccm',
    mac: undefined,
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_2],
    rfc: 7251,
  },
  {
    suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CCM,
    kex: 'ecdhe',
    auth: 'ecdsa',
    cipher: 'aes_256_ccm',
    mac: undefined,
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_2],
    rfc: 7251,
  },
  {
    suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8,
    kex: 'ecdhe',
    auth: 'ecdsa',
    cipher: 'aes_128_ccm_8',
    mac: undefined,
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_2],
    rfc: 7251,
  },
  {
    suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8,
    kex: 'ecdhe',
    auth: 'ecdsa',
    cipher: 'aes_256_ccm_8',
    mac: undefined,
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_2],
    rfc: 7251,
  },
  {
    suite: CipherSuite.TLS_DHE_RSA_WITH_AES_256_GCM_SHA384,
    kex: 'dhe',
    auth: 'rsa',
    cipher: 'aes_256_gcm',
    mac: undefined,
    prf: 'sha384',
    versions: [ProtocolVersion.tls1_2],
    rfc: 5288,
  },
  {
    suite: CipherSuite.TLS_DHE_RSA_WITH_AES_128_GCM_SHA256,
    kex: 'dhe',
    auth: 'rsa',
    cipher: 'aes_128_gcm',
    mac: undefined,
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_2],
    rfc: 5288,
  },
  {
    suite: CipherSuite.TLS_RSA_WITH_AES_256_GCM_SHA384,
    kex: 'rsa',
    auth: 'rsa',
    cipher: 'aes_256_gcm',
    mac: undefined,
    prf: 'sha384',
    versions: [ProtocolVersion.tls1_2],
    rfc: 5288,
  },
  {
    suite: CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256,
    kex: 'rsa',
    auth: 'rsa',
    cipher: 'aes_128_gcm',
    mac: undefined,
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_2],
    rfc: 5288,
  },
  {
    suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384,
    kex: 'ecdhe',
    auth: 'ecdsa',
    cipher: 'aes_256_cbc',
    mac: 'sha384',
    prf: 'sha384',
    versions: [ProtocolVersion.tls1_2],
    rfc: 5289,
  },
  {
    suite: CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384,
    kex: 'ecdhe',
    auth: 'rsa',
    cipher: 'aes_256_cbc',
    mac: 'sha384',
    prf: 'sha384',
    versions: [ProtocolVersion.tls1_2],
    rfc: 5289,
  },
  {
    suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256,
    kex: 'ecdhe',
    auth: 'ecdsa',
    cipher: 'aes_128_cbc',
    mac: 'sha256',
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_2],
    rfc: 5289,
  },
  {
    suite: CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256,
    kex: 'ecdhe',
    auth: 'rsa',
    cipher: 'aes_128_cbc',
    mac: 'sha256',
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_2],
    rfc: 5289,
  },
  {
    suite: CipherSuite.TLS_DHE_RSA_WITH_AES_256_CBC_SHA256,
    kex: 'dhe',
    auth: 'rsa',
    cipher: 'aes_256_cbc',
    mac: 'sha256',
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_2],
    rfc: 5246,
  },
  {
    suite: CipherSuite.TLS_DHE_RSA_WITH_AES_128_CBC_SHA256,
    kex: 'dhe',
    auth: 'rsa',
    cipher: 'aes_128_cbc',
    mac: 'sha256',
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_2],
    rfc: 5246,
  },
  {
    suite: CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA256,
    kex: 'rsa',
    auth: 'rsa',
    cipher: 'aes_256_cbc',
    mac: 'sha256',
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_2],
    rfc: 5246,
  },
  {
    suite: CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA256,
    kex: 'rsa',
    auth: 'rsa',
    cipher: 'aes_128_cbc',
    mac: 'sha256',
    prf: 'sha256',
    versions: [ProtocolVersion.tls1_2],
    rfc: 5246,
  },
  {
    suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA,
    kex: 'ecdhe',
    auth: 'ecdsa',
    cipher: 'aes_256_cbc',
    mac: 'sha1',
    prf: 'sha256',
    versions: [ProtocolVersion.tls1, ProtocolVersion.tls1_1, ProtocolVersion.tls1_2],
    rfc: 8422,
  },
  {
    suite: CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA,
    kex: 'ecdhe',
    auth: 'rsa',
    cipher: 'aes_256_cbc',
    mac: 'sha1',
    prf: 'sha256',
    versions: [ProtocolVersion.tls1, ProtocolVersion.tls1_1, ProtocolVersion.tls1_2],
    rfc: 8422,
  },
  {
    suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
    kex: 'ecdhe',
    auth: 'ecdsa',
    cipher: 'aes_128_cbc',
    mac: 'sha1',
    prf: 'sha256',
    versions: [ProtocolVersion.tls1, ProtocolVersion.tls1_1, ProtocolVersion.tls1_2],
    rfc: 8422,
  },
  {
    suite: CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
    kex: 'ecdhe',
    auth: 'rsa',
    cipher: 'aes_128_cbc',
    mac: 'sha1',
    prf: 'sha256',
    versions: [ProtocolVersion.tls1, ProtocolVersion.tls1_1, ProtocolVersion.tls1_2],
    rfc: 8422,
  },
  {
    suite: CipherSuite.TLS_DHE_RSA_WITH_AES_256_CBC_SHA,
    kex: 'dhe',
    auth: 'rsa',
    cipher: 'aes_256_cbc',
    mac: 'sha1',
    prf: 'sha256',
    versions: [ProtocolVersion.tls1, ProtocolVersion.tls1_1, ProtocolVersion.tls1_2],
    rfc: 5246,
  },
  {
    suite: CipherSuite.TLS_DHE_RSA_WITH_AES_128_CBC_SHA,
    kex: 'dhe',
    auth: 'rsa',
    cipher: 'aes_128_cbc',
    mac: 'sha1',
    prf: 'sha256',
    versions: [ProtocolVersion.tls1, ProtocolVersion.tls1_1, ProtocolVersion.tls1_2],
    rfc: 5246,
  },
  {
    suite: CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA,
    kex: 'rsa',
    auth: 'rsa',
    cipher: 'aes_256_cbc',
    mac: 'sha1',
    prf: 'sha256',
    versions: [ProtocolVersion.tls1, ProtocolVersion.tls1_1, ProtocolVersion.tls1_2],
    rfc: 5246,
  },
  {
    suite: CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA,
    kex: 'rsa',
    auth: 'rsa',
    cipher: 'aes_128_cbc',
    mac: 'sha1',
    prf: 'sha256',
    versions: [ProtocolVersion.tls1, ProtocolVersion.tls1_1, ProtocolVersion.tls1_2],
    rfc: 5246,
  },
] as const satisfies readonly CipherSuitesRow[];

/** The rows of {@link CipherSuites} by `suite`. */
export const CipherSuitesBySuite: ReadonlyMap<CipherSuite, CipherSuitesRow> = new Map(
  CipherSuites.map((row) => [row.suite, row]),
);

/** One row of {@link OpensslSuiteNames}. */
export interface OpensslSuiteNamesRow {
  /** Unique; see {@link OpensslSuiteNamesBySuite}. */
  readonly suite: CipherSuite;
  readonly openssl: string;
}

/**
 * The names OpenSSL gives the suites (`openssl ciphers -V`), which `ciphers` strings and the CLI
 * accept beside the IANA names. TLS 1.3 suites keep their IANA names in OpenSSL.
 */
export const OpensslSuiteNames = [
  { suite: CipherSuite.TLS_AES_128_GCM_SHA256, openssl: 'TLS_AES_128_GCM_SHA256' },
  { suite: CipherSuite.TLS_AES_256_GCM_SHA384, openssl: 'TLS_AES_256_GCM_SHA384' },
  { suite: CipherSuite.TLS_CHACHA20_POLY1305_SHA256, openssl: 'TLS_CHACHA20_POLY1305_SHA256' },
  { suite: CipherSuite.TLS_AES_128_CCM_SHA256, openssl: 'TLS_AES_128_CCM_SHA256' },
  { suite: CipherSuite.TLS_AES_128_CCM_8_SHA256, openssl: 'TLS_AES_128_CCM_8_SHA256' },
  { suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, openssl: 'ECDHE-ECDSA-AES256-GCM-SHA384' },
  { suite: CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, openssl: 'ECDHE-RSA-AES256-GCM-SHA384' },
  { suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, openssl: 'ECDHE-ECDSA-AES128-GCM-SHA256' },
  { suite: CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, openssl: 'ECDHE-RSA-AES128-GCM-SHA256' },
  {
    suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
    openssl: 'ECDHE-ECDSA-CHACHA20-POLY1305',
  },
  { suite: CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, openssl: 'ECDHE-RSA-CHACHA20-POLY1305' },
  { suite: CipherSuite.TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256, openssl: 'DHE-RSA-CHACHA20-POLY1305' },
  { suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CCM, openssl: 'ECDHE-ECDSA-AES128-CCM' },
  { suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CCM, openssl: 'ECDHE-ECDSA-AES256-CCM' },
  { suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8, openssl: 'ECDHE-ECDSA-AES128-CCM8' },
  { suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8, openssl: 'ECDHE-ECDSA-AES256-CCM8' },
  { suite: CipherSuite.TLS_DHE_RSA_WITH_AES_256_GCM_SHA384, openssl: 'DHE-RSA-AES256-GCM-SHA384' },
  { suite: CipherSuite.TLS_DHE_RSA_WITH_AES_128_GCM_SHA256, openssl: 'DHE-RSA-AES128-GCM-SHA256' },
  { suite: CipherSuite.TLS_RSA_WITH_AES_256_GCM_SHA384, openssl: 'AES256-GCM-SHA384' },
  { suite: CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256, openssl: 'AES128-GCM-SHA256' },
  { suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384, openssl: 'ECDHE-ECDSA-AES256-SHA384' },
  { suite: CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384, openssl: 'ECDHE-RSA-AES256-SHA384' },
  { suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256, openssl: 'ECDHE-ECDSA-AES128-SHA256' },
  { suite: CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256, openssl: 'ECDHE-RSA-AES128-SHA256' },
  { suite: CipherSuite.TLS_DHE_RSA_WITH_AES_256_CBC_SHA256, openssl: 'DHE-RSA-AES256-SHA256' },
  { suite: CipherSuite.TLS_DHE_RSA_WITH_AES_128_CBC_SHA256, openssl: 'DHE-RSA-AES128-SHA256' },
  { suite: CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA256, openssl: 'AES256-SHA256' },
  { suite: CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA256, openssl: 'AES128-SHA256' },
  { suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA, openssl: 'ECDHE-ECDSA-AES256-SHA' },
  { suite: CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA, openssl: 'ECDHE-RSA-AES256-SHA' },
  { suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA, openssl: 'ECDHE-ECDSA-AES128-SHA' },
  { suite: CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, openssl: 'ECDHE-RSA-AES128-SHA' },
  { suite: CipherSuite.TLS_DHE_RSA_WITH_AES_256_CBC_SHA, openssl: 'DHE-RSA-AES256-SHA' },
  { suite: CipherSuite.TLS_DHE_RSA_WITH_AES_128_CBC_SHA, openssl: 'DHE-RSA-AES128-SHA' },
  { suite: CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA, openssl: 'AES256-SHA' },
  { suite: CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA, openssl: 'AES128-SHA' },
] as const satisfies readonly OpensslSuiteNamesRow[];

/** The rows of {@link OpensslSuiteNames} by `suite`. */
export const OpensslSuiteNamesBySuite: ReadonlyMap<CipherSuite, OpensslSuiteNamesRow> = new Map(
  OpensslSuiteNames.map((row) => [row.suite, row]),
);
