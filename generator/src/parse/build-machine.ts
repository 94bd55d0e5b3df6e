// Builders for state machines.
import type { MachineDecl, MachineRow } from '../ast.js';
import { type D, docOf, headerAnnotations, type ParseContext } from './build-common.js';
import type { Token } from './lexer.js';

// ---------------------------------------------------------------- machine

type MachineItem = { messages: Token[] } | { initial: Token } | { finals: Token[] } | { row: MachineRow };

export function machineMessages(c: ParseContext, d: D): MachineItem {
  return { messages: d[2] };
}

export function machineInitial(c: ParseContext, d: D): MachineItem {
  return { initial: d[1] };
}

export function machineFinal(c: ParseContext, d: D): MachineItem {
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
    messageEnum: d[2],
    extraMessages: [],
    initial: undefined,
    finals: [],
    rows: [],
  };
  for (const it of items) {
    if ('messages' in it) m.extraMessages.push(...it.messages.map((t) => ({ name: t.value, pos: c.pos(t) })));
    else if ('initial' in it) m.initial = { name: it.initial.value, pos: c.pos(it.initial) };
    else if ('finals' in it) m.finals.push(...it.finals.map((t) => ({ name: t.value, pos: c.pos(t) })));
    else m.rows.push(it.row);
  }
  return m;
}
