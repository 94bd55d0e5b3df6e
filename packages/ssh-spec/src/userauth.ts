// Generated from specs/ssh/userauth.spec by otpnet-gen. Do not edit.
import {
  DecodeError,
  type DecodeLimits,
  EncodeError,
  expectArray,
  expectNoTag,
  expectObject,
  expectTag,
  fields,
  lengthOf,
  nested,
  nestedAt,
  Reader,
  tagFor,
  Writer,
} from '@otpnet/wire';

/**
 * The "none" method has no method-specific fields.
 * @see RFC 4252 §5.2
 */
export interface AuthNone {}

/** What {@link encodeAuthNone} takes: a {@link AuthNone}, where fields with a default may be left out. */
export interface AuthNoneInput {}

/** Read a {@link AuthNone} at the reader's position. */
export function readAuthNone(r: Reader): AuthNone {
  return {};
}

/** Write a {@link AuthNone}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeAuthNone(w: Writer, v: AuthNoneInput): void {
  const f = F.AuthNone;
  expectObject(v, f.$);
}

/**
 * Decode a whole {@link AuthNone}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeAuthNone(bytes: Uint8Array, limits?: DecodeLimits): AuthNone {
  const r = new Reader(bytes, 0, bytes.length, limits, F.AuthNone.$);
  const v = readAuthNone(r);
  r.done(F.AuthNone.$);
  return v;
}

/** Encode a {@link AuthNone}. */
export function encodeAuthNone(v: AuthNoneInput): Uint8Array {
  const w = new Writer();
  writeAuthNone(w, v);
  return w.finish();
}

/** The variants of PasswordRequest.body, keyed by change_password. */
export type PasswordRequestBody =
  | { case: false; value: PasswordRequestFalse }
  | { case: true; value: PasswordRequestTrue };
/** {@link PasswordRequestBody} as an encoder takes it. */
export type PasswordRequestBodyInput =
  | { case: false; value: PasswordRequestFalseInput }
  | { case: true; value: PasswordRequestTrueInput };

/**
 * RFC 4252 section 8. With change_password FALSE the request carries the password; with TRUE,
 * the old password (in the same place) and then the new one.
 * @see RFC 4252 §8
 */
export interface PasswordRequest {
  /** An encoder may leave it out: the case of body fixes it. */
  change_password: boolean;
  /** the old password when change_password is TRUE. */
  password: string;
  body: PasswordRequestBody;
}

/**
 * What {@link encodePasswordRequest} takes: a {@link PasswordRequest}, where fields with a default may be
 * left out.
 */
export interface PasswordRequestInput {
  change_password?: boolean;
  password: string;
  body: PasswordRequestBodyInput;
}

/** Read a {@link PasswordRequest} at the reader's position. */
export function readPasswordRequest(r: Reader): PasswordRequest {
  const f = F.PasswordRequest;
  const change_password = r.bool(f.change_password);
  const password = r.sshUtf8(f.password);
  let body: PasswordRequestBody;
  let bodyArm = '';
  try {
    switch (change_password) {
      case false:
        bodyArm = 'false';
        body = { case: false, value: readPasswordRequestFalse(r) };
        break;
      case true:
        bodyArm = 'true';
        body = { case: true, value: readPasswordRequestTrue(r) };
        break;
      default:
        throw new DecodeError('no_case', f.body, `no case for change_password ${String(change_password)}`);
    }
  } catch (e) {
    throw nested(e, f.body, bodyArm);
  }
  return { change_password, password, body };
}

/**
 * Write a {@link PasswordRequest}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writePasswordRequest(w: Writer, v: PasswordRequestInput): void {
  const f = F.PasswordRequest;
  expectObject(v, f.$);
  const change_password = tagFor(v.change_password, PasswordRequestBodyTags, v.body, f.change_password);
  w.bool(change_password, f.change_password);
  w.sshUtf8(v.password, f.password);
  const bodyValue = expectObject(v.body, f.body);
  let bodyArm = '';
  try {
    switch (bodyValue.case) {
      case false: {
        expectTag(change_password, false, f.body);
        bodyArm = 'false';
        writePasswordRequestFalse(w, bodyValue.value);
        break;
      }
      case true: {
        expectTag(change_password, true, f.body);
        bodyArm = 'true';
        writePasswordRequestTrue(w, bodyValue.value);
        break;
      }
      default:
        throw new EncodeError('no_case', f.body, `no case ${String((bodyValue as { case: unknown }).case)}`);
    }
  } catch (e) {
    throw nested(e, f.body, bodyArm);
  }
}

/**
 * Decode a whole {@link PasswordRequest}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodePasswordRequest(bytes: Uint8Array, limits?: DecodeLimits): PasswordRequest {
  const r = new Reader(bytes, 0, bytes.length, limits, F.PasswordRequest.$);
  const v = readPasswordRequest(r);
  r.done(F.PasswordRequest.$);
  return v;
}

/** Encode a {@link PasswordRequest}. */
export function encodePasswordRequest(v: PasswordRequestInput): Uint8Array {
  const w = new Writer();
  writePasswordRequest(w, v);
  return w.finish();
}

/**
 * The bool arm of PasswordRequest.
 * @see RFC 4252 §8
 */
export interface PasswordRequestFalse {}

/**
 * What {@link encodePasswordRequestFalse} takes: a {@link PasswordRequestFalse}, where fields with a default
 * may be left out.
 */
export interface PasswordRequestFalseInput {}

