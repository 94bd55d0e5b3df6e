// Verifying a certificate or CRL signature with the issuer's SubjectPublicKeyInfo. Uses
// node:crypto (synchronous, native), so path validation stays a synchronous function.
// Algorithms: RFC 4055 / RFC 8017 (RSA PKCS#1 v1.5 and RSASSA-PSS), RFC 5758 (ECDSA, DSA with
// SHA-2), RFC 8410 (Ed25519, Ed448); SHA-1 variants are accepted as Erlang does, MD5 is not.
import { constants, createPublicKey, verify } from 'node:crypto';
import * as asn1js from 'asn1js';
import type { AlgorithmIdentifier } from './certificate.js';

const HASH_BY_OID: Readonly<Record<string, string>> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.4': 'sha224',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

const SIMPLE: Readonly<Record<string, string | null>> = {
  '1.2.840.113549.1.1.5': 'sha1', // sha1WithRSAEncryption
  '1.2.840.113549.1.1.14': 'sha224',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.4.1': 'sha1', // ecdsa-with-SHA1
  '1.2.840.10045.4.3.1': 'sha224',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
  '1.2.840.10040.4.3': 'sha1', // id-dsa-with-sha1
  '2.16.840.1.101.3.4.3.1': 'sha224', // id-dsa-with-sha224
  '2.16.840.1.101.3.4.3.2': 'sha256', // id-dsa-with-sha256
  '1.3.101.112': null, // Ed25519: pure, no pre-hash
  '1.3.101.113': null, // Ed448
};

const RSASSA_PSS = '1.2.840.113549.1.1.10';

/** Whether `signature` over `data` verifies under `spki` with `alg`. Never throws. */
export function verifySignature(
  alg: AlgorithmIdentifier,
  data: Uint8Array,
  signature: Uint8Array,
  spki: Uint8Array,
): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
    if (alg.oid === RSASSA_PSS) {
      const pss = pssParams(alg.params);
      if (pss === undefined) return false;
      return verify(
        pss.hash,
        data,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: pss.saltLength },
        signature,
      );
    }
    const hash = SIMPLE[alg.oid];
    if (hash === undefined) return false;
    return verify(hash, data, key, signature);
  } catch {
    return false;
  }
}

/** RSASSA-PSS-params (RFC 4055 section 3.1); only MGF1 with the same hash is accepted. */
function pssParams(der: Uint8Array | undefined): { hash: string; saltLength: number } | undefined {
  let hash = 'sha1';
  let mgfHash = 'sha1';
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
