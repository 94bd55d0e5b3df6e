// Generated from specs/ssh/kex-ecdh.spec by otpnet-gen. Do not edit.

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
import * as M from '../src/kex-ecdh.js';

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types = 'SSH_MSG_KEX_ECDH_INIT' | 'SSH_MSG_KEX_ECDH_REPLY';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  SSH_MSG_KEX_ECDH_INIT: (depth, ctx) => fc.record({ Q_C: fc.uint8Array({ maxLength: 16 }) }),
  SSH_MSG_KEX_ECDH_REPLY: (depth, ctx) =>
    fc.record({
      K_S: fc.uint8Array({ maxLength: 16 }),
      Q_S: fc.uint8Array({ maxLength: 16 }),
      signature: fc.uint8Array({ maxLength: 16 }),
    }),
});
void startsWithText;
void hexBytes;
describe('SSH_MSG_KEX_ECDH_INIT', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SSH_MSG_KEX_ECDH_INIT, [{}], M.encodeSSH_MSG_KEX_ECDH_INIT, M.decodeSSH_MSG_KEX_ECDH_INIT));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_KEX_ECDH_INIT,
      [{}],
      M.encodeSSH_MSG_KEX_ECDH_INIT,
      M.decodeSSH_MSG_KEX_ECDH_INIT,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_KEX_ECDH_INIT,
      [{}],
      M.encodeSSH_MSG_KEX_ECDH_INIT,
      M.decodeSSH_MSG_KEX_ECDH_INIT,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_KEX_ECDH_INIT,
      [{}],
      M.encodeSSH_MSG_KEX_ECDH_INIT,
      M.decodeSSH_MSG_KEX_ECDH_INIT,
    ));
});
describe('SSH_MSG_KEX_ECDH_REPLY', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_KEX_ECDH_REPLY,
      [{}],
      M.encodeSSH_MSG_KEX_ECDH_REPLY,
      M.decodeSSH_MSG_KEX_ECDH_REPLY,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_KEX_ECDH_REPLY,
      [{}],
      M.encodeSSH_MSG_KEX_ECDH_REPLY,
      M.decodeSSH_MSG_KEX_ECDH_REPLY,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_KEX_ECDH_REPLY,
      [{}],
      M.encodeSSH_MSG_KEX_ECDH_REPLY,
      M.decodeSSH_MSG_KEX_ECDH_REPLY,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_KEX_ECDH_REPLY,
      [{}],
      M.encodeSSH_MSG_KEX_ECDH_REPLY,
      M.decodeSSH_MSG_KEX_ECDH_REPLY,
    ));
});
