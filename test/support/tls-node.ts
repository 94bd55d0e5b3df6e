// node:tls as a peer in the test's own process: echo servers and clients on loopback, tracked so
// that closeNode() (an afterEach hook) ends exactly what a test opened, and bounded reads.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import tls from 'node:tls';
import type { PkiLeaf } from './tls-pki.js';
import { within } from './tls13-interop.js';

const sockets = new Set<{ destroy(): void }>();
const servers = new Set<tls.Server>();

/** Destroys every node socket and closes every node server opened here. */
export function closeNode(): void {
  for (const s of sockets) s.destroy();
  sockets.clear();
  for (const s of servers) s.close();
  servers.clear();
}

/** The chain and key of `leaf`, as node:tls takes them. */
export const pemOf = (leaf: PkiLeaf) => ({ cert: readFileSync(leaf.chain), key: readFileSync(leaf.key) });

/**
 * A node:tls echo server on a free loopback port (or a server of node's `make`, such as
 * https.createServer); `seen` gets each secure socket. Resolves with the port.
 */
export async function nodeServer(
  options: tls.TlsOptions,
  seen: (s: tls.TLSSocket) => void = () => {},
  make: (o: tls.TlsOptions, l: (s: tls.TLSSocket) => void) => tls.Server = tls.createServer,
): Promise<number> {
  const server = make(options, (s) => {
    sockets.add(s);
    seen(s);
    s.on('error', () => {});
    s.pipe(s);
  });
  server.on('secureConnection', (s) => sockets.add(s));
  servers.add(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/**
 * `server` with a session cache (node's servers keep none of their own: without one, and with
 * tickets off, nothing resumes).
 */
export function withSessionCache<S extends tls.Server>(server: S): S {
  const cache = new Map<string, Buffer>();
  server.on('newSession', (id: Buffer, data: Buffer, done: () => void) => {
    cache.set(id.toString('hex'), data);
    done();
  });
  server.on('resumeSession', (id: Buffer, done: (e: Error | null, data: Buffer | null) => void) =>
    done(null, cache.get(id.toString('hex')) ?? null),
  );
  return server;
}

/** A node:tls client to 127.0.0.1:port, SNI localhost; resolves once it is connected. */
export function nodeClient(port: number, options: tls.ConnectionOptions = {}): Promise<tls.TLSSocket> {
  return within(
    new Promise((resolve, reject) => {
      const s = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', ...options });
      sockets.add(s);
      s.once('secureConnect', () => resolve(s));
      s.once('error', reject);
    }),
    10_000,
    'node:tls client',
  );
}

/** Exactly `n` bytes from a node socket; it is paused after, so nothing is lost until the next read. */
export function nodeRead(s: tls.TLSSocket, n: number, ms = 10_000): Promise<Buffer> {
  const parts: Buffer[] = [];
  let got = 0;
  const onClose = () => fail(new Error(`closed after ${got} of ${n} bytes`));
  let fail: (e: Error) => void = () => {};
  return within(
    new Promise<Buffer>((resolve, reject) => {
      fail = reject;
      s.on('data', (d: Buffer) => {
        parts.push(d);
        got += d.length;
        if (got >= n) resolve(Buffer.concat(parts));
      });
      s.once('close', onClose);
      s.resume();
    }),
    ms,
    `${n} bytes from node`,
  ).finally(() => {
    s.pause();
    s.removeAllListeners('data');
    s.off('close', onClose);
  });
}
