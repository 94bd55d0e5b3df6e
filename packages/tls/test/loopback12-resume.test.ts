// TLS 1.2 session resumption between our client and our server, in memory, with both providers:
// by session ID (RFC 5246 7.3) from the listener's cache, by RFC 5077 ticket, a session-ID
// resumption that brings a ticket, and the cases that fall back to a full handshake (an unknown
// ID, a ticket sealed under another key, another SNI, an expired session, a TLS 1.3 ticket).
import { getProvider } from '@otpnet/crypto';
import { CipherSuite } from '@otpnet/tls-spec';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../../../test/support/tls-pki.js';
import type { TlsConfig, TlsVersionName } from '../src/config/config.js';
import { suiteRows } from '../src/config/defaults.js';
import { LruSessionCache } from '../src/config/session-cache.js';
import { openTicket12, sealTicket12 } from '../src/handshake/tickets12.js';
import { sealTicket } from '../src/handshake/tickets13.js';
import { caOf, certOf, concat, config, handshake } from './support/pair.js';

let pki: Pki;
const enc = new TextEncoder();
const TLS12: TlsVersionName[] = ['tlsv1.2'];
const KEY = 'localhost:443';

beforeAll(async () => {
  pki = await makePki();
}, 60_000);

const same = (a: Uint8Array | undefined, b: Uint8Array | undefined) =>
  a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));

