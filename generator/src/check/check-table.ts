// Tables: column types that exist, rows with one value per column that fits it, unique keys, and
// cells of a column typed by another table naming one of that table's rows.
import type { TableDecl, Value } from '../ast.js';
import type { Module } from '../model/program.js';
import { cellName, columnBase, nameColumn, rowNames } from '../model/table-names.js';
import type { Checker } from './check.js';
import { didYouMean as suggest } from './errors.js';

export function checkTable(checker: Checker, t: TableDecl, module: Module): void {
  const colNames = new Set<string>();
  for (const c of t.columns) {
    if (colNames.has(c.name)) checker.report(c.pos, `duplicate column ${c.name}`);
    colNames.add(c.name);
    const base = columnBase(c.type);
    if (!TABLE_SCALARS.has(base.name)) {
      const r = checker.program.lookup(module, base.name);
      if (r?.decl.kind === 'table') {
        if (r.decl === t) checker.report(base.pos, `column ${c.name} cannot take its own table as its type`);
        else if (!nameColumn(r.decl))
          checker.report(
            base.pos,
            `table ${base.name} has no key column of names (ident or string key), so it cannot type column ${c.name}`,
          );
      } else if (r?.decl.kind !== 'enum')
        checker.report(
          base.pos,
          `unknown column type ${base.name}; expected ident, string, int, uint8..uint32, bool, an enum or a table`,
        );
    }
  }
  const keys = t.columns.map((c, i) => ({ c, i, seen: new Map<string, number>() })).filter((k) => k.c.key);
  for (const row of t.rows) {
    if (row.values.length !== t.columns.length) {
      checker.report(
        row.pos,
        `row has ${row.values.length} values; table ${t.name} has ${t.columns.length} columns`,
      );
      continue;
    }
    row.values.forEach((v, i) => {
      checkCell(checker, module, t, i, v);
    });
    for (const k of keys) {
      const v = row.values[k.i]!;
      if (v.kind === 'absent') continue; // an optional key may be absent in many rows
      const key = valueKey(v);
      const prev = k.seen.get(key);
      if (prev !== undefined)
        checker.report(v.pos, `duplicate ${k.c.name} ${key} in table ${t.name} (first at line ${prev})`);
      else k.seen.set(key, v.pos.line);
    }
  }
}

function checkCell(checker: Checker, module: Module, t: TableDecl, i: number, v: Value): void {
  const col = t.columns[i]!;
  if (v.kind === 'absent') {
    if (!col.optional) checker.report(v.pos, `${col.name} is not optional (add ? after its type)`);
    return;
  }
  const check = (type: typeof col.type, value: Value): void => {
    if (type.kind === 'list') {
      if (value.kind !== 'list') checker.report(value.pos, `${col.name}: expected a list [ … ]`);
      else for (const it of value.items) check(type.of, it);
      return;
    }
    const n = type.name;
    const ok =
      n === 'ident'
        ? value.kind === 'ident'
        : n === 'string'
          ? value.kind === 'string'
          : n === 'bool'
            ? value.kind === 'bool'
            : n === 'int' || n.startsWith('uint')
              ? value.kind === 'number' && inUint(n, value.value)
              : member(checker, module, n, value);
    if (!ok)
      checker.report(
        value.pos,
        `${col.name}: expected ${n.startsWith('uint') ? `a ${n}` : n === 'int' ? 'a number' : n === 'ident' ? 'a name' : n === 'bool' ? 'true or false' : TABLE_SCALARS.has(n) ? `a ${n}` : `${tableOf(checker, module, n) ? 'a name in table' : 'a member of'} ${n}${didYouMean(checker, module, n, value)}`}`,
      );
  };
  check(col.type, v);
}

/** A cell of an enum- or table-typed column: a member of the enum, or the name of a row. */
function member(checker: Checker, module: Module, typeName: string, v: Value): boolean {
  const r = checker.program.lookup(module, typeName);
  if (r?.decl.kind === 'table') {
    if (!nameColumn(r.decl)) return true; // reported on the column
    const name = cellName(v);
    return name !== undefined && rowNames(r.decl).includes(name);
  }
  if (r?.decl.kind !== 'enum') return true; // reported on the column
  const decl = r.decl;
  return v.kind === 'ident' && decl.members.some((m) => m.name === v.name);
}

function tableOf(checker: Checker, module: Module, n: string): TableDecl | undefined {
  const r = checker.program.lookup(module, n);
  return r?.decl.kind === 'table' ? r.decl : undefined;
}

/** `; did you mean x?` when a table's names hold one close to the cell. */
function didYouMean(checker: Checker, module: Module, n: string, v: Value): string {
  const t = tableOf(checker, module, n);
  const name = cellName(v);
  if (!t || name === undefined) return '';
  return suggest(name, rowNames(t));
}

const TABLE_SCALARS = new Set(['ident', 'string', 'int', 'uint8', 'uint16', 'uint24', 'uint32', 'bool']);

function inUint(type: string, v: bigint): boolean {
  const bits = type === 'int' ? undefined : Number(type.slice(4));
  return bits === undefined || (v >= 0n && v < 2n ** BigInt(bits));
}

export function valueKey(v: Value): string {
  switch (v.kind) {
    case 'ident':
      return v.name;
    case 'number':
      return `0x${v.value.toString(16)}`;
    case 'string':
      return JSON.stringify(v.value);
    case 'bool':
      return String(v.value);
    case 'absent':
      return '-';
    case 'list':
    case 'tuple':
      return `[${v.items.map(valueKey).join(',')}]`;
  }
}
