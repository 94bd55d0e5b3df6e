// The server's side of TLS 1.2 resumption: finding the session a ClientHello offers (its RFC 5077
// ticket first, then its session ID in the listener's cache) under the rules of RFC 5246 7.4.1.2,
// RFC 6066 section 3, RFC 7627 section 5.3 and RFC 7366 section 3.1; remembering a session once its handshake is
// complete; and the NewSessionTicket that carries one (RFC 5077 3.3).
import {
  CipherSuitesBySuite,
  type CipherSuitesRow,
  type ClientHello12,
  type NewSessionTicket12Input,
} from '@otpnet/tls-spec';
import type { TlsConfig } from '../config/config.js';
import { alert } from '../errors.js';
import type { Negotiated } from './driver.js';
import { encryptThenMac12, type Hello12, usableSuite12 } from './server12-choice.js';
import { openTicket12, SESSION12_LIFETIME_S, sealTicket12, sessionTicketOf } from './tickets12.js';

/** A session the server can resume. */
export interface Session12 {
  readonly suite: CipherSuitesRow;
  readonly master: Uint8Array;
  readonly extendedMasterSecret: boolean;
  /** Its CBC records were encrypt-then-MAC (RFC 7366). */
  readonly encryptThenMac: boolean;
  /** The client's chain as the session's full handshake verified it; empty without one. */
  readonly peerChain: readonly Uint8Array[];
  /** The SNI of the session's full handshake ('' for none). */
  readonly serverName: string;
  /** When the session's full handshake completed (ms since the epoch): its lifetime counts from there. */
  readonly createdAt: number;
  /** Found by its ticket (the ServerHello then echoes the client's own ID, RFC 5077 3.4) or by its ID. */
  readonly byTicket: boolean;
}

