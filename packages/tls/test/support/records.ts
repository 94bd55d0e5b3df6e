// The records in what a connection wrote, for tests that look at the wire (each chunk of an
// output may hold several records side by side), and TLS 1.3 records opened under known keys.
import { getProvider, type ProviderName } from '@otpnet/crypto';
import { Tls13Protection } from '../../src/record/protection13.js';
import type { End } from './pair.js';

export interface WireRecord {
  readonly type: number;
  readonly payload: Uint8Array;
}

export function recordsOf(chunk: Uint8Array): WireRecord[] {
  const out: WireRecord[] = [];
  for (let at = 0; at + 5 <= chunk.length; ) {
    const length = ((chunk[at + 3] as number) << 8) | (chunk[at + 4] as number);
    out.push({ type: chunk[at] as number, payload: chunk.subarray(at + 5, at + 5 + length) });
    at += 5 + length;
  }
  return out;
}

/** Every record one end wrote, in order. */
export function written(end: End): WireRecord[] {
  return end.flights.flat().flatMap(recordsOf);
}

/** Opens TLS 1.3 records sealed under (key, iv), from sequence 0: their inner content, joined. */
export function openRecords(
  provider: ProviderName,
  key: Uint8Array,
  iv: Uint8Array,
  records: readonly Uint8Array[],
): { type: number; content: Uint8Array }[] {
  const crypto = getProvider(provider);
  const p = new Tls13Protection(crypto.aead(key.length === 16 ? 'aes-128-gcm' : 'aes-256-gcm', key), iv);
  return records.map((r) => {
    const copy = r.slice();
    const opened = p.open(copy[0] as number, copy.subarray(0, 5), copy.subarray(5));
    return { type: opened.type, content: opened.content.slice() };
  });
}
