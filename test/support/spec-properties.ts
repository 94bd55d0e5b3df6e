// The property tests every generated codec gets. The generator writes, per spec module, a
// fast-check arbitrary of valid values for each type (built by the codec of each shape) and a test
// file that calls these checks: decode(encode(x)) == x, no strict prefix decodes, out-of-bounds
// values are refused on both sides, random and corrupted input only ever fails with DecodeError,
// and an encoder given a damaged value either refuses it with EncodeError or writes bytes that
// its own decoder reads back.
import { DecodeError, EncodeError, Writer } from '@otpnet/wire';
import fc from 'fast-check';
import { expect } from 'vitest';

type Ctx = Record<string, unknown>;
type Arb = fc.Arbitrary<unknown>;
/** The arbitrary of one type, for a recursion depth and a context. */
export type ArbitraryFn = (depth: number, ctx: Ctx) => Arb;

/**
 * The arbitraries of a module's types, each built once per (depth, context): types refer to each
 * other (and recursive ones to themselves), so building them eagerly would be exponential.
 */
export function arbitraries<K extends string>(defs: Record<K, ArbitraryFn>): Record<K, ArbitraryFn> {
  const out = {} as Record<K, ArbitraryFn>;
  const cache = new Map<string, Arb>();
  for (const name of Object.keys(defs) as K[]) {
    out[name] = (depth, ctx) => {
      const key = `${name}/${Math.max(depth, -1)}/${JSON.stringify(ctx)}`;
      let a = cache.get(key);
      if (!a) {
        // lazy: a recursive type's arms are built only when one is drawn
        a = fc.constant(null).chain(() => defs[name](depth, ctx));
        cache.set(key, a);
      }
      return a;
    };
  }
  return out;
}

/** True when `b` starts with the UTF-8 of `label` (prefix selects' default arm must not). */
export function startsWithText(b: Uint8Array, label: string): boolean {
  const l = new TextEncoder().encode(label);
  return l.length <= b.length && l.every((x, i) => b[i] === x);
}

type Encode = (v: never, ctx: never) => Uint8Array;
type Decode = (b: Uint8Array, ctx: never) => unknown;
type WriteFn = (w: Writer, v: never, ctx: never) => void;

function encodable(encode: Encode, ctx: Ctx, v: unknown): boolean {
  try {
    encode(v as never, ctx as never);
    return true;
  } catch (e) {
    if (e instanceof EncodeError) return false;
    throw e;
  }
}

/**
 * Values the encoder takes. Some drawn values break a rule no arbitrary encodes (a variable-size
 * vector's byte bounds, a sum of lengths); fast-check counts those as skipped runs, and fails the
 * test when too many are, rather than looping.
 */
function valid(arb: ArbitraryFn, ctx: Ctx): fc.Arbitrary<unknown> {
  return arb(DEPTH, ctx);
}

const DEPTH = 3;

/** decode(encode(x)) deep-equals x, and encoding is a function of the value. */
export function roundTrip(arb: ArbitraryFn, contexts: Ctx[], encode: Encode, decode: Decode): void {
  for (const ctx of contexts) {
    fc.assert(
      fc.property(valid(arb, ctx), (v) => {
        fc.pre(encodable(encode, ctx, v));
        const bytes = encode(v as never, ctx as never);
        const back = decode(bytes, ctx as never);
        expect(back).toEqual(v);
        expect(encode(back as never, ctx as never)).toEqual(bytes);
      }),
      { numRuns: 60 },
    );
  }
}

/** No strict prefix of a valid encoding decodes, and each fails as truncated input. */
export function noStrictPrefix(arb: ArbitraryFn, contexts: Ctx[], encode: Encode, decode: Decode): void {
  for (const ctx of contexts) {
    fc.assert(
      fc.property(valid(arb, ctx), (v) => {
        fc.pre(encodable(encode, ctx, v));
        const bytes = encode(v as never, ctx as never);
        for (let n = 0; n < bytes.length; n++) {
          // cut short, not malformed: a stream reader can tell it to wait for more bytes
          expect(() => decode(bytes.subarray(0, n), ctx as never)).toThrow(
            expect.objectContaining({ name: 'DecodeError', kind: 'truncated' }),
          );
        }
      }),
      { numRuns: 25 },
    );
  }
}

