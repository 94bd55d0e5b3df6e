// Generated from specs/dist/term.spec by otpnet-gen. Do not edit.
import {
  DecodeError,
  type DecodeLimits,
  EncodeError,
  enumName,
  expectArray,
  expectLength,
  expectObject,
  expectTag,
  expectValue,
  fields,
  lengthOf,
  nested,
  nestedAt,
  Reader,
  tagFor,
  Writer,
} from '@otpnet/wire';

/**
 * The body of NIL_EXT: nothing after the tag.
 * @see erl_ext_dist NIL_EXT
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

/**
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see erl_ext_dist tags
 */
export const TermTag = {
  NEW_FLOAT_EXT: 0x46,
  BIT_BINARY_EXT: 0x4d,
  /** only right after the version byte */
  COMPRESSED: 0x50,
  /** only after a distribution header */
  ATOM_CACHE_REF: 0x52,
  NEW_PID_EXT: 0x58,
  NEW_PORT_EXT: 0x59,
  NEWER_REFERENCE_EXT: 0x5a,
  SMALL_INTEGER_EXT: 0x61,
  INTEGER_EXT: 0x62,
  FLOAT_EXT: 0x63,
  /** deprecated: Latin-1 */
  ATOM_EXT: 0x64,
  /** deprecated */
  REFERENCE_EXT: 0x65,
  PORT_EXT: 0x66,
  PID_EXT: 0x67,
  SMALL_TUPLE_EXT: 0x68,
  LARGE_TUPLE_EXT: 0x69,
  NIL_EXT: 0x6a,
  STRING_EXT: 0x6b,
  LIST_EXT: 0x6c,
  BINARY_EXT: 0x6d,
  SMALL_BIG_EXT: 0x6e,
  LARGE_BIG_EXT: 0x6f,
  NEW_FUN_EXT: 0x70,
  EXPORT_EXT: 0x71,
  NEW_REFERENCE_EXT: 0x72,
  /** deprecated: Latin-1 */
  SMALL_ATOM_EXT: 0x73,
  MAP_EXT: 0x74,
  /** removed: not decoded since OTP 23 */
  FUN_EXT: 0x75,
  ATOM_UTF8_EXT: 0x76,
  SMALL_ATOM_UTF8_EXT: 0x77,
  V4_PORT_EXT: 0x78,
  LOCAL_EXT: 0x79,
} as const;
export type TermTag = (typeof TermTag)[keyof typeof TermTag] | (number & {});
/** Member names of {@link TermTag} by value. */
export const TermTagNames: ReadonlyMap<number, string> = new Map(
  Object.entries(TermTag).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function TermTagName(value: number): string {
  return enumName(TermTagNames, value, 1);
}

/** The variants of Term.value, keyed by tag. */
export type TermValue =
  | { case: 'SMALL_INTEGER_EXT'; value: number }
  | { case: 'INTEGER_EXT'; value: number }
  | { case: 'FLOAT_EXT'; value: FloatString }
  | { case: 'NEW_FLOAT_EXT'; value: number }
  | { case: 'ATOM_EXT'; value: Atom }
  | { case: 'SMALL_ATOM_EXT'; value: SmallAtom }
  | { case: 'ATOM_UTF8_EXT'; value: Atom }
  | { case: 'SMALL_ATOM_UTF8_EXT'; value: SmallAtom }
  | { case: 'ATOM_CACHE_REF'; value: number }
  | { case: 'SMALL_TUPLE_EXT'; value: SmallTuple }
  | { case: 'LARGE_TUPLE_EXT'; value: LargeTuple }
  | { case: 'NIL_EXT'; value: Empty }
  | { case: 'STRING_EXT'; value: StringExt }
  | { case: 'LIST_EXT'; value: List }
  | { case: 'BINARY_EXT'; value: Binary }
  | { case: 'BIT_BINARY_EXT'; value: BitBinary }
  | { case: 'SMALL_BIG_EXT'; value: SmallBig }
  | { case: 'LARGE_BIG_EXT'; value: LargeBig }
  | { case: 'MAP_EXT'; value: Map }
  | { case: 'PID_EXT'; value: Pid }
  | { case: 'NEW_PID_EXT'; value: NewPid }
  | { case: 'PORT_EXT'; value: Port }
  | { case: 'NEW_PORT_EXT'; value: NewPort }
  | { case: 'V4_PORT_EXT'; value: V4Port }
  | { case: 'REFERENCE_EXT'; value: Reference }
  | { case: 'NEW_REFERENCE_EXT'; value: NewReference }
  | { case: 'NEWER_REFERENCE_EXT'; value: NewerReference }
  | { case: 'NEW_FUN_EXT'; value: NewFun }
  | { case: 'EXPORT_EXT'; value: Export };
/** {@link TermValue} as an encoder takes it. */
export type TermValueInput =
  | { case: 'SMALL_INTEGER_EXT'; value: number }
  | { case: 'INTEGER_EXT'; value: number }
  | { case: 'FLOAT_EXT'; value: FloatStringInput }
  | { case: 'NEW_FLOAT_EXT'; value: number }
  | { case: 'ATOM_EXT'; value: AtomInput }
  | { case: 'SMALL_ATOM_EXT'; value: SmallAtomInput }
  | { case: 'ATOM_UTF8_EXT'; value: AtomInput }
  | { case: 'SMALL_ATOM_UTF8_EXT'; value: SmallAtomInput }
  | { case: 'ATOM_CACHE_REF'; value: number }
  | { case: 'SMALL_TUPLE_EXT'; value: SmallTupleInput }
  | { case: 'LARGE_TUPLE_EXT'; value: LargeTupleInput }
  | { case: 'NIL_EXT'; value: EmptyInput }
  | { case: 'STRING_EXT'; value: StringExtInput }
  | { case: 'LIST_EXT'; value: ListInput }
  | { case: 'BINARY_EXT'; value: BinaryInput }
  | { case: 'BIT_BINARY_EXT'; value: BitBinaryInput }
  | { case: 'SMALL_BIG_EXT'; value: SmallBigInput }
  | { case: 'LARGE_BIG_EXT'; value: LargeBigInput }
  | { case: 'MAP_EXT'; value: MapInput }
  | { case: 'PID_EXT'; value: PidInput }
  | { case: 'NEW_PID_EXT'; value: NewPidInput }
  | { case: 'PORT_EXT'; value: PortInput }
  | { case: 'NEW_PORT_EXT'; value: NewPortInput }
  | { case: 'V4_PORT_EXT'; value: V4PortInput }
  | { case: 'REFERENCE_EXT'; value: ReferenceInput }
  | { case: 'NEW_REFERENCE_EXT'; value: NewReferenceInput }
  | { case: 'NEWER_REFERENCE_EXT'; value: NewerReferenceInput }
  | { case: 'NEW_FUN_EXT'; value: NewFunInput }
  | { case: 'EXPORT_EXT'; value: ExportInput };

/**
 * One term. There is no default arm: an unknown tag has no length, so nothing after it could be
 * read (FUN_EXT, removed in OTP 23, is rejected the same way). COMPRESSED and LOCAL_EXT are not
 * terms but ways of encoding a whole term_to_binary result: they appear only right after the
 * version byte (CompressedExternalTerm, LocalExternalTerm) and take the rest of the input, so they
 * have no arm here either. Decoding nests at most Reader.maxDepth terms deep.
 * @see erl_ext_dist
 */
export interface Term {
  /** An encoder may leave it out: the case of value fixes it. */
  tag: TermTag;
  value: TermValue;
}

/** What {@link encodeTerm} takes: a {@link Term}, where fields with a default may be left out. */
export interface TermInput {
  tag?: TermTag;
  value: TermValueInput;
}

/** Read a {@link Term} at the reader's position. */
export function readTerm(r: Reader): Term {
  const f = F.Term;
  r.descend(f.$);
  const tag = r.u8(f.tag);
  let value: TermValue;
  let valueArm = '';
  try {
    switch (tag) {
      case TermTag.SMALL_INTEGER_EXT:
        value = { case: 'SMALL_INTEGER_EXT', value: r.u8(f.value) };
        break;
      case TermTag.INTEGER_EXT:
        value = { case: 'INTEGER_EXT', value: r.i32(f.value) };
        break;
      case TermTag.FLOAT_EXT:
        valueArm = 'FLOAT_EXT';
        value = { case: 'FLOAT_EXT', value: readFloatString(r) };
        break;
      case TermTag.NEW_FLOAT_EXT:
        value = { case: 'NEW_FLOAT_EXT', value: r.f64(f.value) };
        break;
      case TermTag.ATOM_EXT:
        valueArm = 'ATOM_EXT';
        value = { case: 'ATOM_EXT', value: readAtom(r) };
        break;
      case TermTag.SMALL_ATOM_EXT:
        valueArm = 'SMALL_ATOM_EXT';
        value = { case: 'SMALL_ATOM_EXT', value: readSmallAtom(r) };
        break;
      case TermTag.ATOM_UTF8_EXT:
        valueArm = 'ATOM_UTF8_EXT';
        value = { case: 'ATOM_UTF8_EXT', value: readAtom(r) };
        break;
      case TermTag.SMALL_ATOM_UTF8_EXT:
        valueArm = 'SMALL_ATOM_UTF8_EXT';
        value = { case: 'SMALL_ATOM_UTF8_EXT', value: readSmallAtom(r) };
        break;
      case TermTag.ATOM_CACHE_REF:
        value = { case: 'ATOM_CACHE_REF', value: r.u8(f.value) };
        break;
      case TermTag.SMALL_TUPLE_EXT:
        valueArm = 'SMALL_TUPLE_EXT';
        value = { case: 'SMALL_TUPLE_EXT', value: readSmallTuple(r) };
        break;
      case TermTag.LARGE_TUPLE_EXT:
        valueArm = 'LARGE_TUPLE_EXT';
        value = { case: 'LARGE_TUPLE_EXT', value: readLargeTuple(r) };
        break;
      case TermTag.NIL_EXT:
        valueArm = 'NIL_EXT';
        value = { case: 'NIL_EXT', value: readEmpty(r) };
        break;
      case TermTag.STRING_EXT:
        valueArm = 'STRING_EXT';
        value = { case: 'STRING_EXT', value: readStringExt(r) };
        break;
      case TermTag.LIST_EXT:
        valueArm = 'LIST_EXT';
        value = { case: 'LIST_EXT', value: readList(r) };
        break;
      case TermTag.BINARY_EXT:
        valueArm = 'BINARY_EXT';
        value = { case: 'BINARY_EXT', value: readBinary(r) };
        break;
      case TermTag.BIT_BINARY_EXT:
        valueArm = 'BIT_BINARY_EXT';
        value = { case: 'BIT_BINARY_EXT', value: readBitBinary(r) };
        break;
      case TermTag.SMALL_BIG_EXT:
        valueArm = 'SMALL_BIG_EXT';
        value = { case: 'SMALL_BIG_EXT', value: readSmallBig(r) };
        break;
      case TermTag.LARGE_BIG_EXT:
        valueArm = 'LARGE_BIG_EXT';
        value = { case: 'LARGE_BIG_EXT', value: readLargeBig(r) };
        break;
      case TermTag.MAP_EXT:
        valueArm = 'MAP_EXT';
        value = { case: 'MAP_EXT', value: readMap(r) };
        break;
      case TermTag.PID_EXT:
        valueArm = 'PID_EXT';
        value = { case: 'PID_EXT', value: readPid(r) };
        break;
      case TermTag.NEW_PID_EXT:
        valueArm = 'NEW_PID_EXT';
        value = { case: 'NEW_PID_EXT', value: readNewPid(r) };
        break;
      case TermTag.PORT_EXT:
        valueArm = 'PORT_EXT';
        value = { case: 'PORT_EXT', value: readPort(r) };
        break;
      case TermTag.NEW_PORT_EXT:
        valueArm = 'NEW_PORT_EXT';
        value = { case: 'NEW_PORT_EXT', value: readNewPort(r) };
        break;
      case TermTag.V4_PORT_EXT:
        valueArm = 'V4_PORT_EXT';
        value = { case: 'V4_PORT_EXT', value: readV4Port(r) };
        break;
      case TermTag.REFERENCE_EXT:
        valueArm = 'REFERENCE_EXT';
        value = { case: 'REFERENCE_EXT', value: readReference(r) };
        break;
      case TermTag.NEW_REFERENCE_EXT:
        valueArm = 'NEW_REFERENCE_EXT';
        value = { case: 'NEW_REFERENCE_EXT', value: readNewReference(r) };
        break;
      case TermTag.NEWER_REFERENCE_EXT:
        valueArm = 'NEWER_REFERENCE_EXT';
        value = { case: 'NEWER_REFERENCE_EXT', value: readNewerReference(r) };
        break;
      case TermTag.NEW_FUN_EXT:
        valueArm = 'NEW_FUN_EXT';
        value = { case: 'NEW_FUN_EXT', value: readNewFun(r) };
        break;
      case TermTag.EXPORT_EXT:
        valueArm = 'EXPORT_EXT';
        value = { case: 'EXPORT_EXT', value: readExport(r) };
        break;
      default:
        throw new DecodeError('no_case', f.value, `no case for tag ${String(tag)}`);
    }
  } catch (e) {
    throw nested(e, f.value, valueArm);
  }
  r.ascend();
  return { tag, value };
}

/** Write a {@link Term}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeTerm(w: Writer, v: TermInput): void {
  const f = F.Term;
  expectObject(v, f.$);
  const tag = tagFor(v.tag, TermValueTags, v.value, f.tag);
  w.u8(tag, f.tag);
  const valueValue = expectObject(v.value, f.value);
  let valueArm = '';
  try {
    switch (valueValue.case) {
      case 'SMALL_INTEGER_EXT': {
        expectTag(tag, TermTag.SMALL_INTEGER_EXT, f.value);
        w.u8(valueValue.value, f.value);
        break;
      }
      case 'INTEGER_EXT': {
        expectTag(tag, TermTag.INTEGER_EXT, f.value);
        w.i32(valueValue.value, f.value);
        break;
      }
      case 'FLOAT_EXT': {
        expectTag(tag, TermTag.FLOAT_EXT, f.value);
        valueArm = 'FLOAT_EXT';
        writeFloatString(w, valueValue.value);
        break;
      }
      case 'NEW_FLOAT_EXT': {
        expectTag(tag, TermTag.NEW_FLOAT_EXT, f.value);
        w.f64(valueValue.value, f.value);
        break;
      }
      case 'ATOM_EXT': {
        expectTag(tag, TermTag.ATOM_EXT, f.value);
        valueArm = 'ATOM_EXT';
        writeAtom(w, valueValue.value);
        break;
      }
      case 'SMALL_ATOM_EXT': {
        expectTag(tag, TermTag.SMALL_ATOM_EXT, f.value);
        valueArm = 'SMALL_ATOM_EXT';
        writeSmallAtom(w, valueValue.value);
        break;
      }
      case 'ATOM_UTF8_EXT': {
        expectTag(tag, TermTag.ATOM_UTF8_EXT, f.value);
        valueArm = 'ATOM_UTF8_EXT';
        writeAtom(w, valueValue.value);
        break;
      }
      case 'SMALL_ATOM_UTF8_EXT': {
        expectTag(tag, TermTag.SMALL_ATOM_UTF8_EXT, f.value);
        valueArm = 'SMALL_ATOM_UTF8_EXT';
        writeSmallAtom(w, valueValue.value);
        break;
      }
      case 'ATOM_CACHE_REF': {
        expectTag(tag, TermTag.ATOM_CACHE_REF, f.value);
        w.u8(valueValue.value, f.value);
        break;
      }
      case 'SMALL_TUPLE_EXT': {
        expectTag(tag, TermTag.SMALL_TUPLE_EXT, f.value);
        valueArm = 'SMALL_TUPLE_EXT';
        writeSmallTuple(w, valueValue.value);
        break;
      }
      case 'LARGE_TUPLE_EXT': {
        expectTag(tag, TermTag.LARGE_TUPLE_EXT, f.value);
        valueArm = 'LARGE_TUPLE_EXT';
        writeLargeTuple(w, valueValue.value);
        break;
      }
      case 'NIL_EXT': {
        expectTag(tag, TermTag.NIL_EXT, f.value);
        valueArm = 'NIL_EXT';
        writeEmpty(w, valueValue.value);
        break;
      }
      case 'STRING_EXT': {
        expectTag(tag, TermTag.STRING_EXT, f.value);
        valueArm = 'STRING_EXT';
        writeStringExt(w, valueValue.value);
        break;
      }
      case 'LIST_EXT': {
        expectTag(tag, TermTag.LIST_EXT, f.value);
        valueArm = 'LIST_EXT';
        writeList(w, valueValue.value);
        break;
      }
      case 'BINARY_EXT': {
        expectTag(tag, TermTag.BINARY_EXT, f.value);
        valueArm = 'BINARY_EXT';
        writeBinary(w, valueValue.value);
        break;
      }
      case 'BIT_BINARY_EXT': {
        expectTag(tag, TermTag.BIT_BINARY_EXT, f.value);
        valueArm = 'BIT_BINARY_EXT';
        writeBitBinary(w, valueValue.value);
        break;
      }
      case 'SMALL_BIG_EXT': {
        expectTag(tag, TermTag.SMALL_BIG_EXT, f.value);
        valueArm = 'SMALL_BIG_EXT';
        writeSmallBig(w, valueValue.value);
        break;
      }
      case 'LARGE_BIG_EXT': {
        expectTag(tag, TermTag.LARGE_BIG_EXT, f.value);
        valueArm = 'LARGE_BIG_EXT';
        writeLargeBig(w, valueValue.value);
        break;
      }
      case 'MAP_EXT': {
        expectTag(tag, TermTag.MAP_EXT, f.value);
        valueArm = 'MAP_EXT';
        writeMap(w, valueValue.value);
        break;
      }
      case 'PID_EXT': {
        expectTag(tag, TermTag.PID_EXT, f.value);
        valueArm = 'PID_EXT';
        writePid(w, valueValue.value);
        break;
      }
      case 'NEW_PID_EXT': {
        expectTag(tag, TermTag.NEW_PID_EXT, f.value);
        valueArm = 'NEW_PID_EXT';
        writeNewPid(w, valueValue.value);
        break;
      }
      case 'PORT_EXT': {
        expectTag(tag, TermTag.PORT_EXT, f.value);
        valueArm = 'PORT_EXT';
        writePort(w, valueValue.value);
        break;
      }
      case 'NEW_PORT_EXT': {
        expectTag(tag, TermTag.NEW_PORT_EXT, f.value);
        valueArm = 'NEW_PORT_EXT';
        writeNewPort(w, valueValue.value);
        break;
      }
      case 'V4_PORT_EXT': {
        expectTag(tag, TermTag.V4_PORT_EXT, f.value);
        valueArm = 'V4_PORT_EXT';
        writeV4Port(w, valueValue.value);
        break;
      }
      case 'REFERENCE_EXT': {
        expectTag(tag, TermTag.REFERENCE_EXT, f.value);
        valueArm = 'REFERENCE_EXT';
        writeReference(w, valueValue.value);
        break;
      }
      case 'NEW_REFERENCE_EXT': {
        expectTag(tag, TermTag.NEW_REFERENCE_EXT, f.value);
        valueArm = 'NEW_REFERENCE_EXT';
        writeNewReference(w, valueValue.value);
        break;
      }
      case 'NEWER_REFERENCE_EXT': {
        expectTag(tag, TermTag.NEWER_REFERENCE_EXT, f.value);
        valueArm = 'NEWER_REFERENCE_EXT';
        writeNewerReference(w, valueValue.value);
        break;
      }
      case 'NEW_FUN_EXT': {
        expectTag(tag, TermTag.NEW_FUN_EXT, f.value);
        valueArm = 'NEW_FUN_EXT';
        writeNewFun(w, valueValue.value);
        break;
      }
      case 'EXPORT_EXT': {
        expectTag(tag, TermTag.EXPORT_EXT, f.value);
        valueArm = 'EXPORT_EXT';
        writeExport(w, valueValue.value);
        break;
      }
      default:
        throw new EncodeError(
          'no_case',
          f.value,
          `no case ${String((valueValue as { case: unknown }).case)}`,
        );
    }
  } catch (e) {
    throw nested(e, f.value, valueArm);
  }
}

/**
 * Decode a whole {@link Term}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeTerm(bytes: Uint8Array, limits?: DecodeLimits): Term {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Term.$);
  const v = readTerm(r);
  r.done(F.Term.$);
  return v;
}

/** Encode a {@link Term}. */
export function encodeTerm(v: TermInput): Uint8Array {
  const w = new Writer();
  writeTerm(w, v);
  return w.finish();
}

/**
 * What term_to_binary/1 returns: the version byte 131, then one term. Any other first byte is not
 * this format (the distribution header of a connected node starts with 131 too, followed by
 * DIST_HEADER 68, DIST_FRAG_HEADER 69 or DIST_FRAG_CONT 70, which are not terms and are not
 * decoded here). The byte after the version tells the three top-level forms apart: 80
 * (COMPRESSED) is a CompressedExternalTerm, 121 (LOCAL_EXT) a LocalExternalTerm, anything else a
 * term.
 * @see erl_ext_dist overall_format
 */
export interface ExternalTerm {
  /** Always: 131. */
  version: number;
  term: Term;
}

/**
 * What {@link encodeExternalTerm} takes: a {@link ExternalTerm}, where fields with a default may be left out.
 */
export interface ExternalTermInput {
  version?: number;
  term: TermInput;
}

/** Read a {@link ExternalTerm} at the reader's position. */
export function readExternalTerm(r: Reader): ExternalTerm {
  const f = F.ExternalTerm;
  const version = r.u8(f.version);
  r.expectValue(version, 0x83, f.version);
  let term: Term;
  try {
    term = readTerm(r);
  } catch (e) {
    throw nested(e, f.term, 'term');
  }
  return { version, term };
}

/** Write a {@link ExternalTerm}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeExternalTerm(w: Writer, v: ExternalTermInput): void {
  const f = F.ExternalTerm;
  expectObject(v, f.$);
  w.u8(expectValue(v.version ?? 0x83, 0x83, f.version), f.version);
  try {
    writeTerm(w, v.term);
  } catch (e) {
    throw nested(e, f.term, 'term');
  }
}

/**
 * Decode a whole {@link ExternalTerm}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeExternalTerm(bytes: Uint8Array, limits?: DecodeLimits): ExternalTerm {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ExternalTerm.$);
  const v = readExternalTerm(r);
  r.done(F.ExternalTerm.$);
  return v;
}

/** Encode a {@link ExternalTerm}. */
export function encodeExternalTerm(v: ExternalTermInput): Uint8Array {
  const w = new Writer();
  writeExternalTerm(w, v);
  return w.finish();
}

/**
 * term_to_binary(T, [compressed]) when compressing pays: zlib_data inflates to
 * uncompressed_size bytes, which are a Term (its tag and data, no version byte). Inflating is the
 * runtime's job.
 * @see erl_ext_dist overall_format
 */
export interface CompressedExternalTerm {
  /** Always: 131. */
  version: number;
  /** COMPRESSED. Always: 80. */
  tag: number;
  uncompressed_size: number;
  zlib_data: Uint8Array;
}

/**
 * What {@link encodeCompressedExternalTerm} takes: a {@link CompressedExternalTerm}, where fields with a
 * default may be left out.
 */
export interface CompressedExternalTermInput {
  version?: number;
  tag?: number;
  uncompressed_size: number;
  zlib_data: Uint8Array;
}

/** Read a {@link CompressedExternalTerm} at the reader's position. */
export function readCompressedExternalTerm(r: Reader): CompressedExternalTerm {
  const f = F.CompressedExternalTerm;
  const version = r.u8(f.version);
  r.expectValue(version, 0x83, f.version);
  const tag = r.u8(f.tag);
  r.expectValue(tag, 0x50, f.tag);
  const uncompressed_size = r.u32(f.uncompressed_size);
  const zlib_data = r.rest();
  return { version, tag, uncompressed_size, zlib_data };
}

/**
 * Write a {@link CompressedExternalTerm}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeCompressedExternalTerm(w: Writer, v: CompressedExternalTermInput): void {
  const f = F.CompressedExternalTerm;
  expectObject(v, f.$);
  w.u8(expectValue(v.version ?? 0x83, 0x83, f.version), f.version);
  w.u8(expectValue(v.tag ?? 0x50, 0x50, f.tag), f.tag);
  w.u32(v.uncompressed_size, f.uncompressed_size);
  w.raw(v.zlib_data, f.zlib_data);
}

/**
 * Decode a whole {@link CompressedExternalTerm}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeCompressedExternalTerm(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): CompressedExternalTerm {
  const r = new Reader(bytes, 0, bytes.length, limits, F.CompressedExternalTerm.$);
  const v = readCompressedExternalTerm(r);
  r.done(F.CompressedExternalTerm.$);
  return v;
}

/** Encode a {@link CompressedExternalTerm}. */
export function encodeCompressedExternalTerm(v: CompressedExternalTermInput): Uint8Array {
  const w = new Writer();
  writeCompressedExternalTerm(w, v);
  return w.finish();
}

/**
 * The local external term format (term_to_binary/2 with `local`, OTP 26): only the encoder that
 * made it can decode what follows (the runtime writes a hash of its identity first), so it stays
 * bytes.
 * @see erl_ext_dist LOCAL_EXT
 */
export interface LocalExternalTerm {
  /** Always: 131. */
  version: number;
  /** LOCAL_EXT. Always: 121. */
  tag: number;
  data: Uint8Array;
}

/**
 * What {@link encodeLocalExternalTerm} takes: a {@link LocalExternalTerm}, where fields with a default may be
 * left out.
 */
export interface LocalExternalTermInput {
  version?: number;
  tag?: number;
  data: Uint8Array;
}

/** Read a {@link LocalExternalTerm} at the reader's position. */
export function readLocalExternalTerm(r: Reader): LocalExternalTerm {
  const f = F.LocalExternalTerm;
  const version = r.u8(f.version);
  r.expectValue(version, 0x83, f.version);
  const tag = r.u8(f.tag);
  r.expectValue(tag, 0x79, f.tag);
  const data = r.rest();
  return { version, tag, data };
}

/**
 * Write a {@link LocalExternalTerm}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeLocalExternalTerm(w: Writer, v: LocalExternalTermInput): void {
  const f = F.LocalExternalTerm;
  expectObject(v, f.$);
  w.u8(expectValue(v.version ?? 0x83, 0x83, f.version), f.version);
  w.u8(expectValue(v.tag ?? 0x79, 0x79, f.tag), f.tag);
  w.raw(v.data, f.data);
}

/**
 * Decode a whole {@link LocalExternalTerm}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeLocalExternalTerm(bytes: Uint8Array, limits?: DecodeLimits): LocalExternalTerm {
  const r = new Reader(bytes, 0, bytes.length, limits, F.LocalExternalTerm.$);
  const v = readLocalExternalTerm(r);
  r.done(F.LocalExternalTerm.$);
  return v;
}

/** Encode a {@link LocalExternalTerm}. */
export function encodeLocalExternalTerm(v: LocalExternalTermInput): Uint8Array {
  const w = new Writer();
  writeLocalExternalTerm(w, v);
  return w.finish();
}

/**
 * A finite float printed with "%.20e", zero-padded to 31 bytes; superseded by NEW_FLOAT_EXT.
 * @see erl_ext_dist FLOAT_EXT
 */
export interface FloatString {
  float_string: Uint8Array;
}

/**
 * What {@link encodeFloatString} takes: a {@link FloatString}, where fields with a default may be left out.
 */
export interface FloatStringInput {
  float_string: Uint8Array;
}

/** Read a {@link FloatString} at the reader's position. */
export function readFloatString(r: Reader): FloatString {
  const f = F.FloatString;
  const float_string = r.raw(31, f.float_string);
  return { float_string };
}

/** Write a {@link FloatString}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeFloatString(w: Writer, v: FloatStringInput): void {
  const f = F.FloatString;
  expectObject(v, f.$);
  w.fixed(v.float_string, 31, f.float_string);
}

/**
 * Decode a whole {@link FloatString}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeFloatString(bytes: Uint8Array, limits?: DecodeLimits): FloatString {
  const r = new Reader(bytes, 0, bytes.length, limits, F.FloatString.$);
  const v = readFloatString(r);
  r.done(F.FloatString.$);
  return v;
}

/** Encode a {@link FloatString}. */
export function encodeFloatString(v: FloatStringInput): Uint8Array {
  const w = new Writer();
  writeFloatString(w, v);
  return w.finish();
}

/**
 * A bignum: n little-endian digit bytes and a sign byte (0 positive, 1 negative). The value is
 * sum(d(i) * 256^i); the runtime turns digits into a bigint.
 * @see erl_ext_dist SMALL_BIG_EXT
 */
export interface SmallBig {
  sign: number;
  digits: Uint8Array;
}

/** What {@link encodeSmallBig} takes: a {@link SmallBig}, where fields with a default may be left out. */
export interface SmallBigInput {
  sign: number;
  digits: Uint8Array;
}

/** Read a {@link SmallBig} at the reader's position. */
export function readSmallBig(r: Reader): SmallBig {
  const f = F.SmallBig;
  const n_ = r.u8(f.n);
  const sign = r.u8(f.sign);
  const digits = r.raw(n_, f.digits);
  return { sign, digits };
}

/** Write a {@link SmallBig}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeSmallBig(w: Writer, v: SmallBigInput): void {
  const f = F.SmallBig;
  expectObject(v, f.$);
  const n_ = lengthOf(v.digits, f.digits);
  w.u8(n_, f.n);
  w.u8(v.sign, f.sign);
  w.fixed(v.digits, n_, f.digits);
}

/**
 * Decode a whole {@link SmallBig}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSmallBig(bytes: Uint8Array, limits?: DecodeLimits): SmallBig {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SmallBig.$);
  const v = readSmallBig(r);
  r.done(F.SmallBig.$);
  return v;
}

/** Encode a {@link SmallBig}. */
export function encodeSmallBig(v: SmallBigInput): Uint8Array {
  const w = new Writer();
  writeSmallBig(w, v);
  return w.finish();
}

/** @see erl_ext_dist LARGE_BIG_EXT */
export interface LargeBig {
  sign: number;
  digits: Uint8Array;
}

/** What {@link encodeLargeBig} takes: a {@link LargeBig}, where fields with a default may be left out. */
export interface LargeBigInput {
  sign: number;
  digits: Uint8Array;
}

/** Read a {@link LargeBig} at the reader's position. */
export function readLargeBig(r: Reader): LargeBig {
  const f = F.LargeBig;
  const n_ = r.u32(f.n);
  const sign = r.u8(f.sign);
  const digits = r.raw(n_, f.digits);
  return { sign, digits };
}

/** Write a {@link LargeBig}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeLargeBig(w: Writer, v: LargeBigInput): void {
  const f = F.LargeBig;
  expectObject(v, f.$);
  const n_ = lengthOf(v.digits, f.digits);
  w.u32(n_, f.n);
  w.u8(v.sign, f.sign);
  w.fixed(v.digits, n_, f.digits);
}

/**
 * Decode a whole {@link LargeBig}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeLargeBig(bytes: Uint8Array, limits?: DecodeLimits): LargeBig {
  const r = new Reader(bytes, 0, bytes.length, limits, F.LargeBig.$);
  const v = readLargeBig(r);
  r.done(F.LargeBig.$);
  return v;
}

/** Encode a {@link LargeBig}. */
export function encodeLargeBig(v: LargeBigInput): Uint8Array {
  const w = new Writer();
  writeLargeBig(w, v);
  return w.finish();
}

/**
 * ATOM_UTF8_EXT (UTF-8) and the deprecated ATOM_EXT (Latin-1): the tag says which encoding
 * atom_name is in, so it stays bytes here. At most 255 characters.
 * @see erl_ext_dist ATOM_UTF8_EXT
 */
export interface Atom {
  atom_name: Uint8Array;
}

/** What {@link encodeAtom} takes: a {@link Atom}, where fields with a default may be left out. */
export interface AtomInput {
  atom_name: Uint8Array;
}

/** Read a {@link Atom} at the reader's position. */
export function readAtom(r: Reader): Atom {
  const f = F.Atom;
  const len = r.u16(f.len);
  const atom_name = r.raw(len, f.atom_name);
  return { atom_name };
}

/** Write a {@link Atom}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeAtom(w: Writer, v: AtomInput): void {
  const f = F.Atom;
  expectObject(v, f.$);
  const len = lengthOf(v.atom_name, f.atom_name);
  w.u16(len, f.len);
  w.fixed(v.atom_name, len, f.atom_name);
}

/**
 * Decode a whole {@link Atom}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeAtom(bytes: Uint8Array, limits?: DecodeLimits): Atom {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Atom.$);
  const v = readAtom(r);
  r.done(F.Atom.$);
  return v;
}

/** Encode a {@link Atom}. */
export function encodeAtom(v: AtomInput): Uint8Array {
  const w = new Writer();
  writeAtom(w, v);
  return w.finish();
}

/** @see erl_ext_dist SMALL_ATOM_UTF8_EXT */
export interface SmallAtom {
  atom_name: Uint8Array;
}

/** What {@link encodeSmallAtom} takes: a {@link SmallAtom}, where fields with a default may be left out. */
export interface SmallAtomInput {
  atom_name: Uint8Array;
}

/** Read a {@link SmallAtom} at the reader's position. */
export function readSmallAtom(r: Reader): SmallAtom {
  const f = F.SmallAtom;
  const len = r.u8(f.len);
  const atom_name = r.raw(len, f.atom_name);
  return { atom_name };
}

/** Write a {@link SmallAtom}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeSmallAtom(w: Writer, v: SmallAtomInput): void {
  const f = F.SmallAtom;
  expectObject(v, f.$);
  const len = lengthOf(v.atom_name, f.atom_name);
  w.u8(len, f.len);
  w.fixed(v.atom_name, len, f.atom_name);
}

/**
 * Decode a whole {@link SmallAtom}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSmallAtom(bytes: Uint8Array, limits?: DecodeLimits): SmallAtom {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SmallAtom.$);
  const v = readSmallAtom(r);
  r.done(F.SmallAtom.$);
  return v;
}

/** Encode a {@link SmallAtom}. */
export function encodeSmallAtom(v: SmallAtomInput): Uint8Array {
  const w = new Writer();
  writeSmallAtom(w, v);
  return w.finish();
}

/** @see erl_ext_dist SMALL_TUPLE_EXT */
export interface SmallTuple {
  elements: Term[];
}

/** What {@link encodeSmallTuple} takes: a {@link SmallTuple}, where fields with a default may be left out. */
export interface SmallTupleInput {
  elements: readonly TermInput[];
}

/** Read a {@link SmallTuple} at the reader's position. */
export function readSmallTuple(r: Reader): SmallTuple {
  const f = F.SmallTuple;
  r.descend(f.$);
  const arity = r.u8(f.arity);
  const elementsCount = r.count(arity, 1, f.elements);
  const elements: Term[] = [];
  try {
    for (let i = 0; i < elementsCount; i++) elements.push(readTerm(r));
  } catch (e) {
    throw nestedAt(e, f.elements, elements.length);
  }
  r.ascend();
  return { elements };
}

/** Write a {@link SmallTuple}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeSmallTuple(w: Writer, v: SmallTupleInput): void {
  const f = F.SmallTuple;
  expectObject(v, f.$);
  const arity = lengthOf(v.elements, f.elements);
  w.u8(arity, f.arity);
  expectLength(v.elements, arity, f.elements);
  const elementsItems = expectArray(v.elements, f.elements);
  let elementsI = 0;
  try {
    for (; elementsI < elementsItems.length; elementsI++) writeTerm(w, elementsItems[elementsI]!);
  } catch (e) {
    throw nestedAt(e, f.elements, elementsI);
  }
}

/**
 * Decode a whole {@link SmallTuple}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSmallTuple(bytes: Uint8Array, limits?: DecodeLimits): SmallTuple {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SmallTuple.$);
  const v = readSmallTuple(r);
  r.done(F.SmallTuple.$);
  return v;
}

/** Encode a {@link SmallTuple}. */
export function encodeSmallTuple(v: SmallTupleInput): Uint8Array {
  const w = new Writer();
  writeSmallTuple(w, v);
  return w.finish();
}

/** @see erl_ext_dist LARGE_TUPLE_EXT */
export interface LargeTuple {
  elements: Term[];
}

/** What {@link encodeLargeTuple} takes: a {@link LargeTuple}, where fields with a default may be left out. */
export interface LargeTupleInput {
  elements: readonly TermInput[];
}

/** Read a {@link LargeTuple} at the reader's position. */
export function readLargeTuple(r: Reader): LargeTuple {
  const f = F.LargeTuple;
  r.descend(f.$);
  const elementsCount = r.count(r.u32(f.elements), 1, f.elements);
  const elements: Term[] = [];
  try {
    for (let i = 0; i < elementsCount; i++) elements.push(readTerm(r));
  } catch (e) {
    throw nestedAt(e, f.elements, elements.length);
  }
  r.ascend();
  return { elements };
}

/** Write a {@link LargeTuple}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeLargeTuple(w: Writer, v: LargeTupleInput): void {
  const f = F.LargeTuple;
  expectObject(v, f.$);
  w.u32(lengthOf(v.elements, f.elements), f.elements);
  const elementsItems = expectArray(v.elements, f.elements);
  let elementsI = 0;
  try {
    for (; elementsI < elementsItems.length; elementsI++) writeTerm(w, elementsItems[elementsI]!);
  } catch (e) {
    throw nestedAt(e, f.elements, elementsI);
  }
}

/**
 * Decode a whole {@link LargeTuple}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeLargeTuple(bytes: Uint8Array, limits?: DecodeLimits): LargeTuple {
  const r = new Reader(bytes, 0, bytes.length, limits, F.LargeTuple.$);
  const v = readLargeTuple(r);
  r.done(F.LargeTuple.$);
  return v;
}

/** Encode a {@link LargeTuple}. */
export function encodeLargeTuple(v: LargeTupleInput): Uint8Array {
  const w = new Writer();
  writeLargeTuple(w, v);
  return w.finish();
}

/**
 * A list of bytes (integers 0..255) sent compactly; it decodes to a list, not to text. Lists
 * longer than 65535 elements are sent as LIST_EXT.
 * @see erl_ext_dist STRING_EXT
 */
export interface StringExt {
  characters: Uint8Array;
}

/** What {@link encodeStringExt} takes: a {@link StringExt}, where fields with a default may be left out. */
export interface StringExtInput {
  characters: Uint8Array;
}

/** Read a {@link StringExt} at the reader's position. */
export function readStringExt(r: Reader): StringExt {
  const f = F.StringExt;
  const length = r.u16(f.length);
  const characters = r.raw(length, f.characters);
  return { characters };
}

/** Write a {@link StringExt}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeStringExt(w: Writer, v: StringExtInput): void {
  const f = F.StringExt;
  expectObject(v, f.$);
  const length = lengthOf(v.characters, f.characters);
  w.u16(length, f.length);
  w.fixed(v.characters, length, f.characters);
}

/**
 * Decode a whole {@link StringExt}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeStringExt(bytes: Uint8Array, limits?: DecodeLimits): StringExt {
  const r = new Reader(bytes, 0, bytes.length, limits, F.StringExt.$);
  const v = readStringExt(r);
  r.done(F.StringExt.$);
  return v;
}

/** Encode a {@link StringExt}. */
export function encodeStringExt(v: StringExtInput): Uint8Array {
  const w = new Writer();
  writeStringExt(w, v);
  return w.finish();
}

/**
 * tail is NIL_EXT for a proper list; any other term makes it improper (`[a | b]`).
 * @see erl_ext_dist LIST_EXT
 */
export interface List {
  elements: Term[];
  tail: Term;
}

/** What {@link encodeList} takes: a {@link List}, where fields with a default may be left out. */
export interface ListInput {
  elements: readonly TermInput[];
  tail: TermInput;
}

/** Read a {@link List} at the reader's position. */
export function readList(r: Reader): List {
  const f = F.List;
  r.descend(f.$);
  const elementsCount = r.count(r.u32(f.elements), 1, f.elements);
  const elements: Term[] = [];
  try {
    for (let i = 0; i < elementsCount; i++) elements.push(readTerm(r));
  } catch (e) {
    throw nestedAt(e, f.elements, elements.length);
  }
  let tail: Term;
  try {
    tail = readTerm(r);
  } catch (e) {
    throw nested(e, f.tail, 'tail');
  }
  r.ascend();
  return { elements, tail };
}

/** Write a {@link List}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeList(w: Writer, v: ListInput): void {
  const f = F.List;
  expectObject(v, f.$);
  w.u32(lengthOf(v.elements, f.elements), f.elements);
  const elementsItems = expectArray(v.elements, f.elements);
  let elementsI = 0;
  try {
    for (; elementsI < elementsItems.length; elementsI++) writeTerm(w, elementsItems[elementsI]!);
  } catch (e) {
    throw nestedAt(e, f.elements, elementsI);
  }
  try {
    writeTerm(w, v.tail);
  } catch (e) {
    throw nested(e, f.tail, 'tail');
  }
}

/**
 * Decode a whole {@link List}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeList(bytes: Uint8Array, limits?: DecodeLimits): List {
  const r = new Reader(bytes, 0, bytes.length, limits, F.List.$);
  const v = readList(r);
  r.done(F.List.$);
  return v;
}

/** Encode a {@link List}. */
export function encodeList(v: ListInput): Uint8Array {
  const w = new Writer();
  writeList(w, v);
  return w.finish();
}

/** @see erl_ext_dist MAP_EXT */
export interface MapPair {
  key: Term;
  value: Term;
}

/** What {@link encodeMapPair} takes: a {@link MapPair}, where fields with a default may be left out. */
export interface MapPairInput {
  key: TermInput;
  value: TermInput;
}

/** Read a {@link MapPair} at the reader's position. */
export function readMapPair(r: Reader): MapPair {
  const f = F.MapPair;
  let key: Term;
  try {
    key = readTerm(r);
  } catch (e) {
    throw nested(e, f.key, 'key');
  }
  let value: Term;
  try {
    value = readTerm(r);
  } catch (e) {
    throw nested(e, f.value, 'value');
  }
  return { key, value };
}

/** Write a {@link MapPair}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeMapPair(w: Writer, v: MapPairInput): void {
  const f = F.MapPair;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.key);
  } catch (e) {
    throw nested(e, f.key, 'key');
  }
  try {
    writeTerm(w, v.value);
  } catch (e) {
    throw nested(e, f.value, 'value');
  }
}

/**
 * Decode a whole {@link MapPair}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeMapPair(bytes: Uint8Array, limits?: DecodeLimits): MapPair {
  const r = new Reader(bytes, 0, bytes.length, limits, F.MapPair.$);
  const v = readMapPair(r);
  r.done(F.MapPair.$);
  return v;
}

/** Encode a {@link MapPair}. */
export function encodeMapPair(v: MapPairInput): Uint8Array {
  const w = new Writer();
  writeMapPair(w, v);
  return w.finish();
}

/**
 * Keys are unique within one map (the runtime's check: two equal keys is not a valid map).
 * @see erl_ext_dist MAP_EXT
 */
export interface Map {
  pairs: MapPair[];
}

/** What {@link encodeMap} takes: a {@link Map}, where fields with a default may be left out. */
export interface MapInput {
  pairs: readonly MapPairInput[];
}

/** Read a {@link Map} at the reader's position. */
export function readMap(r: Reader): Map {
  const f = F.Map;
  r.descend(f.$);
  const pairsCount = r.count(r.u32(f.pairs), 2, f.pairs);
  const pairs: MapPair[] = [];
  try {
    for (let i = 0; i < pairsCount; i++) pairs.push(readMapPair(r));
  } catch (e) {
    throw nestedAt(e, f.pairs, pairs.length);
  }
  r.ascend();
  return { pairs };
}

/** Write a {@link Map}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeMap(w: Writer, v: MapInput): void {
  const f = F.Map;
  expectObject(v, f.$);
  w.u32(lengthOf(v.pairs, f.pairs), f.pairs);
  const pairsItems = expectArray(v.pairs, f.pairs);
  let pairsI = 0;
  try {
    for (; pairsI < pairsItems.length; pairsI++) writeMapPair(w, pairsItems[pairsI]!);
  } catch (e) {
    throw nestedAt(e, f.pairs, pairsI);
  }
}

/**
 * Decode a whole {@link Map}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeMap(bytes: Uint8Array, limits?: DecodeLimits): Map {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Map.$);
  const v = readMap(r);
  r.done(F.Map.$);
  return v;
}

/** Encode a {@link Map}. */
export function encodeMap(v: MapInput): Uint8Array {
  const w = new Writer();
  writeMap(w, v);
  return w.finish();
}

/** @see erl_ext_dist BINARY_EXT */
export interface Binary {
  data: Uint8Array;
}

/** What {@link encodeBinary} takes: a {@link Binary}, where fields with a default may be left out. */
export interface BinaryInput {
  data: Uint8Array;
}

/** Read a {@link Binary} at the reader's position. */
export function readBinary(r: Reader): Binary {
  const f = F.Binary;
  const len = r.u32(f.len);
  const data = r.raw(len, f.data);
  return { data };
}

/** Write a {@link Binary}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeBinary(w: Writer, v: BinaryInput): void {
  const f = F.Binary;
  expectObject(v, f.$);
  const len = lengthOf(v.data, f.data);
  w.u32(len, f.len);
  w.fixed(v.data, len, f.data);
}

/**
 * Decode a whole {@link Binary}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeBinary(bytes: Uint8Array, limits?: DecodeLimits): Binary {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Binary.$);
  const v = readBinary(r);
  r.done(F.Binary.$);
  return v;
}

/** Encode a {@link Binary}. */
export function encodeBinary(v: BinaryInput): Uint8Array {
  const w = new Writer();
  writeBinary(w, v);
  return w.finish();
}

/**
 * A bitstring: bits (1..8) is how many bits of the last byte are used, from the most significant.
 * @see erl_ext_dist BIT_BINARY_EXT
 */
export interface BitBinary {
  bits: number;
  data: Uint8Array;
}

/** What {@link encodeBitBinary} takes: a {@link BitBinary}, where fields with a default may be left out. */
export interface BitBinaryInput {
  bits: number;
  data: Uint8Array;
}

/** Read a {@link BitBinary} at the reader's position. */
export function readBitBinary(r: Reader): BitBinary {
  const f = F.BitBinary;
  const len = r.u32(f.len);
  const bits = r.u8(f.bits);
  const data = r.raw(len, f.data);
  return { bits, data };
}

/** Write a {@link BitBinary}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeBitBinary(w: Writer, v: BitBinaryInput): void {
  const f = F.BitBinary;
  expectObject(v, f.$);
  const len = lengthOf(v.data, f.data);
  w.u32(len, f.len);
  w.u8(v.bits, f.bits);
  w.fixed(v.data, len, f.data);
}

/**
 * Decode a whole {@link BitBinary}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeBitBinary(bytes: Uint8Array, limits?: DecodeLimits): BitBinary {
  const r = new Reader(bytes, 0, bytes.length, limits, F.BitBinary.$);
  const v = readBitBinary(r);
  r.done(F.BitBinary.$);
  return v;
}

/** Encode a {@link BitBinary}. */
export function encodeBitBinary(v: BitBinaryInput): Uint8Array {
  const w = new Writer();
  writeBitBinary(w, v);
  return w.finish();
}

/** @see erl_ext_dist NEW_PID_EXT */
export interface NewPid {
  node: Term;
  id: number;
  serial: number;
  creation: number;
}

/** What {@link encodeNewPid} takes: a {@link NewPid}, where fields with a default may be left out. */
export interface NewPidInput {
  node: TermInput;
  id: number;
  serial: number;
  creation: number;
}

/** Read a {@link NewPid} at the reader's position. */
export function readNewPid(r: Reader): NewPid {
  const f = F.NewPid;
  r.descend(f.$);
  let node: Term;
  try {
    node = readTerm(r);
  } catch (e) {
    throw nested(e, f.node, 'node');
  }
  const id = r.u32(f.id);
  const serial = r.u32(f.serial);
  const creation = r.u32(f.creation);
  r.ascend();
  return { node, id, serial, creation };
}

/** Write a {@link NewPid}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeNewPid(w: Writer, v: NewPidInput): void {
  const f = F.NewPid;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.node);
  } catch (e) {
    throw nested(e, f.node, 'node');
  }
  w.u32(v.id, f.id);
  w.u32(v.serial, f.serial);
  w.u32(v.creation, f.creation);
}

/**
 * Decode a whole {@link NewPid}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeNewPid(bytes: Uint8Array, limits?: DecodeLimits): NewPid {
  const r = new Reader(bytes, 0, bytes.length, limits, F.NewPid.$);
  const v = readNewPid(r);
  r.done(F.NewPid.$);
  return v;
}

/** Encode a {@link NewPid}. */
export function encodeNewPid(v: NewPidInput): Uint8Array {
  const w = new Writer();
  writeNewPid(w, v);
  return w.finish();
}

/**
 * The pre-OTP-23 form: creation is one byte with two significant bits.
 * @see erl_ext_dist PID_EXT
 */
export interface Pid {
  node: Term;
  id: number;
  serial: number;
  creation: number;
}

/** What {@link encodePid} takes: a {@link Pid}, where fields with a default may be left out. */
export interface PidInput {
  node: TermInput;
  id: number;
  serial: number;
  creation: number;
}

/** Read a {@link Pid} at the reader's position. */
export function readPid(r: Reader): Pid {
  const f = F.Pid;
  r.descend(f.$);
  let node: Term;
  try {
    node = readTerm(r);
  } catch (e) {
    throw nested(e, f.node, 'node');
  }
  const id = r.u32(f.id);
  const serial = r.u32(f.serial);
  const creation = r.u8(f.creation);
  r.ascend();
  return { node, id, serial, creation };
}

/** Write a {@link Pid}; throws EncodeError naming the field for a value the spec does not allow. */
export function writePid(w: Writer, v: PidInput): void {
  const f = F.Pid;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.node);
  } catch (e) {
    throw nested(e, f.node, 'node');
  }
  w.u32(v.id, f.id);
  w.u32(v.serial, f.serial);
  w.u8(v.creation, f.creation);
}

