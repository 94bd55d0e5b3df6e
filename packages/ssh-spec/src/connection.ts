// Generated from specs/ssh/connection.spec by otpnet-gen. Do not edit.
import {
  type DecodeLimits,
  EncodeError,
  enumName,
  expectNoTag,
  expectObject,
  expectTag,
  fields,
  nested,
  nestedAt,
  Reader,
  tagFor,
  Writer,
} from '@otpnet/wire';

/**
 * No type-specific data: the "session" channel type, the "shell" request and the OpenSSH keepalives.
 * @see RFC 4254 §6.1
 */
export interface Empty {}

/** What {@link encodeEmpty} takes: a {@link Empty}, where fields with a default may be left out. */
export interface EmptyInput {}

/** Read a {@link Empty} at the reader's position. */
export function readEmpty(r: Reader): Empty {
  return {};
}

/** Write a {@link Empty}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeEmpty(w: Writer, v: EmptyInput): void {
  const f = F.Empty;
  expectObject(v, f.$);
}

/**
 * Decode a whole {@link Empty}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeEmpty(bytes: Uint8Array, limits?: DecodeLimits): Empty {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Empty.$);
  const v = readEmpty(r);
  r.done(F.Empty.$);
  return v;
}

/** Encode a {@link Empty}. */
export function encodeEmpty(v: EmptyInput): Uint8Array {
  const w = new Writer();
  writeEmpty(w, v);
  return w.finish();
}

/** The variants of SSH_MSG_GLOBAL_REQUEST.request_specific_data, keyed by request_name. */
export type GlobalRequestData =
  | { case: 'tcpip-forward'; value: TcpipForward }
  | { case: 'cancel-tcpip-forward'; value: TcpipForward }
  | { case: 'keepalive@openssh.com'; value: Empty }
  | { case: undefined; value: Uint8Array };
/** {@link GlobalRequestData} as an encoder takes it. */
export type GlobalRequestDataInput =
  | { case: 'tcpip-forward'; value: TcpipForwardInput }
  | { case: 'cancel-tcpip-forward'; value: TcpipForwardInput }
  | { case: 'keepalive@openssh.com'; value: EmptyInput }
  | { case: undefined; value: Uint8Array };

/**
 * Message number 80.
 * @see RFC 4254 §4
 */
export interface SSH_MSG_GLOBAL_REQUEST {
  /** An encoder may leave it out: the case of request_specific_data fixes it. */
  request_name: string;
  want_reply: boolean;
  request_specific_data: GlobalRequestData;
}

/**
 * What {@link encodeSSH_MSG_GLOBAL_REQUEST} takes: a {@link SSH_MSG_GLOBAL_REQUEST}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_GLOBAL_REQUESTInput {
  request_name?: string;
  want_reply: boolean;
  request_specific_data: GlobalRequestDataInput;
}

/** The message number of {@link SSH_MSG_GLOBAL_REQUEST}. */
export const SSH_MSG_GLOBAL_REQUEST_NUMBER = 80;

/** Read a {@link SSH_MSG_GLOBAL_REQUEST} at the reader's position. */
export function readSSH_MSG_GLOBAL_REQUEST(r: Reader): SSH_MSG_GLOBAL_REQUEST {
  const f = F.SSH_MSG_GLOBAL_REQUEST;
  r.messageNumber(80, f.$);
  const request_name = r.sshUtf8(f.request_name);
  const want_reply = r.bool(f.want_reply);
  let request_specific_data: GlobalRequestData;
  let request_specific_dataArm = '';
  try {
    switch (request_name) {
      case 'tcpip-forward':
        request_specific_dataArm = 'tcpip-forward';
        request_specific_data = { case: 'tcpip-forward', value: readTcpipForward(r) };
        break;
      case 'cancel-tcpip-forward':
        request_specific_dataArm = 'cancel-tcpip-forward';
        request_specific_data = { case: 'cancel-tcpip-forward', value: readTcpipForward(r) };
        break;
      case 'keepalive@openssh.com':
        request_specific_dataArm = 'keepalive@openssh.com';
        request_specific_data = { case: 'keepalive@openssh.com', value: readEmpty(r) };
        break;
      default:
        request_specific_data = { case: undefined, value: r.rest() };
    }
  } catch (e) {
    throw nested(e, f.request_specific_data, request_specific_dataArm);
  }
  return { request_name, want_reply, request_specific_data };
}

/**
 * Write a {@link SSH_MSG_GLOBAL_REQUEST}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_GLOBAL_REQUEST(w: Writer, v: SSH_MSG_GLOBAL_REQUESTInput): void {
  const f = F.SSH_MSG_GLOBAL_REQUEST;
  expectObject(v, f.$);
  w.u8(80, f.$);
  const request_name = tagFor(v.request_name, GlobalRequestDataTags, v.request_specific_data, f.request_name);
  w.sshUtf8(request_name, f.request_name);
  w.bool(v.want_reply, f.want_reply);
  const request_specific_dataValue = expectObject(v.request_specific_data, f.request_specific_data);
  let request_specific_dataArm = '';
  try {
    switch (request_specific_dataValue.case) {
      case 'tcpip-forward': {
        expectTag(request_name, 'tcpip-forward', f.request_specific_data);
        request_specific_dataArm = 'tcpip-forward';
        writeTcpipForward(w, request_specific_dataValue.value);
        break;
      }
      case 'cancel-tcpip-forward': {
        expectTag(request_name, 'cancel-tcpip-forward', f.request_specific_data);
        request_specific_dataArm = 'cancel-tcpip-forward';
        writeTcpipForward(w, request_specific_dataValue.value);
        break;
      }
      case 'keepalive@openssh.com': {
        expectTag(request_name, 'keepalive@openssh.com', f.request_specific_data);
        request_specific_dataArm = 'keepalive@openssh.com';
        writeEmpty(w, request_specific_dataValue.value);
        break;
      }
      case undefined:
        expectNoTag(request_name, GlobalRequestDataTags, f.request_specific_data);
        w.raw(request_specific_dataValue.value, f.request_specific_data);
        break;
      default:
        throw new EncodeError(
          'no_case',
          f.request_specific_data,
          `no case ${String((request_specific_dataValue as { case: unknown }).case)}`,
        );
    }
  } catch (e) {
    throw nested(e, f.request_specific_data, request_specific_dataArm);
  }
}

/**
 * Decode a whole {@link SSH_MSG_GLOBAL_REQUEST}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_GLOBAL_REQUEST(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_GLOBAL_REQUEST {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_GLOBAL_REQUEST.$);
  const v = readSSH_MSG_GLOBAL_REQUEST(r);
  r.done(F.SSH_MSG_GLOBAL_REQUEST.$);
  return v;
}

/** Encode a {@link SSH_MSG_GLOBAL_REQUEST}. */
export function encodeSSH_MSG_GLOBAL_REQUEST(v: SSH_MSG_GLOBAL_REQUESTInput): Uint8Array {
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

/**
 * What {@link encodeTcpipForward} takes: a {@link TcpipForward}, where fields with a default may be left out.
 */
export interface TcpipForwardInput {
  address_to_bind: string;
  port_number_to_bind: number;
}

/** Read a {@link TcpipForward} at the reader's position. */
export function readTcpipForward(r: Reader): TcpipForward {
  const f = F.TcpipForward;
  const address_to_bind = r.sshUtf8(f.address_to_bind);
  const port_number_to_bind = r.u32(f.port_number_to_bind);
  return { address_to_bind, port_number_to_bind };
}

/** Write a {@link TcpipForward}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeTcpipForward(w: Writer, v: TcpipForwardInput): void {
  const f = F.TcpipForward;
  expectObject(v, f.$);
  w.sshUtf8(v.address_to_bind, f.address_to_bind);
  w.u32(v.port_number_to_bind, f.port_number_to_bind);
}

/**
 * Decode a whole {@link TcpipForward}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeTcpipForward(bytes: Uint8Array, limits?: DecodeLimits): TcpipForward {
  const r = new Reader(bytes, 0, bytes.length, limits, F.TcpipForward.$);
  const v = readTcpipForward(r);
  r.done(F.TcpipForward.$);
  return v;
}

/** Encode a {@link TcpipForward}. */
export function encodeTcpipForward(v: TcpipForwardInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_REQUEST_SUCCESS} takes: a {@link SSH_MSG_REQUEST_SUCCESS}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_REQUEST_SUCCESSInput {
  response_specific_data: Uint8Array;
}

/** The message number of {@link SSH_MSG_REQUEST_SUCCESS}. */
export const SSH_MSG_REQUEST_SUCCESS_NUMBER = 81;

/** Read a {@link SSH_MSG_REQUEST_SUCCESS} at the reader's position. */
export function readSSH_MSG_REQUEST_SUCCESS(r: Reader): SSH_MSG_REQUEST_SUCCESS {
  const f = F.SSH_MSG_REQUEST_SUCCESS;
  r.messageNumber(81, f.$);
  const response_specific_data = r.rest();
  return { response_specific_data };
}

/**
 * Write a {@link SSH_MSG_REQUEST_SUCCESS}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_REQUEST_SUCCESS(w: Writer, v: SSH_MSG_REQUEST_SUCCESSInput): void {
  const f = F.SSH_MSG_REQUEST_SUCCESS;
  expectObject(v, f.$);
  w.u8(81, f.$);
  w.raw(v.response_specific_data, f.response_specific_data);
}

/**
 * Decode a whole {@link SSH_MSG_REQUEST_SUCCESS}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_REQUEST_SUCCESS(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_REQUEST_SUCCESS {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_REQUEST_SUCCESS.$);
  const v = readSSH_MSG_REQUEST_SUCCESS(r);
  r.done(F.SSH_MSG_REQUEST_SUCCESS.$);
  return v;
}

/** Encode a {@link SSH_MSG_REQUEST_SUCCESS}. */
export function encodeSSH_MSG_REQUEST_SUCCESS(v: SSH_MSG_REQUEST_SUCCESSInput): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_REQUEST_SUCCESS(w, v);
  return w.finish();
}

