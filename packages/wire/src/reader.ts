// The cursor generated decoders read through. Every read checks the bytes left first, so a length
// taken from the input never drives an allocation or a read past the end; opaque data comes back
// as zero-copy views into the input. Every method takes the descriptor of the field it reads, which
// names the field in errors.
import { signedBigintFromBytes } from './bigint.js';
import { equalBytes, showValue } from './bytes.js';
import { DecodeError } from './errors.js';
import type { Field } from './field.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Not fatal: a byte outside US-ASCII becomes U+FFFD, which NAME_LIST then refuses.
const ascii = new TextDecoder('utf-8');
/** Names of printable US-ASCII but the comma, none empty, separated by commas (RFC 4251 section 5). */
const NAME_LIST = /^[\x21-\x2b\x2d-\x7e]+(?:,[\x21-\x2b\x2d-\x7e]+)*$/;

/** What is wrong with a name-list that NAME_LIST refused. */
function nameListError(b: Uint8Array, f: Field): DecodeError {
  const bad = b.findIndex((c) => c <= 0x20 || c >= 0x7f);
  if (bad >= 0) return new DecodeError('bad_value', f, `name-list holds byte 0x${b[bad]!.toString(16)}`);
  return new DecodeError('bad_value', f, 'name-list holds an empty name');
}

/**
 * What a runtime lets one decode cost: `maxLength` bounds the input and every length read from it
 * (a TLS handshake message, a distribution message), `maxDepth` the nesting of recursive types.
 * A length beyond `maxLength` is a `bound` error even while the input is still incomplete, so a
 * runtime decoding a partial message refuses an oversized one before buffering it.
 */
export interface DecodeLimits {
  readonly maxLength?: number;
  readonly maxDepth?: number;
}

/** Nesting allowed for recursive types unless a runtime sets `maxDepth`. */
export const DEFAULT_MAX_DEPTH = 256;

// Fields are declared, not initialised in place, and set in the constructor: a class field with
// define semantics costs a property definition per Reader, and every decode makes one.
export class Reader {
  declare readonly bytes: Uint8Array;
  declare private readonly view: DataView;
  /** Read position (absolute index into `bytes`). */
  declare pos: number;
  /** End of the current body: a length-prefixed vector or the whole input. */
  declare end: number;
  /** Current nesting of recursive types. */
  declare depth: number;
  /** Nesting allowed for recursive types before decoding fails. */
  declare maxDepth: number;
  /**
   * Positions of marked fields (`/*@mark*\/` in a spec), keyed by field path: where the field starts
   * in `bytes`; undefined until one is read. The TLS 1.3 PSK binders are computed over the
   * ClientHello up to its binders list.
   */
  declare marks: Record<string, number> | undefined;
  /** The end of the whole input: running past it means the input is cut short. */
  declare private readonly limit: number;
  /** The longest input, and length read from it, that this decode accepts. */
  declare readonly maxLength: number;

  /** `at` names the value being decoded in the error for an input beyond `limits.maxLength`. */
  constructor(bytes: Uint8Array, pos = 0, end = bytes.length, limits?: DecodeLimits, at?: Field) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pos = pos;
    this.end = end;
    this.limit = end;
    this.depth = 0;
    this.maxDepth = limits?.maxDepth ?? DEFAULT_MAX_DEPTH;
    this.maxLength = limits?.maxLength ?? Number.POSITIVE_INFINITY;
    this.marks = undefined;
    if (end - pos > this.maxLength)
      throw new DecodeError(
        'bound',
        at ?? '',
        `input of ${end - pos} bytes exceeds the limit of ${this.maxLength}`,
      );
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  /**
   * Running out of bytes is truncation when the body ends where the whole input does; but wanting
   * `n` bytes, more than the limit allows, is out of bounds however many more would arrive. (Only
   * here: an input within the limit cannot satisfy a read beyond it, so the hot path checks nothing.)
   */
  private short(f: Field, detail: string, n: number): DecodeError {
    if (n > this.maxLength)
      return new DecodeError('bound', f, `length ${n} exceeds the limit of ${this.maxLength}`);
    return new DecodeError(this.end === this.limit ? 'truncated' : 'length', f, detail);
  }

