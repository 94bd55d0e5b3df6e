// Generated from specs/tls/extensions.spec by otpnet-gen. Do not edit.
import { DecodeError, EncodeError, enumName, Reader, Writer } from '@otpnet/wire';
import { type Empty, HandshakeType, ProtocolVersion, readEmpty, writeEmpty } from './common.js';
import { NamedGroup } from './named-groups.js';
import { SignatureScheme } from './signature-schemes.js';

/**
 * Wire width: 2 bytes; values up to 0xffff. Open: unknown values are kept as numbers.
 * @see RFC 8446 §4.2
 */
export const ExtensionType = {
  /** RFC 6066 */
  server_name: 0x0000,
  /** RFC 6066 */
  max_fragment_length: 0x0001,
  /** RFC 6066 */
  status_request: 0x0005,
  /** RFC 8422, 7919 */
  supported_groups: 0x000a,
  /** RFC 8422 */
  ec_point_formats: 0x000b,
  /** RFC 8446 */
  signature_algorithms: 0x000d,
  /** RFC 5764 */
  use_srtp: 0x000e,
  /** RFC 6520 */
  heartbeat: 0x000f,
  /** RFC 7301 */
  application_layer_protocol_negotiation: 0x0010,
  /** RFC 6962 */
  signed_certificate_timestamp: 0x0012,
  /** RFC 7250 */
  client_certificate_type: 0x0013,
  /** RFC 7250 */
  server_certificate_type: 0x0014,
  /** RFC 7685 */
  padding: 0x0015,
  /** RFC 7366 */
  encrypt_then_mac: 0x0016,
  /** RFC 7627 */
  extended_master_secret: 0x0017,
  /** RFC 8879 */
  compress_certificate: 0x001b,
  /** RFC 8449 */
  record_size_limit: 0x001c,
  /** RFC 5077 */
  session_ticket: 0x0023,
  /** RFC 8446 */
  pre_shared_key: 0x0029,
  /** RFC 8446 */
  early_data: 0x002a,
  /** RFC 8446 */
  supported_versions: 0x002b,
  /** RFC 8446 */
  cookie: 0x002c,
  /** RFC 8446 */
  psk_key_exchange_modes: 0x002d,
  /** RFC 8446 */
  certificate_authorities: 0x002f,
  /** RFC 8446 */
  oid_filters: 0x0030,
  /** RFC 8446 */
  post_handshake_auth: 0x0031,
  /** RFC 8446 */
  signature_algorithms_cert: 0x0032,
  /** RFC 8446 */
  key_share: 0x0033,
  /** RFC 5746 */
  renegotiation_info: 0xff01,
} as const;
export type ExtensionType = (typeof ExtensionType)[keyof typeof ExtensionType] | (number & {});
/** Member names of {@link ExtensionType} by value. */
export const ExtensionTypeNames: ReadonlyMap<number, string> = new Map(Object.entries(ExtensionType).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function ExtensionTypeName(value: number): string {
  return enumName(ExtensionTypeNames, value, 2);
}

/** What decoding a Extension needs to know that is not on the wire. */
export interface ExtensionContext {
  msgType: HandshakeType;
}

/** The variants of Extension.extension_data, keyed by extension_type. */
export type ExtensionExtensionData = { case: 'server_name'; value: ServerNameExtension } | { case: 'status_request'; value: StatusRequestExtension } | { case: 'supported_groups'; value: NamedGroupList } | { case: 'ec_point_formats'; value: ECPointFormatList } | { case: 'signature_algorithms'; value: SignatureSchemeList } | { case: 'application_layer_protocol_negotiation'; value: ProtocolNameList } | { case: 'encrypt_then_mac'; value: Empty } | { case: 'extended_master_secret'; value: Empty } | { case: 'record_size_limit'; value: number } | { case: 'pre_shared_key'; value: PreSharedKeyExtension } | { case: 'early_data'; value: EarlyDataIndication } | { case: 'supported_versions'; value: SupportedVersions } | { case: 'cookie'; value: Cookie } | { case: 'psk_key_exchange_modes'; value: PskKeyExchangeModes } | { case: 'certificate_authorities'; value: CertificateAuthoritiesExtension } | { case: 'oid_filters'; value: OIDFilterExtension } | { case: 'post_handshake_auth'; value: PostHandshakeAuth } | { case: 'signature_algorithms_cert'; value: SignatureSchemeList } | { case: 'key_share'; value: KeyShare } | { case: 'renegotiation_info'; value: RenegotiationInfo } | { case: undefined; value: Uint8Array };

/**
 * One extension. Extensions not listed in the select (and GREASE types, RFC 8701) keep their
 * extension_data as bytes. Whether an extension may appear in a message is the handshake's check,
 * not the codec's: a known extension in a message it is not defined for must be answered with
 * illegal_parameter (RFC 8446 4.2), not decode_error, so every body that depends on the message has
 * a default arm that keeps the bytes (`case: undefined`) for the handshake to reject.
 * @see RFC 8446 §4.2
 */
export interface Extension {
  extension_type: ExtensionType;
  /** Wire: <0..65535> bytes. */
  extension_data: ExtensionExtensionData;
}

/** Read a {@link Extension} at the reader's position. */
export function readExtension(r: Reader, ctx: ExtensionContext): Extension {
  const extension_type = r.u16('Extension.extension_type@specs/tls/extensions.spec:53');
  let extension_data: ExtensionExtensionData;
  const extension_dataEnd = r.enter(r.vectorLength(2, 0, 65535, 1, 'Extension.extension_data@specs/tls/extensions.spec:76'), 'Extension.extension_data@specs/tls/extensions.spec:76');
  switch (extension_type) {
    case ExtensionType.server_name:
      extension_data = { case: 'server_name', value: readServerNameExtension(r, ctx) };
      break;
    case ExtensionType.status_request:
      extension_data = { case: 'status_request', value: readStatusRequestExtension(r, ctx) };
      break;
    case ExtensionType.supported_groups:
      extension_data = { case: 'supported_groups', value: readNamedGroupList(r) };
      break;
    case ExtensionType.ec_point_formats:
      extension_data = { case: 'ec_point_formats', value: readECPointFormatList(r) };
      break;
    case ExtensionType.signature_algorithms:
      extension_data = { case: 'signature_algorithms', value: readSignatureSchemeList(r) };
      break;
    case ExtensionType.application_layer_protocol_negotiation:
      extension_data = { case: 'application_layer_protocol_negotiation', value: readProtocolNameList(r) };
      break;
    case ExtensionType.encrypt_then_mac:
      extension_data = { case: 'encrypt_then_mac', value: readEmpty(r) };
      break;
    case ExtensionType.extended_master_secret:
      extension_data = { case: 'extended_master_secret', value: readEmpty(r) };
      break;
    case ExtensionType.record_size_limit:
      extension_data = { case: 'record_size_limit', value: r.u16('Extension.extension_data@specs/tls/extensions.spec:76') };
      break;
    case ExtensionType.pre_shared_key:
      extension_data = { case: 'pre_shared_key', value: readPreSharedKeyExtension(r, ctx) };
      break;
    case ExtensionType.early_data:
      extension_data = { case: 'early_data', value: readEarlyDataIndication(r, ctx) };
      break;
    case ExtensionType.supported_versions:
      extension_data = { case: 'supported_versions', value: readSupportedVersions(r, ctx) };
      break;
    case ExtensionType.cookie:
      extension_data = { case: 'cookie', value: readCookie(r) };
      break;
    case ExtensionType.psk_key_exchange_modes:
      extension_data = { case: 'psk_key_exchange_modes', value: readPskKeyExchangeModes(r) };
      break;
    case ExtensionType.certificate_authorities:
      extension_data = { case: 'certificate_authorities', value: readCertificateAuthoritiesExtension(r) };
      break;
    case ExtensionType.oid_filters:
      extension_data = { case: 'oid_filters', value: readOIDFilterExtension(r) };
      break;
    case ExtensionType.post_handshake_auth:
      extension_data = { case: 'post_handshake_auth', value: readPostHandshakeAuth(r) };
      break;
    case ExtensionType.signature_algorithms_cert:
      extension_data = { case: 'signature_algorithms_cert', value: readSignatureSchemeList(r) };
      break;
    case ExtensionType.key_share:
      extension_data = { case: 'key_share', value: readKeyShare(r, ctx) };
      break;
    case ExtensionType.renegotiation_info:
      extension_data = { case: 'renegotiation_info', value: readRenegotiationInfo(r) };
      break;
    default:
      extension_data = { case: undefined, value: r.rest() };
      break;
  }
  r.leave(extension_dataEnd, 'Extension.extension_data@specs/tls/extensions.spec:76');
  return { extension_type, extension_data };
}

/** Write a {@link Extension}. */
export function writeExtension(w: Writer, v: Extension): void {
  w.u16(v.extension_type, 'Extension.extension_type@specs/tls/extensions.spec:53');
  const extension_data = v.extension_data;
  const extension_dataMark = w.beginLength(2);
  switch (extension_data.case) {
    case 'server_name':
      if (v.extension_type !== ExtensionType.server_name) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case server_name needs extension_type = server_name, got ${String(v.extension_type)}`);
      writeServerNameExtension(w, extension_data.value);
      break;
    case 'status_request':
      if (v.extension_type !== ExtensionType.status_request) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case status_request needs extension_type = status_request, got ${String(v.extension_type)}`);
      writeStatusRequestExtension(w, extension_data.value);
      break;
    case 'supported_groups':
      if (v.extension_type !== ExtensionType.supported_groups) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case supported_groups needs extension_type = supported_groups, got ${String(v.extension_type)}`);
      writeNamedGroupList(w, extension_data.value);
      break;
    case 'ec_point_formats':
      if (v.extension_type !== ExtensionType.ec_point_formats) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case ec_point_formats needs extension_type = ec_point_formats, got ${String(v.extension_type)}`);
      writeECPointFormatList(w, extension_data.value);
      break;
    case 'signature_algorithms':
      if (v.extension_type !== ExtensionType.signature_algorithms) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case signature_algorithms needs extension_type = signature_algorithms, got ${String(v.extension_type)}`);
      writeSignatureSchemeList(w, extension_data.value);
      break;
    case 'application_layer_protocol_negotiation':
      if (v.extension_type !== ExtensionType.application_layer_protocol_negotiation) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case application_layer_protocol_negotiation needs extension_type = application_layer_protocol_negotiation, got ${String(v.extension_type)}`);
      writeProtocolNameList(w, extension_data.value);
      break;
    case 'encrypt_then_mac':
      if (v.extension_type !== ExtensionType.encrypt_then_mac) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case encrypt_then_mac needs extension_type = encrypt_then_mac, got ${String(v.extension_type)}`);
      writeEmpty(w, extension_data.value);
      break;
    case 'extended_master_secret':
      if (v.extension_type !== ExtensionType.extended_master_secret) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case extended_master_secret needs extension_type = extended_master_secret, got ${String(v.extension_type)}`);
      writeEmpty(w, extension_data.value);
      break;
    case 'record_size_limit':
      if (v.extension_type !== ExtensionType.record_size_limit) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case record_size_limit needs extension_type = record_size_limit, got ${String(v.extension_type)}`);
      w.u16(extension_data.value, 'Extension.extension_data@specs/tls/extensions.spec:76');
      break;
    case 'pre_shared_key':
      if (v.extension_type !== ExtensionType.pre_shared_key) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case pre_shared_key needs extension_type = pre_shared_key, got ${String(v.extension_type)}`);
      writePreSharedKeyExtension(w, extension_data.value);
      break;
    case 'early_data':
      if (v.extension_type !== ExtensionType.early_data) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case early_data needs extension_type = early_data, got ${String(v.extension_type)}`);
      writeEarlyDataIndication(w, extension_data.value);
      break;
    case 'supported_versions':
      if (v.extension_type !== ExtensionType.supported_versions) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case supported_versions needs extension_type = supported_versions, got ${String(v.extension_type)}`);
      writeSupportedVersions(w, extension_data.value);
      break;
    case 'cookie':
      if (v.extension_type !== ExtensionType.cookie) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case cookie needs extension_type = cookie, got ${String(v.extension_type)}`);
      writeCookie(w, extension_data.value);
      break;
    case 'psk_key_exchange_modes':
      if (v.extension_type !== ExtensionType.psk_key_exchange_modes) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case psk_key_exchange_modes needs extension_type = psk_key_exchange_modes, got ${String(v.extension_type)}`);
      writePskKeyExchangeModes(w, extension_data.value);
      break;
    case 'certificate_authorities':
      if (v.extension_type !== ExtensionType.certificate_authorities) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case certificate_authorities needs extension_type = certificate_authorities, got ${String(v.extension_type)}`);
      writeCertificateAuthoritiesExtension(w, extension_data.value);
      break;
    case 'oid_filters':
      if (v.extension_type !== ExtensionType.oid_filters) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case oid_filters needs extension_type = oid_filters, got ${String(v.extension_type)}`);
      writeOIDFilterExtension(w, extension_data.value);
      break;
    case 'post_handshake_auth':
      if (v.extension_type !== ExtensionType.post_handshake_auth) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case post_handshake_auth needs extension_type = post_handshake_auth, got ${String(v.extension_type)}`);
      writePostHandshakeAuth(w, extension_data.value);
      break;
    case 'signature_algorithms_cert':
      if (v.extension_type !== ExtensionType.signature_algorithms_cert) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case signature_algorithms_cert needs extension_type = signature_algorithms_cert, got ${String(v.extension_type)}`);
      writeSignatureSchemeList(w, extension_data.value);
      break;
    case 'key_share':
      if (v.extension_type !== ExtensionType.key_share) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case key_share needs extension_type = key_share, got ${String(v.extension_type)}`);
      writeKeyShare(w, extension_data.value);
      break;
    case 'renegotiation_info':
      if (v.extension_type !== ExtensionType.renegotiation_info) throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `case renegotiation_info needs extension_type = renegotiation_info, got ${String(v.extension_type)}`);
      writeRenegotiationInfo(w, extension_data.value);
      break;
    case undefined:
      w.raw(extension_data.value, 'Extension.extension_data@specs/tls/extensions.spec:76');
      break;
    default:
      throw new EncodeError('Extension.extension_data@specs/tls/extensions.spec:76', `unknown case ${String((extension_data as { case: unknown }).case)}`);
  }
  w.endLength(extension_dataMark, 2, 0, 65535, 1, 'Extension.extension_data@specs/tls/extensions.spec:76');
}

/** Decode a whole {@link Extension}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeExtension(bytes: Uint8Array, ctx: ExtensionContext): Extension {
  const r = new Reader(bytes);
  const v = readExtension(r, ctx);
  r.done('Extension@specs/tls/extensions.spec:77');
  return v;
}

/** Encode a {@link Extension}. */
export function encodeExtension(v: Extension): Uint8Array {
  const w = new Writer();
  writeExtension(w, v);
  return w.finish();
}

/**
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 6066 §3
 */
export const NameType = {
  host_name: 0x00,
} as const;
export type NameType = (typeof NameType)[keyof typeof NameType] | (number & {});
/** Member names of {@link NameType} by value. */
export const NameTypeNames: ReadonlyMap<number, string> = new Map(Object.entries(NameType).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function NameTypeName(value: number): string {
  return enumName(NameTypeNames, value, 1);
}

/**
 * A fully qualified DNS host name in ASCII (an A-label for an IDN), without a trailing dot.
 * Wire: <1..65535> bytes.
 * @see RFC 6066 §3
 */
export type HostName = Uint8Array;

/** Read a {@link HostName} at the reader's position. */
export function readHostName(r: Reader): HostName {
  const value = r.raw(r.vectorLength(2, 1, 65535, 1, 'HostName@specs/tls/extensions.spec:88'), 'HostName@specs/tls/extensions.spec:88');
  return value;
}

/** Write a {@link HostName}. */
export function writeHostName(w: Writer, v: HostName): void {
  const valueMark = w.beginLength(2);
  w.raw(v, 'HostName@specs/tls/extensions.spec:88');
  w.endLength(valueMark, 2, 1, 65535, 1, 'HostName@specs/tls/extensions.spec:88');
}

/** The variants of ServerName.name, keyed by name_type. */
export type ServerNameName = { case: 'host_name'; value: ServerNameHostName };

/**
 * RFC 6066 writes the arm as the bare type (`case host_name: HostName;`); a named type with a size
 * of its own cannot be a case body, so the arm names its one field. The select has no default: an
 * unknown name_type has no length of its own, so nothing after it could be found (RFC 6066 section
 * 3 makes it a decode_error).
 * @see RFC 6066 §3
 */
export interface ServerName {
  name_type: NameType;
  name: ServerNameName;
}

/** Read a {@link ServerName} at the reader's position. */
export function readServerName(r: Reader): ServerName {
  const name_type = r.u8('ServerName.name_type@specs/tls/extensions.spec:98');
  let name: ServerNameName;
  switch (name_type) {
    case NameType.host_name:
      name = { case: 'host_name', value: readServerNameHostName(r) };
      break;
    default:
      throw new DecodeError('ServerName.name@specs/tls/extensions.spec:101', `no case for name_type ${String(name_type)}`);
  }
  return { name_type, name };
}

/** Write a {@link ServerName}. */
export function writeServerName(w: Writer, v: ServerName): void {
  w.u8(v.name_type, 'ServerName.name_type@specs/tls/extensions.spec:98');
  const name = v.name;
  switch (name.case) {
    case 'host_name':
      if (v.name_type !== NameType.host_name) throw new EncodeError('ServerName.name@specs/tls/extensions.spec:101', `case host_name needs name_type = host_name, got ${String(v.name_type)}`);
      writeServerNameHostName(w, name.value);
      break;
    default:
      throw new EncodeError('ServerName.name@specs/tls/extensions.spec:101', `unknown case ${String((name as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link ServerName}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeServerName(bytes: Uint8Array): ServerName {
  const r = new Reader(bytes);
  const v = readServerName(r);
  r.done('ServerName@specs/tls/extensions.spec:102');
  return v;
}

/** Encode a {@link ServerName}. */
export function encodeServerName(v: ServerName): Uint8Array {
  const w = new Writer();
  writeServerName(w, v);
  return w.finish();
}

/**
 * The host_name arm of ServerName.
 * @see RFC 6066 §3
 */
export interface ServerNameHostName {
  /** Wire: <1..65535> bytes. */
  host_name: Uint8Array;
}

/** Read a {@link ServerNameHostName} at the reader's position. */
export function readServerNameHostName(r: Reader): ServerNameHostName {
  const host_name = r.raw(r.vectorLength(2, 1, 65535, 1, 'ServerNameHostName.host_name@specs/tls/extensions.spec:100'), 'ServerNameHostName.host_name@specs/tls/extensions.spec:100');
  return { host_name };
}

/** Write a {@link ServerNameHostName}. */
export function writeServerNameHostName(w: Writer, v: ServerNameHostName): void {
  const host_nameMark = w.beginLength(2);
  w.raw(v.host_name, 'ServerNameHostName.host_name@specs/tls/extensions.spec:100');
  w.endLength(host_nameMark, 2, 1, 65535, 1, 'ServerNameHostName.host_name@specs/tls/extensions.spec:100');
}

/** Decode a whole {@link ServerNameHostName}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeServerNameHostName(bytes: Uint8Array): ServerNameHostName {
  const r = new Reader(bytes);
  const v = readServerNameHostName(r);
  r.done('ServerNameHostName@specs/tls/extensions.spec:100');
  return v;
}

/** Encode a {@link ServerNameHostName}. */
export function encodeServerNameHostName(v: ServerNameHostName): Uint8Array {
  const w = new Writer();
  writeServerNameHostName(w, v);
  return w.finish();
}

/** @see RFC 6066 §3 */
export interface ServerNameList {
  /** Wire: <1..65535> bytes. */
  server_name_list: ServerName[];
}

/** Read a {@link ServerNameList} at the reader's position. */
export function readServerNameList(r: Reader): ServerNameList {
  const server_name_list: ServerName[] = [];
  const server_name_listEnd = r.enter(r.vectorLength(2, 1, 65535, 1, 'ServerNameList.server_name_list@specs/tls/extensions.spec:106'), 'ServerNameList.server_name_list@specs/tls/extensions.spec:106');
  while (r.pos < r.end) server_name_list.push(readServerName(r));
  r.leave(server_name_listEnd, 'ServerNameList.server_name_list@specs/tls/extensions.spec:106');
  return { server_name_list };
}

/** Write a {@link ServerNameList}. */
export function writeServerNameList(w: Writer, v: ServerNameList): void {
  const server_name_listMark = w.beginLength(2);
  for (const item of v.server_name_list) writeServerName(w, item);
  w.endLength(server_name_listMark, 2, 1, 65535, 1, 'ServerNameList.server_name_list@specs/tls/extensions.spec:106');
}

/** Decode a whole {@link ServerNameList}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeServerNameList(bytes: Uint8Array): ServerNameList {
  const r = new Reader(bytes);
  const v = readServerNameList(r);
  r.done('ServerNameList@specs/tls/extensions.spec:107');
  return v;
}

/** Encode a {@link ServerNameList}. */
export function encodeServerNameList(v: ServerNameList): Uint8Array {
  const w = new Writer();
  writeServerNameList(w, v);
  return w.finish();
}

/** What decoding a ServerNameExtension needs to know that is not on the wire. */
export interface ServerNameExtensionContext {
  msgType: HandshakeType;
}

/** The variants of ServerNameExtension.body, keyed by msg_type. */
export type ServerNameExtensionBody = { case: 'client_hello'; value: ServerNameList } | { case: 'server_hello'; value: Empty } | { case: 'encrypted_extensions'; value: Empty } | { case: undefined; value: Uint8Array };

/**
 * In the ClientHello, the names; in the server's reply (ServerHello in TLS 1.2, EncryptedExtensions
 * in TLS 1.3) the extension_data is empty (RFC 6066 section 3).
 * @see RFC 6066 §3
 */
export interface ServerNameExtension {
  body: ServerNameExtensionBody;
}

/** Read a {@link ServerNameExtension} at the reader's position. */
export function readServerNameExtension(r: Reader, ctx: ServerNameExtensionContext): ServerNameExtension {
  let body: ServerNameExtensionBody;
  switch (ctx.msgType) {
    case HandshakeType.client_hello:
      body = { case: 'client_hello', value: readServerNameList(r) };
      break;
    case HandshakeType.server_hello:
      body = { case: 'server_hello', value: readEmpty(r) };
      break;
    case HandshakeType.encrypted_extensions:
      body = { case: 'encrypted_extensions', value: readEmpty(r) };
      break;
    default:
      body = { case: undefined, value: r.rest() };
      break;
  }
  return { body };
}

/** Write a {@link ServerNameExtension}. */
export function writeServerNameExtension(w: Writer, v: ServerNameExtension): void {
  const body = v.body;
  switch (body.case) {
    case 'client_hello':
      writeServerNameList(w, body.value);
      break;
    case 'server_hello':
      writeEmpty(w, body.value);
      break;
    case 'encrypted_extensions':
      writeEmpty(w, body.value);
      break;
    case undefined:
      w.raw(body.value, 'ServerNameExtension.body@specs/tls/extensions.spec:116');
      break;
    default:
      throw new EncodeError('ServerNameExtension.body@specs/tls/extensions.spec:116', `unknown case ${String((body as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link ServerNameExtension}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeServerNameExtension(bytes: Uint8Array, ctx: ServerNameExtensionContext): ServerNameExtension {
  const r = new Reader(bytes);
  const v = readServerNameExtension(r, ctx);
  r.done('ServerNameExtension@specs/tls/extensions.spec:122');
  return v;
}

/** Encode a {@link ServerNameExtension}. */
export function encodeServerNameExtension(v: ServerNameExtension): Uint8Array {
  const w = new Writer();
  writeServerNameExtension(w, v);
  return w.finish();
}

/**
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 6066 §8
 */
export const CertificateStatusType = {
  ocsp: 0x01,
} as const;
export type CertificateStatusType = (typeof CertificateStatusType)[keyof typeof CertificateStatusType] | (number & {});
/** Member names of {@link CertificateStatusType} by value. */
export const CertificateStatusTypeNames: ReadonlyMap<number, string> = new Map(Object.entries(CertificateStatusType).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function CertificateStatusTypeName(value: number): string {
  return enumName(CertificateStatusTypeNames, value, 1);
}

/**
 * A DER ResponderID of RFC 6960.
 * Wire: <1..65535> bytes.
 * @see RFC 6066 §8
 */
export type ResponderID = Uint8Array;

/** Read a {@link ResponderID} at the reader's position. */
export function readResponderID(r: Reader): ResponderID {
  const value = r.raw(r.vectorLength(2, 1, 65535, 1, 'ResponderID@specs/tls/extensions.spec:131'), 'ResponderID@specs/tls/extensions.spec:131');
  return value;
}

/** Write a {@link ResponderID}. */
export function writeResponderID(w: Writer, v: ResponderID): void {
  const valueMark = w.beginLength(2);
  w.raw(v, 'ResponderID@specs/tls/extensions.spec:131');
  w.endLength(valueMark, 2, 1, 65535, 1, 'ResponderID@specs/tls/extensions.spec:131');
}

/**
 * DER Extensions of RFC 6960
 * Wire: <0..65535> bytes.
 * @see RFC 6066 §8
 */
export type Extensions = Uint8Array;

/** Read a {@link Extensions} at the reader's position. */
export function readExtensions(r: Reader): Extensions {
  const value = r.raw(r.vectorLength(2, 0, 65535, 1, 'Extensions@specs/tls/extensions.spec:135'), 'Extensions@specs/tls/extensions.spec:135');
  return value;
}

/** Write a {@link Extensions}. */
export function writeExtensions(w: Writer, v: Extensions): void {
  const valueMark = w.beginLength(2);
  w.raw(v, 'Extensions@specs/tls/extensions.spec:135');
  w.endLength(valueMark, 2, 0, 65535, 1, 'Extensions@specs/tls/extensions.spec:135');
}

/** @see RFC 6066 §8 */
export interface OCSPStatusRequest {
  /** Wire: <0..65535> bytes. */
  responder_id_list: ResponderID[];
  /** Wire: <0..65535> bytes. */
  request_extensions: Uint8Array;
}

/** Read a {@link OCSPStatusRequest} at the reader's position. */
export function readOCSPStatusRequest(r: Reader): OCSPStatusRequest {
  const responder_id_list: ResponderID[] = [];
  const responder_id_listEnd = r.enter(r.vectorLength(2, 0, 65535, 1, 'OCSPStatusRequest.responder_id_list@specs/tls/extensions.spec:139'), 'OCSPStatusRequest.responder_id_list@specs/tls/extensions.spec:139');
  while (r.pos < r.end) responder_id_list.push(readResponderID(r));
  r.leave(responder_id_listEnd, 'OCSPStatusRequest.responder_id_list@specs/tls/extensions.spec:139');
  const request_extensions = r.raw(r.vectorLength(2, 0, 65535, 1, 'OCSPStatusRequest.request_extensions@specs/tls/extensions.spec:140'), 'OCSPStatusRequest.request_extensions@specs/tls/extensions.spec:140');
  return { responder_id_list, request_extensions };
}

/** Write a {@link OCSPStatusRequest}. */
export function writeOCSPStatusRequest(w: Writer, v: OCSPStatusRequest): void {
  const responder_id_listMark = w.beginLength(2);
  for (const item of v.responder_id_list) writeResponderID(w, item);
  w.endLength(responder_id_listMark, 2, 0, 65535, 1, 'OCSPStatusRequest.responder_id_list@specs/tls/extensions.spec:139');
  const request_extensionsMark = w.beginLength(2);
  w.raw(v.request_extensions, 'OCSPStatusRequest.request_extensions@specs/tls/extensions.spec:140');
  w.endLength(request_extensionsMark, 2, 0, 65535, 1, 'OCSPStatusRequest.request_extensions@specs/tls/extensions.spec:140');
}

/** Decode a whole {@link OCSPStatusRequest}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeOCSPStatusRequest(bytes: Uint8Array): OCSPStatusRequest {
  const r = new Reader(bytes);
  const v = readOCSPStatusRequest(r);
  r.done('OCSPStatusRequest@specs/tls/extensions.spec:141');
  return v;
}

/** Encode a {@link OCSPStatusRequest}. */
export function encodeOCSPStatusRequest(v: OCSPStatusRequest): Uint8Array {
  const w = new Writer();
  writeOCSPStatusRequest(w, v);
  return w.finish();
}

/** The variants of CertificateStatusRequest.request, keyed by status_type. */
export type CertificateStatusRequestRequest = { case: 'ocsp'; value: OCSPStatusRequest };

/** @see RFC 6066 §8 */
export interface CertificateStatusRequest {
  status_type: CertificateStatusType;
  request: CertificateStatusRequestRequest;
}

/** Read a {@link CertificateStatusRequest} at the reader's position. */
export function readCertificateStatusRequest(r: Reader): CertificateStatusRequest {
  const status_type = r.u8('CertificateStatusRequest.status_type@specs/tls/extensions.spec:145');
  let request: CertificateStatusRequestRequest;
  switch (status_type) {
    case CertificateStatusType.ocsp:
      request = { case: 'ocsp', value: readOCSPStatusRequest(r) };
      break;
    default:
      throw new DecodeError('CertificateStatusRequest.request@specs/tls/extensions.spec:148', `no case for status_type ${String(status_type)}`);
  }
  return { status_type, request };
}

/** Write a {@link CertificateStatusRequest}. */
export function writeCertificateStatusRequest(w: Writer, v: CertificateStatusRequest): void {
  w.u8(v.status_type, 'CertificateStatusRequest.status_type@specs/tls/extensions.spec:145');
  const request = v.request;
  switch (request.case) {
    case 'ocsp':
      if (v.status_type !== CertificateStatusType.ocsp) throw new EncodeError('CertificateStatusRequest.request@specs/tls/extensions.spec:148', `case ocsp needs status_type = ocsp, got ${String(v.status_type)}`);
      writeOCSPStatusRequest(w, request.value);
      break;
    default:
      throw new EncodeError('CertificateStatusRequest.request@specs/tls/extensions.spec:148', `unknown case ${String((request as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link CertificateStatusRequest}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeCertificateStatusRequest(bytes: Uint8Array): CertificateStatusRequest {
  const r = new Reader(bytes);
  const v = readCertificateStatusRequest(r);
  r.done('CertificateStatusRequest@specs/tls/extensions.spec:149');
  return v;
}

/** Encode a {@link CertificateStatusRequest}. */
export function encodeCertificateStatusRequest(v: CertificateStatusRequest): Uint8Array {
  const w = new Writer();
  writeCertificateStatusRequest(w, v);
  return w.finish();
}

/**
 * A DER OCSPResponse of RFC 6960.
 * Wire: <1..16777215> bytes.
 * @see RFC 6066 §8
 */
export type OCSPResponse = Uint8Array;

/** Read a {@link OCSPResponse} at the reader's position. */
export function readOCSPResponse(r: Reader): OCSPResponse {
  const value = r.raw(r.vectorLength(3, 1, 16777215, 1, 'OCSPResponse@specs/tls/extensions.spec:153'), 'OCSPResponse@specs/tls/extensions.spec:153');
  return value;
}

/** Write a {@link OCSPResponse}. */
export function writeOCSPResponse(w: Writer, v: OCSPResponse): void {
  const valueMark = w.beginLength(3);
  w.raw(v, 'OCSPResponse@specs/tls/extensions.spec:153');
  w.endLength(valueMark, 3, 1, 16777215, 1, 'OCSPResponse@specs/tls/extensions.spec:153');
}

/** The variants of CertificateStatus.response, keyed by status_type. */
export type CertificateStatusResponse = { case: 'ocsp'; value: CertificateStatusOcsp };

/**
 * RFC 6066 writes the arm as the bare type (`case ocsp: OCSPResponse;`); as in ServerName, the arm
 * names its one field.
 * @see RFC 8446 §4.4.2.1
 */
export interface CertificateStatus {
  status_type: CertificateStatusType;
  response: CertificateStatusResponse;
}

/** Read a {@link CertificateStatus} at the reader's position. */
export function readCertificateStatus(r: Reader): CertificateStatus {
  const status_type = r.u8('CertificateStatus.status_type@specs/tls/extensions.spec:161');
  let response: CertificateStatusResponse;
  switch (status_type) {
    case CertificateStatusType.ocsp:
      response = { case: 'ocsp', value: readCertificateStatusOcsp(r) };
      break;
    default:
      throw new DecodeError('CertificateStatus.response@specs/tls/extensions.spec:164', `no case for status_type ${String(status_type)}`);
  }
  return { status_type, response };
}

/** Write a {@link CertificateStatus}. */
export function writeCertificateStatus(w: Writer, v: CertificateStatus): void {
  w.u8(v.status_type, 'CertificateStatus.status_type@specs/tls/extensions.spec:161');
  const response = v.response;
  switch (response.case) {
    case 'ocsp':
      if (v.status_type !== CertificateStatusType.ocsp) throw new EncodeError('CertificateStatus.response@specs/tls/extensions.spec:164', `case ocsp needs status_type = ocsp, got ${String(v.status_type)}`);
      writeCertificateStatusOcsp(w, response.value);
      break;
    default:
      throw new EncodeError('CertificateStatus.response@specs/tls/extensions.spec:164', `unknown case ${String((response as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link CertificateStatus}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeCertificateStatus(bytes: Uint8Array): CertificateStatus {
  const r = new Reader(bytes);
  const v = readCertificateStatus(r);
  r.done('CertificateStatus@specs/tls/extensions.spec:165');
  return v;
}

/** Encode a {@link CertificateStatus}. */
export function encodeCertificateStatus(v: CertificateStatus): Uint8Array {
  const w = new Writer();
  writeCertificateStatus(w, v);
  return w.finish();
}

/**
 * The ocsp arm of CertificateStatus.
 * @see RFC 8446 §4.4.2.1
 */
export interface CertificateStatusOcsp {
  /** Wire: <1..16777215> bytes. */
  ocsp_response: Uint8Array;
}

/** Read a {@link CertificateStatusOcsp} at the reader's position. */
export function readCertificateStatusOcsp(r: Reader): CertificateStatusOcsp {
  const ocsp_response = r.raw(r.vectorLength(3, 1, 16777215, 1, 'CertificateStatusOcsp.ocsp_response@specs/tls/extensions.spec:163'), 'CertificateStatusOcsp.ocsp_response@specs/tls/extensions.spec:163');
  return { ocsp_response };
}

/** Write a {@link CertificateStatusOcsp}. */
export function writeCertificateStatusOcsp(w: Writer, v: CertificateStatusOcsp): void {
  const ocsp_responseMark = w.beginLength(3);
  w.raw(v.ocsp_response, 'CertificateStatusOcsp.ocsp_response@specs/tls/extensions.spec:163');
  w.endLength(ocsp_responseMark, 3, 1, 16777215, 1, 'CertificateStatusOcsp.ocsp_response@specs/tls/extensions.spec:163');
}

/** Decode a whole {@link CertificateStatusOcsp}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeCertificateStatusOcsp(bytes: Uint8Array): CertificateStatusOcsp {
  const r = new Reader(bytes);
  const v = readCertificateStatusOcsp(r);
  r.done('CertificateStatusOcsp@specs/tls/extensions.spec:163');
  return v;
}

/** Encode a {@link CertificateStatusOcsp}. */
export function encodeCertificateStatusOcsp(v: CertificateStatusOcsp): Uint8Array {
  const w = new Writer();
  writeCertificateStatusOcsp(w, v);
  return w.finish();
}

/** What decoding a StatusRequestExtension needs to know that is not on the wire. */
export interface StatusRequestExtensionContext {
  msgType: HandshakeType;
}

/** The variants of StatusRequestExtension.body, keyed by msg_type. */
export type StatusRequestExtensionBody = { case: 'client_hello'; value: CertificateStatusRequest } | { case: 'certificate_request'; value: CertificateStatusRequest } | { case: 'certificate'; value: CertificateStatus } | { case: 'server_hello'; value: Empty } | { case: undefined; value: Uint8Array };

/**
 * A client asks for a stapled OCSP response in the ClientHello; a TLS 1.3 server asks in a
 * CertificateRequest; a TLS 1.3 server answers inside the CertificateEntry of its certificate
 * (section 4.4.2.1), a TLS 1.2 server with an empty extension in the ServerHello.
 * @see RFC 8446 §4.4.2.1
 */
export interface StatusRequestExtension {
  body: StatusRequestExtensionBody;
}

/** Read a {@link StatusRequestExtension} at the reader's position. */
export function readStatusRequestExtension(r: Reader, ctx: StatusRequestExtensionContext): StatusRequestExtension {
  let body: StatusRequestExtensionBody;
  switch (ctx.msgType) {
    case HandshakeType.client_hello:
      body = { case: 'client_hello', value: readCertificateStatusRequest(r) };
      break;
    case HandshakeType.certificate_request:
      body = { case: 'certificate_request', value: readCertificateStatusRequest(r) };
      break;
    case HandshakeType.certificate:
      body = { case: 'certificate', value: readCertificateStatus(r) };
      break;
    case HandshakeType.server_hello:
      body = { case: 'server_hello', value: readEmpty(r) };
      break;
    default:
      body = { case: undefined, value: r.rest() };
      break;
  }
  return { body };
}

/** Write a {@link StatusRequestExtension}. */
export function writeStatusRequestExtension(w: Writer, v: StatusRequestExtension): void {
  const body = v.body;
  switch (body.case) {
    case 'client_hello':
      writeCertificateStatusRequest(w, body.value);
      break;
    case 'certificate_request':
      writeCertificateStatusRequest(w, body.value);
      break;
    case 'certificate':
      writeCertificateStatus(w, body.value);
      break;
    case 'server_hello':
      writeEmpty(w, body.value);
      break;
    case undefined:
      w.raw(body.value, 'StatusRequestExtension.body@specs/tls/extensions.spec:175');
      break;
    default:
      throw new EncodeError('StatusRequestExtension.body@specs/tls/extensions.spec:175', `unknown case ${String((body as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link StatusRequestExtension}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeStatusRequestExtension(bytes: Uint8Array, ctx: StatusRequestExtensionContext): StatusRequestExtension {
  const r = new Reader(bytes);
  const v = readStatusRequestExtension(r, ctx);
  r.done('StatusRequestExtension@specs/tls/extensions.spec:182');
  return v;
}

/** Encode a {@link StatusRequestExtension}. */
export function encodeStatusRequestExtension(v: StatusRequestExtension): Uint8Array {
  const w = new Writer();
  writeStatusRequestExtension(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.2.7 */
export interface NamedGroupList {
  /** Wire: <2..65535> bytes. */
  named_group_list: NamedGroup[];
}

/** Read a {@link NamedGroupList} at the reader's position. */
export function readNamedGroupList(r: Reader): NamedGroupList {
  const named_group_list: NamedGroup[] = [];
  const named_group_listEnd = r.enter(r.vectorLength(2, 2, 65535, 2, 'NamedGroupList.named_group_list@specs/tls/extensions.spec:188'), 'NamedGroupList.named_group_list@specs/tls/extensions.spec:188');
  while (r.pos < r.end) named_group_list.push(r.u16('NamedGroupList.named_group_list@specs/tls/extensions.spec:188'));
  r.leave(named_group_listEnd, 'NamedGroupList.named_group_list@specs/tls/extensions.spec:188');
  return { named_group_list };
}

/** Write a {@link NamedGroupList}. */
export function writeNamedGroupList(w: Writer, v: NamedGroupList): void {
  const named_group_listMark = w.beginLength(2);
  for (const item of v.named_group_list) w.u16(item, 'NamedGroupList.named_group_list@specs/tls/extensions.spec:188');
  w.endLength(named_group_listMark, 2, 2, 65535, 2, 'NamedGroupList.named_group_list@specs/tls/extensions.spec:188');
}

/** Decode a whole {@link NamedGroupList}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeNamedGroupList(bytes: Uint8Array): NamedGroupList {
  const r = new Reader(bytes);
  const v = readNamedGroupList(r);
  r.done('NamedGroupList@specs/tls/extensions.spec:189');
  return v;
}

/** Encode a {@link NamedGroupList}. */
export function encodeNamedGroupList(v: NamedGroupList): Uint8Array {
  const w = new Writer();
  writeNamedGroupList(w, v);
  return w.finish();
}

/**
 * RFC 8422 section 5.1.2. Only `uncompressed` remains; the other two are deprecated but still
 * appear in the lists of older clients (and OpenSSL's).
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 8422 §5.1.2
 */
export const ECPointFormat = {
  uncompressed: 0x00,
  ansiX962_compressed_prime: 0x01,
  ansiX962_compressed_char2: 0x02,
} as const;
export type ECPointFormat = (typeof ECPointFormat)[keyof typeof ECPointFormat] | (number & {});
/** Member names of {@link ECPointFormat} by value. */
export const ECPointFormatNames: ReadonlyMap<number, string> = new Map(Object.entries(ECPointFormat).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function ECPointFormatName(value: number): string {
  return enumName(ECPointFormatNames, value, 1);
}

/** @see RFC 8422 §5.1.2 */
export interface ECPointFormatList {
  /** Wire: <1..255> bytes. */
  ec_point_format_list: ECPointFormat[];
}

/** Read a {@link ECPointFormatList} at the reader's position. */
export function readECPointFormatList(r: Reader): ECPointFormatList {
  const ec_point_format_list: ECPointFormat[] = [];
  const ec_point_format_listEnd = r.enter(r.vectorLength(1, 1, 255, 1, 'ECPointFormatList.ec_point_format_list@specs/tls/extensions.spec:205'), 'ECPointFormatList.ec_point_format_list@specs/tls/extensions.spec:205');
  while (r.pos < r.end) ec_point_format_list.push(r.u8('ECPointFormatList.ec_point_format_list@specs/tls/extensions.spec:205'));
  r.leave(ec_point_format_listEnd, 'ECPointFormatList.ec_point_format_list@specs/tls/extensions.spec:205');
  return { ec_point_format_list };
}

/** Write a {@link ECPointFormatList}. */
export function writeECPointFormatList(w: Writer, v: ECPointFormatList): void {
  const ec_point_format_listMark = w.beginLength(1);
  for (const item of v.ec_point_format_list) w.u8(item, 'ECPointFormatList.ec_point_format_list@specs/tls/extensions.spec:205');
  w.endLength(ec_point_format_listMark, 1, 1, 255, 1, 'ECPointFormatList.ec_point_format_list@specs/tls/extensions.spec:205');
}

/** Decode a whole {@link ECPointFormatList}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeECPointFormatList(bytes: Uint8Array): ECPointFormatList {
  const r = new Reader(bytes);
  const v = readECPointFormatList(r);
  r.done('ECPointFormatList@specs/tls/extensions.spec:206');
  return v;
}

/** Encode a {@link ECPointFormatList}. */
export function encodeECPointFormatList(v: ECPointFormatList): Uint8Array {
  const w = new Writer();
  writeECPointFormatList(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.2.3 */
export interface SignatureSchemeList {
  /** Wire: <2..65534> bytes. */
  supported_signature_algorithms: SignatureScheme[];
}

/** Read a {@link SignatureSchemeList} at the reader's position. */
export function readSignatureSchemeList(r: Reader): SignatureSchemeList {
  const supported_signature_algorithms: SignatureScheme[] = [];
  const supported_signature_algorithmsEnd = r.enter(r.vectorLength(2, 2, 65534, 2, 'SignatureSchemeList.supported_signature_algorithms@specs/tls/extensions.spec:212'), 'SignatureSchemeList.supported_signature_algorithms@specs/tls/extensions.spec:212');
  while (r.pos < r.end) supported_signature_algorithms.push(r.u16('SignatureSchemeList.supported_signature_algorithms@specs/tls/extensions.spec:212'));
  r.leave(supported_signature_algorithmsEnd, 'SignatureSchemeList.supported_signature_algorithms@specs/tls/extensions.spec:212');
  return { supported_signature_algorithms };
}

/** Write a {@link SignatureSchemeList}. */
export function writeSignatureSchemeList(w: Writer, v: SignatureSchemeList): void {
  const supported_signature_algorithmsMark = w.beginLength(2);
  for (const item of v.supported_signature_algorithms) w.u16(item, 'SignatureSchemeList.supported_signature_algorithms@specs/tls/extensions.spec:212');
  w.endLength(supported_signature_algorithmsMark, 2, 2, 65534, 2, 'SignatureSchemeList.supported_signature_algorithms@specs/tls/extensions.spec:212');
}

/** Decode a whole {@link SignatureSchemeList}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSignatureSchemeList(bytes: Uint8Array): SignatureSchemeList {
  const r = new Reader(bytes);
  const v = readSignatureSchemeList(r);
  r.done('SignatureSchemeList@specs/tls/extensions.spec:213');
  return v;
}

/** Encode a {@link SignatureSchemeList}. */
export function encodeSignatureSchemeList(v: SignatureSchemeList): Uint8Array {
  const w = new Writer();
  writeSignatureSchemeList(w, v);
  return w.finish();
}

/**
 * A registered protocol id such as "h2" or "http/1.1".
 * Wire: <1..255> bytes.
 * @see RFC 7301 §3.1
 */
export type ProtocolName = Uint8Array;

/** Read a {@link ProtocolName} at the reader's position. */
export function readProtocolName(r: Reader): ProtocolName {
  const value = r.raw(r.vectorLength(1, 1, 255, 1, 'ProtocolName@specs/tls/extensions.spec:219'), 'ProtocolName@specs/tls/extensions.spec:219');
  return value;
}

/** Write a {@link ProtocolName}. */
export function writeProtocolName(w: Writer, v: ProtocolName): void {
  const valueMark = w.beginLength(1);
  w.raw(v, 'ProtocolName@specs/tls/extensions.spec:219');
  w.endLength(valueMark, 1, 1, 255, 1, 'ProtocolName@specs/tls/extensions.spec:219');
}

/**
 * The client's preference list; in the server's reply, exactly one name (section 3.1).
 * @see RFC 7301 §3.1
 */
export interface ProtocolNameList {
  /** Wire: <2..65535> bytes. */
  protocol_name_list: ProtocolName[];
}

/** Read a {@link ProtocolNameList} at the reader's position. */
export function readProtocolNameList(r: Reader): ProtocolNameList {
  const protocol_name_list: ProtocolName[] = [];
  const protocol_name_listEnd = r.enter(r.vectorLength(2, 2, 65535, 1, 'ProtocolNameList.protocol_name_list@specs/tls/extensions.spec:224'), 'ProtocolNameList.protocol_name_list@specs/tls/extensions.spec:224');
  while (r.pos < r.end) protocol_name_list.push(readProtocolName(r));
  r.leave(protocol_name_listEnd, 'ProtocolNameList.protocol_name_list@specs/tls/extensions.spec:224');
  return { protocol_name_list };
}

/** Write a {@link ProtocolNameList}. */
export function writeProtocolNameList(w: Writer, v: ProtocolNameList): void {
  const protocol_name_listMark = w.beginLength(2);
  for (const item of v.protocol_name_list) writeProtocolName(w, item);
  w.endLength(protocol_name_listMark, 2, 2, 65535, 1, 'ProtocolNameList.protocol_name_list@specs/tls/extensions.spec:224');
}

/** Decode a whole {@link ProtocolNameList}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeProtocolNameList(bytes: Uint8Array): ProtocolNameList {
  const r = new Reader(bytes);
  const v = readProtocolNameList(r);
  r.done('ProtocolNameList@specs/tls/extensions.spec:225');
  return v;
}

/** Encode a {@link ProtocolNameList}. */
export function encodeProtocolNameList(v: ProtocolNameList): Uint8Array {
  const w = new Writer();
  writeProtocolNameList(w, v);
  return w.finish();
}

/**
 * The largest protected record payload the sender is willing to receive (RFC 8449 section 4).
 * Wire: one uint16.
 * @see RFC 8449 §4
 */
export type RecordSizeLimit = number;

/** What decoding a SupportedVersions needs to know that is not on the wire. */
export interface SupportedVersionsContext {
  msgType: HandshakeType;
}

/** The variants of SupportedVersions.body, keyed by msg_type. */
export type SupportedVersionsBody = { case: 'client_hello'; value: SupportedVersionsClientHello } | { case: 'server_hello'; value: SupportedVersionsServerHelloOrHelloRetryRequest } | { case: 'hello_retry_request'; value: SupportedVersionsServerHelloOrHelloRetryRequest } | { case: undefined; value: Uint8Array };

/**
 * The client's offer, most preferred first; the server's choice. A HelloRetryRequest carries the
 * server_hello layout.
 * @see RFC 8446 §4.2.1
 */
export interface SupportedVersions {
  body: SupportedVersionsBody;
}

/** Read a {@link SupportedVersions} at the reader's position. */
export function readSupportedVersions(r: Reader, ctx: SupportedVersionsContext): SupportedVersions {
  let body: SupportedVersionsBody;
  switch (ctx.msgType) {
    case HandshakeType.client_hello:
      body = { case: 'client_hello', value: readSupportedVersionsClientHello(r) };
      break;
    case HandshakeType.server_hello:
      body = { case: 'server_hello', value: readSupportedVersionsServerHelloOrHelloRetryRequest(r) };
      break;
    case HandshakeType.hello_retry_request:
      body = { case: 'hello_retry_request', value: readSupportedVersionsServerHelloOrHelloRetryRequest(r) };
      break;
    default:
      body = { case: undefined, value: r.rest() };
      break;
  }
  return { body };
}

/** Write a {@link SupportedVersions}. */
export function writeSupportedVersions(w: Writer, v: SupportedVersions): void {
  const body = v.body;
  switch (body.case) {
    case 'client_hello':
      writeSupportedVersionsClientHello(w, body.value);
      break;
    case 'server_hello':
      writeSupportedVersionsServerHelloOrHelloRetryRequest(w, body.value);
      break;
    case 'hello_retry_request':
      writeSupportedVersionsServerHelloOrHelloRetryRequest(w, body.value);
      break;
    case undefined:
      w.raw(body.value, 'SupportedVersions.body@specs/tls/extensions.spec:242');
      break;
    default:
      throw new EncodeError('SupportedVersions.body@specs/tls/extensions.spec:242', `unknown case ${String((body as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link SupportedVersions}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSupportedVersions(bytes: Uint8Array, ctx: SupportedVersionsContext): SupportedVersions {
  const r = new Reader(bytes);
  const v = readSupportedVersions(r, ctx);
  r.done('SupportedVersions@specs/tls/extensions.spec:251');
  return v;
}

/** Encode a {@link SupportedVersions}. */
export function encodeSupportedVersions(v: SupportedVersions): Uint8Array {
  const w = new Writer();
  writeSupportedVersions(w, v);
  return w.finish();
}

/**
 * The client_hello arm of SupportedVersions.
 * @see RFC 8446 §4.2.1
 */
export interface SupportedVersionsClientHello {
  /** Wire: <2..254> bytes. */
  versions: ProtocolVersion[];
}

/** Read a {@link SupportedVersionsClientHello} at the reader's position. */
export function readSupportedVersionsClientHello(r: Reader): SupportedVersionsClientHello {
  const versions: ProtocolVersion[] = [];
  const versionsEnd = r.enter(r.vectorLength(1, 2, 254, 2, 'SupportedVersionsClientHello.versions@specs/tls/extensions.spec:244'), 'SupportedVersionsClientHello.versions@specs/tls/extensions.spec:244');
  while (r.pos < r.end) versions.push(r.u16('SupportedVersionsClientHello.versions@specs/tls/extensions.spec:244'));
  r.leave(versionsEnd, 'SupportedVersionsClientHello.versions@specs/tls/extensions.spec:244');
  return { versions };
}

/** Write a {@link SupportedVersionsClientHello}. */
export function writeSupportedVersionsClientHello(w: Writer, v: SupportedVersionsClientHello): void {
  const versionsMark = w.beginLength(1);
  for (const item of v.versions) w.u16(item, 'SupportedVersionsClientHello.versions@specs/tls/extensions.spec:244');
  w.endLength(versionsMark, 1, 2, 254, 2, 'SupportedVersionsClientHello.versions@specs/tls/extensions.spec:244');
}

/** Decode a whole {@link SupportedVersionsClientHello}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSupportedVersionsClientHello(bytes: Uint8Array): SupportedVersionsClientHello {
  const r = new Reader(bytes);
  const v = readSupportedVersionsClientHello(r);
  r.done('SupportedVersionsClientHello@specs/tls/extensions.spec:243');
  return v;
}

/** Encode a {@link SupportedVersionsClientHello}. */
export function encodeSupportedVersionsClientHello(v: SupportedVersionsClientHello): Uint8Array {
  const w = new Writer();
  writeSupportedVersionsClientHello(w, v);
  return w.finish();
}

/**
 * The server_hello / hello_retry_request arm of SupportedVersions.
 * @see RFC 8446 §4.2.1
 */
export interface SupportedVersionsServerHelloOrHelloRetryRequest {
  selected_version: ProtocolVersion;
}

/** Read a {@link SupportedVersionsServerHelloOrHelloRetryRequest} at the reader's position. */
export function readSupportedVersionsServerHelloOrHelloRetryRequest(r: Reader): SupportedVersionsServerHelloOrHelloRetryRequest {
  const selected_version = r.u16('SupportedVersionsServerHelloOrHelloRetryRequest.selected_version@specs/tls/extensions.spec:247');
  return { selected_version };
}

/** Write a {@link SupportedVersionsServerHelloOrHelloRetryRequest}. */
export function writeSupportedVersionsServerHelloOrHelloRetryRequest(w: Writer, v: SupportedVersionsServerHelloOrHelloRetryRequest): void {
  w.u16(v.selected_version, 'SupportedVersionsServerHelloOrHelloRetryRequest.selected_version@specs/tls/extensions.spec:247');
}

/** Decode a whole {@link SupportedVersionsServerHelloOrHelloRetryRequest}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSupportedVersionsServerHelloOrHelloRetryRequest(bytes: Uint8Array): SupportedVersionsServerHelloOrHelloRetryRequest {
  const r = new Reader(bytes);
  const v = readSupportedVersionsServerHelloOrHelloRetryRequest(r);
  r.done('SupportedVersionsServerHelloOrHelloRetryRequest@specs/tls/extensions.spec:246');
  return v;
}

/** Encode a {@link SupportedVersionsServerHelloOrHelloRetryRequest}. */
export function encodeSupportedVersionsServerHelloOrHelloRetryRequest(v: SupportedVersionsServerHelloOrHelloRetryRequest): Uint8Array {
  const w = new Writer();
  writeSupportedVersionsServerHelloOrHelloRetryRequest(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.2.2 */
export interface Cookie {
  /** Wire: <1..65535> bytes. */
  cookie: Uint8Array;
}

/** Read a {@link Cookie} at the reader's position. */
export function readCookie(r: Reader): Cookie {
  const cookie = r.raw(r.vectorLength(2, 1, 65535, 1, 'Cookie.cookie@specs/tls/extensions.spec:257'), 'Cookie.cookie@specs/tls/extensions.spec:257');
  return { cookie };
}

/** Write a {@link Cookie}. */
export function writeCookie(w: Writer, v: Cookie): void {
  const cookieMark = w.beginLength(2);
  w.raw(v.cookie, 'Cookie.cookie@specs/tls/extensions.spec:257');
  w.endLength(cookieMark, 2, 1, 65535, 1, 'Cookie.cookie@specs/tls/extensions.spec:257');
}

/** Decode a whole {@link Cookie}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeCookie(bytes: Uint8Array): Cookie {
  const r = new Reader(bytes);
  const v = readCookie(r);
  r.done('Cookie@specs/tls/extensions.spec:258');
  return v;
}

/** Encode a {@link Cookie}. */
export function encodeCookie(v: Cookie): Uint8Array {
  const w = new Writer();
  writeCookie(w, v);
  return w.finish();
}

/**
 * A DER X.501 Name.
 * Wire: <1..65535> bytes.
 * @see RFC 8446 §4.2.4
 */
export type DistinguishedName = Uint8Array;

/** Read a {@link DistinguishedName} at the reader's position. */
export function readDistinguishedName(r: Reader): DistinguishedName {
  const value = r.raw(r.vectorLength(2, 1, 65535, 1, 'DistinguishedName@specs/tls/extensions.spec:264'), 'DistinguishedName@specs/tls/extensions.spec:264');
  return value;
}

/** Write a {@link DistinguishedName}. */
export function writeDistinguishedName(w: Writer, v: DistinguishedName): void {
  const valueMark = w.beginLength(2);
  w.raw(v, 'DistinguishedName@specs/tls/extensions.spec:264');
  w.endLength(valueMark, 2, 1, 65535, 1, 'DistinguishedName@specs/tls/extensions.spec:264');
}

/** @see RFC 8446 §4.2.4 */
export interface CertificateAuthoritiesExtension {
  /** Wire: <3..65535> bytes. */
  authorities: DistinguishedName[];
}

/** Read a {@link CertificateAuthoritiesExtension} at the reader's position. */
export function readCertificateAuthoritiesExtension(r: Reader): CertificateAuthoritiesExtension {
  const authorities: DistinguishedName[] = [];
  const authoritiesEnd = r.enter(r.vectorLength(2, 3, 65535, 1, 'CertificateAuthoritiesExtension.authorities@specs/tls/extensions.spec:268'), 'CertificateAuthoritiesExtension.authorities@specs/tls/extensions.spec:268');
  while (r.pos < r.end) authorities.push(readDistinguishedName(r));
  r.leave(authoritiesEnd, 'CertificateAuthoritiesExtension.authorities@specs/tls/extensions.spec:268');
  return { authorities };
}

/** Write a {@link CertificateAuthoritiesExtension}. */
export function writeCertificateAuthoritiesExtension(w: Writer, v: CertificateAuthoritiesExtension): void {
  const authoritiesMark = w.beginLength(2);
  for (const item of v.authorities) writeDistinguishedName(w, item);
  w.endLength(authoritiesMark, 2, 3, 65535, 1, 'CertificateAuthoritiesExtension.authorities@specs/tls/extensions.spec:268');
}

/** Decode a whole {@link CertificateAuthoritiesExtension}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeCertificateAuthoritiesExtension(bytes: Uint8Array): CertificateAuthoritiesExtension {
  const r = new Reader(bytes);
  const v = readCertificateAuthoritiesExtension(r);
  r.done('CertificateAuthoritiesExtension@specs/tls/extensions.spec:269');
  return v;
}

/** Encode a {@link CertificateAuthoritiesExtension}. */
export function encodeCertificateAuthoritiesExtension(v: CertificateAuthoritiesExtension): Uint8Array {
  const w = new Writer();
  writeCertificateAuthoritiesExtension(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.2.5 */
export interface OIDFilter {
  /** Wire: <1..255> bytes. */
  certificate_extension_oid: Uint8Array;
  /** Wire: <0..65535> bytes. */
  certificate_extension_values: Uint8Array;
}

/** Read a {@link OIDFilter} at the reader's position. */
export function readOIDFilter(r: Reader): OIDFilter {
  const certificate_extension_oid = r.raw(r.vectorLength(1, 1, 255, 1, 'OIDFilter.certificate_extension_oid@specs/tls/extensions.spec:273'), 'OIDFilter.certificate_extension_oid@specs/tls/extensions.spec:273');
  const certificate_extension_values = r.raw(r.vectorLength(2, 0, 65535, 1, 'OIDFilter.certificate_extension_values@specs/tls/extensions.spec:274'), 'OIDFilter.certificate_extension_values@specs/tls/extensions.spec:274');
  return { certificate_extension_oid, certificate_extension_values };
}

/** Write a {@link OIDFilter}. */
export function writeOIDFilter(w: Writer, v: OIDFilter): void {
  const certificate_extension_oidMark = w.beginLength(1);
  w.raw(v.certificate_extension_oid, 'OIDFilter.certificate_extension_oid@specs/tls/extensions.spec:273');
  w.endLength(certificate_extension_oidMark, 1, 1, 255, 1, 'OIDFilter.certificate_extension_oid@specs/tls/extensions.spec:273');
  const certificate_extension_valuesMark = w.beginLength(2);
  w.raw(v.certificate_extension_values, 'OIDFilter.certificate_extension_values@specs/tls/extensions.spec:274');
  w.endLength(certificate_extension_valuesMark, 2, 0, 65535, 1, 'OIDFilter.certificate_extension_values@specs/tls/extensions.spec:274');
}

/** Decode a whole {@link OIDFilter}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeOIDFilter(bytes: Uint8Array): OIDFilter {
  const r = new Reader(bytes);
  const v = readOIDFilter(r);
  r.done('OIDFilter@specs/tls/extensions.spec:275');
  return v;
}

/** Encode a {@link OIDFilter}. */
export function encodeOIDFilter(v: OIDFilter): Uint8Array {
  const w = new Writer();
  writeOIDFilter(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.2.5 */
export interface OIDFilterExtension {
  /** Wire: <0..65535> bytes. */
  filters: OIDFilter[];
}

/** Read a {@link OIDFilterExtension} at the reader's position. */
export function readOIDFilterExtension(r: Reader): OIDFilterExtension {
  const filters: OIDFilter[] = [];
  const filtersEnd = r.enter(r.vectorLength(2, 0, 65535, 1, 'OIDFilterExtension.filters@specs/tls/extensions.spec:279'), 'OIDFilterExtension.filters@specs/tls/extensions.spec:279');
  while (r.pos < r.end) filters.push(readOIDFilter(r));
  r.leave(filtersEnd, 'OIDFilterExtension.filters@specs/tls/extensions.spec:279');
  return { filters };
}

/** Write a {@link OIDFilterExtension}. */
export function writeOIDFilterExtension(w: Writer, v: OIDFilterExtension): void {
  const filtersMark = w.beginLength(2);
  for (const item of v.filters) writeOIDFilter(w, item);
  w.endLength(filtersMark, 2, 0, 65535, 1, 'OIDFilterExtension.filters@specs/tls/extensions.spec:279');
}

/** Decode a whole {@link OIDFilterExtension}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeOIDFilterExtension(bytes: Uint8Array): OIDFilterExtension {
  const r = new Reader(bytes);
  const v = readOIDFilterExtension(r);
  r.done('OIDFilterExtension@specs/tls/extensions.spec:280');
  return v;
}

/** Encode a {@link OIDFilterExtension}. */
export function encodeOIDFilterExtension(v: OIDFilterExtension): Uint8Array {
  const w = new Writer();
  writeOIDFilterExtension(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.2.6 */
export interface PostHandshakeAuth {
}

/** Read a {@link PostHandshakeAuth} at the reader's position. */
export function readPostHandshakeAuth(r: Reader): PostHandshakeAuth {
  return {};
}

/** Write a {@link PostHandshakeAuth}. */
export function writePostHandshakeAuth(w: Writer, v: PostHandshakeAuth): void {

}

/** Decode a whole {@link PostHandshakeAuth}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePostHandshakeAuth(bytes: Uint8Array): PostHandshakeAuth {
  const r = new Reader(bytes);
  const v = readPostHandshakeAuth(r);
  r.done('PostHandshakeAuth@specs/tls/extensions.spec:285');
  return v;
}

/** Encode a {@link PostHandshakeAuth}. */
export function encodePostHandshakeAuth(v: PostHandshakeAuth): Uint8Array {
  const w = new Writer();
  writePostHandshakeAuth(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.2.8 */
export interface KeyShareEntry {
  group: NamedGroup;
  /** Wire: <1..65535> bytes. */
  key_exchange: Uint8Array;
}

/** Read a {@link KeyShareEntry} at the reader's position. */
export function readKeyShareEntry(r: Reader): KeyShareEntry {
  const group = r.u16('KeyShareEntry.group@specs/tls/extensions.spec:291');
  const key_exchange = r.raw(r.vectorLength(2, 1, 65535, 1, 'KeyShareEntry.key_exchange@specs/tls/extensions.spec:292'), 'KeyShareEntry.key_exchange@specs/tls/extensions.spec:292');
  return { group, key_exchange };
}

/** Write a {@link KeyShareEntry}. */
export function writeKeyShareEntry(w: Writer, v: KeyShareEntry): void {
  w.u16(v.group, 'KeyShareEntry.group@specs/tls/extensions.spec:291');
  const key_exchangeMark = w.beginLength(2);
  w.raw(v.key_exchange, 'KeyShareEntry.key_exchange@specs/tls/extensions.spec:292');
  w.endLength(key_exchangeMark, 2, 1, 65535, 1, 'KeyShareEntry.key_exchange@specs/tls/extensions.spec:292');
}

/** Decode a whole {@link KeyShareEntry}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeKeyShareEntry(bytes: Uint8Array): KeyShareEntry {
  const r = new Reader(bytes);
  const v = readKeyShareEntry(r);
  r.done('KeyShareEntry@specs/tls/extensions.spec:293');
  return v;
}

/** Encode a {@link KeyShareEntry}. */
export function encodeKeyShareEntry(v: KeyShareEntry): Uint8Array {
  const w = new Writer();
  writeKeyShareEntry(w, v);
  return w.finish();
}

/** What decoding a KeyShare needs to know that is not on the wire. */
export interface KeyShareContext {
  msgType: HandshakeType;
}

/** The variants of KeyShare.body, keyed by msg_type. */
export type KeyShareBody = { case: 'client_hello'; value: KeyShareClientHello } | { case: 'hello_retry_request'; value: KeyShareHelloRetryRequest } | { case: 'server_hello'; value: KeyShareServerHello } | { case: undefined; value: Uint8Array };

/**
 * RFC 8446 declares the three bodies as structs of their own (KeyShareClientHello,
 * KeyShareHelloRetryRequest, KeyShareServerHello); the inline arms below get exactly those names.
 * client_shares holds one share per offered group, in the client's order of preference, and may
 * be empty; selected_group is the group the server wants a new share for.
 * @see RFC 8446 §4.2.8
 */
export interface KeyShare {
  body: KeyShareBody;
}

/** Read a {@link KeyShare} at the reader's position. */
export function readKeyShare(r: Reader, ctx: KeyShareContext): KeyShare {
  let body: KeyShareBody;
  switch (ctx.msgType) {
    case HandshakeType.client_hello:
      body = { case: 'client_hello', value: readKeyShareClientHello(r) };
      break;
    case HandshakeType.hello_retry_request:
      body = { case: 'hello_retry_request', value: readKeyShareHelloRetryRequest(r) };
      break;
    case HandshakeType.server_hello:
      body = { case: 'server_hello', value: readKeyShareServerHello(r) };
      break;
    default:
      body = { case: undefined, value: r.rest() };
      break;
  }
  return { body };
}

/** Write a {@link KeyShare}. */
export function writeKeyShare(w: Writer, v: KeyShare): void {
  const body = v.body;
  switch (body.case) {
    case 'client_hello':
      writeKeyShareClientHello(w, body.value);
      break;
    case 'hello_retry_request':
      writeKeyShareHelloRetryRequest(w, body.value);
      break;
    case 'server_hello':
      writeKeyShareServerHello(w, body.value);
      break;
    case undefined:
      w.raw(body.value, 'KeyShare.body@specs/tls/extensions.spec:304');
      break;
    default:
      throw new EncodeError('KeyShare.body@specs/tls/extensions.spec:304', `unknown case ${String((body as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link KeyShare}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeKeyShare(bytes: Uint8Array, ctx: KeyShareContext): KeyShare {
  const r = new Reader(bytes);
  const v = readKeyShare(r, ctx);
  r.done('KeyShare@specs/tls/extensions.spec:316');
  return v;
}

/** Encode a {@link KeyShare}. */
export function encodeKeyShare(v: KeyShare): Uint8Array {
  const w = new Writer();
  writeKeyShare(w, v);
  return w.finish();
}

/**
 * The client_hello arm of KeyShare.
 * @see RFC 8446 §4.2.8
 */
export interface KeyShareClientHello {
  /** Wire: <0..65535> bytes. */
  client_shares: KeyShareEntry[];
}

/** Read a {@link KeyShareClientHello} at the reader's position. */
export function readKeyShareClientHello(r: Reader): KeyShareClientHello {
  const client_shares: KeyShareEntry[] = [];
  const client_sharesEnd = r.enter(r.vectorLength(2, 0, 65535, 1, 'KeyShareClientHello.client_shares@specs/tls/extensions.spec:306'), 'KeyShareClientHello.client_shares@specs/tls/extensions.spec:306');
  while (r.pos < r.end) client_shares.push(readKeyShareEntry(r));
  r.leave(client_sharesEnd, 'KeyShareClientHello.client_shares@specs/tls/extensions.spec:306');
  return { client_shares };
}

/** Write a {@link KeyShareClientHello}. */
export function writeKeyShareClientHello(w: Writer, v: KeyShareClientHello): void {
  const client_sharesMark = w.beginLength(2);
  for (const item of v.client_shares) writeKeyShareEntry(w, item);
  w.endLength(client_sharesMark, 2, 0, 65535, 1, 'KeyShareClientHello.client_shares@specs/tls/extensions.spec:306');
}

/** Decode a whole {@link KeyShareClientHello}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeKeyShareClientHello(bytes: Uint8Array): KeyShareClientHello {
  const r = new Reader(bytes);
  const v = readKeyShareClientHello(r);
  r.done('KeyShareClientHello@specs/tls/extensions.spec:305');
  return v;
}

/** Encode a {@link KeyShareClientHello}. */
export function encodeKeyShareClientHello(v: KeyShareClientHello): Uint8Array {
  const w = new Writer();
  writeKeyShareClientHello(w, v);
  return w.finish();
}

/**
 * The hello_retry_request arm of KeyShare.
 * @see RFC 8446 §4.2.8
 */
export interface KeyShareHelloRetryRequest {
  selected_group: NamedGroup;
}

/** Read a {@link KeyShareHelloRetryRequest} at the reader's position. */
export function readKeyShareHelloRetryRequest(r: Reader): KeyShareHelloRetryRequest {
  const selected_group = r.u16('KeyShareHelloRetryRequest.selected_group@specs/tls/extensions.spec:309');
  return { selected_group };
}

/** Write a {@link KeyShareHelloRetryRequest}. */
export function writeKeyShareHelloRetryRequest(w: Writer, v: KeyShareHelloRetryRequest): void {
  w.u16(v.selected_group, 'KeyShareHelloRetryRequest.selected_group@specs/tls/extensions.spec:309');
}

/** Decode a whole {@link KeyShareHelloRetryRequest}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeKeyShareHelloRetryRequest(bytes: Uint8Array): KeyShareHelloRetryRequest {
  const r = new Reader(bytes);
  const v = readKeyShareHelloRetryRequest(r);
  r.done('KeyShareHelloRetryRequest@specs/tls/extensions.spec:308');
  return v;
}

/** Encode a {@link KeyShareHelloRetryRequest}. */
export function encodeKeyShareHelloRetryRequest(v: KeyShareHelloRetryRequest): Uint8Array {
  const w = new Writer();
  writeKeyShareHelloRetryRequest(w, v);
  return w.finish();
}

/**
 * The server_hello arm of KeyShare.
 * @see RFC 8446 §4.2.8
 */
export interface KeyShareServerHello {
  server_share: KeyShareEntry;
}

/** Read a {@link KeyShareServerHello} at the reader's position. */
export function readKeyShareServerHello(r: Reader): KeyShareServerHello {
  const server_share = readKeyShareEntry(r);
  return { server_share };
}

/** Write a {@link KeyShareServerHello}. */
export function writeKeyShareServerHello(w: Writer, v: KeyShareServerHello): void {
  writeKeyShareEntry(w, v.server_share);
}

/** Decode a whole {@link KeyShareServerHello}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeKeyShareServerHello(bytes: Uint8Array): KeyShareServerHello {
  const r = new Reader(bytes);
  const v = readKeyShareServerHello(r);
  r.done('KeyShareServerHello@specs/tls/extensions.spec:311');
  return v;
}

/** Encode a {@link KeyShareServerHello}. */
export function encodeKeyShareServerHello(v: KeyShareServerHello): Uint8Array {
  const w = new Writer();
  writeKeyShareServerHello(w, v);
  return w.finish();
}

/**
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 8446 §4.2.9
 */
export const PskKeyExchangeMode = {
  psk_ke: 0x00,
  psk_dhe_ke: 0x01,
} as const;
export type PskKeyExchangeMode = (typeof PskKeyExchangeMode)[keyof typeof PskKeyExchangeMode] | (number & {});
/** Member names of {@link PskKeyExchangeMode} by value. */
export const PskKeyExchangeModeNames: ReadonlyMap<number, string> = new Map(Object.entries(PskKeyExchangeMode).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function PskKeyExchangeModeName(value: number): string {
  return enumName(PskKeyExchangeModeNames, value, 1);
}

/** @see RFC 8446 §4.2.9 */
export interface PskKeyExchangeModes {
  /** Wire: <1..255> bytes. */
  ke_modes: PskKeyExchangeMode[];
}

/** Read a {@link PskKeyExchangeModes} at the reader's position. */
export function readPskKeyExchangeModes(r: Reader): PskKeyExchangeModes {
  const ke_modes: PskKeyExchangeMode[] = [];
  const ke_modesEnd = r.enter(r.vectorLength(1, 1, 255, 1, 'PskKeyExchangeModes.ke_modes@specs/tls/extensions.spec:325'), 'PskKeyExchangeModes.ke_modes@specs/tls/extensions.spec:325');
  while (r.pos < r.end) ke_modes.push(r.u8('PskKeyExchangeModes.ke_modes@specs/tls/extensions.spec:325'));
  r.leave(ke_modesEnd, 'PskKeyExchangeModes.ke_modes@specs/tls/extensions.spec:325');
  return { ke_modes };
}

/** Write a {@link PskKeyExchangeModes}. */
export function writePskKeyExchangeModes(w: Writer, v: PskKeyExchangeModes): void {
  const ke_modesMark = w.beginLength(1);
  for (const item of v.ke_modes) w.u8(item, 'PskKeyExchangeModes.ke_modes@specs/tls/extensions.spec:325');
  w.endLength(ke_modesMark, 1, 1, 255, 1, 'PskKeyExchangeModes.ke_modes@specs/tls/extensions.spec:325');
}

/** Decode a whole {@link PskKeyExchangeModes}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePskKeyExchangeModes(bytes: Uint8Array): PskKeyExchangeModes {
  const r = new Reader(bytes);
  const v = readPskKeyExchangeModes(r);
  r.done('PskKeyExchangeModes@specs/tls/extensions.spec:326');
  return v;
}

/** Encode a {@link PskKeyExchangeModes}. */
export function encodePskKeyExchangeModes(v: PskKeyExchangeModes): Uint8Array {
  const w = new Writer();
  writePskKeyExchangeModes(w, v);
  return w.finish();
}

/** What decoding a EarlyDataIndication needs to know that is not on the wire. */
export interface EarlyDataIndicationContext {
  msgType: HandshakeType;
}

/** The variants of EarlyDataIndication.body, keyed by msg_type. */
export type EarlyDataIndicationBody = { case: 'new_session_ticket'; value: EarlyDataIndicationNewSessionTicket } | { case: 'client_hello'; value: Empty } | { case: 'encrypted_extensions'; value: Empty } | { case: undefined; value: Uint8Array };

/**
 * Empty in the ClientHello and EncryptedExtensions; in a NewSessionTicket, the most early data
 * (in bytes) the server accepts with that ticket.
 * @see RFC 8446 §4.2.10
 */
export interface EarlyDataIndication {
  body: EarlyDataIndicationBody;
}

/** Read a {@link EarlyDataIndication} at the reader's position. */
export function readEarlyDataIndication(r: Reader, ctx: EarlyDataIndicationContext): EarlyDataIndication {
  let body: EarlyDataIndicationBody;
  switch (ctx.msgType) {
    case HandshakeType.new_session_ticket:
      body = { case: 'new_session_ticket', value: readEarlyDataIndicationNewSessionTicket(r) };
      break;
    case HandshakeType.client_hello:
      body = { case: 'client_hello', value: readEmpty(r) };
      break;
    case HandshakeType.encrypted_extensions:
      body = { case: 'encrypted_extensions', value: readEmpty(r) };
      break;
    default:
      body = { case: undefined, value: r.rest() };
      break;
  }
  return { body };
}

/** Write a {@link EarlyDataIndication}. */
export function writeEarlyDataIndication(w: Writer, v: EarlyDataIndication): void {
  const body = v.body;
  switch (body.case) {
    case 'new_session_ticket':
      writeEarlyDataIndicationNewSessionTicket(w, body.value);
      break;
    case 'client_hello':
      writeEmpty(w, body.value);
      break;
    case 'encrypted_extensions':
      writeEmpty(w, body.value);
      break;
    case undefined:
      w.raw(body.value, 'EarlyDataIndication.body@specs/tls/extensions.spec:337');
      break;
    default:
      throw new EncodeError('EarlyDataIndication.body@specs/tls/extensions.spec:337', `unknown case ${String((body as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link EarlyDataIndication}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeEarlyDataIndication(bytes: Uint8Array, ctx: EarlyDataIndicationContext): EarlyDataIndication {
  const r = new Reader(bytes);
  const v = readEarlyDataIndication(r, ctx);
  r.done('EarlyDataIndication@specs/tls/extensions.spec:343');
  return v;
}

/** Encode a {@link EarlyDataIndication}. */
export function encodeEarlyDataIndication(v: EarlyDataIndication): Uint8Array {
  const w = new Writer();
  writeEarlyDataIndication(w, v);
  return w.finish();
}

/**
 * The new_session_ticket arm of EarlyDataIndication.
 * @see RFC 8446 §4.2.10
 */
export interface EarlyDataIndicationNewSessionTicket {
  max_early_data_size: number;
}

/** Read a {@link EarlyDataIndicationNewSessionTicket} at the reader's position. */
export function readEarlyDataIndicationNewSessionTicket(r: Reader): EarlyDataIndicationNewSessionTicket {
  const max_early_data_size = r.u32('EarlyDataIndicationNewSessionTicket.max_early_data_size@specs/tls/extensions.spec:338');
  return { max_early_data_size };
}

/** Write a {@link EarlyDataIndicationNewSessionTicket}. */
export function writeEarlyDataIndicationNewSessionTicket(w: Writer, v: EarlyDataIndicationNewSessionTicket): void {
  w.u32(v.max_early_data_size, 'EarlyDataIndicationNewSessionTicket.max_early_data_size@specs/tls/extensions.spec:338');
}

/** Decode a whole {@link EarlyDataIndicationNewSessionTicket}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeEarlyDataIndicationNewSessionTicket(bytes: Uint8Array): EarlyDataIndicationNewSessionTicket {
  const r = new Reader(bytes);
  const v = readEarlyDataIndicationNewSessionTicket(r);
  r.done('EarlyDataIndicationNewSessionTicket@specs/tls/extensions.spec:338');
  return v;
}

/** Encode a {@link EarlyDataIndicationNewSessionTicket}. */
export function encodeEarlyDataIndicationNewSessionTicket(v: EarlyDataIndicationNewSessionTicket): Uint8Array {
  const w = new Writer();
  writeEarlyDataIndicationNewSessionTicket(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.2.11 */
export interface PskIdentity {
  /** Wire: <1..65535> bytes. */
  identity: Uint8Array;
  obfuscated_ticket_age: number;
}

/** Read a {@link PskIdentity} at the reader's position. */
export function readPskIdentity(r: Reader): PskIdentity {
  const identity = r.raw(r.vectorLength(2, 1, 65535, 1, 'PskIdentity.identity@specs/tls/extensions.spec:349'), 'PskIdentity.identity@specs/tls/extensions.spec:349');
  const obfuscated_ticket_age = r.u32('PskIdentity.obfuscated_ticket_age@specs/tls/extensions.spec:350');
  return { identity, obfuscated_ticket_age };
}

/** Write a {@link PskIdentity}. */
export function writePskIdentity(w: Writer, v: PskIdentity): void {
  const identityMark = w.beginLength(2);
  w.raw(v.identity, 'PskIdentity.identity@specs/tls/extensions.spec:349');
  w.endLength(identityMark, 2, 1, 65535, 1, 'PskIdentity.identity@specs/tls/extensions.spec:349');
  w.u32(v.obfuscated_ticket_age, 'PskIdentity.obfuscated_ticket_age@specs/tls/extensions.spec:350');
}

/** Decode a whole {@link PskIdentity}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePskIdentity(bytes: Uint8Array): PskIdentity {
  const r = new Reader(bytes);
  const v = readPskIdentity(r);
  r.done('PskIdentity@specs/tls/extensions.spec:351');
  return v;
}

/** Encode a {@link PskIdentity}. */
export function encodePskIdentity(v: PskIdentity): Uint8Array {
  const w = new Writer();
  writePskIdentity(w, v);
  return w.finish();
}

/**
 * An HMAC over the truncated ClientHello (section 4.2.11.2).
 * Wire: <32..255> bytes.
 * @see RFC 8446 §4.2.11
 */
export type PskBinderEntry = Uint8Array;

/** Read a {@link PskBinderEntry} at the reader's position. */
export function readPskBinderEntry(r: Reader): PskBinderEntry {
  const value = r.raw(r.vectorLength(1, 32, 255, 1, 'PskBinderEntry@specs/tls/extensions.spec:355'), 'PskBinderEntry@specs/tls/extensions.spec:355');
  return value;
}

/** Write a {@link PskBinderEntry}. */
export function writePskBinderEntry(w: Writer, v: PskBinderEntry): void {
  const valueMark = w.beginLength(1);
  w.raw(v, 'PskBinderEntry@specs/tls/extensions.spec:355');
  w.endLength(valueMark, 1, 32, 255, 1, 'PskBinderEntry@specs/tls/extensions.spec:355');
}

/** @see RFC 8446 §4.2.11 */
export interface OfferedPsks {
  /** Wire: <7..65535> bytes. */
  identities: PskIdentity[];
  /** Wire: <33..65535> bytes. */
  binders: PskBinderEntry[];
}

/** Read a {@link OfferedPsks} at the reader's position. */
export function readOfferedPsks(r: Reader): OfferedPsks {
  const identities: PskIdentity[] = [];
  const identitiesEnd = r.enter(r.vectorLength(2, 7, 65535, 1, 'OfferedPsks.identities@specs/tls/extensions.spec:359'), 'OfferedPsks.identities@specs/tls/extensions.spec:359');
  while (r.pos < r.end) identities.push(readPskIdentity(r));
  r.leave(identitiesEnd, 'OfferedPsks.identities@specs/tls/extensions.spec:359');
  const binders: PskBinderEntry[] = [];
  const bindersEnd = r.enter(r.vectorLength(2, 33, 65535, 1, 'OfferedPsks.binders@specs/tls/extensions.spec:360'), 'OfferedPsks.binders@specs/tls/extensions.spec:360');
  while (r.pos < r.end) binders.push(readPskBinderEntry(r));
  r.leave(bindersEnd, 'OfferedPsks.binders@specs/tls/extensions.spec:360');
  return { identities, binders };
}

/** Write a {@link OfferedPsks}. */
export function writeOfferedPsks(w: Writer, v: OfferedPsks): void {
  const identitiesMark = w.beginLength(2);
  for (const item of v.identities) writePskIdentity(w, item);
  w.endLength(identitiesMark, 2, 7, 65535, 1, 'OfferedPsks.identities@specs/tls/extensions.spec:359');
  const bindersMark = w.beginLength(2);
  for (const item of v.binders) writePskBinderEntry(w, item);
  w.endLength(bindersMark, 2, 33, 65535, 1, 'OfferedPsks.binders@specs/tls/extensions.spec:360');
}

/** Decode a whole {@link OfferedPsks}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeOfferedPsks(bytes: Uint8Array): OfferedPsks {
  const r = new Reader(bytes);
  const v = readOfferedPsks(r);
  r.done('OfferedPsks@specs/tls/extensions.spec:361');
  return v;
}

/** Encode a {@link OfferedPsks}. */
export function encodeOfferedPsks(v: OfferedPsks): Uint8Array {
  const w = new Writer();
  writeOfferedPsks(w, v);
  return w.finish();
}

/** What decoding a PreSharedKeyExtension needs to know that is not on the wire. */
export interface PreSharedKeyExtensionContext {
  msgType: HandshakeType;
}

/** The variants of PreSharedKeyExtension.body, keyed by msg_type. */
export type PreSharedKeyExtensionBody = { case: 'client_hello'; value: OfferedPsks } | { case: 'server_hello'; value: PreSharedKeyExtensionServerHello } | { case: undefined; value: Uint8Array };

/**
 * The client offers identities (this MUST be the last extension of the ClientHello, section
 * 4.2.11 - the handshake's check); the server answers with the index of the one it chose.
 * @see RFC 8446 §4.2.11
 */
export interface PreSharedKeyExtension {
  body: PreSharedKeyExtensionBody;
}

/** Read a {@link PreSharedKeyExtension} at the reader's position. */
export function readPreSharedKeyExtension(r: Reader, ctx: PreSharedKeyExtensionContext): PreSharedKeyExtension {
  let body: PreSharedKeyExtensionBody;
  switch (ctx.msgType) {
    case HandshakeType.client_hello:
      body = { case: 'client_hello', value: readOfferedPsks(r) };
      break;
    case HandshakeType.server_hello:
      body = { case: 'server_hello', value: readPreSharedKeyExtensionServerHello(r) };
      break;
    default:
      body = { case: undefined, value: r.rest() };
      break;
  }
  return { body };
}

/** Write a {@link PreSharedKeyExtension}. */
export function writePreSharedKeyExtension(w: Writer, v: PreSharedKeyExtension): void {
  const body = v.body;
  switch (body.case) {
    case 'client_hello':
      writeOfferedPsks(w, body.value);
      break;
    case 'server_hello':
      writePreSharedKeyExtensionServerHello(w, body.value);
      break;
    case undefined:
      w.raw(body.value, 'PreSharedKeyExtension.body@specs/tls/extensions.spec:370');
      break;
    default:
      throw new EncodeError('PreSharedKeyExtension.body@specs/tls/extensions.spec:370', `unknown case ${String((body as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link PreSharedKeyExtension}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePreSharedKeyExtension(bytes: Uint8Array, ctx: PreSharedKeyExtensionContext): PreSharedKeyExtension {
  const r = new Reader(bytes);
  const v = readPreSharedKeyExtension(r, ctx);
  r.done('PreSharedKeyExtension@specs/tls/extensions.spec:375');
  return v;
}

/** Encode a {@link PreSharedKeyExtension}. */
export function encodePreSharedKeyExtension(v: PreSharedKeyExtension): Uint8Array {
  const w = new Writer();
  writePreSharedKeyExtension(w, v);
  return w.finish();
}

/**
 * The server_hello arm of PreSharedKeyExtension.
 * @see RFC 8446 §4.2.11
 */
export interface PreSharedKeyExtensionServerHello {
  selected_identity: number;
}

/** Read a {@link PreSharedKeyExtensionServerHello} at the reader's position. */
export function readPreSharedKeyExtensionServerHello(r: Reader): PreSharedKeyExtensionServerHello {
  const selected_identity = r.u16('PreSharedKeyExtensionServerHello.selected_identity@specs/tls/extensions.spec:372');
  return { selected_identity };
}

/** Write a {@link PreSharedKeyExtensionServerHello}. */
export function writePreSharedKeyExtensionServerHello(w: Writer, v: PreSharedKeyExtensionServerHello): void {
  w.u16(v.selected_identity, 'PreSharedKeyExtensionServerHello.selected_identity@specs/tls/extensions.spec:372');
}

/** Decode a whole {@link PreSharedKeyExtensionServerHello}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePreSharedKeyExtensionServerHello(bytes: Uint8Array): PreSharedKeyExtensionServerHello {
  const r = new Reader(bytes);
  const v = readPreSharedKeyExtensionServerHello(r);
  r.done('PreSharedKeyExtensionServerHello@specs/tls/extensions.spec:372');
  return v;
}

/** Encode a {@link PreSharedKeyExtensionServerHello}. */
export function encodePreSharedKeyExtensionServerHello(v: PreSharedKeyExtensionServerHello): Uint8Array {
  const w = new Writer();
  writePreSharedKeyExtensionServerHello(w, v);
  return w.finish();
}

/**
 * Empty renegotiated_connection on an initial handshake; TLS 1.2 only (RFC 5746 section 3.2).
 * @see RFC 5746 §3.2
 */
export interface RenegotiationInfo {
  /** Wire: <0..255> bytes. */
  renegotiated_connection: Uint8Array;
}

/** Read a {@link RenegotiationInfo} at the reader's position. */
export function readRenegotiationInfo(r: Reader): RenegotiationInfo {
  const renegotiated_connection = r.raw(r.vectorLength(1, 0, 255, 1, 'RenegotiationInfo.renegotiated_connection@specs/tls/extensions.spec:382'), 'RenegotiationInfo.renegotiated_connection@specs/tls/extensions.spec:382');
  return { renegotiated_connection };
}

/** Write a {@link RenegotiationInfo}. */
export function writeRenegotiationInfo(w: Writer, v: RenegotiationInfo): void {
  const renegotiated_connectionMark = w.beginLength(1);
  w.raw(v.renegotiated_connection, 'RenegotiationInfo.renegotiated_connection@specs/tls/extensions.spec:382');
  w.endLength(renegotiated_connectionMark, 1, 0, 255, 1, 'RenegotiationInfo.renegotiated_connection@specs/tls/extensions.spec:382');
}

/** Decode a whole {@link RenegotiationInfo}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeRenegotiationInfo(bytes: Uint8Array): RenegotiationInfo {
  const r = new Reader(bytes);
  const v = readRenegotiationInfo(r);
  r.done('RenegotiationInfo@specs/tls/extensions.spec:383');
  return v;
}

/** Encode a {@link RenegotiationInfo}. */
export function encodeRenegotiationInfo(v: RenegotiationInfo): Uint8Array {
  const w = new Writer();
  writeRenegotiationInfo(w, v);
  return w.finish();
}
