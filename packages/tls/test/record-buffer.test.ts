// The record layer's output buffers: records sealed one after another lie side by side and join
// into one chunk, the bytes the same as the records one by one; every record still opens.
import { getProvider } from '@otpnet/crypto';
import { describe, expect, it } from 'vitest';
import { Tls12AeadProtection } from '../src/record/protection12-aead.js';
import { Tls13Protection } from '../src/record/protection13.js';
import { allocRecord, appendChunk } from '../src/record/record-buffer.js';

const concat = (parts: Uint8Array[]) => Buffer.concat(parts.map((p) => Buffer.from(p)));

describe('record buffers', () => {
  it('hands out zeroed, disjoint views, and joins only neighbours', () => {
    const a = allocRecord(10);
    const b = allocRecord(20);
    expect([...a, ...b].every((x) => x === 0)).toBe(true);
    a.fill(1);
    b.fill(2);
    const chunks: Uint8Array[] = [];
    appendChunk(chunks, a);
    appendChunk(chunks, b);
    if (a.buffer === b.buffer && a.byteOffset + a.length === b.byteOffset) {
      expect(chunks).toHaveLength(1);
      expect(concat(chunks)).toEqual(concat([a, b]));
    }
    appendChunk(chunks, new Uint8Array(3));
    expect(chunks.length).toBeGreaterThanOrEqual(2);
    const big = allocRecord(1 << 20);
    expect(big.length).toBe(1 << 20);
  });

  it.each(['node', 'noble'] as const)('joined TLS 1.3 and 1.2 records open one by one (%s)', (name) => {
    const p = getProvider(name);
    const key = new Uint8Array(32).fill(9);
    for (const alg of ['aes-256-gcm', 'chacha20-poly1305'] as const) {
      for (const [seal, open] of [
        [
          new Tls13Protection(p.aead(alg, key), new Uint8Array(12), 3),
          new Tls13Protection(p.aead(alg, key), new Uint8Array(12), 3),
        ],
        [
          new Tls12AeadProtection(p.aead(alg, key), new Uint8Array(alg === 'aes-256-gcm' ? 4 : 12)),
          new Tls12AeadProtection(p.aead(alg, key), new Uint8Array(alg === 'aes-256-gcm' ? 4 : 12)),
        ],
      ] as const) {
        const fragments = [5, 1, 300, 0].map((n, i) => new Uint8Array(n).fill(i + 1));
        const chunks: Uint8Array[] = [];
        const records = fragments.map((f) => seal.seal(23, f));
        const copies = records.map((r) => Uint8Array.from(r));
        for (const r of records) appendChunk(chunks, r);
        expect(concat(chunks)).toEqual(concat(copies));
        copies.forEach((r, i) => {
          const opened = open.open(r[0] as number, r.subarray(0, 5), r.subarray(5));
          expect(opened.type).toBe(23);
          expect(Buffer.from(opened.content)).toEqual(Buffer.from(fragments[i] as Uint8Array));
        });
      }
    }
  });
});
