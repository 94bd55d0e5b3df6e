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
export type SSH_MSG_GLOBAL_REQUESTRequestSpecificData = { case: "tcpip-forward"; value: TcpipForward } | { case: "cancel-tcpip-forward"; value: TcpipForward } | { case: "keepalive@openssh.com"; value: Empty } | { case: undefined; value: Uint8Array };

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
      request_specific_data = { case: "tcpip-forward", value: readTcpipForward(r) };
      break;
    case "cancel-tcpip-forward":
      request_specific_data = { case: "cancel-tcpip-forward", value: readTcpipForward(r) };
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
      if (v.request_name !== "tcpip-forward") throw new EncodeError('SSH_MSG_GLOBAL_REQUEST.request_specific_data@specs/ssh/connection.spec:24', `case tcpip-forward needs request_name = tcpip-forward, got ${String(v.request_name)}`);
      writeTcpipForward(w, request_specific_data.value);
      break;
    case "cancel-tcpip-forward":
      if (v.request_name !== "cancel-tcpip-forward") throw new EncodeError('SSH_MSG_GLOBAL_REQUEST.request_specific_data@specs/ssh/connection.spec:24', `case cancel-tcpip-forward needs request_name = cancel-tcpip-forward, got ${String(v.request_name)}`);
      writeTcpipForward(w, request_specific_data.value);
      break;
    case "keepalive@openssh.com":
      if (v.request_name !== "keepalive@openssh.com") throw new EncodeError('SSH_MSG_GLOBAL_REQUEST.request_specific_data@specs/ssh/connection.spec:24', `case keepalive@openssh.com needs request_name = keepalive@openssh.com, got ${String(v.request_name)}`);
      writeEmpty(w, request_specific_data.value);
      break;
    case undefined:
      w.raw(request_specific_data.value, 'SSH_MSG_GLOBAL_REQUEST.request_specific_data@specs/ssh/connection.spec:24');
      break;
    default:
      throw new EncodeError('SSH_MSG_GLOBAL_REQUEST.request_specific_data@specs/ssh/connection.spec:24', `unknown case ${String((request_specific_data as { case: unknown }).case)}`);
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
 * The "tcpip-forward" / "cancel-tcpip-forward" arm of SSH_MSG_GLOBAL_REQUEST.
 * @see RFC 4254 §7.1
 */
export interface TcpipForward {
  /** e.g. "0.0.0.0", "localhost", "" for all. */
  address_to_bind: string;
  /** 0: the server picks one and replies with it. */
  port_number_to_bind: number;
}

/** Read a {@link TcpipForward} at the reader's position. */
export function readTcpipForward(r: Reader): TcpipForward {
  const address_to_bind = r.sshUtf8('TcpipForward.address_to_bind@specs/ssh/connection.spec:20');
  const port_number_to_bind = r.u32('TcpipForward.port_number_to_bind@specs/ssh/connection.spec:21');
  return { address_to_bind, port_number_to_bind };
}

/** Write a {@link TcpipForward}. */
export function writeTcpipForward(w: Writer, v: TcpipForward): void {
  w.sshUtf8(v.address_to_bind, 'TcpipForward.address_to_bind@specs/ssh/connection.spec:20');
  w.u32(v.port_number_to_bind, 'TcpipForward.port_number_to_bind@specs/ssh/connection.spec:21');
}

/** Decode a whole {@link TcpipForward}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeTcpipForward(bytes: Uint8Array): TcpipForward {
  const r = new Reader(bytes);
  const v = readTcpipForward(r);
  r.done('TcpipForward@specs/ssh/connection.spec:19');
  return v;
}

/** Encode a {@link TcpipForward}. */
export function encodeTcpipForward(v: TcpipForward): Uint8Array {
  const w = new Writer();
  writeTcpipForward(w, v);
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
  const number = r.u8('SSH_MSG_REQUEST_SUCCESS@specs/ssh/connection.spec:33');
  if (number !== 81) throw new DecodeError('SSH_MSG_REQUEST_SUCCESS@specs/ssh/connection.spec:33', `expected message number 81, got ${number}`);
  const response_specific_data = r.rest();
  return { response_specific_data };
}

/** Write a {@link SSH_MSG_REQUEST_SUCCESS}. */
export function writeSSH_MSG_REQUEST_SUCCESS(w: Writer, v: SSH_MSG_REQUEST_SUCCESS): void {
  w.u8(81, 'SSH_MSG_REQUEST_SUCCESS@specs/ssh/connection.spec:33');
  w.raw(v.response_specific_data, 'SSH_MSG_REQUEST_SUCCESS.response_specific_data@specs/ssh/connection.spec:34');
}

/** Decode a whole {@link SSH_MSG_REQUEST_SUCCESS}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_REQUEST_SUCCESS(bytes: Uint8Array): SSH_MSG_REQUEST_SUCCESS {
  const r = new Reader(bytes);
  const v = readSSH_MSG_REQUEST_SUCCESS(r);
  r.done('SSH_MSG_REQUEST_SUCCESS@specs/ssh/connection.spec:33');
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
  const number = r.u8('SSH_MSG_REQUEST_FAILURE@specs/ssh/connection.spec:38');
  if (number !== 82) throw new DecodeError('SSH_MSG_REQUEST_FAILURE@specs/ssh/connection.spec:38', `expected message number 82, got ${number}`);
  return {};
}

/** Write a {@link SSH_MSG_REQUEST_FAILURE}. */
export function writeSSH_MSG_REQUEST_FAILURE(w: Writer, v: SSH_MSG_REQUEST_FAILURE): void {
  w.u8(82, 'SSH_MSG_REQUEST_FAILURE@specs/ssh/connection.spec:38');
}

/** Decode a whole {@link SSH_MSG_REQUEST_FAILURE}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_REQUEST_FAILURE(bytes: Uint8Array): SSH_MSG_REQUEST_FAILURE {
  const r = new Reader(bytes);
  const v = readSSH_MSG_REQUEST_FAILURE(r);
  r.done('SSH_MSG_REQUEST_FAILURE@specs/ssh/connection.spec:38');
  return v;
}

/** Encode a {@link SSH_MSG_REQUEST_FAILURE}. */
export function encodeSSH_MSG_REQUEST_FAILURE(v: SSH_MSG_REQUEST_FAILURE): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_REQUEST_FAILURE(w, v);
  return w.finish();
}

