// Our TLS 1.3 client against our TLS 1.3 server, in memory: the handshake variants, the data
// path, and the alert each side sends or gets when something is wrong.
import { CipherSuite, NamedGroup } from '@otpnet/tls-spec';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../../../test/support/tls-pki.js';
import { suiteRows } from '../src/config/defaults.js';
import { LruSessionCache } from '../src/config/session-cache.js';
import { caOf, certOf, concat, config, handshake, pair } from './support/pair.js';

let pki: Pki;
const enc = new TextEncoder();

beforeAll(async () => {
  pki = await makePki();
});

const client = (over = {}) =>
  config('client', {
    cacerts: caOf(pki.ca.cert),
    serverName: 'localhost',
    verifyHostname: 'localhost',
    ...over,
  });
const server = (over = {}) => config('server', { certs: [certOf(pki.serverEcdsa)], ...over });

describe.each(['node', 'noble'] as const)('TLS 1.3 in memory (%s provider)', (provider) => {
  const c = (over = {}) => ({ ...client(over), ...config('client', {}, provider), ...client(over) });
  const s = (over = {}) => ({ ...server(over), crypto: config('server', {}, provider).crypto });

  it('completes a full handshake and carries data both ways', () => {
    const p = handshake(c(), s());
    expect(p.client.error).toBeUndefined();
    expect(p.server.error).toBeUndefined();
    expect(p.client.handshakeDone && p.server.handshakeDone).toBe(true);
    expect(p.client.conn.negotiated.version).toBe('tlsv1.3');
    expect(p.server.conn.negotiated.serverName).toBe('localhost');
    p.client.conn.send(enc.encode('ping'));
    p.run();
    expect(Buffer.from(concat(p.server.received)).toString()).toBe('ping');
    const big = new Uint8Array(100_000).map((_, i) => i * 7);
    p.server.conn.send(big);
    p.run();
    expect(Buffer.compare(concat(p.client.received), big)).toBe(0);
  });

  it('sends the server flight in one output and the client flight in one output', () => {
    const p = handshake(c(), s());
    // ServerHello, CCS, EE, Certificate, CertificateVerify, Finished: one write.
    expect(p.server.flights[0]?.length).toBeGreaterThanOrEqual(6);
    // ClientHello, then CCS + Finished.
    expect(p.client.flights.length).toBe(2);
  });

  it.each([
    CipherSuite.TLS_AES_128_GCM_SHA256,
    CipherSuite.TLS_AES_256_GCM_SHA384,
    CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
  ])('negotiates suite 0x%s', (suite) => {
    const p = handshake(c({ suites: suiteRows([suite]) }), s());
    expect(p.client.conn.negotiated.suite).toBe(suite);
    p.client.conn.send(enc.encode('x'));
    p.run();
    expect(p.server.received.length).toBe(1);
  });

  it('retries with the group the server asks for (HelloRetryRequest)', () => {
    const p = handshake(
      c({ groups: [NamedGroup.x25519, NamedGroup.secp384r1], keyShares: 1 }),
      s({ groups: [NamedGroup.secp384r1] }),
    );
    expect(p.client.error).toBeUndefined();
    expect(p.client.conn.negotiated.group).toBe(NamedGroup.secp384r1);
    expect(p.server.conn.negotiated.group).toBe(NamedGroup.secp384r1);
  });

  it('uses an ffdhe group', () => {
    const p = handshake(c({ groups: [NamedGroup.ffdhe2048] }), s({ groups: [NamedGroup.ffdhe2048] }));
    expect(p.client.error).toBeUndefined();
    expect(p.client.conn.negotiated.group).toBe(NamedGroup.ffdhe2048);
  });

  it.each(['serverRsa', 'serverEd25519', 'serverP384'] as const)('authenticates with %s', (name) => {
    const p = handshake(c(), s({ certs: [certOf(pki[name])] }));
    expect(p.client.error).toBeUndefined();
    expect(p.client.handshakeDone).toBe(true);
  });

  it('agrees on ALPN, and refuses with no_application_protocol when there is none in common', () => {
    const h2 = enc.encode('h2');
    const http11 = enc.encode('http/1.1');
    const p = handshake(c({ alpn: [h2, http11] }), s({ alpn: [http11] }));
    expect(Buffer.from(p.client.conn.negotiated.alpn ?? []).toString()).toBe('http/1.1');
    const q = handshake(c({ alpn: [h2] }), s({ alpn: [http11] }));
    expect(q.server.error?.alert).toBe('no_application_protocol');
    expect(q.client.error?.alert).toBe('no_application_protocol');
    expect(q.client.error?.origin).toBe('remote');
  });

  it('authenticates the client when the server asks', () => {
    const p = handshake(
      c({ certs: [certOf(pki.client)] }),
      s({ verify: true, cacerts: caOf(pki.ca.cert), failIfNoPeerCert: true }),
    );
    expect(p.server.error).toBeUndefined();
    expect(p.server.conn.negotiated.peerChain?.length).toBe(1);
  });

  it('answers a missing client certificate with certificate_required', () => {
    const p = handshake(c(), s({ verify: true, cacerts: caOf(pki.ca.cert), failIfNoPeerCert: true }));
    expect(p.server.error?.alert).toBe('certificate_required');
    expect(p.client.error?.alert).toBe('certificate_required');
  });

  it.each([
    ['untrusted', 'unknown_ca'],
    ['expired', 'certificate_expired'],
    ['wrongHost', 'handshake_failure'],
  ] as const)('refuses the %s server certificate with %s', (name, alertName) => {
    const p = handshake(c(), s({ certs: [certOf(pki[name])] }));
    expect(p.client.error?.alert).toBe(alertName);
    expect(p.server.error?.alert).toBe(alertName);
    expect(p.server.error?.origin).toBe('remote');
  });

  it('fails with handshake_failure when no suite is shared', () => {
    const p = handshake(
      c({ suites: suiteRows([CipherSuite.TLS_AES_128_GCM_SHA256]) }),
      s({ suites: suiteRows([CipherSuite.TLS_AES_256_GCM_SHA384]) }),
    );
    expect(p.server.error?.alert).toBe('handshake_failure');
    expect(p.client.error?.alert).toBe('handshake_failure');
  });

  it('updates keys both ways on request, and automatically at the record limit', () => {
    const p = handshake(c({ keyUpdateAt: 5 }), s());
    p.server.conn.updateKeys(true);
    p.run();
    for (let i = 0; i < 12; i++) p.client.conn.send(enc.encode(`m${i}`));
    p.server.conn.send(enc.encode('after'));
    p.run();
    expect(p.server.error).toBeUndefined();
    expect(p.client.error).toBeUndefined();
    expect(p.server.received.length).toBe(12);
    expect(Buffer.from(concat(p.client.received)).toString()).toBe('after');
  });

  it('writes SSLKEYLOGFILE lines on both sides that agree', () => {
    const lines: Record<string, string[]> = { c: [], s: [] };
    handshake(c({ keylog: (l: string) => lines.c?.push(l) }), s({ keylog: (l: string) => lines.s?.push(l) }));
    expect(lines.c?.map((l) => l.split(' ')[0])).toEqual([
      'CLIENT_HANDSHAKE_TRAFFIC_SECRET',
      'SERVER_HANDSHAKE_TRAFFIC_SECRET',
      'CLIENT_TRAFFIC_SECRET_0',
      'SERVER_TRAFFIC_SECRET_0',
      'EXPORTER_SECRET',
    ]);
    expect(lines.s).toEqual(lines.c);
  });

  it('half-closes with close_notify', () => {
    const p = handshake(c(), s());
    p.client.conn.close();
    p.run();
    expect(p.server.peerClosed).toBe(true);
    p.server.conn.send(enc.encode('still open'));
    p.run();
    expect(p.client.received.length).toBe(1);
    p.server.conn.close();
    p.run();
    expect(p.client.conn.state).toBe('closed');
    expect(p.server.conn.state).toBe('closed');
  });

  it('answers a corrupted record with bad_record_mac', () => {
    const p = handshake(c(), s());
    p.tamper = (chunk, from) => {
      if (from === 'client' && chunk[0] === 23) chunk[chunk.length - 1] = (chunk.at(-1) ?? 0) ^ 1;
      return chunk;
    };
    p.client.conn.send(enc.encode('x'));
    p.run();
    expect(p.server.error?.alert).toBe('bad_record_mac');
    expect(p.client.error?.alert).toBe('bad_record_mac');
  });

  it('answers garbage with an alert and loses no state', () => {
    const p = handshake(c(), s());
    p.toServer(Uint8Array.of(99, 3, 3, 0, 1, 0));
    expect(p.server.error?.alert).toBe('unexpected_message');
    expect(p.server.conn.state).toBe('failed');
  });
});

