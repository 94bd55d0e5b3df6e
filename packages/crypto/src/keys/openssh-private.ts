// OpenSSH's own private key format, "openssh-key-v1" (OpenSSH PROTOCOL.key): a PEM-like armour
// "OPENSSH PRIVATE KEY" around OpenSshPrivateKeyFile, whose private_keys string holds an
// OpenSshPrivateSection (both in specs/ssh/keys.spec), encrypted unless the cipher is "none".
// Encrypted files derive key and IV with bcrypt_pbkdf (BcryptKdfOptions).
import { gcm } from '@noble/ciphers/aes.js';
import {
  decodeBcryptKdfOptions,
  decodeOpenSshCheckWords,
  decodeOpenSshPrivateKeyFile,
  decodeOpenSshPrivateSection,
  encodeBcryptKdfOptions,
  encodeOpenSshPrivateKeyFile,
  encodeOpenSshPrivateSection,
  type OpenSshPrivateSection,
  type OpenSshPrivateSectionKey,
} from '@otpnet/ssh-spec';

import bcryptPbkdf from 'bcrypt-pbkdf';
import { CryptoError } from '../errors.js';
import { EC_FIELD_BYTES, OKP_SIZES, type PrivateKey, type PublicKey } from '../provider/key-types.js';
import { bigIntToBytes, bytesToBigInt } from './asn1.js';
import { randomBytes } from './cipher.js';
import { keyEncoding, keyLayout } from './key-layout.js';
import { ecPoint, encodeSshPublicKey, nonNegative, sshCurveName, sshKeyType } from './openssh-public.js';
import { encodePem, findPem } from './pem.js';
import { publicKeyOf } from './public.js';
import { cbcNoPad, ctrCrypt, type SshCipher, sshCipher } from './ssh-ciphers.js';
import { checkWorkFactor, type KdfLimits } from './work-factor.js';

const MAGIC = new TextEncoder().encode('openssh-key-v1\0');

export interface OpenSshKeyOptions extends Pick<KdfLimits, 'maxBcryptRounds'> {
  readonly passphrase?: string | Uint8Array;
}

export interface OpenSshPrivateKey {
  readonly key: PrivateKey;
  readonly publicKey: PublicKey;
  readonly comment: string;
  /** Whether the file was encrypted. */
  readonly encrypted: boolean;
}

/** The private key in an "OPENSSH PRIVATE KEY" file. */
export function readOpenSshPrivateKey(text: string | Uint8Array, opts: OpenSshKeyOptions = {}): PrivateKey {
  return parseOpenSshPrivateKey(text, opts).key;
}

/** The private key, its public key and comment from an "OPENSSH PRIVATE KEY" file. */
export function parseOpenSshPrivateKey(
  text: string | Uint8Array,
  opts: OpenSshKeyOptions = {},
): OpenSshPrivateKey {
  const pemText = typeof text === 'string' ? text : new TextDecoder().decode(text);
  const block = findPem(pemText, ['OPENSSH PRIVATE KEY']);
  if (block === undefined) throw new CryptoError('malformed', 'no "OPENSSH PRIVATE KEY" block found');
  const file = keyLayout('OpenSSH private key', () => decodeOpenSshPrivateKeyFile(block.der));
  if (file.auth_magic.some((b, i) => b !== MAGIC[i])) {
    throw new CryptoError('malformed', 'OpenSSH private key: missing "openssh-key-v1" magic');
  }
  const { ciphername: cipherName, kdfname: kdfName, private_keys: sealed, tag } = file;
  if (file.public_keys.length !== 1) {
    throw new CryptoError(
      'unsupported',
      `OpenSSH private key: ${file.public_keys.length} keys in one file (only 1 supported)`,
    );
  }
  const publicBlob = file.public_keys[0]!;
  const cipher = sshCipher(cipherName);
  if (tag.length !== cipher.tagBytes) {
    throw new CryptoError(
      'malformed',
      `OpenSSH private key: ${tag.length} bytes after the encrypted section, ${cipherName} has a ${cipher.tagBytes}-byte tag`,
    );
  }

  let plain: Uint8Array;
  if (cipherName === 'none') {
    if (kdfName !== 'none') throw new CryptoError('malformed', 'OpenSSH private key: KDF without cipher');
    plain = sealed;
  } else {
    if (kdfName !== 'bcrypt')
      throw new CryptoError('unsupported', `OpenSSH private key: KDF ${kdfName} is not supported`);
    if (opts.passphrase === undefined || opts.passphrase.length === 0) {
      throw new CryptoError(
        'password_required',
        'OpenSSH private key is encrypted: a passphrase is required',
      );
    }
    const { salt, rounds } = keyLayout('OpenSSH bcrypt KDF options', () =>
      decodeBcryptKdfOptions(file.kdfoptions),
    );
    // Before anything costly: the file chooses the rounds (see work-factor.ts).
    checkWorkFactor('OpenSSH private key: bcrypt_pbkdf rounds', rounds, 'maxBcryptRounds', opts);
    if (sealed.length % cipher.blockBytes !== 0)
      throw new CryptoError('malformed', 'OpenSSH private key: bad encrypted length');
    const kiv = deriveKeyIv(toBytes(opts.passphrase), salt, rounds, cipher);
    plain = decrypt(cipher, kiv, sealed, tag);
  }
  // The two check words are the only test of the passphrase for the unauthenticated ciphers, so
  // they are compared before anything else in the section is believed.
  checkWords(plain, cipherName);
  const section = keyLayout('OpenSSH private key', () => decodeOpenSshPrivateSection(plain));
  const key = privateKeyOf(section.key);
  // Padding is 1, 2, 3, … up to the cipher block size.
  if (section.padding.some((b, i) => b !== i + 1))
    throw new CryptoError('malformed', 'OpenSSH private key: bad padding');
  const publicKey = publicKeyOf(key);
  const expected = encodeSshPublicKey(publicKey);
  if (expected.length !== publicBlob.length || expected.some((b, i) => b !== publicBlob[i])) {
    throw new CryptoError('malformed', 'OpenSSH private key: public key does not match the private key');
  }
  return { key, publicKey, comment: section.comment, encrypted: cipherName !== 'none' };
}

