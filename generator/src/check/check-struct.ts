// Structs and their fields: names are unique, expressions use earlier fields, derived fields are
// integers the encoder can compute, defaults fit, and a value that runs to the end of its input
// is where nothing has to follow it.
import type { Expr, Field, Pos } from '../ast.js';
import { refsOf } from '../model/expr.js';
import { openTail } from '../model/facts.js';
import type { FieldModel, Shape, StructModel } from '../model/shape.js';
import type { Checker } from './check.js';
import { checkRangeFits } from './check.js';
import { checkContextFlow, checkWith } from './check-select.js';
import { didYouMean } from './errors.js';

export function checkStruct(checker: Checker, s: StructModel): void {
  for (const p of s.decl.params) checker.model.elementShape(s.module, p.type, 'value');
  const seen = new Set<string>();
  for (const f of s.fields) {
    if (seen.has(f.name)) checker.report(f.ast.pos, `duplicate field ${f.name} in ${s.name}`);
    seen.add(f.name);
    checkField(checker, s, f);
  }
}

function base(shape: Shape): Shape {
  return shape.k === 'alias' ? base(shape.inner) : shape;
}

function isUnsignedInt(f: FieldModel, maxBytes = 4): boolean {
  const b = base(f.shape);
  return b.k === 'int' && !b.prim.signed && b.prim.bytes <= maxBytes;
}

function checkField(checker: Checker, s: StructModel, f: FieldModel): void {
  const ast = f.ast;
  const earlier = s.fields.slice(0, f.index);
  const last = f.index === s.fields.length - 1;
  const shape = f.shape;

  // expressions name earlier integer fields (or context parameters)
  const exprs: [Expr | undefined, string][] = [
    [ast.condition, 'if'],
    [ast.little?.when, 'little when'],
    [ast.shape.kind === 'count' ? ast.shape.expr : undefined, 'the length'],
  ];
  // a bare count (`[len]`) is checked as a count field below
  const bare = ast.shape.kind === 'count' && ast.shape.expr.kind === 'ref';
  for (const [e, what] of exprs)
    if (e) checkRefs(checker, s, f, e, what, bare && e === (ast.shape as { expr: Expr }).expr);

  if (ast.shape.kind === 'count' && ast.shape.expr.kind === 'ref') {
    const counter = earlier.find((g) => g.name === (ast.shape as { expr: { name: string } }).expr.name);
    if (counter && !(isUnsignedInt(counter) && counter.ast.shape.kind === 'one'))
      checker.report(
        ast.shape.pos,
        `${f.name}: the count field ${counter.name} must be a single unsigned integer of at most 32 bits`,
      );
  }

  if (f.derived) {
    if (f.derived.k === 'sizeof' && !isUnsignedInt(f))
      checker.report(
        ast.pos,
        `${f.name}: a length the encoder computes must be an unsigned integer of at most 32 bits`,
      );
    if (f.defaultValue)
      checker.report(ast.pos, `${f.name}: the encoder computes this field, so it takes no default`);
    if (f.optional || f.condition) checker.report(ast.pos, `${f.name}: a length or count cannot be optional`);
    if (f.bits) checker.report(ast.pos, `${f.name}: a length or count cannot be a bit field`);
  }

  if (ast.range) {
    const b = base(shape);
    if (b.k !== 'int')
      checker.report(
        ast.range.pos,
        `${f.name}: a value range bounds an integer, not this ${describeShape(shape)}`,
      );
    else checkRangeFits(checker, ast.range, b.prim.min, b.prim.max, f.name);
  }

  if (ast.little) {
    const b = base(shape);
    if (b.k !== 'int' || b.prim.bytes === 1 || b.prim.bytes === 3 || b.prim.signed)
      checker.report(ast.little.pos, `${f.name}: byte order applies to uint16, uint32 and uint64`);
  }

  if (ast.bits && f.little)
    checker.report(ast.bits.pos, `${f.name}: a bit field takes the byte order of its integer`);

  if (shape.k === 'bytes' || shape.k === 'list') {
    const len = shape.len;
    if (len.k === 'trailing' && !last)
      checker.report(ast.pos, `${f.name}: a trailing run must be the last field`);
  }

  checkDelimited(checker, s, f, last);

  if (f.defaultValue) checkDefault(checker, s, f);
  if (f.constant && !f.defaultValue)
    checker.report(ast.pos, `${f.name}: @const needs the value: write the field as \`T ${f.name} = value;\``);
  if (f.optional && s.fields.slice(f.index + 1).some((g) => !g.optional))
    checker.report(
      ast.pos,
      `${f.name}: only trailing fields can be @optional: every field after it must be optional too`,
    );
  if (f.optional && f.defaultValue) checker.report(ast.pos, `${f.name}: an @optional field takes no default`);
  if (f.condition && f.defaultValue)
    checker.report(ast.pos, `${f.name}: a field present only if a condition holds takes no default`);
  if (f.mark && f.bits) checker.report(ast.pos, `${f.name}: a bit field has no position of its own to mark`);

  // context parameters reach the structs that need them
  const children = structChildren(shape);
  for (const c of children) checkContextFlow(checker, s, ast, checker.model.struct(c.decl));
  checkWith(checker, s, ast, children);
}