/**
 * Decode a whole {@link Pid}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodePid(bytes: Uint8Array, limits?: DecodeLimits): Pid {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Pid.$);
  const v = readPid(r);
  r.done(F.Pid.$);
  return v;
}

/** Encode a {@link Pid}. */
export function encodePid(v: PidInput): Uint8Array {
  const w = new Writer();
  writePid(w, v);
  return w.finish();
}

/** @see erl_ext_dist NEW_PORT_EXT */
export interface NewPort {
  node: Term;
  id: number;
  creation: number;
}

/** What {@link encodeNewPort} takes: a {@link NewPort}, where fields with a default may be left out. */
export interface NewPortInput {
  node: TermInput;
  id: number;
  creation: number;
}

/** Read a {@link NewPort} at the reader's position. */
export function readNewPort(r: Reader): NewPort {
  const f = F.NewPort;
  r.descend(f.$);
  let node: Term;
  try {
    node = readTerm(r);
  } catch (e) {
    throw nested(e, f.node, 'node');
  }
  const id = r.u32(f.id);
  const creation = r.u32(f.creation);
  r.ascend();
  return { node, id, creation };
}

/** Write a {@link NewPort}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeNewPort(w: Writer, v: NewPortInput): void {
  const f = F.NewPort;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.node);
  } catch (e) {
    throw nested(e, f.node, 'node');
  }
  w.u32(v.id, f.id);
  w.u32(v.creation, f.creation);
}

/**
 * Decode a whole {@link NewPort}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeNewPort(bytes: Uint8Array, limits?: DecodeLimits): NewPort {
  const r = new Reader(bytes, 0, bytes.length, limits, F.NewPort.$);
  const v = readNewPort(r);
  r.done(F.NewPort.$);
  return v;
}

/** Encode a {@link NewPort}. */
export function encodeNewPort(v: NewPortInput): Uint8Array {
  const w = new Writer();
  writeNewPort(w, v);
  return w.finish();
}

