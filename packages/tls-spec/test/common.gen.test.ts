// Generated from specs/tls/common.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsEnforced, decodesSafely, noStrictPrefix, roundTrip, type Types } from '@otpnet/test-support/spec-properties';
import * as M from '../src/common.js';

const types: Types = { "Empty": { "params": [], "fields": [], "recursive": false, "openTail": false, "contexts": [] } };
describe('Empty', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Empty', M.encodeEmpty, M.decodeEmpty));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Empty', M.encodeEmpty, M.decodeEmpty));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Empty', M.encodeEmpty, M.decodeEmpty));
});
