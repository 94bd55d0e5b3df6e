// Generated from specs/ssh/connection.spec by otpnet-gen. Do not edit.
import { DecodeError, EncodeError, enumName, Reader, Writer } from '@otpnet/wire';

/**
 * No type-specific data: the "session" channel type, the "shell" request and the OpenSSH keepalives.
 * @see RFC 4254 §6.1
 */
export interface Empty {
}

/** Read a {@link Empty} at the reader's position. */
export function readEmpty(r: Reader): Empty {
  return {};
}

/** Write a {@link Empty}. */
export function writeEmpty(w: Writer, v: Empty): void {

}

/** Decode a whole {@link Empty}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeEmpty(bytes: Uint8Array): Empty {
  const r = new Reader(bytes);
  const v = readEmpty(r);
  r.done('Empty@specs/ssh/connection.spec:9');
  return v;
}

/** Encode a {@link Empty}. */
export function encodeEmpty(v: Empty): Uint8Array {
  const w = new Writer();
  writeEmpty(w, v);
  return w.finish();
}

/** The variants of SSH_MSG_GLOBAL_REQUEST.request_specific_data, keyed by request_name. */
export type SSH_MSG_GLOBAL_REQUESTRequestSpecificData = { case: "tcpip-forward"; value: SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward } | { case: "cancel-tcpip-forward"; value: SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward } | { case: "keepalive@openssh.com"; value: Empty } | { case: undefined; value: Uint8Array };

/**
 * Message number 80.
 * @see RFC 4254 §4
 */
export interface SSH_MSG_GLOBAL_REQUEST {
  request_name: string;
  want_reply: boolean;
  request_specific_data: SSH_MSG_GLOBAL_REQUESTRequestSpecificData;
}

/** The message number of {@link SSH_MSG_GLOBAL_REQUEST}. */
export const SSH_MSG_GLOBAL_REQUEST_NUMBER = 80;

/** Read a {@link SSH_MSG_GLOBAL_REQUEST} at the reader's position. */
export function readSSH_MSG_GLOBAL_REQUEST(r: Reader): SSH_MSG_GLOBAL_REQUEST {
  const number = r.u8('SSH_MSG_GLOBAL_REQUEST@specs/ssh/connection.spec:14');
  if (number !== 80) throw new DecodeError('SSH_MSG_GLOBAL_REQUEST@specs/ssh/connection.spec:14', `expected message number 80, got ${number}`);
  const request_name = r.sshUtf8('SSH_MSG_GLOBAL_REQUEST.request_name@specs/ssh/connection.spec:15');
  const want_reply = r.bool('SSH_MSG_GLOBAL_REQUEST.want_reply@specs/ssh/connection.spec:16');
  let request_specific_data: SSH_MSG_GLOBAL_REQUESTRequestSpecificData;
  switch (request_name) {
    case "tcpip-forward":
      request_specific_data = { case: "tcpip-forward", value: readSSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward(r) };
      break;
    case "cancel-tcpip-forward":
      request_specific_data = { case: "cancel-tcpip-forward", value: readSSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward(r) };
      break;
    case "keepalive@openssh.com":
      request_specific_data = { case: "keepalive@openssh.com", value: readEmpty(r) };
      break;
    default:
      request_specific_data = { case: undefined, value: r.rest() };
      break;
  }
  return { request_name, want_reply, request_specific_data };
}