/** @see erl_ext_dist PORT_EXT */
export interface Port {
  node: Term;
  id: number;
  creation: number;
}

/** What {@link encodePort} takes: a {@link Port}, where fields with a default may be left out. */
export interface PortInput {
  node: TermInput;
  id: number;
  creation: number;
}

/** Read a {@link Port} at the reader's position. */
export function readPort(r: Reader): Port {
  const f = F.Port;
  r.descend(f.$);
  let node: Term;
  try {
    node = readTerm(r);
  } catch (e) {
    throw nested(e, f.node, 'node');
  }
  const id = r.u32(f.id);
  const creation = r.u8(f.creation);
  r.ascend();
  return { node, id, creation };
}

/** Write a {@link Port}; throws EncodeError naming the field for a value the spec does not allow. */
export function writePort(w: Writer, v: PortInput): void {
  const f = F.Port;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.node);
  } catch (e) {
    throw nested(e, f.node, 'node');
  }
  w.u32(v.id, f.id);
  w.u8(v.creation, f.creation);
}

/**
 * Decode a whole {@link Port}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodePort(bytes: Uint8Array, limits?: DecodeLimits): Port {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Port.$);
  const v = readPort(r);
  r.done(F.Port.$);
  return v;
}

/** Encode a {@link Port}. */
export function encodePort(v: PortInput): Uint8Array {
  const w = new Writer();
  writePort(w, v);
  return w.finish();
}

