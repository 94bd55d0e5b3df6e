// alias -> a TypeScript type alias, so `Random`, `ProtocolVersion` and `HostName` keep their RFC
// names in the API even though fields of those types are expanded in place.
import type { AliasDecl } from '../ast.js';
import { elemOf, elemType } from './codec-types.js';
import { docText, type EmitContext } from './context.js';
import { docs } from './emit-enum.js';

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
}
