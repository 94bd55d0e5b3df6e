// Generated from specs/tls/common.spec by otpnet-gen. Do not edit.
import { type DecodeLimits, enumName, expectObject, fields, Reader, Writer } from '@otpnet/wire';

/**
 * Wire: 32 bytes.
 * @see RFC 8446 §4.1.2
 */
export type Random = Uint8Array;

/** Read a {@link Random} at the reader's position. */
export function readRandom(r: Reader): Random {
  const f = F.Random;
  const value = r.raw(32, f.$);
  return value;
}

/** Write a {@link Random}. */
export function writeRandom(w: Writer, v: Random): void {
  const f = F.Random;
  w.fixed(v, 32, f.$);
}

/**
 * The record and handshake version numbers. RFC 8446 section 4.1.2 fixes legacy_version at 0x0303
 * (TLS 1.2) and negotiates TLS 1.3 in the supported_versions extension (section 4.2.1). Unknown
 * values (GREASE, RFC 8701, e.g. 0x0a0a) are kept as numbers.
 * Wire width: 2 bytes; values up to 0xffff. Open: unknown values are kept as numbers.
 * @see RFC 8446 §4.2.1
 */
export const ProtocolVersion = {
  ssl3: 0x0300,
  /** TLS 1.0, RFC 2246 */
  tls1: 0x0301,
  /** RFC 4346 */
  tls1_1: 0x0302,
  /** RFC 5246 */
  tls1_2: 0x0303,
  /** RFC 8446 */
  tls1_3: 0x0304,
  /** RFC 6347 */
  dtls1_2: 0xfefd,
  /** RFC 9147 */
  dtls1_3: 0xfefc,
} as const;
export type ProtocolVersion = (typeof ProtocolVersion)[keyof typeof ProtocolVersion] | (number & {});
/** Member names of {@link ProtocolVersion} by value. */
export const ProtocolVersionNames: ReadonlyMap<number, string> = new Map(
  Object.entries(ProtocolVersion).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function ProtocolVersionName(value: number): string {
  return enumName(ProtocolVersionNames, value, 2);
}

/**
 * Handshake message types: RFC 8446 section 4, plus the TLS 1.2 messages of RFC 5246 section 7.4
 * that the same registry holds (IANA "TLS HandshakeType").
 *
 * hello_retry_request(6) is not a message type on the wire in RFC 8446: a HelloRetryRequest is a
 * ServerHello whose random is the special value of section 4.1.3 (IANA lists 6 as
 * hello_retry_request_RESERVED). It is a member here because section 4.2.8 (key_share) selects
 * extension bodies on it, and this enum is the type of that context (the `@param HandshakeType
 * msg_type` of extensions.spec); it is also the message name the client state machine receives.
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 8446 §4
 */
export const HandshakeType = {
  /** RFC 5246 only */
  hello_request: 0x00,
  client_hello: 0x01,
  server_hello: 0x02,
  /** DTLS only (RFC 6347) */
  hello_verify_request: 0x03,
  new_session_ticket: 0x04,
  end_of_early_data: 0x05,
  /** context value only, see above */
  hello_retry_request: 0x06,
  encrypted_extensions: 0x08,
  certificate: 0x0b,
  /** RFC 5246 only */
  server_key_exchange: 0x0c,
  certificate_request: 0x0d,
  /** RFC 5246 only */
  server_hello_done: 0x0e,
  certificate_verify: 0x0f,
  /** RFC 5246 only */
  client_key_exchange: 0x10,
  finished: 0x14,
  /** RFC 6066 */
  certificate_url: 0x15,
  /** RFC 6066, TLS 1.2 OCSP stapling */
  certificate_status: 0x16,
  key_update: 0x18,
  /** RFC 8879 */
  compressed_certificate: 0x19,
  /** RFC 8446 4.4.1: the synthetic message after a HelloRetryRequest */
  message_hash: 0xfe,
} as const;
export type HandshakeType = (typeof HandshakeType)[keyof typeof HandshakeType] | (number & {});
/** Member names of {@link HandshakeType} by value. */
export const HandshakeTypeNames: ReadonlyMap<number, string> = new Map(
  Object.entries(HandshakeType).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function HandshakeTypeName(value: number): string {
  return enumName(HandshakeTypeNames, value, 1);
}

/**
 * A body with no content, as RFC 8446 section 4.2.10 declares it for early_data: the empty
 * extension_data of several extensions (encrypt_then_mac, extended_master_secret, a server's
 * server_name) and the empty arms of context-dependent bodies.
 * @see RFC 8446 §4.2.10
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

/** Where each field is in specs/tls/common.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/tls/common.spec', {
  Random: {
    $: 8,
  },
  Empty: {
    $: 66,
  },
});
