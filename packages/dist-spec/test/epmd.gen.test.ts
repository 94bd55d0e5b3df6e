// Generated from specs/dist/epmd.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsEnforced, decodesSafely, noStrictPrefix, roundTrip, type Types } from '@otpnet/test-support/spec-properties';
import * as M from '../src/epmd.js';

const types: Types = { "ALIVE2_REQ": { "params": [], "fields": [{ "name": "port_no", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 65535 } }, { "name": "node_type", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [72, 77], "max": 255, "closed": false } }, { "name": "protocol", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [0], "max": 255, "closed": false } }, { "name": "highest_version", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 65535 } }, { "name": "lowest_version", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 65535 } }, { "name": "node_name", "shape": { "k": "vector", "lo": 0, "hi": 65535, "elem": 1, "max": 65535 }, "elem": { "t": "bytes" } }, { "name": "extra", "shape": { "k": "vector", "lo": 0, "hi": 65535, "elem": 1, "max": 65535 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "ALIVE2_RESP": { "params": [], "fields": [{ "name": "result", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "creation", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 65535 } }], "recursive": false, "openTail": false, "contexts": [] }, "ALIVE2_X_RESP": { "params": [], "fields": [{ "name": "result", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "creation", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "DUMP_REQ": { "params": [], "fields": [], "recursive": false, "openTail": false, "contexts": [] }, "EpmdRequestFrame": { "params": [], "fields": [{ "name": "request", "shape": { "k": "vector", "lo": 1, "hi": 65535, "elem": 1, "max": 65535 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "KILL_REQ": { "params": [], "fields": [], "recursive": false, "openTail": false, "contexts": [] }, "NAMES_REQ": { "params": [], "fields": [], "recursive": false, "openTail": false, "contexts": [] }, "NAMES_RESP": { "params": [], "fields": [{ "name": "epmd_port_no", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "node_info", "shape": { "k": "rest" }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": true, "contexts": [] }, "PORT_PLEASE2_REQ": { "params": [], "fields": [{ "name": "node_name", "shape": { "k": "rest" }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": true, "contexts": [] }, "PORT2_RESP": { "params": [], "fields": [{ "name": "result", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "info", "shape": { "k": "rest" }, "select": { "tag": "result", "param": false, "cases": [{ "tag": 0, "case": 0, "elem": { "t": "struct", "name": "PortInfo" } }], "default": { "elem": { "t": "rest" }, "tag": { "t": "int", "max": 255 } } } }], "recursive": false, "openTail": true, "contexts": [] }, "PortInfo": { "params": [], "fields": [{ "name": "port_no", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 65535 } }, { "name": "node_type", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [72, 77], "max": 255, "closed": false } }, { "name": "protocol", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [0], "max": 255, "closed": false } }, { "name": "highest_version", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 65535 } }, { "name": "lowest_version", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 65535 } }, { "name": "node_name", "shape": { "k": "vector", "lo": 0, "hi": 65535, "elem": 1, "max": 65535 }, "elem": { "t": "bytes" } }, { "name": "extra", "shape": { "k": "vector", "lo": 0, "hi": 65535, "elem": 1, "max": 65535 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] } };
describe('EpmdRequestFrame', () => {
  it('decodes what it encodes', () => roundTrip(types, 'EpmdRequestFrame', M.encodeEpmdRequestFrame, M.decodeEpmdRequestFrame));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'EpmdRequestFrame', M.encodeEpmdRequestFrame, M.decodeEpmdRequestFrame));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'EpmdRequestFrame', M.encodeEpmdRequestFrame, M.writeEpmdRequestFrame, M.decodeEpmdRequestFrame));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'EpmdRequestFrame', M.encodeEpmdRequestFrame, M.decodeEpmdRequestFrame));
});
describe('ALIVE2_REQ', () => {
  it('decodes what it encodes', () => roundTrip(types, 'ALIVE2_REQ', M.encodeALIVE2_REQ, M.decodeALIVE2_REQ));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'ALIVE2_REQ', M.encodeALIVE2_REQ, M.decodeALIVE2_REQ));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'ALIVE2_REQ', M.encodeALIVE2_REQ, M.writeALIVE2_REQ, M.decodeALIVE2_REQ));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'ALIVE2_REQ', M.encodeALIVE2_REQ, M.decodeALIVE2_REQ));
});
describe('ALIVE2_X_RESP', () => {
  it('decodes what it encodes', () => roundTrip(types, 'ALIVE2_X_RESP', M.encodeALIVE2_X_RESP, M.decodeALIVE2_X_RESP));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'ALIVE2_X_RESP', M.encodeALIVE2_X_RESP, M.decodeALIVE2_X_RESP));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'ALIVE2_X_RESP', M.encodeALIVE2_X_RESP, M.decodeALIVE2_X_RESP));
});
describe('ALIVE2_RESP', () => {
  it('decodes what it encodes', () => roundTrip(types, 'ALIVE2_RESP', M.encodeALIVE2_RESP, M.decodeALIVE2_RESP));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'ALIVE2_RESP', M.encodeALIVE2_RESP, M.decodeALIVE2_RESP));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'ALIVE2_RESP', M.encodeALIVE2_RESP, M.decodeALIVE2_RESP));
});
describe('PORT_PLEASE2_REQ', () => {
  it('decodes what it encodes', () => roundTrip(types, 'PORT_PLEASE2_REQ', M.encodePORT_PLEASE2_REQ, M.decodePORT_PLEASE2_REQ));
  // PORT_PLEASE2_REQ ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'PORT_PLEASE2_REQ', M.encodePORT_PLEASE2_REQ, M.decodePORT_PLEASE2_REQ));
});
describe('PortInfo', () => {
  it('decodes what it encodes', () => roundTrip(types, 'PortInfo', M.encodePortInfo, M.decodePortInfo));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'PortInfo', M.encodePortInfo, M.decodePortInfo));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'PortInfo', M.encodePortInfo, M.writePortInfo, M.decodePortInfo));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'PortInfo', M.encodePortInfo, M.decodePortInfo));
});
describe('PORT2_RESP', () => {
  it('decodes what it encodes', () => roundTrip(types, 'PORT2_RESP', M.encodePORT2_RESP, M.decodePORT2_RESP));
  // PORT2_RESP ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'PORT2_RESP', M.encodePORT2_RESP, M.decodePORT2_RESP));
});
describe('NAMES_REQ', () => {
  it('decodes what it encodes', () => roundTrip(types, 'NAMES_REQ', M.encodeNAMES_REQ, M.decodeNAMES_REQ));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'NAMES_REQ', M.encodeNAMES_REQ, M.decodeNAMES_REQ));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'NAMES_REQ', M.encodeNAMES_REQ, M.decodeNAMES_REQ));
});
describe('NAMES_RESP', () => {
  it('decodes what it encodes', () => roundTrip(types, 'NAMES_RESP', M.encodeNAMES_RESP, M.decodeNAMES_RESP));
  // NAMES_RESP ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'NAMES_RESP', M.encodeNAMES_RESP, M.decodeNAMES_RESP));
});
describe('DUMP_REQ', () => {
  it('decodes what it encodes', () => roundTrip(types, 'DUMP_REQ', M.encodeDUMP_REQ, M.decodeDUMP_REQ));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'DUMP_REQ', M.encodeDUMP_REQ, M.decodeDUMP_REQ));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'DUMP_REQ', M.encodeDUMP_REQ, M.decodeDUMP_REQ));
});
describe('KILL_REQ', () => {
  it('decodes what it encodes', () => roundTrip(types, 'KILL_REQ', M.encodeKILL_REQ, M.decodeKILL_REQ));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'KILL_REQ', M.encodeKILL_REQ, M.decodeKILL_REQ));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'KILL_REQ', M.encodeKILL_REQ, M.decodeKILL_REQ));
});
