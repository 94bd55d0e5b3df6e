// AES-GCM and ChaCha20-Poly1305 over @noble/ciphers.
import { gcm } from '@noble/ciphers/aes.js';
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { CryptoError } from '../../errors.js';
import { checkAeadKey, checkNonce } from '../params.js';
import type { Aead, AeadAlg } from '../types.js';

const TAG = 16;

export function aead(alg: AeadAlg, key: Uint8Array): Aead {
  checkAeadKey(alg, key, 'noble');
  const k = Uint8Array.from(key);
  const make = alg === 'chacha20-poly1305' ? chacha20poly1305 : gcm;
  return {
    alg,
    seal(nonce, plaintext, aad) {
      checkNonce(alg, nonce);
      return make(k, nonce, aad).encrypt(plaintext);
    },
    open(nonce, ciphertext, aad) {
      checkNonce(alg, nonce);
      // As the node provider reports it, rather than as a failed tag check.
      if (ciphertext.length < TAG)
        throw new CryptoError('decrypt_failed', `${alg} ciphertext shorter than the tag`);
      try {
        return make(k, nonce, aad).decrypt(ciphertext);
      } catch (e) {
        throw new CryptoError('decrypt_failed', `${alg} authentication failed`, { cause: e });
      }
    },
  };
}
