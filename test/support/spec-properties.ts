// The property tests every generated codec gets. The generator writes, per spec module, a
// description of each struct (fields, shapes, bounds, select cases) and a test file that calls
// these checks; this file turns a description into fast-check arbitraries and runs:
// decode(encode(x)) == x, no strict prefix decodes, out-of-bounds vectors are rejected on both
// sides, and random input only ever fails with DecodeError.
import { DecodeError, EncodeError, Writer } from '@otpnet/wire';
import fc from 'fast-check';
import { expect } from 'vitest';

export type ElemDesc =
  | { t: 'bytes' }
  | { t: 'int'; min: number; max: number }
  | { t: 'u64' }
  | { t: 'mpint' }
  | { t: 'float' }
  | { t: 'bool' }
  | { t: 'sshString' }
  | { t: 'utf8' }
  | { t: 'nameList' }
  | { t: 'enum'; values: number[]; max: number; closed: boolean }
  | { t: 'struct'; name: string; with?: Record<string, number | string> }
  | { t: 'rest' }
  /** A sized named type: one value of `elem` in `shape`. */
  | { t: 'named'; elem: ElemDesc; shape: ShapeDesc };

export type ShapeDesc =
  | { k: 'one' }
  | { k: 'fixed'; n: number } // elements (bytes for byte types)
  | { k: 'vector'; lo: number; hi: number; elem: number; max: number } // elem: fixed element size or 0
  | { k: 'counted'; max: number }
  | { k: 'fieldCount'; max: number }
  | { k: 'rest' };

export interface SelectDesc {
  tag: string;
  param: boolean;
  cases: { tag: number | string | boolean; case: number | string | boolean; elem: ElemDesc }[];
  default?: { elem: ElemDesc; tag: { t: 'int'; max: number } | { t: 'string' } };
}

export interface FieldDesc {
  name: string;
  elem?: ElemDesc;
  select?: SelectDesc;
  shape: ShapeDesc;
  implicit?: true;
  /** Absent when the input ends before it. */
  optional?: true;
  /** The one value the decoder accepts. */
  constant?: number | string | boolean;
}

export interface StructDesc {
  params: string[];
  fields: FieldDesc[];
  recursive: boolean;
  openTail: boolean;
  /** Context values to test a parameterised struct with. */
  contexts: Record<string, number | string>[];
}

export type Types = Record<string, StructDesc>;
type Ctx = Record<string, number | string>;
type Arb = fc.Arbitrary<unknown>;

const NAME = fc.stringMatching(/^[!-+\--~]{1,8}$/);

function elemArb(types: Types, e: ElemDesc, ctx: Ctx, depth: number): Arb | undefined {
  switch (e.t) {
    case 'bytes':
    case 'rest':
      return fc.uint8Array({ maxLength: 16 });
    case 'int':
      return fc.integer({ min: e.min, max: e.max });
    case 'u64':
      return fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });
    case 'mpint':
      return fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n });
    case 'float':
      return fc.double({ noNaN: true });
    case 'bool':
      return fc.boolean();
    case 'sshString':
      return fc.uint8Array({ maxLength: 16 });
    case 'utf8':
      return fc.string({ unit: 'grapheme', maxLength: 8 });
    case 'nameList':
      return fc.array(NAME, { maxLength: 4 });
    case 'enum': {
      const known = fc.constantFrom(...e.values);
      return e.closed || e.values.length === 0 ? known : fc.oneof(known, fc.integer({ min: 0, max: e.max }));
    }
    case 'struct':
      return structArb(types, e.name, { ...ctx, ...e.with }, depth - 1);
    case 'named':
      return shapeArb(types, { name: 'value', shape: e.shape }, e.elem, ctx, depth);
  }
}

function isRecursiveElem(types: Types, e: ElemDesc): boolean {
  return e.t === 'struct' && types[e.name]?.recursive === true;
}

