// enum -> a const object of members, an open union type, a name table and a printer.
import { VariableDeclarationKind } from 'ts-morph';
import type { EnumDecl } from '../ast.js';
import { docText, type EmitContext } from './context.js';

export function emitEnum(ctx: EmitContext, e: EnumDecl): void {
  const hex = (v: bigint) => `0x${v.toString(16).padStart(e.width * 2, '0')}`;
  ctx.file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: docs(
      docText(
        e,
        `Wire width: ${e.width} byte${e.width > 1 ? 's' : ''}; values up to ${hex(e.max)}.${e.closed ? ' Closed: unknown values are a decode error.' : ' Open: unknown values are kept as numbers.'}`,
      ),
    ),
    declarations: [
      {
        name: e.name,
        initializer: (w) => {
          w.write('{').newLine();
          w.indent(() => {
            for (const m of e.members) {
              if (m.doc) w.writeLine(`/** ${m.doc.replace(/\*\//g, '* /')} */`);
              w.writeLine(`${m.name}: ${hex(m.value)},`);
            }
          });
          w.write('} as const');
        },
      },
    ],
  });
  const known = `(typeof ${e.name})[keyof typeof ${e.name}]`;
  ctx.file.addTypeAlias({
    isExported: true,
    name: e.name,
    type: e.members.length === 0 ? 'number' : e.closed ? known : `${known} | (number & {})`,
  });
  ctx.file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`Member names of {@link ${e.name}} by value.`],
    declarations: [
      {
        name: `${e.name}Names`,
        type: 'ReadonlyMap<number, string>',
        initializer: `new Map(Object.entries(${e.name}).map(([k, v]) => [v, k]))`,
      },
    ],
  });
  ctx.file.addFunction({
    isExported: true,
    name: `${e.name}Name`,
    docs: [`The member name of \`value\`, or \`unknown(0x…)\` for a value the spec does not name.`],
    parameters: [{ name: 'value', type: 'number' }],
    returnType: 'string',
    statements: `return ${ctx.wire('enumName')}(${e.name}Names, value, ${e.width});`,
  });
}

export function docs(text: string | undefined): string[] {
  return text ? [text.replace(/\*\//g, '* /')] : [];
}
