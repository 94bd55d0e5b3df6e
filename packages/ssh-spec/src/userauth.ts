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

/**
 * RFC 4252 section 8. The new password is present only when change_password is TRUE; a field that
 * exists depending on an earlier boolean is not a layout this language has, so it is written as
 * "the rest, as zero or one strings" and the runtime checks that the count agrees with the flag.
 * @see RFC 4252 §8
 */
export interface PasswordRequest {
  change_password: boolean;
  password: string;
  /** one element iff change_password. */
  new_password: string[];
}

/** Read a {@link PasswordRequest} at the reader's position. */
export function readPasswordRequest(r: Reader): PasswordRequest {
  const change_password = r.bool('PasswordRequest.change_password@specs/ssh/userauth.spec:18');
  const password = r.sshUtf8('PasswordRequest.password@specs/ssh/userauth.spec:19');
  const new_password: string[] = [];
  for (; r.pos < r.end;) new_password.push(r.sshUtf8('PasswordRequest.new_password@specs/ssh/userauth.spec:20'));
  return { change_password, password, new_password };
}

/** Write a {@link PasswordRequest}. */
export function writePasswordRequest(w: Writer, v: PasswordRequest): void {
  w.bool(v.change_password, 'PasswordRequest.change_password@specs/ssh/userauth.spec:18');
  w.sshUtf8(v.password, 'PasswordRequest.password@specs/ssh/userauth.spec:19');
  for (const item of v.new_password) w.sshUtf8(item, 'PasswordRequest.new_password@specs/ssh/userauth.spec:20');
}

/** Decode a whole {@link PasswordRequest}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePasswordRequest(bytes: Uint8Array): PasswordRequest {
  const r = new Reader(bytes);
  const v = readPasswordRequest(r);
  r.done('PasswordRequest@specs/ssh/userauth.spec:21');
  return v;
}

/** Encode a {@link PasswordRequest}. */
export function encodePasswordRequest(v: PasswordRequest): Uint8Array {
  const w = new Writer();
  writePasswordRequest(w, v);
  return w.finish();
}

/**
 * RFC 4252 section 7. Without a signature (has_signature FALSE) the client asks whether the key
 * would be acceptable; the signature is then absent (same layout gap as PasswordRequest).
 * @see RFC 4252 §7
 */
export interface PublickeyRequest {
  has_signature: boolean;
  /** e.g. "ssh-ed25519", "rsa-sha2-256". */
  public_key_algorithm_name: string;
  public_key_blob: Uint8Array;
  /** one element iff has_signature. */
  signature: Uint8Array[];
}

/** Read a {@link PublickeyRequest} at the reader's position. */
export function readPublickeyRequest(r: Reader): PublickeyRequest {
  const has_signature = r.bool('PublickeyRequest.has_signature@specs/ssh/userauth.spec:29');
  const public_key_algorithm_name = r.sshUtf8('PublickeyRequest.public_key_algorithm_name@specs/ssh/userauth.spec:30');
  const public_key_blob = r.sshString('PublickeyRequest.public_key_blob@specs/ssh/userauth.spec:31');
  const signature: Uint8Array[] = [];
  for (; r.pos < r.end;) signature.push(r.sshString('PublickeyRequest.signature@specs/ssh/userauth.spec:32'));
  return { has_signature, public_key_algorithm_name, public_key_blob, signature };
}

/** Write a {@link PublickeyRequest}. */
export function writePublickeyRequest(w: Writer, v: PublickeyRequest): void {
  w.bool(v.has_signature, 'PublickeyRequest.has_signature@specs/ssh/userauth.spec:29');
  w.sshUtf8(v.public_key_algorithm_name, 'PublickeyRequest.public_key_algorithm_name@specs/ssh/userauth.spec:30');
  w.sshString(v.public_key_blob, 'PublickeyRequest.public_key_blob@specs/ssh/userauth.spec:31');
  for (const item of v.signature) w.sshString(item, 'PublickeyRequest.signature@specs/ssh/userauth.spec:32');
}

