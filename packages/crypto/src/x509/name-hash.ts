// The name hash OpenSSL uses for hash-named certificate and CRL directories (c_rehash,
// `openssl x509 -hash|-issuer_hash`, `openssl crl -hash`): X509_NAME_hash_ex, the first four
// bytes of SHA-1 over the canonical name encoding, read little-endian, as 8 hex digits.
import { sha1 } from '@noble/hashes/legacy.js';
import type { Certificate } from './certificate.js';
import type { Crl } from './crl.js';
import type { Name } from './name.js';

export function nameHash(name: Name): string {
  const d = sha1(name.canonical);
  const v = ((d[0] ?? 0) | ((d[1] ?? 0) << 8) | ((d[2] ?? 0) << 16) | ((d[3] ?? 0) << 24)) >>> 0;
  return v.toString(16).padStart(8, '0');
}

/** `openssl x509 -issuer_hash` of a certificate, `openssl crl -hash` of a CRL. */
export function issuerNameHash(certOrCrl: Certificate | Crl): string {
  return nameHash(certOrCrl.issuer);
}

/** `openssl x509 -hash` (-subject_hash): the file name of a CA in a hash-named directory. */
export function subjectNameHash(cert: Certificate): string {
  return nameHash(cert.subject);
}