/** Write a {@link SSH_MSG_GLOBAL_REQUEST}. */
export function writeSSH_MSG_GLOBAL_REQUEST(w: Writer, v: SSH_MSG_GLOBAL_REQUEST): void {
  w.u8(80, 'SSH_MSG_GLOBAL_REQUEST@specs/ssh/connection.spec:14');
  w.sshUtf8(v.request_name, 'SSH_MSG_GLOBAL_REQUEST.request_name@specs/ssh/connection.spec:15');
  w.bool(v.want_reply, 'SSH_MSG_GLOBAL_REQUEST.want_reply@specs/ssh/connection.spec:16');
  const request_specific_data = v.request_specific_data;
  switch (request_specific_data.case) {
    case "tcpip-forward":
      if (v.request_name !== "tcpip-forward") throw new EncodeError('SSH_MSG_GLOBAL_REQUEST.request_specific_data@specs/ssh/connection.spec:23', `case tcpip-forward needs request_name = tcpip-forward, got ${String(v.request_name)}`);
      writeSSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward(w, request_specific_data.value);
      break;
    case "cancel-tcpip-forward":
      if (v.request_name !== "cancel-tcpip-forward") throw new EncodeError('SSH_MSG_GLOBAL_REQUEST.request_specific_data@specs/ssh/connection.spec:23', `case cancel-tcpip-forward needs request_name = cancel-tcpip-forward, got ${String(v.request_name)}`);
      writeSSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward(w, request_specific_data.value);
      break;
    case "keepalive@openssh.com":
      if (v.request_name !== "keepalive@openssh.com") throw new EncodeError('SSH_MSG_GLOBAL_REQUEST.request_specific_data@specs/ssh/connection.spec:23', `case keepalive@openssh.com needs request_name = keepalive@openssh.com, got ${String(v.request_name)}`);
      writeEmpty(w, request_specific_data.value);
      break;
    case undefined:
      w.raw(request_specific_data.value, 'SSH_MSG_GLOBAL_REQUEST.request_specific_data@specs/ssh/connection.spec:23');
      break;
    default:
      throw new EncodeError('SSH_MSG_GLOBAL_REQUEST.request_specific_data@specs/ssh/connection.spec:23', `unknown case ${String((request_specific_data as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link SSH_MSG_GLOBAL_REQUEST}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_GLOBAL_REQUEST(bytes: Uint8Array): SSH_MSG_GLOBAL_REQUEST {
  const r = new Reader(bytes);
  const v = readSSH_MSG_GLOBAL_REQUEST(r);
  r.done('SSH_MSG_GLOBAL_REQUEST@specs/ssh/connection.spec:14');
  return v;
}

/** Encode a {@link SSH_MSG_GLOBAL_REQUEST}. */
export function encodeSSH_MSG_GLOBAL_REQUEST(v: SSH_MSG_GLOBAL_REQUEST): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_GLOBAL_REQUEST(w, v);
  return w.finish();
}

/**
 * The "tcpip-forward" / "cancel-tcpip-forward" arm of SSH_MSG_GLOBAL_REQUEST.request_specific_data.
 * @see RFC 4254 §4
 */
export interface SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward {
  /** e.g. "0.0.0.0", "localhost", "" for all. */
  address_to_bind: string;
  /** 0: the server picks one and replies with it. */
  port_number_to_bind: number;
}

/** Read a {@link SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward} at the reader's position. */
export function readSSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward(r: Reader): SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward {
  const address_to_bind = r.sshUtf8('SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward.address_to_bind@specs/ssh/connection.spec:19');
  const port_number_to_bind = r.u32('SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward.port_number_to_bind@specs/ssh/connection.spec:20');
  return { address_to_bind, port_number_to_bind };
}

/** Write a {@link SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward}. */
export function writeSSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward(w: Writer, v: SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward): void {
  w.sshUtf8(v.address_to_bind, 'SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward.address_to_bind@specs/ssh/connection.spec:19');
  w.u32(v.port_number_to_bind, 'SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward.port_number_to_bind@specs/ssh/connection.spec:20');
}

/** Decode a whole {@link SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward(bytes: Uint8Array): SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward {
  const r = new Reader(bytes);
  const v = readSSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward(r);
  r.done('SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward@specs/ssh/connection.spec:18');
  return v;
}

/** Encode a {@link SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward}. */
export function encodeSSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward(v: SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward(w, v);
  return w.finish();
}

/**
 * The data depends on the request answered: for "tcpip-forward" with port 0 it is the uint32 port
 * the server bound (section 7.1); otherwise it is empty. The runtime knows which request this
 * answers; the codec keeps the bytes.
 * Message number 81.
 * @see RFC 4254 §4
 */
export interface SSH_MSG_REQUEST_SUCCESS {
  response_specific_data: Uint8Array;
}

/** The message number of {@link SSH_MSG_REQUEST_SUCCESS}. */
export const SSH_MSG_REQUEST_SUCCESS_NUMBER = 81;

/** Read a {@link SSH_MSG_REQUEST_SUCCESS} at the reader's position. */
export function readSSH_MSG_REQUEST_SUCCESS(r: Reader): SSH_MSG_REQUEST_SUCCESS {
  const number = r.u8('SSH_MSG_REQUEST_SUCCESS@specs/ssh/connection.spec:32');
  if (number !== 81) throw new DecodeError('SSH_MSG_REQUEST_SUCCESS@specs/ssh/connection.spec:32', `expected message number 81, got ${number}`);
  const response_specific_data = r.rest();
  return { response_specific_data };
}

/** Write a {@link SSH_MSG_REQUEST_SUCCESS}. */
export function writeSSH_MSG_REQUEST_SUCCESS(w: Writer, v: SSH_MSG_REQUEST_SUCCESS): void {
  w.u8(81, 'SSH_MSG_REQUEST_SUCCESS@specs/ssh/connection.spec:32');
  w.raw(v.response_specific_data, 'SSH_MSG_REQUEST_SUCCESS.response_specific_data@specs/ssh/connection.spec:33');
}

/** Decode a whole {@link SSH_MSG_REQUEST_SUCCESS}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_REQUEST_SUCCESS(bytes: Uint8Array): SSH_MSG_REQUEST_SUCCESS {
  const r = new Reader(bytes);
  const v = readSSH_MSG_REQUEST_SUCCESS(r);
  r.done('SSH_MSG_REQUEST_SUCCESS@specs/ssh/connection.spec:32');
  return v;
}

/** Encode a {@link SSH_MSG_REQUEST_SUCCESS}. */
export function encodeSSH_MSG_REQUEST_SUCCESS(v: SSH_MSG_REQUEST_SUCCESS): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_REQUEST_SUCCESS(w, v);
  return w.finish();
}

/**
 * Message number 82.
 * @see RFC 4254 §4
 */
export interface SSH_MSG_REQUEST_FAILURE {
}

/** The message number of {@link SSH_MSG_REQUEST_FAILURE}. */
export const SSH_MSG_REQUEST_FAILURE_NUMBER = 82;

/** Read a {@link SSH_MSG_REQUEST_FAILURE} at the reader's position. */
export function readSSH_MSG_REQUEST_FAILURE(r: Reader): SSH_MSG_REQUEST_FAILURE {
  const number = r.u8('SSH_MSG_REQUEST_FAILURE@specs/ssh/connection.spec:37');
  if (number !== 82) throw new DecodeError('SSH_MSG_REQUEST_FAILURE@specs/ssh/connection.spec:37', `expected message number 82, got ${number}`);
  return {};
}

/** Write a {@link SSH_MSG_REQUEST_FAILURE}. */
export function writeSSH_MSG_REQUEST_FAILURE(w: Writer, v: SSH_MSG_REQUEST_FAILURE): void {
  w.u8(82, 'SSH_MSG_REQUEST_FAILURE@specs/ssh/connection.spec:37');
}

/** Decode a whole {@link SSH_MSG_REQUEST_FAILURE}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_REQUEST_FAILURE(bytes: Uint8Array): SSH_MSG_REQUEST_FAILURE {
  const r = new Reader(bytes);
  const v = readSSH_MSG_REQUEST_FAILURE(r);
  r.done('SSH_MSG_REQUEST_FAILURE@specs/ssh/connection.spec:37');
  return v;
}

/** Encode a {@link SSH_MSG_REQUEST_FAILURE}. */
export function encodeSSH_MSG_REQUEST_FAILURE(v: SSH_MSG_REQUEST_FAILURE): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_REQUEST_FAILURE(w, v);
  return w.finish();
}

/** The variants of SSH_MSG_CHANNEL_OPEN.channel_type_specific_data, keyed by channel_type. */
export type SSH_MSG_CHANNEL_OPENChannelTypeSpecificData = { case: "session"; value: Empty } | { case: "x11"; value: SSH_MSG_CHANNEL_OPENX11 } | { case: "forwarded-tcpip"; value: SSH_MSG_CHANNEL_OPENForwardedTcpip } | { case: "direct-tcpip"; value: SSH_MSG_CHANNEL_OPENDirectTcpip } | { case: undefined; value: Uint8Array };

/**
 * "forwarded-tcpip" is a connection to a port forwarded with "tcpip-forward", opened by the
 * server; "direct-tcpip" a local port forwarding, opened by the client (section 7.2).
 * Message number 90.
 * @see RFC 4254 §5.1
 */
export interface SSH_MSG_CHANNEL_OPEN {
  channel_type: string;
  sender_channel: number;
  initial_window_size: number;
  maximum_packet_size: number;
  channel_type_specific_data: SSH_MSG_CHANNEL_OPENChannelTypeSpecificData;
}

/** The message number of {@link SSH_MSG_CHANNEL_OPEN}. */
export const SSH_MSG_CHANNEL_OPEN_NUMBER = 90;

/** Read a {@link SSH_MSG_CHANNEL_OPEN} at the reader's position. */
export function readSSH_MSG_CHANNEL_OPEN(r: Reader): SSH_MSG_CHANNEL_OPEN {
  const number = r.u8('SSH_MSG_CHANNEL_OPEN@specs/ssh/connection.spec:47');
  if (number !== 90) throw new DecodeError('SSH_MSG_CHANNEL_OPEN@specs/ssh/connection.spec:47', `expected message number 90, got ${number}`);
  const channel_type = r.sshUtf8('SSH_MSG_CHANNEL_OPEN.channel_type@specs/ssh/connection.spec:48');
  const sender_channel = r.u32('SSH_MSG_CHANNEL_OPEN.sender_channel@specs/ssh/connection.spec:49');
  const initial_window_size = r.u32('SSH_MSG_CHANNEL_OPEN.initial_window_size@specs/ssh/connection.spec:50');
  const maximum_packet_size = r.u32('SSH_MSG_CHANNEL_OPEN.maximum_packet_size@specs/ssh/connection.spec:51');
  let channel_type_specific_data: SSH_MSG_CHANNEL_OPENChannelTypeSpecificData;
  switch (channel_type) {
    case "session":
      channel_type_specific_data = { case: "session", value: readEmpty(r) };
      break;
    case "x11":
      channel_type_specific_data = { case: "x11", value: readSSH_MSG_CHANNEL_OPENX11(r) };
      break;
    case "forwarded-tcpip":
      channel_type_specific_data = { case: "forwarded-tcpip", value: readSSH_MSG_CHANNEL_OPENForwardedTcpip(r) };
      break;
    case "direct-tcpip":
      channel_type_specific_data = { case: "direct-tcpip", value: readSSH_MSG_CHANNEL_OPENDirectTcpip(r) };
      break;
    default:
      channel_type_specific_data = { case: undefined, value: r.rest() };
      break;
  }
  return { channel_type, sender_channel, initial_window_size, maximum_packet_size, channel_type_specific_data };
}

/** Write a {@link SSH_MSG_CHANNEL_OPEN}. */
export function writeSSH_MSG_CHANNEL_OPEN(w: Writer, v: SSH_MSG_CHANNEL_OPEN): void {
  w.u8(90, 'SSH_MSG_CHANNEL_OPEN@specs/ssh/connection.spec:47');
  w.sshUtf8(v.channel_type, 'SSH_MSG_CHANNEL_OPEN.channel_type@specs/ssh/connection.spec:48');
  w.u32(v.sender_channel, 'SSH_MSG_CHANNEL_OPEN.sender_channel@specs/ssh/connection.spec:49');
  w.u32(v.initial_window_size, 'SSH_MSG_CHANNEL_OPEN.initial_window_size@specs/ssh/connection.spec:50');
  w.u32(v.maximum_packet_size, 'SSH_MSG_CHANNEL_OPEN.maximum_packet_size@specs/ssh/connection.spec:51');
  const channel_type_specific_data = v.channel_type_specific_data;
  switch (channel_type_specific_data.case) {
    case "session":
      if (v.channel_type !== "session") throw new EncodeError('SSH_MSG_CHANNEL_OPEN.channel_type_specific_data@specs/ssh/connection.spec:70', `case session needs channel_type = session, got ${String(v.channel_type)}`);
      writeEmpty(w, channel_type_specific_data.value);
      break;
    case "x11":
      if (v.channel_type !== "x11") throw new EncodeError('SSH_MSG_CHANNEL_OPEN.channel_type_specific_data@specs/ssh/connection.spec:70', `case x11 needs channel_type = x11, got ${String(v.channel_type)}`);
      writeSSH_MSG_CHANNEL_OPENX11(w, channel_type_specific_data.value);
      break;
    case "forwarded-tcpip":
      if (v.channel_type !== "forwarded-tcpip") throw new EncodeError('SSH_MSG_CHANNEL_OPEN.channel_type_specific_data@specs/ssh/connection.spec:70', `case forwarded-tcpip needs channel_type = forwarded-tcpip, got ${String(v.channel_type)}`);
      writeSSH_MSG_CHANNEL_OPENForwardedTcpip(w, channel_type_specific_data.value);
      break;
    case "direct-tcpip":
      if (v.channel_type !== "direct-tcpip") throw new EncodeError('SSH_MSG_CHANNEL_OPEN.channel_type_specific_data@specs/ssh/connection.spec:70', `case direct-tcpip needs channel_type = direct-tcpip, got ${String(v.channel_type)}`);
      writeSSH_MSG_CHANNEL_OPENDirectTcpip(w, channel_type_specific_data.value);
      break;
    case undefined:
      w.raw(channel_type_specific_data.value, 'SSH_MSG_CHANNEL_OPEN.channel_type_specific_data@specs/ssh/connection.spec:70');
      break;
    default:
      throw new EncodeError('SSH_MSG_CHANNEL_OPEN.channel_type_specific_data@specs/ssh/connection.spec:70', `unknown case ${String((channel_type_specific_data as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link SSH_MSG_CHANNEL_OPEN}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_OPEN(bytes: Uint8Array): SSH_MSG_CHANNEL_OPEN {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_OPEN(r);
  r.done('SSH_MSG_CHANNEL_OPEN@specs/ssh/connection.spec:47');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_OPEN}. */
export function encodeSSH_MSG_CHANNEL_OPEN(v: SSH_MSG_CHANNEL_OPEN): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_OPEN(w, v);
  return w.finish();
}

/**
 * The "x11" arm of SSH_MSG_CHANNEL_OPEN.channel_type_specific_data.
 * @see RFC 4254 §5.1
 */
export interface SSH_MSG_CHANNEL_OPENX11 {
  /** e.g. "192.168.7.38". */
  originator_address: string;
  originator_port: number;
}

/** Read a {@link SSH_MSG_CHANNEL_OPENX11} at the reader's position. */
export function readSSH_MSG_CHANNEL_OPENX11(r: Reader): SSH_MSG_CHANNEL_OPENX11 {
  const originator_address = r.sshUtf8('SSH_MSG_CHANNEL_OPENX11.originator_address@specs/ssh/connection.spec:56');
  const originator_port = r.u32('SSH_MSG_CHANNEL_OPENX11.originator_port@specs/ssh/connection.spec:57');
  return { originator_address, originator_port };
}

/** Write a {@link SSH_MSG_CHANNEL_OPENX11}. */
export function writeSSH_MSG_CHANNEL_OPENX11(w: Writer, v: SSH_MSG_CHANNEL_OPENX11): void {
  w.sshUtf8(v.originator_address, 'SSH_MSG_CHANNEL_OPENX11.originator_address@specs/ssh/connection.spec:56');
  w.u32(v.originator_port, 'SSH_MSG_CHANNEL_OPENX11.originator_port@specs/ssh/connection.spec:57');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_OPENX11}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_OPENX11(bytes: Uint8Array): SSH_MSG_CHANNEL_OPENX11 {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_OPENX11(r);
  r.done('SSH_MSG_CHANNEL_OPENX11@specs/ssh/connection.spec:55');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_OPENX11}. */
export function encodeSSH_MSG_CHANNEL_OPENX11(v: SSH_MSG_CHANNEL_OPENX11): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_OPENX11(w, v);
  return w.finish();
}

/**
 * The "forwarded-tcpip" arm of SSH_MSG_CHANNEL_OPEN.channel_type_specific_data.
 * @see RFC 4254 §5.1
 */
export interface SSH_MSG_CHANNEL_OPENForwardedTcpip {
  address_that_was_connected: string;
  port_that_was_connected: number;
  originator_ip_address: string;
  originator_port: number;
}

/** Read a {@link SSH_MSG_CHANNEL_OPENForwardedTcpip} at the reader's position. */
export function readSSH_MSG_CHANNEL_OPENForwardedTcpip(r: Reader): SSH_MSG_CHANNEL_OPENForwardedTcpip {
  const address_that_was_connected = r.sshUtf8('SSH_MSG_CHANNEL_OPENForwardedTcpip.address_that_was_connected@specs/ssh/connection.spec:59');
  const port_that_was_connected = r.u32('SSH_MSG_CHANNEL_OPENForwardedTcpip.port_that_was_connected@specs/ssh/connection.spec:60');
  const originator_ip_address = r.sshUtf8('SSH_MSG_CHANNEL_OPENForwardedTcpip.originator_ip_address@specs/ssh/connection.spec:61');
  const originator_port = r.u32('SSH_MSG_CHANNEL_OPENForwardedTcpip.originator_port@specs/ssh/connection.spec:62');
  return { address_that_was_connected, port_that_was_connected, originator_ip_address, originator_port };
}

/** Write a {@link SSH_MSG_CHANNEL_OPENForwardedTcpip}. */
export function writeSSH_MSG_CHANNEL_OPENForwardedTcpip(w: Writer, v: SSH_MSG_CHANNEL_OPENForwardedTcpip): void {
  w.sshUtf8(v.address_that_was_connected, 'SSH_MSG_CHANNEL_OPENForwardedTcpip.address_that_was_connected@specs/ssh/connection.spec:59');
  w.u32(v.port_that_was_connected, 'SSH_MSG_CHANNEL_OPENForwardedTcpip.port_that_was_connected@specs/ssh/connection.spec:60');
  w.sshUtf8(v.originator_ip_address, 'SSH_MSG_CHANNEL_OPENForwardedTcpip.originator_ip_address@specs/ssh/connection.spec:61');
  w.u32(v.originator_port, 'SSH_MSG_CHANNEL_OPENForwardedTcpip.originator_port@specs/ssh/connection.spec:62');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_OPENForwardedTcpip}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_OPENForwardedTcpip(bytes: Uint8Array): SSH_MSG_CHANNEL_OPENForwardedTcpip {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_OPENForwardedTcpip(r);
  r.done('SSH_MSG_CHANNEL_OPENForwardedTcpip@specs/ssh/connection.spec:58');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_OPENForwardedTcpip}. */
export function encodeSSH_MSG_CHANNEL_OPENForwardedTcpip(v: SSH_MSG_CHANNEL_OPENForwardedTcpip): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_OPENForwardedTcpip(w, v);
  return w.finish();
}

/**
 * The "direct-tcpip" arm of SSH_MSG_CHANNEL_OPEN.channel_type_specific_data.
 * @see RFC 4254 §5.1
 */
export interface SSH_MSG_CHANNEL_OPENDirectTcpip {
  host_to_connect: string;
  port_to_connect: number;
  originator_ip_address: string;
  originator_port: number;
}

/** Read a {@link SSH_MSG_CHANNEL_OPENDirectTcpip} at the reader's position. */
export function readSSH_MSG_CHANNEL_OPENDirectTcpip(r: Reader): SSH_MSG_CHANNEL_OPENDirectTcpip {
  const host_to_connect = r.sshUtf8('SSH_MSG_CHANNEL_OPENDirectTcpip.host_to_connect@specs/ssh/connection.spec:64');
  const port_to_connect = r.u32('SSH_MSG_CHANNEL_OPENDirectTcpip.port_to_connect@specs/ssh/connection.spec:65');
  const originator_ip_address = r.sshUtf8('SSH_MSG_CHANNEL_OPENDirectTcpip.originator_ip_address@specs/ssh/connection.spec:66');
  const originator_port = r.u32('SSH_MSG_CHANNEL_OPENDirectTcpip.originator_port@specs/ssh/connection.spec:67');
  return { host_to_connect, port_to_connect, originator_ip_address, originator_port };
}

/** Write a {@link SSH_MSG_CHANNEL_OPENDirectTcpip}. */
export function writeSSH_MSG_CHANNEL_OPENDirectTcpip(w: Writer, v: SSH_MSG_CHANNEL_OPENDirectTcpip): void {
  w.sshUtf8(v.host_to_connect, 'SSH_MSG_CHANNEL_OPENDirectTcpip.host_to_connect@specs/ssh/connection.spec:64');
  w.u32(v.port_to_connect, 'SSH_MSG_CHANNEL_OPENDirectTcpip.port_to_connect@specs/ssh/connection.spec:65');
  w.sshUtf8(v.originator_ip_address, 'SSH_MSG_CHANNEL_OPENDirectTcpip.originator_ip_address@specs/ssh/connection.spec:66');
  w.u32(v.originator_port, 'SSH_MSG_CHANNEL_OPENDirectTcpip.originator_port@specs/ssh/connection.spec:67');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_OPENDirectTcpip}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_OPENDirectTcpip(bytes: Uint8Array): SSH_MSG_CHANNEL_OPENDirectTcpip {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_OPENDirectTcpip(r);
  r.done('SSH_MSG_CHANNEL_OPENDirectTcpip@specs/ssh/connection.spec:63');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_OPENDirectTcpip}. */
export function encodeSSH_MSG_CHANNEL_OPENDirectTcpip(v: SSH_MSG_CHANNEL_OPENDirectTcpip): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_OPENDirectTcpip(w, v);
  return w.finish();
}

/**
 * Message number 91.
 * @see RFC 4254 §5.1
 */
export interface SSH_MSG_CHANNEL_OPEN_CONFIRMATION {
  recipient_channel: number;
  sender_channel: number;
  initial_window_size: number;
  maximum_packet_size: number;
  /** none of the RFC 4254 channel types define any. */
  channel_type_specific_data: Uint8Array;
}

/** The message number of {@link SSH_MSG_CHANNEL_OPEN_CONFIRMATION}. */
export const SSH_MSG_CHANNEL_OPEN_CONFIRMATION_NUMBER = 91;

/** Read a {@link SSH_MSG_CHANNEL_OPEN_CONFIRMATION} at the reader's position. */
export function readSSH_MSG_CHANNEL_OPEN_CONFIRMATION(r: Reader): SSH_MSG_CHANNEL_OPEN_CONFIRMATION {
  const number = r.u8('SSH_MSG_CHANNEL_OPEN_CONFIRMATION@specs/ssh/connection.spec:74');
  if (number !== 91) throw new DecodeError('SSH_MSG_CHANNEL_OPEN_CONFIRMATION@specs/ssh/connection.spec:74', `expected message number 91, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_OPEN_CONFIRMATION.recipient_channel@specs/ssh/connection.spec:75');
  const sender_channel = r.u32('SSH_MSG_CHANNEL_OPEN_CONFIRMATION.sender_channel@specs/ssh/connection.spec:76');
  const initial_window_size = r.u32('SSH_MSG_CHANNEL_OPEN_CONFIRMATION.initial_window_size@specs/ssh/connection.spec:77');
  const maximum_packet_size = r.u32('SSH_MSG_CHANNEL_OPEN_CONFIRMATION.maximum_packet_size@specs/ssh/connection.spec:78');
  const channel_type_specific_data = r.rest();
  return { recipient_channel, sender_channel, initial_window_size, maximum_packet_size, channel_type_specific_data };
}

/** Write a {@link SSH_MSG_CHANNEL_OPEN_CONFIRMATION}. */
export function writeSSH_MSG_CHANNEL_OPEN_CONFIRMATION(w: Writer, v: SSH_MSG_CHANNEL_OPEN_CONFIRMATION): void {
  w.u8(91, 'SSH_MSG_CHANNEL_OPEN_CONFIRMATION@specs/ssh/connection.spec:74');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_OPEN_CONFIRMATION.recipient_channel@specs/ssh/connection.spec:75');
  w.u32(v.sender_channel, 'SSH_MSG_CHANNEL_OPEN_CONFIRMATION.sender_channel@specs/ssh/connection.spec:76');
  w.u32(v.initial_window_size, 'SSH_MSG_CHANNEL_OPEN_CONFIRMATION.initial_window_size@specs/ssh/connection.spec:77');
  w.u32(v.maximum_packet_size, 'SSH_MSG_CHANNEL_OPEN_CONFIRMATION.maximum_packet_size@specs/ssh/connection.spec:78');
  w.raw(v.channel_type_specific_data, 'SSH_MSG_CHANNEL_OPEN_CONFIRMATION.channel_type_specific_data@specs/ssh/connection.spec:79');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_OPEN_CONFIRMATION}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_OPEN_CONFIRMATION(bytes: Uint8Array): SSH_MSG_CHANNEL_OPEN_CONFIRMATION {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_OPEN_CONFIRMATION(r);
  r.done('SSH_MSG_CHANNEL_OPEN_CONFIRMATION@specs/ssh/connection.spec:74');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_OPEN_CONFIRMATION}. */
export function encodeSSH_MSG_CHANNEL_OPEN_CONFIRMATION(v: SSH_MSG_CHANNEL_OPEN_CONFIRMATION): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_OPEN_CONFIRMATION(w, v);
  return w.finish();
}

/**
 * Wire width: 4 bytes; values up to 0xffffffff. Open: unknown values are kept as numbers.
 * @see RFC 4250 §4.3
 */
export const SSH_OpenFailureReasonCode = {
  SSH_OPEN_ADMINISTRATIVELY_PROHIBITED: 0x00000001,
  SSH_OPEN_CONNECT_FAILED: 0x00000002,
  SSH_OPEN_UNKNOWN_CHANNEL_TYPE: 0x00000003,
  SSH_OPEN_RESOURCE_SHORTAGE: 0x00000004,
} as const;
export type SSH_OpenFailureReasonCode = (typeof SSH_OpenFailureReasonCode)[keyof typeof SSH_OpenFailureReasonCode] | (number & {});
/** Member names of {@link SSH_OpenFailureReasonCode} by value. */
export const SSH_OpenFailureReasonCodeNames: ReadonlyMap<number, string> = new Map(Object.entries(SSH_OpenFailureReasonCode).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function SSH_OpenFailureReasonCodeName(value: number): string {
  return enumName(SSH_OpenFailureReasonCodeNames, value, 4);
}

/**
 * Message number 92.
 * @see RFC 4254 §5.1
 */
export interface SSH_MSG_CHANNEL_OPEN_FAILURE {
  recipient_channel: number;
  reason_code: SSH_OpenFailureReasonCode;
  description: string;
  language_tag: string;
}

/** The message number of {@link SSH_MSG_CHANNEL_OPEN_FAILURE}. */
export const SSH_MSG_CHANNEL_OPEN_FAILURE_NUMBER = 92;

/** Read a {@link SSH_MSG_CHANNEL_OPEN_FAILURE} at the reader's position. */
export function readSSH_MSG_CHANNEL_OPEN_FAILURE(r: Reader): SSH_MSG_CHANNEL_OPEN_FAILURE {
  const number = r.u8('SSH_MSG_CHANNEL_OPEN_FAILURE@specs/ssh/connection.spec:92');
  if (number !== 92) throw new DecodeError('SSH_MSG_CHANNEL_OPEN_FAILURE@specs/ssh/connection.spec:92', `expected message number 92, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_OPEN_FAILURE.recipient_channel@specs/ssh/connection.spec:93');
  const reason_code = r.u32('SSH_MSG_CHANNEL_OPEN_FAILURE.reason_code@specs/ssh/connection.spec:94');
  const description = r.sshUtf8('SSH_MSG_CHANNEL_OPEN_FAILURE.description@specs/ssh/connection.spec:95');
  const language_tag = r.sshUtf8('SSH_MSG_CHANNEL_OPEN_FAILURE.language_tag@specs/ssh/connection.spec:96');
  return { recipient_channel, reason_code, description, language_tag };
}

/** Write a {@link SSH_MSG_CHANNEL_OPEN_FAILURE}. */
export function writeSSH_MSG_CHANNEL_OPEN_FAILURE(w: Writer, v: SSH_MSG_CHANNEL_OPEN_FAILURE): void {
  w.u8(92, 'SSH_MSG_CHANNEL_OPEN_FAILURE@specs/ssh/connection.spec:92');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_OPEN_FAILURE.recipient_channel@specs/ssh/connection.spec:93');
  w.u32(v.reason_code, 'SSH_MSG_CHANNEL_OPEN_FAILURE.reason_code@specs/ssh/connection.spec:94');
  w.sshUtf8(v.description, 'SSH_MSG_CHANNEL_OPEN_FAILURE.description@specs/ssh/connection.spec:95');
  w.sshUtf8(v.language_tag, 'SSH_MSG_CHANNEL_OPEN_FAILURE.language_tag@specs/ssh/connection.spec:96');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_OPEN_FAILURE}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_OPEN_FAILURE(bytes: Uint8Array): SSH_MSG_CHANNEL_OPEN_FAILURE {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_OPEN_FAILURE(r);
  r.done('SSH_MSG_CHANNEL_OPEN_FAILURE@specs/ssh/connection.spec:92');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_OPEN_FAILURE}. */
export function encodeSSH_MSG_CHANNEL_OPEN_FAILURE(v: SSH_MSG_CHANNEL_OPEN_FAILURE): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_OPEN_FAILURE(w, v);
  return w.finish();
}

/**
 * Message number 93.
 * @see RFC 4254 §5.2
 */
export interface SSH_MSG_CHANNEL_WINDOW_ADJUST {
  recipient_channel: number;
  bytes_to_add: number;
}

/** The message number of {@link SSH_MSG_CHANNEL_WINDOW_ADJUST}. */
export const SSH_MSG_CHANNEL_WINDOW_ADJUST_NUMBER = 93;

/** Read a {@link SSH_MSG_CHANNEL_WINDOW_ADJUST} at the reader's position. */
export function readSSH_MSG_CHANNEL_WINDOW_ADJUST(r: Reader): SSH_MSG_CHANNEL_WINDOW_ADJUST {
  const number = r.u8('SSH_MSG_CHANNEL_WINDOW_ADJUST@specs/ssh/connection.spec:102');
  if (number !== 93) throw new DecodeError('SSH_MSG_CHANNEL_WINDOW_ADJUST@specs/ssh/connection.spec:102', `expected message number 93, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_WINDOW_ADJUST.recipient_channel@specs/ssh/connection.spec:103');
  const bytes_to_add = r.u32('SSH_MSG_CHANNEL_WINDOW_ADJUST.bytes_to_add@specs/ssh/connection.spec:104');
  return { recipient_channel, bytes_to_add };
}

/** Write a {@link SSH_MSG_CHANNEL_WINDOW_ADJUST}. */
export function writeSSH_MSG_CHANNEL_WINDOW_ADJUST(w: Writer, v: SSH_MSG_CHANNEL_WINDOW_ADJUST): void {
  w.u8(93, 'SSH_MSG_CHANNEL_WINDOW_ADJUST@specs/ssh/connection.spec:102');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_WINDOW_ADJUST.recipient_channel@specs/ssh/connection.spec:103');
  w.u32(v.bytes_to_add, 'SSH_MSG_CHANNEL_WINDOW_ADJUST.bytes_to_add@specs/ssh/connection.spec:104');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_WINDOW_ADJUST}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_WINDOW_ADJUST(bytes: Uint8Array): SSH_MSG_CHANNEL_WINDOW_ADJUST {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_WINDOW_ADJUST(r);
  r.done('SSH_MSG_CHANNEL_WINDOW_ADJUST@specs/ssh/connection.spec:102');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_WINDOW_ADJUST}. */
export function encodeSSH_MSG_CHANNEL_WINDOW_ADJUST(v: SSH_MSG_CHANNEL_WINDOW_ADJUST): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_WINDOW_ADJUST(w, v);
  return w.finish();
}

/**
 * Message number 94.
 * @see RFC 4254 §5.2
 */
export interface SSH_MSG_CHANNEL_DATA {
  recipient_channel: number;
  data: Uint8Array;
}

/** The message number of {@link SSH_MSG_CHANNEL_DATA}. */
export const SSH_MSG_CHANNEL_DATA_NUMBER = 94;

/** Read a {@link SSH_MSG_CHANNEL_DATA} at the reader's position. */
export function readSSH_MSG_CHANNEL_DATA(r: Reader): SSH_MSG_CHANNEL_DATA {
  const number = r.u8('SSH_MSG_CHANNEL_DATA@specs/ssh/connection.spec:108');
  if (number !== 94) throw new DecodeError('SSH_MSG_CHANNEL_DATA@specs/ssh/connection.spec:108', `expected message number 94, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_DATA.recipient_channel@specs/ssh/connection.spec:109');
  const data = r.sshString('SSH_MSG_CHANNEL_DATA.data@specs/ssh/connection.spec:110');
  return { recipient_channel, data };
}

/** Write a {@link SSH_MSG_CHANNEL_DATA}. */
export function writeSSH_MSG_CHANNEL_DATA(w: Writer, v: SSH_MSG_CHANNEL_DATA): void {
  w.u8(94, 'SSH_MSG_CHANNEL_DATA@specs/ssh/connection.spec:108');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_DATA.recipient_channel@specs/ssh/connection.spec:109');
  w.sshString(v.data, 'SSH_MSG_CHANNEL_DATA.data@specs/ssh/connection.spec:110');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_DATA}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_DATA(bytes: Uint8Array): SSH_MSG_CHANNEL_DATA {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_DATA(r);
  r.done('SSH_MSG_CHANNEL_DATA@specs/ssh/connection.spec:108');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_DATA}. */
export function encodeSSH_MSG_CHANNEL_DATA(v: SSH_MSG_CHANNEL_DATA): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_DATA(w, v);
  return w.finish();
}

/**
 * Wire width: 4 bytes; values up to 0xffffffff. Open: unknown values are kept as numbers.
 * @see RFC 4250 §4.4
 */
export const SSH_ExtendedDataTypeCode = {
  SSH_EXTENDED_DATA_STDERR: 0x00000001,
} as const;
export type SSH_ExtendedDataTypeCode = (typeof SSH_ExtendedDataTypeCode)[keyof typeof SSH_ExtendedDataTypeCode] | (number & {});
/** Member names of {@link SSH_ExtendedDataTypeCode} by value. */
export const SSH_ExtendedDataTypeCodeNames: ReadonlyMap<number, string> = new Map(Object.entries(SSH_ExtendedDataTypeCode).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function SSH_ExtendedDataTypeCodeName(value: number): string {
  return enumName(SSH_ExtendedDataTypeCodeNames, value, 4);
}

/**
 * Message number 95.
 * @see RFC 4254 §5.2
 */
export interface SSH_MSG_CHANNEL_EXTENDED_DATA {
  recipient_channel: number;
  data_type_code: SSH_ExtendedDataTypeCode;
  data: Uint8Array;
}

/** The message number of {@link SSH_MSG_CHANNEL_EXTENDED_DATA}. */
export const SSH_MSG_CHANNEL_EXTENDED_DATA_NUMBER = 95;

/** Read a {@link SSH_MSG_CHANNEL_EXTENDED_DATA} at the reader's position. */
export function readSSH_MSG_CHANNEL_EXTENDED_DATA(r: Reader): SSH_MSG_CHANNEL_EXTENDED_DATA {
  const number = r.u8('SSH_MSG_CHANNEL_EXTENDED_DATA@specs/ssh/connection.spec:120');
  if (number !== 95) throw new DecodeError('SSH_MSG_CHANNEL_EXTENDED_DATA@specs/ssh/connection.spec:120', `expected message number 95, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_EXTENDED_DATA.recipient_channel@specs/ssh/connection.spec:121');
  const data_type_code = r.u32('SSH_MSG_CHANNEL_EXTENDED_DATA.data_type_code@specs/ssh/connection.spec:122');
  const data = r.sshString('SSH_MSG_CHANNEL_EXTENDED_DATA.data@specs/ssh/connection.spec:123');
  return { recipient_channel, data_type_code, data };
}

/** Write a {@link SSH_MSG_CHANNEL_EXTENDED_DATA}. */
export function writeSSH_MSG_CHANNEL_EXTENDED_DATA(w: Writer, v: SSH_MSG_CHANNEL_EXTENDED_DATA): void {
  w.u8(95, 'SSH_MSG_CHANNEL_EXTENDED_DATA@specs/ssh/connection.spec:120');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_EXTENDED_DATA.recipient_channel@specs/ssh/connection.spec:121');
  w.u32(v.data_type_code, 'SSH_MSG_CHANNEL_EXTENDED_DATA.data_type_code@specs/ssh/connection.spec:122');
  w.sshString(v.data, 'SSH_MSG_CHANNEL_EXTENDED_DATA.data@specs/ssh/connection.spec:123');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_EXTENDED_DATA}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_EXTENDED_DATA(bytes: Uint8Array): SSH_MSG_CHANNEL_EXTENDED_DATA {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_EXTENDED_DATA(r);
  r.done('SSH_MSG_CHANNEL_EXTENDED_DATA@specs/ssh/connection.spec:120');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_EXTENDED_DATA}. */
export function encodeSSH_MSG_CHANNEL_EXTENDED_DATA(v: SSH_MSG_CHANNEL_EXTENDED_DATA): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_EXTENDED_DATA(w, v);
  return w.finish();
}

/**
 * Message number 96.
 * @see RFC 4254 §5.3
 */
export interface SSH_MSG_CHANNEL_EOF {
  recipient_channel: number;
}

/** The message number of {@link SSH_MSG_CHANNEL_EOF}. */
export const SSH_MSG_CHANNEL_EOF_NUMBER = 96;

/** Read a {@link SSH_MSG_CHANNEL_EOF} at the reader's position. */
export function readSSH_MSG_CHANNEL_EOF(r: Reader): SSH_MSG_CHANNEL_EOF {
  const number = r.u8('SSH_MSG_CHANNEL_EOF@specs/ssh/connection.spec:127');
  if (number !== 96) throw new DecodeError('SSH_MSG_CHANNEL_EOF@specs/ssh/connection.spec:127', `expected message number 96, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_EOF.recipient_channel@specs/ssh/connection.spec:128');
  return { recipient_channel };
}

/** Write a {@link SSH_MSG_CHANNEL_EOF}. */
export function writeSSH_MSG_CHANNEL_EOF(w: Writer, v: SSH_MSG_CHANNEL_EOF): void {
  w.u8(96, 'SSH_MSG_CHANNEL_EOF@specs/ssh/connection.spec:127');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_EOF.recipient_channel@specs/ssh/connection.spec:128');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_EOF}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_EOF(bytes: Uint8Array): SSH_MSG_CHANNEL_EOF {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_EOF(r);
  r.done('SSH_MSG_CHANNEL_EOF@specs/ssh/connection.spec:127');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_EOF}. */
export function encodeSSH_MSG_CHANNEL_EOF(v: SSH_MSG_CHANNEL_EOF): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_EOF(w, v);
  return w.finish();
}

/**
 * Message number 97.
 * @see RFC 4254 §5.3
 */
export interface SSH_MSG_CHANNEL_CLOSE {
  recipient_channel: number;
}

/** The message number of {@link SSH_MSG_CHANNEL_CLOSE}. */
export const SSH_MSG_CHANNEL_CLOSE_NUMBER = 97;

/** Read a {@link SSH_MSG_CHANNEL_CLOSE} at the reader's position. */
export function readSSH_MSG_CHANNEL_CLOSE(r: Reader): SSH_MSG_CHANNEL_CLOSE {
  const number = r.u8('SSH_MSG_CHANNEL_CLOSE@specs/ssh/connection.spec:132');
  if (number !== 97) throw new DecodeError('SSH_MSG_CHANNEL_CLOSE@specs/ssh/connection.spec:132', `expected message number 97, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_CLOSE.recipient_channel@specs/ssh/connection.spec:133');
  return { recipient_channel };
}

/** Write a {@link SSH_MSG_CHANNEL_CLOSE}. */
export function writeSSH_MSG_CHANNEL_CLOSE(w: Writer, v: SSH_MSG_CHANNEL_CLOSE): void {
  w.u8(97, 'SSH_MSG_CHANNEL_CLOSE@specs/ssh/connection.spec:132');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_CLOSE.recipient_channel@specs/ssh/connection.spec:133');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_CLOSE}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_CLOSE(bytes: Uint8Array): SSH_MSG_CHANNEL_CLOSE {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_CLOSE(r);
  r.done('SSH_MSG_CHANNEL_CLOSE@specs/ssh/connection.spec:132');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_CLOSE}. */
export function encodeSSH_MSG_CHANNEL_CLOSE(v: SSH_MSG_CHANNEL_CLOSE): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_CLOSE(w, v);
  return w.finish();
}

/** The variants of SSH_MSG_CHANNEL_REQUEST.type_specific_data, keyed by request_type. */
export type SSH_MSG_CHANNEL_REQUESTTypeSpecificData = { case: "pty-req"; value: SSH_MSG_CHANNEL_REQUESTPtyReq } | { case: "x11-req"; value: SSH_MSG_CHANNEL_REQUESTX11Req } | { case: "env"; value: SSH_MSG_CHANNEL_REQUESTEnv } | { case: "shell"; value: Empty } | { case: "exec"; value: SSH_MSG_CHANNEL_REQUESTExec } | { case: "subsystem"; value: SSH_MSG_CHANNEL_REQUESTSubsystem } | { case: "window-change"; value: SSH_MSG_CHANNEL_REQUESTWindowChange } | { case: "xon-xoff"; value: SSH_MSG_CHANNEL_REQUESTXonXoff } | { case: "signal"; value: SSH_MSG_CHANNEL_REQUESTSignal } | { case: "exit-status"; value: SSH_MSG_CHANNEL_REQUESTExitStatus } | { case: "exit-signal"; value: SSH_MSG_CHANNEL_REQUESTExitSignal } | { case: "auth-agent-req@openssh.com"; value: Empty } | { case: "eow@openssh.com"; value: Empty } | { case: "keepalive@openssh.com"; value: Empty } | { case: undefined; value: Uint8Array };

/**
 * A request on a channel, with the request-specific fields of RFC 4254 sections 6.2 to 6.10.
 * want_reply asks for SSH_MSG_CHANNEL_SUCCESS / _FAILURE. Unknown request types keep their bytes
 * (the default arm); nothing of this may be acted on before user authentication has succeeded
 * (CVE-2025-32433 is what happens otherwise).
 *
 * "pty-req": encoded_terminal_modes is a byte stream of (opcode byte, uint32 argument) pairs ended
 * by TTY_OP_END (section 8, opcodes in TerminalModeOpcode below); a list ended by a sentinel value
 * is not a layout this language describes, so the runtime walks the bytes.
 * Message number 98.
 * @see RFC 4254 §5.4
 */
export interface SSH_MSG_CHANNEL_REQUEST {
  recipient_channel: number;
  request_type: string;
  want_reply: boolean;
  type_specific_data: SSH_MSG_CHANNEL_REQUESTTypeSpecificData;
}

/** The message number of {@link SSH_MSG_CHANNEL_REQUEST}. */
export const SSH_MSG_CHANNEL_REQUEST_NUMBER = 98;

/** Read a {@link SSH_MSG_CHANNEL_REQUEST} at the reader's position. */
export function readSSH_MSG_CHANNEL_REQUEST(r: Reader): SSH_MSG_CHANNEL_REQUEST {
  const number = r.u8('SSH_MSG_CHANNEL_REQUEST@specs/ssh/connection.spec:149');
  if (number !== 98) throw new DecodeError('SSH_MSG_CHANNEL_REQUEST@specs/ssh/connection.spec:149', `expected message number 98, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_REQUEST.recipient_channel@specs/ssh/connection.spec:150');
  const request_type = r.sshUtf8('SSH_MSG_CHANNEL_REQUEST.request_type@specs/ssh/connection.spec:151');
  const want_reply = r.bool('SSH_MSG_CHANNEL_REQUEST.want_reply@specs/ssh/connection.spec:152');
  let type_specific_data: SSH_MSG_CHANNEL_REQUESTTypeSpecificData;
  switch (request_type) {
    case "pty-req":
      type_specific_data = { case: "pty-req", value: readSSH_MSG_CHANNEL_REQUESTPtyReq(r) };
      break;
    case "x11-req":
      type_specific_data = { case: "x11-req", value: readSSH_MSG_CHANNEL_REQUESTX11Req(r) };
      break;
    case "env":
      type_specific_data = { case: "env", value: readSSH_MSG_CHANNEL_REQUESTEnv(r) };
      break;
    case "shell":
      type_specific_data = { case: "shell", value: readEmpty(r) };
      break;
    case "exec":
      type_specific_data = { case: "exec", value: readSSH_MSG_CHANNEL_REQUESTExec(r) };
      break;
    case "subsystem":
      type_specific_data = { case: "subsystem", value: readSSH_MSG_CHANNEL_REQUESTSubsystem(r) };
      break;
    case "window-change":
      type_specific_data = { case: "window-change", value: readSSH_MSG_CHANNEL_REQUESTWindowChange(r) };
      break;
    case "xon-xoff":
      type_specific_data = { case: "xon-xoff", value: readSSH_MSG_CHANNEL_REQUESTXonXoff(r) };
      break;
    case "signal":
      type_specific_data = { case: "signal", value: readSSH_MSG_CHANNEL_REQUESTSignal(r) };
      break;
    case "exit-status":
      type_specific_data = { case: "exit-status", value: readSSH_MSG_CHANNEL_REQUESTExitStatus(r) };
      break;
    case "exit-signal":
      type_specific_data = { case: "exit-signal", value: readSSH_MSG_CHANNEL_REQUESTExitSignal(r) };
      break;
    case "auth-agent-req@openssh.com":
      type_specific_data = { case: "auth-agent-req@openssh.com", value: readEmpty(r) };
      break;
    case "eow@openssh.com":
      type_specific_data = { case: "eow@openssh.com", value: readEmpty(r) };
      break;
    case "keepalive@openssh.com":
      type_specific_data = { case: "keepalive@openssh.com", value: readEmpty(r) };
      break;
    default:
      type_specific_data = { case: undefined, value: r.rest() };
      break;
  }
  return { recipient_channel, request_type, want_reply, type_specific_data };
}

/** Write a {@link SSH_MSG_CHANNEL_REQUEST}. */
export function writeSSH_MSG_CHANNEL_REQUEST(w: Writer, v: SSH_MSG_CHANNEL_REQUEST): void {
  w.u8(98, 'SSH_MSG_CHANNEL_REQUEST@specs/ssh/connection.spec:149');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_REQUEST.recipient_channel@specs/ssh/connection.spec:150');
  w.sshUtf8(v.request_type, 'SSH_MSG_CHANNEL_REQUEST.request_type@specs/ssh/connection.spec:151');
  w.bool(v.want_reply, 'SSH_MSG_CHANNEL_REQUEST.want_reply@specs/ssh/connection.spec:152');
  const type_specific_data = v.type_specific_data;
  switch (type_specific_data.case) {
    case "pty-req":
      if (v.request_type !== "pty-req") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:195', `case pty-req needs request_type = pty-req, got ${String(v.request_type)}`);
      writeSSH_MSG_CHANNEL_REQUESTPtyReq(w, type_specific_data.value);
      break;
    case "x11-req":
      if (v.request_type !== "x11-req") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:195', `case x11-req needs request_type = x11-req, got ${String(v.request_type)}`);
      writeSSH_MSG_CHANNEL_REQUESTX11Req(w, type_specific_data.value);
      break;
    case "env":
      if (v.request_type !== "env") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:195', `case env needs request_type = env, got ${String(v.request_type)}`);
      writeSSH_MSG_CHANNEL_REQUESTEnv(w, type_specific_data.value);
      break;
    case "shell":
      if (v.request_type !== "shell") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:195', `case shell needs request_type = shell, got ${String(v.request_type)}`);
      writeEmpty(w, type_specific_data.value);
      break;
    case "exec":
      if (v.request_type !== "exec") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:195', `case exec needs request_type = exec, got ${String(v.request_type)}`);
      writeSSH_MSG_CHANNEL_REQUESTExec(w, type_specific_data.value);
      break;
    case "subsystem":
      if (v.request_type !== "subsystem") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:195', `case subsystem needs request_type = subsystem, got ${String(v.request_type)}`);
      writeSSH_MSG_CHANNEL_REQUESTSubsystem(w, type_specific_data.value);
      break;
    case "window-change":
      if (v.request_type !== "window-change") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:195', `case window-change needs request_type = window-change, got ${String(v.request_type)}`);
      writeSSH_MSG_CHANNEL_REQUESTWindowChange(w, type_specific_data.value);
      break;
    case "xon-xoff":
      if (v.request_type !== "xon-xoff") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:195', `case xon-xoff needs request_type = xon-xoff, got ${String(v.request_type)}`);
      writeSSH_MSG_CHANNEL_REQUESTXonXoff(w, type_specific_data.value);
      break;
    case "signal":
      if (v.request_type !== "signal") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:195', `case signal needs request_type = signal, got ${String(v.request_type)}`);
      writeSSH_MSG_CHANNEL_REQUESTSignal(w, type_specific_data.value);
      break;
    case "exit-status":
      if (v.request_type !== "exit-status") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:195', `case exit-status needs request_type = exit-status, got ${String(v.request_type)}`);
      writeSSH_MSG_CHANNEL_REQUESTExitStatus(w, type_specific_data.value);
      break;
    case "exit-signal":
      if (v.request_type !== "exit-signal") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:195', `case exit-signal needs request_type = exit-signal, got ${String(v.request_type)}`);
      writeSSH_MSG_CHANNEL_REQUESTExitSignal(w, type_specific_data.value);
      break;
    case "auth-agent-req@openssh.com":
      if (v.request_type !== "auth-agent-req@openssh.com") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:195', `case auth-agent-req@openssh.com needs request_type = auth-agent-req@openssh.com, got ${String(v.request_type)}`);
      writeEmpty(w, type_specific_data.value);
      break;
    case "eow@openssh.com":
      if (v.request_type !== "eow@openssh.com") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:195', `case eow@openssh.com needs request_type = eow@openssh.com, got ${String(v.request_type)}`);
      writeEmpty(w, type_specific_data.value);
      break;
    case "keepalive@openssh.com":
      if (v.request_type !== "keepalive@openssh.com") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:195', `case keepalive@openssh.com needs request_type = keepalive@openssh.com, got ${String(v.request_type)}`);
      writeEmpty(w, type_specific_data.value);
      break;
    case undefined:
      w.raw(type_specific_data.value, 'SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:195');
      break;
    default:
      throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:195', `unknown case ${String((type_specific_data as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link SSH_MSG_CHANNEL_REQUEST}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_REQUEST(bytes: Uint8Array): SSH_MSG_CHANNEL_REQUEST {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_REQUEST(r);
  r.done('SSH_MSG_CHANNEL_REQUEST@specs/ssh/connection.spec:149');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_REQUEST}. */
export function encodeSSH_MSG_CHANNEL_REQUEST(v: SSH_MSG_CHANNEL_REQUEST): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_REQUEST(w, v);
  return w.finish();
}

/**
 * The "pty-req" arm of SSH_MSG_CHANNEL_REQUEST.type_specific_data.
 * @see RFC 4254 §5.4
 */
export interface SSH_MSG_CHANNEL_REQUESTPtyReq {
  /** e.g. "vt100". */
  TERM_environment_variable: string;
  terminal_width_characters: number;
  terminal_height_rows: number;
  terminal_width_pixels: number;
  terminal_height_pixels: number;
  encoded_terminal_modes: Uint8Array;
}

/** Read a {@link SSH_MSG_CHANNEL_REQUESTPtyReq} at the reader's position. */
export function readSSH_MSG_CHANNEL_REQUESTPtyReq(r: Reader): SSH_MSG_CHANNEL_REQUESTPtyReq {
  const TERM_environment_variable = r.sshUtf8('SSH_MSG_CHANNEL_REQUESTPtyReq.TERM_environment_variable@specs/ssh/connection.spec:155');
  const terminal_width_characters = r.u32('SSH_MSG_CHANNEL_REQUESTPtyReq.terminal_width_characters@specs/ssh/connection.spec:156');
  const terminal_height_rows = r.u32('SSH_MSG_CHANNEL_REQUESTPtyReq.terminal_height_rows@specs/ssh/connection.spec:157');
  const terminal_width_pixels = r.u32('SSH_MSG_CHANNEL_REQUESTPtyReq.terminal_width_pixels@specs/ssh/connection.spec:158');
  const terminal_height_pixels = r.u32('SSH_MSG_CHANNEL_REQUESTPtyReq.terminal_height_pixels@specs/ssh/connection.spec:159');
  const encoded_terminal_modes = r.sshString('SSH_MSG_CHANNEL_REQUESTPtyReq.encoded_terminal_modes@specs/ssh/connection.spec:160');
  return { TERM_environment_variable, terminal_width_characters, terminal_height_rows, terminal_width_pixels, terminal_height_pixels, encoded_terminal_modes };
}

/** Write a {@link SSH_MSG_CHANNEL_REQUESTPtyReq}. */
export function writeSSH_MSG_CHANNEL_REQUESTPtyReq(w: Writer, v: SSH_MSG_CHANNEL_REQUESTPtyReq): void {
  w.sshUtf8(v.TERM_environment_variable, 'SSH_MSG_CHANNEL_REQUESTPtyReq.TERM_environment_variable@specs/ssh/connection.spec:155');
  w.u32(v.terminal_width_characters, 'SSH_MSG_CHANNEL_REQUESTPtyReq.terminal_width_characters@specs/ssh/connection.spec:156');
  w.u32(v.terminal_height_rows, 'SSH_MSG_CHANNEL_REQUESTPtyReq.terminal_height_rows@specs/ssh/connection.spec:157');
  w.u32(v.terminal_width_pixels, 'SSH_MSG_CHANNEL_REQUESTPtyReq.terminal_width_pixels@specs/ssh/connection.spec:158');
  w.u32(v.terminal_height_pixels, 'SSH_MSG_CHANNEL_REQUESTPtyReq.terminal_height_pixels@specs/ssh/connection.spec:159');
  w.sshString(v.encoded_terminal_modes, 'SSH_MSG_CHANNEL_REQUESTPtyReq.encoded_terminal_modes@specs/ssh/connection.spec:160');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_REQUESTPtyReq}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_REQUESTPtyReq(bytes: Uint8Array): SSH_MSG_CHANNEL_REQUESTPtyReq {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_REQUESTPtyReq(r);
  r.done('SSH_MSG_CHANNEL_REQUESTPtyReq@specs/ssh/connection.spec:154');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_REQUESTPtyReq}. */
export function encodeSSH_MSG_CHANNEL_REQUESTPtyReq(v: SSH_MSG_CHANNEL_REQUESTPtyReq): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_REQUESTPtyReq(w, v);
  return w.finish();
}

/**
 * The "x11-req" arm of SSH_MSG_CHANNEL_REQUEST.type_specific_data.
 * @see RFC 4254 §5.4
 */
export interface SSH_MSG_CHANNEL_REQUESTX11Req {
  single_connection: boolean;
  /** e.g. "MIT-MAGIC-COOKIE-1". */
  x11_authentication_protocol: string;
  /** hexadecimal text. */
  x11_authentication_cookie: string;
  x11_screen_number: number;
}

/** Read a {@link SSH_MSG_CHANNEL_REQUESTX11Req} at the reader's position. */
export function readSSH_MSG_CHANNEL_REQUESTX11Req(r: Reader): SSH_MSG_CHANNEL_REQUESTX11Req {
  const single_connection = r.bool('SSH_MSG_CHANNEL_REQUESTX11Req.single_connection@specs/ssh/connection.spec:162');
  const x11_authentication_protocol = r.sshUtf8('SSH_MSG_CHANNEL_REQUESTX11Req.x11_authentication_protocol@specs/ssh/connection.spec:163');
  const x11_authentication_cookie = r.sshUtf8('SSH_MSG_CHANNEL_REQUESTX11Req.x11_authentication_cookie@specs/ssh/connection.spec:164');
  const x11_screen_number = r.u32('SSH_MSG_CHANNEL_REQUESTX11Req.x11_screen_number@specs/ssh/connection.spec:165');
  return { single_connection, x11_authentication_protocol, x11_authentication_cookie, x11_screen_number };
}

/** Write a {@link SSH_MSG_CHANNEL_REQUESTX11Req}. */
export function writeSSH_MSG_CHANNEL_REQUESTX11Req(w: Writer, v: SSH_MSG_CHANNEL_REQUESTX11Req): void {
  w.bool(v.single_connection, 'SSH_MSG_CHANNEL_REQUESTX11Req.single_connection@specs/ssh/connection.spec:162');
  w.sshUtf8(v.x11_authentication_protocol, 'SSH_MSG_CHANNEL_REQUESTX11Req.x11_authentication_protocol@specs/ssh/connection.spec:163');
  w.sshUtf8(v.x11_authentication_cookie, 'SSH_MSG_CHANNEL_REQUESTX11Req.x11_authentication_cookie@specs/ssh/connection.spec:164');
  w.u32(v.x11_screen_number, 'SSH_MSG_CHANNEL_REQUESTX11Req.x11_screen_number@specs/ssh/connection.spec:165');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_REQUESTX11Req}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_REQUESTX11Req(bytes: Uint8Array): SSH_MSG_CHANNEL_REQUESTX11Req {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_REQUESTX11Req(r);
  r.done('SSH_MSG_CHANNEL_REQUESTX11Req@specs/ssh/connection.spec:161');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_REQUESTX11Req}. */
export function encodeSSH_MSG_CHANNEL_REQUESTX11Req(v: SSH_MSG_CHANNEL_REQUESTX11Req): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_REQUESTX11Req(w, v);
  return w.finish();
}

/**
 * The "env" arm of SSH_MSG_CHANNEL_REQUEST.type_specific_data.
 * @see RFC 4254 §5.4
 */
export interface SSH_MSG_CHANNEL_REQUESTEnv {
  variable_name: string;
  /** bytes: the environment holds no encoding. */
  variable_value: Uint8Array;
}

/** Read a {@link SSH_MSG_CHANNEL_REQUESTEnv} at the reader's position. */
export function readSSH_MSG_CHANNEL_REQUESTEnv(r: Reader): SSH_MSG_CHANNEL_REQUESTEnv {
  const variable_name = r.sshUtf8('SSH_MSG_CHANNEL_REQUESTEnv.variable_name@specs/ssh/connection.spec:167');
  const variable_value = r.sshString('SSH_MSG_CHANNEL_REQUESTEnv.variable_value@specs/ssh/connection.spec:168');
  return { variable_name, variable_value };
}

/** Write a {@link SSH_MSG_CHANNEL_REQUESTEnv}. */
export function writeSSH_MSG_CHANNEL_REQUESTEnv(w: Writer, v: SSH_MSG_CHANNEL_REQUESTEnv): void {
  w.sshUtf8(v.variable_name, 'SSH_MSG_CHANNEL_REQUESTEnv.variable_name@specs/ssh/connection.spec:167');
  w.sshString(v.variable_value, 'SSH_MSG_CHANNEL_REQUESTEnv.variable_value@specs/ssh/connection.spec:168');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_REQUESTEnv}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_REQUESTEnv(bytes: Uint8Array): SSH_MSG_CHANNEL_REQUESTEnv {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_REQUESTEnv(r);
  r.done('SSH_MSG_CHANNEL_REQUESTEnv@specs/ssh/connection.spec:166');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_REQUESTEnv}. */
export function encodeSSH_MSG_CHANNEL_REQUESTEnv(v: SSH_MSG_CHANNEL_REQUESTEnv): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_REQUESTEnv(w, v);
  return w.finish();
}

