// Checks the peer's certificate chain as ssl does (public_key path validation, then the host
// name), and the alert for each failure (ssl_handshake path_validation_alert).
import { x509 } from '@otpnet/crypto';
import type { Certificate } from '@otpnet/tls-spec';
import type { TlsConfig } from '../config/config.js';
import { type AlertName, alert } from '../errors.js';

function alertFor(reason: x509.BadCertReason): AlertName {
  if (typeof reason === 'object') return 'certificate_revoked';
  switch (reason) {
    case 'cert_expired':
      return 'certificate_expired';
    case 'unknown_ca':
      return 'unknown_ca';
    case 'invalid_issuer':
    case 'invalid_signature':
    case 'name_not_permitted':
    case 'revocation_status_undetermined':
    case 'selfsigned_peer':
    case 'missing_basic_constraint':
    case 'invalid_key_usage':
    case 'invalid_ext_key_usage':
    case 'max_path_length_reached':
      return 'bad_certificate';
    case 'unknown_critical_extension':
      return 'unsupported_certificate';
    default:
      return 'handshake_failure';
  }
}

/** The parsed leaf; validates the chain when `verify` is on. */
export function checkPeerChain(
  config: TlsConfig,
  chain: readonly Uint8Array[],
  purpose: 'serverAuth' | 'clientAuth',
): x509.Certificate {
  let leaf: x509.Certificate;
  try {
    leaf = x509.parseCertificate(chain[0] as Uint8Array);
  } catch (e) {
    throw alert('bad_certificate', `malformed certificate: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!config.verify) return leaf;
  let result: x509.PathValidationResult;
  try {
    result = x509.validatePath(chain, config.cacerts, {
      depth: config.depth,
      purpose,
      crypto: config.crypto,
      now: new Date(config.now()),
      ...(purpose === 'serverAuth' && config.verifyHostname !== undefined
        ? { hostname: config.verifyHostname }
        : {}),
    });
  } catch (e) {
    throw alert('bad_certificate', `malformed certificate: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!result.ok)
    throw alert(alertFor(result.reason), `{bad_cert,${x509.formatBadCertReason(result.reason)}}`);
  return leaf;
}

/** The DER chain of a TLS 1.3 Certificate message; entries of another certificate type are refused. */
export function peerChainOf(m: Certificate, from: 'client' | 'server'): Uint8Array[] {
  if (m.certificate_request_context.length !== 0)
    throw alert('illegal_parameter', `${from} Certificate with a request context`);
  return m.certificate_list.map((e) => {
    if (e.body.case !== 'X509')
      throw alert('unsupported_certificate', 'certificate of a type not negotiated');
    return e.body.value.cert_data;
  });
}