/** Decode a whole {@link PublickeyRequest}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodePublickeyRequest(bytes: Uint8Array): PublickeyRequest {
  const r = new Reader(bytes);
  const v = readPublickeyRequest(r);
  r.done('PublickeyRequest@specs/ssh/userauth.spec:33');
  return v;
}

/** Encode a {@link PublickeyRequest}. */
export function encodePublickeyRequest(v: PublickeyRequest): Uint8Array {
  const w = new Writer();
  writePublickeyRequest(w, v);
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
  const language_tag = r.sshUtf8('KeyboardInteractiveRequest.language_tag@specs/ssh/userauth.spec:37');
  const submethods = r.nameList('KeyboardInteractiveRequest.submethods@specs/ssh/userauth.spec:38');
  return { language_tag, submethods };
}

/** Write a {@link KeyboardInteractiveRequest}. */
export function writeKeyboardInteractiveRequest(w: Writer, v: KeyboardInteractiveRequest): void {
  w.sshUtf8(v.language_tag, 'KeyboardInteractiveRequest.language_tag@specs/ssh/userauth.spec:37');
  w.nameList(v.submethods, 'KeyboardInteractiveRequest.submethods@specs/ssh/userauth.spec:38');
}

/** Decode a whole {@link KeyboardInteractiveRequest}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeKeyboardInteractiveRequest(bytes: Uint8Array): KeyboardInteractiveRequest {
  const r = new Reader(bytes);
  const v = readKeyboardInteractiveRequest(r);
  r.done('KeyboardInteractiveRequest@specs/ssh/userauth.spec:39');
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
  const number = r.u8('SSH_MSG_USERAUTH_REQUEST@specs/ssh/userauth.spec:42');
  if (number !== 50) throw new DecodeError('SSH_MSG_USERAUTH_REQUEST@specs/ssh/userauth.spec:42', `expected message number 50, got ${number}`);
  const user_name = r.sshUtf8('SSH_MSG_USERAUTH_REQUEST.user_name@specs/ssh/userauth.spec:43');
  const service_name = r.sshUtf8('SSH_MSG_USERAUTH_REQUEST.service_name@specs/ssh/userauth.spec:44');
  const method_name = r.sshUtf8('SSH_MSG_USERAUTH_REQUEST.method_name@specs/ssh/userauth.spec:45');
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
  w.u8(50, 'SSH_MSG_USERAUTH_REQUEST@specs/ssh/userauth.spec:42');
  w.sshUtf8(v.user_name, 'SSH_MSG_USERAUTH_REQUEST.user_name@specs/ssh/userauth.spec:43');
  w.sshUtf8(v.service_name, 'SSH_MSG_USERAUTH_REQUEST.service_name@specs/ssh/userauth.spec:44');
  w.sshUtf8(v.method_name, 'SSH_MSG_USERAUTH_REQUEST.method_name@specs/ssh/userauth.spec:45');
  const method_specific_fields = v.method_specific_fields;
  switch (method_specific_fields.case) {
    case "none":
      if (v.method_name !== "none") throw new EncodeError('SSH_MSG_USERAUTH_REQUEST.method_specific_fields@specs/ssh/userauth.spec:52', `case none needs method_name = none, got ${String(v.method_name)}`);
      writeAuthNone(w, method_specific_fields.value);
      break;
    case "password":
      if (v.method_name !== "password") throw new EncodeError('SSH_MSG_USERAUTH_REQUEST.method_specific_fields@specs/ssh/userauth.spec:52', `case password needs method_name = password, got ${String(v.method_name)}`);
      writePasswordRequest(w, method_specific_fields.value);
      break;
    case "publickey":
      if (v.method_name !== "publickey") throw new EncodeError('SSH_MSG_USERAUTH_REQUEST.method_specific_fields@specs/ssh/userauth.spec:52', `case publickey needs method_name = publickey, got ${String(v.method_name)}`);
      writePublickeyRequest(w, method_specific_fields.value);
      break;
    case "keyboard-interactive":
      if (v.method_name !== "keyboard-interactive") throw new EncodeError('SSH_MSG_USERAUTH_REQUEST.method_specific_fields@specs/ssh/userauth.spec:52', `case keyboard-interactive needs method_name = keyboard-interactive, got ${String(v.method_name)}`);
      writeKeyboardInteractiveRequest(w, method_specific_fields.value);
      break;
    case undefined:
      w.raw(method_specific_fields.value, 'SSH_MSG_USERAUTH_REQUEST.method_specific_fields@specs/ssh/userauth.spec:52');
      break;
    default:
      throw new EncodeError('SSH_MSG_USERAUTH_REQUEST.method_specific_fields@specs/ssh/userauth.spec:52', `unknown case ${String((method_specific_fields as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link SSH_MSG_USERAUTH_REQUEST}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_USERAUTH_REQUEST(bytes: Uint8Array): SSH_MSG_USERAUTH_REQUEST {
  const r = new Reader(bytes);
  const v = readSSH_MSG_USERAUTH_REQUEST(r);
  r.done('SSH_MSG_USERAUTH_REQUEST@specs/ssh/userauth.spec:42');
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
  const number = r.u8('SSH_MSG_USERAUTH_FAILURE@specs/ssh/userauth.spec:56');
  if (number !== 51) throw new DecodeError('SSH_MSG_USERAUTH_FAILURE@specs/ssh/userauth.spec:56', `expected message number 51, got ${number}`);
  const authentications_that_can_continue = r.nameList('SSH_MSG_USERAUTH_FAILURE.authentications_that_can_continue@specs/ssh/userauth.spec:57');
  const partial_success = r.bool('SSH_MSG_USERAUTH_FAILURE.partial_success@specs/ssh/userauth.spec:58');
  return { authentications_that_can_continue, partial_success };
}

/** Write a {@link SSH_MSG_USERAUTH_FAILURE}. */
export function writeSSH_MSG_USERAUTH_FAILURE(w: Writer, v: SSH_MSG_USERAUTH_FAILURE): void {
  w.u8(51, 'SSH_MSG_USERAUTH_FAILURE@specs/ssh/userauth.spec:56');
  w.nameList(v.authentications_that_can_continue, 'SSH_MSG_USERAUTH_FAILURE.authentications_that_can_continue@specs/ssh/userauth.spec:57');
  w.bool(v.partial_success, 'SSH_MSG_USERAUTH_FAILURE.partial_success@specs/ssh/userauth.spec:58');
}

