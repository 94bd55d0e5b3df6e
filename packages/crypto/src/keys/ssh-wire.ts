// The SSH data types of RFC 4251 section 5 (uint32, string, mpint), as used inside OpenSSH key
// blobs and key files. Reads are bounds-checked and fail with a KeyError naming `what`.
import { bigIntToBytes, bytesToBigInt } from './asn1.js';
import { KeyError } from './errors.js';

export class SshReader {
  private pos = 0;
  constructor(
    private readonly buf: Uint8Array,
    private readonly what: string,
  ) {}

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  uint32(): number {
    const b = this.take(4);
    return ((b[0] ?? 0) * 0x1000000 + (((b[1] ?? 0) << 16) | ((b[2] ?? 0) << 8) | (b[3] ?? 0))) >>> 0;
  }

  bytes(n: number): Uint8Array {
    return this.take(n);
  }

  string(): Uint8Array {
    return this.take(this.uint32());
  }

  text(): string {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(this.string());
    } catch (e) {
      if (e instanceof KeyError) throw e;
      throw new KeyError('malformed', `${this.what}: string is not UTF-8`);
    }
  }

  /** RFC 4251 mpint; negative values are refused since no key field is negative. */
  mpint(): bigint {
    const b = this.string();
    if (b.length > 0 && (b[0] ?? 0) & 0x80) throw new KeyError('malformed', `${this.what}: negative mpint`);
    return bytesToBigInt(b);
  }

  /** Fail unless every byte was consumed. */
  end(): void {
    if (this.remaining !== 0) throw new KeyError('malformed', `${this.what}: trailing bytes`);
  }

  private take(n: number): Uint8Array {
    if (n > this.remaining) throw new KeyError('malformed', `${this.what}: truncated`);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

export class SshWriter {
  private readonly parts: Uint8Array[] = [];

  uint32(v: number): this {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v >>> 0);
    this.parts.push(b);
    return this;
  }

  raw(b: Uint8Array): this {
    this.parts.push(b);
    return this;
  }

  string(b: Uint8Array | string): this {
    const bytes = typeof b === 'string' ? new TextEncoder().encode(b) : b;
    return this.uint32(bytes.length).raw(bytes);
  }

  mpint(v: bigint): this {
    if (v === 0n) return this.uint32(0);
    const mag = bigIntToBytes(v);
    if ((mag[0] ?? 0) & 0x80) {
      const padded = new Uint8Array(mag.length + 1);
      padded.set(mag, 1);
      return this.string(padded);
    }
    return this.string(mag);
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.parts.reduce((n, p) => n + p.length, 0));
    let off = 0;
    for (const p of this.parts) {
      out.set(p, off);
      off += p.length;
    }
    return out;
  }
}
