// Key agreement over @noble/curves (X25519, X448, NIST ECDH) and micro-rsa-dsa-dh (finite field).
import { DH } from 'micro-rsa-dsa-dh/dh.js';
import { CryptoError, unsupported } from '../../errors.js';
import { DH_GROUPS, type DhGroupParams } from '../groups/dh-groups.js';
import { checkDhGroup, checkDhPrivate, checkDhPublic, randomDhExponent } from '../groups/dh-private.js';
import { EC_FIELD_BYTES, type EcCurve, OKP_SIZES } from '../key-types.js';
import type { KeyAgreement, KeyAgreementGroup } from '../types.js';
import { bigIntToBytes, byteLength, bytesToBigInt, isAllZero } from '../util/bytes.js';
import { MONTGOMERY, WEIERSTRASS } from './curves.js';
import { randomBytes } from './random.js';

// Library errors are not chained as `cause` here: next to a private key they might describe it.
function badPublic(group: string): CryptoError {
  return new CryptoError('bad_public_value', `invalid ${group} public value`);
}

function montgomery(name: 'x25519' | 'x448'): KeyAgreement {
  const curve = MONTGOMERY[name];
  const size = OKP_SIZES[name].publicKey;
  return {
    group: name,
    generateKeyPair() {
      const privateKey = curve.utils.randomSecretKey();
      return { privateKey, publicKey: curve.getPublicKey(privateKey) };
    },
    publicKeyFromPrivate(privateKey) {
      if (privateKey.length !== size)
        throw new CryptoError('bad_key', `${name} private key must be ${size} bytes`);
      return curve.getPublicKey(privateKey);
    },
    computeSecret(privateKey, peerPublic) {
      if (privateKey.length !== size)
        throw new CryptoError('bad_key', `${name} private key must be ${size} bytes`);
      if (peerPublic.length !== size) throw badPublic(name);
      let secret: Uint8Array;
      try {
        secret = curve.getSharedSecret(privateKey, peerPublic);
      } catch {
        throw badPublic(name);
      }
      // RFC 7748 section 6.1: an all-zero output means a low-order peer value.
      if (isAllZero(secret)) throw badPublic(name);
      return secret;
    },
  };
}

function weierstrass(name: EcCurve): KeyAgreement {
  const curve = WEIERSTRASS[name];
  const size = EC_FIELD_BYTES[name];
  return {
    group: name,
    generateKeyPair() {
      const privateKey = curve.utils.randomSecretKey();
      return { privateKey, publicKey: curve.getPublicKey(privateKey, false) };
    },
    publicKeyFromPrivate(privateKey) {
      try {
        return curve.getPublicKey(privateKey, false);
      } catch {
        throw new CryptoError('bad_key', `invalid ${name} private key`);
      }
    },
    computeSecret(privateKey, peerPublic) {
      // TLS 1.3 and SSH carry uncompressed points only (RFC 8446 section 4.2.8.2).
      if (peerPublic.length !== 1 + 2 * size || peerPublic[0] !== 4) throw badPublic(name);
      if (!curve.utils.isValidSecretKey(privateKey))
        throw new CryptoError('bad_key', `invalid ${name} private key`);
      let shared: Uint8Array;
      try {
        // Decoding the point checks that it lies on the curve.
        shared = curve.getSharedSecret(privateKey, peerPublic, true);
      } catch {
        throw badPublic(name);
      }
      return shared.slice(1); // the X coordinate (RFC 8446 section 7.4.2)
    },
  };
}

export function finiteField(name: string, group: DhGroupParams): KeyAgreement {
  checkDhGroup(group);
  const plen = byteLength(group.p);
  const dh = DH({ p: group.p, g: group.g });
  const priv = (x: Uint8Array): Uint8Array => {
    const v = bytesToBigInt(x);
    checkDhPrivate(group, v);
    return bigIntToBytes(v, plen);
  };
  return {
    group: name,
    generateKeyPair() {
      const privateKey = randomDhExponent(group, randomBytes);
      return { privateKey, publicKey: bigIntToBytes(bytesToBigInt(dh.getPublicKey(priv(privateKey))), plen) };
    },
    publicKeyFromPrivate(privateKey) {
      return bigIntToBytes(bytesToBigInt(dh.getPublicKey(priv(privateKey))), plen);
    },
    computeSecret(privateKey, peerPublic) {
      // Leading zero bytes (SSH mpints, some encoders) are allowed; the value is what is checked.
      if (peerPublic.length > plen + 8) throw badPublic(name);
      const y = bytesToBigInt(peerPublic);
      checkDhPublic(group, y);
      return dh.getSharedSecret(priv(privateKey), bigIntToBytes(y, plen));
    },
  };
}

export function ecdh(group: KeyAgreementGroup | DhGroupParams): KeyAgreement {
  if (typeof group === 'object') return finiteField('custom', group);
  if (group === 'x25519' || group === 'x448') return montgomery(group);
  if (group in WEIERSTRASS) return weierstrass(group as EcCurve);
  const ff = DH_GROUPS[group as keyof typeof DH_GROUPS];
  if (ff) return finiteField(group, ff);
  throw unsupported(`key agreement group ${String(group)}`, 'noble');
}
