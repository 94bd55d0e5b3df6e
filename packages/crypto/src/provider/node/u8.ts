/**
 * A plain Uint8Array view of a Buffer (no copy). Key material and secrets are returned as plain
 * Uint8Arrays so they compare equal to the noble provider's; hot-path outputs (hashes, MACs,
 * ciphertexts) stay Buffers, which are Uint8Arrays too, to avoid even this allocation.
 */
export function u8(b: Uint8Array): Uint8Array {
  return b.constructor === Uint8Array ? b : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
