// The buffer generated encoders write into. It grows by doubling, and a length prefix is reserved
// first and filled in once the body is written, so nested vectors are never encoded twice or
// copied. Every method checks the JavaScript value it is given, so a missing field or a value of
// the wrong type is an EncodeError naming the field, never a TypeError from deep inside.
import { signedBytesOfBigint } from './bigint.js';
import { expectArray } from './encode-checks.js';
import { describe, EncodeError, nested } from './errors.js';
import type { Field } from './field.js';

const utf8 = new TextEncoder();

/** Writes one value of a generated type. */
export type WriteFn<T, C> = (w: Writer, v: T, ctx: C) => void;

// Fields are declared and set in the constructor, as in Reader: every encode makes a Writer.
export class Writer {
  declare private buf: Uint8Array;
  declare private view: DataView;
  declare pos: number;
  /**
   * When false, bounds (vector lengths, value ranges) are not enforced while encoding. Only tests
   * use this, to produce out-of-bounds input and check that the decoder rejects it.
   */
  declare checkBounds: boolean;
  /**
   * Positions of marked fields (`/*@mark*\/` in a spec) in the output, keyed by field path;
   * undefined until one is written.
   */
  declare marks: Record<string, number> | undefined;

  constructor(initialSize = 1024) {
    this.buf = new Uint8Array(initialSize);
    this.view = new DataView(this.buf.buffer);
    this.pos = 0;
    this.checkBounds = true;
    this.marks = undefined;
  }

  // Callers must take the position before touching buf or view: room() may replace both.
  private room(n: number): number {
    const p = this.pos;
    if (p + n > this.buf.length) {
      let size = this.buf.length * 2;
      while (size < p + n) size *= 2;
      const next = new Uint8Array(size);
      next.set(this.buf.subarray(0, p));
      this.buf = next;
      this.view = new DataView(next.buffer);
    }
    this.pos = p + n;
    return p;
  }

  private int(v: number, min: number, max: number, f: Field): void {
    if (typeof v !== 'number') throw new EncodeError('type', f, `expected an integer, got ${describe(v)}`);
    if (!Number.isInteger(v) || v < min || v > max)
      throw new EncodeError('bound', f, `${v} is not an integer in ${min}..${max}`);
  }

  private big(v: bigint, f: Field): void {
    if (typeof v !== 'bigint') throw new EncodeError('type', f, `expected a bigint, got ${describe(v)}`);
    if (v < 0n || v >= 1n << 64n) throw new EncodeError('bound', f, `${v} is not a uint64`);
  }

  // ---------------------------------------------------------------- integers

  u8(v: number, f: Field): void {
    this.int(v, 0, 0xff, f);
    const p = this.room(1);
    this.buf[p] = v;
  }
  u16(v: number, f: Field): void {
    this.int(v, 0, 0xffff, f);
    const p = this.room(2);
    this.view.setUint16(p, v);
  }
  u24(v: number, f: Field): void {
    this.int(v, 0, 0xffffff, f);
    const p = this.room(3);
    this.buf[p] = v >>> 16;
    this.view.setUint16(p + 1, v & 0xffff);
  }
  u32(v: number, f: Field): void {
    this.int(v, 0, 0xffffffff, f);
    const p = this.room(4);
    this.view.setUint32(p, v);
  }
  u64(v: bigint, f: Field): void {
    this.big(v, f);
    const p = this.room(8);
    this.view.setBigUint64(p, v);
  }
  i8(v: number, f: Field): void {
    this.int(v, -0x80, 0x7f, f);
    const p = this.room(1);
    this.view.setInt8(p, v);
  }
  i16(v: number, f: Field): void {
    this.int(v, -0x8000, 0x7fff, f);
    const p = this.room(2);
    this.view.setInt16(p, v);
  }
  i32(v: number, f: Field): void {
    this.int(v, -0x80000000, 0x7fffffff, f);
    const p = this.room(4);
    this.view.setInt32(p, v);
  }
  u16le(v: number, f: Field): void {
    this.int(v, 0, 0xffff, f);
    const p = this.room(2);
    this.view.setUint16(p, v, true);
  }
  u32le(v: number, f: Field): void {
    this.int(v, 0, 0xffffffff, f);
    const p = this.room(4);
    this.view.setUint32(p, v, true);
  }
  u64le(v: bigint, f: Field): void {
    this.big(v, f);
    const p = this.room(8);
    this.view.setBigUint64(p, v, true);
  }
  f64(v: number, f: Field): void {
    if (typeof v !== 'number') throw new EncodeError('type', f, `expected a number, got ${describe(v)}`);
    const p = this.room(8);
    this.view.setFloat64(p, v);
  }
  bool(v: boolean, f: Field): void {
    if (typeof v !== 'boolean')
      throw new EncodeError('type', f, `expected true or false, got ${describe(v)}`);
    const p = this.room(1);
    this.buf[p] = v ? 1 : 0;
  }

