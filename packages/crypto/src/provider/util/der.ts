// Minimal DER writer/reader for the few structures the providers exchange with libraries:
// ECDSA/DSA signatures (SEQUENCE { r INTEGER, s INTEGER }) and DSA key containers.
import { CryptoError } from '../errors.js';
import { bigIntToBytes, bytesToBigInt, concatBytes } from './bytes.js';

function len(n: number): Uint8Array {
  if (n < 0x80) return Uint8Array.of(n);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

export function tlv(tag: number, body: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(tag), len(body.length), body);
}

export function derInt(n: bigint): Uint8Array {
  let b = bigIntToBytes(n);
  if (b.length === 0) b = Uint8Array.of(0);
  if ((b[0] as number) & 0x80) b = concatBytes(Uint8Array.of(0), b);
  return tlv(0x02, b);
}

export function derSeq(...items: Uint8Array[]): Uint8Array {
  return tlv(0x30, concatBytes(...items));
}

/** Reads one TLV at `off`; returns tag, body bounds and the end offset. Strict (minimal) lengths. */
export function readTlv(buf: Uint8Array, off: number): { tag: number; start: number; end: number } {
  const tag = buf[off];
  let l = buf[off + 1];
  if (tag === undefined || l === undefined) throw new Error('truncated');
  let start = off + 2;
  if (l & 0x80) {
    const n = l & 0x7f;
    if (n === 0 || n > 3) throw new Error('bad length');
    l = 0;
    for (let i = 0; i < n; i++) l = l * 256 + (buf[start + i] ?? Number.NaN);
    start += n;
    if (Number.isNaN(l) || l < 0x80) throw new Error('non-minimal length');
  }
  const end = start + l;
  if (end > buf.length) throw new Error('truncated');
  return { tag, start, end };
}

export function readPositiveInt(buf: Uint8Array, off: number): { value: bigint; end: number } {
  const { tag, start, end } = readTlv(buf, off);
  if (tag !== 0x02 || end === start) throw new Error('expected INTEGER');
  const first = buf[start] as number;
  if (first & 0x80) throw new Error('negative INTEGER');
  if (first === 0 && end - start > 1 && !((buf[start + 1] as number) & 0x80))
    throw new Error('non-minimal INTEGER');
  return { value: bytesToBigInt(buf.subarray(start, end)), end };
}

/** ECDSA/DSA signature: DER SEQUENCE { r, s } to (r, s). */
export function decodeDerSignature(sig: Uint8Array): { r: bigint; s: bigint } {
  try {
    const seq = readTlv(sig, 0);
    if (seq.tag !== 0x30 || seq.end !== sig.length) throw new Error('expected SEQUENCE');
    const r = readPositiveInt(sig, seq.start);
    const s = readPositiveInt(sig, r.end);
    if (s.end !== seq.end) throw new Error('trailing data');
    return { r: r.value, s: s.value };
  } catch (e) {
    throw new CryptoError('bad_signature_encoding', 'malformed DER signature', { cause: e });
  }
}

export function encodeDerSignature(r: bigint, s: bigint): Uint8Array {
  return derSeq(derInt(r), derInt(s));
}

/** r || s (each `size` bytes) to DER. */
export function rawToDer(raw: Uint8Array, size: number): Uint8Array {
  if (raw.length !== 2 * size)
    throw new CryptoError('bad_signature_encoding', 'raw signature has the wrong length');
  return encodeDerSignature(bytesToBigInt(raw.subarray(0, size)), bytesToBigInt(raw.subarray(size)));
}

/** DER to r || s (each `size` bytes). */
export function derToRaw(der: Uint8Array, size: number): Uint8Array {
  const { r, s } = decodeDerSignature(der);
  try {
    return concatBytes(bigIntToBytes(r, size), bigIntToBytes(s, size));
  } catch (e) {
    throw new CryptoError('bad_signature_encoding', 'signature integer too large', { cause: e });
  }
}
