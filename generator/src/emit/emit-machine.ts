// machine -> a state union, the messages with their decoded types, a handler interface typed row
// by row (the message of that row, the states it permits), the transition table as a `const`
// object, typed receive/send entry points over the wire runtime's one driver, a Mermaid diagram in
// docs/machines/, and table invariant tests.
import type { MachineDecl, MachineRow } from '../ast.js';
import { type MachineMessage, type MachineSource, machineMessages } from '../model/machine-messages.js';
import type { ModuleGen } from './codec/gen.js';
import { codecOf } from './codec/shapes/index.js';
import { docText } from './context.js';
import {
  addText,
  array,
  assign,
  docBlock,
  type Expr,
  object,
  pascalCase,
  propKey,
  tsString,
} from './literals.js';
import { machineDiagram } from './machine-diagram.js';
import { machineTests } from './machine-tests.js';

/** The names generated for one machine. */
export interface MachineNames {
  state: string; // Tls13ClientState
  message: string; // Tls13ClientMessage
  received: string; // Tls13ClientReceived: message name -> decoded type
  sent: string; // Tls13ClientSent: message name -> encoder input
  event: string; // Tls13ClientEvent: a Received of one of them
  handlers: string; // Tls13ClientHandlers
  states: string; // tls13ClientStates
  initial: string;
  finals: string;
  messages: string;
  transitions: string;
  receive: string; // receiveTls13Client
  send: string; // sendTls13Client
  adapter: string; // tls13ClientEventOf
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
    received: `${pascal}Received`,
    sent: `${pascal}Sent`,
    event: `${pascal}Event`,
    transitions: `${lower}Transitions`,
    receive: `receive${pascal}`,
    send: `send${pascal}`,
    adapter: `${lower}EventOf`,
  };
}

/** States in the order the spec first names them; messages likewise. */
export function machineStates(decl: MachineDecl): string[] {
  return [...new Set(decl.rows.flatMap((r) => [r.state, ...r.next]))];
}

export function initialState(decl: MachineDecl): string {
  return decl.initial?.name ?? decl.rows[0]?.state ?? '';
}

export function emitMachine(g: ModuleGen, decl: MachineDecl): void {
  const ctx = g.ctx;
  const n = machineNames(decl);
  const states = machineStates(decl);
  const used = [...new Set(decl.rows.map((r) => r.message))];
  const finals = decl.finals.map((f) => f.name);
  const { messages, source } = machineMessages(g.model, decl, ctx.module);
  const constList = (name: string, xs: string[], type: string, doc: string) =>
    ctx.file.addStatements(
      `${docBlock(doc)}export const ${name} = [${xs.map(tsString).join(', ')}] as const satisfies readonly ${type}[];`,
    );

  ctx.file.addStatements(
    `${docBlock([`A state of the ${decl.name} machine.`, docText(decl)].filter(Boolean).join('\n'))}export type ${n.state} = ${states.map(tsString).join(' | ')};`,
  );
  constList(n.states, states, n.state, `Every {@link ${n.state}}, in spec order.`);
  ctx.file.addStatements(
    `${docBlock(`The state ${decl.name} starts in.`)}export const ${n.initial} = ${tsString(initialState(decl))} satisfies ${n.state};`,
  );
  constList(n.finals, finals, n.state, `The states ${decl.name} may stop in.`);

  // what each message decodes to (recv rows) and what a handler gives to send (send rows)
  const typeOf = (name: string, mode: 'decoded' | 'input') => {
    const shape = messages.get(name)?.shape;
    return shape ? codecOf(shape).type(g, shape, mode) : 'Uint8Array';
  };
  const entries = (mode: 'decoded' | 'input', dir: 'send' | 'recv') =>
    used
      .filter((m) => decl.rows.some((r) => r.message === m && r.direction === dir))
      .map((m) => `${propKey(m)}: ${typeOf(m, mode)};`);
  ctx.file.addStatements(
    `${docBlock(`The messages ${decl.name} receives, and what each decodes to.`)}export interface ${n.received} {\n${entries('decoded', 'recv').join('\n')}\n}`,
  );
  ctx.file.addStatements(
    `${docBlock(`The messages ${decl.name} sends, each as its encoder takes it.`)}export interface ${n.sent} {\n${entries('input', 'send').join('\n')}\n}`,
  );
  ctx.file.addStatements(
    `${docBlock(`A message that a row of ${decl.name} names.`)}export type ${n.message} = ${used.map(tsString).join(' | ')};`,
  );
  constList(n.messages, used, n.message, `Every {@link ${n.message}}, in spec order.`);
  const received = ctx.wire('Received', true);
  ctx.file.addStatements(
    `${docBlock(`A message ${decl.name} has a row for, as it arrived.`)}export type ${n.event} = { [N in keyof ${n.received}]: ${received}<N, ${n.received}[N]> }[keyof ${n.received}];`,
  );
  emitHandlers(g, decl, n, messages);
  emitTransitions(g, decl, n, states);
  emitStep(g, decl, n);
  if (source.k === 'select') emitAdapter(g, decl, n, source);
  ctx.extraFiles.set(
    `docs/machines/${decl.name}.md`,
    machineDiagram(decl, initialState(decl), ctx.module.file.path),
  );
  ctx.testImport(
    "import { everyStateReachable, noDeadEnds, oneRowPerEvent, rejectsUnknownMessages, rejectsUnlisted, rowsGoWhereTheySay } from '@otpnet/test-support/machine-properties';",
  );
  ctx.tests.push(machineTests(decl, n));
}

function rowText(r: MachineRow): string {
  return `${r.state} ${r.direction} ${r.message} -> ${r.next.join(' | ')}`;
}

