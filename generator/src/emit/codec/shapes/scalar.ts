// Values read and written by one Reader/Writer call: integers (either byte order), floats, SSH
// booleans, enums, and the variable-size primitives (SSH strings, text, mpints, name-lists, base-128
// numbers, BER lengths).
import type { Shape } from '../../../model/shape.js';
import type { ModuleGen } from '../gen.js';
import type { ShapeCodec } from './codec.js';

type Int = Extract<Shape, { k: 'int' }>;

/** Valid values of an integer with a value range (`uint16 RecordSizeLimit(64..)`), for property tests. */
export function rangedIntArbitrary(s: Int, range: { lo?: bigint; hi?: bigint }): string {
  const lo = range.lo ?? s.prim.min;
  const hi = range.hi ?? s.prim.max;
  return s.prim.bytes === 8
    ? `fc.bigInt({ min: ${lo}n, max: ${hi}n })`
    : `fc.integer({ min: ${lo}, max: ${hi} })`;
}
type Enum = Extract<Shape, { k: 'enum' }>;
type Variable = Extract<Shape, { k: 'variable' }>;

const WIDTH_METHOD = { 1: 'u8', 2: 'u16', 3: 'u24', 4: 'u32' } as const;

function intCall(method: string, little: string | undefined, d: string): string {
  if (little === undefined) return `r.${method}(${d})`;
  if (little === 'true') return `r.${method}le(${d})`;
  return `(${little} ? r.${method}le(${d}) : r.${method}(${d}))`;
}

export const intCodec: ShapeCodec<Int> = {
  type: (_g, s) => (s.prim.bytes === 8 ? 'bigint' : 'number'),
  expr: (_g, s, d, o) => intCall(s.prim.method, o.little, d),
  read(g, s, name, d, o) {
    return [`const ${name} = ${this.expr!(g as never, s, d, o)};`];
  },
  write(_g, s, v, d, o) {
    const m = s.prim.method;
    if (o.little === undefined) return [`w.${m}(${v}, ${d});`];
    if (o.little === 'true') return [`w.${m}le(${v}, ${d});`];
    return [`if (${o.little}) w.${m}le(${v}, ${d});`, `else w.${m}(${v}, ${d});`];
  },
  arbitrary: (_t, s) =>
    s.prim.bytes === 8
      ? `fc.bigInt({ min: ${s.prim.min}n, max: ${s.prim.max}n })`
      : `fc.integer({ min: ${s.prim.min}, max: ${s.prim.max} })`,
};

export const float64Codec: ShapeCodec<Extract<Shape, { k: 'float64' }>> = {
  type: () => 'number',
  expr: (_g, _s, d) => `r.f64(${d})`,
  read: (_g, _s, name, d) => [`const ${name} = r.f64(${d});`],
  write: (_g, _s, v, d) => [`w.f64(${v}, ${d});`],
  arbitrary: () => 'fc.double({ noNaN: true })',
};

export const boolCodec: ShapeCodec<Extract<Shape, { k: 'bool' }>> = {
  type: () => 'boolean',
  expr: (_g, _s, d) => `r.bool(${d})`,
  read: (_g, _s, name, d) => [`const ${name} = r.bool(${d});`],
  write: (_g, _s, v, d) => [`w.bool(${v}, ${d});`],
  arbitrary: () => 'fc.boolean()',
};

/** The names the generated enum module exports for `decl`, as seen from the module being emitted. */
function enumRefs(g: ModuleGen, s: Enum): { type: string; names: string; ranges: string | undefined } {
  const ranges = s.decl.members.some((m) => m.last !== undefined);
  return {
    type: g.ctx.ref(s.decl, s.decl.name, true),
    names: g.ctx.ref(s.decl, `${s.decl.name}Names`),
    ranges: ranges ? g.ctx.ref(s.decl, `${s.decl.name}Ranges`) : undefined,
  };
}

export const enumCodec: ShapeCodec<Enum> = {
  type: (g, s) => g.ctx.ref(s.decl, s.decl.name, true),
  expr(g, s, d) {
    const read = `r.${WIDTH_METHOD[s.bytes]}(${d})`;
    if (!s.decl.closed) return read;
    const e = enumRefs(g.mod, s);
    const closed = g.ctx.wire('closedEnum');
    return `${closed}<${e.type}>(${read}, ${e.names}, ${d}${e.ranges ? `, ${e.ranges}` : ''})`;
  },
  read(g, s, name, d, o) {
    return [`const ${name} = ${this.expr!(g, s, d, o)};`];
  },
  write(g, s, v, d) {
    if (!s.decl.closed) return [`w.${WIDTH_METHOD[s.bytes]}(${v}, ${d});`];
    // a closed enum's decoder refuses values it does not name, so its encoder does too
    const e = enumRefs(g.mod, s);
    return [
      `w.${WIDTH_METHOD[s.bytes]}(${g.ctx.wire('closedMember')}(${v}, ${e.names}, ${d}${e.ranges ? `, ${e.ranges}` : ''}), ${d});`,
    ];
  },
  arbitrary(_t, s) {
    const values = s.decl.members.flatMap((m) =>
      m.last === undefined ? [Number(m.value)] : [Number(m.value), Number(m.last)],
    );
    const known = values.length ? `fc.constantFrom(${values.join(', ')})` : undefined;
    const any = `fc.integer({ min: 0, max: ${s.decl.max} })`;
    if (s.decl.closed) return known ?? 'fc.constant(0)';
    return known ? `fc.oneof(${known}, ${any})` : any;
  },
};

const VARIABLE_TYPES: Record<string, string> = {
  sshString: 'Uint8Array',
  sshUtf8: 'string',
  mpint: 'bigint',
  nameList: 'string[]',
  base128: 'number',
  berLength: 'number',
};

const VARIABLE_ARBITRARIES: Record<string, string> = {
  sshString: 'fc.uint8Array({ maxLength: 16 })',
  sshUtf8: "fc.string({ unit: 'grapheme', maxLength: 8 })",
  mpint: 'fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n })',
  nameList: 'fc.array(fc.stringMatching(/^[!-+\\--~]{1,8}$/), { maxLength: 4 })',
  base128: 'fc.integer({ min: 0, max: 2 ** 40 })',
  berLength: 'fc.integer({ min: 0, max: 0xffffffff })',
};

export const variableCodec: ShapeCodec<Variable> = {
  type: (_g, s, mode) =>
    mode === 'input' && s.prim.method === 'nameList' ? 'readonly string[]' : VARIABLE_TYPES[s.prim.method]!,
  expr: (_g, s, d) => `r.${s.prim.method}(${d})`,
  read: (_g, s, name, d) => [`const ${name} = r.${s.prim.method}(${d});`],
  write: (_g, s, v, d) => [`w.${s.prim.method}(${v}, ${d});`],
  arbitrary: (_t, s) => VARIABLE_ARBITRARIES[s.prim.method]!,
};
