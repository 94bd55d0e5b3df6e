// Generated from specs/machine/input.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IllegalTransitionError, type MachineTable, UnexpectedMessageError } from '@otpnet/wire';
import * as M from '../src/input.js';

describe('tls13_client machine', () => {
  const table: MachineTable<M.Tls13ClientState> = M.tls13ClientTransitions;
  const rows = M.tls13ClientStates.flatMap((state) =>
    Object.entries(table[state]).map(([event, row]) => {
      const [direction, message] = event.split(' ') as ['send' | 'recv', string];
      return { state, direction, message, row };
    }),
  );
  const handlerNames = [...new Set(rows.map((r) => r.row.handler))];
  /** Handlers that all return `next`, or throw when `next` is undefined. */
  const handlersReturning = (next?: string) =>
    Object.fromEntries(
      handlerNames.map((h) => [
        h,
        () => {
          if (next === undefined) throw new Error(`handler ${h} called`);
          return next;
        },
      ]),
    ) as unknown as M.Tls13ClientHandlers;

  it('reaches every state from START', () => {
    const seen = new Set<M.Tls13ClientState>([M.tls13ClientInitial]);
    for (const state of seen) for (const row of Object.values(table[state])) for (const next of row.next) seen.add(next);
    expect([...seen].sort()).toEqual([...M.tls13ClientStates].sort());
  });

  it('has a way out of every state that is not final', () => {
    const finals: readonly string[] = M.tls13ClientFinals;
    const stuck = M.tls13ClientStates.filter((s) => !finals.includes(s) && Object.keys(table[s]).length === 0);
    expect(stuck).toEqual([]);
  });

  it('has one row per (state, direction, message) of the spec', () => {
    const keys = rows.map((r) => `${r.state} ${r.direction} ${r.message}`);
    expect(new Set(keys).size).toBe(10);
    expect(keys).toHaveLength(10);
    for (const r of rows) expect(M.tls13ClientMessages).toContain(r.message);
  });

  it('runs each row and accepts exactly its permitted next states', () => {
    for (const { state, direction, message, row } of rows) {
      for (const next of M.tls13ClientStates) {
        const run = () => M.stepTls13Client(handlersReturning(next), state, direction, message, undefined);
        if (row.next.includes(next)) expect(run()).toBe(next);
        else expect(run).toThrow(IllegalTransitionError);
      }
    }
  });

  it('rejects every (state, direction, message) that has no row', () => {
    for (const state of M.tls13ClientStates) {
      for (const direction of ['send', 'recv'] as const) {
        for (const message of M.tls13ClientMessages) {
          if (Object.hasOwn(table[state], `${direction} ${message}`)) continue;
          expect(() => M.stepTls13Client(handlersReturning(), state, direction, message, undefined)).toThrow(
            UnexpectedMessageError,
          );
        }
      }
    }
  });

  it('rejects message names it does not know', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...M.tls13ClientStates),
        fc.constantFrom('send' as const, 'recv' as const),
        fc.string(),
        (state, direction, message) => {
          fc.pre(!Object.hasOwn(table[state], `${direction} ${message}`));
          expect(() => M.stepTls13Client(handlersReturning(), state, direction, message, undefined)).toThrow(
            UnexpectedMessageError,
          );
        },
      ),
    );
  });
});
