// Builders called by the grammar's postprocessors: they turn nearley matches (arrays of tokens and
// sub-results) into AST nodes with positions, docs and annotations.
import type {
  AliasDecl,
  Annotation,
  Column,
  ColumnType,
  Condition,
  Constraint,
  Decl,
  EnumDecl,
  EnumMember,
  Field,
  Import,
  MachineDecl,
  MachineRow,
  OptionDef,
  OptionsDecl,
  OptionType,
  Pos,
  Role,
  Select,
  SelectCase,
  Shape,
  SpecFile,
  StructDecl,
  TableDecl,
  TableRow,
  TypeAliasDecl,
  TypeRef,
  Value,
} from '../ast.js';
import type { Comment, Token } from './lexer.js';

// Postprocessors get untyped match arrays from nearley; each builder knows its rule's shape.
// biome-ignore lint/suspicious/noExplicitAny: nearley match arrays are heterogeneous by nature
type D = any[];

let currentFile = '';
// Trailing comments reach a token only after the parser has moved past it, so docs that use them
// are filled in once the whole file is parsed.
let deferred: (() => void)[] = [];

/** Set the file whose positions the builders record; the parser calls this before feeding. */
export function setFile(file: string): void {
  currentFile = file;
  deferred = [];
}

/** Fill in what had to wait for the end of the file (docs from trailing comments). */
export function finishFile(): void {
  for (const f of deferred) f();
  deferred = [];
}

function pos(t: Token): Pos {
  return { file: currentFile, line: t.line, col: t.col };
}

/** A constant expression's value and where it starts. */
interface Num {
  value: bigint;
  pos: Pos;
}

function annotationsOf(comments: Comment[]): Annotation[] {
  return comments
    .filter((c) => c.annotation)
    .map((c) => {
      const m = /^(\S+)\s*([\s\S]*)$/.exec(c.text);
      return {
        name: m?.[1] ?? '',
        args: (m?.[2] ?? '').trim(),
        pos: { file: currentFile, line: c.line, col: c.col },
      };
    });
}

/** The plain comments of the block that ends right above `t` (a blank line ends a block). */
function docOf(t: Token, extra: Comment[] = []): string | undefined {
  const block: Comment[] = [];
  let line = t.line;
  for (let i = t.leading.length - 1; i >= 0; i--) {
    const c = t.leading[i]!;
    if (c.endLine < line - 1) break; // a blank line separates this comment from the item
    if (!c.annotation) block.unshift(c);
    line = c.line;
  }
  const all = [...block, ...extra.filter((c) => !c.annotation)];
  if (all.length === 0) return undefined;
  return all
    .map((c) =>
      c.text
        .split('\n')
        .map((l) => l.replace(/^\s*\*\s?/, '').trim())
        .join('\n'),
    )
    .join('\n')
    .trim();
}

function headerAnnotations(...tokens: (Token | undefined)[]): Annotation[] {
  const out: Annotation[] = [];
  for (const t of tokens) if (t) out.push(...annotationsOf([...t.leading, ...t.trailing]));
  return out;
}

// ---------------------------------------------------------------- generic helpers

export function commaList(d: D): unknown[] {
  return [d[0], ...d[1].map((x: D) => x[1])];
}

export function tokenList(d: D): Token[] {
  return [d[0], ...d[1].map((x: D) => x[1])];
}

export function dotted(d: D): { name: string; pos: Pos } {
  const toks = tokenList(d);
  const last = toks[toks.length - 1]!;
  return { name: last.value, pos: pos(d[0]) };
}

// ---------------------------------------------------------------- expressions

export function numberLit(d: D): Num {
  const t: Token = d[0];
  return { value: BigInt(t.value), pos: pos(t) };
}

export function binary(d: D): Num {
  const a: Num = d[0];
  const op: string = d[1].value;
  const b: Num = d[2];
  let value: bigint;
  if (op === '+') value = a.value + b.value;
  else if (op === '-') value = a.value - b.value;
  else if (op === '*') value = a.value * b.value;
  else value = b.value > 4096n ? 0n : a.value ** b.value;
  return { value, pos: a.pos };
}

