// {packet, sunrm}: Sun RPC record marking (RFC 5531 section 11); the top bit of the 4-byte mark
// flags the last fragment and the low 31 bits give the fragment length. The mark is kept.
import { decodeSunRmHeader } from '@otpnet/inet-spec';
import { bodyLength } from './limits.js';
import type { PacketLength } from './types.js';

export const sunrmLastFragment = 0x80000000;

export function sunrmLength(buf: Uint8Array, maxPacket: number): PacketLength {
  if (buf.length < 4) return 0;
  const mark = decodeSunRmHeader(buf.subarray(0, 4)).record_mark;
  return bodyLength(4, mark & 0x7fffffff, maxPacket);
}
