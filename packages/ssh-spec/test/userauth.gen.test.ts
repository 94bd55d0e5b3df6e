// Generated from specs/ssh/userauth.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsEnforced, decodesSafely, noStrictPrefix, roundTrip, type Types } from '@otpnet/test-support/spec-properties';
import * as M from '../src/userauth.js';

const types: Types = { "AuthNone": { "params": [], "fields": [], "recursive": false, "openTail": false, "contexts": [] }, "KeyboardInteractivePrompt": { "params": [], "fields": [{ "name": "prompt", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "echo", "shape": { "k": "one" }, "elem": { "t": "bool" } }], "recursive": false, "openTail": false, "contexts": [] }, "KeyboardInteractiveRequest": { "params": [], "fields": [{ "name": "language_tag", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "submethods", "shape": { "k": "one" }, "elem": { "t": "nameList" } }], "recursive": false, "openTail": false, "contexts": [] }, "PasswordRequest": { "params": [], "fields": [{ "name": "change_password", "shape": { "k": "one" }, "elem": { "t": "bool" } }, { "name": "password", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "body", "shape": { "k": "one" }, "select": { "tag": "change_password", "param": false, "cases": [{ "tag": false, "case": false, "elem": { "t": "struct", "name": "PasswordRequestFalse" } }, { "tag": true, "case": true, "elem": { "t": "struct", "name": "PasswordRequestTrue" } }] } }], "recursive": false, "openTail": false, "contexts": [] }, "PasswordRequestFalse": { "params": [], "fields": [], "recursive": false, "openTail": false, "contexts": [] }, "PasswordRequestTrue": { "params": [], "fields": [{ "name": "new_password", "shape": { "k": "one" }, "elem": { "t": "utf8" } }], "recursive": false, "openTail": false, "contexts": [] }, "PublickeyRequest": { "params": [], "fields": [{ "name": "has_signature", "shape": { "k": "one" }, "elem": { "t": "bool" } }, { "name": "public_key_algorithm_name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "public_key_blob", "shape": { "k": "one" }, "elem": { "t": "sshString" } }, { "name": "body", "shape": { "k": "one" }, "select": { "tag": "has_signature", "param": false, "cases": [{ "tag": false, "case": false, "elem": { "t": "struct", "name": "PublickeyRequestFalse" } }, { "tag": true, "case": true, "elem": { "t": "struct", "name": "PublickeyRequestTrue" } }] } }], "recursive": false, "openTail": false, "contexts": [] }, "PublickeyRequestFalse": { "params": [], "fields": [], "recursive": false, "openTail": false, "contexts": [] }, "PublickeyRequestTrue": { "params": [], "fields": [{ "name": "signature", "shape": { "k": "one" }, "elem": { "t": "sshString" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_USERAUTH_BANNER": { "params": [], "fields": [{ "name": "message", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "language_tag", "shape": { "k": "one" }, "elem": { "t": "utf8" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_USERAUTH_FAILURE": { "params": [], "fields": [{ "name": "authentications_that_can_continue", "shape": { "k": "one" }, "elem": { "t": "nameList" } }, { "name": "partial_success", "shape": { "k": "one" }, "elem": { "t": "bool" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_USERAUTH_INFO_REQUEST": { "params": [], "fields": [{ "name": "name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "instruction", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "language_tag", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "prompts", "shape": { "k": "counted", "max": 4294967295 }, "elem": { "t": "struct", "name": "KeyboardInteractivePrompt" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_USERAUTH_INFO_RESPONSE": { "params": [], "fields": [{ "name": "responses", "shape": { "k": "counted", "max": 4294967295 }, "elem": { "t": "utf8" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_USERAUTH_PK_OK": { "params": [], "fields": [{ "name": "public_key_algorithm_name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "public_key_blob", "shape": { "k": "one" }, "elem": { "t": "sshString" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_USERAUTH_REQUEST": { "params": [], "fields": [{ "name": "user_name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "service_name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "method_name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "method_specific_fields", "shape": { "k": "rest" }, "select": { "tag": "method_name", "param": false, "cases": [{ "tag": "none", "case": "none", "elem": { "t": "struct", "name": "AuthNone" } }, { "tag": "password", "case": "password", "elem": { "t": "struct", "name": "PasswordRequest" } }, { "tag": "publickey", "case": "publickey", "elem": { "t": "struct", "name": "PublickeyRequest" } }, { "tag": "keyboard-interactive", "case": "keyboard-interactive", "elem": { "t": "struct", "name": "KeyboardInteractiveRequest" } }], "default": { "elem": { "t": "rest" }, "tag": { "t": "string" } } } }], "recursive": false, "openTail": true, "contexts": [] }, "SSH_MSG_USERAUTH_SUCCESS": { "params": [], "fields": [], "recursive": false, "openTail": false, "contexts": [] } };
describe('AuthNone', () => {
  it('decodes what it encodes', () => roundTrip(types, 'AuthNone', M.encodeAuthNone, M.decodeAuthNone));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'AuthNone', M.encodeAuthNone, M.decodeAuthNone));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'AuthNone', M.encodeAuthNone, M.decodeAuthNone));
});
describe('PasswordRequest', () => {
  it('decodes what it encodes', () => roundTrip(types, 'PasswordRequest', M.encodePasswordRequest, M.decodePasswordRequest));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'PasswordRequest', M.encodePasswordRequest, M.decodePasswordRequest));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'PasswordRequest', M.encodePasswordRequest, M.decodePasswordRequest));
});
describe('PasswordRequestFalse', () => {
  it('decodes what it encodes', () => roundTrip(types, 'PasswordRequestFalse', M.encodePasswordRequestFalse, M.decodePasswordRequestFalse));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'PasswordRequestFalse', M.encodePasswordRequestFalse, M.decodePasswordRequestFalse));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'PasswordRequestFalse', M.encodePasswordRequestFalse, M.decodePasswordRequestFalse));
});
describe('PasswordRequestTrue', () => {
  it('decodes what it encodes', () => roundTrip(types, 'PasswordRequestTrue', M.encodePasswordRequestTrue, M.decodePasswordRequestTrue));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'PasswordRequestTrue', M.encodePasswordRequestTrue, M.decodePasswordRequestTrue));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'PasswordRequestTrue', M.encodePasswordRequestTrue, M.decodePasswordRequestTrue));
});
describe('PublickeyRequest', () => {
  it('decodes what it encodes', () => roundTrip(types, 'PublickeyRequest', M.encodePublickeyRequest, M.decodePublickeyRequest));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'PublickeyRequest', M.encodePublickeyRequest, M.decodePublickeyRequest));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'PublickeyRequest', M.encodePublickeyRequest, M.decodePublickeyRequest));
});
describe('PublickeyRequestFalse', () => {
  it('decodes what it encodes', () => roundTrip(types, 'PublickeyRequestFalse', M.encodePublickeyRequestFalse, M.decodePublickeyRequestFalse));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'PublickeyRequestFalse', M.encodePublickeyRequestFalse, M.decodePublickeyRequestFalse));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'PublickeyRequestFalse', M.encodePublickeyRequestFalse, M.decodePublickeyRequestFalse));
});
describe('PublickeyRequestTrue', () => {
  it('decodes what it encodes', () => roundTrip(types, 'PublickeyRequestTrue', M.encodePublickeyRequestTrue, M.decodePublickeyRequestTrue));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'PublickeyRequestTrue', M.encodePublickeyRequestTrue, M.decodePublickeyRequestTrue));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'PublickeyRequestTrue', M.encodePublickeyRequestTrue, M.decodePublickeyRequestTrue));
});
describe('KeyboardInteractiveRequest', () => {
  it('decodes what it encodes', () => roundTrip(types, 'KeyboardInteractiveRequest', M.encodeKeyboardInteractiveRequest, M.decodeKeyboardInteractiveRequest));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'KeyboardInteractiveRequest', M.encodeKeyboardInteractiveRequest, M.decodeKeyboardInteractiveRequest));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'KeyboardInteractiveRequest', M.encodeKeyboardInteractiveRequest, M.decodeKeyboardInteractiveRequest));
});
describe('SSH_MSG_USERAUTH_REQUEST', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_USERAUTH_REQUEST', M.encodeSSH_MSG_USERAUTH_REQUEST, M.decodeSSH_MSG_USERAUTH_REQUEST));
  // SSH_MSG_USERAUTH_REQUEST ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_USERAUTH_REQUEST', M.encodeSSH_MSG_USERAUTH_REQUEST, M.decodeSSH_MSG_USERAUTH_REQUEST));
});
describe('SSH_MSG_USERAUTH_FAILURE', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_USERAUTH_FAILURE', M.encodeSSH_MSG_USERAUTH_FAILURE, M.decodeSSH_MSG_USERAUTH_FAILURE));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_USERAUTH_FAILURE', M.encodeSSH_MSG_USERAUTH_FAILURE, M.decodeSSH_MSG_USERAUTH_FAILURE));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_USERAUTH_FAILURE', M.encodeSSH_MSG_USERAUTH_FAILURE, M.decodeSSH_MSG_USERAUTH_FAILURE));
});
describe('SSH_MSG_USERAUTH_SUCCESS', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_USERAUTH_SUCCESS', M.encodeSSH_MSG_USERAUTH_SUCCESS, M.decodeSSH_MSG_USERAUTH_SUCCESS));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_USERAUTH_SUCCESS', M.encodeSSH_MSG_USERAUTH_SUCCESS, M.decodeSSH_MSG_USERAUTH_SUCCESS));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_USERAUTH_SUCCESS', M.encodeSSH_MSG_USERAUTH_SUCCESS, M.decodeSSH_MSG_USERAUTH_SUCCESS));
});
describe('SSH_MSG_USERAUTH_BANNER', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_USERAUTH_BANNER', M.encodeSSH_MSG_USERAUTH_BANNER, M.decodeSSH_MSG_USERAUTH_BANNER));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_USERAUTH_BANNER', M.encodeSSH_MSG_USERAUTH_BANNER, M.decodeSSH_MSG_USERAUTH_BANNER));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_USERAUTH_BANNER', M.encodeSSH_MSG_USERAUTH_BANNER, M.decodeSSH_MSG_USERAUTH_BANNER));
});
describe('SSH_MSG_USERAUTH_PK_OK', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_USERAUTH_PK_OK', M.encodeSSH_MSG_USERAUTH_PK_OK, M.decodeSSH_MSG_USERAUTH_PK_OK));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_USERAUTH_PK_OK', M.encodeSSH_MSG_USERAUTH_PK_OK, M.decodeSSH_MSG_USERAUTH_PK_OK));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_USERAUTH_PK_OK', M.encodeSSH_MSG_USERAUTH_PK_OK, M.decodeSSH_MSG_USERAUTH_PK_OK));
});
describe('KeyboardInteractivePrompt', () => {
  it('decodes what it encodes', () => roundTrip(types, 'KeyboardInteractivePrompt', M.encodeKeyboardInteractivePrompt, M.decodeKeyboardInteractivePrompt));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'KeyboardInteractivePrompt', M.encodeKeyboardInteractivePrompt, M.decodeKeyboardInteractivePrompt));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'KeyboardInteractivePrompt', M.encodeKeyboardInteractivePrompt, M.decodeKeyboardInteractivePrompt));
});
describe('SSH_MSG_USERAUTH_INFO_REQUEST', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_USERAUTH_INFO_REQUEST', M.encodeSSH_MSG_USERAUTH_INFO_REQUEST, M.decodeSSH_MSG_USERAUTH_INFO_REQUEST));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_USERAUTH_INFO_REQUEST', M.encodeSSH_MSG_USERAUTH_INFO_REQUEST, M.decodeSSH_MSG_USERAUTH_INFO_REQUEST));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_USERAUTH_INFO_REQUEST', M.encodeSSH_MSG_USERAUTH_INFO_REQUEST, M.decodeSSH_MSG_USERAUTH_INFO_REQUEST));
});
describe('SSH_MSG_USERAUTH_INFO_RESPONSE', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_USERAUTH_INFO_RESPONSE', M.encodeSSH_MSG_USERAUTH_INFO_RESPONSE, M.decodeSSH_MSG_USERAUTH_INFO_RESPONSE));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_USERAUTH_INFO_RESPONSE', M.encodeSSH_MSG_USERAUTH_INFO_RESPONSE, M.decodeSSH_MSG_USERAUTH_INFO_RESPONSE));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_USERAUTH_INFO_RESPONSE', M.encodeSSH_MSG_USERAUTH_INFO_RESPONSE, M.decodeSSH_MSG_USERAUTH_INFO_RESPONSE));
});
