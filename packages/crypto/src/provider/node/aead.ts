// AES-GCM and ChaCha20-Poly1305 over node:crypto. The key is imported once into a KeyObject and
// reused for every record.
import type * as NodeCrypto from 'node:crypto';
import { CryptoError } from '../../errors.js';
import { checkAeadKey, checkNonce } from '../params.js';
import type { Aead, AeadAlg } from '../types.js';

const TAG = 16;

export function nodeAead(c: typeof NodeCrypto) {
  const { createCipheriv, createDecipheriv, createSecretKey } = c;
  return (alg: AeadAlg, key: Uint8Array): Aead => {
    checkAeadKey(alg, key, 'node');
    const keyObject = createSecretKey(key);
    const opts = { authTagLength: TAG } as const;
    return {
      alg,
      seal(nonce, plaintext, aad) {
        checkNonce(alg, nonce);
        const ci = createCipheriv(alg as NodeCrypto.CipherGCMTypes, keyObject, nonce, opts);
        if (aad && aad.length > 0) ci.setAAD(aad, { plaintextLength: plaintext.length });
        const body = ci.update(plaintext);
        ci.final(); // stream modes: no output
        const out = Buffer.allocUnsafe(body.length + TAG);
        out.set(body, 0);
        out.set(ci.getAuthTag(), body.length);
        return out;
      },
      open(nonce, ciphertext, aad) {
        checkNonce(alg, nonce);
        if (ciphertext.length < TAG)
          throw new CryptoError('decrypt_failed', `${alg} ciphertext shorter than the tag`);
        const split = ciphertext.length - TAG;
        const de = createDecipheriv(alg as NodeCrypto.CipherGCMTypes, keyObject, nonce, opts);
        de.setAuthTag(ciphertext.subarray(split));
        if (aad && aad.length > 0) de.setAAD(aad, { plaintextLength: split });
        const out = de.update(ciphertext.subarray(0, split));
        try {
          de.final();
        } catch (e) {
          throw new CryptoError('decrypt_failed', `${alg} authentication failed`, { cause: e });
        }
        return out;
      },
    };
  };
}
