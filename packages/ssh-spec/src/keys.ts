// Generated from specs/ssh/keys.spec by otpnet-gen. Do not edit.
import {
  DecodeError,
  type DecodeLimits,
  EncodeError,
  expectArray,
  expectLength,
  expectNoTag,
  expectObject,
  expectTag,
  fields,
  lengthOf,
  nested,
  Reader,
  tagFor,
  Writer,
} from '@otpnet/wire';

/** The variants of SshPublicKeyBlob.key, keyed by format_identifier. */
export type SshPublicKeyBlobKey =
  | { case: 'ssh-rsa'; value: SshRsaPublicKey }
  | { case: 'ssh-dss'; value: SshDssPublicKey }
  | { case: 'ecdsa-sha2-nistp256'; value: SshEcdsaPublicKey }
  | { case: 'ecdsa-sha2-nistp384'; value: SshEcdsaPublicKey }
  | { case: 'ecdsa-sha2-nistp521'; value: SshEcdsaPublicKey }
  | { case: 'ssh-ed25519'; value: SshEddsaPublicKey }
  | { case: 'ssh-ed448'; value: SshEddsaPublicKey }
  | { case: undefined; value: Uint8Array };
/** {@link SshPublicKeyBlobKey} as an encoder takes it. */
export type SshPublicKeyBlobKeyInput =
  | { case: 'ssh-rsa'; value: SshRsaPublicKeyInput }
  | { case: 'ssh-dss'; value: SshDssPublicKeyInput }
  | { case: 'ecdsa-sha2-nistp256'; value: SshEcdsaPublicKeyInput }
  | { case: 'ecdsa-sha2-nistp384'; value: SshEcdsaPublicKeyInput }
  | { case: 'ecdsa-sha2-nistp521'; value: SshEcdsaPublicKeyInput }
  | { case: 'ssh-ed25519'; value: SshEddsaPublicKeyInput }
  | { case: 'ssh-ed448'; value: SshEddsaPublicKeyInput }
  | { case: undefined; value: Uint8Array };

/**
 * The public key blob, `string certificate or public key` of RFC 4253 section 6.6.
 * @see RFC 4253 §6.6
 */
export interface SshPublicKeyBlob {
  /** An encoder may leave it out: the case of key fixes it. */
  format_identifier: string;
  key: SshPublicKeyBlobKey;
}

/**
 * What {@link encodeSshPublicKeyBlob} takes: a {@link SshPublicKeyBlob}, where fields with a default may be
 * left out.
 */
export interface SshPublicKeyBlobInput {
  format_identifier?: string;
  key: SshPublicKeyBlobKeyInput;
}

/** Read a {@link SshPublicKeyBlob} at the reader's position. */
export function readSshPublicKeyBlob(r: Reader): SshPublicKeyBlob {
  const f = F.SshPublicKeyBlob;
  const format_identifier = r.sshUtf8(f.format_identifier);
  let key: SshPublicKeyBlobKey;
  let keyArm = '';
  try {
    switch (format_identifier) {
      case 'ssh-rsa':
        keyArm = 'ssh-rsa';
        key = { case: 'ssh-rsa', value: readSshRsaPublicKey(r) };
        break;
      case 'ssh-dss':
        keyArm = 'ssh-dss';
        key = { case: 'ssh-dss', value: readSshDssPublicKey(r) };
        break;
      case 'ecdsa-sha2-nistp256':
        keyArm = 'ecdsa-sha2-nistp256';
        key = { case: 'ecdsa-sha2-nistp256', value: readSshEcdsaPublicKey(r) };
        break;
      case 'ecdsa-sha2-nistp384':
        keyArm = 'ecdsa-sha2-nistp384';
        key = { case: 'ecdsa-sha2-nistp384', value: readSshEcdsaPublicKey(r) };
        break;
      case 'ecdsa-sha2-nistp521':
        keyArm = 'ecdsa-sha2-nistp521';
        key = { case: 'ecdsa-sha2-nistp521', value: readSshEcdsaPublicKey(r) };
        break;
      case 'ssh-ed25519':
        keyArm = 'ssh-ed25519';
        key = { case: 'ssh-ed25519', value: readSshEddsaPublicKey(r) };
        break;
      case 'ssh-ed448':
        keyArm = 'ssh-ed448';
        key = { case: 'ssh-ed448', value: readSshEddsaPublicKey(r) };
        break;
      default:
        key = { case: undefined, value: r.rest() };
    }
  } catch (e) {
    throw nested(e, f.key, keyArm);
  }
  return { format_identifier, key };
}

