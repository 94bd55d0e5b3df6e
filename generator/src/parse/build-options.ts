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
import { type D, docOf, headerAnnotations, type Num, pos, SpecSyntaxError } from './build-common.js';
import type { Token } from './lexer.js';

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
