// Open enums: generated enums keep values they do not know (GREASE, new code points) as numbers,
// and print them the way the spec documents: unknown(0x1a1a). Members that name a range of values
// (RFC 8422's `deprecated(1..2)`) print as that name.
import { DecodeError } from './errors.js';
import type { Field } from './field.js';

/** A member of an enum that names a range of values: [first, last, name]. */
export type EnumRange = readonly [number, number, string];

/** The member name of `value`, the name of a range holding it, or `unknown(0x…)`. */
export function enumName(
  names: ReadonlyMap<number, string>,
  value: number,
  width: number,
  ranges: readonly EnumRange[] = [],
): string {
  const name = names.get(value);
  if (name !== undefined) return name;
  for (const [lo, hi, n] of ranges) if (value >= lo && value <= hi) return n;
  return `unknown(0x${value.toString(16).padStart(width * 2, '0')})`;
}

/** A value of a closed enum: anything the spec does not name is a decode error. */
export function closedEnum<T extends number>(
  value: number,
  names: ReadonlyMap<number, string>,
  f: Field,
  ranges: readonly EnumRange[] = [],
): T {
  if (!names.has(value) && !ranges.some(([lo, hi]) => value >= lo && value <= hi))
    throw new DecodeError('bad_value', f, `unknown value 0x${value.toString(16)}`);
  return value as T;
}
