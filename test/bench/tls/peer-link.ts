// The parent's end of the IPC link to the server process (peer.ts).
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FromPeer, ToPeer } from './protocol.js';

export class PeerLink {
  private readonly child: ChildProcess;
  private readonly queue: FromPeer[] = [];
  private readonly waiting: ((m: FromPeer) => void)[] = [];

  constructor() {
    // execArgv is inherited: the child runs the TypeScript sources as this process does.
    this.child = fork(fileURLToPath(new URL('./peer.ts', import.meta.url)), [], { stdio: 'inherit' });
    this.child.on('message', (m: FromPeer) => {
      const w = this.waiting.shift();
      if (w) w(m);
      else this.queue.push(m);
    });
  }

  send(m: ToPeer): void {
    this.child.send(m);
  }

  /** The next message from the peer; a peer error rejects. */
  async next<K extends FromPeer['op']>(op: K, timeoutMs = 60_000): Promise<Extract<FromPeer, { op: K }>> {
    const m =
      this.queue.shift() ??
      (await new Promise<FromPeer>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`peer: no ${op} in ${timeoutMs} ms`)), timeoutMs);
        this.waiting.push((x) => {
          clearTimeout(timer);
          resolve(x);
        });
      }));
    if (m.op === 'error') throw new PeerError(m.message);
    if (m.op !== op) throw new PeerError(`peer: expected ${op}, got ${m.op}`);
    return m as Extract<FromPeer, { op: K }>;
  }

  /** Stops what the peer serves; what it said before (a late error) is dropped. */
  async stop(): Promise<void> {
    this.send({ op: 'stop' });
    for (;;) {
      const m = this.queue.shift() ?? (await new Promise<FromPeer>((resolve) => this.waiting.push(resolve)));
      if (m.op === 'stopped') return;
    }
  }

  close(): void {
    this.child.disconnect();
  }
}

export class PeerError extends Error {
  override name = 'PeerError';
}
