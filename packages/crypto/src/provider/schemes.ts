// What each signature scheme means: key family and hash.
import { CryptoError, unsupported } from '../errors.js';
import type { KeyKind, PrivateKey, PublicKey } from './key-types.js';
import type { HashAlg, SignatureScheme } from './types.js';

export type SchemeInfo =
  | { readonly family: 'rsa_pkcs1'; readonly hash: HashAlg }
  | { readonly family: 'rsa_md5_sha1' }
  | { readonly family: 'rsa_pss'; readonly hash: HashAlg }
  | { readonly family: 'ecdsa'; readonly hash: HashAlg }
  | { readonly family: 'ed25519' }
  | { readonly family: 'ed448' }
  | { readonly family: 'dsa'; readonly hash: HashAlg };

export const SCHEMES: Readonly<Record<SignatureScheme, SchemeInfo>> = {
  rsa_pkcs1_sha1: { family: 'rsa_pkcs1', hash: 'sha1' },
  rsa_pkcs1_sha224: { family: 'rsa_pkcs1', hash: 'sha224' },
  rsa_pkcs1_sha256: { family: 'rsa_pkcs1', hash: 'sha256' },
  rsa_pkcs1_sha384: { family: 'rsa_pkcs1', hash: 'sha384' },
  rsa_pkcs1_sha512: { family: 'rsa_pkcs1', hash: 'sha512' },
  rsa_pkcs1_md5_sha1: { family: 'rsa_md5_sha1' },
  rsa_pss_sha1: { family: 'rsa_pss', hash: 'sha1' },
  rsa_pss_sha224: { family: 'rsa_pss', hash: 'sha224' },
  rsa_pss_rsae_sha256: { family: 'rsa_pss', hash: 'sha256' },
  rsa_pss_rsae_sha384: { family: 'rsa_pss', hash: 'sha384' },
  rsa_pss_rsae_sha512: { family: 'rsa_pss', hash: 'sha512' },
  rsa_pss_pss_sha256: { family: 'rsa_pss', hash: 'sha256' },
  rsa_pss_pss_sha384: { family: 'rsa_pss', hash: 'sha384' },
  rsa_pss_pss_sha512: { family: 'rsa_pss', hash: 'sha512' },
  ecdsa_sha1: { family: 'ecdsa', hash: 'sha1' },
  ecdsa_sha224: { family: 'ecdsa', hash: 'sha224' },
  ecdsa_secp256r1_sha256: { family: 'ecdsa', hash: 'sha256' },
  ecdsa_secp384r1_sha384: { family: 'ecdsa', hash: 'sha384' },
  ecdsa_secp521r1_sha512: { family: 'ecdsa', hash: 'sha512' },
  ed25519: { family: 'ed25519' },
  ed448: { family: 'ed448' },
  dsa_sha1: { family: 'dsa', hash: 'sha1' },
  dsa_sha224: { family: 'dsa', hash: 'sha224' },
  dsa_sha256: { family: 'dsa', hash: 'sha256' },
};

const FAMILY_KIND: Readonly<Record<SchemeInfo['family'], KeyKind>> = {
  rsa_pkcs1: 'rsa',
  rsa_md5_sha1: 'rsa',
  rsa_pss: 'rsa',
  ecdsa: 'ec',
  ed25519: 'ed25519',
  ed448: 'ed448',
  dsa: 'dsa',
};

/** Looks up a scheme and checks the key is of the kind it needs. */
export function schemeFor<K extends PrivateKey | PublicKey>(
  scheme: SignatureScheme,
  key: K,
  provider: string,
): { info: SchemeInfo; key: K } {
  const info = SCHEMES[scheme];
  if (!info) throw unsupported(`signature scheme ${String(scheme)}`, provider);
  const want = FAMILY_KIND[info.family];
  if (key.kind !== want)
    throw new CryptoError('bad_key', `signature scheme ${scheme} needs a ${want} key, got ${key.kind}`);
  return { info, key };
}
