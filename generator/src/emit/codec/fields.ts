// Facts about a struct's fields that its read and write functions and its types share: which
// fields the value carries, which the encoder derives, how expressions name fields, and defaults.
import type { Value } from '../../ast.js';
import { renderExpr } from '../../model/expr.js';
import type { FieldModel, Shape, StructModel } from '../../model/shape.js';
import { camelCase } from '../context.js';
import { base, type StructGen } from './gen.js';
import { local, selectTypeName, str } from './names.js';

/** Fields the decoded value holds: all but the lengths and counts the encoder computes. */
export function valueFields(s: StructModel): FieldModel[] {
  return s.fields.filter((f) => !f.derived);
}

/** True when the field may be absent from a decoded value. */
export function mayBeAbsent(f: FieldModel): boolean {
  return f.optional || f.condition !== undefined;
}

/**
 * True when the encoder can take the field from its select: a tag that only one select uses, and
 * whose every labelled case fixes its value.
 */
export function tagDerivable(f: FieldModel): boolean {
  if (f.tagOf.length !== 1) return false;
  const b = base(f.shape);
  return b.k === 'enum' || b.k === 'int' || b.k === 'bool' || b.k === 'variable';
}

/** True when an encoder's input may leave the field out. */
export function inputOptional(f: FieldModel): boolean {
  return f.defaultValue !== undefined || mayBeAbsent(f) || tagDerivable(f);
}

/** The union type names of a select field. */
export function unionNames(s: StructModel, f: FieldModel): { decoded: string; input: string } {
  const decoded = selectTypeName(s.name, f.ast);
  return { decoded, input: `${decoded}Input` };
}

/** A field's value in an expression inside a read or write function. */
export function exprName(s: StructModel, name: string): string {
  if (s.fields.some((f) => f.name === name)) return local(name);
  return `ctx.${camelCase(name)}`;
}

export function renderIn(s: StructModel, e: Parameters<typeof renderExpr>[0]): string {
  return renderExpr(e, (n) => exprName(s, n));
}

/** The TypeScript of a field's default value. */
export function defaultLiteral(g: StructGen, f: FieldModel): string {
  return valueLiteral(g, f.shape, f.defaultValue!);
}

export function valueLiteral(g: StructGen, shape: Shape, v: Value): string {
  const b = base(shape);
  if (b.k === 'enum' && v.kind === 'ident') return `${g.ctx.ref(b.decl)}.${v.name}`;
  if (b.k === 'bytes' && b.len.k === 'fixed') {
    if (v.kind === 'ident') {
      const r = g.model.program.resolve(g.struct.module, v.name);
      if (r?.kind === 'const') return g.ctx.ref(r.decl);
    }
    if (v.kind === 'number') {
      const hex = v.value.toString(16).padStart(b.len.count * 2, '0');
      return `${g.ctx.wire('hexBytes')}('${hex}')`;
    }
  }
  if (v.kind === 'number') {
    if (b.k === 'int' && b.prim.bytes === 8) return `${v.value}n`;
    if (v.value <= 9n && v.value >= 0n) return v.value.toString();
    if (v.value < 0n) return v.value.toString();
    const width = b.k === 'int' ? b.prim.bytes : b.k === 'enum' ? b.bytes : 4;
    return `0x${v.value.toString(16).padStart(width * 2, '0')}`;
  }
  if (v.kind === 'bool') return String(v.value);
  if (v.kind === 'string') return str(v.value);
  return 'undefined';
}

/** The spec text of a default, for docs. */
export function defaultText(v: Value): string {
  if (v.kind === 'ident') return v.name;
  if (v.kind === 'number')
    return v.hexDigits ? `0x${v.value.toString(16).padStart(v.hexDigits, '0')}` : v.value.toString();
  if (v.kind === 'string') return JSON.stringify(v.value);
  if (v.kind === 'bool') return String(v.value);
  return v.kind;
}
