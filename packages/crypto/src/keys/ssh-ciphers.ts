// The ciphers that may protect an openssh-key-v1 file. OpenSSH looks a key file's cipher name up
// in the same cipher.c table as the transport's, so names, key, IV and block sizes and whether a
// cipher is an AEAD come from the SSH algorithm table (specs/ssh/algorithms.spec, exported by
// @otpnet/ssh-spec as `Ciphers`). What that table has no column for is mapped here, once: the
// mode each cipher runs in on @noble/ciphers, and the AEAD tag length.
import { cbc, ctr } from '@noble/ciphers/aes.js';
import { Ciphers } from '@otpnet/ssh-spec';
import { CryptoError } from '../errors.js';

export type SshCipherMode = 'none' | 'ctr' | 'cbc' | 'gcm';

export interface SshCipher {
  readonly name: string;
  readonly mode: SshCipherMode;
  readonly keyBytes: number;
  readonly ivBytes: number;
  readonly blockBytes: number;
  /** Authentication tag stored after the encrypted section (AEAD ciphers only). */
  readonly tagBytes: number;
}

/** The columns of the SSH cipher table this module reads. */
export interface CipherTableRow {
  readonly name: string;
  readonly key_len: number;
  readonly block: number;
  readonly iv_len: number;
  readonly aead: boolean;
}

/**
 * The key-file ciphers implemented here, by mode. cipher.c also allows 3des-cbc and
 * chacha20-poly1305@openssh.com for key files (`ssh-keygen -Z`); they are not offered here.
 */
export const KEY_FILE_MODES: Readonly<Record<string, SshCipherMode>> = {
  none: 'none',
  'aes128-ctr': 'ctr',
  'aes192-ctr': 'ctr',
  'aes256-ctr': 'ctr',
  'aes128-cbc': 'cbc',
  'aes192-cbc': 'cbc',
  'aes256-cbc': 'cbc',
  'aes128-gcm@openssh.com': 'gcm',
  'aes256-gcm@openssh.com': 'gcm',
};

/** OpenSSH cipher.c auth_len: both AES-GCM ciphers (RFC 5647 section 6) carry a 16-byte tag. */
const AEAD_TAG_BYTES = 16;

function build(): ReadonlyMap<string, SshCipher> {
  const rows: readonly CipherTableRow[] = Ciphers;
  const out = new Map<string, SshCipher>();
  for (const [name, mode] of Object.entries(KEY_FILE_MODES)) {
    // A name the table lost is left out, so it reads as unsupported; a test checks for that.
    const row = rows.find((r) => r.name === name);
    if (row === undefined || row.aead !== (mode === 'gcm')) continue;
    const tagBytes = row.aead ? AEAD_TAG_BYTES : 0;
    out.set(name, {
      name,
      mode,
      keyBytes: row.key_len,
      ivBytes: row.iv_len,
      blockBytes: row.block,
      tagBytes,
    });
  }
  return out;
}

/** The key-file ciphers by name (a Map, so that a file cannot name an Object property). */
export const SSH_CIPHERS: ReadonlyMap<string, SshCipher> = build();

/** The cipher a key file names, or an `unsupported` error. */
export function sshCipher(name: string): SshCipher {
  const cipher = SSH_CIPHERS.get(name);
  if (cipher === undefined)
    throw new CryptoError(
      'unsupported',
      `OpenSSH private key: cipher ${JSON.stringify(name)} is not supported`,
    );
  return cipher;
}

export function ctrCrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  return ctr(key, iv).encrypt(data);
}

/** CBC without padding: the key file carries its own 1, 2, 3, … padding. */
export function cbcNoPad(key: Uint8Array, iv: Uint8Array, data: Uint8Array, encrypt: boolean): Uint8Array {
  const c = cbc(key, iv, { disablePadding: true });
  return encrypt ? c.encrypt(data) : c.decrypt(data);
}