/**
 * Write a {@link SshPublicKeyBlob}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeSshPublicKeyBlob(w: Writer, v: SshPublicKeyBlobInput): void {
  const f = F.SshPublicKeyBlob;
  expectObject(v, f.$);
  const format_identifier = tagFor(v.format_identifier, SshPublicKeyBlobKeyTags, v.key, f.format_identifier);
  w.sshUtf8(format_identifier, f.format_identifier);
  const keyValue = expectObject(v.key, f.key);
  let keyArm = '';
  try {
    switch (keyValue.case) {
      case 'ssh-rsa': {
        expectTag(format_identifier, 'ssh-rsa', f.key);
        keyArm = 'ssh-rsa';
        writeSshRsaPublicKey(w, keyValue.value);
        break;
      }
      case 'ssh-dss': {
        expectTag(format_identifier, 'ssh-dss', f.key);
        keyArm = 'ssh-dss';
        writeSshDssPublicKey(w, keyValue.value);
        break;
      }
      case 'ecdsa-sha2-nistp256': {
        expectTag(format_identifier, 'ecdsa-sha2-nistp256', f.key);
        keyArm = 'ecdsa-sha2-nistp256';
        writeSshEcdsaPublicKey(w, keyValue.value);
        break;
      }
      case 'ecdsa-sha2-nistp384': {
        expectTag(format_identifier, 'ecdsa-sha2-nistp384', f.key);
        keyArm = 'ecdsa-sha2-nistp384';
        writeSshEcdsaPublicKey(w, keyValue.value);
        break;
      }
      case 'ecdsa-sha2-nistp521': {
        expectTag(format_identifier, 'ecdsa-sha2-nistp521', f.key);
        keyArm = 'ecdsa-sha2-nistp521';
        writeSshEcdsaPublicKey(w, keyValue.value);
        break;
      }
      case 'ssh-ed25519': {
        expectTag(format_identifier, 'ssh-ed25519', f.key);
        keyArm = 'ssh-ed25519';
        writeSshEddsaPublicKey(w, keyValue.value);
        break;
      }
      case 'ssh-ed448': {
        expectTag(format_identifier, 'ssh-ed448', f.key);
        keyArm = 'ssh-ed448';
        writeSshEddsaPublicKey(w, keyValue.value);
        break;
      }
      case undefined:
        expectNoTag(format_identifier, SshPublicKeyBlobKeyTags, f.key);
        w.raw(keyValue.value, f.key);
        break;
      default:
        throw new EncodeError('no_case', f.key, `no case ${String((keyValue as { case: unknown }).case)}`);
    }
  } catch (e) {
    throw nested(e, f.key, keyArm);
  }
}

/**
 * Decode a whole {@link SshPublicKeyBlob}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSshPublicKeyBlob(bytes: Uint8Array, limits?: DecodeLimits): SshPublicKeyBlob {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SshPublicKeyBlob.$);
  const v = readSshPublicKeyBlob(r);
  r.done(F.SshPublicKeyBlob.$);
  return v;
}

/** Encode a {@link SshPublicKeyBlob}. */
export function encodeSshPublicKeyBlob(v: SshPublicKeyBlobInput): Uint8Array {
  const w = new Writer();
  writeSshPublicKeyBlob(w, v);
  return w.finish();
}

/**
 * The "ssh-rsa" arm of SshPublicKeyBlob.
 * @see RFC 4253 §6.6
 */
export interface SshRsaPublicKey {
  e: bigint;
  n: bigint;
}

/**
 * What {@link encodeSshRsaPublicKey} takes: a {@link SshRsaPublicKey}, where fields with a default may be
 * left out.
 */
export interface SshRsaPublicKeyInput {
  e: bigint;
  n: bigint;
}

/** Read a {@link SshRsaPublicKey} at the reader's position. */
export function readSshRsaPublicKey(r: Reader): SshRsaPublicKey {
  const f = F.SshRsaPublicKey;
  const e = r.mpint(f.e);
  const n_ = r.mpint(f.n);
  return { e, n: n_ };
}

/**
 * Write a {@link SshRsaPublicKey}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeSshRsaPublicKey(w: Writer, v: SshRsaPublicKeyInput): void {
  const f = F.SshRsaPublicKey;
  expectObject(v, f.$);
  w.mpint(v.e, f.e);
  w.mpint(v.n, f.n);
}

/**
 * Decode a whole {@link SshRsaPublicKey}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSshRsaPublicKey(bytes: Uint8Array, limits?: DecodeLimits): SshRsaPublicKey {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SshRsaPublicKey.$);
  const v = readSshRsaPublicKey(r);
  r.done(F.SshRsaPublicKey.$);
  return v;
}

/** Encode a {@link SshRsaPublicKey}. */
export function encodeSshRsaPublicKey(v: SshRsaPublicKeyInput): Uint8Array {
  const w = new Writer();
  writeSshRsaPublicKey(w, v);
  return w.finish();
}

/**
 * The "ssh-dss" arm of SshPublicKeyBlob.
 * @see RFC 4253 §6.6
 */
export interface SshDssPublicKey {
  p: bigint;
  q: bigint;
  g: bigint;
  y: bigint;
}

/**
 * What {@link encodeSshDssPublicKey} takes: a {@link SshDssPublicKey}, where fields with a default may be
 * left out.
 */
export interface SshDssPublicKeyInput {
  p: bigint;
  q: bigint;
  g: bigint;
  y: bigint;
}

/** Read a {@link SshDssPublicKey} at the reader's position. */
export function readSshDssPublicKey(r: Reader): SshDssPublicKey {
  const f = F.SshDssPublicKey;
  const p = r.mpint(f.p);
  const q = r.mpint(f.q);
  const g = r.mpint(f.g);
  const y = r.mpint(f.y);
  return { p, q, g, y };
}