/** Read a {@link PasswordRequestFalse} at the reader's position. */
export function readPasswordRequestFalse(r: Reader): PasswordRequestFalse {
  return {};
}

/**
 * Write a {@link PasswordRequestFalse}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writePasswordRequestFalse(w: Writer, v: PasswordRequestFalseInput): void {
  const f = F.PasswordRequestFalse;
  expectObject(v, f.$);
}

/**
 * Decode a whole {@link PasswordRequestFalse}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodePasswordRequestFalse(bytes: Uint8Array, limits?: DecodeLimits): PasswordRequestFalse {
  const r = new Reader(bytes, 0, bytes.length, limits, F.PasswordRequestFalse.$);
  const v = readPasswordRequestFalse(r);
  r.done(F.PasswordRequestFalse.$);
  return v;
}

/** Encode a {@link PasswordRequestFalse}. */
export function encodePasswordRequestFalse(v: PasswordRequestFalseInput): Uint8Array {
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

/**
 * What {@link encodePasswordRequestTrue} takes: a {@link PasswordRequestTrue}, where fields with a default
 * may be left out.
 */
export interface PasswordRequestTrueInput {
  new_password: string;
}

/** Read a {@link PasswordRequestTrue} at the reader's position. */
export function readPasswordRequestTrue(r: Reader): PasswordRequestTrue {
  const f = F.PasswordRequestTrue;
  const new_password = r.sshUtf8(f.new_password);
  return { new_password };
}

/**
 * Write a {@link PasswordRequestTrue}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writePasswordRequestTrue(w: Writer, v: PasswordRequestTrueInput): void {
  const f = F.PasswordRequestTrue;
  expectObject(v, f.$);
  w.sshUtf8(v.new_password, f.new_password);
}

/**
 * Decode a whole {@link PasswordRequestTrue}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodePasswordRequestTrue(bytes: Uint8Array, limits?: DecodeLimits): PasswordRequestTrue {
  const r = new Reader(bytes, 0, bytes.length, limits, F.PasswordRequestTrue.$);
  const v = readPasswordRequestTrue(r);
  r.done(F.PasswordRequestTrue.$);
  return v;
}

/** Encode a {@link PasswordRequestTrue}. */
export function encodePasswordRequestTrue(v: PasswordRequestTrueInput): Uint8Array {
  const w = new Writer();
  writePasswordRequestTrue(w, v);
  return w.finish();
}

/** The variants of PublickeyRequest.body, keyed by has_signature. */
export type PublickeyRequestBody =
  | { case: false; value: PublickeyRequestFalse }
  | { case: true; value: PublickeyRequestTrue };
/** {@link PublickeyRequestBody} as an encoder takes it. */
export type PublickeyRequestBodyInput =
  | { case: false; value: PublickeyRequestFalseInput }
  | { case: true; value: PublickeyRequestTrueInput };

/**
 * RFC 4252 section 7. Without a signature (has_signature FALSE) the client asks whether the key
 * would be acceptable; with TRUE, the signature over the session identifier and the request follows.
 * @see RFC 4252 §7
 */
export interface PublickeyRequest {
  /** An encoder may leave it out: the case of body fixes it. */
  has_signature: boolean;
  /** e.g. "ssh-ed25519", "rsa-sha2-256". */
  public_key_algorithm_name: string;
  public_key_blob: Uint8Array;
  body: PublickeyRequestBody;
}

/**
 * What {@link encodePublickeyRequest} takes: a {@link PublickeyRequest}, where fields with a default may be
 * left out.
 */
export interface PublickeyRequestInput {
  has_signature?: boolean;
  public_key_algorithm_name: string;
  public_key_blob: Uint8Array;
  body: PublickeyRequestBodyInput;
}

/** Read a {@link PublickeyRequest} at the reader's position. */
export function readPublickeyRequest(r: Reader): PublickeyRequest {
  const f = F.PublickeyRequest;
  const has_signature = r.bool(f.has_signature);
  const public_key_algorithm_name = r.sshUtf8(f.public_key_algorithm_name);
  const public_key_blob = r.sshString(f.public_key_blob);
  let body: PublickeyRequestBody;
  let bodyArm = '';
  try {
    switch (has_signature) {
      case false:
        bodyArm = 'false';
        body = { case: false, value: readPublickeyRequestFalse(r) };
        break;
      case true:
        bodyArm = 'true';
        body = { case: true, value: readPublickeyRequestTrue(r) };
        break;
      default:
        throw new DecodeError('no_case', f.body, `no case for has_signature ${String(has_signature)}`);
    }
  } catch (e) {
    throw nested(e, f.body, bodyArm);
  }
  return { has_signature, public_key_algorithm_name, public_key_blob, body };
}

/**
 * Write a {@link PublickeyRequest}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writePublickeyRequest(w: Writer, v: PublickeyRequestInput): void {
  const f = F.PublickeyRequest;
  expectObject(v, f.$);
  const has_signature = tagFor(v.has_signature, PublickeyRequestBodyTags, v.body, f.has_signature);
  w.bool(has_signature, f.has_signature);
  w.sshUtf8(v.public_key_algorithm_name, f.public_key_algorithm_name);
  w.sshString(v.public_key_blob, f.public_key_blob);
  const bodyValue = expectObject(v.body, f.body);
  let bodyArm = '';
  try {
    switch (bodyValue.case) {
      case false: {
        expectTag(has_signature, false, f.body);
        bodyArm = 'false';
        writePublickeyRequestFalse(w, bodyValue.value);
        break;
      }
      case true: {
        expectTag(has_signature, true, f.body);
        bodyArm = 'true';
        writePublickeyRequestTrue(w, bodyValue.value);
        break;
      }
      default:
        throw new EncodeError('no_case', f.body, `no case ${String((bodyValue as { case: unknown }).case)}`);
    }
  } catch (e) {
    throw nested(e, f.body, bodyArm);
  }
}

/**
 * Decode a whole {@link PublickeyRequest}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodePublickeyRequest(bytes: Uint8Array, limits?: DecodeLimits): PublickeyRequest {
  const r = new Reader(bytes, 0, bytes.length, limits, F.PublickeyRequest.$);
  const v = readPublickeyRequest(r);
  r.done(F.PublickeyRequest.$);
  return v;
}

/** Encode a {@link PublickeyRequest}. */
export function encodePublickeyRequest(v: PublickeyRequestInput): Uint8Array {
  const w = new Writer();
  writePublickeyRequest(w, v);
  return w.finish();
}

/**
 * The bool arm of PublickeyRequest.
 * @see RFC 4252 §7
 */
export interface PublickeyRequestFalse {}

/**
 * What {@link encodePublickeyRequestFalse} takes: a {@link PublickeyRequestFalse}, where fields with a
 * default may be left out.
 */
export interface PublickeyRequestFalseInput {}

/** Read a {@link PublickeyRequestFalse} at the reader's position. */
export function readPublickeyRequestFalse(r: Reader): PublickeyRequestFalse {
  return {};
}

/**
 * Write a {@link PublickeyRequestFalse}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writePublickeyRequestFalse(w: Writer, v: PublickeyRequestFalseInput): void {
  const f = F.PublickeyRequestFalse;
  expectObject(v, f.$);
}

/**
 * Decode a whole {@link PublickeyRequestFalse}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodePublickeyRequestFalse(bytes: Uint8Array, limits?: DecodeLimits): PublickeyRequestFalse {
  const r = new Reader(bytes, 0, bytes.length, limits, F.PublickeyRequestFalse.$);
  const v = readPublickeyRequestFalse(r);
  r.done(F.PublickeyRequestFalse.$);
  return v;
}

/** Encode a {@link PublickeyRequestFalse}. */
export function encodePublickeyRequestFalse(v: PublickeyRequestFalseInput): Uint8Array {
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

/**
 * What {@link encodePublickeyRequestTrue} takes: a {@link PublickeyRequestTrue}, where fields with a default
 * may be left out.
 */
export interface PublickeyRequestTrueInput {
  signature: Uint8Array;
}

/** Read a {@link PublickeyRequestTrue} at the reader's position. */
export function readPublickeyRequestTrue(r: Reader): PublickeyRequestTrue {
  const f = F.PublickeyRequestTrue;
  const signature = r.sshString(f.signature);
  return { signature };
}

/**
 * Write a {@link PublickeyRequestTrue}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writePublickeyRequestTrue(w: Writer, v: PublickeyRequestTrueInput): void {
  const f = F.PublickeyRequestTrue;
  expectObject(v, f.$);
  w.sshString(v.signature, f.signature);
}

/**
 * Decode a whole {@link PublickeyRequestTrue}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodePublickeyRequestTrue(bytes: Uint8Array, limits?: DecodeLimits): PublickeyRequestTrue {
  const r = new Reader(bytes, 0, bytes.length, limits, F.PublickeyRequestTrue.$);
  const v = readPublickeyRequestTrue(r);
  r.done(F.PublickeyRequestTrue.$);
  return v;
}

/** Encode a {@link PublickeyRequestTrue}. */
export function encodePublickeyRequestTrue(v: PublickeyRequestTrueInput): Uint8Array {
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

/**
 * What {@link encodeKeyboardInteractiveRequest} takes: a {@link KeyboardInteractiveRequest}, where fields
 * with a default may be left out.
 */
export interface KeyboardInteractiveRequestInput {
  language_tag: string;
  submethods: readonly string[];
}

/** Read a {@link KeyboardInteractiveRequest} at the reader's position. */
export function readKeyboardInteractiveRequest(r: Reader): KeyboardInteractiveRequest {
  const f = F.KeyboardInteractiveRequest;
  const language_tag = r.sshUtf8(f.language_tag);
  const submethods = r.nameList(f.submethods);
  return { language_tag, submethods };
}

/**
 * Write a {@link KeyboardInteractiveRequest}; throws EncodeError naming the field for a value the spec does
 * not allow.
 */
export function writeKeyboardInteractiveRequest(w: Writer, v: KeyboardInteractiveRequestInput): void {
  const f = F.KeyboardInteractiveRequest;
  expectObject(v, f.$);
  w.sshUtf8(v.language_tag, f.language_tag);
  w.nameList(v.submethods, f.submethods);
}

/**
 * Decode a whole {@link KeyboardInteractiveRequest}: trailing bytes are an error. Opaque fields are views
 * into `bytes`; `limits` bound what one decode may cost.
 */
export function decodeKeyboardInteractiveRequest(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): KeyboardInteractiveRequest {
  const r = new Reader(bytes, 0, bytes.length, limits, F.KeyboardInteractiveRequest.$);
  const v = readKeyboardInteractiveRequest(r);
  r.done(F.KeyboardInteractiveRequest.$);
  return v;
}

/** Encode a {@link KeyboardInteractiveRequest}. */
export function encodeKeyboardInteractiveRequest(v: KeyboardInteractiveRequestInput): Uint8Array {
  const w = new Writer();
  writeKeyboardInteractiveRequest(w, v);
  return w.finish();
}

/** The variants of SSH_MSG_USERAUTH_REQUEST.method_specific_fields, keyed by method_name. */
export type UserauthRequestFields =
  | { case: 'none'; value: AuthNone }
  | { case: 'password'; value: PasswordRequest }
  | { case: 'publickey'; value: PublickeyRequest }
  | { case: 'keyboard-interactive'; value: KeyboardInteractiveRequest }
  | { case: undefined; value: Uint8Array };
/** {@link UserauthRequestFields} as an encoder takes it. */
export type UserauthRequestFieldsInput =
  | { case: 'none'; value: AuthNoneInput }
  | { case: 'password'; value: PasswordRequestInput }
  | { case: 'publickey'; value: PublickeyRequestInput }
  | { case: 'keyboard-interactive'; value: KeyboardInteractiveRequestInput }
  | { case: undefined; value: Uint8Array };

/**
 * Message number 50.
 * @see RFC 4252 §5
 */
export interface SSH_MSG_USERAUTH_REQUEST {
  user_name: string;
  /** "ssh-connection". */
  service_name: string;
  /** An encoder may leave it out: the case of method_specific_fields fixes it. */
  method_name: string;
  method_specific_fields: UserauthRequestFields;
}

/**
 * What {@link encodeSSH_MSG_USERAUTH_REQUEST} takes: a {@link SSH_MSG_USERAUTH_REQUEST}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_USERAUTH_REQUESTInput {
  user_name: string;
  service_name: string;
  method_name?: string;
  method_specific_fields: UserauthRequestFieldsInput;
}

/** The message number of {@link SSH_MSG_USERAUTH_REQUEST}. */
export const SSH_MSG_USERAUTH_REQUEST_NUMBER = 50;

/** Read a {@link SSH_MSG_USERAUTH_REQUEST} at the reader's position. */
export function readSSH_MSG_USERAUTH_REQUEST(r: Reader): SSH_MSG_USERAUTH_REQUEST {
  const f = F.SSH_MSG_USERAUTH_REQUEST;
  r.messageNumber(50, f.$);
  const user_name = r.sshUtf8(f.user_name);
  const service_name = r.sshUtf8(f.service_name);
  const method_name = r.sshUtf8(f.method_name);
  let method_specific_fields: UserauthRequestFields;
  let method_specific_fieldsArm = '';
  try {
    switch (method_name) {
      case 'none':
        method_specific_fieldsArm = 'none';
        method_specific_fields = { case: 'none', value: readAuthNone(r) };
        break;
      case 'password':
        method_specific_fieldsArm = 'password';
        method_specific_fields = { case: 'password', value: readPasswordRequest(r) };
        break;
      case 'publickey':
        method_specific_fieldsArm = 'publickey';
        method_specific_fields = { case: 'publickey', value: readPublickeyRequest(r) };
        break;
      case 'keyboard-interactive':
        method_specific_fieldsArm = 'keyboard-interactive';
        method_specific_fields = { case: 'keyboard-interactive', value: readKeyboardInteractiveRequest(r) };
        break;
      default:
        method_specific_fields = { case: undefined, value: r.rest() };
    }
  } catch (e) {
    throw nested(e, f.method_specific_fields, method_specific_fieldsArm);
  }
  return { user_name, service_name, method_name, method_specific_fields };
}

/**
 * Write a {@link SSH_MSG_USERAUTH_REQUEST}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_USERAUTH_REQUEST(w: Writer, v: SSH_MSG_USERAUTH_REQUESTInput): void {
  const f = F.SSH_MSG_USERAUTH_REQUEST;
  expectObject(v, f.$);
  w.u8(50, f.$);
  w.sshUtf8(v.user_name, f.user_name);
  w.sshUtf8(v.service_name, f.service_name);
  const method_name = tagFor(
    v.method_name,
    UserauthRequestFieldsTags,
    v.method_specific_fields,
    f.method_name,
  );
  w.sshUtf8(method_name, f.method_name);
  const method_specific_fieldsValue = expectObject(v.method_specific_fields, f.method_specific_fields);
  let method_specific_fieldsArm = '';
  try {
    switch (method_specific_fieldsValue.case) {
      case 'none': {
        expectTag(method_name, 'none', f.method_specific_fields);
        method_specific_fieldsArm = 'none';
        writeAuthNone(w, method_specific_fieldsValue.value);
        break;
      }
      case 'password': {
        expectTag(method_name, 'password', f.method_specific_fields);
        method_specific_fieldsArm = 'password';
        writePasswordRequest(w, method_specific_fieldsValue.value);
        break;
      }
      case 'publickey': {
        expectTag(method_name, 'publickey', f.method_specific_fields);
        method_specific_fieldsArm = 'publickey';
        writePublickeyRequest(w, method_specific_fieldsValue.value);
        break;
      }
      case 'keyboard-interactive': {
        expectTag(method_name, 'keyboard-interactive', f.method_specific_fields);
        method_specific_fieldsArm = 'keyboard-interactive';
        writeKeyboardInteractiveRequest(w, method_specific_fieldsValue.value);
        break;
      }
      case undefined:
        expectNoTag(method_name, UserauthRequestFieldsTags, f.method_specific_fields);
        w.raw(method_specific_fieldsValue.value, f.method_specific_fields);
        break;
      default:
        throw new EncodeError(
          'no_case',
          f.method_specific_fields,
          `no case ${String((method_specific_fieldsValue as { case: unknown }).case)}`,
        );
    }
  } catch (e) {
    throw nested(e, f.method_specific_fields, method_specific_fieldsArm);
  }
}

/**
 * Decode a whole {@link SSH_MSG_USERAUTH_REQUEST}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_USERAUTH_REQUEST(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_USERAUTH_REQUEST {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_USERAUTH_REQUEST.$);
  const v = readSSH_MSG_USERAUTH_REQUEST(r);
  r.done(F.SSH_MSG_USERAUTH_REQUEST.$);
  return v;
}

/** Encode a {@link SSH_MSG_USERAUTH_REQUEST}. */
export function encodeSSH_MSG_USERAUTH_REQUEST(v: SSH_MSG_USERAUTH_REQUESTInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_USERAUTH_FAILURE} takes: a {@link SSH_MSG_USERAUTH_FAILURE}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_USERAUTH_FAILUREInput {
  authentications_that_can_continue: readonly string[];
  partial_success: boolean;
}

/** The message number of {@link SSH_MSG_USERAUTH_FAILURE}. */
export const SSH_MSG_USERAUTH_FAILURE_NUMBER = 51;

/** Read a {@link SSH_MSG_USERAUTH_FAILURE} at the reader's position. */
export function readSSH_MSG_USERAUTH_FAILURE(r: Reader): SSH_MSG_USERAUTH_FAILURE {
  const f = F.SSH_MSG_USERAUTH_FAILURE;
  r.messageNumber(51, f.$);
  const authentications_that_can_continue = r.nameList(f.authentications_that_can_continue);
  const partial_success = r.bool(f.partial_success);
  return { authentications_that_can_continue, partial_success };
}

/**
 * Write a {@link SSH_MSG_USERAUTH_FAILURE}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_USERAUTH_FAILURE(w: Writer, v: SSH_MSG_USERAUTH_FAILUREInput): void {
  const f = F.SSH_MSG_USERAUTH_FAILURE;
  expectObject(v, f.$);
  w.u8(51, f.$);
  w.nameList(v.authentications_that_can_continue, f.authentications_that_can_continue);
  w.bool(v.partial_success, f.partial_success);
}

/**
 * Decode a whole {@link SSH_MSG_USERAUTH_FAILURE}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_USERAUTH_FAILURE(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_USERAUTH_FAILURE {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_USERAUTH_FAILURE.$);
  const v = readSSH_MSG_USERAUTH_FAILURE(r);
  r.done(F.SSH_MSG_USERAUTH_FAILURE.$);
  return v;
}

/** Encode a {@link SSH_MSG_USERAUTH_FAILURE}. */
export function encodeSSH_MSG_USERAUTH_FAILURE(v: SSH_MSG_USERAUTH_FAILUREInput): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_USERAUTH_FAILURE(w, v);
  return w.finish();
}

/**
 * Message number 52.
 * @see RFC 4252 §5.1
 */
export interface SSH_MSG_USERAUTH_SUCCESS {}

/**
 * What {@link encodeSSH_MSG_USERAUTH_SUCCESS} takes: a {@link SSH_MSG_USERAUTH_SUCCESS}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_USERAUTH_SUCCESSInput {}

/** The message number of {@link SSH_MSG_USERAUTH_SUCCESS}. */
export const SSH_MSG_USERAUTH_SUCCESS_NUMBER = 52;

/** Read a {@link SSH_MSG_USERAUTH_SUCCESS} at the reader's position. */
export function readSSH_MSG_USERAUTH_SUCCESS(r: Reader): SSH_MSG_USERAUTH_SUCCESS {
  const f = F.SSH_MSG_USERAUTH_SUCCESS;
  r.messageNumber(52, f.$);
  return {};
}

/**
 * Write a {@link SSH_MSG_USERAUTH_SUCCESS}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_USERAUTH_SUCCESS(w: Writer, v: SSH_MSG_USERAUTH_SUCCESSInput): void {
  const f = F.SSH_MSG_USERAUTH_SUCCESS;
  expectObject(v, f.$);
  w.u8(52, f.$);
}

/**
 * Decode a whole {@link SSH_MSG_USERAUTH_SUCCESS}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_USERAUTH_SUCCESS(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_USERAUTH_SUCCESS {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_USERAUTH_SUCCESS.$);
  const v = readSSH_MSG_USERAUTH_SUCCESS(r);
  r.done(F.SSH_MSG_USERAUTH_SUCCESS.$);
  return v;
}

/** Encode a {@link SSH_MSG_USERAUTH_SUCCESS}. */
export function encodeSSH_MSG_USERAUTH_SUCCESS(v: SSH_MSG_USERAUTH_SUCCESSInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_USERAUTH_BANNER} takes: a {@link SSH_MSG_USERAUTH_BANNER}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_USERAUTH_BANNERInput {
  message: string;
  language_tag: string;
}

/** The message number of {@link SSH_MSG_USERAUTH_BANNER}. */
export const SSH_MSG_USERAUTH_BANNER_NUMBER = 53;

/** Read a {@link SSH_MSG_USERAUTH_BANNER} at the reader's position. */
export function readSSH_MSG_USERAUTH_BANNER(r: Reader): SSH_MSG_USERAUTH_BANNER {
  const f = F.SSH_MSG_USERAUTH_BANNER;
  r.messageNumber(53, f.$);
  const message = r.sshUtf8(f.message);
  const language_tag = r.sshUtf8(f.language_tag);
  return { message, language_tag };
}

/**
 * Write a {@link SSH_MSG_USERAUTH_BANNER}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_USERAUTH_BANNER(w: Writer, v: SSH_MSG_USERAUTH_BANNERInput): void {
  const f = F.SSH_MSG_USERAUTH_BANNER;
  expectObject(v, f.$);
  w.u8(53, f.$);
  w.sshUtf8(v.message, f.message);
  w.sshUtf8(v.language_tag, f.language_tag);
}

/**
 * Decode a whole {@link SSH_MSG_USERAUTH_BANNER}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_USERAUTH_BANNER(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_USERAUTH_BANNER {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_USERAUTH_BANNER.$);
  const v = readSSH_MSG_USERAUTH_BANNER(r);
  r.done(F.SSH_MSG_USERAUTH_BANNER.$);
  return v;
}

/** Encode a {@link SSH_MSG_USERAUTH_BANNER}. */
export function encodeSSH_MSG_USERAUTH_BANNER(v: SSH_MSG_USERAUTH_BANNERInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_USERAUTH_PK_OK} takes: a {@link SSH_MSG_USERAUTH_PK_OK}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_USERAUTH_PK_OKInput {
  public_key_algorithm_name: string;
  public_key_blob: Uint8Array;
}

/** The message number of {@link SSH_MSG_USERAUTH_PK_OK}. */
export const SSH_MSG_USERAUTH_PK_OK_NUMBER = 60;

/** Read a {@link SSH_MSG_USERAUTH_PK_OK} at the reader's position. */
export function readSSH_MSG_USERAUTH_PK_OK(r: Reader): SSH_MSG_USERAUTH_PK_OK {
  const f = F.SSH_MSG_USERAUTH_PK_OK;
  r.messageNumber(60, f.$);
  const public_key_algorithm_name = r.sshUtf8(f.public_key_algorithm_name);
  const public_key_blob = r.sshString(f.public_key_blob);
  return { public_key_algorithm_name, public_key_blob };
}

/**
 * Write a {@link SSH_MSG_USERAUTH_PK_OK}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_USERAUTH_PK_OK(w: Writer, v: SSH_MSG_USERAUTH_PK_OKInput): void {
  const f = F.SSH_MSG_USERAUTH_PK_OK;
  expectObject(v, f.$);
  w.u8(60, f.$);
  w.sshUtf8(v.public_key_algorithm_name, f.public_key_algorithm_name);
  w.sshString(v.public_key_blob, f.public_key_blob);
}

/**
 * Decode a whole {@link SSH_MSG_USERAUTH_PK_OK}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_USERAUTH_PK_OK(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_USERAUTH_PK_OK {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_USERAUTH_PK_OK.$);
  const v = readSSH_MSG_USERAUTH_PK_OK(r);
  r.done(F.SSH_MSG_USERAUTH_PK_OK.$);
  return v;
}

/** Encode a {@link SSH_MSG_USERAUTH_PK_OK}. */
export function encodeSSH_MSG_USERAUTH_PK_OK(v: SSH_MSG_USERAUTH_PK_OKInput): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_USERAUTH_PK_OK(w, v);
  return w.finish();
}

/**
 * The server's answer to a password request when the password has expired (RFC 4252 8).
 * Message number 60.
 * @see RFC 4252 §8
 */
export interface SSH_MSG_USERAUTH_PASSWD_CHANGEREQ {
  prompt: string;
  language_tag: string;
}

/**
 * What {@link encodeSSH_MSG_USERAUTH_PASSWD_CHANGEREQ} takes: a {@link SSH_MSG_USERAUTH_PASSWD_CHANGEREQ},
 * where fields with a default may be left out.
 */
export interface SSH_MSG_USERAUTH_PASSWD_CHANGEREQInput {
  prompt: string;
  language_tag: string;
}

/** The message number of {@link SSH_MSG_USERAUTH_PASSWD_CHANGEREQ}. */
export const SSH_MSG_USERAUTH_PASSWD_CHANGEREQ_NUMBER = 60;

/** Read a {@link SSH_MSG_USERAUTH_PASSWD_CHANGEREQ} at the reader's position. */
export function readSSH_MSG_USERAUTH_PASSWD_CHANGEREQ(r: Reader): SSH_MSG_USERAUTH_PASSWD_CHANGEREQ {
  const f = F.SSH_MSG_USERAUTH_PASSWD_CHANGEREQ;
  r.messageNumber(60, f.$);
  const prompt = r.sshUtf8(f.prompt);
  const language_tag = r.sshUtf8(f.language_tag);
  return { prompt, language_tag };
}

/**
 * Write a {@link SSH_MSG_USERAUTH_PASSWD_CHANGEREQ}; throws EncodeError naming the field for a value the spec
 * does not allow.
 */
export function writeSSH_MSG_USERAUTH_PASSWD_CHANGEREQ(
  w: Writer,
  v: SSH_MSG_USERAUTH_PASSWD_CHANGEREQInput,
): void {
  const f = F.SSH_MSG_USERAUTH_PASSWD_CHANGEREQ;
  expectObject(v, f.$);
  w.u8(60, f.$);
  w.sshUtf8(v.prompt, f.prompt);
  w.sshUtf8(v.language_tag, f.language_tag);
}

/**
 * Decode a whole {@link SSH_MSG_USERAUTH_PASSWD_CHANGEREQ}: trailing bytes are an error. Opaque fields are
 * views into `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_USERAUTH_PASSWD_CHANGEREQ(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_USERAUTH_PASSWD_CHANGEREQ {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_USERAUTH_PASSWD_CHANGEREQ.$);
  const v = readSSH_MSG_USERAUTH_PASSWD_CHANGEREQ(r);
  r.done(F.SSH_MSG_USERAUTH_PASSWD_CHANGEREQ.$);
  return v;
}

/** Encode a {@link SSH_MSG_USERAUTH_PASSWD_CHANGEREQ}. */
export function encodeSSH_MSG_USERAUTH_PASSWD_CHANGEREQ(
  v: SSH_MSG_USERAUTH_PASSWD_CHANGEREQInput,
): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_USERAUTH_PASSWD_CHANGEREQ(w, v);
  return w.finish();
}

