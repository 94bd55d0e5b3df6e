// Client peers: run to completion with some input, their exit and output collected.
import { waitForOutput } from './output.js';
import { start } from './processes.js';

export interface ClientOptions {
  port: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The client is killed after this long; default 10 s. */
  timeoutMs?: number;
  /**
   * Keep stdin open until stdout+stderr match this, then close it. Without it stdin is closed
   * right after the input is written, and s_client and gnutls-cli quit on end of input, possibly
   * before the peer's answer arrives.
   */
  waitFor?: RegExp;
}

export interface ClientResult {
  /** Exit code, null when killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved as they arrived. */
  output: string;
  /** Killed because it outlived its timeout. */
  timedOut: boolean;
}

/** Run a client to completion: write `input`, close stdin (after `waitFor`, if given), collect. */
export async function runClient(
  cmd: string,
  args: string[],
  input: string | Buffer,
  timeoutMs: number,
  waitFor?: RegExp,
  env?: NodeJS.ProcessEnv,
): Promise<ClientResult> {
  const { proc, c } = start(cmd, args, timeoutMs, env);
  if (input.length > 0) proc.stdin.write(input);
  if (waitFor === undefined) proc.stdin.end();
  else {
    // On no match the lifetime timer ends the client; the result says so.
    waitForOutput(proc, waitFor, timeoutMs).then(
      () => proc.stdin.end(),
      () => {},
    );
  }
  await c.exited;
  return {
    code: proc.exitCode,
    signal: proc.signalCode,
    stdout: c.stdout,
    stderr: c.stderr,
    output: c.all,
    timedOut: c.timedOut,
  };
}

/** `host:port`, with an IPv6 address in brackets. */
export const hostPort = (host: string, port: number): string =>
  host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
