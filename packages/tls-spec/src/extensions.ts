// Generated from specs/tls/extensions.spec by otpnet-gen. Do not edit.
import {
  DecodeError,
  type DecodeLimits,
  EncodeError,
  enumName,
  type EnumRange,
  expectArray,
  expectCase,
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
import {
  type Empty,
  type EmptyInput,
  HandshakeType,
  type ProtocolVersion,
  readEmpty,
  writeEmpty,
} from './common.js';
import type { NamedGroup } from './named-groups.js';
import type { SignatureScheme } from './signature-schemes.js';

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
export const ExtensionTypeNames: ReadonlyMap<number, string> = new Map(
  Object.entries(ExtensionType).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function ExtensionTypeName(value: number): string {
  return enumName(ExtensionTypeNames, value, 2);
}

/** What decoding or encoding a {@link Extension} needs to know that is not on the wire. */
export interface ExtensionContext {
  msgType: HandshakeType;
}

/** The variants of Extension.extension_data, keyed by extension_type. */
export type ExtensionExtensionData =
  | { case: 'server_name'; value: ServerNameExtension }
  | { case: 'status_request'; value: StatusRequestExtension }
  | { case: 'supported_groups'; value: NamedGroupList }
  | { case: 'ec_point_formats'; value: ECPointFormatList }
  | { case: 'signature_algorithms'; value: SignatureSchemeList }
  | { case: 'application_layer_protocol_negotiation'; value: ProtocolNameList }
  | { case: 'encrypt_then_mac'; value: Empty }
  | { case: 'extended_master_secret'; value: Empty }
  | { case: 'record_size_limit'; value: RecordSizeLimit }
  | { case: 'pre_shared_key'; value: PreSharedKeyExtension }
  | { case: 'early_data'; value: EarlyDataIndication }
  | { case: 'supported_versions'; value: SupportedVersions }
  | { case: 'cookie'; value: Cookie }
  | { case: 'psk_key_exchange_modes'; value: PskKeyExchangeModes }
  | { case: 'certificate_authorities'; value: CertificateAuthoritiesExtension }
  | { case: 'oid_filters'; value: OIDFilterExtension }
  | { case: 'post_handshake_auth'; value: PostHandshakeAuth }
  | { case: 'signature_algorithms_cert'; value: SignatureSchemeList }
  | { case: 'key_share'; value: KeyShare }
  | { case: 'renegotiation_info'; value: RenegotiationInfo }
  | { case: undefined; value: Uint8Array };
/** {@link ExtensionExtensionData} as an encoder takes it. */
export type ExtensionExtensionDataInput =
  | { case: 'server_name'; value: ServerNameExtensionInput }
  | { case: 'status_request'; value: StatusRequestExtensionInput }
  | { case: 'supported_groups'; value: NamedGroupListInput }
  | { case: 'ec_point_formats'; value: ECPointFormatListInput }
  | { case: 'signature_algorithms'; value: SignatureSchemeListInput }
  | { case: 'application_layer_protocol_negotiation'; value: ProtocolNameListInput }
  | { case: 'encrypt_then_mac'; value: EmptyInput }
  | { case: 'extended_master_secret'; value: EmptyInput }
  | { case: 'record_size_limit'; value: RecordSizeLimit }
  | { case: 'pre_shared_key'; value: PreSharedKeyExtensionInput }
  | { case: 'early_data'; value: EarlyDataIndicationInput }
  | { case: 'supported_versions'; value: SupportedVersionsInput }
  | { case: 'cookie'; value: CookieInput }
  | { case: 'psk_key_exchange_modes'; value: PskKeyExchangeModesInput }
  | { case: 'certificate_authorities'; value: CertificateAuthoritiesExtensionInput }
  | { case: 'oid_filters'; value: OIDFilterExtensionInput }
  | { case: 'post_handshake_auth'; value: PostHandshakeAuthInput }
  | { case: 'signature_algorithms_cert'; value: SignatureSchemeListInput }
  | { case: 'key_share'; value: KeyShareInput }
  | { case: 'renegotiation_info'; value: RenegotiationInfoInput }
  | { case: undefined; value: Uint8Array };

/**
 * One extension. Extensions not listed in the select (and GREASE types, RFC 8701) keep their
 * extension_data as bytes. Whether an extension may appear in a message is the handshake's check,
 * not the codec's: a known extension in a message it is not defined for must be answered with
 * illegal_parameter (RFC 8446 4.2), not decode_error, so every body that depends on the message has
 * a default arm that keeps the bytes (`case: undefined`) for the handshake to reject.
 * @see RFC 8446 §4.2
 */
export interface Extension {
  /** An encoder may leave it out: the case of extension_data fixes it. */
  extension_type: ExtensionType;
  /** Wire: <0..65535> bytes. */
  extension_data: ExtensionExtensionData;
}

/** What {@link encodeExtension} takes: a {@link Extension}, where fields with a default may be left out. */
export interface ExtensionInput {
  extension_type?: ExtensionType;
  extension_data: ExtensionExtensionDataInput;
}

/** Read a {@link Extension} at the reader's position. */
export function readExtension(r: Reader, ctx: ExtensionContext): Extension {
  const f = F.Extension;
  const extension_type = r.u16(f.extension_type);
  let extension_data: ExtensionExtensionData;
  const extension_dataEnd = r.enterVector(f.extension_data);
  let extension_dataArm = '';
  try {
    switch (extension_type) {
      case ExtensionType.server_name:
        extension_dataArm = 'server_name';
        extension_data = { case: 'server_name', value: readServerNameExtension(r, ctx) };
        break;
      case ExtensionType.status_request:
        extension_dataArm = 'status_request';
        extension_data = { case: 'status_request', value: readStatusRequestExtension(r, ctx) };
        break;
      case ExtensionType.supported_groups:
        extension_dataArm = 'supported_groups';
        extension_data = { case: 'supported_groups', value: readNamedGroupList(r) };
        break;
      case ExtensionType.ec_point_formats:
        extension_dataArm = 'ec_point_formats';
        extension_data = { case: 'ec_point_formats', value: readECPointFormatList(r) };
        break;
      case ExtensionType.signature_algorithms:
        extension_dataArm = 'signature_algorithms';
        extension_data = { case: 'signature_algorithms', value: readSignatureSchemeList(r) };
        break;
      case ExtensionType.application_layer_protocol_negotiation:
        extension_dataArm = 'application_layer_protocol_negotiation';
        extension_data = { case: 'application_layer_protocol_negotiation', value: readProtocolNameList(r) };
        break;
      case ExtensionType.encrypt_then_mac:
        extension_dataArm = 'encrypt_then_mac';
        extension_data = { case: 'encrypt_then_mac', value: readEmpty(r) };
        break;
      case ExtensionType.extended_master_secret:
        extension_dataArm = 'extended_master_secret';
        extension_data = { case: 'extended_master_secret', value: readEmpty(r) };
        break;
      case ExtensionType.record_size_limit:
        extension_data = {
          case: 'record_size_limit',
          value: r.range(r.u16(f.extension_data), F.RecordSizeLimit.$),
        };
        break;
      case ExtensionType.pre_shared_key:
        extension_dataArm = 'pre_shared_key';
        extension_data = { case: 'pre_shared_key', value: readPreSharedKeyExtension(r, ctx) };
        break;
      case ExtensionType.early_data:
        extension_dataArm = 'early_data';
        extension_data = { case: 'early_data', value: readEarlyDataIndication(r, ctx) };
        break;
      case ExtensionType.supported_versions:
        extension_dataArm = 'supported_versions';
        extension_data = { case: 'supported_versions', value: readSupportedVersions(r, ctx) };
        break;
      case ExtensionType.cookie:
        extension_dataArm = 'cookie';
        extension_data = { case: 'cookie', value: readCookie(r) };
        break;
      case ExtensionType.psk_key_exchange_modes:
        extension_dataArm = 'psk_key_exchange_modes';
        extension_data = { case: 'psk_key_exchange_modes', value: readPskKeyExchangeModes(r) };
        break;
      case ExtensionType.certificate_authorities:
        extension_dataArm = 'certificate_authorities';
        extension_data = { case: 'certificate_authorities', value: readCertificateAuthoritiesExtension(r) };
        break;
      case ExtensionType.oid_filters:
        extension_dataArm = 'oid_filters';
        extension_data = { case: 'oid_filters', value: readOIDFilterExtension(r) };
        break;
      case ExtensionType.post_handshake_auth:
        extension_dataArm = 'post_handshake_auth';
        extension_data = { case: 'post_handshake_auth', value: readPostHandshakeAuth(r) };
        break;
      case ExtensionType.signature_algorithms_cert:
        extension_dataArm = 'signature_algorithms_cert';
        extension_data = { case: 'signature_algorithms_cert', value: readSignatureSchemeList(r) };
        break;
      case ExtensionType.key_share:
        extension_dataArm = 'key_share';
        extension_data = { case: 'key_share', value: readKeyShare(r, ctx) };
        break;
      case ExtensionType.renegotiation_info:
        extension_dataArm = 'renegotiation_info';
        extension_data = { case: 'renegotiation_info', value: readRenegotiationInfo(r) };
        break;
      default:
        extension_data = { case: undefined, value: r.rest() };
    }
  } catch (e) {
    throw nested(e, f.extension_data, extension_dataArm);
  }
  r.leave(extension_dataEnd, f.extension_data);
  return { extension_type, extension_data };
}

/** Write a {@link Extension}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeExtension(w: Writer, v: ExtensionInput, ctx: ExtensionContext): void {
  const f = F.Extension;
  expectObject(v, f.$);
  const extension_type = tagFor(
    v.extension_type,
    ExtensionExtensionDataTags,
    v.extension_data,
    f.extension_type,
  );
  w.u16(extension_type, f.extension_type);
  const extension_dataValue = expectObject(v.extension_data, f.extension_data);
  const extension_dataMark = w.beginVector(f.extension_data);
  let extension_dataArm = '';
  try {
    switch (extension_dataValue.case) {
      case 'server_name': {
        expectTag(extension_type, ExtensionType.server_name, f.extension_data);
        extension_dataArm = 'server_name';
        writeServerNameExtension(w, extension_dataValue.value, ctx);
        break;
      }
      case 'status_request': {
        expectTag(extension_type, ExtensionType.status_request, f.extension_data);
        extension_dataArm = 'status_request';
        writeStatusRequestExtension(w, extension_dataValue.value, ctx);
        break;
      }
      case 'supported_groups': {
        expectTag(extension_type, ExtensionType.supported_groups, f.extension_data);
        extension_dataArm = 'supported_groups';
        writeNamedGroupList(w, extension_dataValue.value);
        break;
      }
      case 'ec_point_formats': {
        expectTag(extension_type, ExtensionType.ec_point_formats, f.extension_data);
        extension_dataArm = 'ec_point_formats';
        writeECPointFormatList(w, extension_dataValue.value);
        break;
      }
      case 'signature_algorithms': {
        expectTag(extension_type, ExtensionType.signature_algorithms, f.extension_data);
        extension_dataArm = 'signature_algorithms';
        writeSignatureSchemeList(w, extension_dataValue.value);
        break;
      }
      case 'application_layer_protocol_negotiation': {
        expectTag(extension_type, ExtensionType.application_layer_protocol_negotiation, f.extension_data);
        extension_dataArm = 'application_layer_protocol_negotiation';
        writeProtocolNameList(w, extension_dataValue.value);
        break;
      }
      case 'encrypt_then_mac': {
        expectTag(extension_type, ExtensionType.encrypt_then_mac, f.extension_data);
        extension_dataArm = 'encrypt_then_mac';
        writeEmpty(w, extension_dataValue.value);
        break;
      }
      case 'extended_master_secret': {
        expectTag(extension_type, ExtensionType.extended_master_secret, f.extension_data);
        extension_dataArm = 'extended_master_secret';
        writeEmpty(w, extension_dataValue.value);
        break;
      }
      case 'record_size_limit': {
        expectTag(extension_type, ExtensionType.record_size_limit, f.extension_data);
        w.u16(w.range(extension_dataValue.value, F.RecordSizeLimit.$), f.extension_data);
        break;
      }
      case 'pre_shared_key': {
        expectTag(extension_type, ExtensionType.pre_shared_key, f.extension_data);
        extension_dataArm = 'pre_shared_key';
        writePreSharedKeyExtension(w, extension_dataValue.value, ctx);
        break;
      }
      case 'early_data': {
        expectTag(extension_type, ExtensionType.early_data, f.extension_data);
        extension_dataArm = 'early_data';
        writeEarlyDataIndication(w, extension_dataValue.value, ctx);
        break;
      }
      case 'supported_versions': {
        expectTag(extension_type, ExtensionType.supported_versions, f.extension_data);
        extension_dataArm = 'supported_versions';
        writeSupportedVersions(w, extension_dataValue.value, ctx);
        break;
      }
      case 'cookie': {
        expectTag(extension_type, ExtensionType.cookie, f.extension_data);
        extension_dataArm = 'cookie';
        writeCookie(w, extension_dataValue.value);
        break;
      }
      case 'psk_key_exchange_modes': {
        expectTag(extension_type, ExtensionType.psk_key_exchange_modes, f.extension_data);
        extension_dataArm = 'psk_key_exchange_modes';
        writePskKeyExchangeModes(w, extension_dataValue.value);
        break;
      }
      case 'certificate_authorities': {
        expectTag(extension_type, ExtensionType.certificate_authorities, f.extension_data);
        extension_dataArm = 'certificate_authorities';
        writeCertificateAuthoritiesExtension(w, extension_dataValue.value);
        break;
      }
      case 'oid_filters': {
        expectTag(extension_type, ExtensionType.oid_filters, f.extension_data);
        extension_dataArm = 'oid_filters';
        writeOIDFilterExtension(w, extension_dataValue.value);
        break;
      }
      case 'post_handshake_auth': {
        expectTag(extension_type, ExtensionType.post_handshake_auth, f.extension_data);
        extension_dataArm = 'post_handshake_auth';
        writePostHandshakeAuth(w, extension_dataValue.value);
        break;
      }
      case 'signature_algorithms_cert': {
        expectTag(extension_type, ExtensionType.signature_algorithms_cert, f.extension_data);
        extension_dataArm = 'signature_algorithms_cert';
        writeSignatureSchemeList(w, extension_dataValue.value);
        break;
      }
      case 'key_share': {
        expectTag(extension_type, ExtensionType.key_share, f.extension_data);
        extension_dataArm = 'key_share';
        writeKeyShare(w, extension_dataValue.value, ctx);
        break;
      }
      case 'renegotiation_info': {
        expectTag(extension_type, ExtensionType.renegotiation_info, f.extension_data);
        extension_dataArm = 'renegotiation_info';
        writeRenegotiationInfo(w, extension_dataValue.value);
        break;
      }
      case undefined:
        expectNoTag(extension_type, ExtensionExtensionDataTags, f.extension_data);
        w.raw(extension_dataValue.value, f.extension_data);
        break;
      default:
        throw new EncodeError(
          'no_case',
          f.extension_data,
          `no case ${String((extension_dataValue as { case: unknown }).case)}`,
        );
    }
  } catch (e) {
    throw nested(e, f.extension_data, extension_dataArm);
  }
  w.endVector(extension_dataMark, f.extension_data);
}

/**
 * Decode a whole {@link Extension}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeExtension(bytes: Uint8Array, ctx: ExtensionContext, limits?: DecodeLimits): Extension {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Extension.$);
  const v = readExtension(r, ctx);
  r.done(F.Extension.$);
  return v;
}

/** Encode a {@link Extension}. */
export function encodeExtension(v: ExtensionInput, ctx: ExtensionContext): Uint8Array {
  const w = new Writer();
  writeExtension(w, v, ctx);
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
export const NameTypeNames: ReadonlyMap<number, string> = new Map(
  Object.entries(NameType).map(([k, v]) => [v, k]),
);

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
  const f = F.HostName;
  const value = r.opaque(f.$);
  return value;
}

/** Write a {@link HostName}. */
export function writeHostName(w: Writer, v: HostName): void {
  const f = F.HostName;
  w.opaque(v, f.$);
}

/** The variants of ServerName.name, keyed by name_type. */
export type ServerNameName = { case: 'host_name'; value: ServerNameHostName };
/** {@link ServerNameName} as an encoder takes it. */
export type ServerNameNameInput = { case: 'host_name'; value: ServerNameHostNameInput };

/**
 * RFC 6066 writes the arm as the bare type (`case host_name: HostName;`); a named type with a size
 * of its own cannot be a case body, so the arm names its one field. The select has no default: an
 * unknown name_type has no length of its own, so nothing after it could be found (RFC 6066 section
 * 3 makes it a decode_error).
 * @see RFC 6066 §3
 */
export interface ServerName {
  /** An encoder may leave it out: the case of name fixes it. */
  name_type: NameType;
  name: ServerNameName;
}

/** What {@link encodeServerName} takes: a {@link ServerName}, where fields with a default may be left out. */
export interface ServerNameInput {
  name_type?: NameType;
  name: ServerNameNameInput;
}

/** Read a {@link ServerName} at the reader's position. */
export function readServerName(r: Reader): ServerName {
  const f = F.ServerName;
  const name_type = r.u8(f.name_type);
  let name: ServerNameName;
  let nameArm = '';
  try {
    switch (name_type) {
      case NameType.host_name:
        nameArm = 'host_name';
        name = { case: 'host_name', value: readServerNameHostName(r) };
        break;
      default:
        throw new DecodeError('no_case', f.name, `no case for name_type ${String(name_type)}`);
    }
  } catch (e) {
    throw nested(e, f.name, nameArm);
  }
  return { name_type, name };
}

/** Write a {@link ServerName}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeServerName(w: Writer, v: ServerNameInput): void {
  const f = F.ServerName;
  expectObject(v, f.$);
  const name_type = tagFor(v.name_type, ServerNameNameTags, v.name, f.name_type);
  w.u8(name_type, f.name_type);
  const nameValue = expectObject(v.name, f.name);
  let nameArm = '';
  try {
    switch (nameValue.case) {
      case 'host_name': {
        expectTag(name_type, NameType.host_name, f.name);
        nameArm = 'host_name';
        writeServerNameHostName(w, nameValue.value);
        break;
      }
      default:
        throw new EncodeError('no_case', f.name, `no case ${String((nameValue as { case: unknown }).case)}`);
    }
  } catch (e) {
    throw nested(e, f.name, nameArm);
  }
}

/**
 * Decode a whole {@link ServerName}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeServerName(bytes: Uint8Array, limits?: DecodeLimits): ServerName {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ServerName.$);
  const v = readServerName(r);
  r.done(F.ServerName.$);
  return v;
}

/** Encode a {@link ServerName}. */
export function encodeServerName(v: ServerNameInput): Uint8Array {
  const w = new Writer();
  writeServerName(w, v);
  return w.finish();
}

/**
 * The host_name arm of ServerName.
 * @see RFC 6066 §3
 */
export interface ServerNameHostName {
  host_name: HostName;
}

/**
 * What {@link encodeServerNameHostName} takes: a {@link ServerNameHostName}, where fields with a default may
 * be left out.
 */
export interface ServerNameHostNameInput {
  host_name: HostName;
}

/** Read a {@link ServerNameHostName} at the reader's position. */
export function readServerNameHostName(r: Reader): ServerNameHostName {
  const f = F.ServerNameHostName;
  const host_name = r.opaque(f.host_name);
  return { host_name };
}

/**
 * Write a {@link ServerNameHostName}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeServerNameHostName(w: Writer, v: ServerNameHostNameInput): void {
  const f = F.ServerNameHostName;
  expectObject(v, f.$);
  w.opaque(v.host_name, f.host_name);
}

/**
 * Decode a whole {@link ServerNameHostName}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeServerNameHostName(bytes: Uint8Array, limits?: DecodeLimits): ServerNameHostName {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ServerNameHostName.$);
  const v = readServerNameHostName(r);
  r.done(F.ServerNameHostName.$);
  return v;
}

/** Encode a {@link ServerNameHostName}. */
export function encodeServerNameHostName(v: ServerNameHostNameInput): Uint8Array {
  const w = new Writer();
  writeServerNameHostName(w, v);
  return w.finish();
}

/** @see RFC 6066 §3 */
export interface ServerNameList {
  /** Wire: <1..65535> bytes. */
  server_name_list: ServerName[];
}

/**
 * What {@link encodeServerNameList} takes: a {@link ServerNameList}, where fields with a default may be left
 * out.
 */
export interface ServerNameListInput {
  server_name_list: readonly ServerNameInput[];
}

/** Read a {@link ServerNameList} at the reader's position. */
export function readServerNameList(r: Reader): ServerNameList {
  const f = F.ServerNameList;
  const server_name_listEnd = r.enterVector(f.server_name_list);
  const server_name_list: ServerName[] = [];
  try {
    while (r.pos < r.end) server_name_list.push(readServerName(r));
  } catch (e) {
    throw nestedAt(e, f.server_name_list, server_name_list.length);
  }
  r.leave(server_name_listEnd, f.server_name_list);
  return { server_name_list };
}

/**
 * Write a {@link ServerNameList}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeServerNameList(w: Writer, v: ServerNameListInput): void {
  const f = F.ServerNameList;
  expectObject(v, f.$);
  const server_name_listMark = w.beginVector(f.server_name_list);
  const server_name_listItems = expectArray(v.server_name_list, f.server_name_list);
  let server_name_listI = 0;
  try {
    for (; server_name_listI < server_name_listItems.length; server_name_listI++)
      writeServerName(w, server_name_listItems[server_name_listI]!);
  } catch (e) {
    throw nestedAt(e, f.server_name_list, server_name_listI);
  }
  w.endVector(server_name_listMark, f.server_name_list);
}

/**
 * Decode a whole {@link ServerNameList}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeServerNameList(bytes: Uint8Array, limits?: DecodeLimits): ServerNameList {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ServerNameList.$);
  const v = readServerNameList(r);
  r.done(F.ServerNameList.$);
  return v;
}

/** Encode a {@link ServerNameList}. */
export function encodeServerNameList(v: ServerNameListInput): Uint8Array {
  const w = new Writer();
  writeServerNameList(w, v);
  return w.finish();
}

/** What decoding or encoding a {@link ServerNameExtension} needs to know that is not on the wire. */
export interface ServerNameExtensionContext {
  msgType: HandshakeType;
}

/** The variants of ServerNameExtension.body, keyed by msg_type. */
export type ServerNameExtensionBody =
  | { case: 'client_hello'; value: ServerNameList }
  | { case: 'server_hello'; value: Empty }
  | { case: 'encrypted_extensions'; value: Empty }
  | { case: undefined; value: Uint8Array };
/**
 * {@link ServerNameExtensionBody} as an encoder takes it: the context fixes the case, so `case` may be left
 * out.
 */
export type ServerNameExtensionBodyInput =
  | { case?: 'client_hello'; value: ServerNameListInput }
  | { case?: 'server_hello'; value: EmptyInput }
  | { case?: 'encrypted_extensions'; value: EmptyInput }
  | { case?: undefined; value: Uint8Array };

/**
 * In the ClientHello, the names; in the server's reply (ServerHello in TLS 1.2, EncryptedExtensions
 * in TLS 1.3) the extension_data is empty (RFC 6066 section 3).
 * @see RFC 6066 §3
 */
export interface ServerNameExtension {
  body: ServerNameExtensionBody;
}

/**
 * What {@link encodeServerNameExtension} takes: a {@link ServerNameExtension}, where fields with a default
 * may be left out.
 */
export interface ServerNameExtensionInput {
  body: ServerNameExtensionBodyInput;
}

/** Read a {@link ServerNameExtension} at the reader's position. */
export function readServerNameExtension(r: Reader, ctx: ServerNameExtensionContext): ServerNameExtension {
  const f = F.ServerNameExtension;
  let body: ServerNameExtensionBody;
  try {
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
    }
  } catch (e) {
    throw nested(e, f.body, '');
  }
  return { body };
}

/**
 * Write a {@link ServerNameExtension}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeServerNameExtension(
  w: Writer,
  v: ServerNameExtensionInput,
  ctx: ServerNameExtensionContext,
): void {
  const f = F.ServerNameExtension;
  expectObject(v, f.$);
  const bodyValue = expectObject(v.body, f.body);
  try {
    switch (ctx.msgType) {
      case HandshakeType.client_hello: {
        expectCase(bodyValue.case, 'client_hello', f.body);
        writeServerNameList(w, bodyValue.value as ServerNameListInput);
        break;
      }
      case HandshakeType.server_hello: {
        expectCase(bodyValue.case, 'server_hello', f.body);
        writeEmpty(w, bodyValue.value as EmptyInput);
        break;
      }
      case HandshakeType.encrypted_extensions: {
        expectCase(bodyValue.case, 'encrypted_extensions', f.body);
        writeEmpty(w, bodyValue.value as EmptyInput);
        break;
      }
      default: {
        expectCase(bodyValue.case, undefined, f.body);
        w.raw(bodyValue.value as Uint8Array, f.body);
      }
    }
  } catch (e) {
    throw nested(e, f.body, '');
  }
}

/**
 * Decode a whole {@link ServerNameExtension}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeServerNameExtension(
  bytes: Uint8Array,
  ctx: ServerNameExtensionContext,
  limits?: DecodeLimits,
): ServerNameExtension {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ServerNameExtension.$);
  const v = readServerNameExtension(r, ctx);
  r.done(F.ServerNameExtension.$);
  return v;
}

/** Encode a {@link ServerNameExtension}. */
export function encodeServerNameExtension(
  v: ServerNameExtensionInput,
  ctx: ServerNameExtensionContext,
): Uint8Array {
  const w = new Writer();
  writeServerNameExtension(w, v, ctx);
  return w.finish();
}

/**
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 6066 §8
 */
export const CertificateStatusType = {
  ocsp: 0x01,
} as const;
export type CertificateStatusType =
  | (typeof CertificateStatusType)[keyof typeof CertificateStatusType]
  | (number & {});
/** Member names of {@link CertificateStatusType} by value. */
export const CertificateStatusTypeNames: ReadonlyMap<number, string> = new Map(
  Object.entries(CertificateStatusType).map(([k, v]) => [v, k]),
);

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
  const f = F.ResponderID;
  const value = r.opaque(f.$);
  return value;
}

