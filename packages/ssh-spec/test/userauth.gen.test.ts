// Generated from specs/ssh/userauth.spec by otpnet-gen. Do not edit.

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
import * as M from '../src/userauth.js';

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types =
  | 'AuthNone'
  | 'KeyboardInteractivePrompt'
  | 'KeyboardInteractiveRequest'
  | 'PasswordRequest'
  | 'PasswordRequestFalse'
  | 'PasswordRequestTrue'
  | 'PublickeyRequest'
  | 'PublickeyRequestFalse'
  | 'PublickeyRequestTrue'
  | 'SSH_MSG_USERAUTH_BANNER'
  | 'SSH_MSG_USERAUTH_FAILURE'
  | 'SSH_MSG_USERAUTH_INFO_REQUEST'
  | 'SSH_MSG_USERAUTH_INFO_RESPONSE'
  | 'SSH_MSG_USERAUTH_PASSWD_CHANGEREQ'
  | 'SSH_MSG_USERAUTH_PK_OK'
  | 'SSH_MSG_USERAUTH_REQUEST'
  | 'SSH_MSG_USERAUTH_SUCCESS';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  AuthNone: (depth, ctx) => fc.record({}),
  KeyboardInteractivePrompt: (depth, ctx) =>
    fc.record({ prompt: fc.string({ unit: 'grapheme', maxLength: 8 }), echo: fc.boolean() }),
  KeyboardInteractiveRequest: (depth, ctx) =>
    fc.record({
      language_tag: fc.string({ unit: 'grapheme', maxLength: 8 }),
      submethods: fc.array(fc.stringMatching(/^[!-+\--~]{1,8}$/), { maxLength: 4 }),
    }),
  PasswordRequest: (depth, ctx) =>
    fc
      .record({
        password: fc.string({ unit: 'grapheme', maxLength: 8 }),
        body: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(false),
              A.PasswordRequestFalse(depth - 1, {}).map((value) => ({ case: false, value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(true),
              A.PasswordRequestTrue(depth - 1, {}).map((value) => ({ case: true, value })),
            ),
          ],
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.change_password = (v.body as [unknown, unknown])[0];
        v.body = (v.body as [unknown, unknown])[1];
        return v;
      }),
  PasswordRequestFalse: (depth, ctx) => fc.record({}),
  PasswordRequestTrue: (depth, ctx) =>
    fc.record({ new_password: fc.string({ unit: 'grapheme', maxLength: 8 }) }),
  PublickeyRequest: (depth, ctx) =>
    fc
      .record({
        public_key_algorithm_name: fc.string({ unit: 'grapheme', maxLength: 8 }),
        public_key_blob: fc.uint8Array({ maxLength: 16 }),
        body: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(false),
              A.PublickeyRequestFalse(depth - 1, {}).map((value) => ({ case: false, value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(true),
              A.PublickeyRequestTrue(depth - 1, {}).map((value) => ({ case: true, value })),
            ),
          ],
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.has_signature = (v.body as [unknown, unknown])[0];
        v.body = (v.body as [unknown, unknown])[1];
        return v;
      }),
  PublickeyRequestFalse: (depth, ctx) => fc.record({}),
  PublickeyRequestTrue: (depth, ctx) => fc.record({ signature: fc.uint8Array({ maxLength: 16 }) }),
  SSH_MSG_USERAUTH_BANNER: (depth, ctx) =>
    fc.record({
      message: fc.string({ unit: 'grapheme', maxLength: 8 }),
      language_tag: fc.string({ unit: 'grapheme', maxLength: 8 }),
    }),
  SSH_MSG_USERAUTH_FAILURE: (depth, ctx) =>
    fc.record({
      authentications_that_can_continue: fc.array(fc.stringMatching(/^[!-+\--~]{1,8}$/), { maxLength: 4 }),
      partial_success: fc.boolean(),
    }),
  SSH_MSG_USERAUTH_INFO_REQUEST: (depth, ctx) =>
    fc.record({
      name: fc.string({ unit: 'grapheme', maxLength: 8 }),
      instruction: fc.string({ unit: 'grapheme', maxLength: 8 }),
      language_tag: fc.string({ unit: 'grapheme', maxLength: 8 }),
      prompts: fc.array(A.KeyboardInteractivePrompt(depth - 1, {}), { maxLength: 3 }),
    }),
  SSH_MSG_USERAUTH_INFO_RESPONSE: (depth, ctx) =>
    fc.record({ responses: fc.array(fc.string({ unit: 'grapheme', maxLength: 8 }), { maxLength: 3 }) }),
  SSH_MSG_USERAUTH_PASSWD_CHANGEREQ: (depth, ctx) =>
    fc.record({
      prompt: fc.string({ unit: 'grapheme', maxLength: 8 }),
      language_tag: fc.string({ unit: 'grapheme', maxLength: 8 }),
    }),
  SSH_MSG_USERAUTH_PK_OK: (depth, ctx) =>
    fc.record({
      public_key_algorithm_name: fc.string({ unit: 'grapheme', maxLength: 8 }),
      public_key_blob: fc.uint8Array({ maxLength: 16 }),
    }),
  SSH_MSG_USERAUTH_REQUEST: (depth, ctx) =>
    fc
      .record({
        user_name: fc.string({ unit: 'grapheme', maxLength: 8 }),
        service_name: fc.string({ unit: 'grapheme', maxLength: 8 }),
        method_specific_fields: fc.oneof(
          ...[
            fc.tuple(
              fc.constant('none'),
              A.AuthNone(depth - 1, {}).map((value) => ({ case: 'none', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('password'),
              A.PasswordRequest(depth - 1, {}).map((value) => ({ case: 'password', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('publickey'),
              A.PublickeyRequest(depth - 1, {}).map((value) => ({ case: 'publickey', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('keyboard-interactive'),
              A.KeyboardInteractiveRequest(depth - 1, {}).map((value) => ({
                case: 'keyboard-interactive',
                value,
              })),
            ),
          ],
          fc.tuple(
            fc
              .stringMatching(/^[a-z][a-z0-9-]{0,7}$/)
              .filter((x) => !['none', 'password', 'publickey', 'keyboard-interactive'].includes(x)),
            fc.uint8Array({ maxLength: 16 }).map((value) => ({ case: undefined, value })),
          ),
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.method_name = (v.method_specific_fields as [unknown, unknown])[0];
        v.method_specific_fields = (v.method_specific_fields as [unknown, unknown])[1];
        return v;
      }),
  SSH_MSG_USERAUTH_SUCCESS: (depth, ctx) => fc.record({}),
});
void startsWithText;
void hexBytes;
describe('AuthNone', () => {
  it('decodes what it encodes', () => roundTrip(A.AuthNone, [{}], M.encodeAuthNone, M.decodeAuthNone));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.AuthNone, [{}], M.encodeAuthNone, M.decodeAuthNone));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.AuthNone, [{}], M.encodeAuthNone, M.decodeAuthNone));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.AuthNone, [{}], M.encodeAuthNone, M.decodeAuthNone));
});
describe('PasswordRequest', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.PasswordRequest, [{}], M.encodePasswordRequest, M.decodePasswordRequest));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.PasswordRequest, [{}], M.encodePasswordRequest, M.decodePasswordRequest));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.PasswordRequest, [{}], M.encodePasswordRequest, M.decodePasswordRequest));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.PasswordRequest, [{}], M.encodePasswordRequest, M.decodePasswordRequest));
});
describe('PasswordRequestFalse', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.PasswordRequestFalse, [{}], M.encodePasswordRequestFalse, M.decodePasswordRequestFalse));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.PasswordRequestFalse, [{}], M.encodePasswordRequestFalse, M.decodePasswordRequestFalse));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.PasswordRequestFalse, [{}], M.encodePasswordRequestFalse, M.decodePasswordRequestFalse));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.PasswordRequestFalse, [{}], M.encodePasswordRequestFalse, M.decodePasswordRequestFalse));
});
describe('PasswordRequestTrue', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.PasswordRequestTrue, [{}], M.encodePasswordRequestTrue, M.decodePasswordRequestTrue));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.PasswordRequestTrue, [{}], M.encodePasswordRequestTrue, M.decodePasswordRequestTrue));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.PasswordRequestTrue, [{}], M.encodePasswordRequestTrue, M.decodePasswordRequestTrue));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.PasswordRequestTrue, [{}], M.encodePasswordRequestTrue, M.decodePasswordRequestTrue));
});
describe('PublickeyRequest', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.PublickeyRequest, [{}], M.encodePublickeyRequest, M.decodePublickeyRequest));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.PublickeyRequest, [{}], M.encodePublickeyRequest, M.decodePublickeyRequest));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.PublickeyRequest, [{}], M.encodePublickeyRequest, M.decodePublickeyRequest));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.PublickeyRequest, [{}], M.encodePublickeyRequest, M.decodePublickeyRequest));
});
describe('PublickeyRequestFalse', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.PublickeyRequestFalse, [{}], M.encodePublickeyRequestFalse, M.decodePublickeyRequestFalse));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.PublickeyRequestFalse,
      [{}],
      M.encodePublickeyRequestFalse,
      M.decodePublickeyRequestFalse,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.PublickeyRequestFalse,
      [{}],
      M.encodePublickeyRequestFalse,
      M.decodePublickeyRequestFalse,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.PublickeyRequestFalse,
      [{}],
      M.encodePublickeyRequestFalse,
      M.decodePublickeyRequestFalse,
    ));
});
describe('PublickeyRequestTrue', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.PublickeyRequestTrue, [{}], M.encodePublickeyRequestTrue, M.decodePublickeyRequestTrue));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.PublickeyRequestTrue, [{}], M.encodePublickeyRequestTrue, M.decodePublickeyRequestTrue));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.PublickeyRequestTrue, [{}], M.encodePublickeyRequestTrue, M.decodePublickeyRequestTrue));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.PublickeyRequestTrue, [{}], M.encodePublickeyRequestTrue, M.decodePublickeyRequestTrue));
});
describe('KeyboardInteractiveRequest', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.KeyboardInteractiveRequest,
      [{}],
      M.encodeKeyboardInteractiveRequest,
      M.decodeKeyboardInteractiveRequest,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.KeyboardInteractiveRequest,
      [{}],
      M.encodeKeyboardInteractiveRequest,
      M.decodeKeyboardInteractiveRequest,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.KeyboardInteractiveRequest,
      [{}],
      M.encodeKeyboardInteractiveRequest,
      M.decodeKeyboardInteractiveRequest,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.KeyboardInteractiveRequest,
      [{}],
      M.encodeKeyboardInteractiveRequest,
      M.decodeKeyboardInteractiveRequest,
    ));
});
describe('SSH_MSG_USERAUTH_REQUEST', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_USERAUTH_REQUEST,
      [{}],
      M.encodeSSH_MSG_USERAUTH_REQUEST,
      M.decodeSSH_MSG_USERAUTH_REQUEST,
    ));
  // SSH_MSG_USERAUTH_REQUEST ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_USERAUTH_REQUEST,
      [{}],
      M.encodeSSH_MSG_USERAUTH_REQUEST,
      M.decodeSSH_MSG_USERAUTH_REQUEST,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_USERAUTH_REQUEST,
      [{}],
      M.encodeSSH_MSG_USERAUTH_REQUEST,
      M.decodeSSH_MSG_USERAUTH_REQUEST,
    ));
});
describe('SSH_MSG_USERAUTH_FAILURE', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_USERAUTH_FAILURE,
      [{}],
      M.encodeSSH_MSG_USERAUTH_FAILURE,
      M.decodeSSH_MSG_USERAUTH_FAILURE,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_USERAUTH_FAILURE,
      [{}],
      M.encodeSSH_MSG_USERAUTH_FAILURE,
      M.decodeSSH_MSG_USERAUTH_FAILURE,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_USERAUTH_FAILURE,
      [{}],
      M.encodeSSH_MSG_USERAUTH_FAILURE,
      M.decodeSSH_MSG_USERAUTH_FAILURE,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_USERAUTH_FAILURE,
      [{}],
      M.encodeSSH_MSG_USERAUTH_FAILURE,
      M.decodeSSH_MSG_USERAUTH_FAILURE,
    ));
});
describe('SSH_MSG_USERAUTH_SUCCESS', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_USERAUTH_SUCCESS,
      [{}],
      M.encodeSSH_MSG_USERAUTH_SUCCESS,
      M.decodeSSH_MSG_USERAUTH_SUCCESS,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_USERAUTH_SUCCESS,
      [{}],
      M.encodeSSH_MSG_USERAUTH_SUCCESS,
      M.decodeSSH_MSG_USERAUTH_SUCCESS,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_USERAUTH_SUCCESS,
      [{}],
      M.encodeSSH_MSG_USERAUTH_SUCCESS,
      M.decodeSSH_MSG_USERAUTH_SUCCESS,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_USERAUTH_SUCCESS,
      [{}],
      M.encodeSSH_MSG_USERAUTH_SUCCESS,
      M.decodeSSH_MSG_USERAUTH_SUCCESS,
    ));
});
describe('SSH_MSG_USERAUTH_BANNER', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_USERAUTH_BANNER,
      [{}],
      M.encodeSSH_MSG_USERAUTH_BANNER,
      M.decodeSSH_MSG_USERAUTH_BANNER,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_USERAUTH_BANNER,
      [{}],
      M.encodeSSH_MSG_USERAUTH_BANNER,
      M.decodeSSH_MSG_USERAUTH_BANNER,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_USERAUTH_BANNER,
      [{}],
      M.encodeSSH_MSG_USERAUTH_BANNER,
      M.decodeSSH_MSG_USERAUTH_BANNER,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_USERAUTH_BANNER,
      [{}],
      M.encodeSSH_MSG_USERAUTH_BANNER,
      M.decodeSSH_MSG_USERAUTH_BANNER,
    ));
});
describe('SSH_MSG_USERAUTH_PK_OK', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_USERAUTH_PK_OK,
      [{}],
      M.encodeSSH_MSG_USERAUTH_PK_OK,
      M.decodeSSH_MSG_USERAUTH_PK_OK,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_USERAUTH_PK_OK,
      [{}],
      M.encodeSSH_MSG_USERAUTH_PK_OK,
      M.decodeSSH_MSG_USERAUTH_PK_OK,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_USERAUTH_PK_OK,
      [{}],
      M.encodeSSH_MSG_USERAUTH_PK_OK,
      M.decodeSSH_MSG_USERAUTH_PK_OK,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_USERAUTH_PK_OK,
      [{}],
      M.encodeSSH_MSG_USERAUTH_PK_OK,
      M.decodeSSH_MSG_USERAUTH_PK_OK,
    ));
});
describe('SSH_MSG_USERAUTH_PASSWD_CHANGEREQ', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_USERAUTH_PASSWD_CHANGEREQ,
      [{}],
      M.encodeSSH_MSG_USERAUTH_PASSWD_CHANGEREQ,
      M.decodeSSH_MSG_USERAUTH_PASSWD_CHANGEREQ,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_USERAUTH_PASSWD_CHANGEREQ,
      [{}],
      M.encodeSSH_MSG_USERAUTH_PASSWD_CHANGEREQ,
      M.decodeSSH_MSG_USERAUTH_PASSWD_CHANGEREQ,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_USERAUTH_PASSWD_CHANGEREQ,
      [{}],
      M.encodeSSH_MSG_USERAUTH_PASSWD_CHANGEREQ,
      M.decodeSSH_MSG_USERAUTH_PASSWD_CHANGEREQ,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_USERAUTH_PASSWD_CHANGEREQ,
      [{}],
      M.encodeSSH_MSG_USERAUTH_PASSWD_CHANGEREQ,
      M.decodeSSH_MSG_USERAUTH_PASSWD_CHANGEREQ,
    ));
});
describe('KeyboardInteractivePrompt', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.KeyboardInteractivePrompt,
      [{}],
      M.encodeKeyboardInteractivePrompt,
      M.decodeKeyboardInteractivePrompt,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.KeyboardInteractivePrompt,
      [{}],
      M.encodeKeyboardInteractivePrompt,
      M.decodeKeyboardInteractivePrompt,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.KeyboardInteractivePrompt,
      [{}],
      M.encodeKeyboardInteractivePrompt,
      M.decodeKeyboardInteractivePrompt,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.KeyboardInteractivePrompt,
      [{}],
      M.encodeKeyboardInteractivePrompt,
      M.decodeKeyboardInteractivePrompt,
    ));
});
describe('SSH_MSG_USERAUTH_INFO_REQUEST', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_USERAUTH_INFO_REQUEST,
      [{}],
      M.encodeSSH_MSG_USERAUTH_INFO_REQUEST,
      M.decodeSSH_MSG_USERAUTH_INFO_REQUEST,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_USERAUTH_INFO_REQUEST,
      [{}],
      M.encodeSSH_MSG_USERAUTH_INFO_REQUEST,
      M.decodeSSH_MSG_USERAUTH_INFO_REQUEST,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_USERAUTH_INFO_REQUEST,
      [{}],
      M.encodeSSH_MSG_USERAUTH_INFO_REQUEST,
      M.decodeSSH_MSG_USERAUTH_INFO_REQUEST,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_USERAUTH_INFO_REQUEST,
      [{}],
      M.encodeSSH_MSG_USERAUTH_INFO_REQUEST,
      M.decodeSSH_MSG_USERAUTH_INFO_REQUEST,
    ));
});
describe('SSH_MSG_USERAUTH_INFO_RESPONSE', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_USERAUTH_INFO_RESPONSE,
      [{}],
      M.encodeSSH_MSG_USERAUTH_INFO_RESPONSE,
      M.decodeSSH_MSG_USERAUTH_INFO_RESPONSE,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_USERAUTH_INFO_RESPONSE,
      [{}],
      M.encodeSSH_MSG_USERAUTH_INFO_RESPONSE,
      M.decodeSSH_MSG_USERAUTH_INFO_RESPONSE,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_USERAUTH_INFO_RESPONSE,
      [{}],
      M.encodeSSH_MSG_USERAUTH_INFO_RESPONSE,
      M.decodeSSH_MSG_USERAUTH_INFO_RESPONSE,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_USERAUTH_INFO_RESPONSE,
      [{}],
      M.encodeSSH_MSG_USERAUTH_INFO_RESPONSE,
      M.decodeSSH_MSG_USERAUTH_INFO_RESPONSE,
    ));
});
