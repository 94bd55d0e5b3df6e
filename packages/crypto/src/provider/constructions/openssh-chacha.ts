// chacha20-poly1305@openssh.com (OpenSSH PROTOCOL.chacha20poly1305), built on a provider's
// original-ChaCha20 stream (64-bit nonce, 64-bit block counter) and Poly1305.
import { CryptoError } from '../../errors.js';
import type { OpensshChachaPoly } from '../types.js';
import { constantTimeEqual } from '../util/bytes.js';

/** XORs `data` with the ChaCha20 keystream of (key, 8-byte nonce) starting at block `counter`. */
export type ChachaXor = (key: Uint8Array, nonce: Uint8Array, counter: number, data: Uint8Array) => Uint8Array;
export type Poly1305 = (key: Uint8Array, message: Uint8Array) => Uint8Array;

const ZERO32 = new Uint8Array(32);
const TAG = 16;

export function opensshChachaPoly(key: Uint8Array, chacha: ChachaXor, poly1305: Poly1305): OpensshChachaPoly {
  if (key.length !== 64)
    throw new CryptoError('bad_key', 'chacha20-poly1305@openssh.com needs a 64-byte key');
  // K_2 (first half) encrypts the payload and keys Poly1305; K_1 (second half) the length.
  const mainKey = key.slice(0, 32);
  const headerKey = key.slice(32, 64);
  const nonce = new Uint8Array(8);
  const view = new DataView(nonce.buffer);
  const setSeq = (seq: number): Uint8Array => {
    // The sequence number is a uint32 that wraps; the nonce is its uint64 big-endian form.
    view.setUint32(0, 0);
    view.setUint32(4, seq >>> 0);
    return nonce;
  };
  const polyKey = (n: Uint8Array): Uint8Array => chacha(mainKey, n, 0, ZERO32);

  return {
    decryptLength(seq, encryptedLength) {
      return chacha(headerKey, setSeq(seq), 0, encryptedLength.subarray(0, 4));
    },
    seal(seq, packet) {
      if (packet.length < 4) throw new CryptoError('bad_input', 'packet shorter than its length field');
      const n = setSeq(seq);
      const out = new Uint8Array(packet.length + TAG);
      out.set(chacha(headerKey, n, 0, packet.subarray(0, 4)), 0);
      out.set(chacha(mainKey, n, 1, packet.subarray(4)), 4);
      out.set(poly1305(polyKey(n), out.subarray(0, packet.length)), packet.length);
      return out;
    },
    open(seq, data) {
      if (data.length < 4 + TAG)
        throw new CryptoError('decrypt_failed', 'chacha20-poly1305@openssh.com packet too short');
      const n = setSeq(seq);
      const body = data.subarray(0, data.length - TAG);
      const expected = poly1305(polyKey(n), body);
      if (!constantTimeEqual(expected, data.subarray(data.length - TAG))) {
        throw new CryptoError('decrypt_failed', 'chacha20-poly1305@openssh.com authentication failed');
      }
      const out = new Uint8Array(body.length);
      out.set(chacha(headerKey, n, 0, body.subarray(0, 4)), 0);
      out.set(chacha(mainKey, n, 1, body.subarray(4)), 4);
      return out;
    },
  };
}
