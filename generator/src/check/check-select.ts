// Selects and context parameters: the tag is an earlier field or a parameter, case labels fit
// the tag's type and are unique, and parameters flow down to the types that need them.
import type { Field, Pos, StructDecl, Value } from '../ast.js';
import type { Module, Resolved } from '../model/program.js';
import type { Checker } from './check.js';
import { didYouMean } from './errors.js';

/** A struct needs parameter `name` when it declares it. */
export function needsParam(s: StructDecl, name: string): boolean {
  return s.params.some((p) => p.name === name);
}

export function checkParamValue(checker: Checker, s: StructDecl, name: string, value: Value): void {
  const p = s.params.find((q) => q.name === name);
  if (!p) return;
  const module = checker.program.moduleOf(s);
  const t = checker.program.resolve(module, p.type.name);
  if (t?.kind === 'enum' && value.kind === 'ident' && !t.decl.members.some((m) => m.name === value.name))
    checker.report(
      value.pos,
      `${value.name} is not a member of ${t.decl.name}${didYouMean(
        value.name,
        t.decl.members.map((m) => m.name),
      )}`,
    );
}

/** A field of a parameterised struct type needs the parameter from its parent or from @with. */
export function checkContextFlow(checker: Checker, parent: StructDecl, f: Field, child: StructDecl): void {
  for (const p of child.params) {
    const bound =
      f.withContext.some((w) => w.name === p.name) || parent.params.some((q) => q.name === p.name);
    if (!bound)
      checker.report(
        f.pos,
        `${f.name}: ${child.name} needs context ${p.name}; declare /*@param ${p.type.name} ${p.name}*/ on ${parent.name} or bind it with /*@with ${p.name} = …*/`,
      );
  }
}

export function checkSelect(
  checker: Checker,
  s: StructDecl,
  module: Module,
  f: Field,
  earlier: Field[],
): void {
  if (f.type.kind !== 'select') return;
  const sel = f.type;
  const tagField = earlier.find((g) => g.name === sel.tag);
  const tagParam = s.params.find((p) => p.name === sel.tag);
  let tagType: Resolved | undefined;
  if (tagField && tagField.type.kind !== 'select' && tagField.shape.kind === 'one')
    tagType = checker.program.resolve(module, tagField.type.name);
  else if (tagParam) tagType = checker.program.resolve(module, tagParam.type.name);
  else {
    const names = [...earlier.map((g) => g.name), ...s.params.map((p) => p.name)];
    checker.report(
      sel.tagPos,
      `select (${sel.tag}): ${s.name} has no earlier field or context parameter ${sel.tag}${didYouMean(sel.tag, names)}`,
    );
  }
  const seen = new Map<string, Pos>();
  for (const c of sel.cases) {
    const r = checker.resolveType(module, c.type.name, c.type.pos);
    if (r?.kind === 'struct')
      checkContextFlow(checker, s, { ...f, name: `${f.name} (case ${c.type.name})` }, r.decl);
    for (const label of c.labels) {
      const key = labelKey(checker, label, tagType);
      if (key === undefined) continue;
      const prev = seen.get(key);
      if (prev)
        checker.report(
          label.pos,
          `duplicate case ${key} in select (${sel.tag}) (first at line ${prev.line})`,
        );
      else seen.set(key, label.pos);
    }
  }
  if (sel.defaultCase) checker.resolveType(module, sel.defaultCase.name, sel.defaultCase.pos);
}

/** A comparable key for a case label, reporting labels that do not fit the tag's type. */
export function labelKey(checker: Checker, label: Value, tag: Resolved | undefined): string | undefined {
  if (!tag) return undefined;
  if (tag.kind === 'enum') {
    if (label.kind === 'ident') {
      const m = tag.decl.members.find((x) => x.name === label.name);
      if (!m) {
        checker.report(
          label.pos,
          `${label.name} is not a member of ${tag.decl.name}${didYouMean(
            label.name,
            tag.decl.members.map((x) => x.name),
          )}`,
        );
        return undefined;
      }
      return m.value.toString();
    }
    if (label.kind === 'number') return label.value.toString();
  } else if (tag.kind === 'prim' && tag.prim.integer) {
    if (label.kind === 'number') return label.value.toString();
  } else if (tag.kind === 'prim' && tag.prim.name === 'boolean') {
    if (label.kind === 'bool') return String(label.value);
  } else if (tag.kind === 'prim' && (tag.prim.name === 'utf8' || tag.prim.name === 'string')) {
    if (label.kind === 'string') return JSON.stringify(label.value);
  }
  checker.report(
    label.pos,
    `case label does not fit the select's tag type ${tag.kind === 'prim' ? tag.prim.name : tag.decl.name}`,
  );
  return undefined;
}
