// type / options -> the option types (input and resolved), the schema as data, the spec <-> TypeScript
// name maps and a validator. The validator is a typed wrapper over the wire runtime's schema
// interpreter (validateOptions), so the generated code stays data plus one call.
import type { Constraint, Decl, OptionDef, OptionsDecl, OptionType, TypeAliasDecl } from '../ast.js';
import { valueText } from '../check/check-options.js';
import { camelCase, docText, type EmitContext } from './context.js';
import {
  addText,
  array,
  assign,
  call,
  docBlock,
  type Expr,
  inline,
  jsDoc,
  object,
  print,
  propKey,
  tsString,
  union,
  valueLiteral,
} from './literals.js';

export function emitTypeAlias(ctx: EmitContext, decl: TypeAliasDecl): void {
  const type = assign(`export type ${decl.name} =`, typeExpr(ctx, decl.type));
  addText(ctx.file, `${docBlock(docText(decl))}${type}`);
  const desc = assign(
    `export const ${decl.name}Type: ${ctx.wire('OptionTypeDesc', true)} =`,
    descExpr(ctx, decl, decl.type),
  );
  addText(ctx.file, `${docBlock(`How {@link ${decl.name}} is checked at run time.`)}${desc}`);
}

export function emitOptions(ctx: EmitContext, decl: OptionsDecl): void {
  const groups = optionGroups(decl);
  const lower = decl.name.charAt(0).toLowerCase() + decl.name.slice(1);
  emitInputType(ctx, decl, groups);
  emitResolvedType(ctx, decl, groups);
  emitSchema(ctx, decl, `${lower}Schema`);
  emitNameMaps(ctx, decl, groups, lower);
  emitValidator(ctx, decl, groups, `${lower}Schema`);
  emitTests(ctx, decl, groups, lower);
}

/** The declarations of one option name (one common, or one per role), in spec order. */
type Group = { name: string; ts: string; defs: OptionDef[] };

function optionGroups(decl: OptionsDecl): Group[] {
  const groups = new Map<string, Group>();
  for (const o of decl.options) {
    const g = groups.get(o.name) ?? { name: o.name, ts: camelCase(o.name), defs: [] };
    g.defs.push(o);
    groups.set(o.name, g);
  }
  return [...groups.values()];
}

// ---------------------------------------------------------------- types

function emitInputType(ctx: EmitContext, decl: OptionsDecl, groups: Group[]): void {
  ctx.file.addInterface({
    isExported: true,
    name: decl.name,
    docs: jsDoc(docText(decl, `Validate with {@link validate${decl.name}}; every option is optional.`)),
    properties: groups.map((g) => ({
      name: propKey(g.ts),
      type: inline(groupType(ctx, g)),
      hasQuestionToken: true,
      docs: jsDoc(optionDoc(g)),
    })),
  });
}

function emitResolvedType(ctx: EmitContext, decl: OptionsDecl, groups: Group[]): void {
  ctx.file.addInterface({
    isExported: true,
    name: `${decl.name}Resolved`,
    docs: [
      `{@link ${decl.name}} after validation, with the role's defaults filled in. Options that have a default\nfor every role are always present.`,
    ],
    properties: groups.map((g) => ({
      name: propKey(g.ts),
      type: inline(groupType(ctx, g)),
      isReadonly: true,
      hasQuestionToken: !alwaysSet(g),
    })),
  });
}

/** True when a resolved value exists for both roles: a default for each. */
function alwaysSet(g: Group): boolean {
  const has = (role: 'client' | 'server') =>
    g.defs.some((d) => (d.role === role || d.role === 'common') && d.defaultValue !== undefined);
  return has('client') && has('server');
}

/**
 * The type of an option over its roles. Property types stay on one line: the formatter would indent
 * a broken union in an interface back to the property's own column.
 */
function groupType(ctx: EmitContext, g: Group): Expr {
  const parts = g.defs.map((d) => typeExpr(ctx, d.type));
  return parts.length === 1
    ? parts[0]!
    : union(parts.flatMap((p) => (typeof p !== 'string' && p.kind === 'union' ? p.parts : [inline(p)])));
}

function optionDoc(g: Group): string {
  const lines: string[] = [];
  const docLine = g.defs.find((d) => d.docLine)?.docLine;
  if (docLine) lines.push(sentence(docLine));
  const roles = new Set(g.defs.map((d) => d.role));
  if (roles.size === 1 && !roles.has('common'))
    lines.push(roles.has('client') ? 'Client only.' : 'Server only.');
  if (g.ts !== g.name) lines.push(`Spec name: \`${g.name}\`.`);
  const defaults = g.defs.filter((d) => d.defaultValue !== undefined);
  if (defaults.length) {
    const text = defaults.map((d) => `\`${specValue(d)}\`${d.role === 'common' ? '' : ` (${d.role})`}`);
    lines.push(`@defaultValue ${text.join(', ')}`);
  }
  const dep = g.defs.find((d) => d.deprecated)?.deprecated;
  if (dep) lines.push(`@deprecated ${dep}`);
  return lines.join('\n');
}

