// Checks for `type` and `options` declarations: every type name resolves to a `type` declaration,
// ranges can hold, defaults and compared values fit their option's type, option names are not
// declared twice for one role, and constraints name options that exist.
import type {
  Condition,
  Constraint,
  OptionDef,
  OptionsDecl,
  OptionType,
  Pos,
  TypeAliasDecl,
  Value,
} from '../ast.js';
import { camelCase } from '../emit/context.js';
import type { Module } from '../model/program.js';
import type { Checker } from './check.js';
import { didYouMean } from './errors.js';

export function checkOptions(c: Checker, decl: TypeAliasDecl | OptionsDecl, module: Module): void {
  if (decl.kind === 'type') {
    checkType(c, module, decl.type);
    if (refersTo(c, module, decl.type, decl.name, new Set()))
      c.report(decl.pos, `type ${decl.name} refers to itself`);
    return;
  }
  for (const o of decl.options) {
    checkType(c, module, o.type);
    if (o.defaultValue && !fits(c, module, o.type, o.defaultValue)) {
      c.report(
        o.defaultValue.pos,
        `${o.name}: default ${valueText(o.defaultValue)} does not fit ${typeText(o.type)}`,
      );
    }
  }
  checkDuplicates(c, decl);
  for (const k of decl.constraints) checkConstraint(c, module, decl, k);
}

// ---------------------------------------------------------------- types

function checkType(c: Checker, module: Module, t: OptionType): void {
  switch (t.kind) {
    case 'int':
      if (t.lo !== undefined && t.hi !== undefined && t.lo > t.hi)
        c.report(t.pos, `int(${t.lo}..${t.hi}) cannot hold: ${t.lo} > ${t.hi}`);
      return;
    case 'ref': {
      const found = c.program.lookup(module, t.name);
      if (found?.decl.kind === 'type') return;
      if (found)
        c.report(t.pos, `${t.name} is ${article(found.decl.kind)} ${found.decl.kind}, not an option type`);
      else c.report(t.pos, `unknown type ${t.name}${didYouMean(t.name, aliasNames(c, module))}`);
      return;
    }
    case 'tuple':
    case 'union':
      for (const item of t.kind === 'tuple' ? t.items : t.of) checkType(c, module, item);
      return;
    case 'list':
      checkType(c, module, t.of);
      return;
    default:
      return;
  }
}

