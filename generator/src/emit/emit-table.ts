// table -> a row interface, a typed `const` array of rows, one ReadonlyMap per key column and,
// for a table of names, the literal union of its names with a guard (`isCiphersName`).
//
// A column typed by another table holds that table's names and has its name type, so a row cannot
// name a hash or a cipher that its registry does not list.
//
// Enum-typed cells hold the enum's numeric value, written as `PacketType.packet_1`: lookups then
// take what a decoder hands out (`PacketTypesByType.get(header.type)`), and the source still reads
// (and greps) by member name. Property names are the spec's column names, like struct fields.
import type { Column, ColumnType, TableDecl, TableRow, Value } from '../ast.js';
import { columnBase, nameColumn, namesType, rowNames } from '../model/table-names.js';
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
  tsString,
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
  const names = nameColumn(t);
  if (names) emitNames(ctx, t);
  const columns = t.columns.map((c) => columnOut(ctx, c, c === names ? namesType(t) : undefined));
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
  if (names) emitGuard(ctx, t, names);
  ctx.tests.push(tableTests(ctx, t, columns));
}

function emitNames(ctx: EmitContext, t: TableDecl): void {
  const union = rowNames(t).map(tsString).join(' | ');
  addText(
    ctx.file,
    `${docBlock(`The names of {@link ${t.name}}.`)}export type ${namesType(t)} = ${union || 'never'};`,
  );
}

/** `isCiphersName(s)`: a name read from the wire is one the table lists. */
function emitGuard(ctx: EmitContext, t: TableDecl, c: Column): void {
  const type = namesType(t);
  addText(
    ctx.file,
    `${docBlock(`True when \`name\` is one of {@link ${type}}.`)}export function is${type}(name: string): name is ${type} {\nreturn ${mapName(t, c)}.has(name);\n}`,
  );
}

/**
 * The generated test of a table: keys unique, and every cell of a table-typed column found in the
 * table it names (the checker refuses both; the test holds the emitted arrays to it).
 */
function tableTests(ctx: EmitContext, t: TableDecl, columns: ColumnOut[]): string {
  const its: string[] = [];
  for (const c of columns) {
    if (!c.column.key) continue;
    const key = `row.${c.column.name}`;
    const keys = c.column.optional
      ? `M.${t.name}.flatMap((row) => (${key} === undefined ? [] : [${key}]))`
      : `M.${t.name}.map((row) => ${key})`;
    its.push(
      `it('has a different ${c.column.name} in every row', () => {\nconst keys = ${keys};\nexpect(new Set(keys).size).toBe(keys.length);\n});`,
    );
  }
  for (const c of columns) {
    const ref = tableRef(ctx, c.column);
    if (!ref) continue;
    const map = testRef(ctx, ref, `${ref.name}By${pascalCase(nameColumn(ref)!.name)}`);
    const cell = `row.${c.column.name}`;
    const cells = c.column.type.kind === 'list' ? (c.column.optional ? `${cell} ?? []` : cell) : `[${cell}]`;
    const check = c.column.optional && c.column.type.kind !== 'list' ? 'if (name !== undefined) ' : '';
    its.push(
      `it('names rows of ${ref.name} in ${c.column.name}', () => {\nfor (const row of M.${t.name})\nfor (const name of ${cells}) ${check}expect(${map}.has(name), name).toBe(true);\n});`,
    );
  }
  return `describe('${t.name} table', () => {\n${its.join('\n')}\n});\n`;
}

/** The table a column (or its list elements) takes as its type. */
function tableRef(ctx: EmitContext, c: Column): TableDecl | undefined {
  const found = ctx.program.lookup(ctx.module, columnBase(c.type).name);
  return found?.decl.kind === 'table' ? found.decl : undefined;
}

/** How the generated test file names `name`, generated from `t`: from `M`, or imported. */
function testRef(ctx: EmitContext, t: TableDecl, name: string): string {
  const home = ctx.program.moduleOf(t);
  if (home === ctx.module) return `M.${name}`;
  const from = home.proto === ctx.module.proto ? `../src/${home.name}.js` : home.pkg;
  ctx.testImport(`import { ${name} } from '${from}';`);
  return name;
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
  // Keyed by string, not the name union: lookups take names read from the wire.
  const keyType = c.column === nameColumn(t) ? 'string' : c.type;
  const head = `export const ${mapName(t, c.column)}: ReadonlyMap<${keyType}, ${rowType}> =`;
  const doc = docBlock(`The rows of {@link ${t.name}} by \`${c.column.name}\`.`);
  addText(ctx.file, `${doc}${assign(head, call('new Map', [entries]))}`);
}

/**
 * A row as one object literal; the formatter wraps it only when it is longer than a line.
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

function columnOut(ctx: EmitContext, column: Column, names?: string): ColumnOut {
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
  return { column, type: names ?? columnType(ctx, column.type), cell: scalar(column.type) };
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
    default: {
      const found = ctx.program.lookup(ctx.module, type.name);
      if (found?.decl.kind === 'table') return ctx.ref(found.decl, namesType(found.decl), true);
      return enumOf(ctx, type.name)?.type ?? 'unknown';
    }
  }
}

/** The enum a column type names, as identifiers usable in this module. */
function enumOf(ctx: EmitContext, name: string): { value: string; type: string } | undefined {
  const found = ctx.program.lookup(ctx.module, name);
  if (found?.decl.kind !== 'enum') return undefined;
  return { value: ctx.ref(found.decl), type: ctx.ref(found.decl, found.decl.name, true) };
}
