// Real peers (openssl, erl, sshd, …) that interop tests talk to. A test asks for the peers it
// needs; a missing one skips the test with the reason, except under CI=true where a missing peer
// is a failure: CI must never pass by skipping. scripts/setup-peers.mjs installs them.
import { execFileSync } from 'node:child_process';

const cache = new Map<string, string | undefined>();

/** The absolute path of `command` when it is installed, else undefined. */
export function findPeer(command: string): string | undefined {
  if (!cache.has(command)) {
    let found: string | undefined;
    for (const dir of ['', '/usr/sbin/', '/usr/local/sbin/', '/sbin/']) {
      try {
        const out = execFileSync('sh', ['-c', `command -v ${dir}${command}`], { encoding: 'utf8' }).trim();
        if (out) {
          found = out;
          break;
        }
      } catch {
        // not in this place
      }
    }
    cache.set(command, found);
  }
  return cache.get(command);
}

/**
 * Why the given peers cannot be used, or undefined when all are installed. Use with vitest:
 * `describe.skipIf(missingPeers('erl'))(…)`. Under CI=true a missing peer throws instead.
 */
export function missingPeers(...commands: string[]): string | undefined {
  const missing = commands.filter((c) => findPeer(c) === undefined);
  if (missing.length === 0) return undefined;
  const reason = `peer not installed: ${missing.join(', ')} (scripts/setup-peers.mjs installs it)`;
  if (process.env['CI'] === 'true') throw new Error(`${reason}; CI requires every peer`);
  console.warn(`skipped: ${reason}`);
  return reason;
}