function aliasNames(c: Checker, module: Module): string[] {
  return [...c.program.scope(module)].filter(([, f]) => f.decl.kind === 'type').map(([n]) => n);
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

/** The alias a `ref` names, when it names one (the checker reports the other cases). */
function alias(
  c: Checker,
  module: Module,
  name: string,
): { decl: TypeAliasDecl; module: Module } | undefined {
  const found = c.program.lookup(module, name);
  return found?.decl.kind === 'type' ? { decl: found.decl, module: found.module } : undefined;
}

/** True when `t` reaches the alias `target` through type names (a cycle when it is its own body). */
function refersTo(
  c: Checker,
  module: Module,
  t: OptionType,
  target: string,
  seen: Set<TypeAliasDecl>,
): boolean {
  switch (t.kind) {
    case 'ref': {
      const a = alias(c, module, t.name);
      if (!a) return false;
      if (a.decl.name === target) return true;
      if (seen.has(a.decl)) return false;
      seen.add(a.decl);
      return refersTo(c, a.module, a.decl.type, target, seen);
    }
    case 'tuple':
      return t.items.some((i) => refersTo(c, module, i, target, seen));
    case 'union':
      return t.of.some((i) => refersTo(c, module, i, target, seen));
    case 'list':
      return refersTo(c, module, t.of, target, seen);
    default:
      return false;
  }
}

// ---------------------------------------------------------------- values

/** Whether a spec value (a default, a compared value) is a value of type `t`. */
export function fits(c: Checker, module: Module, t: OptionType, v: Value, depth = 0): boolean {
  if (depth > 32) return true; // a cycle, reported on the type
  switch (t.kind) {
    case 'bool':
      return v.kind === 'bool';
    case 'int':
      return (
        v.kind === 'number' &&
        (t.lo === undefined || v.value >= t.lo) &&
        (t.hi === undefined || v.value <= t.hi)
      );
    case 'number':
      return v.kind === 'number' && v.value === t.value;
    case 'atom':
      return (v.kind === 'ident' && v.name === t.value) || (v.kind === 'string' && v.value === t.value);
    case 'builtin':
      return builtinFits(t.name, v);
    case 'tuple':
      return (
        v.kind === 'tuple' &&
        v.items.length === t.items.length &&
        t.items.every((it, i) => fits(c, module, it, v.items[i]!, depth + 1))
      );
    case 'list':
      return v.kind === 'list' && v.items.every((it) => fits(c, module, t.of, it, depth + 1));
    case 'union':
      return t.of.some((u) => fits(c, module, u, v, depth + 1));
    case 'ref': {
      const a = alias(c, module, t.name);
      return !a || fits(c, a.module, a.decl.type, v, depth + 1);
    }
  }
}

function builtinFits(name: 'string' | 'binary' | 'der' | 'ip' | 'fun' | 'any', v: Value): boolean {
  switch (name) {
    case 'any':
      return v.kind !== 'absent';
    case 'string':
      return v.kind === 'string';
    case 'ip':
      return (
        v.kind === 'string' ||
        (v.kind === 'tuple' &&
          (v.items.length === 4 || v.items.length === 8) &&
          v.items.every((i) => i.kind === 'number'))
      );
    default:
      return false; // bytes and functions have no spec notation
  }
}

/** A type as the spec writes it, for messages. */
export function typeText(t: OptionType): string {
  switch (t.kind) {
    case 'bool':
      return 'bool';
    case 'int':
      return t.lo === undefined && t.hi === undefined ? 'int' : `int(${t.lo ?? ''}..${t.hi ?? ''})`;
    case 'builtin':
      return t.name;
    case 'atom':
      return /^[a-z][A-Za-z0-9_]*$/.test(t.value) ? t.value : JSON.stringify(t.value);
    case 'number':
      return String(t.value);
    case 'tuple':
      return `{${t.items.map(typeText).join(', ')}}`;
    case 'list':
      return t.of.kind === 'union' ? `(${typeText(t.of)})[]` : `${typeText(t.of)}[]`;
    case 'union':
      return t.of.map(typeText).join(' | ');
    case 'ref':
      return t.name;
  }
}

/** A value as the spec writes it, for messages. */
export function valueText(v: Value): string {
  switch (v.kind) {
    case 'ident':
      return v.name;
    case 'number':
      return String(v.value);
    case 'string':
      return JSON.stringify(v.value);
    case 'bool':
      return String(v.value);
    case 'list':
      return `[${v.items.map(valueText).join(', ')}]`;
    case 'tuple':
      return `{${v.items.map(valueText).join(', ')}}`;
    case 'absent':
      return '-';
  }
}

// ---------------------------------------------------------------- names and constraints

function checkDuplicates(c: Checker, decl: OptionsDecl): void {
  const seen = new Map<string, OptionDef[]>();
  const tsNames = new Map<string, string>();
  for (const o of decl.options) {
    const earlier = seen.get(o.name) ?? [];
    const same = earlier.find((e) => e.role === o.role);
    const clash = earlier.find((e) => e.role === 'common' || o.role === 'common');
    if (same) c.report(o.pos, `duplicate option ${o.name} (first declared at line ${same.pos.line})`);
    else if (clash) {
      const [common, specific] = clash.role === 'common' ? [clash, o] : [o, clash];
      c.report(
        o.pos,
        `option ${o.name} is declared for all roles (line ${common.pos.line}) and for ${specific.role} (line ${specific.pos.line}); declare it once per role or once for all`,
      );
    }
    seen.set(o.name, [...earlier, o]);
    const ts = camelCase(o.name);
    const other = tsNames.get(ts);
    if (other !== undefined && other !== o.name)
      c.report(o.pos, `options ${other} and ${o.name} both become ${ts} in TypeScript`);
    tsNames.set(ts, o.name);
  }
}

function checkConstraint(c: Checker, module: Module, decl: OptionsDecl, k: Constraint): void {
  const names = [...new Set(decl.options.map((o) => o.name))];
  const known = (name: string, pos: Pos, where: string): boolean => {
    if (names.includes(name)) return true;
    c.report(pos, `${where}: unknown option ${name}${didYouMean(name, names)}`);
    return false;
  };
  if (k.kind === 'exclusive') {
    const where = `exclusive(${k.names.join(', ')})`;
    if (new Set(k.names).size < 2) c.report(k.pos, `${where} needs at least two different options`);
    for (const n of k.names) known(n, k.pos, where);
    return;
  }
  known(k.name, k.pos, 'requires');
  if (known(k.condition.name, k.condition.pos, 'requires')) checkCompared(c, module, decl, k.condition);
}

/** In `requires(a, b == value)`, the value must be one that `b` can take. */
function checkCompared(c: Checker, module: Module, decl: OptionsDecl, cond: Condition): void {
  if (cond.kind !== 'compare') return;
  const types = decl.options.filter((o) => o.name === cond.name).map((o) => o.type);
  if (types.some((t) => fits(c, module, t, cond.value))) return;
  const atoms = types.flatMap((t) => atomsOf(c, module, t, 0));
  const hint = cond.value.kind === 'ident' ? didYouMean(cond.value.name, atoms) : '';
  c.report(
    cond.value.pos,
    `requires: ${valueText(cond.value)} does not fit ${cond.name}: ${types.map(typeText).join(' or ')}${hint}`,
  );
}

function atomsOf(c: Checker, module: Module, t: OptionType, depth: number): string[] {
  if (depth > 32) return [];
  if (t.kind === 'atom') return [t.value];
  if (t.kind === 'union') return t.of.flatMap((u) => atomsOf(c, module, u, depth + 1));
  if (t.kind === 'ref') {
    const a = alias(c, module, t.name);
    return a ? atomsOf(c, a.module, a.decl.type, depth + 1) : [];
  }
  return [];
}
