// Byte constants of generated modules: a constant the spec gives in hexadecimal
// (HelloRetryRequest's random) and the labels of text-prefix selects.
import { EncodeError } from './errors.js';

/** The bytes of an even-length hexadecimal string. */
export function hexBytes(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex))
    throw new EncodeError('bad_value', 'hexBytes', 'expected an even number of hexadecimal digits');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

const utf8 = new TextEncoder();

/** The UTF-8 of a label. */
export function textBytes(text: string): Uint8Array {
  return utf8.encode(text);
}

/** True when two byte strings hold the same bytes. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A value as an error text shows it: bytes by their first few in hexadecimal. */
export function showValue(v: unknown): string {
  if (v instanceof Uint8Array)
    return `${v.length} bytes ${[...v.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('')}${v.length > 8 ? '…' : ''}`;
  return typeof v === 'number' && v > 9 ? `0x${v.toString(16)}` : String(v);
}
