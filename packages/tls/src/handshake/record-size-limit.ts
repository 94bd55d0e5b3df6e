// The record_size_limit we advertise (RFC 8449). We take records of any size a version allows, so
// we advertise that size: section 4 asks endpoints to send the extension even without a need to
// limit, so that a peer knows its own limit will be respected.
import type { ExtensionInput } from '@otpnet/tls-spec';
import type { TlsVersionName } from '../config/config.js';
import { ext } from './extensions.js';

/** The largest limit of a version (section 4): 2^14, and 2^14 + 1 in TLS 1.3 (the content type). */
export function ownRecordLimit(version: TlsVersionName): number {
  return version === 'tlsv1.3' ? 2 ** 14 + 1 : 2 ** 14;
}

/** Our record_size_limit in a hello of `version` (a ClientHello offering TLS 1.3: 2^14 + 1). */
export function recordLimitExtension(version: TlsVersionName): ExtensionInput {
  return ext('record_size_limit', ownRecordLimit(version));
}