/** Write a {@link ResponderID}. */
export function writeResponderID(w: Writer, v: ResponderID): void {
  const f = F.ResponderID;
  w.opaque(v, f.$);
}

/**
 * DER Extensions of RFC 6960
 * Wire: <0..65535> bytes.
 * @see RFC 6066 §8
 */
export type Extensions = Uint8Array;

/** Read a {@link Extensions} at the reader's position. */
export function readExtensions(r: Reader): Extensions {
  const f = F.Extensions;
  const value = r.opaque(f.$);
  return value;
}

/** Write a {@link Extensions}. */
export function writeExtensions(w: Writer, v: Extensions): void {
  const f = F.Extensions;
  w.opaque(v, f.$);
}

/** @see RFC 6066 §8 */
export interface OCSPStatusRequest {
  /** Wire: <0..65535> bytes. */
  responder_id_list: ResponderID[];
  request_extensions: Extensions;
}

/**
 * What {@link encodeOCSPStatusRequest} takes: a {@link OCSPStatusRequest}, where fields with a default may be
 * left out.
 */
export interface OCSPStatusRequestInput {
  responder_id_list: readonly ResponderID[];
  request_extensions: Extensions;
}

/** Read a {@link OCSPStatusRequest} at the reader's position. */
export function readOCSPStatusRequest(r: Reader): OCSPStatusRequest {
  const f = F.OCSPStatusRequest;
  const responder_id_listEnd = r.enterVector(f.responder_id_list);
  const responder_id_list: ResponderID[] = [];
  try {
    while (r.pos < r.end) responder_id_list.push(readResponderID(r));
  } catch (e) {
    throw nestedAt(e, f.responder_id_list, responder_id_list.length);
  }
  r.leave(responder_id_listEnd, f.responder_id_list);
  const request_extensions = r.opaque(f.request_extensions);
  return { responder_id_list, request_extensions };
}

