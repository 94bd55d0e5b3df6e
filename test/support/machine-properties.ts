// The tests every generated state machine gets. The generator writes, per machine, one call of each
// check below with the machine's generated table and states, run through the wire runtime's one
// driver (stepMachine): every state reachable
// from the initial one, a way out of every state that is not final, one row per (state, direction,
// message), each row accepting exactly its permitted next states, and everything else rejected as
// an unexpected message.
import { IllegalTransitionError, type MachineTable, stepMachine, UnexpectedMessageError } from '@otpnet/wire';
import fc from 'fast-check';
import { expect } from 'vitest';

type Direction = 'send' | 'recv';

export interface MachineUnderTest<S extends string> {
  name: string;
  states: readonly S[];
  initial: S;
  finals: readonly S[];
  messages: readonly string[];
  table: MachineTable<S>;
  /** How many rows the spec has. */
  rows: number;
}

function rowsOf<S extends string>(m: MachineUnderTest<S>) {
  return m.states.flatMap((state) =>
    Object.entries(m.table[state]).map(([event, row]) => {
      const [direction, message] = event.split(' ') as [Direction, string];
      return { state, direction, message, row };
    }),
  );
}

/** Handlers that all step to `next` (giving a message, as send handlers must), or throw when `next` is undefined. */
function handlersReturning<S extends string>(m: MachineUnderTest<S>, next?: S): object {
  const names = [...new Set(rowsOf(m).map((r) => r.row.handler))];
  const fail = (h: string) => () => {
    throw new Error(`handler ${h} called`);
  };
  return Object.fromEntries(
    names.map((h) => [h, next === undefined ? fail(h) : () => ({ next, message: null })]),
  );
}

function step<S extends string>(
  m: MachineUnderTest<S>,
  handlers: object,
  state: S,
  direction: Direction,
  message: string,
) {
  const args = direction === 'recv' ? [null, new Uint8Array(0), state] : [state];
  return stepMachine(m.name, m.table, handlers, state, direction, message, args);
}

export function everyStateReachable<S extends string>(m: MachineUnderTest<S>): void {
  const seen = new Set<S>([m.initial]);
  for (const state of seen)
    for (const row of Object.values(m.table[state])) for (const next of row.next) seen.add(next);
  expect([...seen].sort()).toEqual([...m.states].sort());
}

export function noDeadEnds<S extends string>(m: MachineUnderTest<S>): void {
  const stuck = m.states.filter((s) => !m.finals.includes(s) && Object.keys(m.table[s]).length === 0);
  expect(stuck).toEqual([]);
}

export function oneRowPerEvent<S extends string>(m: MachineUnderTest<S>): void {
  const rows = rowsOf(m);
  const keys = rows.map((r) => `${r.state} ${r.direction} ${r.message}`);
  expect(new Set(keys).size).toBe(m.rows);
  expect(keys).toHaveLength(m.rows);
  for (const r of rows) expect(m.messages).toContain(r.message);
}

export function rowsGoWhereTheySay<S extends string>(m: MachineUnderTest<S>): void {
  for (const { state, direction, message, row } of rowsOf(m)) {
    for (const next of m.states) {
      const run = () => step(m, handlersReturning(m, next), state, direction, message);
      if (row.next.includes(next)) expect(run().next).toBe(next);
      else expect(run).toThrow(IllegalTransitionError);
    }
  }
}

export function rejectsUnlisted<S extends string>(m: MachineUnderTest<S>): void {
  for (const state of m.states) {
    for (const direction of ['send', 'recv'] as const) {
      for (const message of m.messages) {
        if (Object.hasOwn(m.table[state], `${direction} ${message}`)) continue;
        expect(() => step(m, handlersReturning(m), state, direction, message)).toThrow(
          UnexpectedMessageError,
        );
      }
    }
  }
}

export function rejectsUnknownMessages<S extends string>(m: MachineUnderTest<S>): void {
  fc.assert(
    fc.property(
      fc.constantFrom(...m.states),
      fc.constantFrom('send' as const, 'recv' as const),
      fc.string(),
      (state, direction, message) => {
        fc.pre(!Object.hasOwn(m.table[state], `${direction} ${message}`));
        expect(() => step(m, handlersReturning(m), state, direction, message)).toThrow(
          UnexpectedMessageError,
        );
      },
    ),
  );
}

/**
 * Handlers made from a policy that only picks next states: each returns a Step (a send handler
 * with no real message). For tests that drive a machine through message names.
 */
export function policyHandlers<H>(policy: Record<string, (...args: never[]) => string>): H {
  const out: Record<string, (...args: never[]) => unknown> = {};
  for (const [name, next] of Object.entries(policy))
    out[name] = (...args) => ({ next: next(...args), message: null });
  return out as H;
}

/** Run `steps` (direction and message name) through a machine's receive and send functions. */
export function runSteps<S extends string, H>(
  receive: (h: H, s: S, m: { name: string; message: unknown; raw: Uint8Array }) => { next: S },
  send: (h: H, s: S, name: never) => { next: S },
  handlers: H,
  steps: readonly (readonly [Direction, string])[],
  from: S,
): S {
  const none = new Uint8Array(0);
  return steps.reduce<S>(
    (s, [d, m]) =>
      (d === 'recv'
        ? receive(handlers, s, { name: m, message: null, raw: none })
        : send(handlers, s, m as never)
      ).next,
    from,
  );
}