function checkWords(plain: Uint8Array, cipherName: string): void {
  const { checkint1, checkint2 } = keyLayout('OpenSSH private key', () => decodeOpenSshCheckWords(plain));
  if (checkint1 !== checkint2) {
    throw cipherName === 'none'
      ? new CryptoError('malformed', 'OpenSSH private key: check words differ')
      : new CryptoError('bad_password', 'OpenSSH private key: decryption failed (wrong passphrase?)');
  }
}

function privateKeyOf(k: OpenSshPrivateSectionKey): PrivateKey {
  switch (k.case) {
    case 'ssh-rsa': {
      // OpenSSH keeps n, e, d, iqmp, p, q; the CRT exponents are recomputed.
      const { n, e, d, iqmp: qi, p, q } = k.value;
      nonNegative('ssh-rsa private key', n, e, d, qi);
      if (p < 2n || q < 2n) throw new CryptoError('malformed', 'ssh-rsa private key: bad primes');
      return { kind: 'rsa', n, e, d, p, q, dp: d % (p - 1n), dq: d % (q - 1n), qi };
    }
    case 'ssh-dss': {
      const { p, q, g, y, x } = k.value;
      nonNegative('ssh-dss private key', p, q, g, y, x);
      return { kind: 'dsa', p, q, g, y, x };
    }
    case 'ssh-ed25519':
    case 'ssh-ed448': {
      const kind = k.case === 'ssh-ed25519' ? 'ed25519' : 'ed448';
      const size = OKP_SIZES[kind];
      // The secret is seed || public key.
      const { public_key: pk, private_key: sk } = k.value;
      if (pk.length !== size.publicKey || sk.length !== size.privateKey + size.publicKey) {
        throw new CryptoError('malformed', `${k.case} private key: wrong length`);
      }
      return { kind, privateKey: sk.slice(0, size.privateKey), publicKey: pk.slice() };
    }
    default: {
      const { curve, point } = ecPoint(k.case, k.value.identifier, k.value.Q);
      const d = k.value.d;
      if (d < 0n || d.toString(16).length > 2 * EC_FIELD_BYTES[curve]) {
        throw new CryptoError('malformed', `${k.case} private key: bad scalar`);
      }
      return { kind: 'ec', curve, d: bigIntToBytes(d, EC_FIELD_BYTES[curve]), point };
    }
  }
}

function deriveKeyIv(
  passphrase: Uint8Array,
  salt: Uint8Array,
  rounds: number,
  cipher: SshCipher,
): { key: Uint8Array; iv: Uint8Array } {
  const out = new Uint8Array(cipher.keyBytes + cipher.ivBytes);
  const rc = bcryptPbkdf.pbkdf(passphrase, passphrase.length, salt, salt.length, out, out.length, rounds);
  if (rc !== 0)
    throw new CryptoError('malformed', 'OpenSSH private key: bcrypt_pbkdf refused its parameters');
  return { key: out.subarray(0, cipher.keyBytes), iv: out.subarray(cipher.keyBytes) };
}

function decrypt(
  cipher: SshCipher,
  kiv: { key: Uint8Array; iv: Uint8Array },
  data: Uint8Array,
  tag: Uint8Array,
): Uint8Array {
  switch (cipher.mode) {
    case 'ctr':
      return ctrCrypt(kiv.key, kiv.iv, data);
    case 'cbc':
      return cbcNoPad(kiv.key, kiv.iv, data, false);
    case 'gcm': {
      const sealed = new Uint8Array(data.length + tag.length);
      sealed.set(data);
      sealed.set(tag, data.length);
      try {
        return gcm(kiv.key, kiv.iv).decrypt(sealed);
      } catch {
        throw new CryptoError('bad_password', 'OpenSSH private key: decryption failed (wrong passphrase?)');
      }
    }
    default:
      return data;
  }
}

