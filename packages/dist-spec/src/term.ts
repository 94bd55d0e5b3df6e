// Generated from specs/dist/term.spec by otpnet-gen. Do not edit.
import { DecodeError, EncodeError, enumName, Reader, Writer } from '@otpnet/wire';

/**
 * The body of NIL_EXT: nothing after the tag.
 * @see erl_ext_dist NIL_EXT
 */
export interface Empty {
}

/** Read a {@link Empty} at the reader's position. */
export function readEmpty(r: Reader): Empty {
  return {};
}

/** Write a {@link Empty}. */
export function writeEmpty(w: Writer, v: Empty): void {

}

/** Decode a whole {@link Empty}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeEmpty(bytes: Uint8Array): Empty {
  const r = new Reader(bytes);
  const v = readEmpty(r);
  r.done('Empty@specs/dist/term.spec:8');
  return v;
}

/** Encode a {@link Empty}. */
export function encodeEmpty(v: Empty): Uint8Array {
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
export const TermTagNames: ReadonlyMap<number, string> = new Map(Object.entries(TermTag).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function TermTagName(value: number): string {
  return enumName(TermTagNames, value, 1);
}

/** The variants of Term.value, keyed by tag. */
export type TermValue = { case: 'SMALL_INTEGER_EXT'; value: number } | { case: 'INTEGER_EXT'; value: number } | { case: 'FLOAT_EXT'; value: FloatString } | { case: 'NEW_FLOAT_EXT'; value: number } | { case: 'ATOM_EXT'; value: Atom } | { case: 'SMALL_ATOM_EXT'; value: SmallAtom } | { case: 'ATOM_UTF8_EXT'; value: Atom } | { case: 'SMALL_ATOM_UTF8_EXT'; value: SmallAtom } | { case: 'ATOM_CACHE_REF'; value: number } | { case: 'SMALL_TUPLE_EXT'; value: SmallTuple } | { case: 'LARGE_TUPLE_EXT'; value: LargeTuple } | { case: 'NIL_EXT'; value: Empty } | { case: 'STRING_EXT'; value: StringExt } | { case: 'LIST_EXT'; value: List } | { case: 'BINARY_EXT'; value: Binary } | { case: 'BIT_BINARY_EXT'; value: BitBinary } | { case: 'SMALL_BIG_EXT'; value: SmallBig } | { case: 'LARGE_BIG_EXT'; value: LargeBig } | { case: 'MAP_EXT'; value: Map } | { case: 'PID_EXT'; value: Pid } | { case: 'NEW_PID_EXT'; value: NewPid } | { case: 'PORT_EXT'; value: Port } | { case: 'NEW_PORT_EXT'; value: NewPort } | { case: 'V4_PORT_EXT'; value: V4Port } | { case: 'REFERENCE_EXT'; value: Reference } | { case: 'NEW_REFERENCE_EXT'; value: NewReference } | { case: 'NEWER_REFERENCE_EXT'; value: NewerReference } | { case: 'NEW_FUN_EXT'; value: NewFun } | { case: 'EXPORT_EXT'; value: Export };

/**
 * One term. There is no default arm: an unknown tag has no length, so nothing after it could be
 * read (FUN_EXT, removed in OTP 23, is rejected the same way). COMPRESSED and LOCAL_EXT are not
 * terms but ways of encoding a whole term_to_binary result: they appear only right after the
 * version byte (CompressedExternalTerm, LocalExternalTerm) and take the rest of the input, so they
 * have no arm here either. Decoding nests at most Reader.maxDepth terms deep.
 * @see erl_ext_dist
 */
export interface Term {
  tag: TermTag;
  value: TermValue;
}

/** Read a {@link Term} at the reader's position. */
export function readTerm(r: Reader): Term {
  r.descend('Term@specs/dist/term.spec:88');
  const tag_ = r.u8('Term.tag@specs/dist/term.spec:56');
  let value: TermValue;
  switch (tag_) {
    case TermTag.SMALL_INTEGER_EXT:
      value = { case: 'SMALL_INTEGER_EXT', value: r.u8('Term.value@specs/dist/term.spec:87') };
      break;
    case TermTag.INTEGER_EXT:
      value = { case: 'INTEGER_EXT', value: r.i32('Term.value@specs/dist/term.spec:87') };
      break;
    case TermTag.FLOAT_EXT:
      value = { case: 'FLOAT_EXT', value: readFloatString(r) };
      break;
    case TermTag.NEW_FLOAT_EXT:
      value = { case: 'NEW_FLOAT_EXT', value: r.f64('Term.value@specs/dist/term.spec:87') };
      break;
    case TermTag.ATOM_EXT:
      value = { case: 'ATOM_EXT', value: readAtom(r) };
      break;
    case TermTag.SMALL_ATOM_EXT:
      value = { case: 'SMALL_ATOM_EXT', value: readSmallAtom(r) };
      break;
    case TermTag.ATOM_UTF8_EXT:
      value = { case: 'ATOM_UTF8_EXT', value: readAtom(r) };
      break;
    case TermTag.SMALL_ATOM_UTF8_EXT:
      value = { case: 'SMALL_ATOM_UTF8_EXT', value: readSmallAtom(r) };
      break;
    case TermTag.ATOM_CACHE_REF:
      value = { case: 'ATOM_CACHE_REF', value: r.u8('Term.value@specs/dist/term.spec:87') };
      break;
    case TermTag.SMALL_TUPLE_EXT:
      value = { case: 'SMALL_TUPLE_EXT', value: readSmallTuple(r) };
      break;
    case TermTag.LARGE_TUPLE_EXT:
      value = { case: 'LARGE_TUPLE_EXT', value: readLargeTuple(r) };
      break;
    case TermTag.NIL_EXT:
      value = { case: 'NIL_EXT', value: readEmpty(r) };
      break;
    case TermTag.STRING_EXT:
      value = { case: 'STRING_EXT', value: readStringExt(r) };
      break;
    case TermTag.LIST_EXT:
      value = { case: 'LIST_EXT', value: readList(r) };
      break;
    case TermTag.BINARY_EXT:
      value = { case: 'BINARY_EXT', value: readBinary(r) };
      break;
    case TermTag.BIT_BINARY_EXT:
      value = { case: 'BIT_BINARY_EXT', value: readBitBinary(r) };
      break;
    case TermTag.SMALL_BIG_EXT:
      value = { case: 'SMALL_BIG_EXT', value: readSmallBig(r) };
      break;
    case TermTag.LARGE_BIG_EXT:
      value = { case: 'LARGE_BIG_EXT', value: readLargeBig(r) };
      break;
    case TermTag.MAP_EXT:
      value = { case: 'MAP_EXT', value: readMap(r) };
      break;
    case TermTag.PID_EXT:
      value = { case: 'PID_EXT', value: readPid(r) };
      break;
    case TermTag.NEW_PID_EXT:
      value = { case: 'NEW_PID_EXT', value: readNewPid(r) };
      break;
    case TermTag.PORT_EXT:
      value = { case: 'PORT_EXT', value: readPort(r) };
      break;
    case TermTag.NEW_PORT_EXT:
      value = { case: 'NEW_PORT_EXT', value: readNewPort(r) };
      break;
    case TermTag.V4_PORT_EXT:
      value = { case: 'V4_PORT_EXT', value: readV4Port(r) };
      break;
    case TermTag.REFERENCE_EXT:
      value = { case: 'REFERENCE_EXT', value: readReference(r) };
      break;
    case TermTag.NEW_REFERENCE_EXT:
      value = { case: 'NEW_REFERENCE_EXT', value: readNewReference(r) };
      break;
    case TermTag.NEWER_REFERENCE_EXT:
      value = { case: 'NEWER_REFERENCE_EXT', value: readNewerReference(r) };
      break;
    case TermTag.NEW_FUN_EXT:
      value = { case: 'NEW_FUN_EXT', value: readNewFun(r) };
      break;
    case TermTag.EXPORT_EXT:
      value = { case: 'EXPORT_EXT', value: readExport(r) };
      break;
    default:
      throw new DecodeError('Term.value@specs/dist/term.spec:87', `no case for tag ${String(tag_)}`);
  }
  r.ascend();
  return { tag: tag_, value };
}

/** Write a {@link Term}. */
export function writeTerm(w: Writer, v: Term): void {
  w.u8(v.tag, 'Term.tag@specs/dist/term.spec:56');
  const value = v.value;
  switch (value.case) {
    case 'SMALL_INTEGER_EXT':
      if (v.tag !== TermTag.SMALL_INTEGER_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case SMALL_INTEGER_EXT needs tag = SMALL_INTEGER_EXT, got ${String(v.tag)}`);
      w.u8(value.value, 'Term.value@specs/dist/term.spec:87');
      break;
    case 'INTEGER_EXT':
      if (v.tag !== TermTag.INTEGER_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case INTEGER_EXT needs tag = INTEGER_EXT, got ${String(v.tag)}`);
      w.i32(value.value, 'Term.value@specs/dist/term.spec:87');
      break;
    case 'FLOAT_EXT':
      if (v.tag !== TermTag.FLOAT_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case FLOAT_EXT needs tag = FLOAT_EXT, got ${String(v.tag)}`);
      writeFloatString(w, value.value);
      break;
    case 'NEW_FLOAT_EXT':
      if (v.tag !== TermTag.NEW_FLOAT_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case NEW_FLOAT_EXT needs tag = NEW_FLOAT_EXT, got ${String(v.tag)}`);
      w.f64(value.value, 'Term.value@specs/dist/term.spec:87');
      break;
    case 'ATOM_EXT':
      if (v.tag !== TermTag.ATOM_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case ATOM_EXT needs tag = ATOM_EXT, got ${String(v.tag)}`);
      writeAtom(w, value.value);
      break;
    case 'SMALL_ATOM_EXT':
      if (v.tag !== TermTag.SMALL_ATOM_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case SMALL_ATOM_EXT needs tag = SMALL_ATOM_EXT, got ${String(v.tag)}`);
      writeSmallAtom(w, value.value);
      break;
    case 'ATOM_UTF8_EXT':
      if (v.tag !== TermTag.ATOM_UTF8_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case ATOM_UTF8_EXT needs tag = ATOM_UTF8_EXT, got ${String(v.tag)}`);
      writeAtom(w, value.value);
      break;
    case 'SMALL_ATOM_UTF8_EXT':
      if (v.tag !== TermTag.SMALL_ATOM_UTF8_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case SMALL_ATOM_UTF8_EXT needs tag = SMALL_ATOM_UTF8_EXT, got ${String(v.tag)}`);
      writeSmallAtom(w, value.value);
      break;
    case 'ATOM_CACHE_REF':
      if (v.tag !== TermTag.ATOM_CACHE_REF) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case ATOM_CACHE_REF needs tag = ATOM_CACHE_REF, got ${String(v.tag)}`);
      w.u8(value.value, 'Term.value@specs/dist/term.spec:87');
      break;
    case 'SMALL_TUPLE_EXT':
      if (v.tag !== TermTag.SMALL_TUPLE_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case SMALL_TUPLE_EXT needs tag = SMALL_TUPLE_EXT, got ${String(v.tag)}`);
      writeSmallTuple(w, value.value);
      break;
    case 'LARGE_TUPLE_EXT':
      if (v.tag !== TermTag.LARGE_TUPLE_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case LARGE_TUPLE_EXT needs tag = LARGE_TUPLE_EXT, got ${String(v.tag)}`);
      writeLargeTuple(w, value.value);
      break;
    case 'NIL_EXT':
      if (v.tag !== TermTag.NIL_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case NIL_EXT needs tag = NIL_EXT, got ${String(v.tag)}`);
      writeEmpty(w, value.value);
      break;
    case 'STRING_EXT':
      if (v.tag !== TermTag.STRING_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case STRING_EXT needs tag = STRING_EXT, got ${String(v.tag)}`);
      writeStringExt(w, value.value);
      break;
    case 'LIST_EXT':
      if (v.tag !== TermTag.LIST_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case LIST_EXT needs tag = LIST_EXT, got ${String(v.tag)}`);
      writeList(w, value.value);
      break;
    case 'BINARY_EXT':
      if (v.tag !== TermTag.BINARY_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case BINARY_EXT needs tag = BINARY_EXT, got ${String(v.tag)}`);
      writeBinary(w, value.value);
      break;
    case 'BIT_BINARY_EXT':
      if (v.tag !== TermTag.BIT_BINARY_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case BIT_BINARY_EXT needs tag = BIT_BINARY_EXT, got ${String(v.tag)}`);
      writeBitBinary(w, value.value);
      break;
    case 'SMALL_BIG_EXT':
      if (v.tag !== TermTag.SMALL_BIG_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case SMALL_BIG_EXT needs tag = SMALL_BIG_EXT, got ${String(v.tag)}`);
      writeSmallBig(w, value.value);
      break;
    case 'LARGE_BIG_EXT':
      if (v.tag !== TermTag.LARGE_BIG_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case LARGE_BIG_EXT needs tag = LARGE_BIG_EXT, got ${String(v.tag)}`);
      writeLargeBig(w, value.value);
      break;
    case 'MAP_EXT':
      if (v.tag !== TermTag.MAP_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case MAP_EXT needs tag = MAP_EXT, got ${String(v.tag)}`);
      writeMap(w, value.value);
      break;
    case 'PID_EXT':
      if (v.tag !== TermTag.PID_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case PID_EXT needs tag = PID_EXT, got ${String(v.tag)}`);
      writePid(w, value.value);
      break;
    case 'NEW_PID_EXT':
      if (v.tag !== TermTag.NEW_PID_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case NEW_PID_EXT needs tag = NEW_PID_EXT, got ${String(v.tag)}`);
      writeNewPid(w, value.value);
      break;
    case 'PORT_EXT':
      if (v.tag !== TermTag.PORT_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case PORT_EXT needs tag = PORT_EXT, got ${String(v.tag)}`);
      writePort(w, value.value);
      break;
    case 'NEW_PORT_EXT':
      if (v.tag !== TermTag.NEW_PORT_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case NEW_PORT_EXT needs tag = NEW_PORT_EXT, got ${String(v.tag)}`);
      writeNewPort(w, value.value);
      break;
    case 'V4_PORT_EXT':
      if (v.tag !== TermTag.V4_PORT_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case V4_PORT_EXT needs tag = V4_PORT_EXT, got ${String(v.tag)}`);
      writeV4Port(w, value.value);
      break;
    case 'REFERENCE_EXT':
      if (v.tag !== TermTag.REFERENCE_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case REFERENCE_EXT needs tag = REFERENCE_EXT, got ${String(v.tag)}`);
      writeReference(w, value.value);
      break;
    case 'NEW_REFERENCE_EXT':
      if (v.tag !== TermTag.NEW_REFERENCE_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case NEW_REFERENCE_EXT needs tag = NEW_REFERENCE_EXT, got ${String(v.tag)}`);
      writeNewReference(w, value.value);
      break;
    case 'NEWER_REFERENCE_EXT':
      if (v.tag !== TermTag.NEWER_REFERENCE_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case NEWER_REFERENCE_EXT needs tag = NEWER_REFERENCE_EXT, got ${String(v.tag)}`);
      writeNewerReference(w, value.value);
      break;
    case 'NEW_FUN_EXT':
      if (v.tag !== TermTag.NEW_FUN_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case NEW_FUN_EXT needs tag = NEW_FUN_EXT, got ${String(v.tag)}`);
      writeNewFun(w, value.value);
      break;
    case 'EXPORT_EXT':
      if (v.tag !== TermTag.EXPORT_EXT) throw new EncodeError('Term.value@specs/dist/term.spec:87', `case EXPORT_EXT needs tag = EXPORT_EXT, got ${String(v.tag)}`);
      writeExport(w, value.value);
      break;
    default:
      throw new EncodeError('Term.value@specs/dist/term.spec:87', `unknown case ${String((value as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link Term}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeTerm(bytes: Uint8Array): Term {
  const r = new Reader(bytes);
  const v = readTerm(r);
  r.done('Term@specs/dist/term.spec:88');
  return v;
}

/** Encode a {@link Term}. */
export function encodeTerm(v: Term): Uint8Array {
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
  /** Default: 0x83. */
  version?: number;
  term: Term;
}

/** Read a {@link ExternalTerm} at the reader's position. */
export function readExternalTerm(r: Reader): ExternalTerm {
  const version = r.u8('ExternalTerm.version@specs/dist/term.spec:100');
  if (version !== 0x83) throw new DecodeError('ExternalTerm.version@specs/dist/term.spec:100', `expected 0x83, got ${String(version)}`);
  const term = readTerm(r);
  return { version, term };
}

/** Write a {@link ExternalTerm}. */
export function writeExternalTerm(w: Writer, v: ExternalTerm): void {
  w.u8((v.version ?? 0x83), 'ExternalTerm.version@specs/dist/term.spec:100');
  writeTerm(w, v.term);
}

/** Decode a whole {@link ExternalTerm}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeExternalTerm(bytes: Uint8Array): ExternalTerm {
  const r = new Reader(bytes);
  const v = readExternalTerm(r);
  r.done('ExternalTerm@specs/dist/term.spec:102');
  return v;
}

/** Encode a {@link ExternalTerm}. */
export function encodeExternalTerm(v: ExternalTerm): Uint8Array {
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
  /** Default: 0x83. */
  version?: number;
  /** COMPRESSED. Default: 0x50. */
  tag?: number;
  uncompressed_size: number;
  zlib_data: Uint8Array;
}

/** Read a {@link CompressedExternalTerm} at the reader's position. */
export function readCompressedExternalTerm(r: Reader): CompressedExternalTerm {
  const version = r.u8('CompressedExternalTerm.version@specs/dist/term.spec:111');
  if (version !== 0x83) throw new DecodeError('CompressedExternalTerm.version@specs/dist/term.spec:111', `expected 0x83, got ${String(version)}`);
  const tag_ = r.u8('CompressedExternalTerm.tag@specs/dist/term.spec:112');
  if (tag_ !== 0x50) throw new DecodeError('CompressedExternalTerm.tag@specs/dist/term.spec:112', `expected 0x50, got ${String(tag_)}`);
  const uncompressed_size = r.u32('CompressedExternalTerm.uncompressed_size@specs/dist/term.spec:113');
  const zlib_data = r.rest();
  return { version, tag: tag_, uncompressed_size, zlib_data };
}

/** Write a {@link CompressedExternalTerm}. */
export function writeCompressedExternalTerm(w: Writer, v: CompressedExternalTerm): void {
  w.u8((v.version ?? 0x83), 'CompressedExternalTerm.version@specs/dist/term.spec:111');
  w.u8((v.tag ?? 0x50), 'CompressedExternalTerm.tag@specs/dist/term.spec:112');
  w.u32(v.uncompressed_size, 'CompressedExternalTerm.uncompressed_size@specs/dist/term.spec:113');
  w.raw(v.zlib_data, 'CompressedExternalTerm.zlib_data@specs/dist/term.spec:114');
}

/** Decode a whole {@link CompressedExternalTerm}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeCompressedExternalTerm(bytes: Uint8Array): CompressedExternalTerm {
  const r = new Reader(bytes);
  const v = readCompressedExternalTerm(r);
  r.done('CompressedExternalTerm@specs/dist/term.spec:115');
  return v;
}

/** Encode a {@link CompressedExternalTerm}. */
export function encodeCompressedExternalTerm(v: CompressedExternalTerm): Uint8Array {
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
  /** Default: 0x83. */
  version?: number;
  /** LOCAL_EXT. Default: 0x79. */
  tag?: number;
  data: Uint8Array;
}

/** Read a {@link LocalExternalTerm} at the reader's position. */
export function readLocalExternalTerm(r: Reader): LocalExternalTerm {
  const version = r.u8('LocalExternalTerm.version@specs/dist/term.spec:124');
  if (version !== 0x83) throw new DecodeError('LocalExternalTerm.version@specs/dist/term.spec:124', `expected 0x83, got ${String(version)}`);
  const tag_ = r.u8('LocalExternalTerm.tag@specs/dist/term.spec:125');
  if (tag_ !== 0x79) throw new DecodeError('LocalExternalTerm.tag@specs/dist/term.spec:125', `expected 0x79, got ${String(tag_)}`);
  const data = r.rest();
  return { version, tag: tag_, data };
}

/** Write a {@link LocalExternalTerm}. */
export function writeLocalExternalTerm(w: Writer, v: LocalExternalTerm): void {
  w.u8((v.version ?? 0x83), 'LocalExternalTerm.version@specs/dist/term.spec:124');
  w.u8((v.tag ?? 0x79), 'LocalExternalTerm.tag@specs/dist/term.spec:125');
  w.raw(v.data, 'LocalExternalTerm.data@specs/dist/term.spec:126');
}

/** Decode a whole {@link LocalExternalTerm}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeLocalExternalTerm(bytes: Uint8Array): LocalExternalTerm {
  const r = new Reader(bytes);
  const v = readLocalExternalTerm(r);
  r.done('LocalExternalTerm@specs/dist/term.spec:127');
  return v;
}

/** Encode a {@link LocalExternalTerm}. */
export function encodeLocalExternalTerm(v: LocalExternalTerm): Uint8Array {
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

/** Read a {@link FloatString} at the reader's position. */
export function readFloatString(r: Reader): FloatString {
  const float_string = r.raw(31, 'FloatString.float_string@specs/dist/term.spec:134');
  return { float_string };
}

/** Write a {@link FloatString}. */
export function writeFloatString(w: Writer, v: FloatString): void {
  w.fixed(v.float_string, 31, 'FloatString.float_string@specs/dist/term.spec:134');
}

/** Decode a whole {@link FloatString}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeFloatString(bytes: Uint8Array): FloatString {
  const r = new Reader(bytes);
  const v = readFloatString(r);
  r.done('FloatString@specs/dist/term.spec:135');
  return v;
}

/** Encode a {@link FloatString}. */
export function encodeFloatString(v: FloatString): Uint8Array {
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

/** Read a {@link SmallBig} at the reader's position. */
export function readSmallBig(r: Reader): SmallBig {
  const n_ = r.u8('SmallBig.n@specs/dist/term.spec:143');
  const sign = r.u8('SmallBig.sign@specs/dist/term.spec:144');
  const digits = r.raw(n_, 'SmallBig.digits@specs/dist/term.spec:145');
  return { sign, digits };
}

/** Write a {@link SmallBig}. */
export function writeSmallBig(w: Writer, v: SmallBig): void {
  w.u8(v.digits.length, 'SmallBig.n@specs/dist/term.spec:143');
  w.u8(v.sign, 'SmallBig.sign@specs/dist/term.spec:144');
  w.raw(v.digits, 'SmallBig.digits@specs/dist/term.spec:145');
}

/** Decode a whole {@link SmallBig}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSmallBig(bytes: Uint8Array): SmallBig {
  const r = new Reader(bytes);
  const v = readSmallBig(r);
  r.done('SmallBig@specs/dist/term.spec:146');
  return v;
}

/** Encode a {@link SmallBig}. */
export function encodeSmallBig(v: SmallBig): Uint8Array {
  const w = new Writer();
  writeSmallBig(w, v);
  return w.finish();
}

/** @see erl_ext_dist LARGE_BIG_EXT */
export interface LargeBig {
  sign: number;
  digits: Uint8Array;
}

/** Read a {@link LargeBig} at the reader's position. */
export function readLargeBig(r: Reader): LargeBig {
  const n_ = r.u32('LargeBig.n@specs/dist/term.spec:150');
  const sign = r.u8('LargeBig.sign@specs/dist/term.spec:151');
  const digits = r.raw(n_, 'LargeBig.digits@specs/dist/term.spec:152');
  return { sign, digits };
}

/** Write a {@link LargeBig}. */
export function writeLargeBig(w: Writer, v: LargeBig): void {
  w.u32(v.digits.length, 'LargeBig.n@specs/dist/term.spec:150');
  w.u8(v.sign, 'LargeBig.sign@specs/dist/term.spec:151');
  w.raw(v.digits, 'LargeBig.digits@specs/dist/term.spec:152');
}

/** Decode a whole {@link LargeBig}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeLargeBig(bytes: Uint8Array): LargeBig {
  const r = new Reader(bytes);
  const v = readLargeBig(r);
  r.done('LargeBig@specs/dist/term.spec:153');
  return v;
}

/** Encode a {@link LargeBig}. */
export function encodeLargeBig(v: LargeBig): Uint8Array {
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

/** Read a {@link Atom} at the reader's position. */
export function readAtom(r: Reader): Atom {
  const len = r.u16('Atom.len@specs/dist/term.spec:163');
  const atom_name = r.raw(len, 'Atom.atom_name@specs/dist/term.spec:164');
  return { atom_name };
}

/** Write a {@link Atom}. */
export function writeAtom(w: Writer, v: Atom): void {
  w.u16(v.atom_name.length, 'Atom.len@specs/dist/term.spec:163');
  w.raw(v.atom_name, 'Atom.atom_name@specs/dist/term.spec:164');
}

/** Decode a whole {@link Atom}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeAtom(bytes: Uint8Array): Atom {
  const r = new Reader(bytes);
  const v = readAtom(r);
  r.done('Atom@specs/dist/term.spec:165');
  return v;
}

/** Encode a {@link Atom}. */
export function encodeAtom(v: Atom): Uint8Array {
  const w = new Writer();
  writeAtom(w, v);
  return w.finish();
}

/** @see erl_ext_dist SMALL_ATOM_UTF8_EXT */
export interface SmallAtom {
  atom_name: Uint8Array;
}

/** Read a {@link SmallAtom} at the reader's position. */
export function readSmallAtom(r: Reader): SmallAtom {
  const len = r.u8('SmallAtom.len@specs/dist/term.spec:169');
  const atom_name = r.raw(len, 'SmallAtom.atom_name@specs/dist/term.spec:170');
  return { atom_name };
}

/** Write a {@link SmallAtom}. */
export function writeSmallAtom(w: Writer, v: SmallAtom): void {
  w.u8(v.atom_name.length, 'SmallAtom.len@specs/dist/term.spec:169');
  w.raw(v.atom_name, 'SmallAtom.atom_name@specs/dist/term.spec:170');
}

/** Decode a whole {@link SmallAtom}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSmallAtom(bytes: Uint8Array): SmallAtom {
  const r = new Reader(bytes);
  const v = readSmallAtom(r);
  r.done('SmallAtom@specs/dist/term.spec:171');
  return v;
}

/** Encode a {@link SmallAtom}. */
export function encodeSmallAtom(v: SmallAtom): Uint8Array {
  const w = new Writer();
  writeSmallAtom(w, v);
  return w.finish();
}

/** @see erl_ext_dist SMALL_TUPLE_EXT */
export interface SmallTuple {
  elements: Term[];
}

/** Read a {@link SmallTuple} at the reader's position. */
export function readSmallTuple(r: Reader): SmallTuple {
  r.descend('SmallTuple@specs/dist/term.spec:179');
  const arity = r.u8('SmallTuple.arity@specs/dist/term.spec:177');
  r.count(arity, 1, 'SmallTuple.elements@specs/dist/term.spec:178');
  const elements: Term[] = [];
  for (let i = 0; i < arity; i++) elements.push(readTerm(r));
  r.ascend();
  return { elements };
}

/** Write a {@link SmallTuple}. */
export function writeSmallTuple(w: Writer, v: SmallTuple): void {
  w.u8(v.elements.length, 'SmallTuple.arity@specs/dist/term.spec:177');
  for (const item of v.elements) writeTerm(w, item);
}

/** Decode a whole {@link SmallTuple}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSmallTuple(bytes: Uint8Array): SmallTuple {
  const r = new Reader(bytes);
  const v = readSmallTuple(r);
  r.done('SmallTuple@specs/dist/term.spec:179');
  return v;
}

/** Encode a {@link SmallTuple}. */
export function encodeSmallTuple(v: SmallTuple): Uint8Array {
  const w = new Writer();
  writeSmallTuple(w, v);
  return w.finish();
}

/** @see erl_ext_dist LARGE_TUPLE_EXT */
export interface LargeTuple {
  elements: Term[];
}

/** Read a {@link LargeTuple} at the reader's position. */
export function readLargeTuple(r: Reader): LargeTuple {
  r.descend('LargeTuple@specs/dist/term.spec:184');
  const elementsCount = r.count(r.u32('LargeTuple.elements@specs/dist/term.spec:183'), 1, 'LargeTuple.elements@specs/dist/term.spec:183');
  const elements: Term[] = [];
  for (let i = 0; i < elementsCount; i++) elements.push(readTerm(r));
  r.ascend();
  return { elements };
}

/** Write a {@link LargeTuple}. */
export function writeLargeTuple(w: Writer, v: LargeTuple): void {
  w.u32(v.elements.length, 'LargeTuple.elements@specs/dist/term.spec:183');
  for (const item of v.elements) writeTerm(w, item);
}

/** Decode a whole {@link LargeTuple}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeLargeTuple(bytes: Uint8Array): LargeTuple {
  const r = new Reader(bytes);
  const v = readLargeTuple(r);
  r.done('LargeTuple@specs/dist/term.spec:184');
  return v;
}

/** Encode a {@link LargeTuple}. */
export function encodeLargeTuple(v: LargeTuple): Uint8Array {
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

/** Read a {@link StringExt} at the reader's position. */
export function readStringExt(r: Reader): StringExt {
  const length = r.u16('StringExt.length@specs/dist/term.spec:192');
  const characters = r.raw(length, 'StringExt.characters@specs/dist/term.spec:193');
  return { characters };
}

/** Write a {@link StringExt}. */
export function writeStringExt(w: Writer, v: StringExt): void {
  w.u16(v.characters.length, 'StringExt.length@specs/dist/term.spec:192');
  w.raw(v.characters, 'StringExt.characters@specs/dist/term.spec:193');
}

/** Decode a whole {@link StringExt}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeStringExt(bytes: Uint8Array): StringExt {
  const r = new Reader(bytes);
  const v = readStringExt(r);
  r.done('StringExt@specs/dist/term.spec:194');
  return v;
}

/** Encode a {@link StringExt}. */
export function encodeStringExt(v: StringExt): Uint8Array {
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

/** Read a {@link List} at the reader's position. */
export function readList(r: Reader): List {
  r.descend('List@specs/dist/term.spec:201');
  const elementsCount = r.count(r.u32('List.elements@specs/dist/term.spec:199'), 1, 'List.elements@specs/dist/term.spec:199');
  const elements: Term[] = [];
  for (let i = 0; i < elementsCount; i++) elements.push(readTerm(r));
  const tail = readTerm(r);
  r.ascend();
  return { elements, tail };
}

/** Write a {@link List}. */
export function writeList(w: Writer, v: List): void {
  w.u32(v.elements.length, 'List.elements@specs/dist/term.spec:199');
  for (const item of v.elements) writeTerm(w, item);
  writeTerm(w, v.tail);
}

/** Decode a whole {@link List}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeList(bytes: Uint8Array): List {
  const r = new Reader(bytes);
  const v = readList(r);
  r.done('List@specs/dist/term.spec:201');
  return v;
}

/** Encode a {@link List}. */
export function encodeList(v: List): Uint8Array {
  const w = new Writer();
  writeList(w, v);
  return w.finish();
}

/** @see erl_ext_dist MAP_EXT */
export interface MapPair {
  key: Term;
  value: Term;
}

/** Read a {@link MapPair} at the reader's position. */
export function readMapPair(r: Reader): MapPair {
  r.descend('MapPair@specs/dist/term.spec:207');
  const key = readTerm(r);
  const value = readTerm(r);
  r.ascend();
  return { key, value };
}

/** Write a {@link MapPair}. */
export function writeMapPair(w: Writer, v: MapPair): void {
  writeTerm(w, v.key);
  writeTerm(w, v.value);
}

/** Decode a whole {@link MapPair}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeMapPair(bytes: Uint8Array): MapPair {
  const r = new Reader(bytes);
  const v = readMapPair(r);
  r.done('MapPair@specs/dist/term.spec:207');
  return v;
}

/** Encode a {@link MapPair}. */
export function encodeMapPair(v: MapPair): Uint8Array {
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

/** Read a {@link Map} at the reader's position. */
export function readMap(r: Reader): Map {
  r.descend('Map@specs/dist/term.spec:213');
  const pairsCount = r.count(r.u32('Map.pairs@specs/dist/term.spec:212'), 2, 'Map.pairs@specs/dist/term.spec:212');
  const pairs: MapPair[] = [];
  for (let i = 0; i < pairsCount; i++) pairs.push(readMapPair(r));
  r.ascend();
  return { pairs };
}

/** Write a {@link Map}. */
export function writeMap(w: Writer, v: Map): void {
  w.u32(v.pairs.length, 'Map.pairs@specs/dist/term.spec:212');
  for (const item of v.pairs) writeMapPair(w, item);
}

/** Decode a whole {@link Map}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeMap(bytes: Uint8Array): Map {
  const r = new Reader(bytes);
  const v = readMap(r);
  r.done('Map@specs/dist/term.spec:213');
  return v;
}

/** Encode a {@link Map}. */
export function encodeMap(v: Map): Uint8Array {
  const w = new Writer();
  writeMap(w, v);
  return w.finish();
}

/** @see erl_ext_dist BINARY_EXT */
export interface Binary {
  data: Uint8Array;
}

/** Read a {@link Binary} at the reader's position. */
export function readBinary(r: Reader): Binary {
  const len = r.u32('Binary.len@specs/dist/term.spec:219');
  const data = r.raw(len, 'Binary.data@specs/dist/term.spec:220');
  return { data };
}

/** Write a {@link Binary}. */
export function writeBinary(w: Writer, v: Binary): void {
  w.u32(v.data.length, 'Binary.len@specs/dist/term.spec:219');
  w.raw(v.data, 'Binary.data@specs/dist/term.spec:220');
}

/** Decode a whole {@link Binary}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeBinary(bytes: Uint8Array): Binary {
  const r = new Reader(bytes);
  const v = readBinary(r);
  r.done('Binary@specs/dist/term.spec:221');
  return v;
}

/** Encode a {@link Binary}. */
export function encodeBinary(v: Binary): Uint8Array {
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

/** Read a {@link BitBinary} at the reader's position. */
export function readBitBinary(r: Reader): BitBinary {
  const len = r.u32('BitBinary.len@specs/dist/term.spec:226');
  const bits = r.u8('BitBinary.bits@specs/dist/term.spec:227');
  const data = r.raw(len, 'BitBinary.data@specs/dist/term.spec:228');
  return { bits, data };
}

/** Write a {@link BitBinary}. */
export function writeBitBinary(w: Writer, v: BitBinary): void {
  w.u32(v.data.length, 'BitBinary.len@specs/dist/term.spec:226');
  w.u8(v.bits, 'BitBinary.bits@specs/dist/term.spec:227');
  w.raw(v.data, 'BitBinary.data@specs/dist/term.spec:228');
}

/** Decode a whole {@link BitBinary}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeBitBinary(bytes: Uint8Array): BitBinary {
  const r = new Reader(bytes);
  const v = readBitBinary(r);
  r.done('BitBinary@specs/dist/term.spec:229');
  return v;
}

/** Encode a {@link BitBinary}. */
export function encodeBitBinary(v: BitBinary): Uint8Array {
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

/** Read a {@link NewPid} at the reader's position. */
export function readNewPid(r: Reader): NewPid {
  r.descend('NewPid@specs/dist/term.spec:242');
  const node = readTerm(r);
  const id = r.u32('NewPid.id@specs/dist/term.spec:239');
  const serial = r.u32('NewPid.serial@specs/dist/term.spec:240');
  const creation = r.u32('NewPid.creation@specs/dist/term.spec:241');
  r.ascend();
  return { node, id, serial, creation };
}

/** Write a {@link NewPid}. */
export function writeNewPid(w: Writer, v: NewPid): void {
  writeTerm(w, v.node);
  w.u32(v.id, 'NewPid.id@specs/dist/term.spec:239');
  w.u32(v.serial, 'NewPid.serial@specs/dist/term.spec:240');
  w.u32(v.creation, 'NewPid.creation@specs/dist/term.spec:241');
}

/** Decode a whole {@link NewPid}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeNewPid(bytes: Uint8Array): NewPid {
  const r = new Reader(bytes);
  const v = readNewPid(r);
  r.done('NewPid@specs/dist/term.spec:242');
  return v;
}

/** Encode a {@link NewPid}. */
export function encodeNewPid(v: NewPid): Uint8Array {
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

/** Read a {@link Pid} at the reader's position. */
export function readPid(r: Reader): Pid {
  r.descend('Pid@specs/dist/term.spec:251');
  const node = readTerm(r);
  const id = r.u32('Pid.id@specs/dist/term.spec:248');
  const serial = r.u32('Pid.serial@specs/dist/term.spec:249');
  const creation = r.u8('Pid.creation@specs/dist/term.spec:250');
  r.ascend();
  return { node, id, serial, creation };
}

/** Write a {@link Pid}. */
export function writePid(w: Writer, v: Pid): void {
  writeTerm(w, v.node);
  w.u32(v.id, 'Pid.id@specs/dist/term.spec:248');
  w.u32(v.serial, 'Pid.serial@specs/dist/term.spec:249');
  w.u8(v.creation, 'Pid.creation@specs/dist/term.spec:250');
}

/** Decode a whole {@link Pid}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePid(bytes: Uint8Array): Pid {
  const r = new Reader(bytes);
  const v = readPid(r);
  r.done('Pid@specs/dist/term.spec:251');
  return v;
}

/** Encode a {@link Pid}. */
export function encodePid(v: Pid): Uint8Array {
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

/** Read a {@link NewPort} at the reader's position. */
export function readNewPort(r: Reader): NewPort {
  r.descend('NewPort@specs/dist/term.spec:258');
  const node = readTerm(r);
  const id = r.u32('NewPort.id@specs/dist/term.spec:256');
  const creation = r.u32('NewPort.creation@specs/dist/term.spec:257');
  r.ascend();
  return { node, id, creation };
}

/** Write a {@link NewPort}. */
export function writeNewPort(w: Writer, v: NewPort): void {
  writeTerm(w, v.node);
  w.u32(v.id, 'NewPort.id@specs/dist/term.spec:256');
  w.u32(v.creation, 'NewPort.creation@specs/dist/term.spec:257');
}

/** Decode a whole {@link NewPort}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeNewPort(bytes: Uint8Array): NewPort {
  const r = new Reader(bytes);
  const v = readNewPort(r);
  r.done('NewPort@specs/dist/term.spec:258');
  return v;
}

/** Encode a {@link NewPort}. */
export function encodeNewPort(v: NewPort): Uint8Array {
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

/** Read a {@link Port} at the reader's position. */
export function readPort(r: Reader): Port {
  r.descend('Port@specs/dist/term.spec:265');
  const node = readTerm(r);
  const id = r.u32('Port.id@specs/dist/term.spec:263');
  const creation = r.u8('Port.creation@specs/dist/term.spec:264');
  r.ascend();
  return { node, id, creation };
}

/** Write a {@link Port}. */
export function writePort(w: Writer, v: Port): void {
  writeTerm(w, v.node);
  w.u32(v.id, 'Port.id@specs/dist/term.spec:263');
  w.u8(v.creation, 'Port.creation@specs/dist/term.spec:264');
}

/** Decode a whole {@link Port}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePort(bytes: Uint8Array): Port {
  const r = new Reader(bytes);
  const v = readPort(r);
  r.done('Port@specs/dist/term.spec:265');
  return v;
}

/** Encode a {@link Port}. */
export function encodePort(v: Port): Uint8Array {
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

/** Read a {@link V4Port} at the reader's position. */
export function readV4Port(r: Reader): V4Port {
  r.descend('V4Port@specs/dist/term.spec:273');
  const node = readTerm(r);
  const id = r.u64('V4Port.id@specs/dist/term.spec:271');
  const creation = r.u32('V4Port.creation@specs/dist/term.spec:272');
  r.ascend();
  return { node, id, creation };
}

/** Write a {@link V4Port}. */
export function writeV4Port(w: Writer, v: V4Port): void {
  writeTerm(w, v.node);
  w.u64(v.id, 'V4Port.id@specs/dist/term.spec:271');
  w.u32(v.creation, 'V4Port.creation@specs/dist/term.spec:272');
}

/** Decode a whole {@link V4Port}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeV4Port(bytes: Uint8Array): V4Port {
  const r = new Reader(bytes);
  const v = readV4Port(r);
  r.done('V4Port@specs/dist/term.spec:273');
  return v;
}

/** Encode a {@link V4Port}. */
export function encodeV4Port(v: V4Port): Uint8Array {
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

/** Read a {@link NewerReference} at the reader's position. */
export function readNewerReference(r: Reader): NewerReference {
  r.descend('NewerReference@specs/dist/term.spec:282');
  const len = r.u16('NewerReference.len@specs/dist/term.spec:278');
  const node = readTerm(r);
  const creation = r.u32('NewerReference.creation@specs/dist/term.spec:280');
  r.count(len, 4, 'NewerReference.id@specs/dist/term.spec:281');
  const id: number[] = [];
  for (let i = 0; i < len; i++) id.push(r.u32('NewerReference.id@specs/dist/term.spec:281'));
  r.ascend();
  return { node, creation, id };
}

/** Write a {@link NewerReference}. */
export function writeNewerReference(w: Writer, v: NewerReference): void {
  w.u16(v.id.length, 'NewerReference.len@specs/dist/term.spec:278');
  writeTerm(w, v.node);
  w.u32(v.creation, 'NewerReference.creation@specs/dist/term.spec:280');
  for (const item of v.id) w.u32(item, 'NewerReference.id@specs/dist/term.spec:281');
}

/** Decode a whole {@link NewerReference}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeNewerReference(bytes: Uint8Array): NewerReference {
  const r = new Reader(bytes);
  const v = readNewerReference(r);
  r.done('NewerReference@specs/dist/term.spec:282');
  return v;
}

/** Encode a {@link NewerReference}. */
export function encodeNewerReference(v: NewerReference): Uint8Array {
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

/** Read a {@link NewReference} at the reader's position. */
export function readNewReference(r: Reader): NewReference {
  r.descend('NewReference@specs/dist/term.spec:290');
  const len = r.u16('NewReference.len@specs/dist/term.spec:286');
  const node = readTerm(r);
  const creation = r.u8('NewReference.creation@specs/dist/term.spec:288');
  r.count(len, 4, 'NewReference.id@specs/dist/term.spec:289');
  const id: number[] = [];
  for (let i = 0; i < len; i++) id.push(r.u32('NewReference.id@specs/dist/term.spec:289'));
  r.ascend();
  return { node, creation, id };
}

/** Write a {@link NewReference}. */
export function writeNewReference(w: Writer, v: NewReference): void {
  w.u16(v.id.length, 'NewReference.len@specs/dist/term.spec:286');
  writeTerm(w, v.node);
  w.u8(v.creation, 'NewReference.creation@specs/dist/term.spec:288');
  for (const item of v.id) w.u32(item, 'NewReference.id@specs/dist/term.spec:289');
}

/** Decode a whole {@link NewReference}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeNewReference(bytes: Uint8Array): NewReference {
  const r = new Reader(bytes);
  const v = readNewReference(r);
  r.done('NewReference@specs/dist/term.spec:290');
  return v;
}

/** Encode a {@link NewReference}. */
export function encodeNewReference(v: NewReference): Uint8Array {
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

/** Read a {@link Reference} at the reader's position. */
export function readReference(r: Reader): Reference {
  r.descend('Reference@specs/dist/term.spec:297');
  const node = readTerm(r);
  const id = r.u32('Reference.id@specs/dist/term.spec:295');
  const creation = r.u8('Reference.creation@specs/dist/term.spec:296');
  r.ascend();
  return { node, id, creation };
}

/** Write a {@link Reference}. */
export function writeReference(w: Writer, v: Reference): void {
  writeTerm(w, v.node);
  w.u32(v.id, 'Reference.id@specs/dist/term.spec:295');
  w.u8(v.creation, 'Reference.creation@specs/dist/term.spec:296');
}

/** Decode a whole {@link Reference}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeReference(bytes: Uint8Array): Reference {
  const r = new Reader(bytes);
  const v = readReference(r);
  r.done('Reference@specs/dist/term.spec:297');
  return v;
}

/** Encode a {@link Reference}. */
export function encodeReference(v: Reference): Uint8Array {
  const w = new Writer();
  writeReference(w, v);
  return w.finish();
}

/**
 * An internal fun (`fun F/A`, `fun(...) -> ... end`). size is the byte length of the whole
 * NEW_FUN_EXT body including the size field itself; a length that counts itself is not a layout
 * the language has, so it is a plain field that the encoder's caller fills in and the runtime
 * checks. num_free counts free_vars, several fields before them.
 * @see erl_ext_dist NEW_FUN_EXT
 */
export interface NewFun {
  size: number;
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

/** Read a {@link NewFun} at the reader's position. */
export function readNewFun(r: Reader): NewFun {
  r.descend('NewFun@specs/dist/term.spec:319');
  const size = r.u32('NewFun.size@specs/dist/term.spec:309');
  const arity = r.u8('NewFun.arity@specs/dist/term.spec:310');
  const uniq = r.raw(16, 'NewFun.uniq@specs/dist/term.spec:311');
  const index = r.u32('NewFun.index@specs/dist/term.spec:312');
  const num_free = r.u32('NewFun.num_free@specs/dist/term.spec:313');
  const module = readTerm(r);
  const old_index = readTerm(r);
  const old_uniq = readTerm(r);
  const pid = readTerm(r);
  r.count(num_free, 1, 'NewFun.free_vars@specs/dist/term.spec:318');
  const free_vars: Term[] = [];
  for (let i = 0; i < num_free; i++) free_vars.push(readTerm(r));
  r.ascend();
  return { size, arity, uniq, index, module, old_index, old_uniq, pid, free_vars };
}

/** Write a {@link NewFun}. */
export function writeNewFun(w: Writer, v: NewFun): void {
  w.u32(v.size, 'NewFun.size@specs/dist/term.spec:309');
  w.u8(v.arity, 'NewFun.arity@specs/dist/term.spec:310');
  w.fixed(v.uniq, 16, 'NewFun.uniq@specs/dist/term.spec:311');
  w.u32(v.index, 'NewFun.index@specs/dist/term.spec:312');
  w.u32(v.free_vars.length, 'NewFun.num_free@specs/dist/term.spec:313');
  writeTerm(w, v.module);
  writeTerm(w, v.old_index);
  writeTerm(w, v.old_uniq);
  writeTerm(w, v.pid);
  for (const item of v.free_vars) writeTerm(w, item);
}

/** Decode a whole {@link NewFun}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeNewFun(bytes: Uint8Array): NewFun {
  const r = new Reader(bytes);
  const v = readNewFun(r);
  r.done('NewFun@specs/dist/term.spec:319');
  return v;
}

/** Encode a {@link NewFun}. */
export function encodeNewFun(v: NewFun): Uint8Array {
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

/** Read a {@link Export} at the reader's position. */
export function readExport(r: Reader): Export {
  r.descend('Export@specs/dist/term.spec:327');
  const module = readTerm(r);
  const function_ = readTerm(r);
  const arity = readTerm(r);
  r.ascend();
  return { module, function: function_, arity };
}

/** Write a {@link Export}. */
export function writeExport(w: Writer, v: Export): void {
  writeTerm(w, v.module);
  writeTerm(w, v.function);
  writeTerm(w, v.arity);
}

/** Decode a whole {@link Export}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeExport(bytes: Uint8Array): Export {
  const r = new Reader(bytes);
  const v = readExport(r);
  r.done('Export@specs/dist/term.spec:327');
  return v;
}

/** Encode a {@link Export}. */
export function encodeExport(v: Export): Uint8Array {
  const w = new Writer();
  writeExport(w, v);
  return w.finish();
}
