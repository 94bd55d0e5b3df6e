// A named type -> a TypeScript type alias, so `Random`, `ProtocolVersion` and `HostName` keep their
// RFC names in the API; a named type with a size of its own also gets readX/writeX, so it can be a
// list element or a case body (`ProtocolName protocol_name_list<2..2^16-1>` of RFC 7301).
import type { AliasDecl, ConstDecl, StructDecl } from '../../ast.js';
import { fixedSize } from '../../model/facts.js';
import type { StructModel } from '../../model/shape.js';
import { docText } from '../context.js';
import { docs } from '../emit-enum.js';
import { valueLiteral } from './fields.js';
import { type ModuleGen, StructGen } from './gen.js';
import { inputName } from './names.js';
import { codecOf } from './shapes/index.js';
import { hasInput } from './shapes/ref.js';

function holder(g: ModuleGen, a: { name: string; pos: AliasDecl['pos'] }): StructModel {
  const decl: StructDecl = {
    kind: 'struct',
    name: a.name,
    pos: a.pos,
    doc: undefined,
    annotations: [],
    messageNumber: undefined,
    params: [],
    fields: [],
  };
  return { decl, module: g.ctx.module, name: a.name, params: [], fields: [], recursive: false };
}

export function emitAlias(g: ModuleGen, a: AliasDecl): void {
  const m = g.model.alias(a);
  if (!m) return;
  const shape = m.shape;
  const codec = codecOf(shape);
  const sh = a.shape;
  const wire =
    sh.kind === 'fixed'
      ? `${sh.bytes} bytes`
      : sh.kind === 'vector'
        ? `<${sh.lo}..${sh.hi}> bytes`
        : `one ${a.type.name}`;
  const range = m.range ? ` Range: ${m.range.lo ?? ''}..${m.range.hi ?? ''}.` : '';
  g.ctx.file.addTypeAlias({
    isExported: true,
    name: a.name,
    docs: docs(docText(a, `Wire: ${wire}.${range}`)),
    type: codec.type(g, shape, 'decoded'),
  });
  if (hasInput(g, shape))
    g.ctx.file.addTypeAlias({
      isExported: true,
      name: inputName(a.name),
      docs: [`{@link ${a.name}} as an encoder takes it.`],
      type: codec.type(g, shape, 'input'),
    });
  if (a.shape.kind === 'one') return;
  const sg = new StructGen(g, holder(g, a));
  const bounds = codec.bounds?.(g, shape as never) ?? {};
  const d = sg.d('$', bounds);
  const o = { local: 'value', ctxArg: 'undefined' };
  g.ctx.file.addFunction({
    isExported: true,
    name: `read${a.name}`,
    docs: [`Read a {@link ${a.name}} at the reader's position.`],
    parameters: [{ name: 'r', type: g.ctx.wire('Reader', true) }],
    returnType: a.name,
    statements: [
      `const f = F.${a.name};`,
      ...codec.read(sg, shape as never, 'value', d, o),
      'return value;',
    ].join('\n'),
  });
  g.ctx.file.addFunction({
    isExported: true,
    name: `write${a.name}`,
    docs: [`Write a {@link ${a.name}}.`],
    parameters: [
      { name: 'w', type: g.ctx.wire('Writer', true) },
      { name: 'v', type: hasInput(g, shape) ? inputName(a.name) : a.name },
    ],
    returnType: 'void',
    statements: [`const f = F.${a.name};`, ...codec.write(sg, shape as never, 'v', d, o)].join('\n'),
  });
}

/** `const opaque X[32] = 0x…;` -> an exported constant of the bytes (or the number). */
export function emitConst(g: ModuleGen, c: ConstDecl): void {
  const shape = g.model.valueShape(g.ctx.module, undefined, {
    name: c.name,
    pos: c.pos,
    type: c.type,
    shape: c.shape,
  });
  if (!shape) return;
  const sg = new StructGen(g, holder(g, c));
  const size = fixedSize(g.model, shape);
  const type = shape.k === 'bytes' ? 'Uint8Array' : 'number';
  g.ctx.file.addStatements(
    `${docs(docText(c, size ? `${size} bytes.` : undefined))
      .map((d) => `/** ${d} */\n`)
      .join('')}export const ${c.name}: ${type} = ${valueLiteral(sg, shape, c.value)};`,
  );
}
