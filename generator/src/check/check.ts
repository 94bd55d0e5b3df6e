// The semantic checker: every name resolves, nothing is declared twice, bounds can hold, selects
// have their tag, machines have no unreachable or dead-end states. It reports every problem it
// finds, each at the spec position it concerns.
import type { Decl, EnumDecl, Field, Pos, StructDecl, TableDecl, Value } from '../ast.js';
import { Layouts } from '../model/layout.js';
import { prefixWidth } from '../model/primitives.js';
import type { Module, Program, Resolved } from '../model/program.js';
import { checkMachine } from './check-machine.js';
import { checkOptions } from './check-options.js';
import { didYouMean, type Problem } from './errors.js';

export class Checker {
  readonly problems: Problem[] = [];
  readonly layouts: Layouts;

  constructor(readonly program: Program) {
    this.layouts = new Layouts(program);
  }

  report(pos: Pos, message: string): void {
    this.problems.push({ pos, message });
  }

  /** Resolve a type name, reporting it when unknown. */
  resolveType(module: Module, name: string, pos: Pos): Resolved | undefined {
    const r = this.program.resolve(module, name);
    if (r) return r;
    const found = this.program.lookup(module, name);
    if (found) this.report(pos, `${name} is a ${found.decl.kind}, not a wire type`);
    else this.report(pos, `unknown type ${name}${didYouMean(name, this.typeNames(module))}`);
    return undefined;
  }

  typeNames(module: Module): string[] {
    const names = [
      'uint8',
      'byte',
      'uint16',
      'uint24',
      'uint32',
      'uint64',
      'int8',
      'int16',
      'int32',
      'float64',
      'opaque',
    ];
    names.push('boolean', 'string', 'utf8', 'mpint', 'name-list');
    for (const [n, f] of this.program.scope(module))
      if (f.decl.kind === 'enum' || f.decl.kind === 'struct') names.push(n);
    return names;
  }

  run(): Problem[] {
    this.checkImportsAndNames();
    for (const { decl, module } of this.program.decls()) this.checkDecl(decl, module);
    return this.problems.sort(
      (a, b) => a.pos.file.localeCompare(b.pos.file) || a.pos.line - b.pos.line || a.pos.col - b.pos.col,
    );
  }

  private checkImportsAndNames(): void {
    for (const module of this.program.modules) {
      for (const imp of module.file.imports) {
        if (!this.program.importTarget(module, imp.path))
          this.report(imp.pos, `cannot find imported file "${imp.path}"`);
      }
      const seen = new Map<string, Decl>();
      for (const d of module.file.decls) {
        const prev = seen.get(d.name);
        if (prev) this.report(d.pos, `duplicate name ${d.name} (first declared at line ${prev.pos.line})`);
        else seen.set(d.name, d);
      }
    }
  }

  private checkDecl(decl: Decl, module: Module): void {
    switch (decl.kind) {
      case 'enum':
        return this.checkEnum(decl);
      case 'struct':
        return this.checkStruct(decl, module);
      case 'table':
        return this.checkTable(decl, module);
      case 'type':
      case 'options':
        return checkOptions(this, decl, module);
      case 'machine':
        return checkMachine(this, decl, module);
    }
  }

  // ---------------------------------------------------------------- enum

  private checkEnum(e: EnumDecl): void {
    if (e.max < 0n) {
      this.report(
        e.pos,
        `enum ${e.name} needs a (max) entry that fixes its width, as in RFC 8446 section 3.5`,
      );
      return;
    }
    const w = prefixWidth(e.max);
    if (w === undefined) this.report(e.maxPos, `enum maximum ${e.max} does not fit in 4 bytes`);
    else e.width = w;
    const names = new Map<string, bigint>();
    const values = new Map<bigint, string>();
    for (const m of e.members) {
      if (names.has(m.name)) this.report(m.pos, `duplicate enum member ${m.name}`);
      names.set(m.name, m.value);
      const other = values.get(m.value);
      if (other !== undefined)
        this.report(m.pos, `duplicate value ${m.value} in enum ${e.name} (also ${other})`);
      values.set(m.value, m.name);
      if (m.value < 0n || m.value > e.max) this.report(m.pos, `${m.name}(${m.value}) is outside 0..${e.max}`);
    }
  }

  // ---------------------------------------------------------------- struct

  private checkStruct(s: StructDecl, module: Module): void {
    const seen = new Set<string>();
    const params = new Map(s.params.map((p) => [p.name, p]));
    for (const p of s.params) this.resolveType(module, p.type.name, p.pos);
    s.fields.forEach((f, index) => {
      if (seen.has(f.name)) this.report(f.pos, `duplicate field ${f.name} in ${s.name}`);
      seen.add(f.name);
      this.checkField(s, module, f, index, params);
      this.checkDelimited(s, module, f, index === s.fields.length - 1);
    });
  }

