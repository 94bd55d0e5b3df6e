// machine -> a state union, the transition table as a `const` object, a handler interface whose
// methods may only return the states their rows permit, a `step…` function over the wire runtime's
// stepMachine, a Mermaid diagram in docs/machines/, and table invariant tests.
import { VariableDeclarationKind } from 'ts-morph';
import type { MachineDecl, MachineRow } from '../ast.js';
import { docText, type EmitContext } from './context.js';
import { jsDoc, pascalCase, propKey, tsString } from './literals.js';
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
  const union = (xs: string[]) => (xs.length ? xs.map(tsString).join(' | ') : 'never');
  const list = (xs: string[], type: string) => `[${xs.map(tsString).join(', ')}] as const satisfies readonly ${type}[]`;

  addType(ctx, n.state, union(states), docText(decl, `A state of the ${decl.name} machine.`));
  addConst(ctx, n.states, list(states, n.state), `Every {@link ${n.state}}, in spec order.`);
  addConst(ctx, n.initial, `${tsString(initialState(decl))} satisfies ${n.state}`, `The state ${decl.name} starts in.`);
  addConst(ctx, n.finals, list(decl.finals.map((f) => f.name), n.state), `The states ${decl.name} may stop in.`);
  addType(ctx, n.message, union(messages), `A message that a row of ${decl.name} names.`);
  addConst(ctx, n.messages, list(messages, n.message), `Every {@link ${n.message}}, in spec order.`);
  emitHandlers(ctx, decl, n);
  emitTransitions(ctx, decl, n, states);
  emitStep(ctx, decl, n);
  ctx.extraFiles.set(`docs/machines/${decl.name}.md`, machineDiagram(decl, initialState(decl), ctx.module.file.path));
  ctx.testImport("import { IllegalTransitionError, type MachineTable, UnexpectedMessageError } from '@otpnet/wire';");
  ctx.tests.push(machineTests(decl, n));
}

function addType(ctx: EmitContext, name: string, type: string, doc: string | undefined): void {
  ctx.file.addTypeAlias({ isExported: true, name, type, docs: jsDoc(doc) });
}

function addConst(ctx: EmitContext, name: string, initializer: string, doc: string): void {
  ctx.file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc],
    declarations: [{ name, initializer }],
  });
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
  ctx.file.addInterface({
    isExported: true,
    name: n.handlers,
    typeParameters: [{ name: 'M', default: 'unknown' }],
    docs: [
      `What the runtime implements for ${decl.name}: one method per handler. Each gets the message (of\n` +
        'type `M`) and the state it arrived in, and returns the next state: only states its rows permit\n' +
        'type-check, and a missing handler is a compile error.',
    ],
    methods: [...rowsByHandler(decl)].map(([handler, rows]) => ({
      name: propKey(handler),
      parameters: [
        { name: 'message', type: 'M' },
        { name: 'from', type: [...new Set(rows.map((r) => r.state))].map(tsString).join(' | ') },
      ],
      returnType: [...new Set(rows.flatMap((r) => r.next))].map(tsString).join(' | '),
      docs: [rows.map((r) => `${rowText(r)} (${path}:${r.pos.line})`).join('\n')],
    })),
  });
}

function emitTransitions(ctx: EmitContext, decl: MachineDecl, n: MachineNames, states: string[]): void {
  const table = ctx.wire('MachineTable', true);
  ctx.file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: jsDoc(
      docText(
        { doc: undefined, annotations: decl.annotations },
        `The ${decl.name} transition table: state, then \`"<direction> <message>"\`, then the handler and\nthe states it may pick. A pair that is not here is an unexpected message.`,
      ),
    ),
    declarations: [
      {
        name: n.transitions,
        initializer: (w) => {
          w.write('{').newLine();
          w.indent(() => {
            for (const s of states) {
              const rows = decl.rows.filter((r) => r.state === s);
              if (rows.length === 0) {
                w.writeLine(`${propKey(s)}: {},`);
                continue;
              }
              w.writeLine(`${propKey(s)}: {`);
              w.indent(() => {
                for (const r of rows) {
                  const next = r.next.map(tsString).join(', ');
                  w.writeLine(`${tsString(`${r.direction} ${r.message}`)}: { handler: ${tsString(r.handler)}, next: [${next}] },`);
                }
              });
              w.writeLine('},');
            }
          });
          w.write(`} as const satisfies ${table}<${n.state}, keyof ${n.handlers}>`);
        },
      },
    ],
  });
}

function emitStep(ctx: EmitContext, decl: MachineDecl, n: MachineNames): void {
  const direction = ctx.wire('MachineDirection', true);
  ctx.file.addFunction({
    isExported: true,
    name: n.step,
    typeParameters: [{ name: 'M' }],
    docs: [
      `Run the ${decl.name} row for (state, direction, message): call its handler with \`payload\` and return\n` +
        'the state the handler picks. `message` is a name as the spec writes it (`HandshakeTypeName(v)` for\n' +
        'a decoded number), so unknown values are unexpected too.\n' +
        '@throws UnexpectedMessageError (from @otpnet/wire) when the table has no row for it.\n' +
        '@throws IllegalTransitionError (from @otpnet/wire) when the handler returns a state its row does not\n' +
        'permit.',
    ],
    parameters: [
      { name: 'handlers', type: `${n.handlers}<M>` },
      { name: 'state', type: n.state },
      { name: 'direction', type: direction },
      { name: 'message', type: 'string' },
      { name: 'payload', type: 'M' },
    ],
    returnType: n.state,
    statements: `return ${ctx.wire('stepMachine')}<${n.state}, M>(${tsString(decl.name)}, ${n.transitions}, handlers, state, direction, message, payload);`,
  });
}
