// Generated from specs/ssh/binary-packet.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsEnforced, decodesSafely, noStrictPrefix, roundTrip, type Types } from '@otpnet/test-support/spec-properties';
import * as M from '../src/binary-packet.js';

const types: Types = { "BinaryPacket": { "params": [], "fields": [{ "name": "packet_length", "shape": { "k": "one" }, "implicit": true, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "packet", "shape": { "k": "fieldCount", "max": 255 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "BinaryPacketBody": { "params": [], "fields": [{ "name": "padding_length", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "payload_and_padding", "shape": { "k": "rest" }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": true, "contexts": [] } };
describe('BinaryPacket', () => {
  it('decodes what it encodes', () => roundTrip(types, 'BinaryPacket', M.encodeBinaryPacket, M.decodeBinaryPacket));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'BinaryPacket', M.encodeBinaryPacket, M.decodeBinaryPacket));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'BinaryPacket', M.encodeBinaryPacket, M.decodeBinaryPacket));
});
describe('BinaryPacketBody', () => {
  it('decodes what it encodes', () => roundTrip(types, 'BinaryPacketBody', M.encodeBinaryPacketBody, M.decodeBinaryPacketBody));
  // BinaryPacketBody ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'BinaryPacketBody', M.encodeBinaryPacketBody, M.decodeBinaryPacketBody));
});
