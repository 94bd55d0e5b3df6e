// Builders for files, imports, enums, constants, structs, messages, fields and named types.
// Selects and their inline arms are in build-select.ts.
import type {
  AliasDecl,
  Annotation,
  ConstDecl,
  Decl,
  EnumDecl,
  EnumMember,
  Expr,
  Field,
  Import,
  Pos,
  Select,
  Shape,
  SpecFile,
  StructDecl,
  TypeRef,
  Value,
  ValueRange,
} from '../ast.js';
import { armsOf } from './build-arms.js';
import {
  type D,
  docOf,
  headerAnnotations,
  type Num,
  type ParseContext,
  SpecSyntaxError,
} from './build-common.js';
import type { Token } from './lexer.js';

// ---------------------------------------------------------------- file and import

export function file(c: ParseContext, d: D): SpecFile {
  const items: (Decl | Import)[] = d[0];
  const imports: Import[] = [];
  const decls: Decl[] = [];
  for (const it of items) {
    if ('kind' in it) decls.push(it, ...(it.kind === 'struct' ? armsOf(it) : []));
    else imports.push(it);
  }
  return { path: c.file, imports, decls };
}

export function importDecl(c: ParseContext, d: D): Import {
  return { path: d[1].value, pos: c.pos(d[0]) };
}

// ---------------------------------------------------------------- enum

type EnumEntry = { member: EnumMember } | { max: Num };

function member(c: ParseContext, t: Token, value: bigint, last: bigint | undefined, close: Token): EnumEntry {
  const m: EnumMember = { name: t.value, value, last, pos: c.pos(t), doc: undefined };
  c.later(() => {
    m.doc = docOf(t, close.trailing);
  });
  return { member: m };
}

export function enumMember(c: ParseContext, d: D): EnumEntry {
  return member(c, d[0], (d[2] as Num).value, undefined, d[3]);
}

/** `deprecated(1..2)`: one name for a range of values (RFC 8422 section 5.1.2). */
export function enumRangeMember(c: ParseContext, d: D): EnumEntry {
  const lo: Num = d[2];
  const hi: Num = d[4];
  if (hi.value < lo.value) throw new SpecSyntaxError(hi.pos, `range ${lo.value}..${hi.value} is empty`);
  return member(c, d[0], lo.value, hi.value, d[5]);
}

export function enumMax(c: ParseContext, d: D): EnumEntry {
  return { max: { value: (d[1] as Num).value, pos: c.pos(d[0]) } };
}

export function enumDecl(c: ParseContext, d: D): EnumDecl {
  const kw: Token = d[0];
  const entries: EnumEntry[] = d[2];
  const name: Token = d[4];
  const members: EnumMember[] = [];
  let max: Num | undefined;
  for (const e of entries) {
    if ('member' in e) members.push(e.member);
    else max = e.max;
  }
  const annotations = headerAnnotations(c, kw, d[1], name);
  return {
    kind: 'enum',
    name: name.value,
    pos: c.pos(name),
    doc: docOf(kw),
    annotations,
    members,
    max: max?.value ?? -1n,
    maxPos: max?.pos ?? c.pos(name),
    closed: annotations.some((a) => a.name === 'closed'),
  };
}

// ---------------------------------------------------------------- shapes and types

export function typeRef(c: ParseContext, d: D): TypeRef {
  return c.started({ kind: 'type', name: d[0].value, pos: c.pos(d[0]) }, d[0]);
}

/** `string<TerminalModes>`: an SSH string (or an opaque vector) holding one value of a type. */
export function holdingTypeRef(c: ParseContext, d: D): TypeRef {
  const holds: TypeRef = { kind: 'type', name: d[2].value, pos: c.pos(d[2]) };
  return c.started({ kind: 'type', name: d[0].value, pos: c.pos(d[0]), holds }, d[0]);
}

export function shapeOne(_c: ParseContext, _d: D): Shape {
  return { kind: 'one' };
}

/** `[32]` is a size in bytes (RFC 8446 section 3.4); `[len]`, `[n - 1]` an element count. */
export function shapeBracket(c: ParseContext, d: D): Shape {
  const e: Expr = d[1];
  const at = c.pos(d[0]);
  const constant = constantValue(e);
  return constant === undefined
    ? { kind: 'count', expr: e, pos: at }
    : { kind: 'fixed', bytes: constant, pos: at };
}