  /** Fail unless `n` more bytes are in the current body; returns the start position. */
  need(n: number, f: Field): number {
    if (n > this.end - this.pos) throw this.short(f, `needs ${n} bytes, ${this.end - this.pos} left`, n);
    const p = this.pos;
    this.pos = p + n;
    return p;
  }

  // ---------------------------------------------------------------- integers

  u8(f: Field): number {
    return this.bytes[this.need(1, f)]!;
  }
  u16(f: Field): number {
    return this.view.getUint16(this.need(2, f));
  }
  u24(f: Field): number {
    const p = this.need(3, f);
    return (this.bytes[p]! << 16) | this.view.getUint16(p + 1);
  }
  u32(f: Field): number {
    return this.view.getUint32(this.need(4, f));
  }
  u64(f: Field): bigint {
    return this.view.getBigUint64(this.need(8, f));
  }
  i8(f: Field): number {
    return this.view.getInt8(this.need(1, f));
  }
  i16(f: Field): number {
    return this.view.getInt16(this.need(2, f));
  }
  i32(f: Field): number {
    return this.view.getInt32(this.need(4, f));
  }
  f64(f: Field): number {
    return this.view.getFloat64(this.need(8, f));
  }
  u16le(f: Field): number {
    return this.view.getUint16(this.need(2, f), true);
  }
  u32le(f: Field): number {
    return this.view.getUint32(this.need(4, f), true);
  }
  u64le(f: Field): bigint {
    return this.view.getBigUint64(this.need(8, f), true);
  }
  /** RFC 4251 section 5: zero is false, any other value is true. */
  bool(f: Field): boolean {
    return this.bytes[this.need(1, f)]! !== 0;
  }

  /** An integer the spec bounds (`uint16 limit(64..)`): outside `f.min..f.max` is an error. */
  range<T extends number | bigint>(v: T, f: Field): T {
    if (v < f.min || v > f.max) throw new DecodeError('bound', f, `${v} is outside ${bounds(f)}`);
    return v;
  }

  /**
   * An unsigned integer in base 128, most significant group first (X.690 8.1.2.4.2). A leading
   * zero group is read as zero, as Erlang's packet parser does; the writer never writes one.
   */
  base128(f: Field): number {
    let v = 0;
    for (;;) {
      const b = this.u8(f);
      v = v * 128 + (b & 0x7f);
      if (v > Number.MAX_SAFE_INTEGER) throw new DecodeError('bound', f, 'base-128 number is too large');
      if ((b & 0x80) === 0) return v;
    }
  }

  /**
   * A BER definite length (X.690 8.1.3): one byte below 0x80, or 0x81..0x84 followed by that many
   * length bytes. The indefinite form (0x80) and longer lengths are refused.
   */
  berLength(f: Field): number {
    const first = this.u8(f);
    if (first < 0x80) return first;
    const n = first & 0x7f;
    if (n === 0) throw new DecodeError('bad_value', f, 'indefinite BER length');
    if (n > 4) throw new DecodeError('bound', f, `BER length of ${n} bytes`);
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + this.u8(f);
    return v;
  }

  // ---------------------------------------------------------------- bytes and bodies

  /** A zero-copy view of the next `n` bytes. */
  raw(n: number, f: Field): Uint8Array {
    if (n < 0) throw new DecodeError('length', f, `length ${n} is negative`);
    const p = this.need(n, f);
    return this.bytes.subarray(p, p + n);
  }

  /** The rest of the current body, zero-copy. */
  rest(): Uint8Array {
    const p = this.pos;
    this.pos = this.end;
    return this.bytes.subarray(p, this.end);
  }

