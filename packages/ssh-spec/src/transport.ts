// Generated from specs/ssh/transport.spec by otpnet-gen. Do not edit.
import { DecodeError, enumName, Reader, Writer } from '@otpnet/wire';

/**
 * Message numbers (RFC 4250 section 4.1.2). 30-49 are key exchange method specific: the same
 * number means different messages under different kex methods (kex-ecdh.spec, kex-dh.spec), so
 * they are not members here. 7 is SSH_MSG_EXT_INFO of RFC 8308.
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 4250 §4.1.2
 */
export const SSH_MessageNumber = {
  SSH_MSG_DISCONNECT: 0x01,
  SSH_MSG_IGNORE: 0x02,
  SSH_MSG_UNIMPLEMENTED: 0x03,
  SSH_MSG_DEBUG: 0x04,
  SSH_MSG_SERVICE_REQUEST: 0x05,
  SSH_MSG_SERVICE_ACCEPT: 0x06,
  /** RFC 8308 */
  SSH_MSG_EXT_INFO: 0x07,
  SSH_MSG_KEXINIT: 0x14,
  SSH_MSG_NEWKEYS: 0x15,
  SSH_MSG_USERAUTH_REQUEST: 0x32,
  SSH_MSG_USERAUTH_FAILURE: 0x33,
  SSH_MSG_USERAUTH_SUCCESS: 0x34,
  SSH_MSG_USERAUTH_BANNER: 0x35,
  /** RFC 4256; 60 is method specific (RFC 4252 6) */
  SSH_MSG_USERAUTH_INFO_REQUEST: 0x3c,
  /** RFC 4256 */
  SSH_MSG_USERAUTH_INFO_RESPONSE: 0x3d,
  SSH_MSG_GLOBAL_REQUEST: 0x50,
  SSH_MSG_REQUEST_SUCCESS: 0x51,
  SSH_MSG_REQUEST_FAILURE: 0x52,
  SSH_MSG_CHANNEL_OPEN: 0x5a,
  SSH_MSG_CHANNEL_OPEN_CONFIRMATION: 0x5b,
  SSH_MSG_CHANNEL_OPEN_FAILURE: 0x5c,
  SSH_MSG_CHANNEL_WINDOW_ADJUST: 0x5d,
  SSH_MSG_CHANNEL_DATA: 0x5e,
  SSH_MSG_CHANNEL_EXTENDED_DATA: 0x5f,
  SSH_MSG_CHANNEL_EOF: 0x60,
  SSH_MSG_CHANNEL_CLOSE: 0x61,
  SSH_MSG_CHANNEL_REQUEST: 0x62,
  SSH_MSG_CHANNEL_SUCCESS: 0x63,
  SSH_MSG_CHANNEL_FAILURE: 0x64,
} as const;
export type SSH_MessageNumber = (typeof SSH_MessageNumber)[keyof typeof SSH_MessageNumber] | (number & {});
/** Member names of {@link SSH_MessageNumber} by value. */
export const SSH_MessageNumberNames: ReadonlyMap<number, string> = new Map(Object.entries(SSH_MessageNumber).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function SSH_MessageNumberName(value: number): string {
  return enumName(SSH_MessageNumberNames, value, 1);
}

/**
 * Wire width: 4 bytes; values up to 0xffffffff. Open: unknown values are kept as numbers.
 * @see RFC 4250 §4.2.2
 */
export const SSH_DisconnectReasonCode = {
  SSH_DISCONNECT_HOST_NOT_ALLOWED_TO_CONNECT: 0x00000001,
  SSH_DISCONNECT_PROTOCOL_ERROR: 0x00000002,
  SSH_DISCONNECT_KEY_EXCHANGE_FAILED: 0x00000003,
  SSH_DISCONNECT_RESERVED: 0x00000004,
  SSH_DISCONNECT_MAC_ERROR: 0x00000005,
  SSH_DISCONNECT_COMPRESSION_ERROR: 0x00000006,
  SSH_DISCONNECT_SERVICE_NOT_AVAILABLE: 0x00000007,
  SSH_DISCONNECT_PROTOCOL_VERSION_NOT_SUPPORTED: 0x00000008,
  SSH_DISCONNECT_HOST_KEY_NOT_VERIFIABLE: 0x00000009,
  SSH_DISCONNECT_CONNECTION_LOST: 0x0000000a,
  SSH_DISCONNECT_BY_APPLICATION: 0x0000000b,
  SSH_DISCONNECT_TOO_MANY_CONNECTIONS: 0x0000000c,
  SSH_DISCONNECT_AUTH_CANCELLED_BY_USER: 0x0000000d,
  SSH_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE: 0x0000000e,
  SSH_DISCONNECT_ILLEGAL_USER_NAME: 0x0000000f,
} as const;
export type SSH_DisconnectReasonCode = (typeof SSH_DisconnectReasonCode)[keyof typeof SSH_DisconnectReasonCode] | (number & {});
/** Member names of {@link SSH_DisconnectReasonCode} by value. */
export const SSH_DisconnectReasonCodeNames: ReadonlyMap<number, string> = new Map(Object.entries(SSH_DisconnectReasonCode).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function SSH_DisconnectReasonCodeName(value: number): string {
  return enumName(SSH_DisconnectReasonCodeNames, value, 4);
}

/** One row of {@link SSH_DisconnectReasons}. */
export interface SSH_DisconnectReasonsRow {
  /** Unique; see {@link SSH_DisconnectReasonsByReason}. */
  readonly reason: SSH_DisconnectReasonCode;
  readonly description: string;
}

/**
 * The default description text of a disconnect this side sends for each reason (RFC 4253 11.1
 * leaves the text free; these spell out the RFC 4250 names).
 * @see RFC 4250 §4.2.2
 */
export const SSH_DisconnectReasons = [
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_HOST_NOT_ALLOWED_TO_CONNECT, description: 'Host not allowed to connect' },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_PROTOCOL_ERROR, description: 'Protocol error' },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_KEY_EXCHANGE_FAILED, description: 'Key exchange failed' },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_RESERVED, description: 'Reserved' },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_MAC_ERROR, description: 'MAC error' },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_COMPRESSION_ERROR, description: 'Compression error' },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_SERVICE_NOT_AVAILABLE, description: 'Service not available' },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_PROTOCOL_VERSION_NOT_SUPPORTED, description: 'Protocol version not supported' },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_HOST_KEY_NOT_VERIFIABLE, description: 'Host key not verifiable' },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_CONNECTION_LOST, description: 'Connection lost' },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_BY_APPLICATION, description: 'Disconnected by application' },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_TOO_MANY_CONNECTIONS, description: 'Too many connections' },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_AUTH_CANCELLED_BY_USER, description: 'Auth cancelled by user' },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE, description: 'Unable to connect using the available authentication methods' },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_ILLEGAL_USER_NAME, description: 'Illegal user name' },
] as const satisfies readonly SSH_DisconnectReasonsRow[];