describe.each(['node', 'noble'] as const)('TLS 1.2 resumption in memory (%s provider)', (provider) => {
  /** A client with its own session cache; tickets when asked. */
  const c = (cache: LruSessionCache, over: Partial<TlsConfig> = {}) =>
    config(
      'client',
      {
        versions: TLS12,
        cacerts: caOf(pki.ca.cert),
        serverName: 'localhost',
        verifyHostname: 'localhost',
        sessionCache: cache,
        sessionKey: KEY,
        ...over,
      },
      provider,
    );
  /** A listener: a session-ID cache, tickets under a key, or both. */
  const s = (over: Partial<TlsConfig> = {}) =>
    config('server', { versions: TLS12, certs: [certOf(pki.serverEcdsa)], ...over }, provider);
  const ticketing = (ticketKey = getProvider(provider).randomBytes(32)) => ({
    sessionTickets: true,
    ticketKey,
  });

  /** The handshake succeeded on both sides and data flows both ways. */
  const connected = (p: ReturnType<typeof handshake>) => {
    expect(p.client.error).toBeUndefined();
    expect(p.server.error).toBeUndefined();
    expect(p.client.handshakeDone && p.server.handshakeDone).toBe(true);
    p.client.conn.send(enc.encode('ping'));
    p.server.conn.send(enc.encode('pong'));
    p.run();
    expect(Buffer.from(concat(p.server.received)).toString()).toBe('ping');
    expect(Buffer.from(concat(p.client.received)).toString()).toBe('pong');
    return { cn: p.client.conn.negotiated, sn: p.server.conn.negotiated };
  };

  it('resumes by session ID from the listener cache, with new keys over the session master secret', () => {
    const cache = new LruSessionCache();
    const server = s({ sessionCache: new LruSessionCache() });
    const first = connected(handshake(c(cache), server));
    expect(first.cn.resumed).toBe(false);
    const stored = cache.get(KEY);
    expect(stored?.version).toBe('tlsv1.2');
    expect(stored?.sessionId?.length).toBe(32);
    expect(stored?.ticket.length).toBe(0);
    expect(stored?.extendedMasterSecret).toBe(true);

    const again = handshake(c(cache), server);
    const { cn, sn } = connected(again);
    expect(cn.resumed && sn.resumed).toBe(true);
    expect(same(cn.masterSecret, first.cn.masterSecret)).toBe(true);
    expect(same(sn.masterSecret, first.cn.masterSecret)).toBe(true);
    expect(same(cn.serverRandom, first.cn.serverRandom)).toBe(false);
    expect(cn.suite).toBe(first.cn.suite);
    expect(cn.extendedMasterSecret && sn.extendedMasterSecret).toBe(true);
    expect(cn.peerChain?.map((d) => Buffer.from(d).toString('hex'))).toEqual(
      first.cn.peerChain?.map((d) => Buffer.from(d).toString('hex')),
    );
    // The abbreviated handshake: the server speaks first and sends no Certificate.
    expect(again.server.conn.negotiated.ownCert).toBeUndefined();
    expect(same(cache.get(KEY)?.sessionId, stored?.sessionId)).toBe(true);
    // And again: a session ID may be resumed more than once.
    expect(connected(handshake(c(cache), server)).cn.resumed).toBe(true);
  });

  it('resumes by ticket on a stateless listener, echoing the client-chosen session ID', () => {
    const cache = new LruSessionCache();
    const server = s(ticketing());
    const first = connected(handshake(c(cache, { sessionTickets: true }), server));
    expect(first.sn.resumed).toBe(false);
    const stored = cache.get(KEY);
    expect(stored?.ticket.length).toBeGreaterThan(48);
    // Stateless: no session ID is issued beside the ticket.
    expect(stored?.sessionId?.length).toBe(0);

    const { cn, sn } = connected(handshake(c(cache, { sessionTickets: true }), server));
    expect(cn.resumed && sn.resumed).toBe(true);
    expect(same(cn.masterSecret, first.cn.masterSecret)).toBe(true);
    // The ticket is not renewed: the stored session is the same.
    expect(same(cache.get(KEY)?.ticket, stored?.ticket)).toBe(true);
  });

  it('keeps the client certificate of the session for the resumed connection', () => {
    const cache = new LruSessionCache();
    const mutual = { verify: true, failIfNoPeerCert: true, cacerts: caOf(pki.ca.cert) };
    const client = (over: Partial<TlsConfig>) => c(cache, { certs: [certOf(pki.clientRsa)], ...over });
    for (const server of [
      s({ ...mutual, sessionCache: new LruSessionCache() }),
      s({ ...mutual, ...ticketing() }),
    ]) {
      cache.clear();
      const first = connected(handshake(client({ sessionTickets: server.sessionTickets }), server));
      expect(first.sn.peerChain?.length).toBeGreaterThan(0);
      const { sn } = connected(handshake(client({ sessionTickets: server.sessionTickets }), server));
      expect(sn.resumed).toBe(true);
      expect(same(sn.peerChain?.[0], pki.clientRsa.certDer)).toBe(true);
    }
  });

  it('falls back to a full handshake for a ticket sealed under another key, and keeps the new ticket', () => {
    const cache = new LruSessionCache();
    const client = () => c(cache, { sessionTickets: true });
    connected(handshake(client(), s(ticketing())));
    const old = cache.get(KEY)?.ticket;
    const other = s(ticketing());
    const { cn, sn } = connected(handshake(client(), other));
    expect(cn.resumed || sn.resumed).toBe(false);
    expect(same(cache.get(KEY)?.ticket, old)).toBe(false);
    expect(connected(handshake(client(), other)).cn.resumed).toBe(true);
  });

  it('falls back to a full handshake for a session ID the listener does not know', () => {
    const cache = new LruSessionCache();
    connected(handshake(c(cache), s({ sessionCache: new LruSessionCache() })));
    const old = cache.get(KEY)?.sessionId;
    const { cn } = connected(handshake(c(cache), s({ sessionCache: new LruSessionCache() })));
    expect(cn.resumed).toBe(false);
    expect(same(cache.get(KEY)?.sessionId, old)).toBe(false);
  });

  it('forgets a session when the server offers neither an ID nor a ticket', () => {
    const cache = new LruSessionCache();
    const server = s({ sessionCache: new LruSessionCache() });
    connected(handshake(c(cache), server));
    connected(handshake(c(cache), s()));
    expect(cache.get(KEY)).toBeUndefined();
  });

  it('issues a ticket in a session-ID resumption when the client asks for one, then resumes by it', () => {
    const cache = new LruSessionCache();
    const client = () => c(cache, { sessionTickets: true });
    const sessions = new LruSessionCache();
    connected(handshake(client(), s({ sessionCache: sessions })));
    expect(cache.get(KEY)?.ticket.length).toBe(0);
    const both = s({ sessionCache: sessions, ...ticketing() });
    const byId = connected(handshake(client(), both));
    expect(byId.cn.resumed && byId.sn.resumed).toBe(true);
    expect(cache.get(KEY)?.ticket.length).toBeGreaterThan(0);
    // Forget the ID: only the ticket can resume now.
    sessions.clear();
    const byTicket = connected(handshake(client(), both));
    expect(byTicket.cn.resumed && byTicket.sn.resumed).toBe(true);
    expect(same(byTicket.cn.masterSecret, byId.cn.masterSecret)).toBe(true);
  });

  it('does not resume a session under another server name (RFC 6066 section 3)', () => {
    const cache = new LruSessionCache();
    const server = s({ sessionCache: new LruSessionCache(), ...ticketing() });
    for (const sessionTickets of [false, true]) {
      cache.clear();
      connected(handshake(c(cache, { sessionTickets }), server));
      const { cn, sn } = connected(
        handshake(c(cache, { sessionTickets, serverName: 'other.localhost' }), server),
      );
      expect(cn.resumed || sn.resumed).toBe(false);
      expect(sn.serverName).toBe('other.localhost');
    }
  });

  it('does not resume an expired session, on either side', () => {
    let now = Date.now();
    const clock = { now: () => now };
    const cache = new LruSessionCache();
    const server = s({ sessionCache: new LruSessionCache(), ...ticketing(), ...clock });
    for (const sessionTickets of [false, true]) {
      cache.clear();
      connected(handshake(c(cache, { sessionTickets, ...clock }), server));
      now += 7200_000 + 1;
      // The client still offers (its clock says the session is young), the server refuses.
      const { cn } = connected(handshake(c(cache, { sessionTickets }), server));
      expect(cn.resumed).toBe(false);
      now += 7200_000 + 1;
      // The client no longer offers it.
      const stale = handshake(c(cache, { sessionTickets, ...clock }), server);
      expect(connected(stale).cn.resumed).toBe(false);
    }
  });

  it('a 1.3+1.2 client offers its TLS 1.2 session: resumed by a 1.2 server, ignored by a 1.3 one', () => {
    const cache = new LruSessionCache();
    const both: TlsVersionName[] = ['tlsv1.3', 'tlsv1.2'];
    const server = s({ sessionCache: new LruSessionCache() });
    connected(handshake(c(cache, { versions: both }), server));
    expect(connected(handshake(c(cache, { versions: both }), server)).cn.resumed).toBe(true);
    const { cn } = connected(handshake(c(cache, { versions: both }), s({ versions: both })));
    expect(cn.version).toBe('tlsv1.3');
    expect(cn.resumed).toBeFalsy();
  });

  it('resumes with the session suite even when the listener now prefers another', () => {
    const cache = new LruSessionCache();
    const sessions = new LruSessionCache();
    const aes128 = suiteRows([CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256]);
    connected(handshake(c(cache), s({ sessionCache: sessions, suites: aes128 })));
    const { cn } = connected(handshake(c(cache), s({ sessionCache: sessions, honorCipherOrder: true })));
    expect(cn.resumed).toBe(true);
    expect(cn.suite).toBe(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256);
  });
});

