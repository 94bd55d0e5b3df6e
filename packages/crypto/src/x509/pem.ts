// PEM text for certificates and CRLs (RFC 7468 sections 5 and 6).
import { encodePem } from '../keys/pem.js';
import type { Certificate } from './certificate.js';
import type { Crl } from './crl.js';

export function certificateToPem(cert: Certificate | Uint8Array): string {
  return encodePem('CERTIFICATE', cert instanceof Uint8Array ? cert : cert.der);
}

export function crlToPem(crl: Crl | Uint8Array): string {
  return encodePem('X509 CRL', crl instanceof Uint8Array ? crl : crl.der);
}
