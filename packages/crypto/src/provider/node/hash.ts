// Hashes, HMAC and HKDF over node:crypto.
import type * as NodeCrypto from 'node:crypto';
import { unsupported } from '../../errors.js';
import { hkdfExpand as expandOn, hkdfExtract as extractOn } from '../kdf/hkdf.js';
import { HASH_LENGTHS } from '../kdf/hmac-fn.js';
import type { HashAlg, HashContext } from '../types.js';

class NodeHashContext implements HashContext {
  constructor(private readonly h: NodeCrypto.Hash) {}
  update(data: Uint8Array): this {
    this.h.update(data);
    return this;
  }
  digest(): Uint8Array {
    return this.h.digest();
  }
  clone(): HashContext {
    return new NodeHashContext(this.h.copy());
  }
}

type OneShot = (alg: string, data: Uint8Array, outputEncoding: 'buffer') => Buffer;

/** Only the interface's hashes are offered, so both providers accept exactly the same names. */
function check(alg: HashAlg): HashAlg {
  if (HASH_LENGTHS[alg] === undefined) throw unsupported(`hash ${String(alg)}`, 'node');
  return alg;
}

export function nodeHashes(c: typeof NodeCrypto) {
  const { createHash: nodeCreateHash, createHmac } = c;
  // crypto.hash (Node 20.12+) skips the Hash object for one-shot digests.
  const oneShot = (c as { hash?: OneShot }).hash;
  const hash: (alg: HashAlg, data: Uint8Array) => Uint8Array =
    typeof oneShot === 'function'
      ? (alg, data) => oneShot(check(alg), data, 'buffer')
      : (alg, data) => nodeCreateHash(check(alg)).update(data).digest();
  const hmac = (alg: HashAlg, key: Uint8Array, data: Uint8Array): Uint8Array =>
    createHmac(check(alg), key).update(data).digest();
  return {
    hash,
    hmac,
    createHash: (alg: HashAlg): HashContext => new NodeHashContext(nodeCreateHash(check(alg))),
    hkdfExtract: (alg: HashAlg, salt: Uint8Array, ikm: Uint8Array) => extractOn(hmac, alg, salt, ikm),
    hkdfExpand: (alg: HashAlg, prk: Uint8Array, info: Uint8Array, length: number) =>
      expandOn(hmac, alg, prk, info, length),
  };
}
