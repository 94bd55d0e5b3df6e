// Generated from specs/tls/common.spec by otpnet-gen. Do not edit.

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
import * as M from '../src/common.js';

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types = 'Empty';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  Empty: (depth, ctx) => fc.record({}),
});
void startsWithText;
void hexBytes;
describe('Empty', () => {
  it('decodes what it encodes', () => roundTrip(A.Empty, [{}], M.encodeEmpty, M.decodeEmpty));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Empty, [{}], M.encodeEmpty, M.decodeEmpty));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Empty, [{}], M.encodeEmpty, M.decodeEmpty));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Empty, [{}], M.encodeEmpty, M.decodeEmpty));
});
