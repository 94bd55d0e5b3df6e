// Generated from specs/dist/handshake.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsEnforced, decodesSafely, noStrictPrefix, roundTrip, type Types } from '@otpnet/test-support/spec-properties';
import * as M from '../src/handshake.js';

const types: Types = { "SendChallenge": { "params": [], "fields": [{ "name": "flags", "shape": { "k": "one" }, "elem": { "t": "u64" } }, { "name": "challenge", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "creation", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "name", "shape": { "k": "vector", "lo": 0, "hi": 65535, "elem": 1, "max": 65535 }, "elem": { "t": "bytes" } }, { "name": "extra", "shape": { "k": "rest" }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": true, "contexts": [] }, "SendChallengeAck": { "params": [], "fields": [{ "name": "digest", "shape": { "k": "fixed", "n": 16 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "SendChallengeReply": { "params": [], "fields": [{ "name": "challenge", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "digest", "shape": { "k": "fixed", "n": 16 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "SendComplement": { "params": [], "fields": [{ "name": "flags_high", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "creation", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SendName": { "params": [], "fields": [{ "name": "flags", "shape": { "k": "one" }, "elem": { "t": "u64" } }, { "name": "creation", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "name", "shape": { "k": "vector", "lo": 0, "hi": 65535, "elem": 1, "max": 65535 }, "elem": { "t": "bytes" } }, { "name": "extra", "shape": { "k": "rest" }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": true, "contexts": [] }, "SendStatus": { "params": [], "fields": [{ "name": "status", "shape": { "k": "rest" }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": true, "contexts": [] } };
describe('SendName', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SendName', M.encodeSendName, M.decodeSendName));
  // SendName ends in "the rest of the input", so its strict prefixes may decode.
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'SendName', M.encodeSendName, M.writeSendName, M.decodeSendName));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SendName', M.encodeSendName, M.decodeSendName));
});
describe('SendStatus', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SendStatus', M.encodeSendStatus, M.decodeSendStatus));
  // SendStatus ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SendStatus', M.encodeSendStatus, M.decodeSendStatus));
});
describe('SendChallenge', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SendChallenge', M.encodeSendChallenge, M.decodeSendChallenge));
  // SendChallenge ends in "the rest of the input", so its strict prefixes may decode.
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'SendChallenge', M.encodeSendChallenge, M.writeSendChallenge, M.decodeSendChallenge));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SendChallenge', M.encodeSendChallenge, M.decodeSendChallenge));
});
describe('SendComplement', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SendComplement', M.encodeSendComplement, M.decodeSendComplement));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SendComplement', M.encodeSendComplement, M.decodeSendComplement));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SendComplement', M.encodeSendComplement, M.decodeSendComplement));
});
describe('SendChallengeReply', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SendChallengeReply', M.encodeSendChallengeReply, M.decodeSendChallengeReply));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SendChallengeReply', M.encodeSendChallengeReply, M.decodeSendChallengeReply));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SendChallengeReply', M.encodeSendChallengeReply, M.decodeSendChallengeReply));
});
describe('SendChallengeAck', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SendChallengeAck', M.encodeSendChallengeAck, M.decodeSendChallengeAck));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SendChallengeAck', M.encodeSendChallengeAck, M.decodeSendChallengeAck));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SendChallengeAck', M.encodeSendChallengeAck, M.decodeSendChallengeAck));
});
