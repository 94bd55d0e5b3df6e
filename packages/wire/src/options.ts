// Option validation: the generated option schemas are data (one entry per option, with a type
// descriptor, the default and the role), and this interpreter checks user input against them. It
// reports every problem at once, each naming the option and what was expected, as the Erlang API
// manual pages describe the options.
import { didYouMean } from './did-you-mean.js';

/** Which side of a connection options are checked for. */
export type OptionRole = 'client' | 'server';

/** The type of an option value, as data. Atoms of the spec are strings here. */
export type OptionTypeDesc =
  | { readonly kind: 'bool' }
  | { readonly kind: 'int'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'string' | 'binary' | 'der' | 'ip' | 'fun' | 'any' }
  | { readonly kind: 'literal'; readonly value: string | number }
  | { readonly kind: 'tuple'; readonly items: readonly OptionTypeDesc[] }
  | { readonly kind: 'list'; readonly of: OptionTypeDesc }
  | { readonly kind: 'union'; readonly of: readonly OptionTypeDesc[] };

/** Short constructors for type descriptors, so generated schemas read like the spec. */
export const opt = {
  bool: { kind: 'bool' },
  string: { kind: 'string' },
  binary: { kind: 'binary' },
  der: { kind: 'der' },
  ip: { kind: 'ip' },
  fun: { kind: 'fun' },
  any: { kind: 'any' },
  int: (min?: number, max?: number): OptionTypeDesc => ({
    kind: 'int',
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
  }),
  literal: (value: string | number): OptionTypeDesc => ({ kind: 'literal', value }),
  /** A union of atoms and numbers: `verify_none | verify_peer`. */
  oneOf: (...values: (string | number)[]): OptionTypeDesc => ({
    kind: 'union',
    of: values.map((value) => ({ kind: 'literal', value })),
  }),
  tuple: (...items: OptionTypeDesc[]): OptionTypeDesc => ({ kind: 'tuple', items }),
  list: (of: OptionTypeDesc): OptionTypeDesc => ({ kind: 'list', of }),
  union: (...of: OptionTypeDesc[]): OptionTypeDesc => ({ kind: 'union', of }),
} as const satisfies Record<string, OptionTypeDesc | ((...args: never[]) => OptionTypeDesc)>;

/** One option of a schema; an option with role-specific defaults has one entry per role. */
export interface OptionSpec {
  /** The spec name, as in the Erlang docs and Erlang-term config files: `fail_if_no_peer_cert`. */
  readonly spec: string;
  /** The TypeScript property name: `failIfNoPeerCert`. */
  readonly ts: string;
  readonly role: 'common' | OptionRole;
  readonly type: OptionTypeDesc;
  /** Filled in when the option is not given. */
  readonly default?: unknown;
  readonly doc?: string;
  /** Why the option is deprecated; giving it produces a warning. */
  readonly deprecated?: string;
}

export type OptionConstraint =
  /** At most one of these options (spec names) may be given. */
  | { readonly kind: 'exclusive'; readonly options: readonly string[] }
  /** When `option` is given, `other` must be set (given or by default), or compare as stated. */
  | {
      readonly kind: 'requires';
      readonly option: string;
      readonly other: string;
      readonly op?: '==' | '!=';
      readonly value?: unknown;
    };

export interface OptionSchema {
  readonly name: string;
  readonly options: readonly OptionSpec[];
  readonly constraints: readonly OptionConstraint[];
}

export type OptionsResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: string[] }
  | { readonly ok: false; readonly problems: string[]; readonly warnings: string[] };

/**
 * Check `input` (an object whose keys are camelCase or spec names) against `schema` for `role`.
 * Returns the options with the role's defaults filled in, keyed by TypeScript name, or every problem
 * found. Deprecated options are accepted with a warning.
 */
