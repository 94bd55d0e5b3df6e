// TLS 1.2 resumption of CBC sessions between our client and our server, in memory: a session
// keeps encrypt_then_mac when resumed by ID or by ticket, a resumption that would fall back to
// MAC-then-encrypt becomes a full handshake on the server and is refused by the client (RFC 7366
// section 3.1), and taking encrypt_then_mac up on resumption is allowed.
import { getProvider } from '@otpnet/crypto';
import { CipherSuite, type ServerHello12 } from '@otpnet/tls-spec';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../../../test/support/tls-pki.js';
import type { StoredSession, TlsConfig, TlsVersionName } from '../src/config/config.js';
import { suiteRows } from '../src/config/defaults.js';
import { LruSessionCache } from '../src/config/session-cache.js';
import { AlertError } from '../src/errors.js';
import type { ClientOffer } from '../src/handshake/client-hello.js';
import { resumptionOf } from '../src/handshake/client12-resume.js';
import { openTicket12 } from '../src/handshake/tickets12.js';
import { caOf, certOf, concat, config, handshake } from './support/pair.js';

let pki: Pki;
const enc = new TextEncoder();
const TLS12: TlsVersionName[] = ['tlsv1.2'];
const KEY = 'localhost:443';
const SUITES = suiteRows([CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256]);

beforeAll(async () => {
  pki = await makePki();
}, 60_000);

describe.each(['node', 'noble'] as const)('TLS 1.2 CBC resumption in memory (%s provider)', (provider) => {
  const c = (cache: LruSessionCache, over: Partial<TlsConfig> = {}) =>
    config(
      'client',
      {
        versions: TLS12,
        suites: SUITES,
        cacerts: caOf(pki.ca.cert),
        serverName: 'localhost',
        verifyHostname: 'localhost',
        sessionCache: cache,
        sessionKey: KEY,
        ...over,
      },
      provider,
    );
  const s = (over: Partial<TlsConfig> = {}) =>
    config(
      'server',
      { versions: TLS12, suites: SUITES, certs: [certOf(pki.serverEcdsa)], ...over },
      provider,
    );

  /** Connected, data both ways; what each side negotiated. */
  const connected = (p: ReturnType<typeof handshake>) => {
    expect(p.client.error).toBeUndefined();
    expect(p.server.error).toBeUndefined();
    p.client.conn.send(enc.encode('ping'));
    p.server.conn.send(enc.encode('pong'));
    p.run();
    expect(Buffer.from(concat(p.server.received)).toString()).toBe('ping');
    expect(Buffer.from(concat(p.client.received)).toString()).toBe('pong');
    return { cn: p.client.conn.negotiated, sn: p.server.conn.negotiated };
  };

  it('keeps encrypt_then_mac when the session is resumed by its ID', () => {
    const cache = new LruSessionCache();
    const server = s({ sessionCache: new LruSessionCache() });
    const first = connected(handshake(c(cache), server));
    expect(first.cn.encryptThenMac).toBe(true);
    expect(cache.get(KEY)?.encryptThenMac).toBe(true);
    const { cn, sn } = connected(handshake(c(cache), server));
    expect(cn.resumed && sn.resumed).toBe(true);
    expect(cn.encryptThenMac && sn.encryptThenMac).toBe(true);
  });

  it('keeps encrypt_then_mac when the session is resumed by its ticket, which records it', () => {
    const cache = new LruSessionCache();
    const ticketKey = getProvider(provider).randomBytes(32);
    const server = s({ sessionTickets: true, ticketKey });
    connected(handshake(c(cache, { sessionTickets: true }), server));
    const ticket = cache.get(KEY)?.ticket ?? new Uint8Array(0);
    expect(openTicket12(getProvider(provider), ticketKey, ticket, Date.now())?.encrypt_then_mac).toBe(1);
    const { cn, sn } = connected(handshake(c(cache, { sessionTickets: true }), server));
    expect(cn.resumed && sn.resumed).toBe(true);
    expect(cn.encryptThenMac && sn.encryptThenMac).toBe(true);
  });

  it('gives a full handshake to a client that offers an encrypt_then_mac session without it', () => {
    const cache = new LruSessionCache();
    const server = s({ sessionCache: new LruSessionCache() });
    connected(handshake(c(cache), server));
    const { cn, sn } = connected(handshake(c(cache, { encryptThenMac: false }), server));
    expect(cn.resumed || sn.resumed).toBe(false);
    expect(cn.encryptThenMac || sn.encryptThenMac).toBe(false);
  });

  it('gives a full handshake when the server no longer grants encrypt_then_mac', () => {
    const cache = new LruSessionCache();
    const sessions = new LruSessionCache();
    connected(handshake(c(cache), s({ sessionCache: sessions })));
    const { cn, sn } = connected(handshake(c(cache), s({ sessionCache: sessions, encryptThenMac: false })));
    expect(cn.resumed || sn.resumed).toBe(false);
    expect(cn.encryptThenMac).toBe(false);
  });

  it('takes encrypt_then_mac up when a MAC-then-encrypt session is resumed', () => {
    const cache = new LruSessionCache();
    const server = s({ sessionCache: new LruSessionCache() });
    const first = connected(handshake(c(cache, { encryptThenMac: false }), server));
    expect(first.cn.encryptThenMac).toBe(false);
    const { cn, sn } = connected(handshake(c(cache), server));
    expect(cn.resumed && sn.resumed).toBe(true);
    expect(cn.encryptThenMac && sn.encryptThenMac).toBe(true);
  });
});

describe('the client refuses a resumption that drops encrypt_then_mac', () => {
  const id = Uint8Array.from({ length: 32 }, (_, i) => i);
  const session = {
    version: 'tlsv1.2',
    host: KEY,
    suite: CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256,
    ticket: new Uint8Array(0),
    secret: new Uint8Array(48),
    ageAdd: 0,
    receivedAt: 0,
    lifetime: 7200,
    peerChain: [],
    sessionId: id,
    extendedMasterSecret: true,
    encryptThenMac: true,
  } satisfies StoredSession;
  const offer = {
    sessionId: id,
    resume12: { session, sessionId: id, ticket: undefined },
  } as unknown as ClientOffer;
  const hello = {
    server_version: 0x0303,
    random: new Uint8Array(32),
    session_id: id,
    cipher_suite: session.suite,
    compression_method: 0,
    extensions: [],
  } as ServerHello12;

  it('with handshake_failure (RFC 7366 section 3.1), and takes the resumption that keeps it', () => {
    expect(resumptionOf(offer, hello, true, true).resumed).toBe(session);
    let caught: unknown;
    try {
      resumptionOf(offer, hello, true, false);
    } catch (e) {
      caught = e;
    }
    expect(caught instanceof AlertError && caught.alert).toBe('handshake_failure');
  });
});
