// Generated from specs/ssh/keys.spec by otpnet-gen. Do not edit.
import { DecodeError, EncodeError, Reader, Writer } from '@otpnet/wire';

/** The variants of SshPublicKeyBlob.key, keyed by format_identifier. */
export type SshPublicKeyBlobKey = { case: "ssh-rsa"; value: SshRsaPublicKey } | { case: "ssh-dss"; value: SshDssPublicKey } | { case: "ecdsa-sha2-nistp256"; value: SshEcdsaPublicKey } | { case: "ecdsa-sha2-nistp384"; value: SshEcdsaPublicKey } | { case: "ecdsa-sha2-nistp521"; value: SshEcdsaPublicKey } | { case: "ssh-ed25519"; value: SshEddsaPublicKey } | { case: "ssh-ed448"; value: SshEddsaPublicKey } | { case: undefined; value: Uint8Array };

/**
 * The public key blob, `string certificate or public key` of RFC 4253 section 6.6.
 * @see RFC 4253 §6.6
 */
export interface SshPublicKeyBlob {
  format_identifier: string;
  key: SshPublicKeyBlobKey;
}

/** Read a {@link SshPublicKeyBlob} at the reader's position. */
export function readSshPublicKeyBlob(r: Reader): SshPublicKeyBlob {
  const format_identifier = r.sshUtf8('SshPublicKeyBlob.format_identifier@specs/ssh/keys.spec:8');
  let key: SshPublicKeyBlobKey;
  switch (format_identifier) {
    case "ssh-rsa":
      key = { case: "ssh-rsa", value: readSshRsaPublicKey(r) };
      break;
    case "ssh-dss":
      key = { case: "ssh-dss", value: readSshDssPublicKey(r) };
      break;
    case "ecdsa-sha2-nistp256":
      key = { case: "ecdsa-sha2-nistp256", value: readSshEcdsaPublicKey(r) };
      break;
    case "ecdsa-sha2-nistp384":
      key = { case: "ecdsa-sha2-nistp384", value: readSshEcdsaPublicKey(r) };
      break;
    case "ecdsa-sha2-nistp521":
      key = { case: "ecdsa-sha2-nistp521", value: readSshEcdsaPublicKey(r) };
      break;
    case "ssh-ed25519":
      key = { case: "ssh-ed25519", value: readSshEddsaPublicKey(r) };
      break;
    case "ssh-ed448":
      key = { case: "ssh-ed448", value: readSshEddsaPublicKey(r) };
      break;
    default:
      key = { case: undefined, value: r.rest() };
      break;
  }
  return { format_identifier, key };
}

