// Signatures over @noble/curves (ECDSA, EdDSA) and micro-rsa-dsa-dh (RSA, DSA).
import { DSA } from 'micro-rsa-dsa-dh/dsa.js';
import {
  type IPKCS,
  mgf1,
  PKCS1_SHA1,
  PKCS1_SHA224,
  PKCS1_SHA256,
  PKCS1_SHA384,
  PKCS1_SHA512,
  PSS,
  _TEST as RSA_RAW,
} from 'micro-rsa-dsa-dh/rsa.js';
import { CryptoError, unsupported } from '../../errors.js';
import type {
  DsaPrivateKey,
  DsaPublicKey,
  EcPrivateKey,
  EcPublicKey,
  OkpPrivateKey,
  OkpPublicKey,
  PrivateKey,
  PublicKey,
  RsaPrivateKey,
  RsaPublicKey,
} from '../key-types.js';
import { EC_FIELD_BYTES, OKP_SIZES } from '../key-types.js';
import { emsaPkcs1Raw } from '../rsa/emsa-raw.js';
import { schemeFor } from '../schemes.js';
import type { HashAlg, SignatureScheme, SignOptions } from '../types.js';
import { bigIntToBytes, byteLength, bytesToBigInt, concatBytes, constantTimeEqual } from '../util/bytes.js';
import { decodeDerSignature, derToRaw, encodeDerSignature, rawToDer } from '../util/der.js';
import { EDWARDS, MONTGOMERY, WEIERSTRASS } from './curves.js';
import { hash, nobleHashFn } from './hash.js';

type RawRsa = {
  RSAEP(key: { n: bigint; e: bigint }, m: bigint): bigint;
  RSASP1(key: { n: bigint; d: bigint }, m: bigint): bigint;
};
const rawRsa = RSA_RAW as RawRsa;

const PKCS1: Partial<Record<HashAlg, IPKCS>> = {
  sha1: PKCS1_SHA1,
  sha224: PKCS1_SHA224,
  sha256: PKCS1_SHA256,
  sha384: PKCS1_SHA384,
  sha512: PKCS1_SHA512,
};

function pkcs1(alg: HashAlg): IPKCS {
  const s = PKCS1[alg];
  if (!s) throw unsupported(`RSA PKCS#1 with ${alg}`, 'noble');
  return s;
}

function pss(alg: HashAlg, saltLength: number | undefined) {
  const h = nobleHashFn(alg);
  // RFC 8446 section 4.2.3: MGF1 with the same hash, salt length equal to the digest length.
  return PSS(h, mgf1(h), saltLength ?? h.outputLen);
}

function ecPoint(key: EcPrivateKey): Uint8Array {
  return key.point ?? WEIERSTRASS[key.curve].getPublicKey(key.d, false);
}

function okpPublic(key: OkpPrivateKey): Uint8Array {
  if (key.publicKey) return key.publicKey;
  if (key.kind === 'ed25519' || key.kind === 'ed448') return EDWARDS[key.kind].getPublicKey(key.privateKey);
  return MONTGOMERY[key.kind].getPublicKey(key.privateKey);
}

export function publicKeyOf(key: PrivateKey): PublicKey {
  switch (key.kind) {
    case 'rsa':
      return { kind: 'rsa', n: key.n, e: key.e };
    case 'ec':
      return { kind: 'ec', curve: key.curve, point: ecPoint(key) };
    case 'dsa':
      return { kind: 'dsa', p: key.p, q: key.q, g: key.g, y: key.y };
    default:
      return { kind: key.kind, publicKey: okpPublic(key) };
  }
}

function dsaFor(key: DsaPublicKey, alg: HashAlg) {
  return DSA({ p: key.p, q: key.q, g: key.g, hash: nobleHashFn(alg) });
}

function checkOkp(key: OkpPrivateKey | OkpPublicKey, which: 'privateKey' | 'publicKey'): Uint8Array {
  const bytes = which === 'privateKey' ? (key as OkpPrivateKey).privateKey : (key as OkpPublicKey).publicKey;
  if (bytes.length !== OKP_SIZES[key.kind][which])
    throw new CryptoError('bad_key', `${key.kind} key has the wrong length`);
  return bytes;
}

/** Library errors while signing mean the key is unusable; they never carry key material. */
export function sign(
  scheme: SignatureScheme,
  privateKey: PrivateKey,
  data: Uint8Array,
  options?: SignOptions,
): Uint8Array {
  try {
    return signWith(scheme, privateKey, data, options);
  } catch (e) {
    if (e instanceof CryptoError) throw e;
    throw new CryptoError('bad_key', `invalid ${privateKey.kind} private key for ${scheme}`);
  }
}

