// curl as an HTTPS client peer.
import { type ClientResult, runClient } from './clients.js';
import { command } from './processes.js';

/**
 * `curl …args` with no ~/.curlrc, no progress meter and no proxy (a proxy from the environment
 * would take loopback requests elsewhere).
 */
export function runCurl(args: string[], opts: { timeoutMs?: number } = {}): Promise<ClientResult> {
  return runClient(
    command('curl'),
    ['-q', '--silent', '--show-error', '--noproxy', '*', ...args],
    '',
    opts.timeoutMs ?? 10_000,
  );
}