/**
 * A 64-bit port id (mandatory from OTP 26, DFLAG_V4_NC).
 * @see erl_ext_dist V4_PORT_EXT
 */
export interface V4Port {
  node: Term;
  id: bigint;
  creation: number;
}

/** What {@link encodeV4Port} takes: a {@link V4Port}, where fields with a default may be left out. */
export interface V4PortInput {
  node: TermInput;
  id: bigint;
  creation: number;
}

/** Read a {@link V4Port} at the reader's position. */
export function readV4Port(r: Reader): V4Port {
  const f = F.V4Port;
  r.descend(f.$);
  let node: Term;
  try {
    node = readTerm(r);
  } catch (e) {
    throw nested(e, f.node, 'node');
  }
  const id = r.u64(f.id);
  const creation = r.u32(f.creation);
  r.ascend();
  return { node, id, creation };
}

/** Write a {@link V4Port}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeV4Port(w: Writer, v: V4PortInput): void {
  const f = F.V4Port;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.node);
  } catch (e) {
    throw nested(e, f.node, 'node');
  }
  w.u64(v.id, f.id);
  w.u32(v.creation, f.creation);
}

/**
 * Decode a whole {@link V4Port}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeV4Port(bytes: Uint8Array, limits?: DecodeLimits): V4Port {
  const r = new Reader(bytes, 0, bytes.length, limits, F.V4Port.$);
  const v = readV4Port(r);
  r.done(F.V4Port.$);
  return v;
}

/** Encode a {@link V4Port}. */
export function encodeV4Port(v: V4PortInput): Uint8Array {
  const w = new Writer();
  writeV4Port(w, v);
  return w.finish();
}

