// Facts about structs that follow from their fields: fixed size, recursion, implicit count fields
// and open tails. The codec emitter and the generated tests use them.
import type { AliasDecl, Field, StructDecl } from '../ast.js';
import { prefixWidth as prefixWidthOf } from './primitives.js';
import type { Module, Program } from './program.js';

export interface StructLayout {
  /** Encoded size when every field has a fixed size. */
  fixedSize: number | undefined;
  /** True when the struct can contain itself (the decoder then counts nesting depth). */
  recursive: boolean;
  /** Fields whose value is the length of a later `[field]` array: not in the TypeScript type. */
  implicit: Map<string, Field>;
  /** True when the last field takes "the rest", so a strict prefix of an encoding may still decode. */
  openTail: boolean;
}

export class Layouts {
  private readonly cache = new Map<StructDecl, StructLayout>();
  private readonly openCache = new Map<StructDecl, boolean>();

  constructor(private readonly program: Program) {}

  of(decl: StructDecl): StructLayout {
    let l = this.cache.get(decl);
    if (l) return l;
    const module = this.program.moduleOf(decl);
    const implicit = new Map<string, Field>();
    for (const f of decl.fields) {
      if (f.shape.kind === 'fieldCount') {
        const counter = decl.fields.find((g) => g.name === (f.shape as { field: string }).field);
        if (counter) implicit.set(counter.name, f);
      }
    }
    const recursive = this.reaches(decl, decl, new Set());
    let size: number | undefined = decl.messageNumber === undefined ? 0 : 1;
    for (const f of decl.fields) {
      const s = recursive ? undefined : this.fieldSize(module, f);
      size = s === undefined || size === undefined ? undefined : size + s;
    }
    l = { fixedSize: size, recursive, implicit, openTail: this.openTail(decl, new Set()) };
    this.cache.set(decl, l);
    return l;
  }

  private readonly minCache = new Map<StructDecl, number>();

  /**
   * The fewest bytes one value of a type can take. Decoders check element counts read from the
   * input against it before looping, so a count cannot make them spin on an empty input.
   */
  minSize(module: Module, name: string): number {
    const r = this.program.resolve(module, name);
    if (!r) return 1;
    if (r.kind === 'prim') return r.prim.size ?? 4; // SSH strings, mpints and name-lists: a uint32 length
    if (r.kind === 'enum') return r.decl.width;
    if (r.kind === 'alias') return this.fieldMinSize(r.module, aliasField(r.decl));
    const cached = this.minCache.get(r.decl);
    if (cached !== undefined) return cached;
    this.minCache.set(r.decl, 1); // a recursive reference counts as one byte
    const m = this.program.moduleOf(r.decl);
    let size = r.decl.messageNumber === undefined ? 0 : 1;
    for (const f of r.decl.fields) size += this.fieldMinSize(m, f);
    this.minCache.set(r.decl, size);
    return size;
  }

  private fieldMinSize(module: Module, f: Field): number {
    if (f.optional) return 0;
    const s = f.shape;
    if (s.kind === 'fixed') return Number(s.bytes);
    if (s.kind === 'vector') return (prefixWidthOf(s.hi) ?? 4) + Number(s.lo);
    if (s.kind === 'counted') return this.minSize(module, s.countType.name);
    if (s.kind === 'fieldCount' || s.kind === 'rest') return 0;
    if (f.type.kind === 'select') {
      const sizes = f.type.cases.map((c) =>
        c.type.name === 'opaque' ? 0 : this.minSize(module, c.type.name),
      );
      if (f.type.defaultCase)
        sizes.push(f.type.defaultCase.name === 'opaque' ? 0 : this.minSize(module, f.type.defaultCase.name));
      return sizes.length ? Math.min(...sizes) : 0;
    }
    return this.minSize(module, f.type.name);
  }

  /** Size in bytes of one element of a type, when fixed. */
  typeSize(module: Module, name: string): number | undefined {
    const r = this.program.resolve(module, name);
    if (!r) return undefined;
    if (r.kind === 'prim') return r.prim.size;
    if (r.kind === 'enum') return r.decl.width;
    if (r.kind === 'alias') return this.fieldSize(r.module, aliasField(r.decl));
    return this.of(r.decl).fixedSize;
  }

  private fieldSize(module: Module, f: Field): number | undefined {
    if (f.shape.kind === 'fixed') return Number(f.shape.bytes);
    if (f.shape.kind !== 'one' || f.type.kind === 'select') return undefined;
    return this.typeSize(module, f.type.name);
  }

  private structsOf(module: Module, f: Field): StructDecl[] {
    const names =
      f.type.kind === 'select'
        ? [...f.type.cases.map((c) => c.type.name), ...(f.type.defaultCase ? [f.type.defaultCase.name] : [])]
        : [f.type.name];
    const out: StructDecl[] = [];
    for (const n of names) {
      const r = this.program.resolve(module, n);
      if (r?.kind === 'struct') out.push(r.decl);
    }
    return out;
  }

  private reaches(from: StructDecl, target: StructDecl, seen: Set<StructDecl>): boolean {
    if (seen.has(from)) return false;
    seen.add(from);
    const module = this.program.moduleOf(from);
    for (const f of from.fields) {
      for (const s of this.structsOf(module, f)) {
        if (s === target || this.reaches(s, target, seen)) return true;
      }
    }
    return false;
  }

  private openTail(decl: StructDecl, seen: Set<StructDecl>): boolean {
    const cached = this.openCache.get(decl);
    if (cached !== undefined) return cached;
    if (seen.has(decl)) return false;
    seen.add(decl);
    const last = decl.fields[decl.fields.length - 1];
    let open = false;
    if (last) {
      const module = this.program.moduleOf(decl);
      if (last.shape.kind === 'rest' || last.optional) open = true;
      else if (last.shape.kind === 'one') {
        if (last.type.kind === 'select' && last.type.defaultCase?.name === 'opaque') open = true;
        else if (last.type.kind === 'select' && last.type.cases.some((c) => c.type.name === 'opaque'))
          open = true;
        else open = this.structsOf(module, last).some((s) => this.openTail(s, seen));
      }
    }
    this.openCache.set(decl, open);
    return open;
  }
}

/** A sized named type seen as the one field it describes, for sizes and codecs. */
export function aliasField(a: AliasDecl): Field {
  return {
    name: a.name,
    pos: a.pos,
    doc: a.doc,
    annotations: [],
    type: a.type,
    shape: a.shape,
    defaultValue: undefined,
    optional: false,
    constant: false,
    withContext: [],
  };
}

/** A struct holding just that field, for code that checks or emits fields of structs. */
export function aliasHolder(a: AliasDecl, field: Field = aliasField(a)): StructDecl {
  return {
    kind: 'struct',
    name: a.name,
    pos: a.pos,
    doc: undefined,
    annotations: [],
    messageNumber: undefined,
    params: [],
    fields: [field],
  };
}