/** The struct values a field holds directly (its type, its elements, its select's arms). */
function structChildren(shape: Shape): Extract<Shape, { k: 'struct' }>[] {
  switch (shape.k) {
    case 'struct':
      return [shape];
    case 'list':
      return structChildren(shape.elem);
    case 'alias':
      return structChildren(shape.inner);
    case 'framed':
      return structChildren(shape.inner);
    case 'select':
      return [
        ...shape.sel.arms.flatMap((a) => structChildren(a.shape)),
        ...(shape.sel.fallback ? structChildren(shape.sel.fallback) : []),
      ];
    default:
      return [];
  }
}

function checkRefs(
  checker: Checker,
  s: StructModel,
  f: FieldModel,
  e: Expr,
  what: string,
  bareCount: boolean,
): void {
  const earlier = s.fields.slice(0, f.index);
  for (const name of refsOf(e)) {
    const g = earlier.find((x) => x.name === name);
    if (g) {
      if (bareCount) continue;
      const b = base(g.shape);
      if (b.k !== 'int' && b.k !== 'enum' && b.k !== 'bool')
        checker.report(e.pos, `${f.name}: ${what} uses ${name}, which is not a number`);
      continue;
    }
    if (s.params.some((p) => p.name === name)) continue;
    const later = s.fields.some((x) => x.name === name);
    checker.report(
      e.pos,
      later
        ? `${f.name}: ${what} uses ${name}, which comes after it: a decoder reads fields in order`
        : `${f.name}: ${what} uses ${name}, which is no field or context parameter of ${s.name}${didYouMean(name, [...earlier.map((x) => x.name), ...s.params.map((p) => p.name)])}`,
    );
  }
}

function describeShape(s: Shape): string {
  switch (s.k) {
    case 'alias':
      return s.decl.name;
    case 'named':
      return s.decl.name;
    case 'struct':
      return s.decl.name;
    case 'enum':
      return s.decl.name;
    case 'variable':
      return s.prim.name;
    case 'int':
      return s.prim.name;
    default:
      return s.k;
  }
}

/**
 * A value that runs to the end of its input (an `opaque` variant, a struct ending in `[..]`) has
 * no end of its own: only the last field may hold one, and never an array element.
 */
function checkDelimited(checker: Checker, s: StructModel, f: FieldModel, last: boolean): void {
  const model = checker.model;
  const shape = f.shape;
  if (shape.k === 'select') {
    if (!shape.sel.framing && !last && openTail(model, shape))
      checker.report(
        f.ast.pos,
        `${f.name}: a variant of this select runs to the end of the input, so the select must be the last field of ${s.name} or carry a length <lo..hi>`,
      );
    return;
  }
  if (shape.k === 'list' && openTail(model, shape.elem))
    checker.report(
      f.ast.pos,
      `${f.name}: ${describeShape(shape.elem)} runs to the end of its input, so it cannot be an array element`,
    );
  else if ((shape.k === 'struct' || shape.k === 'alias') && !last && openTail(model, shape))
    checker.report(
      f.ast.pos,
      `${f.name}: ${describeShape(shape)} runs to the end of its input, so only the last field of ${s.name} may hold one`,
    );
}

function checkDefault(checker: Checker, s: StructModel, f: FieldModel): void {
  const v = f.defaultValue!;
  const b = base(f.shape);
  const at: Pos = v.pos;
  if (b.k === 'bytes' && b.len.k === 'fixed') {
    if (v.kind !== 'ident' && v.kind !== 'number')
      checker.report(at, `${f.name}: expected a constant of ${b.len.count} bytes`);
    return;
  }
  if (b.k === 'enum') {
    if (v.kind === 'ident' && !b.decl.members.some((m) => m.name === v.name))
      checker.report(
        at,
        `${v.name} is not a member of ${b.decl.name}${didYouMean(
          v.name,
          b.decl.members.map((m) => m.name),
        )}`,
      );
    else if (v.kind === 'number' && (v.value < 0n || v.value > b.decl.max))
      checker.report(at, `${f.name}: default ${v.value} is outside 0..${b.decl.max}`);
    else if (v.kind !== 'ident' && v.kind !== 'number')
      checker.report(at, `${f.name}: expected an enum member or a number`);
    return;
  }
  if (b.k === 'int') {
    if (v.kind !== 'number') checker.report(at, `${f.name}: expected a number`);
    else if (v.value < b.prim.min || v.value > b.prim.max)
      checker.report(at, `${f.name}: default ${v.value} does not fit ${b.prim.name}`);
    else if (
      f.range &&
      ((f.range.lo !== undefined && v.value < f.range.lo) ||
        (f.range.hi !== undefined && v.value > f.range.hi))
    )
      checker.report(at, `${f.name}: default ${v.value} is outside its range`);
    return;
  }
  if (b.k === 'bool') {
    if (v.kind !== 'bool') checker.report(at, `${f.name}: expected true or false`);
    return;
  }
  if (b.k === 'variable' && b.prim.method === 'sshUtf8') {
    if (v.kind !== 'string') checker.report(at, `${f.name}: expected a string`);
    return;
  }
  void s;
  checker.report(
    at,
    `${f.name}: only numbers, booleans, text, enum values and fixed-size bytes take a default`,
  );
}

export type { Field };
