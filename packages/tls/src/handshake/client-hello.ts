// The client's ClientHello, offering TLS 1.3 and/or TLS 1.2 (RFC 8446 section 4.1.2, RFC 5246
// section 7.4.1.2), and what it offered, which the ServerHello is checked against.
import {
  type ClientHelloInput,
  type ExtensionInput,
  ExtensionType,
  NamedGroupsByGroup,
  ProtocolVersion,
  PskKeyExchangeMode,
} from '@otpnet/tls-spec';
import type { TlsConfig } from '../config/config.js';
import { offersCbc12 } from './client12-hello.js';
import { clientTicketExtension, type Resume12Offer, resume12Offer } from './client12-resume.js';
import { ext } from './extensions.js';
import { groupSupported, KeyShare } from './key-share.js';
import { pskExtension, type ResumeOffer, resumeOffer } from './psk13.js';
import { recordLimitExtension } from './record-size-limit.js';
import { sessionTicketExtension } from './tickets12.js';

export interface ClientOffer {
  readonly random: Uint8Array;
  readonly sessionId: Uint8Array;
  readonly suites: readonly number[];
  readonly versions: readonly number[];
  shares: KeyShare[];
  cookie: Uint8Array | undefined;
  /** The ticket offered for resumption (TLS 1.3), if any. */
  resume: ResumeOffer | undefined;
  /** The TLS 1.2 session offered for resumption (by its ID or its ticket), if any. */
  readonly resume12: Resume12Offer | undefined;
  /** Extension types sent: the server may answer only these. */
  readonly offered: Set<number>;
  hello: ClientHelloInput;
}

const encoder = new TextEncoder();

export function offerTls13(config: TlsConfig): boolean {
  return config.versions.includes('tlsv1.3');
}

export function makeClientOffer(config: TlsConfig): ClientOffer {
  const tls13 = offerTls13(config);
  const versions: number[] = config.versions.map((v) =>
    v === 'tlsv1.3' ? ProtocolVersion.tls1_3 : ProtocolVersion.tls1_2,
  );
  const suites = config.suites
    .filter((s) => s.versions.some((v) => versions.includes(v)))
    .map((s) => s.suite);
  const groups = config.groups.filter((g) => groupSupported(g));
  const shareGroups = tls13
    ? groups.filter((g) => NamedGroupsByGroup.get(g)?.tls1_3 !== false).slice(0, config.keyShares)
    : [];
  const resume12 = resume12Offer(config);
  const offer: ClientOffer = {
    random: config.random(32),
    // A TLS 1.2 session to resume sends its ID (RFC 5246 7.4.1.2); middlebox compatibility mode
    // (RFC 8446 appendix D.4) sends a non-empty legacy session id.
    sessionId:
      resume12?.sessionId ?? (tls13 && config.middleboxCompat ? config.random(32) : new Uint8Array(0)),
    suites,
    versions,
    shares: shareGroups.map((g) => new KeyShare(config.crypto, g, config.random)),
    cookie: undefined,
    resume: tls13 ? resumeOffer(config) : undefined,
    resume12,
    offered: new Set(),
    hello: undefined as unknown as ClientHelloInput,
  };
  offer.hello = helloOf(config, offer);
  return offer;
}

/**
 * The ClientHello for the offer as it stands (again after a HelloRetryRequest). Its extensions come
 * in NSS's order, which RFC 8448 prints, so that its traces replay byte for byte; pre_shared_key
 * is last (RFC 8446 section 4.2.11).
 */
export function helloOf(config: TlsConfig, offer: ClientOffer): ClientHelloInput {
  const tls13 = offerTls13(config);
  const tls12 = config.versions.includes('tlsv1.2');
  const exts: ExtensionInput[] = [];
  if (config.serverName !== undefined)
    exts.push(
      ext('server_name', {
        body: {
          value: {
            server_name_list: [
              { name: { case: 'host_name', value: { host_name: encoder.encode(config.serverName) } } },
            ],
          },
        },
      }),
    );
  if (tls12 && offersCbc12(config)) exts.push(ext('encrypt_then_mac', {}));
  if (tls12) exts.push(ext('extended_master_secret', {}));
  // In a TLS 1.3-only hello too, as NSS sends it (RFC 8448); a TLS 1.3 server ignores it.
  if (tls12 || config.secureRenegotiate)
    exts.push(ext('renegotiation_info', { renegotiated_connection: new Uint8Array(0) }));
  const groups = config.groups.filter((g) => groupSupported(g));
  if (groups.length > 0) exts.push(ext('supported_groups', { named_group_list: groups }));
  if (tls12) exts.push(ext('ec_point_formats', { ec_point_format_list: [0] }));
  const ticket = ticketExtension(config, offer, tls12);
  if (ticket) exts.push(ticket);
  if (config.alpn.length > 0)
    exts.push(ext('application_layer_protocol_negotiation', { protocol_name_list: config.alpn }));
  if (tls13) {
    exts.push(
      ext('key_share', {
        body: {
          value: { client_shares: offer.shares.map((s) => ({ group: s.group, key_exchange: s.publicKey })) },
        },
      }),
    );
    exts.push(ext('supported_versions', { body: { value: { versions: offer.versions } } }));
  }
  exts.push(ext('signature_algorithms', { supported_signature_algorithms: config.signatureSchemes }));
  if (tls13) exts.push(ext('psk_key_exchange_modes', { ke_modes: [PskKeyExchangeMode.psk_dhe_ke] }));
  exts.push(recordLimitExtension(tls13 ? 'tlsv1.3' : 'tlsv1.2'));
  if (tls13) {
    if (offer.cookie) exts.push(ext('cookie', { cookie: offer.cookie }));
    // Last of all (RFC 8446 section 4.2.11): the binders cover everything before them.
    if (offer.resume) exts.push(pskExtension(config, offer.resume));
  }
  for (const e of exts)
    offer.offered.add(e.extension_type ?? ExtensionType[e.extension_data.case as keyof typeof ExtensionType]);
  // Secure renegotiation is signalled by the renegotiation_info extension, not the SCSV.
  return {
    random: offer.random,
    legacy_session_id: offer.sessionId,
    cipher_suites: offer.suites,
    legacy_compression_methods: new Uint8Array([0]),
    extensions: exts,
  };
}

/**
 * session_ticket: TLS 1.2's ticket or its request (RFC 5077). A TLS 1.3-only hello that takes
 * tickets sends the request too, unless it offers a TLS 1.3 ticket already (as NSS does).
 */
function ticketExtension(config: TlsConfig, offer: ClientOffer, tls12: boolean): ExtensionInput | undefined {
  if (tls12) return clientTicketExtension(config, offer.resume12);
  return config.sessionTickets && !offer.resume ? sessionTicketExtension(new Uint8Array(0)) : undefined;
}