/**
 * Message number 82.
 * @see RFC 4254 §4
 */
export interface SSH_MSG_REQUEST_FAILURE {}

/**
 * What {@link encodeSSH_MSG_REQUEST_FAILURE} takes: a {@link SSH_MSG_REQUEST_FAILURE}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_REQUEST_FAILUREInput {}

/** The message number of {@link SSH_MSG_REQUEST_FAILURE}. */
export const SSH_MSG_REQUEST_FAILURE_NUMBER = 82;

/** Read a {@link SSH_MSG_REQUEST_FAILURE} at the reader's position. */
export function readSSH_MSG_REQUEST_FAILURE(r: Reader): SSH_MSG_REQUEST_FAILURE {
  const f = F.SSH_MSG_REQUEST_FAILURE;
  r.messageNumber(82, f.$);
  return {};
}

/**
 * Write a {@link SSH_MSG_REQUEST_FAILURE}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_REQUEST_FAILURE(w: Writer, v: SSH_MSG_REQUEST_FAILUREInput): void {
  const f = F.SSH_MSG_REQUEST_FAILURE;
  expectObject(v, f.$);
  w.u8(82, f.$);
}

/**
 * Decode a whole {@link SSH_MSG_REQUEST_FAILURE}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_REQUEST_FAILURE(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_REQUEST_FAILURE {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_REQUEST_FAILURE.$);
  const v = readSSH_MSG_REQUEST_FAILURE(r);
  r.done(F.SSH_MSG_REQUEST_FAILURE.$);
  return v;
}

/** Encode a {@link SSH_MSG_REQUEST_FAILURE}. */
export function encodeSSH_MSG_REQUEST_FAILURE(v: SSH_MSG_REQUEST_FAILUREInput): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_REQUEST_FAILURE(w, v);
  return w.finish();
}

/** The variants of SSH_MSG_CHANNEL_OPEN.channel_type_specific_data, keyed by channel_type. */
export type ChannelOpenData =
  | { case: 'session'; value: Empty }
  | { case: 'x11'; value: X11Channel }
  | { case: 'forwarded-tcpip'; value: ForwardedTcpip }
  | { case: 'direct-tcpip'; value: DirectTcpip }
  | { case: undefined; value: Uint8Array };
/** {@link ChannelOpenData} as an encoder takes it. */
export type ChannelOpenDataInput =
  | { case: 'session'; value: EmptyInput }
  | { case: 'x11'; value: X11ChannelInput }
  | { case: 'forwarded-tcpip'; value: ForwardedTcpipInput }
  | { case: 'direct-tcpip'; value: DirectTcpipInput }
  | { case: undefined; value: Uint8Array };

/**
 * "forwarded-tcpip" is a connection to a port forwarded with "tcpip-forward", opened by the
 * server; "direct-tcpip" a local port forwarding, opened by the client (section 7.2).
 * Message number 90.
 * @see RFC 4254 §5.1
 */
export interface SSH_MSG_CHANNEL_OPEN {
  /** An encoder may leave it out: the case of channel_type_specific_data fixes it. */
  channel_type: string;
  sender_channel: number;
  initial_window_size: number;
  maximum_packet_size: number;
  channel_type_specific_data: ChannelOpenData;
}

/**
 * What {@link encodeSSH_MSG_CHANNEL_OPEN} takes: a {@link SSH_MSG_CHANNEL_OPEN}, where fields with a default
 * may be left out.
 */
export interface SSH_MSG_CHANNEL_OPENInput {
  channel_type?: string;
  sender_channel: number;
  initial_window_size: number;
  maximum_packet_size: number;
  channel_type_specific_data: ChannelOpenDataInput;
}

/** The message number of {@link SSH_MSG_CHANNEL_OPEN}. */
export const SSH_MSG_CHANNEL_OPEN_NUMBER = 90;

/** Read a {@link SSH_MSG_CHANNEL_OPEN} at the reader's position. */
export function readSSH_MSG_CHANNEL_OPEN(r: Reader): SSH_MSG_CHANNEL_OPEN {
  const f = F.SSH_MSG_CHANNEL_OPEN;
  r.messageNumber(90, f.$);
  const channel_type = r.sshUtf8(f.channel_type);
  const sender_channel = r.u32(f.sender_channel);
  const initial_window_size = r.u32(f.initial_window_size);
  const maximum_packet_size = r.u32(f.maximum_packet_size);
  let channel_type_specific_data: ChannelOpenData;
  let channel_type_specific_dataArm = '';
  try {
    switch (channel_type) {
      case 'session':
        channel_type_specific_dataArm = 'session';
        channel_type_specific_data = { case: 'session', value: readEmpty(r) };
        break;
      case 'x11':
        channel_type_specific_dataArm = 'x11';
        channel_type_specific_data = { case: 'x11', value: readX11Channel(r) };
        break;
      case 'forwarded-tcpip':
        channel_type_specific_dataArm = 'forwarded-tcpip';
        channel_type_specific_data = { case: 'forwarded-tcpip', value: readForwardedTcpip(r) };
        break;
      case 'direct-tcpip':
        channel_type_specific_dataArm = 'direct-tcpip';
        channel_type_specific_data = { case: 'direct-tcpip', value: readDirectTcpip(r) };
        break;
      default:
        channel_type_specific_data = { case: undefined, value: r.rest() };
    }
  } catch (e) {
    throw nested(e, f.channel_type_specific_data, channel_type_specific_dataArm);
  }
  return {
    channel_type,
    sender_channel,
    initial_window_size,
    maximum_packet_size,
    channel_type_specific_data,
  };
}

