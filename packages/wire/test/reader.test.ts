// The Reader and Writer on their own: bounds, views, error kinds and paths, and big integers
// whose cost grows with their length, not its square.
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../test/support/codec-errors.js';
import {
  bigintFromBytes,
  bytesOfBigint,
  DecodeError,
  expectArray,
  expectObject,
  Field,
  fields,
  nested,
  nestedAt,
  Reader,
  signedBigintFromBytes,
  signedBytesOfBigint,
  Writer,
} from '../src/index.js';

const F = fields('specs/t/a.spec', {
  T: {
    $: 1,
    x: 2,
    len: 3,
    data: 4,
    v: { line: 5, minLength: 0, maxLength: 100 },
    small: { line: 6, maxLength: 255 },
  },
});

describe('Reader', () => {
  it('returns views into the input, not copies', () => {
    const bytes = Uint8Array.from([1, 2, 3, 4]);
    const v = new Reader(bytes).raw(3, F.T.x);
    bytes[0] = 9;
    expect(v[0]).toBe(9);
  });

  it('marks running past the end of the whole input as truncated', () => {
    const r = new Reader(Uint8Array.from([0, 5, 1, 2]));
    const n = r.u16(F.T.len);
    const e = thrown(() => r.raw(n, F.T.data));
    expect(e).toBeInstanceOf(DecodeError);
    expect(e.kind).toBe('truncated');
    expect(e.message).toBe('T.data: needs 5 bytes, 2 left (specs/t/a.spec:4)');
  });

  it('does not mark running past the end of a length-prefixed body as truncated', () => {
    // an outer vector of 2 bytes that holds a 16-bit length of 5: bad input, however much follows
    const r = new Reader(Uint8Array.from([2, 0, 5, 1, 2, 3, 4, 5, 6]));
    r.enter(r.vector(F.T.small), F.T.small);
    const n = r.u16(F.T.len);
    expect(thrown(() => r.raw(n, F.T.data)).kind).toBe('length');
  });

  it('tells a vector beyond the input (truncated) from one outside its bounds', () => {
    const cut = new Reader(Uint8Array.from([10, 1]));
    expect(thrown(() => cut.raw(cut.vector(F.T.v), F.T.v)).kind).toBe('truncated');
    const bad = new Reader(Uint8Array.from([200, 1]));
    expect(thrown(() => bad.vector(F.T.v))).toMatchObject({ kind: 'bound', path: 'T.v' });
  });

  it('puts enclosing fields, indices and cases in front of a nested error', () => {
    // The shape generated decoders have: each level catches and puts its own part in front.
    const list = new Field('Outer.list', 'specs/t/a.spec:8');
    const inner = (r: Reader) => r.u16(new Field('Inner.value', 'specs/t/a.spec:9'));
    const outer = (r: Reader) => {
      const out: number[] = [];
      try {
        while (r.remaining > 0) out.push(inner(r));
      } catch (e) {
        throw nestedAt(e, list, out.length);
      }
      return out;
    };
    const r = new Reader(Uint8Array.from([0, 1, 0]));
    const top = () => {
      try {
        return outer(r);
      } catch (e) {
        throw nested(e, new Field('Top.body', 'specs/t/a.spec:7'), 'outer');
      }
    };
    const e = thrown(top);
    expect(e.path).toBe('Top.outer.list[1].value');
    expect(e.message).toBe('Top.outer.list[1].value: needs 2 bytes, 1 left (specs/t/a.spec:9)');
  });

  it('keeps to the limits a runtime sets: input length, lengths read, nesting', () => {
    expect(thrown(() => new Reader(new Uint8Array(11), 0, 11, { maxLength: 10 }, F.T.$))).toMatchObject({
      kind: 'bound',
      path: 'T',
    });
    // a 200-byte vector with 2 bytes present: incomplete, unless 200 is beyond the limit
    const partial = Uint8Array.of(0, 200, 1, 2);
    const open = new Reader(partial);
    expect(thrown(() => open.raw(open.u16(F.T.len), F.T.data)).kind).toBe('truncated');
    const capped = new Reader(partial, 0, 4, { maxLength: 100 });
    expect(thrown(() => capped.raw(capped.u16(F.T.len), F.T.data)).kind).toBe('bound');
    const shallow = new Reader(partial, 0, 4, { maxDepth: 1 });
    shallow.descend(F.T.x);
    expect(thrown(() => shallow.descend(F.T.x)).kind).toBe('depth');
  });

  it('reads name-lists and refuses empty names and non-printing bytes', () => {
    const list = (s: string) => Uint8Array.from([0, 0, 0, s.length, ...new TextEncoder().encode(s)]);
    expect(new Reader(list('a,bc,d')).nameList(F.T.x)).toEqual(['a', 'bc', 'd']);
    expect(new Reader(list('')).nameList(F.T.x)).toEqual([]);
    for (const bad of [',a', 'a,', 'a,,b', 'a b'])
      expect(thrown(() => new Reader(list(bad)).nameList(F.T.x)).kind).toBe('bad_value');
  });

  it('reads BER lengths and base-128 numbers as X.690 writes them', () => {
    const w = new Writer();
    for (const n of [0, 127, 128, 255, 256, 70000, 0xffffffff]) w.berLength(n, F.T.x);
    for (const n of [0, 31, 127, 128, 16384, 2 ** 40]) w.base128(n, F.T.x);
    const r = new Reader(w.finish());
    expect([0, 1, 2, 3, 4, 5, 6].map(() => r.berLength(F.T.x))).toEqual([
      0, 127, 128, 255, 256, 70000, 0xffffffff,
    ]);
    expect([0, 1, 2, 3, 4, 5].map(() => r.base128(F.T.x))).toEqual([0, 31, 127, 128, 16384, 2 ** 40]);
    expect(thrown(() => new Reader(Uint8Array.of(0x80)).berLength(F.T.x)).kind).toBe('bad_value');
    expect(thrown(() => new Reader(Uint8Array.of(0x85, 1, 1, 1, 1, 1)).berLength(F.T.x)).kind).toBe('bound');
  });
});

