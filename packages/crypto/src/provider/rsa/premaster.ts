// RSA premaster secret decoding with the countermeasure of RFC 5246 section 7.4.7.1: the caller
// always gets 48 bytes, either the decrypted premaster or random bytes, so that no error or
// timing difference reveals whether the PKCS#1 v1.5 padding or the version was right.
import { ctEqByte, ctNonZeroByte, ctSelect } from '../util/ct.js';

const PREMASTER = 48;

/**
 * `em` is the raw RSA decryption (k bytes, or null if the ciphertext was out of range or the
 * wrong length - public facts); `random` is 48 fresh random bytes generated before decryption.
 */
export function selectPremaster(
  em: Uint8Array | null,
  clientVersion: number,
  random: Uint8Array,
): Uint8Array {
  if (em === null || em.length < PREMASTER + 11) return random;
  const k = em.length;
  // EM = 0x00 || 0x02 || PS (k-51 non-zero bytes) || 0x00 || M (48 bytes)
  let good = ctEqByte(em[0] as number, 0) & ctEqByte(em[1] as number, 2);
  for (let i = 2; i < k - PREMASTER - 1; i++) good &= ctNonZeroByte(em[i] as number);
  good &= ctEqByte(em[k - PREMASTER - 1] as number, 0);
  // The first two bytes of the premaster must be ClientHello.client_version.
  good &= ctEqByte(em[k - PREMASTER] as number, (clientVersion >> 8) & 0xff);
  good &= ctEqByte(em[k - PREMASTER + 1] as number, clientVersion & 0xff);
  return ctSelect(good, em.subarray(k - PREMASTER), random);
}
