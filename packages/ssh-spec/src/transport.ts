// Generated from specs/ssh/transport.spec by otpnet-gen. Do not edit.
import {
  type DecodeLimits,
  enumName,
  expectArray,
  expectObject,
  fields,
  lengthOf,
  nestedAt,
  Reader,
  Writer,
} from '@otpnet/wire';

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
export const SSH_MessageNumberNames: ReadonlyMap<number, string> = new Map(
  Object.entries(SSH_MessageNumber).map(([k, v]) => [v, k]),
);

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
export type SSH_DisconnectReasonCode =
  | (typeof SSH_DisconnectReasonCode)[keyof typeof SSH_DisconnectReasonCode]
  | (number & {});
/** Member names of {@link SSH_DisconnectReasonCode} by value. */
export const SSH_DisconnectReasonCodeNames: ReadonlyMap<number, string> = new Map(
  Object.entries(SSH_DisconnectReasonCode).map(([k, v]) => [v, k]),
);

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
  {
    reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_HOST_NOT_ALLOWED_TO_CONNECT,
    description: 'Host not allowed to connect',
  },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_PROTOCOL_ERROR, description: 'Protocol error' },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_KEY_EXCHANGE_FAILED, description: 'Key exchange failed' },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_RESERVED, description: 'Reserved' },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_MAC_ERROR, description: 'MAC error' },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_COMPRESSION_ERROR, description: 'Compression error' },
  {
    reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_SERVICE_NOT_AVAILABLE,
    description: 'Service not available',
  },
  {
    reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_PROTOCOL_VERSION_NOT_SUPPORTED,
    description: 'Protocol version not supported',
  },
  {
    reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_HOST_KEY_NOT_VERIFIABLE,
    description: 'Host key not verifiable',
  },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_CONNECTION_LOST, description: 'Connection lost' },
  {
    reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_BY_APPLICATION,
    description: 'Disconnected by application',
  },
  {
    reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_TOO_MANY_CONNECTIONS,
    description: 'Too many connections',
  },
  {
    reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_AUTH_CANCELLED_BY_USER,
    description: 'Auth cancelled by user',
  },
  {
    reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE,
    description: 'Unable to connect using the available authentication methods',
  },
  { reason: SSH_DisconnectReasonCode.SSH_DISCONNECT_ILLEGAL_USER_NAME, description: 'Illegal user name' },
] as const satisfies readonly SSH_DisconnectReasonsRow[];

/** The rows of {@link SSH_DisconnectReasons} by `reason`. */
export const SSH_DisconnectReasonsByReason: ReadonlyMap<SSH_DisconnectReasonCode, SSH_DisconnectReasonsRow> =
  new Map(SSH_DisconnectReasons.map((row) => [row.reason, row]));

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

/**
 * What {@link encodeSSH_MSG_DISCONNECT} takes: a {@link SSH_MSG_DISCONNECT}, where fields with a default may
 * be left out.
 */
export interface SSH_MSG_DISCONNECTInput {
  reason_code: SSH_DisconnectReasonCode;
  description: string;
  language_tag: string;
}

/** The message number of {@link SSH_MSG_DISCONNECT}. */
export const SSH_MSG_DISCONNECT_NUMBER = 1;

/** Read a {@link SSH_MSG_DISCONNECT} at the reader's position. */
export function readSSH_MSG_DISCONNECT(r: Reader): SSH_MSG_DISCONNECT {
  const f = F.SSH_MSG_DISCONNECT;
  r.messageNumber(1, f.$);
  const reason_code = r.u32(f.reason_code);
  const description = r.sshUtf8(f.description);
  const language_tag = r.sshUtf8(f.language_tag);
  return { reason_code, description, language_tag };
}

