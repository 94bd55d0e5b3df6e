// openssl s_server and s_client as peers.
import { type ClientOptions, type ClientResult, hostPort, runClient } from './clients.js';
import { waitForOutput } from './output.js';
import { command } from './processes.js';
import { type RunningServer, type ServerOptions, startServer } from './servers.js';

/**
 * `openssl s_server -accept 127.0.0.1:PORT …args`, ready once it prints ACCEPT. Its stdin stays
 * open (s_server stops at end of input); write to proc.stdin to send to the client.
 */
export function startOpensslServer(args: string[], opts: ServerOptions = {}): Promise<RunningServer> {
  return startServer(
    command('openssl'),
    (port) => ['s_server', '-accept', `127.0.0.1:${port}`, ...args],
    (proc, _port, ms) => waitForOutput(proc, /^ACCEPT$/m, ms),
    opts,
  );
}

/** `openssl s_client -connect HOST:PORT …args`, fed `input`; it quits on end of input, see waitFor. */
export function runOpensslClient(
  args: string[],
  input: string | Buffer,
  opts: ClientOptions,
): Promise<ClientResult> {
  return runClient(
    command('openssl'),
    ['s_client', '-connect', hostPort(opts.host ?? '127.0.0.1', opts.port), ...args],
    input,
    opts.timeoutMs ?? 10_000,
    opts.waitFor,
  );
}