/** The rows of {@link SSH_DisconnectReasons} by `reason`. */
export const SSH_DisconnectReasonsByReason: ReadonlyMap<SSH_DisconnectReasonCode, SSH_DisconnectReasonsRow> = new Map(
  SSH_DisconnectReasons.map((row) => [row.reason, row]),
);

/**
 * Message number 1.
 * @see RFC 4253 §11.1
 */
export interface SSH_MSG_DISCONNECT {
  reason_code: SSH_DisconnectReasonCode;
  /** ISO-10646 UTF-8 [RFC3629]. */
  description: string;
  /** RFC 3066; usually empty. */
  language_tag: string;
}

/** The message number of {@link SSH_MSG_DISCONNECT}. */
export const SSH_MSG_DISCONNECT_NUMBER = 1;

/** Read a {@link SSH_MSG_DISCONNECT} at the reader's position. */
export function readSSH_MSG_DISCONNECT(r: Reader): SSH_MSG_DISCONNECT {
  const number = r.u8('SSH_MSG_DISCONNECT@specs/ssh/transport.spec:91');
  if (number !== 1) throw new DecodeError('SSH_MSG_DISCONNECT@specs/ssh/transport.spec:91', `expected message number 1, got ${number}`);
  const reason_code = r.u32('SSH_MSG_DISCONNECT.reason_code@specs/ssh/transport.spec:92');
  const description = r.sshUtf8('SSH_MSG_DISCONNECT.description@specs/ssh/transport.spec:93');
  const language_tag = r.sshUtf8('SSH_MSG_DISCONNECT.language_tag@specs/ssh/transport.spec:94');
  return { reason_code, description, language_tag };
}

