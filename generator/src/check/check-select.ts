// Context parameters: a struct that needs one gets it from its parent's parameters or from a
// `/*@with name = value*/` on the field, and a bound value fits the parameter's type.
import type { Field, Value } from '../ast.js';
import type { Shape, StructModel } from '../model/shape.js';
import type { Checker } from './check.js';
import { didYouMean } from './errors.js';

/** A field of a parameterised struct type needs the parameter from its parent or from @with. */
export function checkContextFlow(checker: Checker, parent: StructModel, f: Field, child: StructModel): void {
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

/** Each @with binds a parameter some struct the field holds takes, to a value of its type. */
export function checkWith(
  checker: Checker,
  s: StructModel,
  f: Field,
  children: Extract<Shape, { k: 'struct' }>[],
): void {
  for (const w of f.withContext) {
    const takers = children
      .map((c) => checker.model.struct(c.decl))
      .filter((c) => c.params.some((p) => p.name === w.name));
    if (takers.length === 0) {
      checker.report(
        w.pos,
        f.type.kind === 'select'
          ? `@with ${w.name}: no case of this select takes a context parameter ${w.name}`
          : `@with ${w.name}: ${f.type.name} takes no context parameter ${w.name}`,
      );
      continue;
    }
    checkParamValue(checker, takers[0]!, w.name, w.value);
  }
  void s;
}

function checkParamValue(checker: Checker, s: StructModel, name: string, value: Value): void {
  const p = s.params.find((q) => q.name === name);
  if (!p) return;
  const t = checker.program.resolve(s.module, p.type.name);
  if (t?.kind === 'enum' && value.kind === 'ident' && !t.decl.members.some((m) => m.name === value.name))
    checker.report(
      value.pos,
      `${value.name} is not a member of ${t.decl.name}${didYouMean(
        value.name,
        t.decl.members.map((m) => m.name),
      )}`,
    );
}
