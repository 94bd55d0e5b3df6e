// {packet, fcgi}: a FastCGI record (FastCGI 1.0 section 3.3): 8-byte header, content_length
// bytes, padding_length bytes. Only version 1 is valid. The header is kept.
import { decodeFcgiHeader } from '@otpnet/inet-spec';
import { headerSize } from './headers.js';
import { bodyLength } from './limits.js';
import type { PacketLength } from './types.js';

export const fcgiVersion1 = 1;
const header = headerSize('fcgi');

export function fcgiLength(buf: Uint8Array, maxPacket: number): PacketLength {
  if (buf.length < header) return 0;
  const h = decodeFcgiHeader(buf.subarray(0, header));
  if (h.version !== fcgiVersion1) return -1;
  return bodyLength(header, h.content_length + h.padding_length, maxPacket);
}

/** padding_length of a complete record. */
export function fcgiPadding(frame: Uint8Array): number {
  return decodeFcgiHeader(frame.subarray(0, header)).padding_length;
}