/**
 * Write a {@link OCSPStatusRequest}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeOCSPStatusRequest(w: Writer, v: OCSPStatusRequestInput): void {
  const f = F.OCSPStatusRequest;
  expectObject(v, f.$);
  const responder_id_listMark = w.beginVector(f.responder_id_list);
  const responder_id_listItems = expectArray(v.responder_id_list, f.responder_id_list);
  let responder_id_listI = 0;
  try {
    for (; responder_id_listI < responder_id_listItems.length; responder_id_listI++)
      writeResponderID(w, responder_id_listItems[responder_id_listI]!);
  } catch (e) {
    throw nestedAt(e, f.responder_id_list, responder_id_listI);
  }
  w.endVector(responder_id_listMark, f.responder_id_list);
  w.opaque(v.request_extensions, f.request_extensions);
}

/**
 * Decode a whole {@link OCSPStatusRequest}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeOCSPStatusRequest(bytes: Uint8Array, limits?: DecodeLimits): OCSPStatusRequest {
  const r = new Reader(bytes, 0, bytes.length, limits, F.OCSPStatusRequest.$);
  const v = readOCSPStatusRequest(r);
  r.done(F.OCSPStatusRequest.$);
  return v;
}

/** Encode a {@link OCSPStatusRequest}. */
export function encodeOCSPStatusRequest(v: OCSPStatusRequestInput): Uint8Array {
  const w = new Writer();
  writeOCSPStatusRequest(w, v);
  return w.finish();
}

/** The variants of CertificateStatusRequest.request, keyed by status_type. */
export type CertificateStatusRequestRequest = { case: 'ocsp'; value: OCSPStatusRequest };
/** {@link CertificateStatusRequestRequest} as an encoder takes it. */
export type CertificateStatusRequestRequestInput = { case: 'ocsp'; value: OCSPStatusRequestInput };

/** @see RFC 6066 §8 */
export interface CertificateStatusRequest {
  /** An encoder may leave it out: the case of request fixes it. */
  status_type: CertificateStatusType;
  request: CertificateStatusRequestRequest;
}

/**
 * What {@link encodeCertificateStatusRequest} takes: a {@link CertificateStatusRequest}, where fields with a
 * default may be left out.
 */
export interface CertificateStatusRequestInput {
  status_type?: CertificateStatusType;
  request: CertificateStatusRequestRequestInput;
}

/** Read a {@link CertificateStatusRequest} at the reader's position. */
export function readCertificateStatusRequest(r: Reader): CertificateStatusRequest {
  const f = F.CertificateStatusRequest;
  const status_type = r.u8(f.status_type);
  let request: CertificateStatusRequestRequest;
  let requestArm = '';
  try {
    switch (status_type) {
      case CertificateStatusType.ocsp:
        requestArm = 'ocsp';
        request = { case: 'ocsp', value: readOCSPStatusRequest(r) };
        break;
      default:
        throw new DecodeError('no_case', f.request, `no case for status_type ${String(status_type)}`);
    }
  } catch (e) {
    throw nested(e, f.request, requestArm);
  }
  return { status_type, request };
}

/**
 * Write a {@link CertificateStatusRequest}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeCertificateStatusRequest(w: Writer, v: CertificateStatusRequestInput): void {
  const f = F.CertificateStatusRequest;
  expectObject(v, f.$);
  const status_type = tagFor(v.status_type, CertificateStatusRequestRequestTags, v.request, f.status_type);
  w.u8(status_type, f.status_type);
  const requestValue = expectObject(v.request, f.request);
  let requestArm = '';
  try {
    switch (requestValue.case) {
      case 'ocsp': {
        expectTag(status_type, CertificateStatusType.ocsp, f.request);
        requestArm = 'ocsp';
        writeOCSPStatusRequest(w, requestValue.value);
        break;
      }
      default:
        throw new EncodeError(
          'no_case',
          f.request,
          `no case ${String((requestValue as { case: unknown }).case)}`,
        );
    }
  } catch (e) {
    throw nested(e, f.request, requestArm);
  }
}

/**
 * Decode a whole {@link CertificateStatusRequest}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeCertificateStatusRequest(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): CertificateStatusRequest {
  const r = new Reader(bytes, 0, bytes.length, limits, F.CertificateStatusRequest.$);
  const v = readCertificateStatusRequest(r);
  r.done(F.CertificateStatusRequest.$);
  return v;
}

/** Encode a {@link CertificateStatusRequest}. */
export function encodeCertificateStatusRequest(v: CertificateStatusRequestInput): Uint8Array {
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
  const f = F.OCSPResponse;
  const value = r.opaque(f.$);
  return value;
}

/** Write a {@link OCSPResponse}. */
export function writeOCSPResponse(w: Writer, v: OCSPResponse): void {
  const f = F.OCSPResponse;
  w.opaque(v, f.$);
}

/** The variants of CertificateStatus.response, keyed by status_type. */
export type CertificateStatusResponse = { case: 'ocsp'; value: CertificateStatusOcsp };
/** {@link CertificateStatusResponse} as an encoder takes it. */
export type CertificateStatusResponseInput = { case: 'ocsp'; value: CertificateStatusOcspInput };

/**
 * RFC 6066 writes the arm as the bare type (`case ocsp: OCSPResponse;`); as in ServerName, the arm
 * names its one field.
 * @see RFC 8446 §4.4.2.1
 */
export interface CertificateStatus {
  /** An encoder may leave it out: the case of response fixes it. */
  status_type: CertificateStatusType;
  response: CertificateStatusResponse;
}

/**
 * What {@link encodeCertificateStatus} takes: a {@link CertificateStatus}, where fields with a default may be
 * left out.
 */
export interface CertificateStatusInput {
  status_type?: CertificateStatusType;
  response: CertificateStatusResponseInput;
}

/** Read a {@link CertificateStatus} at the reader's position. */
export function readCertificateStatus(r: Reader): CertificateStatus {
  const f = F.CertificateStatus;
  const status_type = r.u8(f.status_type);
  let response: CertificateStatusResponse;
  let responseArm = '';
  try {
    switch (status_type) {
      case CertificateStatusType.ocsp:
        responseArm = 'ocsp';
        response = { case: 'ocsp', value: readCertificateStatusOcsp(r) };
        break;
      default:
        throw new DecodeError('no_case', f.response, `no case for status_type ${String(status_type)}`);
    }
  } catch (e) {
    throw nested(e, f.response, responseArm);
  }
  return { status_type, response };
}

/**
 * Write a {@link CertificateStatus}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeCertificateStatus(w: Writer, v: CertificateStatusInput): void {
  const f = F.CertificateStatus;
  expectObject(v, f.$);
  const status_type = tagFor(v.status_type, CertificateStatusResponseTags, v.response, f.status_type);
  w.u8(status_type, f.status_type);
  const responseValue = expectObject(v.response, f.response);
  let responseArm = '';
  try {
    switch (responseValue.case) {
      case 'ocsp': {
        expectTag(status_type, CertificateStatusType.ocsp, f.response);
        responseArm = 'ocsp';
        writeCertificateStatusOcsp(w, responseValue.value);
        break;
      }
      default:
        throw new EncodeError(
          'no_case',
          f.response,
          `no case ${String((responseValue as { case: unknown }).case)}`,
        );
    }
  } catch (e) {
    throw nested(e, f.response, responseArm);
  }
}

/**
 * Decode a whole {@link CertificateStatus}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeCertificateStatus(bytes: Uint8Array, limits?: DecodeLimits): CertificateStatus {
  const r = new Reader(bytes, 0, bytes.length, limits, F.CertificateStatus.$);
  const v = readCertificateStatus(r);
  r.done(F.CertificateStatus.$);
  return v;
}

/** Encode a {@link CertificateStatus}. */
export function encodeCertificateStatus(v: CertificateStatusInput): Uint8Array {
  const w = new Writer();
  writeCertificateStatus(w, v);
  return w.finish();
}

/**
 * The ocsp arm of CertificateStatus.
 * @see RFC 8446 §4.4.2.1
 */
export interface CertificateStatusOcsp {
  ocsp_response: OCSPResponse;
}

/**
 * What {@link encodeCertificateStatusOcsp} takes: a {@link CertificateStatusOcsp}, where fields with a
 * default may be left out.
 */
export interface CertificateStatusOcspInput {
  ocsp_response: OCSPResponse;
}

/** Read a {@link CertificateStatusOcsp} at the reader's position. */
export function readCertificateStatusOcsp(r: Reader): CertificateStatusOcsp {
  const f = F.CertificateStatusOcsp;
  const ocsp_response = r.opaque(f.ocsp_response);
  return { ocsp_response };
}

/**
 * Write a {@link CertificateStatusOcsp}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeCertificateStatusOcsp(w: Writer, v: CertificateStatusOcspInput): void {
  const f = F.CertificateStatusOcsp;
  expectObject(v, f.$);
  w.opaque(v.ocsp_response, f.ocsp_response);
}

/**
 * Decode a whole {@link CertificateStatusOcsp}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeCertificateStatusOcsp(bytes: Uint8Array, limits?: DecodeLimits): CertificateStatusOcsp {
  const r = new Reader(bytes, 0, bytes.length, limits, F.CertificateStatusOcsp.$);
  const v = readCertificateStatusOcsp(r);
  r.done(F.CertificateStatusOcsp.$);
  return v;
}

/** Encode a {@link CertificateStatusOcsp}. */
export function encodeCertificateStatusOcsp(v: CertificateStatusOcspInput): Uint8Array {
  const w = new Writer();
  writeCertificateStatusOcsp(w, v);
  return w.finish();
}

/** What decoding or encoding a {@link StatusRequestExtension} needs to know that is not on the wire. */
export interface StatusRequestExtensionContext {
  msgType: HandshakeType;
}

/** The variants of StatusRequestExtension.body, keyed by msg_type. */
export type StatusRequestExtensionBody =
  | { case: 'client_hello'; value: CertificateStatusRequest }
  | { case: 'certificate_request'; value: Empty }
  | { case: 'certificate'; value: CertificateStatus }
  | { case: 'server_hello'; value: Empty }
  | { case: undefined; value: Uint8Array };
/**
 * {@link StatusRequestExtensionBody} as an encoder takes it: the context fixes the case, so `case` may be
 * left out.
 */
export type StatusRequestExtensionBodyInput =
  | { case?: 'client_hello'; value: CertificateStatusRequestInput }
  | { case?: 'certificate_request'; value: EmptyInput }
  | { case?: 'certificate'; value: CertificateStatusInput }
  | { case?: 'server_hello'; value: EmptyInput }
  | { case?: undefined; value: Uint8Array };

/**
 * A client asks for a stapled OCSP response in the ClientHello; a TLS 1.3 server asks with an
 * empty extension in a CertificateRequest; a TLS 1.3 server answers inside the CertificateEntry
 * of its certificate (section 4.4.2.1); a TLS 1.2 server, with an empty one in the ServerHello.
 * @see RFC 8446 §4.4.2.1
 */
export interface StatusRequestExtension {
  body: StatusRequestExtensionBody;
}

/**
 * What {@link encodeStatusRequestExtension} takes: a {@link StatusRequestExtension}, where fields with a
 * default may be left out.
 */
export interface StatusRequestExtensionInput {
  body: StatusRequestExtensionBodyInput;
}

