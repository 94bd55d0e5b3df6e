// The cases of a select as the struct emitter needs them: the switch label, the `case` value the
// TypeScript union carries, the variant's type, and how to read and write its value.
import type { Field, Select, StructDecl, TypeRef, Value } from '../ast.js';
import type { Module, Resolved } from '../model/program.js';
import { contextArg, elemOf, elemType, readElem, writeElem } from './codec-types.js';
import type { EmitContext } from './context.js';

export interface CaseInfo {
  /** The switch label (an expression), or undefined for the default case. */
  label: string | undefined;
  /** Readable forms for error messages. */
  labelText: string;
  caseText: string | number;
  /** The TypeScript literal of the union's `case` property. */
  caseLiteral: string;
  tsType: string;
  read(f: Field, where: string): string;
  write(value: string, where: string): string;
}

/** The type of the select's tag: an earlier field or a context parameter. */
export function tagType(ctx: EmitContext, s: StructDecl, sel: Select): Resolved {
  const field = s.fields.find((f) => f.name === sel.tag);
  if (field && field.type.kind === 'type')
    return ctx.program.mustResolve(ctx.program.moduleOf(s), field.type);
  const p = s.params.find((q) => q.name === sel.tag)!;
  return ctx.program.mustResolve(ctx.program.moduleOf(s), p.type);
}

function variant(
  ctx: EmitContext,
  s: StructDecl,
  type: TypeRef,
): Pick<CaseInfo, 'tsType' | 'read' | 'write'> {
  if (type.name === 'opaque') {
    return { tsType: 'Uint8Array', read: () => 'r.rest()', write: (v, where) => `w.raw(${v}, ${where});` };
  }
  const e = elemOf(ctx, ctx.module, type, false);
  return {
    tsType: elemType(e),
    read: (f, where) => readElem(e, where, e.kind === 'struct' ? contextArg(ctx, s, f, e.decl) : ''),
    write: (v, where) => writeElem(e, v, where),
  };
}

export function selectCases(ctx: EmitContext, s: StructDecl, sel: Select): CaseInfo[] {
  const tag = tagType(ctx, s, sel);
  const out: CaseInfo[] = [];
  for (const c of sel.cases) {
    const v = variant(ctx, s, c.type);
    for (const label of c.labels) out.push({ ...labelInfo(ctx, tag, label), ...v });
  }
  if (sel.defaultCase) {
    out.push({
      label: undefined,
      labelText: 'default',
      caseText: 'default',
      caseLiteral: 'undefined',
      ...variant(ctx, s, sel.defaultCase),
    });
  }
  return out;
}

function labelInfo(
  ctx: EmitContext,
  tag: Resolved,
  label: Value,
): Pick<CaseInfo, 'label' | 'labelText' | 'caseText' | 'caseLiteral'> {
  if (label.kind === 'ident' && tag.kind === 'enum') {
    return {
      label: `${ctx.ref(tag.decl)}.${label.name}`,
      labelText: label.name,
      caseText: label.name,
      caseLiteral: `'${label.name}'`,
    };
  }
  if (label.kind === 'bool') {
    const b = String(label.value);
    return { label: b, labelText: b, caseText: b, caseLiteral: b };
  }
  if (label.kind === 'number') {
    const n = label.value.toString();
    return { label: n, labelText: n, caseText: Number(label.value), caseLiteral: n };
  }
  if (label.kind === 'string') {
    const lit = JSON.stringify(label.value);
    return { label: lit, labelText: label.value, caseText: label.value, caseLiteral: lit };
  }
  throw new Error(`internal: unchecked case label at ${label.pos.file}:${label.pos.line}`);
}

/** The TypeScript expression of a field's default value. */
export function defaultLiteral(ctx: EmitContext, module: Module, f: Field): string {
  const v = f.defaultValue!;
  const t = f.type.kind === 'type' ? ctx.program.mustResolve(module, f.type) : undefined;
  if (v.kind === 'ident' && t?.kind === 'enum') return `${ctx.ref(t.decl)}.${v.name}`;
  if (v.kind === 'number') {
    if (t?.kind === 'prim' && t.prim.ts === 'bigint') return `${v.value}n`;
    if (v.value <= 9n || v.value < 0n) return v.value.toString();
    // hex, as wide as the field: 0x0303 for a uint16, 0x83 for a uint8
    const width = t?.kind === 'prim' ? (t.prim.size ?? 4) : t?.kind === 'enum' ? t.decl.width : 4;
    return `0x${v.value.toString(16).padStart(width * 2, '0')}`;
  }
  if (v.kind === 'bool') return String(v.value);
  if (v.kind === 'string') return JSON.stringify(v.value);
  return 'undefined';
}
