// Key agreement over node:crypto: X25519/X448 KeyObjects, ECDH objects for the NIST curves and
// DiffieHellman objects for finite fields.
import type * as NodeCrypto from 'node:crypto';
import { CryptoError, unsupported } from '../../errors.js';
import { DH_GROUPS, type DhGroupParams, type NamedDhGroup } from '../groups/dh-groups.js';
import { checkDhGroup, checkDhPrivate, checkDhPublic, randomDhExponent } from '../groups/dh-private.js';
import { EC_FIELD_BYTES, type EcCurve, OKP_SIZES } from '../key-types.js';
import type { KeyAgreement, KeyAgreementGroup } from '../types.js';
import {
  bigIntToBytes,
  byteLength,
  bytesToBigInt,
  concatBytes,
  hexToBytes,
  isAllZero,
} from '../util/bytes.js';
import { derInt, derSeq, readPositiveInt, readTlv, tlv } from '../util/der.js';
import { fromB64u, toB64u } from './base64url.js';
import { OPENSSL_CURVE, okpPkcs8 } from './keys.js';
import { u8 } from './u8.js';

// Library errors are not chained as `cause` here: next to a private key they might describe it.
function badPublic(group: string): CryptoError {
  return new CryptoError('bad_public_value', `invalid ${group} public value`);
}

/** Left-pads to `len` (OpenSSL may strip leading zero bytes of finite-field values). */
function pad(b: Uint8Array, len: number): Uint8Array {
  if (b.length === len) return u8(b);
  const out = new Uint8Array(len);
  out.set(b, len - b.length);
  return out;
}

