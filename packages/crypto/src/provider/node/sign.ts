// Signatures over node:crypto (OpenSSL).
import type * as NodeCrypto from 'node:crypto';
import { CryptoError } from '../../errors.js';
import type { PrivateKey, PublicKey } from '../key-types.js';
import { schemeFor } from '../schemes.js';
import type { HashAlg, SignatureScheme, SignOptions } from '../types.js';
import { concatBytes, constantTimeEqual } from '../util/bytes.js';
import { decodeDerSignature } from '../util/der.js';
import type { nodeKeys } from './keys.js';
import { u8 } from './u8.js';

const HASH_LEN: Readonly<Record<HashAlg, number>> = {
  md5: 16,
  sha1: 20,
  sha224: 28,
  sha256: 32,
  sha384: 48,
  sha512: 64,
};

export function nodeSign(
  c: typeof NodeCrypto,
  keys: ReturnType<typeof nodeKeys>,
  hash: (alg: HashAlg, d: Uint8Array) => Uint8Array,
) {
  const { sign: nodeSignFn, verify: nodeVerifyFn, privateEncrypt, publicDecrypt, constants } = c;

  const md5sha1 = (data: Uint8Array) => concatBytes(hash('md5', data), hash('sha1', data));

  function sign(
    scheme: SignatureScheme,
    privateKey: PrivateKey,
    data: Uint8Array,
    options?: SignOptions,
  ): Uint8Array {
    try {
      return u8(signBuffer(scheme, privateKey, data, options));
    } catch (e) {
      // OpenSSL errors while signing mean the key is unusable; they never carry key material.
      if (e instanceof CryptoError) throw e;
      throw new CryptoError('bad_key', `invalid ${privateKey.kind} private key for ${scheme}`);
    }
  }

  function signBuffer(
    scheme: SignatureScheme,
    privateKey: PrivateKey,
    data: Uint8Array,
    options?: SignOptions,
  ): Buffer {
    const { info, key } = schemeFor(scheme, privateKey, 'node');
    const ko = keys.privateKeyObject(key);
    switch (info.family) {
      case 'rsa_pkcs1':
        return nodeSignFn(info.hash, data, { key: ko, padding: constants.RSA_PKCS1_PADDING });
      case 'rsa_pss':
        return nodeSignFn(info.hash, data, {
          key: ko,
          padding: constants.RSA_PKCS1_PSS_PADDING,
          saltLength: options?.saltLength ?? HASH_LEN[info.hash],
        });
      case 'rsa_md5_sha1':
        // RSA_private_encrypt with PKCS#1 padding = block type 1 over the bare 36-byte digest.
        return privateEncrypt({ key: ko, padding: constants.RSA_PKCS1_PADDING }, md5sha1(data));
      case 'ecdsa':
      case 'dsa':
        return nodeSignFn(info.hash, data, {
          key: ko,
          dsaEncoding: options?.format === 'raw' ? 'ieee-p1363' : 'der',
        });
      case 'ed25519':
      case 'ed448':
        return nodeSignFn(null, data, ko);
    }
  }

  function verify(
    scheme: SignatureScheme,
    publicKey: PublicKey,
    data: Uint8Array,
    signature: Uint8Array,
    options?: SignOptions,
  ): boolean {
    const { info, key } = schemeFor(scheme, publicKey, 'node');
    const ko = keys.publicKeyObject(key);
    try {
      switch (info.family) {
        case 'rsa_pkcs1':
          return nodeVerifyFn(info.hash, data, { key: ko, padding: constants.RSA_PKCS1_PADDING }, signature);
        case 'rsa_pss':
          return nodeVerifyFn(
            info.hash,
            data,
            {
              key: ko,
              padding: constants.RSA_PKCS1_PSS_PADDING,
              saltLength: options?.saltLength ?? HASH_LEN[info.hash],
            },
            signature,
          );
        case 'rsa_md5_sha1': {
          const recovered = publicDecrypt({ key: ko, padding: constants.RSA_PKCS1_PADDING }, signature);
          return constantTimeEqual(recovered, md5sha1(data));
        }
        case 'ecdsa':
        case 'dsa': {
          // OpenSSL's DER parser is lenient about some encodings; apply the strict one first so
          // both providers accept exactly the same signatures.
          if (options?.format !== 'raw') decodeDerSignature(signature);
          return nodeVerifyFn(
            info.hash,
            data,
            { key: ko, dsaEncoding: options?.format === 'raw' ? 'ieee-p1363' : 'der' },
            signature,
          );
        }
        case 'ed25519':
        case 'ed448':
          return nodeVerifyFn(null, data, ko, signature);
      }
    } catch (e) {
      if (e instanceof CryptoError && e.kind !== 'bad_signature_encoding') throw e;
      return false;
    }
  }

  return { sign, verify };
}
