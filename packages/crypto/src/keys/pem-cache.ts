// A cache of decoded PEM files by path, as Erlang's ssl keeps for certfile, keyfile and
// cacertfile (ssl_pem_cache): a file is read and decoded once, and later changes on disk are seen
// only after clearPemCache() (ssl:clear_pem_cache/0).
import type * as NodeFs from 'node:fs';
import { CryptoError } from '../errors.js';
import { decodePem, type PemBlock } from './pem.js';

const cache = new Map<string, readonly PemBlock[]>();

/** The PEM blocks of the file at `path`, decoded once and then served from the cache. */
export function readPemFile(path: string): readonly PemBlock[] {
  const key = path;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let text: string;
  try {
    text = fs().readFileSync(key, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new CryptoError('malformed', `PEM file ${key}: cannot read (${code})`, { cause: e });
  }
  const blocks = Object.freeze(decodePem(text));
  cache.set(key, blocks);
  return blocks;
}

/** Forget every cached PEM file. */
export function clearPemCache(): void {
  cache.clear();
}

/** Number of files in the cache. */
export function pemCacheSize(): number {
  return cache.size;
}

/** node:fs, obtained at run time so that importing this package does not need it. */
function fs(): typeof NodeFs {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const mod = proc?.getBuiltinModule?.('node:fs') as typeof NodeFs | undefined;
  if (mod === undefined) throw new CryptoError('unsupported', 'reading PEM files needs node:fs');
  return mod;
}