  /**
   * A value that runs to the end of its input (an `opaque` variant, a struct ending in `[..]`) has
   * no end of its own: only the last field may hold one, and never an array element.
   */
  private checkDelimited(s: StructDecl, module: Module, f: Field, last: boolean): void {
    const open = (name: string): boolean => {
      if (name === 'opaque') return true;
      const r = this.program.resolve(module, name);
      return r?.kind === 'struct' && this.layouts.of(r.decl).openTail;
    };
    const inner: string[] =
      f.type.kind === 'select'
        ? [...f.type.cases.map((c) => c.type.name), ...(f.type.defaultCase ? [f.type.defaultCase.name] : [])]
        : [f.type.name];
    if (f.type.kind === 'select') {
      if (f.shape.kind !== 'vector' && !last && inner.some(open))
        this.report(
          f.pos,
          `${f.name}: a variant of this select runs to the end of the input, so the select must be the last field of ${s.name} or carry a length <lo..hi>`,
        );
      return;
    }
    const name = f.type.name;
    if (name === 'opaque' || name === 'byte' || name === 'uint8') return;
    if (!open(name)) return;
    if (f.shape.kind === 'one' && !last)
      this.report(
        f.pos,
        `${f.name}: ${name} runs to the end of its input, so only the last field of ${s.name} may hold one`,
      );
    else if (f.shape.kind !== 'one')
      this.report(f.pos, `${f.name}: ${name} runs to the end of its input, so it cannot be an array element`);
  }

  private checkField(
    s: StructDecl,
    module: Module,
    f: Field,
    index: number,
    params: Map<string, unknown>,
  ): void {
    const earlier = s.fields.slice(0, index);
    let elem: Resolved | undefined;
    if (f.type.kind === 'select') {
      this.checkSelect(s, module, f, earlier);
    } else {
      elem = this.resolveType(module, f.type.name, f.type.pos);
      if (elem?.kind === 'struct') this.checkContextFlow(s, f, elem.decl);
    }
    const elemSize = f.type.kind === 'select' ? undefined : this.layouts.typeSize(module, f.type.name);
    const shape = f.shape;
    switch (shape.kind) {
      case 'fixed':
        if (elemSize === undefined)
          this.report(shape.pos, `${f.name}: a fixed-size array needs a fixed-size element type`);
        else if (shape.bytes % BigInt(elemSize) !== 0n)
          this.report(
            shape.pos,
            `${f.name}: ${shape.bytes} bytes is not a multiple of the element size ${elemSize}`,
          );
        break;
      case 'vector': {
        if (shape.lo > shape.hi)
          this.report(
            shape.pos,
            `${f.name}: bounds <${shape.lo}..${shape.hi}> cannot hold: ${shape.lo} > ${shape.hi}`,
          );
        else if (prefixWidth(shape.hi) === undefined)
          this.report(shape.pos, `${f.name}: upper bound ${shape.hi} does not fit a 4-byte length`);
        else if (elemSize !== undefined && elemSize > 1) {
          const size = BigInt(elemSize);
          const firstMultiple = ((shape.lo + size - 1n) / size) * size;
          if (firstMultiple > shape.hi)
            this.report(
              shape.pos,
              `${f.name}: no length in <${shape.lo}..${shape.hi}> is a multiple of the element size ${elemSize}`,
            );
        }
        if (shape.lo < 0n) this.report(shape.pos, `${f.name}: a length cannot be negative`);
        break;
      }
      case 'counted': {
        const c = this.resolveType(module, shape.countType.name, shape.countType.pos);
        if (c && !(c.kind === 'prim' && c.prim.integer && c.prim.integer.min === 0n))
          this.report(
            shape.countType.pos,
            `${f.name}: a count prefix must be an unsigned integer type, not ${shape.countType.name}`,
          );
        break;
      }
      case 'fieldCount': {
        const counter = earlier.find((g) => g.name === shape.field);
        if (!counter) {
          const later = s.fields.some((g) => g.name === shape.field);
          this.report(
            shape.pos,
            later
              ? `${f.name}: the count field ${shape.field} must come before the array`
              : `${f.name}: unknown count field ${shape.field}${didYouMean(
                  shape.field,
                  earlier.map((g) => g.name),
                )}`,
          );
        } else {
          const ct =
            counter.type.kind === 'select' ? undefined : this.program.resolve(module, counter.type.name);
          if (
            !(
              ct?.kind === 'prim' &&
              ct.prim.integer &&
              ct.prim.size !== undefined &&
              ct.prim.size <= 4 &&
              counter.shape.kind === 'one'
            )
          )
            this.report(
              shape.pos,
              `${f.name}: the count field ${shape.field} must be a single unsigned integer of at most 32 bits`,
            );
        }
        break;
      }
      case 'rest':
        if (index !== s.fields.length - 1)
          this.report(shape.pos, `${f.name}: [..] takes the rest of the input, so it must be the last field`);
        break;
      case 'one':
        break;
    }
    if (f.defaultValue) this.checkDefault(module, f);
    for (const w of f.withContext) {
      const target = f.type.kind === 'select' ? undefined : this.program.resolve(module, f.type.name);
      if (target?.kind !== 'struct' || !this.needsParam(target.decl, w.name))
        this.report(
          w.pos,
          `@with ${w.name}: ${f.type.kind === 'select' ? 'select' : f.type.name} takes no context parameter ${w.name}`,
        );
      else this.checkParamValue(target.decl, w.name, w.value);
    }
    void params;
  }