/** Write a {@link SSH_MSG_DISCONNECT}. */
export function writeSSH_MSG_DISCONNECT(w: Writer, v: SSH_MSG_DISCONNECT): void {
  w.u8(1, 'SSH_MSG_DISCONNECT@specs/ssh/transport.spec:91');
  w.u32(v.reason_code, 'SSH_MSG_DISCONNECT.reason_code@specs/ssh/transport.spec:92');
  w.sshUtf8(v.description, 'SSH_MSG_DISCONNECT.description@specs/ssh/transport.spec:93');
  w.sshUtf8(v.language_tag, 'SSH_MSG_DISCONNECT.language_tag@specs/ssh/transport.spec:94');
}

/** Decode a whole {@link SSH_MSG_DISCONNECT}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_DISCONNECT(bytes: Uint8Array): SSH_MSG_DISCONNECT {
  const r = new Reader(bytes);
  const v = readSSH_MSG_DISCONNECT(r);
  r.done('SSH_MSG_DISCONNECT@specs/ssh/transport.spec:91');
  return v;
}

/** Encode a {@link SSH_MSG_DISCONNECT}. */
export function encodeSSH_MSG_DISCONNECT(v: SSH_MSG_DISCONNECT): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_DISCONNECT(w, v);
  return w.finish();
}

/**
 * Ignored by the receiver; carries random data to hide traffic patterns.
 * Message number 2.
 * @see RFC 4253 §11.2
 */
export interface SSH_MSG_IGNORE {
  data: Uint8Array;
}

/** The message number of {@link SSH_MSG_IGNORE}. */
export const SSH_MSG_IGNORE_NUMBER = 2;

/** Read a {@link SSH_MSG_IGNORE} at the reader's position. */
export function readSSH_MSG_IGNORE(r: Reader): SSH_MSG_IGNORE {
  const number = r.u8('SSH_MSG_IGNORE@specs/ssh/transport.spec:99');
  if (number !== 2) throw new DecodeError('SSH_MSG_IGNORE@specs/ssh/transport.spec:99', `expected message number 2, got ${number}`);
  const data = r.sshString('SSH_MSG_IGNORE.data@specs/ssh/transport.spec:100');
  return { data };
}

/** Write a {@link SSH_MSG_IGNORE}. */
export function writeSSH_MSG_IGNORE(w: Writer, v: SSH_MSG_IGNORE): void {
  w.u8(2, 'SSH_MSG_IGNORE@specs/ssh/transport.spec:99');
  w.sshString(v.data, 'SSH_MSG_IGNORE.data@specs/ssh/transport.spec:100');
}

/** Decode a whole {@link SSH_MSG_IGNORE}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_IGNORE(bytes: Uint8Array): SSH_MSG_IGNORE {
  const r = new Reader(bytes);
  const v = readSSH_MSG_IGNORE(r);
  r.done('SSH_MSG_IGNORE@specs/ssh/transport.spec:99');
  return v;
}

/** Encode a {@link SSH_MSG_IGNORE}. */
export function encodeSSH_MSG_IGNORE(v: SSH_MSG_IGNORE): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_IGNORE(w, v);
  return w.finish();
}

/**
 * Message number 3.
 * @see RFC 4253 §11.4
 */
export interface SSH_MSG_UNIMPLEMENTED {
  /** of the rejected message. */
  packet_sequence_number: number;
}

/** The message number of {@link SSH_MSG_UNIMPLEMENTED}. */
export const SSH_MSG_UNIMPLEMENTED_NUMBER = 3;

/** Read a {@link SSH_MSG_UNIMPLEMENTED} at the reader's position. */
export function readSSH_MSG_UNIMPLEMENTED(r: Reader): SSH_MSG_UNIMPLEMENTED {
  const number = r.u8('SSH_MSG_UNIMPLEMENTED@specs/ssh/transport.spec:104');
  if (number !== 3) throw new DecodeError('SSH_MSG_UNIMPLEMENTED@specs/ssh/transport.spec:104', `expected message number 3, got ${number}`);
  const packet_sequence_number = r.u32('SSH_MSG_UNIMPLEMENTED.packet_sequence_number@specs/ssh/transport.spec:105');
  return { packet_sequence_number };
}

