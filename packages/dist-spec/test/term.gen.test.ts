// Generated from specs/dist/term.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsEnforced, decodesSafely, noStrictPrefix, roundTrip, type Types } from '@otpnet/test-support/spec-properties';
import * as M from '../src/term.js';

const types: Types = { "Atom": { "params": [], "fields": [{ "name": "len", "shape": { "k": "one" }, "implicit": true, "elem": { "t": "int", "min": 0, "max": 65535 } }, { "name": "atom_name", "shape": { "k": "fieldCount", "max": 255 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "Binary": { "params": [], "fields": [{ "name": "len", "shape": { "k": "one" }, "implicit": true, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "data", "shape": { "k": "fieldCount", "max": 255 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "BitBinary": { "params": [], "fields": [{ "name": "len", "shape": { "k": "one" }, "implicit": true, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "bits", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "data", "shape": { "k": "fieldCount", "max": 255 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "CompressedExternalTerm": { "params": [], "fields": [{ "name": "version", "shape": { "k": "one" }, "constant": 131, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "tag", "shape": { "k": "one" }, "constant": 80, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "uncompressed_size", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "zlib_data", "shape": { "k": "rest" }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": true, "contexts": [] }, "Empty": { "params": [], "fields": [], "recursive": false, "openTail": false, "contexts": [] }, "Export": { "params": [], "fields": [{ "name": "module", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }, { "name": "function", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }, { "name": "arity", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }], "recursive": true, "openTail": false, "contexts": [] }, "ExternalTerm": { "params": [], "fields": [{ "name": "version", "shape": { "k": "one" }, "constant": 131, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "term", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }], "recursive": false, "openTail": false, "contexts": [] }, "FloatString": { "params": [], "fields": [{ "name": "float_string", "shape": { "k": "fixed", "n": 31 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "LargeBig": { "params": [], "fields": [{ "name": "n", "shape": { "k": "one" }, "implicit": true, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "sign", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "digits", "shape": { "k": "fieldCount", "max": 255 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "LargeTuple": { "params": [], "fields": [{ "name": "elements", "shape": { "k": "counted", "max": 4294967295 }, "elem": { "t": "struct", "name": "Term" } }], "recursive": true, "openTail": false, "contexts": [] }, "List": { "params": [], "fields": [{ "name": "elements", "shape": { "k": "counted", "max": 4294967295 }, "elem": { "t": "struct", "name": "Term" } }, { "name": "tail", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }], "recursive": true, "openTail": false, "contexts": [] }, "LocalExternalTerm": { "params": [], "fields": [{ "name": "version", "shape": { "k": "one" }, "constant": 131, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "tag", "shape": { "k": "one" }, "constant": 121, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "data", "shape": { "k": "rest" }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": true, "contexts": [] }, "Map": { "params": [], "fields": [{ "name": "pairs", "shape": { "k": "counted", "max": 4294967295 }, "elem": { "t": "struct", "name": "MapPair" } }], "recursive": true, "openTail": false, "contexts": [] }, "MapPair": { "params": [], "fields": [{ "name": "key", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }, { "name": "value", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }], "recursive": true, "openTail": false, "contexts": [] }, "NewerReference": { "params": [], "fields": [{ "name": "len", "shape": { "k": "one" }, "implicit": true, "elem": { "t": "int", "min": 0, "max": 65535 } }, { "name": "node", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }, { "name": "creation", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "id", "shape": { "k": "fieldCount", "max": 255 }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": true, "openTail": false, "contexts": [] }, "NewFun": { "params": [], "fields": [{ "name": "size", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "arity", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "uniq", "shape": { "k": "fixed", "n": 16 }, "elem": { "t": "bytes" } }, { "name": "index", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "num_free", "shape": { "k": "one" }, "implicit": true, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "module", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }, { "name": "old_index", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }, { "name": "old_uniq", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }, { "name": "pid", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }, { "name": "free_vars", "shape": { "k": "fieldCount", "max": 255 }, "elem": { "t": "struct", "name": "Term" } }], "recursive": true, "openTail": false, "contexts": [] }, "NewPid": { "params": [], "fields": [{ "name": "node", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }, { "name": "id", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "serial", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "creation", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": true, "openTail": false, "contexts": [] }, "NewPort": { "params": [], "fields": [{ "name": "node", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }, { "name": "id", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "creation", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": true, "openTail": false, "contexts": [] }, "NewReference": { "params": [], "fields": [{ "name": "len", "shape": { "k": "one" }, "implicit": true, "elem": { "t": "int", "min": 0, "max": 65535 } }, { "name": "node", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }, { "name": "creation", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "id", "shape": { "k": "fieldCount", "max": 255 }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": true, "openTail": false, "contexts": [] }, "Pid": { "params": [], "fields": [{ "name": "node", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }, { "name": "id", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "serial", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "creation", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }], "recursive": true, "openTail": false, "contexts": [] }, "Port": { "params": [], "fields": [{ "name": "node", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }, { "name": "id", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "creation", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }], "recursive": true, "openTail": false, "contexts": [] }, "Reference": { "params": [], "fields": [{ "name": "node", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }, { "name": "id", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "creation", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }], "recursive": true, "openTail": false, "contexts": [] }, "SmallAtom": { "params": [], "fields": [{ "name": "len", "shape": { "k": "one" }, "implicit": true, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "atom_name", "shape": { "k": "fieldCount", "max": 255 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "SmallBig": { "params": [], "fields": [{ "name": "n", "shape": { "k": "one" }, "implicit": true, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "sign", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "digits", "shape": { "k": "fieldCount", "max": 255 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "SmallTuple": { "params": [], "fields": [{ "name": "arity", "shape": { "k": "one" }, "implicit": true, "elem": { "t": "int", "min": 0, "max": 255 } }, { "name": "elements", "shape": { "k": "fieldCount", "max": 255 }, "elem": { "t": "struct", "name": "Term" } }], "recursive": true, "openTail": false, "contexts": [] }, "StringExt": { "params": [], "fields": [{ "name": "length", "shape": { "k": "one" }, "implicit": true, "elem": { "t": "int", "min": 0, "max": 65535 } }, { "name": "characters", "shape": { "k": "fieldCount", "max": 255 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "Term": { "params": [], "fields": [{ "name": "tag", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [70, 77, 80, 82, 88, 89, 90, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121], "max": 255, "closed": false } }, { "name": "value", "shape": { "k": "one" }, "select": { "tag": "tag", "param": false, "cases": [{ "tag": 97, "case": "SMALL_INTEGER_EXT", "elem": { "t": "int", "min": 0, "max": 255 } }, { "tag": 98, "case": "INTEGER_EXT", "elem": { "t": "int", "min": -2147483648, "max": 2147483647 } }, { "tag": 99, "case": "FLOAT_EXT", "elem": { "t": "struct", "name": "FloatString" } }, { "tag": 70, "case": "NEW_FLOAT_EXT", "elem": { "t": "float" } }, { "tag": 100, "case": "ATOM_EXT", "elem": { "t": "struct", "name": "Atom" } }, { "tag": 115, "case": "SMALL_ATOM_EXT", "elem": { "t": "struct", "name": "SmallAtom" } }, { "tag": 118, "case": "ATOM_UTF8_EXT", "elem": { "t": "struct", "name": "Atom" } }, { "tag": 119, "case": "SMALL_ATOM_UTF8_EXT", "elem": { "t": "struct", "name": "SmallAtom" } }, { "tag": 82, "case": "ATOM_CACHE_REF", "elem": { "t": "int", "min": 0, "max": 255 } }, { "tag": 104, "case": "SMALL_TUPLE_EXT", "elem": { "t": "struct", "name": "SmallTuple" } }, { "tag": 105, "case": "LARGE_TUPLE_EXT", "elem": { "t": "struct", "name": "LargeTuple" } }, { "tag": 106, "case": "NIL_EXT", "elem": { "t": "struct", "name": "Empty" } }, { "tag": 107, "case": "STRING_EXT", "elem": { "t": "struct", "name": "StringExt" } }, { "tag": 108, "case": "LIST_EXT", "elem": { "t": "struct", "name": "List" } }, { "tag": 109, "case": "BINARY_EXT", "elem": { "t": "struct", "name": "Binary" } }, { "tag": 77, "case": "BIT_BINARY_EXT", "elem": { "t": "struct", "name": "BitBinary" } }, { "tag": 110, "case": "SMALL_BIG_EXT", "elem": { "t": "struct", "name": "SmallBig" } }, { "tag": 111, "case": "LARGE_BIG_EXT", "elem": { "t": "struct", "name": "LargeBig" } }, { "tag": 116, "case": "MAP_EXT", "elem": { "t": "struct", "name": "Map" } }, { "tag": 103, "case": "PID_EXT", "elem": { "t": "struct", "name": "Pid" } }, { "tag": 88, "case": "NEW_PID_EXT", "elem": { "t": "struct", "name": "NewPid" } }, { "tag": 102, "case": "PORT_EXT", "elem": { "t": "struct", "name": "Port" } }, { "tag": 89, "case": "NEW_PORT_EXT", "elem": { "t": "struct", "name": "NewPort" } }, { "tag": 120, "case": "V4_PORT_EXT", "elem": { "t": "struct", "name": "V4Port" } }, { "tag": 101, "case": "REFERENCE_EXT", "elem": { "t": "struct", "name": "Reference" } }, { "tag": 114, "case": "NEW_REFERENCE_EXT", "elem": { "t": "struct", "name": "NewReference" } }, { "tag": 90, "case": "NEWER_REFERENCE_EXT", "elem": { "t": "struct", "name": "NewerReference" } }, { "tag": 112, "case": "NEW_FUN_EXT", "elem": { "t": "struct", "name": "NewFun" } }, { "tag": 113, "case": "EXPORT_EXT", "elem": { "t": "struct", "name": "Export" } }] } }], "recursive": true, "openTail": false, "contexts": [] }, "V4Port": { "params": [], "fields": [{ "name": "node", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "Term" } }, { "name": "id", "shape": { "k": "one" }, "elem": { "t": "u64" } }, { "name": "creation", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": true, "openTail": false, "contexts": [] } };
describe('Empty', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Empty', M.encodeEmpty, M.decodeEmpty));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Empty', M.encodeEmpty, M.decodeEmpty));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Empty', M.encodeEmpty, M.decodeEmpty));
});
describe('Term', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Term', M.encodeTerm, M.decodeTerm));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Term', M.encodeTerm, M.decodeTerm));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Term', M.encodeTerm, M.decodeTerm));
});
describe('ExternalTerm', () => {
  it('decodes what it encodes', () => roundTrip(types, 'ExternalTerm', M.encodeExternalTerm, M.decodeExternalTerm));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'ExternalTerm', M.encodeExternalTerm, M.decodeExternalTerm));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'ExternalTerm', M.encodeExternalTerm, M.decodeExternalTerm));
});
describe('CompressedExternalTerm', () => {
  it('decodes what it encodes', () => roundTrip(types, 'CompressedExternalTerm', M.encodeCompressedExternalTerm, M.decodeCompressedExternalTerm));
  // CompressedExternalTerm ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'CompressedExternalTerm', M.encodeCompressedExternalTerm, M.decodeCompressedExternalTerm));
});
describe('LocalExternalTerm', () => {
  it('decodes what it encodes', () => roundTrip(types, 'LocalExternalTerm', M.encodeLocalExternalTerm, M.decodeLocalExternalTerm));
  // LocalExternalTerm ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'LocalExternalTerm', M.encodeLocalExternalTerm, M.decodeLocalExternalTerm));
});
describe('FloatString', () => {
  it('decodes what it encodes', () => roundTrip(types, 'FloatString', M.encodeFloatString, M.decodeFloatString));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'FloatString', M.encodeFloatString, M.decodeFloatString));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'FloatString', M.encodeFloatString, M.decodeFloatString));
});
describe('SmallBig', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SmallBig', M.encodeSmallBig, M.decodeSmallBig));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SmallBig', M.encodeSmallBig, M.decodeSmallBig));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SmallBig', M.encodeSmallBig, M.decodeSmallBig));
});
describe('LargeBig', () => {
  it('decodes what it encodes', () => roundTrip(types, 'LargeBig', M.encodeLargeBig, M.decodeLargeBig));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'LargeBig', M.encodeLargeBig, M.decodeLargeBig));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'LargeBig', M.encodeLargeBig, M.decodeLargeBig));
});
describe('Atom', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Atom', M.encodeAtom, M.decodeAtom));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Atom', M.encodeAtom, M.decodeAtom));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Atom', M.encodeAtom, M.decodeAtom));
});
describe('SmallAtom', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SmallAtom', M.encodeSmallAtom, M.decodeSmallAtom));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SmallAtom', M.encodeSmallAtom, M.decodeSmallAtom));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SmallAtom', M.encodeSmallAtom, M.decodeSmallAtom));
});
describe('SmallTuple', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SmallTuple', M.encodeSmallTuple, M.decodeSmallTuple));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SmallTuple', M.encodeSmallTuple, M.decodeSmallTuple));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SmallTuple', M.encodeSmallTuple, M.decodeSmallTuple));
});
describe('LargeTuple', () => {
  it('decodes what it encodes', () => roundTrip(types, 'LargeTuple', M.encodeLargeTuple, M.decodeLargeTuple));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'LargeTuple', M.encodeLargeTuple, M.decodeLargeTuple));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'LargeTuple', M.encodeLargeTuple, M.decodeLargeTuple));
});
describe('StringExt', () => {
  it('decodes what it encodes', () => roundTrip(types, 'StringExt', M.encodeStringExt, M.decodeStringExt));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'StringExt', M.encodeStringExt, M.decodeStringExt));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'StringExt', M.encodeStringExt, M.decodeStringExt));
});
describe('List', () => {
  it('decodes what it encodes', () => roundTrip(types, 'List', M.encodeList, M.decodeList));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'List', M.encodeList, M.decodeList));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'List', M.encodeList, M.decodeList));
});
describe('MapPair', () => {
  it('decodes what it encodes', () => roundTrip(types, 'MapPair', M.encodeMapPair, M.decodeMapPair));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'MapPair', M.encodeMapPair, M.decodeMapPair));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'MapPair', M.encodeMapPair, M.decodeMapPair));
});
describe('Map', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Map', M.encodeMap, M.decodeMap));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Map', M.encodeMap, M.decodeMap));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Map', M.encodeMap, M.decodeMap));
});
describe('Binary', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Binary', M.encodeBinary, M.decodeBinary));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Binary', M.encodeBinary, M.decodeBinary));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Binary', M.encodeBinary, M.decodeBinary));
});
describe('BitBinary', () => {
  it('decodes what it encodes', () => roundTrip(types, 'BitBinary', M.encodeBitBinary, M.decodeBitBinary));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'BitBinary', M.encodeBitBinary, M.decodeBitBinary));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'BitBinary', M.encodeBitBinary, M.decodeBitBinary));
});
describe('NewPid', () => {
  it('decodes what it encodes', () => roundTrip(types, 'NewPid', M.encodeNewPid, M.decodeNewPid));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'NewPid', M.encodeNewPid, M.decodeNewPid));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'NewPid', M.encodeNewPid, M.decodeNewPid));
});
describe('Pid', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Pid', M.encodePid, M.decodePid));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Pid', M.encodePid, M.decodePid));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Pid', M.encodePid, M.decodePid));
});
describe('NewPort', () => {
  it('decodes what it encodes', () => roundTrip(types, 'NewPort', M.encodeNewPort, M.decodeNewPort));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'NewPort', M.encodeNewPort, M.decodeNewPort));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'NewPort', M.encodeNewPort, M.decodeNewPort));
});
describe('Port', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Port', M.encodePort, M.decodePort));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Port', M.encodePort, M.decodePort));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Port', M.encodePort, M.decodePort));
});
describe('V4Port', () => {
  it('decodes what it encodes', () => roundTrip(types, 'V4Port', M.encodeV4Port, M.decodeV4Port));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'V4Port', M.encodeV4Port, M.decodeV4Port));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'V4Port', M.encodeV4Port, M.decodeV4Port));
});
describe('NewerReference', () => {
  it('decodes what it encodes', () => roundTrip(types, 'NewerReference', M.encodeNewerReference, M.decodeNewerReference));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'NewerReference', M.encodeNewerReference, M.decodeNewerReference));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'NewerReference', M.encodeNewerReference, M.decodeNewerReference));
});
describe('NewReference', () => {
  it('decodes what it encodes', () => roundTrip(types, 'NewReference', M.encodeNewReference, M.decodeNewReference));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'NewReference', M.encodeNewReference, M.decodeNewReference));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'NewReference', M.encodeNewReference, M.decodeNewReference));
});
describe('Reference', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Reference', M.encodeReference, M.decodeReference));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Reference', M.encodeReference, M.decodeReference));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Reference', M.encodeReference, M.decodeReference));
});
describe('NewFun', () => {
  it('decodes what it encodes', () => roundTrip(types, 'NewFun', M.encodeNewFun, M.decodeNewFun));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'NewFun', M.encodeNewFun, M.decodeNewFun));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'NewFun', M.encodeNewFun, M.decodeNewFun));
});
describe('Export', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Export', M.encodeExport, M.decodeExport));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Export', M.encodeExport, M.decodeExport));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Export', M.encodeExport, M.decodeExport));
});
