// Bytes received but not yet delivered, kept as the chunks they arrived in so that a packet
// inside one chunk is a zero-copy view and only packets spanning chunks are copied.

export class ReceiveBuffer {
  private chunks: Uint8Array[] = [];
  private head = 0; // index of the first live chunk
  size = 0;

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
  }

  /** A view of at least the first `n` bytes (all when n >= size), merging chunks as needed. */
  peek(n: number): Uint8Array {
    const first = this.chunks[this.head];
    if (first === undefined) return new Uint8Array(0);
    if (first.length >= n || this.head === this.chunks.length - 1) return first;
    const want = Math.min(n, this.size);
    const out = new Uint8Array(want);
    let off = 0;
    let i = this.head;
    while (off < want) {
      const c = this.chunks[i]!;
      const take = Math.min(c.length, want - off);
      out.set(take === c.length ? c : c.subarray(0, take), off);
      off += take;
      if (take === c.length) i++;
      else {
        this.chunks[i] = c.subarray(take);
      }
    }
    // the merged bytes replace the chunks they came from
    this.chunks.splice(this.head, i - this.head, out);
    return out;
  }

  /** Remove and return the first `n` bytes (n <= size). */
  take(n: number): Uint8Array {
    const view = this.peek(n);
    const out = view.length === n ? view : view.subarray(0, n);
    this.drop(n);
    return out;
  }

  /** Everything buffered, as one view. */
  takeAll(): Uint8Array {
    return this.take(this.size);
  }

  private drop(n: number): void {
    let left = n;
    while (left > 0) {
      const c = this.chunks[this.head]!;
      if (c.length <= left) {
        left -= c.length;
        this.head++;
      } else {
        this.chunks[this.head] = c.subarray(left);
        left = 0;
      }
    }
    this.size -= n;
    if (this.head === this.chunks.length) {
      this.chunks = [];
      this.head = 0;
    } else if (this.head > 64) {
      this.chunks = this.chunks.slice(this.head);
      this.head = 0;
    }
  }

  clear(): void {
    this.chunks = [];
    this.head = 0;
    this.size = 0;
  }
}