/**
 * One method per handler, and one overload per row it serves: a recv handler gets the decoded
 * message, its bytes and the state; a send handler gets the state and gives the message to send.
 * Each returns only the states its row permits.
 */
function emitHandlers(
  g: ModuleGen,
  decl: MachineDecl,
  n: MachineNames,
  messages: Map<string, MachineMessage>,
): void {
  const path = g.ctx.module.file.path;
  const step = g.ctx.wire('Step', true);
  const sendStep = g.ctx.wire('SendStep', true);
  const typeOf = (name: string, mode: 'decoded' | 'input') => {
    const shape = messages.get(name)?.shape;
    return shape ? codecOf(shape).type(g, shape, mode) : 'Uint8Array';
  };
  const methods = decl.rows.map((r) => {
    const doc = docBlock(`${rowText(r)} (${path}:${r.pos.line})`);
    const next = r.next.map(tsString).join(' | ');
    if (r.direction === 'recv')
      return `${doc}${propKey(r.handler)}(message: ${typeOf(r.message, 'decoded')}, raw: Uint8Array, from: ${tsString(r.state)}): ${step}<${next}, A>;`;
    return `${doc}${propKey(r.handler)}(from: ${tsString(r.state)}): ${sendStep}<${next}, ${typeOf(r.message, 'input')}, A>;`;
  });
  const doc = docBlock(
    `What the runtime implements for ${decl.name}: one method per handler, typed row by row. A handler is\n` +
      'pure: it returns the next state (only states its row permits type-check) with the outputs `A`\n' +
      'the runtime carries out; a send handler also gives the message to send. A missing handler is a\n' +
      'compile error.',
  );
  g.ctx.file.addStatements(`${doc}export interface ${n.handlers}<A = unknown> {\n${methods.join('\n')}\n}`);
}

function emitTransitions(g: ModuleGen, decl: MachineDecl, n: MachineNames, states: string[]): void {
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
  const tail = ` as const satisfies ${g.ctx.wire('MachineTable', true)}<${n.state}, keyof ${n.handlers}>;`;
  addText(g.ctx.file, `${doc}${assign(`export const ${n.transitions} =`, table, tail)}`);
}

/** The typed entry points over the wire runtime's one driver. */
function emitStep(g: ModuleGen, decl: MachineDecl, n: MachineNames): void {
  const stepMachine = g.ctx.wire('stepMachine');
  const step = g.ctx.wire('Step', true);
  const sendStep = g.ctx.wire('SendStep', true);
  const received = g.ctx.wire('Received', true);
  g.ctx.file.addStatements(
    `${docBlock(
      `Run the ${decl.name} row for a message that arrived in \`state\`: its handler gets the message, its\n` +
        'bytes and the state, and returns the next state and its outputs.\n' +
        '@throws UnexpectedMessageError (from @otpnet/wire) when the table has no row for it, or the name\n' +
        "is not one of the machine's.\n" +
        '@throws IllegalTransitionError when the handler returns a state its row does not permit.',
    )}export function ${n.receive}<A>(handlers: ${n.handlers}<A>, state: ${n.state}, m: ${n.event} | ${received}): ${step}<${n.state}, A> {\n` +
      `return ${stepMachine}(${tsString(decl.name)}, ${n.transitions}, handlers, state, 'recv', m.name, [m.message, m.raw, state]) as ${step}<${n.state}, A>;\n}`,
  );
  g.ctx.file.addStatements(
    `${docBlock(
      `Run the ${decl.name} row that sends \`message\` from \`state\`: its handler gives the message (as its\n` +
        'encoder takes it), the next state and its outputs.\n' +
        '@throws UnexpectedMessageError when the table has no row for it.\n' +
        '@throws IllegalTransitionError when the handler returns a state its row does not permit.',
    )}export function ${n.send}<A, N extends keyof ${n.sent}>(handlers: ${n.handlers}<A>, state: ${n.state}, message: N): ${sendStep}<${n.state}, ${n.sent}[N], A> {\n` +
      `return ${stepMachine}(${tsString(decl.name)}, ${n.transitions}, handlers, state, 'send', message, [state]) as ${sendStep}<${n.state}, ${n.sent}[N], A>;\n}`,
  );
}

/** For a machine whose messages are a select's cases: a decoded value as the message it carries. */
function emitAdapter(
  g: ModuleGen,
  decl: MachineDecl,
  n: MachineNames,
  source: Extract<MachineSource, { k: 'select' }>,
): void {
  const s = source.struct;
  const sel = source.field;
  if (sel.shape.k !== 'select') return;
  const received = g.ctx.wire('Received', true);
  const type = g.ctx.ref(s.decl, s.name, true);
  const tag = sel.shape.sel.tag;
  const tagShape = tag.k === 'field' ? tag.shape : undefined;
  const tagBase = tagShape?.k === 'alias' ? tagShape.inner : tagShape;
  const fallback =
    tag.k === 'field' && tagBase?.k === 'enum'
      ? `${g.ctx.ref(tagBase.decl, `${tagBase.decl.name}Name`)}(v.${tag.name})`
      : "'unknown'";
  g.ctx.file.addStatements(
    `${docBlock(
      `A decoded {@link ${s.name}} as the message ${decl.name} receives: its case names the message (a case\n` +
        'the select has no arm for keeps its number, and no row takes it).',
    )}export function ${n.adapter}(v: ${type}, raw: Uint8Array): ${n.event} | ${received} {\n` +
      `return { name: v.${sel.name}.case ?? ${fallback}, message: v.${sel.name}.value, raw } as ${n.event} | ${received};\n}`,
  );
}
