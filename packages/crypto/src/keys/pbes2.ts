// Encrypted PKCS#8: EncryptedPrivateKeyInfo (RFC 5958 section 3) protected with PBES2 and PBKDF2
// (RFC 8018 sections 6.2 and 5.2, ASN.1 in appendix A.2 and A.4). This is what
// `openssl genpkey -aes256` and `openssl pkcs8 -topk8` write.

import { sha1 } from '@noble/hashes/legacy.js';
import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha224, sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import * as asn1js from 'asn1js';
import { CryptoError } from '../errors.js';
import type { PrivateKey } from '../provider/key-types.js';
import {
  encode,
  intNode,
  octets,
  octetsNode,
  oid,
  oidNode,
  parseDer,
  seqNode,
  sequence,
  smallInt,
} from './asn1.js';
import {
  CBC_IV_BYTES,
  CBC_KEY_BYTES,
  type CbcCipher,
  cbcDecrypt,
  cbcEncrypt,
  randomBytes,
} from './cipher.js';
import { OID } from './oids.js';
import { decodePkcs8, encodePkcs8 } from './pkcs8.js';
import { checkWorkFactor, type KdfLimits } from './work-factor.js';

const PRFS = {
  [OID.hmacWithSHA1]: sha1,
  [OID.hmacWithSHA224]: sha224,
  [OID.hmacWithSHA256]: sha256,
  [OID.hmacWithSHA384]: sha384,
  [OID.hmacWithSHA512]: sha512,
} as const;

const CIPHERS: Readonly<Record<string, CbcCipher>> = {
  [OID.aes128Cbc]: 'aes-128-cbc',
  [OID.aes192Cbc]: 'aes-192-cbc',
  [OID.aes256Cbc]: 'aes-256-cbc',
  [OID.desEde3Cbc]: 'des-ede3-cbc',
};

/**
 * The key in an EncryptedPrivateKeyInfo. The file's PBKDF2 iteration count is refused above
 * `limits.maxPbkdf2Iterations` (see work-factor.ts) before any key derivation runs.
 */
export function decryptPkcs8(
  der: Uint8Array,
  password: string | Uint8Array,
  limits: Pick<KdfLimits, 'maxPbkdf2Iterations'> = {},
): PrivateKey {
  const f = sequence(parseDer(der, 'EncryptedPrivateKeyInfo'), 'EncryptedPrivateKeyInfo', 2, 2);
  const alg = sequence(f[0], 'EncryptedPrivateKeyInfo.encryptionAlgorithm', 2, 2);
  const scheme = oid(alg[0], 'EncryptedPrivateKeyInfo.encryptionAlgorithm');
  if (scheme !== OID.pbes2) {
    throw new CryptoError('unsupported', `encrypted PKCS#8: scheme ${scheme} is not supported (only PBES2)`);
  }
  const params = sequence(alg[1], 'PBES2-params', 2, 2);
  const kdf = sequence(params[0], 'PBES2-params.keyDerivationFunc', 2, 2);
  const kdfOid = oid(kdf[0], 'PBES2-params.keyDerivationFunc');
  if (kdfOid !== OID.pbkdf2)
    throw new CryptoError('unsupported', `encrypted PKCS#8: KDF ${kdfOid} is not supported`);
  const enc = sequence(params[1], 'PBES2-params.encryptionScheme', 2, 2);
  const encOid = oid(enc[0], 'PBES2-params.encryptionScheme');
  const cipher = CIPHERS[encOid];
  if (cipher === undefined)
    throw new CryptoError('unsupported', `encrypted PKCS#8: cipher ${encOid} is not supported`);
  const iv = octets(enc[1], 'PBES2 IV');

  // PBKDF2-params: salt, iterationCount, keyLength OPTIONAL, prf DEFAULT hmacWithSHA1.
  const kp = sequence(kdf[1], 'PBKDF2-params', 2, 4);
  const salt = octets(kp[0], 'PBKDF2-params.salt');
  const iterations = smallInt(kp[1], 'PBKDF2-params.iterationCount');
  checkWorkFactor('encrypted PKCS#8: PBKDF2 iterations', iterations, 'maxPbkdf2Iterations', limits);
  let keyLength = CBC_KEY_BYTES[cipher];
  let prfOid: string = OID.hmacWithSHA1;
  for (const node of kp.slice(2)) {
    if (node instanceof asn1js.Integer) {
      keyLength = smallInt(node, 'PBKDF2-params.keyLength');
      if (keyLength !== CBC_KEY_BYTES[cipher])
        throw new CryptoError('malformed', 'PBKDF2-params: key length does not fit the cipher');
    } else prfOid = oid(sequence(node, 'PBKDF2-params.prf', 1, 2)[0], 'PBKDF2-params.prf');
  }
  const hash = PRFS[prfOid as keyof typeof PRFS];
  if (hash === undefined) throw new CryptoError('unsupported', `PBKDF2: PRF ${prfOid} is not supported`);

  const key = pbkdf2(hash, toBytes(password), salt, { c: iterations, dkLen: keyLength });
  const plain = cbcDecrypt(
    cipher,
    key,
    iv,
    octets(f[1], 'EncryptedPrivateKeyInfo.encryptedData'),
    'encrypted PKCS#8',
  );
  try {
    return decodePkcs8(plain);
  } catch (e) {
    // Padding happened to check out but the plaintext is not a key: the password was wrong.
    if (e instanceof CryptoError && e.kind === 'malformed') {
      throw new CryptoError('bad_password', 'encrypted PKCS#8: decryption failed (wrong password?)');
    }
    throw e;
  }
}

export interface EncryptOptions {
  /** PBKDF2 iterations; OpenSSL 3 writes 2048. */
  readonly iterations?: number;
  readonly cipher?: CbcCipher;
}

/** EncryptedPrivateKeyInfo with PBES2, PBKDF2-HMAC-SHA256 and AES-256-CBC by default. */
export function encryptPkcs8(
  k: PrivateKey,
  password: string | Uint8Array,
  opts: EncryptOptions = {},
): Uint8Array {
  const cipher = opts.cipher ?? 'aes-256-cbc';
  const iterations = opts.iterations ?? 2048;
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > 0x7fffffff)
    throw new CryptoError(
      'bad_input',
      `PBKDF2 iterations must be an integer in 1..2^31-1, got ${iterations}`,
    );
  if (CBC_KEY_BYTES[cipher] === undefined)
    throw new CryptoError('unsupported', `encrypted PKCS#8: cipher ${String(cipher)} is not supported`);
  const salt = randomBytes(16);
  const iv = randomBytes(CBC_IV_BYTES[cipher]);
  const key = pbkdf2(sha256, toBytes(password), salt, { c: iterations, dkLen: CBC_KEY_BYTES[cipher] });
  const encOid = Object.entries(CIPHERS).find(([, c]) => c === cipher)?.[0] ?? OID.aes256Cbc;
  const algorithm = seqNode([
    oidNode(OID.pbes2),
    seqNode([
      seqNode([
        oidNode(OID.pbkdf2),
        seqNode([
          octetsNode(salt),
          intNode(BigInt(iterations)),
          seqNode([oidNode(OID.hmacWithSHA256), new asn1js.Null()]),
        ]),
      ]),
      seqNode([oidNode(encOid), octetsNode(iv)]),
    ]),
  ]);
  return encode(seqNode([algorithm, octetsNode(cbcEncrypt(cipher, key, iv, encodePkcs8(k)))]));
}

export function toBytes(password: string | Uint8Array): Uint8Array {
  return typeof password === 'string' ? new TextEncoder().encode(password) : password;
}
