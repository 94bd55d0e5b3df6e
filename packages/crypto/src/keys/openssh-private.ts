// OpenSSH's own private key format, "openssh-key-v1" (OpenSSH PROTOCOL.key): a PEM-like armour
// "OPENSSH PRIVATE KEY" around
//   "openssh-key-v1\0" string ciphername, string kdfname, string kdfoptions, uint32 nkeys,
//   string publickey[nkeys], string encrypted( uint32 check, uint32 check,
//   (string type, key fields, string comment)[nkeys], padding 1, 2, 3, … )
// Encrypted files derive key and IV with bcrypt_pbkdf (kdfoptions: string salt, uint32 rounds).
import { gcm } from '@noble/ciphers/aes.js';
import bcryptPbkdf from 'bcrypt-pbkdf';
import { EC_FIELD_BYTES, OKP_SIZES, type PrivateKey, type PublicKey } from '../provider/key-types.js';
import { bigIntToBytes, bytesToBigInt } from './asn1.js';
import { randomBytes } from './cipher.js';
import { KeyError } from './errors.js';
import { encodeSshPublicKey, readSshPublicKeyFields, sshCurveName, sshKeyType } from './openssh-public.js';
import { encodePem, findPem } from './pem.js';
import { publicKeyOf } from './public.js';
import { cbcNoPad, ctrCrypt, SSH_CIPHERS, type SshCipher } from './ssh-ciphers.js';
import { SshReader, SshWriter } from './ssh-wire.js';

const MAGIC = new TextEncoder().encode('openssh-key-v1\0');
/** bcrypt rounds above this are refused: each round costs ~ 10 ms. */
const MAX_ROUNDS = 10_000;

export interface OpenSshKeyOptions {
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
  if (block === undefined) throw new KeyError('malformed', 'no "OPENSSH PRIVATE KEY" block found');
  const data = block.der;
  if (data.length < MAGIC.length || MAGIC.some((b, i) => data[i] !== b)) {
    throw new KeyError('malformed', 'OpenSSH private key: missing "openssh-key-v1" magic');
  }
  const r = new SshReader(data.subarray(MAGIC.length), 'OpenSSH private key');
  const cipherName = r.text();
  const kdfName = r.text();
  const kdfOptions = r.string();
  const count = r.uint32();
  if (count !== 1)
    throw new KeyError('unsupported', `OpenSSH private key: ${count} keys in one file (only 1 supported)`);
  const publicBlob = r.string();
  const sealed = r.string();
  const cipher = SSH_CIPHERS[cipherName];
  if (cipher === undefined)
    throw new KeyError('unsupported', `OpenSSH private key: cipher ${cipherName} is not supported`);
  const tag = r.bytes(cipher.tagBytes);
  r.end();

  let plain: Uint8Array;
  if (cipherName === 'none') {
    if (kdfName !== 'none') throw new KeyError('malformed', 'OpenSSH private key: KDF without cipher');
    plain = sealed;
  } else {
    if (kdfName !== 'bcrypt')
      throw new KeyError('unsupported', `OpenSSH private key: KDF ${kdfName} is not supported`);
    if (opts.passphrase === undefined || opts.passphrase.length === 0) {
      throw new KeyError('password_required', 'OpenSSH private key is encrypted: a passphrase is required');
    }
    const kr = new SshReader(kdfOptions, 'OpenSSH bcrypt KDF options');
    const salt = kr.string();
    const rounds = kr.uint32();
    kr.end();
    if (rounds < 1 || rounds > MAX_ROUNDS)
      throw new KeyError('unsupported', 'OpenSSH private key: bcrypt rounds out of range');
    if (sealed.length % cipher.blockBytes !== 0)
      throw new KeyError('malformed', 'OpenSSH private key: bad encrypted length');
    const kiv = deriveKeyIv(toBytes(opts.passphrase), salt, rounds, cipher);
    plain = decrypt(cipher, kiv, sealed, tag);
  }
  const p = new SshReader(plain, 'OpenSSH private key');
  // Two equal check words: the only test of the passphrase for the unauthenticated ciphers.
  const check1 = p.uint32();
  const check2 = p.uint32();
  if (check1 !== check2) {
    throw cipherName === 'none'
      ? new KeyError('malformed', 'OpenSSH private key: check words differ')
      : new KeyError('bad_password', 'OpenSSH private key: decryption failed (wrong passphrase?)');
  }
  const key = readPrivateFields(p.text(), p);
  const comment = p.text();
  // Padding is 1, 2, 3, … up to the cipher block size.
  const pad = p.bytes(p.remaining);
  if (pad.some((b, i) => b !== i + 1)) throw new KeyError('malformed', 'OpenSSH private key: bad padding');
  const publicKey = publicKeyOf(key);
  const expected = encodeSshPublicKey(publicKey);
  if (expected.length !== publicBlob.length || expected.some((b, i) => b !== publicBlob[i])) {
    throw new KeyError('malformed', 'OpenSSH private key: public key does not match the private key');
  }
  return { key, publicKey, comment, encrypted: cipherName !== 'none' };
}

