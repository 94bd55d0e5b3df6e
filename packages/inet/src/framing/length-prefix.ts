// {packet, 1 | 2 | 4}: a big-endian length header, stripped on receive and added on send
// (inet-api setopts {packet, PacketType}; header layouts in specs/inet/packet-types.spec).
import {
  decodePacket1Header,
  decodePacket2Header,
  decodePacket4Header,
  writePacket1Header,
  writePacket2Header,
  writePacket4Header,
} from '@otpnet/inet-spec';
import type { Writer } from '@otpnet/wire';
import { bodyLength } from './limits.js';
import type { PacketLength } from './types.js';

export type HeaderSize = 1 | 2 | 4;

export function lengthPrefixLength(size: HeaderSize, buf: Uint8Array, maxPacket: number): PacketLength {
  if (buf.length < size) return 0;
  const head = buf.subarray(0, size);
  const plen =
    size === 1
      ? decodePacket1Header(head).length
      : size === 2
        ? decodePacket2Header(head).length
        : decodePacket4Header(head).length;
  return bodyLength(size, plen, maxPacket);
}

/** The largest body a header of `size` bytes can announce; 4-byte headers are limited to 2 GB. */
export function maxBody(size: HeaderSize): number {
  return size === 1 ? 0xff : size === 2 ? 0xffff : 0x7fffffff;
}

export function writeLengthHeader(w: Writer, size: HeaderSize, length: number): void {
  if (size === 1) writePacket1Header(w, { length });
  else if (size === 2) writePacket2Header(w, { length });
  else writePacket4Header(w, { length });
}
