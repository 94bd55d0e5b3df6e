// Builds the Shapes (shape.ts) of every struct, named type and select of a Program, and reports
// what cannot be given a shape: unknown types, counts that name no field, bounds that cannot hold.
// The parsed files are only read; everything derived lives here.
import type { AliasDecl, Field, Pos, Shape as AstShape, StructDecl, TypeRef } from '../ast.js';
import type { Problem } from '../check/errors.js';
import { didYouMean } from '../check/errors.js';
import { fixedSize } from './facts.js';
import { prefixWidth } from './primitives.js';
import type { Module, Program } from './program.js';
import { buildSelect } from './select-model.js';
import type { AliasModel, BitField, FieldModel, IntPrimitive, Len, Shape, StructModel } from './shape.js';

export class Model {
  readonly problems: Problem[] = [];
  private readonly structs = new Map<StructDecl, StructModel>();
  private readonly aliases = new Map<AliasDecl, AliasModel | undefined>();
  private readonly building = new Set<AliasDecl>();
  private readonly armParams: Map<StructDecl, StructDecl['params']>;

  constructor(readonly program: Program) {
    this.armParams = pruneArmParams(program);
  }

  report(pos: Pos, message: string): void {
    this.problems.push({ pos, message });
  }

  /** The model of a struct; built once, on first use. */
  struct(decl: StructDecl): StructModel {
    const cached = this.structs.get(decl);
    if (cached) return cached;
    const module = this.program.moduleOf(decl);
    const m: StructModel = {
      decl,
      module,
      name: decl.name,
      params: this.armParams.get(decl) ?? decl.params,
      fields: [],
      recursive: false,
    };
    this.structs.set(decl, m); // before the fields: a recursive struct finds itself here
    m.fields = decl.fields.map((f, index) => this.fieldModel(m, f, index));
    linkDerived(this, m);
    groupBits(this, m);
    finishRest(this, m);
    m.recursive = reaches(this, m, decl, new Set());
    return m;
  }

  /** The model of a named type, or undefined when it cannot have one (a cycle, an unknown type). */
  alias(decl: AliasDecl): AliasModel | undefined {
    if (this.aliases.has(decl)) return this.aliases.get(decl);
    if (this.building.has(decl)) {
      this.report(decl.pos, `${decl.name} refers to itself`);
      return undefined;
    }
    this.building.add(decl);
    const module = this.program.moduleOf(decl);
    const holder = { name: decl.name, pos: decl.pos, type: decl.type, shape: decl.shape };
    const shape = this.valueShape(module, undefined, holder);
    this.building.delete(decl);
    const m = shape ? { decl, module, shape, range: decl.range && { lo: decl.range.lo, hi: decl.range.hi } } : undefined;
    this.aliases.set(decl, m);
    return m;
  }

  private fieldModel(s: StructModel, f: Field, index: number): FieldModel {
    let shape: Shape | undefined;
    if (f.type.kind === 'select') {
      const framing = f.shape.kind === 'vector' ? this.vector(f.shape, 1) : undefined;
      if (f.shape.kind !== 'one' && f.shape.kind !== 'vector' && f.shape.kind !== 'rest')
        this.report(
          f.shape.pos,
          `${f.name}: a select is one value: give it a length <lo..hi>, [..] or nothing, not an element count`,
        );
      const sel = buildSelect(this, s, f, f.type, framing);
      shape = sel && { k: 'select', sel };
    } else shape = this.valueShape(s.module, s, { name: f.name, pos: f.pos, type: f.type, shape: f.shape });
    let range = f.range && { lo: f.range.lo, hi: f.range.hi };
    const inner = shape?.k === 'alias' ? this.alias(shape.decl) : undefined;
    if (!range && inner?.range) range = inner.range;
    return {
      ast: f,
      name: f.name,
      index,
      shape: shape ?? { k: 'bytes', len: { k: 'rest', tail: 0 } },
      range,
      little: f.little && { when: f.little.when },
      condition: f.condition,
      bits: undefined,
      derived: undefined,
      tagOf: [],
      defaultValue: f.defaultValue,
      constant: f.constant,
      optional: f.optional,
      mark: f.mark,
    };
  }

