// Generated from specs/ssh/connection.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsEnforced, decodesSafely, noStrictPrefix, roundTrip, type Types } from '@otpnet/test-support/spec-properties';
import * as M from '../src/connection.js';

const types: Types = { "Empty": { "params": [], "fields": [], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_CLOSE": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_DATA": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "data", "shape": { "k": "one" }, "elem": { "t": "sshString" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_EOF": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_EXTENDED_DATA": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "data_type_code", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [1], "max": 4294967295, "closed": false } }, { "name": "data", "shape": { "k": "one" }, "elem": { "t": "sshString" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_FAILURE": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_OPEN": { "params": [], "fields": [{ "name": "channel_type", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "sender_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "initial_window_size", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "maximum_packet_size", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "channel_type_specific_data", "shape": { "k": "rest" }, "select": { "tag": "channel_type", "param": false, "cases": [{ "tag": "session", "case": "session", "elem": { "t": "struct", "name": "Empty" } }, { "tag": "x11", "case": "x11", "elem": { "t": "struct", "name": "SSH_MSG_CHANNEL_OPENX11" } }, { "tag": "forwarded-tcpip", "case": "forwarded-tcpip", "elem": { "t": "struct", "name": "SSH_MSG_CHANNEL_OPENForwardedTcpip" } }, { "tag": "direct-tcpip", "case": "direct-tcpip", "elem": { "t": "struct", "name": "SSH_MSG_CHANNEL_OPENDirectTcpip" } }], "default": { "elem": { "t": "rest" }, "tag": { "t": "string" } } } }], "recursive": false, "openTail": true, "contexts": [] }, "SSH_MSG_CHANNEL_OPEN_CONFIRMATION": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "sender_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "initial_window_size", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "maximum_packet_size", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "channel_type_specific_data", "shape": { "k": "rest" }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": true, "contexts": [] }, "SSH_MSG_CHANNEL_OPEN_FAILURE": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "reason_code", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [1, 2, 3, 4], "max": 4294967295, "closed": false } }, { "name": "description", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "language_tag", "shape": { "k": "one" }, "elem": { "t": "utf8" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_OPENDirectTcpip": { "params": [], "fields": [{ "name": "host_to_connect", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "port_to_connect", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "originator_ip_address", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "originator_port", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_OPENForwardedTcpip": { "params": [], "fields": [{ "name": "address_that_was_connected", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "port_that_was_connected", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "originator_ip_address", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "originator_port", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_OPENX11": { "params": [], "fields": [{ "name": "originator_address", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "originator_port", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_REQUEST": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "request_type", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "want_reply", "shape": { "k": "one" }, "elem": { "t": "bool" } }, { "name": "type_specific_data", "shape": { "k": "rest" }, "select": { "tag": "request_type", "param": false, "cases": [{ "tag": "pty-req", "case": "pty-req", "elem": { "t": "struct", "name": "SSH_MSG_CHANNEL_REQUESTPtyReq" } }, { "tag": "x11-req", "case": "x11-req", "elem": { "t": "struct", "name": "SSH_MSG_CHANNEL_REQUESTX11Req" } }, { "tag": "env", "case": "env", "elem": { "t": "struct", "name": "SSH_MSG_CHANNEL_REQUESTEnv" } }, { "tag": "shell", "case": "shell", "elem": { "t": "struct", "name": "Empty" } }, { "tag": "exec", "case": "exec", "elem": { "t": "struct", "name": "SSH_MSG_CHANNEL_REQUESTExec" } }, { "tag": "subsystem", "case": "subsystem", "elem": { "t": "struct", "name": "SSH_MSG_CHANNEL_REQUESTSubsystem" } }, { "tag": "window-change", "case": "window-change", "elem": { "t": "struct", "name": "SSH_MSG_CHANNEL_REQUESTWindowChange" } }, { "tag": "xon-xoff", "case": "xon-xoff", "elem": { "t": "struct", "name": "SSH_MSG_CHANNEL_REQUESTXonXoff" } }, { "tag": "signal", "case": "signal", "elem": { "t": "struct", "name": "SSH_MSG_CHANNEL_REQUESTSignal" } }, { "tag": "exit-status", "case": "exit-status", "elem": { "t": "struct", "name": "SSH_MSG_CHANNEL_REQUESTExitStatus" } }, { "tag": "exit-signal", "case": "exit-signal", "elem": { "t": "struct", "name": "SSH_MSG_CHANNEL_REQUESTExitSignal" } }, { "tag": "auth-agent-req@openssh.com", "case": "auth-agent-req@openssh.com", "elem": { "t": "struct", "name": "Empty" } }, { "tag": "eow@openssh.com", "case": "eow@openssh.com", "elem": { "t": "struct", "name": "Empty" } }, { "tag": "keepalive@openssh.com", "case": "keepalive@openssh.com", "elem": { "t": "struct", "name": "Empty" } }], "default": { "elem": { "t": "rest" }, "tag": { "t": "string" } } } }], "recursive": false, "openTail": true, "contexts": [] }, "SSH_MSG_CHANNEL_REQUESTEnv": { "params": [], "fields": [{ "name": "variable_name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "variable_value", "shape": { "k": "one" }, "elem": { "t": "sshString" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_REQUESTExec": { "params": [], "fields": [{ "name": "command", "shape": { "k": "one" }, "elem": { "t": "utf8" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_REQUESTExitSignal": { "params": [], "fields": [{ "name": "signal_name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "core_dumped", "shape": { "k": "one" }, "elem": { "t": "bool" } }, { "name": "error_message", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "language_tag", "shape": { "k": "one" }, "elem": { "t": "utf8" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_REQUESTExitStatus": { "params": [], "fields": [{ "name": "exit_status", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_REQUESTPtyReq": { "params": [], "fields": [{ "name": "TERM_environment_variable", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "terminal_width_characters", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "terminal_height_rows", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "terminal_width_pixels", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "terminal_height_pixels", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "encoded_terminal_modes", "shape": { "k": "one" }, "elem": { "t": "sshString" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_REQUESTSignal": { "params": [], "fields": [{ "name": "signal_name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_REQUESTSubsystem": { "params": [], "fields": [{ "name": "subsystem_name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_REQUESTWindowChange": { "params": [], "fields": [{ "name": "terminal_width_columns", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "terminal_height_rows", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "terminal_width_pixels", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "terminal_height_pixels", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_REQUESTX11Req": { "params": [], "fields": [{ "name": "single_connection", "shape": { "k": "one" }, "elem": { "t": "bool" } }, { "name": "x11_authentication_protocol", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "x11_authentication_cookie", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "x11_screen_number", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_REQUESTXonXoff": { "params": [], "fields": [{ "name": "client_can_do", "shape": { "k": "one" }, "elem": { "t": "bool" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_SUCCESS": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_WINDOW_ADJUST": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "bytes_to_add", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_GLOBAL_REQUEST": { "params": [], "fields": [{ "name": "request_name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "want_reply", "shape": { "k": "one" }, "elem": { "t": "bool" } }, { "name": "request_specific_data", "shape": { "k": "rest" }, "select": { "tag": "request_name", "param": false, "cases": [{ "tag": "tcpip-forward", "case": "tcpip-forward", "elem": { "t": "struct", "name": "SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward" } }, { "tag": "cancel-tcpip-forward", "case": "cancel-tcpip-forward", "elem": { "t": "struct", "name": "SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward" } }, { "tag": "keepalive@openssh.com", "case": "keepalive@openssh.com", "elem": { "t": "struct", "name": "Empty" } }], "default": { "elem": { "t": "rest" }, "tag": { "t": "string" } } } }], "recursive": false, "openTail": true, "contexts": [] }, "SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward": { "params": [], "fields": [{ "name": "address_to_bind", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "port_number_to_bind", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_REQUEST_FAILURE": { "params": [], "fields": [], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_REQUEST_SUCCESS": { "params": [], "fields": [{ "name": "response_specific_data", "shape": { "k": "rest" }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": true, "contexts": [] } };
describe('Empty', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Empty', M.encodeEmpty, M.decodeEmpty));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Empty', M.encodeEmpty, M.decodeEmpty));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Empty', M.encodeEmpty, M.decodeEmpty));
});
describe('SSH_MSG_GLOBAL_REQUEST', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_GLOBAL_REQUEST', M.encodeSSH_MSG_GLOBAL_REQUEST, M.decodeSSH_MSG_GLOBAL_REQUEST));
  // SSH_MSG_GLOBAL_REQUEST ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_GLOBAL_REQUEST', M.encodeSSH_MSG_GLOBAL_REQUEST, M.decodeSSH_MSG_GLOBAL_REQUEST));
});
describe('SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward', M.encodeSSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward, M.decodeSSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward', M.encodeSSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward, M.decodeSSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward', M.encodeSSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward, M.decodeSSH_MSG_GLOBAL_REQUESTTcpipForwardOrCancelTcpipForward));
});
describe('SSH_MSG_REQUEST_SUCCESS', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_REQUEST_SUCCESS', M.encodeSSH_MSG_REQUEST_SUCCESS, M.decodeSSH_MSG_REQUEST_SUCCESS));
  // SSH_MSG_REQUEST_SUCCESS ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_REQUEST_SUCCESS', M.encodeSSH_MSG_REQUEST_SUCCESS, M.decodeSSH_MSG_REQUEST_SUCCESS));
});
describe('SSH_MSG_REQUEST_FAILURE', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_REQUEST_FAILURE', M.encodeSSH_MSG_REQUEST_FAILURE, M.decodeSSH_MSG_REQUEST_FAILURE));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_REQUEST_FAILURE', M.encodeSSH_MSG_REQUEST_FAILURE, M.decodeSSH_MSG_REQUEST_FAILURE));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_REQUEST_FAILURE', M.encodeSSH_MSG_REQUEST_FAILURE, M.decodeSSH_MSG_REQUEST_FAILURE));
});
describe('SSH_MSG_CHANNEL_OPEN', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_OPEN', M.encodeSSH_MSG_CHANNEL_OPEN, M.decodeSSH_MSG_CHANNEL_OPEN));
  // SSH_MSG_CHANNEL_OPEN ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_OPEN', M.encodeSSH_MSG_CHANNEL_OPEN, M.decodeSSH_MSG_CHANNEL_OPEN));
});
describe('SSH_MSG_CHANNEL_OPENX11', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_OPENX11', M.encodeSSH_MSG_CHANNEL_OPENX11, M.decodeSSH_MSG_CHANNEL_OPENX11));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_OPENX11', M.encodeSSH_MSG_CHANNEL_OPENX11, M.decodeSSH_MSG_CHANNEL_OPENX11));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_OPENX11', M.encodeSSH_MSG_CHANNEL_OPENX11, M.decodeSSH_MSG_CHANNEL_OPENX11));
});
describe('SSH_MSG_CHANNEL_OPENForwardedTcpip', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_OPENForwardedTcpip', M.encodeSSH_MSG_CHANNEL_OPENForwardedTcpip, M.decodeSSH_MSG_CHANNEL_OPENForwardedTcpip));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_OPENForwardedTcpip', M.encodeSSH_MSG_CHANNEL_OPENForwardedTcpip, M.decodeSSH_MSG_CHANNEL_OPENForwardedTcpip));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_OPENForwardedTcpip', M.encodeSSH_MSG_CHANNEL_OPENForwardedTcpip, M.decodeSSH_MSG_CHANNEL_OPENForwardedTcpip));
});
describe('SSH_MSG_CHANNEL_OPENDirectTcpip', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_OPENDirectTcpip', M.encodeSSH_MSG_CHANNEL_OPENDirectTcpip, M.decodeSSH_MSG_CHANNEL_OPENDirectTcpip));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_OPENDirectTcpip', M.encodeSSH_MSG_CHANNEL_OPENDirectTcpip, M.decodeSSH_MSG_CHANNEL_OPENDirectTcpip));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_OPENDirectTcpip', M.encodeSSH_MSG_CHANNEL_OPENDirectTcpip, M.decodeSSH_MSG_CHANNEL_OPENDirectTcpip));
});
describe('SSH_MSG_CHANNEL_OPEN_CONFIRMATION', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_OPEN_CONFIRMATION', M.encodeSSH_MSG_CHANNEL_OPEN_CONFIRMATION, M.decodeSSH_MSG_CHANNEL_OPEN_CONFIRMATION));
  // SSH_MSG_CHANNEL_OPEN_CONFIRMATION ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_OPEN_CONFIRMATION', M.encodeSSH_MSG_CHANNEL_OPEN_CONFIRMATION, M.decodeSSH_MSG_CHANNEL_OPEN_CONFIRMATION));
});
describe('SSH_MSG_CHANNEL_OPEN_FAILURE', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_OPEN_FAILURE', M.encodeSSH_MSG_CHANNEL_OPEN_FAILURE, M.decodeSSH_MSG_CHANNEL_OPEN_FAILURE));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_OPEN_FAILURE', M.encodeSSH_MSG_CHANNEL_OPEN_FAILURE, M.decodeSSH_MSG_CHANNEL_OPEN_FAILURE));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_OPEN_FAILURE', M.encodeSSH_MSG_CHANNEL_OPEN_FAILURE, M.decodeSSH_MSG_CHANNEL_OPEN_FAILURE));
});
describe('SSH_MSG_CHANNEL_WINDOW_ADJUST', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_WINDOW_ADJUST', M.encodeSSH_MSG_CHANNEL_WINDOW_ADJUST, M.decodeSSH_MSG_CHANNEL_WINDOW_ADJUST));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_WINDOW_ADJUST', M.encodeSSH_MSG_CHANNEL_WINDOW_ADJUST, M.decodeSSH_MSG_CHANNEL_WINDOW_ADJUST));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_WINDOW_ADJUST', M.encodeSSH_MSG_CHANNEL_WINDOW_ADJUST, M.decodeSSH_MSG_CHANNEL_WINDOW_ADJUST));
});
describe('SSH_MSG_CHANNEL_DATA', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_DATA', M.encodeSSH_MSG_CHANNEL_DATA, M.decodeSSH_MSG_CHANNEL_DATA));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_DATA', M.encodeSSH_MSG_CHANNEL_DATA, M.decodeSSH_MSG_CHANNEL_DATA));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_DATA', M.encodeSSH_MSG_CHANNEL_DATA, M.decodeSSH_MSG_CHANNEL_DATA));
});
describe('SSH_MSG_CHANNEL_EXTENDED_DATA', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_EXTENDED_DATA', M.encodeSSH_MSG_CHANNEL_EXTENDED_DATA, M.decodeSSH_MSG_CHANNEL_EXTENDED_DATA));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_EXTENDED_DATA', M.encodeSSH_MSG_CHANNEL_EXTENDED_DATA, M.decodeSSH_MSG_CHANNEL_EXTENDED_DATA));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_EXTENDED_DATA', M.encodeSSH_MSG_CHANNEL_EXTENDED_DATA, M.decodeSSH_MSG_CHANNEL_EXTENDED_DATA));
});
describe('SSH_MSG_CHANNEL_EOF', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_EOF', M.encodeSSH_MSG_CHANNEL_EOF, M.decodeSSH_MSG_CHANNEL_EOF));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_EOF', M.encodeSSH_MSG_CHANNEL_EOF, M.decodeSSH_MSG_CHANNEL_EOF));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_EOF', M.encodeSSH_MSG_CHANNEL_EOF, M.decodeSSH_MSG_CHANNEL_EOF));
});
describe('SSH_MSG_CHANNEL_CLOSE', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_CLOSE', M.encodeSSH_MSG_CHANNEL_CLOSE, M.decodeSSH_MSG_CHANNEL_CLOSE));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_CLOSE', M.encodeSSH_MSG_CHANNEL_CLOSE, M.decodeSSH_MSG_CHANNEL_CLOSE));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_CLOSE', M.encodeSSH_MSG_CHANNEL_CLOSE, M.decodeSSH_MSG_CHANNEL_CLOSE));
});
describe('SSH_MSG_CHANNEL_REQUEST', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_REQUEST', M.encodeSSH_MSG_CHANNEL_REQUEST, M.decodeSSH_MSG_CHANNEL_REQUEST));
  // SSH_MSG_CHANNEL_REQUEST ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_REQUEST', M.encodeSSH_MSG_CHANNEL_REQUEST, M.decodeSSH_MSG_CHANNEL_REQUEST));
});
describe('SSH_MSG_CHANNEL_REQUESTPtyReq', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_REQUESTPtyReq', M.encodeSSH_MSG_CHANNEL_REQUESTPtyReq, M.decodeSSH_MSG_CHANNEL_REQUESTPtyReq));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_REQUESTPtyReq', M.encodeSSH_MSG_CHANNEL_REQUESTPtyReq, M.decodeSSH_MSG_CHANNEL_REQUESTPtyReq));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_REQUESTPtyReq', M.encodeSSH_MSG_CHANNEL_REQUESTPtyReq, M.decodeSSH_MSG_CHANNEL_REQUESTPtyReq));
});
describe('SSH_MSG_CHANNEL_REQUESTX11Req', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_REQUESTX11Req', M.encodeSSH_MSG_CHANNEL_REQUESTX11Req, M.decodeSSH_MSG_CHANNEL_REQUESTX11Req));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_REQUESTX11Req', M.encodeSSH_MSG_CHANNEL_REQUESTX11Req, M.decodeSSH_MSG_CHANNEL_REQUESTX11Req));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_REQUESTX11Req', M.encodeSSH_MSG_CHANNEL_REQUESTX11Req, M.decodeSSH_MSG_CHANNEL_REQUESTX11Req));
});
describe('SSH_MSG_CHANNEL_REQUESTEnv', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_REQUESTEnv', M.encodeSSH_MSG_CHANNEL_REQUESTEnv, M.decodeSSH_MSG_CHANNEL_REQUESTEnv));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_REQUESTEnv', M.encodeSSH_MSG_CHANNEL_REQUESTEnv, M.decodeSSH_MSG_CHANNEL_REQUESTEnv));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_REQUESTEnv', M.encodeSSH_MSG_CHANNEL_REQUESTEnv, M.decodeSSH_MSG_CHANNEL_REQUESTEnv));
});
describe('SSH_MSG_CHANNEL_REQUESTExec', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_REQUESTExec', M.encodeSSH_MSG_CHANNEL_REQUESTExec, M.decodeSSH_MSG_CHANNEL_REQUESTExec));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_REQUESTExec', M.encodeSSH_MSG_CHANNEL_REQUESTExec, M.decodeSSH_MSG_CHANNEL_REQUESTExec));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_REQUESTExec', M.encodeSSH_MSG_CHANNEL_REQUESTExec, M.decodeSSH_MSG_CHANNEL_REQUESTExec));
});
describe('SSH_MSG_CHANNEL_REQUESTSubsystem', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_REQUESTSubsystem', M.encodeSSH_MSG_CHANNEL_REQUESTSubsystem, M.decodeSSH_MSG_CHANNEL_REQUESTSubsystem));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_REQUESTSubsystem', M.encodeSSH_MSG_CHANNEL_REQUESTSubsystem, M.decodeSSH_MSG_CHANNEL_REQUESTSubsystem));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_REQUESTSubsystem', M.encodeSSH_MSG_CHANNEL_REQUESTSubsystem, M.decodeSSH_MSG_CHANNEL_REQUESTSubsystem));
});
describe('SSH_MSG_CHANNEL_REQUESTWindowChange', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_REQUESTWindowChange', M.encodeSSH_MSG_CHANNEL_REQUESTWindowChange, M.decodeSSH_MSG_CHANNEL_REQUESTWindowChange));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_REQUESTWindowChange', M.encodeSSH_MSG_CHANNEL_REQUESTWindowChange, M.decodeSSH_MSG_CHANNEL_REQUESTWindowChange));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_REQUESTWindowChange', M.encodeSSH_MSG_CHANNEL_REQUESTWindowChange, M.decodeSSH_MSG_CHANNEL_REQUESTWindowChange));
});
describe('SSH_MSG_CHANNEL_REQUESTXonXoff', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_REQUESTXonXoff', M.encodeSSH_MSG_CHANNEL_REQUESTXonXoff, M.decodeSSH_MSG_CHANNEL_REQUESTXonXoff));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_REQUESTXonXoff', M.encodeSSH_MSG_CHANNEL_REQUESTXonXoff, M.decodeSSH_MSG_CHANNEL_REQUESTXonXoff));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_REQUESTXonXoff', M.encodeSSH_MSG_CHANNEL_REQUESTXonXoff, M.decodeSSH_MSG_CHANNEL_REQUESTXonXoff));
});
describe('SSH_MSG_CHANNEL_REQUESTSignal', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_REQUESTSignal', M.encodeSSH_MSG_CHANNEL_REQUESTSignal, M.decodeSSH_MSG_CHANNEL_REQUESTSignal));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_REQUESTSignal', M.encodeSSH_MSG_CHANNEL_REQUESTSignal, M.decodeSSH_MSG_CHANNEL_REQUESTSignal));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_REQUESTSignal', M.encodeSSH_MSG_CHANNEL_REQUESTSignal, M.decodeSSH_MSG_CHANNEL_REQUESTSignal));
});
describe('SSH_MSG_CHANNEL_REQUESTExitStatus', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_REQUESTExitStatus', M.encodeSSH_MSG_CHANNEL_REQUESTExitStatus, M.decodeSSH_MSG_CHANNEL_REQUESTExitStatus));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_REQUESTExitStatus', M.encodeSSH_MSG_CHANNEL_REQUESTExitStatus, M.decodeSSH_MSG_CHANNEL_REQUESTExitStatus));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_REQUESTExitStatus', M.encodeSSH_MSG_CHANNEL_REQUESTExitStatus, M.decodeSSH_MSG_CHANNEL_REQUESTExitStatus));
});
describe('SSH_MSG_CHANNEL_REQUESTExitSignal', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_REQUESTExitSignal', M.encodeSSH_MSG_CHANNEL_REQUESTExitSignal, M.decodeSSH_MSG_CHANNEL_REQUESTExitSignal));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_REQUESTExitSignal', M.encodeSSH_MSG_CHANNEL_REQUESTExitSignal, M.decodeSSH_MSG_CHANNEL_REQUESTExitSignal));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_REQUESTExitSignal', M.encodeSSH_MSG_CHANNEL_REQUESTExitSignal, M.decodeSSH_MSG_CHANNEL_REQUESTExitSignal));
});
describe('SSH_MSG_CHANNEL_SUCCESS', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_SUCCESS', M.encodeSSH_MSG_CHANNEL_SUCCESS, M.decodeSSH_MSG_CHANNEL_SUCCESS));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_SUCCESS', M.encodeSSH_MSG_CHANNEL_SUCCESS, M.decodeSSH_MSG_CHANNEL_SUCCESS));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_SUCCESS', M.encodeSSH_MSG_CHANNEL_SUCCESS, M.decodeSSH_MSG_CHANNEL_SUCCESS));
});
describe('SSH_MSG_CHANNEL_FAILURE', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SSH_MSG_CHANNEL_FAILURE', M.encodeSSH_MSG_CHANNEL_FAILURE, M.decodeSSH_MSG_CHANNEL_FAILURE));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SSH_MSG_CHANNEL_FAILURE', M.encodeSSH_MSG_CHANNEL_FAILURE, M.decodeSSH_MSG_CHANNEL_FAILURE));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SSH_MSG_CHANNEL_FAILURE', M.encodeSSH_MSG_CHANNEL_FAILURE, M.decodeSSH_MSG_CHANNEL_FAILURE));
});
