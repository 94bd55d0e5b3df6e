// The Reader on its own: bounds, views, and telling cut-short input from bad input.
import { describe, expect, it } from 'vitest';
import { DecodeError, Reader } from '../src/index.js';

describe('Reader', () => {
  it('returns views into the input, not copies', () => {
    const bytes = Uint8Array.from([1, 2, 3, 4]);
    const r = new Reader(bytes);
    const v = r.raw(3, 'T.x');
    bytes[0] = 9;
    expect(v[0]).toBe(9);
  });

  it('marks running past the end of the whole input as truncated', () => {
    const r = new Reader(Uint8Array.from([0, 5, 1, 2]));
    const n = r.u16('T.len');
    const e = (() => {
      try {
        r.raw(n, 'T.data');
      } catch (err) {
        return err as DecodeError;
      }
    })();
    expect(e).toBeInstanceOf(DecodeError);
    expect(e?.truncated).toBe(true);
  });

  it('does not mark running past the end of a length-prefixed body as truncated', () => {
    // an outer vector of 2 bytes that holds a 16-bit length of 5: bad input, however much follows
    const r = new Reader(Uint8Array.from([2, 0, 5, 1, 2, 3, 4, 5, 6]));
    r.enter(r.vectorLength(1, 0, 255, 1, 'T.v'), 'T.v');
    const n = r.u16('T.len');
    expect(() => r.raw(n, 'T.data')).toThrow(expect.objectContaining({ truncated: false }));
  });

  it('marks a vector length beyond the input as truncated, and one outside its bounds as not', () => {
    const cut = new Reader(Uint8Array.from([0, 10, 1]));
    expect(() => cut.vectorLength(2, 0, 100, 1, 'T.v')).toThrow(expect.objectContaining({ truncated: true }));
    const bad = new Reader(Uint8Array.from([0, 200, 1]));
    expect(() => bad.vectorLength(2, 0, 100, 1, 'T.v')).toThrow(
      expect.objectContaining({ truncated: false }),
    );
  });
});