export function nodeEcdh(c: typeof NodeCrypto) {
  const {
    createECDH,
    createDiffieHellman,
    createPrivateKey,
    createPublicKey,
    diffieHellman,
    generateKeyPairSync,
    randomBytes,
  } = c;

  const generated = new WeakMap<Uint8Array, NodeCrypto.KeyObject>();

  function montgomery(name: 'x25519' | 'x448'): KeyAgreement {
    const size = OKP_SIZES[name].publicKey;
    const crv = name === 'x25519' ? 'X25519' : 'X448';
    const privObject = (raw: Uint8Array): NodeCrypto.KeyObject => {
      // Keys from generateKeyPair keep their KeyObject: importing a private key is the slow part.
      const cached = generated.get(raw);
      if (cached) return cached;
      if (raw.length !== size) throw new CryptoError('bad_key', `${name} private key must be ${size} bytes`);
      return createPrivateKey({ key: Buffer.from(okpPkcs8(name, raw)), format: 'der', type: 'pkcs8' });
    };
    return {
      group: name,
      generateKeyPair() {
        const { privateKey, publicKey } = generateKeyPairSync(name as 'x25519');
        const jwk = privateKey.export({ format: 'jwk' });
        const priv = fromB64u(jwk.d ?? '');
        generated.set(priv, privateKey);
        return { privateKey: priv, publicKey: fromB64u(publicKey.export({ format: 'jwk' }).x ?? '') };
      },
      publicKeyFromPrivate(privateKey) {
        return fromB64u(createPublicKey(privObject(privateKey)).export({ format: 'jwk' }).x ?? '');
      },
      computeSecret(privateKey, peerPublic) {
        if (peerPublic.length !== size) throw badPublic(name);
        const priv = privObject(privateKey);
        let secret: Buffer;
        try {
          // JWK import takes OpenSSL's raw-key path, much faster than decoding an SPKI.
          const pub = createPublicKey({ key: { kty: 'OKP', crv, x: toB64u(peerPublic) }, format: 'jwk' });
          secret = diffieHellman({ privateKey: priv, publicKey: pub });
        } catch {
          // OpenSSL refuses an all-zero X25519/X448 result itself.
          throw badPublic(name);
        }
        // RFC 7748 section 6.1: an all-zero output means a low-order peer value.
        if (isAllZero(secret)) throw badPublic(name);
        return u8(secret);
      },
    };
  }

  function weierstrass(name: EcCurve): KeyAgreement {
    const size = EC_FIELD_BYTES[name];
    const curve = OPENSSL_CURVE[name];
    const withPrivate = (d: Uint8Array) => {
      const ecdh = createECDH(curve);
      if (d.length !== size) throw new CryptoError('bad_key', `${name} private key must be ${size} bytes`);
      try {
        ecdh.setPrivateKey(d);
      } catch {
        throw new CryptoError('bad_key', `invalid ${name} private key`);
      }
      return ecdh;
    };
    return {
      group: name,
      generateKeyPair() {
        const ecdh = createECDH(curve);
        const publicKey = ecdh.generateKeys();
        return { privateKey: pad(ecdh.getPrivateKey(), size), publicKey: u8(publicKey) };
      },
      publicKeyFromPrivate(privateKey) {
        return u8(withPrivate(privateKey).getPublicKey());
      },
      computeSecret(privateKey, peerPublic) {
        // TLS 1.3 and SSH carry uncompressed points only (RFC 8446 section 4.2.8.2).
        if (peerPublic.length !== 1 + 2 * size || peerPublic[0] !== 4) throw badPublic(name);
        const ecdh = withPrivate(privateKey);
        try {
          // OpenSSL checks that the point lies on the curve.
          return pad(ecdh.computeSecret(peerPublic), size);
        } catch {
          throw badPublic(name);
        }
      },
    };
  }

  // OpenSSL runs DH_check (primality tests) when a DiffieHellman object is created for a prime
  // it does not recognise: ~70 ms for RFC 2409 group 2, far more for large caller-given primes.
  // Named groups therefore keep one DiffieHellman object each (checked once per process), and
  // caller-given parameters go through KeyObjects, which skip that check.
  const dhObjects = new Map<string, NodeCrypto.DiffieHellman>();

  function namedFiniteField(name: NamedDhGroup, group: DhGroupParams): KeyAgreement {
    const plen = byteLength(group.p);
    const rnd = (n: number) => new Uint8Array(randomBytes(n));
    const dhFor = (x: Uint8Array): NodeCrypto.DiffieHellman => {
      checkDhPrivate(group, bytesToBigInt(x));
      let dh = dhObjects.get(name);
      if (!dh) {
        dh = createDiffieHellman(Buffer.from(bigIntToBytes(group.p)), Buffer.from(bigIntToBytes(group.g)));
        dhObjects.set(name, dh);
      }
      // Reusing the object is safe: each call sets the key and uses it synchronously.
      dh.setPrivateKey(Buffer.from(x));
      return dh;
    };
    const publicOf = (x: Uint8Array) => {
      const dh = dhFor(x);
      dh.generateKeys(); // with a private key set, OpenSSL only computes g^x mod p
      return pad(dh.getPublicKey(), plen);
    };
    return {
      group: name,
      generateKeyPair() {
        const privateKey = randomDhExponent(group, rnd);
        return { privateKey, publicKey: publicOf(privateKey) };
      },
      publicKeyFromPrivate: publicOf,
      computeSecret(privateKey, peerPublic) {
        // Leading zero bytes (SSH mpints, some encoders) are allowed; the value is what is checked.
        if (peerPublic.length > plen + 8) throw badPublic(name);
        checkDhPublic(group, bytesToBigInt(peerPublic));
        const dh = dhFor(privateKey);
        try {
          return pad(dh.computeSecret(peerPublic), plen);
        } catch {
          throw badPublic(name);
        }
      },
    };
  }

  const generatedDh = new WeakMap<Uint8Array, NodeCrypto.KeyObject>();
  const DH_OID = hexToBytes('2a864886f70d010301'); // dhKeyAgreement (PKCS #3)

  function customFiniteField(group: DhGroupParams): KeyAgreement {
    checkDhGroup(group);
    const plen = byteLength(group.p);
    const algo = derSeq(tlv(0x06, DH_OID), derSeq(derInt(group.p), derInt(group.g)));
    const rnd = (n: number) => new Uint8Array(randomBytes(n));
    const privObject = (x: Uint8Array): NodeCrypto.KeyObject => {
      const cached = generatedDh.get(x);
      if (cached) return cached;
      const v = bytesToBigInt(x);
      checkDhPrivate(group, v);
      const der = derSeq(derInt(0n), algo, tlv(0x04, derInt(v)));
      return createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
    };
    const publicOf = (priv: NodeCrypto.KeyObject): Uint8Array => {
      // SubjectPublicKeyInfo { algorithm, BIT STRING { INTEGER y } }
      const spki = createPublicKey(priv).export({ format: 'der', type: 'spki' });
      const fail = (detail: string) =>
        new CryptoError('bad_key', `DH SubjectPublicKeyInfo exported by node:crypto: ${detail}`);
      const outer = readTlv(spki, 0, fail);
      const bits = readTlv(spki, readTlv(spki, outer.start, fail).end, fail);
      return bigIntToBytes(readPositiveInt(spki, bits.start + 1, fail).value, plen);
    };
    return {
      group: 'custom',
      generateKeyPair() {
        const privateKey = randomDhExponent(group, rnd);
        const ko = privObject(privateKey);
        generatedDh.set(privateKey, ko);
        return { privateKey, publicKey: publicOf(ko) };
      },
      publicKeyFromPrivate: (x) => publicOf(privObject(x)),
      computeSecret(privateKey, peerPublic) {
        if (peerPublic.length > plen + 8) throw badPublic('custom DH group');
        const y = bytesToBigInt(peerPublic);
        checkDhPublic(group, y);
        const priv = privObject(privateKey);
        try {
          const der = derSeq(algo, tlv(0x03, concatBytes(Uint8Array.of(0), derInt(y))));
          const pub = createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' });
          return pad(diffieHellman({ privateKey: priv, publicKey: pub }), plen);
        } catch {
          throw badPublic('custom DH group');
        }
      },
    };
  }

  return (group: KeyAgreementGroup | DhGroupParams): KeyAgreement => {
    if (typeof group === 'object') return customFiniteField(group);
    if (group === 'x25519' || group === 'x448') return montgomery(group);
    if (group in OPENSSL_CURVE) return weierstrass(group as EcCurve);
    const ff = DH_GROUPS[group as keyof typeof DH_GROUPS];
    if (ff) return namedFiniteField(group as NamedDhGroup, ff);
    throw unsupported(`key agreement group ${String(group)}`, 'node');
  };
}
