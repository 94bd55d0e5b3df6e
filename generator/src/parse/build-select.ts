// Builders for selects: tagged (`select (msg_type) { … }`), by text prefix (`select prefix { … }`),
// their case labels and guards, and inline arms (fields written right in a case, as RFC 8446 does).
import type { Annotation, Field, Label, Pos, Select, SelectCase, TypeRef } from '../ast.js';
import { type D, headerAnnotations, type Num, type ParseContext, SpecSyntaxError } from './build-common.js';
import { makeField } from './build-types.js';
import type { Token } from './lexer.js';

type SelectItem = SelectCase | DefaultItem;
type DefaultItem = { default: TypeRef; inline?: Select['defaultInline'] };
type Started = Select & { first: Token };

function selectOf(
  c: ParseContext,
  kw: Token,
  tag: { name: string; pos: Pos } | undefined,
  items: SelectItem[],
): Started {
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
    tag: tag?.name,
    tagPos: tag?.pos ?? c.pos(kw),
    cases,
    defaultCase,
    ...(defaultInline ? { defaultInline } : {}),
    pos: c.pos(kw),
    first: kw,
  };
}

export function select(c: ParseContext, d: D): Started {
  return selectOf(c, d[0], d[2], d[5]);
}

/** `select prefix { case "named:": … }`: the arm whose label starts the text that follows. */
export function selectPrefix(c: ParseContext, d: D): Started {
  return selectOf(c, d[0], undefined, d[3]);
}

export function rangeLabel(c: ParseContext, d: D): Label {
  const lo: Num = d[0];
  const hi: Num = d[2];
  if (hi.value < lo.value) throw new SpecSyntaxError(hi.pos, `range ${lo.value}..${hi.value} is empty`);
  return { kind: 'range', lo: lo.value, hi: hi.value, pos: lo.pos ?? c.pos(d[1]) };
}

export function guard(c: ParseContext, d: D): SelectCase['guard'] {
  return { field: d[1].value, value: d[3], pos: c.pos(d[0]) };
}

export function selectCase(c: ParseContext, d: D): SelectCase {
  return {
    labels: d[1],
    guard: d[2] ?? undefined,
    type: d[4],
    pos: c.pos(d[0]),
    annotations: headerAnnotations(c, d[0]),
  };
}

function inlineCase(c: ParseContext, d: D, fields: Field[]): SelectCase {
  const at = c.pos(d[0]);
  return {
    labels: d[1],
    guard: d[2] ?? undefined,
    type: { kind: 'type', name: '', pos: at },
    pos: at,
    inline: fields,
    annotations: headerAnnotations(c, d[0]),
  };
}

/** `case client_hello: ProtocolVersion versions<2..254>;` — fields right in the arm. */
export function selectInlineCase(c: ParseContext, d: D): SelectCase {
  return inlineCase(c, d, d[4]);
}

/** `case end_of_early_data: struct {};` */
export function selectInlineStruct(c: ParseContext, d: D): SelectCase {
  return inlineCase(c, d, d[6]);
}

export function selectDefault(_c: ParseContext, d: D): DefaultItem {
  return { default: d[2] };
}

function inlineDefault(c: ParseContext, d: D, fields: Field[]): DefaultItem {
  const at = c.pos(d[0]);
  const annotations: Annotation[] = headerAnnotations(c, d[0]);
  return { default: { kind: 'type', name: '', pos: at }, inline: { fields, annotations, pos: at } };
}

/** `default: uint16 code;` — fields right in the default arm. */
export function selectInlineDefault(c: ParseContext, d: D): DefaultItem {
  return inlineDefault(c, d, d[2]);
}

/** `default: struct {};` — nothing follows for an unknown tag. */
export function selectInlineDefaultStruct(c: ParseContext, d: D): DefaultItem {
  return inlineDefault(c, d, d[4]);
}

export function selectField(c: ParseContext, d: D): Field {
  const { first, ...sel } = d[0] as Started;
  return makeField(c, first, d[3], d[1], sel, d[2], undefined);
}

/** The RFC's unnamed `select (…) { … };`: the field is called `body`. */
export function anonymousSelectField(c: ParseContext, d: D): Field {
  const { first, ...sel } = d[0] as Started;
  const name = { ...first, value: 'body' } as Token;
  return makeField(c, first, d[1], name, sel, { kind: 'one' }, undefined);
}
