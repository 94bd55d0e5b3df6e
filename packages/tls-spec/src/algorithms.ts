// Generated from specs/tls/algorithms.spec by otpnet-gen. Do not edit.

/** The names of {@link TlsHashes}. */
export type TlsHashesName = 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';

/** One row of {@link TlsHashes}. */
export interface TlsHashesRow {
  /** Unique; see {@link TlsHashesByName}. */
  readonly name: TlsHashesName;
  readonly length: number;
}

/**
 * Hashes, as the crypto provider names them; `length` is the digest in bytes.
 * @see RFC 8446 §4.2.3
 */
export const TlsHashes = [
  { name: 'sha1', length: 20 },
  { name: 'sha224', length: 28 },
  { name: 'sha256', length: 32 },
  { name: 'sha384', length: 48 },
  { name: 'sha512', length: 64 },
] as const satisfies readonly TlsHashesRow[];

/** The rows of {@link TlsHashes} by `name`. */
export const TlsHashesByName: ReadonlyMap<string, TlsHashesRow> = new Map(
  TlsHashes.map((row) => [row.name, row]),
);

/** True when `name` is one of {@link TlsHashesName}. */
export function isTlsHashesName(name: string): name is TlsHashesName {
  return TlsHashesByName.has(name);
}

/** The names of {@link KeyExchanges}. */
export type KeyExchangesName = 'any' | 'ecdhe' | 'dhe' | 'rsa';

/** One row of {@link KeyExchanges}. */
export interface KeyExchangesRow {
  /** Unique; see {@link KeyExchangesByName}. */
  readonly name: KeyExchangesName;
  readonly ephemeral: boolean;
}

/**
 * Key exchange of a cipher suite. `any` is TLS 1.3's: the suite leaves it to supported_groups and
 * key_share (RFC 8446 4.2.7, 4.2.8). `ephemeral` keys give forward secrecy; static RSA does not.
 * @see RFC 5246 §7.4.3
 */
export const KeyExchanges = [
  { name: 'any', ephemeral: true },
  { name: 'ecdhe', ephemeral: true },
  { name: 'dhe', ephemeral: true },
  { name: 'rsa', ephemeral: false },
] as const satisfies readonly KeyExchangesRow[];

/** The rows of {@link KeyExchanges} by `name`. */
export const KeyExchangesByName: ReadonlyMap<string, KeyExchangesRow> = new Map(
  KeyExchanges.map((row) => [row.name, row]),
);

/** True when `name` is one of {@link KeyExchangesName}. */
export function isKeyExchangesName(name: string): name is KeyExchangesName {
  return KeyExchangesByName.has(name);
}

/** The names of {@link Authentications}. */
export type AuthenticationsName = 'any' | 'ecdsa' | 'rsa';

/** One row of {@link Authentications}. */
export interface AuthenticationsRow {
  /** Unique; see {@link AuthenticationsByName}. */
  readonly name: AuthenticationsName;
}

/**
 * Server authentication of a cipher suite; `any` is TLS 1.3's (signature_algorithms decides).
 * @see RFC 5246 §7.4.2
 */
export const Authentications = [
  { name: 'any' },
  { name: 'ecdsa' },
  { name: 'rsa' },
] as const satisfies readonly AuthenticationsRow[];

/** The rows of {@link Authentications} by `name`. */
export const AuthenticationsByName: ReadonlyMap<string, AuthenticationsRow> = new Map(
  Authentications.map((row) => [row.name, row]),
);

/** True when `name` is one of {@link AuthenticationsName}. */
export function isAuthenticationsName(name: string): name is AuthenticationsName {
  return AuthenticationsByName.has(name);
}

/** The names of {@link BulkCiphers}. */
export type BulkCiphersName =
  | 'aes_128_gcm'
  | 'aes_256_gcm'
  | 'chacha20_poly1305'
  | 'aes_128_ccm'
  | 'aes_256_ccm'
  | 'aes_128_ccm_8'
  | 'aes_256_ccm_8'
  | 'aes_128_cbc'
  | 'aes_256_cbc';

/** One row of {@link BulkCiphers}. */
export interface BulkCiphersRow {
  /** Unique; see {@link BulkCiphersByName}. */
  readonly name: BulkCiphersName;
  readonly key_len: number;
  readonly iv_len: number;
  readonly fixed_iv_len: number;
  readonly tag_len: number;
  readonly aead: boolean;
}

/**
 * Bulk ciphers, sizes in bytes. `iv_len` is the per-record nonce (TLS 1.3 and AEAD) or the CBC IV;
 * `fixed_iv_len` is the implicit part TLS 1.2 derives from the key block (RFC 5288 3: 4 for GCM and
 * CCM, whose other 8 bytes travel in each record; RFC 7905 2: all 12 for ChaCha20-Poly1305; none
 * for CBC, whose IV travels in each record, RFC 5246 6.2.3.2). `tag_len` is 0 for CBC (HMAC).
 * @see RFC 5246 §6.2.3
 */
