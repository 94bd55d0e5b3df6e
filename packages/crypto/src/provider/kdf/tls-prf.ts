// TLS pseudo-random functions built on HMAC.

import type { HashAlg } from '../types.js';
import { concatBytes, utf8 } from '../util/bytes.js';
import { HASH_LENGTHS, type HmacFn } from './hmac-fn.js';

/** P_hash(secret, seed) of RFC 5246 section 5, truncated to `length` bytes. */
export function pHash(
  hmac: HmacFn,
  alg: HashAlg,
  secret: Uint8Array,
  seed: Uint8Array,
  length: number,
): Uint8Array {
  const hashLen = HASH_LENGTHS[alg];
  const out = new Uint8Array(length);
  // buf = A(i) || seed, with the seed written once.
  const buf = new Uint8Array(hashLen + seed.length);
  buf.set(seed, hashLen);
  let a: Uint8Array = seed; // A(0)
  for (let off = 0; off < length; off += hashLen) {
    a = hmac(alg, secret, a); // A(i) = HMAC(secret, A(i-1))
    buf.set(a, 0);
    const block = hmac(alg, secret, buf);
    out.set(off + hashLen <= length ? block : block.subarray(0, length - off), off);
  }
  return out;
}

/** TLS 1.2 PRF (RFC 5246 section 5): PRF = P_<hash>(secret, label || seed). */
export function tls12Prf(
  hmac: HmacFn,
  alg: HashAlg,
  secret: Uint8Array,
  label: string,
  seed: Uint8Array,
  length: number,
): Uint8Array {
  return pHash(hmac, alg, secret, concatBytes(utf8(label), seed), length);
}

/**
 * TLS 1.0/1.1 PRF (RFC 2246 section 5, RFC 4346 section 5): the secret is split into two
 * halves sharing the middle byte when its length is odd; PRF = P_MD5(S1) XOR P_SHA-1(S2).
 */
export function tls10Prf(
  hmac: HmacFn,
  secret: Uint8Array,
  label: string,
  seed: Uint8Array,
  length: number,
): Uint8Array {
  const half = Math.ceil(secret.length / 2);
  const s1 = secret.subarray(0, half);
  const s2 = secret.subarray(secret.length - half);
  const labelSeed = concatBytes(utf8(label), seed);
  const md5 = pHash(hmac, 'md5', s1, labelSeed, length);
  const sha1 = pHash(hmac, 'sha1', s2, labelSeed, length);
  for (let i = 0; i < length; i++) md5[i] = (md5[i] as number) ^ (sha1[i] as number);
  return md5;
}