function signWith(
  scheme: SignatureScheme,
  privateKey: PrivateKey,
  data: Uint8Array,
  options?: SignOptions,
): Uint8Array {
  const { info, key } = schemeFor(scheme, privateKey, 'noble');
  switch (info.family) {
    case 'rsa_pkcs1':
      return pkcs1(info.hash).sign(key as RsaPrivateKey, data);
    case 'rsa_pss':
      return pss(info.hash, options?.saltLength).sign(key as RsaPrivateKey, data);
    case 'rsa_md5_sha1': {
      const k = key as RsaPrivateKey;
      const len = byteLength(k.n);
      const em = emsaPkcs1Raw(concatBytes(hash('md5', data), hash('sha1', data)), len);
      return bigIntToBytes(rawRsa.RSASP1(k, bytesToBigInt(em)), len);
    }
    case 'ecdsa': {
      const k = key as EcPrivateKey;
      const digest = hash(info.hash, data);
      // RFC 6979 deterministic nonces; low-S normalisation is harmless to verifiers.
      return WEIERSTRASS[k.curve].sign(digest, k.d, {
        prehash: false,
        format: options?.format === 'raw' ? 'compact' : 'der',
      });
    }
    case 'ed25519':
    case 'ed448':
      return EDWARDS[info.family].sign(data, checkOkp(key as OkpPrivateKey, 'privateKey'));
    case 'dsa': {
      const k = key as DsaPrivateKey;
      const raw = dsaFor(k, info.hash).sign(k.x, data); // r || s, each |q| bytes
      return options?.format === 'raw' ? raw : rawToDer(raw, raw.length / 2);
    }
  }
}

export function verify(
  scheme: SignatureScheme,
  publicKey: PublicKey,
  data: Uint8Array,
  signature: Uint8Array,
  options?: SignOptions,
): boolean {
  const { info, key } = schemeFor(scheme, publicKey, 'noble');
  try {
    switch (info.family) {
      case 'rsa_pkcs1': {
        const k = key as RsaPublicKey;
        if (signature.length !== byteLength(k.n)) return false;
        return pkcs1(info.hash).verify(k, data, signature);
      }
      case 'rsa_pss': {
        const k = key as RsaPublicKey;
        if (signature.length !== byteLength(k.n)) return false;
        return pss(info.hash, options?.saltLength).verify(k, data, signature);
      }
      case 'rsa_md5_sha1': {
        const k = key as RsaPublicKey;
        const len = byteLength(k.n);
        if (signature.length !== len) return false;
        const s = bytesToBigInt(signature);
        if (s >= k.n) return false;
        const em = emsaPkcs1Raw(concatBytes(hash('md5', data), hash('sha1', data)), len);
        return constantTimeEqual(bigIntToBytes(rawRsa.RSAEP(k, s), len), em);
      }
      case 'ecdsa': {
        const k = key as EcPublicKey;
        const size = EC_FIELD_BYTES[k.curve];
        // An invalid public key is an error (as the node provider reports on import), not a mismatch.
        if (!WEIERSTRASS[k.curve].utils.isValidPublicKey(k.point, false) || k.point.length !== 1 + 2 * size) {
          throw new CryptoError('bad_key', `invalid ${k.curve} public point`);
        }
        // Normalise to the compact form so both encodings go through one strict parser.
        const compact = options?.format === 'raw' ? signature : derToRaw(signature, size);
        if (compact.length !== 2 * size) return false;
        // OpenSSL emits high-S signatures, so they are accepted (lowS: false).
        return WEIERSTRASS[k.curve].verify(compact, hash(info.hash, data), k.point, {
          prehash: false,
          lowS: false,
          format: 'compact',
        });
      }
      case 'ed25519':
      case 'ed448':
        // zip215: false = RFC 8032 strict checks, as OpenSSL applies.
        return EDWARDS[info.family].verify(signature, data, checkOkp(key as OkpPublicKey, 'publicKey'), {
          zip215: false,
        });
      case 'dsa': {
        const k = key as DsaPublicKey;
        const size = byteLength(k.q);
        const { r, s } =
          options?.format === 'raw' ? splitRaw(signature, size) : decodeDerSignature(signature);
        return dsaFor(k, info.hash).verify(k.y, data, encodeDerSignature(r, s));
      }
    }
  } catch (e) {
    if (e instanceof CryptoError && e.kind !== 'bad_signature_encoding') throw e;
    return false;
  }
}

function splitRaw(sig: Uint8Array, size: number): { r: bigint; s: bigint } {
  if (sig.length !== 2 * size)
    throw new CryptoError('bad_signature_encoding', 'raw signature has the wrong length');
  return { r: bytesToBigInt(sig.subarray(0, size)), s: bytesToBigInt(sig.subarray(size)) };
}
