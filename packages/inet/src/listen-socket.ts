// A listening gen_tcp socket: connections wait in a bounded queue until accept takes them.
import type { Server, Socket } from 'node:net';
import { InetError } from './errors.js';
import type { SocketOptions } from './options.js';

interface Waiter {
  resolve: (s: Socket) => void;
  reject: (e: InetError) => void;
  timer: NodeJS.Timeout | undefined;
}

/** Connections accepted by the kernel but not yet by gen_tcp.accept beyond this are refused. */
const maxQueued = 1024;

export class ListenSocket {
  /** @internal */ readonly server: Server;
  /** @internal */ readonly opts: SocketOptions;
  private readonly queue: Socket[] = [];
  private readonly waiters: Waiter[] = [];
  private closed = false;

  /** @internal */
  constructor(server: Server, opts: SocketOptions) {
    this.server = server;
    this.opts = opts;
    server.on('connection', (sock: Socket) => {
      const w = this.waiters.shift();
      if (w !== undefined) {
        if (w.timer !== undefined) clearTimeout(w.timer);
        w.resolve(sock);
      } else if (this.queue.length < Math.max(maxQueued, opts.backlog ?? 5)) {
        sock.on('error', () => {}); // a queued connection reset by its peer
        this.queue.push(sock);
      } else {
        sock.destroy();
      }
    });
  }

  /** @internal */
  nextConnection(timeout: number | 'infinity'): Promise<Socket> {
    if (this.closed) return Promise.reject(new InetError('closed'));
    const ready = this.queue.shift();
    if (ready !== undefined) {
      ready.removeAllListeners('error');
      return Promise.resolve(ready);
    }
    return new Promise<Socket>((resolve, reject) => {
      const w: Waiter = { resolve, reject, timer: undefined };
      if (timeout !== 'infinity') {
        w.timer = setTimeout(() => {
          const at = this.waiters.indexOf(w);
          if (at >= 0) this.waiters.splice(at, 1);
          reject(new InetError('timeout'));
        }, timeout);
      }
      this.waiters.push(w);
    });
  }

  /** @internal */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.server.close();
    for (const s of this.queue.splice(0)) s.destroy();
    for (const w of this.waiters.splice(0)) {
      if (w.timer !== undefined) clearTimeout(w.timer);
      w.reject(new InetError('closed'));
    }
  }

  /** @internal */
  get isClosed(): boolean {
    return this.closed;
  }
}
