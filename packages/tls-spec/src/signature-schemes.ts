// Generated from specs/tls/signature-schemes.spec by otpnet-gen. Do not edit.
import { enumName } from '@otpnet/wire';
import type { SignatureAlgorithmsName, SigningCurvesName, TlsHashesName } from './algorithms.js';

/**
 * Wire width: 2 bytes; values up to 0xffff. Open: unknown values are kept as numbers.
 * @see RFC 8446 §4.2.3
 */
export const SignatureScheme = {
  /** RSASSA-PKCS1-v1_5 algorithms */
  rsa_pkcs1_sha256: 0x0401,
  rsa_pkcs1_sha384: 0x0501,
  rsa_pkcs1_sha512: 0x0601,
  /** ECDSA algorithms */
  ecdsa_secp256r1_sha256: 0x0403,
  ecdsa_secp384r1_sha384: 0x0503,
  ecdsa_secp521r1_sha512: 0x0603,
  /** RSASSA-PSS algorithms with public key OID rsaEncryption */
  rsa_pss_rsae_sha256: 0x0804,
  rsa_pss_rsae_sha384: 0x0805,
  rsa_pss_rsae_sha512: 0x0806,
  /** EdDSA algorithms */
  ed25519: 0x0807,
  ed448: 0x0808,
  /** RSASSA-PSS algorithms with public key OID RSASSA-PSS */
  rsa_pss_pss_sha256: 0x0809,
  rsa_pss_pss_sha384: 0x080a,
  rsa_pss_pss_sha512: 0x080b,
  /** ECDSA with brainpool curves, RFC 8734 */
  ecdsa_brainpoolP256r1tls13_sha256: 0x081a,
  ecdsa_brainpoolP384r1tls13_sha384: 0x081b,
  ecdsa_brainpoolP512r1tls13_sha512: 0x081c,
  /** Legacy algorithms */
  rsa_pkcs1_sha1: 0x0201,
  ecdsa_sha1: 0x0203,
} as const;
export type SignatureScheme = (typeof SignatureScheme)[keyof typeof SignatureScheme] | (number & {});
/** Member names of {@link SignatureScheme} by value. */
export const SignatureSchemeNames: ReadonlyMap<number, string> = new Map(
  Object.entries(SignatureScheme).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function SignatureSchemeName(value: number): string {
  return enumName(SignatureSchemeNames, value, 2);
}

/** One row of {@link SignatureSchemes}. */
export interface SignatureSchemesRow {
  /** Unique; see {@link SignatureSchemesByScheme}. */
  readonly scheme: SignatureScheme;
  readonly sig: SignatureAlgorithmsName;
  readonly hash?: TlsHashesName;
  readonly curve?: SigningCurvesName;
  readonly tls1_3_cert_verify: boolean;
}

/**
 * What each scheme signs with:
 * sig     rsa_pkcs1, rsa_pss_rsae, rsa_pss_pss, ecdsa or eddsa
 * hash    the hash (absent for EdDSA, which hashes internally)
 * curve   the curve an ECDSA/EdDSA key must be on: a NamedGroup name for ECDSA, edwards25519 or
 * edwards448 for EdDSA (RFC 8032); absent for RSA and for ecdsa_sha1 (any curve in TLS 1.2)
 * tls1_3_cert_verify  may sign a TLS 1.3 CertificateVerify (section 4.2.3: not PKCS#1 v1.5, not SHA-1)
 * @see RFC 8446 §4.2.3
 */
export const SignatureSchemes = [
  {
    scheme: SignatureScheme.rsa_pkcs1_sha256,
    sig: 'rsa_pkcs1',
    hash: 'sha256',
    curve: undefined,
    tls1_3_cert_verify: false,
  },
  {
    scheme: SignatureScheme.rsa_pkcs1_sha384,
    sig: 'rsa_pkcs1',
    hash: 'sha384',
    curve: undefined,
    tls1_3_cert_verify: false,
  },
  {
    scheme: SignatureScheme.rsa_pkcs1_sha512,
    sig: 'rsa_pkcs1',
    hash: 'sha512',
    curve: undefined,
    tls1_3_cert_verify: false,
  },
  {
    scheme: SignatureScheme.ecdsa_secp256r1_sha256,
    sig: 'ecdsa',
    hash: 'sha256',
    curve: 'secp256r1',
    tls1_3_cert_verify: true,
  },
  {
    scheme: SignatureScheme.ecdsa_secp384r1_sha384,
    sig: 'ecdsa',
    hash: 'sha384',
    curve: 'secp384r1',
    tls1_3_cert_verify: true,
  },
  {
    scheme: SignatureScheme.ecdsa_secp521r1_sha512,
    sig: 'ecdsa',
    hash: 'sha512',
    curve: 'secp521r1',
    tls1_3_cert_verify: true,
  },
  {
    scheme: SignatureScheme.rsa_pss_rsae_sha256,
    sig: 'rsa_pss_rsae',
    hash: 'sha256',
    curve: undefined,
    tls1_3_cert_verify: true,
  },
  {
    scheme: SignatureScheme.rsa_pss_rsae_sha384,
    sig: 'rsa_pss_rsae',
    hash: 'sha384',
    curve: undefined,
    tls1_3_cert_verify: true,
  },
  {
    scheme: SignatureScheme.rsa_pss_rsae_sha512,
    sig: 'rsa_pss_rsae',
    hash: 'sha512',
    curve: undefined,
    tls1_3_cert_verify: true,
  },
  {
    scheme: SignatureScheme.ed25519,
    sig: 'eddsa',
    hash: undefined,
    curve: 'edwards25519',
    tls1_3_cert_verify: true,
  },
  {
    scheme: SignatureScheme.ed448,
    sig: 'eddsa',
    hash: undefined,
    curve: 'edwards448',
    tls1_3_cert_verify: true,
  },
  {
    scheme: SignatureScheme.rsa_pss_pss_sha256,
    sig: 'rsa_pss_pss',
    hash: 'sha256',
    curve: undefined,
    tls1_3_cert_verify: true,
  },
  {
    scheme: SignatureScheme.rsa_pss_pss_sha384,
    sig: 'rsa_pss_pss',
    hash: 'sha384',
    curve: undefined,
    tls1_3_cert_verify: true,
  },
  {
    scheme: SignatureScheme.rsa_pss_pss_sha512,
    sig: 'rsa_pss_pss',
    hash: 'sha512',
    curve: undefined,
    tls1_3_cert_verify: true,
  },
  {
    scheme: SignatureScheme.ecdsa_brainpoolP256r1tls13_sha256,
    sig: 'ecdsa',
    hash: 'sha256',
    curve: 'brainpoolP256r1tls13',
    tls1_3_cert_verify: true,
  },
  {
    scheme: SignatureScheme.ecdsa_brainpoolP384r1tls13_sha384,
    sig: 'ecdsa',
    hash: 'sha384',
    curve: 'brainpoolP384r1tls13',
    tls1_3_cert_verify: true,
  },
  {
    scheme: SignatureScheme.ecdsa_brainpoolP512r1tls13_sha512,
    sig: 'ecdsa',
    hash: 'sha512',
    curve: 'brainpoolP512r1tls13',
    tls1_3_cert_verify: true,
  },
  {
    scheme: SignatureScheme.rsa_pkcs1_sha1,
    sig: 'rsa_pkcs1',
    hash: 'sha1',
    curve: undefined,
    tls1_3_cert_verify: false,
  },
  {
    scheme: SignatureScheme.ecdsa_sha1,
    sig: 'ecdsa',
    hash: 'sha1',
    curve: undefined,
    tls1_3_cert_verify: false,
  },
] as const satisfies readonly SignatureSchemesRow[];

/** The rows of {@link SignatureSchemes} by `scheme`. */
export const SignatureSchemesByScheme: ReadonlyMap<SignatureScheme, SignatureSchemesRow> = new Map(
  SignatureSchemes.map((row) => [row.scheme, row]),
);
