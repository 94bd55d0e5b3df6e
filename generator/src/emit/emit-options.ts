// type / options -> the option types (input and resolved), the schema as data, the spec <-> TypeScript
// name maps and a validator. The validator is a typed wrapper over the wire runtime's schema
// interpreter (validateOptions), so the generated code stays data plus one call.
import { VariableDeclarationKind } from 'ts-morph';
import type { Constraint, Decl, OptionDef, OptionsDecl, OptionType, TypeAliasDecl } from '../ast.js';
import { valueText } from '../check/check-options.js';
import { camelCase, docText, type EmitContext } from './context.js';
import { jsDoc, propKey, tsString, valueLiteral } from './literals.js';

export function emitTypeAlias(ctx: EmitContext, decl: TypeAliasDecl): void {
  ctx.file.addTypeAlias({ isExported: true, name: decl.name, docs: jsDoc(docText(decl)), type: tsType(ctx, decl, decl.type) });
  ctx.file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`How {@link ${decl.name}} is checked at run time.`],
    declarations: [{ name: `${decl.name}Type`, type: ctx.wire('OptionTypeDesc', true), initializer: descExpr(ctx, decl, decl.type) }],
  });
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
      type: groupType(ctx, decl, g),
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
      type: groupType(ctx, decl, g),
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

function groupType(ctx: EmitContext, at: Decl, g: Group): string {
  return unionText(g.defs.map((d) => tsType(ctx, at, d.type)));
}

