// Generated from specs/dist/epmd.spec by otpnet-gen. Do not edit.

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
import * as M from '../src/epmd.js';

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types =
  | 'ALIVE2_REQ'
  | 'ALIVE2_RESP'
  | 'ALIVE2_X_RESP'
  | 'DUMP_REQ'
  | 'EpmdRequestFrame'
  | 'KILL_REQ'
  | 'NAMES_REQ'
  | 'NAMES_RESP'
  | 'PORT_PLEASE2_REQ'
  | 'PORT2_RESP'
  | 'PortInfo';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  ALIVE2_REQ: (depth, ctx) =>
    fc.record({
      port_no: fc.integer({ min: 0, max: 65535 }),
      node_type: fc.oneof(fc.constantFrom(72, 77), fc.integer({ min: 0, max: 255 })),
      protocol: fc.oneof(fc.constantFrom(0), fc.integer({ min: 0, max: 255 })),
      highest_version: fc.integer({ min: 0, max: 65535 }),
      lowest_version: fc.integer({ min: 0, max: 65535 }),
      node_name: fc.uint8Array({ minLength: 0, maxLength: 24 }),
      extra: fc.uint8Array({ minLength: 0, maxLength: 24 }),
    }),
  ALIVE2_RESP: (depth, ctx) =>
    fc.record({ result: fc.integer({ min: 0, max: 255 }), creation: fc.integer({ min: 0, max: 65535 }) }),
  ALIVE2_X_RESP: (depth, ctx) =>
    fc.record({
      result: fc.integer({ min: 0, max: 255 }),
      creation: fc.integer({ min: 0, max: 4294967295 }),
    }),
  DUMP_REQ: (depth, ctx) => fc.record({}),
  EpmdRequestFrame: (depth, ctx) => fc.record({ request: fc.uint8Array({ minLength: 1, maxLength: 25 }) }),
  KILL_REQ: (depth, ctx) => fc.record({}),
  NAMES_REQ: (depth, ctx) => fc.record({}),
  NAMES_RESP: (depth, ctx) =>
    fc.record({
      epmd_port_no: fc.integer({ min: 0, max: 4294967295 }),
      node_info: fc.uint8Array({ maxLength: 16 }),
    }),
  PORT_PLEASE2_REQ: (depth, ctx) => fc.record({ node_name: fc.uint8Array({ maxLength: 16 }) }),
  PORT2_RESP: (depth, ctx) =>
    fc
      .record({
        info: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(0),
              A.PortInfo(depth - 1, {}).map((value) => ({ case: 0, value })),
            ),
          ],
          fc.tuple(
            fc.integer({ min: 0, max: 255 }).filter((x) => ![0].includes(x)),
            fc.uint8Array({ maxLength: 16 }).map((value) => ({ case: undefined, value })),
          ),
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.result = (v.info as [unknown, unknown])[0];
        v.info = (v.info as [unknown, unknown])[1];
        return v;
      }),
  PortInfo: (depth, ctx) =>
    fc.record({
      port_no: fc.integer({ min: 0, max: 65535 }),
      node_type: fc.oneof(fc.constantFrom(72, 77), fc.integer({ min: 0, max: 255 })),
      protocol: fc.oneof(fc.constantFrom(0), fc.integer({ min: 0, max: 255 })),
      highest_version: fc.integer({ min: 0, max: 65535 }),
      lowest_version: fc.integer({ min: 0, max: 65535 }),
      node_name: fc.uint8Array({ minLength: 0, maxLength: 24 }),
      extra: fc.uint8Array({ minLength: 0, maxLength: 24 }),
    }),
});
void startsWithText;
void hexBytes;
describe('EpmdRequestFrame', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.EpmdRequestFrame, [{}], M.encodeEpmdRequestFrame, M.decodeEpmdRequestFrame));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.EpmdRequestFrame, [{}], M.encodeEpmdRequestFrame, M.decodeEpmdRequestFrame));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(
      A.EpmdRequestFrame,
      [{}],
      M.encodeEpmdRequestFrame,
      M.decodeEpmdRequestFrame,
      M.writeEpmdRequestFrame,
      [['request', [fc.uint8Array({ minLength: 0, maxLength: 0 })]]],
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.EpmdRequestFrame, [{}], M.encodeEpmdRequestFrame, M.decodeEpmdRequestFrame));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.EpmdRequestFrame, [{}], M.encodeEpmdRequestFrame, M.decodeEpmdRequestFrame));
});
describe('ALIVE2_REQ', () => {
  it('decodes what it encodes', () => roundTrip(A.ALIVE2_REQ, [{}], M.encodeALIVE2_REQ, M.decodeALIVE2_REQ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ALIVE2_REQ, [{}], M.encodeALIVE2_REQ, M.decodeALIVE2_REQ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ALIVE2_REQ, [{}], M.encodeALIVE2_REQ, M.decodeALIVE2_REQ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ALIVE2_REQ, [{}], M.encodeALIVE2_REQ, M.decodeALIVE2_REQ));
});
describe('ALIVE2_X_RESP', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ALIVE2_X_RESP, [{}], M.encodeALIVE2_X_RESP, M.decodeALIVE2_X_RESP));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ALIVE2_X_RESP, [{}], M.encodeALIVE2_X_RESP, M.decodeALIVE2_X_RESP));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ALIVE2_X_RESP, [{}], M.encodeALIVE2_X_RESP, M.decodeALIVE2_X_RESP));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ALIVE2_X_RESP, [{}], M.encodeALIVE2_X_RESP, M.decodeALIVE2_X_RESP));
});
describe('ALIVE2_RESP', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ALIVE2_RESP, [{}], M.encodeALIVE2_RESP, M.decodeALIVE2_RESP));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ALIVE2_RESP, [{}], M.encodeALIVE2_RESP, M.decodeALIVE2_RESP));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ALIVE2_RESP, [{}], M.encodeALIVE2_RESP, M.decodeALIVE2_RESP));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ALIVE2_RESP, [{}], M.encodeALIVE2_RESP, M.decodeALIVE2_RESP));
});
describe('PORT_PLEASE2_REQ', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.PORT_PLEASE2_REQ, [{}], M.encodePORT_PLEASE2_REQ, M.decodePORT_PLEASE2_REQ));
  // PORT_PLEASE2_REQ ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.PORT_PLEASE2_REQ, [{}], M.encodePORT_PLEASE2_REQ, M.decodePORT_PLEASE2_REQ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.PORT_PLEASE2_REQ, [{}], M.encodePORT_PLEASE2_REQ, M.decodePORT_PLEASE2_REQ));
});
describe('PortInfo', () => {
  it('decodes what it encodes', () => roundTrip(A.PortInfo, [{}], M.encodePortInfo, M.decodePortInfo));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.PortInfo, [{}], M.encodePortInfo, M.decodePortInfo));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.PortInfo, [{}], M.encodePortInfo, M.decodePortInfo));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.PortInfo, [{}], M.encodePortInfo, M.decodePortInfo));
});
describe('PORT2_RESP', () => {
  it('decodes what it encodes', () => roundTrip(A.PORT2_RESP, [{}], M.encodePORT2_RESP, M.decodePORT2_RESP));
  // PORT2_RESP ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.PORT2_RESP, [{}], M.encodePORT2_RESP, M.decodePORT2_RESP));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.PORT2_RESP, [{}], M.encodePORT2_RESP, M.decodePORT2_RESP));
});
describe('NAMES_REQ', () => {
  it('decodes what it encodes', () => roundTrip(A.NAMES_REQ, [{}], M.encodeNAMES_REQ, M.decodeNAMES_REQ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.NAMES_REQ, [{}], M.encodeNAMES_REQ, M.decodeNAMES_REQ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.NAMES_REQ, [{}], M.encodeNAMES_REQ, M.decodeNAMES_REQ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.NAMES_REQ, [{}], M.encodeNAMES_REQ, M.decodeNAMES_REQ));
});
describe('NAMES_RESP', () => {
  it('decodes what it encodes', () => roundTrip(A.NAMES_RESP, [{}], M.encodeNAMES_RESP, M.decodeNAMES_RESP));
  // NAMES_RESP ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.NAMES_RESP, [{}], M.encodeNAMES_RESP, M.decodeNAMES_RESP));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.NAMES_RESP, [{}], M.encodeNAMES_RESP, M.decodeNAMES_RESP));
});
describe('DUMP_REQ', () => {
  it('decodes what it encodes', () => roundTrip(A.DUMP_REQ, [{}], M.encodeDUMP_REQ, M.decodeDUMP_REQ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.DUMP_REQ, [{}], M.encodeDUMP_REQ, M.decodeDUMP_REQ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.DUMP_REQ, [{}], M.encodeDUMP_REQ, M.decodeDUMP_REQ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.DUMP_REQ, [{}], M.encodeDUMP_REQ, M.decodeDUMP_REQ));
});
describe('KILL_REQ', () => {
  it('decodes what it encodes', () => roundTrip(A.KILL_REQ, [{}], M.encodeKILL_REQ, M.decodeKILL_REQ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.KILL_REQ, [{}], M.encodeKILL_REQ, M.decodeKILL_REQ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.KILL_REQ, [{}], M.encodeKILL_REQ, M.decodeKILL_REQ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.KILL_REQ, [{}], M.encodeKILL_REQ, M.decodeKILL_REQ));
});
