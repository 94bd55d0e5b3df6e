// The public half of a private key, deriving what a key file may leave out (an EC point, an
// Ed25519 public key) with @noble/curves.
import { ed448, x448 } from '@noble/curves/ed448.js';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { p256, p384, p521 } from '@noble/curves/nist.js';
import { CryptoError } from '../errors.js';
import {
  EC_FIELD_BYTES,
  type EcCurve,
  OKP_SIZES,
  type OkpKind,
  type PrivateKey,
  type PublicKey,
} from '../provider/key-types.js';

const WEIERSTRASS = { secp256r1: p256, secp384r1: p384, secp521r1: p521 } as const;

export function publicKeyOf(key: PrivateKey): PublicKey {
  switch (key.kind) {
    case 'rsa':
      return { kind: 'rsa', n: key.n, e: key.e };
    case 'dsa':
      return { kind: 'dsa', p: key.p, q: key.q, g: key.g, y: key.y };
    case 'ec':
      return { kind: 'ec', curve: key.curve, point: key.point ?? ecPointFromScalar(key.curve, key.d) };
    default:
      return { kind: key.kind, publicKey: key.publicKey ?? okpPublicFromPrivate(key.kind, key.privateKey) };
  }
}

/**
 * The public point of a private scalar. The library's error is not chained: it sits next to the
 * private key, so the message says what is wrong with the scalar instead.
 */
export function ecPointFromScalar(curve: EcCurve, d: Uint8Array): Uint8Array {
  const size = EC_FIELD_BYTES[curve];
  if (d.length !== size)
    throw new CryptoError('bad_key', `EC private key: scalar is ${d.length} bytes, ${curve} needs ${size}`);
  try {
    return WEIERSTRASS[curve].getPublicKey(d, false);
  } catch {
    throw new CryptoError('malformed', `EC private key: scalar is not in 1..n-1 for ${curve}`);
  }
}

/** An EC point in SEC1 uncompressed form, decompressing and validating it (SEC1 section 2.3.4). */
export function uncompressedPoint(curve: EcCurve, point: Uint8Array): Uint8Array {
  try {
    return WEIERSTRASS[curve].Point.fromBytes(point).toBytes(false);
  } catch (e) {
    // A public point: the library's reason ("not on curve", a bad length) is safe to keep.
    const why = e instanceof Error ? ` (${e.message})` : '';
    throw new CryptoError('malformed', `EC public key: not a valid point on ${curve}${why}`, { cause: e });
  }
}

/** The public key of an RFC 8032 / RFC 7748 private key. */
export function okpPublicFromPrivate(kind: OkpKind, priv: Uint8Array): Uint8Array {
  const size = OKP_SIZES[kind].privateKey;
  if (priv.length !== size)
    throw new CryptoError('bad_key', `${kind} private key: ${priv.length} bytes, ${kind} needs ${size}`);
  switch (kind) {
    case 'ed25519':
      return ed25519.getPublicKey(priv);
    case 'ed448':
      return ed448.getPublicKey(priv);
    case 'x25519':
      return x25519.getPublicKey(priv);
    case 'x448':
      return x448.getPublicKey(priv);
  }
}

/** g^x mod p, for DSA key files that carry only x. */
export function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
}
