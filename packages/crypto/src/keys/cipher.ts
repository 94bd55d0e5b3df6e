// The block ciphers that encrypted key files use. AES comes from @noble/ciphers; Triple-DES,
// which @noble/ciphers does not carry but OpenSSL still writes for `-des3`, from the node
// provider (node:crypto, loaded at run time), so it is unavailable outside Node.
import { cbc } from '@noble/ciphers/aes.js';
import { CryptoError } from '../errors.js';
import { getProvider } from '../provider/index.js';

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
  if (iv.length !== CBC_IV_BYTES[cipher])
    throw new CryptoError('malformed', `${what}: IV has the wrong length`);
  if (data.length === 0 || data.length % CBC_IV_BYTES[cipher] !== 0) {
    throw new CryptoError('malformed', `${what}: ciphertext is not a whole number of blocks`);
  }
  if (cipher === 'des-ede3-cbc') {
    const plain = unpad(tripleDes(key, iv, data, 'decrypt'), 8);
    if (plain === undefined)
      throw new CryptoError('bad_password', `${what}: decryption failed (wrong password?)`);
    return plain;
  }
  try {
    return cbc(key, iv).decrypt(data);
  } catch {
    throw new CryptoError('bad_password', `${what}: decryption failed (wrong password?)`);
  }
}

export function cbcEncrypt(cipher: CbcCipher, key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  if (cipher === 'des-ede3-cbc') {
    // PKCS#7 padding (RFC 8018 section 6.1.1 step 4), then the raw CBC stream.
    const n = 8 - (data.length % 8);
    const padded = new Uint8Array(data.length + n).fill(n);
    padded.set(data);
    return tripleDes(key, iv, padded, 'encrypt');
  }
  return cbc(key, iv).encrypt(data);
}

function tripleDes(
  key: Uint8Array,
  iv: Uint8Array,
  data: Uint8Array,
  direction: 'encrypt' | 'decrypt',
): Uint8Array {
  try {
    return getProvider('node').cipher('des-ede3-cbc', key, iv, direction).update(data);
  } catch (e) {
    // Lengths are checked before this, so what fails is the provider: no node:crypto here, or an
    // OpenSSL without DES. Its message says which (and holds no key bytes).
    const why = e instanceof Error ? e.message : String(e);
    throw new CryptoError('unsupported', `a DES-EDE3-CBC encrypted key needs node:crypto: ${why}`);
  }
}

/** Strip PKCS#7 padding; undefined when it is not well-formed. */
function unpad(data: Uint8Array, block: number): Uint8Array | undefined {
  const n = data[data.length - 1] ?? 0;
  if (n < 1 || n > block || n > data.length) return undefined;
  for (let i = data.length - n; i < data.length; i++) if (data[i] !== n) return undefined;
  return data.slice(0, data.length - n);
}

export function randomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}
