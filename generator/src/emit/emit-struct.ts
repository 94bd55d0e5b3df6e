// struct / message -> an interface, readX/writeX over the wire Reader and Writer, and the
// decodeX/encodeX entry points. The code is straight-line: one statement per field, no
// interpreter at run time.
import type { Field, Select, StructDecl } from '../ast.js';
import { prefixWidth } from '../model/primitives.js';
import {
  contextArg,
  type Elem,
  elemOf,
  elemType,
  local,
  pascal,
  prop,
  readElem,
  writeElem,
} from './codec-types.js';
import { camelCase, docText, type EmitContext } from './context.js';
import { docs } from './emit-enum.js';
import { defaultLiteral, selectCases } from './select-cases.js';

export function emitStruct(ctx: EmitContext, s: StructDecl): void {
  const layout = ctx.layouts.of(s);
  const module = ctx.module;
  const where = (f: Field | undefined) =>
    `'${s.name}${f ? `.${f.name}` : ''}@${module.file.path}:${(f ?? s).pos.line}'`;

  // ---- types
  const ctxType = s.params.length > 0 ? `${s.name}Context` : undefined;
  if (ctxType) {
    ctx.file.addInterface({
      isExported: true,
      name: ctxType,
      docs: [`What decoding a ${s.name} needs to know that is not on the wire.`],
      properties: s.params.map((p) => {
        const t = ctx.program.mustResolve(module, p.type);
        return {
          name: camelCase(p.name),
          type: t.kind === 'prim' ? t.prim.ts : ctx.ref(t.decl, t.decl.name, true),
        };
      }),
    });
  }
  for (const f of s.fields) {
    if (f.type.kind === 'select') {
      ctx.file.addTypeAlias({
        isExported: true,
        name: selectTypeName(s, f),
        docs: [`The variants of ${s.name}.${f.name}, keyed by ${f.type.tag}.`],
        type: selectCases(ctx, s, f.type)
          .map((c) => `{ case: ${c.caseLiteral}; value: ${c.tsType} }`)
          .join(' | '),
      });
    }
  }
  const extra = s.messageNumber !== undefined ? `Message number ${s.messageNumber}.` : undefined;
  ctx.file.addInterface({
    isExported: true,
    name: s.name,
    docs: docs(docText(s, extra)),
    properties: s.fields
      .filter((f) => !layout.implicit.has(f.name))
      .map((f) => ({
        name: prop(f.name),
        type: fieldType(ctx, s, f),
        hasQuestionToken: f.defaultValue !== undefined || f.optional,
        docs: docs(fieldDoc(ctx, f)),
      })),
  });
  if (s.messageNumber !== undefined) {
    ctx.file.addStatements(
      `/** The message number of {@link ${s.name}}. */\nexport const ${s.name}_NUMBER = ${s.messageNumber};`,
    );
  }

  // ---- read
  const reader = ctx.wire('Reader', true);
  const read: string[] = [];
  if (layout.recursive) read.push(`r.descend(${where(undefined)});`);
  if (s.messageNumber !== undefined) {
    read.push(`const number = r.u8(${where(undefined)});`);
    read.push(
      `if (number !== ${s.messageNumber}) throw new ${ctx.wire('DecodeError')}(${where(undefined)}, \`expected message number ${s.messageNumber}, got \${number}\`);`,
    );
  }
  for (const f of s.fields) read.push(...readFieldWrapped(ctx, s, f, where(f)));
  if (layout.recursive) read.push('r.ascend();');
  const names = s.fields
    .filter((f) => !layout.implicit.has(f.name))
    .map((f) => {
      const value = f.optional ? `${local(f.name)}Present` : local(f.name);
      return value === f.name ? f.name : `${prop(f.name)}: ${value}`;
    });
  read.push(`return { ${names.join(', ')} };`);
  const ctxParam = ctxType ? [{ name: 'ctx', type: ctxType }] : [];
  ctx.file.addFunction({
    isExported: true,
    name: `read${s.name}`,
    docs: [`Read a {@link ${s.name}} at the reader's position.`],
    parameters: [{ name: 'r', type: reader }, ...ctxParam],
    returnType: s.name,
    statements: read.join('\n'),
  });

  // ---- write
  const write: string[] = [];
  if (s.messageNumber !== undefined) write.push(`w.u8(${s.messageNumber}, ${where(undefined)});`);
  for (const f of s.fields) {
    const lines = writeField(ctx, s, f, where(f));
    write.push(...(f.optional ? [`if (v.${prop(f.name)} !== undefined) {`, ...lines, '}'] : lines));
  }
  ctx.file.addFunction({
    isExported: true,
    name: `write${s.name}`,
    docs: [`Write a {@link ${s.name}}.`],
    parameters: [
      { name: 'w', type: ctx.wire('Writer', true) },
      { name: 'v', type: s.name },
    ],
    returnType: 'void',
    statements: write.join('\n'),
  });

  // ---- entry points
  ctx.file.addFunction({
    isExported: true,
    name: `decode${s.name}`,
    docs: [
      `Decode a whole {@link ${s.name}}: trailing bytes are an error. Opaque fields are views into \`bytes\`.`,
    ],
    parameters: [{ name: 'bytes', type: 'Uint8Array' }, ...ctxParam],
    returnType: s.name,
    statements: [
      `const r = new ${ctx.wire('Reader')}(bytes);`,
      `const v = read${s.name}(r${ctxType ? ', ctx' : ''});`,
      `r.done(${where(undefined)});`,
      'return v;',
    ].join('\n'),
  });
  ctx.file.addFunction({
    isExported: true,
    name: `encode${s.name}`,
    docs: [`Encode a {@link ${s.name}}.`],
    parameters: [{ name: 'v', type: s.name }],
    returnType: 'Uint8Array',
    statements: [
      `const w = new ${ctx.wire('Writer')}();`,
      `write${s.name}(w, v);`,
      'return w.finish();',
    ].join('\n'),
  });
}

