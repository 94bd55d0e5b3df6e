// Generated from specs/inet/packet-types.spec by otpnet-gen. Do not edit.
import {
  bitField,
  type DecodeLimits,
  enumName,
  expectAbsent,
  expectObject,
  expectPresent,
  expectValue,
  fields,
  hexBytes,
  Reader,
  Writer,
} from '@otpnet/wire';

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
export const PacketTypeNames: ReadonlyMap<number, string> = new Map(
  Object.entries(PacketType).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function PacketTypeName(value: number): string {
  return enumName(PacketTypeNames, value, 1);
}

/** The names of {@link Framings}. */
export type FramingsName =
  | 'available'
  | 'length_prefix'
  | 'ber_length'
  | 'record_mark'
  | 'giop_header'
  | 'fcgi_header'
  | 'delimiter'
  | 'tpkt_header'
  | 'http_line';

/** One row of {@link Framings}. */
export interface FramingsRow {
  /** Unique; see {@link FramingsByName}. */
  readonly name: FramingsName;
}

/**
 * One row per packet type: the option value as written in Erlang (`0`, `1`, `2`, `4` or the atom),
 * the fixed header size in bytes (0 when the type has none or it varies: asn1), whether the
 * receiver strips the header (only the length-prefixed types do), whether send adds the header
 * (the other types leave it to the application), and how the end of a packet is found.
 * How a receiver finds where a packet ends: the bytes available, a length prefix, a BER length
 * (X.690 8.1.3), a Sun RPC record mark (RFC 5531 11), a GIOP header's message size, a FastCGI
 * header's content and padding lengths, a line delimiter, a TPKT header (RFC 1006), or an HTTP line.
 * @see inet-api setopts {packet, PacketType}
 */
export const Framings = [
  { name: 'available' },
  { name: 'length_prefix' },
  { name: 'ber_length' },
  { name: 'record_mark' },
  { name: 'giop_header' },
  { name: 'fcgi_header' },
  { name: 'delimiter' },
  { name: 'tpkt_header' },
  { name: 'http_line' },
] as const satisfies readonly FramingsRow[];

/** The rows of {@link Framings} by `name`. */
export const FramingsByName: ReadonlyMap<string, FramingsRow> = new Map(
  Framings.map((row) => [row.name, row]),
);

/** True when `name` is one of {@link FramingsName}. */
export function isFramingsName(name: string): name is FramingsName {
  return FramingsByName.has(name);
}

/** The names of {@link PacketTypes}. */
export type PacketTypesName =
  | 'raw'
  | 'packet_1'
  | 'packet_2'
  | 'packet_4'
  | 'asn1'
  | 'sunrm'
  | 'cdr'
  | 'fcgi'
  | 'line'
  | 'tpkt'
  | 'http'
  | 'httph'
  | 'http_bin'
  | 'httph_bin';

/** One row of {@link PacketTypes}. */
export interface PacketTypesRow {
  /** Unique; see {@link PacketTypesByName}. */
  readonly name: PacketTypesName;
  /** Unique; see {@link PacketTypesByType}. */
  readonly type: PacketType;
  readonly header: number;
  readonly strips_header: boolean;
  readonly send_adds_header: boolean;
  readonly framing: FramingsName;
}

/** @see inet-api setopts {packet, PacketType} */
export const PacketTypes = [
  {
    name: 'raw',
    type: PacketType.raw,
    header: 0,
    strips_header: false,
    send_adds_header: false,
    framing: 'available',
  },
  {
    name: 'packet_1',
    type: PacketType.packet_1,
    header: 1,
    strips_header: true,
    send_adds_header: true,
    framing: 'length_prefix',
  },
  {
    name: 'packet_2',
    type: PacketType.packet_2,
    header: 2,
    strips_header: true,
    send_adds_header: true,
    framing: 'length_prefix',
  },
  {
    name: 'packet_4',
    type: PacketType.packet_4,
    header: 4,
    strips_header: true,
    send_adds_header: true,
    framing: 'length_prefix',
  },
  {
    name: 'asn1',
    type: PacketType.asn1,
    header: 0,
    strips_header: false,
    send_adds_header: false,
    framing: 'ber_length',
  },
  {
    name: 'sunrm',
    type: PacketType.sunrm,
    header: 4,
    strips_header: false,
    send_adds_header: false,
    framing: 'record_mark',
  },
  {
    name: 'cdr',
    type: PacketType.cdr,
    header: 12,
    strips_header: false,
    send_adds_header: false,
    framing: 'giop_header',
  },
  {
    name: 'fcgi',
    type: PacketType.fcgi,
    header: 8,
    strips_header: false,
    send_adds_header: false,
    framing: 'fcgi_header',
  },
  {
    name: 'line',
    type: PacketType.line,
    header: 0,
    strips_header: false,
    send_adds_header: false,
    framing: 'delimiter',
  },
  {
    name: 'tpkt',
    type: PacketType.tpkt,
    header: 4,
    strips_header: false,
    send_adds_header: false,
    framing: 'tpkt_header',
  },
  {
    name: 'http',
    type: PacketType.http,
    header: 0,
    strips_header: false,
    send_adds_header: false,
    framing: 'http_line',
  },
  {
    name: 'httph',
    type: PacketType.httph,
    header: 0,
    strips_header: false,
    send_adds_header: false,
    framing: 'http_line',
  },
  {
    name: 'http_bin',
    type: PacketType.http_bin,
    header: 0,
    strips_header: false,
    send_adds_header: false,
    framing: 'http_line',
  },
  {
    name: 'httph_bin',
    type: PacketType.httph_bin,
    header: 0,
    strips_header: false,
    send_adds_header: false,
    framing: 'http_line',
  },
] as const satisfies readonly PacketTypesRow[];

/** The rows of {@link PacketTypes} by `name`. */
export const PacketTypesByName: ReadonlyMap<string, PacketTypesRow> = new Map(
  PacketTypes.map((row) => [row.name, row]),
);

/** The rows of {@link PacketTypes} by `type`. */
export const PacketTypesByType: ReadonlyMap<PacketType, PacketTypesRow> = new Map(
  PacketTypes.map((row) => [row.type, row]),
);

/** True when `name` is one of {@link PacketTypesName}. */
export function isPacketTypesName(name: string): name is PacketTypesName {
  return PacketTypesByName.has(name);
}

/**
 * {packet, 1 | 2 | 4}: "a header specifying the number of bytes in the packet, followed by that
 * number of bytes ... an unsigned integer in big-endian byte order".
 * @see inet-api setopts {packet, PacketType} 1 | 2 | 4
 */
export interface Packet1Header {
  length: number;
}

/**
 * What {@link encodePacket1Header} takes: a {@link Packet1Header}, where fields with a default may be left
 * out.
 */
export interface Packet1HeaderInput {
  length: number;
}

/** Read a {@link Packet1Header} at the reader's position. */
export function readPacket1Header(r: Reader): Packet1Header {
  const f = F.Packet1Header;
  const length = r.u8(f.length);
  return { length };
}

/** Write a {@link Packet1Header}; throws EncodeError naming the field for a value the spec does not allow. */
export function writePacket1Header(w: Writer, v: Packet1HeaderInput): void {
  const f = F.Packet1Header;
  expectObject(v, f.$);
  w.u8(v.length, f.length);
}

/**
 * Decode a whole {@link Packet1Header}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodePacket1Header(bytes: Uint8Array, limits?: DecodeLimits): Packet1Header {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Packet1Header.$);
  const v = readPacket1Header(r);
  r.done(F.Packet1Header.$);
  return v;
}

/** Encode a {@link Packet1Header}. */
export function encodePacket1Header(v: Packet1HeaderInput): Uint8Array {
  const w = new Writer();
  writePacket1Header(w, v);
  return w.finish();
}

/** @see inet-api setopts {packet, PacketType} 1 | 2 | 4 */
export interface Packet2Header {
  length: number;
}

/**
 * What {@link encodePacket2Header} takes: a {@link Packet2Header}, where fields with a default may be left
 * out.
 */
export interface Packet2HeaderInput {
  length: number;
}

/** Read a {@link Packet2Header} at the reader's position. */
export function readPacket2Header(r: Reader): Packet2Header {
  const f = F.Packet2Header;
  const length = r.u16(f.length);
  return { length };
}

/** Write a {@link Packet2Header}; throws EncodeError naming the field for a value the spec does not allow. */
export function writePacket2Header(w: Writer, v: Packet2HeaderInput): void {
  const f = F.Packet2Header;
  expectObject(v, f.$);
  w.u16(v.length, f.length);
}

/**
 * Decode a whole {@link Packet2Header}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodePacket2Header(bytes: Uint8Array, limits?: DecodeLimits): Packet2Header {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Packet2Header.$);
  const v = readPacket2Header(r);
  r.done(F.Packet2Header.$);
  return v;
}

/** Encode a {@link Packet2Header}. */
export function encodePacket2Header(v: Packet2HeaderInput): Uint8Array {
  const w = new Writer();
  writePacket2Header(w, v);
  return w.finish();
}

/** @see inet-api setopts {packet, PacketType} 1 | 2 | 4 */
export interface Packet4Header {
  length: number;
}

/**
 * What {@link encodePacket4Header} takes: a {@link Packet4Header}, where fields with a default may be left
 * out.
 */
export interface Packet4HeaderInput {
  length: number;
}

/** Read a {@link Packet4Header} at the reader's position. */
export function readPacket4Header(r: Reader): Packet4Header {
  const f = F.Packet4Header;
  const length = r.u32(f.length);
  return { length };
}

/** Write a {@link Packet4Header}; throws EncodeError naming the field for a value the spec does not allow. */
export function writePacket4Header(w: Writer, v: Packet4HeaderInput): void {
  const f = F.Packet4Header;
  expectObject(v, f.$);
  w.u32(v.length, f.length);
}

/**
 * Decode a whole {@link Packet4Header}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodePacket4Header(bytes: Uint8Array, limits?: DecodeLimits): Packet4Header {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Packet4Header.$);
  const v = readPacket4Header(r);
  r.done(F.Packet4Header.$);
  return v;
}

/** Encode a {@link Packet4Header}. */
export function encodePacket4Header(v: Packet4HeaderInput): Uint8Array {
  const w = new Writer();
  writePacket4Header(w, v);
  return w.finish();
}

/**
 * {packet, asn1}: the identifier and length octets of one BER TLV (X.690 8.1.2, 8.1.3), which is
 * what the receiver reads to find where the packet ends; the contents follow and stay in the
 * packet. Tag numbers from 31 up follow the first octet in base 128; the length is one octet
 * below 128, or 0x81..0x84 and that many octets.
 * @see x690 8.1.2
 */
export interface BerHeader {
  /** universal, application, context-specific, private. */
  tag_class: number;
  constructed: number;
  tag_number: number;
  /** Present only when the spec condition holds. */
  long_tag_number?: number;
  length: number;
}

/** What {@link encodeBerHeader} takes: a {@link BerHeader}, where fields with a default may be left out. */
export interface BerHeaderInput {
  tag_class: number;
  constructed: number;
  tag_number: number;
  long_tag_number?: number;
  length: number;
}

/** Read a {@link BerHeader} at the reader's position. */
export function readBerHeader(r: Reader): BerHeader {
  const f = F.BerHeader;
  const tag_classBits = r.u8(f.tag_class);
  const tag_class = (tag_classBits >>> 6) & 0x3;
  const constructed = (tag_classBits >>> 5) & 0x1;
  const tag_number = tag_classBits & 0x1f;
  let long_tag_number: number | undefined;
  if (tag_number === 31) {
    const long_tag_numberValue = r.base128(f.long_tag_number);
    long_tag_number = long_tag_numberValue;
  }
  const length = r.berLength(f.length);
  const out: BerHeader = { tag_class, constructed, tag_number, length };
  if (long_tag_number !== undefined) out.long_tag_number = long_tag_number;
  return out;
}

/** Write a {@link BerHeader}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeBerHeader(w: Writer, v: BerHeaderInput): void {
  const f = F.BerHeader;
  expectObject(v, f.$);
  const tag_class = bitField(v.tag_class, 2, f.tag_class);
  const constructed = bitField(v.constructed, 1, f.constructed);
  const tag_number = bitField(v.tag_number, 5, f.tag_number);
  w.u8(tag_class * 2 ** 6 + constructed * 2 ** 5 + tag_number, f.tag_class);
  if (tag_number === 31) {
    expectPresent(v.long_tag_number, f.long_tag_number, 'needed when tag_number == 31');
    w.base128(v.long_tag_number, f.long_tag_number);
  } else expectAbsent(v.long_tag_number, f.long_tag_number, 'present only when tag_number == 31');
  w.berLength(v.length, f.length);
}

/**
 * Decode a whole {@link BerHeader}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeBerHeader(bytes: Uint8Array, limits?: DecodeLimits): BerHeader {
  const r = new Reader(bytes, 0, bytes.length, limits, F.BerHeader.$);
  const v = readBerHeader(r);
  r.done(F.BerHeader.$);
  return v;
}

/** Encode a {@link BerHeader}. */
export function encodeBerHeader(v: BerHeaderInput): Uint8Array {
  const w = new Writer();
  writeBerHeader(w, v);
  return w.finish();
}

/**
 * Sun RPC record marking: the top bit flags the last fragment, the low 31 bits are the fragment
 * length (RFC 5531 section 11: "the first bit ... indicates whether the fragment is the last").
 * @see RFC 5531 §11
 */
export interface SunRmHeader {
  last_fragment: number;
  fragment_length: number;
}

/**
 * What {@link encodeSunRmHeader} takes: a {@link SunRmHeader}, where fields with a default may be left out.
 */
export interface SunRmHeaderInput {
  last_fragment: number;
  fragment_length: number;
}

/** Read a {@link SunRmHeader} at the reader's position. */
export function readSunRmHeader(r: Reader): SunRmHeader {
  const f = F.SunRmHeader;
  const last_fragmentBits = r.u32(f.last_fragment);
  const last_fragment = (last_fragmentBits >>> 31) & 0x1;
  const fragment_length = last_fragmentBits & 0x7fffffff;
  return { last_fragment, fragment_length };
}

/** Write a {@link SunRmHeader}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeSunRmHeader(w: Writer, v: SunRmHeaderInput): void {
  const f = F.SunRmHeader;
  expectObject(v, f.$);
  const last_fragment = bitField(v.last_fragment, 1, f.last_fragment);
  const fragment_length = bitField(v.fragment_length, 31, f.fragment_length);
  w.u32(last_fragment * 2 ** 31 + fragment_length, f.last_fragment);
}

/**
 * Decode a whole {@link SunRmHeader}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSunRmHeader(bytes: Uint8Array, limits?: DecodeLimits): SunRmHeader {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SunRmHeader.$);
  const v = readSunRmHeader(r);
  r.done(F.SunRmHeader.$);
  return v;
}

/** Encode a {@link SunRmHeader}. */
export function encodeSunRmHeader(v: SunRmHeaderInput): Uint8Array {
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
  version: number;
  type: number;
  request_id: number;
  content_length: number;
  padding_length: number;
  /** Default: 0. */
  reserved: number;
}

/** What {@link encodeFcgiHeader} takes: a {@link FcgiHeader}, where fields with a default may be left out. */
export interface FcgiHeaderInput {
  version?: number;
  type: number;
  request_id: number;
  content_length: number;
  padding_length: number;
  reserved?: number;
}

/** Read a {@link FcgiHeader} at the reader's position. */
export function readFcgiHeader(r: Reader): FcgiHeader {
  const f = F.FcgiHeader;
  const version = r.u8(f.version);
  const type = r.u8(f.type);
  const request_id = r.u16(f.request_id);
  const content_length = r.u16(f.content_length);
  const padding_length = r.u8(f.padding_length);
  const reserved = r.u8(f.reserved);
  return { version, type, request_id, content_length, padding_length, reserved };
}

/** Write a {@link FcgiHeader}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeFcgiHeader(w: Writer, v: FcgiHeaderInput): void {
  const f = F.FcgiHeader;
  expectObject(v, f.$);
  w.u8(v.version ?? 1, f.version);
  w.u8(v.type, f.type);
  w.u16(v.request_id, f.request_id);
  w.u16(v.content_length, f.content_length);
  w.u8(v.padding_length, f.padding_length);
  w.u8(v.reserved ?? 0, f.reserved);
}

/**
 * Decode a whole {@link FcgiHeader}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeFcgiHeader(bytes: Uint8Array, limits?: DecodeLimits): FcgiHeader {
  const r = new Reader(bytes, 0, bytes.length, limits, F.FcgiHeader.$);
  const v = readFcgiHeader(r);
  r.done(F.FcgiHeader.$);
  return v;
}

/** Encode a {@link FcgiHeader}. */
export function encodeFcgiHeader(v: FcgiHeaderInput): Uint8Array {
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
  version: number;
  /** Default: 0. */
  reserved: number;
  packet_length: number;
}

/** What {@link encodeTpktHeader} takes: a {@link TpktHeader}, where fields with a default may be left out. */
export interface TpktHeaderInput {
  version?: number;
  reserved?: number;
  packet_length: number;
}

/** Read a {@link TpktHeader} at the reader's position. */
export function readTpktHeader(r: Reader): TpktHeader {
  const f = F.TpktHeader;
  const version = r.u8(f.version);
  const reserved = r.u8(f.reserved);
  const packet_length = r.u16(f.packet_length);
  return { version, reserved, packet_length };
}

/** Write a {@link TpktHeader}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeTpktHeader(w: Writer, v: TpktHeaderInput): void {
  const f = F.TpktHeader;
  expectObject(v, f.$);
  w.u8(v.version ?? 3, f.version);
  w.u8(v.reserved ?? 0, f.reserved);
  w.u16(v.packet_length, f.packet_length);
}

/**
 * Decode a whole {@link TpktHeader}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeTpktHeader(bytes: Uint8Array, limits?: DecodeLimits): TpktHeader {
  const r = new Reader(bytes, 0, bytes.length, limits, F.TpktHeader.$);
  const v = readTpktHeader(r);
  r.done(F.TpktHeader.$);
  return v;
}

/** Encode a {@link TpktHeader}. */
export function encodeTpktHeader(v: TpktHeaderInput): Uint8Array {
  const w = new Writer();
  writeTpktHeader(w, v);
  return w.finish();
}

/**
 * GIOP 1.1 message header: "GIOP", the version, the flags (bit 0 the byte order of the rest of
 * the message, 1 for little-endian; bit 1 "more fragments follow"), the message type and
 * message_size, the number of bytes after this header, in the byte order the flag gives.
 * @see corba-giop 1.1 15.4.1
 */
export interface GiopHeader {
  /** "GIOP". Always: 0x47494f50. */
  magic: Uint8Array;
  major: number;
  minor: number;
  flags_reserved: number;
  more_fragments: number;
  little_endian: number;
  message_type: number;
  message_size: number;
}

/** What {@link encodeGiopHeader} takes: a {@link GiopHeader}, where fields with a default may be left out. */
export interface GiopHeaderInput {
  magic?: Uint8Array;
  major: number;
  minor: number;
  flags_reserved: number;
  more_fragments: number;
  little_endian: number;
  message_type: number;
  message_size: number;
}

/** Read a {@link GiopHeader} at the reader's position. */
export function readGiopHeader(r: Reader): GiopHeader {
  const f = F.GiopHeader;
  const magic = r.raw(4, f.magic);
  r.expectValue(magic, hexBytes('47494f50'), f.magic);
  const major = r.u8(f.major);
  const minor = r.u8(f.minor);
  const flags_reservedBits = r.u8(f.flags_reserved);
  const flags_reserved = (flags_reservedBits >>> 2) & 0x3f;
  const more_fragments = (flags_reservedBits >>> 1) & 0x1;
  const little_endian = flags_reservedBits & 0x1;
  const message_type = r.u8(f.message_type);
  const message_size = little_endian === 1 ? r.u32le(f.message_size) : r.u32(f.message_size);
  return { magic, major, minor, flags_reserved, more_fragments, little_endian, message_type, message_size };
}

/** Write a {@link GiopHeader}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeGiopHeader(w: Writer, v: GiopHeaderInput): void {
  const f = F.GiopHeader;
  expectObject(v, f.$);
  w.fixed(expectValue(v.magic ?? hexBytes('47494f50'), hexBytes('47494f50'), f.magic), 4, f.magic);
  w.u8(v.major, f.major);
  w.u8(v.minor, f.minor);
  const flags_reserved = bitField(v.flags_reserved, 6, f.flags_reserved);
  const more_fragments = bitField(v.more_fragments, 1, f.more_fragments);
  const little_endian = bitField(v.little_endian, 1, f.little_endian);
  w.u8(flags_reserved * 2 ** 2 + more_fragments * 2 ** 1 + little_endian, f.flags_reserved);
  w.u8(v.message_type, f.message_type);
  if (little_endian === 1) w.u32le(v.message_size, f.message_size);
  else w.u32(v.message_size, f.message_size);
}

/**
 * Decode a whole {@link GiopHeader}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeGiopHeader(bytes: Uint8Array, limits?: DecodeLimits): GiopHeader {
  const r = new Reader(bytes, 0, bytes.length, limits, F.GiopHeader.$);
  const v = readGiopHeader(r);
  r.done(F.GiopHeader.$);
  return v;
}

/** Encode a {@link GiopHeader}. */
export function encodeGiopHeader(v: GiopHeaderInput): Uint8Array {
  const w = new Writer();
  writeGiopHeader(w, v);
  return w.finish();
}

/**
 * Where each field is in specs/inet/packet-types.spec and the bounds its codecs enforce: errors name these.
 */
const F = fields('specs/inet/packet-types.spec', {
  Packet1Header: {
    $: 78,
    length: 77,
  },
  Packet2Header: {
    $: 83,
    length: 82,
  },
  Packet4Header: {
    $: 88,
    length: 87,
  },
  BerHeader: {
    $: 101,
    tag_class: 96,
    long_tag_number: 99,
    length: 100,
    constructed: 97,
    tag_number: 98,
  },
  SunRmHeader: {
    $: 109,
    last_fragment: 107,
    fragment_length: 108,
  },
  FcgiHeader: {
    $: 120,
    version: 114,
    type: 115,
    request_id: 116,
    content_length: 117,
    padding_length: 118,
    reserved: 119,
  },
  TpktHeader: {
    $: 128,
    version: 125,
    reserved: 126,
    packet_length: 127,
  },
  GiopHeader: {
    $: 143,
    magic: 135,
    major: 136,
    minor: 137,
    flags_reserved: 138,
    message_type: 141,
    message_size: 142,
    more_fragments: 139,
    little_endian: 140,
  },
});