/** Write a {@link SSH_MSG_UNIMPLEMENTED}. */
export function writeSSH_MSG_UNIMPLEMENTED(w: Writer, v: SSH_MSG_UNIMPLEMENTED): void {
  w.u8(3, 'SSH_MSG_UNIMPLEMENTED@specs/ssh/transport.spec:104');
  w.u32(v.packet_sequence_number, 'SSH_MSG_UNIMPLEMENTED.packet_sequence_number@specs/ssh/transport.spec:105');
}

/** Decode a whole {@link SSH_MSG_UNIMPLEMENTED}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_UNIMPLEMENTED(bytes: Uint8Array): SSH_MSG_UNIMPLEMENTED {
  const r = new Reader(bytes);
  const v = readSSH_MSG_UNIMPLEMENTED(r);
  r.done('SSH_MSG_UNIMPLEMENTED@specs/ssh/transport.spec:104');
  return v;
}

/** Encode a {@link SSH_MSG_UNIMPLEMENTED}. */
export function encodeSSH_MSG_UNIMPLEMENTED(v: SSH_MSG_UNIMPLEMENTED): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_UNIMPLEMENTED(w, v);
  return w.finish();
}

/**
 * Message number 4.
 * @see RFC 4253 §11.3
 */
export interface SSH_MSG_DEBUG {
  always_display: boolean;
  message: string;
  language_tag: string;
}

/** The message number of {@link SSH_MSG_DEBUG}. */
export const SSH_MSG_DEBUG_NUMBER = 4;

/** Read a {@link SSH_MSG_DEBUG} at the reader's position. */
export function readSSH_MSG_DEBUG(r: Reader): SSH_MSG_DEBUG {
  const number = r.u8('SSH_MSG_DEBUG@specs/ssh/transport.spec:109');
  if (number !== 4) throw new DecodeError('SSH_MSG_DEBUG@specs/ssh/transport.spec:109', `expected message number 4, got ${number}`);
  const always_display = r.bool('SSH_MSG_DEBUG.always_display@specs/ssh/transport.spec:110');
  const message = r.sshUtf8('SSH_MSG_DEBUG.message@specs/ssh/transport.spec:111');
  const language_tag = r.sshUtf8('SSH_MSG_DEBUG.language_tag@specs/ssh/transport.spec:112');
  return { always_display, message, language_tag };
}

/** Write a {@link SSH_MSG_DEBUG}. */
export function writeSSH_MSG_DEBUG(w: Writer, v: SSH_MSG_DEBUG): void {
  w.u8(4, 'SSH_MSG_DEBUG@specs/ssh/transport.spec:109');
  w.bool(v.always_display, 'SSH_MSG_DEBUG.always_display@specs/ssh/transport.spec:110');
  w.sshUtf8(v.message, 'SSH_MSG_DEBUG.message@specs/ssh/transport.spec:111');
  w.sshUtf8(v.language_tag, 'SSH_MSG_DEBUG.language_tag@specs/ssh/transport.spec:112');
}

/** Decode a whole {@link SSH_MSG_DEBUG}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_DEBUG(bytes: Uint8Array): SSH_MSG_DEBUG {
  const r = new Reader(bytes);
  const v = readSSH_MSG_DEBUG(r);
  r.done('SSH_MSG_DEBUG@specs/ssh/transport.spec:109');
  return v;
}

/** Encode a {@link SSH_MSG_DEBUG}. */
export function encodeSSH_MSG_DEBUG(v: SSH_MSG_DEBUG): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_DEBUG(w, v);
  return w.finish();
}

/**
 * Message number 5.
 * @see RFC 4253 §10
 */
export interface SSH_MSG_SERVICE_REQUEST {
  /** "ssh-userauth", "ssh-connection". */
  service_name: string;
}

/** The message number of {@link SSH_MSG_SERVICE_REQUEST}. */
export const SSH_MSG_SERVICE_REQUEST_NUMBER = 5;

