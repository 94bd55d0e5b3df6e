// Generated from specs/ssh/binary-packet.spec by otpnet-gen. Do not edit.

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
import * as M from '../src/binary-packet.js';

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types = 'BinaryPacket';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  BinaryPacket: (depth, ctx) =>
    fc.record({ payload: fc.uint8Array({ maxLength: 16 }), padding: fc.uint8Array({ maxLength: 16 }) }),
});
void startsWithText;
void hexBytes;
describe('BinaryPacket', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.BinaryPacket, [{}], M.encodeBinaryPacket, M.decodeBinaryPacket));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.BinaryPacket, [{}], M.encodeBinaryPacket, M.decodeBinaryPacket));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.BinaryPacket, [{}], M.encodeBinaryPacket, M.decodeBinaryPacket));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.BinaryPacket, [{}], M.encodeBinaryPacket, M.decodeBinaryPacket));
});
