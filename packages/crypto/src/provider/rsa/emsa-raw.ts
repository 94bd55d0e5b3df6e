// EMSA-PKCS1-v1_5 block type 1 over a bare digest (no DigestInfo), the TLS 1.0/1.1 RSA signature
// over MD5 || SHA-1 (RFC 2246 section 4.7).
import { CryptoError } from '../../errors.js';

export function emsaPkcs1Raw(digest: Uint8Array, k: number): Uint8Array {
  if (k < digest.length + 11) throw new CryptoError('bad_key', 'RSA modulus too short for the digest');
  const em = new Uint8Array(k).fill(0xff);
  em[0] = 0;
  em[1] = 1;
  em[k - digest.length - 1] = 0;
  em.set(digest, k - digest.length);
  return em;
}
