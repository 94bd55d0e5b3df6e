// The receiving side of an ssl socket, as gen_tcp has it: application data is delivered as `ssl`
// events in active mode ({active, true | once | N}) or held for recv/3 in passive mode. Held data
// is bounded: past the high-water mark the transport stops being read until the user catches up.
import { type ActiveMode, nextActive } from '@otpnet/inet';
import { TlsError, type TlsReason } from '../errors.js';

export type Mode = 'binary' | 'list';
export type SslData = Uint8Array | number[];

interface Waiter {
  readonly length: number;
  readonly resolve: (d: SslData) => void;
  readonly reject: (e: TlsError) => void;
  readonly timer: NodeJS.Timeout | undefined;
}

export interface DeliveryHooks {
  /** Emits `ssl` (data), `ssl_closed`, `ssl_error` or `ssl_passive`; false when nobody listens. */
  emit(event: 'ssl', data: SslData): boolean;
  emit(event: 'ssl_closed'): boolean;
  emit(event: 'ssl_error', reason: TlsReason): boolean;
  emit(event: 'ssl_passive'): boolean;
  /** Starts or stops reading the transport (flow control). */
  reading(on: boolean): void;
}

const HIGH_WATER = 256 * 1024;

export class Delivery {
  active: ActiveMode;
  mode: Mode;
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  private readonly waiters: Waiter[] = [];
  /** Set once the peer closed or the connection failed; reported after the held data. */
  private end: { reason?: TlsReason } | undefined;
  private endReported = false;

  constructor(
    private readonly hooks: DeliveryHooks,
    active: ActiveMode,
    mode: Mode,
  ) {
    this.active = active;
    this.mode = mode;
  }

  get buffered(): number {
    return this.heldBytes;
  }

  push(d: Uint8Array): void {
    this.held.push(d);
    this.heldBytes += d.length;
    this.pump();
  }

  /** The peer closed (reason undefined) or the connection failed. */
  finish(reason?: TlsReason): void {
    if (this.end) return;
    this.end = reason === undefined ? {} : { reason };
    this.pump();
  }

  setActive(value: ActiveMode): void {
    const { mode, passive } = nextActive(this.active, value);
    this.active = mode;
    if (passive) this.hooks.emit('ssl_passive');
    this.pump();
  }

  private delivered(): void {
    const { mode, passive } = nextActive(this.active, 'delivered');
    this.active = mode;
    if (passive) this.hooks.emit('ssl_passive');
  }

  /** recv/3: `length` 0 takes what is there (waiting for something); N waits for exactly N bytes. */
  recv(length: number, timeout: number | 'infinity'): Promise<SslData> {
    if (this.active !== false)
      return Promise.reject(new TlsError('einval', 'recv on a socket in active mode'));
    return new Promise((resolve, reject) => {
      const timer =
        timeout === 'infinity'
          ? undefined
          : setTimeout(() => {
              const i = this.waiters.indexOf(waiter);
              if (i >= 0) this.waiters.splice(i, 1);
              reject(new TlsError('timeout'));
            }, timeout);
      const waiter: Waiter = { length, resolve, reject, timer };
      this.waiters.push(waiter);
      this.pump();
    });
  }

  /** Delivers what can be delivered now. */
  pump(): void {
    while (this.held.length > 0) {
      if (this.active === false) {
        if (!this.serveWaiter()) break;
        continue;
      }
      const d = this.take(0);
      if (!this.hooks.emit('ssl', this.shape(d))) {
        // Nobody listens yet: keep it for the first listener.
        this.held.unshift(d);
        this.heldBytes += d.length;
        break;
      }
      this.delivered();
    }
    if (this.end && this.held.length === 0) this.reportEnd();
    this.hooks.reading(this.heldBytes < this.highWater());
  }

  /** Held bytes past which reading stops: more when a recv waits for more than that. */
  private highWater(): number {
    return Math.max(HIGH_WATER, this.waiters[0]?.length ?? 0);
  }

  private serveWaiter(): boolean {
    const w = this.waiters[0];
    if (!w || (w.length > 0 && this.heldBytes < w.length)) return false;
    this.waiters.shift();
    if (w.timer) clearTimeout(w.timer);
    w.resolve(this.shape(this.take(w.length)));
    return true;
  }

  private reportEnd(): void {
    if (this.endReported) return;
    const reason = this.end?.reason;
    // Made only for waiters: an error's stack trace costs more than the rest of a close.
    const waiters = this.waiters.splice(0);
    const error =
      waiters.length === 0 ? undefined : reason === undefined ? new TlsError('closed') : new TlsError(reason);
    for (const w of waiters) {
      if (w.timer) clearTimeout(w.timer);
      w.reject(error as TlsError);
    }
    if (this.active === false) return;
    this.endReported = true;
    if (reason === undefined) this.hooks.emit('ssl_closed');
    else this.hooks.emit('ssl_error', reason);
  }

  /** Takes `n` bytes (0: everything held) as one buffer. */
  private take(n: number): Uint8Array {
    const want = n === 0 ? this.heldBytes : n;
    const first = this.held[0];
    if (first && first.length === want) {
      this.held.shift();
      this.heldBytes -= want;
      return first;
    }
    const out = new Uint8Array(want);
    let at = 0;
    while (at < want) {
      const c = this.held[0] as Uint8Array;
      const k = Math.min(c.length, want - at);
      out.set(c.subarray(0, k), at);
      at += k;
      if (k === c.length) this.held.shift();
      else this.held[0] = c.subarray(k);
    }
    this.heldBytes -= want;
    return out;
  }

  private shape(d: Uint8Array): SslData {
    return this.mode === 'list' ? Array.from(d) : d;
  }
}
