// Branch-free helpers for byte values (0..255) and masks, used where a secret must not steer
// control flow (RFC 5246 section 7.4.7.1). JavaScript gives no hard guarantees; these avoid the
// obvious data-dependent branches and early exits.

/** 1 if a === b else 0, for bytes. */
export function ctEqByte(a: number, b: number): number {
  return ((a ^ b) - 1) >>> 31;
}

/** 1 if x !== 0 else 0, for bytes. */
export function ctNonZeroByte(x: number): number {
  return 1 - ctEqByte(x, 0);
}

/** out[i] = flag ? a[i] : b[i], with flag 0 or 1; a and b have equal length. */
export function ctSelect(flag: number, a: Uint8Array, b: Uint8Array): Uint8Array {
  const mask = -flag & 0xff;
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = ((a[i] as number) & mask) | ((b[i] as number) & ~mask & 0xff);
  return out;
}
