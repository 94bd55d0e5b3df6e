// TLS 1.2 AES-CBC suites and RSA key transport against real OpenSSL and GnuTLS over loopback TCP,
// both directions: ECDHE-RSA and ECDHE-ECDSA with AES-128/256-CBC and HMAC-SHA1/SHA256/SHA384,
// with encrypt_then_mac (RFC 7366, the peers' default) and without (`-no_etm`, `%NO_ETM`), and
// RSA key transport with AES128-GCM-SHA256 and AES128-SHA. Our client sends a line through
// `s_server -rev` / `gnutls-serv --echo`; `s_client` / `gnutls-cli` send a line to our server,
// whose master secret is checked against OpenSSL's keylog. Every connection is bounded in time.
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
import { ServerEntryDriver } from '../../packages/tls/src/handshake/server-entry.js';
import { caOf, certOf, config } from '../../packages/tls/test/support/pair.js';
import { missingPeers } from '../support/peers.js';
import {
  type RunningServer,
  runGnutlsClient,
  runOpensslClient,
  startGnutlsServer,
  startOpensslServer,
  stopAll,
} from '../support/tls-peers.js';
import { makePki, type Pki } from '../support/tls-pki.js';

const TIMEOUT_MS = 10_000;
let pki: Pki;

type Provider = 'node' | 'noble';
type Leaf = 'serverEcdsa' | 'serverRsa';

