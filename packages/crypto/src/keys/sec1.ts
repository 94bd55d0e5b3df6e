// EC private keys in SEC1 form (ECPrivateKey), RFC 5915 section 3.
import type * as asn1js from 'asn1js';
import { CryptoError } from '../errors.js';
import { EC_FIELD_BYTES, type EcCurve, type EcPrivateKey } from '../provider/key-types.js';
import {
  bits,
  bitsNode,
  contextTag,
  encode,
  explicitInner,
  explicitNode,
  intNode,
  octets,
  octetsNode,
  oid,
  oidNode,
  parseDer,
  seqNode,
  sequence,
  smallInt,
} from './asn1.js';
import { CURVE_OIDS, curveFromOid } from './oids.js';
import { uncompressedPoint } from './public.js';

/**
 * Decode an ECPrivateKey. `curveHint` is the curve from an enclosing PKCS#8 AlgorithmIdentifier;
 * RFC 5915 section 3 lets the inner `parameters` be omitted then.
 */
export function decodeEcPrivateKey(der: Uint8Array, curveHint?: EcCurve): EcPrivateKey {
  const f = sequence(parseDer(der, 'ECPrivateKey'), 'ECPrivateKey', 2, 4);
  if (smallInt(f[0], 'ECPrivateKey.version') !== 1)
    throw new CryptoError('malformed', 'ECPrivateKey: version is not 1');
  const scalar = octets(f[1], 'ECPrivateKey.privateKey');
  let curve = curveHint;
  let point: Uint8Array | undefined;
  for (const node of f.slice(2)) {
    const tag = contextTag(node);
    if (tag === 0) {
      const id = oid(explicitInner(node, 'ECPrivateKey.parameters'), 'ECPrivateKey.parameters');
      const named = curveFromOid(id);
      if (named === undefined) throw new CryptoError('unsupported', `ECPrivateKey: unsupported curve ${id}`);
      if (curve !== undefined && curve !== named)
        throw new CryptoError('malformed', 'ECPrivateKey: curve mismatch');
      curve = named;
    } else if (tag === 1) {
      point = bits(explicitInner(node, 'ECPrivateKey.publicKey'), 'ECPrivateKey.publicKey');
    } else throw new CryptoError('malformed', 'ECPrivateKey: unexpected field');
  }
  if (curve === undefined) throw new CryptoError('malformed', 'ECPrivateKey: no curve named');
  return ecPrivateKey(curve, scalar, point);
}

/** Build an EcPrivateKey, padding the scalar to the field length and normalizing the point. */
export function ecPrivateKey(curve: EcCurve, scalar: Uint8Array, point?: Uint8Array): EcPrivateKey {
  const size = EC_FIELD_BYTES[curve];
  let s = scalar;
  while (s.length > size && s[0] === 0) s = s.subarray(1);
  if (s.length > size) throw new CryptoError('malformed', `EC private key: scalar too long for ${curve}`);
  const d = new Uint8Array(size);
  d.set(s, size - s.length);
  return point === undefined
    ? { kind: 'ec', curve, d }
    : { kind: 'ec', curve, d, point: uncompressedPoint(curve, point) };
}

/** ECPrivateKey DER; `withCurve` false leaves out parameters (as inside PKCS#8). */
export function encodeEcPrivateKey(k: EcPrivateKey, withCurve = true): Uint8Array {
  const items: asn1js.AsnType[] = [intNode(1n), octetsNode(k.d)];
  if (withCurve) items.push(explicitNode(0, oidNode(CURVE_OIDS[k.curve])));
  if (k.point !== undefined) items.push(explicitNode(1, bitsNode(k.point)));
  return encode(seqNode(items));
}
