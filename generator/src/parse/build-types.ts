// Builders for files, imports, enums, structs, messages, selects and named types.
import type {
  AliasDecl,
  Annotation,
  Decl,
  EnumDecl,
  EnumMember,
  Field,
  Import,
  Pos,
  Select,
  SelectCase,
  Shape,
  SpecFile,
  StructDecl,
  TypeRef,
  Value,
} from '../ast.js';
import {
  type D,
  docOf,
  fileName,
  firstToken,
  firstTokens,
  headerAnnotations,
  later,
  type Num,
  pos,
  SpecSyntaxError,
} from './build-common.js';
import type { Token } from './lexer.js';

// ---------------------------------------------------------------- file and import

export function file(d: D): SpecFile {
  const items: (Decl | Import)[] = d[0];
  const imports: Import[] = [];
  const decls: Decl[] = [];
  for (const it of items) {
    if ('kind' in it) decls.push(it, ...(it.kind === 'struct' ? armsOf(it) : []));
    else imports.push(it);
  }
  return { path: fileName(), imports, decls };
}

export function importDecl(d: D): Import {
  return { path: d[1].value, pos: pos(d[0]) };
}

// ---------------------------------------------------------------- enum

type EnumEntry = { member: EnumMember } | { max: Num };

export function enumMember(d: D): EnumEntry {
  const t: Token = d[0];
  const n: Num = d[2];
  const member: EnumMember = { name: t.value, value: n.value, pos: pos(t), doc: undefined };
  const close: Token = d[3];
  later(() => {
    member.doc = docOf(t, close.trailing);
  });
  return { member };
}

export function enumMax(d: D): EnumEntry {
  return { max: { value: (d[1] as Num).value, pos: pos(d[0]) } };
}

export function enumDecl(d: D): EnumDecl {
  const kw: Token = d[0];
  const entries: EnumEntry[] = d[2];
  const name: Token = d[4];
  const members: EnumMember[] = [];
  let max: Num | undefined;
  for (const e of entries) {
    if ('member' in e) members.push(e.member);
    else max = e.max;
  }
  const annotations = headerAnnotations(kw, d[1], name);
  return {
    kind: 'enum',
    name: name.value,
    pos: pos(name),
    doc: docOf(kw),
    annotations,
    members,
    max: max?.value ?? -1n,
    maxPos: max?.pos ?? pos(name),
    width: 1,
    closed: annotations.some((a) => a.name === 'closed'),
  };
}

// ---------------------------------------------------------------- struct, message, fields

export function typeRef(d: D): TypeRef {
  const ref: TypeRef = { kind: 'type', name: d[0].value, pos: pos(d[0]) };
  firstTokens.set(ref, d[0]);
  return ref;
}

export function shapeOne(): Shape {
  return { kind: 'one' };
}

export function shapeFixed(d: D): Shape {
  return { kind: 'fixed', bytes: (d[1] as Num).value, pos: pos(d[0]) };
}

export function shapeVector(d: D): Shape {
  return { kind: 'vector', lo: (d[1] as Num).value, hi: (d[3] as Num).value, pos: pos(d[0]) };
}

export function shapeCounted(d: D): Shape {
  return { kind: 'counted', countType: d[3], pos: pos(d[0]) };
}

/** `T x[len]`, or `[TLSPlaintext.length]` as the RFC writes it: the count is the earlier field `len`. */
export function shapeFieldCount(d: D): Shape {
  const ref: { name: string; pos: Pos } = d[1];
  return { kind: 'fieldCount', field: ref.name, pos: pos(d[0]) };
}

export function shapeRest(d: D): Shape {
  return { kind: 'rest', pos: pos(d[0]) };
}

const WITH = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(\S+)$/;