export function validateOptions<T>(schema: OptionSchema, input: unknown, role: OptionRole): OptionsResult<T> {
  const problems: string[] = [];
  const warnings: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [`expected an options object, got ${show(input)}`], warnings };
  }
  const index = indexSchema(schema);
  const given = new Map<string, { key: string; value: unknown }>(); // spec name -> as given
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue; // `{ depth: undefined }` means "not given"
    const spec = index.bySpec.has(key) ? key : index.specOfTs.get(key);
    if (spec === undefined) {
      problems.push(`${key}: unknown option${didYouMean(key, index.allNames)}`);
      continue;
    }
    const prev = given.get(spec);
    if (prev) {
      problems.push(`${key}: given twice (also as ${prev.key})`);
      continue;
    }
    given.set(spec, { key, value });
    const entry = entryFor(index, spec, role);
    if (!entry) {
      problems.push(`${key}: ${otherRole(role)}-only option, not valid for a ${role}`);
      continue;
    }
    const problem = checkOptionValue(entry.type, value, key);
    if (problem) problems.push(problem);
    if (entry.deprecated) warnings.push(`${key}: deprecated: ${entry.deprecated}`);
  }
  const effective = (spec: string): unknown => {
    const g = given.get(spec);
    return g ? g.value : entryFor(index, spec, role)?.default;
  };
  const label = (spec: string): string => given.get(spec)?.key ?? spec;
  for (const c of schema.constraints) {
    const problem = checkConstraint(c, given, effective, label);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) return { ok: false, problems, warnings };
  const value: Record<string, unknown> = {};
  for (const o of schema.options) {
    if (o.role !== 'common' && o.role !== role) continue;
    const v = effective(o.spec);
    if (v !== undefined) value[o.ts] = v;
  }
  // The interpreter has checked every value against the schema the type `T` was generated from.
  return { ok: true, value: value as T, warnings };
}

interface SchemaIndex {
  bySpec: Map<string, OptionSpec[]>;
  specOfTs: Map<string, string>;
  allNames: string[];
}

const indexes = new WeakMap<OptionSchema, SchemaIndex>();

function indexSchema(schema: OptionSchema): SchemaIndex {
  let index = indexes.get(schema);
  if (index) return index;
  index = { bySpec: new Map(), specOfTs: new Map(), allNames: [] };
  for (const o of schema.options) {
    const list = index.bySpec.get(o.spec);
    if (list) list.push(o);
    else {
      index.bySpec.set(o.spec, [o]);
      index.specOfTs.set(o.ts, o.spec);
      index.allNames.push(o.spec);
      if (o.ts !== o.spec) index.allNames.push(o.ts);
    }
  }
  indexes.set(schema, index);
  return index;
}

function entryFor(index: SchemaIndex, spec: string, role: OptionRole): OptionSpec | undefined {
  const list = index.bySpec.get(spec) ?? [];
  return list.find((o) => o.role === role) ?? list.find((o) => o.role === 'common');
}

function otherRole(role: OptionRole): OptionRole {
  return role === 'client' ? 'server' : 'client';
}

function checkConstraint(
  c: OptionConstraint,
  given: Map<string, unknown>,
  effective: (spec: string) => unknown,
  label: (spec: string) => string,
): string | undefined {
  if (c.kind === 'exclusive') {
    const present = c.options.filter((o) => given.has(o)).map(label);
    if (present.length < 2) return undefined;
    return c.options.length === 2
      ? `${present[0]} and ${present[1]} cannot be given together`
      : `only one of ${c.options.join(', ')} may be given; got ${present.join(' and ')}`;
  }
  if (!given.has(c.option)) return undefined;
  const actual = effective(c.other);
  if (c.op === undefined) {
    return actual === undefined ? `${label(c.option)} requires ${c.other} to be given` : undefined;
  }
  const equal = sameValue(actual, c.value);
  if (c.op === '==' ? equal : !equal) return undefined;
  return `${label(c.option)} requires ${c.other} ${c.op} ${show(c.value)} (${label(c.other)} is ${show(actual)})`;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  return a === b;
}

/**
 * Check one option value. Returns the problem as `name: expected …, got …` (naming the element
 * for lists and tuples: `versions[1]: …`), or undefined when the value fits.
 */
export function checkOptionValue(desc: OptionTypeDesc, value: unknown, name: string): string | undefined {
  switch (desc.kind) {
    case 'tuple':
      if (!Array.isArray(value) || value.length !== desc.items.length) break;
      for (const [i, item] of desc.items.entries()) {
        const p = checkOptionValue(item, value[i], `${name}[${i}]`);
        if (p) return p;
      }
      return undefined;
    case 'list':
      if (!Array.isArray(value)) break;
      for (const [i, v] of value.entries()) {
        const p = checkOptionValue(desc.of, v, `${name}[${i}]`);
        if (p) return p;
      }
      return undefined;
    default:
      if (fits(desc, value)) return undefined;
  }
  return `${name}: expected ${describeOptionType(desc)}, got ${show(value)}${suggestion(desc, value)}`;
}

