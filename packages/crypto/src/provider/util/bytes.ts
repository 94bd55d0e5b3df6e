// Byte helpers shared by both providers (no platform APIs, so the noble provider stays portable).
// The values they convert may be secret, so their errors say what was wrong, never the value.
import { CryptoError } from '../../errors.js';

const encoder = new TextEncoder();

export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  let len = 0;
  for (const p of parts) len += p.length;
  const out = new Uint8Array(len);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

export function bytesToBigInt(bytes: Uint8Array): bigint {
  if (bytes.length === 0) return 0n;
  return BigInt(`0x${bytesToHex(bytes)}`);
}

/** Big-endian encoding of a non-negative integer, left-padded to `length` bytes when given. */
export function bigIntToBytes(n: bigint, length?: number): Uint8Array {
  if (n < 0n) throw new CryptoError('bad_input', 'a negative integer has no unsigned byte encoding');
  let hex = n.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  if (length !== undefined) {
    if (hex.length > length * 2)
      throw new CryptoError(
        'bad_input',
        `integer of ${Math.ceil(hex.length / 2)} bytes does not fit in ${length}`,
      );
    hex = hex.padStart(length * 2, '0');
  }
  return hexToBytes(hex);
}

export function hexToBytes(hex: string): Uint8Array {
  if (hex.length % 2 !== 0) throw new CryptoError('bad_input', `hex string has odd length ${hex.length}`);
  if (!/^[0-9a-fA-F]*$/.test(hex)) throw new CryptoError('bad_input', 'hex string holds a non-hex character');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function bytesToHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += HEX[b] as string;
  return s;
}

export function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

export function byteLength(n: bigint): number {
  return Math.ceil(bitLength(n) / 8);
}

/** Constant-time equality of two byte strings (the length itself is not secret). */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

/** True when every byte is zero, without an early exit. */
export function isAllZero(a: Uint8Array): boolean {
  let acc = 0;
  for (const b of a) acc |= b;
  return acc === 0;
}
