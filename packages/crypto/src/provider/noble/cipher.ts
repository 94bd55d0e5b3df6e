// Streaming AES-CBC/CTR over @noble/ciphers, whose modes are one-shot: the chaining value (CBC)
// or the counter and unused keystream (CTR) are carried between calls here.
import { cbc, ctr } from '@noble/ciphers/aes.js';
import { CryptoError, unsupported } from '../../errors.js';
import { parseAesAlg } from '../params.js';
import type { CipherAlg, StreamCipher } from '../types.js';

/** Adds `blocks` to a 128-bit big-endian counter block in place. */
function addCounter(counter: Uint8Array, blocks: number): void {
  let carry = blocks;
  for (let i = 15; i >= 0 && carry > 0; i--) {
    const v = (counter[i] as number) + (carry % 256);
    counter[i] = v & 0xff;
    carry = Math.floor(carry / 256) + (v >> 8);
  }
}

export function cipher(
  alg: CipherAlg,
  key: Uint8Array,
  iv: Uint8Array,
  direction: 'encrypt' | 'decrypt',
): StreamCipher {
  const spec = parseAesAlg(alg);
  if (!spec) throw unsupported(`cipher ${alg}`, 'noble');
  if (key.length !== spec.keyLength)
    throw new CryptoError('bad_key', `${alg} needs a ${spec.keyLength}-byte key`);
  if (iv.length !== 16) throw new CryptoError('bad_input', `${alg} needs a 16-byte IV`);
  const k = Uint8Array.from(key);
  const state = Uint8Array.from(iv);

  if (spec.mode === 'cbc') {
    return {
      update(data) {
        if (data.length % 16 !== 0)
          throw new CryptoError('bad_input', `${alg} input must be whole 16-byte blocks`);
        if (data.length === 0) return new Uint8Array(0);
        const c = cbc(k, state, { disablePadding: true });
        const out = direction === 'encrypt' ? c.encrypt(data) : c.decrypt(data);
        // Next IV = last ciphertext block.
        state.set((direction === 'encrypt' ? out : data).subarray(data.length - 16));
        return out;
      },
    };
  }

  // CTR: encryption and decryption are the same keystream XOR. `used` bytes of the current
  // counter block have already been consumed.
  let used = 0;
  return {
    update(data) {
      if (data.length === 0) return new Uint8Array(0);
      if (used === 0) {
        const out = ctr(k, state).encrypt(data);
        addCounter(state, Math.floor(data.length / 16));
        used = data.length % 16;
        return out;
      }
      // Resume mid-block: run the keystream over a buffer that starts at the block boundary.
      const buf = new Uint8Array(used + data.length);
      buf.set(data, used);
      const out = ctr(k, state).encrypt(buf).subarray(used);
      const total = used + data.length;
      addCounter(state, Math.floor(total / 16));
      used = total % 16;
      return out;
    },
  };
}