function fieldFrom(
  first: Token,
  last: Token,
  name: Token,
  type: TypeRef | Select,
  shape: Shape,
  def: Value | undefined,
): Field {
  const annotations = headerAnnotations(first);
  const withContext: Field['withContext'] = [];
  for (const a of annotations) {
    if (a.name !== 'with') continue;
    const m = WITH.exec(a.args);
    if (!m) throw new SpecSyntaxError(a.pos, `@with expects "name = value", got "${a.args}"`);
    const raw = m[2]!;
    const value: Value = /^(0x[0-9a-fA-F]+|[0-9]+)$/.test(raw)
      ? { kind: 'number', value: BigInt(raw), pos: a.pos }
      : { kind: 'ident', name: raw, pos: a.pos };
    withContext.push({ name: m[1]!, value, pos: a.pos });
  }
  const f: Field = {
    name: name.value,
    pos: pos(name),
    doc: undefined,
    annotations,
    type,
    shape,
    defaultValue: def,
    optional: annotations.some((a) => a.name === 'optional'),
    constant: annotations.some((a) => a.name === 'const'),
    withContext,
  };
  later(() => {
    f.doc = docOf(first, last.trailing);
  });
  return f;
}

export function field(d: D): Field {
  const type: TypeRef = d[0];
  const first = firstToken(d[0]);
  return fieldFrom(first, d[4], d[1], type, d[2], d[3]);
}

/** `byte[16] cookie;` — the SSH way of writing a fixed-size field. */
export function prefixFixedField(d: D): Field {
  const type: TypeRef = d[0];
  const shape: Shape = { kind: 'fixed', bytes: (d[2] as Num).value, pos: pos(d[1]) };
  return fieldFrom(firstToken(d[0]), d[5], d[4], type, shape, undefined);
}

export function selectField(d: D): Field {
  const sel: Select & { first: Token } = d[0];
  const { first, ...select } = sel;
  return fieldFrom(first, d[3], d[1], select, d[2], undefined);
}

export function select(d: D): Select & { first: Token } {
  const tag: { name: string; pos: Pos } = d[2];
  const items: (SelectCase | DefaultItem)[] = d[5];
  const cases: SelectCase[] = [];
  let defaultCase: TypeRef | undefined;
  let defaultInline: Select['defaultInline'];
  for (const it of items) {
    if ('default' in it) {
      defaultCase = it.default;
      defaultInline = it.inline;
    } else cases.push(it);
  }
  return {
    kind: 'select',
    tag: tag.name,
    tagPos: tag.pos,
    cases,
    defaultCase,
    ...(defaultInline ? { defaultInline } : {}),
    pos: pos(d[0]),
    first: d[0],
  };
}

export function selectCase(d: D): SelectCase {
  return { labels: d[1], type: d[3], pos: pos(d[0]), annotations: headerAnnotations(d[0]) };
}

/** `case client_hello: ProtocolVersion versions<2..254>;` — fields right in the arm. */
export function selectInlineCase(d: D): SelectCase {
  const fields: Field[] = d[3];
  return inlineCase(d, fields);
}

function inlineCase(d: D, fields: Field[]): SelectCase {
  const at = pos(d[0]);
  return {
    labels: d[1],
    type: { kind: 'type', name: '', pos: at },
    pos: at,
    inline: fields,
    annotations: headerAnnotations(d[0]),
  };
}

/** `case end_of_early_data: struct {};` */
export function selectInlineStruct(d: D): SelectCase {
  const fields: Field[] = d[5];
  return inlineCase(d, fields);
}

/** The RFC's unnamed `select (…) { … };`: the field is called `body`. */
export function anonymousSelectField(d: D): Field {
  const sel: Select & { first: Token } = d[0];
  const { first, ...select } = sel;
  const name = { ...first, value: 'body' } as Token;
  return fieldFrom(first, d[1], name, select, { kind: 'one' }, undefined);
}

export function aliasDecl(d: D): AliasDecl {
  const type: TypeRef = d[0];
  const first = firstToken(type);
  const name: Token = d[1];
  return {
    kind: 'alias',
    name: name.value,
    pos: pos(name),
    doc: docOf(first),
    annotations: headerAnnotations(first),
    type,
    shape: d[2],
  };
}