/** Read a {@link StatusRequestExtension} at the reader's position. */
export function readStatusRequestExtension(
  r: Reader,
  ctx: StatusRequestExtensionContext,
): StatusRequestExtension {
  const f = F.StatusRequestExtension;
  let body: StatusRequestExtensionBody;
  try {
    switch (ctx.msgType) {
      case HandshakeType.client_hello:
        body = { case: 'client_hello', value: readCertificateStatusRequest(r) };
        break;
      case HandshakeType.certificate_request:
        body = { case: 'certificate_request', value: readEmpty(r) };
        break;
      case HandshakeType.certificate:
        body = { case: 'certificate', value: readCertificateStatus(r) };
        break;
      case HandshakeType.server_hello:
        body = { case: 'server_hello', value: readEmpty(r) };
        break;
      default:
        body = { case: undefined, value: r.rest() };
    }
  } catch (e) {
    throw nested(e, f.body, '');
  }
  return { body };
}

/**
 * Write a {@link StatusRequestExtension}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeStatusRequestExtension(
  w: Writer,
  v: StatusRequestExtensionInput,
  ctx: StatusRequestExtensionContext,
): void {
  const f = F.StatusRequestExtension;
  expectObject(v, f.$);
  const bodyValue = expectObject(v.body, f.body);
  try {
    switch (ctx.msgType) {
      case HandshakeType.client_hello: {
        expectCase(bodyValue.case, 'client_hello', f.body);
        writeCertificateStatusRequest(w, bodyValue.value as CertificateStatusRequestInput);
        break;
      }
      case HandshakeType.certificate_request: {
        expectCase(bodyValue.case, 'certificate_request', f.body);
        writeEmpty(w, bodyValue.value as EmptyInput);
        break;
      }
      case HandshakeType.certificate: {
        expectCase(bodyValue.case, 'certificate', f.body);
        writeCertificateStatus(w, bodyValue.value as CertificateStatusInput);
        break;
      }
      case HandshakeType.server_hello: {
        expectCase(bodyValue.case, 'server_hello', f.body);
        writeEmpty(w, bodyValue.value as EmptyInput);
        break;
      }
      default: {
        expectCase(bodyValue.case, undefined, f.body);
        w.raw(bodyValue.value as Uint8Array, f.body);
      }
    }
  } catch (e) {
    throw nested(e, f.body, '');
  }
}

/**
 * Decode a whole {@link StatusRequestExtension}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeStatusRequestExtension(
  bytes: Uint8Array,
  ctx: StatusRequestExtensionContext,
  limits?: DecodeLimits,
): StatusRequestExtension {
  const r = new Reader(bytes, 0, bytes.length, limits, F.StatusRequestExtension.$);
  const v = readStatusRequestExtension(r, ctx);
  r.done(F.StatusRequestExtension.$);
  return v;
}

/** Encode a {@link StatusRequestExtension}. */
export function encodeStatusRequestExtension(
  v: StatusRequestExtensionInput,
  ctx: StatusRequestExtensionContext,
): Uint8Array {
  const w = new Writer();
  writeStatusRequestExtension(w, v, ctx);
  return w.finish();
}

/** @see RFC 8446 §4.2.7 */
export interface NamedGroupList {
  /** Wire: <2..65535> bytes. */
  named_group_list: NamedGroup[];
}

/**
 * What {@link encodeNamedGroupList} takes: a {@link NamedGroupList}, where fields with a default may be left
 * out.
 */
export interface NamedGroupListInput {
  named_group_list: readonly NamedGroup[];
}

/** Read a {@link NamedGroupList} at the reader's position. */
export function readNamedGroupList(r: Reader): NamedGroupList {
  const f = F.NamedGroupList;
  const named_group_list: NamedGroup[] = r.intVector(2, f.named_group_list);
  return { named_group_list };
}

/**
 * Write a {@link NamedGroupList}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeNamedGroupList(w: Writer, v: NamedGroupListInput): void {
  const f = F.NamedGroupList;
  expectObject(v, f.$);
  const named_group_listMark = w.beginVector(f.named_group_list);
  for (const item of expectArray(v.named_group_list, f.named_group_list)) {
    w.u16(item, f.named_group_list);
  }
  w.endVector(named_group_listMark, f.named_group_list);
}

/**
 * Decode a whole {@link NamedGroupList}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeNamedGroupList(bytes: Uint8Array, limits?: DecodeLimits): NamedGroupList {
  const r = new Reader(bytes, 0, bytes.length, limits, F.NamedGroupList.$);
  const v = readNamedGroupList(r);
  r.done(F.NamedGroupList.$);
  return v;
}

/** Encode a {@link NamedGroupList}. */
export function encodeNamedGroupList(v: NamedGroupListInput): Uint8Array {
  const w = new Writer();
  writeNamedGroupList(w, v);
  return w.finish();
}

/**
 * RFC 8422 section 5.1.2. Only `uncompressed` remains; the two deprecated formats
 * (ansiX962_compressed_prime and _char2 of RFC 4492) still appear in the lists of older clients
 * and OpenSSL's.
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 8422 §5.1.2
 */