function shapeArb(types: Types, f: FieldDesc, e: ElemDesc, ctx: Ctx, depth: number): Arb | undefined {
  const s = f.shape;
  if (e.t === 'bytes') {
    if (s.k === 'fixed') return fc.uint8Array({ minLength: s.n, maxLength: s.n });
    if (s.k === 'vector') return fc.uint8Array({ minLength: s.lo, maxLength: Math.min(s.hi, s.lo + 24) });
    return fc.uint8Array({ maxLength: s.k === 'one' ? 1 : Math.min(16, 'max' in s ? s.max : 16) });
  }
  const one = elemArb(types, e, ctx, depth);
  if (!one) return undefined;
  if (s.k === 'one') return one;
  const deep = isRecursiveElem(types, e) && depth <= 0;
  if (s.k === 'fixed') return fc.array(one, { minLength: s.n, maxLength: s.n });
  if (s.k === 'vector') {
    if (s.elem > 0) {
      const min = Math.ceil(s.lo / s.elem);
      const max = Math.min(Math.floor(s.hi / s.elem), min + 6);
      return fc.array(one, { minLength: min, maxLength: max });
    }
    return fc.array(one, { minLength: s.lo > 0 ? 1 : 0, maxLength: deep ? 0 : 3 });
  }
  return fc.array(one, { maxLength: deep ? 0 : Math.min(3, 'max' in s ? s.max : 3) });
}

function selectArb(
  types: Types,
  sel: SelectDesc,
  ctx: Ctx,
  depth: number,
): fc.Arbitrary<[unknown, unknown]> | undefined {
  let cases = sel.cases;
  if (sel.param) cases = cases.filter((c) => c.tag === ctx[sel.tag]);
  const options: fc.Arbitrary<[unknown, unknown]>[] = [];
  for (const c of cases) {
    if (depth <= 0 && isRecursiveElem(types, c.elem)) continue;
    const a = elemArb(types, c.elem, ctx, depth);
    if (a) options.push(a.map((value) => [c.tag, { case: c.case, value }]));
  }
  const d = sel.default;
  if (d && (!sel.param || cases.length === 0)) {
    const value = elemArb(types, d.elem, ctx, depth);
    const known = new Set(sel.cases.map((c) => c.tag));
    const tag: Arb = sel.param
      ? fc.constant(ctx[sel.tag])
      : d.tag.t === 'int'
        ? fc.integer({ min: 0, max: d.tag.max }).filter((t) => !known.has(t))
        : NAME.filter((t) => !known.has(t));
    if (value) options.push(fc.tuple(tag, value).map(([t, v]) => [t, { case: undefined, value: v }]));
  }
  return options.length ? fc.oneof(...options) : undefined;
}

export function structArb(types: Types, name: string, ctx: Ctx, depth = 3): Arb | undefined {
  const s = types[name];
  if (!s) throw new Error(`no description of ${name}`);
  const parts: Record<string, Arb> = {};
  const tagOf: Record<string, string> = {}; // select field -> tag field
  for (const f of s.fields) {
    if (f.implicit) continue;
    if (f.select) {
      const a = selectArb(types, f.select, ctx, depth);
      if (!a) return undefined;
      parts[f.name] = a;
      if (!f.select.param) tagOf[f.name] = f.select.tag;
    } else if (f.constant !== undefined) {
      parts[f.name] = fc.constant(f.constant);
    } else if (f.elem) {
      const a = shapeArb(types, f, f.elem, ctx, depth);
      if (!a) return undefined;
      parts[f.name] = f.optional ? fc.option(a, { nil: undefined }) : a;
    }
  }
  const tagFields = new Set(Object.values(tagOf));
  for (const t of tagFields) delete parts[t];
  return fc.record(parts).map((rec) => {
    const out: Record<string, unknown> = {};
    let absent = false; // once an optional field is absent, the ones after it are too
    for (const f of s.fields) {
      if (f.implicit) continue;
      if (f.optional && (absent || rec[f.name] === undefined)) {
        absent = true;
        continue;
      }
      if (tagFields.has(f.name)) {
        const sel = Object.keys(tagOf).find((k) => tagOf[k] === f.name)!;
        out[f.name] = (rec[sel] as [unknown, unknown])[0];
      } else if (f.select) out[f.name] = (rec[f.name] as [unknown, unknown])[1];
      else out[f.name] = rec[f.name];
    }
    return out;
  });
}

type Encode = (v: never) => Uint8Array;
type Decode = (b: Uint8Array, ctx: never) => unknown;
type WriteFn = (w: Writer, v: never) => void;

function contexts(s: StructDesc): Ctx[] {
  return s.params.length === 0 ? [{}] : s.contexts;
}

function encodable(encode: Encode) {
  return (v: unknown) => {
    try {
      encode(v as never);
      return true;
    } catch (e) {
      if (e instanceof EncodeError) return false;
      throw e;
    }
  };
}