  /** A struct needs parameter `name` when it declares it. */
  needsParam(s: StructDecl, name: string): boolean {
    return s.params.some((p) => p.name === name);
  }

  private checkParamValue(s: StructDecl, name: string, value: Value): void {
    const p = s.params.find((q) => q.name === name);
    if (!p) return;
    const module = this.program.moduleOf(s);
    const t = this.program.resolve(module, p.type.name);
    if (t?.kind === 'enum' && value.kind === 'ident' && !t.decl.members.some((m) => m.name === value.name))
      this.report(
        value.pos,
        `${value.name} is not a member of ${t.decl.name}${didYouMean(
          value.name,
          t.decl.members.map((m) => m.name),
        )}`,
      );
  }

  /** A field of a parameterised struct type needs the parameter from its parent or from @with. */
  private checkContextFlow(parent: StructDecl, f: Field, child: StructDecl): void {
    for (const p of child.params) {
      const bound =
        f.withContext.some((w) => w.name === p.name) || parent.params.some((q) => q.name === p.name);
      if (!bound)
        this.report(
          f.pos,
          `${f.name}: ${child.name} needs context ${p.name}; declare /*@param ${p.type.name} ${p.name}*/ on ${parent.name} or bind it with /*@with ${p.name} = …*/`,
        );
    }
  }

  private checkSelect(s: StructDecl, module: Module, f: Field, earlier: Field[]): void {
    if (f.type.kind !== 'select') return;
    const sel = f.type;
    const tagField = earlier.find((g) => g.name === sel.tag);
    const tagParam = s.params.find((p) => p.name === sel.tag);
    let tagType: Resolved | undefined;
    if (tagField && tagField.type.kind !== 'select' && tagField.shape.kind === 'one')
      tagType = this.program.resolve(module, tagField.type.name);
    else if (tagParam) tagType = this.program.resolve(module, tagParam.type.name);
    else {
      const names = [...earlier.map((g) => g.name), ...s.params.map((p) => p.name)];
      this.report(
        sel.tagPos,
        `select (${sel.tag}): ${s.name} has no earlier field or context parameter ${sel.tag}${didYouMean(sel.tag, names)}`,
      );
    }
    const seen = new Map<string, Pos>();
    for (const c of sel.cases) {
      const r = this.resolveType(module, c.type.name, c.type.pos);
      if (r?.kind === 'struct')
        this.checkContextFlow(s, { ...f, name: `${f.name} (case ${c.type.name})` }, r.decl);
      for (const label of c.labels) {
        const key = this.labelKey(label, tagType);
        if (key === undefined) continue;
        const prev = seen.get(key);
        if (prev)
          this.report(label.pos, `duplicate case ${key} in select (${sel.tag}) (first at line ${prev.line})`);
        else seen.set(key, label.pos);
      }
    }
    if (sel.defaultCase) this.resolveType(module, sel.defaultCase.name, sel.defaultCase.pos);
  }

  /** A comparable key for a case label, reporting labels that do not fit the tag's type. */
  private labelKey(label: Value, tag: Resolved | undefined): string | undefined {
    if (!tag) return undefined;
    if (tag.kind === 'enum') {
      if (label.kind === 'ident') {
        const m = tag.decl.members.find((x) => x.name === label.name);
        if (!m) {
          this.report(
            label.pos,
            `${label.name} is not a member of ${tag.decl.name}${didYouMean(
              label.name,
              tag.decl.members.map((x) => x.name),
            )}`,
          );
          return undefined;
        }
        return m.value.toString();
      }
      if (label.kind === 'number') return label.value.toString();
    } else if (tag.kind === 'prim' && tag.prim.integer) {
      if (label.kind === 'number') return label.value.toString();
    } else if (tag.kind === 'prim' && (tag.prim.name === 'utf8' || tag.prim.name === 'string')) {
      if (label.kind === 'string') return JSON.stringify(label.value);
    }
    this.report(
      label.pos,
      `case label does not fit the select's tag type ${tag.kind === 'prim' ? tag.prim.name : tag.decl.name}`,
    );
    return undefined;
  }