/** Read a {@link SSH_MSG_SERVICE_REQUEST} at the reader's position. */
export function readSSH_MSG_SERVICE_REQUEST(r: Reader): SSH_MSG_SERVICE_REQUEST {
  const number = r.u8('SSH_MSG_SERVICE_REQUEST@specs/ssh/transport.spec:116');
  if (number !== 5) throw new DecodeError('SSH_MSG_SERVICE_REQUEST@specs/ssh/transport.spec:116', `expected message number 5, got ${number}`);
  const service_name = r.sshUtf8('SSH_MSG_SERVICE_REQUEST.service_name@specs/ssh/transport.spec:117');
  return { service_name };
}

/** Write a {@link SSH_MSG_SERVICE_REQUEST}. */
export function writeSSH_MSG_SERVICE_REQUEST(w: Writer, v: SSH_MSG_SERVICE_REQUEST): void {
  w.u8(5, 'SSH_MSG_SERVICE_REQUEST@specs/ssh/transport.spec:116');
  w.sshUtf8(v.service_name, 'SSH_MSG_SERVICE_REQUEST.service_name@specs/ssh/transport.spec:117');
}

/** Decode a whole {@link SSH_MSG_SERVICE_REQUEST}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_SERVICE_REQUEST(bytes: Uint8Array): SSH_MSG_SERVICE_REQUEST {
  const r = new Reader(bytes);
  const v = readSSH_MSG_SERVICE_REQUEST(r);
  r.done('SSH_MSG_SERVICE_REQUEST@specs/ssh/transport.spec:116');
  return v;
}

/** Encode a {@link SSH_MSG_SERVICE_REQUEST}. */
export function encodeSSH_MSG_SERVICE_REQUEST(v: SSH_MSG_SERVICE_REQUEST): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_SERVICE_REQUEST(w, v);
  return w.finish();
}

/**
 * Message number 6.
 * @see RFC 4253 §10
 */
export interface SSH_MSG_SERVICE_ACCEPT {
  service_name: string;
}

/** The message number of {@link SSH_MSG_SERVICE_ACCEPT}. */
export const SSH_MSG_SERVICE_ACCEPT_NUMBER = 6;

/** Read a {@link SSH_MSG_SERVICE_ACCEPT} at the reader's position. */
export function readSSH_MSG_SERVICE_ACCEPT(r: Reader): SSH_MSG_SERVICE_ACCEPT {
  const number = r.u8('SSH_MSG_SERVICE_ACCEPT@specs/ssh/transport.spec:121');
  if (number !== 6) throw new DecodeError('SSH_MSG_SERVICE_ACCEPT@specs/ssh/transport.spec:121', `expected message number 6, got ${number}`);
  const service_name = r.sshUtf8('SSH_MSG_SERVICE_ACCEPT.service_name@specs/ssh/transport.spec:122');
  return { service_name };
}

/** Write a {@link SSH_MSG_SERVICE_ACCEPT}. */
export function writeSSH_MSG_SERVICE_ACCEPT(w: Writer, v: SSH_MSG_SERVICE_ACCEPT): void {
  w.u8(6, 'SSH_MSG_SERVICE_ACCEPT@specs/ssh/transport.spec:121');
  w.sshUtf8(v.service_name, 'SSH_MSG_SERVICE_ACCEPT.service_name@specs/ssh/transport.spec:122');
}

/** Decode a whole {@link SSH_MSG_SERVICE_ACCEPT}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_SERVICE_ACCEPT(bytes: Uint8Array): SSH_MSG_SERVICE_ACCEPT {
  const r = new Reader(bytes);
  const v = readSSH_MSG_SERVICE_ACCEPT(r);
  r.done('SSH_MSG_SERVICE_ACCEPT@specs/ssh/transport.spec:121');
  return v;
}

/** Encode a {@link SSH_MSG_SERVICE_ACCEPT}. */
export function encodeSSH_MSG_SERVICE_ACCEPT(v: SSH_MSG_SERVICE_ACCEPT): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_SERVICE_ACCEPT(w, v);
  return w.finish();
}

