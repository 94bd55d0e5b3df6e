// Big integers to and from bytes in time linear in their length. Folding bytes into a bigint one
// at a time costs time quadratic in the length (each step copies the whole value), which lets a
// peer stall a decoder with one long mpint; hexadecimal text is converted by the engine in one
// linear pass in both directions.

import { EncodeError } from './errors.js';

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hexOf(bytes: Uint8Array, littleEndian: boolean): string {
  const parts = new Array<string>(bytes.length);
  const n = bytes.length;
  for (let i = 0; i < n; i++) parts[i] = HEX[bytes[littleEndian ? n - 1 - i : i]!]!;
  return parts.join('');
}

/** The unsigned integer of big-endian (or little-endian) bytes. */
export function bigintFromBytes(bytes: Uint8Array, littleEndian = false): bigint {
  if (bytes.length === 0) return 0n;
  return BigInt(`0x${hexOf(bytes, littleEndian)}`);
}

/** The two's-complement signed integer of big-endian bytes (RFC 4251 mpint). */
export function signedBigintFromBytes(bytes: Uint8Array): bigint {
  const v = bigintFromBytes(bytes);
  return bytes.length > 0 && bytes[0]! >= 0x80 ? v - (1n << BigInt(bytes.length * 8)) : v;
}

/** `v >= 0` as the fewest big-endian (or little-endian) bytes; 0 is no bytes. */
export function bytesOfBigint(v: bigint, littleEndian = false): Uint8Array {
  if (v < 0n) throw new EncodeError('bound', 'bigint', 'a negative value has no unsigned bytes');
  if (v === 0n) return new Uint8Array(0);
  return fromHex(v.toString(16), littleEndian);
}

/**
 * `v` in two's complement, big-endian, in the fewest bytes that keep the sign (RFC 4251 section 5:
 * a positive value whose top bit would be set gets a leading 0x00).
 */
export function signedBytesOfBigint(v: bigint): Uint8Array {
  if (v === 0n) return new Uint8Array(0);
  if (v > 0n) {
    const hex = v.toString(16);
    // a leading digit 8..f would read back as negative
    return fromHex(hex.length % 2 === 0 && hex.charCodeAt(0) >= 0x38 ? `00${hex}` : hex, false);
  }
  // negative: the fewest bytes n with -(2^(8n-1)) <= v, then v + 2^(8n)
  const magnitudeBits = (-v - 1n).toString(2).length; // bits of |v| - 1; 0n gives "0", 1 bit
  const bits = -v - 1n === 0n ? 0 : magnitudeBits;
  const n = Math.floor(bits / 8) + 1;
  const hex = ((1n << BigInt(n * 8)) + v).toString(16).padStart(n * 2, '0');
  return fromHex(hex, false);
}

function fromHex(hex: string, littleEndian: boolean): Uint8Array {
  const even = hex.length % 2 === 0 ? hex : `0${hex}`;
  const n = even.length / 2;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const byte = (nibble(even.charCodeAt(2 * i)) << 4) | nibble(even.charCodeAt(2 * i + 1));
    out[littleEndian ? n - 1 - i : i] = byte;
  }
  return out;
}

function nibble(c: number): number {
  return c <= 0x39 ? c - 0x30 : c - 0x57; // '0'..'9', 'a'..'f' (toString(16) is lower case)
}