/**
 * The "exec" arm of SSH_MSG_CHANNEL_REQUEST.type_specific_data.
 * @see RFC 4254 §5.4
 */
export interface SSH_MSG_CHANNEL_REQUESTExec {
  command: string;
}

/** Read a {@link SSH_MSG_CHANNEL_REQUESTExec} at the reader's position. */
export function readSSH_MSG_CHANNEL_REQUESTExec(r: Reader): SSH_MSG_CHANNEL_REQUESTExec {
  const command = r.sshUtf8('SSH_MSG_CHANNEL_REQUESTExec.command@specs/ssh/connection.spec:172');
  return { command };
}

/** Write a {@link SSH_MSG_CHANNEL_REQUESTExec}. */
export function writeSSH_MSG_CHANNEL_REQUESTExec(w: Writer, v: SSH_MSG_CHANNEL_REQUESTExec): void {
  w.sshUtf8(v.command, 'SSH_MSG_CHANNEL_REQUESTExec.command@specs/ssh/connection.spec:172');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_REQUESTExec}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_REQUESTExec(bytes: Uint8Array): SSH_MSG_CHANNEL_REQUESTExec {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_REQUESTExec(r);
  r.done('SSH_MSG_CHANNEL_REQUESTExec@specs/ssh/connection.spec:171');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_REQUESTExec}. */
