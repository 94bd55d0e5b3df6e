// Our sans-IO TLS 1.2 client and server against a real OpenSSL over loopback TCP: our client
// against `openssl s_server -tls1_2 -rev` for each kind of key exchange and authentication, and
// `openssl s_client -tls1_2` against our server, with the master secret checked through OpenSSL's
// own keylog. Every connection is bounded in time.
import { readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { CipherSuite } from '@otpnet/tls-spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TlsConfig } from '../../packages/tls/src/config/config.js';
import { suiteRows } from '../../packages/tls/src/config/defaults.js';
import { Connection } from '../../packages/tls/src/connection.js';
import type { AlertError } from '../../packages/tls/src/errors.js';
import { Client13Driver } from '../../packages/tls/src/handshake/client13.js';
import { hasDowngradeMarker } from '../../packages/tls/src/handshake/downgrade.js';
import { ServerEntryDriver } from '../../packages/tls/src/handshake/server-entry.js';
import { caOf, certOf, config } from '../../packages/tls/test/support/pair.js';
import { missingPeers } from '../support/peers.js';
import { runOpensslClient, startOpensslServer, stopAll } from '../support/tls-peers.js';
import { makePki, type Pki } from '../support/tls-pki.js';

const TIMEOUT_MS = 10_000;
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

/** Resolves when `check` holds, polling; rejects after `ms`. */
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

describe.skipIf(missingPeers('openssl'))('TLS 1.2 against OpenSSL', () => {
  beforeAll(async () => {
    pki = await makePki();
  }, 60_000);

  afterAll(async () => {
    await stopAll();
  });

  const clientCases = [
    ['ECDHE-ECDSA-AES128-GCM-SHA256', CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, 'serverEcdsa'],
    ['ECDHE-RSA-CHACHA20-POLY1305', CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, 'serverRsa'],
    ['DHE-RSA-AES256-GCM-SHA384', CipherSuite.TLS_DHE_RSA_WITH_AES_256_GCM_SHA384, 'serverRsa'],
  ] as const;

  /** Our client against `s_server …args -rev`: a handshake, then one line out and reversed back. */
  async function clientAgainst(args: string[], cfg: TlsConfig): Promise<Connection> {
    const srv = await startOpensslServer([...args, '-rev', '-naccept', '1'], { lifetimeMs: 30_000 });
    const socket = net.connect(srv.port, '127.0.0.1');
    try {
      const end = attach(socket, cfg, 'client');
      await withTimeout(
        new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject)),
        TIMEOUT_MS,
        'connect',
      );
      end.conn.start();
      await withTimeout(end.handshake, TIMEOUT_MS, 'handshake');
      const line = `hello ${'x'.repeat(2000)}\n`;
      end.conn.send(new TextEncoder().encode(line));
      const reversed = `${[...line.slice(0, -1)].reverse().join('')}\n`;
      await until(() => end.received().toString() === reversed, TIMEOUT_MS, 'the reversed line');
      end.conn.close();
      return end.conn;
    } finally {
      socket.destroy();
      await srv.stop();
    }
  }

  const client = (over: Partial<TlsConfig>, provider?: 'node' | 'noble') =>
    config(
      'client',
      {
        versions: ['tlsv1.2'],
        cacerts: caOf(pki.ca.cert),
        serverName: 'localhost',
        verifyHostname: 'localhost',
        ...over,
      },
      provider,
    );
  const keyArgs = (name: 'serverEcdsa' | 'serverRsa') => [
    '-cert',
    pki[name].cert,
    '-key',
    pki[name].key,
    ...(name === 'serverEcdsa' ? ['-cert_chain', pki.intermediate.cert] : []),
  ];

  it.each(
    clientCases.flatMap(([name, suite, cert]) =>
      (['node', 'noble'] as const).map((p) => [name, p, suite, cert] as const),
    ),
  )('our client talks %s to s_server -tls1_2 (%s provider)', async (name, provider, suite, certName) => {
    const conn = await clientAgainst(
      ['-tls1_2', '-cipher', name, ...keyArgs(certName)],
      client({ suites: suiteRows([suite]) }, provider),
    );
    expect(conn.negotiated.version).toBe('tlsv1.2');
    expect(conn.negotiated.suite).toBe(suite);
    expect(conn.negotiated.extendedMasterSecret).toBe(true);
    expect(conn.negotiated.secureRenegotiation).toBe(true);
  });

  it('a 1.3+1.2 client settles on TLS 1.2 with s_server -tls1_2, which leaves its random unmarked', async () => {
    const conn = await clientAgainst(
      ['-tls1_2', ...keyArgs('serverEcdsa')],
      client({ versions: ['tlsv1.3', 'tlsv1.2'] }),
    );
    expect(conn.negotiated.version).toBe('tlsv1.2');
    expect(hasDowngradeMarker(conn.negotiated.serverRandom ?? new Uint8Array(32))).toBe(false);
  });

  it('a 1.2-only client accepts the marked random of a 1.3-capable s_server', async () => {
    const conn = await clientAgainst(keyArgs('serverRsa'), client({}));
    expect(conn.negotiated.version).toBe('tlsv1.2');
    expect(hasDowngradeMarker(conn.negotiated.serverRandom ?? new Uint8Array(32))).toBe(true);
  });

  const serverCases = [
    ['ECDHE-ECDSA-AES256-GCM-SHA384', 'serverEcdsa', false],
    ['ECDHE-RSA-AES128-GCM-SHA256', 'serverRsa', true],
    ['DHE-RSA-AES256-GCM-SHA384', 'serverRsa', false],
    ['ECDHE-ECDSA-CHACHA20-POLY1305', 'serverP384', true],
  ] as const;

  it.each(serverCases)(
    's_client -tls1_2 talks %s to our server (%s, client cert: %s)',
    async (name, certName, mutual) => {
      const lines: string[] = [];
      const cfg = config('server', {
        versions: ['tlsv1.3', 'tlsv1.2'],
        certs: [certOf(pki[certName])],
        keylog: (l) => lines.push(l),
        ...(mutual ? { verify: true, failIfNoPeerCert: true, cacerts: caOf(pki.ca.cert) } : {}),
      });
      let served: ReturnType<typeof attach> | undefined;
      const sockets: net.Socket[] = [];
      const server = net.createServer((socket) => {
        sockets.push(socket);
        served = attach(socket, cfg, 'server', (conn) => {
          if (served?.received().toString().endsWith('\n') && conn.state === 'open')
            conn.send(new TextEncoder().encode(`pong ${served.received().toString()}`));
        });
        served.handshake.catch(() => socket.destroy());
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as net.AddressInfo).port;
      const keylogFile = path.join(pki.dir, `keylog-${name}.txt`);
      try {
        const clientCert = mutual ? ['-cert', pki.clientRsa.cert, '-key', pki.clientRsa.key] : [];
        const r = await runOpensslClient(
          [
            '-tls1_2',
            '-cipher',
            name,
            '-CAfile',
            pki.ca.cert,
            '-verify_return_error',
            '-servername',
            'localhost',
            '-keylogfile',
            keylogFile,
            '-brief',
            ...clientCert,
          ],
          'ping\n',
          { port, timeoutMs: TIMEOUT_MS, waitFor: /pong ping/ },
        );
        expect(r.timedOut).toBe(false);
        expect(r.stdout).toContain('pong ping');
        expect(r.stderr).toMatch(/Protocol version: TLSv1\.2/);
        expect(r.stderr).toContain(`Ciphersuite: ${name}`);
        expect(r.stderr).toContain('Verification: OK');
        // A server that speaks TLS 1.3 too marks its random, and OpenSSL (offering only 1.2) accepts it.
        expect(served?.conn.negotiated.version).toBe('tlsv1.2');
        expect(served?.conn.negotiated.serverName).toBe('localhost');
        // s_client sends its chain as it builds it from -CAfile: the leaf first.
        if (mutual)
          expect(
            Buffer.from(served?.conn.negotiated.peerChain?.[0] ?? []).equals(pki.clientRsa.certDer),
          ).toBe(true);
        // The master secret OpenSSL logged is ours.
        const theirs = (await readFile(keylogFile, 'utf8'))
          .split('\n')
          .filter((l) => l.startsWith('CLIENT_RANDOM'));
        expect(theirs.map((l) => l.toLowerCase())).toEqual(lines.map((l) => l.toLowerCase()));
      } finally {
        for (const s of sockets) s.destroy();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  );
});