  /** The length prefix of an RFC vector, checked against the field's bounds and element size. */
  vector(f: Field): number {
    const w = f.width;
    const n = w === 1 ? this.u8(f) : w === 2 ? this.u16(f) : w === 3 ? this.u24(f) : this.u32(f);
    if (n < f.minLength || n > f.maxLength)
      throw new DecodeError('bound', f, `length ${n} is outside ${f.minLength}..${f.maxLength}`);
    if (f.unit > 1 && n % f.unit !== 0)
      throw new DecodeError('length', f, `length ${n} is not a multiple of ${f.unit}`);
    return n;
  }

  /** The bytes of an opaque vector (`opaque x<lo..hi>`), zero-copy. */
  opaque(f: Field): Uint8Array {
    return this.raw(this.vector(f), f);
  }

  /**
   * A vector of unsigned integers of `width` bytes (`CipherSuite cipher_suites<2..2^16-2>`): one
   * call for the whole list, which matters in hellos that carry many.
   */
  intVector(width: 1 | 2 | 4, f: Field): number[] {
    const n = this.vector(f);
    const p = this.need(n, f);
    const out = new Array<number>(n / width);
    const b = this.bytes;
    if (width === 1) for (let i = 0; i < n; i++) out[i] = b[p + i]!;
    else if (width === 2)
      for (let i = 0, j = p; i < out.length; i++, j += 2) out[i] = (b[j]! << 8) | b[j + 1]!;
    else for (let i = 0, j = p; i < out.length; i++, j += 4) out[i] = this.view.getUint32(j);
    return out;
  }

  /** Read a vector's length prefix and narrow the body to it; returns the outer end for `leave`. */
  enterVector(f: Field): number {
    return this.enter(this.vector(f), f);
  }

  /** Narrow the body to the next `n` bytes; returns the outer end for `leave`. */
  enter(n: number, f: Field): number {
    if (n < 0) throw new DecodeError('length', f, `length ${n} is negative`);
    if (n > this.end - this.pos)
      throw this.short(f, `length ${n} exceeds the ${this.end - this.pos} bytes left`, n);
    const outer = this.end;
    this.end = this.pos + n;
    return outer;
  }

  /** Close a body opened by `enter`: it must have been consumed exactly. */
  leave(outer: number, f: Field): void {
    if (this.pos !== this.end)
      throw new DecodeError('length', f, `${this.end - this.pos} bytes left over inside the length`);
    this.end = outer;
  }

  /** An element count read from the input: each element takes at least `minSize` bytes. */
  count(n: number, minSize: number, f: Field): number {
    if (n * minSize > this.end - this.pos)
      throw this.short(f, `count ${n} cannot fit in the ${this.end - this.pos} bytes left`, n * minSize);
    return n;
  }

  /**
   * Take a run of `fill` bytes off the end of the body (the zero padding of a TLS 1.3 inner
   * plaintext); returns where the run starts, which is the body's new end.
   */
  trailing(fill: number): number {
    let e = this.end;
    while (e > this.pos && this.bytes[e - 1] === fill) e--;
    this.end = e;
    return e;
  }

  /** Record where a marked field starts. */
  mark(f: Field): void {
    if (this.marks === undefined) this.marks = {};
    this.marks[f.path] = this.pos;
  }

  /** Count nesting of recursive types, so hostile input cannot exhaust the stack. */
  descend(f: Field): void {
    if (++this.depth > this.maxDepth)
      throw new DecodeError('depth', f, `nesting deeper than ${this.maxDepth}`);
  }
  ascend(): void {
    this.depth--;
  }

  /** Top-level decoders consume their whole input. */
  done(f: Field): void {
    if (this.pos !== this.end) throw new DecodeError('trailing', f, `${this.end - this.pos} trailing bytes`);
  }

