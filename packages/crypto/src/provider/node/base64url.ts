// JWK fields are unpadded base64url big-endian integers or raw byte strings.
import { bigIntToBytes } from '../util/bytes.js';

export function toB64u(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}

export function bigToB64u(n: bigint): string {
  return toB64u(bigIntToBytes(n));
}

export function fromB64u(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'base64url'));
}
