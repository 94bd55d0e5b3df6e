// The buffer generated encoders write into. It grows by doubling, and a length prefix is reserved
// first and filled in once the body is written, so nested vectors are never encoded twice or copied.
import { EncodeError } from './errors.js';

const utf8 = new TextEncoder();

export class Writer {
  private buf: Uint8Array;
  private view: DataView;
  pos = 0;
  /**
   * When false, vector bounds are not enforced while encoding. Only tests use this, to produce
   * out-of-bounds input and check that the decoder rejects it.
   */
  checkBounds = true;

  constructor(initialSize = 1024) {
    this.buf = new Uint8Array(initialSize);
    this.view = new DataView(this.buf.buffer);
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

  private int(v: number, min: number, max: number, where: string): void {
    if (!Number.isInteger(v) || v < min || v > max)
      throw new EncodeError(where, `${v} is not an integer in ${min}..${max}`);
  }

  u8(v: number, where: string): void {
    this.int(v, 0, 0xff, where);
    const p = this.room(1);
    this.buf[p] = v;
  }
  u16(v: number, where: string): void {
    this.int(v, 0, 0xffff, where);
    const p = this.room(2);
    this.view.setUint16(p, v);
  }
  u24(v: number, where: string): void {
    this.int(v, 0, 0xffffff, where);
    const p = this.room(3);
    this.buf[p] = v >>> 16;
    this.view.setUint16(p + 1, v & 0xffff);
  }
  u32(v: number, where: string): void {
    this.int(v, 0, 0xffffffff, where);
    const p = this.room(4);
    this.view.setUint32(p, v);
  }
  u64(v: bigint, where: string): void {
    if (typeof v !== 'bigint' || v < 0n || v >= 1n << 64n)
      throw new EncodeError(where, `${v} is not a uint64`);
    const p = this.room(8);
    this.view.setBigUint64(p, v);
  }
  i8(v: number, where: string): void {
    this.int(v, -0x80, 0x7f, where);
    const p = this.room(1);
    this.view.setInt8(p, v);
  }
  i16(v: number, where: string): void {
    this.int(v, -0x8000, 0x7fff, where);
    const p = this.room(2);
    this.view.setInt16(p, v);
  }
  i32(v: number, where: string): void {
    this.int(v, -0x80000000, 0x7fffffff, where);
    const p = this.room(4);
    this.view.setInt32(p, v);
  }
  f64(v: number, where: string): void {
    if (typeof v !== 'number') throw new EncodeError(where, 'expected a number');
    const p = this.room(8);
    this.view.setFloat64(p, v);
  }
  bool(v: boolean, where: string): void {
    if (typeof v !== 'boolean') throw new EncodeError(where, 'expected a boolean');
    const p = this.room(1);
    this.buf[p] = v ? 1 : 0;
  }

  raw(b: Uint8Array, where: string): void {
    if (!(b instanceof Uint8Array)) throw new EncodeError(where, 'expected a Uint8Array');
    const p = this.room(b.length);
    this.buf.set(b, p);
  }

  /** Exactly `n` bytes, for fixed-size arrays. */
  fixed(b: Uint8Array, n: number, where: string): void {
    if (!(b instanceof Uint8Array)) throw new EncodeError(where, 'expected a Uint8Array');
    if (b.length !== n) throw new EncodeError(where, `expected exactly ${n} bytes, got ${b.length}`);
    const p = this.room(n);
    this.buf.set(b, p);
  }

  /** Reserve a length prefix of `width` bytes; returns its position for `endLength`. */
  beginLength(width: 1 | 2 | 3 | 4): number {
    return this.room(width);
  }

  /** Fill in the prefix reserved at `mark` with the body's length, checking the vector's bounds. */
  endLength(mark: number, width: 1 | 2 | 3 | 4, lo: number, hi: number, elem: number, where: string): void {
    const n = this.pos - mark - width;
    if (this.checkBounds) {
      if (n < lo || n > hi) throw new EncodeError(where, `length ${n} is outside ${lo}..${hi}`);
      if (elem > 1 && n % elem !== 0)
        throw new EncodeError(where, `length ${n} is not a multiple of ${elem}`);
    }
    const max = width === 4 ? 0xffffffff : (1 << (width * 8)) - 1;
    if (n > max) throw new EncodeError(where, `length ${n} does not fit in ${width} bytes`);
    if (width === 1) this.buf[mark] = n;
    else if (width === 2) this.view.setUint16(mark, n);
    else if (width === 3) {
      this.buf[mark] = n >>> 16;
      this.view.setUint16(mark + 1, n & 0xffff);
    } else this.view.setUint32(mark, n);
  }

  // RFC 4251 section 5 types

  sshString(b: Uint8Array, where: string): void {
    if (!(b instanceof Uint8Array)) throw new EncodeError(where, 'expected a Uint8Array');
    this.u32(b.length, where);
    this.raw(b, where);
  }

  sshUtf8(s: string, where: string): void {
    if (typeof s !== 'string') throw new EncodeError(where, 'expected a string');
    this.sshString(utf8.encode(s), where);
  }

  /** Two's complement, big-endian, in the fewest bytes (RFC 4251 section 5). */
  mpint(v: bigint, where: string): void {
    if (typeof v !== 'bigint') throw new EncodeError(where, 'expected a bigint');
    if (v === 0n) return this.u32(0, where);
    const bytes: number[] = [];
    let x = v;
    // Emit bytes until the remaining value is only sign extension of the last byte written.
    for (;;) {
      const b = Number(x & 0xffn);
      bytes.push(b);
      x >>= 8n;
      if ((x === 0n && b < 0x80) || (x === -1n && b >= 0x80)) break;
    }
    bytes.reverse();
    this.sshString(Uint8Array.from(bytes), where);
  }

  nameList(names: readonly string[], where: string): void {
    if (!Array.isArray(names)) throw new EncodeError(where, 'expected an array of names');
    let length = names.length > 0 ? names.length - 1 : 0; // the commas
    for (const n of names) {
      if (typeof n !== 'string') throw new EncodeError(where, `${JSON.stringify(n)} is not a name`);
      length += n.length;
    }
    this.u32(length, where);
    const start = this.room(length);
    let p = start;
    for (let i = 0; i < names.length; i++) {
      const n = names[i]!;
      if (n.length === 0)
        throw new EncodeError(where, 'a name-list cannot hold an empty name (RFC 4251 section 5)');
      if (i > 0) this.buf[p++] = 0x2c;
      for (let j = 0; j < n.length; j++) {
        const c = n.charCodeAt(j);
        // US-ASCII printable, no comma (RFC 4251 section 5)
        if (c <= 0x20 || c >= 0x7f || c === 0x2c)
          throw new EncodeError(where, `${JSON.stringify(n)} is not a valid name (RFC 4251 section 5)`);
        this.buf[p++] = c;
      }
    }
  }

  /** The bytes written so far: a view of the buffer, not a copy. */
  finish(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}
