// The model of a select: where its tag comes from, how each case label matches it, each arm's
// shape, and the guards that tell arms with the same label apart.
import type { EnumDecl, Field, Label, Select, SelectCase, Value } from '../ast.js';
import { didYouMean } from '../check/errors.js';
import { fixedSize } from './facts.js';
import type { Model } from './model.js';
import type { Module } from './program.js';
import type { Arm, Guard, Len, Match, SelectModel, Shape, StructModel, TagSource } from './shape.js';

export function buildSelect(
  model: Model,
  s: StructModel,
  f: Field,
  sel: Select,
  framing: Len | undefined,
): SelectModel | undefined {
  const tag = tagSource(model, s, f, sel);
  if (!tag) return undefined;
  const arms: Arm[] = [];
  const seen = new Map<string, Field['pos']>();
  for (const c of sel.cases) {
    const shape = model.elementShape(s.module, c.type, 'case');
    for (const label of c.labels) {
      const match = matchOf(model, tag, label);
      if (!match || !shape) continue;
      const guard = c.guard ? guardOf(model, s.module, c, shape) : undefined;
      const key = `${matchKey(match)}${guard ? ` when ${guard.field} == ${guard.name}` : ''}`;
      const prev = seen.get(key);
      if (prev)
        model.report(
          label.pos,
          `duplicate case ${labelText(label)} in select (${sel.tag ?? 'prefix'}) (first at line ${prev.line})`,
        );
      else seen.set(key, label.pos);
      arms.push({ caseValue: caseValueOf(c, match, guard, label), match, shape, guard, pos: c.pos });
    }
  }
  // arms with the same label: every one but the last must be guarded, and the last must not be
  const byKey = new Map<string, Arm[]>();
  for (const a of arms) byKey.set(matchKey(a.match), [...(byKey.get(matchKey(a.match)) ?? []), a]);
  for (const group of byKey.values()) {
    const unguarded = group.filter((a) => !a.guard);
    // several unguarded arms for one label are duplicates, reported above
    if (group.length > 1 && unguarded.length !== 1 && unguarded.length < group.length)
      model.report(group[0]!.pos, `${f.name}: of the cases for one label, exactly one has no \`when\` guard`);
  }
  const fallback = sel.defaultCase ? model.elementShape(s.module, sel.defaultCase, 'case') : undefined;
  const v = framing?.k === 'vector' ? framing : undefined;
  return { ast: sel, tag, arms, fallback, framing: v };
}

function tagSource(model: Model, s: StructModel, f: Field, sel: Select): TagSource | undefined {
  if (sel.tag === undefined) return { k: 'prefix' };
  const index = s.decl.fields.indexOf(f);
  const field = s.decl.fields.slice(0, index).find((g) => g.name === sel.tag);
  if (field && field.type.kind === 'type' && field.shape.kind === 'one') {
    const shape = model.elementShape(s.module, field.type, 'value');
    return shape && { k: 'field', name: field.name, shape };
  }
  const param = s.decl.params.find((p) => p.name === sel.tag);
  if (param) {
    const shape = model.elementShape(s.module, param.type, 'value');
    return shape && { k: 'param', name: param.name, shape };
  }
  const names = [...s.decl.fields.slice(0, index).map((g) => g.name), ...s.decl.params.map((p) => p.name)];
  model.report(
    sel.tagPos,
    `select (${sel.tag}): ${s.name} has no earlier field or context parameter ${sel.tag}${didYouMean(sel.tag, names)}`,
  );
  return undefined;
}

function base(shape: Shape): Shape {
  return shape.k === 'alias' ? base(shape.inner) : shape;
}

function matchOf(model: Model, tag: TagSource, label: Label): Match | undefined {
  const bad = (what: string) => {
    model.report(label.pos, `case label ${labelText(label)} does not fit the select's tag type ${what}`);
    return undefined;
  };
  if (tag.k === 'prefix') {
    if (label.kind !== 'string') return bad('(a text prefix: labels are strings)');
    if (label.value === '') return bad('(a text prefix: the empty string matches everything; use default)');
    return { k: 'string', value: label.value };
  }
  const t = base(tag.shape);
  if (t.k === 'enum') {
    if (label.kind === 'ident') return enumMatch(model, t.decl, t.module, label);
    if (label.kind === 'number') return { k: 'number', value: label.value };
    if (label.kind === 'range') return { k: 'range', lo: label.lo, hi: label.hi };
    return bad(t.decl.name);
  }
  if (t.k === 'int') {
    if (label.kind === 'number') return { k: 'number', value: label.value };
    if (label.kind === 'range') return { k: 'range', lo: label.lo, hi: label.hi };
    return bad(t.prim.name);
  }
  if (t.k === 'bool') return label.kind === 'bool' ? { k: 'bool', value: label.value } : bad('boolean');
  if (t.k === 'variable' && (t.prim.method === 'sshUtf8' || t.prim.method === 'sshString'))
    return label.kind === 'string' ? { k: 'string', value: label.value } : bad(t.prim.name);
  return bad('(not a number, enum, boolean or string)');
}