/**
 * Write a {@link SshDssPublicKey}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeSshDssPublicKey(w: Writer, v: SshDssPublicKeyInput): void {
  const f = F.SshDssPublicKey;
  expectObject(v, f.$);
  w.mpint(v.p, f.p);
  w.mpint(v.q, f.q);
  w.mpint(v.g, f.g);
  w.mpint(v.y, f.y);
}

/**
 * Decode a whole {@link SshDssPublicKey}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSshDssPublicKey(bytes: Uint8Array, limits?: DecodeLimits): SshDssPublicKey {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SshDssPublicKey.$);
  const v = readSshDssPublicKey(r);
  r.done(F.SshDssPublicKey.$);
  return v;
}

/** Encode a {@link SshDssPublicKey}. */
export function encodeSshDssPublicKey(v: SshDssPublicKeyInput): Uint8Array {
  const w = new Writer();
  writeSshDssPublicKey(w, v);
  return w.finish();
}

/**
 * The "ecdsa-sha2-nistp256" / "ecdsa-sha2-nistp384" / "ecdsa-sha2-nistp521" arm of SshPublicKeyBlob.
 * @see RFC 5656 §3.1
 */
export interface SshEcdsaPublicKey {
  /** the curve: "nistp256", ... (RFC 5656 section 6.1). */
  identifier: string;
  /** the public point, SEC1 uncompressed. */
  Q: Uint8Array;
}

/**
 * What {@link encodeSshEcdsaPublicKey} takes: a {@link SshEcdsaPublicKey}, where fields with a default may be
 * left out.
 */
export interface SshEcdsaPublicKeyInput {
  identifier: string;
  Q: Uint8Array;
}

/** Read a {@link SshEcdsaPublicKey} at the reader's position. */
export function readSshEcdsaPublicKey(r: Reader): SshEcdsaPublicKey {
  const f = F.SshEcdsaPublicKey;
  const identifier = r.sshUtf8(f.identifier);
  const Q = r.sshString(f.Q);
  return { identifier, Q };
}

/**
 * Write a {@link SshEcdsaPublicKey}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeSshEcdsaPublicKey(w: Writer, v: SshEcdsaPublicKeyInput): void {
  const f = F.SshEcdsaPublicKey;
  expectObject(v, f.$);
  w.sshUtf8(v.identifier, f.identifier);
  w.sshString(v.Q, f.Q);
}

/**
 * Decode a whole {@link SshEcdsaPublicKey}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSshEcdsaPublicKey(bytes: Uint8Array, limits?: DecodeLimits): SshEcdsaPublicKey {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SshEcdsaPublicKey.$);
  const v = readSshEcdsaPublicKey(r);
  r.done(F.SshEcdsaPublicKey.$);
  return v;
}

/** Encode a {@link SshEcdsaPublicKey}. */
export function encodeSshEcdsaPublicKey(v: SshEcdsaPublicKeyInput): Uint8Array {
  const w = new Writer();
  writeSshEcdsaPublicKey(w, v);
  return w.finish();
}

/**
 * The "ssh-ed25519" / "ssh-ed448" arm of SshPublicKeyBlob.
 * @see RFC 8709 §4
 */
export interface SshEddsaPublicKey {
  key: Uint8Array;
}

/**
 * What {@link encodeSshEddsaPublicKey} takes: a {@link SshEddsaPublicKey}, where fields with a default may be
 * left out.
 */
export interface SshEddsaPublicKeyInput {
  key: Uint8Array;
}

/** Read a {@link SshEddsaPublicKey} at the reader's position. */
export function readSshEddsaPublicKey(r: Reader): SshEddsaPublicKey {
  const f = F.SshEddsaPublicKey;
  const key = r.sshString(f.key);
  return { key };
}

/**
 * Write a {@link SshEddsaPublicKey}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeSshEddsaPublicKey(w: Writer, v: SshEddsaPublicKeyInput): void {
  const f = F.SshEddsaPublicKey;
  expectObject(v, f.$);
  w.sshString(v.key, f.key);
}

/**
 * Decode a whole {@link SshEddsaPublicKey}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSshEddsaPublicKey(bytes: Uint8Array, limits?: DecodeLimits): SshEddsaPublicKey {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SshEddsaPublicKey.$);
  const v = readSshEddsaPublicKey(r);
  r.done(F.SshEddsaPublicKey.$);
  return v;
}

/** Encode a {@link SshEddsaPublicKey}. */
export function encodeSshEddsaPublicKey(v: SshEddsaPublicKeyInput): Uint8Array {
  const w = new Writer();
  writeSshEddsaPublicKey(w, v);
  return w.finish();
}

/**
 * An "OPENSSH PRIVATE KEY" file, after its base64 armour. OpenSSH writes one key per file. The
 * private keys are in one string, encrypted when ciphername is not "none"; AEAD ciphers
 * (aes256-gcm@openssh.com) append their tag after that string.
 * @see openssh PROTOCOL.key
 */
export interface OpenSshPrivateKeyFile {
  /** "openssh-key-v1\0". */
  auth_magic: Uint8Array;
  ciphername: string;
  kdfname: string;
  /** BcryptKdfOptions for kdfname "bcrypt", else empty. */
  kdfoptions: Uint8Array;
  /** SshPublicKeyBlob each. */
  public_keys: Uint8Array[];
  /** OpenSshPrivateSection, maybe encrypted. */
  private_keys: Uint8Array;
  tag: Uint8Array;
}

