// Several values of one element shape. Elements of generated types go through the Reader's and
// Writer's list helpers, which put the element's index into error paths; integers and other
// scalars are read in a plain loop.
import { fixedSize, minSize } from '../../../model/facts.js';
import type { Shape } from '../../../model/shape.js';
import type { ModuleGen, StructGen } from '../gen.js';
import { vectorBounds } from './bytes.js';
import type { ArbitraryGen, Options, ShapeCodec } from './codec.js';
import { codecOf } from './index.js';
import { callRead, callWrite } from './ref.js';

type List = Extract<Shape, { k: 'list' }>;

function elemType(g: ModuleGen, s: List, mode: 'decoded' | 'input'): string {
  const t = codecOf(s.elem).type(g, s.elem, mode);
  const simple = /^[A-Za-z0-9_.]+$/.test(t);
  const e = simple ? t : `(${t})`;
  return mode === 'input' ? `readonly ${e}[]` : `${e}[]`;
}

/** The width of an element read as a plain unsigned integer (an open enum too), if it is one. */
function plainIntWidth(e: Shape): 1 | 2 | 4 | undefined {
  const b = e.k === 'alias' ? e.inner : e;
  const w =
    b.k === 'int' && !b.prim.signed ? b.prim.bytes : b.k === 'enum' && !b.decl.closed ? b.bytes : undefined;
  return w === 1 || w === 2 || w === 4 ? w : undefined;
}

/** A struct or named element, for direct calls of its own reader and writer. */
function refElement(s: List): Extract<Shape, { k: 'struct' | 'named' }> | undefined {
  const e = s.elem.k === 'alias' ? s.elem.inner : s.elem;
  return e.k === 'struct' || e.k === 'named' ? e : undefined;
}

/** Statements that read the elements into `name`, given how many there are (`n`) or up to the body's end. */
function readElements(
  g: StructGen,
  s: List,
  name: string,
  d: string,
  o: Options,
  count: string | undefined,
): string[] {
  const t = elemType(g.mod, s, 'decoded');
  const loop = count === undefined ? 'while (r.pos < r.end)' : `for (let i = 0; i < ${count}; i++)`;
  const ref = refElement(s);
  if (ref)
    return [
      `const ${name}: ${t} = [];`,
      `try {\n${loop} ${name}.push(${callRead(g.mod, ref, o.ctxArg)});\n} catch (e) {\nthrow ${g.ctx.wire('nestedAt')}(e, ${d}, ${name}.length);\n}`,
    ];
  const one = codecOf(s.elem).expr!(g, s.elem, d, { ...o, field: undefined });
  return [`const ${name}: ${t} = [];`, `${loop} ${name}.push(${one});`];
}

function writeElements(g: StructGen, s: List, v: string, d: string, o: Options): string[] {
  const items = `${o.local}Items`;
  const ref = refElement(s);
  if (ref)
    return [
      `const ${items} = ${g.ctx.wire('expectArray')}(${v}, ${d});`,
      `let ${o.local}I = 0;`,
      `try {\nfor (; ${o.local}I < ${items}.length; ${o.local}I++) ${callWrite(g.mod, ref, `${items}[${o.local}I]!`, o.ctxArg)};\n} catch (e) {\nthrow ${g.ctx.wire('nestedAt')}(e, ${d}, ${o.local}I);\n}`,
    ];
  const c = codecOf(s.elem);
  return [
    `for (const item of ${g.ctx.wire('expectArray')}(${v}, ${d})) {`,
    ...c.write(g, s.elem, 'item', d, { ...o, field: undefined }),
    '}',
  ];
}

