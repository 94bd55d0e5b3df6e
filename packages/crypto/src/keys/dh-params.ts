// Finite-field Diffie-Hellman parameters: PKCS#3 DHParameter, as in `openssl dhparam` output
// ("DH PARAMETERS"). PKCS#3 section 9: SEQUENCE { prime, base, privateValueLength OPTIONAL }.

import { CryptoError } from '../errors.js';
import { encode, integer, intNode, parseDer, seqNode, sequence, smallInt } from './asn1.js';
import { encodePem, findPem, isPem } from './pem.js';

export interface DhParameters {
  readonly p: bigint;
  readonly g: bigint;
  readonly privateValueLength?: number;
}

export function readDhParameters(input: string | Uint8Array): DhParameters {
  let der: Uint8Array;
  if (isPem(input)) {
    const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
    const block = findPem(text, ['DH PARAMETERS']);
    if (block === undefined) throw new CryptoError('malformed', 'no "DH PARAMETERS" PEM block found');
    der = block.der;
  } else der = input as Uint8Array;
  const f = sequence(parseDer(der, 'DHParameter'), 'DHParameter', 2, 3);
  const p = integer(f[0], 'DHParameter.prime');
  const g = integer(f[1], 'DHParameter.base');
  if (p < 3n || g < 2n || g >= p)
    throw new CryptoError('malformed', 'DHParameter: prime or base out of range');
  return f[2] === undefined
    ? { p, g }
    : { p, g, privateValueLength: smallInt(f[2], 'DHParameter.privateValueLength') };
}

export function writeDhParameters(
  params: DhParameters,
  encoding: 'pem' | 'der' = 'pem',
): string | Uint8Array {
  const items = [intNode(params.p), intNode(params.g)];
  if (params.privateValueLength !== undefined) items.push(intNode(BigInt(params.privateValueLength)));
  const der = encode(seqNode(items));
  return encoding === 'der' ? der : encodePem('DH PARAMETERS', der);
}
