// inet:setopts/2 and inet:getopts/2 on a TCP socket: which option changes what.

import type { RawOption } from '@otpnet/inet-spec';
import { InetError } from './errors.js';
import { checkSettable, normalizeOptions, type OptionName, type Options, optionName } from './options.js';

import type { TcpSocket } from './socket.js';
import {
  getIntOption,
  getRawOption,
  IP_TOS,
  IPPROTO_IP,
  IPPROTO_IPV6,
  IPV6_TCLASS,
  SO_DONTROUTE,
  SO_PRIORITY,
  SO_RCVBUF,
  SO_SNDBUF,
  SOL_SOCKET,
  setIntOption,
  setRawOption,
} from './sockopt.js';

const framing = new Set<OptionName>(['packet', 'packetSize', 'buffer', 'lineDelimiter']);

/** Options that reach the kernel: Node calls where it has them, the sockopt addon otherwise. */
export function applyKernelOption(s: TcpSocket, name: OptionName, value: unknown): void {
  switch (name) {
    case 'nodelay':
      s.sock.setNoDelay(value === true);
      return;
    case 'keepalive':
      s.sock.setKeepAlive(value === true);
      return;
    case 'sndbuf':
      setIntOption(s.fd, SOL_SOCKET, SO_SNDBUF, value as number, name);
      return;
    case 'recbuf':
      setIntOption(s.fd, SOL_SOCKET, SO_RCVBUF, value as number, name);
      return;
    case 'tos':
      if (s.sock.remoteFamily === 'IPv6')
        setIntOption(s.fd, IPPROTO_IPV6, IPV6_TCLASS, value as number, name);
      else setIntOption(s.fd, IPPROTO_IP, IP_TOS, value as number, name);
      return;
    case 'priority':
      setIntOption(s.fd, SOL_SOCKET, SO_PRIORITY, value as number, name);
      return;
    case 'dontroute':
      setIntOption(s.fd, SOL_SOCKET, SO_DONTROUTE, value === true ? 1 : 0, name);
      return;
    case 'raw': {
      const raws = (isRawList(value) ? value : [value]) as RawOption[];
      for (const [level, opt, bin] of raws) setRawOption(s.fd, level, opt, bin, 'raw');
      return;
    }
    default:
      return;
  }
}

function isRawList(v: unknown): boolean {
  return Array.isArray(v) && Array.isArray(v[0]);
}

export function setopts(s: TcpSocket, input: Options): void {
  if (s.isClosed) throw new InetError('einval', 'socket is closed');
  const opts = normalizeOptions(input);
  checkSettable(opts);
  let reframe = false;
  for (const [key, value] of Object.entries(opts) as [OptionName, unknown][]) {
    if (key === 'active') continue;
    // linger is carried out by close itself: SO_LINGER would make close(2) block the event loop.
    if (key !== 'linger') applyKernelOption(s, key, value);
    (s.opts as Record<string, unknown>)[key] = value;
    if (framing.has(key)) reframe = true;
  }
  if (reframe) s.reframe();
  // active last, so that packets it releases use the new framing
  if (opts.active !== undefined) s.setActive(opts.active);
}

/** The values of the asked options; those the system cannot report are left out, as in Erlang. */
export function getopts(s: TcpSocket, names: readonly (string | RawRequest)[]): Record<string, unknown> {
  if (s.isClosed) throw new InetError('einval', 'socket is closed');
  const out: Record<string, unknown> = {};
  for (const asked of names) {
    if (typeof asked !== 'string') {
      const [, level, opt, size] = asked;
      out['raw'] = [level, opt, getRawOption(s.fd, level, opt, size, 'raw')];
      continue;
    }
    const name = optionName(asked);
    if (name === undefined) throw new InetError('einval', `${asked}: unknown option`);
    try {
      const v = readOption(s, name);
      if (v !== undefined) out[asked] = v;
    } catch (e) {
      if (!(e instanceof InetError)) throw e;
    }
  }
  return out;
}

/** A raw getopts request: ['raw', level, option, buffer size]. */
export type RawRequest = readonly ['raw', number, number, number];

function readOption(s: TcpSocket, name: OptionName): unknown {
  switch (name) {
    case 'active':
      return s.active;
    case 'sndbuf':
      return getIntOption(s.fd, SOL_SOCKET, SO_SNDBUF, name);
    case 'recbuf':
      return getIntOption(s.fd, SOL_SOCKET, SO_RCVBUF, name);
    case 'tos':
      return s.sock.remoteFamily === 'IPv6'
        ? getIntOption(s.fd, IPPROTO_IPV6, IPV6_TCLASS, name)
        : getIntOption(s.fd, IPPROTO_IP, IP_TOS, name);
    case 'priority':
      return getIntOption(s.fd, SOL_SOCKET, SO_PRIORITY, name);
    case 'dontroute':
      return getIntOption(s.fd, SOL_SOCKET, SO_DONTROUTE, name) !== 0;
    default:
      return s.opts[name];
  }
}
