// Control tuples (specs/dist/control.spec) on bytes a real Erlang runtime writes with
// term_to_binary/1, and the layout held to the ControlMessages table: every operation sits in
// the arity its table row gives and names its elements as the table does.
import { execFileSync } from 'node:child_process';

import {
  type ControlElementsName,
  ControlMessages,
  ControlOp,
  ControlOpName,
  type ControlTupleInput,
  decodeControlTuple,
  decodePassThroughMessage,
  encodeControlTuple,
  type TermInput,
  TermTag,
} from '@otpnet/dist-spec';
import { DecodeError } from '@otpnet/wire';
import { describe, expect, it } from 'vitest';
import { missingPeers } from '../../../test/support/peers.js';

/** The spec's field name for a table element: FromPid -> from_pid, MFA -> mfa. */
const fieldName = (e: ControlElementsName) => e.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

const small = (n: number): TermInput => ({
  tag: TermTag.SMALL_INTEGER_EXT,
  value: { case: 'SMALL_INTEGER_EXT', value: n },
});

/** A control tuple of `op` whose elements are small integers, built from the table row alone. */
function tupleOf(op: number, elements: readonly ControlElementsName[]) {
  const value = Object.fromEntries(elements.map((e, i) => [fieldName(e), small(i)]));
  const arity = elements.length + 1;
  return {
    tuple: { case: arity, value: { elements: { case: ControlOpName(op), value } } },
  } as unknown as ControlTupleInput;
}

describe('ControlTuple and the ControlMessages table', () => {
  it('has every operation in the arity its row gives, with the elements its row names', () => {
    for (const row of ControlMessages) {
      const bytes = encodeControlTuple(tupleOf(row.op, row.elements));
      expect([...bytes.subarray(0, 4)], ControlOpName(row.op)).toEqual([
        104,
        row.elements.length + 1,
        97,
        row.op,
      ]);
      const back = decodeControlTuple(bytes);
      expect(back.tuple.value.op).toBe(row.op);
      const elements = back.tuple.value.elements.value as Record<string, unknown>;
      expect(Object.keys(elements)).toEqual(row.elements.map(fieldName));
    }
  });

  it('refuses an operation with the wrong number of elements (no_case, naming the operation)', () => {
    // {1, 0}: LINK with one element
    const e = (() => {
      try {
        decodeControlTuple(Uint8Array.of(104, 2, 97, ControlOp.LINK, 97, 0));
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(DecodeError);
    expect(e).toMatchObject({ kind: 'no_case' });
    // {1, 0, 1, 2}: LINK with three
    expect(() => decodeControlTuple(Uint8Array.of(104, 4, 97, 1, 97, 0, 97, 1, 97, 2))).toThrow(DecodeError);
  });
});

// Tuples with real pids and references, as a node sends them; each line is an op and the hex of
// term_to_binary of the tuple.
const ERL = `
  P = self(), R = make_ref(),
  Ts = [{1, P, P}, {2, '', P}, {3, P, P, normal}, {5}, {6, P, '', rex}, {19, P, rex, R},
        {21, rex, P, R, noproc}, {22, P, P}, {29, R, P, P, {erlang, node, 0}, [monitor]},
        {31, R, P, 0, P}, {33, P, R}, {35, 7, P, P}, {36, 7, P, P}],
  [io:format("~b ~s~n", [element(1, T), binary:encode_hex(term_to_binary(T))]) || T <- Ts],
  io:format("msg ~s~n", [binary:encode_hex(<<112, (term_to_binary({2, '', P}))/binary,
                                               (term_to_binary({hello, [1, 2]}))/binary>>)]),
  halt(0).`;

describe.skipIf(missingPeers('erl'))('control tuples from a real Erlang runtime', () => {
  const lines = () =>
    execFileSync('erl', ['-noshell', '-eval', ERL], { encoding: 'utf8', timeout: 30_000 })
      .trim()
      .split('\n')
      .map((l) => l.trim().split(' ') as [string, string]);
  const hex = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));

  it('decodes each by arity and operation, and encodes it back byte for byte', () => {
    const got = lines();
    const tuples = got.filter(([op]) => op !== 'msg');
    expect(tuples.length).toBe(13);
    for (const [op, h] of tuples) {
      const bytes = hex(h).subarray(1); // after the version byte 131
      const t = decodeControlTuple(bytes);
      expect(t.tuple.value.op, ControlOpName(Number(op))).toBe(Number(op));
      expect(t.tuple.value.elements.case).toBe(ControlOpName(Number(op)));
      expect(encodeControlTuple(t)).toEqual(bytes);
    }
    const monitor = decodeControlTuple(hex(tuples.find(([op]) => op === '19')![1]).subarray(1));
    expect(monitor.tuple.value.elements).toMatchObject({
      case: 'MONITOR_P',
      value: {
        from_pid: { tag: TermTag.NEW_PID_EXT },
        ref: { tag: TermTag.NEWER_REFERENCE_EXT },
      },
    });
    // an atom: OTP 25 writes ATOM_EXT for latin-1 atoms, OTP 26 and later SMALL_ATOM_UTF8_EXT
    const toProc = (monitor.tuple.value.elements.value as { to_proc: { tag: number } }).to_proc;
    expect([TermTag.ATOM_EXT, TermTag.SMALL_ATOM_UTF8_EXT]).toContain(toProc.tag);
  });

  it('decodes a pass-through message: the control tuple, then the message it carries', () => {
    const [, h] = lines().find(([op]) => op === 'msg')!;
    const m = decodePassThroughMessage(hex(h));
    expect(m.control.tuple.value.elements.case).toBe('SEND');
    expect(m.payload).toHaveLength(1);
    expect(m.payload[0]!.term.tag).toBe(TermTag.SMALL_TUPLE_EXT);
  });
});
