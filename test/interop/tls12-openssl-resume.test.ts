// TLS 1.2 session resumption against a real OpenSSL over loopback TCP: `openssl s_client -tls1_2`
// saves its session (-sess_out) and resumes it (-sess_in) against our server, by session ID
// (-no_ticket) and by RFC 5077 ticket; and our client resumes with `openssl s_server -tls1_2`,
// which issues tickets by default and session IDs with -no_ticket. Every connection is bounded
// in time.
import net from 'node:net';
import path from 'node:path';
import { getProvider } from '@otpnet/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TlsConfig } from '../../packages/tls/src/config/config.js';
import { LruSessionCache } from '../../packages/tls/src/config/session-cache.js';
import { Connection } from '../../packages/tls/src/connection.js';
import type { AlertError } from '../../packages/tls/src/errors.js';
import { Client13Driver } from '../../packages/tls/src/handshake/client13.js';
import { ServerEntryDriver } from '../../packages/tls/src/handshake/server-entry.js';
import { caOf, certOf, config } from '../../packages/tls/test/support/pair.js';
import { missingPeers } from '../support/peers.js';
import { runOpensslClient, startOpensslServer, stopAll } from '../support/tls-peers.js';
import { makePki, type Pki } from '../support/tls-pki.js';

const TIMEOUT_MS = 10_000;
const KEY = 'localhost:openssl';
let pki: Pki;

