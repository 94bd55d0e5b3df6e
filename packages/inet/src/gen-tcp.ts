// gen_tcp: connect, listen, accept, send, recv, shutdown, close, controlling_process.
import { createServer, connect as netConnect, type Socket } from 'node:net';
import type { Packet } from './active-mode.js';
import { type AddressFamily, type IpAddress, isIpAddress, ntoa } from './address.js';
import { defaultConnectOptions, defaultListenOptions } from './defaults.js';
import { fromNodeError, InetError } from './errors.js';
import type { IoData } from './iodata.js';
import { ListenSocket } from './listen-socket.js';
import { normalizeOptions, type Options, resolveOptions, type SocketOptions } from './options.js';
import { getaddr, type Host } from './resolver.js';
import { type SocketOwner, TcpSocket } from './socket.js';

export type Timeout = number | 'infinity';
export { ListenSocket, TcpSocket };

function checkTimeout(t: Timeout, what: string): void {
  if (t !== 'infinity' && !(Number.isInteger(t) && t >= 0)) {
    throw new InetError(
      'einval',
      `${what}: expected a timeout in milliseconds or 'infinity', got ${String(t)}`,
    );
  }
}

function checkPort(port: number): void {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InetError('einval', `port: expected an integer 0..65535, got ${String(port)}`);
  }
}

function familyOpt(opts: SocketOptions): AddressFamily {
  if (opts.family === 'local') throw new InetError('eafnosupport', 'family local is not supported');
  if (opts.family === 'inet6') return 'inet6';
  const bind = opts.ip ?? opts.ifaddr;
  if (Array.isArray(bind) && bind.length === 8) return 'inet6';
  return 'inet';
}

function bindAddress(opts: SocketOptions): string | undefined {
  const ip = opts.ip ?? opts.ifaddr;
  if (ip === undefined) return undefined;
  return typeof ip === 'string' ? ip : ntoa(ip);
}

/** Start a socket whose creation failed later (a bad kernel option) as closed, and rethrow. */
function adopt(sock: Socket, opts: SocketOptions): TcpSocket {
  try {
    return new TcpSocket(sock, opts);
  } catch (e) {
    sock.destroy();
    throw e;
  }
}

/** gen_tcp:connect/4. Resolves once connected; rejects with econnrefused, timeout, nxdomain, … */
export async function connect(
  host: Host,
  port: number,
  options: Options = {},
  timeout: Timeout = 'infinity',
): Promise<TcpSocket> {
  checkPort(port);
  checkTimeout(timeout, 'timeout');
  const opts = resolveOptions(defaultConnectOptions(), normalizeOptions(options));
  const family = familyOpt(opts);
  const started = Date.now();
  const addr: IpAddress = isIpAddress(host) ? host : await getaddr(host, family);
  const left = timeout === 'infinity' ? undefined : Math.max(0, timeout - (Date.now() - started));
  const sock = await new Promise<Socket>((resolve, reject) => {
    const localAddress = bindAddress(opts);
    const s = netConnect({
      host: ntoa(addr),
      port,
      allowHalfOpen: true,
      ...(localAddress === undefined ? {} : { localAddress }),
      ...(opts.port === undefined ? {} : { localPort: opts.port }),
    });
    s.pause();
    let timer: NodeJS.Timeout | undefined;
    const fail = (e: unknown) => {
      if (timer !== undefined) clearTimeout(timer);
      s.destroy();
      reject(fromNodeError(e));
    };
    s.once('error', fail);
    s.once('connect', () => {
      if (timer !== undefined) clearTimeout(timer);
      s.off('error', fail);
      resolve(s);
    });
    if (left !== undefined) timer = setTimeout(() => fail(new InetError('timeout')), left);
  });
  return adopt(sock, opts);
}

/** gen_tcp:listen/2. Port 0 picks a free port (see inet.port). */
export async function listen(port: number, options: Options = {}): Promise<ListenSocket> {
  checkPort(port);
  const opts = resolveOptions(defaultListenOptions(), normalizeOptions(options));
  const family = familyOpt(opts);
  const server = createServer({ allowHalfOpen: true, pauseOnConnect: true });
  const host = bindAddress(opts) ?? (family === 'inet6' ? '::' : '0.0.0.0');
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) => reject(fromNodeError(e)));
    server.listen(
      {
        port,
        host,
        backlog: opts.backlog ?? 5,
        // Node sets SO_REUSEADDR on every TCP listener; `exclusive` is about cluster workers.
        ...(opts.ipv6V6only === undefined ? {} : { ipv6Only: opts.ipv6V6only }),
      },
      () => resolve(),
    );
  });
  server.on('error', () => {});
  return new ListenSocket(server, opts);
}

/** gen_tcp:accept/2: the next connection, with the listen socket's options. */
export async function accept(listenSocket: ListenSocket, timeout: Timeout = 'infinity'): Promise<TcpSocket> {
  checkTimeout(timeout, 'timeout');
  const sock = await listenSocket.nextConnection(timeout);
  return adopt(sock, { ...listenSocket.opts });
}

/** gen_tcp:send/2. Resolves once queued; waits while the sender is busy (high_watermark). */
export function send(socket: TcpSocket, data: IoData): Promise<void> {
  return socket.send(data);
}

/**
 * gen_tcp:recv/3 on a passive socket. In raw mode `length` 0 returns what is available and
 * `length` > 0 exactly that many bytes; other packet types return one packet.
 */
export function recv(socket: TcpSocket, length = 0, timeout: Timeout = 'infinity'): Promise<Packet> {
  if (!Number.isInteger(length) || length < 0) {
    return Promise.reject(new InetError('einval', `length: expected an integer >= 0, got ${String(length)}`));
  }
  checkTimeout(timeout, 'timeout');
  return socket.recv(length, timeout);
}

/**
 * The packets of a passive socket as an async iterable (`for await (const p of gen_tcp.packets(s))`):
 * one recv after another, ending when the peer closes; other errors (timeout, emsgsize) are thrown.
 */
export async function* packets(
  socket: TcpSocket,
  timeout: Timeout = 'infinity',
): AsyncGenerator<Packet, void> {
  for (;;) {
    try {
      yield await recv(socket, 0, timeout);
    } catch (e) {
      if (e instanceof InetError && e.reason === 'closed') return;
      throw e;
    }
  }
}

export function shutdown(socket: TcpSocket, how: 'read' | 'write' | 'read_write'): void {
  if (how !== 'read' && how !== 'write' && how !== 'read_write') {
    throw new InetError('einval', `how: expected read | write | read_write, got ${String(how)}`);
  }
  socket.shutdown(how);
}

export function close(socket: TcpSocket | ListenSocket): void {
  socket.close();
}

/**
 * gen_tcp:controlling_process/2: from now on the socket's events (tcp, http, tcp_closed,
 * tcp_error, tcp_passive) go to `owner`, with the socket as the last argument. Packets not
 * yet delivered go to the new owner.
 */
export function controllingProcess(socket: TcpSocket, owner: SocketOwner): void {
  if (socket.isClosed) throw new InetError('closed');
  socket.setOwner(owner);
}

export { controllingProcess as controlling_process };
