// The context argument a field passes to the codec of a struct it holds: nothing, the parent's own
// context, or the values its `/*@with …*/` binds. A binding that does not depend on the parent's
// context is one module-level constant, so decoding allocates nothing for it.
import type { Value } from '../../ast.js';
import type { FieldModel, StructModel } from '../../model/shape.js';
import { camelCase } from '../context.js';
import type { ModuleGen } from './gen.js';
import { pascal, readable, str } from './names.js';

export function ctxArgFor(g: ModuleGen, parent: StructModel, f: FieldModel, child: StructModel): string {
  if (child.params.length === 0) return 'undefined';
  const binds = f.ast.withContext.filter((w) => child.params.some((p) => p.name === w.name));
  if (binds.length === 0) return 'ctx';
  const entries = binds.map((w) => {
    const p = child.params.find((x) => x.name === w.name)!;
    return `${camelCase(w.name)}: ${paramValue(g, child, p.type.name, w.value)}`;
  });
  if (parent.params.length > 0) return `{ ...ctx, ${entries.join(', ')} }`;
  const name = `${readable(parent.name)}${pascal(f.name)}Context`;
  return g.hoist(
    name,
    `/** The context ${parent.name}.${f.name} decodes its elements with. */\nconst ${name} = { ${entries.join(', ')} } as const;`,
  );
}

function paramValue(g: ModuleGen, child: StructModel, typeName: string, v: Value): string {
  const t = g.model.program.resolve(child.module, typeName);
  if (v.kind === 'ident' && t?.kind === 'enum') return `${g.ctx.ref(t.decl)}.${v.name}`;
  if (v.kind === 'number') return v.value.toString();
  if (v.kind === 'bool') return String(v.value);
  return str(v.kind === 'ident' ? v.name : v.kind === 'string' ? v.value : '');
}
