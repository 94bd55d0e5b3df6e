// Minimal DER writer/reader for the few structures the providers exchange with libraries:
// ECDSA/DSA signatures (SEQUENCE { r INTEGER, s INTEGER }) and DSA key containers.
import { CryptoError } from '../../errors.js';
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

/** Builds the error a DER reader raises; `detail` says what was wrong with the bytes. */
export type DerFailure = (detail: string) => CryptoError;

/** Reads one TLV at `off`; returns tag, body bounds and the end offset. Strict (minimal) lengths. */
export function readTlv(
  buf: Uint8Array,
  off: number,
  fail: DerFailure,
): { tag: number; start: number; end: number } {
  const tag = buf[off];
  let l = buf[off + 1];
  if (tag === undefined || l === undefined) throw fail(`truncated at byte ${off}`);
  let start = off + 2;
  if (l & 0x80) {
    const n = l & 0x7f;
    if (n === 0 || n > 3) throw fail(`unsupported length form 0x${l.toString(16)} at byte ${off + 1}`);
    l = 0;
    for (let i = 0; i < n; i++) l = l * 256 + (buf[start + i] ?? Number.NaN);
    start += n;
    if (Number.isNaN(l)) throw fail(`truncated length at byte ${off + 1}`);
    if (l < 0x80) throw fail(`non-minimal length at byte ${off + 1}`);
  }
  const end = start + l;
  if (end > buf.length) throw fail(`length ${l} at byte ${off + 1} runs past the end`);
  return { tag, start, end };
}

export function readPositiveInt(
  buf: Uint8Array,
  off: number,
  fail: DerFailure,
): { value: bigint; end: number } {
  const { tag, start, end } = readTlv(buf, off, fail);
  if (tag !== 0x02) throw fail(`expected an INTEGER at byte ${off}, got tag 0x${tag.toString(16)}`);
  if (end === start) throw fail(`empty INTEGER at byte ${off}`);
  const first = buf[start] as number;
  if (first & 0x80) throw fail(`negative INTEGER at byte ${off}`);
  if (first === 0 && end - start > 1 && !((buf[start + 1] as number) & 0x80))
    throw fail(`non-minimal INTEGER at byte ${off}`);
  return { value: bytesToBigInt(buf.subarray(start, end)), end };
}

const signatureFailure: DerFailure = (detail) =>
  new CryptoError('bad_signature_encoding', `DER signature: ${detail}`);

/** ECDSA/DSA signature: DER SEQUENCE { r, s } to (r, s). */
export function decodeDerSignature(sig: Uint8Array): { r: bigint; s: bigint } {
  const seq = readTlv(sig, 0, signatureFailure);
  if (seq.tag !== 0x30) throw signatureFailure(`expected a SEQUENCE, got tag 0x${seq.tag.toString(16)}`);
  if (seq.end !== sig.length) throw signatureFailure(`${sig.length - seq.end} bytes after the SEQUENCE`);
  const r = readPositiveInt(sig, seq.start, signatureFailure);
  const s = readPositiveInt(sig, r.end, signatureFailure);
  if (s.end !== seq.end) throw signatureFailure('trailing data inside the SEQUENCE after s');
  return { r: r.value, s: s.value };
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
  const limit = 1n << BigInt(8 * size);
  if (r >= limit || s >= limit)
    throw new CryptoError('bad_signature_encoding', `DER signature: r or s is longer than ${size} bytes`);
  return concatBytes(bigIntToBytes(r, size), bigIntToBytes(s, size));
}
