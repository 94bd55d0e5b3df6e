// The `noble` provider: pure TypeScript (@noble/hashes, @noble/ciphers, @noble/curves,
// micro-rsa-dsa-dh). Runs wherever crypto.getRandomValues exists.
import { unsupported } from '../../errors.js';
import { HASH_LENGTHS } from '../kdf/hmac-fn.js';
import { sshKdf } from '../kdf/ssh-kdf.js';
import { tls10Prf, tls12Prf } from '../kdf/tls-prf.js';
import { deriveSecret, hkdfExpandLabel } from '../kdf/tls13.js';
import type { Provider } from '../types.js';
import { constantTimeEqual } from '../util/bytes.js';
import { aead } from './aead.js';
import { cipher } from './cipher.js';
import { ecdh } from './ecdh.js';
import { createHash, hash, hkdfExpand, hkdfExtract, hmac } from './hash.js';
import { opensshChachaPoly } from './openssh-chacha.js';
import { randomBytes } from './random.js';
import { rsaDecryptPremaster, rsaEncrypt } from './rsa.js';
import { publicKeyOf, sign, verify } from './sign.js';

export const nobleProvider: Provider = {
  name: 'noble',
  randomBytes,
  timingSafeEqual: constantTimeEqual,
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
  aead,
  cipher: (alg, key, iv, direction) => {
    // Triple DES is legacy and has no pure-TypeScript implementation among the libraries used.
    if (alg === 'des-ede3-cbc') throw unsupported('cipher des-ede3-cbc', 'noble');
    return cipher(alg, key, iv, direction);
  },
  opensshChachaPoly,
  ecdh,
  sign,
  verify,
  publicKeyOf,
  rsaEncrypt,
  rsaDecryptPremaster,
};
