// Verifying a certificate or CRL signature with the issuer's public key, through the chosen crypto
// provider only (synchronous, so path validation is too), so the `noble` provider validates paths
// wherever it runs. Algorithms: RFC 4055 / RFC 8017 (RSA PKCS#1 v1.5 and RSASSA-PSS), RFC 5758
// (ECDSA and DSA with SHA-2), RFC 8410 (Ed25519, Ed448); SHA-1 variants are accepted as Erlang
// does, MD5 is not.
import * as asn1js from 'asn1js';
import { decodeSpki } from '../keys/spki.js';
import type { HashAlg, PublicKey, SignatureScheme } from '../provider/index.js';
import { type CryptoOption, resolveProvider } from '../provider/index.js';
import type { AlgorithmIdentifier } from './certificate.js';

const HASH_BY_OID: Readonly<Record<string, HashAlg>> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.4': 'sha224',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

type SignedHash = Exclude<HashAlg, 'md5'>;
type Family = 'rsa' | 'ecdsa' | 'dsa' | 'ed25519' | 'ed448';

const SIGNATURE_OIDS: Readonly<Record<string, { family: Family; hash?: SignedHash }>> = {
  '1.2.840.113549.1.1.5': { family: 'rsa', hash: 'sha1' },
  '1.2.840.113549.1.1.14': { family: 'rsa', hash: 'sha224' },
  '1.2.840.113549.1.1.11': { family: 'rsa', hash: 'sha256' },
  '1.2.840.113549.1.1.12': { family: 'rsa', hash: 'sha384' },
  '1.2.840.113549.1.1.13': { family: 'rsa', hash: 'sha512' },
  '1.2.840.10045.4.1': { family: 'ecdsa', hash: 'sha1' },
  '1.2.840.10045.4.3.1': { family: 'ecdsa', hash: 'sha224' },
  '1.2.840.10045.4.3.2': { family: 'ecdsa', hash: 'sha256' },
  '1.2.840.10045.4.3.3': { family: 'ecdsa', hash: 'sha384' },
  '1.2.840.10045.4.3.4': { family: 'ecdsa', hash: 'sha512' },
  '1.2.840.10040.4.3': { family: 'dsa', hash: 'sha1' },
  '2.16.840.1.101.3.4.3.1': { family: 'dsa', hash: 'sha224' },
  '2.16.840.1.101.3.4.3.2': { family: 'dsa', hash: 'sha256' },
  '1.3.101.112': { family: 'ed25519' },
  '1.3.101.113': { family: 'ed448' },
};

const RSASSA_PSS = '1.2.840.113549.1.1.10';

// Provider schemes by hash. ECDSA schemes take the hash from the name and the curve from the key,
// so any X.509 hash/curve pairing is expressible.
const RSA_PKCS1: Readonly<Record<SignedHash, SignatureScheme>> = {
  sha1: 'rsa_pkcs1_sha1',
  sha224: 'rsa_pkcs1_sha224',
  sha256: 'rsa_pkcs1_sha256',
  sha384: 'rsa_pkcs1_sha384',
  sha512: 'rsa_pkcs1_sha512',
};
const RSA_PSS: Readonly<Record<SignedHash, SignatureScheme>> = {
  sha1: 'rsa_pss_sha1',
  sha224: 'rsa_pss_sha224',
  sha256: 'rsa_pss_rsae_sha256',
  sha384: 'rsa_pss_rsae_sha384',
  sha512: 'rsa_pss_rsae_sha512',
};
const ECDSA: Readonly<Record<SignedHash, SignatureScheme>> = {
  sha1: 'ecdsa_sha1',
  sha224: 'ecdsa_sha224',
  sha256: 'ecdsa_secp256r1_sha256',
  sha384: 'ecdsa_secp384r1_sha384',
  sha512: 'ecdsa_secp521r1_sha512',
};
const DSA: Readonly<Partial<Record<SignedHash, SignatureScheme>>> = {
  sha1: 'dsa_sha1',
  sha224: 'dsa_sha224',
  sha256: 'dsa_sha256',
};

