// SSH key derivation, RFC 4253 section 7.2.
import { CryptoError } from '../../errors.js';
import type { HashAlg } from '../types.js';
import { concatBytes, utf8 } from '../util/bytes.js';
import type { HashFn } from './hmac-fn.js';

/**
 * K1 = HASH(K || H || X || session_id), Kn = HASH(K || H || K1 || ... || K(n-1)), where K is
 * the shared secret already encoded as an mpint and X the single letter 'A'..'F'.
 */
export function sshKdf(
  hash: HashFn,
  alg: HashAlg,
  sharedSecret: Uint8Array,
  exchangeHash: Uint8Array,
  letter: string,
  sessionId: Uint8Array,
  length: number,
): Uint8Array {
  if (letter.length !== 1)
    throw new CryptoError('bad_input', 'SSH key derivation letter must be one character');
  const kh = concatBytes(sharedSecret, exchangeHash);
  let out = hash(alg, concatBytes(kh, utf8(letter), sessionId));
  while (out.length < length) out = concatBytes(out, hash(alg, concatBytes(kh, out)));
  return out.length === length ? out : out.slice(0, length);
}
