// Generated from specs/ssh/transport.spec by otpnet-gen. Do not edit.

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
import * as M from '../src/transport.js';

describe('SSH_DisconnectReasons table', () => {
  it('has a different reason in every row', () => {
    const keys = M.SSH_DisconnectReasons.map((row) => row.reason);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types =
  | 'SSH_ExtInfoExtension'
  | 'SSH_MSG_DEBUG'
  | 'SSH_MSG_DISCONNECT'
  | 'SSH_MSG_EXT_INFO'
  | 'SSH_MSG_IGNORE'
  | 'SSH_MSG_KEXINIT'
  | 'SSH_MSG_NEWKEYS'
  | 'SSH_MSG_SERVICE_ACCEPT'
  | 'SSH_MSG_SERVICE_REQUEST'
  | 'SSH_MSG_UNIMPLEMENTED';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  SSH_ExtInfoExtension: (depth, ctx) =>
    fc.record({
      extension_name: fc.string({ unit: 'grapheme', maxLength: 8 }),
      extension_value: fc.uint8Array({ maxLength: 16 }),
    }),
  SSH_MSG_DEBUG: (depth, ctx) =>
    fc.record({
      always_display: fc.boolean(),
      message: fc.string({ unit: 'grapheme', maxLength: 8 }),
      language_tag: fc.string({ unit: 'grapheme', maxLength: 8 }),
    }),
  SSH_MSG_DISCONNECT: (depth, ctx) =>
    fc.record({
      reason_code: fc.oneof(
        fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
        fc.integer({ min: 0, max: 4294967295 }),
      ),
      description: fc.string({ unit: 'grapheme', maxLength: 8 }),
      language_tag: fc.string({ unit: 'grapheme', maxLength: 8 }),
    }),
  SSH_MSG_EXT_INFO: (depth, ctx) =>
    fc.record({ extensions: fc.array(A.SSH_ExtInfoExtension(depth - 1, {}), { maxLength: 3 }) }),
  SSH_MSG_IGNORE: (depth, ctx) => fc.record({ data: fc.uint8Array({ maxLength: 16 }) }),
  SSH_MSG_KEXINIT: (depth, ctx) =>
    fc.record({
      cookie: fc.uint8Array({ minLength: 16, maxLength: 16 }),
      kex_algorithms: fc.array(fc.stringMatching(/^[!-+\--~]{1,8}$/), { maxLength: 4 }),
      server_host_key_algorithms: fc.array(fc.stringMatching(/^[!-+\--~]{1,8}$/), { maxLength: 4 }),
      encryption_algorithms_client_to_server: fc.array(fc.stringMatching(/^[!-+\--~]{1,8}$/), {
        maxLength: 4,
      }),
      encryption_algorithms_server_to_client: fc.array(fc.stringMatching(/^[!-+\--~]{1,8}$/), {
        maxLength: 4,
      }),
      mac_algorithms_client_to_server: fc.array(fc.stringMatching(/^[!-+\--~]{1,8}$/), { maxLength: 4 }),
      mac_algorithms_server_to_client: fc.array(fc.stringMatching(/^[!-+\--~]{1,8}$/), { maxLength: 4 }),
      compression_algorithms_client_to_server: fc.array(fc.stringMatching(/^[!-+\--~]{1,8}$/), {
        maxLength: 4,
      }),
      compression_algorithms_server_to_client: fc.array(fc.stringMatching(/^[!-+\--~]{1,8}$/), {
        maxLength: 4,
      }),
      languages_client_to_server: fc.array(fc.stringMatching(/^[!-+\--~]{1,8}$/), { maxLength: 4 }),
      languages_server_to_client: fc.array(fc.stringMatching(/^[!-+\--~]{1,8}$/), { maxLength: 4 }),
      first_kex_packet_follows: fc.boolean(),
      reserved: fc.integer({ min: 0, max: 4294967295 }),
    }),
  SSH_MSG_NEWKEYS: (depth, ctx) => fc.record({}),
  SSH_MSG_SERVICE_ACCEPT: (depth, ctx) =>
    fc.record({ service_name: fc.string({ unit: 'grapheme', maxLength: 8 }) }),
  SSH_MSG_SERVICE_REQUEST: (depth, ctx) =>
    fc.record({ service_name: fc.string({ unit: 'grapheme', maxLength: 8 }) }),
  SSH_MSG_UNIMPLEMENTED: (depth, ctx) =>
    fc.record({ packet_sequence_number: fc.integer({ min: 0, max: 4294967295 }) }),
});
void startsWithText;
void hexBytes;
describe('SSH_MSG_DISCONNECT', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SSH_MSG_DISCONNECT, [{}], M.encodeSSH_MSG_DISCONNECT, M.decodeSSH_MSG_DISCONNECT));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SSH_MSG_DISCONNECT, [{}], M.encodeSSH_MSG_DISCONNECT, M.decodeSSH_MSG_DISCONNECT));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SSH_MSG_DISCONNECT, [{}], M.encodeSSH_MSG_DISCONNECT, M.decodeSSH_MSG_DISCONNECT));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SSH_MSG_DISCONNECT, [{}], M.encodeSSH_MSG_DISCONNECT, M.decodeSSH_MSG_DISCONNECT));
});
describe('SSH_MSG_IGNORE', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SSH_MSG_IGNORE, [{}], M.encodeSSH_MSG_IGNORE, M.decodeSSH_MSG_IGNORE));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SSH_MSG_IGNORE, [{}], M.encodeSSH_MSG_IGNORE, M.decodeSSH_MSG_IGNORE));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SSH_MSG_IGNORE, [{}], M.encodeSSH_MSG_IGNORE, M.decodeSSH_MSG_IGNORE));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SSH_MSG_IGNORE, [{}], M.encodeSSH_MSG_IGNORE, M.decodeSSH_MSG_IGNORE));
});
describe('SSH_MSG_UNIMPLEMENTED', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SSH_MSG_UNIMPLEMENTED, [{}], M.encodeSSH_MSG_UNIMPLEMENTED, M.decodeSSH_MSG_UNIMPLEMENTED));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_UNIMPLEMENTED,
      [{}],
      M.encodeSSH_MSG_UNIMPLEMENTED,
      M.decodeSSH_MSG_UNIMPLEMENTED,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_UNIMPLEMENTED,
      [{}],
      M.encodeSSH_MSG_UNIMPLEMENTED,
      M.decodeSSH_MSG_UNIMPLEMENTED,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_UNIMPLEMENTED,
      [{}],
      M.encodeSSH_MSG_UNIMPLEMENTED,
      M.decodeSSH_MSG_UNIMPLEMENTED,
    ));
});
describe('SSH_MSG_DEBUG', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SSH_MSG_DEBUG, [{}], M.encodeSSH_MSG_DEBUG, M.decodeSSH_MSG_DEBUG));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SSH_MSG_DEBUG, [{}], M.encodeSSH_MSG_DEBUG, M.decodeSSH_MSG_DEBUG));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SSH_MSG_DEBUG, [{}], M.encodeSSH_MSG_DEBUG, M.decodeSSH_MSG_DEBUG));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SSH_MSG_DEBUG, [{}], M.encodeSSH_MSG_DEBUG, M.decodeSSH_MSG_DEBUG));
});
describe('SSH_MSG_SERVICE_REQUEST', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_SERVICE_REQUEST,
      [{}],
      M.encodeSSH_MSG_SERVICE_REQUEST,
      M.decodeSSH_MSG_SERVICE_REQUEST,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_SERVICE_REQUEST,
      [{}],
      M.encodeSSH_MSG_SERVICE_REQUEST,
      M.decodeSSH_MSG_SERVICE_REQUEST,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_SERVICE_REQUEST,
      [{}],
      M.encodeSSH_MSG_SERVICE_REQUEST,
      M.decodeSSH_MSG_SERVICE_REQUEST,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_SERVICE_REQUEST,
      [{}],
      M.encodeSSH_MSG_SERVICE_REQUEST,
      M.decodeSSH_MSG_SERVICE_REQUEST,
    ));
});
describe('SSH_MSG_SERVICE_ACCEPT', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_SERVICE_ACCEPT,
      [{}],
      M.encodeSSH_MSG_SERVICE_ACCEPT,
      M.decodeSSH_MSG_SERVICE_ACCEPT,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_SERVICE_ACCEPT,
      [{}],
      M.encodeSSH_MSG_SERVICE_ACCEPT,
      M.decodeSSH_MSG_SERVICE_ACCEPT,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_SERVICE_ACCEPT,
      [{}],
      M.encodeSSH_MSG_SERVICE_ACCEPT,
      M.decodeSSH_MSG_SERVICE_ACCEPT,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_SERVICE_ACCEPT,
      [{}],
      M.encodeSSH_MSG_SERVICE_ACCEPT,
      M.decodeSSH_MSG_SERVICE_ACCEPT,
    ));
});
describe('SSH_MSG_KEXINIT', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SSH_MSG_KEXINIT, [{}], M.encodeSSH_MSG_KEXINIT, M.decodeSSH_MSG_KEXINIT));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SSH_MSG_KEXINIT, [{}], M.encodeSSH_MSG_KEXINIT, M.decodeSSH_MSG_KEXINIT));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SSH_MSG_KEXINIT, [{}], M.encodeSSH_MSG_KEXINIT, M.decodeSSH_MSG_KEXINIT));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SSH_MSG_KEXINIT, [{}], M.encodeSSH_MSG_KEXINIT, M.decodeSSH_MSG_KEXINIT));
});
describe('SSH_MSG_NEWKEYS', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SSH_MSG_NEWKEYS, [{}], M.encodeSSH_MSG_NEWKEYS, M.decodeSSH_MSG_NEWKEYS));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SSH_MSG_NEWKEYS, [{}], M.encodeSSH_MSG_NEWKEYS, M.decodeSSH_MSG_NEWKEYS));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SSH_MSG_NEWKEYS, [{}], M.encodeSSH_MSG_NEWKEYS, M.decodeSSH_MSG_NEWKEYS));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SSH_MSG_NEWKEYS, [{}], M.encodeSSH_MSG_NEWKEYS, M.decodeSSH_MSG_NEWKEYS));
});
describe('SSH_ExtInfoExtension', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SSH_ExtInfoExtension, [{}], M.encodeSSH_ExtInfoExtension, M.decodeSSH_ExtInfoExtension));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SSH_ExtInfoExtension, [{}], M.encodeSSH_ExtInfoExtension, M.decodeSSH_ExtInfoExtension));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SSH_ExtInfoExtension, [{}], M.encodeSSH_ExtInfoExtension, M.decodeSSH_ExtInfoExtension));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SSH_ExtInfoExtension, [{}], M.encodeSSH_ExtInfoExtension, M.decodeSSH_ExtInfoExtension));
});
describe('SSH_MSG_EXT_INFO', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SSH_MSG_EXT_INFO, [{}], M.encodeSSH_MSG_EXT_INFO, M.decodeSSH_MSG_EXT_INFO));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SSH_MSG_EXT_INFO, [{}], M.encodeSSH_MSG_EXT_INFO, M.decodeSSH_MSG_EXT_INFO));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SSH_MSG_EXT_INFO, [{}], M.encodeSSH_MSG_EXT_INFO, M.decodeSSH_MSG_EXT_INFO));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SSH_MSG_EXT_INFO, [{}], M.encodeSSH_MSG_EXT_INFO, M.decodeSSH_MSG_EXT_INFO));
});