function readPrivateFields(type: string, r: SshReader): PrivateKey {
  switch (type) {
    case 'ssh-rsa': {
      // n, e, d, iqmp, p, q (OpenSSH sshkey_private_serialize); CRT exponents are recomputed.
      const n = r.mpint();
      const e = r.mpint();
      const d = r.mpint();
      const qi = r.mpint();
      const p = r.mpint();
      const q = r.mpint();
      if (p < 2n || q < 2n) throw new KeyError('malformed', 'ssh-rsa private key: bad primes');
      return { kind: 'rsa', n, e, d, p, q, dp: d % (p - 1n), dq: d % (q - 1n), qi };
    }
    case 'ssh-dss': {
      const pub = readSshPublicKeyFields(type, r);
      if (pub.kind !== 'dsa') throw new KeyError('malformed', 'ssh-dss private key');
      return { ...pub, x: r.mpint() };
    }
    case 'ssh-ed25519':
    case 'ssh-ed448': {
      const kind = type === 'ssh-ed25519' ? 'ed25519' : 'ed448';
      const size = OKP_SIZES[kind];
      const pk = r.string();
      // The secret is seed || public key.
      const sk = r.string();
      if (pk.length !== size.publicKey || sk.length !== size.privateKey + size.publicKey) {
        throw new KeyError('malformed', `${type} private key: wrong length`);
      }
      return { kind, privateKey: sk.slice(0, size.privateKey), publicKey: pk.slice() };
    }
    default: {
      const pub = readSshPublicKeyFields(type, r);
      if (pub.kind !== 'ec') throw new KeyError('malformed', `${type} private key`);
      const d = r.mpint();
      if (d.toString(16).length > 2 * EC_FIELD_BYTES[pub.curve]) {
        throw new KeyError('malformed', `${type} private key: scalar too long`);
      }
      const scalar = bigIntToBytes(d, EC_FIELD_BYTES[pub.curve]);
      return { kind: 'ec', curve: pub.curve, d: scalar, point: pub.point };
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
  if (rc !== 0) throw new KeyError('malformed', 'OpenSSH private key: bad bcrypt KDF parameters');
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
        throw new KeyError('bad_password', 'OpenSSH private key: decryption failed (wrong passphrase?)');
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
  /** bcrypt_pbkdf rounds (ssh-keygen -a); default 16. */
  readonly rounds?: number;
}

/** An "OPENSSH PRIVATE KEY" file for `key`. */
export function writeOpenSshPrivateKey(key: PrivateKey, opts: WriteOpenSshOptions = {}): string {
  const publicKey = publicKeyOf(key);
  const type = sshKeyType(publicKey);
  const encrypted = opts.passphrase !== undefined && opts.passphrase.length > 0;
  const cipherName = encrypted ? 'aes256-ctr' : 'none';
  const cipher = SSH_CIPHERS[cipherName] as SshCipher;

  const check = new DataView(randomBytes(4).buffer).getUint32(0);
  const w = new SshWriter().uint32(check).uint32(check).string(type);
  writePrivateFields(w, key, publicKey);
  w.string(opts.comment ?? '');
  let plain = w.finish();
  const padLen = (cipher.blockBytes - (plain.length % cipher.blockBytes)) % cipher.blockBytes;
  const padded = new Uint8Array(plain.length + padLen);
  padded.set(plain);
  for (let i = 0; i < padLen; i++) padded[plain.length + i] = i + 1;
  plain = padded;

  let kdfName = 'none';
  let kdfOptions: Uint8Array = new Uint8Array(0);
  let sealed: Uint8Array = plain;
  if (encrypted && opts.passphrase !== undefined) {
    const salt = randomBytes(16);
    const rounds = opts.rounds ?? 16;
    kdfName = 'bcrypt';
    kdfOptions = new SshWriter().string(salt).uint32(rounds).finish();
    const kiv = deriveKeyIv(toBytes(opts.passphrase), salt, rounds, cipher);
    sealed = ctrCrypt(kiv.key, kiv.iv, plain);
  }
  const body = new SshWriter()
    .raw(MAGIC)
    .string(cipherName)
    .string(kdfName)
    .string(kdfOptions)
    .uint32(1)
    .string(encodeSshPublicKey(publicKey))
    .string(sealed)
    .finish();
  return encodePem('OPENSSH PRIVATE KEY', body);
}

function writePrivateFields(w: SshWriter, key: PrivateKey, pub: PublicKey): void {
  switch (key.kind) {
    case 'rsa':
      w.mpint(key.n).mpint(key.e).mpint(key.d).mpint(key.qi).mpint(key.p).mpint(key.q);
      return;
    case 'dsa':
      w.mpint(key.p).mpint(key.q).mpint(key.g).mpint(key.y).mpint(key.x);
      return;
    case 'ec':
      if (pub.kind !== 'ec') return;
      w.string(sshCurveName(key.curve)).string(pub.point).mpint(bytesToBigInt(key.d));
      return;
    case 'ed25519':
    case 'ed448': {
      if (pub.kind !== key.kind) return;
      const sk = new Uint8Array(key.privateKey.length + pub.publicKey.length);
      sk.set(key.privateKey);
      sk.set(pub.publicKey, key.privateKey.length);
      w.string(pub.publicKey).string(sk);
      return;
    }
    default:
      throw new KeyError('unsupported', `${key.kind} keys have no OpenSSH private key format`);
  }
}

function toBytes(p: string | Uint8Array): Uint8Array {
  return typeof p === 'string' ? new TextEncoder().encode(p) : p;
}
