// Reading and writing private and public keys in every PEM/DER form OpenSSL produces:
// PKCS#8 (plain and PBES2-encrypted), PKCS#1 RSA, SEC1 EC, traditional DSA, legacy encrypted PEM,
// SPKI, and OpenSSH private keys when handed an "OPENSSH PRIVATE KEY" block.
import * as asn1js from 'asn1js';
import { CryptoError } from '../errors.js';
import type { PrivateKey, PublicKey } from '../provider/key-types.js';
import { parseDer, sequence } from './asn1.js';
import { decodeDsaPrivateKey, encodeDsaPrivateKey } from './dsa.js';
import { decryptLegacyPem, encryptLegacyPem, isLegacyEncrypted } from './legacy-pem.js';
import { readOpenSshPrivateKey } from './openssh-private.js';
import { decryptPkcs8, type EncryptOptions, encryptPkcs8, toBytes } from './pbes2.js';
import { decodePem, encodePem, isPem, type PemBlock } from './pem.js';
import { decodeRsaPrivateKey, decodeRsaPublicKey, encodeRsaPrivateKey, encodeRsaPublicKey } from './pkcs1.js';
import { decodePkcs8, encodePkcs8 } from './pkcs8.js';
import { publicKeyOf } from './public.js';
import { decodeEcPrivateKey, encodeEcPrivateKey } from './sec1.js';
import { decodeSpki, decodeSpkiNode, encodeSpki } from './spki.js';
import type { KdfLimits } from './work-factor.js';

export interface ReadKeyOptions extends KdfLimits {
  /** Password for encrypted PKCS#8, legacy encrypted PEM, or OpenSSH key files. */
  readonly password?: string | Uint8Array;
}

const PRIVATE_LABELS = [
  'PRIVATE KEY',
  'ENCRYPTED PRIVATE KEY',
  'RSA PRIVATE KEY',
  'EC PRIVATE KEY',
  'DSA PRIVATE KEY',
  'OPENSSH PRIVATE KEY',
];

/**
 * The private key in a PEM text or DER buffer. For PEM, the first private key block is used (an
 * `EC PARAMETERS` block before it is skipped). Throws CryptoError: `password_required`,
 * `bad_password`, `limit_exceeded` (a KDF work factor above the `opts` caps), `malformed` or
 * `unsupported`.
 */
export function readPrivateKey(pemOrDer: string | Uint8Array, opts: ReadKeyOptions = {}): PrivateKey {
  if (typeof pemOrDer === 'string' && !isPem(pemOrDer))
    throw new CryptoError('malformed', 'no private key PEM block found');
  if (!isPem(pemOrDer)) return decodePrivateDer(pemOrDer as Uint8Array, opts);
  const text = typeof pemOrDer === 'string' ? pemOrDer : new TextDecoder().decode(pemOrDer);
  const block = decodePem(text).find((b) => PRIVATE_LABELS.includes(b.label));
  if (block === undefined) throw new CryptoError('malformed', 'no private key PEM block found');
  return privateKeyFromBlock(block, text, opts);
}

export function privateKeyFromBlock(block: PemBlock, text: string, opts: ReadKeyOptions = {}): PrivateKey {
  const { password } = opts;
  if (block.label === 'OPENSSH PRIVATE KEY') {
    const limits = { maxBcryptRounds: opts.maxBcryptRounds };
    return readOpenSshPrivateKey(text, password === undefined ? limits : { ...limits, passphrase: password });
  }
  let der = block.der;
  if (isLegacyEncrypted(block)) {
    if (password === undefined)
      throw new CryptoError('password_required', `PEM "${block.label}" is encrypted: a password is required`);
    der = decryptLegacyPem(block, toBytes(password));
    try {
      return decodeLabelled(block.label, der);
    } catch (e) {
      // The padding matched by chance; the plaintext is not a key.
      if (e instanceof CryptoError && e.kind === 'malformed') {
        throw new CryptoError(
          'bad_password',
          `encrypted PEM "${block.label}": decryption failed (wrong password?)`,
        );
      }
      throw e;
    }
  }
  if (block.label === 'ENCRYPTED PRIVATE KEY') {
    if (password === undefined)
      throw new CryptoError('password_required', 'encrypted PKCS#8 key: a password is required');
    return decryptPkcs8(der, password, opts);
  }
  return decodeLabelled(block.label, der);
}

function decodeLabelled(label: string, der: Uint8Array): PrivateKey {
  switch (label) {
    case 'RSA PRIVATE KEY':
      return decodeRsaPrivateKey(der);
    case 'EC PRIVATE KEY':
      return decodeEcPrivateKey(der);
    case 'DSA PRIVATE KEY':
      return decodeDsaPrivateKey(der);
    default:
      return decodePkcs8(der);
  }
}

/** DER has no label: tell the structures apart by their shape. */
function decodePrivateDer(der: Uint8Array, opts: ReadKeyOptions): PrivateKey {
  const f = sequence(parseDer(der, 'private key'), 'private key', 2);
  if (f[0] instanceof asn1js.Sequence) {
    if (opts.password === undefined)
      throw new CryptoError('password_required', 'encrypted PKCS#8 key: a password is required');
    return decryptPkcs8(der, opts.password, opts);
  }
  if (f[1] instanceof asn1js.Sequence) return decodePkcs8(der);
  if (f[1] instanceof asn1js.OctetString) return decodeEcPrivateKey(der);
  if (f.length === 6) return decodeDsaPrivateKey(der);
  if (f.length >= 9) return decodeRsaPrivateKey(der);
  throw new CryptoError('malformed', 'DER is not a PKCS#8, PKCS#1, SEC1 or DSA private key');
}

