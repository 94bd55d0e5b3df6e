// AES-GCM and ChaCha20-Poly1305 over @noble/ciphers.
import { gcm } from '@noble/ciphers/aes.js';
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { CryptoError, unsupported } from '../errors.js';
import type { Aead, AeadAlg } from '../types.js';

const KEY_LENGTH: Readonly<Record<AeadAlg, number>> = {
  'aes-128-gcm': 16,
  'aes-256-gcm': 32,
  'chacha20-poly1305': 32,
};

export function checkAeadKey(alg: AeadAlg, key: Uint8Array, provider: string): void {
  const want = KEY_LENGTH[alg];
  if (want === undefined) throw unsupported(`AEAD ${String(alg)}`, provider);
  if (key.length !== want) throw new CryptoError('bad_key', `${alg} needs a ${want}-byte key`);
}

/** All three AEADs are used with 12-byte nonces (RFC 5116 section 3.2, RFC 8446 section 5.3). */
export function checkNonce(alg: AeadAlg, nonce: Uint8Array): void {
  if (nonce.length !== 12) throw new CryptoError('bad_input', `${alg} needs a 12-byte nonce`);
}

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
      try {
        return make(k, nonce, aad).decrypt(ciphertext);
      } catch (e) {
        throw new CryptoError('decrypt_failed', `${alg} authentication failed`, { cause: e });
      }
    },
  };
}