/** The value of an expression without references, or undefined. */
function constantValue(e: Expr): bigint | undefined {
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'ref':
      return undefined;
    case 'unary': {
      const a = constantValue(e.arg);
      return a === undefined || e.op !== '-' ? undefined : -a;
    }
    case 'binary': {
      const a = constantValue(e.left);
      const b = constantValue(e.right);
      if (a === undefined || b === undefined) return undefined;
      if (e.op === '+') return a + b;
      if (e.op === '-') return a - b;
      if (e.op === '*') return a * b;
      if (e.op === '^' && b <= 4096n && b >= 0n) return a ** b;
      return undefined;
    }
  }
}

export function shapeVector(c: ParseContext, d: D): Shape {
  return { kind: 'vector', lo: (d[1] as Num).value, hi: (d[3] as Num).value, pos: c.pos(d[0]) };
}

export function shapeCounted(c: ParseContext, d: D): Shape {
  return { kind: 'counted', countType: d[3], pos: c.pos(d[0]) };
}

export function shapeRest(c: ParseContext, d: D): Shape {
  return { kind: 'rest', pos: c.pos(d[0]) };
}

/** `[until TTY_OP_END]`: elements up to a sentinel value (RFC 4254 section 8). */
export function shapeUntil(c: ParseContext, d: D): Shape {
  return { kind: 'until', sentinel: d[2], pos: c.pos(d[0]) };
}

/** `[trailing 0]`: the run of a value that ends the input (RFC 8446 section 5.2's zero padding). */
export function shapeTrailing(c: ParseContext, d: D): Shape {
  return { kind: 'trailing', fill: (d[2] as Num).value, pos: c.pos(d[0]) };
}

export function valueRange(c: ParseContext, d: D): ValueRange {
  const lo: Num | null = d[1];
  const hi: Num | null = d[3];
  if (!lo && !hi)
    throw new SpecSyntaxError(
      c.pos(d[0]),
      'a value range needs at least one end: (lo..), (..hi) or (lo..hi)',
    );
  if (lo && hi && hi.value < lo.value)
    throw new SpecSyntaxError(hi.pos, `range ${lo.value}..${hi.value} is empty`);
  return { lo: lo?.value, hi: hi?.value, pos: c.pos(d[0]) };
}

// ---------------------------------------------------------------- fields

type FieldValue = { kind: 'default'; value: Value } | { kind: 'sizeof'; from: string; to: string; pos: Pos };

/** What follows a field's name and shape (spec.ne `fieldTail`). */
export interface FieldTail {
  range: ValueRange | undefined;
  bits: Field['bits'];
  little: Field['little'];
  value: FieldValue | undefined;
  condition: Expr | undefined;
  /** The last token of the tail, for a doc comment on the same line. */
}

export function fieldTail(_c: ParseContext, d: D): FieldTail {
  return {
    range: d[0] ?? undefined,
    bits: d[1] ?? undefined,
    little: d[2] ?? undefined,
    value: d[3] ?? undefined,
    condition: d[4] ?? undefined,
  };
}

export function bitWidth(c: ParseContext, d: D): Field['bits'] {
  return { width: (d[1] as Num).value, pos: c.pos(d[0]) };
}

export function littleAlways(c: ParseContext, d: D): Field['little'] {
  return { when: undefined, pos: c.pos(d[0]) };
}

export function littleWhen(c: ParseContext, d: D): Field['little'] {
  return { when: d[3], pos: c.pos(d[0]) };
}

export function defaultValue(_c: ParseContext, d: D): FieldValue {
  return { kind: 'default', value: d[1] };
}

export function sizeOfOne(c: ParseContext, d: D): FieldValue {
  return { kind: 'sizeof', from: d[3].value, to: d[3].value, pos: c.pos(d[1]) };
}

export function sizeOfRange(c: ParseContext, d: D): FieldValue {
  return { kind: 'sizeof', from: d[3].value, to: d[5].value, pos: c.pos(d[1]) };
}

const WITH = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(\S+)$/;

function withContextOf(annotations: Annotation[]): Field['withContext'] {
  const out: Field['withContext'] = [];
  for (const a of annotations) {
    if (a.name !== 'with') continue;
    const m = WITH.exec(a.args);
    if (!m) throw new SpecSyntaxError(a.pos, `@with expects "name = value", got "${a.args}"`);
    const raw = m[2]!;
    const value: Value = /^(0x[0-9a-fA-F]+|[0-9]+)$/.test(raw)
      ? { kind: 'number', value: BigInt(raw), pos: a.pos }
      : { kind: 'ident', name: raw, pos: a.pos };
    out.push({ name: m[1]!, value, pos: a.pos });
  }
  return out;
}

