// enum -> a const object of members, an open union type, a name table and a printer.
import { VariableDeclarationKind } from 'ts-morph';
import type { EnumDecl } from '../ast.js';
import { prefixWidth } from '../model/primitives.js';
import { docText, type EmitContext } from './context.js';

export function emitEnum(ctx: EmitContext, e: EnumDecl): void {
  const width = prefixWidth(e.max) ?? 4;
  const hex = (v: bigint) => `0x${v.toString(16).padStart(width * 2, '0')}`;
  const single = e.members.filter((m) => m.last === undefined);
  const ranges = e.members.filter((m) => m.last !== undefined);
  ctx.file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: docs(
      docText(
        e,
        `Wire width: ${width} byte${width > 1 ? 's' : ''}; values up to ${hex(e.max)}.${e.closed ? ' Closed: unknown values are a decode error.' : ' Open: unknown values are kept as numbers.'}`,
      ),
    ),
    declarations: [
      {
        name: e.name,
        initializer: (w) => {
          w.write('{').newLine();
          w.indent(() => {
            for (const m of single) {
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
    type:
      single.length === 0 ? 'number' : e.closed && ranges.length === 0 ? known : `${known} | (number & {})`,
  });
  if (ranges.length) {
    ctx.file.addVariableStatement({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`Members of {@link ${e.name}} that name a range of values: [first, last, name].`],
      declarations: [
        {
          name: `${e.name}Ranges`,
          type: `readonly ${ctx.wire('EnumRange', true)}[]`,
          initializer: `[${ranges.map((m) => `[${hex(m.value)}, ${hex(m.last!)}, '${m.name}']`).join(', ')}]`,
        },
      ],
    });
  }
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
    statements: `return ${ctx.wire('enumName')}(${e.name}Names, value, ${width}${ranges.length ? `, ${e.name}Ranges` : ''});`,
  });
}

export function docs(text: string | undefined): string[] {
  return text ? [text.replace(/\*\//g, '* /')] : [];
}
