// Where outgoing records are built: views carved one after another out of a shared slab, as
// node's Buffer pool does, so that sealing a record costs no allocation of its own and the
// records of one send lie side by side in memory and go to the transport as one chunk (see
// appendChunk). A slab is never reused: it is collected once the transport let go of its views.
const SLAB = 256 * 1024;
/** Records larger than this get an array of their own, so that a slab is not mostly wasted. */
const LARGEST_POOLED = SLAB / 8;

let slab = new Uint8Array(SLAB);
let used = 0;

/** A zeroed view of `n` bytes for one record. */
export function allocRecord(n: number): Uint8Array {
  if (n > LARGEST_POOLED) return new Uint8Array(n);
  if (used + n > SLAB) {
    slab = new Uint8Array(SLAB);
    used = 0;
  }
  const out = slab.subarray(used, used + n);
  used += n;
  return out;
}

/**
 * Pushes `chunk` onto `chunks`, or extends the last chunk when `chunk` follows it directly in the
 * same memory (consecutive records from allocRecord): the bytes are the same, and the transport
 * gets one write instead of a writev of many.
 */
export function appendChunk(chunks: Uint8Array[], chunk: Uint8Array): void {
  const last = chunks[chunks.length - 1];
  if (
    last !== undefined &&
    last.buffer === chunk.buffer &&
    last.byteOffset + last.length === chunk.byteOffset
  )
    chunks[chunks.length - 1] = new Uint8Array(last.buffer, last.byteOffset, last.length + chunk.length);
  else chunks.push(chunk);
}
