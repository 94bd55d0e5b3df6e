// table -> a row interface, a typed `const` array of rows, and one ReadonlyMap per key column.
//
// Enum-typed cells hold the enum's numeric value, written as `PacketType.packet_1`: lookups then
// take what a decoder hands out (`PacketTypesByType.get(header.type)`), and the source still reads
// (and greps) by member name. Property names are the spec's column names, like struct fields.
import type { Column, ColumnType, TableDecl, TableRow, Value } from '../ast.js';
import { docText, type EmitContext } from './context.js';
import {
  addText,
  array,
  assign,
  call,
  docBlock,
  inline,
  object,
  pascalCase,
  propKey,
  valueLiteral,
} from './literals.js';

/** How one column looks in TypeScript. */
interface ColumnOut {
  column: Column;
  /** The TypeScript type of a cell. */
  type: string;
  /** A cell's value as a TypeScript expression. */
  cell: (v: Value) => string;
}

export function emitTable(ctx: EmitContext, t: TableDecl): void {
  const columns = t.columns.map((c) => columnOut(ctx, c));
  const rowType = `${t.name}Row`;
  ctx.file.addInterface({
    isExported: true,
    name: rowType,
    docs: [`One row of {@link ${t.name}}.`],
    properties: columns.map(({ column, type }) => ({
      name: propKey(column.name),
      type,
      isReadonly: true,
      hasQuestionToken: column.optional,
      docs: column.key ? [`Unique; see {@link ${mapName(t, column)}}.`] : [],
    })),
  });
  const rows = array(
    t.rows.map((row) => rowObject(columns, row)),
    true,
  );
  addText(
    ctx.file,
    `${docBlock(docText(t))}${assign(`export const ${t.name} =`, rows, ` as const satisfies readonly ${rowType}[];`)}`,
  );
  for (const c of columns) if (c.column.key && c.column.type.kind === 'scalar') emitKeyMap(ctx, t, c);
}

function mapName(t: TableDecl, c: Column): string {
  return `${t.name}By${pascalCase(c.name)}`;
}

function emitKeyMap(ctx: EmitContext, t: TableDecl, c: ColumnOut): void {
  const rowType = `${t.name}Row`;
  const key = `row.${c.column.name}`;
  const entries = c.column.optional
    ? `${t.name}.flatMap((row) => (${key} === undefined ? [] : [[${key}, row]]))`
    : `${t.name}.map((row) => [${key}, row])`;
  const head = `export const ${mapName(t, c.column)}: ReadonlyMap<${c.type}, ${rowType}> =`;
  const doc = docBlock(`The rows of {@link ${t.name}} by \`${c.column.name}\`.`);
  addText(ctx.file, `${doc}${assign(head, call('new Map', [entries]))}`);
}

/**
 * A row as an object literal on one line, however long: a registry reads (and greps) row by row.
 * An absent optional cell is written `undefined`, as the spec's `-`.
 */
function rowObject(columns: ColumnOut[], row: TableRow): string {
  return inline(
    object(
      columns.map((c, i) => {
        const v = row.values[i];
        return [propKey(c.column.name), v && v.kind !== 'absent' ? c.cell(v) : 'undefined'];
      }),
    ),
  );
}

function columnOut(ctx: EmitContext, column: Column): ColumnOut {
  const scalar = (type: ColumnType): ColumnOut['cell'] => {
    if (type.kind === 'list') {
      const item = scalar(type.of);
      return (v) => (v.kind === 'list' ? `[${v.items.map(item).join(', ')}]` : item(v));
    }
    const e = enumOf(ctx, type.name);
    if (e) return (v) => (v.kind === 'ident' ? `${e.value}.${v.name}` : valueLiteral(v));
    // 16- and 24-bit code points read in hex, as the IANA registries list them.
    const width = { uint16: 4, uint24: 6 }[type.name];
    if (width) return (v) => valueLiteral(v, (n) => `0x${n.toString(16).padStart(width, '0')}`);
    return (v) => valueLiteral(v);
  };
  return { column, type: columnType(ctx, column.type), cell: scalar(column.type) };
}

function columnType(ctx: EmitContext, type: ColumnType): string {
  if (type.kind === 'list') return `readonly ${columnType(ctx, type.of)}[]`;
  switch (type.name) {
    case 'ident':
    case 'string':
      return 'string';
    case 'bool':
      return 'boolean';
    case 'int':
    case 'uint8':
    case 'uint16':
    case 'uint24':
    case 'uint32':
      return 'number';
    default:
      return enumOf(ctx, type.name)?.type ?? 'unknown';
  }
}

/** The enum a column type names, as identifiers usable in this module. */
function enumOf(ctx: EmitContext, name: string): { value: string; type: string } | undefined {
  const found = ctx.program.lookup(ctx.module, name);
  if (found?.decl.kind !== 'enum') return undefined;
  return { value: ctx.ref(found.decl), type: ctx.ref(found.decl, found.decl.name, true) };
}