export function makeField(
  c: ParseContext,
  first: Token,
  last: Token,
  name: Token,
  type: TypeRef | Select,
  shape: Shape,
  tail: FieldTail | undefined,
): Field {
  const annotations = headerAnnotations(c, first);
  const f: Field = {
    name: name.value,
    pos: c.pos(name),
    doc: undefined,
    annotations,
    type,
    shape,
    range: tail?.range,
    bits: tail?.bits,
    little: tail?.little,
    defaultValue: tail?.value?.kind === 'default' ? tail.value.value : undefined,
    sizeOf: tail?.value?.kind === 'sizeof' ? tail.value : undefined,
    condition: tail?.condition,
    optional: annotations.some((a) => a.name === 'optional'),
    constant: annotations.some((a) => a.name === 'const'),
    mark: annotations.some((a) => a.name === 'mark'),
    withContext: withContextOf(annotations),
  };
  c.later(() => {
    f.doc = docOf(first, last.trailing);
  });
  return f;
}

export function field(c: ParseContext, d: D): Field {
  const type: TypeRef = d[0];
  return makeField(c, c.firstToken(type), d[4], d[1], type, d[2], d[3]);
}

/** `byte[16] cookie;` — the SSH way of writing a fixed-size field. */
export function prefixFixedField(c: ParseContext, d: D): Field {
  const type: TypeRef = d[0];
  const shape: Shape = { kind: 'fixed', bytes: (d[2] as Num).value, pos: c.pos(d[1]) };
  return makeField(c, c.firstToken(type), d[6], d[4], type, shape, d[5]);
}

// ---------------------------------------------------------------- named types and constants

export function aliasDecl(c: ParseContext, d: D): AliasDecl {
  const type: TypeRef = d[0];
  const first = c.firstToken(type);
  const name: Token = d[1];
  return {
    kind: 'alias',
    name: name.value,
    pos: c.pos(name),
    doc: docOf(first),
    annotations: headerAnnotations(c, first),
    type,
    shape: d[2],
    range: d[3] ?? undefined,
  };
}

export function constDecl(c: ParseContext, d: D): ConstDecl {
  const kw: Token = d[0];
  const name: Token = d[2];
  return {
    kind: 'const',
    name: name.value,
    pos: c.pos(name),
    doc: docOf(kw),
    annotations: headerAnnotations(c, kw),
    type: d[1],
    shape: d[3],
    value: d[5],
  };
}

// ---------------------------------------------------------------- struct and message

export function paramsOf(annotations: Annotation[]): StructDecl['params'] {
  const out: StructDecl['params'] = [];
  for (const a of annotations) {
    if (a.name !== 'param') continue;
    const m = /^(\S+)\s+([A-Za-z_][A-Za-z0-9_]*)$/.exec(a.args);
    if (!m) throw new SpecSyntaxError(a.pos, `@param expects "Type name", got "${a.args}"`);
    out.push({ type: { kind: 'type', name: m[1]!, pos: a.pos }, name: m[2]!, pos: a.pos });
  }
  return out;
}

export function structDecl(c: ParseContext, d: D): StructDecl {
  const kw: Token = d[0];
  const name: Token = d[4];
  const annotations = headerAnnotations(c, kw, d[1], name);
  return {
    kind: 'struct',
    name: name.value,
    pos: c.pos(name),
    doc: docOf(kw),
    annotations,
    messageNumber: undefined,
    params: paramsOf(annotations),
    fields: d[2],
  };
}

export function messageDecl(c: ParseContext, d: D): StructDecl {
  const kw: Token = d[0];
  const name: Token = d[1];
  const num: Num = d[3];
  const annotations = headerAnnotations(c, kw, name, d[2], d[4]);
  if (num.value < 0n || num.value > 255n)
    throw new SpecSyntaxError(num.pos, `message number ${num.value} does not fit in one byte`);
  return {
    kind: 'struct',
    name: name.value,
    pos: c.pos(name),
    doc: docOf(kw),
    annotations,
    messageNumber: Number(num.value),
    params: paramsOf(annotations),
    fields: d[5],
  };
}