/** @see RFC 4256 §3.2 */
export interface KeyboardInteractivePrompt {
  prompt: string;
  /** whether the user's answer may be shown. */
  echo: boolean;
}

/**
 * What {@link encodeKeyboardInteractivePrompt} takes: a {@link KeyboardInteractivePrompt}, where fields with
 * a default may be left out.
 */
export interface KeyboardInteractivePromptInput {
  prompt: string;
  echo: boolean;
}

/** Read a {@link KeyboardInteractivePrompt} at the reader's position. */
export function readKeyboardInteractivePrompt(r: Reader): KeyboardInteractivePrompt {
  const f = F.KeyboardInteractivePrompt;
  const prompt = r.sshUtf8(f.prompt);
  const echo = r.bool(f.echo);
  return { prompt, echo };
}

/**
 * Write a {@link KeyboardInteractivePrompt}; throws EncodeError naming the field for a value the spec does
 * not allow.
 */
export function writeKeyboardInteractivePrompt(w: Writer, v: KeyboardInteractivePromptInput): void {
  const f = F.KeyboardInteractivePrompt;
  expectObject(v, f.$);
  w.sshUtf8(v.prompt, f.prompt);
  w.bool(v.echo, f.echo);
}

/**
 * Decode a whole {@link KeyboardInteractivePrompt}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeKeyboardInteractivePrompt(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): KeyboardInteractivePrompt {
  const r = new Reader(bytes, 0, bytes.length, limits, F.KeyboardInteractivePrompt.$);
  const v = readKeyboardInteractivePrompt(r);
  r.done(F.KeyboardInteractivePrompt.$);
  return v;
}

/** Encode a {@link KeyboardInteractivePrompt}. */
export function encodeKeyboardInteractivePrompt(v: KeyboardInteractivePromptInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_USERAUTH_INFO_REQUEST} takes: a {@link SSH_MSG_USERAUTH_INFO_REQUEST}, where
 * fields with a default may be left out.
 */