/**
 * The ID words (at most 5) are uninterpreted data. `len` comes before node on the wire.
 * @see erl_ext_dist NEWER_REFERENCE_EXT
 */
export interface NewerReference {
  node: Term;
  creation: number;
  id: number[];
}

/**
 * What {@link encodeNewerReference} takes: a {@link NewerReference}, where fields with a default may be left
 * out.
 */
export interface NewerReferenceInput {
  node: TermInput;
  creation: number;
  id: readonly number[];
}

/** Read a {@link NewerReference} at the reader's position. */
export function readNewerReference(r: Reader): NewerReference {
  const f = F.NewerReference;
  r.descend(f.$);
  const len = r.u16(f.len);
  let node: Term;
  try {
    node = readTerm(r);
  } catch (e) {
    throw nested(e, f.node, 'node');
  }
  const creation = r.u32(f.creation);
  const idCount = r.count(len, 4, f.id);
  const id: number[] = [];
  for (let i = 0; i < idCount; i++) id.push(r.u32(f.id));
  r.ascend();
  return { node, creation, id };
}

/**
 * Write a {@link NewerReference}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeNewerReference(w: Writer, v: NewerReferenceInput): void {
  const f = F.NewerReference;
  expectObject(v, f.$);
  const len = lengthOf(v.id, f.id);
  w.u16(len, f.len);
  try {
    writeTerm(w, v.node);
  } catch (e) {
    throw nested(e, f.node, 'node');
  }
  w.u32(v.creation, f.creation);
  expectLength(v.id, len, f.id);
  for (const item of expectArray(v.id, f.id)) {
    w.u32(item, f.id);
  }
}

/**
 * Decode a whole {@link NewerReference}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeNewerReference(bytes: Uint8Array, limits?: DecodeLimits): NewerReference {
  const r = new Reader(bytes, 0, bytes.length, limits, F.NewerReference.$);
  const v = readNewerReference(r);
  r.done(F.NewerReference.$);
  return v;
}

/** Encode a {@link NewerReference}. */
export function encodeNewerReference(v: NewerReferenceInput): Uint8Array {
  const w = new Writer();
  writeNewerReference(w, v);
  return w.finish();
}