/**
 * Write a {@link SSH_MSG_DISCONNECT}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_DISCONNECT(w: Writer, v: SSH_MSG_DISCONNECTInput): void {
  const f = F.SSH_MSG_DISCONNECT;
  expectObject(v, f.$);
  w.u8(1, f.$);
  w.u32(v.reason_code, f.reason_code);
  w.sshUtf8(v.description, f.description);
  w.sshUtf8(v.language_tag, f.language_tag);
}

/**
 * Decode a whole {@link SSH_MSG_DISCONNECT}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_DISCONNECT(bytes: Uint8Array, limits?: DecodeLimits): SSH_MSG_DISCONNECT {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_DISCONNECT.$);
  const v = readSSH_MSG_DISCONNECT(r);
  r.done(F.SSH_MSG_DISCONNECT.$);
  return v;
}

/** Encode a {@link SSH_MSG_DISCONNECT}. */
export function encodeSSH_MSG_DISCONNECT(v: SSH_MSG_DISCONNECTInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_IGNORE} takes: a {@link SSH_MSG_IGNORE}, where fields with a default may be left
 * out.
 */
export interface SSH_MSG_IGNOREInput {
  data: Uint8Array;
}

/** The message number of {@link SSH_MSG_IGNORE}. */
export const SSH_MSG_IGNORE_NUMBER = 2;

/** Read a {@link SSH_MSG_IGNORE} at the reader's position. */
export function readSSH_MSG_IGNORE(r: Reader): SSH_MSG_IGNORE {
  const f = F.SSH_MSG_IGNORE;
  r.messageNumber(2, f.$);
  const data = r.sshString(f.data);
  return { data };
}

/**
 * Write a {@link SSH_MSG_IGNORE}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeSSH_MSG_IGNORE(w: Writer, v: SSH_MSG_IGNOREInput): void {
  const f = F.SSH_MSG_IGNORE;
  expectObject(v, f.$);
  w.u8(2, f.$);
  w.sshString(v.data, f.data);
}

/**
 * Decode a whole {@link SSH_MSG_IGNORE}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_IGNORE(bytes: Uint8Array, limits?: DecodeLimits): SSH_MSG_IGNORE {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_IGNORE.$);
  const v = readSSH_MSG_IGNORE(r);
  r.done(F.SSH_MSG_IGNORE.$);
  return v;
}

/** Encode a {@link SSH_MSG_IGNORE}. */
export function encodeSSH_MSG_IGNORE(v: SSH_MSG_IGNOREInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_UNIMPLEMENTED} takes: a {@link SSH_MSG_UNIMPLEMENTED}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_UNIMPLEMENTEDInput {
  packet_sequence_number: number;
}

/** The message number of {@link SSH_MSG_UNIMPLEMENTED}. */
export const SSH_MSG_UNIMPLEMENTED_NUMBER = 3;

/** Read a {@link SSH_MSG_UNIMPLEMENTED} at the reader's position. */
export function readSSH_MSG_UNIMPLEMENTED(r: Reader): SSH_MSG_UNIMPLEMENTED {
  const f = F.SSH_MSG_UNIMPLEMENTED;
  r.messageNumber(3, f.$);
  const packet_sequence_number = r.u32(f.packet_sequence_number);
  return { packet_sequence_number };
}

/**
 * Write a {@link SSH_MSG_UNIMPLEMENTED}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_UNIMPLEMENTED(w: Writer, v: SSH_MSG_UNIMPLEMENTEDInput): void {
  const f = F.SSH_MSG_UNIMPLEMENTED;
  expectObject(v, f.$);
  w.u8(3, f.$);
  w.u32(v.packet_sequence_number, f.packet_sequence_number);
}

/**
 * Decode a whole {@link SSH_MSG_UNIMPLEMENTED}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_UNIMPLEMENTED(bytes: Uint8Array, limits?: DecodeLimits): SSH_MSG_UNIMPLEMENTED {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_UNIMPLEMENTED.$);
  const v = readSSH_MSG_UNIMPLEMENTED(r);
  r.done(F.SSH_MSG_UNIMPLEMENTED.$);
  return v;
}

/** Encode a {@link SSH_MSG_UNIMPLEMENTED}. */
export function encodeSSH_MSG_UNIMPLEMENTED(v: SSH_MSG_UNIMPLEMENTEDInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_DEBUG} takes: a {@link SSH_MSG_DEBUG}, where fields with a default may be left
 * out.
 */
export interface SSH_MSG_DEBUGInput {
  always_display: boolean;
  message: string;
  language_tag: string;
}

/** The message number of {@link SSH_MSG_DEBUG}. */
export const SSH_MSG_DEBUG_NUMBER = 4;

