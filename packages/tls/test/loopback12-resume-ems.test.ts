// TLS 1.2 resumption and the extended master secret (RFC 7627 section 5.3), in memory with both
// providers: a session with EMS offered without it ends the handshake on the server, a resuming
// ServerHello without it ends it on the client, and sessions without EMS are neither issued,
// offered nor resumed. The hellos are rewritten on the wire to take the extension away.
import { getProvider } from '@otpnet/crypto';
import { decodeHandshake12, ExtensionType, KeyExchangeAlgorithm } from '@otpnet/tls-spec';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../../../test/support/tls-pki.js';
import type { StoredSession, TlsConfig, TlsVersionName } from '../src/config/config.js';
import { LruSessionCache } from '../src/config/session-cache.js';
import { caOf, certOf, config, handshake, pair } from './support/pair.js';

let pki: Pki;
const TLS12: TlsVersionName[] = ['tlsv1.2'];
const KEY = 'localhost:443';
const EMS = ExtensionType.extended_master_secret;

beforeAll(async () => {
  pki = await makePki();
}, 60_000);

/** Where the extensions of the hello that opens this handshake record start, or -1. */
function extensionsAt(chunk: Uint8Array): number {
  if (chunk[0] !== 22 || (chunk[5] !== 1 && chunk[5] !== 2)) return -1;
  // Record header, handshake header, version, random, then the session ID.
  let at = 5 + 4 + 2 + 32;
  at += 1 + (chunk[at] ?? 0);
  if (chunk[5] === 1) {
    at += 2 + (((chunk[at] ?? 0) << 8) | (chunk[at + 1] ?? 0));
    at += 1 + (chunk[at] ?? 0);
  } else at += 3;
  return at + 2;
}

/** Renames extension `from` of a ClientHello or ServerHello record to `to`, in place. */
function rename(chunk: Uint8Array, from: number, to: number): Uint8Array {
  let at = extensionsAt(chunk);
  if (at < 0) return chunk;
  while (at + 4 <= chunk.length) {
    const type = ((chunk[at] ?? 0) << 8) | (chunk[at + 1] ?? 0);
    const length = ((chunk[at + 2] ?? 0) << 8) | (chunk[at + 3] ?? 0);
    if (type === from) {
      chunk[at] = to >> 8;
      chunk[at + 1] = to & 0xff;
    }
    at += 4 + length;
  }
  return chunk;
}

/** The first hello (1: ClientHello, 2: ServerHello) in these flights, decoded. */
function helloIn(flights: readonly Uint8Array[][], type: 1 | 2) {
  for (const chunk of flights.flat()) {
    if (chunk[0] !== 22 || chunk[5] !== type) continue;
    const length = ((chunk[6] ?? 0) << 16) | ((chunk[7] ?? 0) << 8) | (chunk[8] ?? 0);
    const m = decodeHandshake12(chunk.subarray(5, 9 + length), {
      kex: KeyExchangeAlgorithm.ec_diffie_hellman,
    });
    if (m.body.case === 'client_hello' || m.body.case === 'server_hello') return m.body.value;
  }
  throw new RangeError('no hello in the flights');
}

