// The TLS 1.2 client's checks of a ServerHello (RFC 5246 section 7.4.1.3): the suite and fields
// it must echo, and the extensions it may answer with (RFC 5746, RFC 7627, RFC 7366, RFC 7301,
// RFC 8422);
// the version and the downgrade marker are checked before the handoff (client13-hello.ts). And
// the certificate that answers a CertificateRequest (RFC 5246 sections 7.4.4, 7.4.6).
import {
  type CertificateRequest12,
  CipherSuitesBySuite,
  type CipherSuitesRow,
  ClientCertificateType,
  ExtensionType,
  ProtocolVersion,
  type ServerHello12,
} from '@otpnet/tls-spec';
import { equalBytes } from '@otpnet/wire';
import type { CertifiedKey, TlsConfig } from '../config/config.js';
import { alert } from '../errors.js';
import { cbcOf } from '../record/protection12-cbc.js';
import type { ClientOffer } from './client-hello.js';
import { type Resumption12, resumptionOf } from './client12-resume.js';
import { checkSolicited, checkUnique, findExt } from './extensions.js';
import { keyFitsAuth, usableSuite12 } from './server12-choice.js';
import { chooseScheme } from './signatures.js';

/** Extensions of TLS 1.3 only: a TLS 1.2 ServerHello carrying one is illegal_parameter (RFC 8446 4.2). */
const TLS13_ONLY: ReadonlySet<number> = new Set([
  ExtensionType.key_share,
  ExtensionType.pre_shared_key,
  ExtensionType.early_data,
  ExtensionType.cookie,
  ExtensionType.psk_key_exchange_modes,
  ExtensionType.supported_versions,
]);

export interface ServerHello12Answer extends Resumption12 {
  readonly suite: CipherSuitesRow;
  readonly extendedMasterSecret: boolean;
  readonly secureRenegotiation: boolean;
  /** RFC 7366: the server answered encrypt_then_mac for the CBC suite it chose. */
  readonly encryptThenMac: boolean;
  readonly alpn: Uint8Array | undefined;
}

/** Whether a TLS 1.2 hello asks for encrypt_then_mac: it offers a CBC suite (RFC 7366 section 2). */
export function offersCbc12(config: TlsConfig): boolean {
  return (
    config.encryptThenMac !== false &&
    config.suites.some((s) => s.versions.includes(ProtocolVersion.tls1_2) && cbcOf(s) !== undefined)
  );
}

export function checkServerHello12(
  config: TlsConfig,
  offer: ClientOffer,
  m: ServerHello12,
): ServerHello12Answer {
  checkUnique(m.extensions, 'ServerHello');
  checkSolicited(m.extensions, offer.offered, 'ServerHello');
  for (const e of m.extensions ?? [])
    if (TLS13_ONLY.has(e.extension_type))
      throw alert('illegal_parameter', `TLS 1.2 ServerHello with extension ${e.extension_type}`);
  const suite = CipherSuitesBySuite.get(m.cipher_suite);
  if (!suite || !offer.suites.includes(m.cipher_suite) || !usableSuite12(suite))
    throw alert(
      'illegal_parameter',
      `ServerHello: cipher suite 0x${m.cipher_suite.toString(16)} was not offered`,
    );
  if (m.compression_method !== 0)
    throw alert('illegal_parameter', `ServerHello: compression method ${m.compression_method}`);
  const ri = findExt(m.extensions, 'renegotiation_info');
  // RFC 5746 section 3.4: in the first handshake the server's renegotiated_connection is empty.
  if (ri !== undefined && ri.renegotiated_connection.length !== 0)
    throw alert('handshake_failure', 'renegotiation_info is not empty in the first handshake');
  const formats = findExt(m.extensions, 'ec_point_formats');
  if (formats !== undefined && !formats.ec_point_format_list.includes(0))
    throw alert('illegal_parameter', 'ec_point_formats without the uncompressed format');
  const answer = findExt(m.extensions, 'application_layer_protocol_negotiation');
  let alpn: Uint8Array | undefined;
  if (answer !== undefined) {
    const names = answer.protocol_name_list;
    alpn = names[0];
    if (names.length !== 1 || !alpn || !config.alpn.some((p) => equalBytes(p, alpn as Uint8Array)))
      throw alert('illegal_parameter', 'ALPN answer is not one protocol we offered');
  }
  // RFC 7627 section 5.2: a server that does not answer gets the RFC 5246 master secret in a full
  // handshake, as Erlang allows.
  const extendedMasterSecret = findExt(m.extensions, 'extended_master_secret') !== undefined;
  // RFC 7366 section 3: a server MUST NOT answer it with an AEAD suite; one that does is taken at
  // its suite (AEAD records), as OpenSSL's client does.
  const encryptThenMac =
    findExt(m.extensions, 'encrypt_then_mac') !== undefined && cbcOf(suite) !== undefined;
  return {
    suite,
    extendedMasterSecret,
    secureRenegotiation: ri !== undefined,
    encryptThenMac,
    alpn,
    ...resumptionOf(offer, m, extendedMasterSecret, encryptThenMac),
  };
}

/** A certificate of a type the server named whose key can sign one of its schemes; none: undefined. */
export function chooseClientCertificate12(
  config: TlsConfig,
  request: CertificateRequest12,
): { cert: CertifiedKey; scheme: number } | undefined {
  const types = request.certificate_types;
  for (const cert of config.certs) {
    const typed =
      (keyFitsAuth(cert.key.kind, 'rsa') && types.includes(ClientCertificateType.rsa_sign)) ||
      (keyFitsAuth(cert.key.kind, 'ecdsa') && types.includes(ClientCertificateType.ecdsa_sign));
    if (!typed) continue;
    const offered = request.supported_signature_algorithms;
    const scheme = chooseScheme(config.signatureSchemes, offered, cert.key, 'tlsv1.2');
    if (scheme !== undefined) return { cert, scheme };
  }
  return undefined;
}
