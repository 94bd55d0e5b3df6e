// Generated from specs/tls/record.spec by otpnet-gen. Do not edit.

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
import * as M from '../src/record.js';

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types = 'TLSCiphertext' | 'TLSInnerPlaintext' | 'TLSPlaintext';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  TLSCiphertext: (depth, ctx) =>
    fc.record({
      opaque_type: fc.oneof(fc.constantFrom(0, 20, 21, 22, 23, 24), fc.integer({ min: 0, max: 255 })),
      legacy_record_version: fc.oneof(
        fc.constantFrom(768, 769, 770, 771, 772, 65277, 65276),
        fc.integer({ min: 0, max: 65535 }),
      ),
      encrypted_record: fc.uint8Array({ maxLength: 16 }),
    }),
  TLSInnerPlaintext: (depth, ctx) =>
    fc.record({
      content: fc.uint8Array({ maxLength: 16 }),
      type: fc.oneof(fc.constantFrom(0, 20, 21, 22, 23, 24), fc.integer({ min: 0, max: 255 })),
      zeros: fc.nat({ max: 8 }).map((n) => new Uint8Array(n).fill(0)),
    }),
  TLSPlaintext: (depth, ctx) =>
    fc.record({
      type: fc.oneof(fc.constantFrom(0, 20, 21, 22, 23, 24), fc.integer({ min: 0, max: 255 })),
      legacy_record_version: fc.oneof(
        fc.constantFrom(768, 769, 770, 771, 772, 65277, 65276),
        fc.integer({ min: 0, max: 65535 }),
      ),
      fragment: fc.uint8Array({ maxLength: 16 }),
    }),
});
void startsWithText;
void hexBytes;
describe('TLSPlaintext', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.TLSPlaintext, [{}], M.encodeTLSPlaintext, M.decodeTLSPlaintext));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.TLSPlaintext, [{}], M.encodeTLSPlaintext, M.decodeTLSPlaintext));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.TLSPlaintext, [{}], M.encodeTLSPlaintext, M.decodeTLSPlaintext));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.TLSPlaintext, [{}], M.encodeTLSPlaintext, M.decodeTLSPlaintext));
});
describe('TLSCiphertext', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.TLSCiphertext, [{}], M.encodeTLSCiphertext, M.decodeTLSCiphertext));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.TLSCiphertext, [{}], M.encodeTLSCiphertext, M.decodeTLSCiphertext));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.TLSCiphertext, [{}], M.encodeTLSCiphertext, M.decodeTLSCiphertext));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.TLSCiphertext, [{}], M.encodeTLSCiphertext, M.decodeTLSCiphertext));
});
describe('TLSInnerPlaintext', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.TLSInnerPlaintext, [{}], M.encodeTLSInnerPlaintext, M.decodeTLSInnerPlaintext));
  // TLSInnerPlaintext ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.TLSInnerPlaintext, [{}], M.encodeTLSInnerPlaintext, M.decodeTLSInnerPlaintext));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.TLSInnerPlaintext, [{}], M.encodeTLSInnerPlaintext, M.decodeTLSInnerPlaintext));
});
