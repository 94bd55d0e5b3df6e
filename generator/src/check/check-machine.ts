// Checks for `machine` declarations: message names resolve, each (state, direction, message) has at
// most one row, initial and final states exist, every state is reachable from the initial one and
// every state has a way out (a row, or being final; with finals declared, a path to one).
import type { MachineDecl, MachineRow, Pos } from '../ast.js';
import { machineMessages } from '../model/machine-messages.js';
import type { Module } from '../model/program.js';
import type { Checker } from './check.js';
import { didYouMean } from './errors.js';

export function checkMachine(c: Checker, decl: MachineDecl, module: Module): void {
  if (decl.rows.length === 0) {
    c.report(decl.pos, `machine ${decl.name} has no rows`);
    return;
  }
  checkMessages(c, decl, module);
  checkRows(c, decl);
  const g = machineGraph(decl);
  const initial = decl.initial?.name ?? decl.rows[0]!.state;
  if (decl.initial && !g.states.has(initial)) {
    c.report(decl.initial.pos, `unknown initial state ${initial}${didYouMean(initial, g.states.keys())}`);
    return;
  }
  const unknownFinals = decl.finals.filter((f) => !g.states.has(f.name));
  for (const f of unknownFinals)
    c.report(f.pos, `unknown final state ${f.name}${didYouMean(f.name, g.states.keys())}`);
  checkReachability(c, decl, g, initial, unknownFinals.length === 0);
}

function checkMessages(c: Checker, decl: MachineDecl, module: Module): void {
  const { messages, problems } = machineMessages(c.model, decl, module);
  for (const p of problems) c.report(p.pos, p.message);
  if (problems.length) return;
  for (const row of decl.rows) {
    if (!messages.has(row.message))
      c.report(
        row.messagePos,
        `unknown message ${row.message} in machine ${decl.name}${didYouMean(row.message, messages.keys())}`,
      );
  }
}

function checkRows(c: Checker, decl: MachineDecl): void {
  const seen = new Map<string, MachineRow>();
  const handlerDirection = new Map<string, MachineRow>();
  for (const row of decl.rows) {
    const key = `${row.state} ${row.direction} ${row.message}`;
    const prev = seen.get(key);
    if (prev)
      c.report(
        row.pos,
        `two rows for (${row.state}, ${row.direction} ${row.message}): lines ${prev.pos.line} and ${row.pos.line}`,
      );
    else seen.set(key, row);
    const dup = row.next.find((n, i) => row.next.indexOf(n) !== i);
    if (dup) c.report(row.pos, `next state ${dup} is listed twice`);
    // A send handler produces a message and a recv handler consumes one: one name cannot be both.
    const other = handlerDirection.get(row.handler);
    if (other && other.direction !== row.direction)
      c.report(
        row.pos,
        `handler ${row.handler} is used for ${other.direction} (line ${other.pos.line}) and ${row.direction} rows; give each direction its own handler`,
      );
    else if (!other) handlerDirection.set(row.handler, row);
  }
}

/** States (with where each is first mentioned) and the edges between them. */
export interface MachineGraph {
  states: Map<string, Pos>;
  edges: Map<string, Set<string>>;
}

export function machineGraph(decl: MachineDecl): MachineGraph {
  const states = new Map<string, Pos>();
  const edges = new Map<string, Set<string>>();
  for (const row of decl.rows) {
    for (const s of [row.state, ...row.next]) if (!states.has(s)) states.set(s, row.pos);
    const out = edges.get(row.state) ?? new Set();
    for (const n of row.next) out.add(n);
    edges.set(row.state, out);
  }
  return { states, edges };
}

/** Every state reachable from `from`, in breadth-first order. */
export function reachable(edges: Map<string, Set<string>>, from: Iterable<string>): Set<string> {
  const seen = new Set(from);
  const queue = [...seen];
  for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
    for (const n of edges.get(s) ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

/** `finalsKnown`: false when a final state is misspelt, so "cannot reach a final state" would mislead. */
function checkReachability(
  c: Checker,
  decl: MachineDecl,
  g: MachineGraph,
  initial: string,
  finalsKnown: boolean,
): void {
  const fromInitial = reachable(g.edges, [initial]);
  const finals = new Set(decl.finals.map((f) => f.name));
  // States that can reach a final state: search backwards from the finals.
  const reverse = new Map<string, Set<string>>();
  for (const [s, out] of g.edges) for (const n of out) reverse.set(n, (reverse.get(n) ?? new Set()).add(s));
  const canFinish = reachable(reverse, finals);
  for (const [state, pos] of g.states) {
    if (!fromInitial.has(state)) c.report(pos, `state ${state} is unreachable from ${initial}`);
    if (finals.has(state)) continue;
    if (!g.edges.has(state))
      c.report(pos, `state ${state} has no way out (no rows, and it is not declared final)`);
    else if (finalsKnown && finals.size > 0 && !canFinish.has(state))
      c.report(
        pos,
        `state ${state} has no way out: no final state (${[...finals].join(', ')}) is reachable from it`,
      );
  }
}
