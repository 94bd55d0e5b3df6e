// Generated from specs/ssh/connection.spec by otpnet-gen. Do not edit.

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
import * as M from '../src/connection.js';

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types =
  | 'DirectTcpip'
  | 'Empty'
  | 'Env'
  | 'Exec'
  | 'ExitSignal'
  | 'ExitStatus'
  | 'ForwardedTcpip'
  | 'PtyReq'
  | 'Signal'
  | 'SSH_MSG_CHANNEL_CLOSE'
  | 'SSH_MSG_CHANNEL_DATA'
  | 'SSH_MSG_CHANNEL_EOF'
  | 'SSH_MSG_CHANNEL_EXTENDED_DATA'
  | 'SSH_MSG_CHANNEL_FAILURE'
  | 'SSH_MSG_CHANNEL_OPEN'
  | 'SSH_MSG_CHANNEL_OPEN_CONFIRMATION'
  | 'SSH_MSG_CHANNEL_OPEN_FAILURE'
  | 'SSH_MSG_CHANNEL_REQUEST'
  | 'SSH_MSG_CHANNEL_SUCCESS'
  | 'SSH_MSG_CHANNEL_WINDOW_ADJUST'
  | 'SSH_MSG_GLOBAL_REQUEST'
  | 'SSH_MSG_REQUEST_FAILURE'
  | 'SSH_MSG_REQUEST_SUCCESS'
  | 'Subsystem'
  | 'TcpipForward'
  | 'TerminalMode'
  | 'WindowChange'
  | 'X11Channel'
  | 'X11Req'
  | 'XonXoff'
  | 'TerminalModes';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  DirectTcpip: (depth, ctx) =>
    fc.record({
      host_to_connect: fc.string({ unit: 'grapheme', maxLength: 8 }),
      port_to_connect: fc.integer({ min: 0, max: 4294967295 }),
      originator_ip_address: fc.string({ unit: 'grapheme', maxLength: 8 }),
      originator_port: fc.integer({ min: 0, max: 4294967295 }),
    }),
  Empty: (depth, ctx) => fc.record({}),
  Env: (depth, ctx) =>
    fc.record({
      variable_name: fc.string({ unit: 'grapheme', maxLength: 8 }),
      variable_value: fc.uint8Array({ maxLength: 16 }),
    }),
  Exec: (depth, ctx) => fc.record({ command: fc.string({ unit: 'grapheme', maxLength: 8 }) }),
  ExitSignal: (depth, ctx) =>
    fc.record({
      signal_name: fc.string({ unit: 'grapheme', maxLength: 8 }),
      core_dumped: fc.boolean(),
      error_message: fc.string({ unit: 'grapheme', maxLength: 8 }),
      language_tag: fc.string({ unit: 'grapheme', maxLength: 8 }),
    }),
  ExitStatus: (depth, ctx) => fc.record({ exit_status: fc.integer({ min: 0, max: 4294967295 }) }),
  ForwardedTcpip: (depth, ctx) =>
    fc.record({
      address_that_was_connected: fc.string({ unit: 'grapheme', maxLength: 8 }),
      port_that_was_connected: fc.integer({ min: 0, max: 4294967295 }),
      originator_ip_address: fc.string({ unit: 'grapheme', maxLength: 8 }),
      originator_port: fc.integer({ min: 0, max: 4294967295 }),
    }),
  PtyReq: (depth, ctx) =>
    fc.record({
      TERM_environment_variable: fc.string({ unit: 'grapheme', maxLength: 8 }),
      terminal_width_characters: fc.integer({ min: 0, max: 4294967295 }),
      terminal_height_rows: fc.integer({ min: 0, max: 4294967295 }),
      terminal_width_pixels: fc.integer({ min: 0, max: 4294967295 }),
      terminal_height_pixels: fc.integer({ min: 0, max: 4294967295 }),
      encoded_terminal_modes: A.TerminalModes(depth, ctx),
    }),
  Signal: (depth, ctx) => fc.record({ signal_name: fc.string({ unit: 'grapheme', maxLength: 8 }) }),
  SSH_MSG_CHANNEL_CLOSE: (depth, ctx) =>
    fc.record({ recipient_channel: fc.integer({ min: 0, max: 4294967295 }) }),
  SSH_MSG_CHANNEL_DATA: (depth, ctx) =>
    fc.record({
      recipient_channel: fc.integer({ min: 0, max: 4294967295 }),
      data: fc.uint8Array({ maxLength: 16 }),
    }),
  SSH_MSG_CHANNEL_EOF: (depth, ctx) =>
    fc.record({ recipient_channel: fc.integer({ min: 0, max: 4294967295 }) }),
  SSH_MSG_CHANNEL_EXTENDED_DATA: (depth, ctx) =>
    fc.record({
      recipient_channel: fc.integer({ min: 0, max: 4294967295 }),
      data_type_code: fc.oneof(fc.constantFrom(1), fc.integer({ min: 0, max: 4294967295 })),
      data: fc.uint8Array({ maxLength: 16 }),
    }),
  SSH_MSG_CHANNEL_FAILURE: (depth, ctx) =>
    fc.record({ recipient_channel: fc.integer({ min: 0, max: 4294967295 }) }),
  SSH_MSG_CHANNEL_OPEN: (depth, ctx) =>
    fc
      .record({
        sender_channel: fc.integer({ min: 0, max: 4294967295 }),
        initial_window_size: fc.integer({ min: 0, max: 4294967295 }),
        maximum_packet_size: fc.integer({ min: 0, max: 4294967295 }),
        channel_type_specific_data: fc.oneof(
          ...[
            fc.tuple(
              fc.constant('session'),
              A.Empty(depth - 1, {}).map((value) => ({ case: 'session', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('x11'),
              A.X11Channel(depth - 1, {}).map((value) => ({ case: 'x11', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('forwarded-tcpip'),
              A.ForwardedTcpip(depth - 1, {}).map((value) => ({ case: 'forwarded-tcpip', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('direct-tcpip'),
              A.DirectTcpip(depth - 1, {}).map((value) => ({ case: 'direct-tcpip', value })),
            ),
          ],
          fc.tuple(
            fc
              .stringMatching(/^[a-z][a-z0-9-]{0,7}$/)
              .filter((x) => !['session', 'x11', 'forwarded-tcpip', 'direct-tcpip'].includes(x)),
            fc.uint8Array({ maxLength: 16 }).map((value) => ({ case: undefined, value })),
          ),
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.channel_type = (v.channel_type_specific_data as [unknown, unknown])[0];
        v.channel_type_specific_data = (v.channel_type_specific_data as [unknown, unknown])[1];
        return v;
      }),
  SSH_MSG_CHANNEL_OPEN_CONFIRMATION: (depth, ctx) =>
    fc.record({
      recipient_channel: fc.integer({ min: 0, max: 4294967295 }),
      sender_channel: fc.integer({ min: 0, max: 4294967295 }),
      initial_window_size: fc.integer({ min: 0, max: 4294967295 }),
      maximum_packet_size: fc.integer({ min: 0, max: 4294967295 }),
      channel_type_specific_data: fc.uint8Array({ maxLength: 16 }),
    }),
  SSH_MSG_CHANNEL_OPEN_FAILURE: (depth, ctx) =>
    fc.record({
      recipient_channel: fc.integer({ min: 0, max: 4294967295 }),
      reason_code: fc.oneof(fc.constantFrom(1, 2, 3, 4), fc.integer({ min: 0, max: 4294967295 })),
      description: fc.string({ unit: 'grapheme', maxLength: 8 }),
      language_tag: fc.string({ unit: 'grapheme', maxLength: 8 }),
    }),
  SSH_MSG_CHANNEL_REQUEST: (depth, ctx) =>
    fc
      .record({
        recipient_channel: fc.integer({ min: 0, max: 4294967295 }),
        want_reply: fc.boolean(),
        type_specific_data: fc.oneof(
          ...[
            fc.tuple(
              fc.constant('pty-req'),
              A.PtyReq(depth - 1, {}).map((value) => ({ case: 'pty-req', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('x11-req'),
              A.X11Req(depth - 1, {}).map((value) => ({ case: 'x11-req', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('env'),
              A.Env(depth - 1, {}).map((value) => ({ case: 'env', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('shell'),
              A.Empty(depth - 1, {}).map((value) => ({ case: 'shell', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('exec'),
              A.Exec(depth - 1, {}).map((value) => ({ case: 'exec', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('subsystem'),
              A.Subsystem(depth - 1, {}).map((value) => ({ case: 'subsystem', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('window-change'),
              A.WindowChange(depth - 1, {}).map((value) => ({ case: 'window-change', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('xon-xoff'),
              A.XonXoff(depth - 1, {}).map((value) => ({ case: 'xon-xoff', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('signal'),
              A.Signal(depth - 1, {}).map((value) => ({ case: 'signal', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('exit-status'),
              A.ExitStatus(depth - 1, {}).map((value) => ({ case: 'exit-status', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('exit-signal'),
              A.ExitSignal(depth - 1, {}).map((value) => ({ case: 'exit-signal', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('auth-agent-req@openssh.com'),
              A.Empty(depth - 1, {}).map((value) => ({ case: 'auth-agent-req@openssh.com', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('eow@openssh.com'),
              A.Empty(depth - 1, {}).map((value) => ({ case: 'eow@openssh.com', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('keepalive@openssh.com'),
              A.Empty(depth - 1, {}).map((value) => ({ case: 'keepalive@openssh.com', value })),
            ),
          ],
          fc.tuple(
            fc
              .stringMatching(/^[a-z][a-z0-9-]{0,7}$/)
              .filter(
                (x) =>
                  ![
                    'pty-req',
                    'x11-req',
                    'env',
                    'shell',
                    'exec',
                    'subsystem',
                    'window-change',
                    'xon-xoff',
                    'signal',
                    'exit-status',
                    'exit-signal',
                    'auth-agent-req@openssh.com',
                    'eow@openssh.com',
                    'keepalive@openssh.com',
                  ].includes(x),
              ),
            fc.uint8Array({ maxLength: 16 }).map((value) => ({ case: undefined, value })),
          ),
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.request_type = (v.type_specific_data as [unknown, unknown])[0];
        v.type_specific_data = (v.type_specific_data as [unknown, unknown])[1];
        return v;
      }),
  SSH_MSG_CHANNEL_SUCCESS: (depth, ctx) =>
    fc.record({ recipient_channel: fc.integer({ min: 0, max: 4294967295 }) }),
  SSH_MSG_CHANNEL_WINDOW_ADJUST: (depth, ctx) =>
    fc.record({
      recipient_channel: fc.integer({ min: 0, max: 4294967295 }),
      bytes_to_add: fc.integer({ min: 0, max: 4294967295 }),
    }),
  SSH_MSG_GLOBAL_REQUEST: (depth, ctx) =>
    fc
      .record({
        want_reply: fc.boolean(),
        request_specific_data: fc.oneof(
          ...[
            fc.tuple(
              fc.constant('tcpip-forward'),
              A.TcpipForward(depth - 1, {}).map((value) => ({ case: 'tcpip-forward', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('cancel-tcpip-forward'),
              A.TcpipForward(depth - 1, {}).map((value) => ({ case: 'cancel-tcpip-forward', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant('keepalive@openssh.com'),
              A.Empty(depth - 1, {}).map((value) => ({ case: 'keepalive@openssh.com', value })),
            ),
          ],
          fc.tuple(
            fc
              .stringMatching(/^[a-z][a-z0-9-]{0,7}$/)
              .filter((x) => !['tcpip-forward', 'cancel-tcpip-forward', 'keepalive@openssh.com'].includes(x)),
            fc.uint8Array({ maxLength: 16 }).map((value) => ({ case: undefined, value })),
          ),
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.request_name = (v.request_specific_data as [unknown, unknown])[0];
        v.request_specific_data = (v.request_specific_data as [unknown, unknown])[1];
        return v;
      }),
  SSH_MSG_REQUEST_FAILURE: (depth, ctx) => fc.record({}),
  SSH_MSG_REQUEST_SUCCESS: (depth, ctx) =>
    fc.record({ response_specific_data: fc.uint8Array({ maxLength: 16 }) }),
  Subsystem: (depth, ctx) => fc.record({ subsystem_name: fc.string({ unit: 'grapheme', maxLength: 8 }) }),
  TcpipForward: (depth, ctx) =>
    fc.record({
      address_to_bind: fc.string({ unit: 'grapheme', maxLength: 8 }),
      port_number_to_bind: fc.integer({ min: 0, max: 4294967295 }),
    }),
  TerminalMode: (depth, ctx) =>
    fc.record({
      opcode: fc.oneof(
        fc.constantFrom(
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7,
          8,
          9,
          10,
          11,
          12,
          13,
          14,
          15,
          16,
          17,
          18,
          30,
          31,
          32,
          33,
          34,
          35,
          36,
          37,
          38,
          39,
          40,
          41,
          42,
          50,
          51,
          52,
          53,
          54,
          55,
          56,
          57,
          58,
          59,
          60,
          61,
          62,
          70,
          71,
          72,
          73,
          74,
          75,
          90,
          91,
          92,
          93,
          128,
          129,
        ),
        fc.integer({ min: 0, max: 255 }),
      ),
      argument: fc.integer({ min: 0, max: 4294967295 }),
    }),
  WindowChange: (depth, ctx) =>
    fc.record({
      terminal_width_columns: fc.integer({ min: 0, max: 4294967295 }),
      terminal_height_rows: fc.integer({ min: 0, max: 4294967295 }),
      terminal_width_pixels: fc.integer({ min: 0, max: 4294967295 }),
      terminal_height_pixels: fc.integer({ min: 0, max: 4294967295 }),
    }),
  X11Channel: (depth, ctx) =>
    fc.record({
      originator_address: fc.string({ unit: 'grapheme', maxLength: 8 }),
      originator_port: fc.integer({ min: 0, max: 4294967295 }),
    }),
  X11Req: (depth, ctx) =>
    fc.record({
      single_connection: fc.boolean(),
      x11_authentication_protocol: fc.string({ unit: 'grapheme', maxLength: 8 }),
      x11_authentication_cookie: fc.string({ unit: 'grapheme', maxLength: 8 }),
      x11_screen_number: fc.integer({ min: 0, max: 4294967295 }),
    }),
  XonXoff: (depth, ctx) => fc.record({ client_can_do: fc.boolean() }),
  TerminalModes: (depth, ctx) =>
    fc.array(
      A.TerminalMode(depth - 1, {}).filter((e) => (e as Record<string, unknown>).opcode !== 0),
      { maxLength: 3 },
    ),
});
void startsWithText;
void hexBytes;
describe('Empty', () => {
  it('decodes what it encodes', () => roundTrip(A.Empty, [{}], M.encodeEmpty, M.decodeEmpty));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Empty, [{}], M.encodeEmpty, M.decodeEmpty));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Empty, [{}], M.encodeEmpty, M.decodeEmpty));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Empty, [{}], M.encodeEmpty, M.decodeEmpty));
});
describe('SSH_MSG_GLOBAL_REQUEST', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_GLOBAL_REQUEST,
      [{}],
      M.encodeSSH_MSG_GLOBAL_REQUEST,
      M.decodeSSH_MSG_GLOBAL_REQUEST,
    ));
  // SSH_MSG_GLOBAL_REQUEST ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_GLOBAL_REQUEST,
      [{}],
      M.encodeSSH_MSG_GLOBAL_REQUEST,
      M.decodeSSH_MSG_GLOBAL_REQUEST,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_GLOBAL_REQUEST,
      [{}],
      M.encodeSSH_MSG_GLOBAL_REQUEST,
      M.decodeSSH_MSG_GLOBAL_REQUEST,
    ));
});
describe('TcpipForward', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.TcpipForward, [{}], M.encodeTcpipForward, M.decodeTcpipForward));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.TcpipForward, [{}], M.encodeTcpipForward, M.decodeTcpipForward));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.TcpipForward, [{}], M.encodeTcpipForward, M.decodeTcpipForward));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.TcpipForward, [{}], M.encodeTcpipForward, M.decodeTcpipForward));
});
describe('SSH_MSG_REQUEST_SUCCESS', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_REQUEST_SUCCESS,
      [{}],
      M.encodeSSH_MSG_REQUEST_SUCCESS,
      M.decodeSSH_MSG_REQUEST_SUCCESS,
    ));
  // SSH_MSG_REQUEST_SUCCESS ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_REQUEST_SUCCESS,
      [{}],
      M.encodeSSH_MSG_REQUEST_SUCCESS,
      M.decodeSSH_MSG_REQUEST_SUCCESS,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_REQUEST_SUCCESS,
      [{}],
      M.encodeSSH_MSG_REQUEST_SUCCESS,
      M.decodeSSH_MSG_REQUEST_SUCCESS,
    ));
});
describe('SSH_MSG_REQUEST_FAILURE', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_REQUEST_FAILURE,
      [{}],
      M.encodeSSH_MSG_REQUEST_FAILURE,
      M.decodeSSH_MSG_REQUEST_FAILURE,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_REQUEST_FAILURE,
      [{}],
      M.encodeSSH_MSG_REQUEST_FAILURE,
      M.decodeSSH_MSG_REQUEST_FAILURE,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_REQUEST_FAILURE,
      [{}],
      M.encodeSSH_MSG_REQUEST_FAILURE,
      M.decodeSSH_MSG_REQUEST_FAILURE,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_REQUEST_FAILURE,
      [{}],
      M.encodeSSH_MSG_REQUEST_FAILURE,
      M.decodeSSH_MSG_REQUEST_FAILURE,
    ));
});
describe('SSH_MSG_CHANNEL_OPEN', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SSH_MSG_CHANNEL_OPEN, [{}], M.encodeSSH_MSG_CHANNEL_OPEN, M.decodeSSH_MSG_CHANNEL_OPEN));
  // SSH_MSG_CHANNEL_OPEN ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SSH_MSG_CHANNEL_OPEN, [{}], M.encodeSSH_MSG_CHANNEL_OPEN, M.decodeSSH_MSG_CHANNEL_OPEN));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SSH_MSG_CHANNEL_OPEN, [{}], M.encodeSSH_MSG_CHANNEL_OPEN, M.decodeSSH_MSG_CHANNEL_OPEN));
});
describe('X11Channel', () => {
  it('decodes what it encodes', () => roundTrip(A.X11Channel, [{}], M.encodeX11Channel, M.decodeX11Channel));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.X11Channel, [{}], M.encodeX11Channel, M.decodeX11Channel));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.X11Channel, [{}], M.encodeX11Channel, M.decodeX11Channel));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.X11Channel, [{}], M.encodeX11Channel, M.decodeX11Channel));
});
describe('ForwardedTcpip', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ForwardedTcpip, [{}], M.encodeForwardedTcpip, M.decodeForwardedTcpip));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ForwardedTcpip, [{}], M.encodeForwardedTcpip, M.decodeForwardedTcpip));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ForwardedTcpip, [{}], M.encodeForwardedTcpip, M.decodeForwardedTcpip));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ForwardedTcpip, [{}], M.encodeForwardedTcpip, M.decodeForwardedTcpip));
});
describe('DirectTcpip', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.DirectTcpip, [{}], M.encodeDirectTcpip, M.decodeDirectTcpip));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.DirectTcpip, [{}], M.encodeDirectTcpip, M.decodeDirectTcpip));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.DirectTcpip, [{}], M.encodeDirectTcpip, M.decodeDirectTcpip));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.DirectTcpip, [{}], M.encodeDirectTcpip, M.decodeDirectTcpip));
});
describe('SSH_MSG_CHANNEL_OPEN_CONFIRMATION', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_CHANNEL_OPEN_CONFIRMATION,
      [{}],
      M.encodeSSH_MSG_CHANNEL_OPEN_CONFIRMATION,
      M.decodeSSH_MSG_CHANNEL_OPEN_CONFIRMATION,
    ));
  // SSH_MSG_CHANNEL_OPEN_CONFIRMATION ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_CHANNEL_OPEN_CONFIRMATION,
      [{}],
      M.encodeSSH_MSG_CHANNEL_OPEN_CONFIRMATION,
      M.decodeSSH_MSG_CHANNEL_OPEN_CONFIRMATION,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_CHANNEL_OPEN_CONFIRMATION,
      [{}],
      M.encodeSSH_MSG_CHANNEL_OPEN_CONFIRMATION,
      M.decodeSSH_MSG_CHANNEL_OPEN_CONFIRMATION,
    ));
});
describe('SSH_MSG_CHANNEL_OPEN_FAILURE', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_CHANNEL_OPEN_FAILURE,
      [{}],
      M.encodeSSH_MSG_CHANNEL_OPEN_FAILURE,
      M.decodeSSH_MSG_CHANNEL_OPEN_FAILURE,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_CHANNEL_OPEN_FAILURE,
      [{}],
      M.encodeSSH_MSG_CHANNEL_OPEN_FAILURE,
      M.decodeSSH_MSG_CHANNEL_OPEN_FAILURE,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_CHANNEL_OPEN_FAILURE,
      [{}],
      M.encodeSSH_MSG_CHANNEL_OPEN_FAILURE,
      M.decodeSSH_MSG_CHANNEL_OPEN_FAILURE,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_CHANNEL_OPEN_FAILURE,
      [{}],
      M.encodeSSH_MSG_CHANNEL_OPEN_FAILURE,
      M.decodeSSH_MSG_CHANNEL_OPEN_FAILURE,
    ));
});
describe('SSH_MSG_CHANNEL_WINDOW_ADJUST', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_CHANNEL_WINDOW_ADJUST,
      [{}],
      M.encodeSSH_MSG_CHANNEL_WINDOW_ADJUST,
      M.decodeSSH_MSG_CHANNEL_WINDOW_ADJUST,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_CHANNEL_WINDOW_ADJUST,
      [{}],
      M.encodeSSH_MSG_CHANNEL_WINDOW_ADJUST,
      M.decodeSSH_MSG_CHANNEL_WINDOW_ADJUST,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_CHANNEL_WINDOW_ADJUST,
      [{}],
      M.encodeSSH_MSG_CHANNEL_WINDOW_ADJUST,
      M.decodeSSH_MSG_CHANNEL_WINDOW_ADJUST,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_CHANNEL_WINDOW_ADJUST,
      [{}],
      M.encodeSSH_MSG_CHANNEL_WINDOW_ADJUST,
      M.decodeSSH_MSG_CHANNEL_WINDOW_ADJUST,
    ));
});
describe('SSH_MSG_CHANNEL_DATA', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SSH_MSG_CHANNEL_DATA, [{}], M.encodeSSH_MSG_CHANNEL_DATA, M.decodeSSH_MSG_CHANNEL_DATA));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SSH_MSG_CHANNEL_DATA, [{}], M.encodeSSH_MSG_CHANNEL_DATA, M.decodeSSH_MSG_CHANNEL_DATA));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SSH_MSG_CHANNEL_DATA, [{}], M.encodeSSH_MSG_CHANNEL_DATA, M.decodeSSH_MSG_CHANNEL_DATA));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SSH_MSG_CHANNEL_DATA, [{}], M.encodeSSH_MSG_CHANNEL_DATA, M.decodeSSH_MSG_CHANNEL_DATA));
});
describe('SSH_MSG_CHANNEL_EXTENDED_DATA', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_CHANNEL_EXTENDED_DATA,
      [{}],
      M.encodeSSH_MSG_CHANNEL_EXTENDED_DATA,
      M.decodeSSH_MSG_CHANNEL_EXTENDED_DATA,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_CHANNEL_EXTENDED_DATA,
      [{}],
      M.encodeSSH_MSG_CHANNEL_EXTENDED_DATA,
      M.decodeSSH_MSG_CHANNEL_EXTENDED_DATA,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_CHANNEL_EXTENDED_DATA,
      [{}],
      M.encodeSSH_MSG_CHANNEL_EXTENDED_DATA,
      M.decodeSSH_MSG_CHANNEL_EXTENDED_DATA,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_CHANNEL_EXTENDED_DATA,
      [{}],
      M.encodeSSH_MSG_CHANNEL_EXTENDED_DATA,
      M.decodeSSH_MSG_CHANNEL_EXTENDED_DATA,
    ));
});
describe('SSH_MSG_CHANNEL_EOF', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SSH_MSG_CHANNEL_EOF, [{}], M.encodeSSH_MSG_CHANNEL_EOF, M.decodeSSH_MSG_CHANNEL_EOF));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SSH_MSG_CHANNEL_EOF, [{}], M.encodeSSH_MSG_CHANNEL_EOF, M.decodeSSH_MSG_CHANNEL_EOF));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SSH_MSG_CHANNEL_EOF, [{}], M.encodeSSH_MSG_CHANNEL_EOF, M.decodeSSH_MSG_CHANNEL_EOF));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SSH_MSG_CHANNEL_EOF, [{}], M.encodeSSH_MSG_CHANNEL_EOF, M.decodeSSH_MSG_CHANNEL_EOF));
});
describe('SSH_MSG_CHANNEL_CLOSE', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SSH_MSG_CHANNEL_CLOSE, [{}], M.encodeSSH_MSG_CHANNEL_CLOSE, M.decodeSSH_MSG_CHANNEL_CLOSE));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_CHANNEL_CLOSE,
      [{}],
      M.encodeSSH_MSG_CHANNEL_CLOSE,
      M.decodeSSH_MSG_CHANNEL_CLOSE,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_CHANNEL_CLOSE,
      [{}],
      M.encodeSSH_MSG_CHANNEL_CLOSE,
      M.decodeSSH_MSG_CHANNEL_CLOSE,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_CHANNEL_CLOSE,
      [{}],
      M.encodeSSH_MSG_CHANNEL_CLOSE,
      M.decodeSSH_MSG_CHANNEL_CLOSE,
    ));
});
describe('SSH_MSG_CHANNEL_REQUEST', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_CHANNEL_REQUEST,
      [{}],
      M.encodeSSH_MSG_CHANNEL_REQUEST,
      M.decodeSSH_MSG_CHANNEL_REQUEST,
    ));
  // SSH_MSG_CHANNEL_REQUEST ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_CHANNEL_REQUEST,
      [{}],
      M.encodeSSH_MSG_CHANNEL_REQUEST,
      M.decodeSSH_MSG_CHANNEL_REQUEST,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_CHANNEL_REQUEST,
      [{}],
      M.encodeSSH_MSG_CHANNEL_REQUEST,
      M.decodeSSH_MSG_CHANNEL_REQUEST,
    ));
});
describe('PtyReq', () => {
  it('decodes what it encodes', () => roundTrip(A.PtyReq, [{}], M.encodePtyReq, M.decodePtyReq));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.PtyReq, [{}], M.encodePtyReq, M.decodePtyReq));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.PtyReq, [{}], M.encodePtyReq, M.decodePtyReq));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.PtyReq, [{}], M.encodePtyReq, M.decodePtyReq));
});
describe('X11Req', () => {
  it('decodes what it encodes', () => roundTrip(A.X11Req, [{}], M.encodeX11Req, M.decodeX11Req));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.X11Req, [{}], M.encodeX11Req, M.decodeX11Req));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.X11Req, [{}], M.encodeX11Req, M.decodeX11Req));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.X11Req, [{}], M.encodeX11Req, M.decodeX11Req));
});
describe('Env', () => {
  it('decodes what it encodes', () => roundTrip(A.Env, [{}], M.encodeEnv, M.decodeEnv));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Env, [{}], M.encodeEnv, M.decodeEnv));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Env, [{}], M.encodeEnv, M.decodeEnv));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Env, [{}], M.encodeEnv, M.decodeEnv));
});
describe('Exec', () => {
  it('decodes what it encodes', () => roundTrip(A.Exec, [{}], M.encodeExec, M.decodeExec));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Exec, [{}], M.encodeExec, M.decodeExec));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Exec, [{}], M.encodeExec, M.decodeExec));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Exec, [{}], M.encodeExec, M.decodeExec));
});
describe('Subsystem', () => {
  it('decodes what it encodes', () => roundTrip(A.Subsystem, [{}], M.encodeSubsystem, M.decodeSubsystem));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Subsystem, [{}], M.encodeSubsystem, M.decodeSubsystem));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Subsystem, [{}], M.encodeSubsystem, M.decodeSubsystem));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Subsystem, [{}], M.encodeSubsystem, M.decodeSubsystem));
});
describe('WindowChange', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.WindowChange, [{}], M.encodeWindowChange, M.decodeWindowChange));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.WindowChange, [{}], M.encodeWindowChange, M.decodeWindowChange));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.WindowChange, [{}], M.encodeWindowChange, M.decodeWindowChange));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.WindowChange, [{}], M.encodeWindowChange, M.decodeWindowChange));
});
describe('XonXoff', () => {
  it('decodes what it encodes', () => roundTrip(A.XonXoff, [{}], M.encodeXonXoff, M.decodeXonXoff));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.XonXoff, [{}], M.encodeXonXoff, M.decodeXonXoff));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.XonXoff, [{}], M.encodeXonXoff, M.decodeXonXoff));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.XonXoff, [{}], M.encodeXonXoff, M.decodeXonXoff));
});
describe('Signal', () => {
  it('decodes what it encodes', () => roundTrip(A.Signal, [{}], M.encodeSignal, M.decodeSignal));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Signal, [{}], M.encodeSignal, M.decodeSignal));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Signal, [{}], M.encodeSignal, M.decodeSignal));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Signal, [{}], M.encodeSignal, M.decodeSignal));
});
describe('ExitStatus', () => {
  it('decodes what it encodes', () => roundTrip(A.ExitStatus, [{}], M.encodeExitStatus, M.decodeExitStatus));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ExitStatus, [{}], M.encodeExitStatus, M.decodeExitStatus));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ExitStatus, [{}], M.encodeExitStatus, M.decodeExitStatus));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ExitStatus, [{}], M.encodeExitStatus, M.decodeExitStatus));
});
describe('ExitSignal', () => {
  it('decodes what it encodes', () => roundTrip(A.ExitSignal, [{}], M.encodeExitSignal, M.decodeExitSignal));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ExitSignal, [{}], M.encodeExitSignal, M.decodeExitSignal));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ExitSignal, [{}], M.encodeExitSignal, M.decodeExitSignal));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ExitSignal, [{}], M.encodeExitSignal, M.decodeExitSignal));
});
describe('SSH_MSG_CHANNEL_SUCCESS', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_CHANNEL_SUCCESS,
      [{}],
      M.encodeSSH_MSG_CHANNEL_SUCCESS,
      M.decodeSSH_MSG_CHANNEL_SUCCESS,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_CHANNEL_SUCCESS,
      [{}],
      M.encodeSSH_MSG_CHANNEL_SUCCESS,
      M.decodeSSH_MSG_CHANNEL_SUCCESS,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_CHANNEL_SUCCESS,
      [{}],
      M.encodeSSH_MSG_CHANNEL_SUCCESS,
      M.decodeSSH_MSG_CHANNEL_SUCCESS,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_CHANNEL_SUCCESS,
      [{}],
      M.encodeSSH_MSG_CHANNEL_SUCCESS,
      M.decodeSSH_MSG_CHANNEL_SUCCESS,
    ));
});
describe('SSH_MSG_CHANNEL_FAILURE', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SSH_MSG_CHANNEL_FAILURE,
      [{}],
      M.encodeSSH_MSG_CHANNEL_FAILURE,
      M.decodeSSH_MSG_CHANNEL_FAILURE,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SSH_MSG_CHANNEL_FAILURE,
      [{}],
      M.encodeSSH_MSG_CHANNEL_FAILURE,
      M.decodeSSH_MSG_CHANNEL_FAILURE,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SSH_MSG_CHANNEL_FAILURE,
      [{}],
      M.encodeSSH_MSG_CHANNEL_FAILURE,
      M.decodeSSH_MSG_CHANNEL_FAILURE,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SSH_MSG_CHANNEL_FAILURE,
      [{}],
      M.encodeSSH_MSG_CHANNEL_FAILURE,
      M.decodeSSH_MSG_CHANNEL_FAILURE,
    ));
});
describe('TerminalMode', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.TerminalMode, [{}], M.encodeTerminalMode, M.decodeTerminalMode));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.TerminalMode, [{}], M.encodeTerminalMode, M.decodeTerminalMode));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.TerminalMode, [{}], M.encodeTerminalMode, M.decodeTerminalMode));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.TerminalMode, [{}], M.encodeTerminalMode, M.decodeTerminalMode));
});
