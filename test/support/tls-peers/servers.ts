// Server peers: started on a free loopback port, handed back once they accept connections.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { waitForOutput } from './output.js';
import { freePort } from './ports.js';
import { capturedOf, start, stopProcess } from './processes.js';

/** A server peer that is accepting connections. */
export interface RunningServer {
  port: number;
  proc: ChildProcessWithoutNullStreams;
  /** stdout and stderr so far, interleaved as they arrived. */
  output(): string;
  /** The first match of `pattern` in output(), now or once it appears. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** SIGTERM, then SIGKILL if it has not exited within 2 s; resolves once it has exited. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Listen on this port instead of a free one. */
  port?: number;
  /** How long to wait for the server to accept connections; default 10 s. */
  readyTimeoutMs?: number;
  /** The server is killed after this long whatever happens; default 60 s. */
  lifetimeMs?: number;
}

/** The RunningServer for `proc`, which start() spawned. */
export function server(proc: ChildProcessWithoutNullStreams, port: number): RunningServer {
  const c = capturedOf(proc)!;
  return {
    port,
    proc,
    output: () => c.all,
    waitFor: (pattern, timeoutMs) => waitForOutput(proc, pattern, timeoutMs),
    stop: () => stopProcess(proc),
  };
}

/**
 * Start a server on a free port (or opts.port) and wait until `ready` says it accepts; a port
 * taken between freePort() and the server's bind is retried with another port.
 */
export async function startServer(
  cmd: string,
  argsFor: (port: number) => string[],
  ready: (proc: ChildProcessWithoutNullStreams, port: number, timeoutMs: number) => Promise<unknown>,
  opts: ServerOptions,
): Promise<RunningServer> {
  const attempts = opts.port === undefined ? 3 : 1;
  for (let i = 1; ; i++) {
    const port = opts.port ?? (await freePort());
    const { proc, c } = start(cmd, argsFor(port), opts.lifetimeMs ?? 60_000);
    try {
      await ready(proc, port, opts.readyTimeoutMs ?? 10_000);
      return server(proc, port);
    } catch (e) {
      await stopProcess(proc);
      if (i >= attempts || !/address already in use/i.test(c.all)) throw e;
    }
  }
}
