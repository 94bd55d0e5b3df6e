// Finite-field DH private exponents and public value checks.
import { CryptoError } from '../../errors.js';
import { bitLength, bytesToBigInt } from '../util/bytes.js';
import type { DhGroupParams } from './dh-groups.js';

/**
 * Exponent size: at least twice the group's security strength (RFC 3526 section 8,
 * RFC 7919 section 5.2), far cheaper than a full-size exponent for the large groups.
 */
function exponentBits(p: bigint): number {
  const bits = bitLength(p);
  const want = bits <= 2048 ? 256 : bits <= 3072 ? 320 : bits <= 4096 ? 384 : bits <= 6144 ? 448 : 512;
  return Math.min(want, bits - 2);
}

export function randomDhExponent(group: DhGroupParams, randomBytes: (n: number) => Uint8Array): Uint8Array {
  const nbits = exponentBits(group.p);
  const nbytes = Math.ceil(nbits / 8);
  for (;;) {
    const x = randomBytes(nbytes);
    const extra = nbytes * 8 - nbits;
    x[0] = (x[0] as number) & (0xff >> extra);
    if (bytesToBigInt(x) > 1n) return x;
  }
}

export function checkDhGroup(group: DhGroupParams): void {
  const { p, g } = group;
  if (p < 5n || (p & 1n) === 0n || g <= 1n || g >= p - 1n) {
    throw new CryptoError('bad_input', 'invalid finite-field DH parameters');
  }
}

/** Public value check 1 < y < p-1 (RFC 7919 section 5.1, NIST SP 800-56A 5.6.2.3.1). */
export function checkDhPublic(group: DhGroupParams, y: bigint): void {
  if (y <= 1n || y >= group.p - 1n) {
    throw new CryptoError('bad_public_value', 'finite-field DH public value out of range');
  }
}

export function checkDhPrivate(group: DhGroupParams, x: bigint): void {
  if (x <= 1n || x >= group.p - 1n)
    throw new CryptoError('bad_key', 'finite-field DH private value out of range');
}