/**
 * The algorithm negotiation message. Each name-list is in order of preference; the first
 * algorithm of the client's list that the server also lists is chosen (RFC 4253 7.1). The
 * pseudo-algorithms "ext-info-c"/"ext-info-s" (RFC 8308) and "kex-strict-c-v00@openssh.com" /
 * "kex-strict-s-v00@openssh.com" (OpenSSH PROTOCOL, strict kex) ride in kex_algorithms.
 * Message number 20.
 * @see RFC 4253 §7.1
 */
export interface SSH_MSG_KEXINIT {
  /** random bytes. */
  cookie: Uint8Array;
  kex_algorithms: string[];
  server_host_key_algorithms: string[];
  encryption_algorithms_client_to_server: string[];
  encryption_algorithms_server_to_client: string[];
  mac_algorithms_client_to_server: string[];
  mac_algorithms_server_to_client: string[];
  compression_algorithms_client_to_server: string[];
  compression_algorithms_server_to_client: string[];
  languages_client_to_server: string[];
  languages_server_to_client: string[];
  first_kex_packet_follows: boolean;
  /** reserved for future extension. Default: 0. */
  reserved?: number;
}

/** The message number of {@link SSH_MSG_KEXINIT}. */
export const SSH_MSG_KEXINIT_NUMBER = 20;

/** Read a {@link SSH_MSG_KEXINIT} at the reader's position. */
export function readSSH_MSG_KEXINIT(r: Reader): SSH_MSG_KEXINIT {
  const number = r.u8('SSH_MSG_KEXINIT@specs/ssh/transport.spec:132');
  if (number !== 20) throw new DecodeError('SSH_MSG_KEXINIT@specs/ssh/transport.spec:132', `expected message number 20, got ${number}`);
  const cookie = r.raw(16, 'SSH_MSG_KEXINIT.cookie@specs/ssh/transport.spec:133');
  const kex_algorithms = r.nameList('SSH_MSG_KEXINIT.kex_algorithms@specs/ssh/transport.spec:134');
  const server_host_key_algorithms = r.nameList('SSH_MSG_KEXINIT.server_host_key_algorithms@specs/ssh/transport.spec:135');
  const encryption_algorithms_client_to_server = r.nameList('SSH_MSG_KEXINIT.encryption_algorithms_client_to_server@specs/ssh/transport.spec:136');
  const encryption_algorithms_server_to_client = r.nameList('SSH_MSG_KEXINIT.encryption_algorithms_server_to_client@specs/ssh/transport.spec:137');
  const mac_algorithms_client_to_server = r.nameList('SSH_MSG_KEXINIT.mac_algorithms_client_to_server@specs/ssh/transport.spec:138');
  const mac_algorithms_server_to_client = r.nameList('SSH_MSG_KEXINIT.mac_algorithms_server_to_client@specs/ssh/transport.spec:139');
  const compression_algorithms_client_to_server = r.nameList('SSH_MSG_KEXINIT.compression_algorithms_client_to_server@specs/ssh/transport.spec:140');
  const compression_algorithms_server_to_client = r.nameList('SSH_MSG_KEXINIT.compression_algorithms_server_to_client@specs/ssh/transport.spec:141');
  const languages_client_to_server = r.nameList('SSH_MSG_KEXINIT.languages_client_to_server@specs/ssh/transport.spec:142');
  const languages_server_to_client = r.nameList('SSH_MSG_KEXINIT.languages_server_to_client@specs/ssh/transport.spec:143');
  const first_kex_packet_follows = r.bool('SSH_MSG_KEXINIT.first_kex_packet_follows@specs/ssh/transport.spec:144');
  const reserved = r.u32('SSH_MSG_KEXINIT.reserved@specs/ssh/transport.spec:145');
  return { cookie, kex_algorithms, server_host_key_algorithms, encryption_algorithms_client_to_server, encryption_algorithms_server_to_client, mac_algorithms_client_to_server, mac_algorithms_server_to_client, compression_algorithms_client_to_server, compression_algorithms_server_to_client, languages_client_to_server, languages_server_to_client, first_kex_packet_follows, reserved };
}

