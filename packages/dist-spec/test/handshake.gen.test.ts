// Generated from specs/dist/handshake.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hexBytes } from '@otpnet/wire';
import {
  type ArbitraryFn,
  arbitraries,
  boundsEnforced,
  decodesSafely,
  encodesSafely,
  noStrictPrefix,
  roundTrip,
  startsWithText,
} from '@otpnet/test-support/spec-properties';
import * as M from '../src/handshake.js';

describe('DistFlags table', () => {
  it('has a different flag in every row', () => {
    const keys = M.DistFlags.map((row) => row.flag);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('has a different bit in every row', () => {
    const keys = M.DistFlags.map((row) => row.bit);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types =
  | 'Empty'
  | 'NamedStatus'
  | 'SendChallenge'
  | 'SendChallengeAck'
  | 'SendChallengeReply'
  | 'SendComplement'
  | 'SendName'
  | 'SendNameV5'
  | 'SendStatus';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  Empty: (depth, ctx) => fc.record({}),
  NamedStatus: (depth, ctx) =>
    fc.record({
      name: fc.uint8Array({ minLength: 0, maxLength: 24 }),
      creation: fc.integer({ min: 0, max: 4294967295 }),
    }),
  SendChallenge: (depth, ctx) =>
    fc.record({
      flags: fc.bigInt({ min: 0n, max: 18446744073709551615n }),
      challenge: fc.integer({ min: 0, max: 4294967295 }),
      creation: fc.integer({ min: 0, max: 4294967295 }),
      name: fc.uint8Array({ minLength: 0, maxLength: 24 }),
      extra: fc.uint8Array({ maxLength: 16 }),
    }),
  SendChallengeAck: (depth, ctx) => fc.record({ digest: fc.uint8Array({ minLength: 16, maxLength: 16 }) }),
  SendChallengeReply: (depth, ctx) =>
    fc.record({
      challenge: fc.integer({ min: 0, max: 4294967295 }),
      digest: fc.uint8Array({ minLength: 16, maxLength: 16 }),
    }),
  SendComplement: (depth, ctx) =>
    fc.record({
      flags_high: fc.integer({ min: 0, max: 4294967295 }),
      creation: fc.integer({ min: 0, max: 4294967295 }),
    }),
  SendName: (depth, ctx) =>
    fc.record({
      flags: fc.bigInt({ min: 0n, max: 18446744073709551615n }),
      creation: fc.integer({ min: 0, max: 4294967295 }),
      name: fc.uint8Array({ minLength: 0, maxLength: 24 }),
      extra: fc.uint8Array({ maxLength: 16 }),
    }),
  SendNameV5: (depth, ctx) =>
    fc.record({
      version: fc.integer({ min: 0, max: 65535 }),
      flags: fc.integer({ min: 0, max: 4294967295 }),
      name: fc.uint8Array({ maxLength: 16 }),
    }),
  SendStatus: (depth, ctx) =>
    fc.record({
      status: fc.oneof(
        A.Empty(depth - 1, {}).map((value) => ({ case: 'ok', value })),
        A.Empty(depth - 1, {}).map((value) => ({ case: 'ok_simultaneous', value })),
        A.Empty(depth - 1, {}).map((value) => ({ case: 'nok', value })),
        A.Empty(depth - 1, {}).map((value) => ({ case: 'not_allowed', value })),
        A.Empty(depth - 1, {}).map((value) => ({ case: 'alive', value })),
        A.Empty(depth - 1, {}).map((value) => ({ case: 'true', value })),
        A.Empty(depth - 1, {}).map((value) => ({ case: 'false', value })),
        A.NamedStatus(depth - 1, {}).map((value) => ({ case: 'named:', value })),
      ),
    }),
});
void startsWithText;
void hexBytes;
describe('SendName', () => {
  it('decodes what it encodes', () => roundTrip(A.SendName, [{}], M.encodeSendName, M.decodeSendName));
  // SendName ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SendName, [{}], M.encodeSendName, M.decodeSendName));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SendName, [{}], M.encodeSendName, M.decodeSendName));
});
describe('SendNameV5', () => {
  it('decodes what it encodes', () => roundTrip(A.SendNameV5, [{}], M.encodeSendNameV5, M.decodeSendNameV5));
  // SendNameV5 ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SendNameV5, [{}], M.encodeSendNameV5, M.decodeSendNameV5));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SendNameV5, [{}], M.encodeSendNameV5, M.decodeSendNameV5));
});
describe('SendStatus', () => {
  it('decodes what it encodes', () => roundTrip(A.SendStatus, [{}], M.encodeSendStatus, M.decodeSendStatus));
  // SendStatus ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SendStatus, [{}], M.encodeSendStatus, M.decodeSendStatus));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SendStatus, [{}], M.encodeSendStatus, M.decodeSendStatus));
});
describe('NamedStatus', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.NamedStatus, [{}], M.encodeNamedStatus, M.decodeNamedStatus));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.NamedStatus, [{}], M.encodeNamedStatus, M.decodeNamedStatus));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.NamedStatus, [{}], M.encodeNamedStatus, M.decodeNamedStatus));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.NamedStatus, [{}], M.encodeNamedStatus, M.decodeNamedStatus));
});
describe('SendChallenge', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SendChallenge, [{}], M.encodeSendChallenge, M.decodeSendChallenge));
  // SendChallenge ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SendChallenge, [{}], M.encodeSendChallenge, M.decodeSendChallenge));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SendChallenge, [{}], M.encodeSendChallenge, M.decodeSendChallenge));
});
describe('SendComplement', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SendComplement, [{}], M.encodeSendComplement, M.decodeSendComplement));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SendComplement, [{}], M.encodeSendComplement, M.decodeSendComplement));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SendComplement, [{}], M.encodeSendComplement, M.decodeSendComplement));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SendComplement, [{}], M.encodeSendComplement, M.decodeSendComplement));
});
describe('SendChallengeReply', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SendChallengeReply, [{}], M.encodeSendChallengeReply, M.decodeSendChallengeReply));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SendChallengeReply, [{}], M.encodeSendChallengeReply, M.decodeSendChallengeReply));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SendChallengeReply, [{}], M.encodeSendChallengeReply, M.decodeSendChallengeReply));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SendChallengeReply, [{}], M.encodeSendChallengeReply, M.decodeSendChallengeReply));
});
describe('SendChallengeAck', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SendChallengeAck, [{}], M.encodeSendChallengeAck, M.decodeSendChallengeAck));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SendChallengeAck, [{}], M.encodeSendChallengeAck, M.decodeSendChallengeAck));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SendChallengeAck, [{}], M.encodeSendChallengeAck, M.decodeSendChallengeAck));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SendChallengeAck, [{}], M.encodeSendChallengeAck, M.decodeSendChallengeAck));
});
