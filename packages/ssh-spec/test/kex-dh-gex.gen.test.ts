// Generated from specs/ssh/kex-dh-gex.spec by otpnet-gen. Do not edit.

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
import * as M from '../src/kex-dh-gex.js';

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types =
  | 'SSH_MSG_KEX_DH_GEX_GROUP'
  | 'SSH_MSG_KEX_DH_GEX_INIT'
  | 'SSH_MSG_KEX_DH_GEX_REPLY'
  | 'SSH_MSG_KEX_DH_GEX_REQUEST'
  | 'SSH_MSG_KEX_DH_GEX_REQUEST_OLD';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  SSH_MSG_KEX_DH_GEX_GROUP: (depth, ctx) =>
    fc.record({
      p: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
      g: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
    }),
  SSH_MSG_KEX_DH_GEX_INIT: (depth, ctx) =>
    fc.record({ e: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }) }),
  SSH_MSG_KEX_DH_GEX_REPLY: (depth, ctx) =>
    fc.record({
      K_S: fc.uint8Array({ maxLength: 16 }),
      f: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
      signature: fc.uint8Array({ maxLength: 16 }),
    }),
  SSH_MSG_KEX_DH_GEX_REQUEST: (depth, ctx) =>
    fc.record({
      min: fc.integer({ min: 0, max: 4294967295 }),
      n: fc.integer({ min: 0, max: 4294967295 }),
      max: fc.integer({ min: 0, max: 4294967295 }),
    }),
  SSH_MSG_KEX_DH_GEX_REQUEST_OLD: (depth, ctx) => fc.record({ n: fc.integer({ min: 0, max: 4294967295 }) }),
});
void startsWithText;
void hexBytes;
describe('SSH_MSG_KEX_DH_GEX_REQUEST', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_KEX_DH_GEX_REQUEST,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_REQUEST,
      M.decodeSSH_MSG_KEX_DH_GEX_REQUEST,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_KEX_DH_GEX_REQUEST,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_REQUEST,
      M.decodeSSH_MSG_KEX_DH_GEX_REQUEST,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_KEX_DH_GEX_REQUEST,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_REQUEST,
      M.decodeSSH_MSG_KEX_DH_GEX_REQUEST,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_KEX_DH_GEX_REQUEST,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_REQUEST,
      M.decodeSSH_MSG_KEX_DH_GEX_REQUEST,
    ));
});
describe('SSH_MSG_KEX_DH_GEX_REQUEST_OLD', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_KEX_DH_GEX_REQUEST_OLD,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_REQUEST_OLD,
      M.decodeSSH_MSG_KEX_DH_GEX_REQUEST_OLD,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_KEX_DH_GEX_REQUEST_OLD,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_REQUEST_OLD,
      M.decodeSSH_MSG_KEX_DH_GEX_REQUEST_OLD,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_KEX_DH_GEX_REQUEST_OLD,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_REQUEST_OLD,
      M.decodeSSH_MSG_KEX_DH_GEX_REQUEST_OLD,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_KEX_DH_GEX_REQUEST_OLD,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_REQUEST_OLD,
      M.decodeSSH_MSG_KEX_DH_GEX_REQUEST_OLD,
    ));
});
describe('SSH_MSG_KEX_DH_GEX_GROUP', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_KEX_DH_GEX_GROUP,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_GROUP,
      M.decodeSSH_MSG_KEX_DH_GEX_GROUP,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_KEX_DH_GEX_GROUP,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_GROUP,
      M.decodeSSH_MSG_KEX_DH_GEX_GROUP,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_KEX_DH_GEX_GROUP,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_GROUP,
      M.decodeSSH_MSG_KEX_DH_GEX_GROUP,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_KEX_DH_GEX_GROUP,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_GROUP,
      M.decodeSSH_MSG_KEX_DH_GEX_GROUP,
    ));
});
describe('SSH_MSG_KEX_DH_GEX_INIT', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_KEX_DH_GEX_INIT,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_INIT,
      M.decodeSSH_MSG_KEX_DH_GEX_INIT,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_KEX_DH_GEX_INIT,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_INIT,
      M.decodeSSH_MSG_KEX_DH_GEX_INIT,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_KEX_DH_GEX_INIT,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_INIT,
      M.decodeSSH_MSG_KEX_DH_GEX_INIT,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_KEX_DH_GEX_INIT,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_INIT,
      M.decodeSSH_MSG_KEX_DH_GEX_INIT,
    ));
});
describe('SSH_MSG_KEX_DH_GEX_REPLY', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_KEX_DH_GEX_REPLY,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_REPLY,
      M.decodeSSH_MSG_KEX_DH_GEX_REPLY,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_KEX_DH_GEX_REPLY,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_REPLY,
      M.decodeSSH_MSG_KEX_DH_GEX_REPLY,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_KEX_DH_GEX_REPLY,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_REPLY,
      M.decodeSSH_MSG_KEX_DH_GEX_REPLY,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_KEX_DH_GEX_REPLY,
      [{}],
      M.encodeSSH_MSG_KEX_DH_GEX_REPLY,
      M.decodeSSH_MSG_KEX_DH_GEX_REPLY,
    ));
});
