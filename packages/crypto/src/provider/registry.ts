// Provider selection: getProvider('noble' | 'node'), or the platform default.
import { CryptoError } from './errors.js';
import { nobleProvider } from './noble/index.js';
import { isNodeAvailable } from './node/builtin.js';
import { createNodeProvider } from './node/index.js';
import type { Provider, ProviderName } from './types.js';

/** What runtime APIs accept as their `crypto` option: a provider name or a provider object. */
export type CryptoOption = ProviderName | Provider;

let node: Provider | undefined;

/** The default is `node` where node:crypto is available, `noble` elsewhere. */
export function defaultProviderName(): ProviderName {
  return isNodeAvailable() ? 'node' : 'noble';
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