export const BulkCiphers = [
  { name: 'aes_128_gcm', key_len: 16, iv_len: 12, fixed_iv_len: 4, tag_len: 16, aead: true },
  { name: 'aes_256_gcm', key_len: 32, iv_len: 12, fixed_iv_len: 4, tag_len: 16, aead: true },
  { name: 'chacha20_poly1305', key_len: 32, iv_len: 12, fixed_iv_len: 12, tag_len: 16, aead: true },
  { name: 'aes_128_ccm', key_len: 16, iv_len: 12, fixed_iv_len: 4, tag_len: 16, aead: true },
  { name: 'aes_256_ccm', key_len: 32, iv_len: 12, fixed_iv_len: 4, tag_len: 16, aead: true },
  { name: 'aes_128_ccm_8', key_len: 16, iv_len: 12, fixed_iv_len: 4, tag_len: 8, aead: true },
  { name: 'aes_256_ccm_8', key_len: 32, iv_len: 12, fixed_iv_len: 4, tag_len: 8, aead: true },
  { name: 'aes_128_cbc', key_len: 16, iv_len: 16, fixed_iv_len: 0, tag_len: 0, aead: false },
  { name: 'aes_256_cbc', key_len: 32, iv_len: 16, fixed_iv_len: 0, tag_len: 0, aead: false },
] as const satisfies readonly BulkCiphersRow[];

/** The rows of {@link BulkCiphers} by `name`. */
export const BulkCiphersByName: ReadonlyMap<string, BulkCiphersRow> = new Map(
  BulkCiphers.map((row) => [row.name, row]),
);

/** True when `name` is one of {@link BulkCiphersName}. */
export function isBulkCiphersName(name: string): name is BulkCiphersName {
  return BulkCiphersByName.has(name);
}

/** The names of {@link SignatureAlgorithms}. */
export type SignatureAlgorithmsName = 'rsa_pkcs1' | 'rsa_pss_rsae' | 'rsa_pss_pss' | 'ecdsa' | 'eddsa';

/** One row of {@link SignatureAlgorithms}. */
export interface SignatureAlgorithmsRow {
  /** Unique; see {@link SignatureAlgorithmsByName}. */
  readonly name: SignatureAlgorithmsName;
}

/**
 * How a signature scheme signs: PKCS#1 v1.5, PSS with an rsaEncryption or RSASSA-PSS key, ECDSA, EdDSA.
 * @see RFC 8446 §4.2.3
 */
export const SignatureAlgorithms = [
  { name: 'rsa_pkcs1' },
  { name: 'rsa_pss_rsae' },
  { name: 'rsa_pss_pss' },
  { name: 'ecdsa' },
  { name: 'eddsa' },
] as const satisfies readonly SignatureAlgorithmsRow[];

/** The rows of {@link SignatureAlgorithms} by `name`. */
export const SignatureAlgorithmsByName: ReadonlyMap<string, SignatureAlgorithmsRow> = new Map(
  SignatureAlgorithms.map((row) => [row.name, row]),
);

/** True when `name` is one of {@link SignatureAlgorithmsName}. */
export function isSignatureAlgorithmsName(name: string): name is SignatureAlgorithmsName {
  return SignatureAlgorithmsByName.has(name);
}

/** The names of {@link SigningCurves}. */
export type SigningCurvesName =
  | 'secp256r1'
  | 'secp384r1'
  | 'secp521r1'
  | 'brainpoolP256r1tls13'
  | 'brainpoolP384r1tls13'
  | 'brainpoolP512r1tls13'
  | 'edwards25519'
  | 'edwards448';

/** One row of {@link SigningCurves}. */
export interface SigningCurvesRow {
  /** Unique; see {@link SigningCurvesByName}. */
  readonly name: SigningCurvesName;
  readonly bits: number;
}

/**
 * Curves a signature key must be on, with their size in bits (RFC 8422 5.1.1, RFC 8032, RFC 8734).
 * @see RFC 8446 §4.2.3
 */
export const SigningCurves = [
  { name: 'secp256r1', bits: 256 },
  { name: 'secp384r1', bits: 384 },
  { name: 'secp521r1', bits: 521 },
  { name: 'brainpoolP256r1tls13', bits: 256 },
  { name: 'brainpoolP384r1tls13', bits: 384 },
  { name: 'brainpoolP512r1tls13', bits: 512 },
  { name: 'edwards25519', bits: 255 },
  { name: 'edwards448', bits: 448 },
] as const satisfies readonly SigningCurvesRow[];

/** The rows of {@link SigningCurves} by `name`. */
export const SigningCurvesByName: ReadonlyMap<string, SigningCurvesRow> = new Map(
  SigningCurves.map((row) => [row.name, row]),
);

/** True when `name` is one of {@link SigningCurvesName}. */
export function isSigningCurvesName(name: string): name is SigningCurvesName {
  return SigningCurvesByName.has(name);
}

/** The names of {@link GroupKinds}. */
export type GroupKindsName = 'ecdhe' | 'ffdhe' | 'hybrid';

/** One row of {@link GroupKinds}. */
export interface GroupKindsRow {
  /** Unique; see {@link GroupKindsByName}. */
  readonly name: GroupKindsName;
}

/**
 * How a named group agrees on a key: elliptic-curve DH (RFC 8422, RFC 7748), finite-field DH
 * (RFC 7919), or a hybrid of ECDH and a post-quantum KEM (draft-ietf-tls-ecdhe-mlkem).
 * @see RFC 8446 §4.2.7
 */
export const GroupKinds = [
  { name: 'ecdhe' },
  { name: 'ffdhe' },
  { name: 'hybrid' },
] as const satisfies readonly GroupKindsRow[];

/** The rows of {@link GroupKinds} by `name`. */
export const GroupKindsByName: ReadonlyMap<string, GroupKindsRow> = new Map(
  GroupKinds.map((row) => [row.name, row]),
);

/** True when `name` is one of {@link GroupKindsName}. */
export function isGroupKindsName(name: string): name is GroupKindsName {
  return GroupKindsByName.has(name);
}
