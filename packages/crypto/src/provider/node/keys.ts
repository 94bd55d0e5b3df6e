// Conversion of provider key objects to node:crypto KeyObjects, cached per key object (keys are
// immutable by contract) so that repeated signing does not re-import the key.
import type * as NodeCrypto from 'node:crypto';
import { CryptoError } from '../../errors.js';
import type { DsaPrivateKey, DsaPublicKey, EcCurve, OkpKind, PrivateKey, PublicKey } from '../key-types.js';
import { EC_FIELD_BYTES, OKP_SIZES } from '../key-types.js';
import { concatBytes, hexToBytes } from '../util/bytes.js';
import { derInt, derSeq, tlv } from '../util/der.js';
import { bigToB64u, toB64u } from './base64url.js';

export const JWK_CURVE: Readonly<Record<EcCurve, string>> = {
  secp256r1: 'P-256',
  secp384r1: 'P-384',
  secp521r1: 'P-521',
};
export const OPENSSL_CURVE: Readonly<Record<EcCurve, string>> = {
  secp256r1: 'prime256v1',
  secp384r1: 'secp384r1',
  secp521r1: 'secp521r1',
};

const OKP_JWK_CURVE: Readonly<Record<OkpKind, string>> = {
  x25519: 'X25519',
  x448: 'X448',
  ed25519: 'Ed25519',
  ed448: 'Ed448',
};

// RFC 8410 DER prefixes: the raw key follows directly.
const OKP_OID: Readonly<Record<OkpKind, number>> = { x25519: 110, x448: 111, ed25519: 112, ed448: 113 };

export function okpPkcs8(kind: OkpKind, raw: Uint8Array): Uint8Array {
  const algo = derSeq(tlv(0x06, Uint8Array.of(0x2b, 0x65, OKP_OID[kind])));
  return derSeq(derInt(0n), algo, tlv(0x04, tlv(0x04, raw)));
}

const DSA_OID = hexToBytes('2a8648ce380401'); // 1.2.840.10040.4.1

function dsaAlgo(k: DsaPublicKey): Uint8Array {
  return derSeq(tlv(0x06, DSA_OID), derSeq(derInt(k.p), derInt(k.q), derInt(k.g)));
}

function dsaSpki(k: DsaPublicKey): Uint8Array {
  return derSeq(dsaAlgo(k), tlv(0x03, concatBytes(Uint8Array.of(0), derInt(k.y))));
}

function dsaPkcs8(k: DsaPrivateKey): Uint8Array {
  return derSeq(derInt(0n), dsaAlgo(k), tlv(0x04, derInt(k.x)));
}

function ecXY(curve: EcCurve, point: Uint8Array): { x: string; y: string } {
  const size = EC_FIELD_BYTES[curve];
  if (point.length !== 1 + 2 * size || point[0] !== 4)
    throw new CryptoError('bad_key', `invalid ${curve} public point`);
  return { x: toB64u(point.subarray(1, 1 + size)), y: toB64u(point.subarray(1 + size)) };
}

