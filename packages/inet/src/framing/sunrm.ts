// {packet, sunrm}: Sun RPC record marking (RFC 5531 section 11); the top bit of the 4-byte mark
// flags the last fragment and the low 31 bits give the fragment length. The mark is kept.
import { decodeSunRmHeader } from '@otpnet/inet-spec';
import { bodyLength } from './limits.js';
import type { PacketLength } from './types.js';

export function sunrmLength(buf: Uint8Array, maxPacket: number): PacketLength {
  if (buf.length < 4) return 0;
  return bodyLength(4, decodeSunRmHeader(buf.subarray(0, 4)).fragment_length, maxPacket);
}
