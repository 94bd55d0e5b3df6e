// Builders for state machines.
import type { DispatchDecl, DispatchEntry, MachineDecl, MachineRow } from '../ast.js';
import { type D, docOf, headerAnnotations, type ParseContext } from './build-common.js';
import { paramsOf } from './build-types.js';
import type { Token } from './lexer.js';

// ---------------------------------------------------------------- machine

type Extra = MachineDecl['extraMessages'][number];
type MachineItem = { messages: Extra[] } | { initial: Token } | { finals: Token[] } | { row: MachineRow };

export function extraMessage(c: ParseContext, d: D): Extra {
  return { name: d[0].value, type: d[2], pos: c.pos(d[0]) };
}

export function machineMessages(_c: ParseContext, d: D): MachineItem {
  return { messages: [d[2], ...d[3].map((x: D) => x[1])] };
}

export function machineInitial(_c: ParseContext, d: D): MachineItem {
  return { initial: d[1] };
}

export function machineFinal(_c: ParseContext, d: D): MachineItem {
  return { finals: d[1] };
}

export function machineRow(c: ParseContext, d: D): MachineItem {
  const state: Token = d[0];
  const msg: Token = d[2];
  const next: Token[] = d[4];
  return {
    row: {
      state: state.value,
      direction: d[1].value,
      message: msg.value,
      next: next.map((t) => t.value),
      handler: d[5].value,
      pos: c.pos(state),
      messagePos: c.pos(msg),
    },
  };
}

export function machineDecl(c: ParseContext, d: D): MachineDecl {
  const kw: Token = d[0];
  const name: Token = d[1];
  const items: MachineItem[] = d[4];
  const m: MachineDecl = {
    kind: 'machine',
    name: name.value,
    pos: c.pos(name),
    doc: docOf(kw),
    annotations: headerAnnotations(c, kw, name, d[3]),
    source: d[2],
    extraMessages: [],
    initial: undefined,
    finals: [],
    rows: [],
  };
  for (const it of items) {
    if ('messages' in it) m.extraMessages.push(...it.messages);
    else if ('initial' in it) m.initial = { name: it.initial.value, pos: c.pos(it.initial) };
    else if ('finals' in it) m.finals.push(...it.finals.map((t) => ({ name: t.value, pos: c.pos(t) })));
    else m.rows.push(it.row);
  }
  return m;
}

// ---------------------------------------------------------------- dispatch

type DispatchItem = DispatchEntry[];

export function dispatchEntries(c: ParseContext, d: D): DispatchItem {
  const names: Token[] = d[0];
  return names.map((t) => ({ message: t.value, pos: c.pos(t), when: undefined }));
}

export function dispatchWhen(c: ParseContext, d: D): DispatchItem {
  const when = { param: d[1].value, value: d[3], pos: c.pos(d[0]) };
  const names: Token[] = d[5];
  return names.map((t) => ({ message: t.value, pos: c.pos(t), when }));
}

export function dispatchDecl(c: ParseContext, d: D): DispatchDecl {
  const kw: Token = d[0];
  const name: Token = d[1];
  const annotations = headerAnnotations(c, kw, name, d[2]);
  const items: DispatchItem[] = d[3];
  return {
    kind: 'dispatch',
    name: name.value,
    pos: c.pos(name),
    doc: docOf(kw),
    annotations,
    params: paramsOf(annotations),
    entries: items.flat(),
  };
}
