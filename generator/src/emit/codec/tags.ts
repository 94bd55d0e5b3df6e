// The case -> tag map of a field-keyed select: an encoder fills in a tag the input leaves out from
// it, and refuses a default-arm value whose tag one of the labelled cases has.
import type { FieldModel } from '../../model/shape.js';
import type { StructGen } from './gen.js';
import { selectTypeName } from './names.js';
import { matchValue } from './shapes/select.js';

export function tagsConst(g: StructGen, sel: FieldModel): string {
  if (sel.shape.k !== 'select' || sel.shape.sel.tag.k !== 'field')
    throw new Error('internal: not a field-keyed select');
  const arms = sel.shape.sel.arms.filter((a) => a.match.k !== 'range' && a.match.k !== 'enumRange');
  const name = `${selectTypeName(g.struct.name, sel.ast)}Tags`;
  const key = (c: string | number | boolean) =>
    typeof c === 'string' && /^[A-Za-z_$][\w$]*$/.test(c)
      ? c
      : typeof c === 'number'
        ? String(c)
        : `'${String(c)}'`;
  const entries = arms.map((a) => `${key(a.caseValue)}: ${matchValue(g.mod, a.match)}`);
  const doc = `/** The ${sel.name} case -> ${sel.shape.sel.tag.name}: filled in when an encoder's input leaves it out. */`;
  return g.mod.hoist(name, `${doc}\nconst ${name} = { ${entries.join(', ')} } as const;`);
}