/** A Connection over a socket: records both ways, data collected, failure or close ends it. */
function attach(
  socket: net.Socket,
  cfg: TlsConfig,
  role: 'client' | 'server',
  onData?: (c: Connection) => void,
) {
  let received = Buffer.alloc(0);
  let fail: (e: Error) => void = () => {};
  let ready: () => void = () => {};
  const handshake = new Promise<void>((resolve, reject) => {
    ready = resolve;
    fail = reject;
  });
  const conn = new Connection(
    cfg,
    {
      output: (chunks) => socket.write(Buffer.concat(chunks)),
      data: (d) => {
        received = Buffer.concat([received, d]);
        onData?.(conn);
      },
      handshakeDone: () => ready(),
      peerClosed: () => conn.close(),
      failed: (e: AlertError) => fail(e),
    },
    role === 'client' ? (h) => new Client13Driver(h) : (h) => new ServerEntryDriver(h),
  );
  socket.on('data', (d) => conn.receive(new Uint8Array(d)));
  socket.on('error', (e) => fail(e));
  return { conn, handshake, received: () => received };
}

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new RangeError(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RangeError(`timed out: ${what}`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

describe.skipIf(missingPeers('openssl'))('TLS 1.2 resumption against OpenSSL', () => {
  beforeAll(async () => {
    pki = await makePki();
  }, 60_000);

  afterAll(async () => {
    await stopAll();
  });

  /** Our server on a loopback port, answering each line with `pong <line>`; connections kept. */
  async function ourServer(cfg: TlsConfig) {
    const served: ReturnType<typeof attach>[] = [];
    const sockets: net.Socket[] = [];
    const server = net.createServer((socket) => {
      sockets.push(socket);
      const end = attach(socket, cfg, 'server', (conn) => {
        if (end.received().toString().endsWith('\n') && conn.state === 'open')
          conn.send(new TextEncoder().encode(`pong ${end.received().toString()}`));
      });
      served.push(end);
      end.handshake.catch(() => socket.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    const close = async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    };
    return { port, served, close };
  }

  const listeners = [
    ['session ID', ['-no_ticket'], () => ({ sessionCache: new LruSessionCache() })],
    ['ticket', [], () => ({ sessionTickets: true, ticketKey: getProvider().randomBytes(32) })],
  ] as const;

  it.each(listeners)('s_client -tls1_2 resumes by %s with our server', async (name, flags, listen) => {
    const cfg = config('server', {
      versions: ['tlsv1.3', 'tlsv1.2'],
      certs: [certOf(pki.serverEcdsa)],
      ...listen(),
    });
    const srv = await ourServer(cfg);
    const sess = path.join(pki.dir, `s_client-${name.replace(' ', '-')}.pem`);
    const run = (sessionArgs: string[]) =>
      runOpensslClient(
        [
          '-tls1_2',
          '-CAfile',
          pki.ca.cert,
          '-verify_return_error',
          '-servername',
          'localhost',
          ...flags,
          ...sessionArgs,
        ],
        'ping\n',
        { port: srv.port, timeoutMs: TIMEOUT_MS, waitFor: /pong ping/ },
      );
    try {
      const first = await run(['-sess_out', sess]);
      expect(first.timedOut).toBe(false);
      expect(first.stdout).toContain('pong ping');
      expect(first.output).toMatch(/New, TLSv1\.2, Cipher is/);
      const again = await run(['-sess_in', sess]);
      expect(again.timedOut).toBe(false);
      expect(again.stdout).toContain('pong ping');
      expect(again.output).toMatch(/Reused, TLSv1\.2, Cipher is/);
      expect(srv.served.map((s) => s.conn.negotiated.resumed)).toEqual([false, true]);
      const [a, b] = srv.served.map((s) => Buffer.from(s.conn.negotiated.masterSecret ?? []));
      expect(a?.equals(b ?? Buffer.alloc(0))).toBe(true);
    } finally {
      await srv.close();
    }
  });

  it('s_client is refused a ticket sealed by another listener, and gets a full handshake', async () => {
    const make = () =>
      config('server', {
        versions: ['tlsv1.2'],
        certs: [certOf(pki.serverEcdsa)],
        sessionTickets: true,
        ticketKey: getProvider().randomBytes(32),
      });
    const [one, two] = [await ourServer(make()), await ourServer(make())];
    const sess = path.join(pki.dir, 's_client-other-key.pem');
    const run = (port: number, sessionArgs: string[]) =>
      runOpensslClient(
        ['-tls1_2', '-CAfile', pki.ca.cert, '-servername', 'localhost', ...sessionArgs],
        'ping\n',
        {
          port,
          timeoutMs: TIMEOUT_MS,
          waitFor: /pong ping/,
        },
      );
    try {
      expect((await run(one.port, ['-sess_out', sess])).output).toMatch(/New, TLSv1\.2/);
      const again = await run(two.port, ['-sess_in', sess]);
      expect(again.stdout).toContain('pong ping');
      expect(again.output).toMatch(/New, TLSv1\.2/);
      expect(two.served[0]?.conn.negotiated.resumed).toBe(false);
    } finally {
      await one.close();
      await two.close();
    }
  });

  /** Our client against `s_server …args -rev`, `count` connections in a row sharing one session cache. */
  async function clientRuns(args: string[], over: Partial<TlsConfig>, count: number): Promise<Connection[]> {
    const srv = await startOpensslServer([...args, '-rev', '-naccept', String(count)], {
      lifetimeMs: 30_000,
    });
    const conns: Connection[] = [];
    try {
      for (let i = 0; i < count; i++) {
        const socket = net.connect(srv.port, '127.0.0.1');
        try {
          const cfg = config('client', {
            versions: ['tlsv1.2'],
            cacerts: caOf(pki.ca.cert),
            serverName: 'localhost',
            verifyHostname: 'localhost',
            sessionKey: KEY,
            ...over,
          });
          const end = attach(socket, cfg, 'client');
          await withTimeout(
            new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject)),
            TIMEOUT_MS,
            'connect',
          );
          end.conn.start();
          await withTimeout(end.handshake, TIMEOUT_MS, 'handshake');
          end.conn.send(new TextEncoder().encode('hello\n'));
          await until(() => end.received().toString() === 'olleh\n', TIMEOUT_MS, 'the reversed line');
          end.conn.close();
          conns.push(end.conn);
        } finally {
          socket.destroy();
        }
      }
      return conns;
    } finally {
      await srv.stop();
    }
  }

  const keyArgs = () => [
    '-cert',
    pki.serverEcdsa.cert,
    '-key',
    pki.serverEcdsa.key,
    '-cert_chain',
    pki.intermediate.cert,
  ];

  it.each(['node', 'noble'] as const)(
    'our client resumes by ticket with s_server -tls1_2 (%s provider)',
    async (p) => {
      const cache = new LruSessionCache();
      const conns = await clientRuns(
        ['-tls1_2', ...keyArgs()],
        { sessionTickets: true, sessionCache: cache, crypto: getProvider(p) },
        3,
      );
      expect(conns.map((c) => c.negotiated.resumed)).toEqual([false, true, true]);
      expect(cache.get(KEY)?.ticket.length).toBeGreaterThan(0);
      const masters = conns.map((c) => Buffer.from(c.negotiated.masterSecret ?? []).toString('hex'));
      expect(new Set(masters).size).toBe(1);
      expect(conns[2]?.negotiated.peerChain?.length).toBe(2);
    },
  );

  it.each(['node', 'noble'] as const)(
    'our client resumes by session ID with s_server -tls1_2 -no_ticket (%s provider)',
    async (p) => {
      const cache = new LruSessionCache();
      const conns = await clientRuns(
        ['-tls1_2', '-no_ticket', ...keyArgs()],
        { sessionTickets: true, sessionCache: cache, crypto: getProvider(p) },
        2,
      );
      expect(conns.map((c) => c.negotiated.resumed)).toEqual([false, true]);
      const stored = cache.get(KEY);
      expect(stored?.ticket.length).toBe(0);
      expect(stored?.sessionId?.length).toBe(32);
    },
  );

  it('our client without tickets resumes by session ID with s_server defaults', async () => {
    const cache = new LruSessionCache();
    const conns = await clientRuns(['-tls1_2', ...keyArgs()], { sessionCache: cache }, 2);
    expect(conns.map((c) => c.negotiated.resumed)).toEqual([false, true]);
  });
});
