// Generated from specs/inet/packet-types.spec by otpnet-gen. Do not edit.

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
import * as M from '../src/packet-types.js';

describe('Framings table', () => {
  it('has a different name in every row', () => {
    const keys = M.Framings.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('PacketTypes table', () => {
  it('has a different name in every row', () => {
    const keys = M.PacketTypes.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('has a different type in every row', () => {
    const keys = M.PacketTypes.map((row) => row.type);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('names rows of Framings in framing', () => {
    for (const row of M.PacketTypes)
      for (const name of [row.framing]) expect(M.FramingsByName.has(name), name).toBe(true);
  });
});

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types =
  | 'BerHeader'
  | 'FcgiHeader'
  | 'GiopHeader'
  | 'Packet1Header'
  | 'Packet2Header'
  | 'Packet4Header'
  | 'SunRmHeader'
  | 'TpktHeader';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  BerHeader: (depth, ctx) =>
    fc
      .record({
        tag_class: fc.integer({ min: 0, max: 3 }),
        constructed: fc.integer({ min: 0, max: 1 }),
        tag_number: fc.integer({ min: 0, max: 31 }),
        long_tag_number: fc.integer({ min: 0, max: 2 ** 40 }),
        length: fc.integer({ min: 0, max: 0xffffffff }),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        if (!((v.tag_number as number) === 31)) delete v.long_tag_number;
        return v;
      }),
  FcgiHeader: (depth, ctx) =>
    fc.record({
      version: fc.integer({ min: 0, max: 255 }),
      type: fc.integer({ min: 0, max: 255 }),
      request_id: fc.integer({ min: 0, max: 65535 }),
      content_length: fc.integer({ min: 0, max: 65535 }),
      padding_length: fc.integer({ min: 0, max: 255 }),
      reserved: fc.integer({ min: 0, max: 255 }),
    }),
  GiopHeader: (depth, ctx) =>
    fc.record({
      magic: fc.constant(hexBytes('47494f50')),
      major: fc.integer({ min: 0, max: 255 }),
      minor: fc.integer({ min: 0, max: 255 }),
      flags_reserved: fc.integer({ min: 0, max: 63 }),
      more_fragments: fc.integer({ min: 0, max: 1 }),
      little_endian: fc.integer({ min: 0, max: 1 }),
      message_type: fc.integer({ min: 0, max: 255 }),
      message_size: fc.integer({ min: 0, max: 4294967295 }),
    }),
  Packet1Header: (depth, ctx) => fc.record({ length: fc.integer({ min: 0, max: 255 }) }),
  Packet2Header: (depth, ctx) => fc.record({ length: fc.integer({ min: 0, max: 65535 }) }),
  Packet4Header: (depth, ctx) => fc.record({ length: fc.integer({ min: 0, max: 4294967295 }) }),
  SunRmHeader: (depth, ctx) =>
    fc.record({
      last_fragment: fc.integer({ min: 0, max: 1 }),
      fragment_length: fc.integer({ min: 0, max: 2147483647 }),
    }),
  TpktHeader: (depth, ctx) =>
    fc.record({
      version: fc.integer({ min: 0, max: 255 }),
      reserved: fc.integer({ min: 0, max: 255 }),
      packet_length: fc.integer({ min: 0, max: 65535 }),
    }),
});
void startsWithText;
void hexBytes;
describe('Packet1Header', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.Packet1Header, [{}], M.encodePacket1Header, M.decodePacket1Header));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Packet1Header, [{}], M.encodePacket1Header, M.decodePacket1Header));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Packet1Header, [{}], M.encodePacket1Header, M.decodePacket1Header));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Packet1Header, [{}], M.encodePacket1Header, M.decodePacket1Header));
});
describe('Packet2Header', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.Packet2Header, [{}], M.encodePacket2Header, M.decodePacket2Header));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Packet2Header, [{}], M.encodePacket2Header, M.decodePacket2Header));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Packet2Header, [{}], M.encodePacket2Header, M.decodePacket2Header));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Packet2Header, [{}], M.encodePacket2Header, M.decodePacket2Header));
});
describe('Packet4Header', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.Packet4Header, [{}], M.encodePacket4Header, M.decodePacket4Header));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Packet4Header, [{}], M.encodePacket4Header, M.decodePacket4Header));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Packet4Header, [{}], M.encodePacket4Header, M.decodePacket4Header));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Packet4Header, [{}], M.encodePacket4Header, M.decodePacket4Header));
});
describe('BerHeader', () => {
  it('decodes what it encodes', () => roundTrip(A.BerHeader, [{}], M.encodeBerHeader, M.decodeBerHeader));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.BerHeader, [{}], M.encodeBerHeader, M.decodeBerHeader));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.BerHeader, [{}], M.encodeBerHeader, M.decodeBerHeader));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.BerHeader, [{}], M.encodeBerHeader, M.decodeBerHeader));
});
describe('SunRmHeader', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SunRmHeader, [{}], M.encodeSunRmHeader, M.decodeSunRmHeader));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SunRmHeader, [{}], M.encodeSunRmHeader, M.decodeSunRmHeader));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SunRmHeader, [{}], M.encodeSunRmHeader, M.decodeSunRmHeader));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SunRmHeader, [{}], M.encodeSunRmHeader, M.decodeSunRmHeader));
});
describe('FcgiHeader', () => {
  it('decodes what it encodes', () => roundTrip(A.FcgiHeader, [{}], M.encodeFcgiHeader, M.decodeFcgiHeader));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.FcgiHeader, [{}], M.encodeFcgiHeader, M.decodeFcgiHeader));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.FcgiHeader, [{}], M.encodeFcgiHeader, M.decodeFcgiHeader));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.FcgiHeader, [{}], M.encodeFcgiHeader, M.decodeFcgiHeader));
});
describe('TpktHeader', () => {
  it('decodes what it encodes', () => roundTrip(A.TpktHeader, [{}], M.encodeTpktHeader, M.decodeTpktHeader));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.TpktHeader, [{}], M.encodeTpktHeader, M.decodeTpktHeader));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.TpktHeader, [{}], M.encodeTpktHeader, M.decodeTpktHeader));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.TpktHeader, [{}], M.encodeTpktHeader, M.decodeTpktHeader));
});
describe('GiopHeader', () => {
  it('decodes what it encodes', () => roundTrip(A.GiopHeader, [{}], M.encodeGiopHeader, M.decodeGiopHeader));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.GiopHeader, [{}], M.encodeGiopHeader, M.decodeGiopHeader));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.GiopHeader, [{}], M.encodeGiopHeader, M.decodeGiopHeader));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.GiopHeader, [{}], M.encodeGiopHeader, M.decodeGiopHeader));
});