export const listCodec: ShapeCodec<List> = {
  type: (g, s, mode) => elemType(g, s, mode),
  read(g, s, name, d, o) {
    const len = s.len;
    const min = Math.max(1, minSize(g.model, s.elem));
    switch (len.k) {
      case 'fixed':
        return readElements(g, s, name, d, o, String(len.count));
      case 'vector': {
        const width = plainIntWidth(s.elem);
        if (width && len.unit === width)
          return [`const ${name}: ${elemType(g.mod, s, 'decoded')} = r.intVector(${width}, ${d});`];
        const end = `${o.local}End`;
        return [
          `const ${end} = r.enterVector(${d});`,
          ...readElements(g, s, name, d, o, undefined),
          `r.leave(${end}, ${d});`,
        ];
      }
      case 'prefix': {
        const n = `${o.local}Count`;
        return [
          `const ${n} = r.count(r.${len.count.method}(${d}), ${min}, ${d});`,
          ...readElements(g, s, name, d, o, n),
        ];
      }
      case 'count': {
        const n = `${o.local}Count`;
        return [`const ${n} = r.count(${o.count}, ${min}, ${d});`, ...readElements(g, s, name, d, o, n)];
      }
      case 'rest': {
        if (len.tail === 0) return readElements(g, s, name, d, o, undefined);
        const end = `${o.local}End`;
        return [
          `const ${end} = r.enter(r.end - r.pos - ${len.tail}, ${d});`,
          ...readElements(g, s, name, d, o, undefined),
          `r.leave(${end}, ${d});`,
        ];
      }
      case 'until': {
        const t = elemType(g.mod, s, 'decoded');
        const loop = `while (!r.sentinel(${len.width}, ${len.sentinel}, ${d}))`;
        const ref = refElement(s);
        if (ref)
          return [
            `const ${name}: ${t} = [];`,
            `try {\n${loop} ${name}.push(${callRead(g.mod, ref, o.ctxArg)});\n} catch (e) {\nthrow ${g.ctx.wire('nestedAt')}(e, ${d}, ${name}.length);\n}`,
          ];
        return [
          `const ${name}: ${t} = [];`,
          `${loop} ${name}.push(${codecOf(s.elem).expr!(g, s.elem, d, o)});`,
        ];
      }
      case 'trailing':
        throw new Error('internal: a trailing run of elements');
    }
  },
  write(g, s, v, d, o) {
    const len = s.len;
    switch (len.k) {
      case 'fixed':
        return [`${g.ctx.wire('expectLength')}(${v}, ${len.count}, ${d});`, ...writeElements(g, s, v, d, o)];
      case 'vector': {
        const mark = `${o.local}Mark`;
        return [
          `const ${mark} = w.beginVector(${d});`,
          ...writeElements(g, s, v, d, o),
          `w.endVector(${mark}, ${d});`,
        ];
      }
      case 'prefix':
        return [
          `w.${len.count.method}(${g.ctx.wire('lengthOf')}(${v}, ${d}), ${d});`,
          ...writeElements(g, s, v, d, o),
        ];
      case 'count':
        return [
          ...(o.count === undefined ? [] : [`${g.ctx.wire('expectLength')}(${v}, ${o.count}, ${d});`]),
          ...writeElements(g, s, v, d, o),
        ];
      case 'rest':
        return writeElements(g, s, v, d, o);
      case 'until': {
        const ref = refElement(s);
        if (ref) {
          const fn = g.ctx.ref(ref.decl, `write${ref.decl.name}`);
          const ctxArg = ref.k === 'struct' ? o.ctxArg : 'undefined';
          return [`w.itemsUntil(${d}, ${v}, ${fn}, ${ctxArg}, ${len.width}, ${len.sentinel});`];
        }
        return [...writeElements(g, s, v, d, o), `w.sentinel(${len.width}, ${len.sentinel}, ${d});`];
      }
      case 'trailing':
        throw new Error('internal: a trailing run of elements');
    }
  },
  bounds: (_g, s) => (s.len.k === 'vector' ? vectorBounds({ ...s.len, unit: s.len.unit }) : {}),
  arbitrary(t, s) {
    let one = codecOf(s.elem).arbitrary(t, s.elem);
    const len = s.len;
    if (len.k === 'until') one = `${one}.filter((e) => ${firstValue(t, s.elem, 'e')} !== ${len.sentinel})`;
    const recursive = s.elem.k === 'struct' && t.model.struct(s.elem.decl).recursive;
    const most = (n: number) => (recursive ? `${t.deep} ? 0 : ${n}` : String(n));
    if (len.k === 'fixed') return `fc.array(${one}, { minLength: ${len.count}, maxLength: ${len.count} })`;
    if (len.k === 'vector') {
      const size = fixedSize(t.model, s.elem);
      if (size) {
        const min = Math.ceil(Number(len.lo) / size);
        const max = Math.min(Math.floor(Number(len.hi) / size), min + 6);
        return `fc.array(${one}, { minLength: ${min}, maxLength: ${max} })`;
      }
      return `fc.array(${one}, { minLength: ${len.lo > 0n ? 1 : 0}, maxLength: ${most(3)} })`;
    }
    return `fc.array(${one}, { maxLength: ${most(3)} })`;
  },
  violations(t, s) {
    const len = s.len;
    if (len.k !== 'vector') return [];
    const size = fixedSize(t.model, s.elem);
    if (!size) return [];
    const one = codecOf(s.elem).arbitrary(t, s.elem);
    const out: string[] = [];
    const max = len.width === 4 ? 2 ** 32 - 1 : 2 ** (8 * len.width) - 1;
    if (len.lo >= BigInt(size)) {
      const n = (Number(len.lo) - size) / size;
      if (Number.isInteger(n)) out.push(`fc.array(${one}, { minLength: ${n}, maxLength: ${n} })`);
    }
    const overBytes = Number(len.hi) + size;
    if (overBytes <= max && overBytes <= 2 ** 17) {
      const n = Math.floor(overBytes / size);
      out.push(`fc.array(${one}, { minLength: ${n}, maxLength: ${n} })`);
    }
    return out;
  },
};

/** The integer an element starts with (what a sentinel is compared with), as test code. */
function firstValue(t: ArbitraryGen, elem: Shape, v: string): string {
  if (elem.k === 'alias') return firstValue(t, elem.inner, v);
  if (elem.k === 'struct') {
    const first = t.model.struct(elem.decl).fields[0]!;
    return `(${v} as Record<string, unknown>).${first.name}`;
  }
  return v;
}
