// DSA key structures: Dss-Parms (RFC 3279 section 2.3.2) and OpenSSL's traditional
// "DSA PRIVATE KEY" SEQUENCE { version, p, q, g, y, x }.
import type { DsaPrivateKey } from '../provider/key-types.js';
import { encode, integer, intNode, type Node, parseDer, seqNode, sequence, smallInt } from './asn1.js';
import { KeyError } from './errors.js';

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
    throw new KeyError('malformed', 'DSAPrivateKey: version is not 0');
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