describe('TLS 1.2 tickets', () => {
  const crypto = getProvider();
  const key = crypto.randomBytes(32);
  const state = {
    cipher_suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
    issued_at: BigInt(Date.now()),
    ticket_lifetime: 7200,
    extended_master_secret: 1,
    encrypt_then_mac: 0,
    master_secret: crypto.randomBytes(48),
    server_name: new Uint8Array(0),
    peer_chain: [],
  };

  it('open under their key only, and never as a TLS 1.3 ticket nor from one', () => {
    const ticket = sealTicket12(crypto, key, state) ?? new Uint8Array(0);
    expect(same(openTicket12(crypto, key, ticket, Date.now())?.master_secret, state.master_secret)).toBe(
      true,
    );
    expect(openTicket12(crypto, crypto.randomBytes(32), ticket, Date.now())).toBeUndefined();
    const t13 = sealTicket(crypto, key, {
      cipher_suite: CipherSuite.TLS_AES_128_GCM_SHA256,
      issued_at: BigInt(Date.now()),
      ticket_lifetime: 7200,
      ticket_age_add: 0,
      psk: crypto.randomBytes(32),
      alpn: new Uint8Array(0),
      server_name: new Uint8Array(0),
      peer_certificate: new Uint8Array(0),
    });
    expect(openTicket12(crypto, key, t13, Date.now())).toBeUndefined();
    expect(openTicket12(crypto, key, Uint8Array.of(1, 2, 3), Date.now())).toBeUndefined();
  });

  it('are not sealed when the state would not fit in a NewSessionTicket', () => {
    const huge = [new Uint8Array(40_000), new Uint8Array(30_000)];
    expect(sealTicket12(crypto, key, { ...state, peer_chain: huge })).toBeUndefined();
  });
});
