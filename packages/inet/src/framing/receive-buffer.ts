// Bytes received but not yet delivered, kept as the chunks they arrived in so that a packet
// inside one chunk is a zero-copy view and only packets spanning chunks are copied.

export class ReceiveBuffer {
  private chunks: Uint8Array[] = [];
  private head = 0; // index of the first live chunk
  /** Start of the live bytes in the first live chunk. */
  offset = 0;
  size = 0;

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
  }

  /**
   * The first live chunk, holding at least `n` bytes from `offset` (all there are when n >= size);
   * chunks are merged when the first is too short.
   */
  peek(n: number): Uint8Array {
    const first = this.chunks[this.head];
    if (first === undefined) return new Uint8Array(0);
    if (first.length - this.offset >= n || this.head === this.chunks.length - 1) return first;
    const want = Math.min(n, this.size);
    const out = new Uint8Array(want);
    let filled = 0;
    let i = this.head;
    let from = this.offset;
    while (filled < want) {
      const c = this.chunks[i]!;
      const take = Math.min(c.length - from, want - filled);
      out.set(c.subarray(from, from + take), filled);
      filled += take;
      if (from + take === c.length) {
        i++;
        from = 0;
      } else {
        this.chunks[i] = c.subarray(from + take);
        from = 0;
      }
    }
    // the merged bytes replace the chunks they came from
    this.chunks.splice(this.head, i - this.head, out);
    this.offset = 0;
    return out;
  }

  /** The live bytes of the first chunk as a view (for scanning). */
  view(n: number): Uint8Array {
    const c = this.peek(n);
    return this.offset === 0 ? c : c.subarray(this.offset);
  }

  /** Remove and return the first `n` bytes (n <= size). */
  take(n: number): Uint8Array {
    const c = this.peek(n);
    const out = this.offset === 0 && c.length === n ? c : c.subarray(this.offset, this.offset + n);
    this.drop(n);
    return out;
  }

  /** Everything buffered, as one view. */
  takeAll(): Uint8Array {
    return this.take(this.size);
  }

  /** Discard the first `n` bytes (n <= size). */
  drop(n: number): void {
    let off = this.offset + n;
    while (this.head < this.chunks.length && off >= this.chunks[this.head]!.length) {
      off -= this.chunks[this.head]!.length;
      this.head++;
    }
    this.offset = off;
    this.size -= n;
    if (this.head === this.chunks.length) {
      this.chunks = [];
      this.head = 0;
      this.offset = 0;
    } else if (this.head > 64) {
      this.chunks = this.chunks.slice(this.head);
      this.head = 0;
    }
  }

  clear(): void {
    this.chunks = [];
    this.head = 0;
    this.offset = 0;
    this.size = 0;
  }
}
