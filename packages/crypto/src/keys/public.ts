// The public half of a private key, deriving what a key file may leave out (an EC point, an
// Ed25519 public key) with @noble/curves.
import { ed448, x448 } from '@noble/curves/ed448.js';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { p256, p384, p521 } from '@noble/curves/nist.js';
import type { EcCurve, OkpKind, PrivateKey, PublicKey } from '../provider/key-types.js';
import { KeyError } from './errors.js';

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

export function ecPointFromScalar(curve: EcCurve, d: Uint8Array): Uint8Array {
  try {
    return WEIERSTRASS[curve].getPublicKey(d, false);
  } catch (e) {
    throw new KeyError('malformed', `EC private key: scalar is not valid for ${curve}`, { cause: e });
  }
}

/** An EC point in SEC1 uncompressed form, decompressing and validating it (SEC1 section 2.3.4). */
export function uncompressedPoint(curve: EcCurve, point: Uint8Array): Uint8Array {
  try {
    return WEIERSTRASS[curve].Point.fromBytes(point).toBytes(false);
  } catch (e) {
    throw new KeyError('malformed', `EC public key: not a point on ${curve}`, { cause: e });
  }
}

export function okpPublicFromPrivate(kind: OkpKind, priv: Uint8Array): Uint8Array {
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
