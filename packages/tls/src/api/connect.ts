// ssl:connect/3,4: a TCP connection and a client handshake, or a client handshake over a socket
// that is already connected (an @otpnet/inet gen_tcp socket, a node:net socket, any Duplex).
import { connect as netConnect, type Socket } from 'node:net';
import { Duplex } from 'node:stream';
import { type IpAddress, inet, TcpSocket } from '@otpnet/inet';
import { resolveOptions } from '../config/resolve.js';
import { TlsError } from '../errors.js';
import { socketOptions } from '../socket/socket-options.js';
import { SslSocket } from '../socket/ssl-socket.js';

export type Timeout = number | 'infinity';
export type Options = Readonly<Record<string, unknown>>;
export type Host = string | IpAddress;
/** What a handshake can run over. */
export type Transport = TcpSocket | Socket | Duplex;

function checkTimeout(t: Timeout): void {
  if (t !== 'infinity' && !(Number.isInteger(t) && t >= 0))
    throw new TlsError(
      { options: ['timeout'] },
      `timeout: expected milliseconds or 'infinity', got ${String(t)}`,
    );
}

function hostString(host: Host): string {
  return typeof host === 'string' ? host : inet.ntoa(host);
}

/** Opens the TCP connection within `timeout`; node's errors become posix reasons. */
function tcpConnect(
  host: string,
  port: number,
  opts: ReturnType<typeof socketOptions>,
  timeout: Timeout,
): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const sock = netConnect({
      host,
      port,
      ...(opts.ip === undefined ? {} : { localAddress: opts.ip }),
      ...(opts.port === undefined ? {} : { localPort: opts.port }),
      ...(opts.family === 'inet6' ? { family: 6 } : opts.family === 'inet' ? { family: 4 } : {}),
    });
    const timer =
      timeout === 'infinity'
        ? undefined
        : setTimeout(() => {
            sock.destroy();
            reject(new TlsError('timeout', `connecting to ${host}:${port}`));
          }, timeout);
    sock.once('connect', () => {
      if (timer) clearTimeout(timer);
      sock.removeAllListeners('error');
      resolve(sock);
    });
    sock.once('error', (e: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      const code = e.code === 'ENOTFOUND' ? 'nxdomain' : (e.code ?? 'closed').toLowerCase();
      reject(new TlsError(code as never, `connecting to ${host}:${port}`));
    });
  });
}

/** Takes over a connected transport: an inet socket hands over its node socket and unread bytes. */
export function adopt(t: Transport): { transport: Duplex; unread?: Uint8Array } {
  if (t instanceof TcpSocket) {
    const { sock, unread } = t.detach();
    return { transport: sock, unread };
  }
  if (t instanceof Duplex) return { transport: t };
  throw new TlsError(
    { options: ['socket'] },
    'expected an @otpnet/inet socket, a node:net socket or a Duplex',
  );
}

export function connect(host: Host, port: number, options?: Options, timeout?: Timeout): Promise<SslSocket>;
export function connect(socket: Transport, options?: Options, timeout?: Timeout): Promise<SslSocket>;
export async function connect(
  target: Host | Transport,
  a?: number | Options,
  b?: Options | Timeout,
  c?: Timeout,
): Promise<SslSocket> {
  const upgrade = typeof target === 'object' && !Array.isArray(target);
  const options = ((upgrade ? a : b) ?? {}) as Options;
  const timeout = ((upgrade ? b : c) ?? 'infinity') as Timeout;
  checkTimeout(timeout);
  const started = Date.now();
  const left = (): Timeout =>
    timeout === 'infinity' ? 'infinity' : Math.max(0, timeout - (Date.now() - started));
  let host: string | undefined;
  let transport: Duplex;
  let unread: Uint8Array | undefined;
  if (upgrade) {
    // Over an adopted socket the name checked is server_name_indication's.
    ({ transport, unread } = adopt(target as Transport));
  } else {
    host = hostString(target as Host);
  }
  const resolved = resolveOptions(options, 'client', { host, port: upgrade ? undefined : (a as number) });
  const sockOpts = socketOptions(resolved.socket);
  if (!upgrade) {
    if (!Number.isInteger(a) || (a as number) < 0 || (a as number) > 65535)
      throw new TlsError({ options: ['port'] }, `port: expected an integer 0..65535, got ${String(a)}`);
    transport = await tcpConnect(host as string, a as number, sockOpts, timeout);
  }
  const s = new SslSocket(transport!, resolved, sockOpts, unread);
  try {
    await s.handshake(left());
  } catch (e) {
    s.destroy();
    throw e;
  }
  return s;
}
