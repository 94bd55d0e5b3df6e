// Loopback ports for the peers: picking a free one and waiting until one accepts.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import net from 'node:net';
import { capturedOf } from './processes.js';

/** A port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves once 127.0.0.1:port accepts a TCP connection; rejects if `proc` exits first. */
export async function waitForPort(
  port: number,
  timeoutMs = 10_000,
  proc?: ChildProcessWithoutNullStreams,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const c = proc === undefined ? undefined : capturedOf(proc);
    if (c?.done) throw new Error(`process exited before port ${port} opened; output:\n${c.all}`);
    if (await accepts(port)) return;
    if (Date.now() > deadline)
      throw new Error(`nothing listening on 127.0.0.1:${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ port, host: '127.0.0.1' });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}
