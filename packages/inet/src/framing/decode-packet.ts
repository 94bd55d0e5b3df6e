// erlang:decode_packet/3: one packet from the front of a buffer, without any socket.
import { parseHttpLine } from './http-parse.js';
import { packetBody, packetLength } from './packet-length.js';
import {
  type HttpPacket,
  isHttpType,
  type PacketTypeName,
  type PacketTypeOption,
  packetTypeName,
} from './types.js';

export interface DecodePacketOptions {
  /** Largest packet body accepted; 0 (default) = no limit. */
  packet_size?: number;
  /** For line (and http without packet_size): cut lines longer than this; 0 = never. */
  line_length?: number;
  /** The byte ending a line (default \n). */
  line_delimiter?: number;
}

export type DecodePacketResult =
  | { readonly status: 'ok'; readonly packet: Uint8Array | HttpPacket; readonly rest: Uint8Array }
  | { readonly status: 'more'; readonly length: number | undefined }
  | { readonly status: 'error'; readonly reason: 'invalid' };

/**
 * Like erlang:decode_packet(Type, Bin, Options): `ok` with the packet and the rest, `more` with
 * the total length when the header tells it, or `error` (`invalid`) for a bad header or a
 * packet over packet_size. Packet types 1, 2 and 4 strip the header; the others keep it
 * (fcgi drops the record's padding).
 */
export function decodePacket(
  type: PacketTypeOption | PacketTypeName,
  bytes: Uint8Array,
  options: DecodePacketOptions = {},
): DecodePacketResult {
  const name = typeof type === 'number' ? packetTypeName(type) : packetTypeName(type as PacketTypeOption);
  const limits = {
    maxPacket: options.packet_size ?? 0,
    truncate: options.line_length ?? 0,
    delimiter: options.line_delimiter ?? 0x0a,
  };
  const startsInHeaders = name === 'httph' || name === 'httph_bin';
  const len = packetLength(name as PacketTypeName, bytes, limits, startsInHeaders);
  if (len < 0) return { status: 'error', reason: 'invalid' };
  if (len === 0 || len > bytes.length) {
    return { status: 'more', length: len === 0 ? undefined : len };
  }
  const rest = bytes.subarray(len);
  if (isHttpType(name)) {
    const asBinary = name === 'http_bin' || name === 'httph_bin';
    return {
      status: 'ok',
      packet: parseHttpLine(bytes.subarray(0, len), asBinary, { inHeaders: startsInHeaders }),
      rest,
    };
  }
  return { status: 'ok', packet: packetBody(name as PacketTypeName, bytes.subarray(0, len)), rest };
}