/**
 * Write a {@link SSH_MSG_CHANNEL_OPEN}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_CHANNEL_OPEN(w: Writer, v: SSH_MSG_CHANNEL_OPENInput): void {
  const f = F.SSH_MSG_CHANNEL_OPEN;
  expectObject(v, f.$);
  w.u8(90, f.$);
  const channel_type = tagFor(
    v.channel_type,
    ChannelOpenDataTags,
    v.channel_type_specific_data,
    f.channel_type,
  );
  w.sshUtf8(channel_type, f.channel_type);
  w.u32(v.sender_channel, f.sender_channel);
  w.u32(v.initial_window_size, f.initial_window_size);
  w.u32(v.maximum_packet_size, f.maximum_packet_size);
  const channel_type_specific_dataValue = expectObject(
    v.channel_type_specific_data,
    f.channel_type_specific_data,
  );
  let channel_type_specific_dataArm = '';
  try {
    switch (channel_type_specific_dataValue.case) {
      case 'session': {
        expectTag(channel_type, 'session', f.channel_type_specific_data);
        channel_type_specific_dataArm = 'session';
        writeEmpty(w, channel_type_specific_dataValue.value);
        break;
      }
      case 'x11': {
        expectTag(channel_type, 'x11', f.channel_type_specific_data);
        channel_type_specific_dataArm = 'x11';
        writeX11Channel(w, channel_type_specific_dataValue.value);
        break;
      }
      case 'forwarded-tcpip': {
        expectTag(channel_type, 'forwarded-tcpip', f.channel_type_specific_data);
        channel_type_specific_dataArm = 'forwarded-tcpip';
        writeForwardedTcpip(w, channel_type_specific_dataValue.value);
        break;
      }
      case 'direct-tcpip': {
        expectTag(channel_type, 'direct-tcpip', f.channel_type_specific_data);
        channel_type_specific_dataArm = 'direct-tcpip';
        writeDirectTcpip(w, channel_type_specific_dataValue.value);
        break;
      }
      case undefined:
        expectNoTag(channel_type, ChannelOpenDataTags, f.channel_type_specific_data);
        w.raw(channel_type_specific_dataValue.value, f.channel_type_specific_data);
        break;
      default:
        throw new EncodeError(
          'no_case',
          f.channel_type_specific_data,
          `no case ${String((channel_type_specific_dataValue as { case: unknown }).case)}`,
        );
    }
  } catch (e) {
    throw nested(e, f.channel_type_specific_data, channel_type_specific_dataArm);
  }
}

/**
 * Decode a whole {@link SSH_MSG_CHANNEL_OPEN}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_CHANNEL_OPEN(bytes: Uint8Array, limits?: DecodeLimits): SSH_MSG_CHANNEL_OPEN {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_CHANNEL_OPEN.$);
  const v = readSSH_MSG_CHANNEL_OPEN(r);
  r.done(F.SSH_MSG_CHANNEL_OPEN.$);
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_OPEN}. */
export function encodeSSH_MSG_CHANNEL_OPEN(v: SSH_MSG_CHANNEL_OPENInput): Uint8Array {
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

/** What {@link encodeX11Channel} takes: a {@link X11Channel}, where fields with a default may be left out. */
export interface X11ChannelInput {
  originator_address: string;
  originator_port: number;
}

/** Read a {@link X11Channel} at the reader's position. */
export function readX11Channel(r: Reader): X11Channel {
  const f = F.X11Channel;
  const originator_address = r.sshUtf8(f.originator_address);
  const originator_port = r.u32(f.originator_port);
  return { originator_address, originator_port };
}

/** Write a {@link X11Channel}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeX11Channel(w: Writer, v: X11ChannelInput): void {
  const f = F.X11Channel;
  expectObject(v, f.$);
  w.sshUtf8(v.originator_address, f.originator_address);
  w.u32(v.originator_port, f.originator_port);
}

/**
 * Decode a whole {@link X11Channel}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeX11Channel(bytes: Uint8Array, limits?: DecodeLimits): X11Channel {
  const r = new Reader(bytes, 0, bytes.length, limits, F.X11Channel.$);
  const v = readX11Channel(r);
  r.done(F.X11Channel.$);
  return v;
}

/** Encode a {@link X11Channel}. */
export function encodeX11Channel(v: X11ChannelInput): Uint8Array {
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

/**
 * What {@link encodeForwardedTcpip} takes: a {@link ForwardedTcpip}, where fields with a default may be left
 * out.
 */
export interface ForwardedTcpipInput {
  address_that_was_connected: string;
  port_that_was_connected: number;
  originator_ip_address: string;
  originator_port: number;
}

/** Read a {@link ForwardedTcpip} at the reader's position. */
export function readForwardedTcpip(r: Reader): ForwardedTcpip {
  const f = F.ForwardedTcpip;
  const address_that_was_connected = r.sshUtf8(f.address_that_was_connected);
  const port_that_was_connected = r.u32(f.port_that_was_connected);
  const originator_ip_address = r.sshUtf8(f.originator_ip_address);
  const originator_port = r.u32(f.originator_port);
  return { address_that_was_connected, port_that_was_connected, originator_ip_address, originator_port };
}

/**
 * Write a {@link ForwardedTcpip}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeForwardedTcpip(w: Writer, v: ForwardedTcpipInput): void {
  const f = F.ForwardedTcpip;
  expectObject(v, f.$);
  w.sshUtf8(v.address_that_was_connected, f.address_that_was_connected);
  w.u32(v.port_that_was_connected, f.port_that_was_connected);
  w.sshUtf8(v.originator_ip_address, f.originator_ip_address);
  w.u32(v.originator_port, f.originator_port);
}

/**
 * Decode a whole {@link ForwardedTcpip}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeForwardedTcpip(bytes: Uint8Array, limits?: DecodeLimits): ForwardedTcpip {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ForwardedTcpip.$);
  const v = readForwardedTcpip(r);
  r.done(F.ForwardedTcpip.$);
  return v;
}

/** Encode a {@link ForwardedTcpip}. */
export function encodeForwardedTcpip(v: ForwardedTcpipInput): Uint8Array {
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

/**
 * What {@link encodeDirectTcpip} takes: a {@link DirectTcpip}, where fields with a default may be left out.
 */
export interface DirectTcpipInput {
  host_to_connect: string;
  port_to_connect: number;
  originator_ip_address: string;
  originator_port: number;
}

/** Read a {@link DirectTcpip} at the reader's position. */
export function readDirectTcpip(r: Reader): DirectTcpip {
  const f = F.DirectTcpip;
  const host_to_connect = r.sshUtf8(f.host_to_connect);
  const port_to_connect = r.u32(f.port_to_connect);
  const originator_ip_address = r.sshUtf8(f.originator_ip_address);
  const originator_port = r.u32(f.originator_port);
  return { host_to_connect, port_to_connect, originator_ip_address, originator_port };
}

/** Write a {@link DirectTcpip}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeDirectTcpip(w: Writer, v: DirectTcpipInput): void {
  const f = F.DirectTcpip;
  expectObject(v, f.$);
  w.sshUtf8(v.host_to_connect, f.host_to_connect);
  w.u32(v.port_to_connect, f.port_to_connect);
  w.sshUtf8(v.originator_ip_address, f.originator_ip_address);
  w.u32(v.originator_port, f.originator_port);
}

/**
 * Decode a whole {@link DirectTcpip}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeDirectTcpip(bytes: Uint8Array, limits?: DecodeLimits): DirectTcpip {
  const r = new Reader(bytes, 0, bytes.length, limits, F.DirectTcpip.$);
  const v = readDirectTcpip(r);
  r.done(F.DirectTcpip.$);
  return v;
}

/** Encode a {@link DirectTcpip}. */
export function encodeDirectTcpip(v: DirectTcpipInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_CHANNEL_OPEN_CONFIRMATION} takes: a {@link SSH_MSG_CHANNEL_OPEN_CONFIRMATION},
 * where fields with a default may be left out.
 */
export interface SSH_MSG_CHANNEL_OPEN_CONFIRMATIONInput {
  recipient_channel: number;
  sender_channel: number;
  initial_window_size: number;
  maximum_packet_size: number;
  channel_type_specific_data: Uint8Array;
}

/** The message number of {@link SSH_MSG_CHANNEL_OPEN_CONFIRMATION}. */
export const SSH_MSG_CHANNEL_OPEN_CONFIRMATION_NUMBER = 91;

/** Read a {@link SSH_MSG_CHANNEL_OPEN_CONFIRMATION} at the reader's position. */
export function readSSH_MSG_CHANNEL_OPEN_CONFIRMATION(r: Reader): SSH_MSG_CHANNEL_OPEN_CONFIRMATION {
  const f = F.SSH_MSG_CHANNEL_OPEN_CONFIRMATION;
  r.messageNumber(91, f.$);
  const recipient_channel = r.u32(f.recipient_channel);
  const sender_channel = r.u32(f.sender_channel);
  const initial_window_size = r.u32(f.initial_window_size);
  const maximum_packet_size = r.u32(f.maximum_packet_size);
  const channel_type_specific_data = r.rest();
  return {
    recipient_channel,
    sender_channel,
    initial_window_size,
    maximum_packet_size,
    channel_type_specific_data,
  };
}

/**
 * Write a {@link SSH_MSG_CHANNEL_OPEN_CONFIRMATION}; throws EncodeError naming the field for a value the spec
 * does not allow.
 */
export function writeSSH_MSG_CHANNEL_OPEN_CONFIRMATION(
  w: Writer,
  v: SSH_MSG_CHANNEL_OPEN_CONFIRMATIONInput,
): void {
  const f = F.SSH_MSG_CHANNEL_OPEN_CONFIRMATION;
  expectObject(v, f.$);
  w.u8(91, f.$);
  w.u32(v.recipient_channel, f.recipient_channel);
  w.u32(v.sender_channel, f.sender_channel);
  w.u32(v.initial_window_size, f.initial_window_size);
  w.u32(v.maximum_packet_size, f.maximum_packet_size);
  w.raw(v.channel_type_specific_data, f.channel_type_specific_data);
}

/**
 * Decode a whole {@link SSH_MSG_CHANNEL_OPEN_CONFIRMATION}: trailing bytes are an error. Opaque fields are
 * views into `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_CHANNEL_OPEN_CONFIRMATION(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_CHANNEL_OPEN_CONFIRMATION {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_CHANNEL_OPEN_CONFIRMATION.$);
  const v = readSSH_MSG_CHANNEL_OPEN_CONFIRMATION(r);
  r.done(F.SSH_MSG_CHANNEL_OPEN_CONFIRMATION.$);
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_OPEN_CONFIRMATION}. */
export function encodeSSH_MSG_CHANNEL_OPEN_CONFIRMATION(
  v: SSH_MSG_CHANNEL_OPEN_CONFIRMATIONInput,
): Uint8Array {
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
export type SSH_OpenFailureReasonCode =
  | (typeof SSH_OpenFailureReasonCode)[keyof typeof SSH_OpenFailureReasonCode]
  | (number & {});
/** Member names of {@link SSH_OpenFailureReasonCode} by value. */
export const SSH_OpenFailureReasonCodeNames: ReadonlyMap<number, string> = new Map(
  Object.entries(SSH_OpenFailureReasonCode).map(([k, v]) => [v, k]),
);

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

/**
 * What {@link encodeSSH_MSG_CHANNEL_OPEN_FAILURE} takes: a {@link SSH_MSG_CHANNEL_OPEN_FAILURE}, where fields
 * with a default may be left out.
 */
export interface SSH_MSG_CHANNEL_OPEN_FAILUREInput {
  recipient_channel: number;
  reason_code: SSH_OpenFailureReasonCode;
  description: string;
  language_tag: string;
}

/** The message number of {@link SSH_MSG_CHANNEL_OPEN_FAILURE}. */
export const SSH_MSG_CHANNEL_OPEN_FAILURE_NUMBER = 92;

/** Read a {@link SSH_MSG_CHANNEL_OPEN_FAILURE} at the reader's position. */
export function readSSH_MSG_CHANNEL_OPEN_FAILURE(r: Reader): SSH_MSG_CHANNEL_OPEN_FAILURE {
  const f = F.SSH_MSG_CHANNEL_OPEN_FAILURE;
  r.messageNumber(92, f.$);
  const recipient_channel = r.u32(f.recipient_channel);
  const reason_code = r.u32(f.reason_code);
  const description = r.sshUtf8(f.description);
  const language_tag = r.sshUtf8(f.language_tag);
  return { recipient_channel, reason_code, description, language_tag };
}

/**
 * Write a {@link SSH_MSG_CHANNEL_OPEN_FAILURE}; throws EncodeError naming the field for a value the spec does
 * not allow.
 */
export function writeSSH_MSG_CHANNEL_OPEN_FAILURE(w: Writer, v: SSH_MSG_CHANNEL_OPEN_FAILUREInput): void {
  const f = F.SSH_MSG_CHANNEL_OPEN_FAILURE;
  expectObject(v, f.$);
  w.u8(92, f.$);
  w.u32(v.recipient_channel, f.recipient_channel);
  w.u32(v.reason_code, f.reason_code);
  w.sshUtf8(v.description, f.description);
  w.sshUtf8(v.language_tag, f.language_tag);
}

/**
 * Decode a whole {@link SSH_MSG_CHANNEL_OPEN_FAILURE}: trailing bytes are an error. Opaque fields are views
 * into `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_CHANNEL_OPEN_FAILURE(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_CHANNEL_OPEN_FAILURE {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_CHANNEL_OPEN_FAILURE.$);
  const v = readSSH_MSG_CHANNEL_OPEN_FAILURE(r);
  r.done(F.SSH_MSG_CHANNEL_OPEN_FAILURE.$);
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_OPEN_FAILURE}. */
export function encodeSSH_MSG_CHANNEL_OPEN_FAILURE(v: SSH_MSG_CHANNEL_OPEN_FAILUREInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_CHANNEL_WINDOW_ADJUST} takes: a {@link SSH_MSG_CHANNEL_WINDOW_ADJUST}, where
 * fields with a default may be left out.
 */
export interface SSH_MSG_CHANNEL_WINDOW_ADJUSTInput {
  recipient_channel: number;
  bytes_to_add: number;
}

/** The message number of {@link SSH_MSG_CHANNEL_WINDOW_ADJUST}. */
export const SSH_MSG_CHANNEL_WINDOW_ADJUST_NUMBER = 93;

/** Read a {@link SSH_MSG_CHANNEL_WINDOW_ADJUST} at the reader's position. */
export function readSSH_MSG_CHANNEL_WINDOW_ADJUST(r: Reader): SSH_MSG_CHANNEL_WINDOW_ADJUST {
  const f = F.SSH_MSG_CHANNEL_WINDOW_ADJUST;
  r.messageNumber(93, f.$);
  const recipient_channel = r.u32(f.recipient_channel);
  const bytes_to_add = r.u32(f.bytes_to_add);
  return { recipient_channel, bytes_to_add };
}

/**
 * Write a {@link SSH_MSG_CHANNEL_WINDOW_ADJUST}; throws EncodeError naming the field for a value the spec
 * does not allow.
 */
export function writeSSH_MSG_CHANNEL_WINDOW_ADJUST(w: Writer, v: SSH_MSG_CHANNEL_WINDOW_ADJUSTInput): void {
  const f = F.SSH_MSG_CHANNEL_WINDOW_ADJUST;
  expectObject(v, f.$);
  w.u8(93, f.$);
  w.u32(v.recipient_channel, f.recipient_channel);
  w.u32(v.bytes_to_add, f.bytes_to_add);
}

/**
 * Decode a whole {@link SSH_MSG_CHANNEL_WINDOW_ADJUST}: trailing bytes are an error. Opaque fields are views
 * into `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_CHANNEL_WINDOW_ADJUST(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_CHANNEL_WINDOW_ADJUST {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_CHANNEL_WINDOW_ADJUST.$);
  const v = readSSH_MSG_CHANNEL_WINDOW_ADJUST(r);
  r.done(F.SSH_MSG_CHANNEL_WINDOW_ADJUST.$);
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_WINDOW_ADJUST}. */
export function encodeSSH_MSG_CHANNEL_WINDOW_ADJUST(v: SSH_MSG_CHANNEL_WINDOW_ADJUSTInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_CHANNEL_DATA} takes: a {@link SSH_MSG_CHANNEL_DATA}, where fields with a default
 * may be left out.
 */
export interface SSH_MSG_CHANNEL_DATAInput {
  recipient_channel: number;
  data: Uint8Array;
}

/** The message number of {@link SSH_MSG_CHANNEL_DATA}. */
export const SSH_MSG_CHANNEL_DATA_NUMBER = 94;

/** Read a {@link SSH_MSG_CHANNEL_DATA} at the reader's position. */
export function readSSH_MSG_CHANNEL_DATA(r: Reader): SSH_MSG_CHANNEL_DATA {
  const f = F.SSH_MSG_CHANNEL_DATA;
  r.messageNumber(94, f.$);
  const recipient_channel = r.u32(f.recipient_channel);
  const data = r.sshString(f.data);
  return { recipient_channel, data };
}

/**
 * Write a {@link SSH_MSG_CHANNEL_DATA}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_CHANNEL_DATA(w: Writer, v: SSH_MSG_CHANNEL_DATAInput): void {
  const f = F.SSH_MSG_CHANNEL_DATA;
  expectObject(v, f.$);
  w.u8(94, f.$);
  w.u32(v.recipient_channel, f.recipient_channel);
  w.sshString(v.data, f.data);
}

/**
 * Decode a whole {@link SSH_MSG_CHANNEL_DATA}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_CHANNEL_DATA(bytes: Uint8Array, limits?: DecodeLimits): SSH_MSG_CHANNEL_DATA {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_CHANNEL_DATA.$);
  const v = readSSH_MSG_CHANNEL_DATA(r);
  r.done(F.SSH_MSG_CHANNEL_DATA.$);
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_DATA}. */
export function encodeSSH_MSG_CHANNEL_DATA(v: SSH_MSG_CHANNEL_DATAInput): Uint8Array {
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
export type SSH_ExtendedDataTypeCode =
  | (typeof SSH_ExtendedDataTypeCode)[keyof typeof SSH_ExtendedDataTypeCode]
  | (number & {});
/** Member names of {@link SSH_ExtendedDataTypeCode} by value. */
export const SSH_ExtendedDataTypeCodeNames: ReadonlyMap<number, string> = new Map(
  Object.entries(SSH_ExtendedDataTypeCode).map(([k, v]) => [v, k]),
);

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

/**
 * What {@link encodeSSH_MSG_CHANNEL_EXTENDED_DATA} takes: a {@link SSH_MSG_CHANNEL_EXTENDED_DATA}, where
 * fields with a default may be left out.
 */
export interface SSH_MSG_CHANNEL_EXTENDED_DATAInput {
  recipient_channel: number;
  data_type_code: SSH_ExtendedDataTypeCode;
  data: Uint8Array;
}

/** The message number of {@link SSH_MSG_CHANNEL_EXTENDED_DATA}. */
export const SSH_MSG_CHANNEL_EXTENDED_DATA_NUMBER = 95;

/** Read a {@link SSH_MSG_CHANNEL_EXTENDED_DATA} at the reader's position. */
export function readSSH_MSG_CHANNEL_EXTENDED_DATA(r: Reader): SSH_MSG_CHANNEL_EXTENDED_DATA {
  const f = F.SSH_MSG_CHANNEL_EXTENDED_DATA;
  r.messageNumber(95, f.$);
  const recipient_channel = r.u32(f.recipient_channel);
  const data_type_code = r.u32(f.data_type_code);
  const data = r.sshString(f.data);
  return { recipient_channel, data_type_code, data };
}

/**
 * Write a {@link SSH_MSG_CHANNEL_EXTENDED_DATA}; throws EncodeError naming the field for a value the spec
 * does not allow.
 */
export function writeSSH_MSG_CHANNEL_EXTENDED_DATA(w: Writer, v: SSH_MSG_CHANNEL_EXTENDED_DATAInput): void {
  const f = F.SSH_MSG_CHANNEL_EXTENDED_DATA;
  expectObject(v, f.$);
  w.u8(95, f.$);
  w.u32(v.recipient_channel, f.recipient_channel);
  w.u32(v.data_type_code, f.data_type_code);
  w.sshString(v.data, f.data);
}

/**
 * Decode a whole {@link SSH_MSG_CHANNEL_EXTENDED_DATA}: trailing bytes are an error. Opaque fields are views
 * into `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_CHANNEL_EXTENDED_DATA(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_CHANNEL_EXTENDED_DATA {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_CHANNEL_EXTENDED_DATA.$);
  const v = readSSH_MSG_CHANNEL_EXTENDED_DATA(r);
  r.done(F.SSH_MSG_CHANNEL_EXTENDED_DATA.$);
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_EXTENDED_DATA}. */
export function encodeSSH_MSG_CHANNEL_EXTENDED_DATA(v: SSH_MSG_CHANNEL_EXTENDED_DATAInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_CHANNEL_EOF} takes: a {@link SSH_MSG_CHANNEL_EOF}, where fields with a default
 * may be left out.
 */
export interface SSH_MSG_CHANNEL_EOFInput {
  recipient_channel: number;
}

/** The message number of {@link SSH_MSG_CHANNEL_EOF}. */
export const SSH_MSG_CHANNEL_EOF_NUMBER = 96;

/** Read a {@link SSH_MSG_CHANNEL_EOF} at the reader's position. */
export function readSSH_MSG_CHANNEL_EOF(r: Reader): SSH_MSG_CHANNEL_EOF {
  const f = F.SSH_MSG_CHANNEL_EOF;
  r.messageNumber(96, f.$);
  const recipient_channel = r.u32(f.recipient_channel);
  return { recipient_channel };
}

/**
 * Write a {@link SSH_MSG_CHANNEL_EOF}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_CHANNEL_EOF(w: Writer, v: SSH_MSG_CHANNEL_EOFInput): void {
  const f = F.SSH_MSG_CHANNEL_EOF;
  expectObject(v, f.$);
  w.u8(96, f.$);
  w.u32(v.recipient_channel, f.recipient_channel);
}

/**
 * Decode a whole {@link SSH_MSG_CHANNEL_EOF}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_CHANNEL_EOF(bytes: Uint8Array, limits?: DecodeLimits): SSH_MSG_CHANNEL_EOF {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_CHANNEL_EOF.$);
  const v = readSSH_MSG_CHANNEL_EOF(r);
  r.done(F.SSH_MSG_CHANNEL_EOF.$);
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_EOF}. */
export function encodeSSH_MSG_CHANNEL_EOF(v: SSH_MSG_CHANNEL_EOFInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_CHANNEL_CLOSE} takes: a {@link SSH_MSG_CHANNEL_CLOSE}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_CHANNEL_CLOSEInput {
  recipient_channel: number;
}

/** The message number of {@link SSH_MSG_CHANNEL_CLOSE}. */
export const SSH_MSG_CHANNEL_CLOSE_NUMBER = 97;

/** Read a {@link SSH_MSG_CHANNEL_CLOSE} at the reader's position. */
export function readSSH_MSG_CHANNEL_CLOSE(r: Reader): SSH_MSG_CHANNEL_CLOSE {
  const f = F.SSH_MSG_CHANNEL_CLOSE;
  r.messageNumber(97, f.$);
  const recipient_channel = r.u32(f.recipient_channel);
  return { recipient_channel };
}

/**
 * Write a {@link SSH_MSG_CHANNEL_CLOSE}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_CHANNEL_CLOSE(w: Writer, v: SSH_MSG_CHANNEL_CLOSEInput): void {
  const f = F.SSH_MSG_CHANNEL_CLOSE;
  expectObject(v, f.$);
  w.u8(97, f.$);
  w.u32(v.recipient_channel, f.recipient_channel);
}

/**
 * Decode a whole {@link SSH_MSG_CHANNEL_CLOSE}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_CHANNEL_CLOSE(bytes: Uint8Array, limits?: DecodeLimits): SSH_MSG_CHANNEL_CLOSE {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_CHANNEL_CLOSE.$);
  const v = readSSH_MSG_CHANNEL_CLOSE(r);
  r.done(F.SSH_MSG_CHANNEL_CLOSE.$);
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_CLOSE}. */
export function encodeSSH_MSG_CHANNEL_CLOSE(v: SSH_MSG_CHANNEL_CLOSEInput): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_CHANNEL_CLOSE(w, v);
  return w.finish();
}

/** The variants of SSH_MSG_CHANNEL_REQUEST.type_specific_data, keyed by request_type. */
export type ChannelRequestData =
  | { case: 'pty-req'; value: PtyReq }
  | { case: 'x11-req'; value: X11Req }
  | { case: 'env'; value: Env }
  | { case: 'shell'; value: Empty }
  | { case: 'exec'; value: Exec }
  | { case: 'subsystem'; value: Subsystem }
  | { case: 'window-change'; value: WindowChange }
  | { case: 'xon-xoff'; value: XonXoff }
  | { case: 'signal'; value: Signal }
  | { case: 'exit-status'; value: ExitStatus }
  | { case: 'exit-signal'; value: ExitSignal }
  | { case: 'auth-agent-req@openssh.com'; value: Empty }
  | { case: 'eow@openssh.com'; value: Empty }
  | { case: 'keepalive@openssh.com'; value: Empty }
  | { case: undefined; value: Uint8Array };
/** {@link ChannelRequestData} as an encoder takes it. */
export type ChannelRequestDataInput =
  | { case: 'pty-req'; value: PtyReqInput }
  | { case: 'x11-req'; value: X11ReqInput }
  | { case: 'env'; value: EnvInput }
  | { case: 'shell'; value: EmptyInput }
  | { case: 'exec'; value: ExecInput }
  | { case: 'subsystem'; value: SubsystemInput }
  | { case: 'window-change'; value: WindowChangeInput }
  | { case: 'xon-xoff'; value: XonXoffInput }
  | { case: 'signal'; value: SignalInput }
  | { case: 'exit-status'; value: ExitStatusInput }
  | { case: 'exit-signal'; value: ExitSignalInput }
  | { case: 'auth-agent-req@openssh.com'; value: EmptyInput }
  | { case: 'eow@openssh.com'; value: EmptyInput }
  | { case: 'keepalive@openssh.com'; value: EmptyInput }
  | { case: undefined; value: Uint8Array };

/**
 * A request on a channel, with the request-specific fields of RFC 4254 sections 6.2 to 6.10.
 * want_reply asks for SSH_MSG_CHANNEL_SUCCESS / _FAILURE. Unknown request types keep their bytes
 * (the default arm); nothing of this may be acted on before user authentication has succeeded
 * (CVE-2025-32433 is what happens otherwise).
 * Message number 98.
 * @see RFC 4254 §5.4
 */
export interface SSH_MSG_CHANNEL_REQUEST {
  recipient_channel: number;
  /** An encoder may leave it out: the case of type_specific_data fixes it. */
  request_type: string;
  want_reply: boolean;
  type_specific_data: ChannelRequestData;
}

/**
 * What {@link encodeSSH_MSG_CHANNEL_REQUEST} takes: a {@link SSH_MSG_CHANNEL_REQUEST}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_CHANNEL_REQUESTInput {
  recipient_channel: number;
  request_type?: string;
  want_reply: boolean;
  type_specific_data: ChannelRequestDataInput;
}

/** The message number of {@link SSH_MSG_CHANNEL_REQUEST}. */
export const SSH_MSG_CHANNEL_REQUEST_NUMBER = 98;

/** Read a {@link SSH_MSG_CHANNEL_REQUEST} at the reader's position. */
export function readSSH_MSG_CHANNEL_REQUEST(r: Reader): SSH_MSG_CHANNEL_REQUEST {
  const f = F.SSH_MSG_CHANNEL_REQUEST;
  r.messageNumber(98, f.$);
  const recipient_channel = r.u32(f.recipient_channel);
  const request_type = r.sshUtf8(f.request_type);
  const want_reply = r.bool(f.want_reply);
  let type_specific_data: ChannelRequestData;
  let type_specific_dataArm = '';
  try {
    switch (request_type) {
      case 'pty-req':
        type_specific_dataArm = 'pty-req';
        type_specific_data = { case: 'pty-req', value: readPtyReq(r) };
        break;
      case 'x11-req':
        type_specific_dataArm = 'x11-req';
        type_specific_data = { case: 'x11-req', value: readX11Req(r) };
        break;
      case 'env':
        type_specific_dataArm = 'env';
        type_specific_data = { case: 'env', value: readEnv(r) };
        break;
      case 'shell':
        type_specific_dataArm = 'shell';
        type_specific_data = { case: 'shell', value: readEmpty(r) };
        break;
      case 'exec':
        type_specific_dataArm = 'exec';
        type_specific_data = { case: 'exec', value: readExec(r) };
        break;
      case 'subsystem':
        type_specific_dataArm = 'subsystem';
        type_specific_data = { case: 'subsystem', value: readSubsystem(r) };
        break;
      case 'window-change':
        type_specific_dataArm = 'window-change';
        type_specific_data = { case: 'window-change', value: readWindowChange(r) };
        break;
      case 'xon-xoff':
        type_specific_dataArm = 'xon-xoff';
        type_specific_data = { case: 'xon-xoff', value: readXonXoff(r) };
        break;
      case 'signal':
        type_specific_dataArm = 'signal';
        type_specific_data = { case: 'signal', value: readSignal(r) };
        break;
      case 'exit-status':
        type_specific_dataArm = 'exit-status';
        type_specific_data = { case: 'exit-status', value: readExitStatus(r) };
        break;
      case 'exit-signal':
        type_specific_dataArm = 'exit-signal';
        type_specific_data = { case: 'exit-signal', value: readExitSignal(r) };
        break;
      case 'auth-agent-req@openssh.com':
        type_specific_dataArm = 'auth-agent-req@openssh.com';
        type_specific_data = { case: 'auth-agent-req@openssh.com', value: readEmpty(r) };
        break;
      case 'eow@openssh.com':
        type_specific_dataArm = 'eow@openssh.com';
        type_specific_data = { case: 'eow@openssh.com', value: readEmpty(r) };
        break;
      case 'keepalive@openssh.com':
        type_specific_dataArm = 'keepalive@openssh.com';
        type_specific_data = { case: 'keepalive@openssh.com', value: readEmpty(r) };
        break;
      default:
        type_specific_data = { case: undefined, value: r.rest() };
    }
  } catch (e) {
    throw nested(e, f.type_specific_data, type_specific_dataArm);
  }
  return { recipient_channel, request_type, want_reply, type_specific_data };
}

/**
 * Write a {@link SSH_MSG_CHANNEL_REQUEST}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_CHANNEL_REQUEST(w: Writer, v: SSH_MSG_CHANNEL_REQUESTInput): void {
  const f = F.SSH_MSG_CHANNEL_REQUEST;
  expectObject(v, f.$);
  w.u8(98, f.$);
  w.u32(v.recipient_channel, f.recipient_channel);
  const request_type = tagFor(v.request_type, ChannelRequestDataTags, v.type_specific_data, f.request_type);
  w.sshUtf8(request_type, f.request_type);
  w.bool(v.want_reply, f.want_reply);
  const type_specific_dataValue = expectObject(v.type_specific_data, f.type_specific_data);
  let type_specific_dataArm = '';
  try {
    switch (type_specific_dataValue.case) {
      case 'pty-req': {
        expectTag(request_type, 'pty-req', f.type_specific_data);
        type_specific_dataArm = 'pty-req';
        writePtyReq(w, type_specific_dataValue.value);
        break;
      }
      case 'x11-req': {
        expectTag(request_type, 'x11-req', f.type_specific_data);
        type_specific_dataArm = 'x11-req';
        writeX11Req(w, type_specific_dataValue.value);
        break;
      }
      case 'env': {
        expectTag(request_type, 'env', f.type_specific_data);
        type_specific_dataArm = 'env';
        writeEnv(w, type_specific_dataValue.value);
        break;
      }
      case 'shell': {
        expectTag(request_type, 'shell', f.type_specific_data);
        type_specific_dataArm = 'shell';
        writeEmpty(w, type_specific_dataValue.value);
        break;
      }
      case 'exec': {
        expectTag(request_type, 'exec', f.type_specific_data);
        type_specific_dataArm = 'exec';
        writeExec(w, type_specific_dataValue.value);
        break;
      }
      case 'subsystem': {
        expectTag(request_type, 'subsystem', f.type_specific_data);
        type_specific_dataArm = 'subsystem';
        writeSubsystem(w, type_specific_dataValue.value);
        break;
      }
      case 'window-change': {
        expectTag(request_type, 'window-change', f.type_specific_data);
        type_specific_dataArm = 'window-change';
        writeWindowChange(w, type_specific_dataValue.value);
        break;
      }
      case 'xon-xoff': {
        expectTag(request_type, 'xon-xoff', f.type_specific_data);
        type_specific_dataArm = 'xon-xoff';
        writeXonXoff(w, type_specific_dataValue.value);
        break;
      }
      case 'signal': {
        expectTag(request_type, 'signal', f.type_specific_data);
        type_specific_dataArm = 'signal';
        writeSignal(w, type_specific_dataValue.value);
        break;
      }
      case 'exit-status': {
        expectTag(request_type, 'exit-status', f.type_specific_data);
        type_specific_dataArm = 'exit-status';
        writeExitStatus(w, type_specific_dataValue.value);
        break;
      }
      case 'exit-signal': {
        expectTag(request_type, 'exit-signal', f.type_specific_data);
        type_specific_dataArm = 'exit-signal';
        writeExitSignal(w, type_specific_dataValue.value);
        break;
      }
      case 'auth-agent-req@openssh.com': {
        expectTag(request_type, 'auth-agent-req@openssh.com', f.type_specific_data);
        type_specific_dataArm = 'auth-agent-req@openssh.com';
        writeEmpty(w, type_specific_dataValue.value);
        break;
      }
      case 'eow@openssh.com': {
        expectTag(request_type, 'eow@openssh.com', f.type_specific_data);
        type_specific_dataArm = 'eow@openssh.com';
        writeEmpty(w, type_specific_dataValue.value);
        break;
      }
      case 'keepalive@openssh.com': {
        expectTag(request_type, 'keepalive@openssh.com', f.type_specific_data);
        type_specific_dataArm = 'keepalive@openssh.com';
        writeEmpty(w, type_specific_dataValue.value);
        break;
      }
      case undefined:
        expectNoTag(request_type, ChannelRequestDataTags, f.type_specific_data);
        w.raw(type_specific_dataValue.value, f.type_specific_data);
        break;
      default:
        throw new EncodeError(
          'no_case',
          f.type_specific_data,
          `no case ${String((type_specific_dataValue as { case: unknown }).case)}`,
        );
    }
  } catch (e) {
    throw nested(e, f.type_specific_data, type_specific_dataArm);
  }
}

/**
 * Decode a whole {@link SSH_MSG_CHANNEL_REQUEST}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_CHANNEL_REQUEST(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_CHANNEL_REQUEST {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_CHANNEL_REQUEST.$);
  const v = readSSH_MSG_CHANNEL_REQUEST(r);
  r.done(F.SSH_MSG_CHANNEL_REQUEST.$);
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_REQUEST}. */
export function encodeSSH_MSG_CHANNEL_REQUEST(v: SSH_MSG_CHANNEL_REQUESTInput): Uint8Array {
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
  encoded_terminal_modes: TerminalModes;
}

/** What {@link encodePtyReq} takes: a {@link PtyReq}, where fields with a default may be left out. */
export interface PtyReqInput {
  TERM_environment_variable: string;
  terminal_width_characters: number;
  terminal_height_rows: number;
  terminal_width_pixels: number;
  terminal_height_pixels: number;
  encoded_terminal_modes: TerminalModesInput;
}

/** Read a {@link PtyReq} at the reader's position. */
export function readPtyReq(r: Reader): PtyReq {
  const f = F.PtyReq;
  const TERM_environment_variable = r.sshUtf8(f.TERM_environment_variable);
  const terminal_width_characters = r.u32(f.terminal_width_characters);
  const terminal_height_rows = r.u32(f.terminal_height_rows);
  const terminal_width_pixels = r.u32(f.terminal_width_pixels);
  const terminal_height_pixels = r.u32(f.terminal_height_pixels);
  const encoded_terminal_modesEnd = r.enterVector(f.encoded_terminal_modes);
  let encoded_terminal_modes: TerminalModes;
  try {
    encoded_terminal_modes = readTerminalModes(r);
  } catch (e) {
    throw nested(e, f.encoded_terminal_modes, 'encoded_terminal_modes');
  }
  r.leave(encoded_terminal_modesEnd, f.encoded_terminal_modes);
  return {
    TERM_environment_variable,
    terminal_width_characters,
    terminal_height_rows,
    terminal_width_pixels,
    terminal_height_pixels,
    encoded_terminal_modes,
  };
}

/** Write a {@link PtyReq}; throws EncodeError naming the field for a value the spec does not allow. */
export function writePtyReq(w: Writer, v: PtyReqInput): void {
  const f = F.PtyReq;
  expectObject(v, f.$);
  w.sshUtf8(v.TERM_environment_variable, f.TERM_environment_variable);
  w.u32(v.terminal_width_characters, f.terminal_width_characters);
  w.u32(v.terminal_height_rows, f.terminal_height_rows);
  w.u32(v.terminal_width_pixels, f.terminal_width_pixels);
  w.u32(v.terminal_height_pixels, f.terminal_height_pixels);
  const encoded_terminal_modesMark = w.beginVector(f.encoded_terminal_modes);
  try {
    writeTerminalModes(w, v.encoded_terminal_modes);
  } catch (e) {
    throw nested(e, f.encoded_terminal_modes, 'encoded_terminal_modes');
  }
  w.endVector(encoded_terminal_modesMark, f.encoded_terminal_modes);
}

/**
 * Decode a whole {@link PtyReq}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodePtyReq(bytes: Uint8Array, limits?: DecodeLimits): PtyReq {
  const r = new Reader(bytes, 0, bytes.length, limits, F.PtyReq.$);
  const v = readPtyReq(r);
  r.done(F.PtyReq.$);
  return v;
}

/** Encode a {@link PtyReq}. */
export function encodePtyReq(v: PtyReqInput): Uint8Array {
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

/** What {@link encodeX11Req} takes: a {@link X11Req}, where fields with a default may be left out. */
export interface X11ReqInput {
  single_connection: boolean;
  x11_authentication_protocol: string;
  x11_authentication_cookie: string;
  x11_screen_number: number;
}

/** Read a {@link X11Req} at the reader's position. */
export function readX11Req(r: Reader): X11Req {
  const f = F.X11Req;
  const single_connection = r.bool(f.single_connection);
  const x11_authentication_protocol = r.sshUtf8(f.x11_authentication_protocol);
  const x11_authentication_cookie = r.sshUtf8(f.x11_authentication_cookie);
  const x11_screen_number = r.u32(f.x11_screen_number);
  return { single_connection, x11_authentication_protocol, x11_authentication_cookie, x11_screen_number };
}

/** Write a {@link X11Req}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeX11Req(w: Writer, v: X11ReqInput): void {
  const f = F.X11Req;
  expectObject(v, f.$);
  w.bool(v.single_connection, f.single_connection);
  w.sshUtf8(v.x11_authentication_protocol, f.x11_authentication_protocol);
  w.sshUtf8(v.x11_authentication_cookie, f.x11_authentication_cookie);
  w.u32(v.x11_screen_number, f.x11_screen_number);
}

/**
 * Decode a whole {@link X11Req}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeX11Req(bytes: Uint8Array, limits?: DecodeLimits): X11Req {
  const r = new Reader(bytes, 0, bytes.length, limits, F.X11Req.$);
  const v = readX11Req(r);
  r.done(F.X11Req.$);
  return v;
}

/** Encode a {@link X11Req}. */
export function encodeX11Req(v: X11ReqInput): Uint8Array {
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

/** What {@link encodeEnv} takes: a {@link Env}, where fields with a default may be left out. */
export interface EnvInput {
  variable_name: string;
  variable_value: Uint8Array;
}

/** Read a {@link Env} at the reader's position. */
export function readEnv(r: Reader): Env {
  const f = F.Env;
  const variable_name = r.sshUtf8(f.variable_name);
  const variable_value = r.sshString(f.variable_value);
  return { variable_name, variable_value };
}

/** Write a {@link Env}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeEnv(w: Writer, v: EnvInput): void {
  const f = F.Env;
  expectObject(v, f.$);
  w.sshUtf8(v.variable_name, f.variable_name);
  w.sshString(v.variable_value, f.variable_value);
}

/**
 * Decode a whole {@link Env}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeEnv(bytes: Uint8Array, limits?: DecodeLimits): Env {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Env.$);
  const v = readEnv(r);
  r.done(F.Env.$);
  return v;
}

/** Encode a {@link Env}. */
export function encodeEnv(v: EnvInput): Uint8Array {
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

/** What {@link encodeExec} takes: a {@link Exec}, where fields with a default may be left out. */
export interface ExecInput {
  command: string;
}

/** Read a {@link Exec} at the reader's position. */
export function readExec(r: Reader): Exec {
  const f = F.Exec;
  const command = r.sshUtf8(f.command);
  return { command };
}

/** Write a {@link Exec}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeExec(w: Writer, v: ExecInput): void {
  const f = F.Exec;
  expectObject(v, f.$);
  w.sshUtf8(v.command, f.command);
}

/**
 * Decode a whole {@link Exec}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeExec(bytes: Uint8Array, limits?: DecodeLimits): Exec {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Exec.$);
  const v = readExec(r);
  r.done(F.Exec.$);
  return v;
}

/** Encode a {@link Exec}. */
export function encodeExec(v: ExecInput): Uint8Array {
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

/** What {@link encodeSubsystem} takes: a {@link Subsystem}, where fields with a default may be left out. */
export interface SubsystemInput {
  subsystem_name: string;
}

/** Read a {@link Subsystem} at the reader's position. */
export function readSubsystem(r: Reader): Subsystem {
  const f = F.Subsystem;
  const subsystem_name = r.sshUtf8(f.subsystem_name);
  return { subsystem_name };
}

/** Write a {@link Subsystem}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeSubsystem(w: Writer, v: SubsystemInput): void {
  const f = F.Subsystem;
  expectObject(v, f.$);
  w.sshUtf8(v.subsystem_name, f.subsystem_name);
}

/**
 * Decode a whole {@link Subsystem}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSubsystem(bytes: Uint8Array, limits?: DecodeLimits): Subsystem {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Subsystem.$);
  const v = readSubsystem(r);
  r.done(F.Subsystem.$);
  return v;
}

/** Encode a {@link Subsystem}. */
export function encodeSubsystem(v: SubsystemInput): Uint8Array {
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

/**
 * What {@link encodeWindowChange} takes: a {@link WindowChange}, where fields with a default may be left out.
 */
export interface WindowChangeInput {
  terminal_width_columns: number;
  terminal_height_rows: number;
  terminal_width_pixels: number;
  terminal_height_pixels: number;
}

/** Read a {@link WindowChange} at the reader's position. */
export function readWindowChange(r: Reader): WindowChange {
  const f = F.WindowChange;
  const terminal_width_columns = r.u32(f.terminal_width_columns);
  const terminal_height_rows = r.u32(f.terminal_height_rows);
  const terminal_width_pixels = r.u32(f.terminal_width_pixels);
  const terminal_height_pixels = r.u32(f.terminal_height_pixels);
  return { terminal_width_columns, terminal_height_rows, terminal_width_pixels, terminal_height_pixels };
}

/** Write a {@link WindowChange}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeWindowChange(w: Writer, v: WindowChangeInput): void {
  const f = F.WindowChange;
  expectObject(v, f.$);
  w.u32(v.terminal_width_columns, f.terminal_width_columns);
  w.u32(v.terminal_height_rows, f.terminal_height_rows);
  w.u32(v.terminal_width_pixels, f.terminal_width_pixels);
  w.u32(v.terminal_height_pixels, f.terminal_height_pixels);
}

/**
 * Decode a whole {@link WindowChange}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeWindowChange(bytes: Uint8Array, limits?: DecodeLimits): WindowChange {
  const r = new Reader(bytes, 0, bytes.length, limits, F.WindowChange.$);
  const v = readWindowChange(r);
  r.done(F.WindowChange.$);
  return v;
}

/** Encode a {@link WindowChange}. */
export function encodeWindowChange(v: WindowChangeInput): Uint8Array {
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

/** What {@link encodeXonXoff} takes: a {@link XonXoff}, where fields with a default may be left out. */
export interface XonXoffInput {
  client_can_do: boolean;
}

/** Read a {@link XonXoff} at the reader's position. */
export function readXonXoff(r: Reader): XonXoff {
  const f = F.XonXoff;
  const client_can_do = r.bool(f.client_can_do);
  return { client_can_do };
}

/** Write a {@link XonXoff}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeXonXoff(w: Writer, v: XonXoffInput): void {
  const f = F.XonXoff;
  expectObject(v, f.$);
  w.bool(v.client_can_do, f.client_can_do);
}

/**
 * Decode a whole {@link XonXoff}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeXonXoff(bytes: Uint8Array, limits?: DecodeLimits): XonXoff {
  const r = new Reader(bytes, 0, bytes.length, limits, F.XonXoff.$);
  const v = readXonXoff(r);
  r.done(F.XonXoff.$);
  return v;
}

/** Encode a {@link XonXoff}. */
export function encodeXonXoff(v: XonXoffInput): Uint8Array {
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

/** What {@link encodeSignal} takes: a {@link Signal}, where fields with a default may be left out. */
export interface SignalInput {
  signal_name: string;
}

/** Read a {@link Signal} at the reader's position. */
export function readSignal(r: Reader): Signal {
  const f = F.Signal;
  const signal_name = r.sshUtf8(f.signal_name);
  return { signal_name };
}

/** Write a {@link Signal}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeSignal(w: Writer, v: SignalInput): void {
  const f = F.Signal;
  expectObject(v, f.$);
  w.sshUtf8(v.signal_name, f.signal_name);
}

/**
 * Decode a whole {@link Signal}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeSignal(bytes: Uint8Array, limits?: DecodeLimits): Signal {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Signal.$);
  const v = readSignal(r);
  r.done(F.Signal.$);
  return v;
}

/** Encode a {@link Signal}. */
export function encodeSignal(v: SignalInput): Uint8Array {
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

/** What {@link encodeExitStatus} takes: a {@link ExitStatus}, where fields with a default may be left out. */
export interface ExitStatusInput {
  exit_status: number;
}

/** Read a {@link ExitStatus} at the reader's position. */
export function readExitStatus(r: Reader): ExitStatus {
  const f = F.ExitStatus;
  const exit_status = r.u32(f.exit_status);
  return { exit_status };
}

/** Write a {@link ExitStatus}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeExitStatus(w: Writer, v: ExitStatusInput): void {
  const f = F.ExitStatus;
  expectObject(v, f.$);
  w.u32(v.exit_status, f.exit_status);
}

/**
 * Decode a whole {@link ExitStatus}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeExitStatus(bytes: Uint8Array, limits?: DecodeLimits): ExitStatus {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ExitStatus.$);
  const v = readExitStatus(r);
  r.done(F.ExitStatus.$);
  return v;
}

/** Encode a {@link ExitStatus}. */
export function encodeExitStatus(v: ExitStatusInput): Uint8Array {
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

/** What {@link encodeExitSignal} takes: a {@link ExitSignal}, where fields with a default may be left out. */
export interface ExitSignalInput {
  signal_name: string;
  core_dumped: boolean;
  error_message: string;
  language_tag: string;
}

/** Read a {@link ExitSignal} at the reader's position. */
export function readExitSignal(r: Reader): ExitSignal {
  const f = F.ExitSignal;
  const signal_name = r.sshUtf8(f.signal_name);
  const core_dumped = r.bool(f.core_dumped);
  const error_message = r.sshUtf8(f.error_message);
  const language_tag = r.sshUtf8(f.language_tag);
  return { signal_name, core_dumped, error_message, language_tag };
}

/** Write a {@link ExitSignal}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeExitSignal(w: Writer, v: ExitSignalInput): void {
  const f = F.ExitSignal;
  expectObject(v, f.$);
  w.sshUtf8(v.signal_name, f.signal_name);
  w.bool(v.core_dumped, f.core_dumped);
  w.sshUtf8(v.error_message, f.error_message);
  w.sshUtf8(v.language_tag, f.language_tag);
}

/**
 * Decode a whole {@link ExitSignal}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeExitSignal(bytes: Uint8Array, limits?: DecodeLimits): ExitSignal {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ExitSignal.$);
  const v = readExitSignal(r);
  r.done(F.ExitSignal.$);
  return v;
}

/** Encode a {@link ExitSignal}. */
export function encodeExitSignal(v: ExitSignalInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_CHANNEL_SUCCESS} takes: a {@link SSH_MSG_CHANNEL_SUCCESS}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_CHANNEL_SUCCESSInput {
  recipient_channel: number;
}

/** The message number of {@link SSH_MSG_CHANNEL_SUCCESS}. */
export const SSH_MSG_CHANNEL_SUCCESS_NUMBER = 99;

/** Read a {@link SSH_MSG_CHANNEL_SUCCESS} at the reader's position. */
export function readSSH_MSG_CHANNEL_SUCCESS(r: Reader): SSH_MSG_CHANNEL_SUCCESS {
  const f = F.SSH_MSG_CHANNEL_SUCCESS;
  r.messageNumber(99, f.$);
  const recipient_channel = r.u32(f.recipient_channel);
  return { recipient_channel };
}

/**
 * Write a {@link SSH_MSG_CHANNEL_SUCCESS}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_CHANNEL_SUCCESS(w: Writer, v: SSH_MSG_CHANNEL_SUCCESSInput): void {
  const f = F.SSH_MSG_CHANNEL_SUCCESS;
  expectObject(v, f.$);
  w.u8(99, f.$);
  w.u32(v.recipient_channel, f.recipient_channel);
}

/**
 * Decode a whole {@link SSH_MSG_CHANNEL_SUCCESS}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_CHANNEL_SUCCESS(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_CHANNEL_SUCCESS {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_CHANNEL_SUCCESS.$);
  const v = readSSH_MSG_CHANNEL_SUCCESS(r);
  r.done(F.SSH_MSG_CHANNEL_SUCCESS.$);
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_SUCCESS}. */
export function encodeSSH_MSG_CHANNEL_SUCCESS(v: SSH_MSG_CHANNEL_SUCCESSInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_CHANNEL_FAILURE} takes: a {@link SSH_MSG_CHANNEL_FAILURE}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_CHANNEL_FAILUREInput {
  recipient_channel: number;
}

/** The message number of {@link SSH_MSG_CHANNEL_FAILURE}. */
export const SSH_MSG_CHANNEL_FAILURE_NUMBER = 100;

/** Read a {@link SSH_MSG_CHANNEL_FAILURE} at the reader's position. */
export function readSSH_MSG_CHANNEL_FAILURE(r: Reader): SSH_MSG_CHANNEL_FAILURE {
  const f = F.SSH_MSG_CHANNEL_FAILURE;
  r.messageNumber(100, f.$);
  const recipient_channel = r.u32(f.recipient_channel);
  return { recipient_channel };
}

/**
 * Write a {@link SSH_MSG_CHANNEL_FAILURE}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_CHANNEL_FAILURE(w: Writer, v: SSH_MSG_CHANNEL_FAILUREInput): void {
  const f = F.SSH_MSG_CHANNEL_FAILURE;
  expectObject(v, f.$);
  w.u8(100, f.$);
  w.u32(v.recipient_channel, f.recipient_channel);
}

/**
 * Decode a whole {@link SSH_MSG_CHANNEL_FAILURE}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_CHANNEL_FAILURE(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_CHANNEL_FAILURE {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_CHANNEL_FAILURE.$);
  const v = readSSH_MSG_CHANNEL_FAILURE(r);
  r.done(F.SSH_MSG_CHANNEL_FAILURE.$);
  return v;
}

/** Encode a {@link SSH_MSG_CHANNEL_FAILURE}. */
export function encodeSSH_MSG_CHANNEL_FAILURE(v: SSH_MSG_CHANNEL_FAILUREInput): Uint8Array {
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
export const TerminalModeOpcodeNames: ReadonlyMap<number, string> = new Map(
  Object.entries(TerminalModeOpcode).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function TerminalModeOpcodeName(value: number): string {
  return enumName(TerminalModeOpcodeNames, value, 1);
}

/**
 * One terminal mode: an opcode and its argument.
 * @see RFC 4254 §8
 */
export interface TerminalMode {
  opcode: TerminalModeOpcode;
  argument: number;
}

/**
 * What {@link encodeTerminalMode} takes: a {@link TerminalMode}, where fields with a default may be left out.
 */
export interface TerminalModeInput {
  opcode: TerminalModeOpcode;
  argument: number;
}

/** Read a {@link TerminalMode} at the reader's position. */
export function readTerminalMode(r: Reader): TerminalMode {
  const f = F.TerminalMode;
  const opcode = r.u8(f.opcode);
  const argument = r.u32(f.argument);
  return { opcode, argument };
}

/** Write a {@link TerminalMode}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeTerminalMode(w: Writer, v: TerminalModeInput): void {
  const f = F.TerminalMode;
  expectObject(v, f.$);
  w.u8(v.opcode, f.opcode);
  w.u32(v.argument, f.argument);
}

/**
 * Decode a whole {@link TerminalMode}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeTerminalMode(bytes: Uint8Array, limits?: DecodeLimits): TerminalMode {
  const r = new Reader(bytes, 0, bytes.length, limits, F.TerminalMode.$);
  const v = readTerminalMode(r);
  r.done(F.TerminalMode.$);
  return v;
}

/** Encode a {@link TerminalMode}. */
export function encodeTerminalMode(v: TerminalModeInput): Uint8Array {
  const w = new Writer();
  writeTerminalMode(w, v);
  return w.finish();
}

/**
 * What a "pty-req" carries in encoded_terminal_modes: modes up to TTY_OP_END. (Opcodes 160 to
 * 255 are not defined; RFC 4254 has them end the parse, and a sender puts them last.)
 * Wire: one TerminalMode.
 * @see RFC 4254 §8
 */
export type TerminalModes = TerminalMode[];
/** {@link TerminalModes} as an encoder takes it. */
export type TerminalModesInput = readonly TerminalModeInput[];

/** Read a {@link TerminalModes} at the reader's position. */
export function readTerminalModes(r: Reader): TerminalModes {
  const f = F.TerminalModes;
  const value: TerminalMode[] = [];
  try {
    while (!r.sentinel(1, 0, f.$)) value.push(readTerminalMode(r));
  } catch (e) {
    throw nestedAt(e, f.$, value.length);
  }
  return value;
}

/** Write a {@link TerminalModes}. */
export function writeTerminalModes(w: Writer, v: TerminalModesInput): void {
  const f = F.TerminalModes;
  w.itemsUntil(f.$, v, writeTerminalMode, undefined, 1, 0);
}

/** Where each field is in specs/ssh/connection.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/ssh/connection.spec', {
  Empty: {
    $: 9,
  },
  SSH_MSG_GLOBAL_REQUEST: {
    $: 14,
    request_name: 15,
    want_reply: 16,
    request_specific_data: 24,
  },
  TcpipForward: {
    $: 19,
    address_to_bind: 20,
    port_number_to_bind: 21,
  },
  SSH_MSG_REQUEST_SUCCESS: {
    $: 33,
    response_specific_data: 34,
  },
  SSH_MSG_REQUEST_FAILURE: {
    $: 38,
  },
  SSH_MSG_CHANNEL_OPEN: {
    $: 48,
    channel_type: 49,
    sender_channel: 50,
    initial_window_size: 51,
    maximum_packet_size: 52,
    channel_type_specific_data: 74,
  },
  X11Channel: {
    $: 57,
    originator_address: 58,
    originator_port: 59,
  },
  ForwardedTcpip: {
    $: 61,
    address_that_was_connected: 62,
    port_that_was_connected: 63,
    originator_ip_address: 64,
    originator_port: 65,
  },
  DirectTcpip: {
    $: 67,
    host_to_connect: 68,
    port_to_connect: 69,
    originator_ip_address: 70,
    originator_port: 71,
  },
  SSH_MSG_CHANNEL_OPEN_CONFIRMATION: {
    $: 78,
    recipient_channel: 79,
    sender_channel: 80,
    initial_window_size: 81,
    maximum_packet_size: 82,
    channel_type_specific_data: 83,
  },
  SSH_MSG_CHANNEL_OPEN_FAILURE: {
    $: 96,
    recipient_channel: 97,
    reason_code: 98,
    description: 99,
    language_tag: 100,
  },
  SSH_MSG_CHANNEL_WINDOW_ADJUST: {
    $: 106,
    recipient_channel: 107,
    bytes_to_add: 108,
  },
  SSH_MSG_CHANNEL_DATA: {
    $: 112,
    recipient_channel: 113,
    data: 114,
  },
  SSH_MSG_CHANNEL_EXTENDED_DATA: {
    $: 124,
    recipient_channel: 125,
    data_type_code: 126,
    data: 127,
  },
  SSH_MSG_CHANNEL_EOF: {
    $: 131,
    recipient_channel: 132,
  },
  SSH_MSG_CHANNEL_CLOSE: {
    $: 136,
    recipient_channel: 137,
  },
  SSH_MSG_CHANNEL_REQUEST: {
    $: 149,
    recipient_channel: 150,
    request_type: 151,
    want_reply: 152,
    type_specific_data: 205,
  },
  PtyReq: {
    $: 155,
    TERM_environment_variable: 156,
    terminal_width_characters: 157,
    terminal_height_rows: 158,
    terminal_width_pixels: 159,
    terminal_height_pixels: 160,
    encoded_terminal_modes: { line: 161, minLength: 0, maxLength: 2 ** 32 - 1 },
  },
  X11Req: {
    $: 163,
    single_connection: 164,
    x11_authentication_protocol: 165,
    x11_authentication_cookie: 166,
    x11_screen_number: 167,
  },
  Env: {
    $: 169,
    variable_name: 170,
    variable_value: 171,
  },
  Exec: {
    $: 175,
    command: 176,
  },
  Subsystem: {
    $: 178,
    subsystem_name: 179,
  },
  WindowChange: {
    $: 181,
    terminal_width_columns: 182,
    terminal_height_rows: 183,
    terminal_width_pixels: 184,
    terminal_height_pixels: 185,
  },
  XonXoff: {
    $: 187,
    client_can_do: 188,
  },
  Signal: {
    $: 190,
    signal_name: 191,
  },
  ExitStatus: {
    $: 193,
    exit_status: 194,
  },
  ExitSignal: {
    $: 196,
    signal_name: 197,
    core_dumped: 198,
    error_message: 199,
    language_tag: 200,
  },
  SSH_MSG_CHANNEL_SUCCESS: {
    $: 209,
    recipient_channel: 210,
  },
  SSH_MSG_CHANNEL_FAILURE: {
    $: 214,
    recipient_channel: 215,
  },
  TerminalMode: {
    $: 292,
    opcode: 290,
    argument: 291,
  },
  TerminalModes: {
    $: 299,
  },
});
/** The request_specific_data case -> request_name: filled in when an encoder's input leaves it out. */
const GlobalRequestDataTags = {
  'tcpip-forward': 'tcpip-forward',
  'cancel-tcpip-forward': 'cancel-tcpip-forward',
  'keepalive@openssh.com': 'keepalive@openssh.com',
} as const;
/** The channel_type_specific_data case -> channel_type: filled in when an encoder's input leaves it out. */
const ChannelOpenDataTags = {
  session: 'session',
  x11: 'x11',
  'forwarded-tcpip': 'forwarded-tcpip',
  'direct-tcpip': 'direct-tcpip',
} as const;
/** The type_specific_data case -> request_type: filled in when an encoder's input leaves it out. */
const ChannelRequestDataTags = {
  'pty-req': 'pty-req',
  'x11-req': 'x11-req',
  env: 'env',
  shell: 'shell',
  exec: 'exec',
  subsystem: 'subsystem',
  'window-change': 'window-change',
  'xon-xoff': 'xon-xoff',
  signal: 'signal',
  'exit-status': 'exit-status',
  'exit-signal': 'exit-signal',
  'auth-agent-req@openssh.com': 'auth-agent-req@openssh.com',
  'eow@openssh.com': 'eow@openssh.com',
  'keepalive@openssh.com': 'keepalive@openssh.com',
} as const;