/** Write a {@link SSH_MSG_KEXINIT}. */
export function writeSSH_MSG_KEXINIT(w: Writer, v: SSH_MSG_KEXINIT): void {
  w.u8(20, 'SSH_MSG_KEXINIT@specs/ssh/transport.spec:132');
  w.fixed(v.cookie, 16, 'SSH_MSG_KEXINIT.cookie@specs/ssh/transport.spec:133');
  w.nameList(v.kex_algorithms, 'SSH_MSG_KEXINIT.kex_algorithms@specs/ssh/transport.spec:134');
  w.nameList(v.server_host_key_algorithms, 'SSH_MSG_KEXINIT.server_host_key_algorithms@specs/ssh/transport.spec:135');
  w.nameList(v.encryption_algorithms_client_to_server, 'SSH_MSG_KEXINIT.encryption_algorithms_client_to_server@specs/ssh/transport.spec:136');
  w.nameList(v.encryption_algorithms_server_to_client, 'SSH_MSG_KEXINIT.encryption_algorithms_server_to_client@specs/ssh/transport.spec:137');
  w.nameList(v.mac_algorithms_client_to_server, 'SSH_MSG_KEXINIT.mac_algorithms_client_to_server@specs/ssh/transport.spec:138');
  w.nameList(v.mac_algorithms_server_to_client, 'SSH_MSG_KEXINIT.mac_algorithms_server_to_client@specs/ssh/transport.spec:139');
  w.nameList(v.compression_algorithms_client_to_server, 'SSH_MSG_KEXINIT.compression_algorithms_client_to_server@specs/ssh/transport.spec:140');
  w.nameList(v.compression_algorithms_server_to_client, 'SSH_MSG_KEXINIT.compression_algorithms_server_to_client@specs/ssh/transport.spec:141');
  w.nameList(v.languages_client_to_server, 'SSH_MSG_KEXINIT.languages_client_to_server@specs/ssh/transport.spec:142');
  w.nameList(v.languages_server_to_client, 'SSH_MSG_KEXINIT.languages_server_to_client@specs/ssh/transport.spec:143');
  w.bool(v.first_kex_packet_follows, 'SSH_MSG_KEXINIT.first_kex_packet_follows@specs/ssh/transport.spec:144');
  w.u32((v.reserved ?? 0), 'SSH_MSG_KEXINIT.reserved@specs/ssh/transport.spec:145');
}

/** Decode a whole {@link SSH_MSG_KEXINIT}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_KEXINIT(bytes: Uint8Array): SSH_MSG_KEXINIT {
  const r = new Reader(bytes);
  const v = readSSH_MSG_KEXINIT(r);
  r.done('SSH_MSG_KEXINIT@specs/ssh/transport.spec:132');
  return v;
}

/** Encode a {@link SSH_MSG_KEXINIT}. */
export function encodeSSH_MSG_KEXINIT(v: SSH_MSG_KEXINIT): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_KEXINIT(w, v);
  return w.finish();
}

/**
 * Message number 21.
 * @see RFC 4253 §7.3
 */
export interface SSH_MSG_NEWKEYS {
}

/** The message number of {@link SSH_MSG_NEWKEYS}. */
export const SSH_MSG_NEWKEYS_NUMBER = 21;

/** Read a {@link SSH_MSG_NEWKEYS} at the reader's position. */
export function readSSH_MSG_NEWKEYS(r: Reader): SSH_MSG_NEWKEYS {
  const number = r.u8('SSH_MSG_NEWKEYS@specs/ssh/transport.spec:149');
  if (number !== 21) throw new DecodeError('SSH_MSG_NEWKEYS@specs/ssh/transport.spec:149', `expected message number 21, got ${number}`);
  return {};
}

/** Write a {@link SSH_MSG_NEWKEYS}. */
export function writeSSH_MSG_NEWKEYS(w: Writer, v: SSH_MSG_NEWKEYS): void {
  w.u8(21, 'SSH_MSG_NEWKEYS@specs/ssh/transport.spec:149');
}

/** Decode a whole {@link SSH_MSG_NEWKEYS}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_NEWKEYS(bytes: Uint8Array): SSH_MSG_NEWKEYS {
  const r = new Reader(bytes);
  const v = readSSH_MSG_NEWKEYS(r);
  r.done('SSH_MSG_NEWKEYS@specs/ssh/transport.spec:149');
  return v;
}

/** Encode a {@link SSH_MSG_NEWKEYS}. */
export function encodeSSH_MSG_NEWKEYS(v: SSH_MSG_NEWKEYS): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_NEWKEYS(w, v);
  return w.finish();
}