/**
 * What {@link encodeOpenSshPrivateKeyFile} takes: a {@link OpenSshPrivateKeyFile}, where fields with a
 * default may be left out.
 */
export interface OpenSshPrivateKeyFileInput {
  auth_magic: Uint8Array;
  ciphername: string;
  kdfname: string;
  kdfoptions: Uint8Array;
  public_keys: readonly Uint8Array[];
  private_keys: Uint8Array;
  tag: Uint8Array;
}

/** Read a {@link OpenSshPrivateKeyFile} at the reader's position. */
export function readOpenSshPrivateKeyFile(r: Reader): OpenSshPrivateKeyFile {
  const f = F.OpenSshPrivateKeyFile;
  const auth_magic = r.raw(15, f.auth_magic);
  const ciphername = r.sshUtf8(f.ciphername);
  const kdfname = r.sshUtf8(f.kdfname);
  const kdfoptions = r.sshString(f.kdfoptions);
  const number_of_keys = r.u32(f.number_of_keys);
  const public_keysCount = r.count(number_of_keys, 4, f.public_keys);
  const public_keys: Uint8Array[] = [];
  for (let i = 0; i < public_keysCount; i++) public_keys.push(r.sshString(f.public_keys));
  const private_keys = r.sshString(f.private_keys);
  const tag = r.rest();
  return { auth_magic, ciphername, kdfname, kdfoptions, public_keys, private_keys, tag };
}

/**
 * Write a {@link OpenSshPrivateKeyFile}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeOpenSshPrivateKeyFile(w: Writer, v: OpenSshPrivateKeyFileInput): void {
  const f = F.OpenSshPrivateKeyFile;
  expectObject(v, f.$);
  const number_of_keys = lengthOf(v.public_keys, f.public_keys);
  w.fixed(v.auth_magic, 15, f.auth_magic);
  w.sshUtf8(v.ciphername, f.ciphername);
  w.sshUtf8(v.kdfname, f.kdfname);
  w.sshString(v.kdfoptions, f.kdfoptions);
  w.u32(number_of_keys, f.number_of_keys);
  expectLength(v.public_keys, number_of_keys, f.public_keys);
  for (const item of expectArray(v.public_keys, f.public_keys)) {
    w.sshString(item, f.public_keys);
  }
  w.sshString(v.private_keys, f.private_keys);
  w.raw(v.tag, f.tag);
}

/**
 * Decode a whole {@link OpenSshPrivateKeyFile}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeOpenSshPrivateKeyFile(bytes: Uint8Array, limits?: DecodeLimits): OpenSshPrivateKeyFile {
  const r = new Reader(bytes, 0, bytes.length, limits, F.OpenSshPrivateKeyFile.$);
  const v = readOpenSshPrivateKeyFile(r);
  r.done(F.OpenSshPrivateKeyFile.$);
  return v;
}

/** Encode a {@link OpenSshPrivateKeyFile}. */
export function encodeOpenSshPrivateKeyFile(v: OpenSshPrivateKeyFileInput): Uint8Array {
  const w = new Writer();
  writeOpenSshPrivateKeyFile(w, v);
  return w.finish();
}

/** @see openssh PROTOCOL.key */
export interface BcryptKdfOptions {
  salt: Uint8Array;
  rounds: number;
}

/**
 * What {@link encodeBcryptKdfOptions} takes: a {@link BcryptKdfOptions}, where fields with a default may be
 * left out.
 */
export interface BcryptKdfOptionsInput {
  salt: Uint8Array;
  rounds: number;
}

/** Read a {@link BcryptKdfOptions} at the reader's position. */
export function readBcryptKdfOptions(r: Reader): BcryptKdfOptions {
  const f = F.BcryptKdfOptions;
  const salt = r.sshString(f.salt);
  const rounds = r.u32(f.rounds);
  return { salt, rounds };
}

/**
 * Write a {@link BcryptKdfOptions}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeBcryptKdfOptions(w: Writer, v: BcryptKdfOptionsInput): void {
  const f = F.BcryptKdfOptions;
  expectObject(v, f.$);
  w.sshString(v.salt, f.salt);
  w.u32(v.rounds, f.rounds);
}

/**
 * Decode a whole {@link BcryptKdfOptions}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeBcryptKdfOptions(bytes: Uint8Array, limits?: DecodeLimits): BcryptKdfOptions {
  const r = new Reader(bytes, 0, bytes.length, limits, F.BcryptKdfOptions.$);
  const v = readBcryptKdfOptions(r);
  r.done(F.BcryptKdfOptions.$);
  return v;
}

/** Encode a {@link BcryptKdfOptions}. */
export function encodeBcryptKdfOptions(v: BcryptKdfOptionsInput): Uint8Array {
  const w = new Writer();
  writeBcryptKdfOptions(w, v);
  return w.finish();
}

/**
 * The decrypted private keys: two equal check words (the only test of the passphrase for the
 * unauthenticated ciphers), the key, its comment, then padding 1, 2, 3, ... to the cipher's block
 * size. The key fields are those of OpenSSH's sshkey_private_serialize.
 * The start of a decrypted private section: the two check words are equal when the passphrase was
 * right, which tells a wrong passphrase from a damaged file before the rest is decoded.
 * @see openssh PROTOCOL.key
 */
