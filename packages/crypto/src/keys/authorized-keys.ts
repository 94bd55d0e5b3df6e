// OpenSSH authorized_keys files (sshd(8), "AUTHORIZED_KEYS FILE FORMAT"): one key per line,
// `[options] keytype base64 [comment]`; options are comma-separated `name` or `name="value"`
// (a quoted value may hold commas and `\"`). Blank lines and `#` comments are skipped, and so,
// as sshd does, are lines that do not parse; `problems` says which and why.

import { CryptoError } from '../errors.js';
import type { PublicKey } from '../provider/key-types.js';
import { encodeSshPublicKey, parsePublicKeyLine, type SshPublicKeyLine } from './openssh-public.js';

export interface AuthorizedKeyOption {
  readonly name: string;
  /** The unquoted value of `name="value"`, undefined for a flag such as `no-pty`. */
  readonly value?: string;
}

export interface AuthorizedKey extends SshPublicKeyLine {
  readonly options: readonly AuthorizedKeyOption[];
  /** 1-based line number in the file. */
  readonly line: number;
}

export interface AuthorizedKeysFile {
  readonly keys: readonly AuthorizedKey[];
  readonly problems: readonly { readonly line: number; readonly message: string }[];
}

export function parseAuthorizedKeys(text: string): AuthorizedKeysFile {
  const keys: AuthorizedKey[] = [];
  const problems: { line: number; message: string }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    try {
      keys.push({ ...parseAuthorizedKeyLine(line), line: i + 1 });
    } catch (e) {
      problems.push({ line: i + 1, message: e instanceof Error ? e.message : String(e) });
    }
  });
  return { keys, problems };
}

/** One authorized_keys line (without its line number). */
export function parseAuthorizedKeyLine(line: string): Omit<AuthorizedKey, 'line'> {
  const trimmed = line.trim();
  // Like sshd: try the line as a bare key first, then as options followed by a key.
  try {
    return { ...parsePublicKeyLine(trimmed), options: [] };
  } catch {
    // has options
  }
  const { options, rest } = splitOptions(trimmed);
  return { ...parsePublicKeyLine(rest), options };
}

function splitOptions(line: string): { options: AuthorizedKeyOption[]; rest: string } {
  const options: AuthorizedKeyOption[] = [];
  let i = 0;
  for (;;) {
    const m = /^[A-Za-z0-9-]+/.exec(line.slice(i));
    if (!m) throw new CryptoError('malformed', 'authorized_keys: bad option name');
    const name = m[0];
    i += name.length;
    let value: string | undefined;
    if (line[i] === '=') {
      if (line[i + 1] !== '"')
        throw new CryptoError('malformed', `authorized_keys: option ${name} needs a quoted value`);
      i += 2;
      value = '';
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\' && line[i + 1] === '"') i++;
        value += line[i];
        i++;
      }
      if (line[i] !== '"')
        throw new CryptoError('malformed', `authorized_keys: unterminated value of option ${name}`);
      i++;
    }
    options.push(value === undefined ? { name } : { name, value });
    if (line[i] === ',') {
      i++;
      continue;
    }
    if (line[i] === ' ' || line[i] === '\t') return { options, rest: line.slice(i).trim() };
    throw new CryptoError('malformed', 'authorized_keys: expected "," or a space after an option');
  }
}

/** The entries of `file` whose key is `key` (compared as wire blobs). */
export function findAuthorizedKey(file: AuthorizedKeysFile, key: PublicKey | Uint8Array): AuthorizedKey[] {
  const blob = key instanceof Uint8Array ? key : encodeSshPublicKey(key);
  return file.keys.filter((k) => k.blob.length === blob.length && k.blob.every((b, i) => b === blob[i]));
}
