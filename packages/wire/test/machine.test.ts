import { describe, expect, it } from 'vitest';
import {
  IllegalTransitionError,
  type MachineTable,
  machineRow,
  stepMachine,
  UnexpectedMessageError,
} from '../src/machine.js';

type State = 'START' | 'WAIT' | 'DONE';
const table = {
  START: { 'send hello': { handler: 'sendHello', next: ['WAIT'] } },
  WAIT: { 'recv reply': { handler: 'onReply', next: ['DONE', 'START'] } },
  DONE: {},
} as const satisfies MachineTable<State>;

describe('stepMachine', () => {
  it('runs the row and returns the state the handler picks', () => {
    const seen: unknown[] = [];
    const handlers = {
      sendHello: () => 'WAIT',
      onReply(message: string, from: State) {
        seen.push(message, from, this === handlers);
        return 'DONE';
      },
    };
    expect(stepMachine('m', table, handlers, 'START', 'send', 'hello', 'x')).toBe('WAIT');
    expect(stepMachine('m', table, handlers, 'WAIT', 'recv', 'reply', 'payload')).toBe('DONE');
    expect(seen).toEqual(['payload', 'WAIT', true]);
  });

  it('throws UnexpectedMessageError for a pair without a row', () => {
    const run = () => stepMachine('m', table, {}, 'WAIT', 'recv', 'hello', undefined);
    expect(run).toThrow(UnexpectedMessageError);
    expect(run).toThrow('m: unexpected recv hello in state WAIT');
    try {
      run();
    } catch (e) {
      expect(e).toMatchObject({ machine: 'm', state: 'WAIT', direction: 'recv', messageName: 'hello' });
      expect((e as UnexpectedMessageError).kind).toBe('unexpected_message');
    }
  });

  it('does not find rows on the object prototype', () => {
    expect(machineRow(table, 'DONE', 'recv', 'constructor')).toBeUndefined();
    const run = () => stepMachine('m', table, {}, 'toString' as State, 'recv', 'x', undefined);
    expect(run).toThrow(UnexpectedMessageError);
  });

  it('throws IllegalTransitionError when the handler picks a state its row does not permit', () => {
    const run = () =>
      stepMachine('m', table, { sendHello: () => 'DONE' }, 'START', 'send', 'hello', undefined);
    expect(run).toThrow(IllegalTransitionError);
    expect(run).toThrow('m: handler sendHello returned DONE for send hello in state START; permitted: WAIT');
  });

  it('throws a TypeError naming the handler when it is missing', () => {
    expect(() => stepMachine('m', table, {}, 'START', 'send', 'hello', undefined)).toThrow(
      new TypeError('m: no handler sendHello for send hello'),
    );
  });
});
