// Builds the Shapes (shape.ts) of every struct, named type and select of a Program, and reports
// what cannot be given a shape: unknown types, counts that name no field, bounds that cannot hold.
// The parsed files are only read; everything derived lives here.
import type { AliasDecl, Shape as AstShape, Field, Pos, StructDecl, TypeRef } from '../ast.js';
import type { Problem } from '../check/errors.js';
import { didYouMean } from '../check/errors.js';
import { pruneArmParams } from './arm-params.js';
import { fixedSize } from './facts.js';
import { prefixWidth } from './primitives.js';
import type { Module, Program } from './program.js';
import { buildSelect } from './select-model.js';
import type { AliasModel, FieldModel, IntPrimitive, Len, Shape, StructModel } from './shape.js';
import { finishRest, groupBits, linkDerived } from './struct-links.js';

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
    const m = shape
      ? { decl, module, shape, range: decl.range && { lo: decl.range.lo, hi: decl.range.hi } }
      : undefined;
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
        if (r.decl.shape.kind !== 'one' && role !== 'value')
          return { k: 'named', decl: r.decl, module: r.module };
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
          this.report(
            shape.pos,
            `${name}: ${shape.bytes} bytes is not a multiple of the element size ${unit}`,
          );
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
          this.report(
            shape.countType.pos,
            `${name}: a count prefix must be an unsigned integer type, not ${shape.countType.name}`,
          );
          return undefined;
        }
        return { k: 'prefix', count: prim };
      }
      case 'count':
        return {
          k: 'count',
          expr: shape.expr,
          bare: shape.expr.kind === 'ref' ? shape.expr.name : undefined,
        };
      case 'rest':
        return { k: 'rest', tail: 0 };
      case 'until': {
        const width = elem ? sentinelWidth(this, elem) : 1;
        if (width === undefined) {
          this.report(
            shape.pos,
            `${name}: a list ended by a sentinel needs elements that start with a 1, 2 or 4-byte integer or enum`,
          );
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

  private vector(
    shape: Extract<AstShape, { kind: 'vector' }>,
    unit: number | undefined,
    name = 'select',
  ): Len | undefined {
    if (shape.lo < 0n) {
      this.report(shape.pos, `${name}: a length cannot be negative`);
      return undefined;
    }
    if (shape.lo > shape.hi) {
      this.report(
        shape.pos,
        `${name}: bounds <${shape.lo}..${shape.hi}> cannot hold: ${shape.lo} > ${shape.hi}`,
      );
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
        this.report(
          shape.pos,
          `${name}: no length in <${shape.lo}..${shape.hi}> is a multiple of the element size ${u}`,
        );
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
const BYTE: IntPrimitive = {
  kind: 'int',
  name: 'uint8',
  bytes: 1,
  signed: false,
  method: 'u8',
  min: 0n,
  max: 255n,
};
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
function sentinelValue(
  model: Model,
  module: Module,
  elem: Shape | undefined,
  v: Field['defaultValue'],
): number | undefined {
  if (!v) return undefined;
  if (v.kind === 'number') return Number(v.value);
  let s = elem;
  while (s?.k === 'alias') s = s.inner;
  if (s?.k === 'struct') s = model.struct(s.decl).fields[0]?.shape;
  while (s?.k === 'alias') s = s.inner;
  if (v.kind === 'ident' && s?.k === 'enum') {
    const m = s.decl.members.find((x) => x.name === v.name);
    if (m) return Number(m.value);
    model.report(
      v.pos,
      `${v.name} is not a member of ${s.decl.name}${didYouMean(
        v.name,
        s.decl.members.map((x) => x.name),
      )}`,
    );
    return undefined;
  }
  void module;
  model.report(v.pos, 'a sentinel is a number or a member of the enum the elements start with');
  return undefined;
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
      return [
        ...shape.sel.arms.flatMap((a) => structsIn(a.shape)),
        ...(shape.sel.fallback ? structsIn(shape.sel.fallback) : []),
      ];
    default:
      return [];
  }
}
