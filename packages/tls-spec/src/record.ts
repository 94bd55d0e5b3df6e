// Generated from specs/tls/record.spec by otpnet-gen. Do not edit.
import { enumName, Reader, Writer } from '@otpnet/wire';
import { ProtocolVersion } from './common.js';

/**
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 8446 §5.1
 */
export const ContentType = {
  invalid: 0x00,
  change_cipher_spec: 0x14,
  alert: 0x15,
  handshake: 0x16,
  application_data: 0x17,
  /** RFC 6520 */
  heartbeat: 0x18,
} as const;
export type ContentType = (typeof ContentType)[keyof typeof ContentType] | (number & {});
/** Member names of {@link ContentType} by value. */
export const ContentTypeNames: ReadonlyMap<number, string> = new Map(Object.entries(ContentType).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function ContentTypeName(value: number): string {
  return enumName(ContentTypeNames, value, 1);
}

/**
 * A record as it is sent before keys are in use, and the outer header of every record.
 * `length` counts the fragment, so it is implicit in the decoded value (the encoder writes it).
 * The limit length <= 2^14 is the record layer's to enforce, with a record_overflow alert rather
 * than a decode_error (section 5.1), so it is not a bound here.
 * @see RFC 8446 §5.1
 */
export interface TLSPlaintext {
  type: ContentType;
  /** 0x0303; 0x0301 allowed in an initial ClientHello. */
  legacy_record_version: ProtocolVersion;
  fragment: Uint8Array;
}

/** Read a {@link TLSPlaintext} at the reader's position. */
export function readTLSPlaintext(r: Reader): TLSPlaintext {
  const type = r.u8('TLSPlaintext.type@specs/tls/record.spec:23');
  const legacy_record_version = r.u16('TLSPlaintext.legacy_record_version@specs/tls/record.spec:24');
  const length = r.u16('TLSPlaintext.length@specs/tls/record.spec:25');
  const fragment = r.raw(length, 'TLSPlaintext.fragment@specs/tls/record.spec:26');
  return { type, legacy_record_version, fragment };
}

/** Write a {@link TLSPlaintext}. */
export function writeTLSPlaintext(w: Writer, v: TLSPlaintext): void {
  w.u8(v.type, 'TLSPlaintext.type@specs/tls/record.spec:23');
  w.u16(v.legacy_record_version, 'TLSPlaintext.legacy_record_version@specs/tls/record.spec:24');
  w.u16(v.fragment.length, 'TLSPlaintext.length@specs/tls/record.spec:25');
  w.raw(v.fragment, 'TLSPlaintext.fragment@specs/tls/record.spec:26');
}

/** Decode a whole {@link TLSPlaintext}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeTLSPlaintext(bytes: Uint8Array): TLSPlaintext {
  const r = new Reader(bytes);
  const v = readTLSPlaintext(r);
  r.done('TLSPlaintext@specs/tls/record.spec:27');
  return v;
}

/** Encode a {@link TLSPlaintext}. */
export function encodeTLSPlaintext(v: TLSPlaintext): Uint8Array {
  const w = new Writer();
  writeTLSPlaintext(w, v);
  return w.finish();
}

/**
 * A protected record (section 5.2). The decrypted encrypted_record is a TLSInnerPlaintext:
 * `opaque content[length]; ContentType type; uint8 zeros[length_of_padding];` - the real content
 * type is the last non-zero byte, found by scanning from the end, which is the AEAD layer's job and
 * not a layout this language describes.
 * @see RFC 8446 §5.2
 */
export interface TLSCiphertext {
  /** 23. Default: ContentType.application_data. */
  opaque_type?: ContentType;
  /** TLS v1.2. Default: 0x0303. */
  legacy_record_version?: ProtocolVersion;
  encrypted_record: Uint8Array;
}

/** Read a {@link TLSCiphertext} at the reader's position. */
export function readTLSCiphertext(r: Reader): TLSCiphertext {
  const opaque_type = r.u8('TLSCiphertext.opaque_type@specs/tls/record.spec:37');
  const legacy_record_version = r.u16('TLSCiphertext.legacy_record_version@specs/tls/record.spec:38');
  const length = r.u16('TLSCiphertext.length@specs/tls/record.spec:39');
  const encrypted_record = r.raw(length, 'TLSCiphertext.encrypted_record@specs/tls/record.spec:40');
  return { opaque_type, legacy_record_version, encrypted_record };
}

/** Write a {@link TLSCiphertext}. */
export function writeTLSCiphertext(w: Writer, v: TLSCiphertext): void {
  w.u8((v.opaque_type ?? ContentType.application_data), 'TLSCiphertext.opaque_type@specs/tls/record.spec:37');
  w.u16((v.legacy_record_version ?? 0x0303), 'TLSCiphertext.legacy_record_version@specs/tls/record.spec:38');
  w.u16(v.encrypted_record.length, 'TLSCiphertext.length@specs/tls/record.spec:39');
  w.raw(v.encrypted_record, 'TLSCiphertext.encrypted_record@specs/tls/record.spec:40');
}

/** Decode a whole {@link TLSCiphertext}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeTLSCiphertext(bytes: Uint8Array): TLSCiphertext {
  const r = new Reader(bytes);
  const v = readTLSCiphertext(r);
  r.done('TLSCiphertext@specs/tls/record.spec:41');
  return v;
}

/** Encode a {@link TLSCiphertext}. */
export function encodeTLSCiphertext(v: TLSCiphertext): Uint8Array {
  const w = new Writer();
  writeTLSCiphertext(w, v);
  return w.finish();
}
