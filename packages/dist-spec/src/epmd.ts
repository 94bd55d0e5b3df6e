// Generated from specs/dist/epmd.spec by otpnet-gen. Do not edit.
import {
  type DecodeLimits,
  EncodeError,
  enumName,
  expectNoTag,
  expectObject,
  expectTag,
  fields,
  nested,
  Reader,
  tagFor,
  Writer,
} from '@otpnet/wire';

/** @see erl_dist_protocol epmd_protocol */
export interface EpmdRequestFrame {
  /** one of the *_REQ messages below. Wire: <1..65535> bytes. */
  request: Uint8Array;
}

/**
 * What {@link encodeEpmdRequestFrame} takes: a {@link EpmdRequestFrame}, where fields with a default may be
 * left out.
 */
export interface EpmdRequestFrameInput {
  request: Uint8Array;
}

/** Read a {@link EpmdRequestFrame} at the reader's position. */
export function readEpmdRequestFrame(r: Reader): EpmdRequestFrame {
  const f = F.EpmdRequestFrame;
  const request = r.opaque(f.request);
  return { request };
}

/**
 * Write a {@link EpmdRequestFrame}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeEpmdRequestFrame(w: Writer, v: EpmdRequestFrameInput): void {
  const f = F.EpmdRequestFrame;
  expectObject(v, f.$);
  w.opaque(v.request, f.request);
}

/**
 * Decode a whole {@link EpmdRequestFrame}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeEpmdRequestFrame(bytes: Uint8Array, limits?: DecodeLimits): EpmdRequestFrame {
  const r = new Reader(bytes, 0, bytes.length, limits, F.EpmdRequestFrame.$);
  const v = readEpmdRequestFrame(r);
  r.done(F.EpmdRequestFrame.$);
  return v;
}

/** Encode a {@link EpmdRequestFrame}. */
export function encodeEpmdRequestFrame(v: EpmdRequestFrameInput): Uint8Array {
  const w = new Writer();
  writeEpmdRequestFrame(w, v);
  return w.finish();
}

/**
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see erl_dist_protocol epmd_protocol
 */
