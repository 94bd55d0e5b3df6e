// The context parameters of inline arms: an arm starts with all of its parent's, and keeps those
// it uses.
import type { Field, StructDecl } from '../ast.js';
import type { Program } from './program.js';

/**
 * The structs made from inline select arms start with all of their parent's context parameters;
 * keep only those an arm uses (as a select tag, in an expression, or for a field whose type needs
 * it), so that `decodeKeyShareServerHello(bytes)` needs no context it would ignore.
 */
export function pruneArmParams(program: Program): Map<StructDecl, StructDecl['params']> {
  const params = new Map<StructDecl, StructDecl['params']>();
  const arms: StructDecl[] = [];
  for (const { decl } of program.decls())
    if (decl.kind === 'struct' && decl.armOf !== undefined) arms.push(decl);
  const paramsOf = (s: StructDecl) => params.get(s) ?? s.params;
  for (let changed = true; changed; ) {
    changed = false;
    for (const arm of arms) {
      const used = usedParams(program, arm, paramsOf);
      const now = paramsOf(arm);
      const kept = now.filter((p) => used.has(p.name));
      if (kept.length !== now.length) {
        params.set(arm, kept);
        changed = true;
      }
    }
  }
  return params;
}

function usedParams(
  program: Program,
  s: StructDecl,
  paramsOf: (s: StructDecl) => StructDecl['params'],
): Set<string> {
  const module = program.moduleOf(s);
  const used = new Set<string>();
  const own = new Set(s.fields.map((f) => f.name));
  const exprRefs = (e: Field['condition']) => {
    if (!e) return;
    const walk = (x: NonNullable<Field['condition']>): void => {
      if (x.kind === 'ref' && !own.has(x.name)) used.add(x.name);
      else if (x.kind === 'unary') walk(x.arg);
      else if (x.kind === 'binary') {
        walk(x.left);
        walk(x.right);
      }
    };
    walk(e);
  };
  for (const f of s.fields) {
    const bound = new Set(f.withContext.map((w) => w.name));
    exprRefs(f.condition);
    exprRefs(f.little?.when);
    if (f.shape.kind === 'count') exprRefs(f.shape.expr);
    const refs =
      f.type.kind === 'select'
        ? [...f.type.cases.map((c) => c.type), ...(f.type.defaultCase ? [f.type.defaultCase] : [])]
        : [f.type];
    if (f.type.kind === 'select' && f.type.tag !== undefined && !own.has(f.type.tag)) used.add(f.type.tag);
    for (const ref of refs) {
      const r = program.resolve(module, ref);
      if (r?.kind !== 'struct') continue;
      for (const p of paramsOf(r.decl)) if (!bound.has(p.name)) used.add(p.name);
    }
  }
  return used;
}