/** Read a {@link SSH_MSG_DEBUG} at the reader's position. */
export function readSSH_MSG_DEBUG(r: Reader): SSH_MSG_DEBUG {
  const f = F.SSH_MSG_DEBUG;
  r.messageNumber(4, f.$);
  const always_display = r.bool(f.always_display);
  const message = r.sshUtf8(f.message);
  const language_tag = r.sshUtf8(f.language_tag);
  return { always_display, message, language_tag };
}

/** Write a {@link SSH_MSG_DEBUG}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeSSH_MSG_DEBUG(w: Writer, v: SSH_MSG_DEBUGInput): void {
  const f = F.SSH_MSG_DEBUG;
  expectObject(v, f.$);
  w.u8(4, f.$);
  w.bool(v.always_display, f.always_display);
  w.sshUtf8(v.message, f.message);
  w.sshUtf8(v.language_tag, f.language_tag);
}

/**
 * Decode a whole {@link SSH_MSG_DEBUG}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_DEBUG(bytes: Uint8Array, limits?: DecodeLimits): SSH_MSG_DEBUG {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_DEBUG.$);
  const v = readSSH_MSG_DEBUG(r);
  r.done(F.SSH_MSG_DEBUG.$);
  return v;
}

/** Encode a {@link SSH_MSG_DEBUG}. */
export function encodeSSH_MSG_DEBUG(v: SSH_MSG_DEBUGInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_SERVICE_REQUEST} takes: a {@link SSH_MSG_SERVICE_REQUEST}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_SERVICE_REQUESTInput {
  service_name: string;
}

/** The message number of {@link SSH_MSG_SERVICE_REQUEST}. */
export const SSH_MSG_SERVICE_REQUEST_NUMBER = 5;

/** Read a {@link SSH_MSG_SERVICE_REQUEST} at the reader's position. */
export function readSSH_MSG_SERVICE_REQUEST(r: Reader): SSH_MSG_SERVICE_REQUEST {
  const f = F.SSH_MSG_SERVICE_REQUEST;
  r.messageNumber(5, f.$);
  const service_name = r.sshUtf8(f.service_name);
  return { service_name };
}

/**
 * Write a {@link SSH_MSG_SERVICE_REQUEST}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_SERVICE_REQUEST(w: Writer, v: SSH_MSG_SERVICE_REQUESTInput): void {
  const f = F.SSH_MSG_SERVICE_REQUEST;
  expectObject(v, f.$);
  w.u8(5, f.$);
  w.sshUtf8(v.service_name, f.service_name);
}

/**
 * Decode a whole {@link SSH_MSG_SERVICE_REQUEST}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_SERVICE_REQUEST(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_SERVICE_REQUEST {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_SERVICE_REQUEST.$);
  const v = readSSH_MSG_SERVICE_REQUEST(r);
  r.done(F.SSH_MSG_SERVICE_REQUEST.$);
  return v;
}

/** Encode a {@link SSH_MSG_SERVICE_REQUEST}. */
export function encodeSSH_MSG_SERVICE_REQUEST(v: SSH_MSG_SERVICE_REQUESTInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_SERVICE_ACCEPT} takes: a {@link SSH_MSG_SERVICE_ACCEPT}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_SERVICE_ACCEPTInput {
  service_name: string;
}

/** The message number of {@link SSH_MSG_SERVICE_ACCEPT}. */
export const SSH_MSG_SERVICE_ACCEPT_NUMBER = 6;

/** Read a {@link SSH_MSG_SERVICE_ACCEPT} at the reader's position. */
export function readSSH_MSG_SERVICE_ACCEPT(r: Reader): SSH_MSG_SERVICE_ACCEPT {
  const f = F.SSH_MSG_SERVICE_ACCEPT;
  r.messageNumber(6, f.$);
  const service_name = r.sshUtf8(f.service_name);
  return { service_name };
}

