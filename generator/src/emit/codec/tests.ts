// The generated property tests of a module's codecs: a fast-check arbitrary of valid values for
// every struct and named type they reach (each written by the codec of its shape, so a new kind
// of shape brings its own), and per struct: round trips, strict prefixes, bounds on both sides,
// random and corrupted input, and values an encoder must refuse.
import type { Value } from '../../ast.js';
import { renderExpr } from '../../model/expr.js';
import { structOpenTail } from '../../model/facts.js';
import { structsIn } from '../../model/model.js';
import type { FieldModel, Shape, StructModel } from '../../model/shape.js';
import { camelCase } from '../context.js';
import { base, type ModuleGen } from './gen.js';
import { member, prop, str } from './names.js';
import type { ArbitraryGen } from './shapes/codec.js';
import { codecOf } from './shapes/index.js';
import { rangedIntArbitrary } from './shapes/scalar.js';

export function emitCodecTests(g: ModuleGen): void {
  const ctx = g.ctx;
  const own = ctx.module.file.decls.filter((d) => d.kind === 'struct').map((d) => g.model.struct(d as never));
  if (own.length === 0) return;
  const structs = new Map<string, StructModel>();
  const named = new Set<string>();
  const visit = (s: StructModel) => {
    if (structs.has(s.name)) return;
    structs.set(s.name, s);
    for (const f of s.fields) {
      for (const d of structsIn(f.shape)) visit(g.model.struct(d));
      for (const n of namedIn(f.shape)) {
        named.add(n.decl.name);
        const a = g.model.alias(n.decl);
        if (a) for (const d of structsIn(a.shape)) visit(g.model.struct(d));
      }
    }
  };
  own.forEach(visit);
  const t: ArbitraryGen = {
    model: g.model,
    ctx: 'ctx',
    deep: 'depth <= 0',
    struct: (target, ctxExpr) => `A.${target.name}(depth - 1, ${target.params.length ? ctxExpr : '{}'})`,
    named: (name) => `A.${name}(depth, ctx)`,
  };
  const defs: string[] = [];
  const keys: string[] = [];
  for (const [name, s] of [...structs].sort(([a], [b]) => a.localeCompare(b))) {
    defs.push(`${prop(name)}: (depth, ctx) => ${structArbitrary(t, s)},`);
    keys.push(str(name));
  }
  for (const name of [...named].sort()) {
    const decl = [...g.model.program.decls()].find(
      (x) => x.decl.kind === 'alias' && x.decl.name === name,
    )!.decl;
    const a = g.model.alias(decl as never)!;
    defs.push(`${prop(name)}: (depth, ctx) => ${codecOf(a.shape).arbitrary(t, a.shape)},`);
    keys.push(str(name));
  }
  ctx.testImport(
    "import { type ArbitraryFn, arbitraries, boundsEnforced, decodesSafely, encodesSafely, noStrictPrefix, roundTrip, startsWithText } from '@otpnet/test-support/spec-properties';",
  );
  ctx.testImport("import { hexBytes } from '@otpnet/wire';");
  ctx.tests.push(
    `/** Valid values of every type this module's codecs reach, as the specs describe them. */\ntype Types = ${keys.join(' | ')};\nconst A: Record<Types, ArbitraryFn> = arbitraries<Types>({\n${defs.join('\n')}\n});\nvoid startsWithText;\nvoid hexBytes;`,
  );
  for (const s of own) ctx.tests.push(structTests(g, t, s));
}

function namedIn(shape: Shape): Extract<Shape, { k: 'named' }>[] {
  switch (shape.k) {
    case 'named':
      return [shape];
    case 'list':
      return namedIn(shape.elem);
    case 'alias':
      return namedIn(shape.inner);
    case 'framed':
      return namedIn(shape.inner);
    case 'select':
      return [
        ...shape.sel.arms.flatMap((a) => namedIn(a.shape)),
        ...(shape.sel.fallback ? namedIn(shape.sel.fallback) : []),
      ];
    default:
      return [];
  }
}

/** A record of every field the value carries, then the fix-ups that tie fields together. */
function structArbitrary(t: ArbitraryGen, s: StructModel): string {
  const parts: string[] = [];
  const fixes: string[] = [];
  for (const f of s.fields) {
    if (f.derived) continue;
    const key = prop(f.name);
    if (f.shape.k === 'select' && f.shape.sel.tag.k === 'field') {
      const tag = f.shape.sel.tag.name;
      parts.push(`${key}: ${codecOf(f.shape).arbitrary(t, f.shape)}`);
      fixes.push(
        `${member('v', tag)} = (${member('v', f.name)} as [unknown, unknown])[0];`,
        `${member('v', f.name)} = (${member('v', f.name)} as [unknown, unknown])[1];`,
      );
      continue;
    }
    if (
      s.fields.some(
        (x) => x.shape.k === 'select' && x.shape.sel.tag.k === 'field' && x.shape.sel.tag.name === f.name,
      ) &&
      !f.derived
    )
      continue;
    let arb = fieldArbitrary(t, f);
    if (f.optional) arb = `fc.option(${arb}, { nil: undefined })`;
    parts.push(`${key}: ${arb}`);
  }
  // once an optional field is absent, the ones after it are too
  const optional = s.fields.filter((f) => f.optional);
  if (optional.length) {
    fixes.push('let absent = false;');
    for (const f of optional)
      fixes.push(
        `if (absent || ${member('v', f.name)} === undefined) { absent = true; delete ${member('v', f.name)}; }`,
      );
  }
  for (const f of s.fields) {
    if (!f.condition) continue;
    const cond = renderExpr(f.condition, (n) =>
      s.fields.some((x) => x.name === n) ? `(${member('v', n)} as number)` : `ctx.${camelCase(n)}`,
    );
    fixes.push(`if (!(${cond})) delete ${member('v', f.name)};`);
  }
  const record = `fc.record({ ${parts.join(', ')} })`;
  if (fixes.length === 0) return record;
  return `${record}.map((value) => {\nconst v = value as Record<string, unknown>;\n${fixes.join('\n')}\nreturn v;\n})`;
}

