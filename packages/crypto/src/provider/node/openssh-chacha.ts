// chacha20-poly1305@openssh.com with node:crypto's ChaCha20. node:crypto exposes no standalone
// Poly1305, so the MAC comes from @noble/ciphers (which is pure TypeScript and always present).
import type * as NodeCrypto from 'node:crypto';
import { poly1305 } from '@noble/ciphers/_poly1305.js';
import { opensshChachaPoly as construct } from '../constructions/openssh-chacha.js';
import type { OpensshChachaPoly } from '../types.js';

export function nodeOpensshChacha(c: typeof NodeCrypto) {
  const { createCipheriv } = c;
  // OpenSSL's 16-byte ChaCha20 IV is the state words 12..15 (little-endian): for the original
  // construction that is the 64-bit block counter followed by the 64-bit nonce.
  const iv = Buffer.alloc(16);
  const chacha = (key: Uint8Array, nonce: Uint8Array, counter: number, data: Uint8Array): Uint8Array => {
    iv.writeUInt32LE(counter >>> 0, 0);
    iv.writeUInt32LE(0, 4);
    iv.set(nonce, 8);
    return createCipheriv('chacha20', key, iv).update(data);
  };
  return (key: Uint8Array): OpensshChachaPoly => construct(key, chacha, (k, msg) => poly1305(msg, k));
}
