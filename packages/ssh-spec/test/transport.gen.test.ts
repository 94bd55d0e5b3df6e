// Generated from specs/ssh/transport.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsEnforced, decodesSafely, noStrictPrefix, roundTrip, type Types } from '@otpnet/test-support/spec-properties';
import * as M from '../src/transport.js';

const types: Types = { "SSH_ExtInfoExtension": { "params": [], "fields": [{ "name": "extension_name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "extension_value", "shape": { "k": "one" }, "elem": { "t": "sshString" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_DEBUG": { "params": [], "fields": [{ "name": "always_display", "shape": { "k": "one" }, "elem": { "t": "bool" } }, { "name": "message", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "language_tag", "shape": { "k": "one" }, "elem": { "t": "utf8" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_DISCONNECT": { "params": [], "fields": [{ "name": "reason_code", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], "max": 4294967295, "closed": false } }, { "name": "description", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "language_tag", "shape": { "k": "one" }, "elem": { "t": "utf8" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_EXT_INFO": { "params": [], "fields": [{ "name": "extensions", "shape": { "k": "counted", "max": 4294967295 }, "elem": { "t": "struct", "name": "SSH_ExtInfoExtension" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_IGNORE": { "params": [], "fields": [{ "name": "data", "shape": { "k": "one" }, "elem": { "t": "sshString" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_KEXINIT": { "params": [], "fields": [{ "name": "cookie", "shape": { "k": "fixed", "n": 16 }, "elem": { "t": "bytes" } }, { "name": "kex_algorithms", "shape": { "k": "one" }, "elem": { "t": "nameList" } }, { "name": "server_host_key_algorithms", "shape": { "k": "one" }, "elem": { "t": "nameList" } }, { "name": "encryption_algorithms_client_to_server", "shape": { "k": "one" }, "elem": { "t": "nameList" } }, { "name": "encryption_algorithms_server_to_client", "shape": { "k": "one" }, "elem": { "t": "nameList" } }, { "name": "mac_algorithms_client_to_server", "shape": { "k": "one" }, "elem": { "t": "nameList" } }, { "name": "mac_algorithms_server_to_client", "shape": { "k": "one" }, "elem": { "t": "nameList" } }, { "name": "compression_algorithms_client_to_server", "shape": { "k": "one" }, "elem": { "t": "nameList" } }, { "name": "compression_algorithms_server_to_client", "shape": { "k": "one" }, "elem": { "t": "nameList" } }, { "name": "languages_client_to_server", "shape": { "k": "one" }, "elem": { "t": "nameList" } }, { "name": "languages_server_to_client", "shape": { "k": "one" }, "elem": { "t": "nameList" } }, { "name": "first_kex_packet_follows", "shape": { "k": "one" }, "elem": { "t": "bool" } }, { "name": "reserved", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_NEWKEYS": { "params": [], "fields": [], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_SERVICE_ACCEPT": { "params": [], "fields": [{ "name": "service_name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_SERVICE_REQUEST": { "params": [], "fields": [{ "name": "service_name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_UNIMPLEMENTED": { "params": [], "fields": [{ "name": "packet_sequence_number", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] } };
describe('SSH_MSG_DISCONNECT', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_DISCONNECT', M.encodeSSH_MSG_DISCONNECT, M.decodeSSH_MSG_DISCONNECT));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_DISCONNECT', M.encodeSSH_MSG_DISCONNECT, M.decodeSSH_MSG_DISCONNECT));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_DISCONNECT', M.encodeSSH_MSG_DISCONNECT, M.decodeSSH_MSG_DISCONNECT));
});
describe('SSH_MSG_IGNORE', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_IGNORE', M.encodeSSH_MSG_IGNORE, M.decodeSSH_MSG_IGNORE));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_IGNORE', M.encodeSSH_MSG_IGNORE, M.decodeSSH_MSG_IGNORE));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_IGNORE', M.encodeSSH_MSG_IGNORE, M.decodeSSH_MSG_IGNORE));
});
describe('SSH_MSG_UNIMPLEMENTED', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_UNIMPLEMENTED', M.encodeSSH_MSG_UNIMPLEMENTED, M.decodeSSH_MSG_UNIMPLEMENTED));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_UNIMPLEMENTED', M.encodeSSH_MSG_UNIMPLEMENTED, M.decodeSSH_MSG_UNIMPLEMENTED));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_UNIMPLEMENTED', M.encodeSSH_MSG_UNIMPLEMENTED, M.decodeSSH_MSG_UNIMPLEMENTED));
});
describe('SSH_MSG_DEBUG', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_DEBUG', M.encodeSSH_MSG_DEBUG, M.decodeSSH_MSG_DEBUG));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_DEBUG', M.encodeSSH_MSG_DEBUG, M.decodeSSH_MSG_DEBUG));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_DEBUG', M.encodeSSH_MSG_DEBUG, M.decodeSSH_MSG_DEBUG));
});
describe('SSH_MSG_SERVICE_REQUEST', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_SERVICE_REQUEST', M.encodeSSH_MSG_SERVICE_REQUEST, M.decodeSSH_MSG_SERVICE_REQUEST));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_SERVICE_REQUEST', M.encodeSSH_MSG_SERVICE_REQUEST, M.decodeSSH_MSG_SERVICE_REQUEST));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_SERVICE_REQUEST', M.encodeSSH_MSG_SERVICE_REQUEST, M.decodeSSH_MSG_SERVICE_REQUEST));
});
describe('SSH_MSG_SERVICE_ACCEPT', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_SERVICE_ACCEPT', M.encodeSSH_MSG_SERVICE_ACCEPT, M.decodeSSH_MSG_SERVICE_ACCEPT));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_SERVICE_ACCEPT', M.encodeSSH_MSG_SERVICE_ACCEPT, M.decodeSSH_MSG_SERVICE_ACCEPT));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_SERVICE_ACCEPT', M.encodeSSH_MSG_SERVICE_ACCEPT, M.decodeSSH_MSG_SERVICE_ACCEPT));
});
describe('SSH_MSG_KEXINIT', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_KEXINIT', M.encodeSSH_MSG_KEXINIT, M.decodeSSH_MSG_KEXINIT));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_KEXINIT', M.encodeSSH_MSG_KEXINIT, M.decodeSSH_MSG_KEXINIT));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_KEXINIT', M.encodeSSH_MSG_KEXINIT, M.decodeSSH_MSG_KEXINIT));
});
describe('SSH_MSG_NEWKEYS', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_NEWKEYS', M.encodeSSH_MSG_NEWKEYS, M.decodeSSH_MSG_NEWKEYS));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_NEWKEYS', M.encodeSSH_MSG_NEWKEYS, M.decodeSSH_MSG_NEWKEYS));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_NEWKEYS', M.encodeSSH_MSG_NEWKEYS, M.decodeSSH_MSG_NEWKEYS));
});
describe('SSH_ExtInfoExtension', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_ExtInfoExtension', M.encodeSSH_ExtInfoExtension, M.decodeSSH_ExtInfoExtension));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_ExtInfoExtension', M.encodeSSH_ExtInfoExtension, M.decodeSSH_ExtInfoExtension));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_ExtInfoExtension', M.encodeSSH_ExtInfoExtension, M.decodeSSH_ExtInfoExtension));
});
describe('SSH_MSG_EXT_INFO', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_EXT_INFO', M.encodeSSH_MSG_EXT_INFO, M.decodeSSH_MSG_EXT_INFO));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_EXT_INFO', M.encodeSSH_MSG_EXT_INFO, M.decodeSSH_MSG_EXT_INFO));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_EXT_INFO', M.encodeSSH_MSG_EXT_INFO, M.decodeSSH_MSG_EXT_INFO));
});