export function selectTypeName(s: StructDecl, f: Field): string {
  return `${s.name}${pascal(f.name)}`;
}

function fieldDoc(ctx: EmitContext, f: Field): string | undefined {
  const parts: string[] = [];
  if (f.doc) parts.push(/[.!?]$/.test(f.doc) ? f.doc : `${f.doc}.`);
  const shape = f.shape;
  if (shape.kind === 'vector') parts.push(`Wire: <${shape.lo}..${shape.hi}> bytes.`);
  if (f.defaultValue) parts.push(`Default: ${defaultLiteral(ctx, ctx.module, f)}.`);
  return parts.length ? parts.join(' ') : undefined;
}

function isArray(f: Field): boolean {
  return f.shape.kind !== 'one';
}

function fieldType(ctx: EmitContext, s: StructDecl, f: Field): string {
  if (f.type.kind === 'select') return selectTypeName(s, f);
  const e = elemOf(ctx, ctx.module, f.type, isArray(f));
  if (!isArray(f) || e.kind === 'bytes') return elemType(e);
  const t = elemType(e);
  return /^[A-Za-z0-9_]+$/.test(t) ? `${t}[]` : `(${t})[]`;
}

function elemSize(ctx: EmitContext, f: Field): number {
  return f.type.kind === 'select' ? 1 : (ctx.layouts.typeSize(ctx.module, f.type.name) ?? 1);
}

function childCtx(ctx: EmitContext, s: StructDecl, f: Field, e: Elem): string {
  return e.kind === 'struct' ? contextArg(ctx, s, f, e.decl) : '';
}

/** readField, plus the checks of @const and the absence of an @optional field at the end. */
function readFieldWrapped(ctx: EmitContext, s: StructDecl, f: Field, where: string): string[] {
  const lines = readField(ctx, s, f, where);
  const name = local(f.name);
  if (f.constant && f.defaultValue) {
    const value = defaultLiteral(ctx, ctx.module, f);
    lines.push(
      `if (${name} !== ${value}) throw new ${ctx.wire('DecodeError')}(${where}, \`expected ${value}, got \${String(${name})}\`);`,
    );
  }
  if (!f.optional) return lines;
  // Declared outside the block as <name>Present; the returned object maps it back to the field.
  return [
    `let ${name}Present: ${fieldType(ctx, s, f)} | undefined;`,
    'if (r.pos < r.end) {',
    ...lines,
    `${name}Present = ${name};`,
    '}',
  ];
}

