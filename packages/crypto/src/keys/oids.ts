// Object identifiers for key algorithms, curves and password-based encryption.
import type { EcCurve } from '../provider/key-types.js';

export const OID = {
  // RFC 8017 appendix A.1, RFC 3279 section 2.3
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsassaPss: '1.2.840.113549.1.1.10',
  dsa: '1.2.840.10040.4.1',
  dhKeyAgreement: '1.2.840.113549.1.3.1',
  // RFC 5480 section 2.1.1
  ecPublicKey: '1.2.840.10045.2.1',
  // RFC 8410 section 3
  x25519: '1.3.101.110',
  x448: '1.3.101.111',
  ed25519: '1.3.101.112',
  ed448: '1.3.101.113',
  // RFC 8018 appendix A and B
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  hmacWithSHA1: '1.2.840.113549.2.7',
  hmacWithSHA224: '1.2.840.113549.2.8',
  hmacWithSHA256: '1.2.840.113549.2.9',
  hmacWithSHA384: '1.2.840.113549.2.10',
  hmacWithSHA512: '1.2.840.113549.2.11',
  desEde3Cbc: '1.2.840.113549.3.7',
  aes128Cbc: '2.16.840.1.101.3.4.1.2',
  aes192Cbc: '2.16.840.1.101.3.4.1.22',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
} as const;

/** RFC 5480 section 2.1.1.1 named curves. */
export const CURVE_OIDS: Readonly<Record<EcCurve, string>> = {
  secp256r1: '1.2.840.10045.3.1.7',
  secp384r1: '1.3.132.0.34',
  secp521r1: '1.3.132.0.35',
};

export function curveFromOid(id: string): EcCurve | undefined {
  for (const [curve, o] of Object.entries(CURVE_OIDS)) if (o === id) return curve as EcCurve;
  return undefined;
}
