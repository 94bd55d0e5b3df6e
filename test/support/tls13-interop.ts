// What the TLS interop tests (test/interop/tls*.test.ts, both versions) share: our sockets and
// listeners tracked so that each test closes exactly what it opened, bounded reads through the
// public ssl API, one-connection echo servers of ours, peer clients run against them, connections
// made again to resume, and checks of the reason a handshake failed with.
import { createHash } from 'node:crypto';
import * as ssl from '../../packages/tls/src/index.js';

export type CryptoName = 'node' | 'noble';

const open = new Set<{ close(): void }>();

/** Records a socket or listener of ours for closeOurs(). */
export function ours<T extends { close(): void }>(x: T): T {
  open.add(x);
  return x;
}

/** Closes every socket and listener recorded by ours() (an afterEach hook). */
export function closeOurs(): void {
  for (const x of [...open]) {
    open.delete(x);
    x.close();
  }
}

export const sha256 = (b: Uint8Array | string): string => createHash('sha256').update(b).digest('hex');

export const text = (d: ssl.SslData): string => Buffer.from(d as Uint8Array).toString();

/** `p`, or a rejection naming `what` once `ms` have passed. */
export function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms);
  });
  return Promise.race([p, deadline]).finally(() => clearTimeout(timer));
}

/** Exactly `n` bytes from a passive socket, read as they come, all within `ms`. */
export async function readExactly(s: ssl.SslSocket, n: number, ms = 10_000): Promise<Buffer> {
  const deadline = Date.now() + ms;
  const parts: Buffer[] = [];
  let got = 0;
  while (got < n) {
    const left = Math.max(1, deadline - Date.now());
    const d = Buffer.from((await ssl.recv(s, Math.min(n - got, 64 * 1024), left)) as Uint8Array);
    parts.push(d);
    got += d.length;
  }
  return Buffer.concat(parts);
}

/** Everything a passive socket receives until the peer closes, within `ms`. */
export async function readToEnd(s: ssl.SslSocket, ms = 10_000): Promise<Buffer> {
  const deadline = Date.now() + ms;
  const parts: Buffer[] = [];
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`no close within ${ms} ms after ${Buffer.concat(parts).length} bytes`);
    try {
      parts.push(Buffer.from((await ssl.recv(s, 0, left)) as Uint8Array));
    } catch (e) {
      if ((e as ssl.TlsError).reason === 'closed') return Buffer.concat(parts);
      throw e;
    }
  }
}

/** Active-mode data until `until` matches the text received so far, within `ms`. */
export function collectUntil(s: ssl.SslSocket, until: RegExp, ms = 10_000): Promise<string> {
  let seen = '';
  return within(
    new Promise<string>((resolve, reject) => {
      s.on('ssl', (d) => {
        seen += text(d);
        if (until.test(seen)) resolve(seen);
      });
      s.once('ssl_closed', () => reject(new Error(`closed before ${until}; got ${JSON.stringify(seen)}`)));
      s.once('ssl_error', (r) => reject(new ssl.TlsError(r)));
    }),
    ms,
    `waiting for ${until}`,
  );
}

/** Echoes (active mode) everything `s` receives until the peer closes. */
export function echo(s: ssl.SslSocket): void {
  s.on('ssl', (d) => {
    ssl.send(s, d as Uint8Array).catch(() => {});
  });
}

/**
 * Accepts one connection on `l` and runs the handshake, both within `ms`; the socket echoes
 * once accepted. Resolves with the socket, or with the TlsError the handshake failed with.
 */
export async function acceptOne(
  l: ssl.SslListenSocket,
  ms = 10_000,
  withEcho = true,
): Promise<ssl.SslSocket | ssl.TlsError> {
  try {
    const s = ours(await ssl.accept(l, ms));
    if (withEcho) echo(s);
    return s;
  } catch (e) {
    if (e instanceof ssl.TlsError) return e;
    throw e;
  }
}

/**
 * Runs a peer client (`client`, given our port) against our listener `l`, which accepts one
 * connection and echoes: the client's result, and what our side made of the connection.
 */
export async function servedTo<R>(
  l: ssl.SslListenSocket,
  client: (port: number) => Promise<R>,
  ms = 15_000,
): Promise<{ r: R; server: ssl.SslSocket | ssl.TlsError }> {
  const served = acceptOne(l, ms);
  const r = await client(l.port);
  return { r, server: await within(served, ms, 'our server') };
}

/** Sends `data` on a passive socket and reads as many bytes back, as text. */
export async function exchange(s: ssl.SslSocket, data: string, ms = 5000): Promise<string> {
  await ssl.send(s, data);
  return text(await readExactly(s, Buffer.byteLength(data), ms));
}

/**
 * `n` connections opened one after another by `open`, each sending `probe` and reading its
 * answer (a TLS 1.3 server's tickets come before it) before closing: what each reported.
 */
export async function reconnect(
  open: () => Promise<ssl.SslSocket>,
  n: number,
  probe = 'ping\n',
): Promise<ssl.ConnectionInformation[]> {
  const seen: ssl.ConnectionInformation[] = [];
  for (let i = 0; i < n; i++) {
    const c = ours(await open());
    await exchange(c, probe);
    seen.push(ssl.connectionInformation(c));
    c.close();
  }
  return seen;
}

/** The socket acceptOne() gave, or a failure saying why there is none. */
export function accepted(r: ssl.SslSocket | ssl.TlsError): ssl.SslSocket {
  if (r instanceof ssl.TlsError) throw new Error(`our server failed: ${r.message}`);
  return r;
}

/** The TlsError `p` rejects with; fails when `p` resolves or rejects with anything else. */
export async function failure(p: Promise<unknown>): Promise<ssl.TlsError> {
  try {
    const v = await p;
    if (v instanceof ssl.TlsError) return v;
  } catch (e) {
    if (e instanceof ssl.TlsError) return e;
    throw e;
  }
  throw new Error('expected a TlsError, the call succeeded');
}

/** The alert name of a `{tls_alert, {Name, Text}}` reason, or the reason itself. */
export function alertOf(e: ssl.TlsError | ssl.SslSocket): string {
  if (!(e instanceof ssl.TlsError)) return 'connected';
  const r = e.reason as { tls_alert?: readonly [string, string] };
  return r.tls_alert?.[0] ?? JSON.stringify(e.reason);
}

/** Whether the alert in `e` was sent by us ('local') or received ('remote'), from Erlang's text. */
export function alertSide(e: ssl.TlsError): 'sent' | 'received' | undefined {
  const r = e.reason as { tls_alert?: readonly [string, string] };
  const m = /^(sent|received) /.exec(r.tls_alert?.[1] ?? '');
  return m?.[1] as 'sent' | 'received' | undefined;
}
