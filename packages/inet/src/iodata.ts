// What send accepts: bytes, a string (UTF-8), byte numbers, or nested lists of those (iodata).
import { InetError } from './errors.js';

export type IoData = Uint8Array | string | number | readonly IoData[];

const encoder = new TextEncoder();

export function toBytes(data: IoData, _listMode = false): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (typeof data === 'string') return encoder.encode(data);
  const parts: Uint8Array[] = [];
  let total = 0;
  const walk = (d: IoData, depth: number): void => {
    if (depth > 100) throw new InetError('einval', 'iodata nested too deeply');
    if (d instanceof Uint8Array) {
      parts.push(d);
      total += d.length;
    } else if (typeof d === 'string') {
      const b = encoder.encode(d);
      parts.push(b);
      total += b.length;
    } else if (typeof d === 'number') {
      if (!Number.isInteger(d) || d < 0 || d > 255) throw new InetError('einval', `not a byte: ${d}`);
      parts.push(Uint8Array.of(d));
      total += 1;
    } else if (Array.isArray(d)) {
      for (const x of d) walk(x, depth + 1);
    } else {
      throw new InetError('einval', 'send: expected bytes, a string or a list of them');
    }
  };
  walk(data, 0);
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}
