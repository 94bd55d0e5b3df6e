// Key files choose their own KDF work factor, so a file (or an attacker who swaps one) could make
// every read with a wrong password spin for minutes. Reads refuse a work factor above a cap that
// keeps the worst case to a few seconds; a caller who trusts a file that asks for more raises
// the cap in the read options.
//
// Measured through readPrivateKey with a wrong password, worst cipher and PRF, on a shared 2-vCPU
// AMD EPYC with Node 20 (the KDFs are pure JS for every provider: bcrypt-pbkdf, @noble/hashes),
// the spread being other load on the machine:
// - 128 bcrypt_pbkdf rounds: 3.5-4.9 s for AES-192/256 (40-48 key and IV bytes, two bcrypt
//   blocks), about 2 s for AES-128. ssh-keygen writes 16 by default; the often recommended
//   `-a 100` is within the cap.
// - 500,000 PBKDF2 iterations: 3.8-4.5 s with HMAC-SHA-512, 3.5 s with HMAC-SHA-384, 1.7-2.6 s
//   with HMAC-SHA-1 and AES-256 (two blocks), 1.1-2.1 s with HMAC-SHA-256. OpenSSL 3 writes 2048.
// Legacy encrypted PEM has no work factor (EVP_BytesToKey with one MD5 iteration).
import { CryptoError } from '../errors.js';

/** Caps on the work factors key files choose; part of the read options. */
export interface KdfLimits {
  /** Highest bcrypt_pbkdf rounds an openssh-key-v1 file may ask for (default 128). */
  readonly maxBcryptRounds?: number;
  /** Highest PBKDF2 iteration count an encrypted PKCS#8 file may ask for (default 500,000). */
  readonly maxPbkdf2Iterations?: number;
}

export const DEFAULT_KDF_LIMITS: Required<KdfLimits> = Object.freeze({
  maxBcryptRounds: 128,
  maxPbkdf2Iterations: 500_000,
});

/**
 * Check a file's work factor `value` against the cap `option` of `limits`. Below 1 the file is
 * malformed; above the cap it is refused with `limit_exceeded`, naming the option that raises it.
 */
export function checkWorkFactor(
  what: string,
  value: number,
  option: keyof KdfLimits,
  limits: KdfLimits | undefined,
): void {
  const cap = limits?.[option] ?? DEFAULT_KDF_LIMITS[option];
  if (typeof cap !== 'number' || Number.isNaN(cap) || cap < 1)
    throw new CryptoError('bad_input', `${option} must be a number of at least 1, got ${String(cap)}`);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new CryptoError('malformed', `${what} ${value} is not a positive integer`);
  if (value > cap) {
    throw new CryptoError(
      'limit_exceeded',
      `${what} ${value} exceed the limit of ${cap}; pass { ${option}: ${value} } in the read options to allow it`,
    );
  }
}
