// DSA key structures: Dss-Parms (RFC 3279 section 2.3.2) and OpenSSL's traditional
// "DSA PRIVATE KEY" SEQUENCE { version, p, q, g, y, x }.

import { CryptoError } from '../errors.js';
import type { DsaPrivateKey } from '../provider/key-types.js';
import { encode, integer, intNode, type Node, parseDer, seqNode, sequence, smallInt } from './asn1.js';
import { modPow } from './public.js';

/**
 * Size bounds for deriving y = g^x mod p, which a PKCS#8 DSA key leaves to the reader: the file
 * chooses the sizes, and g^x for a 30,000-bit p and x takes half a minute. p is at most 10,000
 * bits (OpenSSL's OPENSSL_DSA_MAX_MODULUS_BITS), q at most 256 (FIPS 186-4 section 4.2), and x
 * in 1..q-1, so the exponentiation takes well under a second.
 */
const MAX_P_BITS = 10_000;
const MAX_Q_BITS = 256;

export interface DssParams {
  readonly p: bigint;
  readonly q: bigint;
  readonly g: bigint;
}

export function decodeDssParams(node: Node | undefined): DssParams {
  const f = sequence(node, 'Dss-Parms', 3, 3);
  return {
    p: integer(f[0], 'Dss-Parms.p'),
    q: integer(f[1], 'Dss-Parms.q'),
    g: integer(f[2], 'Dss-Parms.g'),
  };
}

export function dssParamsNode(k: DssParams): Node {
  return seqNode([intNode(k.p), intNode(k.q), intNode(k.g)]);
}

export function decodeDsaPrivateKey(der: Uint8Array): DsaPrivateKey {
  const f = sequence(parseDer(der, 'DSAPrivateKey'), 'DSAPrivateKey', 6, 6);
  if (smallInt(f[0], 'DSAPrivateKey.version') !== 0)
    throw new CryptoError('malformed', 'DSAPrivateKey: version is not 0');
  const [p, q, g, y, x] = [1, 2, 3, 4, 5].map((i) => integer(f[i], 'DSAPrivateKey')) as [
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  return { kind: 'dsa', p, q, g, y, x };
}

export function encodeDsaPrivateKey(k: DsaPrivateKey): Uint8Array {
  return encode(seqNode([0n, k.p, k.q, k.g, k.y, k.x].map(intNode)));
}

/** y = g^x mod p for a private key file that carries only x (PKCS#8, RFC 3279 section 2.3.2). */
export function dsaPublicValue(params: DssParams, x: bigint): bigint {
  const { p, q, g } = params;
  const pBits = p.toString(2).length;
  const qBits = q.toString(2).length;
  if (pBits > MAX_P_BITS)
    throw new CryptoError('unsupported', `DSA key: p of ${pBits} bits (at most ${MAX_P_BITS})`);
  if (qBits > MAX_Q_BITS)
    throw new CryptoError('unsupported', `DSA key: q of ${qBits} bits (at most ${MAX_Q_BITS})`);
  if (p < 3n || q < 2n || g < 2n || g >= p)
    throw new CryptoError('malformed', 'Dss-Parms: p, q or g out of range');
  if (x < 1n || x >= q) throw new CryptoError('malformed', 'DSA private key: x is not in 1..q-1');
  return modPow(g, x, p);
}