export function encodeSSH_MSG_CHANNEL_REQUESTExec(v: SSH_MSG_CHANNEL_REQUESTExec): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_REQUESTExec(w, v);
  return w.finish();
}

/**
 * The "subsystem" arm of SSH_MSG_CHANNEL_REQUEST.type_specific_data.
 * @see RFC 4254 §5.4
 */
export interface SSH_MSG_CHANNEL_REQUESTSubsystem {
  /** e.g. "sftp". */
  subsystem_name: string;
}

/** Read a {@link SSH_MSG_CHANNEL_REQUESTSubsystem} at the reader's position. */
export function readSSH_MSG_CHANNEL_REQUESTSubsystem(r: Reader): SSH_MSG_CHANNEL_REQUESTSubsystem {
  const subsystem_name = r.sshUtf8('SSH_MSG_CHANNEL_REQUESTSubsystem.subsystem_name@specs/ssh/connection.spec:174');
  return { subsystem_name };
}

/** Write a {@link SSH_MSG_CHANNEL_REQUESTSubsystem}. */
export function writeSSH_MSG_CHANNEL_REQUESTSubsystem(w: Writer, v: SSH_MSG_CHANNEL_REQUESTSubsystem): void {
  w.sshUtf8(v.subsystem_name, 'SSH_MSG_CHANNEL_REQUESTSubsystem.subsystem_name@specs/ssh/connection.spec:174');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_REQUESTSubsystem}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_REQUESTSubsystem(bytes: Uint8Array): SSH_MSG_CHANNEL_REQUESTSubsystem {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_REQUESTSubsystem(r);
  r.done('SSH_MSG_CHANNEL_REQUESTSubsystem@specs/ssh/connection.spec:173');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_REQUESTSubsystem}. */
