// SubjectPublicKeyInfo, RFC 5280 section 4.1.2.7, with the algorithm profiles of RFC 3279
// (RSA, DSA), RFC 5480 (EC), RFC 4055 (RSASSA-PSS) and RFC 8410 (Ed25519, Ed448, X25519, X448).
import * as asn1js from 'asn1js';
import { CryptoError } from '../errors.js';
import { OKP_SIZES, type OkpKind, type PublicKey } from '../provider/key-types.js';
import {
  bits,
  bitsNode,
  encode,
  integer,
  intNode,
  type Node,
  oid,
  oidNode,
  parseDer,
  rawBytes,
  seqNode,
  sequence,
} from './asn1.js';
import { decodeDssParams, dssParamsNode } from './dsa.js';
import { CURVE_OIDS, curveFromOid, OID } from './oids.js';
import { decodeRsaPublicKey, encodeRsaPublicKey } from './pkcs1.js';
import { uncompressedPoint } from './public.js';

const OKP_BY_OID: Readonly<Record<string, OkpKind>> = {
  [OID.ed25519]: 'ed25519',
  [OID.ed448]: 'ed448',
  [OID.x25519]: 'x25519',
  [OID.x448]: 'x448',
};

export function okpKindFromOid(id: string): OkpKind | undefined {
  return OKP_BY_OID[id];
}

export function decodeSpki(der: Uint8Array): PublicKey {
  return decodeSpkiNode(parseDer(der, 'SubjectPublicKeyInfo'));
}

export function decodeSpkiNode(node: Node): PublicKey {
  const f = sequence(node, 'SubjectPublicKeyInfo', 2, 2);
  const alg = sequence(f[0], 'SubjectPublicKeyInfo.algorithm', 1, 2);
  const algOid = oid(alg[0], 'SubjectPublicKeyInfo.algorithm');
  const key = bits(f[1], 'SubjectPublicKeyInfo.subjectPublicKey');
  switch (algOid) {
    case OID.rsaEncryption:
    case OID.rsassaPss:
      return decodeRsaPublicKey(key);
    case OID.ecPublicKey: {
      // RFC 5480 section 2.1.1: only namedCurve parameters are allowed in PKIX.
      const params = alg[1];
      if (!(params instanceof asn1js.ObjectIdentifier)) {
        throw new CryptoError('unsupported', 'EC public key: only named curves are supported');
      }
      const curveOid = oid(params, 'ECParameters');
      const curve = curveFromOid(curveOid);
      if (curve === undefined)
        throw new CryptoError('unsupported', `EC public key: unsupported curve ${curveOid}`);
      return { kind: 'ec', curve, point: uncompressedPoint(curve, key) };
    }
    case OID.dsa: {
      const params = decodeDssParams(alg[1]);
      const y = integer(parseDer(key, 'DSAPublicKey'), 'DSAPublicKey');
      return { kind: 'dsa', ...params, y };
    }
    default: {
      const kind = OKP_BY_OID[algOid];
      if (kind === undefined)
        throw new CryptoError('unsupported', `public key algorithm ${algOid} is not supported`);
      // RFC 8410 section 3: parameters MUST be absent.
      if (alg.length !== 1)
        throw new CryptoError('malformed', `${kind} public key: parameters must be absent`);
      if (key.length !== OKP_SIZES[kind].publicKey)
        throw new CryptoError('malformed', `${kind} public key: wrong length`);
      return { kind, publicKey: key };
    }
  }
}

export function encodeSpki(k: PublicKey): Uint8Array {
  return encode(spkiNode(k));
}

export function spkiNode(k: PublicKey): Node {
  switch (k.kind) {
    case 'rsa':
      return seqNode([
        seqNode([oidNode(OID.rsaEncryption), new asn1js.Null()]),
        bitsNode(encodeRsaPublicKey(k)),
      ]);
    case 'ec':
      return seqNode([seqNode([oidNode(OID.ecPublicKey), oidNode(CURVE_OIDS[k.curve])]), bitsNode(k.point)]);
    case 'dsa':
      return seqNode([seqNode([oidNode(OID.dsa), dssParamsNode(k)]), bitsNode(encode(intNode(k.y)))]);
    default:
      return seqNode([seqNode([oidNode(OID[k.kind])]), bitsNode(k.publicKey)]);
  }
}

/** The DER of an SPKI node as it appeared in its container (for hashing and verification). */
export function spkiDer(node: Node): Uint8Array {
  return rawBytes(node);
}
