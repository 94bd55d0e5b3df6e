// Generated from specs/tls/record.spec by otpnet-gen. Do not edit.
import { type DecodeLimits, enumName, expectObject, fields, lengthOf, Reader, Writer } from '@otpnet/wire';
import type { ProtocolVersion } from './common.js';

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
export const ContentTypeNames: ReadonlyMap<number, string> = new Map(
  Object.entries(ContentType).map(([k, v]) => [v, k]),
);

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

/**
 * What {@link encodeTLSPlaintext} takes: a {@link TLSPlaintext}, where fields with a default may be left out.
 */
export interface TLSPlaintextInput {
  type: ContentType;
  legacy_record_version: ProtocolVersion;
  fragment: Uint8Array;
}

/** Read a {@link TLSPlaintext} at the reader's position. */
export function readTLSPlaintext(r: Reader): TLSPlaintext {
  const f = F.TLSPlaintext;
  const type = r.u8(f.type);
  const legacy_record_version = r.u16(f.legacy_record_version);
  const length = r.u16(f.length);
  const fragment = r.raw(length, f.fragment);
  return { type, legacy_record_version, fragment };
}

/** Write a {@link TLSPlaintext}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeTLSPlaintext(w: Writer, v: TLSPlaintextInput): void {
  const f = F.TLSPlaintext;
  expectObject(v, f.$);
  const length = lengthOf(v.fragment, f.fragment);
  w.u8(v.type, f.type);
  w.u16(v.legacy_record_version, f.legacy_record_version);
  w.u16(length, f.length);
  w.fixed(v.fragment, length, f.fragment);
}

/**
 * Decode a whole {@link TLSPlaintext}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeTLSPlaintext(bytes: Uint8Array, limits?: DecodeLimits): TLSPlaintext {
  const r = new Reader(bytes, 0, bytes.length, limits, F.TLSPlaintext.$);
  const v = readTLSPlaintext(r);
  r.done(F.TLSPlaintext.$);
  return v;
}

/** Encode a {@link TLSPlaintext}. */
export function encodeTLSPlaintext(v: TLSPlaintextInput): Uint8Array {
  const w = new Writer();
  writeTLSPlaintext(w, v);
  return w.finish();
}

/**
 * A protected record (section 5.2): encrypted_record decrypts to a TLSInnerPlaintext.
 * @see RFC 8446 §5.2
 */
export interface TLSCiphertext {
  /** 23. Default: application_data. */
  opaque_type: ContentType;
  /** TLS v1.2. Default: 0x0303. */
  legacy_record_version: ProtocolVersion;
  encrypted_record: Uint8Array;
}

/**
 * What {@link encodeTLSCiphertext} takes: a {@link TLSCiphertext}, where fields with a default may be left
 * out.
 */
export interface TLSCiphertextInput {
  opaque_type?: ContentType;
  legacy_record_version?: ProtocolVersion;
  encrypted_record: Uint8Array;
}

/** Read a {@link TLSCiphertext} at the reader's position. */
export function readTLSCiphertext(r: Reader): TLSCiphertext {
  const f = F.TLSCiphertext;
  const opaque_type = r.u8(f.opaque_type);
  const legacy_record_version = r.u16(f.legacy_record_version);
  const length = r.u16(f.length);
  const encrypted_record = r.raw(length, f.encrypted_record);
  return { opaque_type, legacy_record_version, encrypted_record };
}

/** Write a {@link TLSCiphertext}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeTLSCiphertext(w: Writer, v: TLSCiphertextInput): void {
  const f = F.TLSCiphertext;
  expectObject(v, f.$);
  const length = lengthOf(v.encrypted_record, f.encrypted_record);
  w.u8(v.opaque_type ?? ContentType.application_data, f.opaque_type);
  w.u16(v.legacy_record_version ?? 0x0303, f.legacy_record_version);
  w.u16(length, f.length);
  w.fixed(v.encrypted_record, length, f.encrypted_record);
}

/**
 * Decode a whole {@link TLSCiphertext}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeTLSCiphertext(bytes: Uint8Array, limits?: DecodeLimits): TLSCiphertext {
  const r = new Reader(bytes, 0, bytes.length, limits, F.TLSCiphertext.$);
  const v = readTLSCiphertext(r);
  r.done(F.TLSCiphertext.$);
  return v;
}

/** Encode a {@link TLSCiphertext}. */
export function encodeTLSCiphertext(v: TLSCiphertextInput): Uint8Array {
  const w = new Writer();
  writeTLSCiphertext(w, v);
  return w.finish();
}

/**
 * What a TLS 1.3 record's encrypted_record decrypts to (section 5.2). The padding is the run of
 * zeros that ends it; the content type is the last byte that is not zero, and the content is all
 * before it. A plaintext of only zeros has no content type, which the record layer answers with
 * unexpected_message.
 * @see RFC 8446 §5.2
 */
export interface TLSInnerPlaintext {
  content: Uint8Array;
  type: ContentType;
  zeros: Uint8Array;
}

/**
 * What {@link encodeTLSInnerPlaintext} takes: a {@link TLSInnerPlaintext}, where fields with a default may be
 * left out.
 */
export interface TLSInnerPlaintextInput {
  content: Uint8Array;
  type: ContentType;
  zeros: Uint8Array;
}

/** Read a {@link TLSInnerPlaintext} at the reader's position. */
export function readTLSInnerPlaintext(r: Reader): TLSInnerPlaintext {
  const f = F.TLSInnerPlaintext;
  const zerosOuter = r.end;
  r.trailing(0);
  const content = r.raw(r.end - r.pos - 1, f.content);
  const type = r.u8(f.type);
  r.end = zerosOuter;
  const zeros = r.rest();
  return { content, type, zeros };
}

/**
 * Write a {@link TLSInnerPlaintext}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeTLSInnerPlaintext(w: Writer, v: TLSInnerPlaintextInput): void {
  const f = F.TLSInnerPlaintext;
  expectObject(v, f.$);
  const zerosStart = w.pos;
  w.raw(v.content, f.content);
  w.u8(v.type, f.type);
  w.run(v.zeros, 0, zerosStart, f.zeros);
}

/**
 * Decode a whole {@link TLSInnerPlaintext}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeTLSInnerPlaintext(bytes: Uint8Array, limits?: DecodeLimits): TLSInnerPlaintext {
  const r = new Reader(bytes, 0, bytes.length, limits, F.TLSInnerPlaintext.$);
  const v = readTLSInnerPlaintext(r);
  r.done(F.TLSInnerPlaintext.$);
  return v;
}

/** Encode a {@link TLSInnerPlaintext}. */
export function encodeTLSInnerPlaintext(v: TLSInnerPlaintextInput): Uint8Array {
  const w = new Writer();
  writeTLSInnerPlaintext(w, v);
  return w.finish();
}

/** Where each field is in specs/tls/record.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/tls/record.spec', {
  TLSPlaintext: {
    $: 27,
    type: 23,
    legacy_record_version: 24,
    length: 25,
    fragment: 26,
  },
  TLSCiphertext: {
    $: 36,
    opaque_type: 32,
    legacy_record_version: 33,
    length: 34,
    encrypted_record: 35,
  },
  TLSInnerPlaintext: {
    $: 49,
    content: 46,
    type: 47,
    zeros: 48,
  },
});
