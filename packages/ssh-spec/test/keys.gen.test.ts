// Generated from specs/ssh/keys.spec by otpnet-gen. Do not edit.

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
import * as M from '../src/keys.js';

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types =
  | 'BcryptKdfOptions'
  | 'OpenSshCheckWords'
  | 'OpenSshPrivateKeyFile'
  | 'OpenSshPrivateSection'
  | 'SshDssPrivateKey'
  | 'SshDssPublicKey'
  | 'SshEcdsaPrivateKey'
  | 'SshEcdsaPublicKey'
  | 'SshEddsaPrivateKey'
  | 'SshEddsaPublicKey'
  | 'SshPublicKeyBlob'
  | 'SshRsaPrivateKey'
  | 'SshRsaPublicKey';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  BcryptKdfOptions: (depth, ctx) =>
    fc.record({ salt: fc.uint8Array({ maxLength: 16 }), rounds: fc.integer({ min: 0, max: 4294967295 }) }),
  OpenSshCheckWords: (depth, ctx) =>
    fc.record({
      checkint1: fc.integer({ min: 0, max: 4294967295 }),
      checkint2: fc.integer({ min: 0, max: 4294967295 }),
      rest: fc.uint8Array({ maxLength: 16 }),
    }),
  OpenSshPrivateKeyFile: (depth, ctx) =>
    fc.record({
      auth_magic: fc.uint8Array({ minLength: 15, maxLength: 15 }),
      ciphername: fc.string({ unit: 'grapheme', maxLength: 8 }),
      kdfname: fc.string({ unit: 'grapheme', maxLength: 8 }),
      kdfoptions: fc.uint8Array({ maxLength: 16 }),
      public_keys: fc.array(fc.uint8Array({ maxLength: 16 }), { maxLength: 3 }),
      private_keys: fc.uint8Array({ maxLength: 16 }),
      tag: fc.uint8Array({ maxLength: 16 }),
    }),
  OpenSshPrivateSection: (depth, ctx) =>
    fc
      .record({
        checkint1: fc.integer({ min: 0, max: 4294967295 }),
        checkint2: fc.integer({ min: 0, max: 4294967295 }),
        key: fc.oneof(
          ...[
            fc.tuple(
              fc.constant('ssh-rsa'),
              A.SshRsaPrivateKey(depth - 1, {}).map((value) => ({ case: 'ssh-rsa', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('ssh-dss'),
              A.SshDssPrivateKey(depth - 1, {}).map((value) => ({ case: 'ssh-dss', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('ecdsa-sha2-nistp256'),
              A.SshEcdsaPrivateKey(depth - 1, {}).map((value) => ({ case: 'ecdsa-sha2-nistp256', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('ecdsa-sha2-nistp384'),
              A.SshEcdsaPrivateKey(depth - 1, {}).map((value) => ({ case: 'ecdsa-sha2-nistp384', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('ecdsa-sha2-nistp521'),
              A.SshEcdsaPrivateKey(depth - 1, {}).map((value) => ({ case: 'ecdsa-sha2-nistp521', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('ssh-ed25519'),
              A.SshEddsaPrivateKey(depth - 1, {}).map((value) => ({ case: 'ssh-ed25519', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('ssh-ed448'),
              A.SshEddsaPrivateKey(depth - 1, {}).map((value) => ({ case: 'ssh-ed448', value })),
            ),
          ],
        ),
        comment: fc.string({ unit: 'grapheme', maxLength: 8 }),
        padding: fc.uint8Array({ maxLength: 16 }),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.keytype = (v.key as [unknown, unknown])[0];
        v.key = (v.key as [unknown, unknown])[1];
        return v;
      }),
  SshDssPrivateKey: (depth, ctx) =>
    fc.record({
      p: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
      q: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
      g: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
      y: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
      x: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
    }),
  SshDssPublicKey: (depth, ctx) =>
    fc.record({
      p: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
      q: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
      g: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
      y: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
    }),
  SshEcdsaPrivateKey: (depth, ctx) =>
    fc.record({
      identifier: fc.string({ unit: 'grapheme', maxLength: 8 }),
      Q: fc.uint8Array({ maxLength: 16 }),
      d: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
    }),
  SshEcdsaPublicKey: (depth, ctx) =>
    fc.record({
      identifier: fc.string({ unit: 'grapheme', maxLength: 8 }),
      Q: fc.uint8Array({ maxLength: 16 }),
    }),
  SshEddsaPrivateKey: (depth, ctx) =>
    fc.record({
      public_key: fc.uint8Array({ maxLength: 16 }),
      private_key: fc.uint8Array({ maxLength: 16 }),
    }),
  SshEddsaPublicKey: (depth, ctx) => fc.record({ key: fc.uint8Array({ maxLength: 16 }) }),
  SshPublicKeyBlob: (depth, ctx) =>
    fc
      .record({
        key: fc.oneof(
          ...[
            fc.tuple(
              fc.constant('ssh-rsa'),
              A.SshRsaPublicKey(depth - 1, {}).map((value) => ({ case: 'ssh-rsa', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('ssh-dss'),
              A.SshDssPublicKey(depth - 1, {}).map((value) => ({ case: 'ssh-dss', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('ecdsa-sha2-nistp256'),
              A.SshEcdsaPublicKey(depth - 1, {}).map((value) => ({ case: 'ecdsa-sha2-nistp256', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('ecdsa-sha2-nistp384'),
              A.SshEcdsaPublicKey(depth - 1, {}).map((value) => ({ case: 'ecdsa-sha2-nistp384', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('ecdsa-sha2-nistp521'),
              A.SshEcdsaPublicKey(depth - 1, {}).map((value) => ({ case: 'ecdsa-sha2-nistp521', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('ssh-ed25519'),
              A.SshEddsaPublicKey(depth - 1, {}).map((value) => ({ case: 'ssh-ed25519', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('ssh-ed448'),
              A.SshEddsaPublicKey(depth - 1, {}).map((value) => ({ case: 'ssh-ed448', value })),
            ),
          ],
          fc.tuple(
            fc
              .stringMatching(/^[a-z][a-z0-9-]{0,7}$/)
              .filter(
                (x) =>
                  ![
                    'ssh-rsa',
                    'ssh-dss',
                    'ecdsa-sha2-nistp256',
                    'ecdsa-sha2-nistp384',
                    'ecdsa-sha2-nistp521',
                    'ssh-ed25519',
                    'ssh-ed448',
                  ].includes(x),
              ),
            fc.uint8Array({ maxLength: 16 }).map((value) => ({ case: undefined, value })),
          ),
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.format_identifier = (v.key as [unknown, unknown])[0];
        v.key = (v.key as [unknown, unknown])[1];
        return v;
      }),
  SshRsaPrivateKey: (depth, ctx) =>
    fc.record({
      n: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
      e: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
      d: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
      iqmp: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
      p: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
      q: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
    }),
  SshRsaPublicKey: (depth, ctx) =>
    fc.record({
      e: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
      n: fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
    }),
});
void startsWithText;
void hexBytes;
describe('SshPublicKeyBlob', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SshPublicKeyBlob, [{}], M.encodeSshPublicKeyBlob, M.decodeSshPublicKeyBlob));
  // SshPublicKeyBlob ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SshPublicKeyBlob, [{}], M.encodeSshPublicKeyBlob, M.decodeSshPublicKeyBlob));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SshPublicKeyBlob, [{}], M.encodeSshPublicKeyBlob, M.decodeSshPublicKeyBlob));
});
describe('SshRsaPublicKey', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SshRsaPublicKey, [{}], M.encodeSshRsaPublicKey, M.decodeSshRsaPublicKey));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SshRsaPublicKey, [{}], M.encodeSshRsaPublicKey, M.decodeSshRsaPublicKey));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SshRsaPublicKey, [{}], M.encodeSshRsaPublicKey, M.decodeSshRsaPublicKey));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SshRsaPublicKey, [{}], M.encodeSshRsaPublicKey, M.decodeSshRsaPublicKey));
});
describe('SshDssPublicKey', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SshDssPublicKey, [{}], M.encodeSshDssPublicKey, M.decodeSshDssPublicKey));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SshDssPublicKey, [{}], M.encodeSshDssPublicKey, M.decodeSshDssPublicKey));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SshDssPublicKey, [{}], M.encodeSshDssPublicKey, M.decodeSshDssPublicKey));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SshDssPublicKey, [{}], M.encodeSshDssPublicKey, M.decodeSshDssPublicKey));
});
describe('SshEcdsaPublicKey', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SshEcdsaPublicKey, [{}], M.encodeSshEcdsaPublicKey, M.decodeSshEcdsaPublicKey));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SshEcdsaPublicKey, [{}], M.encodeSshEcdsaPublicKey, M.decodeSshEcdsaPublicKey));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SshEcdsaPublicKey, [{}], M.encodeSshEcdsaPublicKey, M.decodeSshEcdsaPublicKey));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SshEcdsaPublicKey, [{}], M.encodeSshEcdsaPublicKey, M.decodeSshEcdsaPublicKey));
});
describe('SshEddsaPublicKey', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SshEddsaPublicKey, [{}], M.encodeSshEddsaPublicKey, M.decodeSshEddsaPublicKey));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SshEddsaPublicKey, [{}], M.encodeSshEddsaPublicKey, M.decodeSshEddsaPublicKey));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SshEddsaPublicKey, [{}], M.encodeSshEddsaPublicKey, M.decodeSshEddsaPublicKey));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SshEddsaPublicKey, [{}], M.encodeSshEddsaPublicKey, M.decodeSshEddsaPublicKey));
});
describe('OpenSshPrivateKeyFile', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.OpenSshPrivateKeyFile, [{}], M.encodeOpenSshPrivateKeyFile, M.decodeOpenSshPrivateKeyFile));
  // OpenSshPrivateKeyFile ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.OpenSshPrivateKeyFile,
      [{}],
      M.encodeOpenSshPrivateKeyFile,
      M.decodeOpenSshPrivateKeyFile,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.OpenSshPrivateKeyFile,
      [{}],
      M.encodeOpenSshPrivateKeyFile,
      M.decodeOpenSshPrivateKeyFile,
    ));
});
describe('BcryptKdfOptions', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.BcryptKdfOptions, [{}], M.encodeBcryptKdfOptions, M.decodeBcryptKdfOptions));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.BcryptKdfOptions, [{}], M.encodeBcryptKdfOptions, M.decodeBcryptKdfOptions));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.BcryptKdfOptions, [{}], M.encodeBcryptKdfOptions, M.decodeBcryptKdfOptions));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.BcryptKdfOptions, [{}], M.encodeBcryptKdfOptions, M.decodeBcryptKdfOptions));
});
describe('OpenSshCheckWords', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.OpenSshCheckWords, [{}], M.encodeOpenSshCheckWords, M.decodeOpenSshCheckWords));
  // OpenSshCheckWords ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.OpenSshCheckWords, [{}], M.encodeOpenSshCheckWords, M.decodeOpenSshCheckWords));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.OpenSshCheckWords, [{}], M.encodeOpenSshCheckWords, M.decodeOpenSshCheckWords));
});
describe('OpenSshPrivateSection', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.OpenSshPrivateSection, [{}], M.encodeOpenSshPrivateSection, M.decodeOpenSshPrivateSection));
  // OpenSshPrivateSection ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.OpenSshPrivateSection,
      [{}],
      M.encodeOpenSshPrivateSection,
      M.decodeOpenSshPrivateSection,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.OpenSshPrivateSection,
      [{}],
      M.encodeOpenSshPrivateSection,
      M.decodeOpenSshPrivateSection,
    ));
});
describe('SshRsaPrivateKey', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SshRsaPrivateKey, [{}], M.encodeSshRsaPrivateKey, M.decodeSshRsaPrivateKey));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SshRsaPrivateKey, [{}], M.encodeSshRsaPrivateKey, M.decodeSshRsaPrivateKey));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SshRsaPrivateKey, [{}], M.encodeSshRsaPrivateKey, M.decodeSshRsaPrivateKey));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SshRsaPrivateKey, [{}], M.encodeSshRsaPrivateKey, M.decodeSshRsaPrivateKey));
});
describe('SshDssPrivateKey', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SshDssPrivateKey, [{}], M.encodeSshDssPrivateKey, M.decodeSshDssPrivateKey));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SshDssPrivateKey, [{}], M.encodeSshDssPrivateKey, M.decodeSshDssPrivateKey));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SshDssPrivateKey, [{}], M.encodeSshDssPrivateKey, M.decodeSshDssPrivateKey));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SshDssPrivateKey, [{}], M.encodeSshDssPrivateKey, M.decodeSshDssPrivateKey));
});
describe('SshEcdsaPrivateKey', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SshEcdsaPrivateKey, [{}], M.encodeSshEcdsaPrivateKey, M.decodeSshEcdsaPrivateKey));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SshEcdsaPrivateKey, [{}], M.encodeSshEcdsaPrivateKey, M.decodeSshEcdsaPrivateKey));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SshEcdsaPrivateKey, [{}], M.encodeSshEcdsaPrivateKey, M.decodeSshEcdsaPrivateKey));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SshEcdsaPrivateKey, [{}], M.encodeSshEcdsaPrivateKey, M.decodeSshEcdsaPrivateKey));
});
describe('SshEddsaPrivateKey', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SshEddsaPrivateKey, [{}], M.encodeSshEddsaPrivateKey, M.decodeSshEddsaPrivateKey));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SshEddsaPrivateKey, [{}], M.encodeSshEddsaPrivateKey, M.decodeSshEddsaPrivateKey));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SshEddsaPrivateKey, [{}], M.encodeSshEddsaPrivateKey, M.decodeSshEddsaPrivateKey));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SshEddsaPrivateKey, [{}], M.encodeSshEddsaPrivateKey, M.decodeSshEddsaPrivateKey));
});
