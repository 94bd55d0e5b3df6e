// State machine dispatch: a generated machine is a transition table (state -> "recv message" ->
// handler and permitted next states) plus a handler interface typed row by row. A handler is pure:
// it gets the decoded message (or, for a send row, the state) and returns a Step, the next state
// with the outputs the runtime carries out (messages to send, keys to install, events), so one
// generic driver serves every machine. Every (state, direction, message) without a row is an
// unexpected message (TLS `unexpected_message` alert, SSH disconnect); a handler that picks a
// state its row does not permit is a bug.
import { WireError } from './errors.js';

export type MachineDirection = 'send' | 'recv';

/** One row of a transition table: who handles the message and where the machine may go next. */
export interface MachineRow<S extends string = string, H extends string = string> {
  readonly handler: H;
  readonly next: readonly S[];
}

/** state -> `"<direction> <message>"` -> row. */
export type MachineTable<S extends string = string, H extends string = string> = {
  readonly [K in S]: { readonly [event: string]: MachineRow<S, H> };
};

/** What a handler returns: the next state, and outputs for the runtime (`A` is the runtime's own). */
export interface Step<S extends string = string, A = unknown> {
  readonly next: S;
  readonly out?: readonly A[];
}

/** What a send row's handler returns: a Step and the message to send (an encoder's input). */
export interface SendStep<S extends string = string, M = unknown, A = unknown> extends Step<S, A> {
  readonly message: M;
}

/** A message that arrived, decoded, with its bytes (for transcripts and MACs). */
export interface Received<N extends string = string, M = unknown> {
  readonly name: N;
  readonly message: M;
  readonly raw: Uint8Array;
}

/** A message that the machine's table has no row for in the current state. */
export class UnexpectedMessageError extends WireError {
  declare readonly kind: 'unexpected_message';

  constructor(
    readonly machine: string,
    readonly state: string,
    readonly direction: MachineDirection,
    readonly messageName: string,
  ) {
    super('unexpected_message', `${machine}: unexpected ${direction} ${messageName} in state ${state}`);
    this.name = 'UnexpectedMessageError';
  }
}

/** A handler returned something its row does not permit: a bug in the handler, not in the peer. */
export class IllegalTransitionError extends WireError {
  declare readonly kind: 'internal_error';

  constructor(
    readonly machine: string,
    readonly state: string,
    readonly event: string,
    readonly handler: string,
    readonly returned: unknown,
    readonly permitted: readonly string[],
  ) {
    super(
      'internal_error',
      `${machine}: handler ${handler} returned ${describeStep(returned)} for ${event} in state ${state}; ` +
        `permitted: ${permitted.join(', ')}`,
    );
    this.name = 'IllegalTransitionError';
  }
}

function describeStep(v: unknown): string {
  if (typeof v === 'object' && v !== null && 'next' in v) return `next ${String((v as Step).next)}`;
  return String(v);
}

/** The row for (state, direction, message), or undefined when the table has none. */
export function machineRow<S extends string>(
  table: MachineTable<S>,
  state: S,
  direction: MachineDirection,
  message: string,
): MachineRow<S> | undefined {
  // Own properties only: a message called `constructor` must not find Object.prototype's.
  const rows = Object.hasOwn(table, state) ? table[state] : undefined;
  const event = `${direction} ${message}`;
  return rows && Object.hasOwn(rows, event) ? rows[event] : undefined;
}

/**
 * Run the row for (state, direction, message): call its handler with `args` (the message, its
 * bytes and the state for a recv row; the state for a send row), check the Step it returns against
 * the row, and return it.
 * @throws UnexpectedMessageError when the table has no row for it.
 * @throws IllegalTransitionError when the handler is missing or returns what its row does not permit.
 */
export function stepMachine<S extends string>(
  machine: string,
  table: MachineTable<S>,
  handlers: object,
  state: S,
  direction: MachineDirection,
  message: string,
  args: readonly unknown[],
): Step<S> {
  const row = machineRow(table, state, direction, message);
  if (!row) throw new UnexpectedMessageError(machine, state, direction, message);
  const event = `${direction} ${message}`;
  const handler = (handlers as Record<string, unknown>)[row.handler];
  // The handler interface makes a missing one a compile error; plain JavaScript callers get a clear one.
  if (typeof handler !== 'function')
    throw new IllegalTransitionError(machine, state, event, row.handler, 'no handler', row.next);
  const step = (handler as (...a: readonly unknown[]) => unknown).apply(handlers, [...args]) as Step<S>;
  const ok =
    typeof step === 'object' &&
    step !== null &&
    row.next.includes(step.next) &&
    (direction === 'recv' || 'message' in step);
  if (!ok) throw new IllegalTransitionError(machine, state, event, row.handler, step, row.next);
  return step;
}