  /** The shape of one element of `type`, as a list element, a case body or a single value. */
  elementShape(module: Module, type: TypeRef, role: 'element' | 'value' | 'case'): Shape | undefined {
    const r = this.program.resolve(module, type);
    if (!r) {
      const found = this.program.lookup(module, type.name);
      if (found) this.report(type.pos, `${type.name} is a ${found.decl.kind}, not a wire type`);
      else this.report(type.pos, `unknown type ${type.name}${didYouMean(type.name, this.typeNames(module))}`);
      return undefined;
    }
    switch (r.kind) {
      case 'prim': {
        const p = r.prim;
        if (p.kind === 'int') return { k: 'int', prim: p };
        if (p.kind === 'float64') return { k: 'float64' };
        if (p.kind === 'bool') return { k: 'bool' };
        if (p.kind === 'variable') return { k: 'variable', prim: p };
        // a lone opaque is one byte; an opaque case body takes the rest of the select's body
        if (role === 'case') return { k: 'bytes', len: { k: 'rest', tail: 0 } };
        return { k: 'int', prim: BYTE };
      }
      case 'enum': {
        const w = prefixWidth(r.decl.max);
        return { k: 'enum', decl: r.decl, module: r.module, bytes: w ?? 4 };
      }
      case 'struct':
        return { k: 'struct', decl: r.decl, module: r.module };
      case 'alias': {
        const a = this.alias(r.decl);
        if (!a) return undefined;
        if (r.decl.shape.kind !== 'one' && role !== 'value') return { k: 'named', decl: r.decl, module: r.module };
        return { k: 'alias', decl: r.decl, module: r.module, inner: a.shape };
      }
      case 'const':
        this.report(type.pos, `${type.name} is a constant, not a type`);
        return undefined;
    }
  }

  /** A field's (or named type's) value: its element type in its shape. */
  valueShape(
    module: Module,
    s: StructModel | undefined,
    f: { name: string; pos: Pos; type: TypeRef; shape: AstShape },
  ): Shape | undefined {
    const shape = f.shape;
    if (f.type.holds) return this.framed(module, f.name, f.type, shape);
    if (shape.kind === 'one') return this.elementShape(module, f.type, 'value');
    const bytes = BYTE_TYPES.has(f.type.name);
    const elem = bytes ? undefined : this.elementShape(module, f.type, 'element');
    if (!bytes && !elem) return undefined;
    if (elem?.k === 'alias' && elem.inner.k !== 'int' && elem.inner.k !== 'enum') {
      // a named type without a size of its own stands for its type: `Foo xs<..>` is its element list
    }
    const unit = bytes ? 1 : fixedSize(this, elem!);
    const len = this.len(module, s, f.name, shape, unit, elem);
    if (!len) return undefined;
    return bytes ? { k: 'bytes', len } : { k: 'list', elem: elem!, len };
  }

  private len(
    module: Module,
    s: StructModel | undefined,
    name: string,
    shape: Exclude<AstShape, { kind: 'one' }>,
    unit: number | undefined,
    elem: Shape | undefined,
  ): Len | undefined {
    switch (shape.kind) {
      case 'fixed': {
        if (unit === undefined) {
          this.report(shape.pos, `${name}: a fixed-size array needs a fixed-size element type`);
          return undefined;
        }
        if (shape.bytes % BigInt(unit) !== 0n) {
          this.report(shape.pos, `${name}: ${shape.bytes} bytes is not a multiple of the element size ${unit}`);
          return undefined;
        }
        return { k: 'fixed', count: Number(shape.bytes) / unit };
      }
      case 'vector':
        return this.vector(shape, unit, name);
      case 'counted': {
        const c = this.program.resolve(module, shape.countType);
        const prim = c?.kind === 'prim' && c.prim.kind === 'int' && !c.prim.signed ? c.prim : undefined;
        if (!prim) {
          this.report(shape.countType.pos, `${name}: a count prefix must be an unsigned integer type, not ${shape.countType.name}`);
          return undefined;
        }
        return { k: 'prefix', count: prim };
      }
      case 'count':
        return { k: 'count', expr: shape.expr, bare: shape.expr.kind === 'ref' ? shape.expr.name : undefined };
      case 'rest':
        return { k: 'rest', tail: 0 };
      case 'until': {
        const width = elem ? sentinelWidth(this, elem) : 1;
        if (width === undefined) {
          this.report(shape.pos, `${name}: a list ended by a sentinel needs elements that start with a 1, 2 or 4-byte integer or enum`);
          return undefined;
        }
        const v = sentinelValue(this, module, elem, shape.sentinel);
        return v === undefined ? undefined : { k: 'until', sentinel: v, width };
      }
      case 'trailing':
        if (unit !== 1 || (elem && elem.k !== 'int')) {
          this.report(shape.pos, `${name}: a trailing run is of single bytes (opaque, uint8)`);
          return undefined;
        }
        if (shape.fill < 0n || shape.fill > 255n) {
          this.report(shape.pos, `${name}: a trailing run's value ${shape.fill} is not a byte`);
          return undefined;
        }
        void s;
        return { k: 'trailing', fill: Number(shape.fill) };
    }
  }

