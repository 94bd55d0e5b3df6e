// {packet, tpkt}: RFC 1006 section 6: version 3, reserved, and a 16-bit length that counts the
// 4-byte header too. The header is kept.
import { decodeTpktHeader } from '@otpnet/inet-spec';
import { headerSize } from './headers.js';
import { bodyLength } from './limits.js';
import type { PacketLength } from './types.js';

export const tpktVersion = 3;
const header = headerSize('tpkt');

export function tpktLength(buf: Uint8Array, maxPacket: number): PacketLength {
  if (buf.length < header) return 0;
  const h = decodeTpktHeader(buf.subarray(0, header));
  if (h.version !== tpktVersion) return -1;
  return bodyLength(header, h.packet_length - header, maxPacket);
}