function enumMatch(
  model: Model,
  decl: EnumDecl,
  module: Module,
  label: Extract<Label, { kind: 'ident' }>,
): Match | undefined {
  const m = decl.members.find((x) => x.name === label.name);
  if (!m) {
    model.report(
      label.pos,
      `${label.name} is not a member of ${decl.name}${didYouMean(
        label.name,
        decl.members.map((x) => x.name),
      )}`,
    );
    return undefined;
  }
  if (m.last !== undefined) return { k: 'enumRange', decl, module, member: m.name, lo: m.value, hi: m.last };
  return { k: 'enum', decl, module, member: m.name, value: m.value };
}

/** A comparable key: two labels with the same key select the same tag values. */
export function matchKey(m: Match): string {
  switch (m.k) {
    case 'enum':
    case 'number':
      return `=${m.value}`;
    case 'enumRange':
    case 'range':
      return `${m.lo}..${m.hi}`;
    case 'string':
      return JSON.stringify(m.value);
    case 'bool':
      return String(m.value);
  }
}

function caseValueOf(
  c: SelectCase,
  m: Match,
  guard: Guard | undefined,
  label: Label,
): string | number | boolean {
  if (guard) {
    const named = c.annotations.find((a) => a.name === 'name')?.args;
    return named ?? snake(c.type.name);
  }
  switch (m.k) {
    case 'enum':
    case 'enumRange':
      return m.member;
    case 'number':
      return Number(m.value);
    case 'range':
      return `${m.lo}..${m.hi}`;
    case 'string':
      return m.value;
    case 'bool':
      return m.value;
  }
  void label;
}

function snake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

export function labelText(l: Label): string {
  if (l.kind === 'ident') return l.name;
  if (l.kind === 'string') return JSON.stringify(l.value);
  if (l.kind === 'number') return String(l.value);
  if (l.kind === 'range') return `${l.lo}..${l.hi}`;
  if (l.kind === 'bool') return String(l.value);
  return l.kind;
}

/**
 * `case server_hello when random == HelloRetryRequestRandom: HelloRetryRequest;`: the field must
 * sit at a fixed offset of the arm's struct, and the value be a constant of the field's size.
 */
function guardOf(model: Model, module: Module, c: SelectCase, shape: Shape): Guard | undefined {
  const g = c.guard!;
  if (shape.k !== 'struct') {
    model.report(
      g.pos,
      `when ${g.field}: a guard looks into the arm's struct; ${c.type.name} is not a struct`,
    );
    return undefined;
  }
  const arm = model.struct(shape.decl);
  let offset = arm.decl.messageNumber === undefined ? 0 : 1;
  for (const f of arm.fields) {
    if (f.name === g.field) {
      const size = fixedSize(model, f.shape);
      const bytes = size === undefined ? undefined : constBytes(model, module, g.value, size);
      if (size === undefined || f.condition) {
        model.report(g.pos, `when ${g.field}: the field must have a fixed size`);
        return undefined;
      }
      if (!bytes) return undefined;
      return {
        field: g.field,
        offset,
        bytes: bytes.bytes,
        name: bytes.name,
        constModule: bytes.module,
      };
    }
    const size = f.bits ? (f.bits.first === f.index ? f.bits.unit.bytes : 0) : fixedSize(model, f.shape);
    if (size === undefined || f.condition || f.optional) {
      model.report(
        g.pos,
        `when ${g.field}: ${f.name} comes before it and has no fixed size, so ${g.field} has no fixed offset`,
      );
      return undefined;
    }
    offset += size;
  }
  model.report(
    g.pos,
    `when ${g.field}: ${arm.name} has no field ${g.field}${didYouMean(
      g.field,
      arm.fields.map((f) => f.name),
    )}`,
  );
  return undefined;
}

/** The bytes of a constant (by name) or a number, `size` bytes big-endian. */
export function constBytes(
  model: Model,
  module: Module,
  v: Value,
  size: number,
): { bytes: Uint8Array; name: string; module: Module | undefined } | undefined {
  let value: Value = v;
  let name = '';
  let home: Module | undefined;
  if (v.kind === 'ident') {
    const r = model.program.resolve(module, v.name);
    if (r?.kind !== 'const') {
      model.report(v.pos, `${v.name} is not a constant${r ? '' : ' this file can see'}`);
      return undefined;
    }
    value = r.decl.value;
    name = v.name;
    home = r.module;
  }
  if (value.kind !== 'number') {
    model.report(v.pos, 'expected a number or a constant');
    return undefined;
  }
  const digits = value.hexDigits ?? value.value.toString(16).length;
  if (value.value < 0n || digits > size * 2 || value.value >= 1n << BigInt(size * 8)) {
    model.report(v.pos, `${name || value.value}: does not fit in ${size} bytes`);
    return undefined;
  }
  const hex = value.value.toString(16).padStart(size * 2, '0');
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return { bytes, name: name || `0x${hex}`, module: home };
}