/** Decode a whole {@link SSH_MSG_USERAUTH_FAILURE}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_USERAUTH_FAILURE(bytes: Uint8Array): SSH_MSG_USERAUTH_FAILURE {
  const r = new Reader(bytes);
  const v = readSSH_MSG_USERAUTH_FAILURE(r);
  r.done('SSH_MSG_USERAUTH_FAILURE@specs/ssh/userauth.spec:56');
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
  const number = r.u8('SSH_MSG_USERAUTH_SUCCESS@specs/ssh/userauth.spec:62');
  if (number !== 52) throw new DecodeError('SSH_MSG_USERAUTH_SUCCESS@specs/ssh/userauth.spec:62', `expected message number 52, got ${number}`);
  return {};
}

/** Write a {@link SSH_MSG_USERAUTH_SUCCESS}. */
export function writeSSH_MSG_USERAUTH_SUCCESS(w: Writer, v: SSH_MSG_USERAUTH_SUCCESS): void {
  w.u8(52, 'SSH_MSG_USERAUTH_SUCCESS@specs/ssh/userauth.spec:62');
}

/** Decode a whole {@link SSH_MSG_USERAUTH_SUCCESS}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_USERAUTH_SUCCESS(bytes: Uint8Array): SSH_MSG_USERAUTH_SUCCESS {
  const r = new Reader(bytes);
  const v = readSSH_MSG_USERAUTH_SUCCESS(r);
  r.done('SSH_MSG_USERAUTH_SUCCESS@specs/ssh/userauth.spec:62');
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
  const number = r.u8('SSH_MSG_USERAUTH_BANNER@specs/ssh/userauth.spec:66');
  if (number !== 53) throw new DecodeError('SSH_MSG_USERAUTH_BANNER@specs/ssh/userauth.spec:66', `expected message number 53, got ${number}`);
  const message = r.sshUtf8('SSH_MSG_USERAUTH_BANNER.message@specs/ssh/userauth.spec:67');
  const language_tag = r.sshUtf8('SSH_MSG_USERAUTH_BANNER.language_tag@specs/ssh/userauth.spec:68');
  return { message, language_tag };
}

/** Write a {@link SSH_MSG_USERAUTH_BANNER}. */
export function writeSSH_MSG_USERAUTH_BANNER(w: Writer, v: SSH_MSG_USERAUTH_BANNER): void {
  w.u8(53, 'SSH_MSG_USERAUTH_BANNER@specs/ssh/userauth.spec:66');
  w.sshUtf8(v.message, 'SSH_MSG_USERAUTH_BANNER.message@specs/ssh/userauth.spec:67');
  w.sshUtf8(v.language_tag, 'SSH_MSG_USERAUTH_BANNER.language_tag@specs/ssh/userauth.spec:68');
}

