// Facts that follow from a Shape: its size when fixed, the fewest bytes it can take, and whether
// it runs to the end of its input (so that a strict prefix of an encoding may still decode).
import type { Model } from './model.js';
import type { Len, Shape, StructModel } from './shape.js';

/** Encoded size in bytes when every value of the shape has the same size. */
export function fixedSize(model: Model, s: Shape, seen = new Set<object>()): number | undefined {
  switch (s.k) {
    case 'int':
      return s.prim.bytes;
    case 'float64':
      return 8;
    case 'bool':
      return 1;
    case 'enum':
      return s.bytes;
    case 'variable':
      return undefined;
    case 'alias':
      return fixedSize(model, s.inner, seen);
    case 'named': {
      const a = model.alias(s.decl);
      return a ? fixedSize(model, a.shape, seen) : undefined;
    }
    case 'bytes':
      return s.len.k === 'fixed' ? s.len.count : undefined;
    case 'list': {
      if (s.len.k !== 'fixed') return undefined;
      const e = fixedSize(model, s.elem, seen);
      return e === undefined ? undefined : e * s.len.count;
    }
    case 'struct': {
      if (seen.has(s.decl)) return undefined;
      seen.add(s.decl);
      const size = structFixedSize(model, model.struct(s.decl), seen);
      seen.delete(s.decl);
      return size;
    }
    case 'select':
    case 'framed':
      return undefined;
  }
}

export function structFixedSize(model: Model, m: StructModel, seen = new Set<object>()): number | undefined {
  if (m.recursive) return undefined;
  let size = m.decl.messageNumber === undefined ? 0 : 1;
  for (const f of m.fields) {
    if (f.condition || f.optional) return undefined;
    if (f.bits) {
      if (f.bits.first === f.index) size += f.bits.unit.bytes;
      continue;
    }
    const s = fixedSize(model, f.shape, seen);
    if (s === undefined) return undefined;
    size += s;
  }
  return size;
}

/**
 * The fewest bytes one value can take. Decoders check element counts read from the input against
 * it before looping, so a count cannot make them spin on an empty input.
 */
export function minSize(model: Model, s: Shape, seen = new Set<object>()): number {
  switch (s.k) {
    case 'variable':
      return s.prim.minSize;
    case 'alias':
      return minSize(model, s.inner, seen);
    case 'named': {
      const a = model.alias(s.decl);
      return a ? minSize(model, a.shape, seen) : 0;
    }
    case 'bytes':
      return lenMinBytes(s.len, 1);
    case 'list':
      return lenMinBytes(s.len, minSize(model, s.elem, seen));
    case 'struct': {
      if (seen.has(s.decl)) return 1; // a recursive reference counts as one byte
      seen.add(s.decl);
      const m = model.struct(s.decl);
      let size = m.decl.messageNumber === undefined ? 0 : 1;
      for (const f of m.fields) {
        if (f.condition || f.optional) continue;
        if (f.bits) size += f.bits.first === f.index ? f.bits.unit.bytes : 0;
        else size += minSize(model, f.shape, seen);
      }
      seen.delete(s.decl);
      return size;
    }
    case 'framed':
      return s.len.width + Number(s.len.lo);
    case 'select': {
      const sizes = s.sel.arms.map((a) => minSize(model, a.shape, seen));
      if (s.sel.fallback) sizes.push(minSize(model, s.sel.fallback, seen));
      const inner = sizes.length ? Math.min(...sizes) : 0;
      return s.sel.framing ? s.sel.framing.width + Math.max(inner, Number(s.sel.framing.lo)) : inner;
    }
    default:
      return fixedSize(model, s) ?? 1;
  }
}

function lenMinBytes(len: Len, elem: number): number {
  switch (len.k) {
    case 'fixed':
      return len.count * elem;
    case 'vector':
      return len.width + Number(len.lo);
    case 'prefix':
      return len.count.bytes;
    case 'until':
      return len.width;
    default:
      return 0;
  }
}

/** True when a value can end only where its input does, so its strict prefixes may decode. */
export function openTail(model: Model, s: Shape, seen = new Set<object>()): boolean {
  switch (s.k) {
    case 'bytes':
    case 'list':
      return s.len.k === 'rest' || s.len.k === 'trailing';
    case 'alias':
      return openTail(model, s.inner, seen);
    case 'struct': {
      if (seen.has(s.decl)) return false;
      seen.add(s.decl);
      return structOpenTail(model, model.struct(s.decl), seen);
    }
    case 'select':
      if (s.sel.framing) return false;
      if (s.sel.tag.k === 'prefix') return true; // the label "ok" is a prefix of "ok_simultaneous"
      return [...s.sel.arms.map((a) => a.shape), ...(s.sel.fallback ? [s.sel.fallback] : [])].some((x) =>
        openTail(model, x, seen),
      );
    default:
      return false;
  }
}

export function structOpenTail(model: Model, m: StructModel, seen = new Set<object>()): boolean {
  if (m.fields.some((f) => f.shape.k === 'bytes' && f.shape.len.k === 'rest' && f.shape.len.tail > 0))
    return true;
  const last = m.fields[m.fields.length - 1];
  if (!last) return false;
  if (last.optional || last.condition) return true;
  return openTail(model, last.shape, seen);
}
