// The semantic checker: every name resolves, nothing is declared twice, bounds can hold, selects
// have their tag, machines have no unreachable or dead-end states. It reports every problem it
// finds, each at the spec position it concerns.
import type { AliasDecl, Decl, EnumDecl, Field, Pos, StructDecl } from '../ast.js';
import { aliasHolder, Layouts } from '../model/layout.js';
import { prefixWidth } from '../model/primitives.js';
import type { Module, Program, Resolved } from '../model/program.js';
import { checkMachine } from './check-machine.js';
import { checkOptions } from './check-options.js';
import { checkContextFlow, checkParamValue, checkSelect, needsParam } from './check-select.js';
import { checkTable } from './check-table.js';
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
    if (found?.decl.kind === 'alias') return undefined; // expanding it already said what is wrong
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
      if (f.decl.kind === 'enum' || f.decl.kind === 'struct' || f.decl.kind === 'alias') names.push(n);
    return names;
  }

  run(): Problem[] {
    this.problems.push(...this.program.problems);
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
        return checkTable(this, decl, module);
      case 'type':
      case 'options':
        return checkOptions(this, decl, module);
      case 'machine':
        return checkMachine(this, decl, module);
      case 'alias':
        return this.checkAlias(decl, module);
    }
  }

  /** An alias is checked like a field of its type and shape. */
  private checkAlias(a: AliasDecl, module: Module): void {
    const holder = aliasHolder(a);
    this.checkField(holder, module, holder.fields[0]!, 0);
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
    for (const p of s.params) this.resolveType(module, p.type.name, p.pos);
    s.fields.forEach((f, index) => {
      if (seen.has(f.name)) this.report(f.pos, `duplicate field ${f.name} in ${s.name}`);
      seen.add(f.name);
      this.checkField(s, module, f, index);
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

  private checkField(s: StructDecl, module: Module, f: Field, index: number): void {
    const earlier = s.fields.slice(0, index);
    let elem: Resolved | undefined;
    if (f.type.kind === 'select') {
      checkSelect(this, s, module, f, earlier);
      // the codec bounds a select only by a length prefix or by the end of its input
      if (f.shape.kind === 'counted' || f.shape.kind === 'fieldCount')
        this.report(
          f.shape.pos,
          `${f.name}: a select is one value: give it a length <lo..hi>, [..] or nothing, not an element count`,
        );
    } else {
      elem = this.resolveType(module, f.type.name, f.type.pos);
      if (elem?.kind === 'struct') checkContextFlow(this, s, f, elem.decl);
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
        if (c && c.kind !== 'alias' && !(c.kind === 'prim' && c.prim.integer && c.prim.integer.min === 0n))
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
    if (f.constant && !f.defaultValue)
      this.report(f.pos, `${f.name}: @const needs the value: write the field as \`T ${f.name} = value;\``);
    if (f.optional && s.fields.slice(index + 1).some((g) => !g.optional))
      this.report(
        f.pos,
        `${f.name}: only trailing fields can be @optional: every field after it must be optional too`,
      );
    if (f.optional && f.defaultValue) this.report(f.pos, `${f.name}: an @optional field takes no default`);
    for (const w of f.withContext) {
      // the struct types this field can hold: its type, or the bodies of its select's cases
      const refs =
        f.type.kind === 'select'
          ? [...f.type.cases.map((c) => c.type), ...(f.type.defaultCase ? [f.type.defaultCase] : [])]
          : [f.type];
      const takers = refs
        .map((r) => this.program.resolve(module, r))
        .flatMap((r) => (r?.kind === 'struct' && needsParam(r.decl, w.name) ? [r.decl] : []));
      if (takers.length === 0)
        this.report(
          w.pos,
          f.type.kind === 'select'
            ? `@with ${w.name}: no case of this select takes a context parameter ${w.name}`
            : `@with ${w.name}: ${f.type.name} takes no context parameter ${w.name}`,
        );
      else checkParamValue(this, takers[0]!, w.name, w.value);
    }
  }

  private checkDefault(module: Module, f: Field): void {
    const v = f.defaultValue!;
    const t = f.type.kind === 'select' ? undefined : this.program.resolve(module, f.type.name);
    if (f.shape.kind !== 'one' || !t || t.kind === 'struct' || t.kind === 'alias') {
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
}

/** Check all spec files together; returns the problems, sorted by position. */
export function checkProgram(program: Program): Problem[] {
  return new Checker(program).run();
}
