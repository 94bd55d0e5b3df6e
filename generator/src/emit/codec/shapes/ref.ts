// Values of named types: structs (through their own readX/writeX, with the context they need),
// named types with a codec of their own (list elements and case bodies), and named types expanded
// in place, which keep their name in the TypeScript types.
import type { Shape } from '../../../model/shape.js';
import { base, type ModuleGen, type StructGen } from '../gen.js';
import { inputName, str } from '../names.js';
import { rangeBounds } from '../struct-read.js';
import type { Options, ShapeCodec } from './codec.js';
import { codecOf } from './index.js';
import { rangedIntArbitrary } from './scalar.js';

type Struct = Extract<Shape, { k: 'struct' }>;
type Named = Extract<Shape, { k: 'named' }>;
type Alias = Extract<Shape, { k: 'alias' }>;

/** The readX/writeX of a shape that has them (structs and named types), as seen from this module. */
export function functionsOf(g: ModuleGen, s: Shape): { read: string; write: string } | undefined {
  if (s.k === 'struct' || s.k === 'named')
    return { read: g.ctx.ref(s.decl, `read${s.decl.name}`), write: g.ctx.ref(s.decl, `write${s.decl.name}`) };
  if (s.k === 'alias' && (s.inner.k === 'struct' || s.inner.k === 'named')) return functionsOf(g, s.inner);
  return undefined;
}

/** True when a type's encoder input differs from its decoded value (defaults, derived fields). */
export function hasInput(g: ModuleGen, s: Shape, seen = new Set<object>()): boolean {
  switch (s.k) {
    case 'struct':
      return true; // every struct gets an XInput, so that adding a default later changes no signature
    case 'alias':
      return hasInput(g, s.inner, seen);
    case 'named': {
      if (seen.has(s.decl)) return false;
      seen.add(s.decl);
      const a = g.model.alias(s.decl);
      return a ? hasInput(g, a.shape, seen) : false;
    }
    case 'list':
      return true; // readonly arrays
    case 'select':
      return true;
    case 'variable':
      return s.prim.method === 'nameList';
    default:
      return false;
  }
}

/** A direct call of a struct's or named type's reader (the caller puts the field into error paths). */
export function callRead(g: ModuleGen, s: Struct | Named, ctxArg: string): string {
  const fn = g.ctx.ref(s.decl, `read${s.decl.name}`);
  return s.k === 'struct' && ctxArg !== 'undefined' ? `${fn}(r, ${ctxArg})` : `${fn}(r)`;
}

/** A direct call of a struct's or named type's writer. */
export function callWrite(g: ModuleGen, s: Struct | Named, v: string, ctxArg: string): string {
  const fn = g.ctx.ref(s.decl, `write${s.decl.name}`);
  return s.k === 'struct' && ctxArg !== 'undefined' ? `${fn}(w, ${v}, ${ctxArg})` : `${fn}(w, ${v})`;
}

/**
 * A value read by its own reader, with the field put in front of any error's path. Direct calls
 * (not through a helper that takes the reader as a value) let the engine inline them.
 */
function guardedRead(g: StructGen, s: Struct | Named, name: string, d: string, o: Options): string[] {
  const t = s.k === 'struct' ? g.ctx.ref(s.decl, s.decl.name, true) : g.ctx.ref(s.decl, s.decl.name, true);
  return [
    `let ${name}: ${t};`,
    `try {\n${name} = ${callRead(g.mod, s, o.ctxArg)};\n} catch (e) {\nthrow ${g.ctx.wire('nested')}(e, ${d}, ${str(fieldPart(d))});\n}`,
  ];
}

function guardedWrite(g: StructGen, s: Struct | Named, v: string, d: string, o: Options): string[] {
  return [
    `try {\n${callWrite(g.mod, s, v, o.ctxArg)};\n} catch (e) {\nthrow ${g.ctx.wire('nested')}(e, ${d}, ${str(fieldPart(d))});\n}`,
  ];
}

/** The field name a descriptor expression (`f.server_share`) puts into paths; `f.$` adds none. */
function fieldPart(d: string): string {
  return d === 'f.$' ? '' : d.replace(/^f\./, '').replace(/^\['(.*)'\]$/, '$1');
}

export const structCodec: ShapeCodec<Struct> = {
  type: (g, s, mode) => g.ctx.ref(s.decl, mode === 'input' ? inputName(s.decl.name) : s.decl.name, true),
  read: (g, s, name, d, o) => guardedRead(g, s, name, d, o),
  write: (g, s, v, d, o) => guardedWrite(g, s, v, d, o),
  arbitrary: (t, s) => t.struct(t.model.struct(s.decl), t.ctx),
};

export const namedCodec: ShapeCodec<Named> = {
  type: (g, s, mode) => {
    const input = mode === 'input' && hasInput(g, s);
    return g.ctx.ref(s.decl, input ? inputName(s.decl.name) : s.decl.name, true);
  },
  read: (g, s, name, d, o) => guardedRead(g, s, name, d, { ...o, ctxArg: 'undefined' }),
  write: (g, s, v, d, o) => guardedWrite(g, s, v, d, { ...o, ctxArg: 'undefined' }),
  arbitrary: (t, s) => t.named(s.decl.name),
};

export const aliasCodec: ShapeCodec<Alias> = {
  type: (g, s, mode) => {
    const input = mode === 'input' && hasInput(g, s);
    return g.ctx.ref(s.decl, input ? inputName(s.decl.name) : s.decl.name, true);
  },
  expr: (g, s, d, o) => {
    const e = codecOf(s.inner).expr?.(g, s.inner as never, d, o) ?? '';
    const range = rangeOf(g.mod, s);
    return e && range ? `r.range(${e}, ${range})` : e;
  },
  read: (g, s, name, d, o) => codecOf(s.inner).read(g, s.inner as never, name, d, o),
  write: (g, s, v, d, o) => {
    const range = rangeOf(g.mod, s);
    return codecOf(s.inner).write(g, s.inner as never, range ? `w.range(${v}, ${range})` : v, d, o);
  },
  bounds: (g, s) => codecOf(s.inner).bounds?.(g, s.inner as never) ?? {},
  arbitrary: (t, s) => {
    const a = t.model.alias(s.decl);
    if (a?.range && s.inner.k === 'int') return rangedIntArbitrary(s.inner, a.range);
    return codecOf(s.inner).arbitrary(t, s.inner as never);
  },
  violations: (t, s) => codecOf(s.inner).violations?.(t, s.inner as never) ?? [],
};

/**
 * The descriptor of a ranged alias (`uint16 RecordSizeLimit(64..)`) where it is a case body or an
 * element rather than a field's own type: its own entry, so the limit holds wherever it is used.
 */
function rangeOf(g: ModuleGen, s: Alias): string | undefined {
  const a = g.model.alias(s.decl);
  if (!a?.range || (s.inner.k !== 'int' && s.inner.k !== 'enum')) return undefined;
  g.descriptor(s.decl.name, '$', s.decl.pos.line, rangeBounds(a.range));
  return `F.${s.decl.name}.$`;
}

export { base };