export interface SSH_MSG_USERAUTH_INFO_REQUESTInput {
  name: string;
  instruction: string;
  language_tag: string;
  prompts: readonly KeyboardInteractivePromptInput[];
}

/** The message number of {@link SSH_MSG_USERAUTH_INFO_REQUEST}. */
export const SSH_MSG_USERAUTH_INFO_REQUEST_NUMBER = 60;

/** Read a {@link SSH_MSG_USERAUTH_INFO_REQUEST} at the reader's position. */
export function readSSH_MSG_USERAUTH_INFO_REQUEST(r: Reader): SSH_MSG_USERAUTH_INFO_REQUEST {
  const f = F.SSH_MSG_USERAUTH_INFO_REQUEST;
  r.messageNumber(60, f.$);
  const name = r.sshUtf8(f.name);
  const instruction = r.sshUtf8(f.instruction);
  const language_tag = r.sshUtf8(f.language_tag);
  const promptsCount = r.count(r.u32(f.prompts), 5, f.prompts);
  const prompts: KeyboardInteractivePrompt[] = [];
  try {
    for (let i = 0; i < promptsCount; i++) prompts.push(readKeyboardInteractivePrompt(r));
  } catch (e) {
    throw nestedAt(e, f.prompts, prompts.length);
  }
  return { name, instruction, language_tag, prompts };
}

