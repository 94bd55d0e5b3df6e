// The semantic checker: every name resolves, nothing is declared twice, bounds can hold, selects
// have their tag, expressions name earlier fields, machines have no unreachable or dead-end
// states. It reads the parsed files and the model (model/model.ts), changes neither, and reports
// every problem it finds, each at the spec position it concerns.
import type { AliasDecl, ConstDecl, Decl, EnumDecl, Pos } from '../ast.js';
import { fixedSize } from '../model/facts.js';
import { Model } from '../model/model.js';
import { prefixWidth } from '../model/primitives.js';
import type { Module, Program } from '../model/program.js';
import { constBytes } from '../model/select-model.js';
import { checkAnnotations } from './check-annotations.js';
import { checkDispatch } from './check-dispatch.js';
import { checkMachine } from './check-machine.js';
import { checkOptions } from './check-options.js';
import { checkStruct } from './check-struct.js';
import { checkTable } from './check-table.js';
import type { Problem } from './errors.js';

export class Checker {
  readonly problems: Problem[] = [];
  readonly model: Model;

  constructor(readonly program: Program) {
    this.model = new Model(program);
  }

  report(pos: Pos, message: string): void {
    this.problems.push({ pos, message });
  }

  run(): Problem[] {
    this.checkImportsAndNames();
    for (const { decl, module } of this.program.decls()) {
      checkAnnotations(this, decl);
      this.checkDecl(decl, module);
    }
    // the model reports what it could not shape; a problem found twice is reported once
    const all = [...this.problems, ...this.model.problems];
    const seen = new Set<string>();
    return all
      .filter((p) => {
        const key = `${p.pos.file}:${p.pos.line}:${p.pos.col}:${p.message}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort(
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
        return checkStruct(this, this.model.struct(decl));
      case 'alias':
        return this.checkAlias(decl);
      case 'const':
        return this.checkConst(decl, module);
      case 'table':
        return checkTable(this, decl, module);
      case 'type':
      case 'options':
        return checkOptions(this, decl, module);
      case 'machine':
        return checkMachine(this, decl, module);
      case 'dispatch':
        return checkDispatch(this, decl, module);
    }
  }

  private checkAlias(a: AliasDecl): void {
    const m = this.model.alias(a);
    if (!m || !a.range) return;
    let s = m.shape;
    while (s.k === 'alias') s = s.inner;
    if (s.k !== 'int')
      this.report(a.range.pos, `${a.name}: a value range bounds an integer, not ${a.type.name}`);
    else checkRangeFits(this, a.range, s.prim.min, s.prim.max, a.name);
  }

  private checkConst(c: ConstDecl, module: Module): void {
    const shape = this.model.valueShape(module, undefined, {
      name: c.name,
      pos: c.pos,
      type: c.type,
      shape: c.shape,
    });
    if (!shape) return;
    const size = fixedSize(this.model, shape);
    if (size === undefined || !(shape.k === 'bytes' || shape.k === 'int')) {
      this.report(c.pos, `${c.name}: a constant is a number or a fixed number of bytes`);
      return;
    }
    constBytes(this.model, module, c.value, size);
  }

  private checkEnum(e: EnumDecl): void {
    if (e.max < 0n) {
      this.report(
        e.pos,
        `enum ${e.name} needs a (max) entry that fixes its width, as in RFC 8446 section 3.5`,
      );
      return;
    }
    if (prefixWidth(e.max) === undefined)
      this.report(e.maxPos, `enum maximum ${e.max} does not fit in 4 bytes`);
    const names = new Map<string, bigint>();
    const taken: { lo: bigint; hi: bigint; name: string }[] = [];
    for (const m of e.members) {
      if (names.has(m.name)) this.report(m.pos, `duplicate enum member ${m.name}`);
      names.set(m.name, m.value);
      const hi = m.last ?? m.value;
      const other = taken.find((t) => m.value <= t.hi && hi >= t.lo);
      if (other)
        this.report(
          m.pos,
          `${m.name}: value ${m.value}${m.last === undefined ? '' : `..${m.last}`} in enum ${e.name} is also ${other.name}`,
        );
      taken.push({ lo: m.value, hi, name: m.name });
      if (m.value < 0n || hi > e.max) this.report(m.pos, `${m.name}(${m.value}) is outside 0..${e.max}`);
    }
  }
}

/** A value range must fit the integer type it bounds. */
export function checkRangeFits(
  checker: Checker,
  range: { lo: bigint | undefined; hi: bigint | undefined; pos: Pos },
  min: bigint,
  max: bigint,
  name: string,
): void {
  if (
    (range.lo !== undefined && (range.lo < min || range.lo > max)) ||
    (range.hi !== undefined && (range.hi < min || range.hi > max))
  )
    checker.report(
      range.pos,
      `${name}: range ${range.lo ?? ''}..${range.hi ?? ''} does not fit ${min}..${max}`,
    );
}

/** Check all spec files together; returns the problems, sorted by position, and the model. */
export function checkProgram(program: Program): { problems: Problem[]; model: Model } {
  const checker = new Checker(program);
  return { problems: checker.run(), model: checker.model };
}