/** @see erl_ext_dist NEW_REFERENCE_EXT */
export interface NewReference {
  node: Term;
  creation: number;
  id: number[];
}

/**
 * What {@link encodeNewReference} takes: a {@link NewReference}, where fields with a default may be left out.
 */
export interface NewReferenceInput {
  node: TermInput;
  creation: number;
  id: readonly number[];
}

/** Read a {@link NewReference} at the reader's position. */
export function readNewReference(r: Reader): NewReference {
  const f = F.NewReference;
  r.descend(f.$);
  const len = r.u16(f.len);
  let node: Term;
  try {
    node = readTerm(r);
  } catch (e) {
    throw nested(e, f.node, 'node');
  }
  const creation = r.u8(f.creation);
  const idCount = r.count(len, 4, f.id);
  const id: number[] = [];
  for (let i = 0; i < idCount; i++) id.push(r.u32(f.id));
  r.ascend();
  return { node, creation, id };
}

/** Write a {@link NewReference}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeNewReference(w: Writer, v: NewReferenceInput): void {
  const f = F.NewReference;
  expectObject(v, f.$);
  const len = lengthOf(v.id, f.id);
  w.u16(len, f.len);
  try {
    writeTerm(w, v.node);
  } catch (e) {
    throw nested(e, f.node, 'node');
  }
  w.u8(v.creation, f.creation);
  expectLength(v.id, len, f.id);
  for (const item of expectArray(v.id, f.id)) {
    w.u32(item, f.id);
  }
}

/**
 * Decode a whole {@link NewReference}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeNewReference(bytes: Uint8Array, limits?: DecodeLimits): NewReference {
  const r = new Reader(bytes, 0, bytes.length, limits, F.NewReference.$);
  const v = readNewReference(r);
  r.done(F.NewReference.$);
  return v;
}

/** Encode a {@link NewReference}. */
export function encodeNewReference(v: NewReferenceInput): Uint8Array {
  const w = new Writer();
  writeNewReference(w, v);
  return w.finish();
}

