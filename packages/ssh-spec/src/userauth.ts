// Generated from specs/ssh/userauth.spec by otpnet-gen. Do not edit.
import { DecodeError, EncodeError, Reader, Writer } from '@otpnet/wire';

/**
 * The "none" method has no method-specific fields.
 * @see RFC 4252 §5.2
 */
export interface AuthNone {
}

/** Read a {@link AuthNone} at the reader's position. */
export function readAuthNone(r: Reader): AuthNone {
  return {};
}

/** Write a {@link AuthNone}. */
export function writeAuthNone(w: Writer, v: AuthNone): void {

}

/** Decode a whole {@link AuthNone}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeAuthNone(bytes: Uint8Array): AuthNone {
  const r = new Reader(bytes);
  const v = readAuthNone(r);
  r.done('AuthNone@specs/ssh/userauth.spec:9');
  return v;
}

/** Encode a {@link AuthNone}. */
export function encodeAuthNone(v: AuthNone): Uint8Array {
  const w = new Writer();
  writeAuthNone(w, v);
  return w.finish();
}

/** The variants of PasswordRequest.body, keyed by change_password. */
export type PasswordRequestBody = { case: false; value: PasswordRequestFalse } | { case: true; value: PasswordRequestTrue };

/**
 * RFC 4252 section 8. With change_password FALSE the request carries the password; with TRUE,
 * the old password (in the same place) and then the new one.
 * @see RFC 4252 §8
 */
export interface PasswordRequest {
  change_password: boolean;
  /** the old password when change_password is TRUE. */
  password: string;
  body: PasswordRequestBody;
}

/** Read a {@link PasswordRequest} at the reader's position. */
export function readPasswordRequest(r: Reader): PasswordRequest {
  const change_password = r.bool('PasswordRequest.change_password@specs/ssh/userauth.spec:17');
  const password = r.sshUtf8('PasswordRequest.password@specs/ssh/userauth.spec:18');
  let body: PasswordRequestBody;
  switch (change_password) {
    case false:
      body = { case: false, value: readPasswordRequestFalse(r) };
      break;
    case true:
      body = { case: true, value: readPasswordRequestTrue(r) };
      break;
    default:
      throw new DecodeError('PasswordRequest.body@specs/ssh/userauth.spec:19', `no case for change_password ${String(change_password)}`);
  }
  return { change_password, password, body };
}

