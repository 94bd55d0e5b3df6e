// A connected gen_tcp socket: a Node socket plus packet framing, active-mode delivery with flow
// control, passive recv, busy-sender watermarks and statistics (inet-api setopts/2, getstat/2).
import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { type ActiveMode, nextActive, type Packet, shapePacket } from './active-mode.js';
import { fromNodeError, InetError, type InetReason } from './errors.js';
import { frameTooLarge, type HttpPacket, PacketReader, packetTypeName } from './framing/index.js';
import { type IoData, toBytes } from './iodata.js';
import type { SocketOptions } from './options.js';
import { SendQueue } from './send-queue.js';
import { applyKernelOption } from './socket-options.js';
import { SocketStats } from './stats.js';

/** Where a socket's events go: the socket itself, or another emitter after a handoff. */
export type SocketOwner = Pick<EventEmitter, 'emit' | 'listenerCount' | 'on' | 'off'>;

interface PendingRecv {
  length: number;
  resolve: (p: Packet) => void;
  reject: (e: InetError) => void;
  timer: NodeJS.Timeout | undefined;
}

export interface TcpSocketEvents {
  tcp: [data: Packet, socket: TcpSocket];
  http: [packet: HttpPacket, socket: TcpSocket];
  tcp_closed: [socket: TcpSocket];
  tcp_error: [reason: InetReason, socket: TcpSocket];
  tcp_passive: [socket: TcpSocket];
}

const resolved = Promise.resolve();

export class TcpSocket extends EventEmitter<TcpSocketEvents> {
  /** @internal */ readonly sock: Socket;
  /** @internal */ readonly opts: SocketOptions;
  /** @internal */ readonly stats = new SocketStats();
  private readonly reader: PacketReader;
  private activeMode: ActiveMode;
  private owner: SocketOwner = this;
  private readonly recvQueue: PendingRecv[] = [];
  private peerClosed = false; // FIN or error seen
  private closeReported = false;
  private errorReason: InetReason | undefined;
  private closed = false;
  private sendClosed = false; // the close was seen in passive mode and exit_on_close holds
  private pumping = false;
  private repump = false;
  private readonly sendQueue: SendQueue;

  /** @internal */
  constructor(sock: Socket, opts: SocketOptions) {
    super();
    this.sock = sock;
    this.opts = opts;
    // An initial {active, N} with N <= 0 is passive, as setopts would make it.
    this.activeMode = typeof opts.active === 'number' && opts.active <= 0 ? false : (opts.active ?? true);
    opts.active = this.activeMode;
    this.sendQueue = new SendQueue(sock, opts, this.stats, () => this.destroy());
    this.reader = new PacketReader(packetTypeName(opts.packet ?? 'raw'), this.limits());
    sock.pause();
    sock.on('data', (chunk: Buffer) => {
      this.stats.received(chunk.length);
      // Plain Uint8Array views: what we deliver is the same type whichever runtime made it.
      this.reader.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
      this.pump();
    });
    sock.on('end', () => {
      this.peerClosed = true;
      this.pump();
    });
    sock.on('error', (err) => {
      const reason = fromNodeError(err).reason;
      // As in Erlang, a reset (or a write into it) reads as a plain close unless show_econnreset.
      const reset = reason === 'econnreset' || reason === 'epipe';
      if (!reset || this.opts.showEconnreset) this.errorReason ??= reason;
      this.peerClosed = true;
      this.pump();
    });
    sock.on('close', () => {
      this.peerClosed = true;
      this.sendQueue.release();
      this.pump();
    });
    this.watchOwner(this);
    for (const name of [
      'nodelay',
      'keepalive',
      'sndbuf',
      'recbuf',
      'tos',
      'priority',
      'dontroute',
      'raw',
    ] as const) {
      // Defaults (false, 0, absent) are what the kernel already has.
      const v = opts[name];
      if (v !== undefined && v !== false && v !== 0) applyKernelOption(this, name, v);
    }
  }

  /** The current active mode. */
  get active(): ActiveMode {
    return this.activeMode;
  }

  /** @internal */
  limits(): { maxPacket: number; truncate: number; delimiter: number } {
    return {
      maxPacket: this.opts.packetSize ?? 0,
      truncate: this.opts.buffer ?? 1460,
      delimiter: this.opts.lineDelimiter ?? 10,
    };
  }

  /** @internal setopts: framing options take effect for the next packet. */
  reframe(): void {
    this.reader.setType(packetTypeName(this.opts.packet ?? 'raw'));
    this.reader.limits = this.limits();
    this.pump();
  }

