// HKDF (RFC 5869) on a provider's HMAC, for providers without a separate extract/expand.
import { CryptoError } from '../../errors.js';
import type { HashAlg } from '../types.js';
import { HASH_LENGTHS, type HmacFn } from './hmac-fn.js';

/** HKDF-Extract: PRK = HMAC-Hash(salt, IKM); an empty salt means HashLen zero bytes. */
export function hkdfExtract(hmac: HmacFn, alg: HashAlg, salt: Uint8Array, ikm: Uint8Array): Uint8Array {
  return hmac(alg, salt.length === 0 ? new Uint8Array(HASH_LENGTHS[alg]) : salt, ikm);
}

/** HKDF-Expand: T(i) = HMAC-Hash(PRK, T(i-1) || info || i), L <= 255 * HashLen. */
export function hkdfExpand(
  hmac: HmacFn,
  alg: HashAlg,
  prk: Uint8Array,
  info: Uint8Array,
  length: number,
): Uint8Array {
  const hashLen = HASH_LENGTHS[alg];
  if (!Number.isInteger(length) || length < 0 || length > 255 * hashLen) {
    throw new CryptoError('bad_input', `HKDF-Expand output length ${length} out of range for ${alg}`);
  }
  if (length <= hashLen) {
    // One block, the common case in key schedules: T(1) = HMAC-Hash(PRK, info || 0x01).
    const msg = new Uint8Array(info.length + 1);
    msg.set(info);
    msg[info.length] = 1;
    const t = hmac(alg, prk, msg);
    return length === hashLen ? t : t.subarray(0, length);
  }
  const out = new Uint8Array(length);
  const buf = new Uint8Array(hashLen + info.length + 1);
  let tLen = 0; // T(0) is empty
  let off = 0;
  for (let i = 1; off < length; i++) {
    buf.set(info, tLen);
    buf[tLen + info.length] = i;
    const t = hmac(alg, prk, buf.subarray(0, tLen + info.length + 1));
    const n = Math.min(hashLen, length - off);
    out.set(t.subarray(0, n), off);
    off += n;
    buf.set(t, 0);
    tLen = hashLen;
  }
  return out;
}
