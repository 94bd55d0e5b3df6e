// Generated from specs/tls/alert.spec by otpnet-gen. Do not edit.
import { enumName, Reader, Writer } from '@otpnet/wire';

/**
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 8446 §6
 */
export const AlertLevel = {
  warning: 0x01,
  fatal: 0x02,
} as const;
export type AlertLevel = (typeof AlertLevel)[keyof typeof AlertLevel] | (number & {});
/** Member names of {@link AlertLevel} by value. */
export const AlertLevelNames: ReadonlyMap<number, string> = new Map(Object.entries(AlertLevel).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function AlertLevelName(value: number): string {
  return enumName(AlertLevelNames, value, 1);
}

/**
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 8446 §6
 */
export const AlertDescription = {
  close_notify: 0x00,
  unexpected_message: 0x0a,
  bad_record_mac: 0x14,
  /** RFC 5246; not sent since TLS 1.1 */
  decryption_failed_RESERVED: 0x15,
  record_overflow: 0x16,
  decompression_failure_RESERVED: 0x1e,
  handshake_failure: 0x28,
  /** SSL 3.0 */
  no_certificate_RESERVED: 0x29,
  bad_certificate: 0x2a,
  unsupported_certificate: 0x2b,
  certificate_revoked: 0x2c,
  certificate_expired: 0x2d,
  certificate_unknown: 0x2e,
  illegal_parameter: 0x2f,
  unknown_ca: 0x30,
  access_denied: 0x31,
  decode_error: 0x32,
  decrypt_error: 0x33,
  export_restriction_RESERVED: 0x3c,
  protocol_version: 0x46,
  insufficient_security: 0x47,
  internal_error: 0x50,
  /** RFC 7507 */
  inappropriate_fallback: 0x56,
  user_canceled: 0x5a,
  /** RFC 5246 no_renegotiation; a TLS 1.2 warning */
  no_renegotiation_RESERVED: 0x64,
  missing_extension: 0x6d,
  unsupported_extension: 0x6e,
  /** RFC 6066 */
  certificate_unobtainable_RESERVED: 0x6f,
  unrecognized_name: 0x70,
  bad_certificate_status_response: 0x71,
  /** RFC 6066 */
  bad_certificate_hash_value_RESERVED: 0x72,
  unknown_psk_identity: 0x73,
  certificate_required: 0x74,
  /** RFC 7301 */
  no_application_protocol: 0x78,
  /** TLS Encrypted Client Hello */
  ech_required: 0x79,
} as const;
export type AlertDescription = (typeof AlertDescription)[keyof typeof AlertDescription] | (number & {});
/** Member names of {@link AlertDescription} by value. */
export const AlertDescriptionNames: ReadonlyMap<number, string> = new Map(Object.entries(AlertDescription).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function AlertDescriptionName(value: number): string {
  return enumName(AlertDescriptionNames, value, 1);
}

/**
 * In TLS 1.3 the level is ignorable: every alert but close_notify and user_canceled is fatal
 * (section 6, "Unknown Alert types MUST be treated as error alerts").
 * @see RFC 8446 §6
 */
export interface Alert {
  level: AlertLevel;
  description: AlertDescription;
}

/** Read a {@link Alert} at the reader's position. */
export function readAlert(r: Reader): Alert {
  const level = r.u8('Alert.level@specs/tls/alert.spec:52');
  const description = r.u8('Alert.description@specs/tls/alert.spec:53');
  return { level, description };
}

/** Write a {@link Alert}. */
export function writeAlert(w: Writer, v: Alert): void {
  w.u8(v.level, 'Alert.level@specs/tls/alert.spec:52');
  w.u8(v.description, 'Alert.description@specs/tls/alert.spec:53');
}

/** Decode a whole {@link Alert}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeAlert(bytes: Uint8Array): Alert {
  const r = new Reader(bytes);
  const v = readAlert(r);
  r.done('Alert@specs/tls/alert.spec:54');
  return v;
}

/** Encode a {@link Alert}. */
export function encodeAlert(v: Alert): Uint8Array {
  const w = new Writer();
  writeAlert(w, v);
  return w.finish();
}
