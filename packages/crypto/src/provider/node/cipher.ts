// Streaming AES-CBC/CTR and 3DES-CBC over node:crypto; the OpenSSL context keeps the chaining
// and counter state between packets.
import type * as NodeCrypto from 'node:crypto';
import { CryptoError, unsupported } from '../../errors.js';
import { parseAesAlg } from '../params.js';
import type { CipherAlg, StreamCipher } from '../types.js';

export function nodeCipher(c: typeof NodeCrypto) {
  const { createCipheriv, createDecipheriv, getCiphers } = c;
  let has3des: boolean | undefined;
  return (
    alg: CipherAlg,
    key: Uint8Array,
    iv: Uint8Array,
    direction: 'encrypt' | 'decrypt',
  ): StreamCipher => {
    let block: number;
    if (alg === 'des-ede3-cbc') {
      has3des ??= getCiphers().includes('des-ede3-cbc');
      if (!has3des) throw unsupported('cipher des-ede3-cbc', 'node');
      if (key.length !== 24) throw new CryptoError('bad_key', 'des-ede3-cbc needs a 24-byte key');
      if (iv.length !== 8) throw new CryptoError('bad_input', 'des-ede3-cbc needs an 8-byte IV');
      block = 8;
    } else {
      const spec = parseAesAlg(alg);
      if (!spec) throw unsupported(`cipher ${alg}`, 'node');
      if (key.length !== spec.keyLength)
        throw new CryptoError('bad_key', `${alg} needs a ${spec.keyLength}-byte key`);
      if (iv.length !== 16) throw new CryptoError('bad_input', `${alg} needs a 16-byte IV`);
      block = spec.mode === 'cbc' ? 16 : 1;
    }
    const ctx = direction === 'encrypt' ? createCipheriv(alg, key, iv) : createDecipheriv(alg, key, iv);
    ctx.setAutoPadding(false);
    return {
      update(data) {
        if (data.length % block !== 0)
          throw new CryptoError('bad_input', `${alg} input must be whole ${block}-byte blocks`);
        return ctx.update(data);
      },
    };
  };
}