  /** A message's number byte (SSH, distribution), which must be `n`. */
  messageNumber(n: number, f: Field): void {
    const got = this.u8(f);
    if (got !== n) throw new DecodeError('bad_value', f, `expected message number ${n}, got ${got}`);
  }

  /** A field whose value the spec fixes (`/*@const*\/`). */
  expectValue<T>(v: T, expected: T, f: Field): void {
    if (v instanceof Uint8Array && expected instanceof Uint8Array ? !equalBytes(v, expected) : v !== expected)
      throw new DecodeError('bad_value', f, `expected ${showValue(expected)}, got ${showValue(v)}`);
  }

  /** True when the bytes `offset` ahead hold `bytes` (a guard telling two arms apart); reads nothing. */
  peek(offset: number, bytes: Uint8Array): boolean {
    const p = this.pos + offset;
    if (p + bytes.length > this.end) return false;
    for (let i = 0; i < bytes.length; i++) if (this.bytes[p + i] !== bytes[i]) return false;
    return true;
  }

  /** When the body continues with `bytes` (a text-prefix label), consume them and return true. */
  literal(bytes: Uint8Array): boolean {
    if (!this.peek(0, bytes)) return false;
    this.pos += bytes.length;
    return true;
  }

  /** Bytes up to a sentinel byte, which is consumed and not part of them. */
  bytesUntil(sentinel: number, f: Field): Uint8Array {
    const i = this.bytes.subarray(this.pos, this.end).indexOf(sentinel);
    if (i < 0)
      throw this.short(
        f,
        `no terminating 0x${sentinel.toString(16)} in the ${this.end - this.pos} bytes left`,
        0,
      );
    const out = this.bytes.subarray(this.pos, this.pos + i);
    this.pos += i + 1;
    return out;
  }

  /** True (and consumed) when the next `width` bytes are the sentinel that ends a list. */
  sentinel(width: 1 | 2 | 4, value: number, f: Field): boolean {
    if (this.pos + width > this.end) throw this.short(f, 'the list ends without its terminator', 0);
    const next =
      width === 1
        ? this.bytes[this.pos]!
        : width === 2
          ? this.view.getUint16(this.pos)
          : this.view.getUint32(this.pos);
    if (next !== value) return false;
    this.pos += width;
    return true;
  }

  // ---------------------------------------------------------------- RFC 4251 section 5 types

  sshString(f: Field): Uint8Array {
    const n = this.u32(f);
    return this.raw(n, f);
  }

  sshUtf8(f: Field): string {
    const b = this.sshString(f);
    try {
      return utf8.decode(b);
    } catch {
      throw new DecodeError('bad_value', f, 'not valid UTF-8');
    }
  }

  /** Two's complement, big-endian; RFC 4251 forbids needless leading 0x00 / 0xff bytes. */
  mpint(f: Field): bigint {
    const b = this.sshString(f);
    if (b.length > 1 && ((b[0] === 0 && b[1]! < 0x80) || (b[0] === 0xff && b[1]! >= 0x80)))
      throw new DecodeError('bad_value', f, 'mpint has an unnecessary leading byte');
    return signedBigintFromBytes(b);
  }

  /** Comma-separated US-ASCII names; RFC 4251 forbids empty names and non-printing characters. */
  nameList(f: Field): string[] {
    const n = this.u32(f);
    const start = this.need(n, f);
    if (n === 0) return [];
    // One decoder call and one regular expression for the whole list: several times cheaper than
    // checking and converting byte by byte, which is most of what decoding a KEXINIT costs.
    const text = ascii.decode(this.bytes.subarray(start, start + n));
    if (!NAME_LIST.test(text)) throw nameListError(this.bytes.subarray(start, start + n), f);
    return text.split(',');
  }
}

function bounds(f: Field): string {
  const lo = f.min === Number.NEGATIVE_INFINITY ? '' : String(f.min);
  const hi = f.max === Number.POSITIVE_INFINITY ? '' : String(f.max);
  return `${lo}..${hi}`;
}