/** The variants of SSH_MSG_CHANNEL_OPEN.channel_type_specific_data, keyed by channel_type. */
export type SSH_MSG_CHANNEL_OPENChannelTypeSpecificData = { case: "session"; value: Empty } | { case: "x11"; value: X11Channel } | { case: "forwarded-tcpip"; value: ForwardedTcpip } | { case: "direct-tcpip"; value: DirectTcpip } | { case: undefined; value: Uint8Array };

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
  const number = r.u8('SSH_MSG_CHANNEL_OPEN@specs/ssh/connection.spec:48');
  if (number !== 90) throw new DecodeError('SSH_MSG_CHANNEL_OPEN@specs/ssh/connection.spec:48', `expected message number 90, got ${number}`);
  const channel_type = r.sshUtf8('SSH_MSG_CHANNEL_OPEN.channel_type@specs/ssh/connection.spec:49');
  const sender_channel = r.u32('SSH_MSG_CHANNEL_OPEN.sender_channel@specs/ssh/connection.spec:50');
  const initial_window_size = r.u32('SSH_MSG_CHANNEL_OPEN.initial_window_size@specs/ssh/connection.spec:51');
  const maximum_packet_size = r.u32('SSH_MSG_CHANNEL_OPEN.maximum_packet_size@specs/ssh/connection.spec:52');
  let channel_type_specific_data: SSH_MSG_CHANNEL_OPENChannelTypeSpecificData;
  switch (channel_type) {
    case "session":
      channel_type_specific_data = { case: "session", value: readEmpty(r) };
      break;
    case "x11":
      channel_type_specific_data = { case: "x11", value: readX11Channel(r) };
      break;
    case "forwarded-tcpip":
      channel_type_specific_data = { case: "forwarded-tcpip", value: readForwardedTcpip(r) };
      break;
    case "direct-tcpip":
      channel_type_specific_data = { case: "direct-tcpip", value: readDirectTcpip(r) };
      break;
    default:
      channel_type_specific_data = { case: undefined, value: r.rest() };
      break;
  }
  return { channel_type, sender_channel, initial_window_size, maximum_packet_size, channel_type_specific_data };
}

