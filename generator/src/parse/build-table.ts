// Builders for tables.
import type { Column, ColumnType, TableDecl, TableRow, Value } from '../ast.js';
import { type D, docOf, headerAnnotations, pos } from './build-common.js';
import type { Token } from './lexer.js';

// ---------------------------------------------------------------- table

export function columnScalar(d: D): ColumnType {
  return { kind: 'scalar', name: d[0].value, pos: pos(d[0]) };
}

export function columnList(d: D): ColumnType {
  const of: ColumnType = d[0];
  return { kind: 'list', of, pos: of.pos };
}

export function column(d: D): Column {
  return { name: d[0].value, type: d[2], optional: d[3] !== null, key: d[4] !== null, pos: pos(d[0]) };
}

export function row(d: D): TableRow {
  const values: Value[] = [d[0], ...d[1].map((x: D) => x[1])];
  return { values, pos: values[0]!.pos };
}

export function tableDecl(d: D): TableDecl {
  const kw: Token = d[0];
  const name: Token = d[1];
  return {
    kind: 'table',
    name: name.value,
    pos: pos(name),
    doc: docOf(kw),
    annotations: headerAnnotations(kw, name, d[2]),
    columns: d[3],
    rows: d[4],
  };
}
