// What a TLS 1.2 server takes from a ClientHello (RFC 5246 section 7.4.1.2): the checks of the
// hello itself (RFC 5746, RFC 7507, RFC 7627, RFC 7366, RFC 8422), then one cipher suite together
// with the certificate that can sign for it (or, for RSA key transport, decrypt with it) and the
// (EC)DHE group it will use, in our order or the client's as honor_cipher_order says; and the
// extensions of the ServerHello that answer it.
import { type KeyKind, x509 } from '@otpnet/crypto';
import {
  CipherSuite,
  type CipherSuitesRow,
  type ClientHello12,
  type ExtensionInput,
  NamedGroup,
  NamedGroupsByGroup,
  ProtocolVersion,
  SignatureScheme,
} from '@otpnet/tls-spec';
import type { CertifiedKey, TlsConfig } from '../config/config.js';
import { alert } from '../errors.js';
import { aeadOf } from '../record/ciphers.js';
import { cbcOf } from '../record/protection12-cbc.js';
import type { Negotiated } from './driver.js';
import { checkUnique, ext, findExt } from './extensions.js';
import { groupSupported } from './key-share.js';
import { recordLimitExtension } from './record-size-limit.js';
import { ffdheParams, type KexParams12 } from './server-key-exchange12.js';
import { chooseScheme } from './signatures.js';
import { sessionTicketExtension } from './tickets12.js';

/** What the ClientHello asks of the connection beside the suite. */
export interface Hello12 {
  /** RFC 5746: renegotiation_info or the SCSV was sent. */
  readonly secureRenegotiation: boolean;
  /** RFC 7627: extended_master_secret was sent. */
  readonly extendedMasterSecret: boolean;
  /** RFC 8422 section 5.1.2: ec_point_formats was sent (and is answered). */
  readonly pointFormats: boolean;
  /** RFC 7366: encrypt_then_mac was sent. */
  readonly encryptThenMac: boolean;
  /** ClientHello.client_version, which an RSA-encrypted premaster secret starts with (7.4.7.1). */
  readonly clientVersion: number;
}

export interface Choice12 {
  readonly suite: CipherSuitesRow;
  readonly cert: CertifiedKey;
  /** The scheme that signs the ServerKeyExchange; undefined with RSA key transport, which has none. */
  readonly scheme: number | undefined;
  /** The (EC)DHE parameters; undefined with RSA key transport. */
  readonly kex: KexParams12 | undefined;
}

/** RFC 5246 section 7.4.1.4.1: without signature_algorithms the client accepts SHA-1 signatures. */
const DEFAULT_SCHEMES: readonly number[] = [SignatureScheme.rsa_pkcs1_sha1, SignatureScheme.ecdsa_sha1];

/** The checks of a TLS 1.2 ClientHello that do not depend on the suite. */
export function checkClientHello12(config: TlsConfig, m: ClientHello12): Hello12 {
  checkUnique(m.extensions, 'ClientHello');
  if (!m.compression_methods.includes(0))
    throw alert('illegal_parameter', 'ClientHello does not offer the null compression method');
  // RFC 7507 section 3: a fallback below a version we support is an attack or a broken client.
  if (m.cipher_suites.includes(CipherSuite.TLS_FALLBACK_SCSV) && config.versions.includes('tlsv1.3'))
    throw alert('inappropriate_fallback', 'TLS_FALLBACK_SCSV while TLS 1.3 is supported');
  const ri = findExt(m.extensions, 'renegotiation_info');
  // RFC 5746 section 3.6: the first ClientHello carries an empty renegotiated_connection.
  if (ri !== undefined && ri.renegotiated_connection.length !== 0)
    throw alert('handshake_failure', 'renegotiation_info is not empty in the first handshake');
  const formats = findExt(m.extensions, 'ec_point_formats');
  if (formats !== undefined && !formats.ec_point_format_list.includes(0))
    throw alert('illegal_parameter', 'ec_point_formats without the uncompressed format');
  return {
    secureRenegotiation:
      ri !== undefined || m.cipher_suites.includes(CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV),
    extendedMasterSecret: findExt(m.extensions, 'extended_master_secret') !== undefined,
    pointFormats: formats !== undefined,
    encryptThenMac: findExt(m.extensions, 'encrypt_then_mac') !== undefined,
    clientVersion: m.client_version,
  };
}

