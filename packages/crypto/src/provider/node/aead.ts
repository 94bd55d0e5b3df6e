// AES-GCM and ChaCha20-Poly1305 over node:crypto. The key is imported once into a KeyObject and
// reused for every record. node:crypto cannot rekey a cipher context with a new nonce, so each
// call makes one context; everything around it is kept to the minimum (no joins: the tag is
// copied once, into the caller's buffer with sealInto).
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
    const name = alg as NodeCrypto.CipherGCMTypes;
    const opts = { authTagLength: TAG } as const;
    /** The cipher context for one message, with its additional data set. */
    const cipher = (nonce: Uint8Array, aad: Uint8Array | undefined, length: number) => {
      checkNonce(alg, nonce);
      const ci = createCipheriv(name, keyObject, nonce, opts);
      if (aad && aad.length > 0) ci.setAAD(aad, { plaintextLength: length });
      return ci;
    };
    const open = (nonce: Uint8Array, ciphertext: Uint8Array, aad?: Uint8Array): Uint8Array => {
      checkNonce(alg, nonce);
      if (ciphertext.length < TAG)
        throw new CryptoError('decrypt_failed', `${alg} ciphertext shorter than the tag`);
      const split = ciphertext.length - TAG;
      const de = createDecipheriv(name, keyObject, nonce, opts);
      de.setAuthTag(ciphertext.subarray(split));
      if (aad && aad.length > 0) de.setAAD(aad, { plaintextLength: split });
      const out = de.update(ciphertext.subarray(0, split));
      try {
        de.final();
      } catch (e) {
        throw new CryptoError('decrypt_failed', `${alg} authentication failed`, { cause: e });
      }
      return out;
    };
    return {
      alg,
      seal(nonce, plaintext, aad) {
        const ci = cipher(nonce, aad, plaintext.length);
        const body = ci.update(plaintext);
        ci.final(); // stream modes: no output
        const out = Buffer.allocUnsafe(body.length + TAG);
        out.set(body, 0);
        out.set(ci.getAuthTag(), body.length);
        return out;
      },
      sealInto(nonce, plaintext, aad, out, offset) {
        const n = plaintext.length;
        if (offset < 0 || offset + n + TAG > out.length)
          throw new CryptoError('bad_input', `${alg} sealInto: output too short`);
        const ci = cipher(nonce, aad, n);
        // update reads all of plaintext before anything is written back, so in place is fine.
        out.set(ci.update(plaintext), offset);
        ci.final();
        out.set(ci.getAuthTag(), offset + n);
        return n + TAG;
      },
      open,
      // node:crypto always returns a new buffer: opening in place would only add a copy.
      openInPlace: open,
    };
  };
}
