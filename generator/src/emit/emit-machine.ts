// machine -> a state union, the transition table as a `const` object, a handler interface whose
// methods may only return the states their rows permit, a `step…` function over the wire runtime's
// stepMachine, a Mermaid diagram in docs/machines/, and table invariant tests.
import type { MachineDecl, MachineRow } from '../ast.js';
import { docText, type EmitContext } from './context.js';
import {
  addText,
  array,
  assign,
  call,
  docBlock,
  type Expr,
  inline,
  object,
  pascalCase,
  print,
  propKey,
  tsString,
  union,
} from './literals.js';
import { machineDiagram } from './machine-diagram.js';
import { machineTests } from './machine-tests.js';

/** The names generated for one machine. */
export interface MachineNames {
  state: string; // Tls13ClientState
  message: string; // Tls13ClientMessage
  handlers: string; // Tls13ClientHandlers
  states: string; // tls13ClientStates
  initial: string;
  finals: string;
  messages: string;
  transitions: string;
  step: string; // stepTls13Client
}

export function machineNames(decl: MachineDecl): MachineNames {
  const pascal = pascalCase(decl.name);
  const lower = pascal.charAt(0).toLowerCase() + pascal.slice(1);
  return {
    state: `${pascal}State`,
    message: `${pascal}Message`,
    handlers: `${pascal}Handlers`,
    states: `${lower}States`,
    initial: `${lower}Initial`,
    finals: `${lower}Finals`,
    messages: `${lower}Messages`,
    transitions: `${lower}Transitions`,
    step: `step${pascal}`,
  };
}

/** States in the order the spec first names them; messages likewise. */
export function machineStates(decl: MachineDecl): string[] {
  return [...new Set(decl.rows.flatMap((r) => [r.state, ...r.next]))];
}

export function initialState(decl: MachineDecl): string {
  return decl.initial?.name ?? decl.rows[0]?.state ?? '';
}

export function emitMachine(ctx: EmitContext, decl: MachineDecl): void {
  const n = machineNames(decl);
  const states = machineStates(decl);
  const messages = [...new Set(decl.rows.map((r) => r.message))];
  const finals = decl.finals.map((f) => f.name);
  const constList = (name: string, xs: string[], type: string, doc: string) =>
    addText(
      ctx.file,
      `${docBlock(doc)}${assign(`export const ${name} =`, array(xs.map(tsString)), ` as const satisfies readonly ${type}[];`)}`,
    );

  addText(
    ctx.file,
    `${docBlock([`A state of the ${decl.name} machine.`, docText(decl)].filter(Boolean).join('\n'))}${assign(`export type ${n.state} =`, union(states.map(tsString)))}`,
  );
  constList(n.states, states, n.state, `Every {@link ${n.state}}, in spec order.`);
  addText(
    ctx.file,
    `${docBlock(`The state ${decl.name} starts in.`)}export const ${n.initial} = ${tsString(initialState(decl))} satisfies ${n.state};`,
  );
  constList(n.finals, finals, n.state, `The states ${decl.name} may stop in.`);
  addText(
    ctx.file,
    `${docBlock(`A message that a row of ${decl.name} names.`)}${assign(`export type ${n.message} =`, union(messages.map(tsString)))}`,
  );
  constList(n.messages, messages, n.message, `Every {@link ${n.message}}, in spec order.`);
  emitHandlers(ctx, decl, n);
  emitTransitions(ctx, decl, n, states);
  emitStep(ctx, decl, n);
  ctx.extraFiles.set(
    `docs/machines/${decl.name}.md`,
    machineDiagram(decl, initialState(decl), ctx.module.file.path),
  );
  ctx.testImport(
    "import { everyStateReachable, noDeadEnds, oneRowPerEvent, rejectsUnknownMessages, rejectsUnlisted, rowsGoWhereTheySay } from '@otpnet/test-support/machine-properties';",
  );
  ctx.tests.push(machineTests(decl, n));
}

