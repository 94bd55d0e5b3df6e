// How one element type of a struct field reads, writes and looks in TypeScript. Shared by the
// struct emitter and the select emitter.
import type { Field, StructDecl, TypeRef } from '../ast.js';
import type { Primitive } from '../model/primitives.js';
import type { Module } from '../model/program.js';
import { camelCase, type EmitContext } from './context.js';

export type Elem =
  | { kind: 'bytes' } // opaque, byte and uint8 inside arrays: one Uint8Array view
  | { kind: 'prim'; prim: Primitive }
  | { kind: 'enum'; name: string; width: 1 | 2 | 3 | 4; closed: boolean; namesRef: string }
  | { kind: 'struct'; decl: StructDecl; name: string; read: string; write: string }
  /** A sized named type (`opaque ProtocolName<1..2^8-1>;`): one value through its own codec. */
  | { kind: 'named'; name: string; read: string; write: string };

const BYTE_TYPES = new Set(['opaque', 'byte', 'uint8']);

/** Classify `ref` as seen from `module`; `inArray` turns byte types into one Uint8Array. */
export function elemOf(ctx: EmitContext, module: Module, ref: TypeRef, inArray: boolean): Elem {
  if (inArray && BYTE_TYPES.has(ref.name)) return { kind: 'bytes' };
  const r = ctx.program.mustResolve(module, ref);
  if (r.kind === 'prim') return { kind: 'prim', prim: r.prim };
  if (r.kind === 'enum') {
    const name = ctx.ref(r.decl, r.decl.name);
    const namesRef = r.decl.closed ? ctx.ref(r.decl, `${r.decl.name}Names`) : '';
    if (r.decl.closed) ctx.wire('closedEnum');
    return { kind: 'enum', name, width: r.decl.width, closed: r.decl.closed, namesRef };
  }
  if (r.kind === 'alias') {
    return {
      kind: 'named',
      name: ctx.ref(r.decl, r.decl.name, true),
      read: ctx.ref(r.decl, `read${r.decl.name}`),
      write: ctx.ref(r.decl, `write${r.decl.name}`),
    };
  }
  return {
    kind: 'struct',
    decl: r.decl,
    name: ctx.ref(r.decl, r.decl.name, true),
    read: ctx.ref(r.decl, `read${r.decl.name}`),
    write: ctx.ref(r.decl, `write${r.decl.name}`),
  };
}

/** The TypeScript type of one element. */
export function elemType(e: Elem): string {
  switch (e.kind) {
    case 'bytes':
      return 'Uint8Array';
    case 'prim':
      return e.prim.name === 'opaque' ? 'number' : e.prim.ts;
    case 'enum':
      return e.name;
    case 'struct':
    case 'named':
      return e.name;
  }
}

const WIDTH_METHOD = { 1: 'u8', 2: 'u16', 3: 'u24', 4: 'u32' } as const;

/** An expression reading one element. */
export function readElem(e: Elem, where: string, ctxArg: string): string {
  switch (e.kind) {
    case 'bytes':
      return `r.u8(${where})`;
    case 'prim':
      return `r.${e.prim.method}(${where})`;
    case 'enum': {
      const read = `r.${WIDTH_METHOD[e.width]}(${where})`;
      return e.closed ? `closedEnum<${e.name}>(${read}, ${e.namesRef}, ${where})` : read;
    }
    case 'struct':
      return ctxArg ? `${e.read}(r, ${ctxArg})` : `${e.read}(r)`;
    case 'named':
      return `${e.read}(r)`;
  }
}

/** A statement writing one element held in `value`. */
export function writeElem(e: Elem, value: string, where: string): string {
  switch (e.kind) {
    case 'bytes':
      return `w.u8(${value}, ${where});`;
    case 'prim':
      return `w.${e.prim.method}(${value}, ${where});`;
    case 'enum':
      return `w.${WIDTH_METHOD[e.width]}(${value}, ${where});`;
    case 'struct':
    case 'named':
      return `${e.write}(w, ${value});`;
  }
}

/** The context argument to pass when reading a field of a parameterised struct type. */
export function contextArg(ctx: EmitContext, parent: StructDecl, f: Field, child: StructDecl): string {
  if (child.params.length === 0) return '';
  if (f.withContext.length === 0) return 'ctx';
  const parts = parent.params.length > 0 ? ['...ctx'] : [];
  for (const wc of f.withContext) {
    const p = child.params.find((x) => x.name === wc.name)!;
    const pt = ctx.program.mustResolve(ctx.program.moduleOf(child), p.type);
    let value: string;
    if (wc.value.kind === 'ident' && pt.kind === 'enum') value = `${ctx.ref(pt.decl)}.${wc.value.name}`;
    else if (wc.value.kind === 'number') value = wc.value.value.toString();
    else value = JSON.stringify(wc.value.kind === 'ident' ? wc.value.name : '');
    parts.push(`${camelCase(wc.name)}: ${value}`);
  }
  return `{ ${parts.join(', ')} }`;
}

const RESERVED = new Set(
  'r w v ctx n outer tag break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await'.split(
    ' ',
  ),
);

/** A local variable name for a field. */
export function local(name: string): string {
  const id = name.replace(/[^A-Za-z0-9_$]/g, '_');
  return RESERVED.has(id) ? `${id}_` : id;
}

/** A property key for a field, quoted when it is not an identifier. */
export function prop(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

export function pascal(name: string): string {
  const c = camelCase(name);
  return c.charAt(0).toUpperCase() + c.slice(1);
}