/** Write a {@link PasswordRequest}. */
export function writePasswordRequest(w: Writer, v: PasswordRequest): void {
  w.bool(v.change_password, 'PasswordRequest.change_password@specs/ssh/userauth.spec:17');
  w.sshUtf8(v.password, 'PasswordRequest.password@specs/ssh/userauth.spec:18');
  const body = v.body;
  switch (body.case) {
    case false:
      if (v.change_password !== false) throw new EncodeError('PasswordRequest.body@specs/ssh/userauth.spec:19', `case false needs change_password = false, got ${String(v.change_password)}`);
      writePasswordRequestFalse(w, body.value);
      break;
    case true:
      if (v.change_password !== true) throw new EncodeError('PasswordRequest.body@specs/ssh/userauth.spec:19', `case true needs change_password = true, got ${String(v.change_password)}`);
      writePasswordRequestTrue(w, body.value);
      break;
    default:
      throw new EncodeError('PasswordRequest.body@specs/ssh/userauth.spec:19', `unknown case ${String((body as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link PasswordRequest}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePasswordRequest(bytes: Uint8Array): PasswordRequest {
  const r = new Reader(bytes);
  const v = readPasswordRequest(r);
  r.done('PasswordRequest@specs/ssh/userauth.spec:23');
  return v;
}

/** Encode a {@link PasswordRequest}. */
export function encodePasswordRequest(v: PasswordRequest): Uint8Array {
  const w = new Writer();
  writePasswordRequest(w, v);
  return w.finish();
}

/**
 * The bool arm of PasswordRequest.
 * @see RFC 4252 §8
 */
export interface PasswordRequestFalse {
}

/** Read a {@link PasswordRequestFalse} at the reader's position. */
export function readPasswordRequestFalse(r: Reader): PasswordRequestFalse {
  return {};
}

/** Write a {@link PasswordRequestFalse}. */
export function writePasswordRequestFalse(w: Writer, v: PasswordRequestFalse): void {

}

/** Decode a whole {@link PasswordRequestFalse}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePasswordRequestFalse(bytes: Uint8Array): PasswordRequestFalse {
  const r = new Reader(bytes);
  const v = readPasswordRequestFalse(r);
  r.done('PasswordRequestFalse@specs/ssh/userauth.spec:20');
  return v;
}

/** Encode a {@link PasswordRequestFalse}. */
export function encodePasswordRequestFalse(v: PasswordRequestFalse): Uint8Array {
  const w = new Writer();
  writePasswordRequestFalse(w, v);
  return w.finish();
}

/**
 * The bool arm of PasswordRequest.
 * @see RFC 4252 §8
 */
export interface PasswordRequestTrue {
  new_password: string;
}

/** Read a {@link PasswordRequestTrue} at the reader's position. */
export function readPasswordRequestTrue(r: Reader): PasswordRequestTrue {
  const new_password = r.sshUtf8('PasswordRequestTrue.new_password@specs/ssh/userauth.spec:21');
  return { new_password };
}

/** Write a {@link PasswordRequestTrue}. */
export function writePasswordRequestTrue(w: Writer, v: PasswordRequestTrue): void {
  w.sshUtf8(v.new_password, 'PasswordRequestTrue.new_password@specs/ssh/userauth.spec:21');
}

/** Decode a whole {@link PasswordRequestTrue}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePasswordRequestTrue(bytes: Uint8Array): PasswordRequestTrue {
  const r = new Reader(bytes);
  const v = readPasswordRequestTrue(r);
  r.done('PasswordRequestTrue@specs/ssh/userauth.spec:21');
  return v;
}

/** Encode a {@link PasswordRequestTrue}. */
export function encodePasswordRequestTrue(v: PasswordRequestTrue): Uint8Array {
  const w = new Writer();
  writePasswordRequestTrue(w, v);
  return w.finish();
}

/** The variants of PublickeyRequest.body, keyed by has_signature. */
export type PublickeyRequestBody = { case: false; value: PublickeyRequestFalse } | { case: true; value: PublickeyRequestTrue };

/**
 * RFC 4252 section 7. Without a signature (has_signature FALSE) the client asks whether the key
 * would be acceptable; with TRUE, the signature over the session identifier and the request follows.
 * @see RFC 4252 §7
 */
export interface PublickeyRequest {
  has_signature: boolean;
  /** e.g. "ssh-ed25519", "rsa-sha2-256". */
  public_key_algorithm_name: string;
  public_key_blob: Uint8Array;
  body: PublickeyRequestBody;
}

/** Read a {@link PublickeyRequest} at the reader's position. */
export function readPublickeyRequest(r: Reader): PublickeyRequest {
  const has_signature = r.bool('PublickeyRequest.has_signature@specs/ssh/userauth.spec:31');
  const public_key_algorithm_name = r.sshUtf8('PublickeyRequest.public_key_algorithm_name@specs/ssh/userauth.spec:32');
  const public_key_blob = r.sshString('PublickeyRequest.public_key_blob@specs/ssh/userauth.spec:33');
  let body: PublickeyRequestBody;
  switch (has_signature) {
    case false:
      body = { case: false, value: readPublickeyRequestFalse(r) };
      break;
    case true:
      body = { case: true, value: readPublickeyRequestTrue(r) };
      break;
    default:
      throw new DecodeError('PublickeyRequest.body@specs/ssh/userauth.spec:34', `no case for has_signature ${String(has_signature)}`);
  }
  return { has_signature, public_key_algorithm_name, public_key_blob, body };
}

/** Write a {@link PublickeyRequest}. */
export function writePublickeyRequest(w: Writer, v: PublickeyRequest): void {
  w.bool(v.has_signature, 'PublickeyRequest.has_signature@specs/ssh/userauth.spec:31');
  w.sshUtf8(v.public_key_algorithm_name, 'PublickeyRequest.public_key_algorithm_name@specs/ssh/userauth.spec:32');
  w.sshString(v.public_key_blob, 'PublickeyRequest.public_key_blob@specs/ssh/userauth.spec:33');
  const body = v.body;
  switch (body.case) {
    case false:
      if (v.has_signature !== false) throw new EncodeError('PublickeyRequest.body@specs/ssh/userauth.spec:34', `case false needs has_signature = false, got ${String(v.has_signature)}`);
      writePublickeyRequestFalse(w, body.value);
      break;
    case true:
      if (v.has_signature !== true) throw new EncodeError('PublickeyRequest.body@specs/ssh/userauth.spec:34', `case true needs has_signature = true, got ${String(v.has_signature)}`);
      writePublickeyRequestTrue(w, body.value);
      break;
    default:
      throw new EncodeError('PublickeyRequest.body@specs/ssh/userauth.spec:34', `unknown case ${String((body as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link PublickeyRequest}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePublickeyRequest(bytes: Uint8Array): PublickeyRequest {
  const r = new Reader(bytes);
  const v = readPublickeyRequest(r);
  r.done('PublickeyRequest@specs/ssh/userauth.spec:38');
  return v;
}

/** Encode a {@link PublickeyRequest}. */
export function encodePublickeyRequest(v: PublickeyRequest): Uint8Array {
  const w = new Writer();
  writePublickeyRequest(w, v);
  return w.finish();
}

/**
 * The bool arm of PublickeyRequest.
 * @see RFC 4252 §7
 */
export interface PublickeyRequestFalse {
}

/** Read a {@link PublickeyRequestFalse} at the reader's position. */
export function readPublickeyRequestFalse(r: Reader): PublickeyRequestFalse {
  return {};
}

/** Write a {@link PublickeyRequestFalse}. */
export function writePublickeyRequestFalse(w: Writer, v: PublickeyRequestFalse): void {

}

/** Decode a whole {@link PublickeyRequestFalse}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePublickeyRequestFalse(bytes: Uint8Array): PublickeyRequestFalse {
  const r = new Reader(bytes);
  const v = readPublickeyRequestFalse(r);
  r.done('PublickeyRequestFalse@specs/ssh/userauth.spec:35');
  return v;
}

/** Encode a {@link PublickeyRequestFalse}. */
export function encodePublickeyRequestFalse(v: PublickeyRequestFalse): Uint8Array {
  const w = new Writer();
  writePublickeyRequestFalse(w, v);
  return w.finish();
}

/**
 * The bool arm of PublickeyRequest.
 * @see RFC 4252 §7
 */
export interface PublickeyRequestTrue {
  signature: Uint8Array;
}

/** Read a {@link PublickeyRequestTrue} at the reader's position. */
export function readPublickeyRequestTrue(r: Reader): PublickeyRequestTrue {
  const signature = r.sshString('PublickeyRequestTrue.signature@specs/ssh/userauth.spec:36');
  return { signature };
}

/** Write a {@link PublickeyRequestTrue}. */
export function writePublickeyRequestTrue(w: Writer, v: PublickeyRequestTrue): void {
  w.sshString(v.signature, 'PublickeyRequestTrue.signature@specs/ssh/userauth.spec:36');
}

/** Decode a whole {@link PublickeyRequestTrue}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePublickeyRequestTrue(bytes: Uint8Array): PublickeyRequestTrue {
  const r = new Reader(bytes);
  const v = readPublickeyRequestTrue(r);
  r.done('PublickeyRequestTrue@specs/ssh/userauth.spec:36');
  return v;
}

/** Encode a {@link PublickeyRequestTrue}. */
export function encodePublickeyRequestTrue(v: PublickeyRequestTrue): Uint8Array {
  const w = new Writer();
  writePublickeyRequestTrue(w, v);
  return w.finish();
}

/** @see RFC 4256 §3.1 */
export interface KeyboardInteractiveRequest {
  /** deprecated, SHOULD be empty. */
  language_tag: string;
  submethods: string[];
}

/** Read a {@link KeyboardInteractiveRequest} at the reader's position. */
export function readKeyboardInteractiveRequest(r: Reader): KeyboardInteractiveRequest {
  const language_tag = r.sshUtf8('KeyboardInteractiveRequest.language_tag@specs/ssh/userauth.spec:42');
  const submethods = r.nameList('KeyboardInteractiveRequest.submethods@specs/ssh/userauth.spec:43');
  return { language_tag, submethods };
}

/** Write a {@link KeyboardInteractiveRequest}. */
export function writeKeyboardInteractiveRequest(w: Writer, v: KeyboardInteractiveRequest): void {
  w.sshUtf8(v.language_tag, 'KeyboardInteractiveRequest.language_tag@specs/ssh/userauth.spec:42');
  w.nameList(v.submethods, 'KeyboardInteractiveRequest.submethods@specs/ssh/userauth.spec:43');
}

/** Decode a whole {@link KeyboardInteractiveRequest}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeKeyboardInteractiveRequest(bytes: Uint8Array): KeyboardInteractiveRequest {
  const r = new Reader(bytes);
  const v = readKeyboardInteractiveRequest(r);
  r.done('KeyboardInteractiveRequest@specs/ssh/userauth.spec:44');
  return v;
}

/** Encode a {@link KeyboardInteractiveRequest}. */
export function encodeKeyboardInteractiveRequest(v: KeyboardInteractiveRequest): Uint8Array {
  const w = new Writer();
  writeKeyboardInteractiveRequest(w, v);
  return w.finish();
}

/** The variants of SSH_MSG_USERAUTH_REQUEST.method_specific_fields, keyed by method_name. */
export type SSH_MSG_USERAUTH_REQUESTMethodSpecificFields = { case: "none"; value: AuthNone } | { case: "password"; value: PasswordRequest } | { case: "publickey"; value: PublickeyRequest } | { case: "keyboard-interactive"; value: KeyboardInteractiveRequest } | { case: undefined; value: Uint8Array };

/**
 * Message number 50.
 * @see RFC 4252 §5
 */
export interface SSH_MSG_USERAUTH_REQUEST {
  user_name: string;
  /** "ssh-connection". */
  service_name: string;
  method_name: string;
  method_specific_fields: SSH_MSG_USERAUTH_REQUESTMethodSpecificFields;
}

/** The message number of {@link SSH_MSG_USERAUTH_REQUEST}. */
export const SSH_MSG_USERAUTH_REQUEST_NUMBER = 50;

/** Read a {@link SSH_MSG_USERAUTH_REQUEST} at the reader's position. */
export function readSSH_MSG_USERAUTH_REQUEST(r: Reader): SSH_MSG_USERAUTH_REQUEST {
  const number = r.u8('SSH_MSG_USERAUTH_REQUEST@specs/ssh/userauth.spec:47');
  if (number !== 50) throw new DecodeError('SSH_MSG_USERAUTH_REQUEST@specs/ssh/userauth.spec:47', `expected message number 50, got ${number}`);
  const user_name = r.sshUtf8('SSH_MSG_USERAUTH_REQUEST.user_name@specs/ssh/userauth.spec:48');
  const service_name = r.sshUtf8('SSH_MSG_USERAUTH_REQUEST.service_name@specs/ssh/userauth.spec:49');
  const method_name = r.sshUtf8('SSH_MSG_USERAUTH_REQUEST.method_name@specs/ssh/userauth.spec:50');
  let method_specific_fields: SSH_MSG_USERAUTH_REQUESTMethodSpecificFields;
  switch (method_name) {
    case "none":
      method_specific_fields = { case: "none", value: readAuthNone(r) };
      break;
    case "password":
      method_specific_fields = { case: "password", value: readPasswordRequest(r) };
      break;
    case "publickey":
      method_specific_fields = { case: "publickey", value: readPublickeyRequest(r) };
      break;
    case "keyboard-interactive":
      method_specific_fields = { case: "keyboard-interactive", value: readKeyboardInteractiveRequest(r) };
      break;
    default:
      method_specific_fields = { case: undefined, value: r.rest() };
      break;
  }
  return { user_name, service_name, method_name, method_specific_fields };
}

/** Write a {@link SSH_MSG_USERAUTH_REQUEST}. */
export function writeSSH_MSG_USERAUTH_REQUEST(w: Writer, v: SSH_MSG_USERAUTH_REQUEST): void {
  w.u8(50, 'SSH_MSG_USERAUTH_REQUEST@specs/ssh/userauth.spec:47');
  w.sshUtf8(v.user_name, 'SSH_MSG_USERAUTH_REQUEST.user_name@specs/ssh/userauth.spec:48');
  w.sshUtf8(v.service_name, 'SSH_MSG_USERAUTH_REQUEST.service_name@specs/ssh/userauth.spec:49');
  w.sshUtf8(v.method_name, 'SSH_MSG_USERAUTH_REQUEST.method_name@specs/ssh/userauth.spec:50');
  const method_specific_fields = v.method_specific_fields;
  switch (method_specific_fields.case) {
    case "none":
      if (v.method_name !== "none") throw new EncodeError('SSH_MSG_USERAUTH_REQUEST.method_specific_fields@specs/ssh/userauth.spec:57', `case none needs method_name = none, got ${String(v.method_name)}`);
      writeAuthNone(w, method_specific_fields.value);
      break;
    case "password":
      if (v.method_name !== "password") throw new EncodeError('SSH_MSG_USERAUTH_REQUEST.method_specific_fields@specs/ssh/userauth.spec:57', `case password needs method_name = password, got ${String(v.method_name)}`);
      writePasswordRequest(w, method_specific_fields.value);
      break;
    case "publickey":
      if (v.method_name !== "publickey") throw new EncodeError('SSH_MSG_USERAUTH_REQUEST.method_specific_fields@specs/ssh/userauth.spec:57', `case publickey needs method_name = publickey, got ${String(v.method_name)}`);
      writePublickeyRequest(w, method_specific_fields.value);
      break;
    case "keyboard-interactive":
      if (v.method_name !== "keyboard-interactive") throw new EncodeError('SSH_MSG_USERAUTH_REQUEST.method_specific_fields@specs/ssh/userauth.spec:57', `case keyboard-interactive needs method_name = keyboard-interactive, got ${String(v.method_name)}`);
      writeKeyboardInteractiveRequest(w, method_specific_fields.value);
      break;
    case undefined:
      w.raw(method_specific_fields.value, 'SSH_MSG_USERAUTH_REQUEST.method_specific_fields@specs/ssh/userauth.spec:57');
      break;
    default:
      throw new EncodeError('SSH_MSG_USERAUTH_REQUEST.method_specific_fields@specs/ssh/userauth.spec:57', `unknown case ${String((method_specific_fields as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link SSH_MSG_USERAUTH_REQUEST}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_USERAUTH_REQUEST(bytes: Uint8Array): SSH_MSG_USERAUTH_REQUEST {
  const r = new Reader(bytes);
  const v = readSSH_MSG_USERAUTH_REQUEST(r);
  r.done('SSH_MSG_USERAUTH_REQUEST@specs/ssh/userauth.spec:47');
  return v;
}

/** Encode a {@link SSH_MSG_USERAUTH_REQUEST}. */
export function encodeSSH_MSG_USERAUTH_REQUEST(v: SSH_MSG_USERAUTH_REQUEST): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_USERAUTH_REQUEST(w, v);
  return w.finish();
}

/**
 * Message number 51.
 * @see RFC 4252 §5.1
 */
export interface SSH_MSG_USERAUTH_FAILURE {
  authentications_that_can_continue: string[];
  partial_success: boolean;
}

/** The message number of {@link SSH_MSG_USERAUTH_FAILURE}. */
export const SSH_MSG_USERAUTH_FAILURE_NUMBER = 51;

/** Read a {@link SSH_MSG_USERAUTH_FAILURE} at the reader's position. */
export function readSSH_MSG_USERAUTH_FAILURE(r: Reader): SSH_MSG_USERAUTH_FAILURE {
  const number = r.u8('SSH_MSG_USERAUTH_FAILURE@specs/ssh/userauth.spec:61');
  if (number !== 51) throw new DecodeError('SSH_MSG_USERAUTH_FAILURE@specs/ssh/userauth.spec:61', `expected message number 51, got ${number}`);
  const authentications_that_can_continue = r.nameList('SSH_MSG_USERAUTH_FAILURE.authentications_that_can_continue@specs/ssh/userauth.spec:62');
  const partial_success = r.bool('SSH_MSG_USERAUTH_FAILURE.partial_success@specs/ssh/userauth.spec:63');
  return { authentications_that_can_continue, partial_success };
}

/** Write a {@link SSH_MSG_USERAUTH_FAILURE}. */
export function writeSSH_MSG_USERAUTH_FAILURE(w: Writer, v: SSH_MSG_USERAUTH_FAILURE): void {
  w.u8(51, 'SSH_MSG_USERAUTH_FAILURE@specs/ssh/userauth.spec:61');
  w.nameList(v.authentications_that_can_continue, 'SSH_MSG_USERAUTH_FAILURE.authentications_that_can_continue@specs/ssh/userauth.spec:62');
  w.bool(v.partial_success, 'SSH_MSG_USERAUTH_FAILURE.partial_success@specs/ssh/userauth.spec:63');
}

/** Decode a whole {@link SSH_MSG_USERAUTH_FAILURE}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_USERAUTH_FAILURE(bytes: Uint8Array): SSH_MSG_USERAUTH_FAILURE {
  const r = new Reader(bytes);
  const v = readSSH_MSG_USERAUTH_FAILURE(r);
  r.done('SSH_MSG_USERAUTH_FAILURE@specs/ssh/userauth.spec:61');
  return v;
}

/** Encode a {@link SSH_MSG_USERAUTH_FAILURE}. */
export function encodeSSH_MSG_USERAUTH_FAILURE(v: SSH_MSG_USERAUTH_FAILURE): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_USERAUTH_FAILURE(w, v);
  return w.finish();
}

/**
 * Message number 52.
 * @see RFC 4252 §5.1
 */
export interface SSH_MSG_USERAUTH_SUCCESS {
}

/** The message number of {@link SSH_MSG_USERAUTH_SUCCESS}. */
export const SSH_MSG_USERAUTH_SUCCESS_NUMBER = 52;

/** Read a {@link SSH_MSG_USERAUTH_SUCCESS} at the reader's position. */
export function readSSH_MSG_USERAUTH_SUCCESS(r: Reader): SSH_MSG_USERAUTH_SUCCESS {
  const number = r.u8('SSH_MSG_USERAUTH_SUCCESS@specs/ssh/userauth.spec:67');
  if (number !== 52) throw new DecodeError('SSH_MSG_USERAUTH_SUCCESS@specs/ssh/userauth.spec:67', `expected message number 52, got ${number}`);
  return {};
}

/** Write a {@link SSH_MSG_USERAUTH_SUCCESS}. */
export function writeSSH_MSG_USERAUTH_SUCCESS(w: Writer, v: SSH_MSG_USERAUTH_SUCCESS): void {
  w.u8(52, 'SSH_MSG_USERAUTH_SUCCESS@specs/ssh/userauth.spec:67');
}

/** Decode a whole {@link SSH_MSG_USERAUTH_SUCCESS}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_USERAUTH_SUCCESS(bytes: Uint8Array): SSH_MSG_USERAUTH_SUCCESS {
  const r = new Reader(bytes);
  const v = readSSH_MSG_USERAUTH_SUCCESS(r);
  r.done('SSH_MSG_USERAUTH_SUCCESS@specs/ssh/userauth.spec:67');
  return v;
}

/** Encode a {@link SSH_MSG_USERAUTH_SUCCESS}. */
export function encodeSSH_MSG_USERAUTH_SUCCESS(v: SSH_MSG_USERAUTH_SUCCESS): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_USERAUTH_SUCCESS(w, v);
  return w.finish();
}

/**
 * Message number 53.
 * @see RFC 4252 §5.4
 */
export interface SSH_MSG_USERAUTH_BANNER {
  message: string;
  language_tag: string;
}

/** The message number of {@link SSH_MSG_USERAUTH_BANNER}. */
export const SSH_MSG_USERAUTH_BANNER_NUMBER = 53;

/** Read a {@link SSH_MSG_USERAUTH_BANNER} at the reader's position. */
export function readSSH_MSG_USERAUTH_BANNER(r: Reader): SSH_MSG_USERAUTH_BANNER {
  const number = r.u8('SSH_MSG_USERAUTH_BANNER@specs/ssh/userauth.spec:71');
  if (number !== 53) throw new DecodeError('SSH_MSG_USERAUTH_BANNER@specs/ssh/userauth.spec:71', `expected message number 53, got ${number}`);
  const message = r.sshUtf8('SSH_MSG_USERAUTH_BANNER.message@specs/ssh/userauth.spec:72');
  const language_tag = r.sshUtf8('SSH_MSG_USERAUTH_BANNER.language_tag@specs/ssh/userauth.spec:73');
  return { message, language_tag };
}

/** Write a {@link SSH_MSG_USERAUTH_BANNER}. */
export function writeSSH_MSG_USERAUTH_BANNER(w: Writer, v: SSH_MSG_USERAUTH_BANNER): void {
  w.u8(53, 'SSH_MSG_USERAUTH_BANNER@specs/ssh/userauth.spec:71');
  w.sshUtf8(v.message, 'SSH_MSG_USERAUTH_BANNER.message@specs/ssh/userauth.spec:72');
  w.sshUtf8(v.language_tag, 'SSH_MSG_USERAUTH_BANNER.language_tag@specs/ssh/userauth.spec:73');
}

/** Decode a whole {@link SSH_MSG_USERAUTH_BANNER}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_USERAUTH_BANNER(bytes: Uint8Array): SSH_MSG_USERAUTH_BANNER {
  const r = new Reader(bytes);
  const v = readSSH_MSG_USERAUTH_BANNER(r);
  r.done('SSH_MSG_USERAUTH_BANNER@specs/ssh/userauth.spec:71');
  return v;
}

/** Encode a {@link SSH_MSG_USERAUTH_BANNER}. */
export function encodeSSH_MSG_USERAUTH_BANNER(v: SSH_MSG_USERAUTH_BANNER): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_USERAUTH_BANNER(w, v);
  return w.finish();
}

/**
 * Message number 60.
 * @see RFC 4252 §7
 */
export interface SSH_MSG_USERAUTH_PK_OK {
  /** as in the request. */
  public_key_algorithm_name: string;
  public_key_blob: Uint8Array;
}

/** The message number of {@link SSH_MSG_USERAUTH_PK_OK}. */
export const SSH_MSG_USERAUTH_PK_OK_NUMBER = 60;

/** Read a {@link SSH_MSG_USERAUTH_PK_OK} at the reader's position. */
export function readSSH_MSG_USERAUTH_PK_OK(r: Reader): SSH_MSG_USERAUTH_PK_OK {
  const number = r.u8('SSH_MSG_USERAUTH_PK_OK@specs/ssh/userauth.spec:77');
  if (number !== 60) throw new DecodeError('SSH_MSG_USERAUTH_PK_OK@specs/ssh/userauth.spec:77', `expected message number 60, got ${number}`);
  const public_key_algorithm_name = r.sshUtf8('SSH_MSG_USERAUTH_PK_OK.public_key_algorithm_name@specs/ssh/userauth.spec:78');
  const public_key_blob = r.sshString('SSH_MSG_USERAUTH_PK_OK.public_key_blob@specs/ssh/userauth.spec:79');
  return { public_key_algorithm_name, public_key_blob };
}

/** Write a {@link SSH_MSG_USERAUTH_PK_OK}. */
export function writeSSH_MSG_USERAUTH_PK_OK(w: Writer, v: SSH_MSG_USERAUTH_PK_OK): void {
  w.u8(60, 'SSH_MSG_USERAUTH_PK_OK@specs/ssh/userauth.spec:77');
  w.sshUtf8(v.public_key_algorithm_name, 'SSH_MSG_USERAUTH_PK_OK.public_key_algorithm_name@specs/ssh/userauth.spec:78');
  w.sshString(v.public_key_blob, 'SSH_MSG_USERAUTH_PK_OK.public_key_blob@specs/ssh/userauth.spec:79');
}

/** Decode a whole {@link SSH_MSG_USERAUTH_PK_OK}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_USERAUTH_PK_OK(bytes: Uint8Array): SSH_MSG_USERAUTH_PK_OK {
  const r = new Reader(bytes);
  const v = readSSH_MSG_USERAUTH_PK_OK(r);
  r.done('SSH_MSG_USERAUTH_PK_OK@specs/ssh/userauth.spec:77');
  return v;
}

/** Encode a {@link SSH_MSG_USERAUTH_PK_OK}. */
export function encodeSSH_MSG_USERAUTH_PK_OK(v: SSH_MSG_USERAUTH_PK_OK): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_USERAUTH_PK_OK(w, v);
  return w.finish();
}

/** @see RFC 4256 §3.2 */
export interface KeyboardInteractivePrompt {
  prompt: string;
  /** whether the user's answer may be shown. */
  echo: boolean;
}

/** Read a {@link KeyboardInteractivePrompt} at the reader's position. */
export function readKeyboardInteractivePrompt(r: Reader): KeyboardInteractivePrompt {
  const prompt = r.sshUtf8('KeyboardInteractivePrompt.prompt@specs/ssh/userauth.spec:84');
  const echo = r.bool('KeyboardInteractivePrompt.echo@specs/ssh/userauth.spec:85');
  return { prompt, echo };
}

/** Write a {@link KeyboardInteractivePrompt}. */
export function writeKeyboardInteractivePrompt(w: Writer, v: KeyboardInteractivePrompt): void {
  w.sshUtf8(v.prompt, 'KeyboardInteractivePrompt.prompt@specs/ssh/userauth.spec:84');
  w.bool(v.echo, 'KeyboardInteractivePrompt.echo@specs/ssh/userauth.spec:85');
}

/** Decode a whole {@link KeyboardInteractivePrompt}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeKeyboardInteractivePrompt(bytes: Uint8Array): KeyboardInteractivePrompt {
  const r = new Reader(bytes);
  const v = readKeyboardInteractivePrompt(r);
  r.done('KeyboardInteractivePrompt@specs/ssh/userauth.spec:86');
  return v;
}

/** Encode a {@link KeyboardInteractivePrompt}. */
export function encodeKeyboardInteractivePrompt(v: KeyboardInteractivePrompt): Uint8Array {
  const w = new Writer();
  writeKeyboardInteractivePrompt(w, v);
  return w.finish();
}

/**
 * The prompts travel as num-prompts, then (prompt, echo) pairs: a count-prefixed array.
 * Message number 60.
 * @see RFC 4256 §3.2
 */
export interface SSH_MSG_USERAUTH_INFO_REQUEST {
  name: string;
  instruction: string;
  /** deprecated. */
  language_tag: string;
  prompts: KeyboardInteractivePrompt[];
}

/** The message number of {@link SSH_MSG_USERAUTH_INFO_REQUEST}. */
export const SSH_MSG_USERAUTH_INFO_REQUEST_NUMBER = 60;

/** Read a {@link SSH_MSG_USERAUTH_INFO_REQUEST} at the reader's position. */
export function readSSH_MSG_USERAUTH_INFO_REQUEST(r: Reader): SSH_MSG_USERAUTH_INFO_REQUEST {
  const number = r.u8('SSH_MSG_USERAUTH_INFO_REQUEST@specs/ssh/userauth.spec:90');
  if (number !== 60) throw new DecodeError('SSH_MSG_USERAUTH_INFO_REQUEST@specs/ssh/userauth.spec:90', `expected message number 60, got ${number}`);
  const name = r.sshUtf8('SSH_MSG_USERAUTH_INFO_REQUEST.name@specs/ssh/userauth.spec:91');
  const instruction = r.sshUtf8('SSH_MSG_USERAUTH_INFO_REQUEST.instruction@specs/ssh/userauth.spec:92');
  const language_tag = r.sshUtf8('SSH_MSG_USERAUTH_INFO_REQUEST.language_tag@specs/ssh/userauth.spec:93');
  const promptsCount = r.count(r.u32('SSH_MSG_USERAUTH_INFO_REQUEST.prompts@specs/ssh/userauth.spec:94'), 5, 'SSH_MSG_USERAUTH_INFO_REQUEST.prompts@specs/ssh/userauth.spec:94');
  const prompts: KeyboardInteractivePrompt[] = [];
  for (let i = 0; i < promptsCount; i++) prompts.push(readKeyboardInteractivePrompt(r));
  return { name, instruction, language_tag, prompts };
}

/** Write a {@link SSH_MSG_USERAUTH_INFO_REQUEST}. */
export function writeSSH_MSG_USERAUTH_INFO_REQUEST(w: Writer, v: SSH_MSG_USERAUTH_INFO_REQUEST): void {
  w.u8(60, 'SSH_MSG_USERAUTH_INFO_REQUEST@specs/ssh/userauth.spec:90');
  w.sshUtf8(v.name, 'SSH_MSG_USERAUTH_INFO_REQUEST.name@specs/ssh/userauth.spec:91');
  w.sshUtf8(v.instruction, 'SSH_MSG_USERAUTH_INFO_REQUEST.instruction@specs/ssh/userauth.spec:92');
  w.sshUtf8(v.language_tag, 'SSH_MSG_USERAUTH_INFO_REQUEST.language_tag@specs/ssh/userauth.spec:93');
  w.u32(v.prompts.length, 'SSH_MSG_USERAUTH_INFO_REQUEST.prompts@specs/ssh/userauth.spec:94');
  for (const item of v.prompts) writeKeyboardInteractivePrompt(w, item);
}

/** Decode a whole {@link SSH_MSG_USERAUTH_INFO_REQUEST}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_USERAUTH_INFO_REQUEST(bytes: Uint8Array): SSH_MSG_USERAUTH_INFO_REQUEST {
  const r = new Reader(bytes);
  const v = readSSH_MSG_USERAUTH_INFO_REQUEST(r);
  r.done('SSH_MSG_USERAUTH_INFO_REQUEST@specs/ssh/userauth.spec:90');
  return v;
}

/** Encode a {@link SSH_MSG_USERAUTH_INFO_REQUEST}. */
export function encodeSSH_MSG_USERAUTH_INFO_REQUEST(v: SSH_MSG_USERAUTH_INFO_REQUEST): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_USERAUTH_INFO_REQUEST(w, v);
  return w.finish();
}

/**
 * Message number 61.
 * @see RFC 4256 §3.4
 */
export interface SSH_MSG_USERAUTH_INFO_RESPONSE {
  responses: string[];
}

/** The message number of {@link SSH_MSG_USERAUTH_INFO_RESPONSE}. */
export const SSH_MSG_USERAUTH_INFO_RESPONSE_NUMBER = 61;

/** Read a {@link SSH_MSG_USERAUTH_INFO_RESPONSE} at the reader's position. */
export function readSSH_MSG_USERAUTH_INFO_RESPONSE(r: Reader): SSH_MSG_USERAUTH_INFO_RESPONSE {
  const number = r.u8('SSH_MSG_USERAUTH_INFO_RESPONSE@specs/ssh/userauth.spec:98');
  if (number !== 61) throw new DecodeError('SSH_MSG_USERAUTH_INFO_RESPONSE@specs/ssh/userauth.spec:98', `expected message number 61, got ${number}`);
  const responsesCount = r.count(r.u32('SSH_MSG_USERAUTH_INFO_RESPONSE.responses@specs/ssh/userauth.spec:99'), 4, 'SSH_MSG_USERAUTH_INFO_RESPONSE.responses@specs/ssh/userauth.spec:99');
  const responses: string[] = [];
  for (let i = 0; i < responsesCount; i++) responses.push(r.sshUtf8('SSH_MSG_USERAUTH_INFO_RESPONSE.responses@specs/ssh/userauth.spec:99'));
  return { responses };
}

/** Write a {@link SSH_MSG_USERAUTH_INFO_RESPONSE}. */
export function writeSSH_MSG_USERAUTH_INFO_RESPONSE(w: Writer, v: SSH_MSG_USERAUTH_INFO_RESPONSE): void {
  w.u8(61, 'SSH_MSG_USERAUTH_INFO_RESPONSE@specs/ssh/userauth.spec:98');
  w.u32(v.responses.length, 'SSH_MSG_USERAUTH_INFO_RESPONSE.responses@specs/ssh/userauth.spec:99');
  for (const item of v.responses) w.sshUtf8(item, 'SSH_MSG_USERAUTH_INFO_RESPONSE.responses@specs/ssh/userauth.spec:99');
}

/** Decode a whole {@link SSH_MSG_USERAUTH_INFO_RESPONSE}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_USERAUTH_INFO_RESPONSE(bytes: Uint8Array): SSH_MSG_USERAUTH_INFO_RESPONSE {
  const r = new Reader(bytes);
  const v = readSSH_MSG_USERAUTH_INFO_RESPONSE(r);
  r.done('SSH_MSG_USERAUTH_INFO_RESPONSE@specs/ssh/userauth.spec:98');
  return v;
}

/** Encode a {@link SSH_MSG_USERAUTH_INFO_RESPONSE}. */
export function encodeSSH_MSG_USERAUTH_INFO_RESPONSE(v: SSH_MSG_USERAUTH_INFO_RESPONSE): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_USERAUTH_INFO_RESPONSE(w, v);
  return w.finish();
}