function pascalOf(v: Value): string {
  const text =
    v.kind === 'ident'
      ? v.name
      : v.kind === 'string'
        ? v.value
        : v.kind === 'number'
          ? `Case${v.value}`
          : v.kind === 'bool'
            ? String(v.value)
            : 'Case';
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/**
 * The structs made from a struct's inline select arms: `SupportedVersions` with an arm for
 * client_hello gets `SupportedVersionsClientHello`. They take the parent's context parameters.
 */
function armsOf(s: StructDecl): StructDecl[] {
  const out: StructDecl[] = [];
  const make = (
    name: string,
    fields: Field[],
    annotations: Annotation[],
    at: Pos,
    what: string,
  ): StructDecl => {
    const own = annotations.filter((a) => a.name === 'rfc' || a.name === 'ref');
    const arm: StructDecl = {
      kind: 'struct',
      name,
      pos: at,
      doc: `The ${what} arm of ${s.name}.`,
      annotations: own.length ? own : s.annotations.filter((a) => a.name === 'rfc' || a.name === 'ref'),
      messageNumber: undefined,
      params: s.params,
      fields,
      armOf: s.name,
    };
    out.push(arm, ...armsOf(arm));
    return arm;
  };
  const named = (annotations: Annotation[]) => annotations.find((a) => a.name === 'name')?.args;
  for (const f of s.fields) {
    if (f.type.kind !== 'select') continue;
    for (const c of f.type.cases) {
      if (!c.inline) continue;
      const name = named(c.annotations) ?? `${s.name}${c.labels.map(pascalOf).join('Or')}`;
      c.type = { kind: 'type', name, pos: c.pos };
      const what = c.labels.map((l) => (l.kind === 'ident' ? l.name : valueText(l))).join(' / ');
      make(name, c.inline, c.annotations, c.pos, `${what}`);
    }
    const d = f.type.defaultInline;
    if (d) {
      const name = named(d.annotations) ?? `${s.name}Default`;
      f.type.defaultCase = { kind: 'type', name, pos: d.pos };
      make(name, d.fields, d.annotations, d.pos, 'default');
    }
  }
  return out;
}

function valueText(v: Value): string {
  return v.kind === 'string' ? JSON.stringify(v.value) : v.kind === 'number' ? String(v.value) : v.kind;
}

type DefaultItem = { default: TypeRef; inline?: Select['defaultInline'] };

export function selectDefault(d: D): DefaultItem {
  return { default: d[2] };
}

function inlineDefault(d: D, fields: Field[]): DefaultItem {
  const at = pos(d[0]);
  return {
    default: { kind: 'type', name: '', pos: at },
    inline: { fields, annotations: headerAnnotations(d[0]), pos: at },
  };
}

/** `default: uint16 code;` — fields right in the default arm. */
export function selectInlineDefault(d: D): DefaultItem {
  return inlineDefault(d, d[2]);
}

/** `default: struct {};` — nothing follows for an unknown tag. */
export function selectInlineDefaultStruct(d: D): DefaultItem {
  return inlineDefault(d, d[4]);
}

function paramsOf(annotations: Annotation[]): StructDecl['params'] {
  const out: StructDecl['params'] = [];
  for (const a of annotations) {
    if (a.name !== 'param') continue;
    const m = /^(\S+)\s+([A-Za-z_][A-Za-z0-9_]*)$/.exec(a.args);
    if (!m) throw new SpecSyntaxError(a.pos, `@param expects "Type name", got "${a.args}"`);
    out.push({ type: { kind: 'type', name: m[1]!, pos: a.pos }, name: m[2]!, pos: a.pos });
  }
  return out;
}

export function structDecl(d: D): StructDecl {
  const kw: Token = d[0];
  const name: Token = d[4];
  const annotations = headerAnnotations(kw, d[1], name);
  return {
    kind: 'struct',
    name: name.value,
    pos: pos(name),
    doc: docOf(kw),
    annotations,
    messageNumber: undefined,
    params: paramsOf(annotations),
    fields: d[2],
  };
}

export function messageDecl(d: D): StructDecl {
  const kw: Token = d[0];
  const name: Token = d[1];
  const num: Num = d[3];
  const annotations = headerAnnotations(kw, name, d[2], d[4]);
  if (num.value < 0n || num.value > 255n)
    throw new SpecSyntaxError(num.pos, `message number ${num.value} does not fit in one byte`);
  return {
    kind: 'struct',
    name: name.value,
    pos: pos(name),
    doc: docOf(kw),
    annotations,
    messageNumber: Number(num.value),
    params: paramsOf(annotations),
    fields: d[5],
  };
}