export interface OpenSshCheckWords {
  checkint1: number;
  checkint2: number;
  rest: Uint8Array;
}

/**
 * What {@link encodeOpenSshCheckWords} takes: a {@link OpenSshCheckWords}, where fields with a default may be
 * left out.
 */
export interface OpenSshCheckWordsInput {
  checkint1: number;
  checkint2: number;
  rest: Uint8Array;
}

/** Read a {@link OpenSshCheckWords} at the reader's position. */
export function readOpenSshCheckWords(r: Reader): OpenSshCheckWords {
  const f = F.OpenSshCheckWords;
  const checkint1 = r.u32(f.checkint1);
  const checkint2 = r.u32(f.checkint2);
  const rest = r.rest();
  return { checkint1, checkint2, rest };
}

/**
 * Write a {@link OpenSshCheckWords}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeOpenSshCheckWords(w: Writer, v: OpenSshCheckWordsInput): void {
  const f = F.OpenSshCheckWords;
  expectObject(v, f.$);
  w.u32(v.checkint1, f.checkint1);
  w.u32(v.checkint2, f.checkint2);
  w.raw(v.rest, f.rest);
}

/**
 * Decode a whole {@link OpenSshCheckWords}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeOpenSshCheckWords(bytes: Uint8Array, limits?: DecodeLimits): OpenSshCheckWords {
  const r = new Reader(bytes, 0, bytes.length, limits, F.OpenSshCheckWords.$);
  const v = readOpenSshCheckWords(r);
  r.done(F.OpenSshCheckWords.$);
  return v;
}

/** Encode a {@link OpenSshCheckWords}. */
export function encodeOpenSshCheckWords(v: OpenSshCheckWordsInput): Uint8Array {
  const w = new Writer();
  writeOpenSshCheckWords(w, v);
  return w.finish();
}

/** The variants of OpenSshPrivateSection.key, keyed by keytype. */
export type OpenSshPrivateSectionKey =
  | { case: 'ssh-rsa'; value: SshRsaPrivateKey }
  | { case: 'ssh-dss'; value: SshDssPrivateKey }
  | { case: 'ecdsa-sha2-nistp256'; value: SshEcdsaPrivateKey }
  | { case: 'ecdsa-sha2-nistp384'; value: SshEcdsaPrivateKey }
  | { case: 'ecdsa-sha2-nistp521'; value: SshEcdsaPrivateKey }
  | { case: 'ssh-ed25519'; value: SshEddsaPrivateKey }
  | { case: 'ssh-ed448'; value: SshEddsaPrivateKey };
/** {@link OpenSshPrivateSectionKey} as an encoder takes it. */
export type OpenSshPrivateSectionKeyInput =
  | { case: 'ssh-rsa'; value: SshRsaPrivateKeyInput }
  | { case: 'ssh-dss'; value: SshDssPrivateKeyInput }
  | { case: 'ecdsa-sha2-nistp256'; value: SshEcdsaPrivateKeyInput }
  | { case: 'ecdsa-sha2-nistp384'; value: SshEcdsaPrivateKeyInput }
  | { case: 'ecdsa-sha2-nistp521'; value: SshEcdsaPrivateKeyInput }
  | { case: 'ssh-ed25519'; value: SshEddsaPrivateKeyInput }
  | { case: 'ssh-ed448'; value: SshEddsaPrivateKeyInput };

/** @see openssh PROTOCOL.key */
export interface OpenSshPrivateSection {
  checkint1: number;
  checkint2: number;
  /** An encoder may leave it out: the case of key fixes it. */
  keytype: string;
  key: OpenSshPrivateSectionKey;
  comment: string;
  padding: Uint8Array;
}

/**
 * What {@link encodeOpenSshPrivateSection} takes: a {@link OpenSshPrivateSection}, where fields with a
 * default may be left out.
 */
export interface OpenSshPrivateSectionInput {
  checkint1: number;
  checkint2: number;
  keytype?: string;
  key: OpenSshPrivateSectionKeyInput;
  comment: string;
  padding: Uint8Array;
}

