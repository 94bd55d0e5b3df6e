// Generated from specs/ssh/kex-ecdh.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsEnforced, decodesSafely, noStrictPrefix, roundTrip, type Types } from '@otpnet/test-support/spec-properties';
import * as M from '../src/kex-ecdh.js';

const types: Types = { "SSH_MSG_KEX_ECDH_INIT": { "params": [], "fields": [{ "name": "Q_C", "shape": { "k": "one" }, "elem": { "t": "sshString" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_KEX_ECDH_REPLY": { "params": [], "fields": [{ "name": "K_S", "shape": { "k": "one" }, "elem": { "t": "sshString" } }, { "name": "Q_S", "shape": { "k": "one" }, "elem": { "t": "sshString" } }, { "name": "signature", "shape": { "k": "one" }, "elem": { "t": "sshString" } }], "recursive": false, "openTail": false, "contexts": [] } };
describe('SSH_MSG_KEX_ECDH_INIT', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_KEX_ECDH_INIT', M.encodeSSH_MSG_KEX_ECDH_INIT, M.decodeSSH_MSG_KEX_ECDH_INIT));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_KEX_ECDH_INIT', M.encodeSSH_MSG_KEX_ECDH_INIT, M.decodeSSH_MSG_KEX_ECDH_INIT));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_KEX_ECDH_INIT', M.encodeSSH_MSG_KEX_ECDH_INIT, M.decodeSSH_MSG_KEX_ECDH_INIT));
});
describe('SSH_MSG_KEX_ECDH_REPLY', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_KEX_ECDH_REPLY', M.encodeSSH_MSG_KEX_ECDH_REPLY, M.decodeSSH_MSG_KEX_ECDH_REPLY));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_KEX_ECDH_REPLY', M.encodeSSH_MSG_KEX_ECDH_REPLY, M.decodeSSH_MSG_KEX_ECDH_REPLY));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_KEX_ECDH_REPLY', M.encodeSSH_MSG_KEX_ECDH_REPLY, M.decodeSSH_MSG_KEX_ECDH_REPLY));
});