/** Whether `signature` over `data` verifies under the SubjectPublicKeyInfo `spki`. Never throws. */
export function verifySignature(
  alg: AlgorithmIdentifier,
  data: Uint8Array,
  signature: Uint8Array,
  spki: Uint8Array,
  crypto?: CryptoOption,
): boolean {
  let key: PublicKey;
  try {
    key = decodeSpki(spki);
  } catch {
    return false;
  }
  return verifyWithKey(alg, data, signature, key, crypto);
}

/**
 * As verifySignature, with the key already decoded (a certificate's `publicKey`): the node
 * provider caches its imported key per key object, so a path reuses it.
 */
export function verifyWithKey(
  alg: AlgorithmIdentifier,
  data: Uint8Array,
  signature: Uint8Array,
  key: PublicKey,
  crypto?: CryptoOption,
): boolean {
  try {
    const provider = resolveProvider(crypto);
    if (alg.oid === RSASSA_PSS) {
      const pss = pssParams(alg.params);
      if (pss === undefined || key.kind !== 'rsa') return false;
      return provider.verify(RSA_PSS[pss.hash], key, data, signature, { saltLength: pss.saltLength });
    }
    const info = SIGNATURE_OIDS[alg.oid];
    if (info === undefined) return false;
    const scheme = schemeFor(info.family, info.hash, key);
    return scheme !== undefined && provider.verify(scheme, key, data, signature);
  } catch {
    return false;
  }
}

/** The provider scheme for an algorithm, or undefined when the key is of another kind. */
function schemeFor(
  family: Family,
  hash: SignedHash | undefined,
  key: PublicKey,
): SignatureScheme | undefined {
  switch (family) {
    case 'ed25519':
    case 'ed448':
      return key.kind === family ? family : undefined;
    case 'rsa':
      return key.kind === 'rsa' && hash !== undefined ? RSA_PKCS1[hash] : undefined;
    case 'ecdsa':
      return key.kind === 'ec' && hash !== undefined ? ECDSA[hash] : undefined;
    case 'dsa':
      return key.kind === 'dsa' && hash !== undefined ? DSA[hash] : undefined;
  }
}

/**
 * RSASSA-PSS-params (RFC 4055 section 3.1): absent fields default to SHA-1, MGF1 with SHA-1, salt
 * 20, trailer 1. Only MGF1 with the same hash as the message digest is accepted.
 */
function pssParams(der: Uint8Array | undefined): { hash: SignedHash; saltLength: number } | undefined {
  let hash: HashAlg = 'sha1';
  let mgfHash: HashAlg = 'sha1';
  let saltLength = 20;
  if (der !== undefined) {
    const { result } = asn1js.fromBER(der.slice());
    if (!(result instanceof asn1js.Sequence)) return undefined;
    for (const field of result.valueBlock.value as asn1js.AsnType[]) {
      const inner = (field as asn1js.Constructed).valueBlock.value?.[0] as asn1js.AsnType | undefined;
      if (inner === undefined) return undefined;
      switch (field.idBlock.tagNumber) {
        case 0: {
          const h = HASH_BY_OID[oidOf(inner) ?? ''];
          if (h === undefined) return undefined;
          hash = h;
          break;
        }
        case 1: {
          const mgfParams = (inner as asn1js.Sequence).valueBlock.value?.[1] as asn1js.AsnType | undefined;
          const h = mgfParams === undefined ? undefined : HASH_BY_OID[oidOf(mgfParams) ?? ''];
          if (h === undefined) return undefined;
          mgfHash = h;
          break;
        }
        case 2:
          if (!(inner instanceof asn1js.Integer)) return undefined;
          saltLength = inner.valueBlock.valueDec;
          break;
        case 3:
          // trailerFieldBC is the only trailer defined.
          if (!(inner instanceof asn1js.Integer) || inner.valueBlock.valueDec !== 1) return undefined;
          break;
      }
    }
  }
  if (hash === 'md5' || hash !== mgfHash || saltLength < 0) return undefined;
  return { hash, saltLength };
}

function oidOf(algId: asn1js.AsnType): string | undefined {
  const first = (algId as asn1js.Sequence).valueBlock.value?.[0];
  return first instanceof asn1js.ObjectIdentifier ? first.valueBlock.toString() : undefined;
}
