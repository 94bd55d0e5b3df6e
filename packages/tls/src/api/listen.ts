// ssl:listen/2, transport_accept/2 and handshake/2,3 on the server side. Options are resolved once
// at listen (files read, certificates parsed); each accepted connection shares them.
import { createServer, type Server, type Socket } from 'node:net';
import { type ResolvedOptions, resolveOptions, splitOptions } from '../config/resolve.js';
import { TlsError } from '../errors.js';
import { type SslSocketOptions, socketOptions } from '../socket/socket-options.js';
import { SslSocket } from '../socket/ssl-socket.js';
import { adopt, type Options, type Timeout, type Transport } from './connect.js';

export class SslListenSocket {
  private readonly pending: Socket[] = [];
  private readonly waiting: { resolve: (s: Socket) => void; reject: (e: TlsError) => void }[] = [];
  closed = false;

  constructor(
    /** @internal */ readonly server: Server,
    readonly options: ResolvedOptions,
    readonly socketOptions: SslSocketOptions,
  ) {
    server.on('connection', (sock) => {
      const w = this.waiting.shift();
      if (w) w.resolve(sock);
      else this.pending.push(sock);
    });
  }

  /** The port listened on (useful after listen(0, …)). */
  get port(): number {
    const a = this.server.address();
    return typeof a === 'object' && a !== null ? a.port : 0;
  }

  /** The next TCP connection, within `timeout`. */
  next(timeout: Timeout): Promise<Socket> {
    if (this.closed) return Promise.reject(new TlsError('closed'));
    const ready = this.pending.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve, reject) => {
      const timer =
        timeout === 'infinity'
          ? undefined
          : setTimeout(() => {
              const i = this.waiting.indexOf(w);
              if (i >= 0) this.waiting.splice(i, 1);
              reject(new TlsError('timeout'));
            }, timeout);
      const w = {
        resolve: (s: Socket) => {
          if (timer) clearTimeout(timer);
          resolve(s);
        },
        reject: (e: TlsError) => {
          if (timer) clearTimeout(timer);
          reject(e);
        },
      };
      this.waiting.push(w);
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.server.close();
    for (const s of this.pending.splice(0)) s.destroy();
    for (const w of this.waiting.splice(0)) w.reject(new TlsError('closed'));
  }
}

export async function listen(port: number, options: Options = {}): Promise<SslListenSocket> {
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new TlsError({ options: ['port'] }, `port: expected an integer 0..65535, got ${String(port)}`);
  const resolved = resolveOptions(options, 'server');
  const opts = socketOptions(resolved.socket);
  const server = createServer({ pauseOnConnect: true, noDelay: opts.nodelay });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(new TlsError((e.code ?? 'einval').toLowerCase() as never, `listen on port ${port}`)),
    );
    server.listen(
      {
        port,
        ...(opts.ip === undefined ? {} : { host: opts.ip }),
        ...(opts.backlog === undefined ? {} : { backlog: opts.backlog }),
        ...(opts.family === 'inet6' ? { ipv6Only: false } : {}),
      },
      () => resolve(),
    );
  });
  server.removeAllListeners('error');
  return new SslListenSocket(server, resolved, opts);
}

/** ssl:transport_accept/2: a TCP connection whose handshake is yet to run. */
export async function transportAccept(l: SslListenSocket, timeout: Timeout = 'infinity'): Promise<SslSocket> {
  const sock = await l.next(timeout);
  return new SslSocket(sock, l.options, l.socketOptions);
}

/**
 * ssl:handshake/2,3: runs the server handshake of a transport-accepted socket, or upgrades a
 * connected transport to TLS as the server (with `options`).
 */
export async function handshake(
  socket: SslSocket | Transport,
  a?: Options | Timeout,
  b?: Timeout,
): Promise<SslSocket> {
  const options = typeof a === 'object' ? a : undefined;
  const timeout = (typeof a === 'object' ? b : a) ?? 'infinity';
  let s: SslSocket;
  if (socket instanceof SslSocket) {
    s = socket;
    if (options) {
      const { tls, socket: rest } = splitOptions(options);
      if (Object.keys(tls).length > 0)
        throw new TlsError(
          { not_supported: 'handshake/3' },
          'TLS options at handshake/3 are not supported yet; give them to listen',
        );
      s.setopts(rest);
    }
  } else {
    const { transport, unread } = adopt(socket);
    const resolved = resolveOptions(options ?? {}, 'server');
    s = new SslSocket(transport, resolved, socketOptions(resolved.socket), unread);
  }
  try {
    await s.handshake(timeout);
  } catch (e) {
    s.destroy();
    throw e;
  }
  return s;
}
