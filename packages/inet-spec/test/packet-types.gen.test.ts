// Generated from specs/inet/packet-types.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsEnforced, decodesSafely, noStrictPrefix, roundTrip, type Types } from '@otpnet/test-support/spec-properties';
import * as M from '../src/packet-types.js';

const types: Types = { "FcgiHeader": { "params": [], "fields": [{ "name": "version", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "type", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "request_id", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 65535 } }, { "name": "content_length", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 65535 } }, { "name": "padding_length", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "reserved", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }], "recursive": false, "openTail": false, "contexts": [] }, "GiopHeader": { "params": [], "fields": [{ "name": "magic", "shape": { "k": "fixed", "n": 4 }, "elem": { "t": "bytes" } }, { "name": "major", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "minor", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "flags", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "message_type", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "message_size_be", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "Packet1Header": { "params": [], "fields": [{ "name": "length", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }], "recursive": false, "openTail": false, "contexts": [] }, "Packet2Header": { "params": [], "fields": [{ "name": "length", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 65535 } }], "recursive": false, "openTail": false, "contexts": [] }, "Packet4Header": { "params": [], "fields": [{ "name": "length", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SunRmHeader": { "params": [], "fields": [{ "name": "record_mark", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "TpktHeader": { "params": [], "fields": [{ "name": "version", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "reserved", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "packet_length", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 65535 } }], "recursive": false, "openTail": false, "contexts": [] } };
describe('Packet1Header', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Packet1Header', M.encodePacket1Header, M.decodePacket1Header));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Packet1Header', M.encodePacket1Header, M.decodePacket1Header));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Packet1Header', M.encodePacket1Header, M.decodePacket1Header));
});
describe('Packet2Header', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Packet2Header', M.encodePacket2Header, M.decodePacket2Header));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Packet2Header', M.encodePacket2Header, M.decodePacket2Header));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Packet2Header', M.encodePacket2Header, M.decodePacket2Header));
});
describe('Packet4Header', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Packet4Header', M.encodePacket4Header, M.decodePacket4Header));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Packet4Header', M.encodePacket4Header, M.decodePacket4Header));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Packet4Header', M.encodePacket4Header, M.decodePacket4Header));
});
describe('SunRmHeader', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SunRmHeader', M.encodeSunRmHeader, M.decodeSunRmHeader));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SunRmHeader', M.encodeSunRmHeader, M.decodeSunRmHeader));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SunRmHeader', M.encodeSunRmHeader, M.decodeSunRmHeader));
});
describe('FcgiHeader', () => {
  it('decodes what it encodes', () => roundTrip(types, 'FcgiHeader', M.encodeFcgiHeader, M.decodeFcgiHeader));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'FcgiHeader', M.encodeFcgiHeader, M.decodeFcgiHeader));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'FcgiHeader', M.encodeFcgiHeader, M.decodeFcgiHeader));
});
describe('TpktHeader', () => {
  it('decodes what it encodes', () => roundTrip(types, 'TpktHeader', M.encodeTpktHeader, M.decodeTpktHeader));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'TpktHeader', M.encodeTpktHeader, M.decodeTpktHeader));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'TpktHeader', M.encodeTpktHeader, M.decodeTpktHeader));
});
describe('GiopHeader', () => {
  it('decodes what it encodes', () => roundTrip(types, 'GiopHeader', M.encodeGiopHeader, M.decodeGiopHeader));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'GiopHeader', M.encodeGiopHeader, M.decodeGiopHeader));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'GiopHeader', M.encodeGiopHeader, M.decodeGiopHeader));
});