  /** @internal {active, N} adds N to the counter; reaching 0 or below makes the socket passive. */
  setActive(value: ActiveMode): void {
    const { mode, passive } = nextActive(this.activeMode, value);
    this.activeMode = mode;
    this.opts.active = mode;
    if (passive) this.owner.emit('tcp_passive', this);
    this.pump();
  }

  /** @internal Move event delivery to `owner`; packets not yet delivered go there. */
  setOwner(owner: SocketOwner): void {
    this.owner = owner;
    this.watchOwner(owner);
    this.pump();
  }

  private watchOwner(owner: SocketOwner): void {
    // A listener added later may be waiting for packets held back while nobody listened.
    owner.on('newListener', (event: string) => {
      if (owner === this.owner && (event === 'tcp' || event === 'http' || event === 'tcp_closed')) {
        queueMicrotask(() => this.pump());
      }
    });
  }

  /** @internal Passive receive (gen_tcp:recv/3). */
  recv(length: number, timeout: number | 'infinity'): Promise<Packet> {
    if (this.activeMode !== false) return Promise.reject(new InetError('einval', 'recv on an active socket'));
    if (this.closed || this.closeReported) return Promise.reject(new InetError(this.errorReason ?? 'closed'));
    if (length > 0 && this.reader.packetType !== 'raw') {
      return Promise.reject(new InetError('einval', 'recv length > 0 needs packet raw'));
    }
    return new Promise<Packet>((resolve, reject) => {
      const pending: PendingRecv = { length, resolve, reject, timer: undefined };
      if (timeout !== 'infinity') {
        pending.timer = setTimeout(() => {
          const at = this.recvQueue.indexOf(pending);
          if (at >= 0) this.recvQueue.splice(at, 1);
          this.updateReading();
          reject(new InetError('timeout'));
        }, timeout);
      }
      this.recvQueue.push(pending);
      this.pump();
    });
  }

