// Open enums: generated enums keep values they do not know (GREASE, new code points) as numbers,
// and print them the way the spec documents: unknown(0x1a1a).
import { DecodeError } from './errors.js';

/** The member name of `value`, or `unknown(0x…)`. */
export function enumName(names: ReadonlyMap<number, string>, value: number, width: number): string {
  return names.get(value) ?? `unknown(0x${value.toString(16).padStart(width * 2, '0')})`;
}

/** A value of a closed enum: anything the spec does not name is a decode error. */
export function closedEnum<T extends number>(
  value: number,
  names: ReadonlyMap<number, string>,
  where: string,
): T {
  if (!names.has(value)) throw new DecodeError(where, `unknown value 0x${value.toString(16)}`);
  return value as T;
}
