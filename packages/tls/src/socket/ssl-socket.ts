// An ssl socket: the sans-IO Connection driven by a transport (a node:net socket, or any Duplex).
// Bytes from the transport go to the connection; its output is written one flight per write (cork
// and uncork make one writev of the records); application data goes to the delivery.
import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { type IoData, toBytes } from '@otpnet/inet';
import type { ResolvedOptions } from '../config/resolve.js';
import { Connection } from '../connection.js';
import { type AlertError, alertReason, TlsError, type TlsReason } from '../errors.js';
import { Client13Driver } from '../handshake/client13.js';
import { ServerEntryDriver } from '../handshake/server-entry.js';
import { Delivery, type SslData } from './delivery.js';
import { type SslSocketOptions, socketOptions } from './socket-options.js';

export interface SslSocketEvents {
  ssl: [data: SslData, socket: SslSocket];
  ssl_closed: [socket: SslSocket];
  ssl_error: [reason: TlsReason, socket: SslSocket];
  ssl_passive: [socket: SslSocket];
  /** Closed from this side (close or destroy), as net.Socket's 'close': nothing more is sent. */
  close: [socket: SslSocket];
}

type Waiting = { resolve: () => void; reject: (e: TlsError) => void };

export class SslSocket extends EventEmitter<SslSocketEvents> {
  readonly conn: Connection;
  readonly delivery: Delivery;
  opts: SslSocketOptions;
  private handshakeWait: Waiting | undefined;
  private started = false;
  private closed = false;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    /** @internal */ readonly transport: Duplex,
    readonly options: ResolvedOptions,
    opts: SslSocketOptions,
    unread?: Uint8Array,
  ) {
    super();
    this.opts = opts;
    const { config } = options;
    this.delivery = new Delivery(
      {
        emit: (event: keyof SslSocketEvents, arg?: unknown) => {
          if (this.listenerCount(event) === 0) return false;
          if (arg === undefined) return this.emit(event as 'ssl_closed', this);
          return this.emit(event as 'ssl', arg as SslData, this);
        },
        reading: (on) => (on ? this.transport.resume() : this.transport.pause()),
      },
      opts.active,
      opts.mode,
    );
    // A listener added later gets the data held while nobody listened.
    (this as EventEmitter).on('newListener', (event: string) => {
      if (event === 'ssl' || event === 'ssl_closed' || event === 'ssl_error')
        queueMicrotask(() => this.delivery.pump());
    });
    this.conn = new Connection(
      config,
      {
        output: (chunks) => this.write(chunks),
        data: (d) => {
          this.delivery.push(d);
          this.touch();
        },
        handshakeDone: () => {
          this.handshakeWait?.resolve();
          this.handshakeWait = undefined;
        },
        peerClosed: () => this.onPeerClosed(),
        failed: (e) => this.onFailed(e),
      },
      (host) => (config.role === 'client' ? new Client13Driver(host) : new ServerEntryDriver(host)),
    );
    const sock = transport as Partial<Socket>;
    sock.setNoDelay?.(opts.nodelay);
    if (opts.keepalive) sock.setKeepAlive?.(true);
    transport.pause();
    transport.on('data', (chunk: Buffer) => {
      this.conn.receive(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
      this.touch();
    });
    transport.on('end', () => this.onTransportEnd());
    transport.on('error', (err: NodeJS.ErrnoException) => this.onTransportError(err));
    transport.on('close', () => this.onTransportEnd());
    if (unread && unread.length > 0) this.conn.receive(unread);
  }

  get role() {
    return this.options.config.role;
  }

  /** Runs the handshake; resolves once application data may flow. */
  handshake(timeout: number | 'infinity'): Promise<void> {
    if (this.conn.state === 'open') return Promise.resolve();
    if (this.handshakeWait || this.started) return Promise.reject(new TlsError('handshake_in_progress'));
    this.started = true;
    return new Promise<void>((resolve, reject) => {
      const timer =
        timeout === 'infinity'
          ? undefined
          : setTimeout(() => {
              this.handshakeWait = undefined;
              this.destroy();
              reject(new TlsError('timeout', 'the handshake did not complete in time'));
            }, timeout);
      const done = () => timer && clearTimeout(timer);
      this.handshakeWait = {
        resolve: () => {
          done();
          resolve();
        },
        reject: (e) => {
          done();
          reject(e);
        },
      };
      this.transport.resume();
      if (this.role === 'client') this.conn.start();
    });
  }

  /** ssl:send/2: resolves once the transport took the data (waits while it is full). */
  send(data: IoData): Promise<void> {
    if (this.closed || this.conn.state === 'failed') return Promise.reject(new TlsError('closed'));
    try {
      this.conn.send(typeof data === 'object' && data instanceof Uint8Array ? data : toBytes(data));
    } catch (e) {
      return Promise.reject(e);
    }
    this.touch();
    if (!this.transport.writableNeedDrain) return Promise.resolve();
    return new Promise((resolve) => this.transport.once('drain', () => resolve()));
  }

  recv(length: number, timeout: number | 'infinity'): Promise<SslData> {
    return this.delivery.recv(length, timeout);
  }

  setopts(input: Readonly<Record<string, unknown>>): void {
    const { active, ...rest } = input;
    this.opts = socketOptions(rest, this.opts);
    this.delivery.mode = this.opts.mode;
    const sock = this.transport as Partial<Socket>;
    if ('nodelay' in rest) sock.setNoDelay?.(this.opts.nodelay);
    if ('keepalive' in rest) sock.setKeepAlive?.(this.opts.keepalive);
    if (active !== undefined) {
      const checked = socketOptions({ active }, this.opts).active;
      this.delivery.setActive(checked);
    }
  }

  /** ssl:shutdown/2: 'write' sends close_notify and half-closes TCP; reading goes on. */
  shutdown(how: 'read' | 'write' | 'read_write'): void {
    if (how === 'read') {
      this.delivery.finish();
      return;
    }
    this.conn.close();
    this.transport.end();
    if (how === 'read_write') this.delivery.finish();
  }

  /** ssl:close/1: close_notify, then the transport goes once it is written. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.conn.state === 'open' || this.conn.state === 'handshake') this.conn.close();
    this.transport.end();
    const timer = setTimeout(() => this.transport.destroy(), 5000);
    timer.unref();
    this.transport.once('close', () => clearTimeout(timer));
    this.clearIdle();
    this.emit('close', this);
  }

  destroy(): void {
    const was = this.closed;
    this.closed = true;
    this.clearIdle();
    this.transport.destroy();
    if (!was) this.emit('close', this);
  }

  private write(chunks: Uint8Array[]): void {
    const t = this.transport;
    if (t.destroyed || t.writableEnded) return;
    if (chunks.length === 1) {
      t.write(chunks[0] as Uint8Array);
      return;
    }
    t.cork();
    for (const c of chunks) t.write(c);
    t.uncork();
  }

  private onPeerClosed(): void {
    // As Erlang's ssl does: answer close_notify with ours, and the connection is done.
    this.delivery.finish();
    if (!this.conn.closedForWriting) this.conn.close();
    if (!this.closed) {
      this.closed = true;
      this.transport.end();
    }
  }

  private onFailed(e: AlertError): void {
    const reason = alertReason(e, this.role);
    if (this.handshakeWait) {
      this.handshakeWait.reject(new TlsError(reason));
      this.handshakeWait = undefined;
    } else this.delivery.finish(reason);
    this.closed = true;
    this.transport.end();
  }

  private onTransportEnd(): void {
    if (this.handshakeWait) {
      this.handshakeWait.reject(
        new TlsError('closed', 'the peer closed the connection during the handshake'),
      );
      this.handshakeWait = undefined;
    }
    this.delivery.finish();
    this.clearIdle();
  }

  private onTransportError(err: NodeJS.ErrnoException): void {
    const reason = (err.code?.toLowerCase() ?? 'closed') as TlsReason;
    if (this.handshakeWait) {
      this.handshakeWait.reject(new TlsError(reason, err.message));
      this.handshakeWait = undefined;
    }
    this.delivery.finish(reason === 'econnreset' || reason === 'epipe' ? undefined : reason);
  }

  /** hibernate_after: an idle connection gives back the buffers it holds. */
  private touch(): void {
    const after = this.options.hibernateAfter;
    if (after === undefined || this.closed) return;
    this.clearIdle();
    this.idleTimer = setTimeout(() => this.conn.compact(), after);
    this.idleTimer.unref();
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }
}