export function encodeSSH_MSG_CHANNEL_REQUESTSubsystem(v: SSH_MSG_CHANNEL_REQUESTSubsystem): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_REQUESTSubsystem(w, v);
  return w.finish();
}

/**
 * The "window-change" arm of SSH_MSG_CHANNEL_REQUEST.type_specific_data.
 * @see RFC 4254 §5.4
 */
export interface SSH_MSG_CHANNEL_REQUESTWindowChange {
  terminal_width_columns: number;
  terminal_height_rows: number;
  terminal_width_pixels: number;
  terminal_height_pixels: number;
}

/** Read a {@link SSH_MSG_CHANNEL_REQUESTWindowChange} at the reader's position. */
export function readSSH_MSG_CHANNEL_REQUESTWindowChange(r: Reader): SSH_MSG_CHANNEL_REQUESTWindowChange {
  const terminal_width_columns = r.u32('SSH_MSG_CHANNEL_REQUESTWindowChange.terminal_width_columns@specs/ssh/connection.spec:176');
  const terminal_height_rows = r.u32('SSH_MSG_CHANNEL_REQUESTWindowChange.terminal_height_rows@specs/ssh/connection.spec:177');
  const terminal_width_pixels = r.u32('SSH_MSG_CHANNEL_REQUESTWindowChange.terminal_width_pixels@specs/ssh/connection.spec:178');
  const terminal_height_pixels = r.u32('SSH_MSG_CHANNEL_REQUESTWindowChange.terminal_height_pixels@specs/ssh/connection.spec:179');
  return { terminal_width_columns, terminal_height_rows, terminal_width_pixels, terminal_height_pixels };
}