/**
 * Write a {@link SSH_MSG_SERVICE_ACCEPT}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_SERVICE_ACCEPT(w: Writer, v: SSH_MSG_SERVICE_ACCEPTInput): void {
  const f = F.SSH_MSG_SERVICE_ACCEPT;
  expectObject(v, f.$);
  w.u8(6, f.$);
  w.sshUtf8(v.service_name, f.service_name);
}

/**
 * Decode a whole {@link SSH_MSG_SERVICE_ACCEPT}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_SERVICE_ACCEPT(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_SERVICE_ACCEPT {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_SERVICE_ACCEPT.$);
  const v = readSSH_MSG_SERVICE_ACCEPT(r);
  r.done(F.SSH_MSG_SERVICE_ACCEPT.$);
  return v;
}

/** Encode a {@link SSH_MSG_SERVICE_ACCEPT}. */
export function encodeSSH_MSG_SERVICE_ACCEPT(v: SSH_MSG_SERVICE_ACCEPTInput): Uint8Array {
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
  reserved: number;
}

/**
 * What {@link encodeSSH_MSG_KEXINIT} takes: a {@link SSH_MSG_KEXINIT}, where fields with a default may be
 * left out.
 */
export interface SSH_MSG_KEXINITInput {
  cookie: Uint8Array;
  kex_algorithms: readonly string[];
  server_host_key_algorithms: readonly string[];
  encryption_algorithms_client_to_server: readonly string[];
  encryption_algorithms_server_to_client: readonly string[];
  mac_algorithms_client_to_server: readonly string[];
  mac_algorithms_server_to_client: readonly string[];
  compression_algorithms_client_to_server: readonly string[];
  compression_algorithms_server_to_client: readonly string[];
  languages_client_to_server: readonly string[];
  languages_server_to_client: readonly string[];
  first_kex_packet_follows: boolean;
  reserved?: number;
}

/** The message number of {@link SSH_MSG_KEXINIT}. */
export const SSH_MSG_KEXINIT_NUMBER = 20;

/** Read a {@link SSH_MSG_KEXINIT} at the reader's position. */
export function readSSH_MSG_KEXINIT(r: Reader): SSH_MSG_KEXINIT {
  const f = F.SSH_MSG_KEXINIT;
  r.messageNumber(20, f.$);
  const cookie = r.raw(16, f.cookie);
  const kex_algorithms = r.nameList(f.kex_algorithms);
  const server_host_key_algorithms = r.nameList(f.server_host_key_algorithms);
  const encryption_algorithms_client_to_server = r.nameList(f.encryption_algorithms_client_to_server);
  const encryption_algorithms_server_to_client = r.nameList(f.encryption_algorithms_server_to_client);
  const mac_algorithms_client_to_server = r.nameList(f.mac_algorithms_client_to_server);
  const mac_algorithms_server_to_client = r.nameList(f.mac_algorithms_server_to_client);
  const compression_algorithms_client_to_server = r.nameList(f.compression_algorithms_client_to_server);
  const compression_algorithms_server_to_client = r.nameList(f.compression_algorithms_server_to_client);
  const languages_client_to_server = r.nameList(f.languages_client_to_server);
  const languages_server_to_client = r.nameList(f.languages_server_to_client);
  const first_kex_packet_follows = r.bool(f.first_kex_packet_follows);
  const reserved = r.u32(f.reserved);
  return {
    cookie,
    kex_algorithms,
    server_host_key_algorithms,
    encryption_algorithms_client_to_server,
    encryption_algorithms_server_to_client,
    mac_algorithms_client_to_server,
    mac_algorithms_server_to_client,
    compression_algorithms_client_to_server,
    compression_algorithms_server_to_client,
    languages_client_to_server,
    languages_server_to_client,
    first_kex_packet_follows,
    reserved,
  };
}

