// RSA PKCS#1 v1.5 encryption for the TLS RSA key exchange, over micro-rsa-dsa-dh.
import { PKCS1_KEM, _TEST as RSA_RAW } from 'micro-rsa-dsa-dh/rsa.js';
import { CryptoError } from '../../errors.js';
import type { RsaPrivateKey, RsaPublicKey } from '../key-types.js';
import { selectPremaster } from '../rsa/premaster.js';
import { bigIntToBytes, byteLength, bytesToBigInt } from '../util/bytes.js';
import { randomBytes } from './random.js';

const rawRsa = RSA_RAW as { RSADP(key: { n: bigint; d: bigint }, c: bigint): bigint };

export function rsaEncrypt(publicKey: RsaPublicKey, plaintext: Uint8Array): Uint8Array {
  if (plaintext.length > byteLength(publicKey.n) - 11) {
    throw new CryptoError('bad_input', 'RSA PKCS#1 v1.5 message too long for the key');
  }
  return PKCS1_KEM.encrypt(publicKey, plaintext);
}

export function rsaDecryptPremaster(
  privateKey: RsaPrivateKey,
  ciphertext: Uint8Array,
  clientVersion: number,
): Uint8Array {
  const random = randomBytes(48);
  const k = byteLength(privateKey.n);
  let em: Uint8Array | null = null;
  if (ciphertext.length === k) {
    const c = bytesToBigInt(ciphertext);
    // c >= n is a public property of the ciphertext; only the padding check must be hidden.
    if (c < privateKey.n) em = bigIntToBytes(rawRsa.RSADP(privateKey, c), k);
  }
  return selectPremaster(em, clientVersion, random);
}