/** Values outside a field's bounds fail to encode, and bytes carrying them fail to decode. */
export function boundsEnforced(
  arb: ArbitraryFn,
  contexts: Ctx[],
  encode: Encode,
  decode: Decode,
  write: WriteFn,
  violations: [string, Arb[]][],
): void {
  for (const ctx of contexts) {
    const sample = fc.sample(arb(1, ctx), { numRuns: 200, seed: 42 }).find((v) => encodable(encode, ctx, v));
    if (sample === undefined) throw new Error('no encodable value found to test the bounds with');
    for (const [field, bads] of violations) {
      for (const bad of bads) {
        const [value] = fc.sample(bad, { numRuns: 1, seed: 7 });
        const v = { ...(sample as Record<string, unknown>), [field]: value };
        const what = `${field} = ${describeValue(value)}`;
        expect(() => encode(v as never, ctx as never), what).toThrow(
          expect.objectContaining({ kind: 'bound' }),
        );
        const w = new Writer();
        w.checkBounds = false;
        write(w, v as never, ctx as never);
        expect(() => decode(w.finish(), ctx as never), what).toThrow(DecodeError);
      }
    }
  }
}

function describeValue(v: unknown): string {
  if (v instanceof Uint8Array) return `${v.length} bytes`;
  if (Array.isArray(v)) return `${v.length} elements`;
  return String(v);
}

/** Random bytes, and valid encodings with bytes flipped, only ever fail with DecodeError. */
export function decodesSafely(arb: ArbitraryFn, contexts: Ctx[], encode: Encode, decode: Decode): void {
  for (const ctx of contexts) {
    const check = (bytes: Uint8Array) => {
      try {
        decode(bytes, ctx as never);
      } catch (e) {
        if (!(e instanceof DecodeError)) throw e;
      }
    };
    fc.assert(fc.property(fc.uint8Array({ maxLength: 96 }), check), { numRuns: 200 });
    fc.assert(
      fc.property(valid(arb, ctx), fc.nat(), fc.integer({ min: 1, max: 255 }), (v, at, x) => {
        fc.pre(encodable(encode, ctx, v));
        const bytes = Uint8Array.from(encode(v as never, ctx as never));
        if (bytes.length) bytes[at % bytes.length]! ^= x;
        check(bytes);
      }),
      { numRuns: 60 },
    );
  }
}

/** What a caller might pass by mistake: missing, null, of another type, out of range. */
const JUNK: unknown[] = [
  undefined,
  null,
  'abc',
  '\ud800',
  -1,
  1.5,
  2 ** 53,
  1n,
  true,
  [],
  {},
  [1, 'x'],
  new Uint8Array(3),
];

/** Every path to a leaf or object of a value. */
function paths(
  v: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  if (prefix.length) out.push(prefix);
  if (v instanceof Uint8Array || typeof v !== 'object' || v === null || prefix.length > 12) return out;
  for (const [k, x] of Object.entries(v)) paths(x, [...prefix, Array.isArray(v) ? Number(k) : k], out);
  return out;
}

function replaced(v: unknown, path: (string | number)[], junk: unknown): unknown {
  if (path.length === 0) return junk;
  const [head, ...rest] = path;
  const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, unknown>;
  copy[head!] = replaced((v as Record<string | number, unknown>)[head!], rest, junk);
  return copy;
}

/**
 * An encoder given a damaged value throws EncodeError (never a TypeError or RangeError), or
 * writes bytes that its own decoder accepts.
 */
export function encodesSafely(arb: ArbitraryFn, contexts: Ctx[], encode: Encode, decode: Decode): void {
  for (const ctx of contexts) {
    fc.assert(
      fc.property(valid(arb, ctx), fc.nat(), fc.nat(), (v, p, j) => {
        fc.pre(encodable(encode, ctx, v));
        const all = paths(v);
        const damaged = all.length
          ? replaced(v, all[p % all.length]!, JUNK[j % JUNK.length])
          : JUNK[j % JUNK.length];
        let bytes: Uint8Array;
        try {
          bytes = encode(damaged as never, ctx as never);
        } catch (e) {
          if (e instanceof EncodeError) return;
          throw e;
        }
        decode(bytes, ctx as never);
      }),
      { numRuns: 80 },
    );
    for (const junk of JUNK) {
      try {
        decode(encode(junk as never, ctx as never), ctx as never);
      } catch (e) {
        if (!(e instanceof EncodeError)) throw e;
      }
    }
  }
}