const EMPTY = new Uint8Array(0);
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The cache key of a session ID. */
function idKey(id: Uint8Array): string {
  return Array.from(id, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromTicket(config: TlsConfig, m: ClientHello12): Session12 | undefined {
  const ticket = sessionTicketOf(m.extensions);
  const key = config.ticketKey;
  if (!config.sessionTickets || key === undefined || ticket === undefined || ticket.length === 0)
    return undefined;
  const state = openTicket12(config.crypto, key, ticket, config.now());
  const suite = state && CipherSuitesBySuite.get(state.cipher_suite);
  if (!state || !suite) return undefined;
  return {
    suite,
    master: state.master_secret.slice(),
    extendedMasterSecret: state.extended_master_secret === 1,
    encryptThenMac: state.encrypt_then_mac === 1,
    peerChain: state.peer_chain.map((c) => c.slice()),
    serverName: decoder.decode(state.server_name),
    createdAt: Number(state.issued_at),
    byTicket: true,
  };
}

function fromCache(config: TlsConfig, m: ClientHello12): Session12 | undefined {
  const cache = config.sessionCache;
  if (!cache || m.session_id.length === 0) return undefined;
  const key = idKey(m.session_id);
  const s = cache.get(key);
  if (s?.version !== 'tlsv1.2') return undefined;
  if (config.now() - s.receivedAt >= s.lifetime * 1000) {
    cache.delete(key);
    return undefined;
  }
  const suite = CipherSuitesBySuite.get(s.suite);
  if (!suite) return undefined;
  return {
    suite,
    master: s.secret,
    extendedMasterSecret: s.extendedMasterSecret === true,
    encryptThenMac: s.encryptThenMac === true,
    peerChain: s.peerChain,
    serverName: s.host,
    createdAt: s.receivedAt,
    byTicket: false,
  };
}

/**
 * The session to resume, or undefined for a full handshake. A session offered with its suite
 * left out (RFC 5246 7.4.1.2), under another SNI (RFC 6066 section 3), without the client
 * certificate the server now requires, without the extended master secret, or without the
 * encrypt_then_mac its records used (RFC 7366 section 3.1: no fallback to MAC-then-encrypt) gets a
 * full handshake; a session with the extended master secret offered without it ends the handshake
 * (RFC 7627 section 5.3).
 */
export function findSession12(
  config: TlsConfig,
  m: ClientHello12,
  hello: Hello12,
  serverName: string | undefined,
): Session12 | undefined {
  const s = fromTicket(config, m) ?? fromCache(config, m);
  if (!s) return undefined;
  const suite = s.suite.suite;
  if (
    !m.cipher_suites.includes(suite) ||
    !usableSuite12(s.suite) ||
    !config.suites.some((r) => r.suite === suite)
  )
    return undefined;
  if (s.serverName !== (serverName ?? '')) return undefined;
  if (config.failIfNoPeerCert && s.peerChain.length === 0) return undefined;
  if (s.encryptThenMac && !encryptThenMac12(config, hello, s.suite)) return undefined;
  if (s.extendedMasterSecret && !hello.extendedMasterSecret)
    throw alert('handshake_failure', 'a session with the extended master secret offered without it');
  // RFC 7627 5.3: "SHOULD abort" when neither side has it; a full handshake is no less safe, and
  // such sessions are not issued (sessionIdFor12, issuesTicket12) in the first place.
  return s.extendedMasterSecret ? s : undefined;
}

/**
 * Whether this handshake issues a ticket: tickets are on, the client asked with session_ticket
 * (RFC 5077 3.2), the master secret is the extended one (RFC 7627 5.3: no other is resumed), and
 * the session was not just resumed by a ticket, which stays valid (we do not renew).
 */
export function issuesTicket12(
  config: TlsConfig,
  m: ClientHello12,
  hello: Hello12,
  session: Session12 | undefined,
): boolean {
  return (
    config.sessionTickets &&
    config.ticketKey !== undefined &&
    hello.extendedMasterSecret &&
    sessionTicketOf(m.extensions) !== undefined &&
    session?.byTicket !== true
  );
}

/**
 * The ServerHello's session_id (RFC 5246 7.4.1.3): a resumed session's as the client sent it, a
 * fresh one the cache will remember, or empty for a session we will not resume by ID (no cache,
 * a ticket carries it, or no extended master secret).
 */
export function sessionIdFor12(
  config: TlsConfig,
  m: ClientHello12,
  hello: Hello12,
  session: Session12 | undefined,
  ticket: boolean,
): Uint8Array {
  if (session) return m.session_id.slice();
  if (!config.sessionCache || ticket || !hello.extendedMasterSecret) return EMPTY;
  return config.random(32);
}

/** After a full handshake: the session under its ID, for the listener's later connections. */
export function rememberSession12(config: TlsConfig, n: Negotiated, sessionId: Uint8Array): void {
  const cache = config.sessionCache;
  const master = n.masterSecret;
  if (!cache || sessionId.length === 0 || !master) return;
  cache.put(idKey(sessionId), {
    version: 'tlsv1.2',
    host: n.serverName ?? '',
    suite: n.suite ?? 0,
    ticket: EMPTY,
    secret: master,
    ageAdd: 0,
    receivedAt: config.now(),
    lifetime: SESSION12_LIFETIME_S,
    peerChain: n.peerChain ?? [],
    sessionId,
    extendedMasterSecret: n.extendedMasterSecret === true,
    encryptThenMac: n.encryptThenMac === true,
  });
}

/**
 * The NewSessionTicket for this connection's session, created at `createdAt`. A state too large
 * for a ticket (a huge client chain) goes as the empty ticket RFC 5077 3.3 allows.
 */
export function newSessionTicket12(
  config: TlsConfig,
  n: Negotiated,
  createdAt: number,
): NewSessionTicket12Input {
  const key = config.ticketKey;
  const master = n.masterSecret;
  if (key === undefined || !master)
    throw alert('internal_error', 'a ticket without a ticket key or a session');
  const ticket = sealTicket12(config.crypto, key, {
    cipher_suite: n.suite ?? 0,
    issued_at: BigInt(createdAt),
    ticket_lifetime: SESSION12_LIFETIME_S,
    extended_master_secret: n.extendedMasterSecret ? 1 : 0,
    encrypt_then_mac: n.encryptThenMac ? 1 : 0,
    master_secret: master,
    server_name: encoder.encode(n.serverName ?? ''),
    peer_chain: n.peerChain ?? [],
  });
  const left = Math.max(0, Math.floor((createdAt + SESSION12_LIFETIME_S * 1000 - config.now()) / 1000));
  return ticket ? { ticket_lifetime_hint: left, ticket } : { ticket_lifetime_hint: 0, ticket: EMPTY };
}