export function readField(ctx: EmitContext, s: StructDecl, f: Field, where: string): string[] {
  const name = local(f.name);
  if (f.type.kind === 'select') return readSelect(ctx, s, f, f.type, where);
  const e = elemOf(ctx, ctx.module, f.type, isArray(f));
  const one = readElem(e, where, childCtx(ctx, s, f, e));
  const t = elemType(e);
  const min = Math.max(1, ctx.layouts.minSize(ctx.module, f.type.name));
  const loop = (cond: string) => [`const ${name}: ${t}[] = [];`, `for (${cond}) ${name}.push(${one});`];
  const shape = f.shape;
  switch (shape.kind) {
    case 'one':
      return [`const ${name} = ${one};`];
    case 'fixed': {
      if (e.kind === 'bytes') return [`const ${name} = r.raw(${shape.bytes}, ${where});`];
      const n = Number(shape.bytes) / elemSize(ctx, f);
      return loop(`let i = 0; i < ${n}; i++`);
    }
    case 'vector': {
      const width = prefixWidth(shape.hi)!;
      const len = `r.vectorLength(${width}, ${shape.lo}, ${shape.hi}, ${e.kind === 'bytes' ? 1 : elemSize(ctx, f)}, ${where})`;
      if (e.kind === 'bytes') return [`const ${name} = r.raw(${len}, ${where});`];
      return [
        `const ${name}: ${t}[] = [];`,
        `const ${name}End = r.enter(${len}, ${where});`,
        `while (r.pos < r.end) ${name}.push(${one});`,
        `r.leave(${name}End, ${where});`,
      ];
    }
    case 'counted': {
      const prim = ctx.program.mustResolve(ctx.module, shape.countType);
      const method = prim.kind === 'prim' ? prim.prim.method : 'u32';
      const count = `r.count(r.${method}(${where}), ${e.kind === 'bytes' ? 1 : min}, ${where})`;
      if (e.kind === 'bytes') return [`const ${name} = r.raw(${count}, ${where});`];
      return [`const ${name}Count = ${count};`, ...loop(`let i = 0; i < ${name}Count; i++`)];
    }
    case 'fieldCount': {
      const counter = local(shape.field);
      if (e.kind === 'bytes') return [`const ${name} = r.raw(${counter}, ${where});`];
      return [`r.count(${counter}, ${min}, ${where});`, ...loop(`let i = 0; i < ${counter}; i++`)];
    }
    case 'rest':
      if (e.kind === 'bytes') return [`const ${name} = r.rest();`];
      return loop('; r.pos < r.end; ');
  }
}

export function writeField(
  ctx: EmitContext,
  s: StructDecl,
  f: Field,
  where: string,
  valueExpr?: string,
): string[] {
  // a named type's own codec (emit-alias.ts) has one field and nothing implicit
  const counted = valueExpr === undefined ? ctx.layouts.of(s).implicit.get(f.name) : undefined;
  if (counted) {
    const e = elemOf(ctx, ctx.module, f.type as { kind: 'type'; name: string; pos: Field['pos'] }, false);
    return [writeElem(e, `v.${prop(counted.name)}.length`, where)];
  }
  const value = valueExpr ?? `v.${prop(f.name)}`;
  if (f.type.kind === 'select') return writeSelect(ctx, s, f, f.type, where);
  const e = elemOf(ctx, ctx.module, f.type, isArray(f));
  const shape = f.shape;
  const each = (list: string) => `for (const item of ${list}) ${writeElem(e, 'item', where)}`;
  switch (shape.kind) {
    case 'one':
      return [
        writeElem(e, f.defaultValue ? `(${value} ?? ${defaultLiteral(ctx, ctx.module, f)})` : value, where),
      ];
    case 'fixed': {
      if (e.kind === 'bytes') return [`w.fixed(${value}, ${shape.bytes}, ${where});`];
      const n = Number(shape.bytes) / elemSize(ctx, f);
      return [
        `if (${value}.length !== ${n}) throw new ${ctx.wire('EncodeError')}(${where}, \`expected ${n} elements, got \${${value}.length}\`);`,
        each(value),
      ];
    }
    case 'vector': {
      const width = prefixWidth(shape.hi)!;
      const mark = `${local(f.name)}Mark`;
      return [
        `const ${mark} = w.beginLength(${width});`,
        e.kind === 'bytes' ? `w.raw(${value}, ${where});` : each(value),
        `w.endLength(${mark}, ${width}, ${shape.lo}, ${shape.hi}, ${e.kind === 'bytes' ? 1 : elemSize(ctx, f)}, ${where});`,
      ];
    }
    case 'counted': {
      const prim = ctx.program.mustResolve(ctx.module, shape.countType);
      const method = prim.kind === 'prim' ? prim.prim.method : 'u32';
      return [
        `w.${method}(${value}.length, ${where});`,
        e.kind === 'bytes' ? `w.raw(${value}, ${where});` : each(value),
      ];
    }
    case 'fieldCount':
    case 'rest':
      return [e.kind === 'bytes' ? `w.raw(${value}, ${where});` : each(value)];
  }
}