/** Write a {@link SSH_MSG_CHANNEL_OPEN}. */
export function writeSSH_MSG_CHANNEL_OPEN(w: Writer, v: SSH_MSG_CHANNEL_OPEN): void {
  w.u8(90, 'SSH_MSG_CHANNEL_OPEN@specs/ssh/connection.spec:48');
  w.sshUtf8(v.channel_type, 'SSH_MSG_CHANNEL_OPEN.channel_type@specs/ssh/connection.spec:49');
  w.u32(v.sender_channel, 'SSH_MSG_CHANNEL_OPEN.sender_channel@specs/ssh/connection.spec:50');
  w.u32(v.initial_window_size, 'SSH_MSG_CHANNEL_OPEN.initial_window_size@specs/ssh/connection.spec:51');
  w.u32(v.maximum_packet_size, 'SSH_MSG_CHANNEL_OPEN.maximum_packet_size@specs/ssh/connection.spec:52');
  const channel_type_specific_data = v.channel_type_specific_data;
  switch (channel_type_specific_data.case) {
    case "session":
      if (v.channel_type !== "session") throw new EncodeError('SSH_MSG_CHANNEL_OPEN.channel_type_specific_data@specs/ssh/connection.spec:74', `case session needs channel_type = session, got ${String(v.channel_type)}`);
      writeEmpty(w, channel_type_specific_data.value);
      break;
    case "x11":
      if (v.channel_type !== "x11") throw new EncodeError('SSH_MSG_CHANNEL_OPEN.channel_type_specific_data@specs/ssh/connection.spec:74', `case x11 needs channel_type = x11, got ${String(v.channel_type)}`);
      writeX11Channel(w, channel_type_specific_data.value);
      break;
    case "forwarded-tcpip":
      if (v.channel_type !== "forwarded-tcpip") throw new EncodeError('SSH_MSG_CHANNEL_OPEN.channel_type_specific_data@specs/ssh/connection.spec:74', `case forwarded-tcpip needs channel_type = forwarded-tcpip, got ${String(v.channel_type)}`);
      writeForwardedTcpip(w, channel_type_specific_data.value);
      break;
    case "direct-tcpip":
      if (v.channel_type !== "direct-tcpip") throw new EncodeError('SSH_MSG_CHANNEL_OPEN.channel_type_specific_data@specs/ssh/connection.spec:74', `case direct-tcpip needs channel_type = direct-tcpip, got ${String(v.channel_type)}`);
      writeDirectTcpip(w, channel_type_specific_data.value);
      break;
    case undefined:
      w.raw(channel_type_specific_data.value, 'SSH_MSG_CHANNEL_OPEN.channel_type_specific_data@specs/ssh/connection.spec:74');
      break;
    default:
      throw new EncodeError('SSH_MSG_CHANNEL_OPEN.channel_type_specific_data@specs/ssh/connection.spec:74', `unknown case ${String((channel_type_specific_data as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link SSH_MSG_CHANNEL_OPEN}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_OPEN(bytes: Uint8Array): SSH_MSG_CHANNEL_OPEN {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_OPEN(r);
  r.done('SSH_MSG_CHANNEL_OPEN@specs/ssh/connection.spec:48');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_OPEN}. */
export function encodeSSH_MSG_CHANNEL_OPEN(v: SSH_MSG_CHANNEL_OPEN): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_OPEN(w, v);
  return w.finish();
}

/**
 * The "x11" arm of SSH_MSG_CHANNEL_OPEN.
 * @see RFC 4254 §6.3.2
 */
export interface X11Channel {
  /** e.g. "192.168.7.38". */
  originator_address: string;
  originator_port: number;
}

/** Read a {@link X11Channel} at the reader's position. */
export function readX11Channel(r: Reader): X11Channel {
  const originator_address = r.sshUtf8('X11Channel.originator_address@specs/ssh/connection.spec:58');
  const originator_port = r.u32('X11Channel.originator_port@specs/ssh/connection.spec:59');
  return { originator_address, originator_port };
}

/** Write a {@link X11Channel}. */
export function writeX11Channel(w: Writer, v: X11Channel): void {
  w.sshUtf8(v.originator_address, 'X11Channel.originator_address@specs/ssh/connection.spec:58');
  w.u32(v.originator_port, 'X11Channel.originator_port@specs/ssh/connection.spec:59');
}

/** Decode a whole {@link X11Channel}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeX11Channel(bytes: Uint8Array): X11Channel {
  const r = new Reader(bytes);
  const v = readX11Channel(r);
  r.done('X11Channel@specs/ssh/connection.spec:57');
  return v;
}

/** Encode a {@link X11Channel}. */
export function encodeX11Channel(v: X11Channel): Uint8Array {
  const w = new Writer();
  writeX11Channel(w, v);
  return w.finish();
}

/**
 * The "forwarded-tcpip" arm of SSH_MSG_CHANNEL_OPEN.
 * @see RFC 4254 §7.2
 */
export interface ForwardedTcpip {
  address_that_was_connected: string;
  port_that_was_connected: number;
  originator_ip_address: string;
  originator_port: number;
}

/** Read a {@link ForwardedTcpip} at the reader's position. */
export function readForwardedTcpip(r: Reader): ForwardedTcpip {
  const address_that_was_connected = r.sshUtf8('ForwardedTcpip.address_that_was_connected@specs/ssh/connection.spec:62');
  const port_that_was_connected = r.u32('ForwardedTcpip.port_that_was_connected@specs/ssh/connection.spec:63');
  const originator_ip_address = r.sshUtf8('ForwardedTcpip.originator_ip_address@specs/ssh/connection.spec:64');
  const originator_port = r.u32('ForwardedTcpip.originator_port@specs/ssh/connection.spec:65');
  return { address_that_was_connected, port_that_was_connected, originator_ip_address, originator_port };
}

/** Write a {@link ForwardedTcpip}. */
export function writeForwardedTcpip(w: Writer, v: ForwardedTcpip): void {
  w.sshUtf8(v.address_that_was_connected, 'ForwardedTcpip.address_that_was_connected@specs/ssh/connection.spec:62');
  w.u32(v.port_that_was_connected, 'ForwardedTcpip.port_that_was_connected@specs/ssh/connection.spec:63');
  w.sshUtf8(v.originator_ip_address, 'ForwardedTcpip.originator_ip_address@specs/ssh/connection.spec:64');
  w.u32(v.originator_port, 'ForwardedTcpip.originator_port@specs/ssh/connection.spec:65');
}

/** Decode a whole {@link ForwardedTcpip}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeForwardedTcpip(bytes: Uint8Array): ForwardedTcpip {
  const r = new Reader(bytes);
  const v = readForwardedTcpip(r);
  r.done('ForwardedTcpip@specs/ssh/connection.spec:61');
  return v;
}

/** Encode a {@link ForwardedTcpip}. */
export function encodeForwardedTcpip(v: ForwardedTcpip): Uint8Array {
  const w = new Writer();
  writeForwardedTcpip(w, v);
  return w.finish();
}

/**
 * The "direct-tcpip" arm of SSH_MSG_CHANNEL_OPEN.
 * @see RFC 4254 §7.2
 */
export interface DirectTcpip {
  host_to_connect: string;
  port_to_connect: number;
  originator_ip_address: string;
  originator_port: number;
}

/** Read a {@link DirectTcpip} at the reader's position. */
export function readDirectTcpip(r: Reader): DirectTcpip {
  const host_to_connect = r.sshUtf8('DirectTcpip.host_to_connect@specs/ssh/connection.spec:68');
  const port_to_connect = r.u32('DirectTcpip.port_to_connect@specs/ssh/connection.spec:69');
  const originator_ip_address = r.sshUtf8('DirectTcpip.originator_ip_address@specs/ssh/connection.spec:70');
  const originator_port = r.u32('DirectTcpip.originator_port@specs/ssh/connection.spec:71');
  return { host_to_connect, port_to_connect, originator_ip_address, originator_port };
}

/** Write a {@link DirectTcpip}. */
export function writeDirectTcpip(w: Writer, v: DirectTcpip): void {
  w.sshUtf8(v.host_to_connect, 'DirectTcpip.host_to_connect@specs/ssh/connection.spec:68');
  w.u32(v.port_to_connect, 'DirectTcpip.port_to_connect@specs/ssh/connection.spec:69');
  w.sshUtf8(v.originator_ip_address, 'DirectTcpip.originator_ip_address@specs/ssh/connection.spec:70');
  w.u32(v.originator_port, 'DirectTcpip.originator_port@specs/ssh/connection.spec:71');
}

/** Decode a whole {@link DirectTcpip}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeDirectTcpip(bytes: Uint8Array): DirectTcpip {
  const r = new Reader(bytes);
  const v = readDirectTcpip(r);
  r.done('DirectTcpip@specs/ssh/connection.spec:67');
  return v;
}

/** Encode a {@link DirectTcpip}. */
export function encodeDirectTcpip(v: DirectTcpip): Uint8Array {
  const w = new Writer();
  writeDirectTcpip(w, v);
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
  const number = r.u8('SSH_MSG_CHANNEL_OPEN_CONFIRMATION@specs/ssh/connection.spec:78');
  if (number !== 91) throw new DecodeError('SSH_MSG_CHANNEL_OPEN_CONFIRMATION@specs/ssh/connection.spec:78', `expected message number 91, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_OPEN_CONFIRMATION.recipient_channel@specs/ssh/connection.spec:79');
  const sender_channel = r.u32('SSH_MSG_CHANNEL_OPEN_CONFIRMATION.sender_channel@specs/ssh/connection.spec:80');
  const initial_window_size = r.u32('SSH_MSG_CHANNEL_OPEN_CONFIRMATION.initial_window_size@specs/ssh/connection.spec:81');
  const maximum_packet_size = r.u32('SSH_MSG_CHANNEL_OPEN_CONFIRMATION.maximum_packet_size@specs/ssh/connection.spec:82');
  const channel_type_specific_data = r.rest();
  return { recipient_channel, sender_channel, initial_window_size, maximum_packet_size, channel_type_specific_data };
}

/** Write a {@link SSH_MSG_CHANNEL_OPEN_CONFIRMATION}. */
export function writeSSH_MSG_CHANNEL_OPEN_CONFIRMATION(w: Writer, v: SSH_MSG_CHANNEL_OPEN_CONFIRMATION): void {
  w.u8(91, 'SSH_MSG_CHANNEL_OPEN_CONFIRMATION@specs/ssh/connection.spec:78');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_OPEN_CONFIRMATION.recipient_channel@specs/ssh/connection.spec:79');
  w.u32(v.sender_channel, 'SSH_MSG_CHANNEL_OPEN_CONFIRMATION.sender_channel@specs/ssh/connection.spec:80');
  w.u32(v.initial_window_size, 'SSH_MSG_CHANNEL_OPEN_CONFIRMATION.initial_window_size@specs/ssh/connection.spec:81');
  w.u32(v.maximum_packet_size, 'SSH_MSG_CHANNEL_OPEN_CONFIRMATION.maximum_packet_size@specs/ssh/connection.spec:82');
  w.raw(v.channel_type_specific_data, 'SSH_MSG_CHANNEL_OPEN_CONFIRMATION.channel_type_specific_data@specs/ssh/connection.spec:83');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_OPEN_CONFIRMATION}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_OPEN_CONFIRMATION(bytes: Uint8Array): SSH_MSG_CHANNEL_OPEN_CONFIRMATION {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_OPEN_CONFIRMATION(r);
  r.done('SSH_MSG_CHANNEL_OPEN_CONFIRMATION@specs/ssh/connection.spec:78');
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
  const number = r.u8('SSH_MSG_CHANNEL_OPEN_FAILURE@specs/ssh/connection.spec:96');
  if (number !== 92) throw new DecodeError('SSH_MSG_CHANNEL_OPEN_FAILURE@specs/ssh/connection.spec:96', `expected message number 92, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_OPEN_FAILURE.recipient_channel@specs/ssh/connection.spec:97');
  const reason_code = r.u32('SSH_MSG_CHANNEL_OPEN_FAILURE.reason_code@specs/ssh/connection.spec:98');
  const description = r.sshUtf8('SSH_MSG_CHANNEL_OPEN_FAILURE.description@specs/ssh/connection.spec:99');
  const language_tag = r.sshUtf8('SSH_MSG_CHANNEL_OPEN_FAILURE.language_tag@specs/ssh/connection.spec:100');
  return { recipient_channel, reason_code, description, language_tag };
}

/** Write a {@link SSH_MSG_CHANNEL_OPEN_FAILURE}. */
export function writeSSH_MSG_CHANNEL_OPEN_FAILURE(w: Writer, v: SSH_MSG_CHANNEL_OPEN_FAILURE): void {
  w.u8(92, 'SSH_MSG_CHANNEL_OPEN_FAILURE@specs/ssh/connection.spec:96');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_OPEN_FAILURE.recipient_channel@specs/ssh/connection.spec:97');
  w.u32(v.reason_code, 'SSH_MSG_CHANNEL_OPEN_FAILURE.reason_code@specs/ssh/connection.spec:98');
  w.sshUtf8(v.description, 'SSH_MSG_CHANNEL_OPEN_FAILURE.description@specs/ssh/connection.spec:99');
  w.sshUtf8(v.language_tag, 'SSH_MSG_CHANNEL_OPEN_FAILURE.language_tag@specs/ssh/connection.spec:100');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_OPEN_FAILURE}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_OPEN_FAILURE(bytes: Uint8Array): SSH_MSG_CHANNEL_OPEN_FAILURE {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_OPEN_FAILURE(r);
  r.done('SSH_MSG_CHANNEL_OPEN_FAILURE@specs/ssh/connection.spec:96');
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
  const number = r.u8('SSH_MSG_CHANNEL_WINDOW_ADJUST@specs/ssh/connection.spec:106');
  if (number !== 93) throw new DecodeError('SSH_MSG_CHANNEL_WINDOW_ADJUST@specs/ssh/connection.spec:106', `expected message number 93, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_WINDOW_ADJUST.recipient_channel@specs/ssh/connection.spec:107');
  const bytes_to_add = r.u32('SSH_MSG_CHANNEL_WINDOW_ADJUST.bytes_to_add@specs/ssh/connection.spec:108');
  return { recipient_channel, bytes_to_add };
}

/** Write a {@link SSH_MSG_CHANNEL_WINDOW_ADJUST}. */
export function writeSSH_MSG_CHANNEL_WINDOW_ADJUST(w: Writer, v: SSH_MSG_CHANNEL_WINDOW_ADJUST): void {
  w.u8(93, 'SSH_MSG_CHANNEL_WINDOW_ADJUST@specs/ssh/connection.spec:106');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_WINDOW_ADJUST.recipient_channel@specs/ssh/connection.spec:107');
  w.u32(v.bytes_to_add, 'SSH_MSG_CHANNEL_WINDOW_ADJUST.bytes_to_add@specs/ssh/connection.spec:108');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_WINDOW_ADJUST}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_WINDOW_ADJUST(bytes: Uint8Array): SSH_MSG_CHANNEL_WINDOW_ADJUST {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_WINDOW_ADJUST(r);
  r.done('SSH_MSG_CHANNEL_WINDOW_ADJUST@specs/ssh/connection.spec:106');
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
  const number = r.u8('SSH_MSG_CHANNEL_DATA@specs/ssh/connection.spec:112');
  if (number !== 94) throw new DecodeError('SSH_MSG_CHANNEL_DATA@specs/ssh/connection.spec:112', `expected message number 94, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_DATA.recipient_channel@specs/ssh/connection.spec:113');
  const data = r.sshString('SSH_MSG_CHANNEL_DATA.data@specs/ssh/connection.spec:114');
  return { recipient_channel, data };
}

/** Write a {@link SSH_MSG_CHANNEL_DATA}. */
export function writeSSH_MSG_CHANNEL_DATA(w: Writer, v: SSH_MSG_CHANNEL_DATA): void {
  w.u8(94, 'SSH_MSG_CHANNEL_DATA@specs/ssh/connection.spec:112');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_DATA.recipient_channel@specs/ssh/connection.spec:113');
  w.sshString(v.data, 'SSH_MSG_CHANNEL_DATA.data@specs/ssh/connection.spec:114');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_DATA}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_DATA(bytes: Uint8Array): SSH_MSG_CHANNEL_DATA {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_DATA(r);
  r.done('SSH_MSG_CHANNEL_DATA@specs/ssh/connection.spec:112');
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
  const number = r.u8('SSH_MSG_CHANNEL_EXTENDED_DATA@specs/ssh/connection.spec:124');
  if (number !== 95) throw new DecodeError('SSH_MSG_CHANNEL_EXTENDED_DATA@specs/ssh/connection.spec:124', `expected message number 95, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_EXTENDED_DATA.recipient_channel@specs/ssh/connection.spec:125');
  const data_type_code = r.u32('SSH_MSG_CHANNEL_EXTENDED_DATA.data_type_code@specs/ssh/connection.spec:126');
  const data = r.sshString('SSH_MSG_CHANNEL_EXTENDED_DATA.data@specs/ssh/connection.spec:127');
  return { recipient_channel, data_type_code, data };
}

/** Write a {@link SSH_MSG_CHANNEL_EXTENDED_DATA}. */
export function writeSSH_MSG_CHANNEL_EXTENDED_DATA(w: Writer, v: SSH_MSG_CHANNEL_EXTENDED_DATA): void {
  w.u8(95, 'SSH_MSG_CHANNEL_EXTENDED_DATA@specs/ssh/connection.spec:124');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_EXTENDED_DATA.recipient_channel@specs/ssh/connection.spec:125');
  w.u32(v.data_type_code, 'SSH_MSG_CHANNEL_EXTENDED_DATA.data_type_code@specs/ssh/connection.spec:126');
  w.sshString(v.data, 'SSH_MSG_CHANNEL_EXTENDED_DATA.data@specs/ssh/connection.spec:127');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_EXTENDED_DATA}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_EXTENDED_DATA(bytes: Uint8Array): SSH_MSG_CHANNEL_EXTENDED_DATA {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_EXTENDED_DATA(r);
  r.done('SSH_MSG_CHANNEL_EXTENDED_DATA@specs/ssh/connection.spec:124');
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
  const number = r.u8('SSH_MSG_CHANNEL_EOF@specs/ssh/connection.spec:131');
  if (number !== 96) throw new DecodeError('SSH_MSG_CHANNEL_EOF@specs/ssh/connection.spec:131', `expected message number 96, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_EOF.recipient_channel@specs/ssh/connection.spec:132');
  return { recipient_channel };
}

/** Write a {@link SSH_MSG_CHANNEL_EOF}. */
export function writeSSH_MSG_CHANNEL_EOF(w: Writer, v: SSH_MSG_CHANNEL_EOF): void {
  w.u8(96, 'SSH_MSG_CHANNEL_EOF@specs/ssh/connection.spec:131');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_EOF.recipient_channel@specs/ssh/connection.spec:132');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_EOF}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_EOF(bytes: Uint8Array): SSH_MSG_CHANNEL_EOF {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_EOF(r);
  r.done('SSH_MSG_CHANNEL_EOF@specs/ssh/connection.spec:131');
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
  const number = r.u8('SSH_MSG_CHANNEL_CLOSE@specs/ssh/connection.spec:136');
  if (number !== 97) throw new DecodeError('SSH_MSG_CHANNEL_CLOSE@specs/ssh/connection.spec:136', `expected message number 97, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_CLOSE.recipient_channel@specs/ssh/connection.spec:137');
  return { recipient_channel };
}

/** Write a {@link SSH_MSG_CHANNEL_CLOSE}. */
export function writeSSH_MSG_CHANNEL_CLOSE(w: Writer, v: SSH_MSG_CHANNEL_CLOSE): void {
  w.u8(97, 'SSH_MSG_CHANNEL_CLOSE@specs/ssh/connection.spec:136');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_CLOSE.recipient_channel@specs/ssh/connection.spec:137');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_CLOSE}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_CLOSE(bytes: Uint8Array): SSH_MSG_CHANNEL_CLOSE {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_CLOSE(r);
  r.done('SSH_MSG_CHANNEL_CLOSE@specs/ssh/connection.spec:136');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_CLOSE}. */
export function encodeSSH_MSG_CHANNEL_CLOSE(v: SSH_MSG_CHANNEL_CLOSE): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_CLOSE(w, v);
  return w.finish();
}

/** The variants of SSH_MSG_CHANNEL_REQUEST.type_specific_data, keyed by request_type. */
export type SSH_MSG_CHANNEL_REQUESTTypeSpecificData = { case: "pty-req"; value: PtyReq } | { case: "x11-req"; value: X11Req } | { case: "env"; value: Env } | { case: "shell"; value: Empty } | { case: "exec"; value: Exec } | { case: "subsystem"; value: Subsystem } | { case: "window-change"; value: WindowChange } | { case: "xon-xoff"; value: XonXoff } | { case: "signal"; value: Signal } | { case: "exit-status"; value: ExitStatus } | { case: "exit-signal"; value: ExitSignal } | { case: "auth-agent-req@openssh.com"; value: Empty } | { case: "eow@openssh.com"; value: Empty } | { case: "keepalive@openssh.com"; value: Empty } | { case: undefined; value: Uint8Array };

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
  const number = r.u8('SSH_MSG_CHANNEL_REQUEST@specs/ssh/connection.spec:153');
  if (number !== 98) throw new DecodeError('SSH_MSG_CHANNEL_REQUEST@specs/ssh/connection.spec:153', `expected message number 98, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_REQUEST.recipient_channel@specs/ssh/connection.spec:154');
  const request_type = r.sshUtf8('SSH_MSG_CHANNEL_REQUEST.request_type@specs/ssh/connection.spec:155');
  const want_reply = r.bool('SSH_MSG_CHANNEL_REQUEST.want_reply@specs/ssh/connection.spec:156');
  let type_specific_data: SSH_MSG_CHANNEL_REQUESTTypeSpecificData;
  switch (request_type) {
    case "pty-req":
      type_specific_data = { case: "pty-req", value: readPtyReq(r) };
      break;
    case "x11-req":
      type_specific_data = { case: "x11-req", value: readX11Req(r) };
      break;
    case "env":
      type_specific_data = { case: "env", value: readEnv(r) };
      break;
    case "shell":
      type_specific_data = { case: "shell", value: readEmpty(r) };
      break;
    case "exec":
      type_specific_data = { case: "exec", value: readExec(r) };
      break;
    case "subsystem":
      type_specific_data = { case: "subsystem", value: readSubsystem(r) };
      break;
    case "window-change":
      type_specific_data = { case: "window-change", value: readWindowChange(r) };
      break;
    case "xon-xoff":
      type_specific_data = { case: "xon-xoff", value: readXonXoff(r) };
      break;
    case "signal":
      type_specific_data = { case: "signal", value: readSignal(r) };
      break;
    case "exit-status":
      type_specific_data = { case: "exit-status", value: readExitStatus(r) };
      break;
    case "exit-signal":
      type_specific_data = { case: "exit-signal", value: readExitSignal(r) };
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
  w.u8(98, 'SSH_MSG_CHANNEL_REQUEST@specs/ssh/connection.spec:153');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_REQUEST.recipient_channel@specs/ssh/connection.spec:154');
  w.sshUtf8(v.request_type, 'SSH_MSG_CHANNEL_REQUEST.request_type@specs/ssh/connection.spec:155');
  w.bool(v.want_reply, 'SSH_MSG_CHANNEL_REQUEST.want_reply@specs/ssh/connection.spec:156');
  const type_specific_data = v.type_specific_data;
  switch (type_specific_data.case) {
    case "pty-req":
      if (v.request_type !== "pty-req") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:209', `case pty-req needs request_type = pty-req, got ${String(v.request_type)}`);
      writePtyReq(w, type_specific_data.value);
      break;
    case "x11-req":
      if (v.request_type !== "x11-req") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:209', `case x11-req needs request_type = x11-req, got ${String(v.request_type)}`);
      writeX11Req(w, type_specific_data.value);
      break;
    case "env":
      if (v.request_type !== "env") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:209', `case env needs request_type = env, got ${String(v.request_type)}`);
      writeEnv(w, type_specific_data.value);
      break;
    case "shell":
      if (v.request_type !== "shell") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:209', `case shell needs request_type = shell, got ${String(v.request_type)}`);
      writeEmpty(w, type_specific_data.value);
      break;
    case "exec":
      if (v.request_type !== "exec") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:209', `case exec needs request_type = exec, got ${String(v.request_type)}`);
      writeExec(w, type_specific_data.value);
      break;
    case "subsystem":
      if (v.request_type !== "subsystem") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:209', `case subsystem needs request_type = subsystem, got ${String(v.request_type)}`);
      writeSubsystem(w, type_specific_data.value);
      break;
    case "window-change":
      if (v.request_type !== "window-change") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:209', `case window-change needs request_type = window-change, got ${String(v.request_type)}`);
      writeWindowChange(w, type_specific_data.value);
      break;
    case "xon-xoff":
      if (v.request_type !== "xon-xoff") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:209', `case xon-xoff needs request_type = xon-xoff, got ${String(v.request_type)}`);
      writeXonXoff(w, type_specific_data.value);
      break;
    case "signal":
      if (v.request_type !== "signal") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:209', `case signal needs request_type = signal, got ${String(v.request_type)}`);
      writeSignal(w, type_specific_data.value);
      break;
    case "exit-status":
      if (v.request_type !== "exit-status") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:209', `case exit-status needs request_type = exit-status, got ${String(v.request_type)}`);
      writeExitStatus(w, type_specific_data.value);
      break;
    case "exit-signal":
      if (v.request_type !== "exit-signal") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:209', `case exit-signal needs request_type = exit-signal, got ${String(v.request_type)}`);
      writeExitSignal(w, type_specific_data.value);
      break;
    case "auth-agent-req@openssh.com":
      if (v.request_type !== "auth-agent-req@openssh.com") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:209', `case auth-agent-req@openssh.com needs request_type = auth-agent-req@openssh.com, got ${String(v.request_type)}`);
      writeEmpty(w, type_specific_data.value);
      break;
    case "eow@openssh.com":
      if (v.request_type !== "eow@openssh.com") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:209', `case eow@openssh.com needs request_type = eow@openssh.com, got ${String(v.request_type)}`);
      writeEmpty(w, type_specific_data.value);
      break;
    case "keepalive@openssh.com":
      if (v.request_type !== "keepalive@openssh.com") throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:209', `case keepalive@openssh.com needs request_type = keepalive@openssh.com, got ${String(v.request_type)}`);
      writeEmpty(w, type_specific_data.value);
      break;
    case undefined:
      w.raw(type_specific_data.value, 'SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:209');
      break;
    default:
      throw new EncodeError('SSH_MSG_CHANNEL_REQUEST.type_specific_data@specs/ssh/connection.spec:209', `unknown case ${String((type_specific_data as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link SSH_MSG_CHANNEL_REQUEST}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_REQUEST(bytes: Uint8Array): SSH_MSG_CHANNEL_REQUEST {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_REQUEST(r);
  r.done('SSH_MSG_CHANNEL_REQUEST@specs/ssh/connection.spec:153');
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_REQUEST}. */
export function encodeSSH_MSG_CHANNEL_REQUEST(v: SSH_MSG_CHANNEL_REQUEST): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_REQUEST(w, v);
  return w.finish();
}

/**
 * The "pty-req" arm of SSH_MSG_CHANNEL_REQUEST.
 * @see RFC 4254 §6.2
 */
export interface PtyReq {
  /** e.g. "vt100". */
  TERM_environment_variable: string;
  terminal_width_characters: number;
  terminal_height_rows: number;
  terminal_width_pixels: number;
  terminal_height_pixels: number;
  encoded_terminal_modes: Uint8Array;
}

/** Read a {@link PtyReq} at the reader's position. */
export function readPtyReq(r: Reader): PtyReq {
  const TERM_environment_variable = r.sshUtf8('PtyReq.TERM_environment_variable@specs/ssh/connection.spec:160');
  const terminal_width_characters = r.u32('PtyReq.terminal_width_characters@specs/ssh/connection.spec:161');
  const terminal_height_rows = r.u32('PtyReq.terminal_height_rows@specs/ssh/connection.spec:162');
  const terminal_width_pixels = r.u32('PtyReq.terminal_width_pixels@specs/ssh/connection.spec:163');
  const terminal_height_pixels = r.u32('PtyReq.terminal_height_pixels@specs/ssh/connection.spec:164');
  const encoded_terminal_modes = r.sshString('PtyReq.encoded_terminal_modes@specs/ssh/connection.spec:165');
  return { TERM_environment_variable, terminal_width_characters, terminal_height_rows, terminal_width_pixels, terminal_height_pixels, encoded_terminal_modes };
}

/** Write a {@link PtyReq}. */
export function writePtyReq(w: Writer, v: PtyReq): void {
  w.sshUtf8(v.TERM_environment_variable, 'PtyReq.TERM_environment_variable@specs/ssh/connection.spec:160');
  w.u32(v.terminal_width_characters, 'PtyReq.terminal_width_characters@specs/ssh/connection.spec:161');
  w.u32(v.terminal_height_rows, 'PtyReq.terminal_height_rows@specs/ssh/connection.spec:162');
  w.u32(v.terminal_width_pixels, 'PtyReq.terminal_width_pixels@specs/ssh/connection.spec:163');
  w.u32(v.terminal_height_pixels, 'PtyReq.terminal_height_pixels@specs/ssh/connection.spec:164');
  w.sshString(v.encoded_terminal_modes, 'PtyReq.encoded_terminal_modes@specs/ssh/connection.spec:165');
}

/** Decode a whole {@link PtyReq}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePtyReq(bytes: Uint8Array): PtyReq {
  const r = new Reader(bytes);
  const v = readPtyReq(r);
  r.done('PtyReq@specs/ssh/connection.spec:159');
  return v;
}

/** Encode a {@link PtyReq}. */
export function encodePtyReq(v: PtyReq): Uint8Array {
  const w = new Writer();
  writePtyReq(w, v);
  return w.finish();
}

/**
 * The "x11-req" arm of SSH_MSG_CHANNEL_REQUEST.
 * @see RFC 4254 §6.3.1
 */
export interface X11Req {
  single_connection: boolean;
  /** e.g. "MIT-MAGIC-COOKIE-1". */
  x11_authentication_protocol: string;
  /** hexadecimal text. */
  x11_authentication_cookie: string;
  x11_screen_number: number;
}

/** Read a {@link X11Req} at the reader's position. */
export function readX11Req(r: Reader): X11Req {
  const single_connection = r.bool('X11Req.single_connection@specs/ssh/connection.spec:168');
  const x11_authentication_protocol = r.sshUtf8('X11Req.x11_authentication_protocol@specs/ssh/connection.spec:169');
  const x11_authentication_cookie = r.sshUtf8('X11Req.x11_authentication_cookie@specs/ssh/connection.spec:170');
  const x11_screen_number = r.u32('X11Req.x11_screen_number@specs/ssh/connection.spec:171');
  return { single_connection, x11_authentication_protocol, x11_authentication_cookie, x11_screen_number };
}

/** Write a {@link X11Req}. */
export function writeX11Req(w: Writer, v: X11Req): void {
  w.bool(v.single_connection, 'X11Req.single_connection@specs/ssh/connection.spec:168');
  w.sshUtf8(v.x11_authentication_protocol, 'X11Req.x11_authentication_protocol@specs/ssh/connection.spec:169');
  w.sshUtf8(v.x11_authentication_cookie, 'X11Req.x11_authentication_cookie@specs/ssh/connection.spec:170');
  w.u32(v.x11_screen_number, 'X11Req.x11_screen_number@specs/ssh/connection.spec:171');
}

/** Decode a whole {@link X11Req}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeX11Req(bytes: Uint8Array): X11Req {
  const r = new Reader(bytes);
  const v = readX11Req(r);
  r.done('X11Req@specs/ssh/connection.spec:167');
  return v;
}

/** Encode a {@link X11Req}. */
export function encodeX11Req(v: X11Req): Uint8Array {
  const w = new Writer();
  writeX11Req(w, v);
  return w.finish();
}

/**
 * The "env" arm of SSH_MSG_CHANNEL_REQUEST.
 * @see RFC 4254 §6.4
 */
export interface Env {
  variable_name: string;
  /** bytes: the environment holds no encoding. */
  variable_value: Uint8Array;
}

/** Read a {@link Env} at the reader's position. */
export function readEnv(r: Reader): Env {
  const variable_name = r.sshUtf8('Env.variable_name@specs/ssh/connection.spec:174');
  const variable_value = r.sshString('Env.variable_value@specs/ssh/connection.spec:175');
  return { variable_name, variable_value };
}

/** Write a {@link Env}. */
export function writeEnv(w: Writer, v: Env): void {
  w.sshUtf8(v.variable_name, 'Env.variable_name@specs/ssh/connection.spec:174');
  w.sshString(v.variable_value, 'Env.variable_value@specs/ssh/connection.spec:175');
}

/** Decode a whole {@link Env}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeEnv(bytes: Uint8Array): Env {
  const r = new Reader(bytes);
  const v = readEnv(r);
  r.done('Env@specs/ssh/connection.spec:173');
  return v;
}

/** Encode a {@link Env}. */
export function encodeEnv(v: Env): Uint8Array {
  const w = new Writer();
  writeEnv(w, v);
  return w.finish();
}

/**
 * The "exec" arm of SSH_MSG_CHANNEL_REQUEST.
 * @see RFC 4254 §6.5
 */
export interface Exec {
  command: string;
}

/** Read a {@link Exec} at the reader's position. */
export function readExec(r: Reader): Exec {
  const command = r.sshUtf8('Exec.command@specs/ssh/connection.spec:180');
  return { command };
}

/** Write a {@link Exec}. */
export function writeExec(w: Writer, v: Exec): void {
  w.sshUtf8(v.command, 'Exec.command@specs/ssh/connection.spec:180');
}

/** Decode a whole {@link Exec}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeExec(bytes: Uint8Array): Exec {
  const r = new Reader(bytes);
  const v = readExec(r);
  r.done('Exec@specs/ssh/connection.spec:179');
  return v;
}

/** Encode a {@link Exec}. */
export function encodeExec(v: Exec): Uint8Array {
  const w = new Writer();
  writeExec(w, v);
  return w.finish();
}

/**
 * The "subsystem" arm of SSH_MSG_CHANNEL_REQUEST.
 * @see RFC 4254 §6.5
 */
export interface Subsystem {
  /** e.g. "sftp". */
  subsystem_name: string;
}

/** Read a {@link Subsystem} at the reader's position. */
export function readSubsystem(r: Reader): Subsystem {
  const subsystem_name = r.sshUtf8('Subsystem.subsystem_name@specs/ssh/connection.spec:183');
  return { subsystem_name };
}

/** Write a {@link Subsystem}. */
export function writeSubsystem(w: Writer, v: Subsystem): void {
  w.sshUtf8(v.subsystem_name, 'Subsystem.subsystem_name@specs/ssh/connection.spec:183');
}

/** Decode a whole {@link Subsystem}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSubsystem(bytes: Uint8Array): Subsystem {
  const r = new Reader(bytes);
  const v = readSubsystem(r);
  r.done('Subsystem@specs/ssh/connection.spec:182');
  return v;
}

/** Encode a {@link Subsystem}. */
export function encodeSubsystem(v: Subsystem): Uint8Array {
  const w = new Writer();
  writeSubsystem(w, v);
  return w.finish();
}

/**
 * The "window-change" arm of SSH_MSG_CHANNEL_REQUEST.
 * @see RFC 4254 §6.7
 */
export interface WindowChange {
  terminal_width_columns: number;
  terminal_height_rows: number;
  terminal_width_pixels: number;
  terminal_height_pixels: number;
}

/** Read a {@link WindowChange} at the reader's position. */
export function readWindowChange(r: Reader): WindowChange {
  const terminal_width_columns = r.u32('WindowChange.terminal_width_columns@specs/ssh/connection.spec:186');
  const terminal_height_rows = r.u32('WindowChange.terminal_height_rows@specs/ssh/connection.spec:187');
  const terminal_width_pixels = r.u32('WindowChange.terminal_width_pixels@specs/ssh/connection.spec:188');
  const terminal_height_pixels = r.u32('WindowChange.terminal_height_pixels@specs/ssh/connection.spec:189');
  return { terminal_width_columns, terminal_height_rows, terminal_width_pixels, terminal_height_pixels };
}

/** Write a {@link WindowChange}. */
export function writeWindowChange(w: Writer, v: WindowChange): void {
  w.u32(v.terminal_width_columns, 'WindowChange.terminal_width_columns@specs/ssh/connection.spec:186');
  w.u32(v.terminal_height_rows, 'WindowChange.terminal_height_rows@specs/ssh/connection.spec:187');
  w.u32(v.terminal_width_pixels, 'WindowChange.terminal_width_pixels@specs/ssh/connection.spec:188');
  w.u32(v.terminal_height_pixels, 'WindowChange.terminal_height_pixels@specs/ssh/connection.spec:189');
}

/** Decode a whole {@link WindowChange}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeWindowChange(bytes: Uint8Array): WindowChange {
  const r = new Reader(bytes);
  const v = readWindowChange(r);
  r.done('WindowChange@specs/ssh/connection.spec:185');
  return v;
}

/** Encode a {@link WindowChange}. */
export function encodeWindowChange(v: WindowChange): Uint8Array {
  const w = new Writer();
  writeWindowChange(w, v);
  return w.finish();
}

/**
 * The "xon-xoff" arm of SSH_MSG_CHANNEL_REQUEST.
 * @see RFC 4254 §6.8
 */
export interface XonXoff {
  client_can_do: boolean;
}

/** Read a {@link XonXoff} at the reader's position. */
export function readXonXoff(r: Reader): XonXoff {
  const client_can_do = r.bool('XonXoff.client_can_do@specs/ssh/connection.spec:192');
  return { client_can_do };
}

/** Write a {@link XonXoff}. */
export function writeXonXoff(w: Writer, v: XonXoff): void {
  w.bool(v.client_can_do, 'XonXoff.client_can_do@specs/ssh/connection.spec:192');
}

/** Decode a whole {@link XonXoff}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeXonXoff(bytes: Uint8Array): XonXoff {
  const r = new Reader(bytes);
  const v = readXonXoff(r);
  r.done('XonXoff@specs/ssh/connection.spec:191');
  return v;
}

/** Encode a {@link XonXoff}. */
export function encodeXonXoff(v: XonXoff): Uint8Array {
  const w = new Writer();
  writeXonXoff(w, v);
  return w.finish();
}

/**
 * The "signal" arm of SSH_MSG_CHANNEL_REQUEST.
 * @see RFC 4254 §6.9
 */
export interface Signal {
  /** without the "SIG" prefix: "INT", "TERM", ... */
  signal_name: string;
}

/** Read a {@link Signal} at the reader's position. */
export function readSignal(r: Reader): Signal {
  const signal_name = r.sshUtf8('Signal.signal_name@specs/ssh/connection.spec:195');
  return { signal_name };
}

/** Write a {@link Signal}. */
export function writeSignal(w: Writer, v: Signal): void {
  w.sshUtf8(v.signal_name, 'Signal.signal_name@specs/ssh/connection.spec:195');
}

/** Decode a whole {@link Signal}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSignal(bytes: Uint8Array): Signal {
  const r = new Reader(bytes);
  const v = readSignal(r);
  r.done('Signal@specs/ssh/connection.spec:194');
  return v;
}

/** Encode a {@link Signal}. */
export function encodeSignal(v: Signal): Uint8Array {
  const w = new Writer();
  writeSignal(w, v);
  return w.finish();
}

/**
 * The "exit-status" arm of SSH_MSG_CHANNEL_REQUEST.
 * @see RFC 4254 §6.10
 */
export interface ExitStatus {
  exit_status: number;
}

/** Read a {@link ExitStatus} at the reader's position. */
export function readExitStatus(r: Reader): ExitStatus {
  const exit_status = r.u32('ExitStatus.exit_status@specs/ssh/connection.spec:198');
  return { exit_status };
}

/** Write a {@link ExitStatus}. */
export function writeExitStatus(w: Writer, v: ExitStatus): void {
  w.u32(v.exit_status, 'ExitStatus.exit_status@specs/ssh/connection.spec:198');
}

/** Decode a whole {@link ExitStatus}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeExitStatus(bytes: Uint8Array): ExitStatus {
  const r = new Reader(bytes);
  const v = readExitStatus(r);
  r.done('ExitStatus@specs/ssh/connection.spec:197');
  return v;
}

/** Encode a {@link ExitStatus}. */
export function encodeExitStatus(v: ExitStatus): Uint8Array {
  const w = new Writer();
  writeExitStatus(w, v);
  return w.finish();
}

/**
 * The "exit-signal" arm of SSH_MSG_CHANNEL_REQUEST.
 * @see RFC 4254 §6.10
 */
export interface ExitSignal {
  /** without the "SIG" prefix. */
  signal_name: string;
  core_dumped: boolean;
  /** ISO-10646 UTF-8. */
  error_message: string;
  language_tag: string;
}

/** Read a {@link ExitSignal} at the reader's position. */
export function readExitSignal(r: Reader): ExitSignal {
  const signal_name = r.sshUtf8('ExitSignal.signal_name@specs/ssh/connection.spec:201');
  const core_dumped = r.bool('ExitSignal.core_dumped@specs/ssh/connection.spec:202');
  const error_message = r.sshUtf8('ExitSignal.error_message@specs/ssh/connection.spec:203');
  const language_tag = r.sshUtf8('ExitSignal.language_tag@specs/ssh/connection.spec:204');
  return { signal_name, core_dumped, error_message, language_tag };
}

/** Write a {@link ExitSignal}. */
export function writeExitSignal(w: Writer, v: ExitSignal): void {
  w.sshUtf8(v.signal_name, 'ExitSignal.signal_name@specs/ssh/connection.spec:201');
  w.bool(v.core_dumped, 'ExitSignal.core_dumped@specs/ssh/connection.spec:202');
  w.sshUtf8(v.error_message, 'ExitSignal.error_message@specs/ssh/connection.spec:203');
  w.sshUtf8(v.language_tag, 'ExitSignal.language_tag@specs/ssh/connection.spec:204');
}

/** Decode a whole {@link ExitSignal}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeExitSignal(bytes: Uint8Array): ExitSignal {
  const r = new Reader(bytes);
  const v = readExitSignal(r);
  r.done('ExitSignal@specs/ssh/connection.spec:200');
  return v;
}

/** Encode a {@link ExitSignal}. */
export function encodeExitSignal(v: ExitSignal): Uint8Array {
  const w = new Writer();
  writeExitSignal(w, v);
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
  const number = r.u8('SSH_MSG_CHANNEL_SUCCESS@specs/ssh/connection.spec:213');
  if (number !== 99) throw new DecodeError('SSH_MSG_CHANNEL_SUCCESS@specs/ssh/connection.spec:213', `expected message number 99, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_SUCCESS.recipient_channel@specs/ssh/connection.spec:214');
  return { recipient_channel };
}

/** Write a {@link SSH_MSG_CHANNEL_SUCCESS}. */
export function writeSSH_MSG_CHANNEL_SUCCESS(w: Writer, v: SSH_MSG_CHANNEL_SUCCESS): void {
  w.u8(99, 'SSH_MSG_CHANNEL_SUCCESS@specs/ssh/connection.spec:213');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_SUCCESS.recipient_channel@specs/ssh/connection.spec:214');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_SUCCESS}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_SUCCESS(bytes: Uint8Array): SSH_MSG_CHANNEL_SUCCESS {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_SUCCESS(r);
  r.done('SSH_MSG_CHANNEL_SUCCESS@specs/ssh/connection.spec:213');
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
  const number = r.u8('SSH_MSG_CHANNEL_FAILURE@specs/ssh/connection.spec:218');
  if (number !== 100) throw new DecodeError('SSH_MSG_CHANNEL_FAILURE@specs/ssh/connection.spec:218', `expected message number 100, got ${number}`);
  const recipient_channel = r.u32('SSH_MSG_CHANNEL_FAILURE.recipient_channel@specs/ssh/connection.spec:219');
  return { recipient_channel };
}

/** Write a {@link SSH_MSG_CHANNEL_FAILURE}. */
export function writeSSH_MSG_CHANNEL_FAILURE(w: Writer, v: SSH_MSG_CHANNEL_FAILURE): void {
  w.u8(100, 'SSH_MSG_CHANNEL_FAILURE@specs/ssh/connection.spec:218');
  w.u32(v.recipient_channel, 'SSH_MSG_CHANNEL_FAILURE.recipient_channel@specs/ssh/connection.spec:219');
}

/** Decode a whole {@link SSH_MSG_CHANNEL_FAILURE}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_CHANNEL_FAILURE(bytes: Uint8Array): SSH_MSG_CHANNEL_FAILURE {
  const r = new Reader(bytes);
  const v = readSSH_MSG_CHANNEL_FAILURE(r);
  r.done('SSH_MSG_CHANNEL_FAILURE@specs/ssh/connection.spec:218');
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
