// Provider selection: getProvider('noble' | 'node'), or the platform default.
import { CryptoError } from '../errors.js';
import { nobleProvider } from './noble/index.js';
import { isNodeAvailable } from './node/builtin.js';
import { createNodeProvider } from './node/index.js';
import type { Provider, ProviderName } from './types.js';

/** What runtime APIs accept as their `crypto` option: a provider name or a provider object. */
export type CryptoOption = ProviderName | Provider;

let node: Provider | undefined;

/**
 * The default is `node` on Node.js, `noble` elsewhere (browsers, edge runtimes, and Bun and Deno,
 * whose node:crypto compatibility layers are not what the `node` provider is tested against;
 * getProvider('node') still works there when they offer node:crypto).
 */
export function defaultProviderName(): ProviderName {
  const versions = (globalThis as { process?: { versions?: Record<string, string | undefined> } }).process
    ?.versions;
  const otherRuntime = versions?.['bun'] !== undefined || versions?.['deno'] !== undefined;
  return isNodeAvailable() && !otherRuntime ? 'node' : 'noble';
}

export function getProvider(name: ProviderName = defaultProviderName()): Provider {
  switch (name) {
    case 'noble':
      return nobleProvider;
    case 'node':
      node ??= createNodeProvider();
      return node;
    default:
      throw new CryptoError('unsupported', `unknown crypto provider '${String(name)}'`);
  }
}

/** Resolves a `crypto` option (name, provider object or undefined for the default). */
export function resolveProvider(option?: CryptoOption): Provider {
  return typeof option === 'object' ? option : getProvider(option);
}
