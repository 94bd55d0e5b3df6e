// {packet, 1 | 2 | 4}: a big-endian length header, stripped on receive and added on send
// (inet-api setopts {packet, PacketType}; header layouts in specs/inet/packet-types.spec).
import {
  decodePacket1Header,
  decodePacket2Header,
  decodePacket4Header,
  readPacket1Header,
  readPacket2Header,
  readPacket4Header,
  writePacket1Header,
  writePacket2Header,
  writePacket4Header,
} from '@otpnet/inet-spec';
import type { Reader, Writer } from '@otpnet/wire';
import type { LengthHeaderSize } from './headers.js';
import { bodyLength } from './limits.js';
import type { PacketLength } from './types.js';

interface LengthLayout {
  decode(bytes: Uint8Array): { length: number };
  read(r: Reader): { length: number };
  write(w: Writer, v: { length: number }): void;
  /** The largest body the header can announce. */
  maxBody: number;
}

/**
 * The generated layout of each length header, keyed by the header sizes of the PacketTypes table:
 * `satisfies` makes a size the table gives and this map lacks (or the reverse) a compile error.
 */
export const lengthLayouts = {
  1: { decode: decodePacket1Header, read: readPacket1Header, write: writePacket1Header, maxBody: 0xff },
  2: { decode: decodePacket2Header, read: readPacket2Header, write: writePacket2Header, maxBody: 0xffff },
  // 4-byte headers are limited to 2 GB, as in Erlang
  4: { decode: decodePacket4Header, read: readPacket4Header, write: writePacket4Header, maxBody: 0x7fffffff },
} as const satisfies Record<LengthHeaderSize, LengthLayout>;

export function lengthPrefixLength(size: LengthHeaderSize, buf: Uint8Array, maxPacket: number): PacketLength {
  if (buf.length < size) return 0;
  const plen = lengthLayouts[size].decode(buf.subarray(0, size)).length;
  return bodyLength(size, plen, maxPacket);
}

/** The largest body a header of `size` bytes can announce. */
export function maxBody(size: LengthHeaderSize): number {
  return lengthLayouts[size].maxBody;
}

export function writeLengthHeader(w: Writer, size: LengthHeaderSize, length: number): void {
  lengthLayouts[size].write(w, { length });
}
