// {packet, cdr}: a CORBA GIOP 1.1 message (section 15.4.1): a 12-byte header that starts with
// "GIOP" and gives the size of the rest in the byte order its flags say. The header is kept.
import { decodeGiopHeader } from '@otpnet/inet-spec';
import { DecodeError } from '@otpnet/wire';
import { bodyLength } from './limits.js';
import type { PacketLength } from './types.js';

export function cdrLength(buf: Uint8Array, maxPacket: number): PacketLength {
  if (buf.length < 12) return 0;
  try {
    return bodyLength(12, decodeGiopHeader(buf.subarray(0, 12)).message_size, maxPacket);
  } catch (e) {
    if (e instanceof DecodeError) return -1; // not "GIOP"
    throw e;
  }
}
