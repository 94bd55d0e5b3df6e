// The cursor generated decoders read through. Every read checks the bytes left first, so a length
// taken from the input never drives an allocation or a read past the end; opaque data comes back
// as zero-copy views into the input.
import { DecodeError } from './errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const ascii = new TextDecoder('ascii');

export class Reader {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  /** Read position (absolute index into `bytes`). */
  pos: number;
  /** End of the current body: a length-prefixed vector or the whole input. */
  end: number;
  /** Current nesting of recursive types. */
  depth = 0;
  /** Nesting allowed for recursive types before decoding fails. */
  maxDepth = 256;
  /** The end of the whole input: running past it means the input is cut short. */
  private readonly limit: number;

  constructor(bytes: Uint8Array, pos = 0, end = bytes.length) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pos = pos;
    this.end = end;
    this.limit = end;
  }

  /** True when the current body ends where the whole input does. */
  private get atInputEnd(): boolean {
    return this.end === this.limit;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  /** Fail unless `n` more bytes are in the current body; returns the start position. */
  need(n: number, where: string): number {
    if (n > this.end - this.pos)
      throw new DecodeError(where, `needs ${n} bytes, ${this.end - this.pos} left`, this.atInputEnd);
    const p = this.pos;
    this.pos = p + n;
    return p;
  }

  u8(where: string): number {
    return this.bytes[this.need(1, where)]!;
  }
  u16(where: string): number {
    return this.view.getUint16(this.need(2, where));
  }
  u24(where: string): number {
    const p = this.need(3, where);
    return (this.bytes[p]! << 16) | this.view.getUint16(p + 1);
  }
  u32(where: string): number {
    return this.view.getUint32(this.need(4, where));
  }
  u64(where: string): bigint {
    return this.view.getBigUint64(this.need(8, where));
  }
  i8(where: string): number {
    return this.view.getInt8(this.need(1, where));
  }
  i16(where: string): number {
    return this.view.getInt16(this.need(2, where));
  }
  i32(where: string): number {
    return this.view.getInt32(this.need(4, where));
  }
  f64(where: string): number {
    return this.view.getFloat64(this.need(8, where));
  }
  /** RFC 4251 section 5: zero is false, any other value is true. */
  bool(where: string): boolean {
    return this.bytes[this.need(1, where)]! !== 0;
  }

  /** A zero-copy view of the next `n` bytes. */
  raw(n: number, where: string): Uint8Array {
    const p = this.need(n, where);
    return this.bytes.subarray(p, p + n);
  }

  /** The rest of the current body, zero-copy. */
  rest(): Uint8Array {
    const p = this.pos;
    this.pos = this.end;
    return this.bytes.subarray(p, this.end);
  }

  /** The length prefix of an RFC vector, checked against its bounds and element size. */
  vectorLength(width: 1 | 2 | 3 | 4, lo: number, hi: number, elem: number, where: string): number {
    const n =
      width === 1
        ? this.u8(where)
        : width === 2
          ? this.u16(where)
          : width === 3
            ? this.u24(where)
            : this.u32(where);
    if (n < lo || n > hi) throw new DecodeError(where, `length ${n} is outside ${lo}..${hi}`);
    if (elem > 1 && n % elem !== 0) throw new DecodeError(where, `length ${n} is not a multiple of ${elem}`);
    if (n > this.end - this.pos)
      throw new DecodeError(
        where,
        `length ${n} exceeds the ${this.end - this.pos} bytes left`,
        this.atInputEnd,
      );
    return n;
  }

  /** Narrow the body to the next `n` bytes; returns the outer end for `leave`. */
  enter(n: number, where: string): number {
    if (n > this.end - this.pos)
      throw new DecodeError(
        where,
        `length ${n} exceeds the ${this.end - this.pos} bytes left`,
        this.atInputEnd,
      );
    const outer = this.end;
    this.end = this.pos + n;
    return outer;
  }

  /** Close a body opened by `enter`: it must have been consumed exactly. */
  leave(outer: number, where: string): void {
    if (this.pos !== this.end)
      throw new DecodeError(where, `${this.end - this.pos} bytes left over inside the length`);
    this.end = outer;
  }

  /** An element count read from the input: each element takes at least `minSize` bytes. */
  count(n: number, minSize: number, where: string): number {
    if (n * minSize > this.end - this.pos)
      throw new DecodeError(
        where,
        `count ${n} cannot fit in the ${this.end - this.pos} bytes left`,
        this.atInputEnd,
      );
    return n;
  }

  /** Count nesting of recursive types, so hostile input cannot exhaust the stack. */
  descend(where: string): void {
    if (++this.depth > this.maxDepth) throw new DecodeError(where, `nesting deeper than ${this.maxDepth}`);
  }
  ascend(): void {
    this.depth--;
  }

  /** Top-level decoders consume their whole input. */
  done(where: string): void {
    if (this.pos !== this.end) throw new DecodeError(where, `${this.end - this.pos} trailing bytes`);
  }

  // RFC 4251 section 5 types

  sshString(where: string): Uint8Array {
    const n = this.u32(where);
    return this.raw(n, where);
  }

  sshUtf8(where: string): string {
    const b = this.sshString(where);
    try {
      return utf8.decode(b);
    } catch {
      throw new DecodeError(where, 'not valid UTF-8');
    }
  }

  /** Two's complement, big-endian; RFC 4251 forbids needless leading 0x00 / 0xff bytes. */
  mpint(where: string): bigint {
    const b = this.sshString(where);
    if (b.length === 0) return 0n;
    if (b.length > 1 && ((b[0] === 0 && b[1]! < 0x80) || (b[0] === 0xff && b[1]! >= 0x80)))
      throw new DecodeError(where, 'mpint has an unnecessary leading byte');
    let v = 0n;
    for (const x of b) v = (v << 8n) | BigInt(x);
    return b[0]! >= 0x80 ? v - (1n << BigInt(b.length * 8)) : v;
  }

  /** Comma-separated US-ASCII names; RFC 4251 forbids empty names and non-printing characters. */
  nameList(where: string): string[] {
    const b = this.sshString(where);
    if (b.length === 0) return [];
    for (const c of b) {
      if (c <= 0x20 || c >= 0x7f) throw new DecodeError(where, `name-list holds byte 0x${c.toString(16)}`);
    }
    const names = ascii.decode(b).split(',');
    if (names.some((n) => n.length === 0)) throw new DecodeError(where, 'name-list holds an empty name');
    return names;
  }
}
