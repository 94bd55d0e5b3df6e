// Generated from specs/ssh/kex-dh.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsEnforced, decodesSafely, noStrictPrefix, roundTrip, type Types } from '@otpnet/test-support/spec-properties';
import * as M from '../src/kex-dh.js';

const types: Types = { "SSH_MSG_KEXDH_INIT": { "params": [], "fields": [{ "name": "e", "shape": { "k": "one" }, "elem": { "t": "mpint" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_KEXDH_REPLY": { "params": [], "fields": [{ "name": "K_S", "shape": { "k": "one" }, "elem": { "t": "sshString" } }, { "name": "f", "shape": { "k": "one" }, "elem": { "t": "mpint" } }, { "name": "signature", "shape": { "k": "one" }, "elem": { "t": "sshString" } }], "recursive": false, "openTail": false, "contexts": [] } };
describe('SSH_MSG_KEXDH_INIT', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_KEXDH_INIT', M.encodeSSH_MSG_KEXDH_INIT, M.decodeSSH_MSG_KEXDH_INIT));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_KEXDH_INIT', M.encodeSSH_MSG_KEXDH_INIT, M.decodeSSH_MSG_KEXDH_INIT));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_KEXDH_INIT', M.encodeSSH_MSG_KEXDH_INIT, M.decodeSSH_MSG_KEXDH_INIT));
});
describe('SSH_MSG_KEXDH_REPLY', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_KEXDH_REPLY', M.encodeSSH_MSG_KEXDH_REPLY, M.decodeSSH_MSG_KEXDH_REPLY));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_KEXDH_REPLY', M.encodeSSH_MSG_KEXDH_REPLY, M.decodeSSH_MSG_KEXDH_REPLY));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_KEXDH_REPLY', M.encodeSSH_MSG_KEXDH_REPLY, M.decodeSSH_MSG_KEXDH_REPLY));
});