function optionDoc(g: Group): string {
  const lines: string[] = [];
  const docLine = g.defs.find((d) => d.docLine)?.docLine;
  if (docLine) lines.push(sentence(docLine));
  const roles = new Set(g.defs.map((d) => d.role));
  if (roles.size === 1 && !roles.has('common')) lines.push(roles.has('client') ? 'Client only.' : 'Server only.');
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
function tsType(ctx: EmitContext, at: Decl, t: OptionType): string {
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
      return `readonly [${t.items.map((i) => tsType(ctx, at, i)).join(', ')}]`;
    case 'list': {
      const of = tsType(ctx, at, t.of);
      return /[|(]/.test(of) ? `readonly (${of})[]` : `readonly ${of}[]`;
    }
    case 'union':
      return unionText(t.of.map((u) => tsType(ctx, at, u)));
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

function unionText(parts: string[]): string {
  const unique = [...new Set(parts)];
  return unique.map((p) => (unique.length > 1 && p.includes('=>') ? `(${p})` : p)).join(' | ');
}

function aliasDecl(ctx: EmitContext, name: string): TypeAliasDecl {
  const found = ctx.program.lookup(ctx.module, name);
  if (found?.decl.kind !== 'type') throw new Error(`internal: ${name} is not a type declaration`);
  return found.decl;
}

// ---------------------------------------------------------------- schema as data

/** A type descriptor expression, built with the runtime's `opt` constructors. */
function descExpr(ctx: EmitContext, at: Decl, t: OptionType): string {
  const opt = ctx.wire('opt');
  switch (t.kind) {
    case 'bool':
      return `${opt}.bool`;
    case 'builtin':
      return `${opt}.${t.name}`;
    case 'int':
      if (t.lo === undefined && t.hi === undefined) return `${opt}.int()`;
      return `${opt}.int(${t.lo ?? 'undefined'}${t.hi === undefined ? '' : `, ${t.hi}`})`;
    case 'atom':
    case 'number':
      return `${opt}.literal(${literalOf(t)})`;
    case 'tuple':
      return `${opt}.tuple(${t.items.map((i) => descExpr(ctx, at, i)).join(', ')})`;
    case 'list':
      return `${opt}.list(${descExpr(ctx, at, t.of)})`;
    case 'union': {
      const literals = t.of.every((u) => u.kind === 'atom' || u.kind === 'number');
      if (literals) return `${opt}.oneOf(${t.of.map((u) => literalOf(u)).join(', ')})`;
      return `${opt}.union(${t.of.map((u) => descExpr(ctx, at, u)).join(', ')})`;
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
  ctx.file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`The {@link ${decl.name}} schema as data: one entry per option and role, then the constraints.`],
    declarations: [
      {
        name,
        type: ctx.wire('OptionSchema', true),
        initializer: (w) => {
          w.write('{').newLine();
          w.indent(() => {
            w.writeLine(`name: ${tsString(decl.name)},`);
            w.writeLine('options: [');
            w.indent(() => {
              for (const o of decl.options) w.writeLine(`${objectText(optionEntry(ctx, decl, o))},`);
            });
            w.writeLine('],');
            w.writeLine(`constraints: [${decl.constraints.length ? '' : '],'}`);
            if (decl.constraints.length) {
              w.indent(() => {
                for (const k of decl.constraints) w.writeLine(`${objectText(constraintEntry(k))},`);
              });
              w.writeLine('],');
            }
          });
          w.write('}');
        },
      },
    ],
  });
}

function optionEntry(ctx: EmitContext, decl: OptionsDecl, o: OptionDef): [string, string][] {
  const entry: [string, string][] = [
    ['spec', tsString(o.name)],
    ['ts', tsString(camelCase(o.name))],
    ['role', tsString(o.role)],
    ['type', descExpr(ctx, decl, o.type)],
  ];
  if (o.defaultValue) entry.push(['default', valueLiteral(o.defaultValue)]);
  if (o.docLine) entry.push(['doc', tsString(o.docLine)]);
  if (o.deprecated) entry.push(['deprecated', tsString(o.deprecated)]);
  return entry;
}

function constraintEntry(k: Constraint): [string, string][] {
  if (k.kind === 'exclusive') return [['kind', "'exclusive'"], ['options', `[${k.names.map(tsString).join(', ')}]`]];
  const entry: [string, string][] = [['kind', "'requires'"], ['option', tsString(k.name)], ['other', tsString(k.condition.name)]];
  if (k.condition.kind === 'compare') entry.push(['op', tsString(k.condition.op)], ['value', valueLiteral(k.condition.value)]);
  return entry;
}

/** An object literal on one line when short, else one property per line. */
function objectText(props: [string, string][]): string {
  const parts = props.map(([k, v]) => `${k}: ${v}`);
  const line = `{ ${parts.join(', ')} }`;
  return line.length <= 96 ? line : `{\n  ${parts.join(',\n  ')},\n}`;
}

// ---------------------------------------------------------------- names and validator

function emitNameMaps(ctx: EmitContext, decl: OptionsDecl, groups: Group[], lower: string): void {
  const map = (name: string, docs: string, pairs: [string, string][], check: string) =>
    ctx.file.addVariableStatement({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [docs],
      declarations: [
        {
          name,
          initializer: (w) => {
            w.write('{').newLine();
            w.indent(() => {
              for (const [k, v] of pairs) w.writeLine(`${propKey(k)}: ${tsString(v)},`);
            });
            w.write(`} as const satisfies ${check}`);
          },
        },
      ],
    });
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
  const keys = example ? ` (\`${example.ts}\` or \`${example.name}\`)` : '';
  const resolved = `${decl.name}Resolved`;
  ctx.file.addFunction({
    isExported: true,
    name: `validate${decl.name}`,
    docs: [
      `Check {@link ${decl.name}} for a client or a server. Returns the options with that role's defaults\n` +
        `filled in, or every problem at once, each naming the option (\`depth: expected an integer 0..255,\n` +
        `got -1\`). Keys may be camelCase or the spec's snake_case names${keys}. Deprecated\n` +
        'options are accepted with a warning.',
    ],
    parameters: [
      { name: 'input', type: 'unknown' },
      { name: 'role', type: ctx.wire('OptionRole', true) },
    ],
    returnType: `${ctx.wire('OptionsResult', true)}<${resolved}>`,
    statements: `return ${ctx.wire('validateOptions')}<${resolved}>(${schema}, input, role);`,
  });
}

function emitTests(ctx: EmitContext, decl: OptionsDecl, groups: Group[], lower: string): void {
  const first = groups[0];
  if (!first) return;
  const misspelt = `${first.name}x`;
  ctx.tests.push(`describe('${decl.name}', () => {
  it('accepts no options for either role', () => {
    for (const role of ['client', 'server'] as const) expect(M.validate${decl.name}({}, role).ok).toBe(true);
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