const RUNS = { numRuns: 60 };

/** decode(encode(x)) deep-equals x for values drawn from the spec. */
export function roundTrip(types: Types, name: string, encode: Encode, decode: Decode): void {
  for (const ctx of contexts(types[name]!)) {
    const arb = structArb(types, name, ctx);
    if (!arb) continue;
    fc.assert(
      fc.property(arb.filter(encodable(encode)), (v) => {
        const bytes = encode(v as never);
        expect(decode(bytes, ctx as never)).toEqual(v);
        // Encoding is a function of the value: the same value gives the same bytes.
        expect(encode(decode(bytes, ctx as never) as never)).toEqual(bytes);
      }),
      RUNS,
    );
  }
}

/** No strict prefix of a valid encoding decodes, and each fails as truncated input. */
export function noStrictPrefix(types: Types, name: string, encode: Encode, decode: Decode): void {
  for (const ctx of contexts(types[name]!)) {
    const arb = structArb(types, name, ctx);
    if (!arb) continue;
    fc.assert(
      fc.property(arb.filter(encodable(encode)), (v) => {
        const bytes = encode(v as never);
        for (let n = 0; n < bytes.length; n++) {
          // cut short, not malformed: a stream reader can tell it to wait for more bytes
          expect(() => decode(bytes.subarray(0, n), ctx as never)).toThrow(
            expect.objectContaining({ name: 'DecodeError', truncated: true }),
          );
        }
      }),
      { numRuns: 25 },
    );
  }
}

/** Vectors outside their bounds fail to encode, and bytes carrying them fail to decode. */
export function boundsEnforced(
  types: Types,
  name: string,
  encode: Encode,
  write: WriteFn,
  decode: Decode,
): void {
  const s = types[name]!;
  for (const f of s.fields) {
    const shape = f.shape;
    if (shape.k !== 'vector' || !f.elem) continue;
    const unit = f.elem.t === 'bytes' ? 1 : shape.elem;
    if (unit === 0) continue;
    const bad: number[] = [];
    if (shape.lo >= unit) bad.push(shape.lo - unit); // too short by one element
    if (shape.hi + unit <= shape.max && shape.hi + unit <= 1 << 17) bad.push(shape.hi + unit); // too long
    for (const ctx of contexts(s)) {
      const arb = structArb(types, name, ctx, 1);
      if (!arb) continue;
      const [valid] = fc.sample(arb.filter(encodable(encode)), { numRuns: 1, seed: 42 });
      if (!valid) continue;
      for (const bytes of bad) {
        const count = bytes / unit;
        const value = { ...(valid as Record<string, unknown>) };
        if (f.elem.t === 'bytes') value[f.name] = new Uint8Array(count);
        else {
          const one = elemArb(types, f.elem, ctx, 1);
          if (!one) continue;
          const [item] = fc.sample(one, { numRuns: 1, seed: 7 });
          value[f.name] = Array.from({ length: count }, () => item);
        }
        expect(() => encode(value as never), `${name}.${f.name} with ${bytes} bytes`).toThrow(EncodeError);
        const w = new Writer();
        w.checkBounds = false;
        write(w, value as never);
        expect(() => decode(w.finish(), ctx as never), `${name}.${f.name} with ${bytes} bytes`).toThrow(
          DecodeError,
        );
      }
    }
  }
}

/** Random bytes, and valid encodings with bytes flipped, only ever fail with DecodeError. */
export function decodesSafely(types: Types, name: string, encode: Encode, decode: Decode): void {
  const s = types[name]!;
  for (const ctx of contexts(s)) {
    const check = (bytes: Uint8Array) => {
      try {
        decode(bytes, ctx as never);
      } catch (e) {
        if (!(e instanceof DecodeError)) throw e;
      }
    };
    fc.assert(fc.property(fc.uint8Array({ maxLength: 96 }), check), { numRuns: 200 });
    const arb = structArb(types, name, ctx);
    if (!arb) continue;
    fc.assert(
      fc.property(arb.filter(encodable(encode)), fc.nat(), fc.integer({ min: 1, max: 255 }), (v, at, x) => {
        const bytes = Uint8Array.from(encode(v as never));
        if (bytes.length) bytes[at % bytes.length]! ^= x;
        check(bytes);
      }),
      RUNS,
    );
  }
}
