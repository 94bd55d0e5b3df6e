// OpenSSH known_hosts files (sshd(8), "SSH_KNOWN_HOSTS FILE FORMAT"):
//   [@cert-authority|@revoked] hostpatterns keytype base64 [comment]
// Host patterns are comma-separated, may use `*` and `?`, `!` negates, and a non-default port
// is written `[host]:port`. Hashed entries (`ssh-keygen -H`) are `|1|base64(salt)|base64(HMAC-SHA1(
// salt, host))`.
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { CryptoError } from '../errors.js';
import type { PublicKey } from '../provider/key-types.js';
import { randomBytes } from './cipher.js';
import {
  encodeSshPublicKey,
  parsePublicKeyLine,
  type SshPublicKeyLine,
  sshKeyType,
} from './openssh-public.js';
import { base64Decode, base64Encode } from './pem.js';

export type KnownHostsMarker = 'cert-authority' | 'revoked';

export interface KnownHostsEntry extends SshPublicKeyLine {
  readonly marker: KnownHostsMarker | undefined;
  /** The host patterns, or the single `|1|salt|hash` of a hashed entry. */
  readonly hosts: readonly string[];
  readonly hashed: boolean;
  /** 1-based line number. */
  readonly line: number;
}

export interface KnownHostsFile {
  readonly entries: readonly KnownHostsEntry[];
  readonly problems: readonly { readonly line: number; readonly message: string }[];
}

export function parseKnownHosts(text: string): KnownHostsFile {
  const entries: KnownHostsEntry[] = [];
  const problems: { line: number; message: string }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    try {
      entries.push({ ...parseKnownHostsLine(line), line: i + 1 });
    } catch (e) {
      problems.push({ line: i + 1, message: e instanceof Error ? e.message : String(e) });
    }
  });
  return { entries, problems };
}

export function parseKnownHostsLine(line: string): Omit<KnownHostsEntry, 'line'> {
  let rest = line.trim();
  let marker: KnownHostsMarker | undefined;
  if (rest.startsWith('@')) {
    const m = /^@(\S+)\s+/.exec(rest);
    if (m?.[1] !== 'cert-authority' && m?.[1] !== 'revoked')
      throw new CryptoError('malformed', 'known_hosts: unknown marker');
    marker = m[1];
    rest = rest.slice(m[0].length);
  }
  const m = /^(\S+)\s+(.*)$/.exec(rest);
  if (m?.[1] === undefined || m[2] === undefined)
    throw new CryptoError('malformed', 'known_hosts: expected host patterns and a key');
  const hashed = m[1].startsWith('|');
  if (hashed && !/^\|1\|[A-Za-z0-9+/=]+\|[A-Za-z0-9+/=]+$/.test(m[1])) {
    throw new CryptoError('malformed', 'known_hosts: bad hashed host entry');
  }
  return { marker, hosts: hashed ? [m[1]] : m[1].split(','), hashed, ...parsePublicKeyLine(m[2]) };
}

/** The name a host is recorded under: `host`, or `[host]:port` for a port other than 22. */
export function hostKeyName(host: string, port = 22): string {
  const h = host.toLowerCase();
  return port === 22 ? h : `[${h}]:${port}`;
}

/** Whether `entry` applies to `host` on `port`. */
export function knownHostMatches(entry: KnownHostsEntry, host: string, port = 22): boolean {
  const name = hostKeyName(host, port);
  if (entry.hashed) {
    const [, , salt = '', hash = ''] = (entry.hosts[0] ?? '').split('|');
    const mac = hmac(sha1, base64Decode(salt, 'known_hosts salt'), new TextEncoder().encode(name));
    return base64Encode(mac) === hash;
  }
  // OpenSSH match_hostname: any negated match excludes; otherwise one positive match is needed.
  let positive = false;
  for (const pattern of entry.hosts) {
    const negated = pattern.startsWith('!');
    if (wildcardMatch(name, (negated ? pattern.slice(1) : pattern).toLowerCase())) {
      if (negated) return false;
      positive = true;
    }
  }
  return positive;
}

function wildcardMatch(s: string, pattern: string): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    's',
  );
  return re.test(s);
}

export type HostKeyStatus =
  /** A matching entry holds this key. */
  | 'ok'
  /** The key is marked @revoked. */
  | 'revoked'
  /** The host is known, with other keys: the key has changed (or is an attack). */
  | 'changed'
  /** No entry for this host. */
  | 'unknown';

/** Check a server's host key as ssh does against known_hosts (certificate authorities aside). */
export function checkHostKey(
  file: KnownHostsFile,
  host: string,
  port: number,
  key: PublicKey | Uint8Array,
): HostKeyStatus {
  const blob = key instanceof Uint8Array ? key : encodeSshPublicKey(key);
  const same = (e: KnownHostsEntry): boolean =>
    e.blob.length === blob.length && e.blob.every((b, i) => b === blob[i]);
  // A revoked key is refused whatever host it is presented for.
  if (file.entries.some((e) => e.marker === 'revoked' && same(e))) return 'revoked';
  const forHost = file.entries.filter((e) => e.marker === undefined && knownHostMatches(e, host, port));
  if (forHost.some(same)) return 'ok';
  return forHost.length > 0 ? 'changed' : 'unknown';
}

/** `|1|salt|hash` for `host` (as `ssh-keygen -H` writes), with a fresh salt unless given. */
export function hashKnownHost(host: string, port = 22, salt: Uint8Array = randomBytes(20)): string {
  const mac = hmac(sha1, salt, new TextEncoder().encode(hostKeyName(host, port)));
  return `|1|${base64Encode(salt)}|${base64Encode(mac)}`;
}

/** One known_hosts line. */
export function formatKnownHostsLine(
  hosts: readonly string[],
  key: PublicKey,
  opts: { marker?: KnownHostsMarker; comment?: string } = {},
): string {
  const parts = [hosts.join(','), sshKeyType(key), base64Encode(encodeSshPublicKey(key))];
  if (opts.marker !== undefined) parts.unshift(`@${opts.marker}`);
  if (opts.comment) parts.push(opts.comment);
  return parts.join(' ');
}
