// alias -> a TypeScript type alias, so `Random`, `ProtocolVersion` and `HostName` keep their RFC
// names in the API even though fields of those types are expanded in place.
import type { AliasDecl } from '../ast.js';
import { aliasField, aliasHolder } from '../model/layout.js';
import { elemOf, elemType, local } from './codec-types.js';
import { docText, type EmitContext } from './context.js';
import { docs } from './emit-enum.js';
import { readField, writeField } from './emit-struct.js';

export function emitAlias(ctx: EmitContext, a: AliasDecl): void {
  const inArray = a.shape.kind !== 'one';
  const e = elemOf(ctx, ctx.module, a.type, inArray);
  const t = elemType(e);
  const shape = a.shape;
  const wire =
    shape.kind === 'fixed'
      ? `${shape.bytes} bytes`
      : shape.kind === 'vector'
        ? `<${shape.lo}..${shape.hi}> bytes`
        : `one ${a.type.name}`;
  ctx.file.addTypeAlias({
    isExported: true,
    name: a.name,
    docs: docs(docText(a, `Wire: ${wire}.`)),
    type: !inArray || e.kind === 'bytes' ? t : `${t}[]`,
  });
  if (inArray) emitAliasCodec(ctx, a);
}

/**
 * readX/writeX for a sized named type, so that it can be an array element or a case body
 * (`ProtocolName protocol_name_list<2..2^16-1>` of RFC 7301).
 */
function emitAliasCodec(ctx: EmitContext, a: AliasDecl): void {
  const field = { ...aliasField(a), name: 'value' };
  const holder = aliasHolder(a, field);
  const where = `'${a.name}@${ctx.module.file.path}:${a.pos.line}'`;
  ctx.file.addFunction({
    isExported: true,
    name: `read${a.name}`,
    docs: [`Read a {@link ${a.name}} at the reader's position.`],
    parameters: [{ name: 'r', type: ctx.wire('Reader', true) }],
    returnType: a.name,
    statements: [...readField(ctx, holder, field, where), `return ${local(field.name)};`].join('\n'),
  });
  ctx.file.addFunction({
    isExported: true,
    name: `write${a.name}`,
    docs: [`Write a {@link ${a.name}}.`],
    parameters: [
      { name: 'w', type: ctx.wire('Writer', true) },
      { name: 'v', type: a.name },
    ],
    returnType: 'void',
    statements: writeField(ctx, holder, field, where, 'v').join('\n'),
  });
}