  /** An integer the spec bounds: outside `f.min..f.max` is an error (unless bounds are off). */
  range<T extends number | bigint>(v: T, f: Field): T {
    if (typeof v !== 'number' && typeof v !== 'bigint')
      throw new EncodeError('type', f, `expected an integer, got ${describe(v)}`);
    if (this.checkBounds && (v < f.min || v > f.max))
      throw new EncodeError(
        'bound',
        f,
        `${v} is outside ${f.min === -Infinity ? '' : f.min}..${f.max === Infinity ? '' : f.max}`,
      );
    return v;
  }

  /** An unsigned integer in base 128, most significant group first (X.690 8.1.2.4.2). */
  base128(v: number, f: Field): void {
    this.int(v, 0, Number.MAX_SAFE_INTEGER, f);
    const groups: number[] = [];
    let x = v;
    do {
      groups.push(x % 128);
      x = Math.floor(x / 128);
    } while (x > 0);
    for (let i = groups.length - 1; i >= 0; i--) this.u8(groups[i]! | (i > 0 ? 0x80 : 0), f);
  }

  /** A BER definite length in the fewest bytes (X.690 8.1.3, as DER requires). */
  berLength(v: number, f: Field): void {
    this.int(v, 0, 0xffffffff, f);
    if (v < 0x80) return this.u8(v, f);
    const n = v <= 0xff ? 1 : v <= 0xffff ? 2 : v <= 0xffffff ? 3 : 4;
    this.u8(0x80 | n, f);
    for (let i = n - 1; i >= 0; i--) this.u8(Math.floor(v / 256 ** i) % 256, f);
  }

  // ---------------------------------------------------------------- bytes and bodies

  raw(b: Uint8Array, f: Field): void {
    if (!(b instanceof Uint8Array)) throw new EncodeError('type', f, `expected bytes, got ${describe(b)}`);
    const p = this.room(b.length);
    this.buf.set(b, p);
  }

  /** Exactly `n` bytes, for fixed-size arrays and arrays whose length another field gives. */
  fixed(b: Uint8Array, n: number, f: Field): void {
    if (!(b instanceof Uint8Array)) throw new EncodeError('type', f, `expected bytes, got ${describe(b)}`);
    if (b.length !== n) throw new EncodeError('length', f, `expected exactly ${n} bytes, got ${b.length}`);
    const p = this.room(n);
    this.buf.set(b, p);
  }

  /** Reserve the length prefix of an RFC vector; returns its position for `endVector`. */
  beginVector(f: Field): number {
    return this.room(f.width);
  }

  /** Fill in the prefix reserved at `mark` with the body's length, checking the field's bounds. */
  endVector(mark: number, f: Field): void {
    const n = this.pos - mark - f.width;
    if (this.checkBounds) {
      if (n < f.minLength || n > f.maxLength)
        throw new EncodeError('bound', f, `length ${n} is outside ${f.minLength}..${f.maxLength}`);
      if (f.unit > 1 && n % f.unit !== 0)
        throw new EncodeError('length', f, `length ${n} is not a multiple of ${f.unit}`);
    }
    this.fill(mark, f.width as 1 | 2 | 3 | 4, n, f);
  }

