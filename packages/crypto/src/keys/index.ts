// Key files: PEM/DER (PKCS#1, PKCS#8, SEC1, SPKI, DH parameters), encrypted PKCS#8 and legacy
// encrypted PEM, OpenSSH private and public keys, authorized_keys, known_hosts, fingerprints.

export {
  type AuthorizedKey,
  type AuthorizedKeyOption,
  type AuthorizedKeysFile,
  findAuthorizedKey,
  parseAuthorizedKeyLine,
  parseAuthorizedKeys,
} from './authorized-keys.js';
export { type DhParameters, readDhParameters, writeDhParameters } from './dh-params.js';
export { type FingerprintHash, sshFingerprint } from './fingerprint.js';
export {
  checkHostKey,
  formatKnownHostsLine,
  type HostKeyStatus,
  hashKnownHost,
  hostKeyName,
  type KnownHostsEntry,
  type KnownHostsFile,
  type KnownHostsMarker,
  knownHostMatches,
  parseKnownHosts,
  parseKnownHostsLine,
} from './known-hosts.js';
export {
  type OpenSshKeyOptions,
  type OpenSshPrivateKey,
  parseOpenSshPrivateKey,
  readOpenSshPrivateKey,
  type WriteOpenSshOptions,
  writeOpenSshPrivateKey,
} from './openssh-private.js';
export {
  decodeSshPublicKey,
  encodeSshPublicKey,
  parsePublicKeyLine,
  readSshPublicKey,
  type SshPublicKeyLine,
  sshKeyType,
  writeSshPublicKey,
} from './openssh-public.js';
export { decryptPkcs8, type EncryptOptions, encryptPkcs8 } from './pbes2.js';
export { decodePem, encodePem, type PemBlock } from './pem.js';
export { clearPemCache, pemCacheSize, readPemFile } from './pem-cache.js';
export { decodePkcs8, encodePkcs8 } from './pkcs8.js';
export { publicKeyOf } from './public.js';
export {
  type PrivateKeyFormat,
  type ReadKeyOptions,
  readPrivateKey,
  readPublicKey,
  type WritePrivateKeyOptions,
  writePrivateKey,
  writePublicKey,
} from './read.js';
export { decodeSpki, encodeSpki } from './spki.js';
export { DEFAULT_KDF_LIMITS, type KdfLimits } from './work-factor.js';