/** Read a {@link OpenSshPrivateSection} at the reader's position. */
export function readOpenSshPrivateSection(r: Reader): OpenSshPrivateSection {
  const f = F.OpenSshPrivateSection;
  const checkint1 = r.u32(f.checkint1);
  const checkint2 = r.u32(f.checkint2);
  const keytype = r.sshUtf8(f.keytype);
  let key: OpenSshPrivateSectionKey;
  let keyArm = '';
  try {
    switch (keytype) {
      case 'ssh-rsa':
        keyArm = 'ssh-rsa';
        key = { case: 'ssh-rsa', value: readSshRsaPrivateKey(r) };
        break;
      case 'ssh-dss':
        keyArm = 'ssh-dss';
        key = { case: 'ssh-dss', value: readSshDssPrivateKey(r) };
        break;
      case 'ecdsa-sha2-nistp256':
        keyArm = 'ecdsa-sha2-nistp256';
        key = { case: 'ecdsa-sha2-nistp256', value: readSshEcdsaPrivateKey(r) };
        break;
      case 'ecdsa-sha2-nistp384':
        keyArm = 'ecdsa-sha2-nistp384';
        key = { case: 'ecdsa-sha2-nistp384', value: readSshEcdsaPrivateKey(r) };
        break;
      case 'ecdsa-sha2-nistp521':
        keyArm = 'ecdsa-sha2-nistp521';
        key = { case: 'ecdsa-sha2-nistp521', value: readSshEcdsaPrivateKey(r) };
        break;
      case 'ssh-ed25519':
        keyArm = 'ssh-ed25519';
        key = { case: 'ssh-ed25519', value: readSshEddsaPrivateKey(r) };
        break;
      case 'ssh-ed448':
        keyArm = 'ssh-ed448';
        key = { case: 'ssh-ed448', value: readSshEddsaPrivateKey(r) };
        break;
      default:
        throw new DecodeError('no_case', f.key, `no case for keytype ${String(keytype)}`);
    }
  } catch (e) {
    throw nested(e, f.key, keyArm);
  }
  const comment = r.sshUtf8(f.comment);
  const padding = r.rest();
  return { checkint1, checkint2, keytype, key, comment, padding };
}

/**
 * Write a {@link OpenSshPrivateSection}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeOpenSshPrivateSection(w: Writer, v: OpenSshPrivateSectionInput): void {
  const f = F.OpenSshPrivateSection;
  expectObject(v, f.$);
  w.u32(v.checkint1, f.checkint1);
  w.u32(v.checkint2, f.checkint2);
  const keytype = tagFor(v.keytype, OpenSshPrivateSectionKeyTags, v.key, f.keytype);
  w.sshUtf8(keytype, f.keytype);
  const keyValue = expectObject(v.key, f.key);
  let keyArm = '';
  try {
    switch (keyValue.case) {
      case 'ssh-rsa': {
        expectTag(keytype, 'ssh-rsa', f.key);
        keyArm = 'ssh-rsa';
        writeSshRsaPrivateKey(w, keyValue.value);
        break;
      }
      case 'ssh-dss': {
        expectTag(keytype, 'ssh-dss', f.key);
        keyArm = 'ssh-dss';
        writeSshDssPrivateKey(w, keyValue.value);
        break;
      }
      case 'ecdsa-sha2-nistp256': {
        expectTag(keytype, 'ecdsa-sha2-nistp256', f.key);
        keyArm = 'ecdsa-sha2-nistp256';
        writeSshEcdsaPrivateKey(w, keyValue.value);
        break;
      }
      case 'ecdsa-sha2-nistp384': {
        expectTag(keytype, 'ecdsa-sha2-nistp384', f.key);
        keyArm = 'ecdsa-sha2-nistp384';
        writeSshEcdsaPrivateKey(w, keyValue.value);
        break;
      }
      case 'ecdsa-sha2-nistp521': {
        expectTag(keytype, 'ecdsa-sha2-nistp521', f.key);
        keyArm = 'ecdsa-sha2-nistp521';
        writeSshEcdsaPrivateKey(w, keyValue.value);
        break;
      }
      case 'ssh-ed25519': {
        expectTag(keytype, 'ssh-ed25519', f.key);
        keyArm = 'ssh-ed25519';
        writeSshEddsaPrivateKey(w, keyValue.value);
        break;
      }
      case 'ssh-ed448': {
        expectTag(keytype, 'ssh-ed448', f.key);
        keyArm = 'ssh-ed448';
        writeSshEddsaPrivateKey(w, keyValue.value);
        break;
      }
      default:
        throw new EncodeError('no_case', f.key, `no case ${String((keyValue as { case: unknown }).case)}`);
    }
  } catch (e) {
    throw nested(e, f.key, keyArm);
  }
  w.sshUtf8(v.comment, f.comment);
  w.raw(v.padding, f.padding);
}

/**
 * Decode a whole {@link OpenSshPrivateSection}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeOpenSshPrivateSection(bytes: Uint8Array, limits?: DecodeLimits): OpenSshPrivateSection {
  const r = new Reader(bytes, 0, bytes.length, limits, F.OpenSshPrivateSection.$);
  const v = readOpenSshPrivateSection(r);
  r.done(F.OpenSshPrivateSection.$);
  return v;
}

/** Encode a {@link OpenSshPrivateSection}. */
export function encodeOpenSshPrivateSection(v: OpenSshPrivateSectionInput): Uint8Array {
  const w = new Writer();
  writeOpenSshPrivateSection(w, v);
  return w.finish();
}

/**
 * The "ssh-rsa" arm of OpenSshPrivateSection.
 * @see openssh PROTOCOL.key
 */
export interface SshRsaPrivateKey {
  n: bigint;
  e: bigint;
  d: bigint;
  iqmp: bigint;
  p: bigint;
  q: bigint;
}

/**
 * What {@link encodeSshRsaPrivateKey} takes: a {@link SshRsaPrivateKey}, where fields with a default may be
 * left out.
 */
export interface SshRsaPrivateKeyInput {
  n: bigint;
  e: bigint;
  d: bigint;
  iqmp: bigint;
  p: bigint;
  q: bigint;
}