/**
 * RFC 7366 section 3: encrypt-then-MAC when the client asked for it and the suite is a CBC one;
 * with an AEAD suite the server MUST NOT answer it.
 */
export function encryptThenMac12(config: TlsConfig, hello: Hello12, suite: CipherSuitesRow): boolean {
  return hello.encryptThenMac && config.encryptThenMac !== false && cbcOf(suite) !== undefined;
}

/** Whether a key of this kind can authenticate a suite: ECDSA suites take EC and EdDSA keys (RFC 8422). */
export function keyFitsAuth(kind: KeyKind, auth: CipherSuitesRow['auth']): boolean {
  if (auth === 'rsa') return kind === 'rsa';
  if (auth === 'ecdsa') return kind === 'ec' || kind === 'ed25519' || kind === 'ed448';
  return false;
}

function ordered(ours: readonly number[], theirs: readonly number[], oursFirst: boolean): number[] {
  return oursFirst ? ours.filter((g) => theirs.includes(g)) : theirs.filter((g) => ours.includes(g));
}

/** The curve for ECDHE (RFC 8422 section 5.1.1); none in common rules out ECDHE suites. */
function chooseCurve(config: TlsConfig, clientGroups: readonly number[] | undefined): number | undefined {
  const ours = config.groups.filter((g) => NamedGroupsByGroup.get(g)?.kind === 'ecdhe' && groupSupported(g));
  // RFC 8422 section 4: a client without supported_groups accepts any curve; P-256 is the safe guess.
  if (clientGroups === undefined) return ours.includes(NamedGroup.secp256r1) ? NamedGroup.secp256r1 : ours[0];
  return ordered(ours, clientGroups, config.honorEccOrder)[0];
}

const FFDHE_ALL: readonly number[] = [
  NamedGroup.ffdhe2048,
  NamedGroup.ffdhe3072,
  NamedGroup.ffdhe4096,
  NamedGroup.ffdhe6144,
  NamedGroup.ffdhe8192,
];

/**
 * The finite field for DHE. RFC 7919 section 4: a client that lists any FFDHE group gets one of
 * them or no DHE suite at all; one that lists none gets the configured group (ffdhe2048 by default).
 * Our ffdhe groups are those configured, or all of them when the configuration names none.
 */
function chooseField(
  config: TlsConfig,
  clientGroups: readonly number[] | undefined,
): KexParams12 | undefined {
  const theirs = (clientGroups ?? []).filter((g) => g >= 0x0100 && g <= 0x01ff);
  if (theirs.length === 0) {
    if (config.dhGroup) return { kind: 'dhe', group: undefined, dh: config.dhGroup };
    return { kind: 'dhe', group: NamedGroup.ffdhe2048, dh: ffdheParams(NamedGroup.ffdhe2048) };
  }
  const configured = config.groups.filter((g) => FFDHE_ALL.includes(g) && groupSupported(g));
  const ours = configured.length > 0 ? configured : FFDHE_ALL.filter((g) => groupSupported(g));
  const group = ordered(ours, theirs, config.honorEccOrder)[0];
  return group === undefined ? undefined : { kind: 'dhe', group, dh: ffdheParams(group) };
}

function chooseCertificate12(
  config: TlsConfig,
  auth: CipherSuitesRow['auth'],
  offered: readonly number[],
): { cert: CertifiedKey; scheme: number } | undefined {
  for (const cert of config.certs) {
    if (!keyFitsAuth(cert.key.kind, auth)) continue;
    const scheme = chooseScheme(config.signatureSchemes, offered, cert.key, 'tlsv1.2');
    if (scheme !== undefined) return { cert, scheme };
  }
  return undefined;
}

/**
 * The TLS 1.2 suites we can run: AEAD or AES-CBC ciphers with ECDHE, DHE or RSA key transport.
 * Which of them a connection offers is the configuration's business: CBC and RSA key transport
 * are never in the defaults.
 */
