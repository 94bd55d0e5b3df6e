// node:crypto, obtained at run time so that importing this package never pulls a Node built-in
// into a browser or edge bundle that only uses the noble provider.
import type * as NodeCrypto from 'node:crypto';
import { CryptoError } from '../../errors.js';

let cached: typeof NodeCrypto | undefined;

export function nodeCrypto(): typeof NodeCrypto {
  if (cached) return cached;
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const mod = proc?.getBuiltinModule?.('node:crypto') as typeof NodeCrypto | undefined;
  if (!mod)
    throw new CryptoError('unsupported', "crypto provider 'node' needs node:crypto (Node.js 20.16 or later)");
  cached = mod;
  return mod;
}

export function isNodeAvailable(): boolean {
  const proc = (globalThis as { process?: { getBuiltinModule?: unknown; versions?: { node?: string } } })
    .process;
  return typeof proc?.getBuiltinModule === 'function' && typeof proc.versions?.node === 'string';
}