/** Read a {@link SshRsaPrivateKey} at the reader's position. */
export function readSshRsaPrivateKey(r: Reader): SshRsaPrivateKey {
  const f = F.SshRsaPrivateKey;
  const n_ = r.mpint(f.n);
  const e = r.mpint(f.e);
  const d = r.mpint(f.d);
  const iqmp = r.mpint(f.iqmp);
  const p = r.mpint(f.p);
  const q = r.mpint(f.q);
  return { n: n_, e, d, iqmp, p, q };
}

/**
 * Write a {@link SshRsaPrivateKey}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeSshRsaPrivateKey(w: Writer, v: SshRsaPrivateKeyInput): void {
  const f = F.SshRsaPrivateKey;
  expectObject(v, f.$);
  w.mpint(v.n, f.n);
  w.mpint(v.e, f.e);
  w.mpint(v.d, f.d);
  w.mpint(v.iqmp, f.iqmp);
  w.mpint(v.p, f.p);
  w.mpint(v.q, f.q);
}

/**
 * Decode a whole {@link SshRsaPrivateKey}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSshRsaPrivateKey(bytes: Uint8Array, limits?: DecodeLimits): SshRsaPrivateKey {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SshRsaPrivateKey.$);
  const v = readSshRsaPrivateKey(r);
  r.done(F.SshRsaPrivateKey.$);
  return v;
}

/** Encode a {@link SshRsaPrivateKey}. */
export function encodeSshRsaPrivateKey(v: SshRsaPrivateKeyInput): Uint8Array {
  const w = new Writer();
  writeSshRsaPrivateKey(w, v);
  return w.finish();
}

/**
 * The "ssh-dss" arm of OpenSshPrivateSection.
 * @see openssh PROTOCOL.key
 */
export interface SshDssPrivateKey {
  p: bigint;
  q: bigint;
  g: bigint;
  y: bigint;
  x: bigint;
}

/**
 * What {@link encodeSshDssPrivateKey} takes: a {@link SshDssPrivateKey}, where fields with a default may be
 * left out.
 */
export interface SshDssPrivateKeyInput {
  p: bigint;
  q: bigint;
  g: bigint;
  y: bigint;
  x: bigint;
}

/** Read a {@link SshDssPrivateKey} at the reader's position. */
export function readSshDssPrivateKey(r: Reader): SshDssPrivateKey {
  const f = F.SshDssPrivateKey;
  const p = r.mpint(f.p);
  const q = r.mpint(f.q);
  const g = r.mpint(f.g);
  const y = r.mpint(f.y);
  const x = r.mpint(f.x);
  return { p, q, g, y, x };
}

/**
 * Write a {@link SshDssPrivateKey}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeSshDssPrivateKey(w: Writer, v: SshDssPrivateKeyInput): void {
  const f = F.SshDssPrivateKey;
  expectObject(v, f.$);
  w.mpint(v.p, f.p);
  w.mpint(v.q, f.q);
  w.mpint(v.g, f.g);
  w.mpint(v.y, f.y);
  w.mpint(v.x, f.x);
}

/**
 * Decode a whole {@link SshDssPrivateKey}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSshDssPrivateKey(bytes: Uint8Array, limits?: DecodeLimits): SshDssPrivateKey {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SshDssPrivateKey.$);
  const v = readSshDssPrivateKey(r);
  r.done(F.SshDssPrivateKey.$);
  return v;
}

/** Encode a {@link SshDssPrivateKey}. */
export function encodeSshDssPrivateKey(v: SshDssPrivateKeyInput): Uint8Array {
  const w = new Writer();
  writeSshDssPrivateKey(w, v);
  return w.finish();
}

/**
 * The "ecdsa-sha2-nistp256" / "ecdsa-sha2-nistp384" / "ecdsa-sha2-nistp521" arm of OpenSshPrivateSection.
 * @see RFC 5656 §3.1
 */
export interface SshEcdsaPrivateKey {
  identifier: string;
  Q: Uint8Array;
  d: bigint;
}

/**
 * What {@link encodeSshEcdsaPrivateKey} takes: a {@link SshEcdsaPrivateKey}, where fields with a default may
 * be left out.
 */
export interface SshEcdsaPrivateKeyInput {
  identifier: string;
  Q: Uint8Array;
  d: bigint;
}

/** Read a {@link SshEcdsaPrivateKey} at the reader's position. */
export function readSshEcdsaPrivateKey(r: Reader): SshEcdsaPrivateKey {
  const f = F.SshEcdsaPrivateKey;
  const identifier = r.sshUtf8(f.identifier);
  const Q = r.sshString(f.Q);
  const d = r.mpint(f.d);
  return { identifier, Q, d };
}

/**
 * Write a {@link SshEcdsaPrivateKey}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSshEcdsaPrivateKey(w: Writer, v: SshEcdsaPrivateKeyInput): void {
  const f = F.SshEcdsaPrivateKey;
  expectObject(v, f.$);
  w.sshUtf8(v.identifier, f.identifier);
  w.sshString(v.Q, f.Q);
  w.mpint(v.d, f.d);
}

/**
 * Decode a whole {@link SshEcdsaPrivateKey}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSshEcdsaPrivateKey(bytes: Uint8Array, limits?: DecodeLimits): SshEcdsaPrivateKey {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SshEcdsaPrivateKey.$);
  const v = readSshEcdsaPrivateKey(r);
  r.done(F.SshEcdsaPrivateKey.$);
  return v;
}

/** Encode a {@link SshEcdsaPrivateKey}. */
export function encodeSshEcdsaPrivateKey(v: SshEcdsaPrivateKeyInput): Uint8Array {
  const w = new Writer();
  writeSshEcdsaPrivateKey(w, v);
  return w.finish();
}

