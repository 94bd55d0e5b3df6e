// Generated from specs/tls/record.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsEnforced, decodesSafely, noStrictPrefix, roundTrip, type Types } from '@otpnet/test-support/spec-properties';
import * as M from '../src/record.js';

const types: Types = { "TLSCiphertext": { "params": [], "fields": [{ "name": "opaque_type", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [0, 20, 21, 22, 23, 24], "max": 255, "closed": false } }, { "name": "legacy_record_version", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [768, 769, 770, 771, 772, 65277, 65276], "max": 65535, "closed": false } }, { "name": "length", "shape": { "k": "one" }, "implicit": true, "elem": { "t": "int", "min": 0, "max": 65535 } }, { "name": "encrypted_record", "shape": { "k": "fieldCount", "max": 255 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "TLSPlaintext": { "params": [], "fields": [{ "name": "type", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [0, 20, 21, 22, 23, 24], "max": 255, "closed": false } }, { "name": "legacy_record_version", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [768, 769, 770, 771, 772, 65277, 65276], "max": 65535, "closed": false } }, { "name": "length", "shape": { "k": "one" }, "implicit": true, "elem": { "t": "int", "min": 0, "max": 65535 } }, { "name": "fragment", "shape": { "k": "fieldCount", "max": 255 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] } };
describe('TLSPlaintext', () => {
  it('decodes what it encodes', () => roundTrip(types, 'TLSPlaintext', M.encodeTLSPlaintext, M.decodeTLSPlaintext));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'TLSPlaintext', M.encodeTLSPlaintext, M.decodeTLSPlaintext));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'TLSPlaintext', M.encodeTLSPlaintext, M.decodeTLSPlaintext));
});
describe('TLSCiphertext', () => {
  it('decodes what it encodes', () => roundTrip(types, 'TLSCiphertext', M.encodeTLSCiphertext, M.decodeTLSCiphertext));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'TLSCiphertext', M.encodeTLSCiphertext, M.decodeTLSCiphertext));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'TLSCiphertext', M.encodeTLSCiphertext, M.decodeTLSCiphertext));
});