function tagExpr(s: StructDecl, sel: Select): { expr: string; isParam: boolean } {
  const isParam = !s.fields.some((f) => f.name === sel.tag) && s.params.some((p) => p.name === sel.tag);
  return { expr: isParam ? `ctx.${camelCase(sel.tag)}` : local(sel.tag), isParam };
}

function readSelect(ctx: EmitContext, s: StructDecl, f: Field, sel: Select, where: string): string[] {
  const name = local(f.name);
  const out = [`let ${name}: ${selectTypeName(s, f)};`];
  const shape = f.shape;
  const width = shape.kind === 'vector' ? prefixWidth(shape.hi)! : undefined;
  if (shape.kind === 'vector')
    out.push(
      `const ${name}End = r.enter(r.vectorLength(${width}, ${shape.lo}, ${shape.hi}, 1, ${where}), ${where});`,
    );
  const { expr } = tagExpr(s, sel);
  out.push(`switch (${expr}) {`);
  let hasDefault = false;
  for (const c of selectCases(ctx, s, sel)) {
    const readValue = c.read(f, where);
    if (c.label === undefined) {
      hasDefault = true;
      out.push(`default:\n${name} = { case: undefined, value: ${readValue} };\nbreak;`);
    } else out.push(`case ${c.label}:\n${name} = { case: ${c.caseLiteral}, value: ${readValue} };\nbreak;`);
  }
  if (!hasDefault)
    out.push(
      `default:\nthrow new ${ctx.wire('DecodeError')}(${where}, \`no case for ${sel.tag} \${String(${expr})}\`);`,
    );
  out.push('}');
  if (shape.kind === 'vector') out.push(`r.leave(${name}End, ${where});`);
  return out;
}

function writeSelect(ctx: EmitContext, s: StructDecl, f: Field, sel: Select, where: string): string[] {
  const name = local(f.name);
  const out = [`const ${name} = v.${prop(f.name)};`];
  const shape = f.shape;
  const width = shape.kind === 'vector' ? prefixWidth(shape.hi)! : undefined;
  if (shape.kind === 'vector') out.push(`const ${name}Mark = w.beginLength(${width});`);
  const { isParam } = tagExpr(s, sel);
  out.push(`switch (${name}.case) {`);
  for (const c of selectCases(ctx, s, sel)) {
    const body = c.write(`${name}.value`, where);
    if (c.label === undefined) {
      out.push(`case undefined:\n${body}\nbreak;`);
      continue;
    }
    const check = isParam
      ? ''
      : `if (v.${prop(sel.tag)} !== ${c.label}) throw new ${ctx.wire('EncodeError')}(${where}, \`case ${String(c.caseText)} needs ${sel.tag} = ${c.labelText}, got \${String(v.${prop(sel.tag)})}\`);\n`;
    out.push(`case ${c.caseLiteral}:\n${check}${body}\nbreak;`);
  }
  out.push(
    `default:\nthrow new ${ctx.wire('EncodeError')}(${where}, \`unknown case \${String((${name} as { case: unknown }).case)}\`);`,
  );
  out.push('}');
  if (shape.kind === 'vector')
    out.push(`w.endLength(${name}Mark, ${width}, ${shape.lo}, ${shape.hi}, 1, ${where});`);
  return out;
}