function fits(desc: OptionTypeDesc, value: unknown): boolean {
  switch (desc.kind) {
    case 'bool':
      return typeof value === 'boolean';
    case 'int':
      return (
        typeof value === 'number' &&
        Number.isSafeInteger(value) &&
        (desc.min === undefined || value >= desc.min) &&
        (desc.max === undefined || value <= desc.max)
      );
    case 'string':
      return typeof value === 'string';
    case 'binary':
    case 'der':
      return value instanceof Uint8Array;
    case 'ip':
      return isIpAddress(value);
    case 'fun':
      return typeof value === 'function';
    case 'any':
      return true;
    case 'literal':
      return value === desc.value;
    case 'tuple':
    case 'list':
      return checkOptionValue(desc, value, '') === undefined;
    case 'union':
      return desc.of.some((d) => fits(d, value));
  }
}

/** An IPv4 or IPv6 address as text, or as a tuple of 4 bytes or 8 16-bit groups (inet:ip_address()). */
export function isIpAddress(value: unknown): boolean {
  if (typeof value === 'string') return IPV4.test(value) || isIpv6Text(value);
  if (!Array.isArray(value) || (value.length !== 4 && value.length !== 8)) return false;
  const max = value.length === 4 ? 255 : 65535;
  return value.every((x) => Number.isInteger(x) && x >= 0 && x <= max);
}

const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);

function isIpv6Text(s: string): boolean {
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  const last = groups[groups.length - 1];
  const v4Tail = last !== undefined && IPV4.test(last);
  const count = groups.length + (v4Tail ? 1 : 0);
  const groupsOk = groups.slice(0, v4Tail ? -1 : undefined).every((g) => /^[0-9a-fA-F]{1,4}$/.test(g));
  return groupsOk && (halves.length === 2 ? count < 8 : count === 8);
}

/** How a type reads in a problem text: `an integer 0..255`, `verify_none or verify_peer`. */
export function describeOptionType(desc: OptionTypeDesc): string {
  switch (desc.kind) {
    case 'bool':
      return 'true or false';
    case 'int':
      if (desc.min !== undefined && desc.max !== undefined) return `an integer ${desc.min}..${desc.max}`;
      if (desc.min !== undefined) return `an integer >= ${desc.min}`;
      if (desc.max !== undefined) return `an integer <= ${desc.max}`;
      return 'an integer';
    case 'string':
      return 'a string';
    case 'binary':
      return 'bytes (a Uint8Array)';
    case 'der':
      return 'DER bytes (a Uint8Array)';
    case 'ip':
      return 'an IP address (text or a tuple of 4 or 8 numbers)';
    case 'fun':
      return 'a function';
    case 'any':
      return 'any value';
    case 'literal':
      return String(desc.value);
    case 'tuple':
      return `a tuple {${desc.items.map(describeOptionType).join(', ')}}`;
    case 'list':
      return `a list of ${describeOptionType(desc.of)}`;
    case 'union': {
      const parts = desc.of.map(describeOptionType);
      return parts.length <= 2
        ? parts.join(' or ')
        : `one of ${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;
    }
  }
}

/** A value as it reads in a problem text. */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return 'a function';
  if (value instanceof Uint8Array) return `${value.constructor.name}(${value.length})`;
  if (Array.isArray(value))
    return value.length > 8 ? `a list of ${value.length}` : `[${value.map(show).join(', ')}]`;
  if (value !== null && typeof value === 'object') return 'an object';
  return String(value);
}

/** "; did you mean verify_peer?" when a string is close to one of the atoms a type allows. */
function suggestion(desc: OptionTypeDesc, value: unknown): string {
  if (typeof value !== 'string') return '';
  const atoms = (desc.kind === 'union' ? desc.of : [desc]).flatMap((d) =>
    d.kind === 'literal' && typeof d.value === 'string' ? [d.value] : [],
  );
  return didYouMean(value, atoms);
}