describe.each(['node', 'noble'] as const)('TLS 1.3 resumption in memory (%s provider)', (provider) => {
  const ticketKey = new Uint8Array(32).fill(7);
  const setup = () => {
    const cache = new LruSessionCache();
    const c = () => ({
      ...client(),
      crypto: config('client', {}, provider).crypto,
      sessionTickets: true,
      sessionCache: cache,
      sessionKey: 'localhost:443',
    });
    const s = (over = {}) => ({
      ...server(),
      crypto: config('server', {}, provider).crypto,
      sessionTickets: true,
      ticketKey,
      ...over,
    });
    return { cache, c, s };
  };

  it('resumes with a ticket from the first connection, without certificates', () => {
    const { cache, c, s } = setup();
    const first = handshake(c(), s());
    expect(first.client.error).toBeUndefined();
    expect(cache.get('localhost:443')?.version).toBe('tlsv1.3');
    const again = handshake(c(), s());
    expect(again.client.error).toBeUndefined();
    expect(again.server.error).toBeUndefined();
    expect(again.client.conn.negotiated.resumed).toBe(true);
    expect(again.server.conn.negotiated.resumed).toBe(true);
    // ServerHello, CCS, EncryptedExtensions, Finished: no Certificate or CertificateVerify.
    expect(again.server.flights[0]?.length).toBe(4);
    again.client.conn.send(enc.encode('resumed'));
    again.run();
    expect(Buffer.from(concat(again.server.received)).toString()).toBe('resumed');
  });

  it('runs a full handshake for a ticket under another key, and for a stale one', () => {
    const { c, s } = setup();
    handshake(c(), s());
    const other = handshake(c(), s({ ticketKey: new Uint8Array(32).fill(9) }));
    expect(other.client.error).toBeUndefined();
    expect(other.client.conn.negotiated.resumed).toBe(false);
    const later = Date.now() + 3 * 3600_000;
    const stale = handshake({ ...c(), now: () => later }, { ...s(), now: () => later });
    expect(stale.client.error).toBeUndefined();
    expect(stale.server.conn.negotiated.resumed).toBeFalsy();
  });

  it('answers a damaged binder with decrypt_error', () => {
    const { c, s } = setup();
    handshake(c(), s());
    const p = pair(c(), s());
    p.tamper = (chunk, from) => {
      if (from === 'client' && chunk[5] === 1) chunk[chunk.length - 1] = (chunk.at(-1) ?? 0) ^ 1;
      return chunk;
    };
    p.client.conn.start();
    p.run();
    expect(p.server.error?.alert).toBe('decrypt_error');
  });
});