  /** An opaque vector (`opaque x<lo..hi>`): its length prefix, checked against the bounds, and the bytes. */
  opaque(b: Uint8Array, f: Field): void {
    if (!(b instanceof Uint8Array)) throw new EncodeError('type', f, `expected bytes, got ${describe(b)}`);
    const n = b.length;
    if (this.checkBounds) {
      if (n < f.minLength || n > f.maxLength)
        throw new EncodeError('bound', f, `length ${n} is outside ${f.minLength}..${f.maxLength}`);
      if (f.unit > 1 && n % f.unit !== 0)
        throw new EncodeError('length', f, `length ${n} is not a multiple of ${f.unit}`);
    }
    const mark = this.room(f.width);
    this.fill(mark, f.width as 1 | 2 | 3 | 4, n, f);
    const p = this.room(n);
    this.buf.set(b, p);
  }

  /** Reserve `width` bytes for a value known only later (a length that counts other fields). */
  reserve(width: number): number {
    return this.room(width);
  }

  /** Write `v` into the `width` bytes reserved at `mark`. */
  fill(mark: number, width: 1 | 2 | 3 | 4, v: number, f: Field): void {
    const max = width === 4 ? 0xffffffff : (1 << (width * 8)) - 1;
    if (v > max) throw new EncodeError('length', f, `length ${v} does not fit in ${width} bytes`);
    if (width === 1) this.buf[mark] = v;
    else if (width === 2) this.view.setUint16(mark, v);
    else if (width === 3) {
      this.buf[mark] = v >>> 16;
      this.view.setUint16(mark + 1, v & 0xffff);
    } else this.view.setUint32(mark, v);
  }

  /** Record where a marked field starts. */
  mark(f: Field): void {
    if (this.marks === undefined) this.marks = {};
    this.marks[f.path] = this.pos;
  }

  // ---------------------------------------------------------------- what keeps the output decodable

  /** Bytes ended by a sentinel byte, which they must not hold. */
  bytesUntil(b: Uint8Array, sentinel: number, f: Field): void {
    this.raw(b, f);
    if (b.includes(sentinel))
      throw new EncodeError(
        'bad_value',
        f,
        `holds the terminator 0x${sentinel.toString(16)}, which would end it early`,
      );
    this.u8(sentinel, f);
  }

  /** The sentinel that ends a list. */
  sentinel(width: 1 | 2 | 4, value: number, f: Field): void {
    if (width === 1) this.u8(value, f);
    else if (width === 2) this.u16(value, f);
    else this.u32(value, f);
  }

  /** Elements of a list ended by a sentinel: none may start with it, or the list would end there. */
  itemsUntil<T, C>(
    f: Field,
    list: readonly T[],
    write: WriteFn<T, C>,
    ctx: C,
    width: 1 | 2 | 4,
    value: number,
  ): void {
    expectArray(list, f);
    let i = 0;
    try {
      for (; i < list.length; i++) {
        const at = this.pos;
        write(this, list[i]!, ctx);
        if (this.readAt(at, width) === value)
          throw new EncodeError(
            'bad_value',
            f,
            `starts with the terminator ${value}, which would end the list here`,
          );
      }
    } catch (e) {
      throw nested(e, f, `${fieldName(f)}[${i}]`);
    }
    this.sentinel(width, value, f);
  }

  /**
   * The run of `fill` bytes that ends a body. The byte before it (after `start`) must not be `fill`,
   * or a decoder would take it for part of the run.
   */
  run(b: Uint8Array, fill: number, start: number, f: Field): void {
    if (!(b instanceof Uint8Array)) throw new EncodeError('type', f, `expected bytes, got ${describe(b)}`);
    if (b.some((x) => x !== fill))
      throw new EncodeError('bad_value', f, `may hold only 0x${fill.toString(16)} bytes`);
    if (this.pos > start && this.buf[this.pos - 1] === fill)
      throw new EncodeError(
        'bad_value',
        f,
        `the byte before it is 0x${fill.toString(16)}, which would read as part of it`,
      );
    this.raw(b, f);
  }

