// Generated from specs/ssh/kex-dh.spec by otpnet-gen. Do not edit.

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
import * as M from '../src/kex-dh.js';

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types = 'SSH_MSG_KEXDH_INIT' | 'SSH_MSG_KEXDH_REPLY';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  SSH_MSG_KEXDH_INIT: (depth, ctx) => fc.record({ e: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }) }),
  SSH_MSG_KEXDH_REPLY: (depth, ctx) =>
    fc.record({
      K_S: fc.uint8Array({ maxLength: 16 }),
      f: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
      signature: fc.uint8Array({ maxLength: 16 }),
    }),
});
void startsWithText;
void hexBytes;
describe('SSH_MSG_KEXDH_INIT', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SSH_MSG_KEXDH_INIT, [{}], M.encodeSSH_MSG_KEXDH_INIT, M.decodeSSH_MSG_KEXDH_INIT));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SSH_MSG_KEXDH_INIT, [{}], M.encodeSSH_MSG_KEXDH_INIT, M.decodeSSH_MSG_KEXDH_INIT));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SSH_MSG_KEXDH_INIT, [{}], M.encodeSSH_MSG_KEXDH_INIT, M.decodeSSH_MSG_KEXDH_INIT));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SSH_MSG_KEXDH_INIT, [{}], M.encodeSSH_MSG_KEXDH_INIT, M.decodeSSH_MSG_KEXDH_INIT));
});
describe('SSH_MSG_KEXDH_REPLY', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SSH_MSG_KEXDH_REPLY, [{}], M.encodeSSH_MSG_KEXDH_REPLY, M.decodeSSH_MSG_KEXDH_REPLY));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SSH_MSG_KEXDH_REPLY, [{}], M.encodeSSH_MSG_KEXDH_REPLY, M.decodeSSH_MSG_KEXDH_REPLY));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SSH_MSG_KEXDH_REPLY, [{}], M.encodeSSH_MSG_KEXDH_REPLY, M.decodeSSH_MSG_KEXDH_REPLY));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SSH_MSG_KEXDH_REPLY, [{}], M.encodeSSH_MSG_KEXDH_REPLY, M.decodeSSH_MSG_KEXDH_REPLY));
});
