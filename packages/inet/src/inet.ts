// The inet module: socket options and statistics, addresses, names, interfaces, errors.
import { type IpAddress, parseAddress } from './address.js';
import { InetError } from './errors.js';
import type { GenUdpSocket } from './gen-udp.js';
import { ListenSocket } from './listen-socket.js';
import { checkSettable, normalizeOptions, type Options, optionName } from './options.js';
import { TcpSocket } from './socket.js';
import { type RawRequest, getopts as tcpGetopts, setopts as tcpSetopts } from './socket-options.js';
import { allStats, type StatOption } from './stats.js';

export {
  ipv4MappedIpv6Address,
  isIp4Address,
  isIp6Address,
  isIpAddress,
  ntoa,
  parseAddress,
  parseIpv4Address,
  parseIpv4StrictAddress,
  parseIpv6Address,
  parseIpv6StrictAddress,
  parseStrictAddress,
} from './address.js';
export {
  defaultConnectOptions,
  defaultListenOptions,
  getRc,
  getRc as get_rc,
  setDefaultConnectOptions,
  setDefaultListenOptions,
} from './defaults.js';
export { formatError, formatError as format_error } from './errors.js';
export { getifaddrs } from './ifaddrs.js';
export { getaddr, getaddrs, gethostbyaddr, gethostbyname, gethostname } from './resolver.js';

type AnySocket = TcpSocket | ListenSocket | GenUdpSocket;

export interface SockAddr {
  address: IpAddress;
  port: number;
}

function sockAddr(a: { address?: string; port?: number } | undefined | Record<string, never>): SockAddr {
  if (a === undefined || !('address' in a) || a.address === undefined || a.port === undefined) {
    throw new InetError('enotconn');
  }
  return { address: parseAddress(a.address.split('%')[0]!), port: a.port };
}

/** inet:setopts/2. */
export async function setopts(socket: AnySocket, options: Options): Promise<void> {
  if (socket instanceof TcpSocket) return tcpSetopts(socket, options);
  if (socket instanceof ListenSocket) {
    // A listen socket's options are what accept hands to new connections.
    const opts = normalizeOptions(options);
    checkSettable(opts);
    Object.assign(socket.opts, opts);
    return;
  }
  return socket.setopts(options);
}

/** inet:getopts/2: an object of the asked options; ones the system cannot report are left out. */
export async function getopts(
  socket: AnySocket,
  names: readonly (string | RawRequest)[],
): Promise<Record<string, unknown>> {
  if (socket instanceof TcpSocket) return tcpGetopts(socket, names);
  if (socket instanceof ListenSocket) {
    const out: Record<string, unknown> = {};
    for (const n of names) {
      if (typeof n !== 'string') continue;
      const name = optionName(n);
      if (name === undefined) throw new InetError('einval', `${n}: unknown option`);
      if (socket.opts[name] !== undefined) out[n] = socket.opts[name];
    }
    return out;
  }
  return socket.getopts(names);
}

/** inet:getstat/1,2. */
export async function getstat(
  socket: TcpSocket | GenUdpSocket,
  names: readonly StatOption[] = allStats,
): Promise<Partial<Record<StatOption, number>>> {
  const out: Partial<Record<StatOption, number>> = {};
  for (const n of names) {
    if (!allStats.includes(n) && n !== 'send_pend')
      throw new InetError('einval', `${String(n)}: unknown statistic`);
    out[n] = socket.stats.get(n, socket instanceof TcpSocket ? socket.pending : 0);
  }
  return out;
}

/** inet:peername/1. */
export function peername(socket: TcpSocket | GenUdpSocket): SockAddr {
  if (socket instanceof TcpSocket) {
    if (socket.isClosed) throw new InetError('einval');
    return sockAddr({ address: socket.sock.remoteAddress, port: socket.sock.remotePort } as {
      address?: string;
      port?: number;
    });
  }
  return socket.peername();
}

/** inet:sockname/1. */
export function sockname(socket: AnySocket): SockAddr {
  if (socket instanceof TcpSocket) {
    if (socket.isClosed) throw new InetError('einval');
    return sockAddr(socket.sock.address());
  }
  if (socket instanceof ListenSocket) {
    const a = socket.server.address();
    if (a === null || typeof a === 'string') throw new InetError('einval');
    return sockAddr(a);
  }
  return socket.sockname();
}

/** inet:port/1: the local port. */
export function port(socket: AnySocket): number {
  return sockname(socket).port;
}

/** inet:close/1. */
export function close(socket: AnySocket): void {
  socket.close();
}
