// The structs made from inline select arms start with all of their parent's context parameters;
// keep only those an arm uses (as a select tag, or for a field whose type needs it), so that
// `decodeKeyShareServerHello(bytes)` needs no context it would ignore.
import type { StructDecl } from '../ast.js';
import type { Program } from './program.js';

export function pruneArmParams(program: Program): void {
  const arms: StructDecl[] = [];
  for (const { decl } of program.decls())
    if (decl.kind === 'struct' && decl.armOf !== undefined) arms.push(decl);
  // Arms nest (an arm's select may have arms), so prune until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const arm of arms) {
      const used = usedParams(program, arm);
      const kept = arm.params.filter((p) => used.has(p.name));
      if (kept.length !== arm.params.length) {
        arm.params = kept;
        changed = true;
      }
    }
  }
}

function usedParams(program: Program, s: StructDecl): Set<string> {
  const module = program.moduleOf(s);
  const used = new Set<string>();
  for (const f of s.fields) {
    const bound = new Set(f.withContext.map((w) => w.name));
    const refs =
      f.type.kind === 'select'
        ? [...f.type.cases.map((c) => c.type), ...(f.type.defaultCase ? [f.type.defaultCase] : [])]
        : [f.type];
    if (f.type.kind === 'select' && !s.fields.some((g) => g.name === (f.type as { tag: string }).tag))
      used.add(f.type.tag);
    for (const ref of refs) {
      const r = program.resolve(module, ref);
      if (r?.kind !== 'struct') continue;
      for (const p of r.decl.params) if (!bound.has(p.name)) used.add(p.name);
    }
  }
  return used;
}