  private vector(shape: Extract<AstShape, { kind: 'vector' }>, unit: number | undefined, name = 'select'): Len | undefined {
    if (shape.lo < 0n) {
      this.report(shape.pos, `${name}: a length cannot be negative`);
      return undefined;
    }
    if (shape.lo > shape.hi) {
      this.report(shape.pos, `${name}: bounds <${shape.lo}..${shape.hi}> cannot hold: ${shape.lo} > ${shape.hi}`);
      return undefined;
    }
    const width = prefixWidth(shape.hi);
    if (width === undefined) {
      this.report(shape.pos, `${name}: upper bound ${shape.hi} does not fit a 4-byte length`);
      return undefined;
    }
    const u = unit ?? 1;
    if (u > 1) {
      const size = BigInt(u);
      const firstMultiple = ((shape.lo + size - 1n) / size) * size;
      if (firstMultiple > shape.hi) {
        this.report(shape.pos, `${name}: no length in <${shape.lo}..${shape.hi}> is a multiple of the element size ${u}`);
        return undefined;
      }
    }
    return { k: 'vector', lo: shape.lo, hi: shape.hi, width, unit: u };
  }

  /** `string<T>` or `opaque<T> x<lo..hi>`: one value of T inside a length. */
  private framed(module: Module, name: string, type: TypeRef, shape: AstShape): Shape | undefined {
    const inner = this.elementShape(module, type.holds!, 'case');
    if (!inner) return undefined;
    if (type.name === 'string' && shape.kind === 'one')
      return { k: 'framed', inner, len: { k: 'vector', lo: 0n, hi: 0xffffffffn, width: 4, unit: 1 } };
    if (type.name === 'opaque' && shape.kind === 'vector') {
      const len = this.vector(shape, 1, name);
      return len?.k === 'vector' ? { k: 'framed', inner, len } : undefined;
    }
    this.report(type.pos, `${name}: a type that holds one value is string<T> or opaque<T> x<lo..hi>`);
    return undefined;
  }

  typeNames(module: Module): string[] {
    const names = [...PRIMITIVE_NAMES];
    for (const [n, f] of this.program.scope(module))
      if (f.decl.kind === 'enum' || f.decl.kind === 'struct' || f.decl.kind === 'alias') names.push(n);
    return names;
  }
}

const BYTE_TYPES = new Set(['opaque', 'byte', 'uint8']);
const BYTE: IntPrimitive = { kind: 'int', name: 'uint8', bytes: 1, signed: false, method: 'u8', min: 0n, max: 255n };
const PRIMITIVE_NAMES = [
  'uint8',
  'byte',
  'uint16',
  'uint24',
  'uint32',
  'uint64',
  'int8',
  'int16',
  'int32',
  'float64',
  'opaque',
  'boolean',
  'string',
  'utf8',
  'mpint',
  'name-list',
  'base128',
  'ber_length',
];

/** The width of the integer a sentinel-ended list's elements start with. */
function sentinelWidth(model: Model, elem: Shape): 1 | 2 | 4 | undefined {
  const w = (bytes: number) => (bytes === 1 || bytes === 2 || bytes === 4 ? bytes : undefined);
  if (elem.k === 'int') return w(elem.prim.bytes);
  if (elem.k === 'enum') return w(elem.bytes);
  if (elem.k === 'alias') return sentinelWidth(model, elem.inner);
  if (elem.k === 'struct') {
    const first = model.struct(elem.decl).fields[0];
    return first && !first.condition && !first.bits ? sentinelWidth(model, first.shape) : undefined;
  }
  return undefined;
}

