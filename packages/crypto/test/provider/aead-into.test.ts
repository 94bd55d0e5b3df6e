// sealInto and openInPlace, the AEAD methods record layers use to build and open records in
// their own buffers: the same bytes as seal and open, at every offset and alignment, in place or
// not, and nothing written when authentication fails.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AeadAlg } from '../../src/index.js';
import { CryptoError } from '../../src/index.js';
import { EACH, hex } from './support.js';

const ALGS: [AeadAlg, number][] = [
  ['aes-128-gcm', 16],
  ['aes-256-gcm', 32],
  ['chacha20-poly1305', 32],
];

describe.each(EACH)('AEAD into buffers: %s', (_name, p) => {
  it.each(ALGS)('%s: sealInto writes what seal returns, at any offset, in place too', (alg, keyLength) => {
    const a = p.aead(alg, randomBytes(keyLength));
    const nonce = randomBytes(12);
    const aad = randomBytes(13);
    for (const n of [0, 1, 16, 1000]) {
      const pt = new Uint8Array(randomBytes(n));
      const want = hex(a.seal(nonce, pt, aad));
      for (const offset of [0, 1, 2, 3, 5, 8]) {
        const out = new Uint8Array(offset + n + 16 + 3).fill(0xee);
        expect(a.sealInto?.(nonce, pt, aad, out, offset)).toBe(n + 16);
        expect(hex(out.subarray(offset, offset + n + 16))).toBe(want);
        expect(out[offset + n + 16]).toBe(0xee);
        const inPlace = new Uint8Array(offset + n + 16);
        inPlace.set(pt, offset);
        a.sealInto?.(nonce, inPlace.subarray(offset, offset + n), aad, inPlace, offset);
        expect(hex(inPlace.subarray(offset))).toBe(want);
      }
    }
    expect(() => a.sealInto?.(nonce, new Uint8Array(4), aad, new Uint8Array(19), 0)).toThrow(CryptoError);
  });

  it.each(ALGS)('%s: openInPlace opens what seal made, and leaves a forgery as it was', (alg, keyLength) => {
    const a = p.aead(alg, randomBytes(keyLength));
    const nonce = randomBytes(12);
    const aad = randomBytes(5);
    const pt = new Uint8Array(randomBytes(300));
    const sealed = a.seal(nonce, pt, aad);
    for (const offset of [0, 1, 4, 5]) {
      const wire = new Uint8Array(offset + sealed.length);
      wire.set(sealed, offset);
      const opened = a.openInPlace?.(nonce, wire.subarray(offset), aad);
      expect(hex(opened ?? new Uint8Array(0))).toBe(hex(pt));
      const forged = new Uint8Array(offset + sealed.length);
      forged.set(sealed, offset);
      forged[forged.length - 1] = (forged.at(-1) ?? 0) ^ 1;
      const before = hex(forged);
      expect(() => a.openInPlace?.(nonce, forged.subarray(offset), aad)).toThrow(
        expect.objectContaining({ kind: 'decrypt_failed' }),
      );
      expect(hex(forged)).toBe(before);
    }
  });
});