/** Write a {@link SSH_MSG_CHANNEL_REQUESTWindowChange}. */
export function writeSSH_MSG_CHANNEL_REQUESTWindowChange(w: Writer, v: SSH_MSG_CHANNEL_REQUESTWindowChange): void {
  w.u32(v.terminal_width_columns, 'SSH_MSG_CHANNEL_REQUESTWindowChange.terminal_width_columns@specs/ssh/connection.spec:176');
  w.u32(v.terminal_height_rows, 'SSH_MSG_CHANNEL_REQUESTWindowChange.terminal_height_rows@specs/ssh/connection.spec:177');
  w.u32(v.terminal_width_pixels, 'SSH_MSG_CHANNEL_REQUESTWindowChange.terminal_width_pixels@specs/ssh/connection.spec:178');
  w.u32(v.terminal_height_pixels, 'SSH_MSG_CHANNEL_REQUESTWindowChange.terminal_height_pixels@specs/ssh/connection.spec:179');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_REQUESTWindowChange}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_REQUESTWindowChange(bytes: Uint8Array): SSH_MSG_CHANNEL_REQUESTWindowChange {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_REQUESTWindowChange(r);
  r.done('SSH_MSG_CHANNEL_REQUESTWindowChange@specs/ssh/connection.spec:175');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_REQUESTWindowChange}. */