/**
 * The public key in a PEM text or DER buffer: SubjectPublicKeyInfo (`PUBLIC KEY`), PKCS#1
 * (`RSA PUBLIC KEY`), the key of a `CERTIFICATE`, or the public half of a private key.
 */
export function readPublicKey(pemOrDer: string | Uint8Array, opts: ReadKeyOptions = {}): PublicKey {
  if (typeof pemOrDer === 'string' && !isPem(pemOrDer))
    throw new CryptoError('malformed', 'no public key PEM block found');
  if (!isPem(pemOrDer)) {
    const der = pemOrDer as Uint8Array;
    const f = sequence(parseDer(der, 'public key'), 'public key', 2);
    if (f[0] instanceof asn1js.Sequence && f[1] instanceof asn1js.BitString) return decodeSpki(der);
    if (f.length === 2 && f[0] instanceof asn1js.Integer) return decodeRsaPublicKey(der);
    return publicKeyOf(decodePrivateDer(der, opts));
  }
  const text = typeof pemOrDer === 'string' ? pemOrDer : new TextDecoder().decode(pemOrDer);
  for (const block of decodePem(text)) {
    if (block.label === 'PUBLIC KEY') return decodeSpki(block.der);
    if (block.label === 'RSA PUBLIC KEY') return decodeRsaPublicKey(block.der);
    if (block.label === 'CERTIFICATE') {
      // Certificate -> tbsCertificate -> subjectPublicKeyInfo (RFC 5280 section 4.1).
      const tbs = sequence(
        sequence(parseDer(block.der, 'Certificate'), 'Certificate', 3, 3)[0],
        'TBSCertificate',
        6,
      );
      const spki = tbs[tbs[0]?.idBlock.tagClass === 3 ? 6 : 5];
      return decodeSpkiNode(spki as asn1js.AsnType);
    }
    if (PRIVATE_LABELS.includes(block.label)) return publicKeyOf(privateKeyFromBlock(block, text, opts));
  }
  throw new CryptoError('malformed', 'no public key PEM block found');
}

export type PrivateKeyFormat = 'pkcs8' | 'pkcs1' | 'sec1' | 'dsa';

export interface WritePrivateKeyOptions {
  /** `pkcs8` (default), or the traditional per-algorithm form (`pkcs1` RSA, `sec1` EC, `dsa`). */
  readonly format?: PrivateKeyFormat;
  readonly encoding?: 'pem' | 'der';
  /**
   * Encrypt: PKCS#8 with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC); traditional forms with legacy
   * PEM encryption (AES-256-CBC), which needs PEM encoding.
   */
  readonly password?: string | Uint8Array;
  readonly encryption?: EncryptOptions;
}

export function writePrivateKey(key: PrivateKey, opts: WritePrivateKeyOptions = {}): string | Uint8Array {
  const format = opts.format ?? 'pkcs8';
  const pem = (opts.encoding ?? 'pem') === 'pem';
  if (format === 'pkcs8') {
    if (opts.password !== undefined) {
      const der = encryptPkcs8(key, opts.password, opts.encryption);
      return pem ? encodePem('ENCRYPTED PRIVATE KEY', der) : der;
    }
    const der = encodePkcs8(key);
    return pem ? encodePem('PRIVATE KEY', der) : der;
  }
  const [label, der] = traditional(key, format);
  if (opts.password !== undefined) {
    if (!pem) throw new CryptoError('unsupported', `an encrypted ${format} key can only be written as PEM`);
    const sealed = encryptLegacyPem(der, toBytes(opts.password));
    return encodePem(label, sealed.der, sealed.headers);
  }
  return pem ? encodePem(label, der) : der;
}

function traditional(key: PrivateKey, format: Exclude<PrivateKeyFormat, 'pkcs8'>): [string, Uint8Array] {
  if (format === 'pkcs1' && key.kind === 'rsa') return ['RSA PRIVATE KEY', encodeRsaPrivateKey(key)];
  if (format === 'sec1' && key.kind === 'ec') {
    const pub = publicKeyOf(key);
    return [
      'EC PRIVATE KEY',
      encodeEcPrivateKey({ ...key, point: pub.kind === 'ec' ? pub.point : undefined }),
    ];
  }
  if (format === 'dsa' && key.kind === 'dsa') return ['DSA PRIVATE KEY', encodeDsaPrivateKey(key)];
  throw new CryptoError('unsupported', `format ${format} does not hold ${key.kind} keys`);
}

export function writePublicKey(
  key: PublicKey,
  opts: { format?: 'spki' | 'pkcs1'; encoding?: 'pem' | 'der' } = {},
): string | Uint8Array {
  const pem = (opts.encoding ?? 'pem') === 'pem';
  if (opts.format === 'pkcs1') {
    if (key.kind !== 'rsa') throw new CryptoError('unsupported', 'PKCS#1 public keys are RSA only');
    const der = encodeRsaPublicKey(key);
    return pem ? encodePem('RSA PUBLIC KEY', der) : der;
  }
  const der = encodeSpki(key);
  return pem ? encodePem('PUBLIC KEY', der) : der;
}
