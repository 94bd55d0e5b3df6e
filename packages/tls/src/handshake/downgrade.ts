// Downgrade protection (RFC 8446 section 4.1.3): a TLS 1.3 server that negotiates an older
// version ends its ServerHello.random with a marker, and a TLS 1.3 client refuses such a hello.
import { equalBytes } from '@otpnet/wire';

const MARK_12 = Uint8Array.of(0x44, 0x4f, 0x57, 0x4e, 0x47, 0x52, 0x44, 0x01);
const MARK_11 = Uint8Array.of(0x44, 0x4f, 0x57, 0x4e, 0x47, 0x52, 0x44, 0x00);

/** Whether a ServerHello.random carries either marker. */
export function hasDowngradeMarker(random: Uint8Array): boolean {
  const tail = random.subarray(24, 32);
  return equalBytes(tail, MARK_12) || equalBytes(tail, MARK_11);
}

/** Writes the TLS 1.2 marker into the last 8 bytes of a server random (a 1.3-capable server). */
export function markTls12(random: Uint8Array): Uint8Array {
  random.set(MARK_12, 24);
  return random;
}