/** The sentinel's number: a number, or a member of the enum the elements start with. */
function sentinelValue(model: Model, module: Module, elem: Shape | undefined, v: Field['defaultValue']): number | undefined {
  if (!v) return undefined;
  if (v.kind === 'number') return Number(v.value);
  let s = elem;
  while (s?.k === 'alias') s = s.inner;
  if (s?.k === 'struct') s = model.struct(s.decl).fields[0]?.shape;
  while (s?.k === 'alias') s = s.inner;
  if (v.kind === 'ident' && s?.k === 'enum') {
    const m = s.decl.members.find((x) => x.name === v.name);
    if (m) return Number(m.value);
    model.report(v.pos, `${v.name} is not a member of ${s.decl.name}${didYouMean(v.name, s.decl.members.map((x) => x.name))}`);
    return undefined;
  }
  void module;
  model.report(v.pos, 'a sentinel is a number or a member of the enum the elements start with');
  return undefined;
}

/** Mark the fields the encoder computes: counts named alone by a later array, and sizeof lengths. */
function linkDerived(model: Model, s: StructModel): void {
  const byName = new Map(s.fields.map((f) => [f.name, f]));
  for (const f of s.fields) {
    const len = f.shape.k === 'bytes' || f.shape.k === 'list' ? f.shape.len : undefined;
    if (len?.k === 'count' && len.bare !== undefined) {
      const counter = byName.get(len.bare);
      if (!counter || counter.index >= f.index) continue; // the checker reports it
      if (counter.derived) {
        model.report(f.ast.shape.kind === 'count' ? f.ast.shape.pos : f.ast.pos, `${f.name}: ${counter.name} already counts ${counter.derived.k === 'count' ? counter.derived.of.name : 'other fields'}`);
        continue;
      }
      counter.derived = { k: 'count', of: f };
    }
    const so = f.ast.sizeOf;
    if (so) {
      const from = byName.get(so.from);
      const to = byName.get(so.to);
      if (!from || !to) {
        const missing = !from ? so.from : so.to;
        model.report(so.pos, `${f.name}: sizeof names no field ${missing}${didYouMean(missing, s.fields.map((g) => g.name))}`);
        continue;
      }
      if (to.index < from.index) {
        model.report(so.pos, `${f.name}: sizeof(${so.from}..${so.to}) runs backwards`);
        continue;
      }
      if (from.index < f.index) {
        model.report(so.pos, `${f.name}: a length must come before what it measures, or be the first field measured`);
        continue;
      }
      if (f.derived) {
        model.report(so.pos, `${f.name}: counts ${f.derived.k === 'count' ? f.derived.of.name : 'other fields'} already`);
        continue;
      }
      f.derived = { k: 'sizeof', from: from.index, to: to.index, self: from.index === f.index };
    }
  }
  for (const f of s.fields) {
    if (f.shape.k !== 'select' || f.shape.sel.tag.k !== 'field') continue;
    const tag = byName.get(f.shape.sel.tag.name);
    if (tag) tag.tagOf.push(f);
  }
}

/** Consecutive bit fields of one integer type form a group, most significant bits first. */
function groupBits(model: Model, s: StructModel): void {
  let i = 0;
  while (i < s.fields.length) {
    const f = s.fields[i]!;
    if (!f.ast.bits) {
      i++;
      continue;
    }
    const unit = f.shape.k === 'int' ? f.shape.prim : undefined;
    if (!unit || unit.signed || unit.bytes === 8) {
      model.report(f.ast.bits.pos, `${f.name}: a bit field is part of an unsigned integer of at most 32 bits`);
      i++;
      continue;
    }
    const members: FieldModel[] = [];
    let bits = 0;
    let j = i;
    while (j < s.fields.length && s.fields[j]!.ast.bits && bits < unit.bytes * 8) {
      const g = s.fields[j]!;
      if (g.shape.k !== 'int' || g.shape.prim.bytes !== unit.bytes) {
        model.report(g.ast.bits!.pos, `${g.name}: the bit fields of one group have one integer type (${unit.name})`);
        break;
      }
      members.push(g);
      bits += Number(g.ast.bits!.width);
      j++;
    }
    if (bits !== unit.bytes * 8) {
      model.report(f.ast.bits.pos, `${f.name}: the bit fields from here take ${bits} bits, not the ${unit.bytes * 8} of a ${unit.name}`);
    } else {
      let shift = bits;
      for (const g of members) {
        const width = Number(g.ast.bits!.width);
        shift -= width;
        const bf: BitField = { first: f.index, unit, shift, width, members: members.map((x) => x.index) };
        g.bits = bf;
      }
    }
    i = Math.max(j, i + 1);
  }
}

