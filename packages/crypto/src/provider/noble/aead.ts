// AES-GCM and ChaCha20-Poly1305 over @noble/ciphers. ChaCha20-Poly1305 takes an output buffer,
// so it seals and opens in place where that output is 4-byte aligned (unaligned, noble's ChaCha
// is slower than a new array and a copy); noble's GCM always returns a new array.
import { gcm } from '@noble/ciphers/aes.js';
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { CryptoError } from '../../errors.js';
import { checkAeadKey, checkNonce } from '../params.js';
import type { Aead, AeadAlg } from '../types.js';

const TAG = 16;

const aligned = (b: Uint8Array, offset = 0) => ((b.byteOffset + offset) & 3) === 0;

export function aead(alg: AeadAlg, key: Uint8Array): Aead {
  checkAeadKey(alg, key, 'noble');
  const k = Uint8Array.from(key);
  const chacha = alg === 'chacha20-poly1305';
  const make = chacha ? chacha20poly1305 : gcm;
  const authFailed = (e: unknown) =>
    new CryptoError('decrypt_failed', `${alg} authentication failed`, { cause: e });
  const checkOpen = (nonce: Uint8Array, ciphertext: Uint8Array) => {
    checkNonce(alg, nonce);
    // As the node provider reports it, rather than as a failed tag check.
    if (ciphertext.length < TAG)
      throw new CryptoError('decrypt_failed', `${alg} ciphertext shorter than the tag`);
  };
  return {
    alg,
    seal(nonce, plaintext, aad) {
      checkNonce(alg, nonce);
      return make(k, nonce, aad).encrypt(plaintext);
    },
    sealInto(nonce, plaintext, aad, out, offset) {
      checkNonce(alg, nonce);
      const n = plaintext.length + TAG;
      if (offset < 0 || offset + n > out.length)
        throw new CryptoError('bad_input', `${alg} sealInto: output too short`);
      // ChaCha20-Poly1305 copies the plaintext into the output first (a no-op in place).
      if (chacha && aligned(out, offset))
        make(k, nonce, aad).encrypt(plaintext, out.subarray(offset, offset + n));
      else out.set(make(k, nonce, aad).encrypt(plaintext), offset);
      return n;
    },
    open(nonce, ciphertext, aad) {
      checkOpen(nonce, ciphertext);
      try {
        return make(k, nonce, aad).decrypt(ciphertext);
      } catch (e) {
        throw authFailed(e);
      }
    },
    openInPlace(nonce, ciphertext, aad) {
      checkOpen(nonce, ciphertext);
      try {
        // ChaCha20-Poly1305 checks the tag before it writes anything.
        if (chacha && aligned(ciphertext))
          return make(k, nonce, aad).decrypt(ciphertext, ciphertext.subarray(0, ciphertext.length - TAG));
        return make(k, nonce, aad).decrypt(ciphertext);
      } catch (e) {
        throw authFailed(e);
      }
    },
  };
}
