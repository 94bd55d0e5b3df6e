// Generated from specs/ssh/connection.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsEnforced, decodesSafely, noStrictPrefix, roundTrip, type Types } from '@otpnet/test-support/spec-properties';
import * as M from '../src/connection.js';

const types: Types = { "DirectTcpip": { "params": [], "fields": [{ "name": "host_to_connect", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "port_to_connect", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "originator_ip_address", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "originator_port", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "Empty": { "params": [], "fields": [], "recursive": false, "openTail": false, "contexts": [] }, "Env": { "params": [], "fields": [{ "name": "variable_name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "variable_value", "shape": { "k": "one" }, "elem": { "t": "sshString" } }], "recursive": false, "openTail": false, "contexts": [] }, "Exec": { "params": [], "fields": [{ "name": "command", "shape": { "k": "one" }, "elem": { "t": "utf8" } }], "recursive": false, "openTail": false, "contexts": [] }, "ExitSignal": { "params": [], "fields": [{ "name": "signal_name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "core_dumped", "shape": { "k": "one" }, "elem": { "t": "bool" } }, { "name": "error_message", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "language_tag", "shape": { "k": "one" }, "elem": { "t": "utf8" } }], "recursive": false, "openTail": false, "contexts": [] }, "ExitStatus": { "params": [], "fields": [{ "name": "exit_status", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "ForwardedTcpip": { "params": [], "fields": [{ "name": "address_that_was_connected", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "port_that_was_connected", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "originator_ip_address", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "originator_port", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "PtyReq": { "params": [], "fields": [{ "name": "TERM_environment_variable", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "terminal_width_characters", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "terminal_height_rows", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "terminal_width_pixels", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "terminal_height_pixels", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "encoded_terminal_modes", "shape": { "k": "one" }, "elem": { "t": "sshString" } }], "recursive": false, "openTail": false, "contexts": [] }, "Signal": { "params": [], "fields": [{ "name": "signal_name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_CLOSE": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_DATA": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "data", "shape": { "k": "one" }, "elem": { "t": "sshString" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_EOF": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_EXTENDED_DATA": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "data_type_code", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [1], "max": 4294967295, "closed": false } }, { "name": "data", "shape": { "k": "one" }, "elem": { "t": "sshString" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_FAILURE": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_OPEN": { "params": [], "fields": [{ "name": "channel_type", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "sender_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "initial_window_size", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "maximum_packet_size", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "channel_type_specific_data", "shape": { "k": "rest" }, "select": { "tag": "channel_type", "param": false, "cases": [{ "tag": "session", "case": "session", "elem": { "t": "struct", "name": "Empty" } }, { "tag": "x11", "case": "x11", "elem": { "t": "struct", "name": "X11Channel" } }, { "tag": "forwarded-tcpip", "case": "forwarded-tcpip", "elem": { "t": "struct", "name": "ForwardedTcpip" } }, { "tag": "direct-tcpip", "case": "direct-tcpip", "elem": { "t": "struct", "name": "DirectTcpip" } }], "default": { "elem": { "t": "rest" }, "tag": { "t": "string" } } } }], "recursive": false, "openTail": true, "contexts": [] }, "SSH_MSG_CHANNEL_OPEN_CONFIRMATION": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "sender_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "initial_window_size", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "maximum_packet_size", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "channel_type_specific_data", "shape": { "k": "rest" }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": true, "contexts": [] }, "SSH_MSG_CHANNEL_OPEN_FAILURE": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "reason_code", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [1, 2, 3, 4], "max": 4294967295, "closed": false } }, { "name": "description", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "language_tag", "shape": { "k": "one" }, "elem": { "t": "utf8" } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_REQUEST": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "request_type", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "want_reply", "shape": { "k": "one" }, "elem": { "t": "bool" } }, { "name": "type_specific_data", "shape": { "k": "rest" }, "select": { "tag": "request_type", "param": false, "cases": [{ "tag": "pty-req", "case": "pty-req", "elem": { "t": "struct", "name": "PtyReq" } }, { "tag": "x11-req", "case": "x11-req", "elem": { "t": "struct", "name": "X11Req" } }, { "tag": "env", "case": "env", "elem": { "t": "struct", "name": "Env" } }, { "tag": "shell", "case": "shell", "elem": { "t": "struct", "name": "Empty" } }, { "tag": "exec", "case": "exec", "elem": { "t": "struct", "name": "Exec" } }, { "tag": "subsystem", "case": "subsystem", "elem": { "t": "struct", "name": "Subsystem" } }, { "tag": "window-change", "case": "window-change", "elem": { "t": "struct", "name": "WindowChange" } }, { "tag": "xon-xoff", "case": "xon-xoff", "elem": { "t": "struct", "name": "XonXoff" } }, { "tag": "signal", "case": "signal", "elem": { "t": "struct", "name": "Signal" } }, { "tag": "exit-status", "case": "exit-status", "elem": { "t": "struct", "name": "ExitStatus" } }, { "tag": "exit-signal", "case": "exit-signal", "elem": { "t": "struct", "name": "ExitSignal" } }, { "tag": "auth-agent-req@openssh.com", "case": "auth-agent-req@openssh.com", "elem": { "t": "struct", "name": "Empty" } }, { "tag": "eow@openssh.com", "case": "eow@openssh.com", "elem": { "t": "struct", "name": "Empty" } }, { "tag": "keepalive@openssh.com", "case": "keepalive@openssh.com", "elem": { "t": "struct", "name": "Empty" } }], "default": { "elem": { "t": "rest" }, "tag": { "t": "string" } } } }], "recursive": false, "openTail": true, "contexts": [] }, "SSH_MSG_CHANNEL_SUCCESS": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_CHANNEL_WINDOW_ADJUST": { "params": [], "fields": [{ "name": "recipient_channel", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "bytes_to_add", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_GLOBAL_REQUEST": { "params": [], "fields": [{ "name": "request_name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "want_reply", "shape": { "k": "one" }, "elem": { "t": "bool" } }, { "name": "request_specific_data", "shape": { "k": "rest" }, "select": { "tag": "request_name", "param": false, "cases": [{ "tag": "tcpip-forward", "case": "tcpip-forward", "elem": { "t": "struct", "name": "TcpipForward" } }, { "tag": "cancel-tcpip-forward", "case": "cancel-tcpip-forward", "elem": { "t": "struct", "name": "TcpipForward" } }, { "tag": "keepalive@openssh.com", "case": "keepalive@openssh.com", "elem": { "t": "struct", "name": "Empty" } }], "default": { "elem": { "t": "rest" }, "tag": { "t": "string" } } } }], "recursive": false, "openTail": true, "contexts": [] }, "SSH_MSG_REQUEST_FAILURE": { "params": [], "fields": [], "recursive": false, "openTail": false, "contexts": [] }, "SSH_MSG_REQUEST_SUCCESS": { "params": [], "fields": [{ "name": "response_specific_data", "shape": { "k": "rest" }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": true, "contexts": [] }, "Subsystem": { "params": [], "fields": [{ "name": "subsystem_name", "shape": { "k": "one" }, "elem": { "t": "utf8" } }], "recursive": false, "openTail": false, "contexts": [] }, "TcpipForward": { "params": [], "fields": [{ "name": "address_to_bind", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "port_number_to_bind", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "WindowChange": { "params": [], "fields": [{ "name": "terminal_width_columns", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "terminal_height_rows", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "terminal_width_pixels", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }, { "name": "terminal_height_pixels", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "X11Channel": { "params": [], "fields": [{ "name": "originator_address", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "originator_port", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "X11Req": { "params": [], "fields": [{ "name": "single_connection", "shape": { "k": "one" }, "elem": { "t": "bool" } }, { "name": "x11_authentication_protocol", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "x11_authentication_cookie", "shape": { "k": "one" }, "elem": { "t": "utf8" } }, { "name": "x11_screen_number", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "XonXoff": { "params": [], "fields": [{ "name": "client_can_do", "shape": { "k": "one" }, "elem": { "t": "bool" } }], "recursive": false, "openTail": false, "contexts": [] } };
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
describe('TcpipForward', () => {
  it('decodes what it encodes', () => roundTrip(types, 'TcpipForward', M.encodeTcpipForward, M.decodeTcpipForward));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'TcpipForward', M.encodeTcpipForward, M.decodeTcpipForward));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'TcpipForward', M.encodeTcpipForward, M.decodeTcpipForward));
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
describe('X11Channel', () => {
  it('decodes what it encodes', () => roundTrip(types, 'X11Channel', M.encodeX11Channel, M.decodeX11Channel));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'X11Channel', M.encodeX11Channel, M.decodeX11Channel));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'X11Channel', M.encodeX11Channel, M.decodeX11Channel));
});
describe('ForwardedTcpip', () => {
  it('decodes what it encodes', () => roundTrip(types, 'ForwardedTcpip', M.encodeForwardedTcpip, M.decodeForwardedTcpip));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'ForwardedTcpip', M.encodeForwardedTcpip, M.decodeForwardedTcpip));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'ForwardedTcpip', M.encodeForwardedTcpip, M.decodeForwardedTcpip));
});
describe('DirectTcpip', () => {
  it('decodes what it encodes', () => roundTrip(types, 'DirectTcpip', M.encodeDirectTcpip, M.decodeDirectTcpip));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'DirectTcpip', M.encodeDirectTcpip, M.decodeDirectTcpip));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'DirectTcpip', M.encodeDirectTcpip, M.decodeDirectTcpip));
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
describe('PtyReq', () => {
  it('decodes what it encodes', () => roundTrip(types, 'PtyReq', M.encodePtyReq, M.decodePtyReq));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'PtyReq', M.encodePtyReq, M.decodePtyReq));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'PtyReq', M.encodePtyReq, M.decodePtyReq));
});
describe('X11Req', () => {
  it('decodes what it encodes', () => roundTrip(types, 'X11Req', M.encodeX11Req, M.decodeX11Req));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'X11Req', M.encodeX11Req, M.decodeX11Req));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'X11Req', M.encodeX11Req, M.decodeX11Req));
});
describe('Env', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Env', M.encodeEnv, M.decodeEnv));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Env', M.encodeEnv, M.decodeEnv));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Env', M.encodeEnv, M.decodeEnv));
});
describe('Exec', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Exec', M.encodeExec, M.decodeExec));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Exec', M.encodeExec, M.decodeExec));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Exec', M.encodeExec, M.decodeExec));
});
describe('Subsystem', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Subsystem', M.encodeSubsystem, M.decodeSubsystem));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Subsystem', M.encodeSubsystem, M.decodeSubsystem));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Subsystem', M.encodeSubsystem, M.decodeSubsystem));
});
describe('WindowChange', () => {
  it('decodes what it encodes', () => roundTrip(types, 'WindowChange', M.encodeWindowChange, M.decodeWindowChange));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'WindowChange', M.encodeWindowChange, M.decodeWindowChange));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'WindowChange', M.encodeWindowChange, M.decodeWindowChange));
});
describe('XonXoff', () => {
  it('decodes what it encodes', () => roundTrip(types, 'XonXoff', M.encodeXonXoff, M.decodeXonXoff));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'XonXoff', M.encodeXonXoff, M.decodeXonXoff));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'XonXoff', M.encodeXonXoff, M.decodeXonXoff));
});
describe('Signal', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Signal', M.encodeSignal, M.decodeSignal));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Signal', M.encodeSignal, M.decodeSignal));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Signal', M.encodeSignal, M.decodeSignal));
});
describe('ExitStatus', () => {
  it('decodes what it encodes', () => roundTrip(types, 'ExitStatus', M.encodeExitStatus, M.decodeExitStatus));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'ExitStatus', M.encodeExitStatus, M.decodeExitStatus));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'ExitStatus', M.encodeExitStatus, M.decodeExitStatus));
});
describe('ExitSignal', () => {
  it('decodes what it encodes', () => roundTrip(types, 'ExitSignal', M.encodeExitSignal, M.decodeExitSignal));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'ExitSignal', M.encodeExitSignal, M.decodeExitSignal));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'ExitSignal', M.encodeExitSignal, M.decodeExitSignal));
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
