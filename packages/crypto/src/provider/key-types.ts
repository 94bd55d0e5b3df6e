// Key representation shared by both providers and by the key-file parsers.
//
// Conventions:
// - Integers of RSA and DSA keys are bigint.
// - EC scalars are big-endian bytes, left-padded to the curve's field length; EC points are SEC1
//   uncompressed encoding (0x04 || X || Y), the form TLS and SSH carry on the wire.
// - Ed25519/Ed448/X25519/X448 keys are the raw RFC 8032 / RFC 7748 byte strings (private key is the
//   seed: 32 bytes for Ed25519/X25519, 57 for Ed448, 56 for X448).
// - A private key's public half is optional where it can be derived (ec `point`, okp `publicKey`);
//   providers derive it when absent. For RSA only n and d are strictly needed; the CRT values make
//   the native provider fast and are expected from key files.
// Key objects are treated as immutable: providers may cache native handles keyed on the object.

/** Curves usable for ECDSA and ECDH, named as in TLS NamedGroup (RFC 8422). */
export type EcCurve = 'secp256r1' | 'secp384r1' | 'secp521r1';

/** Curves with raw-bytes keys. */
export type OkpKind = 'ed25519' | 'ed448' | 'x25519' | 'x448';

export interface RsaPublicKey {
  readonly kind: 'rsa';
  readonly n: bigint;
  readonly e: bigint;
}

export interface RsaPrivateKey {
  readonly kind: 'rsa';
  readonly n: bigint;
  readonly e: bigint;
  readonly d: bigint;
  readonly p: bigint;
  readonly q: bigint;
  /** d mod (p-1) */
  readonly dp: bigint;
  /** d mod (q-1) */
  readonly dq: bigint;
  /** q^-1 mod p */
  readonly qi: bigint;
}

export interface EcPublicKey {
  readonly kind: 'ec';
  readonly curve: EcCurve;
  /** SEC1 uncompressed point 0x04 || X || Y. */
  readonly point: Uint8Array;
}

export interface EcPrivateKey {
  readonly kind: 'ec';
  readonly curve: EcCurve;
  /** Private scalar, big-endian, padded to the field length (32, 48 or 66 bytes). */
  readonly d: Uint8Array;
  /** SEC1 uncompressed public point; derived when absent. */
  readonly point?: Uint8Array;
}

export interface OkpPublicKey {
  readonly kind: OkpKind;
  readonly publicKey: Uint8Array;
}

export interface OkpPrivateKey {
  readonly kind: OkpKind;
  /** Raw private key (seed for Ed25519/Ed448). */
  readonly privateKey: Uint8Array;
  /** Raw public key; derived when absent. */
  readonly publicKey?: Uint8Array;
}

export interface DsaPublicKey {
  readonly kind: 'dsa';
  readonly p: bigint;
  readonly q: bigint;
  readonly g: bigint;
  readonly y: bigint;
}

export interface DsaPrivateKey {
  readonly kind: 'dsa';
  readonly p: bigint;
  readonly q: bigint;
  readonly g: bigint;
  readonly y: bigint;
  readonly x: bigint;
}

export type PublicKey = RsaPublicKey | EcPublicKey | OkpPublicKey | DsaPublicKey;
export type PrivateKey = RsaPrivateKey | EcPrivateKey | OkpPrivateKey | DsaPrivateKey;
export type KeyKind = PublicKey['kind'];

/** Byte length of a field element / scalar for each EC curve. */
export const EC_FIELD_BYTES: Readonly<Record<EcCurve, number>> = {
  secp256r1: 32,
  secp384r1: 48,
  secp521r1: 66,
};

/** Raw key sizes (private, public) for the raw-bytes key kinds. */
export const OKP_SIZES: Readonly<
  Record<OkpKind, { readonly privateKey: number; readonly publicKey: number }>
> = {
  ed25519: { privateKey: 32, publicKey: 32 },
  ed448: { privateKey: 57, publicKey: 57 },
  x25519: { privateKey: 32, publicKey: 32 },
  x448: { privateKey: 56, publicKey: 56 },
};