/** Decode a whole {@link SSH_MSG_USERAUTH_BANNER}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_USERAUTH_BANNER(bytes: Uint8Array): SSH_MSG_USERAUTH_BANNER {
  const r = new Reader(bytes);
  const v = readSSH_MSG_USERAUTH_BANNER(r);
  r.done('SSH_MSG_USERAUTH_BANNER@specs/ssh/userauth.spec:66');
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
  const number = r.u8('SSH_MSG_USERAUTH_PK_OK@specs/ssh/userauth.spec:72');
  if (number !== 60) throw new DecodeError('SSH_MSG_USERAUTH_PK_OK@specs/ssh/userauth.spec:72', `expected message number 60, got ${number}`);
  const public_key_algorithm_name = r.sshUtf8('SSH_MSG_USERAUTH_PK_OK.public_key_algorithm_name@specs/ssh/userauth.spec:73');
  const public_key_blob = r.sshString('SSH_MSG_USERAUTH_PK_OK.public_key_blob@specs/ssh/userauth.spec:74');
  return { public_key_algorithm_name, public_key_blob };
}

/** Write a {@link SSH_MSG_USERAUTH_PK_OK}. */
export function writeSSH_MSG_USERAUTH_PK_OK(w: Writer, v: SSH_MSG_USERAUTH_PK_OK): void {
  w.u8(60, 'SSH_MSG_USERAUTH_PK_OK@specs/ssh/userauth.spec:72');
  w.sshUtf8(v.public_key_algorithm_name, 'SSH_MSG_USERAUTH_PK_OK.public_key_algorithm_name@specs/ssh/userauth.spec:73');
  w.sshString(v.public_key_blob, 'SSH_MSG_USERAUTH_PK_OK.public_key_blob@specs/ssh/userauth.spec:74');
}

/** Decode a whole {@link SSH_MSG_USERAUTH_PK_OK}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_USERAUTH_PK_OK(bytes: Uint8Array): SSH_MSG_USERAUTH_PK_OK {
  const r = new Reader(bytes);
  const v = readSSH_MSG_USERAUTH_PK_OK(r);
  r.done('SSH_MSG_USERAUTH_PK_OK@specs/ssh/userauth.spec:72');
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
  const prompt = r.sshUtf8('KeyboardInteractivePrompt.prompt@specs/ssh/userauth.spec:79');
  const echo = r.bool('KeyboardInteractivePrompt.echo@specs/ssh/userauth.spec:80');
  return { prompt, echo };
}

/** Write a {@link KeyboardInteractivePrompt}. */
export function writeKeyboardInteractivePrompt(w: Writer, v: KeyboardInteractivePrompt): void {
  w.sshUtf8(v.prompt, 'KeyboardInteractivePrompt.prompt@specs/ssh/userauth.spec:79');
  w.bool(v.echo, 'KeyboardInteractivePrompt.echo@specs/ssh/userauth.spec:80');
}