/** Write a {@link SshPublicKeyBlob}. */
export function writeSshPublicKeyBlob(w: Writer, v: SshPublicKeyBlob): void {
  w.sshUtf8(v.format_identifier, 'SshPublicKeyBlob.format_identifier@specs/ssh/keys.spec:8');
  const key = v.key;
  switch (key.case) {
    case "ssh-rsa":
      if (v.format_identifier !== "ssh-rsa") throw new EncodeError('SshPublicKeyBlob.key@specs/ssh/keys.spec:29', `case ssh-rsa needs format_identifier = ssh-rsa, got ${String(v.format_identifier)}`);
      writeSshRsaPublicKey(w, key.value);
      break;
    case "ssh-dss":
      if (v.format_identifier !== "ssh-dss") throw new EncodeError('SshPublicKeyBlob.key@specs/ssh/keys.spec:29', `case ssh-dss needs format_identifier = ssh-dss, got ${String(v.format_identifier)}`);
      writeSshDssPublicKey(w, key.value);
      break;
    case "ecdsa-sha2-nistp256":
      if (v.format_identifier !== "ecdsa-sha2-nistp256") throw new EncodeError('SshPublicKeyBlob.key@specs/ssh/keys.spec:29', `case ecdsa-sha2-nistp256 needs format_identifier = ecdsa-sha2-nistp256, got ${String(v.format_identifier)}`);
      writeSshEcdsaPublicKey(w, key.value);
      break;
    case "ecdsa-sha2-nistp384":
      if (v.format_identifier !== "ecdsa-sha2-nistp384") throw new EncodeError('SshPublicKeyBlob.key@specs/ssh/keys.spec:29', `case ecdsa-sha2-nistp384 needs format_identifier = ecdsa-sha2-nistp384, got ${String(v.format_identifier)}`);
      writeSshEcdsaPublicKey(w, key.value);
      break;
    case "ecdsa-sha2-nistp521":
      if (v.format_identifier !== "ecdsa-sha2-nistp521") throw new EncodeError('SshPublicKeyBlob.key@specs/ssh/keys.spec:29', `case ecdsa-sha2-nistp521 needs format_identifier = ecdsa-sha2-nistp521, got ${String(v.format_identifier)}`);
      writeSshEcdsaPublicKey(w, key.value);
      break;
    case "ssh-ed25519":
      if (v.format_identifier !== "ssh-ed25519") throw new EncodeError('SshPublicKeyBlob.key@specs/ssh/keys.spec:29', `case ssh-ed25519 needs format_identifier = ssh-ed25519, got ${String(v.format_identifier)}`);
      writeSshEddsaPublicKey(w, key.value);
      break;
    case "ssh-ed448":
      if (v.format_identifier !== "ssh-ed448") throw new EncodeError('SshPublicKeyBlob.key@specs/ssh/keys.spec:29', `case ssh-ed448 needs format_identifier = ssh-ed448, got ${String(v.format_identifier)}`);
      writeSshEddsaPublicKey(w, key.value);
      break;
    case undefined:
      w.raw(key.value, 'SshPublicKeyBlob.key@specs/ssh/keys.spec:29');
      break;
    default:
      throw new EncodeError('SshPublicKeyBlob.key@specs/ssh/keys.spec:29', `unknown case ${String((key as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link SshPublicKeyBlob}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSshPublicKeyBlob(bytes: Uint8Array): SshPublicKeyBlob {
  const r = new Reader(bytes);
  const v = readSshPublicKeyBlob(r);
  r.done('SshPublicKeyBlob@specs/ssh/keys.spec:30');
  return v;
}

/** Encode a {@link SshPublicKeyBlob}. */
export function encodeSshPublicKeyBlob(v: SshPublicKeyBlob): Uint8Array {
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

/** Read a {@link SshRsaPublicKey} at the reader's position. */
export function readSshRsaPublicKey(r: Reader): SshRsaPublicKey {
  const e = r.mpint('SshRsaPublicKey.e@specs/ssh/keys.spec:12');
  const n_ = r.mpint('SshRsaPublicKey.n@specs/ssh/keys.spec:13');
  return { e, n: n_ };
}

/** Write a {@link SshRsaPublicKey}. */
export function writeSshRsaPublicKey(w: Writer, v: SshRsaPublicKey): void {
  w.mpint(v.e, 'SshRsaPublicKey.e@specs/ssh/keys.spec:12');
  w.mpint(v.n, 'SshRsaPublicKey.n@specs/ssh/keys.spec:13');
}

/** Decode a whole {@link SshRsaPublicKey}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSshRsaPublicKey(bytes: Uint8Array): SshRsaPublicKey {
  const r = new Reader(bytes);
  const v = readSshRsaPublicKey(r);
  r.done('SshRsaPublicKey@specs/ssh/keys.spec:11');
  return v;
}

/** Encode a {@link SshRsaPublicKey}. */
export function encodeSshRsaPublicKey(v: SshRsaPublicKey): Uint8Array {
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

/** Read a {@link SshDssPublicKey} at the reader's position. */
export function readSshDssPublicKey(r: Reader): SshDssPublicKey {
  const p = r.mpint('SshDssPublicKey.p@specs/ssh/keys.spec:16');
  const q = r.mpint('SshDssPublicKey.q@specs/ssh/keys.spec:17');
  const g = r.mpint('SshDssPublicKey.g@specs/ssh/keys.spec:18');
  const y = r.mpint('SshDssPublicKey.y@specs/ssh/keys.spec:19');
  return { p, q, g, y };
}

/** Write a {@link SshDssPublicKey}. */
export function writeSshDssPublicKey(w: Writer, v: SshDssPublicKey): void {
  w.mpint(v.p, 'SshDssPublicKey.p@specs/ssh/keys.spec:16');
  w.mpint(v.q, 'SshDssPublicKey.q@specs/ssh/keys.spec:17');
  w.mpint(v.g, 'SshDssPublicKey.g@specs/ssh/keys.spec:18');
  w.mpint(v.y, 'SshDssPublicKey.y@specs/ssh/keys.spec:19');
}

/** Decode a whole {@link SshDssPublicKey}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSshDssPublicKey(bytes: Uint8Array): SshDssPublicKey {
  const r = new Reader(bytes);
  const v = readSshDssPublicKey(r);
  r.done('SshDssPublicKey@specs/ssh/keys.spec:15');
  return v;
}

/** Encode a {@link SshDssPublicKey}. */
export function encodeSshDssPublicKey(v: SshDssPublicKey): Uint8Array {
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

/** Read a {@link SshEcdsaPublicKey} at the reader's position. */
export function readSshEcdsaPublicKey(r: Reader): SshEcdsaPublicKey {
  const identifier = r.sshUtf8('SshEcdsaPublicKey.identifier@specs/ssh/keys.spec:22');
  const Q = r.sshString('SshEcdsaPublicKey.Q@specs/ssh/keys.spec:23');
  return { identifier, Q };
}

/** Write a {@link SshEcdsaPublicKey}. */
export function writeSshEcdsaPublicKey(w: Writer, v: SshEcdsaPublicKey): void {
  w.sshUtf8(v.identifier, 'SshEcdsaPublicKey.identifier@specs/ssh/keys.spec:22');
  w.sshString(v.Q, 'SshEcdsaPublicKey.Q@specs/ssh/keys.spec:23');
}

/** Decode a whole {@link SshEcdsaPublicKey}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSshEcdsaPublicKey(bytes: Uint8Array): SshEcdsaPublicKey {
  const r = new Reader(bytes);
  const v = readSshEcdsaPublicKey(r);
  r.done('SshEcdsaPublicKey@specs/ssh/keys.spec:21');
  return v;
}

/** Encode a {@link SshEcdsaPublicKey}. */
export function encodeSshEcdsaPublicKey(v: SshEcdsaPublicKey): Uint8Array {
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

/** Read a {@link SshEddsaPublicKey} at the reader's position. */
export function readSshEddsaPublicKey(r: Reader): SshEddsaPublicKey {
  const key = r.sshString('SshEddsaPublicKey.key@specs/ssh/keys.spec:26');
  return { key };
}

/** Write a {@link SshEddsaPublicKey}. */
export function writeSshEddsaPublicKey(w: Writer, v: SshEddsaPublicKey): void {
  w.sshString(v.key, 'SshEddsaPublicKey.key@specs/ssh/keys.spec:26');
}

/** Decode a whole {@link SshEddsaPublicKey}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSshEddsaPublicKey(bytes: Uint8Array): SshEddsaPublicKey {
  const r = new Reader(bytes);
  const v = readSshEddsaPublicKey(r);
  r.done('SshEddsaPublicKey@specs/ssh/keys.spec:25');
  return v;
}

/** Encode a {@link SshEddsaPublicKey}. */
export function encodeSshEddsaPublicKey(v: SshEddsaPublicKey): Uint8Array {
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

/** Read a {@link OpenSshPrivateKeyFile} at the reader's position. */
export function readOpenSshPrivateKeyFile(r: Reader): OpenSshPrivateKeyFile {
  const auth_magic = r.raw(15, 'OpenSshPrivateKeyFile.auth_magic@specs/ssh/keys.spec:39');
  const ciphername = r.sshUtf8('OpenSshPrivateKeyFile.ciphername@specs/ssh/keys.spec:40');
  const kdfname = r.sshUtf8('OpenSshPrivateKeyFile.kdfname@specs/ssh/keys.spec:41');
  const kdfoptions = r.sshString('OpenSshPrivateKeyFile.kdfoptions@specs/ssh/keys.spec:42');
  const number_of_keys = r.u32('OpenSshPrivateKeyFile.number_of_keys@specs/ssh/keys.spec:43');
  r.count(number_of_keys, 4, 'OpenSshPrivateKeyFile.public_keys@specs/ssh/keys.spec:44');
  const public_keys: Uint8Array[] = [];
  for (let i = 0; i < number_of_keys; i++) public_keys.push(r.sshString('OpenSshPrivateKeyFile.public_keys@specs/ssh/keys.spec:44'));
  const private_keys = r.sshString('OpenSshPrivateKeyFile.private_keys@specs/ssh/keys.spec:45');
  const tag_ = r.rest();
  return { auth_magic, ciphername, kdfname, kdfoptions, public_keys, private_keys, tag: tag_ };
}

/** Write a {@link OpenSshPrivateKeyFile}. */
export function writeOpenSshPrivateKeyFile(w: Writer, v: OpenSshPrivateKeyFile): void {
  w.fixed(v.auth_magic, 15, 'OpenSshPrivateKeyFile.auth_magic@specs/ssh/keys.spec:39');
  w.sshUtf8(v.ciphername, 'OpenSshPrivateKeyFile.ciphername@specs/ssh/keys.spec:40');
  w.sshUtf8(v.kdfname, 'OpenSshPrivateKeyFile.kdfname@specs/ssh/keys.spec:41');
  w.sshString(v.kdfoptions, 'OpenSshPrivateKeyFile.kdfoptions@specs/ssh/keys.spec:42');
  w.u32(v.public_keys.length, 'OpenSshPrivateKeyFile.number_of_keys@specs/ssh/keys.spec:43');
  for (const item of v.public_keys) w.sshString(item, 'OpenSshPrivateKeyFile.public_keys@specs/ssh/keys.spec:44');
  w.sshString(v.private_keys, 'OpenSshPrivateKeyFile.private_keys@specs/ssh/keys.spec:45');
  w.raw(v.tag, 'OpenSshPrivateKeyFile.tag@specs/ssh/keys.spec:46');
}

/** Decode a whole {@link OpenSshPrivateKeyFile}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeOpenSshPrivateKeyFile(bytes: Uint8Array): OpenSshPrivateKeyFile {
  const r = new Reader(bytes);
  const v = readOpenSshPrivateKeyFile(r);
  r.done('OpenSshPrivateKeyFile@specs/ssh/keys.spec:47');
  return v;
}

/** Encode a {@link OpenSshPrivateKeyFile}. */
export function encodeOpenSshPrivateKeyFile(v: OpenSshPrivateKeyFile): Uint8Array {
  const w = new Writer();
  writeOpenSshPrivateKeyFile(w, v);
  return w.finish();
}

/** @see openssh PROTOCOL.key */
export interface BcryptKdfOptions {
  salt: Uint8Array;
  rounds: number;
}

/** Read a {@link BcryptKdfOptions} at the reader's position. */
export function readBcryptKdfOptions(r: Reader): BcryptKdfOptions {
  const salt = r.sshString('BcryptKdfOptions.salt@specs/ssh/keys.spec:51');
  const rounds = r.u32('BcryptKdfOptions.rounds@specs/ssh/keys.spec:52');
  return { salt, rounds };
}

/** Write a {@link BcryptKdfOptions}. */
export function writeBcryptKdfOptions(w: Writer, v: BcryptKdfOptions): void {
  w.sshString(v.salt, 'BcryptKdfOptions.salt@specs/ssh/keys.spec:51');
  w.u32(v.rounds, 'BcryptKdfOptions.rounds@specs/ssh/keys.spec:52');
}

/** Decode a whole {@link BcryptKdfOptions}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeBcryptKdfOptions(bytes: Uint8Array): BcryptKdfOptions {
  const r = new Reader(bytes);
  const v = readBcryptKdfOptions(r);
  r.done('BcryptKdfOptions@specs/ssh/keys.spec:53');
  return v;
}

/** Encode a {@link BcryptKdfOptions}. */
export function encodeBcryptKdfOptions(v: BcryptKdfOptions): Uint8Array {
  const w = new Writer();
  writeBcryptKdfOptions(w, v);
  return w.finish();
}

/** The variants of OpenSshPrivateSection.key, keyed by keytype. */
export type OpenSshPrivateSectionKey = { case: "ssh-rsa"; value: SshRsaPrivateKey } | { case: "ssh-dss"; value: SshDssPrivateKey } | { case: "ecdsa-sha2-nistp256"; value: SshEcdsaPrivateKey } | { case: "ecdsa-sha2-nistp384"; value: SshEcdsaPrivateKey } | { case: "ecdsa-sha2-nistp521"; value: SshEcdsaPrivateKey } | { case: "ssh-ed25519"; value: SshEddsaPrivateKey } | { case: "ssh-ed448"; value: SshEddsaPrivateKey };

/**
 * The decrypted private keys: two equal check words (the only test of the passphrase for the
 * unauthenticated ciphers), the key, its comment, then padding 1, 2, 3, ... to the cipher's block
 * size. The key fields are those of OpenSSH's sshkey_private_serialize.
 * @see openssh PROTOCOL.key
 */
export interface OpenSshPrivateSection {
  checkint1: number;
  checkint2: number;
  keytype: string;
  key: OpenSshPrivateSectionKey;
  comment: string;
  padding: Uint8Array;
}

/** Read a {@link OpenSshPrivateSection} at the reader's position. */
export function readOpenSshPrivateSection(r: Reader): OpenSshPrivateSection {
  const checkint1 = r.u32('OpenSshPrivateSection.checkint1@specs/ssh/keys.spec:62');
  const checkint2 = r.u32('OpenSshPrivateSection.checkint2@specs/ssh/keys.spec:63');
  const keytype = r.sshUtf8('OpenSshPrivateSection.keytype@specs/ssh/keys.spec:64');
  let key: OpenSshPrivateSectionKey;
  switch (keytype) {
    case "ssh-rsa":
      key = { case: "ssh-rsa", value: readSshRsaPrivateKey(r) };
      break;
    case "ssh-dss":
      key = { case: "ssh-dss", value: readSshDssPrivateKey(r) };
      break;
    case "ecdsa-sha2-nistp256":
      key = { case: "ecdsa-sha2-nistp256", value: readSshEcdsaPrivateKey(r) };
      break;
    case "ecdsa-sha2-nistp384":
      key = { case: "ecdsa-sha2-nistp384", value: readSshEcdsaPrivateKey(r) };
      break;
    case "ecdsa-sha2-nistp521":
      key = { case: "ecdsa-sha2-nistp521", value: readSshEcdsaPrivateKey(r) };
      break;
    case "ssh-ed25519":
      key = { case: "ssh-ed25519", value: readSshEddsaPrivateKey(r) };
      break;
    case "ssh-ed448":
      key = { case: "ssh-ed448", value: readSshEddsaPrivateKey(r) };
      break;
    default:
      throw new DecodeError('OpenSshPrivateSection.key@specs/ssh/keys.spec:90', `no case for keytype ${String(keytype)}`);
  }
  const comment = r.sshUtf8('OpenSshPrivateSection.comment@specs/ssh/keys.spec:91');
  const padding = r.rest();
  return { checkint1, checkint2, keytype, key, comment, padding };
}

/** Write a {@link OpenSshPrivateSection}. */
export function writeOpenSshPrivateSection(w: Writer, v: OpenSshPrivateSection): void {
  w.u32(v.checkint1, 'OpenSshPrivateSection.checkint1@specs/ssh/keys.spec:62');
  w.u32(v.checkint2, 'OpenSshPrivateSection.checkint2@specs/ssh/keys.spec:63');
  w.sshUtf8(v.keytype, 'OpenSshPrivateSection.keytype@specs/ssh/keys.spec:64');
  const key = v.key;
  switch (key.case) {
    case "ssh-rsa":
      if (v.keytype !== "ssh-rsa") throw new EncodeError('OpenSshPrivateSection.key@specs/ssh/keys.spec:90', `case ssh-rsa needs keytype = ssh-rsa, got ${String(v.keytype)}`);
      writeSshRsaPrivateKey(w, key.value);
      break;
    case "ssh-dss":
      if (v.keytype !== "ssh-dss") throw new EncodeError('OpenSshPrivateSection.key@specs/ssh/keys.spec:90', `case ssh-dss needs keytype = ssh-dss, got ${String(v.keytype)}`);
      writeSshDssPrivateKey(w, key.value);
      break;
    case "ecdsa-sha2-nistp256":
      if (v.keytype !== "ecdsa-sha2-nistp256") throw new EncodeError('OpenSshPrivateSection.key@specs/ssh/keys.spec:90', `case ecdsa-sha2-nistp256 needs keytype = ecdsa-sha2-nistp256, got ${String(v.keytype)}`);
      writeSshEcdsaPrivateKey(w, key.value);
      break;
    case "ecdsa-sha2-nistp384":
      if (v.keytype !== "ecdsa-sha2-nistp384") throw new EncodeError('OpenSshPrivateSection.key@specs/ssh/keys.spec:90', `case ecdsa-sha2-nistp384 needs keytype = ecdsa-sha2-nistp384, got ${String(v.keytype)}`);
      writeSshEcdsaPrivateKey(w, key.value);
      break;
    case "ecdsa-sha2-nistp521":
      if (v.keytype !== "ecdsa-sha2-nistp521") throw new EncodeError('OpenSshPrivateSection.key@specs/ssh/keys.spec:90', `case ecdsa-sha2-nistp521 needs keytype = ecdsa-sha2-nistp521, got ${String(v.keytype)}`);
      writeSshEcdsaPrivateKey(w, key.value);
      break;
    case "ssh-ed25519":
      if (v.keytype !== "ssh-ed25519") throw new EncodeError('OpenSshPrivateSection.key@specs/ssh/keys.spec:90', `case ssh-ed25519 needs keytype = ssh-ed25519, got ${String(v.keytype)}`);
      writeSshEddsaPrivateKey(w, key.value);
      break;
    case "ssh-ed448":
      if (v.keytype !== "ssh-ed448") throw new EncodeError('OpenSshPrivateSection.key@specs/ssh/keys.spec:90', `case ssh-ed448 needs keytype = ssh-ed448, got ${String(v.keytype)}`);
      writeSshEddsaPrivateKey(w, key.value);
      break;
    default:
      throw new EncodeError('OpenSshPrivateSection.key@specs/ssh/keys.spec:90', `unknown case ${String((key as { case: unknown }).case)}`);
  }
  w.sshUtf8(v.comment, 'OpenSshPrivateSection.comment@specs/ssh/keys.spec:91');
  w.raw(v.padding, 'OpenSshPrivateSection.padding@specs/ssh/keys.spec:92');
}

/** Decode a whole {@link OpenSshPrivateSection}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeOpenSshPrivateSection(bytes: Uint8Array): OpenSshPrivateSection {
  const r = new Reader(bytes);
  const v = readOpenSshPrivateSection(r);
  r.done('OpenSshPrivateSection@specs/ssh/keys.spec:93');
  return v;
}

/** Encode a {@link OpenSshPrivateSection}. */
export function encodeOpenSshPrivateSection(v: OpenSshPrivateSection): Uint8Array {
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

/** Read a {@link SshRsaPrivateKey} at the reader's position. */
export function readSshRsaPrivateKey(r: Reader): SshRsaPrivateKey {
  const n_ = r.mpint('SshRsaPrivateKey.n@specs/ssh/keys.spec:68');
  const e = r.mpint('SshRsaPrivateKey.e@specs/ssh/keys.spec:69');
  const d = r.mpint('SshRsaPrivateKey.d@specs/ssh/keys.spec:70');
  const iqmp = r.mpint('SshRsaPrivateKey.iqmp@specs/ssh/keys.spec:71');
  const p = r.mpint('SshRsaPrivateKey.p@specs/ssh/keys.spec:72');
  const q = r.mpint('SshRsaPrivateKey.q@specs/ssh/keys.spec:73');
  return { n: n_, e, d, iqmp, p, q };
}

/** Write a {@link SshRsaPrivateKey}. */
export function writeSshRsaPrivateKey(w: Writer, v: SshRsaPrivateKey): void {
  w.mpint(v.n, 'SshRsaPrivateKey.n@specs/ssh/keys.spec:68');
  w.mpint(v.e, 'SshRsaPrivateKey.e@specs/ssh/keys.spec:69');
  w.mpint(v.d, 'SshRsaPrivateKey.d@specs/ssh/keys.spec:70');
  w.mpint(v.iqmp, 'SshRsaPrivateKey.iqmp@specs/ssh/keys.spec:71');
  w.mpint(v.p, 'SshRsaPrivateKey.p@specs/ssh/keys.spec:72');
  w.mpint(v.q, 'SshRsaPrivateKey.q@specs/ssh/keys.spec:73');
}

/** Decode a whole {@link SshRsaPrivateKey}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSshRsaPrivateKey(bytes: Uint8Array): SshRsaPrivateKey {
  const r = new Reader(bytes);
  const v = readSshRsaPrivateKey(r);
  r.done('SshRsaPrivateKey@specs/ssh/keys.spec:67');
  return v;
}

/** Encode a {@link SshRsaPrivateKey}. */
export function encodeSshRsaPrivateKey(v: SshRsaPrivateKey): Uint8Array {
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

/** Read a {@link SshDssPrivateKey} at the reader's position. */
export function readSshDssPrivateKey(r: Reader): SshDssPrivateKey {
  const p = r.mpint('SshDssPrivateKey.p@specs/ssh/keys.spec:76');
  const q = r.mpint('SshDssPrivateKey.q@specs/ssh/keys.spec:77');
  const g = r.mpint('SshDssPrivateKey.g@specs/ssh/keys.spec:78');
  const y = r.mpint('SshDssPrivateKey.y@specs/ssh/keys.spec:79');
  const x = r.mpint('SshDssPrivateKey.x@specs/ssh/keys.spec:80');
  return { p, q, g, y, x };
}

/** Write a {@link SshDssPrivateKey}. */
export function writeSshDssPrivateKey(w: Writer, v: SshDssPrivateKey): void {
  w.mpint(v.p, 'SshDssPrivateKey.p@specs/ssh/keys.spec:76');
  w.mpint(v.q, 'SshDssPrivateKey.q@specs/ssh/keys.spec:77');
  w.mpint(v.g, 'SshDssPrivateKey.g@specs/ssh/keys.spec:78');
  w.mpint(v.y, 'SshDssPrivateKey.y@specs/ssh/keys.spec:79');
  w.mpint(v.x, 'SshDssPrivateKey.x@specs/ssh/keys.spec:80');
}

/** Decode a whole {@link SshDssPrivateKey}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSshDssPrivateKey(bytes: Uint8Array): SshDssPrivateKey {
  const r = new Reader(bytes);
  const v = readSshDssPrivateKey(r);
  r.done('SshDssPrivateKey@specs/ssh/keys.spec:75');
  return v;
}

/** Encode a {@link SshDssPrivateKey}. */
export function encodeSshDssPrivateKey(v: SshDssPrivateKey): Uint8Array {
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

/** Read a {@link SshEcdsaPrivateKey} at the reader's position. */
export function readSshEcdsaPrivateKey(r: Reader): SshEcdsaPrivateKey {
  const identifier = r.sshUtf8('SshEcdsaPrivateKey.identifier@specs/ssh/keys.spec:83');
  const Q = r.sshString('SshEcdsaPrivateKey.Q@specs/ssh/keys.spec:84');
  const d = r.mpint('SshEcdsaPrivateKey.d@specs/ssh/keys.spec:85');
  return { identifier, Q, d };
}

/** Write a {@link SshEcdsaPrivateKey}. */
export function writeSshEcdsaPrivateKey(w: Writer, v: SshEcdsaPrivateKey): void {
  w.sshUtf8(v.identifier, 'SshEcdsaPrivateKey.identifier@specs/ssh/keys.spec:83');
  w.sshString(v.Q, 'SshEcdsaPrivateKey.Q@specs/ssh/keys.spec:84');
  w.mpint(v.d, 'SshEcdsaPrivateKey.d@specs/ssh/keys.spec:85');
}

/** Decode a whole {@link SshEcdsaPrivateKey}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSshEcdsaPrivateKey(bytes: Uint8Array): SshEcdsaPrivateKey {
  const r = new Reader(bytes);
  const v = readSshEcdsaPrivateKey(r);
  r.done('SshEcdsaPrivateKey@specs/ssh/keys.spec:82');
  return v;
}

/** Encode a {@link SshEcdsaPrivateKey}. */
export function encodeSshEcdsaPrivateKey(v: SshEcdsaPrivateKey): Uint8Array {
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

/** Read a {@link SshEddsaPrivateKey} at the reader's position. */
export function readSshEddsaPrivateKey(r: Reader): SshEddsaPrivateKey {
  const public_key = r.sshString('SshEddsaPrivateKey.public_key@specs/ssh/keys.spec:88');
  const private_key = r.sshString('SshEddsaPrivateKey.private_key@specs/ssh/keys.spec:89');
  return { public_key, private_key };
}

/** Write a {@link SshEddsaPrivateKey}. */
export function writeSshEddsaPrivateKey(w: Writer, v: SshEddsaPrivateKey): void {
  w.sshString(v.public_key, 'SshEddsaPrivateKey.public_key@specs/ssh/keys.spec:88');
  w.sshString(v.private_key, 'SshEddsaPrivateKey.private_key@specs/ssh/keys.spec:89');
}

/** Decode a whole {@link SshEddsaPrivateKey}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSshEddsaPrivateKey(bytes: Uint8Array): SshEddsaPrivateKey {
  const r = new Reader(bytes);
  const v = readSshEddsaPrivateKey(r);
  r.done('SshEddsaPrivateKey@specs/ssh/keys.spec:87');
  return v;
}

/** Encode a {@link SshEddsaPrivateKey}. */
export function encodeSshEddsaPrivateKey(v: SshEddsaPrivateKey): Uint8Array {
  const w = new Writer();
  writeSshEddsaPrivateKey(w, v);
  return w.finish();
}
