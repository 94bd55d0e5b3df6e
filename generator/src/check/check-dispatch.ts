// Dispatches: every entry is a message declaration, each (number, context) picks one message, and
// a `when` names a context parameter and a value of its type.
import type { DispatchDecl } from '../ast.js';
import type { Module } from '../model/program.js';
import type { Checker } from './check.js';
import { didYouMean } from './errors.js';

export function checkDispatch(c: Checker, d: DispatchDecl, module: Module): void {
  for (const p of d.params) c.model.elementShape(module, p.type, 'value');
  const seen = new Map<string, string>();
  const messages = [...c.program.scope(module)]
    .filter(([, f]) => f.decl.kind === 'struct' && f.decl.messageNumber !== undefined)
    .map(([n]) => n);
  for (const e of d.entries) {
    const found = c.program.lookup(module, e.message);
    if (found?.decl.kind !== 'struct' || found.decl.messageNumber === undefined) {
      c.report(
        e.pos,
        `${e.message} is not a message declaration this file can see${didYouMean(e.message, messages)}`,
      );
      continue;
    }
    if (e.when) {
      const p = d.params.find((x) => x.name === e.when!.param);
      if (!p) {
        c.report(
          e.when.pos,
          `when ${e.when.param}: ${d.name} has no context parameter ${e.when.param}; declare /*@param Type ${e.when.param}*/`,
        );
        continue;
      }
      const t = c.program.resolve(module, p.type.name);
      const v = e.when.value;
      if (t?.kind === 'enum' && (v.kind !== 'ident' || !t.decl.members.some((m) => m.name === v.name)))
        c.report(v.pos, `when ${e.when.param}: expected a member of ${t.decl.name}`);
      if (t?.kind === 'prim' && t.prim.kind === 'variable' && v.kind !== 'string')
        c.report(v.pos, `when ${e.when.param}: expected a string`);
    }
    const key = `${found.decl.messageNumber}/${e.when ? `${e.when.param}=${whenKey(e.when.value)}` : ''}`;
    const prev = seen.get(key);
    if (prev)
      c.report(
        e.pos,
        `${e.message} and ${prev} both have number ${found.decl.messageNumber}${e.when ? ' in the same context' : ''}`,
      );
    else seen.set(key, e.message);
  }
  // a number with entries for some contexts may not also have one for all of them
  const byNumber = new Map<number, { plain: boolean; when: boolean; name: string }>();
  for (const e of d.entries) {
    const found = c.program.lookup(module, e.message);
    if (found?.decl.kind !== 'struct' || found.decl.messageNumber === undefined) continue;
    const n = found.decl.messageNumber;
    const info = byNumber.get(n) ?? { plain: false, when: false, name: e.message };
    if (e.when) info.when = true;
    else info.plain = true;
    if (info.plain && info.when)
      c.report(
        e.pos,
        `number ${n}: ${e.message} is listed without a context, but another message of that number has one`,
      );
    byNumber.set(n, info);
  }
}

function whenKey(v: NonNullable<DispatchDecl['entries'][number]['when']>['value']): string {
  if (v.kind === 'ident') return v.name;
  if (v.kind === 'string') return JSON.stringify(v.value);
  if (v.kind === 'number') return v.value.toString();
  return v.kind;
}