export function nodeKeys(c: typeof NodeCrypto) {
  const { createPrivateKey, createPublicKey, createECDH } = c;
  const privCache = new WeakMap<PrivateKey, NodeCrypto.KeyObject>();
  const pubCache = new WeakMap<PublicKey, NodeCrypto.KeyObject>();

  const ecPoint = (curve: EcCurve, d: Uint8Array): Uint8Array => {
    const ecdh = createECDH(OPENSSL_CURVE[curve]);
    ecdh.setPrivateKey(d);
    return new Uint8Array(ecdh.getPublicKey());
  };

  const okpPublicRaw = (kind: OkpKind, priv: Uint8Array): Uint8Array => {
    const spki = createPublicKey(
      createPrivateKey({ key: Buffer.from(okpPkcs8(kind, priv)), format: 'der', type: 'pkcs8' }),
    ).export({
      format: 'der',
      type: 'spki',
    });
    return new Uint8Array(spki.subarray(spki.length - OKP_SIZES[kind].publicKey));
  };

  function importPrivate(key: PrivateKey): NodeCrypto.KeyObject {
    switch (key.kind) {
      case 'rsa':
        return createPrivateKey({
          format: 'jwk',
          key: {
            kty: 'RSA',
            n: bigToB64u(key.n),
            e: bigToB64u(key.e),
            d: bigToB64u(key.d),
            p: bigToB64u(key.p),
            q: bigToB64u(key.q),
            dp: bigToB64u(key.dp),
            dq: bigToB64u(key.dq),
            qi: bigToB64u(key.qi),
          },
        });
      case 'ec': {
        const { x, y } = ecXY(key.curve, key.point ?? ecPoint(key.curve, key.d));
        return createPrivateKey({
          format: 'jwk',
          key: { kty: 'EC', crv: JWK_CURVE[key.curve], x, y, d: toB64u(key.d) },
        });
      }
      case 'dsa':
        return createPrivateKey({ key: Buffer.from(dsaPkcs8(key)), format: 'der', type: 'pkcs8' });
      default:
        if (key.privateKey.length !== OKP_SIZES[key.kind].privateKey) {
          throw new CryptoError('bad_key', `${key.kind} private key has the wrong length`);
        }
        return createPrivateKey({
          key: Buffer.from(okpPkcs8(key.kind, key.privateKey)),
          format: 'der',
          type: 'pkcs8',
        });
    }
  }

  function importPublic(key: PublicKey): NodeCrypto.KeyObject {
    switch (key.kind) {
      case 'rsa':
        return createPublicKey({
          format: 'jwk',
          key: { kty: 'RSA', n: bigToB64u(key.n), e: bigToB64u(key.e) },
        });
      case 'ec':
        return createPublicKey({
          format: 'jwk',
          key: { kty: 'EC', crv: JWK_CURVE[key.curve], ...ecXY(key.curve, key.point) },
        });
      case 'dsa':
        return createPublicKey({ key: Buffer.from(dsaSpki(key)), format: 'der', type: 'spki' });
      default: {
        if (key.publicKey.length !== OKP_SIZES[key.kind].publicKey) {
          throw new CryptoError('bad_key', `${key.kind} public key has the wrong length`);
        }
        // JWK import takes OpenSSL's raw-key path, much faster than decoding an SPKI.
        return createPublicKey({
          format: 'jwk',
          key: { kty: 'OKP', crv: OKP_JWK_CURVE[key.kind], x: toB64u(key.publicKey) },
        });
      }
    }
  }

  const wrap = <T>(what: string, f: () => T): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof CryptoError) throw e;
      throw new CryptoError('bad_key', `invalid ${what}`);
    }
  };

  return {
    privateKeyObject(key: PrivateKey): NodeCrypto.KeyObject {
      let ko = privCache.get(key);
      if (!ko) {
        ko = wrap(`${key.kind} private key`, () => importPrivate(key));
        privCache.set(key, ko);
      }
      return ko;
    },
    publicKeyObject(key: PublicKey): NodeCrypto.KeyObject {
      let ko = pubCache.get(key);
      if (!ko) {
        ko = wrap(`${key.kind} public key`, () => importPublic(key));
        pubCache.set(key, ko);
      }
      return ko;
    },
    publicKeyOf(key: PrivateKey): PublicKey {
      switch (key.kind) {
        case 'rsa':
          return { kind: 'rsa', n: key.n, e: key.e };
        case 'ec':
          return {
            kind: 'ec',
            curve: key.curve,
            point: key.point ?? wrap('ec private key', () => ecPoint(key.curve, key.d)),
          };
        case 'dsa':
          return { kind: 'dsa', p: key.p, q: key.q, g: key.g, y: key.y };
        default:
          return {
            kind: key.kind,
            publicKey:
              key.publicKey ?? wrap(`${key.kind} private key`, () => okpPublicRaw(key.kind, key.privateKey)),
          };
      }
    },
    okpPublicRaw,
  };
}
