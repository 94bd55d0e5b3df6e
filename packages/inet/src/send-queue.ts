// The send side of a TCP socket: packets sent in one turn of the event loop are encoded into one
// buffer and written when the turn ends (delay_send: one turn later). A sender is held busy once
// the queued bytes reach high_watermark, until they are down to low_watermark; send_timeout
// bounds that wait (inet-api setopts/2 high_watermark, low_watermark, send_timeout).
import type { Socket } from 'node:net';
import { InetError } from './errors.js';
import { type PacketTypeName, SendBatch } from './framing/index.js';
import type { SocketOptions } from './options.js';
import type { SocketStats } from './stats.js';

export class SendQueue {
  private readonly batch = new SendBatch();
  private flushScheduled = false;
  private busy = false;
  private waiters: Array<() => void> = [];

  constructor(
    private readonly sock: Socket,
    private readonly opts: SocketOptions,
    private readonly stats: SocketStats,
    /** Called when a send timed out and send_timeout_close holds. */
    private readonly onTimeoutClose: () => void,
  ) {}

  /** Whether a send must wait (or the caller can enqueue at once). */
  get isBusy(): boolean {
    return this.busy;
  }

  /** Queued bytes not yet handed to the kernel (send_pend). */
  get pending(): number {
    return this.sock.writableLength + this.batch.size;
  }

  enqueue(type: PacketTypeName, body: Uint8Array): void {
    this.stats.sent(this.batch.add(type, body));
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      if (this.opts.delaySend === true) setImmediate(this.flush);
      else process.nextTick(this.flush);
    }
    if (this.pending >= this.opts.highWatermark) this.busy = true;
  }

  /** Write what is queued now (before end or close, so that nothing queued is lost). */
  readonly flush = (): void => {
    this.flushScheduled = false;
    if (this.sock.destroyed) return;
    const parts = this.batch.take();
    if (parts.length > 1) this.sock.cork();
    for (const p of parts) this.sock.write(p, this.release);
    if (parts.length > 1) this.sock.uncork();
  };

  /** Resolves when the sender is no longer busy; rejects with timeout after send_timeout. */
  waitNotBusy(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    const timeout = this.opts.sendTimeout;
    return new Promise<void>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const waiter = () => {
        if (timer !== undefined) clearTimeout(timer);
        resolve();
      };
      this.waiters.push(waiter);
      if (timeout !== 'infinity') {
        timer = setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          reject(new InetError('timeout'));
          if (this.opts.sendTimeoutClose === true) this.onTimeoutClose();
        }, timeout);
      }
    });
  }

  /** Busy senders go on once the queue is down to low_watermark (or the socket is gone). */
  readonly release = (): void => {
    if (!this.busy) return;
    if (this.pending > this.opts.lowWatermark && !this.sock.destroyed) return;
    this.busy = false;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  };
}
