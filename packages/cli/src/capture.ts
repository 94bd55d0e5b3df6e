// Captures what a real client sends first: a one-shot TCP server on loopback, the client
// started against it, and the bytes read until `complete` says a whole message has arrived.
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';

export interface CaptureOptions {
  /** The client command to run; `{port}` in an argument is replaced by the server's port. */
  command: string;
  args: string[];
  /** Bytes the server sends on accept (an SSH identification line). */
  greeting?: Uint8Array;
  /** Returns the length of the first complete message in `buf`, or undefined while incomplete. */
  complete(buf: Uint8Array): number | undefined;
  timeoutMs: number;
}

/** The first message the client sends, or undefined when it could not be captured in time. */
export function captureClient(opts: CaptureOptions): Promise<Uint8Array | undefined> {
  return new Promise((resolve) => {
    let child: ChildProcess | undefined;
    let settled = false;
    const server = net.createServer((sock) => {
      let buf = new Uint8Array(0);
      if (opts.greeting) sock.write(opts.greeting);
      sock.on('data', (d: Buffer) => {
        const next = new Uint8Array(buf.length + d.length);
        next.set(buf);
        next.set(d, buf.length);
        buf = next;
        let n: number | undefined;
        try {
          n = opts.complete(buf);
        } catch {
          return finish(undefined); // not what the client should have sent: no capture
        }
        if (n !== undefined) finish(buf.slice(0, n));
      });
      sock.on('error', () => finish(undefined));
    });
    const timer = setTimeout(() => finish(undefined), opts.timeoutMs);
    function finish(result: Uint8Array | undefined): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child?.kill('SIGKILL');
      server.close();
      for (const s of sockets) s.destroy();
      resolve(result);
    }
    const sockets = new Set<net.Socket>();
    server.on('connection', (s) => sockets.add(s));
    server.listen(0, '127.0.0.1', () => {
      const port = String((server.address() as net.AddressInfo).port);
      child = spawn(
        opts.command,
        opts.args.map((a) => a.replace('{port}', port)),
        { stdio: ['pipe', 'ignore', 'ignore'] },
      );
      child.on('error', () => finish(undefined));
    });
  });
}
