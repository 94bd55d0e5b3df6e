// The client's side of TLS 1.2 resumption: which stored session to offer (its session ID, or its
// RFC 5077 ticket beside a fresh session ID of our own), whether the ServerHello resumed it (RFC
// 5246 7.4.1.3, RFC 5077 3.4, RFC 7627 5.3, RFC 7366 3.1), and keeping the session a handshake
// leaves.
import {
  CipherSuitesBySuite,
  type ExtensionInput,
  type NewSessionTicket12,
  type ServerHello12,
} from '@otpnet/tls-spec';
import { equalBytes } from '@otpnet/wire';
import type { StoredSession, TlsConfig } from '../config/config.js';
import { alert } from '../errors.js';
import type { ClientOffer } from './client-hello.js';
import type { Negotiated } from './driver.js';
import { usableSuite12 } from './server12-choice.js';
import { SESSION12_LIFETIME_S, sessionTicketExtension, sessionTicketOf } from './tickets12.js';

/** A stored TLS 1.2 session the ClientHello offers. */
export interface Resume12Offer {
  readonly session: StoredSession;
  /** The ID sent: the session's own, or a fresh one beside a ticket. */
  readonly sessionId: Uint8Array;
  /** The ticket sent, when the session has one and tickets are on. */
  readonly ticket: Uint8Array | undefined;
}

/** What the ServerHello says of resumption. */
export interface Resumption12 {
  /** The session resumed; undefined for a full handshake. */
  readonly resumed: StoredSession | undefined;
  /** It answered session_ticket: a NewSessionTicket comes before its ChangeCipherSpec (RFC 5077 3.3). */
  readonly ticketPromised: boolean;
}

const EMPTY = new Uint8Array(0);

function cacheOf(config: TlsConfig) {
  const { sessionCache, sessionKey } = config;
  if (!config.versions.includes('tlsv1.2') || !sessionCache || sessionKey === undefined) return undefined;
  return { cache: sessionCache, key: sessionKey };
}

/** The session to offer this server, when one is stored and still fit to resume. */
export function resume12Offer(config: TlsConfig): Resume12Offer | undefined {
  const where = cacheOf(config);
  const session = where?.cache.get(where.key);
  // RFC 7627 5.3: a session without the extended master secret is not offered (none is kept).
  if (!where || session?.version !== 'tlsv1.2' || session.extendedMasterSecret !== true) return undefined;
  if (config.now() - session.receivedAt >= session.lifetime * 1000) {
    where.cache.delete(where.key);
    return undefined;
  }
  // The offer must carry the session's suite (RFC 5246 7.4.1.2): one no longer allowed ends it.
  const row = CipherSuitesBySuite.get(session.suite);
  if (!row || !usableSuite12(row) || !config.suites.some((s) => s.suite === session.suite)) return undefined;
  // RFC 5077 3.4: beside a ticket, an ID of our own, which the server echoes when it takes the ticket.
  if (config.sessionTickets && session.ticket.length > 0)
    return { session, sessionId: config.random(32), ticket: session.ticket };
  const id = session.sessionId;
  return id !== undefined && id.length > 0 ? { session, sessionId: id, ticket: undefined } : undefined;
}

/** session_ticket for the ClientHello: the ticket offered, or empty to ask for one (RFC 5077 3.2). */
export function clientTicketExtension(
  config: TlsConfig,
  resume: Resume12Offer | undefined,
): ExtensionInput | undefined {
  if (!config.sessionTickets || !cacheOf(config)) return undefined;
  return sessionTicketExtension(resume?.ticket ?? EMPTY);
}

/** Whether the ServerHello resumes the session offered, and whether a ticket will follow. */
export function resumptionOf(
  offer: ClientOffer,
  m: ServerHello12,
  extendedMasterSecret: boolean,
  encryptThenMac: boolean,
): Resumption12 {
  const answer = sessionTicketOf(m.extensions);
  if (answer !== undefined && answer.length > 0)
    throw alert('decode_error', 'ServerHello session_ticket is not empty (RFC 5077 3.2)');
  const ticketPromised = answer !== undefined;
  const echoed = offer.sessionId.length > 0 && equalBytes(m.session_id, offer.sessionId);
  if (!echoed) return { resumed: undefined, ticketPromised };
  const offered = offer.resume12;
  // The random ID of middlebox compatibility mode coming back claims a session we do not have
  // (RFC 8446 appendix D.4).
  if (!offered) throw alert('illegal_parameter', 'ServerHello resumes a session that was not offered');
  // RFC 5246 7.4.1.3: a resumed session keeps its cipher suite.
  if (m.cipher_suite !== offered.session.suite)
    throw alert('illegal_parameter', 'ServerHello resumes the session with another cipher suite');
  // RFC 7627 5.3: the extended master secret must be used again exactly when the session used it.
  if (offered.session.extendedMasterSecret !== extendedMasterSecret)
    throw alert('handshake_failure', 'resumption changes the extended master secret of the session');
  // RFC 7366 section 3.1: a session whose records were encrypt-then-MAC does not fall back to
  // MAC-then-encrypt (taking it up is no downgrade).
  if (offered.session.encryptThenMac === true && !encryptThenMac)
    throw alert('handshake_failure', 'resumption drops the encrypt_then_mac of the session');
  return { resumed: offered.session, ticketPromised };
}

/**
 * After a handshake: the session kept for the next connection, with the ticket it brought; a
 * renewed ticket replaces the resumed session's. A session the server will not resume (no ID, no
 * ticket) or one without the extended master secret, which RFC 7627 5.3 says not to offer,
 * replaces the stored one by nothing.
 */
export function keepSession12(
  config: TlsConfig,
  n: Negotiated,
  sessionId: Uint8Array,
  nst: NewSessionTicket12 | undefined,
  resumed: StoredSession | undefined,
): void {
  const where = cacheOf(config);
  if (!where) return;
  const ticket = nst?.ticket.slice() ?? EMPTY;
  // RFC 5077 3.3: a hint of 0 says nothing of the lifetime.
  const lifetime = nst && nst.ticket_lifetime_hint > 0 ? nst.ticket_lifetime_hint : SESSION12_LIFETIME_S;
  if (resumed) {
    const encryptThenMac = resumed.encryptThenMac === true || n.encryptThenMac === true;
    if (ticket.length > 0)
      where.cache.put(where.key, { ...resumed, ticket, receivedAt: config.now(), lifetime, encryptThenMac });
    return;
  }
  const master = n.masterSecret;
  if (!n.extendedMasterSecret || !master || (sessionId.length === 0 && ticket.length === 0)) {
    if (where.cache.get(where.key)?.version === 'tlsv1.2') where.cache.delete(where.key);
    return;
  }
  where.cache.put(where.key, {
    version: 'tlsv1.2',
    host: where.key,
    suite: n.suite ?? 0,
    ticket,
    secret: master,
    ageAdd: 0,
    receivedAt: config.now(),
    lifetime,
    alpn: n.alpn,
    peerChain: n.peerChain ?? [],
    sessionId: sessionId.slice(),
    extendedMasterSecret: true,
    encryptThenMac: n.encryptThenMac === true,
  });
}
