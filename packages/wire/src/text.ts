// Bytes to text for the ASCII parts of wire formats (SSH names): one engine call per string,
// which is several times cheaper than a TextDecoder for the short strings these are.

const CHUNK = 4096; // stays well below the engine's limit on the number of call arguments

/** The bytes `from..to` of `b` as a string of the same char codes (Latin-1). */
export function latin1(b: Uint8Array, from: number, to: number): string {
  if (to - from <= CHUNK) return String.fromCharCode.apply(null, b.subarray(from, to) as unknown as number[]);
  let s = '';
  for (let i = from; i < to; i += CHUNK)
    s += String.fromCharCode.apply(null, b.subarray(i, Math.min(to, i + CHUNK)) as unknown as number[]);
  return s;
}