/**
 * Write a {@link SSH_MSG_USERAUTH_INFO_REQUEST}; throws EncodeError naming the field for a value the spec
 * does not allow.
 */
export function writeSSH_MSG_USERAUTH_INFO_REQUEST(w: Writer, v: SSH_MSG_USERAUTH_INFO_REQUESTInput): void {
  const f = F.SSH_MSG_USERAUTH_INFO_REQUEST;
  expectObject(v, f.$);
  w.u8(60, f.$);
  w.sshUtf8(v.name, f.name);
  w.sshUtf8(v.instruction, f.instruction);
  w.sshUtf8(v.language_tag, f.language_tag);
  w.u32(lengthOf(v.prompts, f.prompts), f.prompts);
  const promptsItems = expectArray(v.prompts, f.prompts);
  let promptsI = 0;
  try {
    for (; promptsI < promptsItems.length; promptsI++)
      writeKeyboardInteractivePrompt(w, promptsItems[promptsI]!);
  } catch (e) {
    throw nestedAt(e, f.prompts, promptsI);
  }
}

/**
 * Decode a whole {@link SSH_MSG_USERAUTH_INFO_REQUEST}: trailing bytes are an error. Opaque fields are views
 * into `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_USERAUTH_INFO_REQUEST(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_USERAUTH_INFO_REQUEST {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_USERAUTH_INFO_REQUEST.$);
  const v = readSSH_MSG_USERAUTH_INFO_REQUEST(r);
  r.done(F.SSH_MSG_USERAUTH_INFO_REQUEST.$);
  return v;
}

/** Encode a {@link SSH_MSG_USERAUTH_INFO_REQUEST}. */
export function encodeSSH_MSG_USERAUTH_INFO_REQUEST(v: SSH_MSG_USERAUTH_INFO_REQUESTInput): Uint8Array {
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

/**
 * What {@link encodeSSH_MSG_USERAUTH_INFO_RESPONSE} takes: a {@link SSH_MSG_USERAUTH_INFO_RESPONSE}, where
 * fields with a default may be left out.
 */
export interface SSH_MSG_USERAUTH_INFO_RESPONSEInput {
  responses: readonly string[];
}

/** The message number of {@link SSH_MSG_USERAUTH_INFO_RESPONSE}. */
export const SSH_MSG_USERAUTH_INFO_RESPONSE_NUMBER = 61;

/** Read a {@link SSH_MSG_USERAUTH_INFO_RESPONSE} at the reader's position. */
export function readSSH_MSG_USERAUTH_INFO_RESPONSE(r: Reader): SSH_MSG_USERAUTH_INFO_RESPONSE {
  const f = F.SSH_MSG_USERAUTH_INFO_RESPONSE;
  r.messageNumber(61, f.$);
  const responsesCount = r.count(r.u32(f.responses), 4, f.responses);
  const responses: string[] = [];
  for (let i = 0; i < responsesCount; i++) responses.push(r.sshUtf8(f.responses));
  return { responses };
}

/**
 * Write a {@link SSH_MSG_USERAUTH_INFO_RESPONSE}; throws EncodeError naming the field for a value the spec
 * does not allow.
 */
export function writeSSH_MSG_USERAUTH_INFO_RESPONSE(w: Writer, v: SSH_MSG_USERAUTH_INFO_RESPONSEInput): void {
  const f = F.SSH_MSG_USERAUTH_INFO_RESPONSE;
  expectObject(v, f.$);
  w.u8(61, f.$);
  w.u32(lengthOf(v.responses, f.responses), f.responses);
  for (const item of expectArray(v.responses, f.responses)) {
    w.sshUtf8(item, f.responses);
  }
}

/**
 * Decode a whole {@link SSH_MSG_USERAUTH_INFO_RESPONSE}: trailing bytes are an error. Opaque fields are views
 * into `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_USERAUTH_INFO_RESPONSE(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_USERAUTH_INFO_RESPONSE {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_USERAUTH_INFO_RESPONSE.$);
  const v = readSSH_MSG_USERAUTH_INFO_RESPONSE(r);
  r.done(F.SSH_MSG_USERAUTH_INFO_RESPONSE.$);
  return v;
}

/** Encode a {@link SSH_MSG_USERAUTH_INFO_RESPONSE}. */
export function encodeSSH_MSG_USERAUTH_INFO_RESPONSE(v: SSH_MSG_USERAUTH_INFO_RESPONSEInput): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_USERAUTH_INFO_RESPONSE(w, v);
  return w.finish();
}

