// The checks an encoder makes so that it never writes bytes its own decoder would refuse or read
// back as something else: lengths that match their counts, tags that match their cases, cases the
// context allows, constants, closed enums and bit widths. Each throws EncodeError naming the field.
import { equalBytes } from './bytes.js';
import { describe, EncodeError } from './errors.js';
import type { Field } from './field.js';

/** `v` must be an object (a struct value); returns it. */
export function expectObject<T>(v: T, f: Field): T {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof Uint8Array)
    throw new EncodeError('type', f, `expected an object, got ${describe(v)}`);
  return v;
}

/** `v` must be an array; returns it. */
export function expectArray<T>(v: readonly T[], f: Field): readonly T[] {
  if (!Array.isArray(v)) throw new EncodeError('type', f, `expected an array, got ${describe(v)}`);
  return v;
}

/** The length of an array or byte string (a count the encoder writes for it). */
export function lengthOf(x: unknown, f: Field): number {
  if (x instanceof Uint8Array || Array.isArray(x)) return x.length;
  throw new EncodeError('type', f, `expected an array or bytes, got ${describe(x)}`);
}

/** An array or byte string of exactly `n` items (a fixed size, or a count other fields give). */
export function expectLength(x: unknown, n: number, f: Field): void {
  const got = lengthOf(x, f);
  if (got !== n) throw new EncodeError('mismatch', f, `expected ${n} items, got ${got}`);
}

/**
 * A select's tag: as given, or filled in from the select's case when the input leaves it out.
 * `tags` maps each labelled case to its tag.
 */
export function tagFor<T>(
  given: T | undefined,
  tags: Readonly<Record<string, T>>,
  select: unknown,
  f: Field,
): T {
  if (given !== undefined) return given;
  const c = typeof select === 'object' && select !== null ? (select as { case?: unknown }).case : undefined;
  if (c !== undefined && Object.hasOwn(tags, String(c))) return tags[String(c)]!;
  throw new EncodeError('type', f, `needed: the case ${describe(c)} does not fix it`);
}

/** The tag must be the one the case's label names. */
export function expectTag(tag: unknown, expected: unknown, f: Field): void {
  if (tag !== expected)
    throw new EncodeError('mismatch', f, `this case needs tag ${describe(expected)}, got ${describe(tag)}`);
}

/** The tag must be in the case's label range. */
export function expectTagIn(tag: unknown, lo: number, hi: number, f: Field): void {
  if (typeof tag !== 'number' || tag < lo || tag > hi)
    throw new EncodeError('mismatch', f, `this case needs a tag in ${lo}..${hi}, got ${describe(tag)}`);
}

/** A default-arm value: no labelled case may have its tag, or it would be read as that case. */
export function expectNoTag(tag: unknown, tags: Readonly<Record<string, unknown>>, f: Field): void {
  const c = caseOfTag(tags).get(tag);
  if (c !== undefined)
    throw new EncodeError('mismatch', f, `tag ${describe(tag)} belongs to case ${c}, not the default`);
}

// Tags to case names, built once per (generated, module-level) tags object: looking the tag up
// is most of what encoding a default arm costs, and an extension list has many.
const casesByTags = new WeakMap<object, ReadonlyMap<unknown, string>>();

function caseOfTag(tags: Readonly<Record<string, unknown>>): ReadonlyMap<unknown, string> {
  let m = casesByTags.get(tags);
  if (m === undefined) {
    m = new Map(Object.entries(tags).map(([c, t]) => [t, c]));
    casesByTags.set(tags, m);
  }
  return m;
}

/** A case the context fixes: the input may leave it out, or must name that case. */
export function expectCase(given: unknown, expected: unknown, f: Field): void {
  if (given !== undefined && given !== expected)
    throw new EncodeError(
      'no_case',
      f,
      `the context allows case ${describe(expected)} here, not ${describe(given)}`,
    );
}

/** A field whose value the spec fixes (`/*@const*\/`); returns it. */
export function expectValue<T>(v: T, expected: T, f: Field): T {
  const same =
    v instanceof Uint8Array && expected instanceof Uint8Array ? equalBytes(v, expected) : v === expected;
  if (!same) throw new EncodeError('bad_value', f, `must be ${describe(expected)}, got ${describe(v)}`);
  return v;
}

/** A field the spec leaves out here must be absent from the value. */
export function expectAbsent(v: unknown, f: Field, why: string): void {
  if (v !== undefined) throw new EncodeError('mismatch', f, why);
}

/** A field the spec needs here must be in the value. */
export function expectPresent<T>(v: T | undefined, f: Field, why: string): asserts v is T {
  if (v === undefined) throw new EncodeError('type', f, why);
}

/** A value of a closed enum: its decoder refuses any other, so the encoder does too. */
export function closedMember(
  v: number,
  names: ReadonlyMap<number, string>,
  f: Field,
  ranges: readonly (readonly [number, number, string])[] = [],
): number {
  if (typeof v !== 'number') throw new EncodeError('type', f, `expected an enum value, got ${describe(v)}`);
  if (!names.has(v) && !ranges.some(([lo, hi]) => v >= lo && v <= hi))
    throw new EncodeError('bad_value', f, `0x${v.toString(16)} is not a value of this closed enum`);
  return v;
}

/** A bit field's value: an integer that fits `width` bits. */
export function bitField(v: number, width: number, f: Field): number {
  if (typeof v !== 'number') throw new EncodeError('type', f, `expected an integer, got ${describe(v)}`);
  if (!Number.isInteger(v) || v < 0 || v >= 2 ** width)
    throw new EncodeError('bound', f, `${v} does not fit in ${width} bits`);
  return v;
}
