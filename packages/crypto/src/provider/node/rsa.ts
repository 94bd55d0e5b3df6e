// RSA PKCS#1 v1.5 encryption for the TLS RSA key exchange over node:crypto. Decryption uses raw
// RSA (no padding) and checks the padding here without branching, since OpenSSL's PKCS#1 v1.5
// decryption is an error oracle (and is disabled in Node.js for that reason).
import type * as NodeCrypto from 'node:crypto';
import { CryptoError } from '../../errors.js';
import type { RsaPrivateKey, RsaPublicKey } from '../key-types.js';
import { selectPremaster } from '../rsa/premaster.js';
import { byteLength, bytesToBigInt } from '../util/bytes.js';
import type { nodeKeys } from './keys.js';
import { u8 } from './u8.js';

export function nodeRsa(c: typeof NodeCrypto, keys: ReturnType<typeof nodeKeys>) {
  const { publicEncrypt, privateDecrypt, randomBytes, constants } = c;
  return {
    rsaEncrypt(publicKey: RsaPublicKey, plaintext: Uint8Array): Uint8Array {
      if (plaintext.length > byteLength(publicKey.n) - 11) {
        throw new CryptoError('bad_input', 'RSA PKCS#1 v1.5 message too long for the key');
      }
      return u8(
        publicEncrypt(
          { key: keys.publicKeyObject(publicKey), padding: constants.RSA_PKCS1_PADDING },
          plaintext,
        ),
      );
    },
    rsaDecryptPremaster(
      privateKey: RsaPrivateKey,
      ciphertext: Uint8Array,
      clientVersion: number,
    ): Uint8Array {
      const random = new Uint8Array(randomBytes(48));
      const k = byteLength(privateKey.n);
      let em: Uint8Array | null = null;
      // Length and c < n are public properties of the ciphertext.
      if (ciphertext.length === k && bytesToBigInt(ciphertext) < privateKey.n) {
        em = privateDecrypt(
          { key: keys.privateKeyObject(privateKey), padding: constants.RSA_NO_PADDING },
          ciphertext,
        );
      }
      return selectPremaster(em, clientVersion, random);
    },
  };
}
