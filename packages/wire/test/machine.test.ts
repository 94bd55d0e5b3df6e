import { describe, expect, it } from 'vitest';
import {
  IllegalTransitionError,
  type MachineTable,
  machineRow,
  stepMachine,
  UnexpectedMessageError,
  WireError,
} from '../src/index.js';

type State = 'START' | 'WAIT' | 'DONE';
const table = {
  START: { 'send hello': { handler: 'sendHello', next: ['WAIT'] } },
  WAIT: { 'recv reply': { handler: 'onReply', next: ['DONE', 'START'] } },
  DONE: {},
} as const satisfies MachineTable<State>;

describe('stepMachine', () => {
  it('runs the row and returns the Step the handler gives, with its outputs', () => {
    const seen: unknown[] = [];
    const handlers = {
      sendHello: (from: State) => ({ next: 'WAIT', message: { hi: from } }),
      onReply(message: string, raw: Uint8Array, from: State) {
        seen.push(message, raw.length, from, this === handlers);
        return { next: 'DONE', out: ['install keys'] };
      },
    };
    expect(stepMachine('m', table, handlers, 'START', 'send', 'hello', ['START'])).toEqual({
      next: 'WAIT',
      message: { hi: 'START' },
    });
    expect(
      stepMachine('m', table, handlers, 'WAIT', 'recv', 'reply', ['payload', Uint8Array.of(1, 2), 'WAIT']),
    ).toEqual({
      next: 'DONE',
      out: ['install keys'],
    });
    expect(seen).toEqual(['payload', 2, 'WAIT', true]);
  });

  it('throws UnexpectedMessageError for a pair without a row', () => {
    const run = () => stepMachine('m', table, {}, 'WAIT', 'recv', 'hello', []);
    expect(run).toThrow(UnexpectedMessageError);
    expect(run).toThrow('m: unexpected recv hello in state WAIT');
    try {
      run();
    } catch (e) {
      expect(e).toBeInstanceOf(WireError);
      expect(e).toMatchObject({ machine: 'm', state: 'WAIT', direction: 'recv', messageName: 'hello' });
      expect((e as UnexpectedMessageError).kind).toBe('unexpected_message');
    }
  });

  it('does not find rows on the object prototype', () => {
    expect(machineRow(table, 'DONE', 'recv', 'constructor')).toBeUndefined();
    const run = () => stepMachine('m', table, {}, 'toString' as State, 'recv', 'x', []);
    expect(run).toThrow(UnexpectedMessageError);
  });

  it('throws IllegalTransitionError when the handler picks a state its row does not permit', () => {
    const run = () =>
      stepMachine(
        'm',
        table,
        { sendHello: () => ({ next: 'DONE', message: 1 }) },
        'START',
        'send',
        'hello',
        [],
      );
    expect(run).toThrow(IllegalTransitionError);
    expect(run).toThrow(
      'm: handler sendHello returned next DONE for send hello in state START; permitted: WAIT',
    );
  });

  it('refuses a send Step without the message to send', () => {
    expect(() =>
      stepMachine('m', table, { sendHello: () => ({ next: 'WAIT' }) }, 'START', 'send', 'hello', []),
    ).toThrow(IllegalTransitionError);
  });

  it('names a missing handler', () => {
    expect(() => stepMachine('m', table, {}, 'START', 'send', 'hello', [])).toThrow(
      expect.objectContaining({
        kind: 'internal_error',
        message: expect.stringContaining('handler sendHello returned no handler'),
      }),
    );
  });
});
