// Crypto providers: one interface, two implementations (`noble`, `node`).
export { DH_GROUPS, type DhGroupParams, type NamedDhGroup } from './groups/dh-groups.js';
export * from './key-types.js';
export { type CryptoOption, defaultProviderName, getProvider, resolveProvider } from './registry.js';
export { SCHEMES, type SchemeInfo } from './schemes.js';
export { SRP_GROUPS, type SrpGroupName } from './srp/groups.js';
export {
  type SrpParams,
  srpClientPublic,
  srpClientSecret,
  srpPrivate,
  srpScrambler,
  srpServerPublic,
  srpServerSecret,
  srpVerifier,
  srpX,
} from './srp/srp.js';
export type * from './types.js';