export function negate(d: D): Num {
  const e: Num = d[1];
  return { value: -e.value, pos: pos(d[0]) };
}

// ---------------------------------------------------------------- values

export function identValue(d: D): Value {
  const t: Token = d[0];
  if (t.value === 'true' || t.value === 'false')
    return { kind: 'bool', value: t.value === 'true', pos: pos(t) };
  return { kind: 'ident', name: t.value, pos: pos(t) };
}

export function stringValue(d: D): Value {
  return { kind: 'string', value: d[0].value, pos: pos(d[0]) };
}

export function numberValue(d: D): Value {
  const n: Num = d[0];
  return { kind: 'number', value: n.value, pos: n.pos };
}

export function absentValue(d: D): Value {
  return { kind: 'absent', pos: pos(d[0]) };
}

export function emptyList(d: D): Value {
  return { kind: 'list', items: [], pos: pos(d[0]) };
}

export function listValue(d: D): Value {
  return { kind: 'list', items: [d[1], ...d[2].map((x: D) => x[1])], pos: pos(d[0]) };
}

export function tupleValue(d: D): Value {
  return { kind: 'tuple', items: [d[1], ...d[2].map((x: D) => x[1])], pos: pos(d[0]) };
}

// ---------------------------------------------------------------- file and import

export function file(d: D): SpecFile {
  const items: (Decl | Import)[] = d[0];
  const imports: Import[] = [];
  const decls: Decl[] = [];
  for (const it of items) {
    if ('kind' in it) decls.push(it, ...(it.kind === 'struct' ? armsOf(it) : []));
    else imports.push(it);
  }
  return { path: currentFile, imports, decls };
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
  deferred.push(() => {
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
  deferred.push(() => {
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

// The first token of a sub-result, for its leading comments. Builders stash it where needed.
const firstTokens = new WeakMap<object, Token>();
function firstToken(node: object): Token {
  const t = firstTokens.get(node);
  if (!t) throw new Error('internal: no first token recorded');
  return t;
}

export function select(d: D): Select & { first: Token } {
  const tag: { name: string; pos: Pos } = d[2];
  const items: (SelectCase | { default: TypeRef })[] = d[5];
  const cases: SelectCase[] = [];
  let defaultCase: TypeRef | undefined;
  for (const it of items) {
    if ('default' in it) defaultCase = it.default;
    else cases.push(it);
  }
  return { kind: 'select', tag: tag.name, tagPos: tag.pos, cases, defaultCase, pos: pos(d[0]), first: d[0] };
}

export function selectCase(d: D): SelectCase {
  return { labels: d[1], type: d[3], pos: pos(d[0]) };
}

/** `case client_hello: ProtocolVersion versions<2..254>;` — fields right in the arm. */
export function selectInlineCase(d: D): SelectCase {
  const fields: Field[] = d[3];
  return { labels: d[1], type: { kind: 'type', name: '', pos: pos(d[0]) }, pos: pos(d[0]), inline: fields };
}

/** `case end_of_early_data: struct {};` */
export function selectInlineStruct(d: D): SelectCase {
  const fields: Field[] = d[5];
  return { labels: d[1], type: { kind: 'type', name: '', pos: pos(d[0]) }, pos: pos(d[0]), inline: fields };
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
  for (const f of s.fields) {
    if (f.type.kind !== 'select') continue;
    for (const c of f.type.cases) {
      if (!c.inline) continue;
      const name = `${s.name}${c.labels.map(pascalOf).join('Or')}`;
      c.type = { kind: 'type', name, pos: c.pos };
      const arm: StructDecl = {
        kind: 'struct',
        name,
        pos: c.pos,
        doc: `The ${c.labels.map((l) => (l.kind === 'ident' ? l.name : valueText(l))).join(' / ')} arm of ${s.name}.${f.name}.`,
        annotations: s.annotations.filter((a) => a.name === 'rfc' || a.name === 'ref'),
        messageNumber: undefined,
        params: s.params,
        fields: c.inline,
        armOf: s.name,
      };
      out.push(arm, ...armsOf(arm));
    }
  }
  return out;
}

function valueText(v: Value): string {
  return v.kind === 'string' ? JSON.stringify(v.value) : v.kind === 'number' ? String(v.value) : v.kind;
}

export function selectDefault(d: D): { default: TypeRef } {
  return { default: d[2] };
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

// ---------------------------------------------------------------- table

export function columnScalar(d: D): ColumnType {
  return { kind: 'scalar', name: d[0].value, pos: pos(d[0]) };
}

export function columnList(d: D): ColumnType {
  const of: ColumnType = d[0];
  return { kind: 'list', of, pos: of.pos };
}

export function column(d: D): Column {
  return { name: d[0].value, type: d[2], optional: d[3] !== null, key: d[4] !== null, pos: pos(d[0]) };
}

export function row(d: D): TableRow {
  const values: Value[] = [d[0], ...d[1].map((x: D) => x[1])];
  return { values, pos: values[0]!.pos };
}

export function tableDecl(d: D): TableDecl {
  const kw: Token = d[0];
  const name: Token = d[1];
  return {
    kind: 'table',
    name: name.value,
    pos: pos(name),
    doc: docOf(kw),
    annotations: headerAnnotations(kw, name, d[2]),
    columns: d[3],
    rows: d[4],
  };
}

// ---------------------------------------------------------------- options

const BUILTIN_WORDS = new Set(['string', 'binary', 'der', 'ip', 'fun', 'any']);

export function optWord(d: D): OptionType {
  const t: Token = d[0];
  const p = pos(t);
  if (t.value === 'bool') return { kind: 'bool', pos: p };
  if (t.value === 'int') return { kind: 'int', lo: undefined, hi: undefined, pos: p };
  if (BUILTIN_WORDS.has(t.value)) return { kind: 'builtin', name: t.value as 'string', pos: p };
  // A capitalised word names a `type` declaration; anything else is an atom literal.
  if (/^[A-Z]/.test(t.value)) return { kind: 'ref', name: t.value, pos: p };
  return { kind: 'atom', value: t.value, pos: p };
}

export function optRange(d: D): OptionType {
  const t: Token = d[0];
  if (t.value !== 'int')
    throw new SpecSyntaxError(pos(t), `only int takes a range, as in int(0..255); got ${t.value}(…)`);
  const lo: Num | null = d[2];
  const hi: Num | null = d[4];
  return { kind: 'int', lo: lo?.value, hi: hi?.value, pos: pos(t) };
}

export function optString(d: D): OptionType {
  return { kind: 'atom', value: d[0].value, pos: pos(d[0]) };
}

export function optNumber(d: D): OptionType {
  const n: Num = d[0];
  return { kind: 'number', value: n.value, pos: n.pos };
}

export function optNegNumber(d: D): OptionType {
  const n: Num = d[1];
  return { kind: 'number', value: -n.value, pos: pos(d[0]) };
}

export function optTuple(d: D): OptionType {
  return { kind: 'tuple', items: [d[1], ...d[2].map((x: D) => x[1])], pos: pos(d[0]) };
}

export function optList(d: D): OptionType {
  const of: OptionType = d[0];
  return { kind: 'list', of, pos: of.pos };
}

export function optUnion(d: D): OptionType {
  const of: OptionType[] = [d[0], ...d[1].map((x: D) => x[1])];
  return of.length === 1 ? of[0]! : { kind: 'union', of, pos: of[0]!.pos };
}

export function typeDecl(d: D): TypeAliasDecl {
  const kw: Token = d[0];
  const name: Token = d[1];
  return {
    kind: 'type',
    name: name.value,
    pos: pos(name),
    doc: docOf(kw),
    annotations: headerAnnotations(kw),
    type: d[3],
  };
}

export function option(d: D): OptionDef {
  const roleTok: Token | null = d[0];
  const name: Token = d[1];
  const first = roleTok ?? name;
  const annotations = headerAnnotations(first);
  const dep = annotations.find((a) => a.name === 'deprecated');
  const docTok: Token | null = d[5];
  return {
    name: name.value,
    role: (roleTok?.value ?? 'common') as Role,
    type: d[3],
    defaultValue: d[4],
    docLine: docTok?.value,
    deprecated: dep ? dep.args.replace(/^"|"$/g, '') || 'deprecated' : undefined,
    annotations,
    pos: pos(name),
  };
}

export function exclusive(d: D): Constraint {
  const names: Token[] = d[2];
  return { kind: 'exclusive', names: names.map((t) => t.value), pos: pos(d[0]) };
}

export function requires(d: D): Constraint {
  return { kind: 'requires', name: d[2].value, condition: d[4], pos: pos(d[0]) };
}

export function conditionPresent(d: D): Condition {
  return { kind: 'present', name: d[0].value, pos: pos(d[0]) };
}

export function conditionCompare(d: D): Condition {
  return { kind: 'compare', name: d[0].value, op: d[1].value, value: d[2], pos: pos(d[0]) };
}

export function optionsDecl(d: D): OptionsDecl {
  const kw: Token = d[0];
  const name: Token = d[1];
  const items: (OptionDef | Constraint)[] = d[3];
  const options: OptionDef[] = [];
  const constraints: Constraint[] = [];
  for (const it of items) {
    if ('kind' in it) constraints.push(it);
    else options.push(it);
  }
  return {
    kind: 'options',
    name: name.value,
    pos: pos(name),
    doc: docOf(kw),
    annotations: headerAnnotations(kw, name, d[2]),
    options,
    constraints,
  };
}

// ---------------------------------------------------------------- machine

type MachineItem = { messages: Token[] } | { initial: Token } | { finals: Token[] } | { row: MachineRow };

export function machineMessages(d: D): MachineItem {
  return { messages: d[2] };
}

export function machineInitial(d: D): MachineItem {
  return { initial: d[1] };
}

export function machineFinal(d: D): MachineItem {
  return { finals: d[1] };
}

export function machineRow(d: D): MachineItem {
  const state: Token = d[0];
  const msg: Token = d[2];
  const next: Token[] = d[4];
  return {
    row: {
      state: state.value,
      direction: d[1].value,
      message: msg.value,
      next: next.map((t) => t.value),
      handler: d[5].value,
      pos: pos(state),
      messagePos: pos(msg),
    },
  };
}

export function machineDecl(d: D): MachineDecl {
  const kw: Token = d[0];
  const name: Token = d[1];
  const items: MachineItem[] = d[4];
  const m: MachineDecl = {
    kind: 'machine',
    name: name.value,
    pos: pos(name),
    doc: docOf(kw),
    annotations: headerAnnotations(kw, name, d[3]),
    messageEnum: d[2],
    extraMessages: [],
    initial: undefined,
    finals: [],
    rows: [],
  };
  for (const it of items) {
    if ('messages' in it) m.extraMessages.push(...it.messages.map((t) => ({ name: t.value, pos: pos(t) })));
    else if ('initial' in it) m.initial = { name: it.initial.value, pos: pos(it.initial) };
    else if ('finals' in it) m.finals.push(...it.finals.map((t) => ({ name: t.value, pos: pos(t) })));
    else m.rows.push(it.row);
  }
  return m;
}

// ---------------------------------------------------------------- errors

/** A problem in a spec file, reported as `file:line:col: message`. */
export class SpecSyntaxError extends Error {
  constructor(
    readonly pos: Pos,
    readonly detail: string,
  ) {
    super(`${pos.file}:${pos.line}:${pos.col}: ${detail}`);
    this.name = 'SpecError';
  }
}
