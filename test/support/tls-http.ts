// node:http and node:http2 over our TLS connections (s.stream()): a listener of ours that hands
// every accepted connection to a node server, and requests made with node's own clients, each
// bounded in time and answered with the status and the whole body.
import type { ClientHttp2Session, IncomingHttpHeaders } from 'node:http2';
import type { Duplex } from 'node:stream';
import * as ssl from '../../packages/tls/src/index.js';
import { ours, within } from './tls13-interop.js';

export interface Served {
  port: number;
  /** Every connection our listener accepted, or the error its handshake failed with. */
  results: Array<ssl.SslSocket | ssl.TlsError>;
}

type ConnectionSink = { emit(e: 'connection', s: Duplex): boolean };

/**
 * Accepts on `l` until it is closed, handing each connection's stream() to `server` (a node:http
 * or node:http2 server, or one chosen for the connection, e.g. by its ALPN protocol) as a
 * 'connection', as net.Server would.
 */
export function serveOver(
  l: ssl.SslListenSocket,
  server: ConnectionSink | ((s: ssl.SslSocket) => ConnectionSink),
): Served {
  const sinkFor = typeof server === 'function' ? server : () => server;
  const served: Served = { port: l.port, results: [] };
  void (async () => {
    while (!l.closed) {
      const t = await ssl.transportAccept(l, 'infinity').catch(() => undefined);
      if (t === undefined) return;
      ssl.handshake(t, 10_000).then(
        (s) => {
          served.results.push(ours(s));
          sinkFor(s).emit('connection', s.stream());
        },
        (e: ssl.TlsError) => served.results.push(e),
      );
    }
  })();
  return served;
}

/** What our side reports for the only connection made so far, once its handshake settled. */
export async function onlyConnection(served: Served): Promise<ssl.SslSocket | ssl.TlsError> {
  for (let i = 0; i < 100 && served.results.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
  if (served.results.length !== 1) throw new Error(`${served.results.length} connections, not one`);
  return served.results[0]!;
}

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One HTTP/2 request on `session` (a body, when given, is sent whole), within `ms`. */
export function h2Request(
  session: ClientHttp2Session,
  path: string,
  body?: Buffer | string,
  ms = 20_000,
): Promise<Reply> {
  return within(
    new Promise<Reply>((resolve, reject) => {
      const req = session.request({ ':path': path, ':method': body === undefined ? 'GET' : 'POST' });
      const parts: Buffer[] = [];
      let headers: IncomingHttpHeaders = {};
      req.on('response', (h) => {
        headers = h;
      });
      req.on('data', (d: Buffer) => parts.push(d));
      req.on('end', () =>
        resolve({ status: Number(headers[':status']), headers, body: Buffer.concat(parts) }),
      );
      req.on('error', reject);
      req.end(body);
    }),
    ms,
    `HTTP/2 ${path}`,
  );
}

/** The whole body of a node:http request or HTTP/2 stream. */
export function bodyOf(r: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    r.on('data', (d: Buffer) => parts.push(d));
    r.on('end', () => resolve(Buffer.concat(parts)));
    r.on('error', reject);
  });
}