export const NodeType = {
  /** a hidden node (C node) */
  hidden: 0x48,
  /** a normal Erlang node */
  normal: 0x4d,
} as const;
export type NodeType = (typeof NodeType)[keyof typeof NodeType] | (number & {});
/** Member names of {@link NodeType} by value. */
export const NodeTypeNames: ReadonlyMap<number, string> = new Map(
  Object.entries(NodeType).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function NodeTypeName(value: number): string {
  return enumName(NodeTypeNames, value, 1);
}

/**
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see erl_dist_protocol epmd_protocol
 */
export const NodeProtocol = {
  tcp_ipv4: 0x00,
} as const;
export type NodeProtocol = (typeof NodeProtocol)[keyof typeof NodeProtocol] | (number & {});
/** Member names of {@link NodeProtocol} by value. */
export const NodeProtocolNames: ReadonlyMap<number, string> = new Map(
  Object.entries(NodeProtocol).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function NodeProtocolName(value: number): string {
  return enumName(NodeProtocolNames, value, 1);
}

/**
 * Register a node. The registration lasts as long as this TCP connection. OTP 23 and later send
 * highest_version 6. The protocol document says OTP 25 sends lowest_version 6, but a real OTP 25
 * node sends 5 (test/fixtures/dist/epmd-alive2-req.bin).
 * Message number 120.
 * @see erl_dist_protocol register_a_node_in_epmd
 */
export interface ALIVE2_REQ {
  /** where the node accepts distribution connections. */
  port_no: number;
  node_type: NodeType;
  protocol: NodeProtocol;
  highest_version: number;
  lowest_version: number;
  /** Nlen, NodeName: the name before the @, UTF-8. Wire: <0..65535> bytes. */
  node_name: Uint8Array;
  /** Elen, Extra. Wire: <0..65535> bytes. */
  extra: Uint8Array;
}

/** What {@link encodeALIVE2_REQ} takes: a {@link ALIVE2_REQ}, where fields with a default may be left out. */
export interface ALIVE2_REQInput {
  port_no: number;
  node_type: NodeType;
  protocol: NodeProtocol;
  highest_version: number;
  lowest_version: number;
  node_name: Uint8Array;
  extra: Uint8Array;
}

/** The message number of {@link ALIVE2_REQ}. */
export const ALIVE2_REQ_NUMBER = 120;

/** Read a {@link ALIVE2_REQ} at the reader's position. */
export function readALIVE2_REQ(r: Reader): ALIVE2_REQ {
  const f = F.ALIVE2_REQ;
  r.messageNumber(120, f.$);
  const port_no = r.u16(f.port_no);
  const node_type = r.u8(f.node_type);
  const protocol = r.u8(f.protocol);
  const highest_version = r.u16(f.highest_version);
  const lowest_version = r.u16(f.lowest_version);
  const node_name = r.opaque(f.node_name);
  const extra = r.opaque(f.extra);
  return { port_no, node_type, protocol, highest_version, lowest_version, node_name, extra };
}

/** Write a {@link ALIVE2_REQ}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeALIVE2_REQ(w: Writer, v: ALIVE2_REQInput): void {
  const f = F.ALIVE2_REQ;
  expectObject(v, f.$);
  w.u8(120, f.$);
  w.u16(v.port_no, f.port_no);
  w.u8(v.node_type, f.node_type);
  w.u8(v.protocol, f.protocol);
  w.u16(v.highest_version, f.highest_version);
  w.u16(v.lowest_version, f.lowest_version);
  w.opaque(v.node_name, f.node_name);
  w.opaque(v.extra, f.extra);
}

/**
 * Decode a whole {@link ALIVE2_REQ}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeALIVE2_REQ(bytes: Uint8Array, limits?: DecodeLimits): ALIVE2_REQ {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ALIVE2_REQ.$);
  const v = readALIVE2_REQ(r);
  r.done(F.ALIVE2_REQ.$);
  return v;
}

/** Encode a {@link ALIVE2_REQ}. */
export function encodeALIVE2_REQ(v: ALIVE2_REQInput): Uint8Array {
  const w = new Writer();
  writeALIVE2_REQ(w, v);
  return w.finish();
}

/**
 * The answer when both sides speak distribution version 6: a 32-bit creation. result 0 is ok.
 * Message number 118.
 * @see erl_dist_protocol register_a_node_in_epmd
 */
export interface ALIVE2_X_RESP {
  result: number;
  creation: number;
}

/**
 * What {@link encodeALIVE2_X_RESP} takes: a {@link ALIVE2_X_RESP}, where fields with a default may be left
 * out.
 */
export interface ALIVE2_X_RESPInput {
  result: number;
  creation: number;
}

/** The message number of {@link ALIVE2_X_RESP}. */
export const ALIVE2_X_RESP_NUMBER = 118;

/** Read a {@link ALIVE2_X_RESP} at the reader's position. */
export function readALIVE2_X_RESP(r: Reader): ALIVE2_X_RESP {
  const f = F.ALIVE2_X_RESP;
  r.messageNumber(118, f.$);
  const result = r.u8(f.result);
  const creation = r.u32(f.creation);
  return { result, creation };
}

/** Write a {@link ALIVE2_X_RESP}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeALIVE2_X_RESP(w: Writer, v: ALIVE2_X_RESPInput): void {
  const f = F.ALIVE2_X_RESP;
  expectObject(v, f.$);
  w.u8(118, f.$);
  w.u8(v.result, f.result);
  w.u32(v.creation, f.creation);
}

/**
 * Decode a whole {@link ALIVE2_X_RESP}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeALIVE2_X_RESP(bytes: Uint8Array, limits?: DecodeLimits): ALIVE2_X_RESP {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ALIVE2_X_RESP.$);
  const v = readALIVE2_X_RESP(r);
  r.done(F.ALIVE2_X_RESP.$);
  return v;
}

/** Encode a {@link ALIVE2_X_RESP}. */
export function encodeALIVE2_X_RESP(v: ALIVE2_X_RESPInput): Uint8Array {
  const w = new Writer();
  writeALIVE2_X_RESP(w, v);
  return w.finish();
}

/**
 * The older answer with a 16-bit creation.
 * Message number 121.
 * @see erl_dist_protocol register_a_node_in_epmd
 */
export interface ALIVE2_RESP {
  result: number;
  creation: number;
}

/**
 * What {@link encodeALIVE2_RESP} takes: a {@link ALIVE2_RESP}, where fields with a default may be left out.
 */
export interface ALIVE2_RESPInput {
  result: number;
  creation: number;
}

/** The message number of {@link ALIVE2_RESP}. */
export const ALIVE2_RESP_NUMBER = 121;

/** Read a {@link ALIVE2_RESP} at the reader's position. */
export function readALIVE2_RESP(r: Reader): ALIVE2_RESP {
  const f = F.ALIVE2_RESP;
  r.messageNumber(121, f.$);
  const result = r.u8(f.result);
  const creation = r.u16(f.creation);
  return { result, creation };
}

/** Write a {@link ALIVE2_RESP}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeALIVE2_RESP(w: Writer, v: ALIVE2_RESPInput): void {
  const f = F.ALIVE2_RESP;
  expectObject(v, f.$);
  w.u8(121, f.$);
  w.u8(v.result, f.result);
  w.u16(v.creation, f.creation);
}

/**
 * Decode a whole {@link ALIVE2_RESP}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeALIVE2_RESP(bytes: Uint8Array, limits?: DecodeLimits): ALIVE2_RESP {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ALIVE2_RESP.$);
  const v = readALIVE2_RESP(r);
  r.done(F.ALIVE2_RESP.$);
  return v;
}

/** Encode a {@link ALIVE2_RESP}. */
export function encodeALIVE2_RESP(v: ALIVE2_RESPInput): Uint8Array {
  const w = new Writer();
  writeALIVE2_RESP(w, v);
  return w.finish();
}

/**
 * Ask for the port of the node named node_name (the rest of the request).
 * Message number 122.
 * @see erl_dist_protocol get_the_distribution_port_of_another_node
 */
export interface PORT_PLEASE2_REQ {
  node_name: Uint8Array;
}

/**
 * What {@link encodePORT_PLEASE2_REQ} takes: a {@link PORT_PLEASE2_REQ}, where fields with a default may be
 * left out.
 */
export interface PORT_PLEASE2_REQInput {
  node_name: Uint8Array;
}

/** The message number of {@link PORT_PLEASE2_REQ}. */
export const PORT_PLEASE2_REQ_NUMBER = 122;

/** Read a {@link PORT_PLEASE2_REQ} at the reader's position. */
export function readPORT_PLEASE2_REQ(r: Reader): PORT_PLEASE2_REQ {
  const f = F.PORT_PLEASE2_REQ;
  r.messageNumber(122, f.$);
  const node_name = r.rest();
  return { node_name };
}

/**
 * Write a {@link PORT_PLEASE2_REQ}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writePORT_PLEASE2_REQ(w: Writer, v: PORT_PLEASE2_REQInput): void {
  const f = F.PORT_PLEASE2_REQ;
  expectObject(v, f.$);
  w.u8(122, f.$);
  w.raw(v.node_name, f.node_name);
}

/**
 * Decode a whole {@link PORT_PLEASE2_REQ}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodePORT_PLEASE2_REQ(bytes: Uint8Array, limits?: DecodeLimits): PORT_PLEASE2_REQ {
  const r = new Reader(bytes, 0, bytes.length, limits, F.PORT_PLEASE2_REQ.$);
  const v = readPORT_PLEASE2_REQ(r);
  r.done(F.PORT_PLEASE2_REQ.$);
  return v;
}

/** Encode a {@link PORT_PLEASE2_REQ}. */
export function encodePORT_PLEASE2_REQ(v: PORT_PLEASE2_REQInput): Uint8Array {
  const w = new Writer();
  writePORT_PLEASE2_REQ(w, v);
  return w.finish();
}

/** @see erl_dist_protocol get_the_distribution_port_of_another_node */
export interface PortInfo {
  port_no: number;
  node_type: NodeType;
  protocol: NodeProtocol;
  highest_version: number;
  lowest_version: number;
  /** Wire: <0..65535> bytes. */
  node_name: Uint8Array;
  /** Wire: <0..65535> bytes. */
  extra: Uint8Array;
}

/** What {@link encodePortInfo} takes: a {@link PortInfo}, where fields with a default may be left out. */
export interface PortInfoInput {
  port_no: number;
  node_type: NodeType;
  protocol: NodeProtocol;
  highest_version: number;
  lowest_version: number;
  node_name: Uint8Array;
  extra: Uint8Array;
}

/** Read a {@link PortInfo} at the reader's position. */
export function readPortInfo(r: Reader): PortInfo {
  const f = F.PortInfo;
  const port_no = r.u16(f.port_no);
  const node_type = r.u8(f.node_type);
  const protocol = r.u8(f.protocol);
  const highest_version = r.u16(f.highest_version);
  const lowest_version = r.u16(f.lowest_version);
  const node_name = r.opaque(f.node_name);
  const extra = r.opaque(f.extra);
  return { port_no, node_type, protocol, highest_version, lowest_version, node_name, extra };
}

/** Write a {@link PortInfo}; throws EncodeError naming the field for a value the spec does not allow. */
export function writePortInfo(w: Writer, v: PortInfoInput): void {
  const f = F.PortInfo;
  expectObject(v, f.$);
  w.u16(v.port_no, f.port_no);
  w.u8(v.node_type, f.node_type);
  w.u8(v.protocol, f.protocol);
  w.u16(v.highest_version, f.highest_version);
  w.u16(v.lowest_version, f.lowest_version);
  w.opaque(v.node_name, f.node_name);
  w.opaque(v.extra, f.extra);
}

/**
 * Decode a whole {@link PortInfo}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodePortInfo(bytes: Uint8Array, limits?: DecodeLimits): PortInfo {
  const r = new Reader(bytes, 0, bytes.length, limits, F.PortInfo.$);
  const v = readPortInfo(r);
  r.done(F.PortInfo.$);
  return v;
}

/** Encode a {@link PortInfo}. */
export function encodePortInfo(v: PortInfoInput): Uint8Array {
  const w = new Writer();
  writePortInfo(w, v);
  return w.finish();
}

/** The variants of PORT2_RESP.info, keyed by result. */
export type Port2RespInfo = { case: 0; value: PortInfo } | { case: undefined; value: Uint8Array };
/** {@link Port2RespInfo} as an encoder takes it. */
export type Port2RespInfoInput = { case: 0; value: PortInfoInput } | { case: undefined; value: Uint8Array };

/**
 * result 0: the node's port and versions follow; result > 0: the node is not registered.
 * Message number 119.
 * @see erl_dist_protocol get_the_distribution_port_of_another_node
 */
export interface PORT2_RESP {
  /** An encoder may leave it out: the case of info fixes it. */
  result: number;
  info: Port2RespInfo;
}

/** What {@link encodePORT2_RESP} takes: a {@link PORT2_RESP}, where fields with a default may be left out. */
export interface PORT2_RESPInput {
  result?: number;
  info: Port2RespInfoInput;
}

/** The message number of {@link PORT2_RESP}. */
export const PORT2_RESP_NUMBER = 119;

/** Read a {@link PORT2_RESP} at the reader's position. */
export function readPORT2_RESP(r: Reader): PORT2_RESP {
  const f = F.PORT2_RESP;
  r.messageNumber(119, f.$);
  const result = r.u8(f.result);
  let info: Port2RespInfo;
  let infoArm = '';
  try {
    switch (result) {
      case 0:
        infoArm = '0';
        info = { case: 0, value: readPortInfo(r) };
        break;
      default:
        info = { case: undefined, value: r.rest() };
    }
  } catch (e) {
    throw nested(e, f.info, infoArm);
  }
  return { result, info };
}

/** Write a {@link PORT2_RESP}; throws EncodeError naming the field for a value the spec does not allow. */
export function writePORT2_RESP(w: Writer, v: PORT2_RESPInput): void {
  const f = F.PORT2_RESP;
  expectObject(v, f.$);
  w.u8(119, f.$);
  const result = tagFor(v.result, Port2RespInfoTags, v.info, f.result);
  w.u8(result, f.result);
  const infoValue = expectObject(v.info, f.info);
  let infoArm = '';
  try {
    switch (infoValue.case) {
      case 0: {
        expectTag(result, 0, f.info);
        infoArm = '0';
        writePortInfo(w, infoValue.value);
        break;
      }
      case undefined:
        expectNoTag(result, Port2RespInfoTags, f.info);
        w.raw(infoValue.value, f.info);
        break;
      default:
        throw new EncodeError('no_case', f.info, `no case ${String((infoValue as { case: unknown }).case)}`);
    }
  } catch (e) {
    throw nested(e, f.info, infoArm);
  }
}

/**
 * Decode a whole {@link PORT2_RESP}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodePORT2_RESP(bytes: Uint8Array, limits?: DecodeLimits): PORT2_RESP {
  const r = new Reader(bytes, 0, bytes.length, limits, F.PORT2_RESP.$);
  const v = readPORT2_RESP(r);
  r.done(F.PORT2_RESP.$);
  return v;
}

/** Encode a {@link PORT2_RESP}. */
export function encodePORT2_RESP(v: PORT2_RESPInput): Uint8Array {
  const w = new Writer();
  writePORT2_RESP(w, v);
  return w.finish();
}

/**
 * Message number 110.
 * @see erl_dist_protocol get_all_registered_names_from_epmd
 */
export interface NAMES_REQ {}

/** What {@link encodeNAMES_REQ} takes: a {@link NAMES_REQ}, where fields with a default may be left out. */
export interface NAMES_REQInput {}

/** The message number of {@link NAMES_REQ}. */
export const NAMES_REQ_NUMBER = 110;

/** Read a {@link NAMES_REQ} at the reader's position. */
export function readNAMES_REQ(r: Reader): NAMES_REQ {
  const f = F.NAMES_REQ;
  r.messageNumber(110, f.$);
  return {};
}

/** Write a {@link NAMES_REQ}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeNAMES_REQ(w: Writer, v: NAMES_REQInput): void {
  const f = F.NAMES_REQ;
  expectObject(v, f.$);
  w.u8(110, f.$);
}

/**
 * Decode a whole {@link NAMES_REQ}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeNAMES_REQ(bytes: Uint8Array, limits?: DecodeLimits): NAMES_REQ {
  const r = new Reader(bytes, 0, bytes.length, limits, F.NAMES_REQ.$);
  const v = readNAMES_REQ(r);
  r.done(F.NAMES_REQ.$);
  return v;
}

/** Encode a {@link NAMES_REQ}. */
export function encodeNAMES_REQ(v: NAMES_REQInput): Uint8Array {
  const w = new Writer();
  writeNAMES_REQ(w, v);
  return w.finish();
}

/**
 * Not a message (no number byte): epmd's port, then one text line "name N at port P\n" per node,
 * until epmd closes the connection.
 * @see erl_dist_protocol get_all_registered_names_from_epmd
 */
export interface NAMES_RESP {
  epmd_port_no: number;
  node_info: Uint8Array;
}

/** What {@link encodeNAMES_RESP} takes: a {@link NAMES_RESP}, where fields with a default may be left out. */
export interface NAMES_RESPInput {
  epmd_port_no: number;
  node_info: Uint8Array;
}

/** Read a {@link NAMES_RESP} at the reader's position. */
export function readNAMES_RESP(r: Reader): NAMES_RESP {
  const f = F.NAMES_RESP;
  const epmd_port_no = r.u32(f.epmd_port_no);
  const node_info = r.rest();
  return { epmd_port_no, node_info };
}

/** Write a {@link NAMES_RESP}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeNAMES_RESP(w: Writer, v: NAMES_RESPInput): void {
  const f = F.NAMES_RESP;
  expectObject(v, f.$);
  w.u32(v.epmd_port_no, f.epmd_port_no);
  w.raw(v.node_info, f.node_info);
}

/**
 * Decode a whole {@link NAMES_RESP}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeNAMES_RESP(bytes: Uint8Array, limits?: DecodeLimits): NAMES_RESP {
  const r = new Reader(bytes, 0, bytes.length, limits, F.NAMES_RESP.$);
  const v = readNAMES_RESP(r);
  r.done(F.NAMES_RESP.$);
  return v;
}

/** Encode a {@link NAMES_RESP}. */
export function encodeNAMES_RESP(v: NAMES_RESPInput): Uint8Array {
  const w = new Writer();
  writeNAMES_RESP(w, v);
  return w.finish();
}

/**
 * Message number 100.
 * @see erl_dist_protocol dump_all_data_from_epmd
 */
export interface DUMP_REQ {}

/** What {@link encodeDUMP_REQ} takes: a {@link DUMP_REQ}, where fields with a default may be left out. */
export interface DUMP_REQInput {}

/** The message number of {@link DUMP_REQ}. */
export const DUMP_REQ_NUMBER = 100;

/** Read a {@link DUMP_REQ} at the reader's position. */
export function readDUMP_REQ(r: Reader): DUMP_REQ {
  const f = F.DUMP_REQ;
  r.messageNumber(100, f.$);
  return {};
}

/** Write a {@link DUMP_REQ}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeDUMP_REQ(w: Writer, v: DUMP_REQInput): void {
  const f = F.DUMP_REQ;
  expectObject(v, f.$);
  w.u8(100, f.$);
}

/**
 * Decode a whole {@link DUMP_REQ}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeDUMP_REQ(bytes: Uint8Array, limits?: DecodeLimits): DUMP_REQ {
  const r = new Reader(bytes, 0, bytes.length, limits, F.DUMP_REQ.$);
  const v = readDUMP_REQ(r);
  r.done(F.DUMP_REQ.$);
  return v;
}

/** Encode a {@link DUMP_REQ}. */
export function encodeDUMP_REQ(v: DUMP_REQInput): Uint8Array {
  const w = new Writer();
  writeDUMP_REQ(w, v);
  return w.finish();
}

/**
 * Message number 107.
 * @see erl_dist_protocol kill_epmd
 */
export interface KILL_REQ {}

/** What {@link encodeKILL_REQ} takes: a {@link KILL_REQ}, where fields with a default may be left out. */
export interface KILL_REQInput {}

/** The message number of {@link KILL_REQ}. */
export const KILL_REQ_NUMBER = 107;

/** Read a {@link KILL_REQ} at the reader's position. */
export function readKILL_REQ(r: Reader): KILL_REQ {
  const f = F.KILL_REQ;
  r.messageNumber(107, f.$);
  return {};
}

/** Write a {@link KILL_REQ}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeKILL_REQ(w: Writer, v: KILL_REQInput): void {
  const f = F.KILL_REQ;
  expectObject(v, f.$);
  w.u8(107, f.$);
}

/**
 * Decode a whole {@link KILL_REQ}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeKILL_REQ(bytes: Uint8Array, limits?: DecodeLimits): KILL_REQ {
  const r = new Reader(bytes, 0, bytes.length, limits, F.KILL_REQ.$);
  const v = readKILL_REQ(r);
  r.done(F.KILL_REQ.$);
  return v;
}

/** Encode a {@link KILL_REQ}. */
export function encodeKILL_REQ(v: KILL_REQInput): Uint8Array {
  const w = new Writer();
  writeKILL_REQ(w, v);
  return w.finish();
}

/** Where each field is in specs/dist/epmd.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/dist/epmd.spec', {
  EpmdRequestFrame: {
    $: 9,
    request: { line: 8, minLength: 1, maxLength: 2 ** 16 - 1 },
  },
  ALIVE2_REQ: {
    $: 30,
    port_no: 31,
    node_type: 32,
    protocol: 33,
    highest_version: 34,
    lowest_version: 35,
    node_name: { line: 36, minLength: 0, maxLength: 2 ** 16 - 1 },
    extra: { line: 37, minLength: 0, maxLength: 2 ** 16 - 1 },
  },
  ALIVE2_X_RESP: {
    $: 42,
    result: 43,
    creation: 44,
  },
  ALIVE2_RESP: {
    $: 49,
    result: 50,
    creation: 51,
  },
  PORT_PLEASE2_REQ: {
    $: 56,
    node_name: 57,
  },
  PortInfo: {
    $: 69,
    port_no: 62,
    node_type: 63,
    protocol: 64,
    highest_version: 65,
    lowest_version: 66,
    node_name: { line: 67, minLength: 0, maxLength: 2 ** 16 - 1 },
    extra: { line: 68, minLength: 0, maxLength: 2 ** 16 - 1 },
  },
  PORT2_RESP: {
    $: 73,
    result: 74,
    info: 78,
  },
  NAMES_REQ: {
    $: 82,
  },
  NAMES_RESP: {
    $: 93,
    epmd_port_no: 91,
    node_info: 92,
  },
  DUMP_REQ: {
    $: 96,
  },
  KILL_REQ: {
    $: 100,
  },
});
/** The info case -> result: filled in when an encoder's input leaves it out. */
const Port2RespInfoTags = { 0: 0 } as const;
