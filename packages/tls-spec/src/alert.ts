// Generated from specs/tls/alert.spec by otpnet-gen. Do not edit.
import { type DecodeLimits, enumName, expectObject, fields, Reader, Writer } from '@otpnet/wire';

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
export const AlertLevelNames: ReadonlyMap<number, string> = new Map(
  Object.entries(AlertLevel).map(([k, v]) => [v, k]),
);

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
export const AlertDescriptionNames: ReadonlyMap<number, string> = new Map(
  Object.entries(AlertDescription).map(([k, v]) => [v, k]),
);

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

/** What {@link encodeAlert} takes: a {@link Alert}, where fields with a default may be left out. */
export interface AlertInput {
  level: AlertLevel;
  description: AlertDescription;
}

/** Read a {@link Alert} at the reader's position. */
export function readAlert(r: Reader): Alert {
  const f = F.Alert;
  const level = r.u8(f.level);
  const description = r.u8(f.description);
  return { level, description };
}

/** Write a {@link Alert}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeAlert(w: Writer, v: AlertInput): void {
  const f = F.Alert;
  expectObject(v, f.$);
  w.u8(v.level, f.level);
  w.u8(v.description, f.description);
}

/**
 * Decode a whole {@link Alert}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeAlert(bytes: Uint8Array, limits?: DecodeLimits): Alert {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Alert.$);
  const v = readAlert(r);
  r.done(F.Alert.$);
  return v;
}

/** Encode a {@link Alert}. */
export function encodeAlert(v: AlertInput): Uint8Array {
  const w = new Writer();
  writeAlert(w, v);
  return w.finish();
}

/** One row of {@link AlertDescriptions}. */
export interface AlertDescriptionsRow {
  /** Unique; see {@link AlertDescriptionsByDescription}. */
  readonly description: AlertDescription;
  readonly text: string;
  readonly tls1_3: boolean;
}

/**
 * The text of each alert as Erlang/OTP's ssl prints it (ssl_alert:description_txt, used in the
 * `{tls_alert, {Reason, Text}}` error reason), and whether TLS 1.3 still defines it.
 * @see RFC 8446 §6.2
 */
export const AlertDescriptions = [
  { description: AlertDescription.close_notify, text: 'Close Notify', tls1_3: true },
  { description: AlertDescription.unexpected_message, text: 'Unexpected Message', tls1_3: true },
  { description: AlertDescription.bad_record_mac, text: 'Bad Record MAC', tls1_3: true },
  {
    description: AlertDescription.decryption_failed_RESERVED,
    text: 'Decryption Failed Reserved',
    tls1_3: false,
  },
  { description: AlertDescription.record_overflow, text: 'Record Overflow', tls1_3: true },
  {
    description: AlertDescription.decompression_failure_RESERVED,
    text: 'Decompression Failure',
    tls1_3: false,
  },
  { description: AlertDescription.handshake_failure, text: 'Handshake Failure', tls1_3: true },
  { description: AlertDescription.no_certificate_RESERVED, text: 'No Certificate Reserved', tls1_3: false },
  { description: AlertDescription.bad_certificate, text: 'Bad Certificate', tls1_3: true },
  { description: AlertDescription.unsupported_certificate, text: 'Unsupported Certificate', tls1_3: true },
  { description: AlertDescription.certificate_revoked, text: 'Certificate Revoked', tls1_3: true },
  { description: AlertDescription.certificate_expired, text: 'Certificate Expired', tls1_3: true },
  { description: AlertDescription.certificate_unknown, text: 'Certificate Unknown', tls1_3: true },
  { description: AlertDescription.illegal_parameter, text: 'Illegal Parameter', tls1_3: true },
  { description: AlertDescription.unknown_ca, text: 'Unknown CA', tls1_3: true },
  { description: AlertDescription.access_denied, text: 'Access Denied', tls1_3: true },
  { description: AlertDescription.decode_error, text: 'Decode Error', tls1_3: true },
  { description: AlertDescription.decrypt_error, text: 'Decrypt Error', tls1_3: true },
  { description: AlertDescription.export_restriction_RESERVED, text: 'Export Restriction', tls1_3: false },
  { description: AlertDescription.protocol_version, text: 'Protocol Version', tls1_3: true },
  { description: AlertDescription.insufficient_security, text: 'Insufficient Security', tls1_3: true },
  { description: AlertDescription.internal_error, text: 'Internal Error', tls1_3: true },
  { description: AlertDescription.inappropriate_fallback, text: 'Inappropriate Fallback', tls1_3: true },
  { description: AlertDescription.user_canceled, text: 'User Canceled', tls1_3: true },
  { description: AlertDescription.no_renegotiation_RESERVED, text: 'No Renegotiation', tls1_3: false },
  { description: AlertDescription.missing_extension, text: 'Missing extension', tls1_3: true },
  { description: AlertDescription.unsupported_extension, text: 'Unsupported Extension', tls1_3: true },
  {
    description: AlertDescription.certificate_unobtainable_RESERVED,
    text: 'Certificate Unobtainable',
    tls1_3: false,
  },
  { description: AlertDescription.unrecognized_name, text: 'Unrecognised Name', tls1_3: true },
  {
    description: AlertDescription.bad_certificate_status_response,
    text: 'Bad Certificate Status Response',
    tls1_3: true,
  },
  {
    description: AlertDescription.bad_certificate_hash_value_RESERVED,
    text: 'Bad Certificate Hash Value',
    tls1_3: false,
  },
  { description: AlertDescription.unknown_psk_identity, text: 'Unknown Psk Identity', tls1_3: true },
  { description: AlertDescription.certificate_required, text: 'Certificate required', tls1_3: true },
  { description: AlertDescription.no_application_protocol, text: 'No application protocol', tls1_3: true },
] as const satisfies readonly AlertDescriptionsRow[];

/** The rows of {@link AlertDescriptions} by `description`. */
export const AlertDescriptionsByDescription: ReadonlyMap<AlertDescription, AlertDescriptionsRow> = new Map(
  AlertDescriptions.map((row) => [row.description, row]),
);
/** Where each field is in specs/tls/alert.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/tls/alert.spec', {
  Alert: {
    $: 54,
    level: 52,
    description: 53,
  },
});