export function encodeSSH_MSG_CHANNEL_REQUESTWindowChange(v: SSH_MSG_CHANNEL_REQUESTWindowChange): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_REQUESTWindowChange(w, v);
  return w.finish();
}

/**
 * The "xon-xoff" arm of SSH_MSG_CHANNEL_REQUEST.type_specific_data.
 * @see RFC 4254 §5.4
 */
export interface SSH_MSG_CHANNEL_REQUESTXonXoff {
  client_can_do: boolean;
}

/** Read a {@link SSH_MSG_CHANNEL_REQUESTXonXoff} at the reader's position. */
export function readSSH_MSG_CHANNEL_REQUESTXonXoff(r: Reader): SSH_MSG_CHANNEL_REQUESTXonXoff {
  const client_can_do = r.bool('SSH_MSG_CHANNEL_REQUESTXonXoff.client_can_do@specs/ssh/connection.spec:181');
  return { client_can_do };
}

/** Write a {@link SSH_MSG_CHANNEL_REQUESTXonXoff}. */
export function writeSSH_MSG_CHANNEL_REQUESTXonXoff(w: Writer, v: SSH_MSG_CHANNEL_REQUESTXonXoff): void {
  w.bool(v.client_can_do, 'SSH_MSG_CHANNEL_REQUESTXonXoff.client_can_do@specs/ssh/connection.spec:181');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_REQUESTXonXoff}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_REQUESTXonXoff(bytes: Uint8Array): SSH_MSG_CHANNEL_REQUESTXonXoff {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_REQUESTXonXoff(r);
  r.done('SSH_MSG_CHANNEL_REQUESTXonXoff@specs/ssh/connection.spec:180');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_REQUESTXonXoff}. */
export function encodeSSH_MSG_CHANNEL_REQUESTXonXoff(v: SSH_MSG_CHANNEL_REQUESTXonXoff): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_REQUESTXonXoff(w, v);
  return w.finish();
}

/**
 * The "signal" arm of SSH_MSG_CHANNEL_REQUEST.type_specific_data.
 * @see RFC 4254 §5.4
 */
export interface SSH_MSG_CHANNEL_REQUESTSignal {
  /** without the "SIG" prefix: "INT", "TERM", ... */
  signal_name: string;
}

/** Read a {@link SSH_MSG_CHANNEL_REQUESTSignal} at the reader's position. */
export function readSSH_MSG_CHANNEL_REQUESTSignal(r: Reader): SSH_MSG_CHANNEL_REQUESTSignal {
  const signal_name = r.sshUtf8('SSH_MSG_CHANNEL_REQUESTSignal.signal_name@specs/ssh/connection.spec:183');
  return { signal_name };
}

/** Write a {@link SSH_MSG_CHANNEL_REQUESTSignal}. */
export function writeSSH_MSG_CHANNEL_REQUESTSignal(w: Writer, v: SSH_MSG_CHANNEL_REQUESTSignal): void {
  w.sshUtf8(v.signal_name, 'SSH_MSG_CHANNEL_REQUESTSignal.signal_name@specs/ssh/connection.spec:183');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_REQUESTSignal}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_REQUESTSignal(bytes: Uint8Array): SSH_MSG_CHANNEL_REQUESTSignal {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_REQUESTSignal(r);
  r.done('SSH_MSG_CHANNEL_REQUESTSignal@specs/ssh/connection.spec:182');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_REQUESTSignal}. */
export function encodeSSH_MSG_CHANNEL_REQUESTSignal(v: SSH_MSG_CHANNEL_REQUESTSignal): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_REQUESTSignal(w, v);
  return w.finish();
}

/**
 * The "exit-status" arm of SSH_MSG_CHANNEL_REQUEST.type_specific_data.
 * @see RFC 4254 §5.4
 */
export interface SSH_MSG_CHANNEL_REQUESTExitStatus {
  exit_status: number;
}

/** Read a {@link SSH_MSG_CHANNEL_REQUESTExitStatus} at the reader's position. */
export function readSSH_MSG_CHANNEL_REQUESTExitStatus(r: Reader): SSH_MSG_CHANNEL_REQUESTExitStatus {
  const exit_status = r.u32('SSH_MSG_CHANNEL_REQUESTExitStatus.exit_status@specs/ssh/connection.spec:185');
  return { exit_status };
}

/** Write a {@link SSH_MSG_CHANNEL_REQUESTExitStatus}. */
export function writeSSH_MSG_CHANNEL_REQUESTExitStatus(w: Writer, v: SSH_MSG_CHANNEL_REQUESTExitStatus): void {
  w.u32(v.exit_status, 'SSH_MSG_CHANNEL_REQUESTExitStatus.exit_status@specs/ssh/connection.spec:185');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_REQUESTExitStatus}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_REQUESTExitStatus(bytes: Uint8Array): SSH_MSG_CHANNEL_REQUESTExitStatus {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_REQUESTExitStatus(r);
  r.done('SSH_MSG_CHANNEL_REQUESTExitStatus@specs/ssh/connection.spec:184');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_REQUESTExitStatus}. */
export function encodeSSH_MSG_CHANNEL_REQUESTExitStatus(v: SSH_MSG_CHANNEL_REQUESTExitStatus): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_REQUESTExitStatus(w, v);
  return w.finish();
}

