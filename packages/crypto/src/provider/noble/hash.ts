// Hashes, HMAC and HKDF over @noble/hashes.
import { expand, extract } from '@noble/hashes/hkdf.js';
import { hmac as nobleHmac } from '@noble/hashes/hmac.js';
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha224, sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import type { CHash } from '@noble/hashes/utils.js';
import { CryptoError, unsupported } from '../../errors.js';
import type { HashAlg, HashContext } from '../types.js';

export const NOBLE_HASH: Readonly<Record<HashAlg, CHash>> = { md5, sha1, sha224, sha256, sha384, sha512 };

export function nobleHashFn(alg: HashAlg): CHash {
  const h = NOBLE_HASH[alg];
  if (!h) throw unsupported(`hash ${String(alg)}`, 'noble');
  return h;
}

export function hash(alg: HashAlg, data: Uint8Array): Uint8Array {
  return nobleHashFn(alg)(data);
}

type NobleHashState = ReturnType<CHash['create']>;

class NobleHashContext implements HashContext {
  constructor(private readonly h: NobleHashState) {}
  update(data: Uint8Array): this {
    this.h.update(data);
    return this;
  }
  digest(): Uint8Array {
    return this.h.digest();
  }
  clone(): HashContext {
    return new NobleHashContext(this.h.clone());
  }
}

export function createHash(alg: HashAlg): HashContext {
  return new NobleHashContext(nobleHashFn(alg).create());
}

export function hmac(alg: HashAlg, key: Uint8Array, data: Uint8Array): Uint8Array {
  return nobleHmac(nobleHashFn(alg), key, data);
}

export function hkdfExtract(alg: HashAlg, salt: Uint8Array, ikm: Uint8Array): Uint8Array {
  return extract(nobleHashFn(alg), ikm, salt);
}

export function hkdfExpand(alg: HashAlg, prk: Uint8Array, info: Uint8Array, length: number): Uint8Array {
  const h = nobleHashFn(alg);
  if (!Number.isInteger(length) || length < 0 || length > 255 * h.outputLen) {
    throw new CryptoError('bad_input', `HKDF-Expand output length ${length} out of range for ${alg}`);
  }
  return expand(h, prk, info, length);
}