  private checkDefault(module: Module, f: Field): void {
    const v = f.defaultValue!;
    const t = f.type.kind === 'select' ? undefined : this.program.resolve(module, f.type.name);
    if (f.shape.kind !== 'one' || !t || t.kind === 'struct') {
      this.report(v.pos, `${f.name}: only single numbers, booleans and enum values take a default`);
      return;
    }
    if (t.kind === 'enum') {
      if (v.kind === 'ident' && !t.decl.members.some((m) => m.name === v.name))
        this.report(v.pos, `${v.name} is not a member of ${t.decl.name}`);
      else if (v.kind === 'number' && (v.value < 0n || v.value > t.decl.max))
        this.report(v.pos, `${f.name}: default ${v.value} is outside 0..${t.decl.max}`);
      else if (v.kind !== 'ident' && v.kind !== 'number')
        this.report(v.pos, `${f.name}: expected an enum member or a number`);
      return;
    }
    const prim = t.prim;
    if (prim.integer) {
      if (v.kind !== 'number') this.report(v.pos, `${f.name}: expected a number`);
      else if (v.value < prim.integer.min || v.value > prim.integer.max)
        this.report(v.pos, `${f.name}: default ${v.value} does not fit ${prim.name}`);
    } else if (prim.name === 'boolean') {
      if (v.kind !== 'bool') this.report(v.pos, `${f.name}: expected true or false`);
    } else if (prim.name === 'utf8') {
      if (v.kind !== 'string') this.report(v.pos, `${f.name}: expected a string`);
    } else this.report(v.pos, `${f.name}: a ${prim.name} field takes no default`);
  }

  // ---------------------------------------------------------------- table

  private checkTable(t: TableDecl, module: Module): void {
    const colNames = new Set<string>();
    for (const c of t.columns) {
      if (colNames.has(c.name)) this.report(c.pos, `duplicate column ${c.name}`);
      colNames.add(c.name);
      let base = c.type;
      while (base.kind === 'list') base = base.of;
      if (!TABLE_SCALARS.has(base.name)) {
        const r = this.program.lookup(module, base.name);
        if (r?.decl.kind !== 'enum')
          this.report(
            base.pos,
            `unknown column type ${base.name}; expected ident, string, int, uint8..uint32, bool or an enum`,
          );
      }
    }
    const keys = t.columns.map((c, i) => ({ c, i, seen: new Map<string, number>() })).filter((k) => k.c.key);
    for (const row of t.rows) {
      if (row.values.length !== t.columns.length) {
        this.report(
          row.pos,
          `row has ${row.values.length} values; table ${t.name} has ${t.columns.length} columns`,
        );
        continue;
      }
      row.values.forEach((v, i) => {
        this.checkCell(module, t, i, v);
      });
      for (const k of keys) {
        const v = row.values[k.i]!;
        const key = valueKey(v);
        const prev = k.seen.get(key);
        if (prev !== undefined)
          this.report(v.pos, `duplicate ${k.c.name} ${key} in table ${t.name} (first at line ${prev})`);
        else k.seen.set(key, v.pos.line);
      }
    }
  }

  private checkCell(module: Module, t: TableDecl, i: number, v: Value): void {
    const col = t.columns[i]!;
    if (v.kind === 'absent') {
      if (!col.optional) this.report(v.pos, `${col.name} is not optional (add ? after its type)`);
      return;
    }
    const check = (type: typeof col.type, value: Value): void => {
      if (type.kind === 'list') {
        if (value.kind !== 'list') this.report(value.pos, `${col.name}: expected a list [ … ]`);
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
                : this.enumMember(module, n, value);
      if (!ok)
        this.report(
          value.pos,
          `${col.name}: expected ${n.startsWith('uint') ? `a ${n}` : n === 'int' ? 'a number' : n === 'ident' ? 'a name' : n === 'bool' ? 'true or false' : TABLE_SCALARS.has(n) ? `a ${n}` : `a member of ${n}`}`,
        );
    };
    check(col.type, v);
  }

  private enumMember(module: Module, enumName: string, v: Value): boolean {
    const r = this.program.lookup(module, enumName);
    if (r?.decl.kind !== 'enum') return true; // reported on the column
    const decl = r.decl;
    return v.kind === 'ident' && decl.members.some((m) => m.name === v.name);
  }
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

/** Check all spec files together; returns the problems, sorted by position. */
export function checkProgram(program: Program): Problem[] {
  return new Checker(program).run();
}
