// Platform CSPRNG (crypto.getRandomValues) through @noble/hashes.
import { randomBytes as nobleRandom } from '@noble/hashes/utils.js';

export function randomBytes(length: number): Uint8Array {
  return nobleRandom(length);
}