export interface WriteOpenSshOptions {
  readonly comment?: string;
  /** Encrypt with aes256-ctr and bcrypt_pbkdf, as ssh-keygen does by default. */
  readonly passphrase?: string | Uint8Array;
  /** bcrypt_pbkdf rounds (ssh-keygen -a), 1 to 2^32-1; default 16. */
  readonly rounds?: number;
}

/** An "OPENSSH PRIVATE KEY" file for `key`. */
export function writeOpenSshPrivateKey(key: PrivateKey, opts: WriteOpenSshOptions = {}): string {
  const publicKey = publicKeyOf(key);
  const encrypted = opts.passphrase !== undefined && opts.passphrase.length > 0;
  const cipherName = encrypted ? 'aes256-ctr' : 'none';
  const cipher = sshCipher(cipherName);
  const rounds = opts.rounds ?? 16;
  if (!Number.isSafeInteger(rounds) || rounds < 1 || rounds > 0xffffffff)
    throw new CryptoError('bad_input', `bcrypt_pbkdf rounds must be an integer in 1..2^32-1, got ${rounds}`);

  const check = new DataView(randomBytes(4).buffer).getUint32(0);
  const section: OpenSshPrivateSection = {
    checkint1: check,
    checkint2: check,
    ...privateFields(key, publicKey),
    comment: opts.comment ?? '',
    padding: new Uint8Array(0),
  };
  const unpadded = keyEncoding('OpenSSH private key', () => encodeOpenSshPrivateSection(section)).length;
  const padLen = (cipher.blockBytes - (unpadded % cipher.blockBytes)) % cipher.blockBytes;
  const plain = keyEncoding('OpenSSH private key', () =>
    encodeOpenSshPrivateSection({
      ...section,
      padding: Uint8Array.from({ length: padLen }, (_, i) => i + 1),
    }),
  );

  let kdfName = 'none';
  let kdfOptions: Uint8Array = new Uint8Array(0);
  let sealed: Uint8Array = plain;
  if (encrypted && opts.passphrase !== undefined) {
    const salt = randomBytes(16);
    kdfName = 'bcrypt';
    kdfOptions = encodeBcryptKdfOptions({ salt, rounds });
    const kiv = deriveKeyIv(toBytes(opts.passphrase), salt, rounds, cipher);
    sealed = ctrCrypt(kiv.key, kiv.iv, plain);
  }
  const body = keyEncoding('OpenSSH private key', () =>
    encodeOpenSshPrivateKeyFile({
      auth_magic: MAGIC,
      ciphername: cipherName,
      kdfname: kdfName,
      kdfoptions: kdfOptions,
      public_keys: [encodeSshPublicKey(publicKey)],
      private_keys: sealed,
      tag: new Uint8Array(0),
    }),
  );
  return encodePem('OPENSSH PRIVATE KEY', body);
}

/** keytype and key of an OpenSshPrivateSection for `key`. */
function privateFields(key: PrivateKey, pub: PublicKey): Pick<OpenSshPrivateSection, 'keytype' | 'key'> {
  switch (key.kind) {
    case 'rsa': {
      const value = { n: key.n, e: key.e, d: key.d, iqmp: key.qi, p: key.p, q: key.q };
      return { keytype: 'ssh-rsa', key: { case: 'ssh-rsa', value } };
    }
    case 'dsa': {
      const value = { p: key.p, q: key.q, g: key.g, y: key.y, x: key.x };
      return { keytype: 'ssh-dss', key: { case: 'ssh-dss', value } };
    }
    case 'ec': {
      if (pub.kind !== 'ec') break;
      const type = sshKeyType(pub) as 'ecdsa-sha2-nistp256' | 'ecdsa-sha2-nistp384' | 'ecdsa-sha2-nistp521';
      const value = { identifier: sshCurveName(key.curve), Q: pub.point, d: bytesToBigInt(key.d) };
      return { keytype: type, key: { case: type, value } };
    }
    case 'ed25519':
    case 'ed448': {
      if (pub.kind !== key.kind) break;
      const sk = new Uint8Array(key.privateKey.length + pub.publicKey.length);
      sk.set(key.privateKey);
      sk.set(pub.publicKey, key.privateKey.length);
      const type = key.kind === 'ed25519' ? 'ssh-ed25519' : 'ssh-ed448';
      return { keytype: type, key: { case: type, value: { public_key: pub.publicKey, private_key: sk } } };
    }
  }
  throw new CryptoError('unsupported', `${key.kind} keys have no OpenSSH private key format`);
}

function toBytes(p: string | Uint8Array): Uint8Array {
  return typeof p === 'string' ? new TextEncoder().encode(p) : p;
}
