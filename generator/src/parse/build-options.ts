// Builders for option schemas and option types.
import type {
  Condition,
  Constraint,
  OptionDef,
  OptionsDecl,
  OptionType,
  Role,
  TypeAliasDecl,
} from '../ast.js';
import {
  type D,
  docOf,
  headerAnnotations,
  type Num,
  type ParseContext,
  SpecSyntaxError,
} from './build-common.js';
import type { Token } from './lexer.js';

// ---------------------------------------------------------------- options

const BUILTIN_WORDS = new Set(['string', 'binary', 'der', 'ip', 'fun', 'any']);

export function optWord(c: ParseContext, d: D): OptionType {
  const t: Token = d[0];
  const p = c.pos(t);
  if (t.value === 'bool') return { kind: 'bool', pos: p };
  if (t.value === 'int') return { kind: 'int', lo: undefined, hi: undefined, pos: p };
  if (BUILTIN_WORDS.has(t.value)) return { kind: 'builtin', name: t.value as 'string', pos: p };
  // A capitalised word names a `type` declaration; anything else is an atom literal.
  if (/^[A-Z]/.test(t.value)) return { kind: 'ref', name: t.value, pos: p };
  return { kind: 'atom', value: t.value, pos: p };
}

export function optRange(c: ParseContext, d: D): OptionType {
  const t: Token = d[0];
  if (t.value !== 'int')
    throw new SpecSyntaxError(c.pos(t), `only int takes a range, as in int(0..255); got ${t.value}(…)`);
  const lo: Num | null = d[2];
  const hi: Num | null = d[4];
  return { kind: 'int', lo: lo?.value, hi: hi?.value, pos: c.pos(t) };
}

export function optString(c: ParseContext, d: D): OptionType {
  return { kind: 'atom', value: d[0].value, pos: c.pos(d[0]) };
}

export function optNumber(_c: ParseContext, d: D): OptionType {
  const n: Num = d[0];
  return { kind: 'number', value: n.value, pos: n.pos };
}

export function optNegNumber(c: ParseContext, d: D): OptionType {
  const n: Num = d[1];
  return { kind: 'number', value: -n.value, pos: c.pos(d[0]) };
}

export function optTuple(c: ParseContext, d: D): OptionType {
  return { kind: 'tuple', items: [d[1], ...d[2].map((x: D) => x[1])], pos: c.pos(d[0]) };
}

export function optList(_c: ParseContext, d: D): OptionType {
  const of: OptionType = d[0];
  return { kind: 'list', of, pos: of.pos };
}

export function optUnion(_c: ParseContext, d: D): OptionType {
  const of: OptionType[] = [d[0], ...d[1].map((x: D) => x[1])];
  return of.length === 1 ? of[0]! : { kind: 'union', of, pos: of[0]!.pos };
}

export function typeDecl(c: ParseContext, d: D): TypeAliasDecl {
  const kw: Token = d[0];
  const name: Token = d[1];
  return {
    kind: 'type',
    name: name.value,
    pos: c.pos(name),
    doc: docOf(kw),
    annotations: headerAnnotations(c, kw),
    type: d[3],
  };
}

export function option(c: ParseContext, d: D): OptionDef {
  const roleTok: Token | null = d[0];
  const name: Token = d[1];
  const first = roleTok ?? name;
  const annotations = headerAnnotations(c, first);
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
    pos: c.pos(name),
  };
}

export function exclusive(c: ParseContext, d: D): Constraint {
  const names: Token[] = d[2];
  return { kind: 'exclusive', names: names.map((t) => t.value), pos: c.pos(d[0]) };
}

export function requires(c: ParseContext, d: D): Constraint {
  return { kind: 'requires', name: d[2].value, condition: d[4], pos: c.pos(d[0]) };
}

export function conditionPresent(c: ParseContext, d: D): Condition {
  return { kind: 'present', name: d[0].value, pos: c.pos(d[0]) };
}

export function conditionCompare(c: ParseContext, d: D): Condition {
  return { kind: 'compare', name: d[0].value, op: d[1].value, value: d[2], pos: c.pos(d[0]) };
}

export function optionsDecl(c: ParseContext, d: D): OptionsDecl {
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
    pos: c.pos(name),
    doc: docOf(kw),
    annotations: headerAnnotations(c, kw, name, d[2]),
    options,
    constraints,
  };
}
