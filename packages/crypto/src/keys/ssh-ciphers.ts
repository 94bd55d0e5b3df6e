// The ciphers `ssh-keygen` may use to protect an openssh-key-v1 file (OpenSSH cipher.c names),
// from @noble/ciphers. chacha20-poly1305@openssh.com is not offered for key files here.
import { cbc, ctr } from '@noble/ciphers/aes.js';

export interface SshCipher {
  readonly mode: 'none' | 'ctr' | 'cbc' | 'gcm';
  readonly keyBytes: number;
  readonly ivBytes: number;
  readonly blockBytes: number;
  /** Authentication tag stored after the encrypted section (GCM only). */
  readonly tagBytes: number;
}

export const SSH_CIPHERS: Readonly<Record<string, SshCipher>> = {
  none: { mode: 'none', keyBytes: 0, ivBytes: 0, blockBytes: 8, tagBytes: 0 },
  'aes128-ctr': { mode: 'ctr', keyBytes: 16, ivBytes: 16, blockBytes: 16, tagBytes: 0 },
  'aes192-ctr': { mode: 'ctr', keyBytes: 24, ivBytes: 16, blockBytes: 16, tagBytes: 0 },
  'aes256-ctr': { mode: 'ctr', keyBytes: 32, ivBytes: 16, blockBytes: 16, tagBytes: 0 },
  'aes128-cbc': { mode: 'cbc', keyBytes: 16, ivBytes: 16, blockBytes: 16, tagBytes: 0 },
  'aes192-cbc': { mode: 'cbc', keyBytes: 24, ivBytes: 16, blockBytes: 16, tagBytes: 0 },
  'aes256-cbc': { mode: 'cbc', keyBytes: 32, ivBytes: 16, blockBytes: 16, tagBytes: 0 },
  'aes128-gcm@openssh.com': { mode: 'gcm', keyBytes: 16, ivBytes: 12, blockBytes: 16, tagBytes: 16 },
  'aes256-gcm@openssh.com': { mode: 'gcm', keyBytes: 32, ivBytes: 12, blockBytes: 16, tagBytes: 16 },
};

export function ctrCrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  return ctr(key, iv).encrypt(data);
}

/** CBC without padding: the key file carries its own 1, 2, 3, … padding. */
export function cbcNoPad(key: Uint8Array, iv: Uint8Array, data: Uint8Array, encrypt: boolean): Uint8Array {
  const c = cbc(key, iv, { disablePadding: true });
  return encrypt ? c.encrypt(data) : c.decrypt(data);
}