function fieldArbitrary(t: ArbitraryGen, f: FieldModel): string {
  if (f.constant && f.defaultValue) return `fc.constant(${testLiteral(f.shape, f.defaultValue, t)})`;
  const b = base(f.shape);
  if (f.bits) {
    const lo = f.range?.lo ?? 0n;
    const hi = f.range?.hi ?? (1n << BigInt(f.bits.width)) - 1n;
    return `fc.integer({ min: ${lo}, max: ${hi} })`;
  }
  if (f.range && b.k === 'int') return rangedIntArbitrary(b, f.range);
  return codecOf(f.shape).arbitrary(t, f.shape as never);
}

/** A spec value as test code: enum members by number, constants by their bytes. */
function testLiteral(shape: Shape, v: Value, t: ArbitraryGen): string {
  const b = base(shape);
  if (v.kind === 'ident' && b.k === 'enum')
    return String(b.decl.members.find((m) => m.name === v.name)?.value ?? 0);
  if (b.k === 'bytes' && b.len.k === 'fixed') {
    let value = v;
    if (v.kind === 'ident') {
      const found = [...t.model.program.decls()].find(
        (x) => x.decl.kind === 'const' && x.decl.name === v.name,
      );
      if (found?.decl.kind === 'const') value = found.decl.value;
    }
    if (value.kind === 'number')
      return `hexBytes('${value.value.toString(16).padStart(b.len.count * 2, '0')}')`;
  }
  if (v.kind === 'number') return b.k === 'int' && b.prim.bytes === 8 ? `${v.value}n` : String(v.value);
  if (v.kind === 'bool') return String(v.value);
  if (v.kind === 'string') return str(v.value);
  return 'undefined';
}

/** Context values to test a parameterised struct with: each label a select on that parameter names. */
function contextsFor(g: ModuleGen, s: StructModel): string {
  if (s.params.length === 0) return '[{}]';
  const values = new Map<string, Set<string>>();
  for (const p of s.params) values.set(p.name, new Set());
  for (const { decl } of g.model.program.decls()) {
    if (decl.kind !== 'struct') continue;
    const m = g.model.struct(decl);
    for (const f of m.fields) {
      if (f.shape.k !== 'select' || f.shape.sel.tag.k !== 'param') continue;
      const set = values.get(f.shape.sel.tag.name);
      if (!set) continue;
      for (const a of f.shape.sel.arms) {
        const mt = a.match;
        if (mt.k === 'enum' || mt.k === 'number') set.add(mt.value.toString());
        if (mt.k === 'string') set.add(str(mt.value));
      }
    }
  }
  // a select of the struct's own on a parameter, with no default, allows only its labels there
  for (const f of s.fields) {
    if (f.shape.k !== 'select' || f.shape.sel.tag.k !== 'param' || f.shape.sel.fallback) continue;
    const own = new Set<string>();
    for (const a of f.shape.sel.arms)
      if (a.match.k === 'enum' || a.match.k === 'number') own.add(a.match.value.toString());
    values.set(f.shape.sel.tag.name, own);
  }
  let combos: string[][] = [[]];
  for (const [name, set] of values) {
    const next: string[][] = [];
    const options = [...set].sort();
    for (const c of combos)
      for (const v of options.length ? options : ['0']) next.push([...c, `${camelCase(name)}: ${v}`]);
    combos = next.slice(0, 16);
  }
  return `[${combos.map((c) => `{ ${c.join(', ')} }`).join(', ')}]`;
}

function structTests(g: ModuleGen, t: ArbitraryGen, s: StructModel): string {
  const args = `A.${s.name}, ${contextsFor(g, s)}, M.encode${s.name}, M.decode${s.name}`;
  const violations: string[] = [];
  for (const f of s.fields) {
    if (f.derived || f.constant) continue;
    const b = base(f.shape);
    const bad: string[] = [];
    if (f.range && b.k === 'int') {
      if (f.range.lo !== undefined && f.range.lo > b.prim.min)
        bad.push(`fc.constant(${b.prim.bytes === 8 ? `${f.range.lo - 1n}n` : f.range.lo - 1n})`);
      if (f.range.hi !== undefined && f.range.hi < b.prim.max)
        bad.push(`fc.constant(${b.prim.bytes === 8 ? `${f.range.hi + 1n}n` : f.range.hi + 1n})`);
    } else if (!f.bits) bad.push(...(codecOf(f.shape).violations?.(t, f.shape as never) ?? []));
    if (bad.length) violations.push(`[${str(f.name)}, [${bad.join(', ')}]]`);
  }
  const lines = [
    `describe(${str(s.name)}, () => {`,
    `  it('decodes what it encodes', () => roundTrip(${args}));`,
    structOpenTail(g.model, s)
      ? `  // ${s.name} ends in "the rest of the input", so its strict prefixes may decode.`
      : `  it('rejects every strict prefix of an encoding as truncated', () => noStrictPrefix(${args}));`,
    violations.length
      ? `  it('enforces bounds on encode and decode', () => boundsEnforced(${args}, M.write${s.name}, [${violations.join(', ')}]));`
      : '',
    `  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(${args}));`,
    `  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () => encodesSafely(${args}));`,
    '});',
  ];
  return lines.filter(Boolean).join('\n');
}
