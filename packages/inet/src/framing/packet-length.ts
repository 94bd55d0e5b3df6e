// Where the next packet of a given type ends, for every packet type (the receive side of
// inet-api setopts {packet, PacketType}).
import { asn1Length } from './asn1.js';
import { cdrLength } from './cdr.js';
import { fcgiLength, fcgiPadding } from './fcgi.js';
import { headerSize, strippedHeader } from './headers.js';
import { httpLength } from './http-length.js';
import { lengthPrefixLength } from './length-prefix.js';
import { lineLength } from './line.js';
import { sunrmLength } from './sunrm.js';
import { tpktLength } from './tpkt.js';
import type { FrameLimits, PacketLength, PacketTypeName } from './types.js';

export function packetLength(
  type: PacketTypeName,
  buf: Uint8Array,
  limits: FrameLimits,
  httpInHeaders: boolean,
): PacketLength {
  switch (type) {
    case 'raw':
      return buf.length;
    case 'packet_1':
    case 'packet_2':
    case 'packet_4':
      return lengthPrefixLength(headerSize(type), buf, limits.maxPacket);
    case 'asn1':
      return asn1Length(buf, limits.maxPacket);
    case 'sunrm':
      return sunrmLength(buf, limits.maxPacket);
    case 'cdr':
      return cdrLength(buf, limits.maxPacket);
    case 'fcgi':
      return fcgiLength(buf, limits.maxPacket);
    case 'tpkt':
      return tpktLength(buf, limits.maxPacket);
    case 'line':
      return lineLength(buf, limits);
    case 'http':
    case 'http_bin':
      return httpLength(buf, limits, httpInHeaders);
    case 'httph':
    case 'httph_bin':
      return httpLength(buf, limits, true);
  }
}

/**
 * The packet delivered for a complete frame: types 1, 2, 4 without their header, fcgi without
 * its padding (Erlang consumes the padding bytes but does not deliver them), the rest whole.
 */
export function packetBody(type: PacketTypeName, frame: Uint8Array): Uint8Array {
  if (type === 'fcgi') return frame.subarray(0, frame.length - fcgiPadding(frame));
  const strip = strippedHeader(type);
  return strip === 0 ? frame : frame.subarray(strip);
}
