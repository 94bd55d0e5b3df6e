// gnutls-serv and gnutls-cli as peers.

import { findPeer } from '../peers.js';
import { type ClientOptions, type ClientResult, runClient } from './clients.js';
import { waitForOutput } from './output.js';
import { waitForPort } from './ports.js';
import { command } from './processes.js';
import { type RunningServer, type ServerOptions, startServer } from './servers.js';

/**
 * `gnutls-serv --port PORT …args` (pass --echo or --http for the mode), ready once it reports
 * listening on IPv4 and 127.0.0.1:PORT accepts TCP. gnutls-serv cannot be told an address: it
 * listens on every interface. Its stdout is line-buffered (stdbuf, where installed), so that
 * what it reports of a connection can be read while it runs.
 */
export function startGnutlsServer(args: string[], opts: ServerOptions = {}): Promise<RunningServer> {
  const stdbuf = findPeer('stdbuf');
  const serv = command('gnutls-serv');
  return startServer(
    stdbuf ?? serv,
    (port) => [...(stdbuf === undefined ? [] : ['-oL', serv]), '--port', String(port), ...args],
    async (proc, port, ms) => {
      // When the IPv4 bind fails gnutls-serv carries on with IPv6 alone, and whatever holds the
      // port on 127.0.0.1 would answer the TCP probe: so first its own word that IPv4 worked.
      const deadline = Date.now() + ms;
      const m = await waitForOutput(proc, /listening on IPv4 .*? port \d+\.\.\.([^\n]*)\n/, ms);
      if (!m[1]!.startsWith('done')) throw new Error(`gnutls-serv could not listen: ${m[1]}`);
      await waitForPort(port, Math.max(0, deadline - Date.now()), proc);
    },
    opts,
  );
}

/**
 * `gnutls-cli --port PORT …args HOST`, fed `input`; it quits on end of input, see waitFor. The
 * certificate is checked against HOST (127.0.0.1 by default, an IP SAN of the PKI's server
 * certificates) unless args say otherwise.
 */
export function runGnutlsClient(
  args: string[],
  input: string | Buffer,
  opts: ClientOptions,
): Promise<ClientResult> {
  return runClient(
    command('gnutls-cli'),
    ['--port', String(opts.port), ...args, opts.host ?? '127.0.0.1'],
    input,
    opts.timeoutMs ?? 10_000,
    opts.waitFor,
  );
}

/**
 * What gnutls-serv --echo printed of the connection that got `line` (it prints each line it
 * echoes as `received cmd: <line>`): that connection's block of output, from its
 * `* Accepted connection` on; undefined when it printed no such line.
 */
export function gnutlsReportOf(output: string, line: string): string | undefined {
  const at = output.indexOf(`received cmd: ${line}\n`);
  if (at < 0) return undefined;
  const from = output.lastIndexOf('* Accepted connection', at);
  return output.slice(Math.max(0, from), at);
}
