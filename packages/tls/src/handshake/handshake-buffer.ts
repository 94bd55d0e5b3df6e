// Reassembles handshake messages from handshake records: a message may span records and a
// record may hold several messages (RFC 8446 section 5.1). Each message comes out whole, with its
// 4-byte header, as the transcript needs it.
import { alert } from '../errors.js';

export class HandshakeBuffer {
  private buf: Uint8Array = new Uint8Array(0);

  constructor(
    /** Largest handshake message accepted (Erlang's max_handshake_size, 256 KiB by default). */
    private readonly maxSize: number,
  ) {}

  get empty(): boolean {
    return this.buf.length === 0;
  }

  push(fragment: Uint8Array): void {
    if (fragment.length === 0) throw alert('unexpected_message', 'empty handshake record');
    if (this.buf.length === 0) {
      this.buf = fragment;
      return;
    }
    const joined = new Uint8Array(this.buf.length + fragment.length);
    joined.set(this.buf);
    joined.set(fragment, this.buf.length);
    this.buf = joined;
  }

  /** The next whole message (header included), or undefined. */
  next(): Uint8Array | undefined {
    const b = this.buf;
    if (b.length < 4) return undefined;
    const length = ((b[1] as number) << 16) | ((b[2] as number) << 8) | (b[3] as number);
    if (length > this.maxSize)
      throw alert('handshake_failure', `handshake message of ${length} bytes, more than ${this.maxSize}`);
    if (b.length < 4 + length) return undefined;
    const message = b.subarray(0, 4 + length);
    this.buf = b.subarray(4 + length);
    return message;
  }
}
