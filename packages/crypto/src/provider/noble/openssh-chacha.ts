import { poly1305 } from '@noble/ciphers/_poly1305.js';
import { chacha20orig } from '@noble/ciphers/chacha.js';
import { opensshChachaPoly as construct } from '../constructions/openssh-chacha.js';
import type { OpensshChachaPoly } from '../types.js';

export function opensshChachaPoly(key: Uint8Array): OpensshChachaPoly {
  return construct(
    key,
    (k, nonce, counter, data) => chacha20orig(k, nonce, data, undefined, counter),
    (k, msg) => poly1305(msg, k),
  );
}