/** OpenSSL name, IANA value, the certificate it needs, and its GnuTLS priority items. */
const CBC: readonly (readonly [string, number, Leaf, string])[] = [
  [
    'ECDHE-RSA-AES128-SHA',
    CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
    'serverRsa',
    'ECDHE-RSA:AES-128-CBC:SHA1',
  ],
  [
    'ECDHE-RSA-AES256-SHA',
    CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA,
    'serverRsa',
    'ECDHE-RSA:AES-256-CBC:SHA1',
  ],
  [
    'ECDHE-RSA-AES128-SHA256',
    CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256,
    'serverRsa',
    'ECDHE-RSA:AES-128-CBC:SHA256',
  ],
  [
    'ECDHE-RSA-AES256-SHA384',
    CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384,
    'serverRsa',
    'ECDHE-RSA:AES-256-CBC:SHA384',
  ],
  [
    'ECDHE-ECDSA-AES128-SHA',
    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
    'serverEcdsa',
    'ECDHE-ECDSA:AES-128-CBC:SHA1',
  ],
  [
    'ECDHE-ECDSA-AES256-SHA',
    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA,
    'serverEcdsa',
    'ECDHE-ECDSA:AES-256-CBC:SHA1',
  ],
  [
    'ECDHE-ECDSA-AES128-SHA256',
    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256,
    'serverEcdsa',
    'ECDHE-ECDSA:AES-128-CBC:SHA256',
  ],
  [
    'ECDHE-ECDSA-AES256-SHA384',
    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384,
    'serverEcdsa',
    'ECDHE-ECDSA:AES-256-CBC:SHA384',
  ],
];
const RSA_KEX: readonly (readonly [string, number, Leaf, string])[] = [
  ['AES128-GCM-SHA256', CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256, 'serverRsa', 'RSA:AES-128-GCM:AEAD'],
  ['AES128-SHA', CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA, 'serverRsa', 'RSA:AES-128-CBC:SHA1'],
];
const ALL = [...CBC, ...RSA_KEX];
const isCbc = (name: string) => !name.includes('GCM');

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

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RangeError(`timed out: ${what}`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new RangeError(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const clientConfig = (suite: number, provider: Provider) =>
  config(
    'client',
    {
      versions: ['tlsv1.2'],
      suites: suiteRows([suite]),
      cacerts: caOf(pki.ca.cert),
      serverName: 'localhost',
      verifyHostname: 'localhost',
    },
    provider,
  );

/** Our client against a started server: handshake, a line out, `expect(line)` back. */
async function ourClient(
  srv: RunningServer,
  cfg: TlsConfig,
  answer: (line: string) => string,
): Promise<Connection> {
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
    // Long enough for several CBC blocks and odd so that the padding is not trivial.
    const line = `hello ${'x'.repeat(3001)}\n`;
    end.conn.send(new TextEncoder().encode(line));
    await until(() => end.received().toString() === answer(line), TIMEOUT_MS, 'the answer');
    end.conn.close();
    return end.conn;
  } finally {
    socket.destroy();
    await srv.stop();
  }
}

/** Our server for one connection: answers a line with `pong <line>`; the keylog lines it wrote. */
async function ourServer(provider: Provider, run: (port: number) => Promise<void>) {
  const lines: string[] = [];
  const cfg = config(
    'server',
    {
      versions: ['tlsv1.3', 'tlsv1.2'],
      suites: suiteRows(ALL.map(([, suite]) => suite)),
      certs: [certOf(pki.serverEcdsa), certOf(pki.serverRsa)],
      keylog: (l) => lines.push(l),
    },
    provider,
  );
  let served: ReturnType<typeof attach> | undefined;
  const sockets: net.Socket[] = [];
  const server = net.createServer((socket) => {
    sockets.push(socket);
    served = attach(socket, cfg, 'server', (conn) => {
      const got = served?.received().toString() ?? '';
      if (got.endsWith('\n') && conn.state === 'open') conn.send(new TextEncoder().encode(`pong ${got}`));
    });
    served.handshake.catch(() => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run((server.address() as net.AddressInfo).port);
    return { conn: served?.conn, keylog: lines };
  } finally {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const providers: readonly Provider[] = ['node', 'noble'];
/** Every suite with and without encrypt_then_mac (which only CBC suites have), and both providers. */
const matrix = ALL.flatMap(([name, suite, leaf, gnutls]) =>
  (isCbc(name) ? [true, false] : [false]).flatMap((etm) =>
    providers.map((p) => [name, etm, p, suite, leaf, gnutls] as const),
  ),
);

describe.skipIf(missingPeers('openssl'))('TLS 1.2 CBC and RSA key transport against OpenSSL', () => {
  beforeAll(async () => {
    pki = await makePki();
  }, 60_000);
  afterAll(stopAll);

  const keyArgs = (leaf: Leaf) => [
    '-cert',
    pki[leaf].cert,
    '-key',
    pki[leaf].key,
    ...(leaf === 'serverEcdsa' ? ['-cert_chain', pki.intermediate.cert] : []),
  ];

  it.each(matrix)(
    'our client talks %s to s_server (ETM: %s, %s provider)',
    async (name, etm, p, suite, leaf) => {
      const srv = await startOpensslServer(
        ['-tls1_2', '-cipher', name, ...(etm ? [] : ['-no_etm']), ...keyArgs(leaf), '-rev', '-naccept', '1'],
        { lifetimeMs: 30_000 },
      );
      const reverse = (line: string) => `${[...line.slice(0, -1)].reverse().join('')}\n`;
      const conn = await ourClient(srv, clientConfig(suite, p), reverse);
      expect(conn.negotiated.suite).toBe(suite);
      // OpenSSL grants encrypt_then_mac to every CBC suite unless told -no_etm.
      expect(conn.negotiated.encryptThenMac).toBe(etm);
      expect(conn.negotiated.extendedMasterSecret).toBe(true);
    },
  );

  it.each(matrix)('s_client talks %s to our server (ETM: %s, %s provider)', async (name, etm, p, suite) => {
    const keylogFile = path.join(pki.dir, `keylog-cbc-${name}-${etm}-${p}.txt`);
    const { conn, keylog } = await ourServer(p, async (port) => {
      const r = await runOpensslClient(
        [
          '-tls1_2',
          '-cipher',
          name,
          ...(etm ? [] : ['-no_etm']),
          '-CAfile',
          pki.ca.cert,
          '-verify_return_error',
          '-servername',
          'localhost',
          '-keylogfile',
          keylogFile,
          '-brief',
        ],
        'ping\n',
        { port, timeoutMs: TIMEOUT_MS, waitFor: /pong ping/ },
      );
      expect(r.timedOut).toBe(false);
      expect(r.stdout).toContain('pong ping');
      expect(r.stderr).toContain(`Ciphersuite: ${name}`);
    });
    expect(conn?.negotiated.suite).toBe(suite);
    expect(conn?.negotiated.encryptThenMac).toBe(etm);
    const theirs = (await readFile(keylogFile, 'utf8'))
      .split('\n')
      .filter((l) => l.startsWith('CLIENT_RANDOM'));
    expect(theirs.map((l) => l.toLowerCase())).toEqual(keylog.map((l) => l.toLowerCase()));
  });
});

describe.skipIf(missingPeers('gnutls-serv', 'gnutls-cli'))(
  'TLS 1.2 CBC and RSA key transport against GnuTLS',
  () => {
    beforeAll(async () => {
      pki ??= await makePki();
    }, 60_000);
    afterAll(stopAll);

    /** A priority string with exactly this suite's parts, in TLS 1.2, with or without ETM. */
    const priority = (items: string, etm: boolean) =>
      `NONE:+VERS-TLS1.2:+${items.split(':').join(':+')}:+COMP-NULL:+SIGN-ALL:+GROUP-ALL${etm ? '' : ':%NO_ETM'}`;
    // One provider per row against GnuTLS: OpenSSL above runs both.
    const rows = matrix.filter(([, , p], i) => p === (i % 4 < 2 ? 'node' : 'noble'));

    it.each(rows)(
      'our client talks %s to gnutls-serv (ETM: %s, %s provider)',
      async (_n, etm, p, suite, leaf, g) => {
        const srv = await startGnutlsServer(
          [
            '--echo',
            '--priority',
            priority(g, etm),
            '--x509certfile',
            pki[leaf].chain,
            '--x509keyfile',
            pki[leaf].key,
          ],
          { lifetimeMs: 30_000 },
        );
        const conn = await ourClient(srv, clientConfig(suite, p), (line) => line);
        expect(conn.negotiated.suite).toBe(suite);
        expect(conn.negotiated.encryptThenMac).toBe(etm);
      },
    );

    it.each(rows)(
      'gnutls-cli talks %s to our server (ETM: %s, %s provider)',
      async (_name, etm, p, suite, _l, g) => {
        const { conn } = await ourServer(p, async (port) => {
          const r = await runGnutlsClient(
            ['--priority', priority(g, etm), '--x509cafile', pki.ca.cert],
            'ping\n',
            {
              port,
              timeoutMs: TIMEOUT_MS,
              waitFor: /pong ping/,
            },
          );
          expect(r.timedOut).toBe(false);
          expect(r.stdout).toContain('pong ping');
        });
        expect(conn?.negotiated.suite).toBe(suite);
        expect(conn?.negotiated.encryptThenMac).toBe(etm);
      },
    );
  },
);