/**
 * The "exit-signal" arm of SSH_MSG_CHANNEL_REQUEST.type_specific_data.
 * @see RFC 4254 §5.4
 */
export interface SSH_MSG_CHANNEL_REQUESTExitSignal {
  /** without the "SIG" prefix. */
  signal_name: string;
  core_dumped: boolean;
  /** ISO-10646 UTF-8. */
  error_message: string;
  language_tag: string;
}

/** Read a {@link SSH_MSG_CHANNEL_REQUESTExitSignal} at the reader's position. */
export function readSSH_MSG_CHANNEL_REQUESTExitSignal(r: Reader): SSH_MSG_CHANNEL_REQUESTExitSignal {
  const signal_name = r.sshUtf8('SSH_MSG_CHANNEL_REQUESTExitSignal.signal_name@specs/ssh/connection.spec:187');
  const core_dumped = r.bool('SSH_MSG_CHANNEL_REQUESTExitSignal.core_dumped@specs/ssh/connection.spec:188');
  const error_message = r.sshUtf8('SSH_MSG_CHANNEL_REQUESTExitSignal.error_message@specs/ssh/connection.spec:189');
  const language_tag = r.sshUtf8('SSH_MSG_CHANNEL_REQUESTExitSignal.language_tag@specs/ssh/connection.spec:190');
  return { signal_name, core_dumped, error_message, language_tag };
}

/** Write a {@link SSH_MSG_CHANNEL_REQUESTExitSignal}. */
export function writeSSH_MSG_CHANNEL_REQUESTExitSignal(w: Writer, v: SSH_MSG_CHANNEL_REQUESTExitSignal): void {
  w.sshUtf8(v.signal_name, 'SSH_MSG_CHANNEL_REQUESTExitSignal.signal_name@specs/ssh/connection.spec:187');
  w.bool(v.core_dumped, 'SSH_MSG_CHANNEL_REQUESTExitSignal.core_dumped@specs/ssh/connection.spec:188');
  w.sshUtf8(v.error_message, 'SSH_MSG_CHANNEL_REQUESTExitSignal.error_message@specs/ssh/connection.spec:189');
  w.sshUtf8(v.language_tag, 'SSH_MSG_CHANNEL_REQUESTExitSignal.language_tag@specs/ssh/connection.spec:190');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_REQUESTExitSignal}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_REQUESTExitSignal(bytes: Uint8Array): SSH_MSG_CHANNEL_REQUESTExitSignal {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_REQUESTExitSignal(r);
  r.done('SSH_MSG_CHANNEL_REQUESTExitSignal@specs/ssh/connection.spec:186');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_REQUESTExitSignal}. */
export function encodeSSH_MSG_CHANNEL_REQUESTExitSignal(v: SSH_MSG_CHANNEL_REQUESTExitSignal): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_REQUESTExitSignal(w, v);
  return w.finish();
}

/**
 * Message number 99.
 * @see RFC 4254 §5.4
 */
export interface SSH_MSG_CHANNEL_SUCCESS {
  recipient_channel: number;
}

/** The message number of {@link SSH_MSG_CHANNEL_SUCCESS}. */
export const SSH_MSG_CHANNEL_SUCCESS_NUMBER = 99;

/** Read a {@link SSH_MSG_CHANNEL_SUCCESS} at the reader's position. */
export function readSSH_MSG_CHANNEL_SUCCESS(r: Reader): SSH_MSG_CHANNEL_SUCCESS {
  const number = r.u8('SSH_MSG_CHANNEL_SUCCESS@specs/ssh/connection.spec:199');
  if (number !== 99) throw new DecodeError('SSH_MSG_CHANNEL_SUCCESS@specs/ssh/connection.spec:199', `expected message number 99, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_SUCCESS.recipient_channel@specs/ssh/connection.spec:200');
  return { recipient_channel };
}

/** Write a {@link SSH_MSG_CHANNEL_SUCCESS}. */
export function writeSSH_MSG_CHANNEL_SUCCESS(w: Writer, v: SSH_MSG_CHANNEL_SUCCESS): void {
  w.u8(99, 'SSH_MSG_CHANNEL_SUCCESS@specs/ssh/connection.spec:199');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_SUCCESS.recipient_channel@specs/ssh/connection.spec:200');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_SUCCESS}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_SUCCESS(bytes: Uint8Array): SSH_MSG_CHANNEL_SUCCESS {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_SUCCESS(r);
  r.done('SSH_MSG_CHANNEL_SUCCESS@specs/ssh/connection.spec:199');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_SUCCESS}. */
export function encodeSSH_MSG_CHANNEL_SUCCESS(v: SSH_MSG_CHANNEL_SUCCESS): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_SUCCESS(w, v);
  return w.finish();
}

/**
 * Message number 100.
 * @see RFC 4254 §5.4
 */
export interface SSH_MSG_CHANNEL_FAILURE {
  recipient_channel: number;
}

/** The message number of {@link SSH_MSG_CHANNEL_FAILURE}. */
export const SSH_MSG_CHANNEL_FAILURE_NUMBER = 100;

/** Read a {@link SSH_MSG_CHANNEL_FAILURE} at the reader's position. */
export function readSSH_MSG_CHANNEL_FAILURE(r: Reader): SSH_MSG_CHANNEL_FAILURE {
  const number = r.u8('SSH_MSG_CHANNEL_FAILURE@specs/ssh/connection.spec:204');
  if (number !== 100) throw new DecodeError('SSH_MSG_CHANNEL_FAILURE@specs/ssh/connection.spec:204', `expected message number 100, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_FAILURE.recipient_channel@specs/ssh/connection.spec:205');
  return { recipient_channel };
}

/** Write a {@link SSH_MSG_CHANNEL_FAILURE}. */
export function writeSSH_MSG_CHANNEL_FAILURE(w: Writer, v: SSH_MSG_CHANNEL_FAILURE): void {
  w.u8(100, 'SSH_MSG_CHANNEL_FAILURE@specs/ssh/connection.spec:204');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_FAILURE.recipient_channel@specs/ssh/connection.spec:205');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_FAILURE}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_FAILURE(bytes: Uint8Array): SSH_MSG_CHANNEL_FAILURE {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_FAILURE(r);
  r.done('SSH_MSG_CHANNEL_FAILURE@specs/ssh/connection.spec:204');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_FAILURE}. */
export function encodeSSH_MSG_CHANNEL_FAILURE(v: SSH_MSG_CHANNEL_FAILURE): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_FAILURE(w, v);
  return w.finish();
}

/**
 * Opcodes of encoded_terminal_modes, named after the POSIX termios settings they carry. Each opcode
 * but TTY_OP_END is followed by a uint32: a control character (255: none) for 1-18, a flag (0 or 1)
 * for 30-93, a speed in bits per second for 128 and 129.
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 4254 §8
 */
export const TerminalModeOpcode = {
  /** ends the list */
  TTY_OP_END: 0x00,
  /** interrupt character */
  VINTR: 0x01,
  /** quit character (SIGQUIT) */
  VQUIT: 0x02,
  /** erase the character left of the cursor */
  VERASE: 0x03,
  /** erase the input line */
  VKILL: 0x04,
  /** end-of-file character */
  VEOF: 0x05,
  /** extra end-of-line character */
  VEOL: 0x06,
  /** second extra end-of-line character */
  VEOL2: 0x07,
  /** resume output (usually ^Q) */
  VSTART: 0x08,
  /** pause output (usually ^S) */
  VSTOP: 0x09,
  /** suspend character */
  VSUSP: 0x0a,
  /** delayed suspend character */
  VDSUSP: 0x0b,
  /** reprint the input line */
  VREPRINT: 0x0c,
  /** erase the word left of the cursor */
  VWERASE: 0x0d,
  /** take the next character literally */
  VLNEXT: 0x0e,
  /** flush output */
  VFLUSH: 0x0f,
  /** switch shell layer */
  VSWTCH: 0x10,
  /** print a status line */
  VSTATUS: 0x11,
  /** toggle discarding output */
  VDISCARD: 0x12,
  /** ignore parity errors */
  IGNPAR: 0x1e,
  /** mark parity and framing errors */
  PARMRK: 0x1f,
  /** check input parity */
  INPCK: 0x20,
  /** strip the eighth bit */
  ISTRIP: 0x21,
  /** NL to CR on input */
  INLCR: 0x22,
  /** drop CR on input */
  IGNCR: 0x23,
  /** CR to NL on input */
  ICRNL: 0x24,
  /** upper to lower case on input */
  IUCLC: 0x25,
  /** output flow control */
  IXON: 0x26,
  /** any character restarts output */
  IXANY: 0x27,
  /** input flow control */
  IXOFF: 0x28,
  /** bell when the input queue is full */
  IMAXBEL: 0x29,
  /** input and output are UTF-8 (RFC 8160) */
  IUTF8: 0x2a,
  /** generate signals from INTR, QUIT, SUSP */
  ISIG: 0x32,
  /** line-by-line input */
  ICANON: 0x33,
  /** upper case shown with a backslash */
  XCASE: 0x34,
  /** echo input */
  ECHO: 0x35,
  /** erase characters visually */
  ECHOE: 0x36,
  /** KILL discards the line */
  ECHOK: 0x37,
  /** echo NL even without ECHO */
  ECHONL: 0x38,
  /** no flush after an interrupt */
  NOFLSH: 0x39,
  /** stop background jobs that write */
  TOSTOP: 0x3a,
  /** implementation-defined input processing */
  IEXTEN: 0x3b,
  /** echo control characters as ^X */
  ECHOCTL: 0x3c,
  /** erase the killed line visually */
  ECHOKE: 0x3d,
  /** retype pending input */
  PENDIN: 0x3e,
  /** output processing */
  OPOST: 0x46,
  /** lower to upper case on output */
  OLCUC: 0x47,
  /** NL to CR-NL on output */
  ONLCR: 0x48,
  /** CR to NL on output */
  OCRNL: 0x49,
  /** no CR in column 0 */
  ONOCR: 0x4a,
  /** NL also returns the carriage */
  ONLRET: 0x4b,
  /** 7-bit characters */
  CS7: 0x5a,
  /** 8-bit characters */
  CS8: 0x5b,
  /** parity on */
  PARENB: 0x5c,
  /** odd parity, else even */
  PARODD: 0x5d,
  /** input speed */
  TTY_OP_ISPEED: 0x80,
  /** output speed */
  TTY_OP_OSPEED: 0x81,
} as const;
export type TerminalModeOpcode = (typeof TerminalModeOpcode)[keyof typeof TerminalModeOpcode] | (number & {});
/** Member names of {@link TerminalModeOpcode} by value. */
export const TerminalModeOpcodeNames: ReadonlyMap<number, string> = new Map(Object.entries(TerminalModeOpcode).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function TerminalModeOpcodeName(value: number): string {
  return enumName(TerminalModeOpcodeNames, value, 1);
}