  /** The bytes written at `at` must not be `bytes` (they would read back as another arm). */
  refuse(at: number, bytes: Uint8Array, f: Field, why: string): void {
    if (at + bytes.length > this.pos) return;
    for (let i = 0; i < bytes.length; i++) if (this.buf[at + i] !== bytes[i]) return;
    throw new EncodeError('bad_value', f, why);
  }

  /** The bytes written from `at` must not start with any of `labels` (they would read as that case). */
  refusePrefixes(at: number, labels: readonly Uint8Array[], f: Field): void {
    for (const l of labels) {
      if (at + l.length > this.pos) continue;
      let same = true;
      for (let i = 0; i < l.length && same; i++) same = this.buf[at + i] === l[i];
      if (same) throw new EncodeError('bad_value', f, 'these bytes read back as another case');
    }
  }

  private readAt(at: number, width: 1 | 2 | 4): number {
    return width === 1 ? this.buf[at]! : width === 2 ? this.view.getUint16(at) : this.view.getUint32(at);
  }

  // ---------------------------------------------------------------- RFC 4251 section 5 types

  sshString(b: Uint8Array, f: Field): void {
    if (!(b instanceof Uint8Array)) throw new EncodeError('type', f, `expected bytes, got ${describe(b)}`);
    this.u32(b.length, f);
    this.raw(b, f);
  }

  sshUtf8(s: string, f: Field): void {
    this.sshString(utf8Bytes(s, f), f);
  }

  /** Two's complement, big-endian, in the fewest bytes (RFC 4251 section 5). */
  mpint(v: bigint, f: Field): void {
    if (typeof v !== 'bigint') throw new EncodeError('type', f, `expected a bigint, got ${describe(v)}`);
    this.sshString(signedBytesOfBigint(v), f);
  }

  nameList(names: readonly string[], f: Field): void {
    if (!Array.isArray(names))
      throw new EncodeError('type', f, `expected an array of names, got ${describe(names)}`);
    let length = names.length > 0 ? names.length - 1 : 0; // the commas
    for (const n of names) {
      if (typeof n !== 'string') throw new EncodeError('type', f, `${describe(n)} is not a name`);
      length += n.length;
    }
    this.u32(length, f);
    const start = this.room(length);
    let p = start;
    for (let i = 0; i < names.length; i++) {
      const n = names[i]!;
      if (n.length === 0)
        throw new EncodeError('bad_value', f, 'a name-list cannot hold an empty name (RFC 4251 section 5)');
      if (i > 0) this.buf[p++] = 0x2c;
      for (let j = 0; j < n.length; j++) {
        const c = n.charCodeAt(j);
        // US-ASCII printable, no comma (RFC 4251 section 5)
        if (c <= 0x20 || c >= 0x7f || c === 0x2c)
          throw new EncodeError('bad_value', f, `${describe(n)} is not a valid name (RFC 4251 section 5)`);
        this.buf[p++] = c;
      }
    }
  }

  /** The bytes written so far: a view of the buffer, not a copy. */
  finish(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}

/** The field part of a descriptor's path; a named type's own descriptor adds only an index. */
function fieldName(f: Field): string {
  const dot = f.path.indexOf('.');
  return dot < 0 ? '' : f.path.slice(dot + 1);
}

/** UTF-8 of `s`; a lone surrogate cannot be encoded and is an error rather than U+FFFD. */
export function utf8Bytes(s: string, f: Field): Uint8Array {
  if (typeof s !== 'string') throw new EncodeError('type', f, `expected a string, got ${describe(s)}`);
  if (!s.isWellFormed()) throw new EncodeError('bad_value', f, 'the string holds a lone surrogate');
  return utf8.encode(s);
}