export function usableSuite12(s: CipherSuitesRow): boolean {
  return (
    s.versions.includes(ProtocolVersion.tls1_2) &&
    (aeadOf(s) !== undefined || (cbcOf(s) !== undefined && s.mac !== undefined)) &&
    (s.kex === 'ecdhe' || s.kex === 'dhe' || s.kex === 'rsa')
  );
}

/** RSA key transport: the first RSA certificate; its key decrypts the premaster (RFC 5246 7.4.7.1). */
function rsaCertificate(config: TlsConfig): CertifiedKey | undefined {
  return config.certs.find((c) => c.key.kind === 'rsa');
}

/** The suite, certificate, signature scheme and group; none that fits is handshake_failure. */
export function chooseServer12(config: TlsConfig, m: ClientHello12): Choice12 {
  const ours = config.suites.filter(usableSuite12);
  const offered = m.cipher_suites;
  const candidates = config.honorCipherOrder
    ? ours.filter((s) => offered.includes(s.suite))
    : offered
        .map((v) => ours.find((s) => s.suite === v))
        .filter((s): s is CipherSuitesRow => s !== undefined);
  if (candidates.length === 0) throw alert('handshake_failure', 'no shared TLS 1.2 cipher suite');
  const schemes =
    findExt(m.extensions, 'signature_algorithms')?.supported_signature_algorithms ?? DEFAULT_SCHEMES;
  const clientGroups = findExt(m.extensions, 'supported_groups')?.named_group_list;
  const curve = chooseCurve(config, clientGroups);
  const field = chooseField(config, clientGroups);
  for (const suite of candidates) {
    if (suite.kex === 'rsa') {
      const cert = rsaCertificate(config);
      if (cert) return { suite, cert, scheme: undefined, kex: undefined };
      continue;
    }
    const kex: KexParams12 | undefined =
      suite.kex === 'ecdhe' ? (curve === undefined ? undefined : { kind: 'ecdhe', group: curve }) : field;
    if (kex === undefined) continue;
    const signer = chooseCertificate12(config, suite.auth, schemes);
    if (signer) return { suite, kex, ...signer };
  }
  throw alert('handshake_failure', 'no shared cipher suite fits our certificates and the groups offered');
}

/** certificate_authorities is a vector of at most 2^16-1 bytes; a larger list is left out. */
const MAX_CA_NAMES = 0xffff;

/** The subjects of our trust anchors, to help the client pick a certificate (RFC 5246 7.4.4). */
export function certificateAuthorities(config: TlsConfig): Uint8Array[] {
  const names: Uint8Array[] = [];
  let size = 0;
  for (const der of config.cacerts) {
    let subject: Uint8Array;
    try {
      subject = x509.parseCertificate(der).subject.der;
    } catch {
      continue;
    }
    size += 2 + subject.length;
    // Without names the client may send any certificate (7.4.4).
    if (size > MAX_CA_NAMES) return [];
    names.push(subject);
  }
  return names;
}

/** The ServerHello's extensions (RFC 5246 7.4.1.4): each answers one the client sent. */
export function serverHelloExtensions12(
  hello: Hello12,
  n: Negotiated,
  suite: CipherSuitesRow,
  resumed: boolean,
  ticketing: boolean,
): ExtensionInput[] {
  const exts: ExtensionInput[] = [];
  if (hello.secureRenegotiation)
    exts.push(ext('renegotiation_info', { renegotiated_connection: new Uint8Array(0) }));
  if (hello.extendedMasterSecret) exts.push(ext('extended_master_secret', {}));
  if (n.encryptThenMac) exts.push(ext('encrypt_then_mac', {}));
  if (hello.pointFormats && suite.kex === 'ecdhe')
    exts.push(ext('ec_point_formats', { ec_point_format_list: [0] }));
  if (n.alpn) exts.push(ext('application_layer_protocol_negotiation', { protocol_name_list: [n.alpn] }));
  if (n.peerRecordLimit !== undefined) exts.push(recordLimitExtension('tlsv1.2'));
  // RFC 6066 section 3: a resuming server does not answer server_name.
  if (n.serverName !== undefined && !resumed) exts.push(ext('server_name', { body: { value: {} } }));
  // RFC 5077 3.2: an empty session_ticket promises a NewSessionTicket.
  if (ticketing) exts.push(sessionTicketExtension(new Uint8Array(0)));
  return exts;
}