  private pump(): void {
    if (this.pumping) {
      this.repump = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.repump = false;
        this.deliver();
      } while (this.repump);
    } finally {
      this.pumping = false;
    }
    this.updateReading();
  }

  /** Deliver what is complete to whoever asks; report the close once everything is out. */
  private deliver(): void {
    if (this.closed) return;
    let drained = false;
    for (;;) {
      if (this.activeMode === false) {
        const pending = this.recvQueue[0];
        if (pending === undefined) break;
        const r = this.reader.next(pending.length);
        if (r.kind === 'more') {
          drained = true;
          break;
        }
        this.recvQueue.shift();
        if (pending.timer !== undefined) clearTimeout(pending.timer);
        if (r.kind === 'error') {
          pending.reject(new InetError(r.reason));
          this.failed(r.reason);
          return;
        }
        this.stats.delivered(r.wireSize);
        pending.resolve(r.kind === 'http' ? r.packet : shapePacket(r.packet, this.opts));
        continue;
      }
      const event = this.reader.packetType.startsWith('http') ? 'http' : 'tcp';
      if (this.owner.listenerCount(event) === 0) {
        // Held, like an unread mailbox; a close with nothing left to deliver is still reported.
        drained = this.reader.buffered === 0;
        break;
      }
      const r = this.reader.next(0);
      if (r.kind === 'more') {
        drained = true;
        break;
      }
      if (r.kind === 'error') {
        this.failed(r.reason);
        return;
      }
      this.stats.delivered(r.wireSize);
      let passive = false;
      if (this.activeMode !== true) {
        const next = nextActive(this.activeMode, 'delivered');
        this.activeMode = next.mode;
        this.opts.active = next.mode;
        passive = next.passive;
      }
      this.owner.emit(event, r.kind === 'http' ? r.packet : shapePacket(r.packet, this.opts), this);
      if (passive) this.owner.emit('tcp_passive', this);
    }
    if (this.peerClosed && drained && !this.closeReported) this.reportClose();
  }

  private reportClose(): void {
    const reason = this.errorReason ?? 'closed';
    if (this.activeMode === false) {
      // Passive: the pending receives learn it now; an active mode set later still gets tcp_closed.
      for (const p of this.recvQueue.splice(0)) {
        if (p.timer !== undefined) clearTimeout(p.timer);
        p.reject(new InetError(reason));
      }
      if (this.opts.exitOnClose !== false) {
        this.sendClosed = true;
        this.sock.destroy();
      }
      return;
    }
    this.closeReported = true;
    if (this.errorReason !== undefined) this.owner.emit('tcp_error', this.errorReason, this);
    this.owner.emit('tcp_closed', this);
    if (this.opts.exitOnClose !== false) this.destroy();
  }

  /** A framing error (emsgsize): reported like the driver does, then the socket closes. */
  private failed(reason: InetReason): void {
    this.errorReason = reason;
    this.peerClosed = true;
    this.reader.clear();
    if (this.activeMode === false) {
      for (const p of this.recvQueue.splice(0)) {
        if (p.timer !== undefined) clearTimeout(p.timer);
        p.reject(new InetError(reason));
      }
      this.closeReported = true;
      this.destroy();
      return;
    }
    this.reportClose();
    this.destroy();
  }

  /** Read from the kernel only while someone is waiting for packets: this is the flow control. */
  private updateReading(): void {
    if (this.closed || this.peerClosed) return;
    const event = this.reader.packetType.startsWith('http') ? 'http' : 'tcp';
    const want = this.activeMode === false ? this.recvQueue.length > 0 : this.owner.listenerCount(event) > 0;
    if (want) this.sock.resume();
    else this.sock.pause();
  }

  /** @internal gen_tcp:send/2: resolves once queued; waits while the sender is busy. */
  send(data: IoData): Promise<void> {
    let body: Uint8Array;
    try {
      this.checkWritable();
      body = toBytes(data);
      if (frameTooLarge(this.reader.packetType, body.length)) {
        throw new InetError('emsgsize', `packet of ${body.length} bytes is too large for its header`);
      }
    } catch (e) {
      return Promise.reject(e);
    }
    if (!this.sendQueue.isBusy) {
      this.sendQueue.enqueue(this.reader.packetType, body);
      return resolved;
    }
    return this.sendQueue.waitNotBusy().then(() => {
      this.checkWritable();
      this.sendQueue.enqueue(this.reader.packetType, body);
    });
  }

  private checkWritable(): void {
    if (this.closed || this.sendClosed) throw new InetError('closed');
    if (this.sock.writableEnded || this.sock.destroyed) throw new InetError(this.errorReason ?? 'closed');
  }

  /** Queued bytes not yet handed to the kernel (send_pend). */
  get pending(): number {
    return this.sendQueue.pending;
  }

  /** @internal gen_tcp:shutdown/2. */
  shutdown(how: 'read' | 'write' | 'read_write'): void {
    if (this.closed) throw new InetError('enotconn');
    if (how === 'write' || how === 'read_write') {
      this.sendQueue.flush();
      this.sock.end();
    }
    if (how === 'read' || how === 'read_write') {
      this.reader.clear();
      this.peerClosed = true;
      this.sock.pause();
      this.pump();
    }
  }

  /** @internal gen_tcp:close/1: queued data is still sent unless linger says otherwise. */
  close(): void {
    if (this.closed) return;
    const [linger, seconds] = this.opts.linger ?? [false, 0];
    if (linger && seconds === 0) {
      this.sock.resetAndDestroy();
    } else {
      this.sendQueue.flush();
      this.sock.end();
      // Stop reading; the socket goes once the queue is flushed (or the linger time is up).
      this.sock.pause();
      const timer = setTimeout(() => this.sock.destroy(), linger ? seconds * 1000 : 60_000);
      timer.unref();
      this.sock.once('finish', () => {
        clearTimeout(timer);
        this.sock.destroy();
      });
    }
    this.markClosed();
  }

  /**
   * @internal Hands the node socket, and bytes received but not delivered, to a protocol layered
   * on it (ssl:connect on a gen_tcp socket); this socket is closed for its users from then on.
   */
  detach(): { sock: Socket; unread: Uint8Array } {
    if (this.closed) throw new InetError('closed');
    this.sendQueue.flush();
    for (const event of ['data', 'end', 'error', 'close'] as const) this.sock.removeAllListeners(event);
    this.sock.pause();
    const unread = this.reader.takeAll();
    this.markClosed();
    return { sock: this.sock, unread };
  }

  private destroy(): void {
    if (this.closed) return;
    this.sock.destroy();
    this.markClosed();
  }

  private markClosed(): void {
    this.closed = true;
    this.closeReported = true;
    this.reader.clear();
    for (const p of this.recvQueue.splice(0)) {
      if (p.timer !== undefined) clearTimeout(p.timer);
      p.reject(new InetError('closed'));
    }
    this.sendQueue.release();
  }

  /** @internal */
  get isClosed(): boolean {
    return this.closed;
  }

  /** The file descriptor, for the sockopt addon. */
  /** @internal */
  get fd(): number | undefined {
    return (this.sock as unknown as { _handle?: { fd?: number } })._handle?.fd;
  }
}
