// Generated from specs/tls/alert.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsEnforced, decodesSafely, noStrictPrefix, roundTrip, type Types } from '@otpnet/test-support/spec-properties';
import * as M from '../src/alert.js';

const types: Types = { "Alert": { "params": [], "fields": [{ "name": "level", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [1, 2], "max": 255, "closed": false } }, { "name": "description", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [0, 10, 20, 21, 22, 30, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 60, 70, 71, 80, 86, 90, 100, 109, 110, 111, 112, 113, 114, 115, 116, 120, 121], "max": 255, "closed": false } }], "recursive": false, "openTail": false, "contexts": [] } };
describe('Alert', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Alert', M.encodeAlert, M.decodeAlert));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Alert', M.encodeAlert, M.decodeAlert));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Alert', M.encodeAlert, M.decodeAlert));
});
