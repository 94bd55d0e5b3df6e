// The generated property tests of a module's codecs: a description of every struct it can reach
// (test/support/spec-properties.ts turns those into fast-check arbitraries) and, per struct,
// round-trip, strict-prefix, bounds and robustness tests.
import type { Field, StructDecl, TypeRef, Value } from '../ast.js';
import { aliasField } from '../model/layout.js';
import { prefixWidth } from '../model/primitives.js';
import type { Module } from '../model/program.js';
import { camelCase, type EmitContext } from './context.js';

type Json = number | string | boolean | null | Json[] | { [k: string]: Json };

const BYTE_TYPES = new Set(['opaque', 'byte', 'uint8']);

export function emitCodecTests(ctx: EmitContext): void {
  const own = ctx.module.file.decls.filter((d): d is StructDecl => d.kind === 'struct');
  if (own.length === 0) return;
  const reachable = new Map<string, StructDecl>();
  const visit = (s: StructDecl) => {
    if (reachable.has(s.name)) return;
    reachable.set(s.name, s);
    const m = ctx.program.moduleOf(s);
    for (const f of s.fields) {
      const refs: TypeRef[] =
        f.type.kind === 'select'
          ? [...f.type.cases.map((c) => c.type), ...(f.type.defaultCase ? [f.type.defaultCase] : [])]
          : [f.type];
      for (const r of refs) {
        const t = ctx.program.resolve(m, r);
        if (t?.kind === 'struct') visit(t.decl);
      }
    }
  };
  own.forEach(visit);
  const types: Record<string, Json> = {};
  for (const [name, s] of [...reachable].sort(([a], [b]) => a.localeCompare(b)))
    types[name] = describeStruct(ctx, s);

  ctx.testImport(
    "import { boundsEnforced, decodesSafely, noStrictPrefix, roundTrip, type Types } from '@otpnet/test-support/spec-properties';",
  );
  ctx.tests.push(`const types: Types = ${JSON.stringify(types)};`);
  for (const s of own) {
    const layout = ctx.layouts.of(s);
    const args = `types, '${s.name}', M.encode${s.name}, M.decode${s.name}`;
    const hasVector = s.fields.some((f) => f.shape.kind === 'vector' && f.type.kind === 'type');
    ctx.tests.push(
      [
        `describe('${s.name}', () => {`,
        `  it('decodes what it encodes', () => roundTrip(${args}));`,
        layout.openTail
          ? `  // ${s.name} ends in "the rest of the input", so its strict prefixes may decode.`
          : `  it('rejects every strict prefix of an encoding', () => noStrictPrefix(${args}));`,
        hasVector
          ? `  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, '${s.name}', M.encode${s.name}, M.write${s.name}, M.decode${s.name}));`
          : '',
        `  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(${args}));`,
        '});',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }
}

function describeStruct(ctx: EmitContext, s: StructDecl): Json {
  const m = ctx.program.moduleOf(s);
  const layout = ctx.layouts.of(s);
  return {
    params: s.params.map((p) => camelCase(p.name)),
    fields: s.fields.map((f) => describeField(ctx, m, s, f, layout.implicit.has(f.name))),
    recursive: layout.recursive,
    openTail: layout.openTail,
    contexts: contextsFor(ctx, s),
  };
}

function describeField(ctx: EmitContext, m: Module, s: StructDecl, f: Field, implicit: boolean): Json {
  const out: Record<string, Json> = { name: f.name, shape: describeShape(ctx, m, f) };
  if (implicit) out['implicit'] = true;
  if (f.optional) out['optional'] = true;
  if (f.constant && f.defaultValue) out['constant'] = constValue(f.defaultValue, ctx, m, f);
  if (f.type.kind === 'select') {
    const sel = f.type;
    const tagField = s.fields.find((g) => g.name === sel.tag);
    const param = !tagField;
    const tagRef =
      tagField && tagField.type.kind === 'type'
        ? tagField.type
        : s.params.find((p) => p.name === sel.tag)?.type;
    const tagType = tagRef ? ctx.program.resolve(m, tagRef) : undefined;
    const cases: Json[] = [];
    for (const c of sel.cases) {
      for (const label of c.labels) {
        const tag = labelValue(label, tagType);
        const caseKey =
          label.kind === 'ident'
            ? label.name
            : label.kind === 'string'
              ? label.value
              : label.kind === 'bool'
                ? label.value
                : Number(label.kind === 'number' ? label.value : 0);
        cases.push({ tag, case: caseKey, elem: describeElem(ctx, m, c.type, false, f) });
      }
    }
    const select: Record<string, Json> = { tag: param ? camelCase(sel.tag) : sel.tag, param, cases };
    if (sel.defaultCase) {
      const max =
        tagType?.kind === 'enum'
          ? Number(tagType.decl.max)
          : tagType?.kind === 'prim' && tagType.prim.integer
            ? Number(tagType.prim.integer.max > 0xffffffffn ? 0xffffffffn : tagType.prim.integer.max)
            : 0;
      const isString =
        tagType?.kind === 'prim' && (tagType.prim.name === 'utf8' || tagType.prim.name === 'string');
      select['default'] = {
        elem: describeElem(ctx, m, sel.defaultCase, false, f),
        tag: isString ? { t: 'string' } : { t: 'int', max },
      };
    }
    out['select'] = select;
  } else out['elem'] = describeElem(ctx, m, f.type, f.shape.kind !== 'one', f);
  return out;
}

function constValue(v: Value, ctx: EmitContext, m: Module, f: Field): Json {
  if (v.kind === 'number') return Number(v.value);
  if (v.kind === 'bool') return v.value;
  if (v.kind === 'string') return v.value;
  const t = f.type.kind === 'type' ? ctx.program.resolve(m, f.type) : undefined;
  return labelValue(v, t);
}

function labelValue(label: Value, tagType: ReturnType<EmitContext['program']['resolve']>): Json {
  if (label.kind === 'bool') return label.value;
  if (label.kind === 'ident' && tagType?.kind === 'enum')
    return Number(tagType.decl.members.find((x) => x.name === label.name)?.value ?? 0n);
  if (label.kind === 'number') return Number(label.value);
  if (label.kind === 'string') return label.value;
  return null;
}

function describeShape(ctx: EmitContext, m: Module, f: Field): Json {
  const s = f.shape;
  switch (s.kind) {
    case 'one':
      return { k: 'one' };
    case 'fixed': {
      const size =
        f.type.kind === 'type' && !BYTE_TYPES.has(f.type.name)
          ? (ctx.layouts.typeSize(m, f.type.name) ?? 1)
          : 1;
      return { k: 'fixed', n: Number(s.bytes) / size };
    }
    case 'vector': {
      const width = prefixWidth(s.hi) ?? 4;
      const elem =
        f.type.kind === 'type' && !BYTE_TYPES.has(f.type.name)
          ? (ctx.layouts.typeSize(m, f.type.name) ?? 0)
          : 1;
      return {
        k: 'vector',
        lo: Number(s.lo),
        hi: Number(s.hi),
        elem,
        max: width === 4 ? 0xffffffff : 2 ** (8 * width) - 1,
      };
    }
    case 'counted': {
      const t = ctx.program.resolve(m, s.countType);
      return {
        k: 'counted',
        max: t?.kind === 'prim' && t.prim.integer ? Number(t.prim.integer.max) : 0xffffffff,
      };
    }
    case 'fieldCount':
      return { k: 'fieldCount', max: 255 };
    case 'rest':
      return { k: 'rest' };
  }
}

function describeElem(ctx: EmitContext, m: Module, ref: TypeRef, inArray: boolean, f: Field): Json {
  if (ref.name === 'opaque' && !inArray && f.type.kind === 'select') return { t: 'rest' };
  if (inArray && BYTE_TYPES.has(ref.name)) return { t: 'bytes' };
  const r = ctx.program.mustResolve(m, ref);
  if (r.kind === 'alias') {
    const f2 = aliasField(r.decl);
    return {
      t: 'named',
      elem: describeElem(ctx, r.module, r.decl.type, r.decl.shape.kind !== 'one', f2),
      shape: describeShape(ctx, r.module, f2),
    };
  }
  if (r.kind === 'enum') {
    return {
      t: 'enum',
      values: r.decl.members.map((x) => Number(x.value)),
      max: Number(r.decl.max),
      closed: r.decl.closed,
    };
  }
  if (r.kind === 'struct') {
    const out: Record<string, Json> = { t: 'struct', name: r.decl.name };
    if (f.withContext.length) {
      const w: Record<string, Json> = {};
      for (const wc of f.withContext) {
        const p = r.decl.params.find((x) => x.name === wc.name);
        const pt = p ? ctx.program.resolve(ctx.program.moduleOf(r.decl), p.type) : undefined;
        w[camelCase(wc.name)] = labelValue(wc.value, pt);
      }
      out['with'] = w;
    }
    return out;
  }
  const p = r.prim;
  if (p.name === 'uint64') return { t: 'u64' };
  if (p.name === 'mpint') return { t: 'mpint' };
  if (p.name === 'float64') return { t: 'float' };
  if (p.name === 'boolean') return { t: 'bool' };
  if (p.name === 'string') return { t: 'sshString' };
  if (p.name === 'utf8') return { t: 'utf8' };
  if (p.name === 'name-list') return { t: 'nameList' };
  if (p.integer) return { t: 'int', min: Number(p.integer.min), max: Number(p.integer.max) };
  return { t: 'int', min: 0, max: 255 };
}

/** Context values to test a parameterised struct with: every label a select on that parameter names. */
function contextsFor(ctx: EmitContext, s: StructDecl): Json[] {
  if (s.params.length === 0) return [];
  const values = new Map<string, Set<number | string>>();
  for (const p of s.params) values.set(p.name, new Set());
  for (const { decl } of ctx.program.decls()) {
    if (decl.kind !== 'struct') continue;
    const m = ctx.program.moduleOf(decl);
    for (const f of decl.fields) {
      if (
        f.type.kind === 'select' &&
        values.has(f.type.tag) &&
        decl.params.some((p) => p.name === (f.type as { tag: string }).tag)
      ) {
        const p = decl.params.find((q) => q.name === (f.type as { tag: string }).tag)!;
        const pt = ctx.program.resolve(m, p.type);
        for (const c of f.type.cases)
          for (const l of c.labels) {
            const v = labelValue(l, pt);
            if (v !== null && typeof v !== 'boolean' && typeof v !== 'object') values.get(p.name)!.add(v);
          }
      }
    }
  }
  let combos: Record<string, Json>[] = [{}];
  for (const [name, set] of values) {
    const next: Record<string, Json>[] = [];
    for (const c of combos) for (const v of [...set].sort()) next.push({ ...c, [camelCase(name)]: v });
    combos = next.slice(0, 16);
  }
  return combos;
}
