// The messages a machine's rows name, and what each decodes to: the cases of a select
// (`machine tls13_client : Handshake`), the entries of a dispatch (`: SshMessage`), the members of
// an enum (untyped), the `message` declarations in scope, and `messages { … }` with their types.
import type { DispatchDecl, MachineDecl, Pos } from '../ast.js';
import { didYouMean } from '../check/errors.js';
import type { Model } from './model.js';
import type { Module } from './program.js';
import type { FieldModel, Shape, StructModel } from './shape.js';

export interface MachineMessage {
  name: string;
  /** What it decodes to; undefined for a message known only by name (its bytes). */
  shape: Shape | undefined;
  pos: Pos;
}

export type MachineSource =
  | { k: 'select'; struct: StructModel; field: FieldModel }
  | { k: 'dispatch'; decl: DispatchDecl; module: Module }
  | { k: 'enum' }
  | { k: 'scope' };

export interface MachineMessages {
  source: MachineSource;
  messages: Map<string, MachineMessage>;
  problems: { pos: Pos; message: string }[];
}

export function machineMessages(model: Model, decl: MachineDecl, module: Module): MachineMessages {
  const messages = new Map<string, MachineMessage>();
  const problems: MachineMessages['problems'] = [];
  let source: MachineSource = { k: 'scope' };
  const add = (name: string, shape: Shape | undefined, pos: Pos) => {
    if (!messages.has(name)) messages.set(name, { name, shape, pos });
  };
  const src = decl.source;
  if (src) {
    const found = model.program.lookup(module, src.name);
    if (!found) {
      const kinds = new Set(['enum', 'struct', 'dispatch']);
      const names = [...model.program.scope(module)]
        .filter(([, f]) => kinds.has(f.decl.kind))
        .map(([n]) => n);
      problems.push({
        pos: src.pos,
        message: `unknown message source ${src.name} of machine ${decl.name}${didYouMean(src.name, names)}`,
      });
    } else if (found.decl.kind === 'enum') {
      source = { k: 'enum' };
      for (const m of found.decl.members) add(m.name, undefined, m.pos);
    } else if (found.decl.kind === 'struct') {
      const s = model.struct(found.decl);
      const selects = s.fields.filter((f) => f.shape.k === 'select');
      if (selects.length !== 1)
        problems.push({
          pos: src.pos,
          message: `${src.name} has ${selects.length} selects; a machine's messages come from one`,
        });
      else {
        const field = selects[0]!;
        source = { k: 'select', struct: s, field };
        if (field.shape.k === 'select')
          for (const a of field.shape.sel.arms) add(String(a.caseValue), a.shape, a.pos);
      }
    } else if (found.decl.kind === 'dispatch') {
      source = { k: 'dispatch', decl: found.decl, module: found.module };
      for (const e of found.decl.entries) {
        const m = model.program.lookup(found.module, e.message);
        add(
          e.message,
          m?.decl.kind === 'struct' ? { k: 'struct', decl: m.decl, module: m.module } : undefined,
          e.pos,
        );
      }
    } else
      problems.push({
        pos: src.pos,
        message: `${src.name} is a ${found.decl.kind}; a machine's messages come from a select, a dispatch or an enum`,
      });
  }
  for (const x of decl.extraMessages) {
    const shape = x.type ? model.elementShape(module, x.type, 'case') : undefined;
    messages.set(x.name, { name: x.name, shape, pos: x.pos });
  }
  if (source.k === 'scope' || source.k === 'enum') {
    for (const [name, found] of model.program.scope(module))
      if (found.decl.kind === 'struct' && found.decl.messageNumber !== undefined)
        add(name, { k: 'struct', decl: found.decl, module: found.module }, found.decl.pos);
  }
  return { source, messages, problems };
}
