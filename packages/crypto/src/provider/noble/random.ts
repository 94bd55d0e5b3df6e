// Platform CSPRNG (crypto.getRandomValues) through @noble/hashes. getRandomValues fills at most
// 65536 bytes per call (Web Crypto), so longer requests are filled in chunks, as node's is whole.
import { randomBytes as nobleRandom } from '@noble/hashes/utils.js';
import { checkByteCount } from '../params.js';

const CHUNK = 65536;

export function randomBytes(length: number): Uint8Array {
  checkByteCount('randomBytes', length);
  if (length <= CHUNK) return nobleRandom(length);
  const out = new Uint8Array(length);
  for (let off = 0; off < length; off += CHUNK) out.set(nobleRandom(Math.min(CHUNK, length - off)), off);
  return out;
}