/**
 * The "ssh-ed25519" / "ssh-ed448" arm of OpenSshPrivateSection.
 * @see RFC 8709 §4
 */
export interface SshEddsaPrivateKey {
  public_key: Uint8Array;
  /** seed || public key. */
  private_key: Uint8Array;
}

/**
 * What {@link encodeSshEddsaPrivateKey} takes: a {@link SshEddsaPrivateKey}, where fields with a default may
 * be left out.
 */
export interface SshEddsaPrivateKeyInput {
  public_key: Uint8Array;
  private_key: Uint8Array;
}

/** Read a {@link SshEddsaPrivateKey} at the reader's position. */
export function readSshEddsaPrivateKey(r: Reader): SshEddsaPrivateKey {
  const f = F.SshEddsaPrivateKey;
  const public_key = r.sshString(f.public_key);
  const private_key = r.sshString(f.private_key);
  return { public_key, private_key };
}

/**
 * Write a {@link SshEddsaPrivateKey}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSshEddsaPrivateKey(w: Writer, v: SshEddsaPrivateKeyInput): void {
  const f = F.SshEddsaPrivateKey;
  expectObject(v, f.$);
  w.sshString(v.public_key, f.public_key);
  w.sshString(v.private_key, f.private_key);
}

/**
 * Decode a whole {@link SshEddsaPrivateKey}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSshEddsaPrivateKey(bytes: Uint8Array, limits?: DecodeLimits): SshEddsaPrivateKey {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SshEddsaPrivateKey.$);
  const v = readSshEddsaPrivateKey(r);
  r.done(F.SshEddsaPrivateKey.$);
  return v;
}

/** Encode a {@link SshEddsaPrivateKey}. */
export function encodeSshEddsaPrivateKey(v: SshEddsaPrivateKeyInput): Uint8Array {
  const w = new Writer();
  writeSshEddsaPrivateKey(w, v);
  return w.finish();
}

/** Where each field is in specs/ssh/keys.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/ssh/keys.spec', {
  SshPublicKeyBlob: {
    $: 30,
    format_identifier: 8,
    key: 29,
  },
  SshRsaPublicKey: {
    $: 11,
    e: 12,
    n: 13,
  },
  SshDssPublicKey: {
    $: 15,
    p: 16,
    q: 17,
    g: 18,
    y: 19,
  },
  SshEcdsaPublicKey: {
    $: 21,
    identifier: 22,
    Q: 23,
  },
  SshEddsaPublicKey: {
    $: 25,
    key: 26,
  },
  OpenSshPrivateKeyFile: {
    $: 47,
    auth_magic: 39,
    ciphername: 40,
    kdfname: 41,
    kdfoptions: 42,
    number_of_keys: 43,
    public_keys: 44,
    private_keys: 45,
    tag: 46,
  },
  BcryptKdfOptions: {
    $: 53,
    salt: 51,
    rounds: 52,
  },
  OpenSshCheckWords: {
    $: 69,
    checkint1: 66,
    checkint2: 67,
    rest: 68,
  },
  OpenSshPrivateSection: {
    $: 104,
    checkint1: 73,
    checkint2: 74,
    keytype: 75,
    key: 101,
    comment: 102,
    padding: 103,
  },
  SshRsaPrivateKey: {
    $: 78,
    n: 79,
    e: 80,
    d: 81,
    iqmp: 82,
    p: 83,
    q: 84,
  },
  SshDssPrivateKey: {
    $: 86,
    p: 87,
    q: 88,
    g: 89,
    y: 90,
    x: 91,
  },
  SshEcdsaPrivateKey: {
    $: 93,
    identifier: 94,
    Q: 95,
    d: 96,
  },
  SshEddsaPrivateKey: {
    $: 98,
    public_key: 99,
    private_key: 100,
  },
});
/** The key case -> format_identifier: filled in when an encoder's input leaves it out. */
const SshPublicKeyBlobKeyTags = {
  'ssh-rsa': 'ssh-rsa',
  'ssh-dss': 'ssh-dss',
  'ecdsa-sha2-nistp256': 'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384': 'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521': 'ecdsa-sha2-nistp521',
  'ssh-ed25519': 'ssh-ed25519',
  'ssh-ed448': 'ssh-ed448',
} as const;
/** The key case -> keytype: filled in when an encoder's input leaves it out. */
const OpenSshPrivateSectionKeyTags = {
  'ssh-rsa': 'ssh-rsa',
  'ssh-dss': 'ssh-dss',
  'ecdsa-sha2-nistp256': 'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384': 'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521': 'ecdsa-sha2-nistp521',
  'ssh-ed25519': 'ssh-ed25519',
  'ssh-ed448': 'ssh-ed448',
} as const;