export const ECPointFormat = {
  uncompressed: 0x00,
} as const;
export type ECPointFormat = (typeof ECPointFormat)[keyof typeof ECPointFormat] | (number & {});
/** Members of {@link ECPointFormat} that name a range of values: [first, last, name]. */
export const ECPointFormatRanges: readonly EnumRange[] = [
  [0x01, 0x02, 'deprecated'],
  [0xf8, 0xff, 'reserved'],
];
/** Member names of {@link ECPointFormat} by value. */
export const ECPointFormatNames: ReadonlyMap<number, string> = new Map(
  Object.entries(ECPointFormat).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function ECPointFormatName(value: number): string {
  return enumName(ECPointFormatNames, value, 1, ECPointFormatRanges);
}

/** @see RFC 8422 §5.1.2 */
export interface ECPointFormatList {
  /** Wire: <1..255> bytes. */
  ec_point_format_list: ECPointFormat[];
}

/**
 * What {@link encodeECPointFormatList} takes: a {@link ECPointFormatList}, where fields with a default may be
 * left out.
 */
export interface ECPointFormatListInput {
  ec_point_format_list: readonly ECPointFormat[];
}

/** Read a {@link ECPointFormatList} at the reader's position. */
export function readECPointFormatList(r: Reader): ECPointFormatList {
  const f = F.ECPointFormatList;
  const ec_point_format_list: ECPointFormat[] = r.intVector(1, f.ec_point_format_list);
  return { ec_point_format_list };
}

/**
 * Write a {@link ECPointFormatList}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeECPointFormatList(w: Writer, v: ECPointFormatListInput): void {
  const f = F.ECPointFormatList;
  expectObject(v, f.$);
  const ec_point_format_listMark = w.beginVector(f.ec_point_format_list);
  for (const item of expectArray(v.ec_point_format_list, f.ec_point_format_list)) {
    w.u8(item, f.ec_point_format_list);
  }
  w.endVector(ec_point_format_listMark, f.ec_point_format_list);
}

/**
 * Decode a whole {@link ECPointFormatList}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeECPointFormatList(bytes: Uint8Array, limits?: DecodeLimits): ECPointFormatList {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ECPointFormatList.$);
  const v = readECPointFormatList(r);
  r.done(F.ECPointFormatList.$);
  return v;
}

/** Encode a {@link ECPointFormatList}. */
export function encodeECPointFormatList(v: ECPointFormatListInput): Uint8Array {
  const w = new Writer();
  writeECPointFormatList(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.2.3 */
export interface SignatureSchemeList {
  /** Wire: <2..65534> bytes. */
  supported_signature_algorithms: SignatureScheme[];
}

/**
 * What {@link encodeSignatureSchemeList} takes: a {@link SignatureSchemeList}, where fields with a default
 * may be left out.
 */
export interface SignatureSchemeListInput {
  supported_signature_algorithms: readonly SignatureScheme[];
}

/** Read a {@link SignatureSchemeList} at the reader's position. */
export function readSignatureSchemeList(r: Reader): SignatureSchemeList {
  const f = F.SignatureSchemeList;
  const supported_signature_algorithms: SignatureScheme[] = r.intVector(2, f.supported_signature_algorithms);
  return { supported_signature_algorithms };
}

/**
 * Write a {@link SignatureSchemeList}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSignatureSchemeList(w: Writer, v: SignatureSchemeListInput): void {
  const f = F.SignatureSchemeList;
  expectObject(v, f.$);
  const supported_signature_algorithmsMark = w.beginVector(f.supported_signature_algorithms);
  for (const item of expectArray(v.supported_signature_algorithms, f.supported_signature_algorithms)) {
    w.u16(item, f.supported_signature_algorithms);
  }
  w.endVector(supported_signature_algorithmsMark, f.supported_signature_algorithms);
}

/**
 * Decode a whole {@link SignatureSchemeList}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSignatureSchemeList(bytes: Uint8Array, limits?: DecodeLimits): SignatureSchemeList {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SignatureSchemeList.$);
  const v = readSignatureSchemeList(r);
  r.done(F.SignatureSchemeList.$);
  return v;
}

/** Encode a {@link SignatureSchemeList}. */
export function encodeSignatureSchemeList(v: SignatureSchemeListInput): Uint8Array {
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
  const f = F.ProtocolName;
  const value = r.opaque(f.$);
  return value;
}

/** Write a {@link ProtocolName}. */
export function writeProtocolName(w: Writer, v: ProtocolName): void {
  const f = F.ProtocolName;
  w.opaque(v, f.$);
}

/**
 * The client's preference list; in the server's reply, exactly one name (section 3.1).
 * @see RFC 7301 §3.1
 */
export interface ProtocolNameList {
  /** Wire: <2..65535> bytes. */
  protocol_name_list: ProtocolName[];
}

/**
 * What {@link encodeProtocolNameList} takes: a {@link ProtocolNameList}, where fields with a default may be
 * left out.
 */
export interface ProtocolNameListInput {
  protocol_name_list: readonly ProtocolName[];
}

/** Read a {@link ProtocolNameList} at the reader's position. */
export function readProtocolNameList(r: Reader): ProtocolNameList {
  const f = F.ProtocolNameList;
  const protocol_name_listEnd = r.enterVector(f.protocol_name_list);
  const protocol_name_list: ProtocolName[] = [];
  try {
    while (r.pos < r.end) protocol_name_list.push(readProtocolName(r));
  } catch (e) {
    throw nestedAt(e, f.protocol_name_list, protocol_name_list.length);
  }
  r.leave(protocol_name_listEnd, f.protocol_name_list);
  return { protocol_name_list };
}

/**
 * Write a {@link ProtocolNameList}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeProtocolNameList(w: Writer, v: ProtocolNameListInput): void {
  const f = F.ProtocolNameList;
  expectObject(v, f.$);
  const protocol_name_listMark = w.beginVector(f.protocol_name_list);
  const protocol_name_listItems = expectArray(v.protocol_name_list, f.protocol_name_list);
  let protocol_name_listI = 0;
  try {
    for (; protocol_name_listI < protocol_name_listItems.length; protocol_name_listI++)
      writeProtocolName(w, protocol_name_listItems[protocol_name_listI]!);
  } catch (e) {
    throw nestedAt(e, f.protocol_name_list, protocol_name_listI);
  }
  w.endVector(protocol_name_listMark, f.protocol_name_list);
}

/**
 * Decode a whole {@link ProtocolNameList}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeProtocolNameList(bytes: Uint8Array, limits?: DecodeLimits): ProtocolNameList {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ProtocolNameList.$);
  const v = readProtocolNameList(r);
  r.done(F.ProtocolNameList.$);
  return v;
}

/** Encode a {@link ProtocolNameList}. */
export function encodeProtocolNameList(v: ProtocolNameListInput): Uint8Array {
  const w = new Writer();
  writeProtocolNameList(w, v);
  return w.finish();
}

/**
 * The largest protected record payload the sender is willing to receive (RFC 8449 section 4).
 * Less than 64 is an error on both sides (answered with illegal_parameter); the largest useful
 * value depends on the version (2^14, or 2^14 + 1 with TLS 1.3), so the record layer caps it.
 * Wire: one uint16. Range: 64...
 * @see RFC 8449 §4
 */
export type RecordSizeLimit = number;

/** What decoding or encoding a {@link SupportedVersions} needs to know that is not on the wire. */
export interface SupportedVersionsContext {
  msgType: HandshakeType;
}

/** The variants of SupportedVersions.body, keyed by msg_type. */
export type SupportedVersionsBody =
  | { case: 'client_hello'; value: SupportedVersionsClientHello }
  | { case: 'server_hello'; value: SupportedVersionsServerHelloOrHelloRetryRequest }
  | { case: 'hello_retry_request'; value: SupportedVersionsServerHelloOrHelloRetryRequest }
  | { case: undefined; value: Uint8Array };
/**
 * {@link SupportedVersionsBody} as an encoder takes it: the context fixes the case, so `case` may be left
 * out.
 */
export type SupportedVersionsBodyInput =
  | { case?: 'client_hello'; value: SupportedVersionsClientHelloInput }
  | { case?: 'server_hello'; value: SupportedVersionsServerHelloOrHelloRetryRequestInput }
  | { case?: 'hello_retry_request'; value: SupportedVersionsServerHelloOrHelloRetryRequestInput }
  | { case?: undefined; value: Uint8Array };

/**
 * The client's offer, most preferred first; the server's choice. A HelloRetryRequest carries the
 * server_hello layout.
 * @see RFC 8446 §4.2.1
 */
export interface SupportedVersions {
  body: SupportedVersionsBody;
}

/**
 * What {@link encodeSupportedVersions} takes: a {@link SupportedVersions}, where fields with a default may be
 * left out.
 */
export interface SupportedVersionsInput {
  body: SupportedVersionsBodyInput;
}

/** Read a {@link SupportedVersions} at the reader's position. */
export function readSupportedVersions(r: Reader, ctx: SupportedVersionsContext): SupportedVersions {
  const f = F.SupportedVersions;
  let body: SupportedVersionsBody;
  try {
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
    }
  } catch (e) {
    throw nested(e, f.body, '');
  }
  return { body };
}

/**
 * Write a {@link SupportedVersions}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeSupportedVersions(
  w: Writer,
  v: SupportedVersionsInput,
  ctx: SupportedVersionsContext,
): void {
  const f = F.SupportedVersions;
  expectObject(v, f.$);
  const bodyValue = expectObject(v.body, f.body);
  try {
    switch (ctx.msgType) {
      case HandshakeType.client_hello: {
        expectCase(bodyValue.case, 'client_hello', f.body);
        writeSupportedVersionsClientHello(w, bodyValue.value as SupportedVersionsClientHelloInput);
        break;
      }
      case HandshakeType.server_hello: {
        expectCase(bodyValue.case, 'server_hello', f.body);
        writeSupportedVersionsServerHelloOrHelloRetryRequest(
          w,
          bodyValue.value as SupportedVersionsServerHelloOrHelloRetryRequestInput,
        );
        break;
      }
      case HandshakeType.hello_retry_request: {
        expectCase(bodyValue.case, 'hello_retry_request', f.body);
        writeSupportedVersionsServerHelloOrHelloRetryRequest(
          w,
          bodyValue.value as SupportedVersionsServerHelloOrHelloRetryRequestInput,
        );
        break;
      }
      default: {
        expectCase(bodyValue.case, undefined, f.body);
        w.raw(bodyValue.value as Uint8Array, f.body);
      }
    }
  } catch (e) {
    throw nested(e, f.body, '');
  }
}

/**
 * Decode a whole {@link SupportedVersions}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSupportedVersions(
  bytes: Uint8Array,
  ctx: SupportedVersionsContext,
  limits?: DecodeLimits,
): SupportedVersions {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SupportedVersions.$);
  const v = readSupportedVersions(r, ctx);
  r.done(F.SupportedVersions.$);
  return v;
}

/** Encode a {@link SupportedVersions}. */
export function encodeSupportedVersions(
  v: SupportedVersionsInput,
  ctx: SupportedVersionsContext,
): Uint8Array {
  const w = new Writer();
  writeSupportedVersions(w, v, ctx);
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

/**
 * What {@link encodeSupportedVersionsClientHello} takes: a {@link SupportedVersionsClientHello}, where fields
 * with a default may be left out.
 */
export interface SupportedVersionsClientHelloInput {
  versions: readonly ProtocolVersion[];
}

/** Read a {@link SupportedVersionsClientHello} at the reader's position. */
export function readSupportedVersionsClientHello(r: Reader): SupportedVersionsClientHello {
  const f = F.SupportedVersionsClientHello;
  const versions: ProtocolVersion[] = r.intVector(2, f.versions);
  return { versions };
}

/**
 * Write a {@link SupportedVersionsClientHello}; throws EncodeError naming the field for a value the spec does
 * not allow.
 */
export function writeSupportedVersionsClientHello(w: Writer, v: SupportedVersionsClientHelloInput): void {
  const f = F.SupportedVersionsClientHello;
  expectObject(v, f.$);
  const versionsMark = w.beginVector(f.versions);
  for (const item of expectArray(v.versions, f.versions)) {
    w.u16(item, f.versions);
  }
  w.endVector(versionsMark, f.versions);
}

/**
 * Decode a whole {@link SupportedVersionsClientHello}: trailing bytes are an error. Opaque fields are views
 * into `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSupportedVersionsClientHello(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SupportedVersionsClientHello {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SupportedVersionsClientHello.$);
  const v = readSupportedVersionsClientHello(r);
  r.done(F.SupportedVersionsClientHello.$);
  return v;
}

/** Encode a {@link SupportedVersionsClientHello}. */
export function encodeSupportedVersionsClientHello(v: SupportedVersionsClientHelloInput): Uint8Array {
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

/**
 * What {@link encodeSupportedVersionsServerHelloOrHelloRetryRequest} takes: a
 * {@link SupportedVersionsServerHelloOrHelloRetryRequest}, where fields with a default may be left out.
 */
export interface SupportedVersionsServerHelloOrHelloRetryRequestInput {
  selected_version: ProtocolVersion;
}

/** Read a {@link SupportedVersionsServerHelloOrHelloRetryRequest} at the reader's position. */
export function readSupportedVersionsServerHelloOrHelloRetryRequest(
  r: Reader,
): SupportedVersionsServerHelloOrHelloRetryRequest {
  const f = F.SupportedVersionsServerHelloOrHelloRetryRequest;
  const selected_version = r.u16(f.selected_version);
  return { selected_version };
}

/**
 * Write a {@link SupportedVersionsServerHelloOrHelloRetryRequest}; throws EncodeError naming the field for a
 * value the spec does not allow.
 */
export function writeSupportedVersionsServerHelloOrHelloRetryRequest(
  w: Writer,
  v: SupportedVersionsServerHelloOrHelloRetryRequestInput,
): void {
  const f = F.SupportedVersionsServerHelloOrHelloRetryRequest;
  expectObject(v, f.$);
  w.u16(v.selected_version, f.selected_version);
}

/**
 * Decode a whole {@link SupportedVersionsServerHelloOrHelloRetryRequest}: trailing bytes are an error. Opaque
 * fields are views into `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSupportedVersionsServerHelloOrHelloRetryRequest(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SupportedVersionsServerHelloOrHelloRetryRequest {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SupportedVersionsServerHelloOrHelloRetryRequest.$);
  const v = readSupportedVersionsServerHelloOrHelloRetryRequest(r);
  r.done(F.SupportedVersionsServerHelloOrHelloRetryRequest.$);
  return v;
}

/** Encode a {@link SupportedVersionsServerHelloOrHelloRetryRequest}. */
export function encodeSupportedVersionsServerHelloOrHelloRetryRequest(
  v: SupportedVersionsServerHelloOrHelloRetryRequestInput,
): Uint8Array {
  const w = new Writer();
  writeSupportedVersionsServerHelloOrHelloRetryRequest(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.2.2 */
export interface Cookie {
  /** Wire: <1..65535> bytes. */
  cookie: Uint8Array;
}

/** What {@link encodeCookie} takes: a {@link Cookie}, where fields with a default may be left out. */
export interface CookieInput {
  cookie: Uint8Array;
}

/** Read a {@link Cookie} at the reader's position. */
export function readCookie(r: Reader): Cookie {
  const f = F.Cookie;
  const cookie = r.opaque(f.cookie);
  return { cookie };
}

/** Write a {@link Cookie}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeCookie(w: Writer, v: CookieInput): void {
  const f = F.Cookie;
  expectObject(v, f.$);
  w.opaque(v.cookie, f.cookie);
}

/**
 * Decode a whole {@link Cookie}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeCookie(bytes: Uint8Array, limits?: DecodeLimits): Cookie {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Cookie.$);
  const v = readCookie(r);
  r.done(F.Cookie.$);
  return v;
}

/** Encode a {@link Cookie}. */
export function encodeCookie(v: CookieInput): Uint8Array {
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
  const f = F.DistinguishedName;
  const value = r.opaque(f.$);
  return value;
}

/** Write a {@link DistinguishedName}. */
export function writeDistinguishedName(w: Writer, v: DistinguishedName): void {
  const f = F.DistinguishedName;
  w.opaque(v, f.$);
}

/** @see RFC 8446 §4.2.4 */
export interface CertificateAuthoritiesExtension {
  /** Wire: <3..65535> bytes. */
  authorities: DistinguishedName[];
}

/**
 * What {@link encodeCertificateAuthoritiesExtension} takes: a {@link CertificateAuthoritiesExtension}, where
 * fields with a default may be left out.
 */
export interface CertificateAuthoritiesExtensionInput {
  authorities: readonly DistinguishedName[];
}

/** Read a {@link CertificateAuthoritiesExtension} at the reader's position. */
export function readCertificateAuthoritiesExtension(r: Reader): CertificateAuthoritiesExtension {
  const f = F.CertificateAuthoritiesExtension;
  const authoritiesEnd = r.enterVector(f.authorities);
  const authorities: DistinguishedName[] = [];
  try {
    while (r.pos < r.end) authorities.push(readDistinguishedName(r));
  } catch (e) {
    throw nestedAt(e, f.authorities, authorities.length);
  }
  r.leave(authoritiesEnd, f.authorities);
  return { authorities };
}

/**
 * Write a {@link CertificateAuthoritiesExtension}; throws EncodeError naming the field for a value the spec
 * does not allow.
 */
export function writeCertificateAuthoritiesExtension(
  w: Writer,
  v: CertificateAuthoritiesExtensionInput,
): void {
  const f = F.CertificateAuthoritiesExtension;
  expectObject(v, f.$);
  const authoritiesMark = w.beginVector(f.authorities);
  const authoritiesItems = expectArray(v.authorities, f.authorities);
  let authoritiesI = 0;
  try {
    for (; authoritiesI < authoritiesItems.length; authoritiesI++)
      writeDistinguishedName(w, authoritiesItems[authoritiesI]!);
  } catch (e) {
    throw nestedAt(e, f.authorities, authoritiesI);
  }
  w.endVector(authoritiesMark, f.authorities);
}

/**
 * Decode a whole {@link CertificateAuthoritiesExtension}: trailing bytes are an error. Opaque fields are
 * views into `bytes`; `limits` bound what one decode may cost.
 */
export function decodeCertificateAuthoritiesExtension(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): CertificateAuthoritiesExtension {
  const r = new Reader(bytes, 0, bytes.length, limits, F.CertificateAuthoritiesExtension.$);
  const v = readCertificateAuthoritiesExtension(r);
  r.done(F.CertificateAuthoritiesExtension.$);
  return v;
}

/** Encode a {@link CertificateAuthoritiesExtension}. */
export function encodeCertificateAuthoritiesExtension(v: CertificateAuthoritiesExtensionInput): Uint8Array {
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

/** What {@link encodeOIDFilter} takes: a {@link OIDFilter}, where fields with a default may be left out. */
export interface OIDFilterInput {
  certificate_extension_oid: Uint8Array;
  certificate_extension_values: Uint8Array;
}

/** Read a {@link OIDFilter} at the reader's position. */
export function readOIDFilter(r: Reader): OIDFilter {
  const f = F.OIDFilter;
  const certificate_extension_oid = r.opaque(f.certificate_extension_oid);
  const certificate_extension_values = r.opaque(f.certificate_extension_values);
  return { certificate_extension_oid, certificate_extension_values };
}

/** Write a {@link OIDFilter}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeOIDFilter(w: Writer, v: OIDFilterInput): void {
  const f = F.OIDFilter;
  expectObject(v, f.$);
  w.opaque(v.certificate_extension_oid, f.certificate_extension_oid);
  w.opaque(v.certificate_extension_values, f.certificate_extension_values);
}

/**
 * Decode a whole {@link OIDFilter}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeOIDFilter(bytes: Uint8Array, limits?: DecodeLimits): OIDFilter {
  const r = new Reader(bytes, 0, bytes.length, limits, F.OIDFilter.$);
  const v = readOIDFilter(r);
  r.done(F.OIDFilter.$);
  return v;
}

/** Encode a {@link OIDFilter}. */
export function encodeOIDFilter(v: OIDFilterInput): Uint8Array {
  const w = new Writer();
  writeOIDFilter(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.2.5 */
export interface OIDFilterExtension {
  /** Wire: <0..65535> bytes. */
  filters: OIDFilter[];
}

/**
 * What {@link encodeOIDFilterExtension} takes: a {@link OIDFilterExtension}, where fields with a default may
 * be left out.
 */
export interface OIDFilterExtensionInput {
  filters: readonly OIDFilterInput[];
}

/** Read a {@link OIDFilterExtension} at the reader's position. */
export function readOIDFilterExtension(r: Reader): OIDFilterExtension {
  const f = F.OIDFilterExtension;
  const filtersEnd = r.enterVector(f.filters);
  const filters: OIDFilter[] = [];
  try {
    while (r.pos < r.end) filters.push(readOIDFilter(r));
  } catch (e) {
    throw nestedAt(e, f.filters, filters.length);
  }
  r.leave(filtersEnd, f.filters);
  return { filters };
}

/**
 * Write a {@link OIDFilterExtension}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeOIDFilterExtension(w: Writer, v: OIDFilterExtensionInput): void {
  const f = F.OIDFilterExtension;
  expectObject(v, f.$);
  const filtersMark = w.beginVector(f.filters);
  const filtersItems = expectArray(v.filters, f.filters);
  let filtersI = 0;
  try {
    for (; filtersI < filtersItems.length; filtersI++) writeOIDFilter(w, filtersItems[filtersI]!);
  } catch (e) {
    throw nestedAt(e, f.filters, filtersI);
  }
  w.endVector(filtersMark, f.filters);
}

/**
 * Decode a whole {@link OIDFilterExtension}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeOIDFilterExtension(bytes: Uint8Array, limits?: DecodeLimits): OIDFilterExtension {
  const r = new Reader(bytes, 0, bytes.length, limits, F.OIDFilterExtension.$);
  const v = readOIDFilterExtension(r);
  r.done(F.OIDFilterExtension.$);
  return v;
}

/** Encode a {@link OIDFilterExtension}. */
export function encodeOIDFilterExtension(v: OIDFilterExtensionInput): Uint8Array {
  const w = new Writer();
  writeOIDFilterExtension(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.2.6 */
export interface PostHandshakeAuth {}

/**
 * What {@link encodePostHandshakeAuth} takes: a {@link PostHandshakeAuth}, where fields with a default may be
 * left out.
 */
export interface PostHandshakeAuthInput {}

/** Read a {@link PostHandshakeAuth} at the reader's position. */
export function readPostHandshakeAuth(r: Reader): PostHandshakeAuth {
  return {};
}

/**
 * Write a {@link PostHandshakeAuth}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writePostHandshakeAuth(w: Writer, v: PostHandshakeAuthInput): void {
  const f = F.PostHandshakeAuth;
  expectObject(v, f.$);
}

/**
 * Decode a whole {@link PostHandshakeAuth}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodePostHandshakeAuth(bytes: Uint8Array, limits?: DecodeLimits): PostHandshakeAuth {
  const r = new Reader(bytes, 0, bytes.length, limits, F.PostHandshakeAuth.$);
  const v = readPostHandshakeAuth(r);
  r.done(F.PostHandshakeAuth.$);
  return v;
}

/** Encode a {@link PostHandshakeAuth}. */
export function encodePostHandshakeAuth(v: PostHandshakeAuthInput): Uint8Array {
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

/**
 * What {@link encodeKeyShareEntry} takes: a {@link KeyShareEntry}, where fields with a default may be left
 * out.
 */
export interface KeyShareEntryInput {
  group: NamedGroup;
  key_exchange: Uint8Array;
}

/** Read a {@link KeyShareEntry} at the reader's position. */
export function readKeyShareEntry(r: Reader): KeyShareEntry {
  const f = F.KeyShareEntry;
  const group = r.u16(f.group);
  const key_exchange = r.opaque(f.key_exchange);
  return { group, key_exchange };
}

/** Write a {@link KeyShareEntry}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeKeyShareEntry(w: Writer, v: KeyShareEntryInput): void {
  const f = F.KeyShareEntry;
  expectObject(v, f.$);
  w.u16(v.group, f.group);
  w.opaque(v.key_exchange, f.key_exchange);
}

/**
 * Decode a whole {@link KeyShareEntry}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeKeyShareEntry(bytes: Uint8Array, limits?: DecodeLimits): KeyShareEntry {
  const r = new Reader(bytes, 0, bytes.length, limits, F.KeyShareEntry.$);
  const v = readKeyShareEntry(r);
  r.done(F.KeyShareEntry.$);
  return v;
}

/** Encode a {@link KeyShareEntry}. */
export function encodeKeyShareEntry(v: KeyShareEntryInput): Uint8Array {
  const w = new Writer();
  writeKeyShareEntry(w, v);
  return w.finish();
}

/** What decoding or encoding a {@link KeyShare} needs to know that is not on the wire. */
export interface KeyShareContext {
  msgType: HandshakeType;
}

/** The variants of KeyShare.body, keyed by msg_type. */
export type KeyShareBody =
  | { case: 'client_hello'; value: KeyShareClientHello }
  | { case: 'hello_retry_request'; value: KeyShareHelloRetryRequest }
  | { case: 'server_hello'; value: KeyShareServerHello }
  | { case: undefined; value: Uint8Array };
/** {@link KeyShareBody} as an encoder takes it: the context fixes the case, so `case` may be left out. */
export type KeyShareBodyInput =
  | { case?: 'client_hello'; value: KeyShareClientHelloInput }
  | { case?: 'hello_retry_request'; value: KeyShareHelloRetryRequestInput }
  | { case?: 'server_hello'; value: KeyShareServerHelloInput }
  | { case?: undefined; value: Uint8Array };

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

/** What {@link encodeKeyShare} takes: a {@link KeyShare}, where fields with a default may be left out. */
export interface KeyShareInput {
  body: KeyShareBodyInput;
}

/** Read a {@link KeyShare} at the reader's position. */
export function readKeyShare(r: Reader, ctx: KeyShareContext): KeyShare {
  const f = F.KeyShare;
  let body: KeyShareBody;
  try {
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
    }
  } catch (e) {
    throw nested(e, f.body, '');
  }
  return { body };
}

/** Write a {@link KeyShare}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeKeyShare(w: Writer, v: KeyShareInput, ctx: KeyShareContext): void {
  const f = F.KeyShare;
  expectObject(v, f.$);
  const bodyValue = expectObject(v.body, f.body);
  try {
    switch (ctx.msgType) {
      case HandshakeType.client_hello: {
        expectCase(bodyValue.case, 'client_hello', f.body);
        writeKeyShareClientHello(w, bodyValue.value as KeyShareClientHelloInput);
        break;
      }
      case HandshakeType.hello_retry_request: {
        expectCase(bodyValue.case, 'hello_retry_request', f.body);
        writeKeyShareHelloRetryRequest(w, bodyValue.value as KeyShareHelloRetryRequestInput);
        break;
      }
      case HandshakeType.server_hello: {
        expectCase(bodyValue.case, 'server_hello', f.body);
        writeKeyShareServerHello(w, bodyValue.value as KeyShareServerHelloInput);
        break;
      }
      default: {
        expectCase(bodyValue.case, undefined, f.body);
        w.raw(bodyValue.value as Uint8Array, f.body);
      }
    }
  } catch (e) {
    throw nested(e, f.body, '');
  }
}

/**
 * Decode a whole {@link KeyShare}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeKeyShare(bytes: Uint8Array, ctx: KeyShareContext, limits?: DecodeLimits): KeyShare {
  const r = new Reader(bytes, 0, bytes.length, limits, F.KeyShare.$);
  const v = readKeyShare(r, ctx);
  r.done(F.KeyShare.$);
  return v;
}

/** Encode a {@link KeyShare}. */
export function encodeKeyShare(v: KeyShareInput, ctx: KeyShareContext): Uint8Array {
  const w = new Writer();
  writeKeyShare(w, v, ctx);
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

/**
 * What {@link encodeKeyShareClientHello} takes: a {@link KeyShareClientHello}, where fields with a default
 * may be left out.
 */
export interface KeyShareClientHelloInput {
  client_shares: readonly KeyShareEntryInput[];
}

/** Read a {@link KeyShareClientHello} at the reader's position. */
export function readKeyShareClientHello(r: Reader): KeyShareClientHello {
  const f = F.KeyShareClientHello;
  const client_sharesEnd = r.enterVector(f.client_shares);
  const client_shares: KeyShareEntry[] = [];
  try {
    while (r.pos < r.end) client_shares.push(readKeyShareEntry(r));
  } catch (e) {
    throw nestedAt(e, f.client_shares, client_shares.length);
  }
  r.leave(client_sharesEnd, f.client_shares);
  return { client_shares };
}

/**
 * Write a {@link KeyShareClientHello}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeKeyShareClientHello(w: Writer, v: KeyShareClientHelloInput): void {
  const f = F.KeyShareClientHello;
  expectObject(v, f.$);
  const client_sharesMark = w.beginVector(f.client_shares);
  const client_sharesItems = expectArray(v.client_shares, f.client_shares);
  let client_sharesI = 0;
  try {
    for (; client_sharesI < client_sharesItems.length; client_sharesI++)
      writeKeyShareEntry(w, client_sharesItems[client_sharesI]!);
  } catch (e) {
    throw nestedAt(e, f.client_shares, client_sharesI);
  }
  w.endVector(client_sharesMark, f.client_shares);
}

/**
 * Decode a whole {@link KeyShareClientHello}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeKeyShareClientHello(bytes: Uint8Array, limits?: DecodeLimits): KeyShareClientHello {
  const r = new Reader(bytes, 0, bytes.length, limits, F.KeyShareClientHello.$);
  const v = readKeyShareClientHello(r);
  r.done(F.KeyShareClientHello.$);
  return v;
}

/** Encode a {@link KeyShareClientHello}. */
export function encodeKeyShareClientHello(v: KeyShareClientHelloInput): Uint8Array {
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

/**
 * What {@link encodeKeyShareHelloRetryRequest} takes: a {@link KeyShareHelloRetryRequest}, where fields with
 * a default may be left out.
 */
export interface KeyShareHelloRetryRequestInput {
  selected_group: NamedGroup;
}

/** Read a {@link KeyShareHelloRetryRequest} at the reader's position. */
export function readKeyShareHelloRetryRequest(r: Reader): KeyShareHelloRetryRequest {
  const f = F.KeyShareHelloRetryRequest;
  const selected_group = r.u16(f.selected_group);
  return { selected_group };
}

/**
 * Write a {@link KeyShareHelloRetryRequest}; throws EncodeError naming the field for a value the spec does
 * not allow.
 */
export function writeKeyShareHelloRetryRequest(w: Writer, v: KeyShareHelloRetryRequestInput): void {
  const f = F.KeyShareHelloRetryRequest;
  expectObject(v, f.$);
  w.u16(v.selected_group, f.selected_group);
}

/**
 * Decode a whole {@link KeyShareHelloRetryRequest}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeKeyShareHelloRetryRequest(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): KeyShareHelloRetryRequest {
  const r = new Reader(bytes, 0, bytes.length, limits, F.KeyShareHelloRetryRequest.$);
  const v = readKeyShareHelloRetryRequest(r);
  r.done(F.KeyShareHelloRetryRequest.$);
  return v;
}

/** Encode a {@link KeyShareHelloRetryRequest}. */
export function encodeKeyShareHelloRetryRequest(v: KeyShareHelloRetryRequestInput): Uint8Array {
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

/**
 * What {@link encodeKeyShareServerHello} takes: a {@link KeyShareServerHello}, where fields with a default
 * may be left out.
 */
export interface KeyShareServerHelloInput {
  server_share: KeyShareEntryInput;
}

/** Read a {@link KeyShareServerHello} at the reader's position. */
export function readKeyShareServerHello(r: Reader): KeyShareServerHello {
  const f = F.KeyShareServerHello;
  let server_share: KeyShareEntry;
  try {
    server_share = readKeyShareEntry(r);
  } catch (e) {
    throw nested(e, f.server_share, 'server_share');
  }
  return { server_share };
}

/**
 * Write a {@link KeyShareServerHello}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeKeyShareServerHello(w: Writer, v: KeyShareServerHelloInput): void {
  const f = F.KeyShareServerHello;
  expectObject(v, f.$);
  try {
    writeKeyShareEntry(w, v.server_share);
  } catch (e) {
    throw nested(e, f.server_share, 'server_share');
  }
}

/**
 * Decode a whole {@link KeyShareServerHello}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeKeyShareServerHello(bytes: Uint8Array, limits?: DecodeLimits): KeyShareServerHello {
  const r = new Reader(bytes, 0, bytes.length, limits, F.KeyShareServerHello.$);
  const v = readKeyShareServerHello(r);
  r.done(F.KeyShareServerHello.$);
  return v;
}

/** Encode a {@link KeyShareServerHello}. */
export function encodeKeyShareServerHello(v: KeyShareServerHelloInput): Uint8Array {
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
export const PskKeyExchangeModeNames: ReadonlyMap<number, string> = new Map(
  Object.entries(PskKeyExchangeMode).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function PskKeyExchangeModeName(value: number): string {
  return enumName(PskKeyExchangeModeNames, value, 1);
}

/** @see RFC 8446 §4.2.9 */
export interface PskKeyExchangeModes {
  /** Wire: <1..255> bytes. */
  ke_modes: PskKeyExchangeMode[];
}

/**
 * What {@link encodePskKeyExchangeModes} takes: a {@link PskKeyExchangeModes}, where fields with a default
 * may be left out.
 */
export interface PskKeyExchangeModesInput {
  ke_modes: readonly PskKeyExchangeMode[];
}

/** Read a {@link PskKeyExchangeModes} at the reader's position. */
export function readPskKeyExchangeModes(r: Reader): PskKeyExchangeModes {
  const f = F.PskKeyExchangeModes;
  const ke_modes: PskKeyExchangeMode[] = r.intVector(1, f.ke_modes);
  return { ke_modes };
}

/**
 * Write a {@link PskKeyExchangeModes}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writePskKeyExchangeModes(w: Writer, v: PskKeyExchangeModesInput): void {
  const f = F.PskKeyExchangeModes;
  expectObject(v, f.$);
  const ke_modesMark = w.beginVector(f.ke_modes);
  for (const item of expectArray(v.ke_modes, f.ke_modes)) {
    w.u8(item, f.ke_modes);
  }
  w.endVector(ke_modesMark, f.ke_modes);
}

/**
 * Decode a whole {@link PskKeyExchangeModes}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodePskKeyExchangeModes(bytes: Uint8Array, limits?: DecodeLimits): PskKeyExchangeModes {
  const r = new Reader(bytes, 0, bytes.length, limits, F.PskKeyExchangeModes.$);
  const v = readPskKeyExchangeModes(r);
  r.done(F.PskKeyExchangeModes.$);
  return v;
}

/** Encode a {@link PskKeyExchangeModes}. */
export function encodePskKeyExchangeModes(v: PskKeyExchangeModesInput): Uint8Array {
  const w = new Writer();
  writePskKeyExchangeModes(w, v);
  return w.finish();
}

/** What decoding or encoding a {@link EarlyDataIndication} needs to know that is not on the wire. */
export interface EarlyDataIndicationContext {
  msgType: HandshakeType;
}

/** The variants of EarlyDataIndication.body, keyed by msg_type. */
export type EarlyDataIndicationBody =
  | { case: 'new_session_ticket'; value: EarlyDataIndicationNewSessionTicket }
  | { case: 'client_hello'; value: Empty }
  | { case: 'encrypted_extensions'; value: Empty }
  | { case: undefined; value: Uint8Array };
/**
 * {@link EarlyDataIndicationBody} as an encoder takes it: the context fixes the case, so `case` may be left
 * out.
 */
export type EarlyDataIndicationBodyInput =
  | { case?: 'new_session_ticket'; value: EarlyDataIndicationNewSessionTicketInput }
  | { case?: 'client_hello'; value: EmptyInput }
  | { case?: 'encrypted_extensions'; value: EmptyInput }
  | { case?: undefined; value: Uint8Array };

/**
 * Empty in the ClientHello and EncryptedExtensions; in a NewSessionTicket, the most early data
 * (in bytes) the server accepts with that ticket.
 * @see RFC 8446 §4.2.10
 */
export interface EarlyDataIndication {
  body: EarlyDataIndicationBody;
}

/**
 * What {@link encodeEarlyDataIndication} takes: a {@link EarlyDataIndication}, where fields with a default
 * may be left out.
 */
export interface EarlyDataIndicationInput {
  body: EarlyDataIndicationBodyInput;
}

/** Read a {@link EarlyDataIndication} at the reader's position. */
export function readEarlyDataIndication(r: Reader, ctx: EarlyDataIndicationContext): EarlyDataIndication {
  const f = F.EarlyDataIndication;
  let body: EarlyDataIndicationBody;
  try {
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
    }
  } catch (e) {
    throw nested(e, f.body, '');
  }
  return { body };
}

/**
 * Write a {@link EarlyDataIndication}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeEarlyDataIndication(
  w: Writer,
  v: EarlyDataIndicationInput,
  ctx: EarlyDataIndicationContext,
): void {
  const f = F.EarlyDataIndication;
  expectObject(v, f.$);
  const bodyValue = expectObject(v.body, f.body);
  try {
    switch (ctx.msgType) {
      case HandshakeType.new_session_ticket: {
        expectCase(bodyValue.case, 'new_session_ticket', f.body);
        writeEarlyDataIndicationNewSessionTicket(
          w,
          bodyValue.value as EarlyDataIndicationNewSessionTicketInput,
        );
        break;
      }
      case HandshakeType.client_hello: {
        expectCase(bodyValue.case, 'client_hello', f.body);
        writeEmpty(w, bodyValue.value as EmptyInput);
        break;
      }
      case HandshakeType.encrypted_extensions: {
        expectCase(bodyValue.case, 'encrypted_extensions', f.body);
        writeEmpty(w, bodyValue.value as EmptyInput);
        break;
      }
      default: {
        expectCase(bodyValue.case, undefined, f.body);
        w.raw(bodyValue.value as Uint8Array, f.body);
      }
    }
  } catch (e) {
    throw nested(e, f.body, '');
  }
}

/**
 * Decode a whole {@link EarlyDataIndication}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeEarlyDataIndication(
  bytes: Uint8Array,
  ctx: EarlyDataIndicationContext,
  limits?: DecodeLimits,
): EarlyDataIndication {
  const r = new Reader(bytes, 0, bytes.length, limits, F.EarlyDataIndication.$);
  const v = readEarlyDataIndication(r, ctx);
  r.done(F.EarlyDataIndication.$);
  return v;
}

/** Encode a {@link EarlyDataIndication}. */
export function encodeEarlyDataIndication(
  v: EarlyDataIndicationInput,
  ctx: EarlyDataIndicationContext,
): Uint8Array {
  const w = new Writer();
  writeEarlyDataIndication(w, v, ctx);
  return w.finish();
}

/**
 * The new_session_ticket arm of EarlyDataIndication.
 * @see RFC 8446 §4.2.10
 */
export interface EarlyDataIndicationNewSessionTicket {
  max_early_data_size: number;
}

/**
 * What {@link encodeEarlyDataIndicationNewSessionTicket} takes: a
 * {@link EarlyDataIndicationNewSessionTicket}, where fields with a default may be left out.
 */
export interface EarlyDataIndicationNewSessionTicketInput {
  max_early_data_size: number;
}

/** Read a {@link EarlyDataIndicationNewSessionTicket} at the reader's position. */
export function readEarlyDataIndicationNewSessionTicket(r: Reader): EarlyDataIndicationNewSessionTicket {
  const f = F.EarlyDataIndicationNewSessionTicket;
  const max_early_data_size = r.u32(f.max_early_data_size);
  return { max_early_data_size };
}

/**
 * Write a {@link EarlyDataIndicationNewSessionTicket}; throws EncodeError naming the field for a value the
 * spec does not allow.
 */
export function writeEarlyDataIndicationNewSessionTicket(
  w: Writer,
  v: EarlyDataIndicationNewSessionTicketInput,
): void {
  const f = F.EarlyDataIndicationNewSessionTicket;
  expectObject(v, f.$);
  w.u32(v.max_early_data_size, f.max_early_data_size);
}

/**
 * Decode a whole {@link EarlyDataIndicationNewSessionTicket}: trailing bytes are an error. Opaque fields are
 * views into `bytes`; `limits` bound what one decode may cost.
 */
export function decodeEarlyDataIndicationNewSessionTicket(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): EarlyDataIndicationNewSessionTicket {
  const r = new Reader(bytes, 0, bytes.length, limits, F.EarlyDataIndicationNewSessionTicket.$);
  const v = readEarlyDataIndicationNewSessionTicket(r);
  r.done(F.EarlyDataIndicationNewSessionTicket.$);
  return v;
}

/** Encode a {@link EarlyDataIndicationNewSessionTicket}. */
export function encodeEarlyDataIndicationNewSessionTicket(
  v: EarlyDataIndicationNewSessionTicketInput,
): Uint8Array {
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

/**
 * What {@link encodePskIdentity} takes: a {@link PskIdentity}, where fields with a default may be left out.
 */
export interface PskIdentityInput {
  identity: Uint8Array;
  obfuscated_ticket_age: number;
}

/** Read a {@link PskIdentity} at the reader's position. */
export function readPskIdentity(r: Reader): PskIdentity {
  const f = F.PskIdentity;
  const identity = r.opaque(f.identity);
  const obfuscated_ticket_age = r.u32(f.obfuscated_ticket_age);
  return { identity, obfuscated_ticket_age };
}

/** Write a {@link PskIdentity}; throws EncodeError naming the field for a value the spec does not allow. */
export function writePskIdentity(w: Writer, v: PskIdentityInput): void {
  const f = F.PskIdentity;
  expectObject(v, f.$);
  w.opaque(v.identity, f.identity);
  w.u32(v.obfuscated_ticket_age, f.obfuscated_ticket_age);
}

/**
 * Decode a whole {@link PskIdentity}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodePskIdentity(bytes: Uint8Array, limits?: DecodeLimits): PskIdentity {
  const r = new Reader(bytes, 0, bytes.length, limits, F.PskIdentity.$);
  const v = readPskIdentity(r);
  r.done(F.PskIdentity.$);
  return v;
}

/** Encode a {@link PskIdentity}. */
export function encodePskIdentity(v: PskIdentityInput): Uint8Array {
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
  const f = F.PskBinderEntry;
  const value = r.opaque(f.$);
  return value;
}

/** Write a {@link PskBinderEntry}. */
export function writePskBinderEntry(w: Writer, v: PskBinderEntry): void {
  const f = F.PskBinderEntry;
  w.opaque(v, f.$);
}

/**
 * The binders are HMACs over the ClientHello up to the binders list (section 4.2.11.2): readers
 * and writers mark where the list starts (`marks['OfferedPsks.binders']`).
 * @see RFC 8446 §4.2.11
 */
export interface OfferedPsks {
  /** Wire: <7..65535> bytes. */
  identities: PskIdentity[];
  /**
   * Wire: <33..65535> bytes. Its position is recorded in `reader.marks['OfferedPsks.binders']` and
   * `writer.marks`.
   */
  binders: PskBinderEntry[];
}

/**
 * What {@link encodeOfferedPsks} takes: a {@link OfferedPsks}, where fields with a default may be left out.
 */
export interface OfferedPsksInput {
  identities: readonly PskIdentityInput[];
  binders: readonly PskBinderEntry[];
}

/** Read a {@link OfferedPsks} at the reader's position. */
export function readOfferedPsks(r: Reader): OfferedPsks {
  const f = F.OfferedPsks;
  const identitiesEnd = r.enterVector(f.identities);
  const identities: PskIdentity[] = [];
  try {
    while (r.pos < r.end) identities.push(readPskIdentity(r));
  } catch (e) {
    throw nestedAt(e, f.identities, identities.length);
  }
  r.leave(identitiesEnd, f.identities);
  r.mark(f.binders);
  const bindersEnd = r.enterVector(f.binders);
  const binders: PskBinderEntry[] = [];
  try {
    while (r.pos < r.end) binders.push(readPskBinderEntry(r));
  } catch (e) {
    throw nestedAt(e, f.binders, binders.length);
  }
  r.leave(bindersEnd, f.binders);
  return { identities, binders };
}

/** Write a {@link OfferedPsks}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeOfferedPsks(w: Writer, v: OfferedPsksInput): void {
  const f = F.OfferedPsks;
  expectObject(v, f.$);
  const identitiesMark = w.beginVector(f.identities);
  const identitiesItems = expectArray(v.identities, f.identities);
  let identitiesI = 0;
  try {
    for (; identitiesI < identitiesItems.length; identitiesI++)
      writePskIdentity(w, identitiesItems[identitiesI]!);
  } catch (e) {
    throw nestedAt(e, f.identities, identitiesI);
  }
  w.endVector(identitiesMark, f.identities);
  w.mark(f.binders);
  const bindersMark = w.beginVector(f.binders);
  const bindersItems = expectArray(v.binders, f.binders);
  let bindersI = 0;
  try {
    for (; bindersI < bindersItems.length; bindersI++) writePskBinderEntry(w, bindersItems[bindersI]!);
  } catch (e) {
    throw nestedAt(e, f.binders, bindersI);
  }
  w.endVector(bindersMark, f.binders);
}

/**
 * Decode a whole {@link OfferedPsks}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeOfferedPsks(bytes: Uint8Array, limits?: DecodeLimits): OfferedPsks {
  const r = new Reader(bytes, 0, bytes.length, limits, F.OfferedPsks.$);
  const v = readOfferedPsks(r);
  r.done(F.OfferedPsks.$);
  return v;
}

/** Encode a {@link OfferedPsks}. */
export function encodeOfferedPsks(v: OfferedPsksInput): Uint8Array {
  const w = new Writer();
  writeOfferedPsks(w, v);
  return w.finish();
}

/** What decoding or encoding a {@link PreSharedKeyExtension} needs to know that is not on the wire. */
export interface PreSharedKeyExtensionContext {
  msgType: HandshakeType;
}

/** The variants of PreSharedKeyExtension.body, keyed by msg_type. */
export type PreSharedKeyExtensionBody =
  | { case: 'client_hello'; value: OfferedPsks }
  | { case: 'server_hello'; value: PreSharedKeyExtensionServerHello }
  | { case: undefined; value: Uint8Array };
/**
 * {@link PreSharedKeyExtensionBody} as an encoder takes it: the context fixes the case, so `case` may be left
 * out.
 */
export type PreSharedKeyExtensionBodyInput =
  | { case?: 'client_hello'; value: OfferedPsksInput }
  | { case?: 'server_hello'; value: PreSharedKeyExtensionServerHelloInput }
  | { case?: undefined; value: Uint8Array };

/**
 * The client offers identities (this MUST be the last extension of the ClientHello, section
 * 4.2.11 - the handshake's check); the server answers with the index of the one it chose.
 * @see RFC 8446 §4.2.11
 */
export interface PreSharedKeyExtension {
  body: PreSharedKeyExtensionBody;
}

/**
 * What {@link encodePreSharedKeyExtension} takes: a {@link PreSharedKeyExtension}, where fields with a
 * default may be left out.
 */
export interface PreSharedKeyExtensionInput {
  body: PreSharedKeyExtensionBodyInput;
}

/** Read a {@link PreSharedKeyExtension} at the reader's position. */
export function readPreSharedKeyExtension(
  r: Reader,
  ctx: PreSharedKeyExtensionContext,
): PreSharedKeyExtension {
  const f = F.PreSharedKeyExtension;
  let body: PreSharedKeyExtensionBody;
  try {
    switch (ctx.msgType) {
      case HandshakeType.client_hello:
        body = { case: 'client_hello', value: readOfferedPsks(r) };
        break;
      case HandshakeType.server_hello:
        body = { case: 'server_hello', value: readPreSharedKeyExtensionServerHello(r) };
        break;
      default:
        body = { case: undefined, value: r.rest() };
    }
  } catch (e) {
    throw nested(e, f.body, '');
  }
  return { body };
}

/**
 * Write a {@link PreSharedKeyExtension}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writePreSharedKeyExtension(
  w: Writer,
  v: PreSharedKeyExtensionInput,
  ctx: PreSharedKeyExtensionContext,
): void {
  const f = F.PreSharedKeyExtension;
  expectObject(v, f.$);
  const bodyValue = expectObject(v.body, f.body);
  try {
    switch (ctx.msgType) {
      case HandshakeType.client_hello: {
        expectCase(bodyValue.case, 'client_hello', f.body);
        writeOfferedPsks(w, bodyValue.value as OfferedPsksInput);
        break;
      }
      case HandshakeType.server_hello: {
        expectCase(bodyValue.case, 'server_hello', f.body);
        writePreSharedKeyExtensionServerHello(w, bodyValue.value as PreSharedKeyExtensionServerHelloInput);
        break;
      }
      default: {
        expectCase(bodyValue.case, undefined, f.body);
        w.raw(bodyValue.value as Uint8Array, f.body);
      }
    }
  } catch (e) {
    throw nested(e, f.body, '');
  }
}

/**
 * Decode a whole {@link PreSharedKeyExtension}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodePreSharedKeyExtension(
  bytes: Uint8Array,
  ctx: PreSharedKeyExtensionContext,
  limits?: DecodeLimits,
): PreSharedKeyExtension {
  const r = new Reader(bytes, 0, bytes.length, limits, F.PreSharedKeyExtension.$);
  const v = readPreSharedKeyExtension(r, ctx);
  r.done(F.PreSharedKeyExtension.$);
  return v;
}

/** Encode a {@link PreSharedKeyExtension}. */
export function encodePreSharedKeyExtension(
  v: PreSharedKeyExtensionInput,
  ctx: PreSharedKeyExtensionContext,
): Uint8Array {
  const w = new Writer();
  writePreSharedKeyExtension(w, v, ctx);
  return w.finish();
}

/**
 * The server_hello arm of PreSharedKeyExtension.
 * @see RFC 8446 §4.2.11
 */
export interface PreSharedKeyExtensionServerHello {
  selected_identity: number;
}

/**
 * What {@link encodePreSharedKeyExtensionServerHello} takes: a {@link PreSharedKeyExtensionServerHello},
 * where fields with a default may be left out.
 */
export interface PreSharedKeyExtensionServerHelloInput {
  selected_identity: number;
}

/** Read a {@link PreSharedKeyExtensionServerHello} at the reader's position. */
export function readPreSharedKeyExtensionServerHello(r: Reader): PreSharedKeyExtensionServerHello {
  const f = F.PreSharedKeyExtensionServerHello;
  const selected_identity = r.u16(f.selected_identity);
  return { selected_identity };
}

/**
 * Write a {@link PreSharedKeyExtensionServerHello}; throws EncodeError naming the field for a value the spec
 * does not allow.
 */
export function writePreSharedKeyExtensionServerHello(
  w: Writer,
  v: PreSharedKeyExtensionServerHelloInput,
): void {
  const f = F.PreSharedKeyExtensionServerHello;
  expectObject(v, f.$);
  w.u16(v.selected_identity, f.selected_identity);
}

/**
 * Decode a whole {@link PreSharedKeyExtensionServerHello}: trailing bytes are an error. Opaque fields are
 * views into `bytes`; `limits` bound what one decode may cost.
 */
export function decodePreSharedKeyExtensionServerHello(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): PreSharedKeyExtensionServerHello {
  const r = new Reader(bytes, 0, bytes.length, limits, F.PreSharedKeyExtensionServerHello.$);
  const v = readPreSharedKeyExtensionServerHello(r);
  r.done(F.PreSharedKeyExtensionServerHello.$);
  return v;
}

/** Encode a {@link PreSharedKeyExtensionServerHello}. */
export function encodePreSharedKeyExtensionServerHello(v: PreSharedKeyExtensionServerHelloInput): Uint8Array {
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

/**
 * What {@link encodeRenegotiationInfo} takes: a {@link RenegotiationInfo}, where fields with a default may be
 * left out.
 */
export interface RenegotiationInfoInput {
  renegotiated_connection: Uint8Array;
}

/** Read a {@link RenegotiationInfo} at the reader's position. */
export function readRenegotiationInfo(r: Reader): RenegotiationInfo {
  const f = F.RenegotiationInfo;
  const renegotiated_connection = r.opaque(f.renegotiated_connection);
  return { renegotiated_connection };
}

/**
 * Write a {@link RenegotiationInfo}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeRenegotiationInfo(w: Writer, v: RenegotiationInfoInput): void {
  const f = F.RenegotiationInfo;
  expectObject(v, f.$);
  w.opaque(v.renegotiated_connection, f.renegotiated_connection);
}

/**
 * Decode a whole {@link RenegotiationInfo}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeRenegotiationInfo(bytes: Uint8Array, limits?: DecodeLimits): RenegotiationInfo {
  const r = new Reader(bytes, 0, bytes.length, limits, F.RenegotiationInfo.$);
  const v = readRenegotiationInfo(r);
  r.done(F.RenegotiationInfo.$);
  return v;
}

/** Encode a {@link RenegotiationInfo}. */
export function encodeRenegotiationInfo(v: RenegotiationInfoInput): Uint8Array {
  const w = new Writer();
  writeRenegotiationInfo(w, v);
  return w.finish();
}

/** Where each field is in specs/tls/extensions.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/tls/extensions.spec', {
  Extension: {
    $: 77,
    extension_type: 53,
    extension_data: { line: 76, minLength: 0, maxLength: 2 ** 16 - 1 },
  },
  RecordSizeLimit: {
    $: { line: 236, min: 64 },
  },
  HostName: {
    $: { line: 88, minLength: 1, maxLength: 2 ** 16 - 1 },
  },
  ServerName: {
    $: 102,
    name_type: 98,
    name: 101,
  },
  ServerNameHostName: {
    $: 100,
    host_name: { line: 100, minLength: 1, maxLength: 2 ** 16 - 1 },
  },
  ServerNameList: {
    $: 107,
    server_name_list: { line: 106, minLength: 1, maxLength: 2 ** 16 - 1 },
  },
  ServerNameExtension: {
    $: 122,
    body: 116,
  },
  ResponderID: {
    $: { line: 131, minLength: 1, maxLength: 2 ** 16 - 1 },
  },
  Extensions: {
    $: { line: 135, minLength: 0, maxLength: 2 ** 16 - 1 },
  },
  OCSPStatusRequest: {
    $: 141,
    responder_id_list: { line: 139, minLength: 0, maxLength: 2 ** 16 - 1 },
    request_extensions: { line: 140, minLength: 0, maxLength: 2 ** 16 - 1 },
  },
  CertificateStatusRequest: {
    $: 149,
    status_type: 145,
    request: 148,
  },
  OCSPResponse: {
    $: { line: 153, minLength: 1, maxLength: 2 ** 24 - 1 },
  },
  CertificateStatus: {
    $: 165,
    status_type: 161,
    response: 164,
  },
  CertificateStatusOcsp: {
    $: 163,
    ocsp_response: { line: 163, minLength: 1, maxLength: 2 ** 24 - 1 },
  },
  StatusRequestExtension: {
    $: 182,
    body: 175,
  },
  NamedGroupList: {
    $: 189,
    named_group_list: { line: 188, minLength: 2, maxLength: 2 ** 16 - 1, unit: 2 },
  },
  ECPointFormatList: {
    $: 207,
    ec_point_format_list: { line: 206, minLength: 1, maxLength: 255 },
  },
  SignatureSchemeList: {
    $: 214,
    supported_signature_algorithms: { line: 213, minLength: 2, maxLength: 2 ** 16 - 2, unit: 2 },
  },
  ProtocolName: {
    $: { line: 220, minLength: 1, maxLength: 255 },
  },
  ProtocolNameList: {
    $: 226,
    protocol_name_list: { line: 225, minLength: 2, maxLength: 2 ** 16 - 1 },
  },
  SupportedVersions: {
    $: 256,
    body: 247,
  },
  SupportedVersionsClientHello: {
    $: 248,
    versions: { line: 249, minLength: 2, maxLength: 254, unit: 2 },
  },
  SupportedVersionsServerHelloOrHelloRetryRequest: {
    $: 251,
    selected_version: 252,
  },
  Cookie: {
    $: 263,
    cookie: { line: 262, minLength: 1, maxLength: 2 ** 16 - 1 },
  },
  DistinguishedName: {
    $: { line: 269, minLength: 1, maxLength: 2 ** 16 - 1 },
  },
  CertificateAuthoritiesExtension: {
    $: 274,
    authorities: { line: 273, minLength: 3, maxLength: 2 ** 16 - 1 },
  },
  OIDFilter: {
    $: 280,
    certificate_extension_oid: { line: 278, minLength: 1, maxLength: 255 },
    certificate_extension_values: { line: 279, minLength: 0, maxLength: 2 ** 16 - 1 },
  },
  OIDFilterExtension: {
    $: 285,
    filters: { line: 284, minLength: 0, maxLength: 2 ** 16 - 1 },
  },
  PostHandshakeAuth: {
    $: 290,
  },
  KeyShareEntry: {
    $: 298,
    group: 296,
    key_exchange: { line: 297, minLength: 1, maxLength: 2 ** 16 - 1 },
  },
  KeyShare: {
    $: 321,
    body: 309,
  },
  KeyShareClientHello: {
    $: 310,
    client_shares: { line: 311, minLength: 0, maxLength: 2 ** 16 - 1 },
  },
  KeyShareHelloRetryRequest: {
    $: 313,
    selected_group: 314,
  },
  KeyShareServerHello: {
    $: 316,
    server_share: 317,
  },
  PskKeyExchangeModes: {
    $: 331,
    ke_modes: { line: 330, minLength: 1, maxLength: 255 },
  },
  EarlyDataIndication: {
    $: 348,
    body: 342,
  },
  EarlyDataIndicationNewSessionTicket: {
    $: 343,
    max_early_data_size: 343,
  },
  PskIdentity: {
    $: 356,
    identity: { line: 354, minLength: 1, maxLength: 2 ** 16 - 1 },
    obfuscated_ticket_age: 355,
  },
  PskBinderEntry: {
    $: { line: 360, minLength: 32, maxLength: 255 },
  },
  OfferedPsks: {
    $: 370,
    identities: { line: 368, minLength: 7, maxLength: 2 ** 16 - 1 },
    binders: { line: 369, minLength: 33, maxLength: 2 ** 16 - 1 },
  },
  PreSharedKeyExtension: {
    $: 384,
    body: 379,
  },
  PreSharedKeyExtensionServerHello: {
    $: 381,
    selected_identity: 381,
  },
  RenegotiationInfo: {
    $: 392,
    renegotiated_connection: { line: 391, minLength: 0, maxLength: 255 },
  },
});
/** The extension_data case -> extension_type: filled in when an encoder's input leaves it out. */
const ExtensionExtensionDataTags = {
  server_name: ExtensionType.server_name,
  status_request: ExtensionType.status_request,
  supported_groups: ExtensionType.supported_groups,
  ec_point_formats: ExtensionType.ec_point_formats,
  signature_algorithms: ExtensionType.signature_algorithms,
  application_layer_protocol_negotiation: ExtensionType.application_layer_protocol_negotiation,
  encrypt_then_mac: ExtensionType.encrypt_then_mac,
  extended_master_secret: ExtensionType.extended_master_secret,
  record_size_limit: ExtensionType.record_size_limit,
  pre_shared_key: ExtensionType.pre_shared_key,
  early_data: ExtensionType.early_data,
  supported_versions: ExtensionType.supported_versions,
  cookie: ExtensionType.cookie,
  psk_key_exchange_modes: ExtensionType.psk_key_exchange_modes,
  certificate_authorities: ExtensionType.certificate_authorities,
  oid_filters: ExtensionType.oid_filters,
  post_handshake_auth: ExtensionType.post_handshake_auth,
  signature_algorithms_cert: ExtensionType.signature_algorithms_cert,
  key_share: ExtensionType.key_share,
  renegotiation_info: ExtensionType.renegotiation_info,
} as const;
/** The name case -> name_type: filled in when an encoder's input leaves it out. */
const ServerNameNameTags = { host_name: NameType.host_name } as const;
/** The request case -> status_type: filled in when an encoder's input leaves it out. */
const CertificateStatusRequestRequestTags = { ocsp: CertificateStatusType.ocsp } as const;
/** The response case -> status_type: filled in when an encoder's input leaves it out. */
const CertificateStatusResponseTags = { ocsp: CertificateStatusType.ocsp } as const;
