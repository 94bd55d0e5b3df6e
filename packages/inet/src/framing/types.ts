// Types shared by the framing code: packet type names, limits, and erlang:decode_packet/3's
// HttpPacket shapes (inet-api setopts {packet, http | http_bin}).
import type { PacketOption, PacketType } from '@otpnet/inet-spec';

/** A packet type as the `packet` option takes it (specs/inet/options.spec). */
export type PacketTypeOption = PacketOption;

/** Packet type names: the members of PacketType in specs/inet/packet-types.spec. */
export type PacketTypeName = keyof typeof PacketType;

export function packetTypeName(p: PacketTypeOption): PacketTypeName {
  switch (p) {
    case 0:
      return 'raw';
    case 1:
      return 'packet_1';
    case 2:
      return 'packet_2';
    case 4:
      return 'packet_4';
    default:
      return p;
  }
}

export function isHttpType(t: PacketTypeName): t is 'http' | 'http_bin' | 'httph' | 'httph_bin' {
  return t === 'http' || t === 'http_bin' || t === 'httph' || t === 'httph_bin';
}

/** Limits of one framing step. */
export interface FrameLimits {
  /** packet_size: largest packet body; 0 = no limit. */
  readonly maxPacket: number;
  /** Lines longer than this are cut (line mode: the `buffer` option, decode_packet's line_length); 0 = never. */
  readonly truncate: number;
  /** The byte ending a line (line_delimiter). */
  readonly delimiter: number;
}

export const noLimits: FrameLimits = { maxPacket: 0, truncate: 0, delimiter: 0x0a };

/** Text of an HTTP packet: a string for http/httph, bytes for http_bin/httph_bin. */
export type HttpString = string | Uint8Array;
export type HttpVersion = readonly [major: number, minor: number];

export type HttpUri =
  | '*'
  | {
      readonly type: 'absoluteURI';
      readonly scheme: 'http' | 'https';
      readonly host: HttpString;
      readonly port: number | undefined;
      readonly path: HttpString;
    }
  | { readonly type: 'scheme'; readonly scheme: HttpString; readonly rest: HttpString }
  | { readonly type: 'abs_path'; readonly path: HttpString }
  | HttpString;

/**
 * erlang:decode_packet/3's HttpPacket. A known method or header name is its atom's text
 * ('GET', 'Content-Length'); an unknown one is an HttpString. `index` is the header's position
 * in the known-header table (0 for unknown headers), `original` the name as received.
 */
export type HttpPacket =
  | {
      readonly type: 'http_request';
      readonly method: HttpString;
      readonly uri: HttpUri;
      readonly version: HttpVersion;
    }
  | {
      readonly type: 'http_response';
      readonly version: HttpVersion;
      readonly status: number;
      readonly reason: HttpString;
    }
  | {
      readonly type: 'http_header';
      readonly index: number;
      readonly field: HttpString;
      readonly original: HttpString;
      readonly value: HttpString;
    }
  | { readonly type: 'http_eoh' }
  | { readonly type: 'http_error'; readonly line: HttpString };

/**
 * Where a packet ends: > 0 the total packet length (complete when the buffer holds that many
 * bytes), 0 unknown yet (need more bytes), -1 invalid (bad header or over packet_size).
 */
export type PacketLength = number;
