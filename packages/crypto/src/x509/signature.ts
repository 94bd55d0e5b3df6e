// Verifying a certificate or CRL signature with the issuer's SubjectPublicKeyInfo, through the
// crypto provider (synchronous, so path validation is too). Algorithms: RFC 4055 / RFC 8017 (RSA
// PKCS#1 v1.5 and RSASSA-PSS), RFC 5758 (ECDSA and DSA with SHA-2), RFC 8410 (Ed25519, Ed448);
// SHA-1 variants are accepted as Erlang does, MD5 is not. The provider's schemes are the TLS
// ones; the few X.509 combinations they cannot express (SHA-224, PSS with a salt length other
// than the digest length) are verified with node:crypto where it exists, and fail elsewhere.
import * as asn1js from 'asn1js';
import { decodeSpki } from '../keys/spki.js';
import type { HashAlg, SignatureScheme } from '../provider/index.js';
import { type CryptoOption, resolveProvider } from '../provider/index.js';
import { isNodeAvailable, nodeCrypto } from '../provider/node/builtin.js';
import type { AlgorithmIdentifier } from './certificate.js';

const HASH_BY_OID: Readonly<Record<string, HashAlg>> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.4': 'sha224',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

type Family = 'rsa' | 'ecdsa' | 'dsa' | 'ed25519' | 'ed448';

const SIGNATURE_OIDS: Readonly<Record<string, { family: Family; hash?: HashAlg }>> = {
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
const DIGEST_BYTES: Readonly<Record<HashAlg, number>> = {
  md5: 16,
  sha1: 20,
  sha224: 28,
  sha256: 32,
  sha384: 48,
  sha512: 64,
};

/** The provider scheme for a hash within a family; the ECDSA curve comes from the key. */
function schemeFor(family: Family, hash: HashAlg | undefined): SignatureScheme | undefined {
  switch (family) {
    case 'ed25519':
    case 'ed448':
      return family;
    case 'rsa':
      return hash === 'sha1' || hash === 'sha256' || hash === 'sha384' || hash === 'sha512'
        ? `rsa_pkcs1_${hash}`
        : undefined;
    case 'ecdsa':
      return {
        sha1: 'ecdsa_sha1',
        sha256: 'ecdsa_secp256r1_sha256',
        sha384: 'ecdsa_secp384r1_sha384',
        sha512: 'ecdsa_secp521r1_sha512',
      }[hash as string] as SignatureScheme | undefined;
    case 'dsa':
      return hash === 'sha1' || hash === 'sha256' ? `dsa_${hash}` : undefined;
  }
}

/** Whether `signature` over `data` verifies under `spki` with `alg`. Never throws. */
export function verifySignature(
  alg: AlgorithmIdentifier,
  data: Uint8Array,
  signature: Uint8Array,
  spki: Uint8Array,
  crypto?: CryptoOption,
): boolean {
  try {
    const key = decodeSpki(spki);
    const provider = resolveProvider(crypto);
    if (alg.oid === RSASSA_PSS) {
      const pss = pssParams(alg.params);
      if (pss === undefined || key.kind !== 'rsa') return false;
      const scheme = `rsa_pss_rsae_${pss.hash}` as SignatureScheme;
      if (pss.saltLength === DIGEST_BYTES[pss.hash] && pss.hash !== 'sha1' && pss.hash !== 'sha224') {
        return provider.verify(scheme, key, data, signature);
      }
      return nodeVerify(pss.hash, spki, data, signature, pss.saltLength);
    }
    const info = SIGNATURE_OIDS[alg.oid];
    if (info === undefined) return false;
    const want = info.family === 'ecdsa' ? 'ec' : info.family;
    if (key.kind !== want) return false;
    const scheme = schemeFor(info.family, info.hash);
    if (scheme !== undefined) return provider.verify(scheme, key, data, signature);
    return info.hash !== undefined && nodeVerify(info.hash, spki, data, signature);
  } catch {
    return false;
  }
}

function nodeVerify(
  hash: HashAlg,
  spki: Uint8Array,
  data: Uint8Array,
  signature: Uint8Array,
  pssSalt?: number,
): boolean {
  if (!isNodeAvailable()) return false;
  const c = nodeCrypto();
  const key = c.createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
  const opts =
    pssSalt === undefined ? key : { key, padding: c.constants.RSA_PKCS1_PSS_PADDING, saltLength: pssSalt };
  return c.verify(hash, data, opts, signature);
}

/** RSASSA-PSS-params (RFC 4055 section 3.1); only MGF1 with the same hash is accepted. */
function pssParams(der: Uint8Array | undefined): { hash: HashAlg; saltLength: number } | undefined {
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
      }
    }
  }
  return hash === mgfHash ? { hash, saltLength } : undefined;
}

function oidOf(algId: asn1js.AsnType): string | undefined {
  const first = (algId as asn1js.Sequence).valueBlock.value?.[0];
  return first instanceof asn1js.ObjectIdentifier ? first.valueBlock.toString() : undefined;
}
