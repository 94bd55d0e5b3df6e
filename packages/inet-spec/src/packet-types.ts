// Generated from specs/inet/packet-types.spec by otpnet-gen. Do not edit.
import { enumName, Reader, Writer } from '@otpnet/wire';

/**
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see inet-api setopts {packet, PacketType}
 */
export const PacketType = {
  raw: 0x00,
  packet_1: 0x01,
  packet_2: 0x02,
  packet_4: 0x03,
  asn1: 0x04,
  sunrm: 0x05,
  cdr: 0x06,
  fcgi: 0x07,
  line: 0x08,
  tpkt: 0x09,
  http: 0x0a,
  httph: 0x0b,
  http_bin: 0x0d,
  httph_bin: 0x0e,
} as const;
export type PacketType = (typeof PacketType)[keyof typeof PacketType] | (number & {});
/** Member names of {@link PacketType} by value. */
export const PacketTypeNames: ReadonlyMap<number, string> = new Map(Object.entries(PacketType).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function PacketTypeName(value: number): string {
  return enumName(PacketTypeNames, value, 1);
}

/** One row of {@link PacketTypes}. */
export interface PacketTypesRow {
  /** Unique; see {@link PacketTypesByName}. */
  readonly name: string;
  /** Unique; see {@link PacketTypesByType}. */
  readonly type: PacketType;
  readonly header: number;
  readonly strips_header: boolean;
  readonly send_adds_header: boolean;
  readonly framing: string;
}

/**
 * One row per packet type: the option value as written in Erlang (`0`, `1`, `2`, `4` or the atom),
 * the fixed header size in bytes (0 when the type has none or it varies: asn1), whether the
 * receiver strips the header (only the length-prefixed types do), whether send adds the header
 * (the other types leave it to the application), and how the end of a packet is found.
 * @see inet-api setopts {packet, PacketType}
 */
export const PacketTypes = [
  { name: 'raw', type: PacketType.raw, header: 0, strips_header: false, send_adds_header: false, framing: 'available' },
  { name: 'packet_1', type: PacketType.packet_1, header: 1, strips_header: true, send_adds_header: true, framing: 'length_prefix' },
  { name: 'packet_2', type: PacketType.packet_2, header: 2, strips_header: true, send_adds_header: true, framing: 'length_prefix' },
  { name: 'packet_4', type: PacketType.packet_4, header: 4, strips_header: true, send_adds_header: true, framing: 'length_prefix' },
  { name: 'asn1', type: PacketType.asn1, header: 0, strips_header: false, send_adds_header: false, framing: 'ber_length' },
  { name: 'sunrm', type: PacketType.sunrm, header: 4, strips_header: false, send_adds_header: false, framing: 'record_mark' },
  { name: 'cdr', type: PacketType.cdr, header: 12, strips_header: false, send_adds_header: false, framing: 'giop_header' },
  { name: 'fcgi', type: PacketType.fcgi, header: 8, strips_header: false, send_adds_header: false, framing: 'fcgi_header' },
  { name: 'line', type: PacketType.line, header: 0, strips_header: false, send_adds_header: false, framing: 'delimiter' },
  { name: 'tpkt', type: PacketType.tpkt, header: 4, strips_header: false, send_adds_header: false, framing: 'tpkt_header' },
  { name: 'http', type: PacketType.http, header: 0, strips_header: false, send_adds_header: false, framing: 'http_line' },
  { name: 'httph', type: PacketType.httph, header: 0, strips_header: false, send_adds_header: false, framing: 'http_line' },
  { name: 'http_bin', type: PacketType.http_bin, header: 0, strips_header: false, send_adds_header: false, framing: 'http_line' },
  { name: 'httph_bin', type: PacketType.httph_bin, header: 0, strips_header: false, send_adds_header: false, framing: 'http_line' },
] as const satisfies readonly PacketTypesRow[];

/** The rows of {@link PacketTypes} by `name`. */
export const PacketTypesByName: ReadonlyMap<string, PacketTypesRow> = new Map(
  PacketTypes.map((row) => [row.name, row]),
);

/** The rows of {@link PacketTypes} by `type`. */
export const PacketTypesByType: ReadonlyMap<PacketType, PacketTypesRow> = new Map(
  PacketTypes.map((row) => [row.type, row]),
);

/**
 * {packet, 1 | 2 | 4}: "a header specifying the number of bytes in the packet, followed by that
 * number of bytes ... an unsigned integer in big-endian byte order".
 * @see inet-api setopts {packet, PacketType} 1 | 2 | 4
 */
export interface Packet1Header {
  length: number;
}

/** Read a {@link Packet1Header} at the reader's position. */
export function readPacket1Header(r: Reader): Packet1Header {
  const length = r.u8('Packet1Header.length@specs/inet/packet-types.spec:58');
  return { length };
}

/** Write a {@link Packet1Header}. */
export function writePacket1Header(w: Writer, v: Packet1Header): void {
  w.u8(v.length, 'Packet1Header.length@specs/inet/packet-types.spec:58');
}

/** Decode a whole {@link Packet1Header}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePacket1Header(bytes: Uint8Array): Packet1Header {
  const r = new Reader(bytes);
  const v = readPacket1Header(r);
  r.done('Packet1Header@specs/inet/packet-types.spec:59');
  return v;
}

/** Encode a {@link Packet1Header}. */
export function encodePacket1Header(v: Packet1Header): Uint8Array {
  const w = new Writer();
  writePacket1Header(w, v);
  return w.finish();
}

/** @see inet-api setopts {packet, PacketType} 1 | 2 | 4 */
export interface Packet2Header {
  length: number;
}

/** Read a {@link Packet2Header} at the reader's position. */
export function readPacket2Header(r: Reader): Packet2Header {
  const length = r.u16('Packet2Header.length@specs/inet/packet-types.spec:63');
  return { length };
}

/** Write a {@link Packet2Header}. */
export function writePacket2Header(w: Writer, v: Packet2Header): void {
  w.u16(v.length, 'Packet2Header.length@specs/inet/packet-types.spec:63');
}

/** Decode a whole {@link Packet2Header}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePacket2Header(bytes: Uint8Array): Packet2Header {
  const r = new Reader(bytes);
  const v = readPacket2Header(r);
  r.done('Packet2Header@specs/inet/packet-types.spec:64');
  return v;
}

/** Encode a {@link Packet2Header}. */
export function encodePacket2Header(v: Packet2Header): Uint8Array {
  const w = new Writer();
  writePacket2Header(w, v);
  return w.finish();
}

/** @see inet-api setopts {packet, PacketType} 1 | 2 | 4 */
export interface Packet4Header {
  length: number;
}

/** Read a {@link Packet4Header} at the reader's position. */
export function readPacket4Header(r: Reader): Packet4Header {
  const length = r.u32('Packet4Header.length@specs/inet/packet-types.spec:68');
  return { length };
}

/** Write a {@link Packet4Header}. */
export function writePacket4Header(w: Writer, v: Packet4Header): void {
  w.u32(v.length, 'Packet4Header.length@specs/inet/packet-types.spec:68');
}

/** Decode a whole {@link Packet4Header}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePacket4Header(bytes: Uint8Array): Packet4Header {
  const r = new Reader(bytes);
  const v = readPacket4Header(r);
  r.done('Packet4Header@specs/inet/packet-types.spec:69');
  return v;
}

/** Encode a {@link Packet4Header}. */
export function encodePacket4Header(v: Packet4Header): Uint8Array {
  const w = new Writer();
  writePacket4Header(w, v);
  return w.finish();
}

/**
 * Sun RPC record marking: the top bit flags the last fragment, the low 31 bits are the fragment
 * length. The bit split is not expressible as fields; the runtime masks it (see @bits).
 * @see RFC 5531 §11
 */
export interface SunRmHeader {
  record_mark: number;
}

/** Read a {@link SunRmHeader} at the reader's position. */
export function readSunRmHeader(r: Reader): SunRmHeader {
  const record_mark = r.u32('SunRmHeader.record_mark@specs/inet/packet-types.spec:76');
  return { record_mark };
}

/** Write a {@link SunRmHeader}. */
export function writeSunRmHeader(w: Writer, v: SunRmHeader): void {
  w.u32(v.record_mark, 'SunRmHeader.record_mark@specs/inet/packet-types.spec:76');
}

/** Decode a whole {@link SunRmHeader}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSunRmHeader(bytes: Uint8Array): SunRmHeader {
  const r = new Reader(bytes);
  const v = readSunRmHeader(r);
  r.done('SunRmHeader@specs/inet/packet-types.spec:77');
  return v;
}

/** Encode a {@link SunRmHeader}. */
export function encodeSunRmHeader(v: SunRmHeader): Uint8Array {
  const w = new Writer();
  writeSunRmHeader(w, v);
  return w.finish();
}

/**
 * FastCGI record header; the packet is the header, content_length bytes, then padding_length bytes.
 * @see fastcgi 3.3
 */
export interface FcgiHeader {
  /** Default: 1. */
  version?: number;
  type: number;
  request_id: number;
  content_length: number;
  padding_length: number;
  /** Default: 0. */
  reserved?: number;
}

/** Read a {@link FcgiHeader} at the reader's position. */
export function readFcgiHeader(r: Reader): FcgiHeader {
  const version = r.u8('FcgiHeader.version@specs/inet/packet-types.spec:82');
  const type = r.u8('FcgiHeader.type@specs/inet/packet-types.spec:83');
  const request_id = r.u16('FcgiHeader.request_id@specs/inet/packet-types.spec:84');
  const content_length = r.u16('FcgiHeader.content_length@specs/inet/packet-types.spec:85');
  const padding_length = r.u8('FcgiHeader.padding_length@specs/inet/packet-types.spec:86');
  const reserved = r.u8('FcgiHeader.reserved@specs/inet/packet-types.spec:87');
  return { version, type, request_id, content_length, padding_length, reserved };
}

/** Write a {@link FcgiHeader}. */
export function writeFcgiHeader(w: Writer, v: FcgiHeader): void {
  w.u8((v.version ?? 1), 'FcgiHeader.version@specs/inet/packet-types.spec:82');
  w.u8(v.type, 'FcgiHeader.type@specs/inet/packet-types.spec:83');
  w.u16(v.request_id, 'FcgiHeader.request_id@specs/inet/packet-types.spec:84');
  w.u16(v.content_length, 'FcgiHeader.content_length@specs/inet/packet-types.spec:85');
  w.u8(v.padding_length, 'FcgiHeader.padding_length@specs/inet/packet-types.spec:86');
  w.u8((v.reserved ?? 0), 'FcgiHeader.reserved@specs/inet/packet-types.spec:87');
}

/** Decode a whole {@link FcgiHeader}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeFcgiHeader(bytes: Uint8Array): FcgiHeader {
  const r = new Reader(bytes);
  const v = readFcgiHeader(r);
  r.done('FcgiHeader@specs/inet/packet-types.spec:88');
  return v;
}

/** Encode a {@link FcgiHeader}. */
export function encodeFcgiHeader(v: FcgiHeader): Uint8Array {
  const w = new Writer();
  writeFcgiHeader(w, v);
  return w.finish();
}

/**
 * TPKT: version 3, a reserved byte, and the packet length including this 4-byte header.
 * @see RFC 1006 §6
 */
export interface TpktHeader {
  /** Default: 3. */
  version?: number;
  /** Default: 0. */
  reserved?: number;
  packet_length: number;
}

/** Read a {@link TpktHeader} at the reader's position. */
export function readTpktHeader(r: Reader): TpktHeader {
  const version = r.u8('TpktHeader.version@specs/inet/packet-types.spec:93');
  const reserved = r.u8('TpktHeader.reserved@specs/inet/packet-types.spec:94');
  const packet_length = r.u16('TpktHeader.packet_length@specs/inet/packet-types.spec:95');
  return { version, reserved, packet_length };
}

/** Write a {@link TpktHeader}. */
export function writeTpktHeader(w: Writer, v: TpktHeader): void {
  w.u8((v.version ?? 3), 'TpktHeader.version@specs/inet/packet-types.spec:93');
  w.u8((v.reserved ?? 0), 'TpktHeader.reserved@specs/inet/packet-types.spec:94');
  w.u16(v.packet_length, 'TpktHeader.packet_length@specs/inet/packet-types.spec:95');
}

/** Decode a whole {@link TpktHeader}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeTpktHeader(bytes: Uint8Array): TpktHeader {
  const r = new Reader(bytes);
  const v = readTpktHeader(r);
  r.done('TpktHeader@specs/inet/packet-types.spec:96');
  return v;
}

/** Encode a {@link TpktHeader}. */
export function encodeTpktHeader(v: TpktHeader): Uint8Array {
  const w = new Writer();
  writeTpktHeader(w, v);
  return w.finish();
}

/**
 * GIOP 1.1 message header. message_size is big-endian when bit 0 of flags is 0 and
 * little-endian when it is 1; the spec language has no flag-dependent byte order, so the
 * runtime reads message_size_be and swaps it when the flag says little-endian (see @endian).
 * @see corba-giop 1.1 15.4.1
 */
export interface GiopHeader {
  magic: Uint8Array;
  major: number;
  minor: number;
  flags: number;
  message_type: number;
  message_size_be: number;
}

/** Read a {@link GiopHeader} at the reader's position. */
export function readGiopHeader(r: Reader): GiopHeader {
  const magic = r.raw(4, 'GiopHeader.magic@specs/inet/packet-types.spec:104');
  const major = r.u8('GiopHeader.major@specs/inet/packet-types.spec:105');
  const minor = r.u8('GiopHeader.minor@specs/inet/packet-types.spec:106');
  const flags = r.u8('GiopHeader.flags@specs/inet/packet-types.spec:107');
  const message_type = r.u8('GiopHeader.message_type@specs/inet/packet-types.spec:108');
  const message_size_be = r.u32('GiopHeader.message_size_be@specs/inet/packet-types.spec:109');
  return { magic, major, minor, flags, message_type, message_size_be };
}

/** Write a {@link GiopHeader}. */
export function writeGiopHeader(w: Writer, v: GiopHeader): void {
  w.fixed(v.magic, 4, 'GiopHeader.magic@specs/inet/packet-types.spec:104');
  w.u8(v.major, 'GiopHeader.major@specs/inet/packet-types.spec:105');
  w.u8(v.minor, 'GiopHeader.minor@specs/inet/packet-types.spec:106');
  w.u8(v.flags, 'GiopHeader.flags@specs/inet/packet-types.spec:107');
  w.u8(v.message_type, 'GiopHeader.message_type@specs/inet/packet-types.spec:108');
  w.u32(v.message_size_be, 'GiopHeader.message_size_be@specs/inet/packet-types.spec:109');
}

/** Decode a whole {@link GiopHeader}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeGiopHeader(bytes: Uint8Array): GiopHeader {
  const r = new Reader(bytes);
  const v = readGiopHeader(r);
  r.done('GiopHeader@specs/inet/packet-types.spec:110');
  return v;
}

/** Encode a {@link GiopHeader}. */
export function encodeGiopHeader(v: GiopHeader): Uint8Array {
  const w = new Writer();
  writeGiopHeader(w, v);
  return w.finish();
}
