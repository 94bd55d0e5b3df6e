// SSH key fingerprints exactly as `ssh-keygen -l -E sha256|md5` prints them (OpenSSH
// sshkey_fingerprint): SHA256 as unpadded base64, MD5 as colon-separated lowercase hex
// (RFC 4716 section 4), both over the public key wire blob.
import { md5 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { PublicKey } from '../provider/key-types.js';
import { parseAuthorizedKeyLine } from './authorized-keys.js';
import { encodeSshPublicKey } from './openssh-public.js';
import { base64Encode } from './pem.js';

export type FingerprintHash = 'sha256' | 'md5';

/**
 * Fingerprint of a public key given as a `.pub` or authorized_keys line (options allowed), a wire
 * blob, or a key.
 * @returns `SHA256:<base64>` or `MD5:aa:bb:…`
 */
export function sshFingerprint(
  key: string | Uint8Array | PublicKey,
  hash: FingerprintHash = 'sha256',
): string {
  const blob =
    typeof key === 'string'
      ? parseAuthorizedKeyLine(key).blob
      : key instanceof Uint8Array
        ? key
        : encodeSshPublicKey(key);
  if (hash === 'md5') {
    return `MD5:${Array.from(md5(blob), (b) => b.toString(16).padStart(2, '0')).join(':')}`;
  }
  return `SHA256:${base64Encode(sha256(blob)).replace(/=+$/, '')}`;
}