describe('Writer', () => {
  it('refuses values of the wrong type with EncodeError naming the field', () => {
    const w = new Writer();
    expect(thrown(() => w.u16('3' as never, F.T.x))).toMatchObject({ kind: 'type', path: 'T.x' });
    expect(thrown(() => w.raw('abc' as never, F.T.x)).kind).toBe('type');
    expect(thrown(() => expectArray('abc' as never, F.T.x)).kind).toBe('type');
    expect(thrown(() => expectObject(null, F.T.$)).kind).toBe('type');
    expect(thrown(() => w.sshUtf8('\ud800', F.T.x)).kind).toBe('bad_value');
  });

  it('checks vector bounds when the length is filled in', () => {
    const w = new Writer();
    const m = w.beginVector(F.T.v);
    w.raw(new Uint8Array(101), F.T.v);
    expect(thrown(() => w.endVector(m, F.T.v)).kind).toBe('bound');
  });
});

describe('big integers', () => {
  it('round-trip through bytes, signed and unsigned, big- and little-endian', () => {
    for (const v of [0n, 1n, 127n, 128n, 255n, 256n, 2n ** 64n - 1n, 2n ** 521n + 12345n]) {
      expect(bigintFromBytes(bytesOfBigint(v))).toBe(v);
      expect(bigintFromBytes(bytesOfBigint(v, true), true)).toBe(v);
    }
    for (const v of [
      0n,
      1n,
      -1n,
      127n,
      128n,
      -128n,
      -129n,
      255n,
      -256n,
      2n ** 300n,
      -(2n ** 300n),
      -(2n ** 300n) - 1n,
    ]) {
      const b = signedBytesOfBigint(v);
      expect(signedBigintFromBytes(b)).toBe(v);
      // the fewest bytes that keep the sign (RFC 4251 section 5)
      if (b.length > 1) expect(b[0] === 0 ? b[1]! >= 0x80 : b[0] === 0xff ? b[1]! < 0x80 : true).toBe(true);
    }
    expect(Array.from(signedBytesOfBigint(0x80n))).toEqual([0, 0x80]);
    expect(Array.from(signedBytesOfBigint(-0x1234n))).toEqual([0xed, 0xcc]);
  });

  it('cost grows with the length, not its square: 1 MiB costs at most ~15x 64 KiB', () => {
    const mpint = (n: number) => {
      const body = new Uint8Array(n).fill(0x5a);
      return Uint8Array.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255, ...body]);
    };
    const cost = (bytes: Uint8Array) => {
      const start = performance.now();
      for (let i = 0; i < 5; i++) new Writer().mpint(new Reader(bytes).mpint(F.T.x), F.T.x);
      return performance.now() - start;
    };
    const small = mpint(64 * 1024);
    const large = mpint(1024 * 1024);
    cost(small); // warm up
    const ratio = Math.min(cost(large), cost(large)) / Math.max(cost(small), 0.05);
    // 16x the bytes: linear costs ~16x; the byte-at-a-time fold this replaced cost ~256x
    expect(ratio).toBeLessThan(15 * 2.5);
  });
});
