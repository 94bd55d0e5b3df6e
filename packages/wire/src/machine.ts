// State machine dispatch: a generated machine is a transition table (state -> "recv message" ->
// handler and permitted next states) plus a handler interface. `stepMachine` runs one row; every
// (state, direction, message) without a row is an unexpected message (TLS `unexpected_message`
// alert, SSH disconnect), and a handler that picks a state its row does not permit is a bug.

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

/** A message that the machine's table has no row for in the current state. */
export class UnexpectedMessageError extends Error {
  /** The error kind the alert/disconnect mapping looks at. */
  readonly kind = 'unexpected_message';

  constructor(
    readonly machine: string,
    readonly state: string,
    readonly direction: MachineDirection,
    readonly messageName: string,
  ) {
    super(`${machine}: unexpected ${direction} ${messageName} in state ${state}`);
    this.name = 'UnexpectedMessageError';
  }
}

/** A handler returned a state that its row does not permit: a bug in the handler, not in the peer. */
export class IllegalTransitionError extends Error {
  readonly kind = 'internal_error';

  constructor(
    readonly machine: string,
    readonly state: string,
    readonly event: string,
    readonly handler: string,
    readonly returned: unknown,
    readonly permitted: readonly string[],
  ) {
    super(
      `${machine}: handler ${handler} returned ${String(returned)} for ${event} in state ${state}; ` +
        `permitted: ${permitted.join(', ')}`,
    );
    this.name = 'IllegalTransitionError';
  }
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

type Handler<S extends string, M> = (message: M, from: S) => unknown;

/**
 * Run the row for (state, direction, message): call its handler with the payload and the current
 * state, check the returned state against the row and return it.
 * @throws UnexpectedMessageError when the table has no row for it.
 * @throws IllegalTransitionError when the handler returns a state the row does not permit.
 */
export function stepMachine<S extends string, M>(
  machine: string,
  table: MachineTable<S>,
  handlers: object,
  state: S,
  direction: MachineDirection,
  message: string,
  payload: M,
): S {
  const row = machineRow(table, state, direction, message);
  if (!row) throw new UnexpectedMessageError(machine, state, direction, message);
  const event = `${direction} ${message}`;
  const handler = (handlers as Record<string, unknown>)[row.handler];
  // The handler interface makes this a compile error; plain JavaScript callers get a clear message.
  if (typeof handler !== 'function')
    throw new TypeError(`${machine}: no handler ${row.handler} for ${event}`);
  const next = (handler as Handler<S, M>).call(handlers, payload, state);
  if (!row.next.includes(next as S)) {
    throw new IllegalTransitionError(machine, state, event, row.handler, next, row.next);
  }
  return next as S;
}