/** Decode a whole {@link KeyboardInteractivePrompt}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeKeyboardInteractivePrompt(bytes: Uint8Array): KeyboardInteractivePrompt {
  const r = new Reader(bytes);
  const v = readKeyboardInteractivePrompt(r);
  r.done('KeyboardInteractivePrompt@specs/ssh/userauth.spec:81');
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
  const number = r.u8('SSH_MSG_USERAUTH_INFO_REQUEST@specs/ssh/userauth.spec:85');
  if (number !== 60) throw new DecodeError('SSH_MSG_USERAUTH_INFO_REQUEST@specs/ssh/userauth.spec:85', `expected message number 60, got ${number}`);
  const name = r.sshUtf8('SSH_MSG_USERAUTH_INFO_REQUEST.name@specs/ssh/userauth.spec:86');
  const instruction = r.sshUtf8('SSH_MSG_USERAUTH_INFO_REQUEST.instruction@specs/ssh/userauth.spec:87');
  const language_tag = r.sshUtf8('SSH_MSG_USERAUTH_INFO_REQUEST.language_tag@specs/ssh/userauth.spec:88');
  const promptsCount = r.count(r.u32('SSH_MSG_USERAUTH_INFO_REQUEST.prompts@specs/ssh/userauth.spec:89'), 5, 'SSH_MSG_USERAUTH_INFO_REQUEST.prompts@specs/ssh/userauth.spec:89');
  const prompts: KeyboardInteractivePrompt[] = [];
  for (let i = 0; i < promptsCount; i++) prompts.push(readKeyboardInteractivePrompt(r));
  return { name, instruction, language_tag, prompts };
}

/** Write a {@link SSH_MSG_USERAUTH_INFO_REQUEST}. */
export function writeSSH_MSG_USERAUTH_INFO_REQUEST(w: Writer, v: SSH_MSG_USERAUTH_INFO_REQUEST): void {
  w.u8(60, 'SSH_MSG_USERAUTH_INFO_REQUEST@specs/ssh/userauth.spec:85');
  w.sshUtf8(v.name, 'SSH_MSG_USERAUTH_INFO_REQUEST.name@specs/ssh/userauth.spec:86');
  w.sshUtf8(v.instruction, 'SSH_MSG_USERAUTH_INFO_REQUEST.instruction@specs/ssh/userauth.spec:87');
  w.sshUtf8(v.language_tag, 'SSH_MSG_USERAUTH_INFO_REQUEST.language_tag@specs/ssh/userauth.spec:88');
  w.u32(v.prompts.length, 'SSH_MSG_USERAUTH_INFO_REQUEST.prompts@specs/ssh/userauth.spec:89');
  for (const item of v.prompts) writeKeyboardInteractivePrompt(w, item);
}

/** Decode a whole {@link SSH_MSG_USERAUTH_INFO_REQUEST}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_USERAUTH_INFO_REQUEST(bytes: Uint8Array): SSH_MSG_USERAUTH_INFO_REQUEST {
  const r = new Reader(bytes);
  const v = readSSH_MSG_USERAUTH_INFO_REQUEST(r);
  r.done('SSH_MSG_USERAUTH_INFO_REQUEST@specs/ssh/userauth.spec:85');
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
  const number = r.u8('SSH_MSG_USERAUTH_INFO_RESPONSE@specs/ssh/userauth.spec:93');
  if (number !== 61) throw new DecodeError('SSH_MSG_USERAUTH_INFO_RESPONSE@specs/ssh/userauth.spec:93', `expected message number 61, got ${number}`);
  const responsesCount = r.count(r.u32('SSH_MSG_USERAUTH_INFO_RESPONSE.responses@specs/ssh/userauth.spec:94'), 4, 'SSH_MSG_USERAUTH_INFO_RESPONSE.responses@specs/ssh/userauth.spec:94');
  const responses: string[] = [];
  for (let i = 0; i < responsesCount; i++) responses.push(r.sshUtf8('SSH_MSG_USERAUTH_INFO_RESPONSE.responses@specs/ssh/userauth.spec:94'));
  return { responses };
}

/** Write a {@link SSH_MSG_USERAUTH_INFO_RESPONSE}. */
export function writeSSH_MSG_USERAUTH_INFO_RESPONSE(w: Writer, v: SSH_MSG_USERAUTH_INFO_RESPONSE): void {
  w.u8(61, 'SSH_MSG_USERAUTH_INFO_RESPONSE@specs/ssh/userauth.spec:93');
  w.u32(v.responses.length, 'SSH_MSG_USERAUTH_INFO_RESPONSE.responses@specs/ssh/userauth.spec:94');
  for (const item of v.responses) w.sshUtf8(item, 'SSH_MSG_USERAUTH_INFO_RESPONSE.responses@specs/ssh/userauth.spec:94');
}

/** Decode a whole {@link SSH_MSG_USERAUTH_INFO_RESPONSE}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_USERAUTH_INFO_RESPONSE(bytes: Uint8Array): SSH_MSG_USERAUTH_INFO_RESPONSE {
  const r = new Reader(bytes);
  const v = readSSH_MSG_USERAUTH_INFO_RESPONSE(r);
  r.done('SSH_MSG_USERAUTH_INFO_RESPONSE@specs/ssh/userauth.spec:93');
  return v;
}

/** Encode a {@link SSH_MSG_USERAUTH_INFO_RESPONSE}. */
export function encodeSSH_MSG_USERAUTH_INFO_RESPONSE(v: SSH_MSG_USERAUTH_INFO_RESPONSE): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_USERAUTH_INFO_RESPONSE(w, v);
  return w.finish();
}