/** Where each field is in specs/ssh/userauth.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/ssh/userauth.spec', {
  AuthNone: {
    $: 9,
  },
  PasswordRequest: {
    $: 23,
    change_password: 17,
    password: 18,
    body: 19,
  },
  PasswordRequestFalse: {
    $: 20,
  },
  PasswordRequestTrue: {
    $: 21,
    new_password: 21,
  },
  PublickeyRequest: {
    $: 38,
    has_signature: 31,
    public_key_algorithm_name: 32,
    public_key_blob: 33,
    body: 34,
  },
  PublickeyRequestFalse: {
    $: 35,
  },
  PublickeyRequestTrue: {
    $: 36,
    signature: 36,
  },
  KeyboardInteractiveRequest: {
    $: 44,
    language_tag: 42,
    submethods: 43,
  },
  SSH_MSG_USERAUTH_REQUEST: {
    $: 47,
    user_name: 48,
    service_name: 49,
    method_name: 50,
    method_specific_fields: 57,
  },
  SSH_MSG_USERAUTH_FAILURE: {
    $: 61,
    authentications_that_can_continue: 62,
    partial_success: 63,
  },
  SSH_MSG_USERAUTH_SUCCESS: {
    $: 67,
  },
  SSH_MSG_USERAUTH_BANNER: {
    $: 71,
    message: 72,
    language_tag: 73,
  },
  SSH_MSG_USERAUTH_PK_OK: {
    $: 77,
    public_key_algorithm_name: 78,
    public_key_blob: 79,
  },
  SSH_MSG_USERAUTH_PASSWD_CHANGEREQ: {
    $: 84,
    prompt: 85,
    language_tag: 86,
  },
  KeyboardInteractivePrompt: {
    $: 93,
    prompt: 91,
    echo: 92,
  },
  SSH_MSG_USERAUTH_INFO_REQUEST: {
    $: 97,
    name: 98,
    instruction: 99,
    language_tag: 100,
    prompts: 101,
  },
  SSH_MSG_USERAUTH_INFO_RESPONSE: {
    $: 105,
    responses: 106,
  },
});
/** The body case -> change_password: filled in when an encoder's input leaves it out. */
const PasswordRequestBodyTags = { false: false, true: true } as const;
/** The body case -> has_signature: filled in when an encoder's input leaves it out. */
const PublickeyRequestBodyTags = { false: false, true: true } as const;
/** The method_specific_fields case -> method_name: filled in when an encoder's input leaves it out. */
const UserauthRequestFieldsTags = {
  none: 'none',
  password: 'password',
  publickey: 'publickey',
  'keyboard-interactive': 'keyboard-interactive',
} as const;
