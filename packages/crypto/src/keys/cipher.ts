// The block ciphers that encrypted key files use. AES comes from @noble/ciphers; Triple-DES,
// which @noble/ciphers does not carry but OpenSSL still writes for `-des3`, from node:crypto.
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { cbc } from '@noble/ciphers/aes.js';
import { KeyError } from './errors.js';

export type CbcCipher = 'aes-128-cbc' | 'aes-192-cbc' | 'aes-256-cbc' | 'des-ede3-cbc';

export const CBC_KEY_BYTES: Readonly<Record<CbcCipher, number>> = {
  'aes-128-cbc': 16,
  'aes-192-cbc': 24,
  'aes-256-cbc': 32,
  'des-ede3-cbc': 24,
};

export const CBC_IV_BYTES: Readonly<Record<CbcCipher, number>> = {
  'aes-128-cbc': 16,
  'aes-192-cbc': 16,
  'aes-256-cbc': 16,
  'des-ede3-cbc': 8,
};

/**
 * Decrypt and strip PKCS#7 padding (RFC 8018 section 6.1.1 step 4). A padding failure is reported
 * as a wrong password: with a wrong key that is what it almost always means.
 */
export function cbcDecrypt(
  cipher: CbcCipher,
  key: Uint8Array,
  iv: Uint8Array,
  data: Uint8Array,
  what: string,
): Uint8Array {
  if (iv.length !== CBC_IV_BYTES[cipher]) throw new KeyError('malformed', `${what}: IV has the wrong length`);
  if (data.length === 0 || data.length % CBC_IV_BYTES[cipher] !== 0) {
    throw new KeyError('malformed', `${what}: ciphertext is not a whole number of blocks`);
  }
  try {
    if (cipher === 'des-ede3-cbc') {
      const d = createDecipheriv(cipher, key, iv);
      return new Uint8Array(Buffer.concat([d.update(data), d.final()]));
    }
    return cbc(key, iv).decrypt(data);
  } catch {
    throw new KeyError('bad_password', `${what}: decryption failed (wrong password?)`);
  }
}

export function cbcEncrypt(cipher: CbcCipher, key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  if (cipher === 'des-ede3-cbc') {
    const c = createCipheriv(cipher, key, iv);
    return new Uint8Array(Buffer.concat([c.update(data), c.final()]));
  }
  return cbc(key, iv).encrypt(data);
}

export function randomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}