/**
 * Write a {@link SSH_MSG_KEXINIT}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeSSH_MSG_KEXINIT(w: Writer, v: SSH_MSG_KEXINITInput): void {
  const f = F.SSH_MSG_KEXINIT;
  expectObject(v, f.$);
  w.u8(20, f.$);
  w.fixed(v.cookie, 16, f.cookie);
  w.nameList(v.kex_algorithms, f.kex_algorithms);
  w.nameList(v.server_host_key_algorithms, f.server_host_key_algorithms);
  w.nameList(v.encryption_algorithms_client_to_server, f.encryption_algorithms_client_to_server);
  w.nameList(v.encryption_algorithms_server_to_client, f.encryption_algorithms_server_to_client);
  w.nameList(v.mac_algorithms_client_to_server, f.mac_algorithms_client_to_server);
  w.nameList(v.mac_algorithms_server_to_client, f.mac_algorithms_server_to_client);
  w.nameList(v.compression_algorithms_client_to_server, f.compression_algorithms_client_to_server);
  w.nameList(v.compression_algorithms_server_to_client, f.compression_algorithms_server_to_client);
  w.nameList(v.languages_client_to_server, f.languages_client_to_server);
  w.nameList(v.languages_server_to_client, f.languages_server_to_client);
  w.bool(v.first_kex_packet_follows, f.first_kex_packet_follows);
  w.u32(v.reserved ?? 0, f.reserved);
}

/**
 * Decode a whole {@link SSH_MSG_KEXINIT}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_KEXINIT(bytes: Uint8Array, limits?: DecodeLimits): SSH_MSG_KEXINIT {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_KEXINIT.$);
  const v = readSSH_MSG_KEXINIT(r);
  r.done(F.SSH_MSG_KEXINIT.$);
  return v;
}

/** Encode a {@link SSH_MSG_KEXINIT}. */
export function encodeSSH_MSG_KEXINIT(v: SSH_MSG_KEXINITInput): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_KEXINIT(w, v);
  return w.finish();
}

/**
 * Message number 21.
 * @see RFC 4253 §7.3
 */
export interface SSH_MSG_NEWKEYS {}

/**
 * What {@link encodeSSH_MSG_NEWKEYS} takes: a {@link SSH_MSG_NEWKEYS}, where fields with a default may be
 * left out.
 */
export interface SSH_MSG_NEWKEYSInput {}

/** The message number of {@link SSH_MSG_NEWKEYS}. */
export const SSH_MSG_NEWKEYS_NUMBER = 21;

/** Read a {@link SSH_MSG_NEWKEYS} at the reader's position. */
export function readSSH_MSG_NEWKEYS(r: Reader): SSH_MSG_NEWKEYS {
  const f = F.SSH_MSG_NEWKEYS;
  r.messageNumber(21, f.$);
  return {};
}