/** @see RFC 8308 §2.3 */
export interface SSH_ExtInfoExtension {
  extension_name: string;
  /** format defined by each extension. */
  extension_value: Uint8Array;
}

/** Read a {@link SSH_ExtInfoExtension} at the reader's position. */
export function readSSH_ExtInfoExtension(r: Reader): SSH_ExtInfoExtension {
  const extension_name = r.sshUtf8('SSH_ExtInfoExtension.extension_name@specs/ssh/transport.spec:154');
  const extension_value = r.sshString('SSH_ExtInfoExtension.extension_value@specs/ssh/transport.spec:155');
  return { extension_name, extension_value };
}

/** Write a {@link SSH_ExtInfoExtension}. */
export function writeSSH_ExtInfoExtension(w: Writer, v: SSH_ExtInfoExtension): void {
  w.sshUtf8(v.extension_name, 'SSH_ExtInfoExtension.extension_name@specs/ssh/transport.spec:154');
  w.sshString(v.extension_value, 'SSH_ExtInfoExtension.extension_value@specs/ssh/transport.spec:155');
}

/** Decode a whole {@link SSH_ExtInfoExtension}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_ExtInfoExtension(bytes: Uint8Array): SSH_ExtInfoExtension {
  const r = new Reader(bytes);
  const v = readSSH_ExtInfoExtension(r);
  r.done('SSH_ExtInfoExtension@specs/ssh/transport.spec:156');
  return v;
}

/** Encode a {@link SSH_ExtInfoExtension}. */
export function encodeSSH_ExtInfoExtension(v: SSH_ExtInfoExtension): Uint8Array {
  const w = new Writer();
  writeSSH_ExtInfoExtension(w, v);
  return w.finish();
}

/**
 * "server-sig-algs" (RFC 8308 3.1) is the one extension Erlang/OTP implements.
 * Message number 7.
 * @see RFC 8308 §2.3
 */
export interface SSH_MSG_EXT_INFO {
  /** nr-extensions, then the pairs. */
  extensions: SSH_ExtInfoExtension[];
}

/** The message number of {@link SSH_MSG_EXT_INFO}. */
export const SSH_MSG_EXT_INFO_NUMBER = 7;

/** Read a {@link SSH_MSG_EXT_INFO} at the reader's position. */
export function readSSH_MSG_EXT_INFO(r: Reader): SSH_MSG_EXT_INFO {
  const number = r.u8('SSH_MSG_EXT_INFO@specs/ssh/transport.spec:160');
  if (number !== 7) throw new DecodeError('SSH_MSG_EXT_INFO@specs/ssh/transport.spec:160', `expected message number 7, got ${number}`);
  const extensionsCount = r.count(r.u32('SSH_MSG_EXT_INFO.extensions@specs/ssh/transport.spec:161'), 8, 'SSH_MSG_EXT_INFO.extensions@specs/ssh/transport.spec:161');
  const extensions: SSH_ExtInfoExtension[] = [];
  for (let i = 0; i < extensionsCount; i++) extensions.push(readSSH_ExtInfoExtension(r));
  return { extensions };
}

/** Write a {@link SSH_MSG_EXT_INFO}. */
export function writeSSH_MSG_EXT_INFO(w: Writer, v: SSH_MSG_EXT_INFO): void {
  w.u8(7, 'SSH_MSG_EXT_INFO@specs/ssh/transport.spec:160');
  w.u32(v.extensions.length, 'SSH_MSG_EXT_INFO.extensions@specs/ssh/transport.spec:161');
  for (const item of v.extensions) writeSSH_ExtInfoExtension(w, item);
}

/** Decode a whole {@link SSH_MSG_EXT_INFO}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_EXT_INFO(bytes: Uint8Array): SSH_MSG_EXT_INFO {
  const r = new Reader(bytes);
  const v = readSSH_MSG_EXT_INFO(r);
  r.done('SSH_MSG_EXT_INFO@specs/ssh/transport.spec:160');
  return v;
}

/** Encode a {@link SSH_MSG_EXT_INFO}. */
export function encodeSSH_MSG_EXT_INFO(v: SSH_MSG_EXT_INFO): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_EXT_INFO(w, v);
  return w.finish();
}
