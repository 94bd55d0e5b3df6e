// Builders for tables.
import type { Column, ColumnType, TableDecl, TableRow, Value } from '../ast.js';
import { type D, docOf, headerAnnotations, type ParseContext } from './build-common.js';
import type { Token } from './lexer.js';

// ---------------------------------------------------------------- table

export function columnScalar(c: ParseContext, d: D): ColumnType {
  return { kind: 'scalar', name: d[0].value, pos: c.pos(d[0]) };
}

export function columnList(_c: ParseContext, d: D): ColumnType {
  const of: ColumnType = d[0];
  return { kind: 'list', of, pos: of.pos };
}

export function column(c: ParseContext, d: D): Column {
  return { name: d[0].value, type: d[2], optional: d[3] !== null, key: d[4] !== null, pos: c.pos(d[0]) };
}

export function row(_c: ParseContext, d: D): TableRow {
  const values: Value[] = [d[0], ...d[1].map((x: D) => x[1])];
  return { values, pos: values[0]!.pos };
}

export function tableDecl(c: ParseContext, d: D): TableDecl {
  const kw: Token = d[0];
  const name: Token = d[1];
  return {
    kind: 'table',
    name: name.value,
    pos: c.pos(name),
    doc: docOf(kw),
    annotations: headerAnnotations(c, kw, name, d[2]),
    columns: d[3],
    rows: d[4],
  };
}
