// Unencrypted private keys in PKCS#8 form: PrivateKeyInfo (RFC 5208 section 5) and its v2,
// OneAsymmetricKey (RFC 5958 section 2), with the per-algorithm contents of RFC 8017 (RSA),
// RFC 5915 (EC), RFC 3279 (DSA) and RFC 8410 section 7 (Ed25519, Ed448, X25519, X448).
import * as asn1js from 'asn1js';
import { CryptoError } from '../errors.js';
import { OKP_SIZES, type PrivateKey } from '../provider/key-types.js';
import {
  contextTag,
  encode,
  integer,
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
import { decodeDssParams, dsaPublicValue, dssParamsNode } from './dsa.js';
import { CURVE_OIDS, curveFromOid, OID } from './oids.js';
import { decodeRsaPrivateKey, encodeRsaPrivateKey } from './pkcs1.js';
import { publicKeyOf } from './public.js';
import { decodeEcPrivateKey, encodeEcPrivateKey } from './sec1.js';
import { okpKindFromOid } from './spki.js';

export function decodePkcs8(der: Uint8Array): PrivateKey {
  const f = sequence(parseDer(der, 'PrivateKeyInfo'), 'PrivateKeyInfo', 3, 5);
  const version = smallInt(f[0], 'PrivateKeyInfo.version');
  if (version > 1) throw new CryptoError('unsupported', `PrivateKeyInfo: version ${version}`);
  const alg = sequence(f[1], 'PrivateKeyInfo.privateKeyAlgorithm', 1, 2);
  const algOid = oid(alg[0], 'PrivateKeyInfo.privateKeyAlgorithm');
  const inner = octets(f[2], 'PrivateKeyInfo.privateKey');
  let publicKey: Uint8Array | undefined;
  for (const extra of f.slice(3)) {
    // [1] IMPLICIT BIT STRING publicKey (RFC 5958); [0] attributes are ignored.
    if (contextTag(extra) === 1 && !extra.idBlock.isConstructed) {
      const raw = (extra as asn1js.Primitive).valueBlock.valueHexView;
      if (raw[0] !== 0) throw new CryptoError('malformed', 'OneAsymmetricKey.publicKey: unused bits');
      publicKey = raw.slice(1);
    }
  }
  switch (algOid) {
    case OID.rsaEncryption:
    case OID.rsassaPss:
      return decodeRsaPrivateKey(inner);
    case OID.ecPublicKey: {
      const params = alg[1];
      if (!(params instanceof asn1js.ObjectIdentifier)) {
        throw new CryptoError('unsupported', 'EC private key: only named curves are supported');
      }
      const curveOid = oid(params, 'ECParameters');
      const curve = curveFromOid(curveOid);
      if (curve === undefined)
        throw new CryptoError('unsupported', `EC private key: unsupported curve ${curveOid}`);
      return decodeEcPrivateKey(inner, curve);
    }
    case OID.dsa: {
      const params = decodeDssParams(alg[1]);
      const x = integer(parseDer(inner, 'DSA private key'), 'DSA private key');
      return { kind: 'dsa', ...params, y: dsaPublicValue(params, x), x };
    }
    default: {
      const kind = okpKindFromOid(algOid);
      if (kind === undefined)
        throw new CryptoError('unsupported', `private key algorithm ${algOid} is not supported`);
      // RFC 8410 section 7: CurvePrivateKey ::= OCTET STRING, inside the privateKey OCTET STRING.
      const raw = octets(parseDer(inner, `${kind} CurvePrivateKey`), `${kind} CurvePrivateKey`);
      if (raw.length !== OKP_SIZES[kind].privateKey)
        throw new CryptoError('malformed', `${kind} private key: wrong length`);
      if (publicKey !== undefined && publicKey.length !== OKP_SIZES[kind].publicKey) {
        throw new CryptoError('malformed', `${kind} public key: wrong length`);
      }
      return publicKey === undefined ? { kind, privateKey: raw } : { kind, privateKey: raw, publicKey };
    }
  }
}

export function encodePkcs8(k: PrivateKey): Uint8Array {
  let alg: asn1js.AsnType;
  let inner: Uint8Array;
  switch (k.kind) {
    case 'rsa':
      alg = seqNode([oidNode(OID.rsaEncryption), new asn1js.Null()]);
      inner = encodeRsaPrivateKey(k);
      break;
    case 'ec': {
      const pub = publicKeyOf(k);
      alg = seqNode([oidNode(OID.ecPublicKey), oidNode(CURVE_OIDS[k.curve])]);
      inner = encodeEcPrivateKey({ ...k, point: pub.kind === 'ec' ? pub.point : undefined }, false);
      break;
    }
    case 'dsa':
      alg = seqNode([oidNode(OID.dsa), dssParamsNode(k)]);
      inner = encode(intNode(k.x));
      break;
    default:
      alg = seqNode([oidNode(OID[k.kind])]);
      inner = encode(octetsNode(k.privateKey));
  }
  return encode(seqNode([intNode(0n), alg, octetsNode(inner)]));
}
