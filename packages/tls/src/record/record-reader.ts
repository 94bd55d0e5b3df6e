// Splits the incoming byte stream into records. Received chunks are kept as they are and a
// record that lies inside one chunk is a view of it, so the common case copies nothing.
import { ContentType } from '@otpnet/tls-spec';
import { alert } from '../errors.js';
import { HEADER_LENGTH } from './limits.js';

export interface RawRecord {
  readonly type: number;
  readonly version: number;
  /** The 5 header bytes (the TLS 1.3 additional data). */
  readonly header: Uint8Array;
  readonly payload: Uint8Array;
}

const KNOWN_TYPES: ReadonlySet<number> = new Set([
  ContentType.change_cipher_spec,
  ContentType.alert,
  ContentType.handshake,
  ContentType.application_data,
]);

export class RecordReader {
  private chunks: Uint8Array[] = [];
  private buffered = 0;
  /** Largest payload length accepted in a header; beyond it is record_overflow. */
  maxPayload: number;

  constructor(maxPayload: number) {
    this.maxPayload = maxPayload;
  }

  get pending(): number {
    return this.buffered;
  }

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
  }

  /** The next complete record, or undefined when more bytes are needed. */
  next(): RawRecord | undefined {
    if (this.buffered < HEADER_LENGTH) return undefined;
    let first = this.chunks[0] as Uint8Array;
    if (first.length < HEADER_LENGTH) first = this.merge(HEADER_LENGTH);
    const type = first[0] as number;
    const version = ((first[1] as number) << 8) | (first[2] as number);
    const length = ((first[3] as number) << 8) | (first[4] as number);
    if (!KNOWN_TYPES.has(type)) throw alert('unexpected_message', `record of unknown content type ${type}`);
    if (first[1] !== 3) throw alert('protocol_version', `record version 0x${version.toString(16)}`);
    if (length > this.maxPayload)
      throw alert('record_overflow', `record of ${length} bytes, more than ${this.maxPayload}`);
    const total = HEADER_LENGTH + length;
    if (this.buffered < total) return undefined;
    if (first.length < total) first = this.merge(total);
    const record = first.subarray(0, total);
    if (first.length === total) this.chunks.shift();
    else this.chunks[0] = first.subarray(total);
    this.buffered -= total;
    return {
      type,
      version,
      header: record.subarray(0, HEADER_LENGTH),
      payload: record.subarray(HEADER_LENGTH),
    };
  }

  /**
   * Joins the leading chunks until the first holds at least `n` bytes; returns it. Exactly `n`
   * bytes are copied (a record that spans chunks, or its header): what follows stays a view of
   * the chunk it arrived in.
   */
  private merge(n: number): Uint8Array {
    const out = new Uint8Array(n);
    let filled = 0;
    while (filled < out.length) {
      const c = this.chunks[0] as Uint8Array;
      const take = Math.min(c.length, out.length - filled);
      out.set(take === c.length ? c : c.subarray(0, take), filled);
      filled += take;
      if (take === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(take);
    }
    this.chunks.unshift(out);
    return out;
  }

  /** Copies a partial record out of the (possibly much larger) chunks it arrived in. */
  compact(): void {
    if (this.buffered === 0) this.chunks = [];
    else this.merge(this.buffered);
  }

  /** Drops everything buffered. */
  clear(): void {
    this.chunks = [];
    this.buffered = 0;
  }
}
