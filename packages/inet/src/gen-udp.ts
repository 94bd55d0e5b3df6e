// gen_udp: open, send, recv, close, active modes (udp / udp_passive events), broadcast and
// read_packets. Datagrams are never split or joined; a passive socket keeps at most
// `maxQueued` unread datagrams and drops newer ones, as a full kernel buffer would.
import { createSocket, type Socket as DgramSocket, type RemoteInfo } from 'node:dgram';
import { EventEmitter } from 'node:events';
import { type ActiveMode, nextActive, shapePacket } from './active-mode.js';
import { type IpAddress, isIpAddress, ntoa, parseAddress } from './address.js';
import { fromNodeError, InetError, type InetReason } from './errors.js';
import { type IoData, toBytes } from './iodata.js';
import {
  checkSettable,
  normalizeOptions,
  type Options,
  optionName,
  resolveOptions,
  type SocketOptions,
} from './options.js';
import { getaddr, type Host } from './resolver.js';
import type { SocketOwner } from './socket.js';
import { SocketStats } from './stats.js';

export interface Datagram {
  address: IpAddress;
  port: number;
  data: Uint8Array | number[] | [...number[], Uint8Array];
}

export interface GenUdpEvents {
  udp: [datagram: Datagram, socket: GenUdpSocket];
  udp_passive: [socket: GenUdpSocket];
  udp_error: [reason: InetReason, socket: GenUdpSocket];
}

const maxQueued = 1024;

export class GenUdpSocket extends EventEmitter<GenUdpEvents> {
  /** @internal */ readonly stats = new SocketStats();
  /** @internal */ readonly opts: SocketOptions;
  private readonly sock: DgramSocket;
  private readonly queue: Datagram[] = [];
  private readonly waiters: Array<{
    resolve: (d: Datagram) => void;
    reject: (e: InetError) => void;
    timer?: NodeJS.Timeout;
  }> = [];
  private activeMode: ActiveMode;
  private closed = false;
  private owner: SocketOwner = this;

  /** @internal */
  constructor(sock: DgramSocket, opts: SocketOptions) {
    super();
    this.sock = sock;
    this.opts = opts;
    this.activeMode = opts.active ?? true;
    sock.on('message', (msg: Buffer, rinfo: RemoteInfo) => {
      this.stats.received(msg.length);
      const d: Datagram = {
        address: parseAddress(rinfo.address.split('%')[0]!),
        port: rinfo.port,
        data: msg,
      };
      if (this.queue.length < maxQueued) this.queue.push(d);
      this.pump();
    });
    sock.on('error', (e) => {
      if (this.activeMode !== false) this.owner.emit('udp_error', fromNodeError(e).reason, this);
    });
    this.watchOwner(this);
  }

  /** @internal Move event delivery to `owner`; datagrams not yet delivered go there. */
  setOwner(owner: SocketOwner): void {
    this.owner = owner;
    this.watchOwner(owner);
    this.pump();
  }

  private watchOwner(owner: SocketOwner): void {
    owner.on('newListener', (event: string) => {
      if (owner === this.owner && event === 'udp') queueMicrotask(() => this.pump());
    });
  }

  private shape(d: Datagram): Datagram {
    this.stats.delivered((d.data as Uint8Array).length);
    return { ...d, data: shapePacket(d.data as Uint8Array, this.opts) as Datagram['data'] };
  }

  private pump(): void {
    for (;;) {
      if (this.queue.length === 0) return;
      if (this.activeMode === false) {
        const w = this.waiters.shift();
        if (w === undefined) return;
        if (w.timer !== undefined) clearTimeout(w.timer);
        w.resolve(this.shape(this.queue.shift()!));
        continue;
      }
      if (this.owner.listenerCount('udp') === 0) return; // held until someone listens
      const { mode, passive } = nextActive(this.activeMode, 'delivered');
      this.activeMode = mode;
      this.opts.active = mode;
      this.owner.emit('udp', this.shape(this.queue.shift()!), this);
      if (passive) this.owner.emit('udp_passive', this);
    }
  }

  /** @internal */
  recv(timeout: number | 'infinity'): Promise<Datagram> {
    if (this.closed) return Promise.reject(new InetError('closed'));
    if (this.activeMode !== false) return Promise.reject(new InetError('einval', 'recv on an active socket'));
    return new Promise((resolve, reject) => {
      const w: { resolve: (d: Datagram) => void; reject: (e: InetError) => void; timer?: NodeJS.Timeout } = {
        resolve,
        reject,
      };
      if (timeout !== 'infinity') {
        w.timer = setTimeout(() => {
          const at = this.waiters.indexOf(w);
          if (at >= 0) this.waiters.splice(at, 1);
          reject(new InetError('timeout'));
        }, timeout);
      }
      this.waiters.push(w);
      this.pump();
    });
  }

  /** @internal */
  async send(host: Host, port: number, data: IoData): Promise<void> {
    if (this.closed) throw new InetError('closed');
    const family = this.sock.address().family === 'IPv6' ? 'inet6' : 'inet';
    const addr = isIpAddress(host) ? host : await getaddr(host, family);
    const bytes = toBytes(data);
    await new Promise<void>((resolve, reject) => {
      this.sock.send(bytes, port, ntoa(addr), (err) => (err ? reject(fromNodeError(err)) : resolve()));
    });
    this.stats.sent(bytes.length);
  }