/**
 * Write a {@link SSH_MSG_NEWKEYS}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeSSH_MSG_NEWKEYS(w: Writer, v: SSH_MSG_NEWKEYSInput): void {
  const f = F.SSH_MSG_NEWKEYS;
  expectObject(v, f.$);
  w.u8(21, f.$);
}

/**
 * Decode a whole {@link SSH_MSG_NEWKEYS}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_NEWKEYS(bytes: Uint8Array, limits?: DecodeLimits): SSH_MSG_NEWKEYS {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_NEWKEYS.$);
  const v = readSSH_MSG_NEWKEYS(r);
  r.done(F.SSH_MSG_NEWKEYS.$);
  return v;
}

/** Encode a {@link SSH_MSG_NEWKEYS}. */
export function encodeSSH_MSG_NEWKEYS(v: SSH_MSG_NEWKEYSInput): Uint8Array {
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

/**
 * What {@link encodeSSH_ExtInfoExtension} takes: a {@link SSH_ExtInfoExtension}, where fields with a default
 * may be left out.
 */
export interface SSH_ExtInfoExtensionInput {
  extension_name: string;
  extension_value: Uint8Array;
}

/** Read a {@link SSH_ExtInfoExtension} at the reader's position. */
export function readSSH_ExtInfoExtension(r: Reader): SSH_ExtInfoExtension {
  const f = F.SSH_ExtInfoExtension;
  const extension_name = r.sshUtf8(f.extension_name);
  const extension_value = r.sshString(f.extension_value);
  return { extension_name, extension_value };
}

/**
 * Write a {@link SSH_ExtInfoExtension}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_ExtInfoExtension(w: Writer, v: SSH_ExtInfoExtensionInput): void {
  const f = F.SSH_ExtInfoExtension;
  expectObject(v, f.$);
  w.sshUtf8(v.extension_name, f.extension_name);
  w.sshString(v.extension_value, f.extension_value);
}

/**
 * Decode a whole {@link SSH_ExtInfoExtension}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_ExtInfoExtension(bytes: Uint8Array, limits?: DecodeLimits): SSH_ExtInfoExtension {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_ExtInfoExtension.$);
  const v = readSSH_ExtInfoExtension(r);
  r.done(F.SSH_ExtInfoExtension.$);
  return v;
}

/** Encode a {@link SSH_ExtInfoExtension}. */
export function encodeSSH_ExtInfoExtension(v: SSH_ExtInfoExtensionInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_EXT_INFO} takes: a {@link SSH_MSG_EXT_INFO}, where fields with a default may be
 * left out.
 */
export interface SSH_MSG_EXT_INFOInput {
  extensions: readonly SSH_ExtInfoExtensionInput[];
}

/** The message number of {@link SSH_MSG_EXT_INFO}. */
export const SSH_MSG_EXT_INFO_NUMBER = 7;

/** Read a {@link SSH_MSG_EXT_INFO} at the reader's position. */
export function readSSH_MSG_EXT_INFO(r: Reader): SSH_MSG_EXT_INFO {
  const f = F.SSH_MSG_EXT_INFO;
  r.messageNumber(7, f.$);
  const extensionsCount = r.count(r.u32(f.extensions), 8, f.extensions);
  const extensions: SSH_ExtInfoExtension[] = [];
  try {
    for (let i = 0; i < extensionsCount; i++) extensions.push(readSSH_ExtInfoExtension(r));
  } catch (e) {
    throw nestedAt(e, f.extensions, extensions.length);
  }
  return { extensions };
}

/**
 * Write a {@link SSH_MSG_EXT_INFO}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeSSH_MSG_EXT_INFO(w: Writer, v: SSH_MSG_EXT_INFOInput): void {
  const f = F.SSH_MSG_EXT_INFO;
  expectObject(v, f.$);
  w.u8(7, f.$);
  w.u32(lengthOf(v.extensions, f.extensions), f.extensions);
  const extensionsItems = expectArray(v.extensions, f.extensions);
  let extensionsI = 0;
  try {
    for (; extensionsI < extensionsItems.length; extensionsI++)
      writeSSH_ExtInfoExtension(w, extensionsItems[extensionsI]!);
  } catch (e) {
    throw nestedAt(e, f.extensions, extensionsI);
  }
}

/**
 * Decode a whole {@link SSH_MSG_EXT_INFO}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_EXT_INFO(bytes: Uint8Array, limits?: DecodeLimits): SSH_MSG_EXT_INFO {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_EXT_INFO.$);
  const v = readSSH_MSG_EXT_INFO(r);
  r.done(F.SSH_MSG_EXT_INFO.$);
  return v;
}

/** Encode a {@link SSH_MSG_EXT_INFO}. */
export function encodeSSH_MSG_EXT_INFO(v: SSH_MSG_EXT_INFOInput): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_EXT_INFO(w, v);
  return w.finish();
}

/** Where each field is in specs/ssh/transport.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/ssh/transport.spec', {
  SSH_MSG_DISCONNECT: {
    $: 91,
    reason_code: 92,
    description: 93,
    language_tag: 94,
  },
  SSH_MSG_IGNORE: {
    $: 99,
    data: 100,
  },
  SSH_MSG_UNIMPLEMENTED: {
    $: 104,
    packet_sequence_number: 105,
  },
  SSH_MSG_DEBUG: {
    $: 109,
    always_display: 110,
    message: 111,
    language_tag: 112,
  },
  SSH_MSG_SERVICE_REQUEST: {
    $: 116,
    service_name: 117,
  },
  SSH_MSG_SERVICE_ACCEPT: {
    $: 121,
    service_name: 122,
  },
  SSH_MSG_KEXINIT: {
    $: 132,
    cookie: 133,
    kex_algorithms: 134,
    server_host_key_algorithms: 135,
    encryption_algorithms_client_to_server: 136,
    encryption_algorithms_server_to_client: 137,
    mac_algorithms_client_to_server: 138,
    mac_algorithms_server_to_client: 139,
    compression_algorithms_client_to_server: 140,
    compression_algorithms_server_to_client: 141,
    languages_client_to_server: 142,
    languages_server_to_client: 143,
    first_kex_packet_follows: 144,
    reserved: 145,
  },
  SSH_MSG_NEWKEYS: {
    $: 149,
  },
  SSH_ExtInfoExtension: {
    $: 156,
    extension_name: 154,
    extension_value: 155,
  },
  SSH_MSG_EXT_INFO: {
    $: 160,
    extensions: 161,
  },
});
