// Tables: column types that exist, rows with one value per column that fits it, unique keys.
import type { TableDecl, Value } from '../ast.js';
import type { Module } from '../model/program.js';
import type { Checker } from './check.js';

export function checkTable(checker: Checker, t: TableDecl, module: Module): void {
  const colNames = new Set<string>();
  for (const c of t.columns) {
    if (colNames.has(c.name)) checker.report(c.pos, `duplicate column ${c.name}`);
    colNames.add(c.name);
    let base = c.type;
    while (base.kind === 'list') base = base.of;
    if (!TABLE_SCALARS.has(base.name)) {
      const r = checker.program.lookup(module, base.name);
      if (r?.decl.kind !== 'enum')
        checker.report(
          base.pos,
          `unknown column type ${base.name}; expected ident, string, int, uint8..uint32, bool or an enum`,
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
              : enumMember(checker, module, n, value);
    if (!ok)
      checker.report(
        value.pos,
        `${col.name}: expected ${n.startsWith('uint') ? `a ${n}` : n === 'int' ? 'a number' : n === 'ident' ? 'a name' : n === 'bool' ? 'true or false' : TABLE_SCALARS.has(n) ? `a ${n}` : `a member of ${n}`}`,
      );
  };
  check(col.type, v);
}

function enumMember(checker: Checker, module: Module, enumName: string, v: Value): boolean {
  const r = checker.program.lookup(module, enumName);
  if (r?.decl.kind !== 'enum') return true; // reported on the column
  const decl = r.decl;
  return v.kind === 'ident' && decl.members.some((m) => m.name === v.name);
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
