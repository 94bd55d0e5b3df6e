// Generated from specs/dist/epmd.spec by otpnet-gen. Do not edit.
import { DecodeError, EncodeError, enumName, Reader, Writer } from '@otpnet/wire';

/** @see erl_dist_protocol epmd_protocol */
export interface EpmdRequestFrame {
  /** one of the *_REQ messages below. Wire: <1..65535> bytes. */
  request: Uint8Array;
}

/** Read a {@link EpmdRequestFrame} at the reader's position. */
export function readEpmdRequestFrame(r: Reader): EpmdRequestFrame {
  const request = r.raw(r.vectorLength(2, 1, 65535, 1, 'EpmdRequestFrame.request@specs/dist/epmd.spec:8'), 'EpmdRequestFrame.request@specs/dist/epmd.spec:8');
  return { request };
}

/** Write a {@link EpmdRequestFrame}. */
export function writeEpmdRequestFrame(w: Writer, v: EpmdRequestFrame): void {
  const requestMark = w.beginLength(2);
  w.raw(v.request, 'EpmdRequestFrame.request@specs/dist/epmd.spec:8');
  w.endLength(requestMark, 2, 1, 65535, 1, 'EpmdRequestFrame.request@specs/dist/epmd.spec:8');
}

/** Decode a whole {@link EpmdRequestFrame}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeEpmdRequestFrame(bytes: Uint8Array): EpmdRequestFrame {
  const r = new Reader(bytes);
  const v = readEpmdRequestFrame(r);
  r.done('EpmdRequestFrame@specs/dist/epmd.spec:9');
  return v;
}

/** Encode a {@link EpmdRequestFrame}. */
export function encodeEpmdRequestFrame(v: EpmdRequestFrame): Uint8Array {
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
export const NodeTypeNames: ReadonlyMap<number, string> = new Map(Object.entries(NodeType).map(([k, v]) => [v, k]));

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
export const NodeProtocolNames: ReadonlyMap<number, string> = new Map(Object.entries(NodeProtocol).map(([k, v]) => [v, k]));

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

/** The message number of {@link ALIVE2_REQ}. */
export const ALIVE2_REQ_NUMBER = 120;

/** Read a {@link ALIVE2_REQ} at the reader's position. */
export function readALIVE2_REQ(r: Reader): ALIVE2_REQ {
  const number = r.u8('ALIVE2_REQ@specs/dist/epmd.spec:30');
  if (number !== 120) throw new DecodeError('ALIVE2_REQ@specs/dist/epmd.spec:30', `expected message number 120, got ${number}`);
  const port_no = r.u16('ALIVE2_REQ.port_no@specs/dist/epmd.spec:31');
  const node_type = r.u8('ALIVE2_REQ.node_type@specs/dist/epmd.spec:32');
  const protocol = r.u8('ALIVE2_REQ.protocol@specs/dist/epmd.spec:33');
  const highest_version = r.u16('ALIVE2_REQ.highest_version@specs/dist/epmd.spec:34');
  const lowest_version = r.u16('ALIVE2_REQ.lowest_version@specs/dist/epmd.spec:35');
  const node_name = r.raw(r.vectorLength(2, 0, 65535, 1, 'ALIVE2_REQ.node_name@specs/dist/epmd.spec:36'), 'ALIVE2_REQ.node_name@specs/dist/epmd.spec:36');
  const extra = r.raw(r.vectorLength(2, 0, 65535, 1, 'ALIVE2_REQ.extra@specs/dist/epmd.spec:37'), 'ALIVE2_REQ.extra@specs/dist/epmd.spec:37');
  return { port_no, node_type, protocol, highest_version, lowest_version, node_name, extra };
}

/** Write a {@link ALIVE2_REQ}. */
export function writeALIVE2_REQ(w: Writer, v: ALIVE2_REQ): void {
  w.u8(120, 'ALIVE2_REQ@specs/dist/epmd.spec:30');
  w.u16(v.port_no, 'ALIVE2_REQ.port_no@specs/dist/epmd.spec:31');
  w.u8(v.node_type, 'ALIVE2_REQ.node_type@specs/dist/epmd.spec:32');
  w.u8(v.protocol, 'ALIVE2_REQ.protocol@specs/dist/epmd.spec:33');
  w.u16(v.highest_version, 'ALIVE2_REQ.highest_version@specs/dist/epmd.spec:34');
  w.u16(v.lowest_version, 'ALIVE2_REQ.lowest_version@specs/dist/epmd.spec:35');
  const node_nameMark = w.beginLength(2);
  w.raw(v.node_name, 'ALIVE2_REQ.node_name@specs/dist/epmd.spec:36');
  w.endLength(node_nameMark, 2, 0, 65535, 1, 'ALIVE2_REQ.node_name@specs/dist/epmd.spec:36');
  const extraMark = w.beginLength(2);
  w.raw(v.extra, 'ALIVE2_REQ.extra@specs/dist/epmd.spec:37');
  w.endLength(extraMark, 2, 0, 65535, 1, 'ALIVE2_REQ.extra@specs/dist/epmd.spec:37');
}

/** Decode a whole {@link ALIVE2_REQ}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeALIVE2_REQ(bytes: Uint8Array): ALIVE2_REQ {
  const r = new Reader(bytes);
  const v = readALIVE2_REQ(r);
  r.done('ALIVE2_REQ@specs/dist/epmd.spec:30');
  return v;
}

/** Encode a {@link ALIVE2_REQ}. */
export function encodeALIVE2_REQ(v: ALIVE2_REQ): Uint8Array {
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

/** The message number of {@link ALIVE2_X_RESP}. */
export const ALIVE2_X_RESP_NUMBER = 118;

/** Read a {@link ALIVE2_X_RESP} at the reader's position. */
export function readALIVE2_X_RESP(r: Reader): ALIVE2_X_RESP {
  const number = r.u8('ALIVE2_X_RESP@specs/dist/epmd.spec:42');
  if (number !== 118) throw new DecodeError('ALIVE2_X_RESP@specs/dist/epmd.spec:42', `expected message number 118, got ${number}`);
  const result = r.u8('ALIVE2_X_RESP.result@specs/dist/epmd.spec:43');
  const creation = r.u32('ALIVE2_X_RESP.creation@specs/dist/epmd.spec:44');
  return { result, creation };
}

/** Write a {@link ALIVE2_X_RESP}. */
export function writeALIVE2_X_RESP(w: Writer, v: ALIVE2_X_RESP): void {
  w.u8(118, 'ALIVE2_X_RESP@specs/dist/epmd.spec:42');
  w.u8(v.result, 'ALIVE2_X_RESP.result@specs/dist/epmd.spec:43');
  w.u32(v.creation, 'ALIVE2_X_RESP.creation@specs/dist/epmd.spec:44');
}

/** Decode a whole {@link ALIVE2_X_RESP}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeALIVE2_X_RESP(bytes: Uint8Array): ALIVE2_X_RESP {
  const r = new Reader(bytes);
  const v = readALIVE2_X_RESP(r);
  r.done('ALIVE2_X_RESP@specs/dist/epmd.spec:42');
  return v;
}

/** Encode a {@link ALIVE2_X_RESP}. */
export function encodeALIVE2_X_RESP(v: ALIVE2_X_RESP): Uint8Array {
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

/** The message number of {@link ALIVE2_RESP}. */
export const ALIVE2_RESP_NUMBER = 121;

/** Read a {@link ALIVE2_RESP} at the reader's position. */
export function readALIVE2_RESP(r: Reader): ALIVE2_RESP {
  const number = r.u8('ALIVE2_RESP@specs/dist/epmd.spec:49');
  if (number !== 121) throw new DecodeError('ALIVE2_RESP@specs/dist/epmd.spec:49', `expected message number 121, got ${number}`);
  const result = r.u8('ALIVE2_RESP.result@specs/dist/epmd.spec:50');
  const creation = r.u16('ALIVE2_RESP.creation@specs/dist/epmd.spec:51');
  return { result, creation };
}

/** Write a {@link ALIVE2_RESP}. */
export function writeALIVE2_RESP(w: Writer, v: ALIVE2_RESP): void {
  w.u8(121, 'ALIVE2_RESP@specs/dist/epmd.spec:49');
  w.u8(v.result, 'ALIVE2_RESP.result@specs/dist/epmd.spec:50');
  w.u16(v.creation, 'ALIVE2_RESP.creation@specs/dist/epmd.spec:51');
}

/** Decode a whole {@link ALIVE2_RESP}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeALIVE2_RESP(bytes: Uint8Array): ALIVE2_RESP {
  const r = new Reader(bytes);
  const v = readALIVE2_RESP(r);
  r.done('ALIVE2_RESP@specs/dist/epmd.spec:49');
  return v;
}

/** Encode a {@link ALIVE2_RESP}. */
export function encodeALIVE2_RESP(v: ALIVE2_RESP): Uint8Array {
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

/** The message number of {@link PORT_PLEASE2_REQ}. */
export const PORT_PLEASE2_REQ_NUMBER = 122;

/** Read a {@link PORT_PLEASE2_REQ} at the reader's position. */
export function readPORT_PLEASE2_REQ(r: Reader): PORT_PLEASE2_REQ {
  const number = r.u8('PORT_PLEASE2_REQ@specs/dist/epmd.spec:56');
  if (number !== 122) throw new DecodeError('PORT_PLEASE2_REQ@specs/dist/epmd.spec:56', `expected message number 122, got ${number}`);
  const node_name = r.rest();
  return { node_name };
}

/** Write a {@link PORT_PLEASE2_REQ}. */
export function writePORT_PLEASE2_REQ(w: Writer, v: PORT_PLEASE2_REQ): void {
  w.u8(122, 'PORT_PLEASE2_REQ@specs/dist/epmd.spec:56');
  w.raw(v.node_name, 'PORT_PLEASE2_REQ.node_name@specs/dist/epmd.spec:57');
}

/** Decode a whole {@link PORT_PLEASE2_REQ}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePORT_PLEASE2_REQ(bytes: Uint8Array): PORT_PLEASE2_REQ {
  const r = new Reader(bytes);
  const v = readPORT_PLEASE2_REQ(r);
  r.done('PORT_PLEASE2_REQ@specs/dist/epmd.spec:56');
  return v;
}

/** Encode a {@link PORT_PLEASE2_REQ}. */
export function encodePORT_PLEASE2_REQ(v: PORT_PLEASE2_REQ): Uint8Array {
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

/** Read a {@link PortInfo} at the reader's position. */
export function readPortInfo(r: Reader): PortInfo {
  const port_no = r.u16('PortInfo.port_no@specs/dist/epmd.spec:62');
  const node_type = r.u8('PortInfo.node_type@specs/dist/epmd.spec:63');
  const protocol = r.u8('PortInfo.protocol@specs/dist/epmd.spec:64');
  const highest_version = r.u16('PortInfo.highest_version@specs/dist/epmd.spec:65');
  const lowest_version = r.u16('PortInfo.lowest_version@specs/dist/epmd.spec:66');
  const node_name = r.raw(r.vectorLength(2, 0, 65535, 1, 'PortInfo.node_name@specs/dist/epmd.spec:67'), 'PortInfo.node_name@specs/dist/epmd.spec:67');
  const extra = r.raw(r.vectorLength(2, 0, 65535, 1, 'PortInfo.extra@specs/dist/epmd.spec:68'), 'PortInfo.extra@specs/dist/epmd.spec:68');
  return { port_no, node_type, protocol, highest_version, lowest_version, node_name, extra };
}

/** Write a {@link PortInfo}. */
export function writePortInfo(w: Writer, v: PortInfo): void {
  w.u16(v.port_no, 'PortInfo.port_no@specs/dist/epmd.spec:62');
  w.u8(v.node_type, 'PortInfo.node_type@specs/dist/epmd.spec:63');
  w.u8(v.protocol, 'PortInfo.protocol@specs/dist/epmd.spec:64');
  w.u16(v.highest_version, 'PortInfo.highest_version@specs/dist/epmd.spec:65');
  w.u16(v.lowest_version, 'PortInfo.lowest_version@specs/dist/epmd.spec:66');
  const node_nameMark = w.beginLength(2);
  w.raw(v.node_name, 'PortInfo.node_name@specs/dist/epmd.spec:67');
  w.endLength(node_nameMark, 2, 0, 65535, 1, 'PortInfo.node_name@specs/dist/epmd.spec:67');
  const extraMark = w.beginLength(2);
  w.raw(v.extra, 'PortInfo.extra@specs/dist/epmd.spec:68');
  w.endLength(extraMark, 2, 0, 65535, 1, 'PortInfo.extra@specs/dist/epmd.spec:68');
}

/** Decode a whole {@link PortInfo}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePortInfo(bytes: Uint8Array): PortInfo {
  const r = new Reader(bytes);
  const v = readPortInfo(r);
  r.done('PortInfo@specs/dist/epmd.spec:69');
  return v;
}

/** Encode a {@link PortInfo}. */
export function encodePortInfo(v: PortInfo): Uint8Array {
  const w = new Writer();
  writePortInfo(w, v);
  return w.finish();
}

/** The variants of PORT2_RESP.info, keyed by result. */
export type PORT2_RESPInfo = { case: 0; value: PortInfo } | { case: undefined; value: Uint8Array };

/**
 * result 0: the node's port and versions follow; result > 0: the node is not registered.
 * Message number 119.
 * @see erl_dist_protocol get_the_distribution_port_of_another_node
 */
export interface PORT2_RESP {
  result: number;
  info: PORT2_RESPInfo;
}

/** The message number of {@link PORT2_RESP}. */
export const PORT2_RESP_NUMBER = 119;

/** Read a {@link PORT2_RESP} at the reader's position. */
export function readPORT2_RESP(r: Reader): PORT2_RESP {
  const number = r.u8('PORT2_RESP@specs/dist/epmd.spec:73');
  if (number !== 119) throw new DecodeError('PORT2_RESP@specs/dist/epmd.spec:73', `expected message number 119, got ${number}`);
  const result = r.u8('PORT2_RESP.result@specs/dist/epmd.spec:74');
  let info: PORT2_RESPInfo;
  switch (result) {
    case 0:
      info = { case: 0, value: readPortInfo(r) };
      break;
    default:
      info = { case: undefined, value: r.rest() };
      break;
  }
  return { result, info };
}

/** Write a {@link PORT2_RESP}. */
export function writePORT2_RESP(w: Writer, v: PORT2_RESP): void {
  w.u8(119, 'PORT2_RESP@specs/dist/epmd.spec:73');
  w.u8(v.result, 'PORT2_RESP.result@specs/dist/epmd.spec:74');
  const info = v.info;
  switch (info.case) {
    case 0:
      if (v.result !== 0) throw new EncodeError('PORT2_RESP.info@specs/dist/epmd.spec:78', `case 0 needs result = 0, got ${String(v.result)}`);
      writePortInfo(w, info.value);
      break;
    case undefined:
      w.raw(info.value, 'PORT2_RESP.info@specs/dist/epmd.spec:78');
      break;
    default:
      throw new EncodeError('PORT2_RESP.info@specs/dist/epmd.spec:78', `unknown case ${String((info as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link PORT2_RESP}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePORT2_RESP(bytes: Uint8Array): PORT2_RESP {
  const r = new Reader(bytes);
  const v = readPORT2_RESP(r);
  r.done('PORT2_RESP@specs/dist/epmd.spec:73');
  return v;
}

/** Encode a {@link PORT2_RESP}. */
export function encodePORT2_RESP(v: PORT2_RESP): Uint8Array {
  const w = new Writer();
  writePORT2_RESP(w, v);
  return w.finish();
}

/**
 * Message number 110.
 * @see erl_dist_protocol get_all_registered_names_from_epmd
 */
export interface NAMES_REQ {
}

/** The message number of {@link NAMES_REQ}. */
export const NAMES_REQ_NUMBER = 110;

/** Read a {@link NAMES_REQ} at the reader's position. */
export function readNAMES_REQ(r: Reader): NAMES_REQ {
  const number = r.u8('NAMES_REQ@specs/dist/epmd.spec:82');
  if (number !== 110) throw new DecodeError('NAMES_REQ@specs/dist/epmd.spec:82', `expected message number 110, got ${number}`);
  return {};
}

/** Write a {@link NAMES_REQ}. */
export function writeNAMES_REQ(w: Writer, v: NAMES_REQ): void {
  w.u8(110, 'NAMES_REQ@specs/dist/epmd.spec:82');
}

/** Decode a whole {@link NAMES_REQ}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeNAMES_REQ(bytes: Uint8Array): NAMES_REQ {
  const r = new Reader(bytes);
  const v = readNAMES_REQ(r);
  r.done('NAMES_REQ@specs/dist/epmd.spec:82');
  return v;
}

/** Encode a {@link NAMES_REQ}. */
export function encodeNAMES_REQ(v: NAMES_REQ): Uint8Array {
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

/** Read a {@link NAMES_RESP} at the reader's position. */
export function readNAMES_RESP(r: Reader): NAMES_RESP {
  const epmd_port_no = r.u32('NAMES_RESP.epmd_port_no@specs/dist/epmd.spec:91');
  const node_info = r.rest();
  return { epmd_port_no, node_info };
}

/** Write a {@link NAMES_RESP}. */
export function writeNAMES_RESP(w: Writer, v: NAMES_RESP): void {
  w.u32(v.epmd_port_no, 'NAMES_RESP.epmd_port_no@specs/dist/epmd.spec:91');
  w.raw(v.node_info, 'NAMES_RESP.node_info@specs/dist/epmd.spec:92');
}

/** Decode a whole {@link NAMES_RESP}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeNAMES_RESP(bytes: Uint8Array): NAMES_RESP {
  const r = new Reader(bytes);
  const v = readNAMES_RESP(r);
  r.done('NAMES_RESP@specs/dist/epmd.spec:93');
  return v;
}

/** Encode a {@link NAMES_RESP}. */
export function encodeNAMES_RESP(v: NAMES_RESP): Uint8Array {
  const w = new Writer();
  writeNAMES_RESP(w, v);
  return w.finish();
}

/**
 * Message number 100.
 * @see erl_dist_protocol dump_all_data_from_epmd
 */
export interface DUMP_REQ {
}

/** The message number of {@link DUMP_REQ}. */
export const DUMP_REQ_NUMBER = 100;

/** Read a {@link DUMP_REQ} at the reader's position. */
export function readDUMP_REQ(r: Reader): DUMP_REQ {
  const number = r.u8('DUMP_REQ@specs/dist/epmd.spec:96');
  if (number !== 100) throw new DecodeError('DUMP_REQ@specs/dist/epmd.spec:96', `expected message number 100, got ${number}`);
  return {};
}

/** Write a {@link DUMP_REQ}. */
export function writeDUMP_REQ(w: Writer, v: DUMP_REQ): void {
  w.u8(100, 'DUMP_REQ@specs/dist/epmd.spec:96');
}

/** Decode a whole {@link DUMP_REQ}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeDUMP_REQ(bytes: Uint8Array): DUMP_REQ {
  const r = new Reader(bytes);
  const v = readDUMP_REQ(r);
  r.done('DUMP_REQ@specs/dist/epmd.spec:96');
  return v;
}

/** Encode a {@link DUMP_REQ}. */
export function encodeDUMP_REQ(v: DUMP_REQ): Uint8Array {
  const w = new Writer();
  writeDUMP_REQ(w, v);
  return w.finish();
}

/**
 * Message number 107.
 * @see erl_dist_protocol kill_epmd
 */
export interface KILL_REQ {
}

/** The message number of {@link KILL_REQ}. */
export const KILL_REQ_NUMBER = 107;

/** Read a {@link KILL_REQ} at the reader's position. */
export function readKILL_REQ(r: Reader): KILL_REQ {
  const number = r.u8('KILL_REQ@specs/dist/epmd.spec:100');
  if (number !== 107) throw new DecodeError('KILL_REQ@specs/dist/epmd.spec:100', `expected message number 107, got ${number}`);
  return {};
}

/** Write a {@link KILL_REQ}. */
export function writeKILL_REQ(w: Writer, v: KILL_REQ): void {
  w.u8(107, 'KILL_REQ@specs/dist/epmd.spec:100');
}

/** Decode a whole {@link KILL_REQ}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeKILL_REQ(bytes: Uint8Array): KILL_REQ {
  const r = new Reader(bytes);
  const v = readKILL_REQ(r);
  r.done('KILL_REQ@specs/dist/epmd.spec:100');
  return v;
}

/** Encode a {@link KILL_REQ}. */
export function encodeKILL_REQ(v: KILL_REQ): Uint8Array {
  const w = new Writer();
  writeKILL_REQ(w, v);
  return w.finish();
}
