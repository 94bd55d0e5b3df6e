// RSA keys in PKCS#1 form: RSAPrivateKey and RSAPublicKey, RFC 8017 appendix A.1.

import { CryptoError } from '../errors.js';
import type { RsaPrivateKey, RsaPublicKey } from '../provider/key-types.js';
import { encode, integer, intNode, parseDer, seqNode, sequence, smallInt } from './asn1.js';

export function decodeRsaPrivateKey(der: Uint8Array): RsaPrivateKey {
  const f = sequence(parseDer(der, 'RSAPrivateKey'), 'RSAPrivateKey', 9, 10);
  // RFC 8017 A.1.2: version 1 means multi-prime (otherPrimeInfos present).
  const version = smallInt(f[0], 'RSAPrivateKey.version');
  if (version !== 0)
    throw new CryptoError('unsupported', 'RSAPrivateKey: multi-prime RSA keys are not supported');
  const [n, e, d, p, q, dp, dq, qi] = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => integer(f[i], 'RSAPrivateKey')) as [
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  if (n <= 0n || e <= 0n || d <= 0n)
    throw new CryptoError('malformed', 'RSAPrivateKey: non-positive modulus or exponent');
  return { kind: 'rsa', n, e, d, p, q, dp, dq, qi };
}

export function encodeRsaPrivateKey(k: RsaPrivateKey): Uint8Array {
  return encode(seqNode([0n, k.n, k.e, k.d, k.p, k.q, k.dp, k.dq, k.qi].map(intNode)));
}

export function decodeRsaPublicKey(der: Uint8Array): RsaPublicKey {
  const f = sequence(parseDer(der, 'RSAPublicKey'), 'RSAPublicKey', 2, 2);
  const n = integer(f[0], 'RSAPublicKey.modulus');
  const e = integer(f[1], 'RSAPublicKey.publicExponent');
  if (n <= 0n || e <= 0n)
    throw new CryptoError('malformed', 'RSAPublicKey: non-positive modulus or exponent');
  return { kind: 'rsa', n, e };
}

export function encodeRsaPublicKey(k: RsaPublicKey): Uint8Array {
  return encode(seqNode([intNode(k.n), intNode(k.e)]));
}
