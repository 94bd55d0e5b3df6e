// Choosing, making and checking handshake signatures: TLS 1.3 CertificateVerify (RFC 8446 section
// 4.4.3) and TLS 1.2 ServerKeyExchange/CertificateVerify (RFC 5246 section 7.4.3, 7.4.8).
import type { SignatureScheme as CryptoScheme, PrivateKey, Provider, PublicKey } from '@otpnet/crypto';
import { SignatureSchemeName, SignatureSchemesByScheme } from '@otpnet/tls-spec';
import type { TlsVersionName } from '../config/config.js';
import { alert } from '../errors.js';

/** Whether a key of this kind can make signatures of `scheme`. */
export function schemeFitsKey(scheme: number, key: PublicKey | PrivateKey, version: TlsVersionName): boolean {
  const row = SignatureSchemesByScheme.get(scheme);
  if (!row) return false;
  if (version === 'tlsv1.3' && !row.tls1_3_cert_verify) return false;
  switch (row.sig) {
    case 'ecdsa':
      if (key.kind !== 'ec') return false;
      // TLS 1.3 binds the curve to the scheme; TLS 1.2 pairs any hash with any curve.
      return version === 'tlsv1.2' || row.curve === undefined || row.curve === key.curve;
    case 'rsa_pss_rsae':
    case 'rsa_pkcs1':
      return key.kind === 'rsa';
    case 'rsa_pss_pss':
      // Keys with the RSASSA-PSS OID are not decoded yet: only rsaEncryption keys sign.
      return false;
    case 'eddsa':
      return (
        (row.curve === 'edwards25519' && key.kind === 'ed25519') ||
        (row.curve === 'edwards448' && key.kind === 'ed448')
      );
    default:
      return false;
  }
}

/**
 * The scheme to sign with: the first of ours (by preference) that the peer offered and that fits
 * the key. Undefined when there is none.
 */
export function chooseScheme(
  ours: readonly number[],
  offered: readonly number[] | undefined,
  key: PrivateKey,
  version: TlsVersionName,
): number | undefined {
  const peer = offered === undefined ? undefined : new Set(offered);
  for (const s of ours) if ((peer === undefined || peer.has(s)) && schemeFitsKey(s, key, version)) return s;
  return undefined;
}

const PAD = new Uint8Array(64).fill(0x20);

/** The bytes a TLS 1.3 CertificateVerify signs. */
export function certificateVerifyContent(side: 'server' | 'client', transcriptHash: Uint8Array): Uint8Array {
  const label = new TextEncoder().encode(`TLS 1.3, ${side} CertificateVerify`);
  const out = new Uint8Array(64 + label.length + 1 + transcriptHash.length);
  out.set(PAD);
  out.set(label, 64);
  out.set(transcriptHash, 64 + label.length + 1);
  return out;
}

export function sign(crypto: Provider, scheme: number, key: PrivateKey, data: Uint8Array): Uint8Array {
  return crypto.sign(SignatureSchemeName(scheme) as CryptoScheme, key, data);
}

/** Checks a peer signature; a bad one is decrypt_error (RFC 8446 section 4.4.3). */
export function verifySignature(
  crypto: Provider,
  scheme: number,
  ours: readonly number[],
  key: PublicKey | undefined,
  data: Uint8Array,
  signature: Uint8Array,
  version: TlsVersionName,
): void {
  if (!ours.includes(scheme))
    throw alert('illegal_parameter', `signature scheme ${SignatureSchemeName(scheme)} was not offered`);
  if (!key) throw alert('unsupported_certificate', 'certificate key of an unknown algorithm');
  if (!schemeFitsKey(scheme, key, version))
    throw alert(
      'illegal_parameter',
      `signature scheme ${SignatureSchemeName(scheme)} does not fit the certificate key`,
    );
  let ok = false;
  try {
    ok = crypto.verify(SignatureSchemeName(scheme) as CryptoScheme, key, data, signature);
  } catch {
    ok = false;
  }
  if (!ok) throw alert('decrypt_error', 'signature check failed');
}
