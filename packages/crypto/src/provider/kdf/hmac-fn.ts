// The constructions in kdf/ are built on a provider's HMAC and hash, so each provider's
// native primitive does the work.
import type { HashAlg } from '../types.js';

export type HmacFn = (alg: HashAlg, key: Uint8Array, data: Uint8Array) => Uint8Array;
export type HashFn = (alg: HashAlg, data: Uint8Array) => Uint8Array;

export const HASH_LENGTHS: Readonly<Record<HashAlg, number>> = {
  md5: 16,
  sha1: 20,
  sha224: 28,
  sha256: 32,
  sha384: 48,
  sha512: 64,
};
