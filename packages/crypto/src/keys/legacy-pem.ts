// OpenSSL's traditional encrypted PEM (RFC 1421 headers `Proc-Type: 4,ENCRYPTED` and
// `DEK-Info: <cipher>,<iv hex>`), as written by `openssl rsa -aes256` or `openssl ec -des3`.
// The key is OpenSSL's EVP_BytesToKey with MD5 and one iteration, salted with the first 8 bytes
// of the IV; there is no integrity check beyond the CBC padding.
import { md5 } from '@noble/hashes/legacy.js';
import { CryptoError } from '../errors.js';
import {
  CBC_IV_BYTES,
  CBC_KEY_BYTES,
  type CbcCipher,
  cbcDecrypt,
  cbcEncrypt,
  randomBytes,
} from './cipher.js';
import type { PemBlock } from './pem.js';

const DEK_CIPHERS: Readonly<Record<string, CbcCipher>> = {
  'AES-128-CBC': 'aes-128-cbc',
  'AES-192-CBC': 'aes-192-cbc',
  'AES-256-CBC': 'aes-256-cbc',
  'DES-EDE3-CBC': 'des-ede3-cbc',
};

export function isLegacyEncrypted(block: PemBlock): boolean {
  return /^4,\s*ENCRYPTED$/i.test(block.headers.get('Proc-Type') ?? '');
}

/** The DER inside a legacy encrypted PEM block. */
export function decryptLegacyPem(block: PemBlock, password: Uint8Array): Uint8Array {
  const dek = block.headers.get('DEK-Info');
  const m = dek === undefined ? null : /^([A-Za-z0-9-]+)\s*,\s*([0-9A-Fa-f]+)$/.exec(dek);
  if (m?.[1] === undefined || m[2] === undefined || m[2].length % 2 !== 0)
    throw new CryptoError('malformed', `PEM "${block.label}": bad DEK-Info header`);
  const cipher = DEK_CIPHERS[m[1].toUpperCase()];
  if (cipher === undefined)
    throw new CryptoError('unsupported', `PEM "${block.label}": cipher ${m[1]} is not supported`);
  const iv = hex(m[2]);
  if (iv.length !== CBC_IV_BYTES[cipher])
    throw new CryptoError('malformed', `PEM "${block.label}": IV has the wrong length`);
  const key = bytesToKey(password, iv.subarray(0, 8), CBC_KEY_BYTES[cipher]);
  return cbcDecrypt(cipher, key, iv, block.der, `encrypted PEM "${block.label}"`);
}

/** Headers and ciphertext for a legacy encrypted PEM block (AES-256-CBC). */
export function encryptLegacyPem(
  der: Uint8Array,
  password: Uint8Array,
  cipher: CbcCipher = 'aes-256-cbc',
): { headers: Map<string, string>; der: Uint8Array } {
  const iv = randomBytes(CBC_IV_BYTES[cipher]);
  const key = bytesToKey(password, iv.subarray(0, 8), CBC_KEY_BYTES[cipher]);
  const name = Object.entries(DEK_CIPHERS).find(([, c]) => c === cipher)?.[0] ?? 'AES-256-CBC';
  const ivHex = Array.from(iv, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  const headers = new Map([
    ['Proc-Type', '4,ENCRYPTED'],
    ['DEK-Info', `${name},${ivHex}`],
  ]);
  return { headers, der: cbcEncrypt(cipher, key, iv, der) };
}

/** EVP_BytesToKey(MD5, count = 1): D_i = MD5(D_{i-1} || password || salt). */
function bytesToKey(password: Uint8Array, salt: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let prev = new Uint8Array(0);
  for (let filled = 0; filled < length; ) {
    const input = new Uint8Array(prev.length + password.length + salt.length);
    input.set(prev, 0);
    input.set(password, prev.length);
    input.set(salt, prev.length + password.length);
    prev = md5(input);
    const take = Math.min(prev.length, length - filled);
    out.set(prev.subarray(0, take), filled);
    filled += take;
  }
  return out;
}

function hex(s: string): Uint8Array {
  const out = new Uint8Array(s.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}