  /** @internal */
  setopts(input: Options): void {
    if (this.closed) throw new InetError('einval', 'socket is closed');
    const opts = normalizeOptions(input);
    checkSettable(opts);
    for (const [k, v] of Object.entries(opts)) {
      if (k === 'active') continue;
      this.applyOption(k as keyof SocketOptions, v);
      (this.opts as Record<string, unknown>)[k] = v;
    }
    if (opts.active !== undefined) {
      const { mode, passive } = nextActive(this.activeMode, opts.active);
      this.activeMode = mode;
      this.opts.active = mode;
      if (passive) this.owner.emit('udp_passive', this);
      this.pump();
    }
  }

  /** @internal */
  applyOption(name: keyof SocketOptions, value: unknown): void {
    try {
      switch (name) {
        case 'broadcast':
          this.sock.setBroadcast(value === true);
          break;
        case 'recbuf':
          this.sock.setRecvBufferSize(value as number);
          break;
        case 'sndbuf':
          this.sock.setSendBufferSize(value as number);
          break;
        case 'multicastTtl':
          this.sock.setMulticastTTL(value as number);
          break;
        case 'multicastLoop':
          this.sock.setMulticastLoopback(value === true);
          break;
        case 'multicastIf':
          this.sock.setMulticastInterface(ipText(value));
          break;
        case 'addMembership': {
          const [group, iface] = value as [IpAddress | string, IpAddress | string];
          this.sock.addMembership(ipText(group), ipText(iface));
          break;
        }
        case 'dropMembership': {
          const [group, iface] = value as [IpAddress | string, IpAddress | string];
          this.sock.dropMembership(ipText(group), ipText(iface));
          break;
        }
        case 'tos':
        case 'priority':
        case 'dontroute':
        case 'raw':
          throw new InetError('enotsup', `${name}: not available on UDP sockets here`);
        default:
          break;
      }
    } catch (e) {
      throw fromNodeError(e);
    }
  }

  /** @internal */
  getopts(names: readonly unknown[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const n of names) {
      if (typeof n !== 'string') continue;
      const name = optionName(n);
      if (name === undefined) throw new InetError('einval', `${n}: unknown option`);
      try {
        if (name === 'active') out[n] = this.activeMode;
        else if (name === 'recbuf') out[n] = this.sock.getRecvBufferSize();
        else if (name === 'sndbuf') out[n] = this.sock.getSendBufferSize();
        else if (this.opts[name] !== undefined) out[n] = this.opts[name];
      } catch {
        // left out, as Erlang does for options the system cannot report
      }
    }
    return out;
  }

  /** @internal */
  sockname(): { address: IpAddress; port: number } {
    const a = this.sock.address();
    return { address: parseAddress(a.address.split('%')[0]!), port: a.port };
  }

  /** @internal */
  peername(): { address: IpAddress; port: number } {
    try {
      const a = this.sock.remoteAddress();
      return { address: parseAddress(a.address), port: a.port };
    } catch {
      throw new InetError('enotconn');
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.sock.close();
    for (const w of this.waiters.splice(0)) {
      if (w.timer !== undefined) clearTimeout(w.timer);
      w.reject(new InetError('closed'));
    }
  }
}

function ipText(a: unknown): string {
  return typeof a === 'string' ? a : ntoa(a as IpAddress);
}

/** gen_udp:open/2. */
export async function open(port = 0, options: Options = {}): Promise<GenUdpSocket> {
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InetError('einval', `port: expected 0..65535, got ${port}`);
  const given = normalizeOptions(options);
  const opts = resolveOptions(given);
  const inet6 = opts.family === 'inet6' || (Array.isArray(opts.ip) && opts.ip.length === 8);
  const sock = createSocket({
    type: inet6 ? 'udp6' : 'udp4',
    reuseAddr: opts.reuseaddr === true,
    ...(opts.ipv6V6only ? { ipv6Only: true } : {}),
  });
  const ip = opts.ip ?? opts.ifaddr;
  await new Promise<void>((resolve, reject) => {
    sock.once('error', (e) => reject(fromNodeError(e)));
    sock.bind({ port, ...(ip === undefined ? {} : { address: ipText(ip) }) }, () => resolve());
  });
  const s = new GenUdpSocket(sock, opts);
  try {
    for (const k of [
      'broadcast',
      'recbuf',
      'sndbuf',
      'multicastTtl',
      'multicastLoop',
      'multicastIf',
      'addMembership',
    ] as const) {
      if (given[k] !== undefined) s.applyOption(k, given[k]);
    }
  } catch (e) {
    s.close();
    throw e;
  }
  return s;
}

export function send(socket: GenUdpSocket, host: Host, port: number, data: IoData): Promise<void> {
  return socket.send(host, port, data);
}

/** gen_udp:recv/3 (the length argument of Erlang's recv is not needed: a datagram is whole). */
export function recv(
  socket: GenUdpSocket,
  _length = 0,
  timeout: number | 'infinity' = 'infinity',
): Promise<Datagram> {
  return socket.recv(timeout);
}

export function close(socket: GenUdpSocket): void {
  socket.close();
}

/** gen_udp:controlling_process/2: from now on `udp`, `udp_passive` and `udp_error` go to `owner`. */
export function controllingProcess(socket: GenUdpSocket, owner: SocketOwner): void {
  socket.setOwner(owner);
}

export { controllingProcess as controlling_process };
