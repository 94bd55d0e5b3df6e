// Generated from specs/dist/control.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DistFlagsByFlag } from '../src/handshake.js';
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
import * as M from '../src/control.js';

describe('TermKinds table', () => {
  it('has a different name in every row', () => {
    const keys = M.TermKinds.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('ControlElements table', () => {
  it('has a different name in every row', () => {
    const keys = M.ControlElements.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('names rows of TermKinds in term', () => {
    for (const row of M.ControlElements)
      for (const name of [row.term]) expect(M.TermKindsByName.has(name), name).toBe(true);
  });
});

describe('ControlPayloads table', () => {
  it('has a different name in every row', () => {
    const keys = M.ControlPayloads.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('ControlMessages table', () => {
  it('has a different op in every row', () => {
    const keys = M.ControlMessages.map((row) => row.op);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('names rows of ControlElements in elements', () => {
    for (const row of M.ControlMessages)
      for (const name of row.elements) expect(M.ControlElementsByName.has(name), name).toBe(true);
  });
  it('names rows of ControlPayloads in followed_by', () => {
    for (const row of M.ControlMessages)
      for (const name of [row.followed_by])
        if (name !== undefined) expect(M.ControlPayloadsByName.has(name), name).toBe(true);
  });
  it('names rows of DistFlags in flag', () => {
    for (const row of M.ControlMessages)
      for (const name of [row.flag])
        if (name !== undefined) expect(DistFlagsByFlag.has(name), name).toBe(true);
  });
});

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types =
  | 'AliasSendElements'
  | 'AliasSendTtElements'
  | 'Atom'
  | 'Binary'
  | 'BitBinary'
  | 'Control1'
  | 'Control3'
  | 'Control4'
  | 'Control5'
  | 'Control6'
  | 'Control7'
  | 'ControlTuple'
  | 'Empty'
  | 'ExitElements'
  | 'ExitTtElements'
  | 'Export'
  | 'ExternalTerm'
  | 'FloatString'
  | 'LargeBig'
  | 'LargeTuple'
  | 'List'
  | 'Map'
  | 'MapPair'
  | 'MonitorElements'
  | 'MonitorExitElements'
  | 'NewerReference'
  | 'NewFun'
  | 'NewPid'
  | 'NewPort'
  | 'NewReference'
  | 'PassThroughMessage'
  | 'PayloadMonitorExitElements'
  | 'Pid'
  | 'PidPair'
  | 'Port'
  | 'Reference'
  | 'RegSendElements'
  | 'RegSendTtElements'
  | 'SendElements'
  | 'SendTtElements'
  | 'SmallAtom'
  | 'SmallBig'
  | 'SmallTuple'
  | 'SpawnReplyElements'
  | 'SpawnReplyTtElements'
  | 'SpawnRequestElements'
  | 'SpawnRequestTtElements'
  | 'StringExt'
  | 'Term'
  | 'TracedPidPair'
  | 'UnlinkIdElements'
  | 'V4Port';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  AliasSendElements: (depth, ctx) =>
    fc.record({ from_pid: A.Term(depth - 1, {}), alias: A.Term(depth - 1, {}) }),
  AliasSendTtElements: (depth, ctx) =>
    fc.record({
      from_pid: A.Term(depth - 1, {}),
      alias: A.Term(depth - 1, {}),
      token: A.Term(depth - 1, {}),
    }),
  Atom: (depth, ctx) => fc.record({ atom_name: fc.uint8Array({ maxLength: 16 }) }),
  Binary: (depth, ctx) => fc.record({ data: fc.uint8Array({ maxLength: 16 }) }),
  BitBinary: (depth, ctx) =>
    fc.record({ bits: fc.integer({ min: 0, max: 255 }), data: fc.uint8Array({ maxLength: 16 }) }),
  Control1: (depth, ctx) =>
    fc
      .record({
        op_tag: fc.constant(97),
        elements: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(5),
              A.Empty(depth - 1, {}).map((value) => ({ case: 'NODE_LINK', value })),
            ),
          ],
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.op = (v.elements as [unknown, unknown])[0];
        v.elements = (v.elements as [unknown, unknown])[1];
        return v;
      }),
  Control3: (depth, ctx) =>
    fc
      .record({
        op_tag: fc.constant(97),
        elements: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(1),
              A.PidPair(depth - 1, {}).map((value) => ({ case: 'LINK', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(4),
              A.PidPair(depth - 1, {}).map((value) => ({ case: 'UNLINK', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(7),
              A.PidPair(depth - 1, {}).map((value) => ({ case: 'GROUP_LEADER', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(22),
              A.PidPair(depth - 1, {}).map((value) => ({ case: 'SEND_SENDER', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(24),
              A.PidPair(depth - 1, {}).map((value) => ({ case: 'PAYLOAD_EXIT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(26),
              A.PidPair(depth - 1, {}).map((value) => ({ case: 'PAYLOAD_EXIT2', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(2),
              A.SendElements(depth - 1, {}).map((value) => ({ case: 'SEND', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(33),
              A.AliasSendElements(depth - 1, {}).map((value) => ({ case: 'ALIAS_SEND', value })),
            ),
          ],
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.op = (v.elements as [unknown, unknown])[0];
        v.elements = (v.elements as [unknown, unknown])[1];
        return v;
      }),
  Control4: (depth, ctx) =>
    fc
      .record({
        op_tag: fc.constant(97),
        elements: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(3),
              A.ExitElements(depth - 1, {}).map((value) => ({ case: 'EXIT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(8),
              A.ExitElements(depth - 1, {}).map((value) => ({ case: 'EXIT2', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(6),
              A.RegSendElements(depth - 1, {}).map((value) => ({ case: 'REG_SEND', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(12),
              A.SendTtElements(depth - 1, {}).map((value) => ({ case: 'SEND_TT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(19),
              A.MonitorElements(depth - 1, {}).map((value) => ({ case: 'MONITOR_P', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(20),
              A.MonitorElements(depth - 1, {}).map((value) => ({ case: 'DEMONITOR_P', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(23),
              A.TracedPidPair(depth - 1, {}).map((value) => ({ case: 'SEND_SENDER_TT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(25),
              A.TracedPidPair(depth - 1, {}).map((value) => ({ case: 'PAYLOAD_EXIT_TT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(27),
              A.TracedPidPair(depth - 1, {}).map((value) => ({ case: 'PAYLOAD_EXIT2_TT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(28),
              A.PayloadMonitorExitElements(depth - 1, {}).map((value) => ({
                case: 'PAYLOAD_MONITOR_P_EXIT',
                value,
              })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(34),
              A.AliasSendTtElements(depth - 1, {}).map((value) => ({ case: 'ALIAS_SEND_TT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(35),
              A.UnlinkIdElements(depth - 1, {}).map((value) => ({ case: 'UNLINK_ID', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(36),
              A.UnlinkIdElements(depth - 1, {}).map((value) => ({ case: 'UNLINK_ID_ACK', value })),
            ),
          ],
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.op = (v.elements as [unknown, unknown])[0];
        v.elements = (v.elements as [unknown, unknown])[1];
        return v;
      }),
  Control5: (depth, ctx) =>
    fc
      .record({
        op_tag: fc.constant(97),
        elements: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(13),
              A.ExitTtElements(depth - 1, {}).map((value) => ({ case: 'EXIT_TT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(18),
              A.ExitTtElements(depth - 1, {}).map((value) => ({ case: 'EXIT2_TT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(16),
              A.RegSendTtElements(depth - 1, {}).map((value) => ({ case: 'REG_SEND_TT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(21),
              A.MonitorExitElements(depth - 1, {}).map((value) => ({ case: 'MONITOR_P_EXIT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(31),
              A.SpawnReplyElements(depth - 1, {}).map((value) => ({ case: 'SPAWN_REPLY', value })),
            ),
          ],
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.op = (v.elements as [unknown, unknown])[0];
        v.elements = (v.elements as [unknown, unknown])[1];
        return v;
      }),
  Control6: (depth, ctx) =>
    fc
      .record({
        op_tag: fc.constant(97),
        elements: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(29),
              A.SpawnRequestElements(depth - 1, {}).map((value) => ({ case: 'SPAWN_REQUEST', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(32),
              A.SpawnReplyTtElements(depth - 1, {}).map((value) => ({ case: 'SPAWN_REPLY_TT', value })),
            ),
          ],
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.op = (v.elements as [unknown, unknown])[0];
        v.elements = (v.elements as [unknown, unknown])[1];
        return v;
      }),
  Control7: (depth, ctx) =>
    fc
      .record({
        op_tag: fc.constant(97),
        elements: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(30),
              A.SpawnRequestTtElements(depth - 1, {}).map((value) => ({ case: 'SPAWN_REQUEST_TT', value })),
            ),
          ],
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.op = (v.elements as [unknown, unknown])[0];
        v.elements = (v.elements as [unknown, unknown])[1];
        return v;
      }),
  ControlTuple: (depth, ctx) =>
    fc
      .record({
        tuple_tag: fc.constant(104),
        tuple: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(1),
              A.Control1(depth - 1, {}).map((value) => ({ case: 1, value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(3),
              A.Control3(depth - 1, {}).map((value) => ({ case: 3, value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(4),
              A.Control4(depth - 1, {}).map((value) => ({ case: 4, value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(5),
              A.Control5(depth - 1, {}).map((value) => ({ case: 5, value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(6),
              A.Control6(depth - 1, {}).map((value) => ({ case: 6, value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(7),
              A.Control7(depth - 1, {}).map((value) => ({ case: 7, value })),
            ),
          ],
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.arity = (v.tuple as [unknown, unknown])[0];
        v.tuple = (v.tuple as [unknown, unknown])[1];
        return v;
      }),
  Empty: (depth, ctx) => fc.record({}),
  ExitElements: (depth, ctx) =>
    fc.record({
      from_pid: A.Term(depth - 1, {}),
      to_pid: A.Term(depth - 1, {}),
      reason: A.Term(depth - 1, {}),
    }),
  ExitTtElements: (depth, ctx) =>
    fc.record({
      from_pid: A.Term(depth - 1, {}),
      to_pid: A.Term(depth - 1, {}),
      trace_token: A.Term(depth - 1, {}),
      reason: A.Term(depth - 1, {}),
    }),
  Export: (depth, ctx) =>
    fc.record({
      module: A.Term(depth - 1, {}),
      function: A.Term(depth - 1, {}),
      arity: A.Term(depth - 1, {}),
    }),
  ExternalTerm: (depth, ctx) => fc.record({ version: fc.constant(131), term: A.Term(depth - 1, {}) }),
  FloatString: (depth, ctx) => fc.record({ float_string: fc.uint8Array({ minLength: 31, maxLength: 31 }) }),
  LargeBig: (depth, ctx) =>
    fc.record({ sign: fc.integer({ min: 0, max: 255 }), digits: fc.uint8Array({ maxLength: 16 }) }),
  LargeTuple: (depth, ctx) =>
    fc.record({ elements: fc.array(A.Term(depth - 1, {}), { maxLength: depth <= 0 ? 0 : 3 }) }),
  List: (depth, ctx) =>
    fc.record({
      elements: fc.array(A.Term(depth - 1, {}), { maxLength: depth <= 0 ? 0 : 3 }),
      tail: A.Term(depth - 1, {}),
    }),
  Map: (depth, ctx) => fc.record({ pairs: fc.array(A.MapPair(depth - 1, {}), { maxLength: 3 }) }),
  MapPair: (depth, ctx) => fc.record({ key: A.Term(depth - 1, {}), value: A.Term(depth - 1, {}) }),
  MonitorElements: (depth, ctx) =>
    fc.record({
      from_pid: A.Term(depth - 1, {}),
      to_proc: A.Term(depth - 1, {}),
      ref: A.Term(depth - 1, {}),
    }),
  MonitorExitElements: (depth, ctx) =>
    fc.record({
      from_proc: A.Term(depth - 1, {}),
      to_pid: A.Term(depth - 1, {}),
      ref: A.Term(depth - 1, {}),
      reason: A.Term(depth - 1, {}),
    }),
  NewerReference: (depth, ctx) =>
    fc.record({
      node: A.Term(depth - 1, {}),
      creation: fc.integer({ min: 0, max: 4294967295 }),
      id: fc.array(fc.integer({ min: 0, max: 4294967295 }), { maxLength: 3 }),
    }),
  NewFun: (depth, ctx) =>
    fc.record({
      arity: fc.integer({ min: 0, max: 255 }),
      uniq: fc.uint8Array({ minLength: 16, maxLength: 16 }),
      index: fc.integer({ min: 0, max: 4294967295 }),
      module: A.Term(depth - 1, {}),
      old_index: A.Term(depth - 1, {}),
      old_uniq: A.Term(depth - 1, {}),
      pid: A.Term(depth - 1, {}),
      free_vars: fc.array(A.Term(depth - 1, {}), { maxLength: depth <= 0 ? 0 : 3 }),
    }),
  NewPid: (depth, ctx) =>
    fc.record({
      node: A.Term(depth - 1, {}),
      id: fc.integer({ min: 0, max: 4294967295 }),
      serial: fc.integer({ min: 0, max: 4294967295 }),
      creation: fc.integer({ min: 0, max: 4294967295 }),
    }),
  NewPort: (depth, ctx) =>
    fc.record({
      node: A.Term(depth - 1, {}),
      id: fc.integer({ min: 0, max: 4294967295 }),
      creation: fc.integer({ min: 0, max: 4294967295 }),
    }),
  NewReference: (depth, ctx) =>
    fc.record({
      node: A.Term(depth - 1, {}),
      creation: fc.integer({ min: 0, max: 255 }),
      id: fc.array(fc.integer({ min: 0, max: 4294967295 }), { maxLength: 3 }),
    }),
  PassThroughMessage: (depth, ctx) =>
    fc.record({
      pass_through: fc.constant(112),
      version: fc.constant(131),
      control: A.ControlTuple(depth - 1, {}),
      payload: fc.array(A.ExternalTerm(depth - 1, {}), { maxLength: 3 }),
    }),
  PayloadMonitorExitElements: (depth, ctx) =>
    fc.record({
      from_proc: A.Term(depth - 1, {}),
      to_pid: A.Term(depth - 1, {}),
      ref: A.Term(depth - 1, {}),
    }),
  Pid: (depth, ctx) =>
    fc.record({
      node: A.Term(depth - 1, {}),
      id: fc.integer({ min: 0, max: 4294967295 }),
      serial: fc.integer({ min: 0, max: 4294967295 }),
      creation: fc.integer({ min: 0, max: 255 }),
    }),
  PidPair: (depth, ctx) => fc.record({ from_pid: A.Term(depth - 1, {}), to_pid: A.Term(depth - 1, {}) }),
  Port: (depth, ctx) =>
    fc.record({
      node: A.Term(depth - 1, {}),
      id: fc.integer({ min: 0, max: 4294967295 }),
      creation: fc.integer({ min: 0, max: 255 }),
    }),
  Reference: (depth, ctx) =>
    fc.record({
      node: A.Term(depth - 1, {}),
      id: fc.integer({ min: 0, max: 4294967295 }),
      creation: fc.integer({ min: 0, max: 255 }),
    }),
  RegSendElements: (depth, ctx) =>
    fc.record({
      from_pid: A.Term(depth - 1, {}),
      unused: A.Term(depth - 1, {}),
      to_name: A.Term(depth - 1, {}),
    }),
  RegSendTtElements: (depth, ctx) =>
    fc.record({
      from_pid: A.Term(depth - 1, {}),
      unused: A.Term(depth - 1, {}),
      to_name: A.Term(depth - 1, {}),
      trace_token: A.Term(depth - 1, {}),
    }),
  SendElements: (depth, ctx) => fc.record({ unused: A.Term(depth - 1, {}), to_pid: A.Term(depth - 1, {}) }),
  SendTtElements: (depth, ctx) =>
    fc.record({
      unused: A.Term(depth - 1, {}),
      to_pid: A.Term(depth - 1, {}),
      trace_token: A.Term(depth - 1, {}),
    }),
  SmallAtom: (depth, ctx) => fc.record({ atom_name: fc.uint8Array({ maxLength: 16 }) }),
  SmallBig: (depth, ctx) =>
    fc.record({ sign: fc.integer({ min: 0, max: 255 }), digits: fc.uint8Array({ maxLength: 16 }) }),
  SmallTuple: (depth, ctx) =>
    fc.record({ elements: fc.array(A.Term(depth - 1, {}), { maxLength: depth <= 0 ? 0 : 3 }) }),
  SpawnReplyElements: (depth, ctx) =>
    fc.record({
      req_id: A.Term(depth - 1, {}),
      to: A.Term(depth - 1, {}),
      flags: A.Term(depth - 1, {}),
      result: A.Term(depth - 1, {}),
    }),
  SpawnReplyTtElements: (depth, ctx) =>
    fc.record({
      req_id: A.Term(depth - 1, {}),
      to: A.Term(depth - 1, {}),
      flags: A.Term(depth - 1, {}),
      result: A.Term(depth - 1, {}),
      token: A.Term(depth - 1, {}),
    }),
  SpawnRequestElements: (depth, ctx) =>
    fc.record({
      req_id: A.Term(depth - 1, {}),
      from: A.Term(depth - 1, {}),
      group_leader: A.Term(depth - 1, {}),
      mfa: A.Term(depth - 1, {}),
      opt_list: A.Term(depth - 1, {}),
    }),
  SpawnRequestTtElements: (depth, ctx) =>
    fc.record({
      req_id: A.Term(depth - 1, {}),
      from: A.Term(depth - 1, {}),
      group_leader: A.Term(depth - 1, {}),
      mfa: A.Term(depth - 1, {}),
      opt_list: A.Term(depth - 1, {}),
      token: A.Term(depth - 1, {}),
    }),
  StringExt: (depth, ctx) => fc.record({ characters: fc.uint8Array({ maxLength: 16 }) }),
  Term: (depth, ctx) =>
    fc
      .record({
        value: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(97),
              fc.integer({ min: 0, max: 255 }).map((value) => ({ case: 'SMALL_INTEGER_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(98),
              fc
                .integer({ min: -2147483648, max: 2147483647 })
                .map((value) => ({ case: 'INTEGER_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(99),
              A.FloatString(depth - 1, {}).map((value) => ({ case: 'FLOAT_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(70),
              fc.double({ noNaN: true }).map((value) => ({ case: 'NEW_FLOAT_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(100),
              A.Atom(depth - 1, {}).map((value) => ({ case: 'ATOM_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(115),
              A.SmallAtom(depth - 1, {}).map((value) => ({ case: 'SMALL_ATOM_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(118),
              A.Atom(depth - 1, {}).map((value) => ({ case: 'ATOM_UTF8_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(119),
              A.SmallAtom(depth - 1, {}).map((value) => ({ case: 'SMALL_ATOM_UTF8_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(82),
              fc.integer({ min: 0, max: 255 }).map((value) => ({ case: 'ATOM_CACHE_REF', value })),
            ),
          ],
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(104),
                  A.SmallTuple(depth - 1, {}).map((value) => ({ case: 'SMALL_TUPLE_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(105),
                  A.LargeTuple(depth - 1, {}).map((value) => ({ case: 'LARGE_TUPLE_EXT', value })),
                ),
              ]),
          ...[
            fc.tuple(
              fc.constant(106),
              A.Empty(depth - 1, {}).map((value) => ({ case: 'NIL_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(107),
              A.StringExt(depth - 1, {}).map((value) => ({ case: 'STRING_EXT', value })),
            ),
          ],
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(108),
                  A.List(depth - 1, {}).map((value) => ({ case: 'LIST_EXT', value })),
                ),
              ]),
          ...[
            fc.tuple(
              fc.constant(109),
              A.Binary(depth - 1, {}).map((value) => ({ case: 'BINARY_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(77),
              A.BitBinary(depth - 1, {}).map((value) => ({ case: 'BIT_BINARY_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(110),
              A.SmallBig(depth - 1, {}).map((value) => ({ case: 'SMALL_BIG_EXT', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(111),
              A.LargeBig(depth - 1, {}).map((value) => ({ case: 'LARGE_BIG_EXT', value })),
            ),
          ],
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(116),
                  A.Map(depth - 1, {}).map((value) => ({ case: 'MAP_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(103),
                  A.Pid(depth - 1, {}).map((value) => ({ case: 'PID_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(88),
                  A.NewPid(depth - 1, {}).map((value) => ({ case: 'NEW_PID_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(102),
                  A.Port(depth - 1, {}).map((value) => ({ case: 'PORT_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(89),
                  A.NewPort(depth - 1, {}).map((value) => ({ case: 'NEW_PORT_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(120),
                  A.V4Port(depth - 1, {}).map((value) => ({ case: 'V4_PORT_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(101),
                  A.Reference(depth - 1, {}).map((value) => ({ case: 'REFERENCE_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(114),
                  A.NewReference(depth - 1, {}).map((value) => ({ case: 'NEW_REFERENCE_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(90),
                  A.NewerReference(depth - 1, {}).map((value) => ({ case: 'NEWER_REFERENCE_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(112),
                  A.NewFun(depth - 1, {}).map((value) => ({ case: 'NEW_FUN_EXT', value })),
                ),
              ]),
          ...(depth <= 0
            ? []
            : [
                fc.tuple(
                  fc.constant(113),
                  A.Export(depth - 1, {}).map((value) => ({ case: 'EXPORT_EXT', value })),
                ),
              ]),
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.tag = (v.value as [unknown, unknown])[0];
        v.value = (v.value as [unknown, unknown])[1];
        return v;
      }),
  TracedPidPair: (depth, ctx) =>
    fc.record({
      from_pid: A.Term(depth - 1, {}),
      to_pid: A.Term(depth - 1, {}),
      trace_token: A.Term(depth - 1, {}),
    }),
  UnlinkIdElements: (depth, ctx) =>
    fc.record({ id: A.Term(depth - 1, {}), from_pid: A.Term(depth - 1, {}), to_pid: A.Term(depth - 1, {}) }),
  V4Port: (depth, ctx) =>
    fc.record({
      node: A.Term(depth - 1, {}),
      id: fc.bigInt({ min: 0n, max: 18446744073709551615n }),
      creation: fc.integer({ min: 0, max: 4294967295 }),
    }),
});
void startsWithText;
void hexBytes;
describe('ControlTuple', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ControlTuple, [{}], M.encodeControlTuple, M.decodeControlTuple));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ControlTuple, [{}], M.encodeControlTuple, M.decodeControlTuple));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ControlTuple, [{}], M.encodeControlTuple, M.decodeControlTuple));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ControlTuple, [{}], M.encodeControlTuple, M.decodeControlTuple));
});
describe('Control1', () => {
  it('decodes what it encodes', () => roundTrip(A.Control1, [{}], M.encodeControl1, M.decodeControl1));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Control1, [{}], M.encodeControl1, M.decodeControl1));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Control1, [{}], M.encodeControl1, M.decodeControl1));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Control1, [{}], M.encodeControl1, M.decodeControl1));
});
describe('Control3', () => {
  it('decodes what it encodes', () => roundTrip(A.Control3, [{}], M.encodeControl3, M.decodeControl3));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Control3, [{}], M.encodeControl3, M.decodeControl3));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Control3, [{}], M.encodeControl3, M.decodeControl3));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Control3, [{}], M.encodeControl3, M.decodeControl3));
});
describe('Control4', () => {
  it('decodes what it encodes', () => roundTrip(A.Control4, [{}], M.encodeControl4, M.decodeControl4));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Control4, [{}], M.encodeControl4, M.decodeControl4));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Control4, [{}], M.encodeControl4, M.decodeControl4));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Control4, [{}], M.encodeControl4, M.decodeControl4));
});
describe('Control5', () => {
  it('decodes what it encodes', () => roundTrip(A.Control5, [{}], M.encodeControl5, M.decodeControl5));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Control5, [{}], M.encodeControl5, M.decodeControl5));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Control5, [{}], M.encodeControl5, M.decodeControl5));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Control5, [{}], M.encodeControl5, M.decodeControl5));
});
describe('Control6', () => {
  it('decodes what it encodes', () => roundTrip(A.Control6, [{}], M.encodeControl6, M.decodeControl6));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Control6, [{}], M.encodeControl6, M.decodeControl6));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Control6, [{}], M.encodeControl6, M.decodeControl6));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Control6, [{}], M.encodeControl6, M.decodeControl6));
});
describe('Control7', () => {
  it('decodes what it encodes', () => roundTrip(A.Control7, [{}], M.encodeControl7, M.decodeControl7));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Control7, [{}], M.encodeControl7, M.decodeControl7));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Control7, [{}], M.encodeControl7, M.decodeControl7));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Control7, [{}], M.encodeControl7, M.decodeControl7));
});
describe('PidPair', () => {
  it('decodes what it encodes', () => roundTrip(A.PidPair, [{}], M.encodePidPair, M.decodePidPair));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.PidPair, [{}], M.encodePidPair, M.decodePidPair));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.PidPair, [{}], M.encodePidPair, M.decodePidPair));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.PidPair, [{}], M.encodePidPair, M.decodePidPair));
});
describe('SendElements', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SendElements, [{}], M.encodeSendElements, M.decodeSendElements));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SendElements, [{}], M.encodeSendElements, M.decodeSendElements));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SendElements, [{}], M.encodeSendElements, M.decodeSendElements));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SendElements, [{}], M.encodeSendElements, M.decodeSendElements));
});
describe('AliasSendElements', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.AliasSendElements, [{}], M.encodeAliasSendElements, M.decodeAliasSendElements));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.AliasSendElements, [{}], M.encodeAliasSendElements, M.decodeAliasSendElements));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.AliasSendElements, [{}], M.encodeAliasSendElements, M.decodeAliasSendElements));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.AliasSendElements, [{}], M.encodeAliasSendElements, M.decodeAliasSendElements));
});
describe('ExitElements', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ExitElements, [{}], M.encodeExitElements, M.decodeExitElements));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ExitElements, [{}], M.encodeExitElements, M.decodeExitElements));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ExitElements, [{}], M.encodeExitElements, M.decodeExitElements));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ExitElements, [{}], M.encodeExitElements, M.decodeExitElements));
});
describe('RegSendElements', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.RegSendElements, [{}], M.encodeRegSendElements, M.decodeRegSendElements));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.RegSendElements, [{}], M.encodeRegSendElements, M.decodeRegSendElements));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.RegSendElements, [{}], M.encodeRegSendElements, M.decodeRegSendElements));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.RegSendElements, [{}], M.encodeRegSendElements, M.decodeRegSendElements));
});
describe('SendTtElements', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SendTtElements, [{}], M.encodeSendTtElements, M.decodeSendTtElements));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SendTtElements, [{}], M.encodeSendTtElements, M.decodeSendTtElements));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SendTtElements, [{}], M.encodeSendTtElements, M.decodeSendTtElements));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SendTtElements, [{}], M.encodeSendTtElements, M.decodeSendTtElements));
});
describe('MonitorElements', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.MonitorElements, [{}], M.encodeMonitorElements, M.decodeMonitorElements));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.MonitorElements, [{}], M.encodeMonitorElements, M.decodeMonitorElements));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.MonitorElements, [{}], M.encodeMonitorElements, M.decodeMonitorElements));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.MonitorElements, [{}], M.encodeMonitorElements, M.decodeMonitorElements));
});
describe('TracedPidPair', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.TracedPidPair, [{}], M.encodeTracedPidPair, M.decodeTracedPidPair));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.TracedPidPair, [{}], M.encodeTracedPidPair, M.decodeTracedPidPair));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.TracedPidPair, [{}], M.encodeTracedPidPair, M.decodeTracedPidPair));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.TracedPidPair, [{}], M.encodeTracedPidPair, M.decodeTracedPidPair));
});
describe('PayloadMonitorExitElements', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.PayloadMonitorExitElements,
      [{}],
      M.encodePayloadMonitorExitElements,
      M.decodePayloadMonitorExitElements,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.PayloadMonitorExitElements,
      [{}],
      M.encodePayloadMonitorExitElements,
      M.decodePayloadMonitorExitElements,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.PayloadMonitorExitElements,
      [{}],
      M.encodePayloadMonitorExitElements,
      M.decodePayloadMonitorExitElements,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.PayloadMonitorExitElements,
      [{}],
      M.encodePayloadMonitorExitElements,
      M.decodePayloadMonitorExitElements,
    ));
});
describe('AliasSendTtElements', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.AliasSendTtElements, [{}], M.encodeAliasSendTtElements, M.decodeAliasSendTtElements));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.AliasSendTtElements, [{}], M.encodeAliasSendTtElements, M.decodeAliasSendTtElements));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.AliasSendTtElements, [{}], M.encodeAliasSendTtElements, M.decodeAliasSendTtElements));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.AliasSendTtElements, [{}], M.encodeAliasSendTtElements, M.decodeAliasSendTtElements));
});
describe('UnlinkIdElements', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.UnlinkIdElements, [{}], M.encodeUnlinkIdElements, M.decodeUnlinkIdElements));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.UnlinkIdElements, [{}], M.encodeUnlinkIdElements, M.decodeUnlinkIdElements));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.UnlinkIdElements, [{}], M.encodeUnlinkIdElements, M.decodeUnlinkIdElements));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.UnlinkIdElements, [{}], M.encodeUnlinkIdElements, M.decodeUnlinkIdElements));
});
describe('ExitTtElements', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ExitTtElements, [{}], M.encodeExitTtElements, M.decodeExitTtElements));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ExitTtElements, [{}], M.encodeExitTtElements, M.decodeExitTtElements));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ExitTtElements, [{}], M.encodeExitTtElements, M.decodeExitTtElements));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ExitTtElements, [{}], M.encodeExitTtElements, M.decodeExitTtElements));
});
describe('RegSendTtElements', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.RegSendTtElements, [{}], M.encodeRegSendTtElements, M.decodeRegSendTtElements));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.RegSendTtElements, [{}], M.encodeRegSendTtElements, M.decodeRegSendTtElements));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.RegSendTtElements, [{}], M.encodeRegSendTtElements, M.decodeRegSendTtElements));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.RegSendTtElements, [{}], M.encodeRegSendTtElements, M.decodeRegSendTtElements));
});
describe('MonitorExitElements', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.MonitorExitElements, [{}], M.encodeMonitorExitElements, M.decodeMonitorExitElements));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.MonitorExitElements, [{}], M.encodeMonitorExitElements, M.decodeMonitorExitElements));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.MonitorExitElements, [{}], M.encodeMonitorExitElements, M.decodeMonitorExitElements));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.MonitorExitElements, [{}], M.encodeMonitorExitElements, M.decodeMonitorExitElements));
});
describe('SpawnReplyElements', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SpawnReplyElements, [{}], M.encodeSpawnReplyElements, M.decodeSpawnReplyElements));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SpawnReplyElements, [{}], M.encodeSpawnReplyElements, M.decodeSpawnReplyElements));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SpawnReplyElements, [{}], M.encodeSpawnReplyElements, M.decodeSpawnReplyElements));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SpawnReplyElements, [{}], M.encodeSpawnReplyElements, M.decodeSpawnReplyElements));
});
describe('SpawnRequestElements', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SpawnRequestElements, [{}], M.encodeSpawnRequestElements, M.decodeSpawnRequestElements));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SpawnRequestElements, [{}], M.encodeSpawnRequestElements, M.decodeSpawnRequestElements));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SpawnRequestElements, [{}], M.encodeSpawnRequestElements, M.decodeSpawnRequestElements));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SpawnRequestElements, [{}], M.encodeSpawnRequestElements, M.decodeSpawnRequestElements));
});
describe('SpawnReplyTtElements', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SpawnReplyTtElements, [{}], M.encodeSpawnReplyTtElements, M.decodeSpawnReplyTtElements));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SpawnReplyTtElements, [{}], M.encodeSpawnReplyTtElements, M.decodeSpawnReplyTtElements));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SpawnReplyTtElements, [{}], M.encodeSpawnReplyTtElements, M.decodeSpawnReplyTtElements));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SpawnReplyTtElements, [{}], M.encodeSpawnReplyTtElements, M.decodeSpawnReplyTtElements));
});
describe('SpawnRequestTtElements', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SpawnRequestTtElements,
      [{}],
      M.encodeSpawnRequestTtElements,
      M.decodeSpawnRequestTtElements,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SpawnRequestTtElements,
      [{}],
      M.encodeSpawnRequestTtElements,
      M.decodeSpawnRequestTtElements,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SpawnRequestTtElements,
      [{}],
      M.encodeSpawnRequestTtElements,
      M.decodeSpawnRequestTtElements,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SpawnRequestTtElements,
      [{}],
      M.encodeSpawnRequestTtElements,
      M.decodeSpawnRequestTtElements,
    ));
});
describe('PassThroughMessage', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.PassThroughMessage, [{}], M.encodePassThroughMessage, M.decodePassThroughMessage));
  // PassThroughMessage ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.PassThroughMessage, [{}], M.encodePassThroughMessage, M.decodePassThroughMessage));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.PassThroughMessage, [{}], M.encodePassThroughMessage, M.decodePassThroughMessage));
});
