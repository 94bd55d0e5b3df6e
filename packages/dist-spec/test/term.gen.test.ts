// Generated from specs/dist/term.spec by otpnet-gen. Do not edit.

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
import * as M from '../src/term.js';

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types =
  | 'Atom'
  | 'Binary'
  | 'BitBinary'
  | 'CompressedExternalTerm'
  | 'Empty'
  | 'Export'
  | 'ExternalTerm'
  | 'FloatString'
  | 'LargeBig'
  | 'LargeTuple'
  | 'List'
  | 'LocalExternalTerm'
  | 'Map'
  | 'MapPair'
  | 'NewerReference'
  | 'NewFun'
  | 'NewPid'
  | 'NewPort'
  | 'NewReference'
  | 'Pid'
  | 'Port'
  | 'Reference'
  | 'SmallAtom'
  | 'SmallBig'
  | 'SmallTuple'
  | 'StringExt'
  | 'Term'
  | 'V4Port';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  Atom: (depth, ctx) => fc.record({ atom_name: fc.uint8Array({ maxLength: 16 }) }),
  Binary: (depth, ctx) => fc.record({ data: fc.uint8Array({ maxLength: 16 }) }),
  BitBinary: (depth, ctx) =>
    fc.record({ bits: fc.integer({ min: 0, max: 255 }), data: fc.uint8Array({ maxLength: 16 }) }),
  CompressedExternalTerm: (depth, ctx) =>
    fc.record({
      version: fc.constant(131),
      tag: fc.constant(80),
      uncompressed_size: fc.integer({ min: 0, max: 4294967295 }),
      zlib_data: fc.uint8Array({ maxLength: 16 }),
    }),
  Empty: (depth, ctx) => fc.record({}),
  Export: (depth, ctx) =>
    fc.record({
      module: A.Term(depth - 1, {}),
      function: A.Term(depth - 1, {}),
      arity: A.Term(depth - 1, {}),
    }),
  ExternalTerm: (depth, ctx) => fc.record({ version: fc.constant(131), term: A.Term(depth - 1, {}) }),
  FloatString: (depth, ctx) => fc.record({ float_string: fc.uint8Array({ minLength: 31, maxLength: 31 }) }),
  LargeBig: (depth, ctx) =>
    fc.record({ sign: fc.integer({ min: 0, max: 255 }), digits: fc.uint8Array({ maxLength: 16 }) }),
  LargeTuple: (depth, ctx) =>
    fc.record({ elements: fc.array(A.Term(depth - 1, {}), { maxLength: depth <= 0 ? 0 : 3 }) }),
  List: (depth, ctx) =>
    fc.record({
      elements: fc.array(A.Term(depth - 1, {}), { maxLength: depth <= 0 ? 0 : 3 }),
      tail: A.Term(depth - 1, {}),
    }),
  LocalExternalTerm: (depth, ctx) =>
    fc.record({ version: fc.constant(131), tag: fc.constant(121), data: fc.uint8Array({ maxLength: 16 }) }),
  Map: (depth, ctx) => fc.record({ pairs: fc.array(A.MapPair(depth - 1, {}), { maxLength: 3 }) }),
  MapPair: (depth, ctx) => fc.record({ key: A.Term(depth - 1, {}), value: A.Term(depth - 1, {}) }),
  NewerReference: (depth, ctx) =>
    fc.record({
      node: A.Term(depth - 1, {}),
      creation: fc.integer({ min: 0, max: 4294967295 }),
      id: fc.array(fc.integer({ min: 0, max: 4294967295 }), { maxLength: 3 }),
    }),
  NewFun: (depth, ctx) =>
    fc.record({
      arity: fc.integer({ min: 0, max: 255 }),
      uniq: fc.uint8Array({ minLength: 16, maxLength: 16 }),
      index: fc.integer({ min: 0, max: 4294967295 }),
      module: A.Term(depth - 1, {}),
      old_index: A.Term(depth - 1, {}),
      old_uniq: A.Term(depth - 1, {}),
      pid: A.Term(depth - 1, {}),
      free_vars: fc.array(A.Term(depth - 1, {}), { maxLength: depth <= 0 ? 0 : 3 }),
    }),
  NewPid: (depth, ctx) =>
    fc.record({
      node: A.Term(depth - 1, {}),
      id: fc.integer({ min: 0, max: 4294967295 }),
      serial: fc.integer({ min: 0, max: 4294967295 }),
      creation: fc.integer({ min: 0, max: 4294967295 }),
    }),
  NewPort: (depth, ctx) =>
    fc.record({
      node: A.Term(depth - 1, {}),
      id: fc.integer({ min: 0, max: 4294967295 }),
      creation: fc.integer({ min: 0, max: 4294967295 }),
    }),
  NewReference: (depth, ctx) =>
    fc.record({
      node: A.Term(depth - 1, {}),
      creation: fc.integer({ min: 0, max: 255 }),
      id: fc.array(fc.integer({ min: 0, max: 4294967295 }), { maxLength: 3 }),
    }),
  Pid: (depth, ctx) =>
    fc.record({
      node: A.Term(depth - 1, {}),
      id: fc.integer({ min: 0, max: 4294967295 }),
      serial: fc.integer({ min: 0, max: 4294967295 }),
      creation: fc.integer({ min: 0, max: 255 }),
    }),
  Port: (depth, ctx) =>
    fc.record({
      node: A.Term(depth - 1, {}),
      id: fc.integer({ min: 0, max: 4294967295 }),
      creation: fc.integer({ min: 0, max: 255 }),
    }),
  Reference: (depth, ctx) =>
    fc.record({
      node: A.Term(depth - 1, {}),
      id: fc.integer({ min: 0, max: 4294967295 }),
      creation: fc.integer({ min: 0, max: 255 }),
    }),
  SmallAtom: (depth, ctx) => fc.record({ atom_name: fc.uint8Array({ maxLength: 16 }) }),
  SmallBig: (depth, ctx) =>
    fc.record({ sign: fc.integer({ min: 0, max: 255 }), digits: fc.uint8Array({ maxLength: 16 }) }),
  SmallTuple: (depth, ctx) =>
    fc.record({ elements: fc.array(A.Term(depth - 1, {}), { maxLength: depth <= 0 ? 0 : 3 }) }),
  StringExt: (depth, ctx) => fc.record({ characters: fc.uint8Array({ maxLength: 16 }) }),
  Term: (depth, ctx) =>
    fc
      .record({
        value: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(97),
              fc.integer({ min: 0, max: 255 }).map((value) => ({ case: 'SMALL_INTEGER_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(98),
              fc
                .integer({ min: -2147483648, max: 2147483647 })
                .map((value) => ({ case: 'INTEGER_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(99),
              A.FloatString(depth - 1, {}).map((value) => ({ case: 'FLOAT_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(70),
              fc.double({ noNaN: true }).map((value) => ({ case: 'NEW_FLOAT_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(100),
              A.Atom(depth - 1, {}).map((value) => ({ case: 'ATOM_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(115),
              A.SmallAtom(depth - 1, {}).map((value) => ({ case: 'SMALL_ATOM_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(118),
              A.Atom(depth - 1, {}).map((value) => ({ case: 'ATOM_UTF8_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(119),
              A.SmallAtom(depth - 1, {}).map((value) => ({ case: 'SMALL_ATOM_UTF8_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(82),
              fc.integer({ min: 0, max: 255 }).map((value) => ({ case: 'ATOM_CACHE_REF', value })),
            ),
          ],
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(104),
                  A.SmallTuple(depth - 1, {}).map((value) => ({ case: 'SMALL_TUPLE_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(105),
                  A.LargeTuple(depth - 1, {}).map((value) => ({ case: 'LARGE_TUPLE_EXT', value })),
                ),
              ]),
          ...[
            fc.tuple(
              fc.constant(106),
              A.Empty(depth - 1, {}).map((value) => ({ case: 'NIL_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(107),
              A.StringExt(depth - 1, {}).map((value) => ({ case: 'STRING_EXT', value })),
            ),
          ],
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(108),
                  A.List(depth - 1, {}).map((value) => ({ case: 'LIST_EXT', value })),
                ),
              ]),
          ...[
            fc.tuple(
              fc.constant(109),
              A.Binary(depth - 1, {}).map((value) => ({ case: 'BINARY_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(77),
              A.BitBinary(depth - 1, {}).map((value) => ({ case: 'BIT_BINARY_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(110),
              A.SmallBig(depth - 1, {}).map((value) => ({ case: 'SMALL_BIG_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(111),
              A.LargeBig(depth - 1, {}).map((value) => ({ case: 'LARGE_BIG_EXT', value })),
            ),
          ],
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(116),
                  A.Map(depth - 1, {}).map((value) => ({ case: 'MAP_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(103),
                  A.Pid(depth - 1, {}).map((value) => ({ case: 'PID_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(88),
                  A.NewPid(depth - 1, {}).map((value) => ({ case: 'NEW_PID_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(102),
                  A.Port(depth - 1, {}).map((value) => ({ case: 'PORT_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(89),
                  A.NewPort(depth - 1, {}).map((value) => ({ case: 'NEW_PORT_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(120),
                  A.V4Port(depth - 1, {}).map((value) => ({ case: 'V4_PORT_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(101),
                  A.Reference(depth - 1, {}).map((value) => ({ case: 'REFERENCE_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(114),
                  A.NewReference(depth - 1, {}).map((value) => ({ case: 'NEW_REFERENCE_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(90),
                  A.NewerReference(depth - 1, {}).map((value) => ({ case: 'NEWER_REFERENCE_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(112),
                  A.NewFun(depth - 1, {}).map((value) => ({ case: 'NEW_FUN_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(113),
                  A.Export(depth - 1, {}).map((value) => ({ case: 'EXPORT_EXT', value })),
                ),
              ]),
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.tag = (v.value as [unknown, unknown])[0];
        v.value = (v.value as [unknown, unknown])[1];
        return v;
      }),
  V4Port: (depth, ctx) =>
    fc.record({
      node: A.Term(depth - 1, {}),
      id: fc.bigInt({ min: 0n, max: 18446744073709551615n }),
      creation: fc.integer({ min: 0, max: 4294967295 }),
    }),
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
describe('Term', () => {
  it('decodes what it encodes', () => roundTrip(A.Term, [{}], M.encodeTerm, M.decodeTerm));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Term, [{}], M.encodeTerm, M.decodeTerm));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Term, [{}], M.encodeTerm, M.decodeTerm));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Term, [{}], M.encodeTerm, M.decodeTerm));
});
describe('ExternalTerm', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ExternalTerm, [{}], M.encodeExternalTerm, M.decodeExternalTerm));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ExternalTerm, [{}], M.encodeExternalTerm, M.decodeExternalTerm));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ExternalTerm, [{}], M.encodeExternalTerm, M.decodeExternalTerm));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ExternalTerm, [{}], M.encodeExternalTerm, M.decodeExternalTerm));
});
describe('CompressedExternalTerm', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.CompressedExternalTerm,
      [{}],
      M.encodeCompressedExternalTerm,
      M.decodeCompressedExternalTerm,
    ));
  // CompressedExternalTerm ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.CompressedExternalTerm,
      [{}],
      M.encodeCompressedExternalTerm,
      M.decodeCompressedExternalTerm,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.CompressedExternalTerm,
      [{}],
      M.encodeCompressedExternalTerm,
      M.decodeCompressedExternalTerm,
    ));
});
describe('LocalExternalTerm', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.LocalExternalTerm, [{}], M.encodeLocalExternalTerm, M.decodeLocalExternalTerm));
  // LocalExternalTerm ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.LocalExternalTerm, [{}], M.encodeLocalExternalTerm, M.decodeLocalExternalTerm));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.LocalExternalTerm, [{}], M.encodeLocalExternalTerm, M.decodeLocalExternalTerm));
});
describe('FloatString', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.FloatString, [{}], M.encodeFloatString, M.decodeFloatString));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.FloatString, [{}], M.encodeFloatString, M.decodeFloatString));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.FloatString, [{}], M.encodeFloatString, M.decodeFloatString));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.FloatString, [{}], M.encodeFloatString, M.decodeFloatString));
});
describe('SmallBig', () => {
  it('decodes what it encodes', () => roundTrip(A.SmallBig, [{}], M.encodeSmallBig, M.decodeSmallBig));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SmallBig, [{}], M.encodeSmallBig, M.decodeSmallBig));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SmallBig, [{}], M.encodeSmallBig, M.decodeSmallBig));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SmallBig, [{}], M.encodeSmallBig, M.decodeSmallBig));
});
describe('LargeBig', () => {
  it('decodes what it encodes', () => roundTrip(A.LargeBig, [{}], M.encodeLargeBig, M.decodeLargeBig));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.LargeBig, [{}], M.encodeLargeBig, M.decodeLargeBig));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.LargeBig, [{}], M.encodeLargeBig, M.decodeLargeBig));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.LargeBig, [{}], M.encodeLargeBig, M.decodeLargeBig));
});
describe('Atom', () => {
  it('decodes what it encodes', () => roundTrip(A.Atom, [{}], M.encodeAtom, M.decodeAtom));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Atom, [{}], M.encodeAtom, M.decodeAtom));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Atom, [{}], M.encodeAtom, M.decodeAtom));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Atom, [{}], M.encodeAtom, M.decodeAtom));
});
describe('SmallAtom', () => {
  it('decodes what it encodes', () => roundTrip(A.SmallAtom, [{}], M.encodeSmallAtom, M.decodeSmallAtom));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SmallAtom, [{}], M.encodeSmallAtom, M.decodeSmallAtom));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SmallAtom, [{}], M.encodeSmallAtom, M.decodeSmallAtom));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SmallAtom, [{}], M.encodeSmallAtom, M.decodeSmallAtom));
});
describe('SmallTuple', () => {
  it('decodes what it encodes', () => roundTrip(A.SmallTuple, [{}], M.encodeSmallTuple, M.decodeSmallTuple));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SmallTuple, [{}], M.encodeSmallTuple, M.decodeSmallTuple));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SmallTuple, [{}], M.encodeSmallTuple, M.decodeSmallTuple));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SmallTuple, [{}], M.encodeSmallTuple, M.decodeSmallTuple));
});
describe('LargeTuple', () => {
  it('decodes what it encodes', () => roundTrip(A.LargeTuple, [{}], M.encodeLargeTuple, M.decodeLargeTuple));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.LargeTuple, [{}], M.encodeLargeTuple, M.decodeLargeTuple));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.LargeTuple, [{}], M.encodeLargeTuple, M.decodeLargeTuple));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.LargeTuple, [{}], M.encodeLargeTuple, M.decodeLargeTuple));
});
describe('StringExt', () => {
  it('decodes what it encodes', () => roundTrip(A.StringExt, [{}], M.encodeStringExt, M.decodeStringExt));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.StringExt, [{}], M.encodeStringExt, M.decodeStringExt));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.StringExt, [{}], M.encodeStringExt, M.decodeStringExt));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.StringExt, [{}], M.encodeStringExt, M.decodeStringExt));
});
describe('List', () => {
  it('decodes what it encodes', () => roundTrip(A.List, [{}], M.encodeList, M.decodeList));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.List, [{}], M.encodeList, M.decodeList));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.List, [{}], M.encodeList, M.decodeList));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.List, [{}], M.encodeList, M.decodeList));
});
describe('MapPair', () => {
  it('decodes what it encodes', () => roundTrip(A.MapPair, [{}], M.encodeMapPair, M.decodeMapPair));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.MapPair, [{}], M.encodeMapPair, M.decodeMapPair));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.MapPair, [{}], M.encodeMapPair, M.decodeMapPair));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.MapPair, [{}], M.encodeMapPair, M.decodeMapPair));
});
describe('Map', () => {
  it('decodes what it encodes', () => roundTrip(A.Map, [{}], M.encodeMap, M.decodeMap));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Map, [{}], M.encodeMap, M.decodeMap));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Map, [{}], M.encodeMap, M.decodeMap));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Map, [{}], M.encodeMap, M.decodeMap));
});
describe('Binary', () => {
  it('decodes what it encodes', () => roundTrip(A.Binary, [{}], M.encodeBinary, M.decodeBinary));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Binary, [{}], M.encodeBinary, M.decodeBinary));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Binary, [{}], M.encodeBinary, M.decodeBinary));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Binary, [{}], M.encodeBinary, M.decodeBinary));
});
describe('BitBinary', () => {
  it('decodes what it encodes', () => roundTrip(A.BitBinary, [{}], M.encodeBitBinary, M.decodeBitBinary));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.BitBinary, [{}], M.encodeBitBinary, M.decodeBitBinary));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.BitBinary, [{}], M.encodeBitBinary, M.decodeBitBinary));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.BitBinary, [{}], M.encodeBitBinary, M.decodeBitBinary));
});
describe('NewPid', () => {
  it('decodes what it encodes', () => roundTrip(A.NewPid, [{}], M.encodeNewPid, M.decodeNewPid));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.NewPid, [{}], M.encodeNewPid, M.decodeNewPid));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.NewPid, [{}], M.encodeNewPid, M.decodeNewPid));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.NewPid, [{}], M.encodeNewPid, M.decodeNewPid));
});
describe('Pid', () => {
  it('decodes what it encodes', () => roundTrip(A.Pid, [{}], M.encodePid, M.decodePid));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Pid, [{}], M.encodePid, M.decodePid));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Pid, [{}], M.encodePid, M.decodePid));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Pid, [{}], M.encodePid, M.decodePid));
});
describe('NewPort', () => {
  it('decodes what it encodes', () => roundTrip(A.NewPort, [{}], M.encodeNewPort, M.decodeNewPort));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.NewPort, [{}], M.encodeNewPort, M.decodeNewPort));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.NewPort, [{}], M.encodeNewPort, M.decodeNewPort));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.NewPort, [{}], M.encodeNewPort, M.decodeNewPort));
});
describe('Port', () => {
  it('decodes what it encodes', () => roundTrip(A.Port, [{}], M.encodePort, M.decodePort));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Port, [{}], M.encodePort, M.decodePort));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Port, [{}], M.encodePort, M.decodePort));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Port, [{}], M.encodePort, M.decodePort));
});
describe('V4Port', () => {
  it('decodes what it encodes', () => roundTrip(A.V4Port, [{}], M.encodeV4Port, M.decodeV4Port));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.V4Port, [{}], M.encodeV4Port, M.decodeV4Port));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.V4Port, [{}], M.encodeV4Port, M.decodeV4Port));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.V4Port, [{}], M.encodeV4Port, M.decodeV4Port));
});
describe('NewerReference', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.NewerReference, [{}], M.encodeNewerReference, M.decodeNewerReference));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.NewerReference, [{}], M.encodeNewerReference, M.decodeNewerReference));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.NewerReference, [{}], M.encodeNewerReference, M.decodeNewerReference));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.NewerReference, [{}], M.encodeNewerReference, M.decodeNewerReference));
});
describe('NewReference', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.NewReference, [{}], M.encodeNewReference, M.decodeNewReference));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.NewReference, [{}], M.encodeNewReference, M.decodeNewReference));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.NewReference, [{}], M.encodeNewReference, M.decodeNewReference));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.NewReference, [{}], M.encodeNewReference, M.decodeNewReference));
});
describe('Reference', () => {
  it('decodes what it encodes', () => roundTrip(A.Reference, [{}], M.encodeReference, M.decodeReference));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Reference, [{}], M.encodeReference, M.decodeReference));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Reference, [{}], M.encodeReference, M.decodeReference));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Reference, [{}], M.encodeReference, M.decodeReference));
});
describe('NewFun', () => {
  it('decodes what it encodes', () => roundTrip(A.NewFun, [{}], M.encodeNewFun, M.decodeNewFun));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.NewFun, [{}], M.encodeNewFun, M.decodeNewFun));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.NewFun, [{}], M.encodeNewFun, M.decodeNewFun));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.NewFun, [{}], M.encodeNewFun, M.decodeNewFun));
});
describe('Export', () => {
  it('decodes what it encodes', () => roundTrip(A.Export, [{}], M.encodeExport, M.decodeExport));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Export, [{}], M.encodeExport, M.decodeExport));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Export, [{}], M.encodeExport, M.decodeExport));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Export, [{}], M.encodeExport, M.decodeExport));
});