describe.each(['node', 'noble'] as const)('TLS 1.2 resumption and EMS (%s provider)', (provider) => {
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
  const s = (over: Partial<TlsConfig> = {}) =>
    config('server', { versions: TLS12, certs: [certOf(pki.serverEcdsa)], ...over }, provider);
  /** A listener that resumes by session ID or by ticket (built in the test: the PKI comes first). */
  const listener = (by: string) =>
    by === 'ticket'
      ? s({ sessionTickets: true, ticketKey: getProvider(provider).randomBytes(32) })
      : s({ sessionCache: new LruSessionCache() });
  const BY = ['session ID', 'ticket'];

  it.each(BY)('the server ends a resumption by %s offered without EMS', (by) => {
    const server = listener(by);
    const tickets = by === 'ticket';
    const cache = new LruSessionCache();
    expect(handshake(c(cache, { sessionTickets: tickets }), server).client.error).toBeUndefined();
    const p = pair(c(cache, { sessionTickets: tickets }), server);
    p.tamper = (chunk, from) => (from === 'client' ? rename(chunk, EMS, 0xfe17) : chunk);
    p.client.conn.start();
    p.run();
    expect(p.server.error?.alert).toBe('handshake_failure');
    expect(p.server.error?.detail).toMatch(/extended master secret/);
    expect(p.client.error?.alert).toBe('handshake_failure');
    expect(p.client.error?.origin).toBe('remote');
  });

  it.each(BY)('the client ends a resumption by %s answered without EMS', (by) => {
    const server = listener(by);
    const cache = new LruSessionCache();
    // Tickets on at the client, so that the renamed extension (session_ticket) is one it offered.
    expect(handshake(c(cache, { sessionTickets: true }), server).client.error).toBeUndefined();
    const p = pair(c(cache, { sessionTickets: true }), server);
    p.tamper = (chunk, from) =>
      from === 'server' ? rename(chunk, EMS, ExtensionType.session_ticket) : chunk;
    p.client.conn.start();
    p.run();
    expect(p.client.error?.alert).toBe('handshake_failure');
    expect(p.client.error?.detail).toMatch(/extended master secret/);
    expect(p.client.error?.origin).toBe('local');
  });

  it('the server issues neither a session ID nor a ticket for a handshake without EMS', () => {
    const server = s({
      sessionCache: new LruSessionCache(),
      sessionTickets: true,
      ticketKey: getProvider(provider).randomBytes(32),
    });
    const p = pair(c(new LruSessionCache(), { sessionTickets: true }), server);
    p.tamper = (chunk, from) => (from === 'client' ? rename(chunk, EMS, 0xfe17) : chunk);
    p.client.conn.start();
    p.run();
    const sh = helloIn(p.server.flights, 2);
    expect(sh.session_id.length).toBe(0);
    expect(sh.extensions?.some((e) => e.extension_type === ExtensionType.session_ticket)).toBe(false);
    // The client hashed the extension the server did not see: the Finished messages disagree.
    expect(p.server.error?.alert).toBe('decrypt_error');
  });

  /** A session both ends know under `id`, as if from an earlier handshake. */
  const session = (id: Uint8Array, ems: boolean, host: string): StoredSession => ({
    version: 'tlsv1.2',
    host,
    suite: 0xc02b,
    ticket: new Uint8Array(0),
    secret: getProvider(provider).randomBytes(48),
    ageAdd: 0,
    receivedAt: Date.now(),
    lifetime: 7200,
    peerChain: [],
    sessionId: id,
    extendedMasterSecret: ems,
  });

  it('the server does not resume a session without EMS, even offered with EMS', () => {
    const id = getProvider(provider).randomBytes(32);
    const sessions = new LruSessionCache();
    sessions.put(Buffer.from(id).toString('hex'), session(id, false, 'localhost'));
    const cache = new LruSessionCache();
    cache.put(KEY, session(id, true, KEY));
    const p = handshake(c(cache), s({ sessionCache: sessions }));
    expect(Buffer.from(helloIn(p.client.flights, 1).session_id).equals(Buffer.from(id))).toBe(true);
    expect(p.client.error).toBeUndefined();
    expect(p.server.error).toBeUndefined();
    expect(p.server.conn.negotiated.resumed).toBe(false);
    expect(p.client.conn.negotiated.resumed).toBe(false);
  });

  it('the client does not offer a session without EMS', () => {
    const id = getProvider(provider).randomBytes(32);
    const cache = new LruSessionCache();
    cache.put(KEY, session(id, false, KEY));
    const p = handshake(c(cache), s({ sessionCache: new LruSessionCache() }));
    expect(p.client.error).toBeUndefined();
    expect(helloIn(p.client.flights, 1).session_id.length).toBe(0);
    // The full handshake's session (with EMS) replaces it.
    expect(cache.get(KEY)?.extendedMasterSecret).toBe(true);
  });

  it('a session resumed with EMS keeps it on both sides', () => {
    const cache = new LruSessionCache();
    const server = s({ sessionCache: new LruSessionCache() });
    handshake(c(cache), server);
    const p = handshake(c(cache), server);
    expect(p.client.conn.negotiated.resumed).toBe(true);
    expect(helloIn(p.server.flights, 2).extensions?.some((e) => e.extension_type === EMS)).toBe(true);
    expect(
      p.client.conn.negotiated.extendedMasterSecret && p.server.conn.negotiated.extendedMasterSecret,
    ).toBe(true);
  });
});
