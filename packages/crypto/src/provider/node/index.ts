// The `node` provider: node:crypto (OpenSSL), native and fast.
import { HASH_LENGTHS } from '../kdf/hmac-fn.js';
import { sshKdf } from '../kdf/ssh-kdf.js';
import { tls10Prf, tls12Prf } from '../kdf/tls-prf.js';
import { deriveSecret, hkdfExpandLabel } from '../kdf/tls13.js';
import { checkByteCount } from '../params.js';
import type { Provider } from '../types.js';
import { nodeAead } from './aead.js';
import { nodeCrypto } from './builtin.js';
import { nodeCipher } from './cipher.js';
import { nodeEcdh } from './ecdh.js';
import { nodeHashes } from './hash.js';
import { nodeKeys } from './keys.js';
import { nodeOpensshChacha } from './openssh-chacha.js';
import { nodeRsa } from './rsa.js';
import { nodeSign } from './sign.js';
import { u8 } from './u8.js';

export function createNodeProvider(): Provider {
  const c = nodeCrypto();
  const { hash, hmac, createHash, hkdfExtract, hkdfExpand } = nodeHashes(c);
  const keys = nodeKeys(c);
  const { sign, verify } = nodeSign(c, keys, hash);
  const { rsaEncrypt, rsaDecryptPremaster } = nodeRsa(c, keys);
  return {
    name: 'node',
    randomBytes: (length) => {
      checkByteCount('randomBytes', length);
      return u8(c.randomBytes(length));
    },
    timingSafeEqual: (a, b) => a.length === b.length && c.timingSafeEqual(a, b),
    hashLength: (alg) => HASH_LENGTHS[alg],
    hash,
    createHash,
    hmac,
    hkdfExtract,
    hkdfExpand,
    tls10Prf: (secret, label, seed, length) => tls10Prf(hmac, secret, label, seed, length),
    tls12Prf: (alg, secret, label, seed, length) => tls12Prf(hmac, alg, secret, label, seed, length),
    hkdfExpandLabel: (alg, secret, label, context, length) =>
      hkdfExpandLabel(hkdfExpand, alg, secret, label, context, length),
    deriveSecret: (alg, secret, label, transcriptHash) =>
      deriveSecret(hkdfExpand, alg, secret, label, transcriptHash),
    sshKdf: (alg, k, h, letter, sessionId, length) => sshKdf(hash, alg, k, h, letter, sessionId, length),
    aead: nodeAead(c),
    cipher: nodeCipher(c),
    opensshChachaPoly: nodeOpensshChacha(c),
    ecdh: nodeEcdh(c),
    sign,
    verify,
    publicKeyOf: keys.publicKeyOf,
    rsaEncrypt,
    rsaDecryptPremaster,
  };
}
