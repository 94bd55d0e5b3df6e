// Generated from specs/tls/alert.spec by otpnet-gen. Do not edit.

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
import * as M from '../src/alert.js';

describe('AlertDescriptions table', () => {
  it('has a different description in every row', () => {
    const keys = M.AlertDescriptions.map((row) => row.description);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types = 'Alert';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  Alert: (depth, ctx) =>
    fc.record({
      level: fc.oneof(fc.constantFrom(1, 2), fc.integer({ min: 0, max: 255 })),
      description: fc.oneof(
        fc.constantFrom(
          0,
          10,
          20,
          21,
          22,
          30,
          40,
          41,
          42,
          43,
          44,
          45,
          46,
          47,
          48,
          49,
          50,
          51,
          60,
          70,
          71,
          80,
          86,
          90,
          100,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          120,
          121,
        ),
        fc.integer({ min: 0, max: 255 }),
      ),
    }),
});
void startsWithText;
void hexBytes;
describe('Alert', () => {
  it('decodes what it encodes', () => roundTrip(A.Alert, [{}], M.encodeAlert, M.decodeAlert));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Alert, [{}], M.encodeAlert, M.decodeAlert));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Alert, [{}], M.encodeAlert, M.decodeAlert));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Alert, [{}], M.encodeAlert, M.decodeAlert));
});
