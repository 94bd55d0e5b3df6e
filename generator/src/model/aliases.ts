// Expands aliases (`opaque Random[32];`, `uint16 ProtocolVersion;`) where they are used, so the
// checker and the emitters see plain types and shapes: a field `Random random;` becomes
// `opaque random[32]`. The type an alias names must be visible where the alias is used.
import type { AliasDecl, Field, Shape, StructDecl, TypeRef } from '../ast.js';
import type { Problem } from '../check/errors.js';
import { PRIMITIVES } from './primitives.js';
import type { Module, Program } from './program.js';

interface Expanded {
  type: TypeRef;
  shape: Shape;
}

/** What an alias stands for, following chains of aliases; undefined for a cycle. */
function expand(
  program: Program,
  module: Module,
  alias: AliasDecl,
  seen: Set<AliasDecl>,
): Expanded | undefined {
  if (seen.has(alias)) return undefined;
  seen.add(alias);
  const home = program.moduleOf(alias);
  const inner = program.lookup(home, alias.type.name);
  if (inner?.decl.kind === 'alias') {
    const e = expand(program, module, inner.decl, seen);
    if (!e) return undefined;
    if (e.shape.kind !== 'one' && alias.shape.kind !== 'one') return undefined;
    return { type: e.type, shape: alias.shape.kind === 'one' ? e.shape : alias.shape };
  }
  return { type: alias.type, shape: alias.shape };
}

export function expandAliases(program: Program): Problem[] {
  const problems: Problem[] = [];
  const aliasOf = (module: Module, ref: TypeRef): AliasDecl | undefined => {
    const found = program.lookup(module, ref.name);
    return found?.decl.kind === 'alias' ? found.decl : undefined;
  };
  /** The expanded type must be visible from the file that uses the alias. */
  const visible = (module: Module, alias: TypeRef, target: TypeRef): void => {
    if (PRIMITIVES.has(target.name) || program.lookup(module, target.name)) return;
    problems.push({
      pos: alias.pos,
      message: `${alias.name} stands for ${target.name}, which this file does not import`,
    });
  };
  const resolveOne = (module: Module, ref: TypeRef, where: string): TypeRef => {
    const alias = aliasOf(module, ref);
    if (!alias) return ref;
    const e = expand(program, module, alias, new Set());
    if (!e) {
      problems.push({ pos: ref.pos, message: `alias ${ref.name} refers to itself` });
      return ref;
    }
    if (e.shape.kind !== 'one') {
      // a sized named type stays one value with its own codec; a case body can be one
      if (where !== 'a case body')
        problems.push({
          pos: ref.pos,
          message: `${ref.name} has a size of its own, so it cannot be ${where}`,
        });
      return ref;
    }
    visible(module, ref, e.type);
    return { ...e.type, pos: ref.pos };
  };
  const field = (module: Module, f: Field): void => {
    if (f.type.kind === 'select') {
      for (const c of f.type.cases) c.type = resolveOne(module, c.type, 'a case body');
      if (f.type.defaultCase) f.type.defaultCase = resolveOne(module, f.type.defaultCase, 'a case body');
      return;
    }
    if (f.shape.kind === 'counted') f.shape.countType = resolveOne(module, f.shape.countType, 'a count');
    const alias = aliasOf(module, f.type);
    if (!alias) return;
    const e = expand(program, module, alias, new Set());
    if (!e) {
      problems.push({ pos: f.type.pos, message: `alias ${f.type.name} refers to itself` });
      return;
    }
    visible(module, f.type, e.type);
    if (e.shape.kind === 'one') f.type = { ...e.type, pos: f.type.pos };
    else if (f.shape.kind === 'one') {
      f.type = { ...e.type, pos: f.type.pos };
      f.shape = e.shape;
    }
    // else: an array of a sized named type (`ProtocolName protocol_name_list<2..2^16-1>`): each
    // element is read and written by the named type's own codec
  };
  for (const { decl, module } of program.decls()) {
    if (decl.kind !== 'struct') continue;
    const s: StructDecl = decl;
    for (const p of s.params) p.type = resolveOne(module, p.type, 'a context parameter');
    for (const f of s.fields) field(module, f);
  }
  return problems;
}