/** @see erl_ext_dist REFERENCE_EXT */
export interface Reference {
  node: Term;
  id: number;
  creation: number;
}

/** What {@link encodeReference} takes: a {@link Reference}, where fields with a default may be left out. */
export interface ReferenceInput {
  node: TermInput;
  id: number;
  creation: number;
}

/** Read a {@link Reference} at the reader's position. */
export function readReference(r: Reader): Reference {
  const f = F.Reference;
  r.descend(f.$);
  let node: Term;
  try {
    node = readTerm(r);
  } catch (e) {
    throw nested(e, f.node, 'node');
  }
  const id = r.u32(f.id);
  const creation = r.u8(f.creation);
  r.ascend();
  return { node, id, creation };
}

/** Write a {@link Reference}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeReference(w: Writer, v: ReferenceInput): void {
  const f = F.Reference;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.node);
  } catch (e) {
    throw nested(e, f.node, 'node');
  }
  w.u32(v.id, f.id);
  w.u8(v.creation, f.creation);
}

/**
 * Decode a whole {@link Reference}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeReference(bytes: Uint8Array, limits?: DecodeLimits): Reference {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Reference.$);
  const v = readReference(r);
  r.done(F.Reference.$);
  return v;
}

/** Encode a {@link Reference}. */
export function encodeReference(v: ReferenceInput): Uint8Array {
  const w = new Writer();
  writeReference(w, v);
  return w.finish();
}

/**
 * An internal fun (`fun F/A`, `fun(...) -> ... end`). size is the byte length of the whole
 * NEW_FUN_EXT body, the size field itself included; num_free counts free_vars, several fields
 * before them. Both are computed by the encoder and checked by the decoder.
 * @see erl_ext_dist NEW_FUN_EXT
 */
export interface NewFun {
  arity: number;
  /** MD5 of the significant parts of the BEAM file. */
  uniq: Uint8Array;
  index: number;
  /** an atom. */
  module: Term;
  /** SMALL_INTEGER_EXT or INTEGER_EXT. */
  old_index: Term;
  /** SMALL_INTEGER_EXT or INTEGER_EXT. */
  old_uniq: Term;
  /** the creating process. */
  pid: Term;
  free_vars: Term[];
}

/** What {@link encodeNewFun} takes: a {@link NewFun}, where fields with a default may be left out. */
export interface NewFunInput {
  arity: number;
  uniq: Uint8Array;
  index: number;
  module: TermInput;
  old_index: TermInput;
  old_uniq: TermInput;
  pid: TermInput;
  free_vars: readonly TermInput[];
}

/** Read a {@link NewFun} at the reader's position. */
export function readNewFun(r: Reader): NewFun {
  const f = F.NewFun;
  r.descend(f.$);
  const size = r.u32(f.size);
  const sizeEnd = r.enter(size - 4, f.size);
  const arity = r.u8(f.arity);
  const uniq = r.raw(16, f.uniq);
  const index = r.u32(f.index);
  const num_free = r.u32(f.num_free);
  let module: Term;
  try {
    module = readTerm(r);
  } catch (e) {
    throw nested(e, f.module, 'module');
  }
  let old_index: Term;
  try {
    old_index = readTerm(r);
  } catch (e) {
    throw nested(e, f.old_index, 'old_index');
  }
  let old_uniq: Term;
  try {
    old_uniq = readTerm(r);
  } catch (e) {
    throw nested(e, f.old_uniq, 'old_uniq');
  }
  let pid: Term;
  try {
    pid = readTerm(r);
  } catch (e) {
    throw nested(e, f.pid, 'pid');
  }
  const free_varsCount = r.count(num_free, 1, f.free_vars);
  const free_vars: Term[] = [];
  try {
    for (let i = 0; i < free_varsCount; i++) free_vars.push(readTerm(r));
  } catch (e) {
    throw nestedAt(e, f.free_vars, free_vars.length);
  }
  r.leave(sizeEnd, f.size);
  r.ascend();
  return { arity, uniq, index, module, old_index, old_uniq, pid, free_vars };
}

