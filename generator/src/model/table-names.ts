// Tables that name things. A table whose first key column holds names (`ident` or `string`) is a
// registry of those names: it gets a literal-union type (`CiphersName`), and another table's
// column can take the table as its type (`hash: SshHashes`), so each cell must be one of its names.
import type { Column, ColumnType, TableDecl, Value } from '../ast.js';

/** The column whose values name the rows, when the table has one. */
export function nameColumn(t: TableDecl): Column | undefined {
  const key = t.columns.find((c) => c.key);
  if (key?.type.kind !== 'scalar' || key.optional) return undefined;
  return key.type.name === 'ident' || key.type.name === 'string' ? key : undefined;
}

/** The names of a table's rows, in row order. */
export function rowNames(t: TableDecl): string[] {
  const c = nameColumn(t);
  if (!c) return [];
  const i = t.columns.indexOf(c);
  return t.rows.flatMap((r) => {
    const v = r.values[i];
    return v ? [cellName(v) ?? []].flat() : [];
  });
}

/** The name a cell holds, written as an identifier or a string. */
export function cellName(v: Value): string | undefined {
  return v.kind === 'ident' ? v.name : v.kind === 'string' ? v.value : undefined;
}

/** The literal-union type of a table's names. */
export function namesType(t: TableDecl): string {
  return `${t.name}Name`;
}

/** The scalar type of a column, through list types (`ControlElements[]` -> ControlElements). */
export function columnBase(type: ColumnType): Extract<ColumnType, { kind: 'scalar' }> {
  let base = type;
  while (base.kind === 'list') base = base.of;
  return base;
}