/** Rows grouped by handler, in the order handlers first appear. */
function rowsByHandler(decl: MachineDecl): Map<string, MachineRow[]> {
  const by = new Map<string, MachineRow[]>();
  for (const r of decl.rows) by.set(r.handler, [...(by.get(r.handler) ?? []), r]);
  return by;
}

function rowText(r: MachineRow): string {
  return `${r.state} ${r.direction} ${r.message} -> ${r.next.join(' | ')}`;
}

function emitHandlers(ctx: EmitContext, decl: MachineDecl, n: MachineNames): void {
  const path = ctx.module.file.path;
  const methods = [...rowsByHandler(decl)].map(([handler, rows]) => {
    const from = inline(union(rows.map((r) => tsString(r.state))));
    const next = inline(union(rows.flatMap((r) => r.next.map(tsString))));
    const doc = docBlock(rows.map((r) => `${rowText(r)} (${path}:${r.pos.line})`).join('\n'), 2);
    const head = `  ${print(call(propKey(handler), ['message: M', `from: ${from}`]), 2, 0, next.length + 3)}`;
    return `${doc}${head}: ${next};\n`;
  });
  const doc = docBlock(
    `What the runtime implements for ${decl.name}: one method per handler. Each gets the message (of\n` +
      'type `M`) and the state it arrived in, and returns the next state: only states its rows permit\n' +
      'type-check, and a missing handler is a compile error.',
  );
  addText(ctx.file, `${doc}export interface ${n.handlers}<M = unknown> {\n${methods.join('')}}`);
}

function emitTransitions(ctx: EmitContext, decl: MachineDecl, n: MachineNames, states: string[]): void {
  const table = object(
    states.map((s) => {
      const rows = decl.rows.filter((r) => r.state === s);
      const row = (r: MachineRow): [string, Expr] => [
        tsString(`${r.direction} ${r.message}`),
        object([
          ['handler', tsString(r.handler)],
          ['next', array(r.next.map(tsString))],
        ]),
      ];
      return [propKey(s), object(rows.map(row), true)];
    }),
    true,
  );
  const doc = docBlock(
    docText(
      { doc: undefined, annotations: decl.annotations },
      `The ${decl.name} transition table: state, then \`"<direction> <message>"\`, then the handler and\n` +
        'the states it may pick. A pair that is not here is an unexpected message.',
    ),
  );
  const tail = ` as const satisfies ${ctx.wire('MachineTable', true)}<${n.state}, keyof ${n.handlers}>;`;
  addText(ctx.file, `${doc}${assign(`export const ${n.transitions} =`, table, tail)}`);
}

function emitStep(ctx: EmitContext, decl: MachineDecl, n: MachineNames): void {
  const doc = docBlock(
    `Run the ${decl.name} row for (state, direction, message): call its handler with \`payload\` and\n` +
      'return the state the handler picks. `message` is a name as the spec writes it\n' +
      '(`HandshakeTypeName(v)` for a decoded number), so unknown values are unexpected too.\n' +
      '@throws UnexpectedMessageError (from @otpnet/wire) when the table has no row for it.\n' +
      '@throws IllegalTransitionError (from @otpnet/wire) when the handler returns a state its row\n' +
      'does not permit.',
  );
  const params = [
    `handlers: ${n.handlers}<M>`,
    `state: ${n.state}`,
    `direction: ${ctx.wire('MachineDirection', true)}`,
    'message: string',
    'payload: M',
  ];
  const head = print(call(`export function ${n.step}<M>`, params), 0, 0, n.state.length + 4);
  const args = [tsString(decl.name), n.transitions, 'handlers', 'state', 'direction', 'message', 'payload'];
  const body = print(call(`${ctx.wire('stepMachine')}<${n.state}, M>`, args), 2, 9, 1);
  addText(ctx.file, `${doc}${head}: ${n.state} {\n  return ${body};\n}`);
}