/** Write a {@link NewFun}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeNewFun(w: Writer, v: NewFunInput): void {
  const f = F.NewFun;
  expectObject(v, f.$);
  const num_free = lengthOf(v.free_vars, f.free_vars);
  const sizeAt = w.reserve(4);
  w.u8(v.arity, f.arity);
  w.fixed(v.uniq, 16, f.uniq);
  w.u32(v.index, f.index);
  w.u32(num_free, f.num_free);
  try {
    writeTerm(w, v.module);
  } catch (e) {
    throw nested(e, f.module, 'module');
  }
  try {
    writeTerm(w, v.old_index);
  } catch (e) {
    throw nested(e, f.old_index, 'old_index');
  }
  try {
    writeTerm(w, v.old_uniq);
  } catch (e) {
    throw nested(e, f.old_uniq, 'old_uniq');
  }
  try {
    writeTerm(w, v.pid);
  } catch (e) {
    throw nested(e, f.pid, 'pid');
  }
  expectLength(v.free_vars, num_free, f.free_vars);
  const free_varsItems = expectArray(v.free_vars, f.free_vars);
  let free_varsI = 0;
  try {
    for (; free_varsI < free_varsItems.length; free_varsI++) writeTerm(w, free_varsItems[free_varsI]!);
  } catch (e) {
    throw nestedAt(e, f.free_vars, free_varsI);
  }
  const size = w.pos - sizeAt;
  w.fill(sizeAt, 4, size, f.size);
}

/**
 * Decode a whole {@link NewFun}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeNewFun(bytes: Uint8Array, limits?: DecodeLimits): NewFun {
  const r = new Reader(bytes, 0, bytes.length, limits, F.NewFun.$);
  const v = readNewFun(r);
  r.done(F.NewFun.$);
  return v;
}

/** Encode a {@link NewFun}. */
export function encodeNewFun(v: NewFunInput): Uint8Array {
  const w = new Writer();
  writeNewFun(w, v);
  return w.finish();
}

/**
 * An external fun `fun M:F/A`.
 * @see erl_ext_dist EXPORT_EXT
 */
export interface Export {
  /** an atom. */
  module: Term;
  /** an atom. */
  function: Term;
  /** SMALL_INTEGER_EXT. */
  arity: Term;
}

/** What {@link encodeExport} takes: a {@link Export}, where fields with a default may be left out. */
export interface ExportInput {
  module: TermInput;
  function: TermInput;
  arity: TermInput;
}

/** Read a {@link Export} at the reader's position. */
export function readExport(r: Reader): Export {
  const f = F.Export;
  r.descend(f.$);
  let module: Term;
  try {
    module = readTerm(r);
  } catch (e) {
    throw nested(e, f.module, 'module');
  }
  let function_: Term;
  try {
    function_ = readTerm(r);
  } catch (e) {
    throw nested(e, f.function, 'function');
  }
  let arity: Term;
  try {
    arity = readTerm(r);
  } catch (e) {
    throw nested(e, f.arity, 'arity');
  }
  r.ascend();
  return { module, function: function_, arity };
}

/** Write a {@link Export}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeExport(w: Writer, v: ExportInput): void {
  const f = F.Export;
  expectObject(v, f.$);
  try {
    writeTerm(w, v.module);
  } catch (e) {
    throw nested(e, f.module, 'module');
  }
  try {
    writeTerm(w, v.function);
  } catch (e) {
    throw nested(e, f.function, 'function');
  }
  try {
    writeTerm(w, v.arity);
  } catch (e) {
    throw nested(e, f.arity, 'arity');
  }
}

/**
 * Decode a whole {@link Export}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeExport(bytes: Uint8Array, limits?: DecodeLimits): Export {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Export.$);
  const v = readExport(r);
  r.done(F.Export.$);
  return v;
}

/** Encode a {@link Export}. */
export function encodeExport(v: ExportInput): Uint8Array {
  const w = new Writer();
  writeExport(w, v);
  return w.finish();
}

/** Where each field is in specs/dist/term.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/dist/term.spec', {
  Empty: {
    $: 8,
  },
  Term: {
    $: 88,
    tag: 56,
    value: 87,
  },
  ExternalTerm: {
    $: 102,
    version: 100,
    term: 101,
  },
  CompressedExternalTerm: {
    $: 115,
    version: 111,
    tag: 112,
    uncompressed_size: 113,
    zlib_data: 114,
  },
  LocalExternalTerm: {
    $: 127,
    version: 124,
    tag: 125,
    data: 126,
  },
  FloatString: {
    $: 135,
    float_string: 134,
  },
  SmallBig: {
    $: 146,
    n: 143,
    sign: 144,
    digits: 145,
  },
  LargeBig: {
    $: 153,
    n: 150,
    sign: 151,
    digits: 152,
  },
  Atom: {
    $: 165,
    len: 163,
    atom_name: 164,
  },
  SmallAtom: {
    $: 171,
    len: 169,
    atom_name: 170,
  },
  SmallTuple: {
    $: 179,
    arity: 177,
    elements: 178,
  },
  LargeTuple: {
    $: 184,
    elements: 183,
  },
  StringExt: {
    $: 194,
    length: 192,
    characters: 193,
  },
  List: {
    $: 201,
    elements: 199,
    tail: 200,
  },
  MapPair: {
    $: 207,
    key: 205,
    value: 206,
  },
  Map: {
    $: 213,
    pairs: 212,
  },
  Binary: {
    $: 221,
    len: 219,
    data: 220,
  },
  BitBinary: {
    $: 229,
    len: 226,
    bits: 227,
    data: 228,
  },
  NewPid: {
    $: 242,
    node: 238,
    id: 239,
    serial: 240,
    creation: 241,
  },
  Pid: {
    $: 251,
    node: 247,
    id: 248,
    serial: 249,
    creation: 250,
  },
  NewPort: {
    $: 258,
    node: 255,
    id: 256,
    creation: 257,
  },
  Port: {
    $: 265,
    node: 262,
    id: 263,
    creation: 264,
  },
  V4Port: {
    $: 273,
    node: 270,
    id: 271,
    creation: 272,
  },
  NewerReference: {
    $: 282,
    len: 278,
    node: 279,
    creation: 280,
    id: 281,
  },
  NewReference: {
    $: 290,
    len: 286,
    node: 287,
    creation: 288,
    id: 289,
  },
  Reference: {
    $: 297,
    node: 294,
    id: 295,
    creation: 296,
  },
  NewFun: {
    $: 318,
    size: 308,
    arity: 309,
    uniq: 310,
    index: 311,
    num_free: 312,
    module: 313,
    old_index: 314,
    old_uniq: 315,
    pid: 316,
    free_vars: 317,
  },
  Export: {
    $: 326,
    module: 323,
    function: 324,
    arity: 325,
  },
});
/** The value case -> tag: filled in when an encoder's input leaves it out. */
const TermValueTags = {
  SMALL_INTEGER_EXT: TermTag.SMALL_INTEGER_EXT,
  INTEGER_EXT: TermTag.INTEGER_EXT,
  FLOAT_EXT: TermTag.FLOAT_EXT,
  NEW_FLOAT_EXT: TermTag.NEW_FLOAT_EXT,
  ATOM_EXT: TermTag.ATOM_EXT,
  SMALL_ATOM_EXT: TermTag.SMALL_ATOM_EXT,
  ATOM_UTF8_EXT: TermTag.ATOM_UTF8_EXT,
  SMALL_ATOM_UTF8_EXT: TermTag.SMALL_ATOM_UTF8_EXT,
  ATOM_CACHE_REF: TermTag.ATOM_CACHE_REF,
  SMALL_TUPLE_EXT: TermTag.SMALL_TUPLE_EXT,
  LARGE_TUPLE_EXT: TermTag.LARGE_TUPLE_EXT,
  NIL_EXT: TermTag.NIL_EXT,
  STRING_EXT: TermTag.STRING_EXT,
  LIST_EXT: TermTag.LIST_EXT,
  BINARY_EXT: TermTag.BINARY_EXT,
  BIT_BINARY_EXT: TermTag.BIT_BINARY_EXT,
  SMALL_BIG_EXT: TermTag.SMALL_BIG_EXT,
  LARGE_BIG_EXT: TermTag.LARGE_BIG_EXT,
  MAP_EXT: TermTag.MAP_EXT,
  PID_EXT: TermTag.PID_EXT,
  NEW_PID_EXT: TermTag.NEW_PID_EXT,
  PORT_EXT: TermTag.PORT_EXT,
  NEW_PORT_EXT: TermTag.NEW_PORT_EXT,
  V4_PORT_EXT: TermTag.V4_PORT_EXT,
  REFERENCE_EXT: TermTag.REFERENCE_EXT,
  NEW_REFERENCE_EXT: TermTag.NEW_REFERENCE_EXT,
  NEWER_REFERENCE_EXT: TermTag.NEWER_REFERENCE_EXT,
  NEW_FUN_EXT: TermTag.NEW_FUN_EXT,
  EXPORT_EXT: TermTag.EXPORT_EXT,
} as const;
