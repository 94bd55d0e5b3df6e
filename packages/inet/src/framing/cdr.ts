// {packet, cdr}: a CORBA GIOP 1.1 message (section 15.4.1): the 12-byte header starts with
// "GIOP"; message_size is little-endian when bit 0 of flags is set. The header is kept.
import { decodeGiopHeader } from '@otpnet/inet-spec';
import { bodyLength } from './limits.js';
import type { PacketLength } from './types.js';

const magic = [0x47, 0x49, 0x4f, 0x50]; // "GIOP"

function swap32(x: number): number {
  return (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0;
}

export function cdrLength(buf: Uint8Array, maxPacket: number): PacketLength {
  if (buf.length < 12) return 0;
  const h = decodeGiopHeader(buf.subarray(0, 12));
  if (!magic.every((b, i) => h.magic[i] === b)) return -1;
  const size = (h.flags & 1) === 1 ? swap32(h.message_size_be) : h.message_size_be;
  return bodyLength(12, size, maxPacket);
}