function sentence(s: string): string {
  const t = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function specValue(d: OptionDef): string {
  return d.defaultValue ? valueText(d.defaultValue) : '';
}

/** An option type in TypeScript: atoms are string literals, tuples readonly tuples, lists readonly arrays. */
function typeExpr(ctx: EmitContext, t: OptionType): Expr {
  switch (t.kind) {
    case 'bool':
      return 'boolean';
    case 'int':
      return 'number';
    case 'builtin':
      return BUILTIN_TS[t.name];
    case 'atom':
      return tsString(t.value);
    case 'number':
      return String(t.value);
    case 'tuple':
      return `readonly [${t.items.map((i) => inline(typeExpr(ctx, i))).join(', ')}]`;
    case 'list': {
      const of = inline(typeExpr(ctx, t.of));
      return /^readonly |[|(]/.test(of) ? `readonly (${of})[]` : `readonly ${of}[]`;
    }
    case 'union':
      return union(t.of.map((u) => inline(typeExpr(ctx, u))).map((p) => (p.includes('=>') ? `(${p})` : p)));
    case 'ref':
      return ctx.ref(aliasDecl(ctx, t.name), t.name, true);
  }
}

const BUILTIN_TS = {
  string: 'string',
  binary: 'Uint8Array',
  der: 'Uint8Array',
  ip: 'string | readonly number[]',
  fun: '(...args: never[]) => unknown',
  any: 'unknown',
} as const;

function aliasDecl(ctx: EmitContext, name: string): TypeAliasDecl {
  const found = ctx.program.lookup(ctx.module, name);
  if (found?.decl.kind !== 'type') throw new Error(`internal: ${name} is not a type declaration`);
  return found.decl;
}

// ---------------------------------------------------------------- schema as data

/** A type descriptor expression, built with the runtime's `opt` constructors. */
function descExpr(ctx: EmitContext, at: Decl, t: OptionType): Expr {
  const opt = ctx.wire('opt');
  switch (t.kind) {
    case 'bool':
      return `${opt}.bool`;
    case 'builtin':
      return `${opt}.${t.name}`;
    case 'int':
      if (t.lo === undefined && t.hi === undefined) return `${opt}.int()`;
      return call(`${opt}.int`, [String(t.lo ?? 'undefined'), ...(t.hi === undefined ? [] : [String(t.hi)])]);
    case 'atom':
    case 'number':
      return call(`${opt}.literal`, [literalOf(t)]);
    case 'tuple':
      return call(
        `${opt}.tuple`,
        t.items.map((i) => descExpr(ctx, at, i)),
      );
    case 'list':
      return call(`${opt}.list`, [descExpr(ctx, at, t.of)]);
    case 'union': {
      const literals = t.of.every((u) => u.kind === 'atom' || u.kind === 'number');
      if (literals) return call(`${opt}.oneOf`, t.of.map(literalOf));
      return call(
        `${opt}.union`,
        t.of.map((u) => descExpr(ctx, at, u)),
      );
    }
    case 'ref': {
      const alias = aliasDecl(ctx, t.name);
      // A const declared further down this file is not initialised yet: spell its descriptor out.
      if (declaredLater(ctx, alias, at)) return descExpr(ctx, alias, alias.type);
      return ctx.ref(alias, `${t.name}Type`);
    }
  }
}

function literalOf(t: OptionType): string {
  return t.kind === 'atom' ? tsString(t.value) : t.kind === 'number' ? String(t.value) : '';
}

function declaredLater(ctx: EmitContext, decl: Decl, at: Decl): boolean {
  const decls = ctx.module.file.decls;
  return ctx.program.moduleOf(decl) === ctx.module && decls.indexOf(decl) >= decls.indexOf(at);
}

function emitSchema(ctx: EmitContext, decl: OptionsDecl, name: string): void {
  const schema = object(
    [
      ['name', tsString(decl.name)],
      [
        'options',
        array(
          decl.options.map((o) => optionEntry(ctx, decl, o)),
          true,
        ),
      ],
      ['constraints', array(decl.constraints.map(constraintEntry), true)],
    ],
    true,
  );
  const doc = docBlock(
    `The {@link ${decl.name}} schema as data: one entry per option and role, then the constraints.`,
  );
  addText(ctx.file, `${doc}${assign(`export const ${name}: ${ctx.wire('OptionSchema', true)} =`, schema)}`);
}

function optionEntry(ctx: EmitContext, decl: OptionsDecl, o: OptionDef): Expr {
  const entry: [string, Expr][] = [
    ['spec', tsString(o.name)],
    ['ts', tsString(camelCase(o.name))],
    ['role', tsString(o.role)],
    ['type', descExpr(ctx, decl, o.type)],
  ];
  if (o.defaultValue) entry.push(['default', valueLiteral(o.defaultValue)]);
  if (o.docLine) entry.push(['doc', tsString(o.docLine)]);
  if (o.deprecated) entry.push(['deprecated', tsString(o.deprecated)]);
  return object(entry);
}

function constraintEntry(k: Constraint): Expr {
  if (k.kind === 'exclusive')
    return object([
      ['kind', "'exclusive'"],
      ['options', array(k.names.map(tsString))],
    ]);
  const entry: [string, Expr][] = [
    ['kind', "'requires'"],
    ['option', tsString(k.name)],
    ['other', tsString(k.condition.name)],
  ];
  if (k.condition.kind === 'compare')
    entry.push(['op', tsString(k.condition.op)], ['value', valueLiteral(k.condition.value)]);
  return object(entry);
}

// ---------------------------------------------------------------- names and validator

function emitNameMaps(ctx: EmitContext, decl: OptionsDecl, groups: Group[], lower: string): void {
  const map = (name: string, doc: string, pairs: [string, string][], check: string) => {
    const value = object(
      pairs.map(([k, v]) => [propKey(k), tsString(v)]),
      true,
    );
    addText(
      ctx.file,
      `${docBlock(doc)}${assign(`export const ${name} =`, value, ` as const satisfies ${check};`)}`,
    );
  };
  map(
    `${lower}SpecNames`,
    `The spec name (as in the Erlang docs and config files) of each {@link ${decl.name}} property.`,
    groups.map((g) => [g.ts, g.name]),
    `Record<keyof ${decl.name}, string>`,
  );
  map(
    `${lower}TsNames`,
    `The {@link ${decl.name}} property of each spec name.`,
    groups.map((g) => [g.name, g.ts]),
    `Record<string, keyof ${decl.name}>`,
  );
}

function emitValidator(ctx: EmitContext, decl: OptionsDecl, groups: Group[], schema: string): void {
  const example = groups.find((g) => g.ts !== g.name);
  const keys = example ? `, as in \`${example.ts}\` or \`${example.name}\`` : '';
  const resolved = `${decl.name}Resolved`;
  const doc = docBlock(
    `Check {@link ${decl.name}} for a client or a server. Returns the options with that role's defaults ` +
      'filled in, or every problem at once, each naming the option (`depth: expected an integer 0..255, got -1`). ' +
      `Keys may be camelCase or the spec's snake_case names${keys}. Deprecated options are accepted with a warning.`,
  );
  const params = ['input: unknown', `role: ${ctx.wire('OptionRole', true)}`];
  const head = print(call(`export function validate${decl.name}`, params), 0, 0, resolved.length + 20);
  const body = `  return ${ctx.wire('validateOptions')}<${resolved}>(${schema}, input, role);`;
  addText(ctx.file, `${doc}${head}: ${ctx.wire('OptionsResult', true)}<${resolved}> {\n${body}\n}`);
}

function emitTests(ctx: EmitContext, decl: OptionsDecl, groups: Group[], lower: string): void {
  const first = groups[0];
  if (!first) return;
  const taken = new Set(groups.flatMap((g) => [g.name, g.ts]));
  let misspelt = `${first.name}x`;
  while (taken.has(misspelt)) misspelt += 'x';
  ctx.testImport("import { checkOptionValue } from '@otpnet/wire';");
  ctx.tests.push(`describe('${decl.name}', () => {
  it('accepts no options for either role', () => {
    for (const role of ['client', 'server'] as const) expect(M.validate${decl.name}({}, role).ok).toBe(true);
  });

  it('has defaults that pass their own type', () => {
    for (const o of M.${lower}Schema.options) {
      if (o.default !== undefined) expect(checkOptionValue(o.type, o.default, o.spec)).toBeUndefined();
    }
  });

  it('maps spec names and TypeScript names both ways', () => {
    const tsNames: Record<string, string> = M.${lower}TsNames;
    for (const [ts, spec] of Object.entries(M.${lower}SpecNames)) expect(tsNames[spec]).toBe(ts);
  });

  it('rejects an unknown option by name', () => {
    const result = M.validate${decl.name}({ ${propKey(misspelt)}: 1 }, 'client');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^${misspelt}: unknown option/);
  });
});
`);
}
