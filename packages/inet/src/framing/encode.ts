// The send side of packet framing: types 1, 2 and 4 prepend the length header; every other
// type sends the bytes as given (the application supplies its own header).
import { encodeLengthHeader, type HeaderSize, maxBody } from './length-prefix.js';
import type { PacketTypeName } from './types.js';

/** The header to write before `length` body bytes, or undefined for types without one. */
export function sendHeader(type: PacketTypeName, length: number): Uint8Array | undefined | 'too_large' {
  const size: HeaderSize | 0 =
    type === 'packet_1' ? 1 : type === 'packet_2' ? 2 : type === 'packet_4' ? 4 : 0;
  if (size === 0) return undefined;
  if (length > maxBody(size)) return 'too_large';
  return encodeLengthHeader(size, length);
}
