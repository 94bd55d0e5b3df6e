// Parameter checks shared by both providers, so they accept and reject exactly the same inputs.
import { CryptoError, unsupported } from '../errors.js';
import type { AeadAlg, CipherAlg } from './types.js';

const KEY_LENGTH: Readonly<Record<AeadAlg, number>> = {
  'aes-128-gcm': 16,
  'aes-256-gcm': 32,
  'chacha20-poly1305': 32,
};

export function checkAeadKey(alg: AeadAlg, key: Uint8Array, provider: string): void {
  const want = KEY_LENGTH[alg];
  if (want === undefined) throw unsupported(`AEAD ${String(alg)}`, provider);
  if (key.length !== want) throw new CryptoError('bad_key', `${alg} needs a ${want}-byte key`);
}

/** All three AEADs are used with 12-byte nonces (RFC 5116 section 3.2, RFC 8446 section 5.3). */
export function checkNonce(alg: AeadAlg, nonce: Uint8Array): void {
  if (nonce.length !== 12) throw new CryptoError('bad_input', `${alg} needs a 12-byte nonce`);
}

const AES_KEY: Readonly<Record<string, number>> = { '128': 16, '192': 24, '256': 32 };

export function parseAesAlg(alg: CipherAlg): { mode: 'cbc' | 'ctr'; keyLength: number } | null {
  const m = /^aes-(128|192|256)-(cbc|ctr)$/.exec(alg);
  if (!m) return null;
  return { mode: m[2] as 'cbc' | 'ctr', keyLength: AES_KEY[m[1] as string] as number };
}

/** A byte count from the caller (randomBytes): a non-negative safe integer. */
export function checkByteCount(what: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new CryptoError('bad_input', `${what}: length must be a non-negative integer, got ${n}`);
}