/** A `[..]` field followed by fixed-size fields leaves them its tail. */
function finishRest(model: Model, s: StructModel): void {
  s.fields.forEach((f, i) => {
    const len = f.shape.k === 'bytes' || f.shape.k === 'list' ? f.shape.len : undefined;
    if (len?.k !== 'rest') return;
    let tail = 0;
    for (const g of s.fields.slice(i + 1)) {
      if (g.shape.k === 'bytes' && g.shape.len.k === 'trailing') continue;
      const size = g.bits ? (g.bits.first === g.index ? g.bits.unit.bytes : 0) : fixedSize(model, g.shape);
      if (size === undefined || g.condition || g.optional) {
        model.report(
          f.ast.shape.kind === 'rest' ? f.ast.shape.pos : f.ast.pos,
          `${f.name}: [..] takes the rest of the input, so only fixed-size fields may follow it (${g.name} is not)`,
        );
        return;
      }
      tail += size;
    }
    len.tail = tail;
  });
}

function reaches(model: Model, s: StructModel, target: StructDecl, seen: Set<StructDecl>): boolean {
  if (seen.has(s.decl)) return false;
  seen.add(s.decl);
  for (const f of s.fields) {
    for (const d of structsIn(f.shape)) {
      if (d === target) return true;
      const m = model.struct(d);
      if (reaches(model, m, target, seen)) return true;
    }
  }
  return false;
}

/** The structs a shape holds directly (elements, arms), not through other structs. */
export function structsIn(shape: Shape): StructDecl[] {
  switch (shape.k) {
    case 'struct':
      return [shape.decl];
    case 'list':
      return structsIn(shape.elem);
    case 'alias':
      return structsIn(shape.inner);
    case 'framed':
      return structsIn(shape.inner);
    case 'select':
      return [...shape.sel.arms.flatMap((a) => structsIn(a.shape)), ...(shape.sel.fallback ? structsIn(shape.sel.fallback) : [])];
    default:
      return [];
  }
}

/**
 * The structs made from inline select arms start with all of their parent's context parameters;
 * keep only those an arm uses (as a select tag, in an expression, or for a field whose type needs
 * it), so that `decodeKeyShareServerHello(bytes)` needs no context it would ignore.
 */
function pruneArmParams(program: Program): Map<StructDecl, StructDecl['params']> {
  const params = new Map<StructDecl, StructDecl['params']>();
  const arms: StructDecl[] = [];
  for (const { decl } of program.decls()) if (decl.kind === 'struct' && decl.armOf !== undefined) arms.push(decl);
  const paramsOf = (s: StructDecl) => params.get(s) ?? s.params;
  for (let changed = true; changed; ) {
    changed = false;
    for (const arm of arms) {
      const used = usedParams(program, arm, paramsOf);
      const now = paramsOf(arm);
      const kept = now.filter((p) => used.has(p.name));
      if (kept.length !== now.length) {
        params.set(arm, kept);
        changed = true;
      }
    }
  }
  return params;
}

function usedParams(program: Program, s: StructDecl, paramsOf: (s: StructDecl) => StructDecl['params']): Set<string> {
  const module = program.moduleOf(s);
  const used = new Set<string>();
  const own = new Set(s.fields.map((f) => f.name));
  const exprRefs = (e: Field['condition']) => {
    if (!e) return;
    const walk = (x: NonNullable<Field['condition']>): void => {
      if (x.kind === 'ref' && !own.has(x.name)) used.add(x.name);
      else if (x.kind === 'unary') walk(x.arg);
      else if (x.kind === 'binary') {
        walk(x.left);
        walk(x.right);
      }
    };
    walk(e);
  };
  for (const f of s.fields) {
    const bound = new Set(f.withContext.map((w) => w.name));
    exprRefs(f.condition);
    exprRefs(f.little?.when);
    if (f.shape.kind === 'count') exprRefs(f.shape.expr);
    const refs =
      f.type.kind === 'select'
        ? [...f.type.cases.map((c) => c.type), ...(f.type.defaultCase ? [f.type.defaultCase] : [])]
        : [f.type];
    if (f.type.kind === 'select' && f.type.tag !== undefined && !own.has(f.type.tag)) used.add(f.type.tag);
    for (const ref of refs) {
      const r = program.resolve(module, ref);
      if (r?.kind !== 'struct') continue;
      for (const p of paramsOf(r.decl)) if (!bound.has(p.name)) used.add(p.name);
    }
  }
  return used;
}
