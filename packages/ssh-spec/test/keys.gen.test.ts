// Generated from specs/ssh/keys.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsEnforced, decodesSafely, noStrictPrefix, roundTrip, type Types } from '@otpnet/test-support/spec-properties';
import * as M from '../src/keys.js';

const types: Types = { "BcryptKdfOptions": { "params": [], "fields": [{ "name": "salt", "shape": { "k": "one" }, "elem": { "t": "sshString" } }, { "name": "rounds", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "OpenSshPrivateKeyFile": { "params": [], "fields": [{ "name": "auth_magic", "shape": { "k": "fixed", "n": 15 }, "elem": { "t": "bytes" } }, { "name": "ciphername", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "kdfname", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "kdfoptions", "shape": { "k": "one" }, "elem": { "t": "sshString" } }, { "name": "number_of_keys", "shape": { "k": "one" }, "implicit": true, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "public_keys", "shape": { "k": "fieldCount", "max": 255 }, "elem": { "t": "sshString" } }, { "name": "private_keys", "shape": { "k": "one" }, "elem": { "t": "sshString" } }, { "name": "tag", "shape": { "k": "rest" }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": true, "contexts": [] }, "OpenSshPrivateSection": { "params": [], "fields": [{ "name": "checkint1", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "checkint2", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "keytype", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "key", "shape": { "k": "one" }, "select": { "tag": "keytype", "param": false, "cases": [{ "tag": "ssh-rsa", "case": "ssh-rsa", "elem": { "t": "struct", "name": "SshRsaPrivateKey" } }, { "tag": "ssh-dss", "case": "ssh-dss", "elem": { "t": "struct", "name": "SshDssPrivateKey" } }, { "tag": "ecdsa-sha2-nistp256", "case": "ecdsa-sha2-nistp256", "elem": { "t": "struct", "name": "SshEcdsaPrivateKey" } }, { "tag": "ecdsa-sha2-nistp384", "case": "ecdsa-sha2-nistp384", "elem": { "t": "struct", "name": "SshEcdsaPrivateKey" } }, { "tag": "ecdsa-sha2-nistp521", "case": "ecdsa-sha2-nistp521", "elem": { "t": "struct", "name": "SshEcdsaPrivateKey" } }, { "tag": "ssh-ed25519", "case": "ssh-ed25519", "elem": { "t": "struct", "name": "SshEddsaPrivateKey" } }, { "tag": "ssh-ed448", "case": "ssh-ed448", "elem": { "t": "struct", "name": "SshEddsaPrivateKey" } }] } }, { "name": "comment", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "padding", "shape": { "k": "rest" }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": true, "contexts": [] }, "SshDssPrivateKey": { "params": [], "fields": [{ "name": "p", "shape": { "k": "one" }, "elem": { "t": "mpint" } }, { "name": "q", "shape": { "k": "one" }, "elem": { "t": "mpint" } }, { "name": "g", "shape": { "k": "one" }, "elem": { "t": "mpint" } }, { "name": "y", "shape": { "k": "one" }, "elem": { "t": "mpint" } }, { "name": "x", "shape": { "k": "one" }, "elem": { "t": "mpint" } }], "recursive": false, "openTail": false, "contexts": [] }, "SshDssPublicKey": { "params": [], "fields": [{ "name": "p", "shape": { "k": "one" }, "elem": { "t": "mpint" } }, { "name": "q", "shape": { "k": "one" }, "elem": { "t": "mpint" } }, { "name": "g", "shape": { "k": "one" }, "elem": { "t": "mpint" } }, { "name": "y", "shape": { "k": "one" }, "elem": { "t": "mpint" } }], "recursive": false, "openTail": false, "contexts": [] }, "SshEcdsaPrivateKey": { "params": [], "fields": [{ "name": "identifier", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "Q", "shape": { "k": "one" }, "elem": { "t": "sshString" } }, { "name": "d", "shape": { "k": "one" }, "elem": { "t": "mpint" } }], "recursive": false, "openTail": false, "contexts": [] }, "SshEcdsaPublicKey": { "params": [], "fields": [{ "name": "identifier", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "Q", "shape": { "k": "one" }, "elem": { "t": "sshString" } }], "recursive": false, "openTail": false, "contexts": [] }, "SshEddsaPrivateKey": { "params": [], "fields": [{ "name": "public_key", "shape": { "k": "one" }, "elem": { "t": "sshString" } }, { "name": "private_key", "shape": { "k": "one" }, "elem": { "t": "sshString" } }], "recursive": false, "openTail": false, "contexts": [] }, "SshEddsaPublicKey": { "params": [], "fields": [{ "name": "key", "shape": { "k": "one" }, "elem": { "t": "sshString" } }], "recursive": false, "openTail": false, "contexts": [] }, "SshPublicKeyBlob": { "params": [], "fields": [{ "name": "format_identifier", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "key", "shape": { "k": "rest" }, "select": { "tag": "format_identifier", "param": false, "cases": [{ "tag": "ssh-rsa", "case": "ssh-rsa", "elem": { "t": "struct", "name": "SshRsaPublicKey" } }, { "tag": "ssh-dss", "case": "ssh-dss", "elem": { "t": "struct", "name": "SshDssPublicKey" } }, { "tag": "ecdsa-sha2-nistp256", "case": "ecdsa-sha2-nistp256", "elem": { "t": "struct", "name": "SshEcdsaPublicKey" } }, { "tag": "ecdsa-sha2-nistp384", "case": "ecdsa-sha2-nistp384", "elem": { "t": "struct", "name": "SshEcdsaPublicKey" } }, { "tag": "ecdsa-sha2-nistp521", "case": "ecdsa-sha2-nistp521", "elem": { "t": "struct", "name": "SshEcdsaPublicKey" } }, { "tag": "ssh-ed25519", "case": "ssh-ed25519", "elem": { "t": "struct", "name": "SshEddsaPublicKey" } }, { "tag": "ssh-ed448", "case": "ssh-ed448", "elem": { "t": "struct", "name": "SshEddsaPublicKey" } }], "default": { "elem": { "t": "rest" }, "tag": { "t": "string" } } } }], "recursive": false, "openTail": true, "contexts": [] }, "SshRsaPrivateKey": { "params": [], "fields": [{ "name": "n", "shape": { "k": "one" }, "elem": { "t": "mpint" } }, { "name": "e", "shape": { "k": "one" }, "elem": { "t": "mpint" } }, { "name": "d", "shape": { "k": "one" }, "elem": { "t": "mpint" } }, { "name": "iqmp", "shape": { "k": "one" }, "elem": { "t": "mpint" } }, { "name": "p", "shape": { "k": "one" }, "elem": { "t": "mpint" } }, { "name": "q", "shape": { "k": "one" }, "elem": { "t": "mpint" } }], "recursive": false, "openTail": false, "contexts": [] }, "SshRsaPublicKey": { "params": [], "fields": [{ "name": "e", "shape": { "k": "one" }, "elem": { "t": "mpint" } }, { "name": "n", "shape": { "k": "one" }, "elem": { "t": "mpint" } }], "recursive": false, "openTail": false, "contexts": [] } };
describe('SshPublicKeyBlob', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SshPublicKeyBlob', M.encodeSshPublicKeyBlob, M.decodeSshPublicKeyBlob));
  // SshPublicKeyBlob ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SshPublicKeyBlob', M.encodeSshPublicKeyBlob, M.decodeSshPublicKeyBlob));
});
describe('SshRsaPublicKey', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SshRsaPublicKey', M.encodeSshRsaPublicKey, M.decodeSshRsaPublicKey));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SshRsaPublicKey', M.encodeSshRsaPublicKey, M.decodeSshRsaPublicKey));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SshRsaPublicKey', M.encodeSshRsaPublicKey, M.decodeSshRsaPublicKey));
});
describe('SshDssPublicKey', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SshDssPublicKey', M.encodeSshDssPublicKey, M.decodeSshDssPublicKey));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SshDssPublicKey', M.encodeSshDssPublicKey, M.decodeSshDssPublicKey));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SshDssPublicKey', M.encodeSshDssPublicKey, M.decodeSshDssPublicKey));
});
describe('SshEcdsaPublicKey', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SshEcdsaPublicKey', M.encodeSshEcdsaPublicKey, M.decodeSshEcdsaPublicKey));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SshEcdsaPublicKey', M.encodeSshEcdsaPublicKey, M.decodeSshEcdsaPublicKey));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SshEcdsaPublicKey', M.encodeSshEcdsaPublicKey, M.decodeSshEcdsaPublicKey));
});
describe('SshEddsaPublicKey', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SshEddsaPublicKey', M.encodeSshEddsaPublicKey, M.decodeSshEddsaPublicKey));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SshEddsaPublicKey', M.encodeSshEddsaPublicKey, M.decodeSshEddsaPublicKey));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SshEddsaPublicKey', M.encodeSshEddsaPublicKey, M.decodeSshEddsaPublicKey));
});
describe('OpenSshPrivateKeyFile', () => {
  it('decodes what it encodes', () => roundTrip(types, 'OpenSshPrivateKeyFile', M.encodeOpenSshPrivateKeyFile, M.decodeOpenSshPrivateKeyFile));
  // OpenSshPrivateKeyFile ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'OpenSshPrivateKeyFile', M.encodeOpenSshPrivateKeyFile, M.decodeOpenSshPrivateKeyFile));
});
describe('BcryptKdfOptions', () => {
  it('decodes what it encodes', () => roundTrip(types, 'BcryptKdfOptions', M.encodeBcryptKdfOptions, M.decodeBcryptKdfOptions));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'BcryptKdfOptions', M.encodeBcryptKdfOptions, M.decodeBcryptKdfOptions));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'BcryptKdfOptions', M.encodeBcryptKdfOptions, M.decodeBcryptKdfOptions));
});
describe('OpenSshPrivateSection', () => {
  it('decodes what it encodes', () => roundTrip(types, 'OpenSshPrivateSection', M.encodeOpenSshPrivateSection, M.decodeOpenSshPrivateSection));
  // OpenSshPrivateSection ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'OpenSshPrivateSection', M.encodeOpenSshPrivateSection, M.decodeOpenSshPrivateSection));
});
describe('SshRsaPrivateKey', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SshRsaPrivateKey', M.encodeSshRsaPrivateKey, M.decodeSshRsaPrivateKey));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SshRsaPrivateKey', M.encodeSshRsaPrivateKey, M.decodeSshRsaPrivateKey));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SshRsaPrivateKey', M.encodeSshRsaPrivateKey, M.decodeSshRsaPrivateKey));
});
describe('SshDssPrivateKey', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SshDssPrivateKey', M.encodeSshDssPrivateKey, M.decodeSshDssPrivateKey));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SshDssPrivateKey', M.encodeSshDssPrivateKey, M.decodeSshDssPrivateKey));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SshDssPrivateKey', M.encodeSshDssPrivateKey, M.decodeSshDssPrivateKey));
});
describe('SshEcdsaPrivateKey', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SshEcdsaPrivateKey', M.encodeSshEcdsaPrivateKey, M.decodeSshEcdsaPrivateKey));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SshEcdsaPrivateKey', M.encodeSshEcdsaPrivateKey, M.decodeSshEcdsaPrivateKey));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SshEcdsaPrivateKey', M.encodeSshEcdsaPrivateKey, M.decodeSshEcdsaPrivateKey));
});
describe('SshEddsaPrivateKey', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SshEddsaPrivateKey', M.encodeSshEddsaPrivateKey, M.decodeSshEddsaPrivateKey));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SshEddsaPrivateKey', M.encodeSshEddsaPrivateKey, M.decodeSshEddsaPrivateKey));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SshEddsaPrivateKey', M.encodeSshEddsaPrivateKey, M.decodeSshEddsaPrivateKey));
});
