// Bytes (`opaque`, `uint8`/`byte` arrays): one zero-copy view, with the length found however the
// spec says: fixed, a vector prefix with bounds, a count prefix, an earlier field's value, the rest
// of the body, a sentinel byte, or the trailing run that ends the body.
import type { Len, Shape } from '../../../model/shape.js';
import type { Bounds, ModuleGen } from '../gen.js';
import type { ShapeCodec } from './codec.js';

type Bytes = Extract<Shape, { k: 'bytes' }>;

/** Bounds of a vector length, as the descriptor table writes them. */
export function vectorBounds(len: Extract<Len, { k: 'vector' }>): Bounds {
  return {
    minLength: bound(len.lo),
    maxLength: bound(len.hi),
    ...(len.unit > 1 ? { unit: String(len.unit) } : {}),
  };
}

/** A bound as a person writes it: 2 ** 16 - 1 rather than 65535. */
export function bound(n: bigint): string {
  if (n < 256n) return String(n);
  for (const p of [8n, 16n, 24n, 32n]) {
    const v = 1n << p;
    if (n === v) return `2 ** ${p}`;
    if (n > v - 16n && n < v) return `2 ** ${p} - ${v - n}`;
    if (n > v && n < v + 16n) return `2 ** ${p} + ${n - v}`;
  }
  return String(n);
}

export const bytesCodec: ShapeCodec<Bytes> = {
  type: () => 'Uint8Array',
  expr(_g, s, d, o) {
    const len = s.len;
    switch (len.k) {
      case 'fixed':
        return `r.raw(${len.count}, ${d})`;
      case 'vector':
        return `r.opaque(${d})`;
      case 'prefix':
        return `r.raw(r.${len.count.method}(${d}), ${d})`;
      case 'count':
        return `r.raw(${o.count}, ${d})`;
      case 'rest':
        return len.tail === 0 ? 'r.rest()' : `r.raw(r.end - r.pos - ${len.tail}, ${d})`;
      case 'until':
        return `r.bytesUntil(${len.sentinel}, ${d})`;
      case 'trailing':
        return 'r.rest()';
    }
  },
  read(g, s, name, d, o) {
    return [`const ${name} = ${this.expr!(g, s, d, o)};`];
  },
  write(g, s, v, d, o) {
    const len = s.len;
    switch (len.k) {
      case 'fixed':
        return [`w.fixed(${v}, ${len.count}, ${d});`];
      case 'vector':
        return [`w.opaque(${v}, ${d});`];
      case 'prefix':
        return [`w.${len.count.method}(${g.ctx.wire('lengthOf')}(${v}, ${d}), ${d});`, `w.raw(${v}, ${d});`];
      case 'count':
        return o.count === undefined ? [`w.raw(${v}, ${d});`] : [`w.fixed(${v}, ${o.count}, ${d});`];
      case 'rest':
        return [`w.raw(${v}, ${d});`];
      case 'until':
        return [`w.bytesUntil(${v}, ${len.sentinel}, ${d});`];
      case 'trailing':
        return [`w.run(${v}, ${len.fill}, ${o.local}Start, ${d});`];
    }
  },
  bounds: (_g: ModuleGen, s) => (s.len.k === 'vector' ? vectorBounds(s.len) : {}),
  arbitrary(_t, s) {
    const len = s.len;
    switch (len.k) {
      case 'fixed':
        return `fc.uint8Array({ minLength: ${len.count}, maxLength: ${len.count} })`;
      case 'vector':
        return `fc.uint8Array({ minLength: ${len.lo}, maxLength: ${Math.min(Number(len.hi), Number(len.lo) + 24)} })`;
      case 'until':
        return `fc.uint8Array({ maxLength: 16 }).map((b) => b.filter((x) => x !== ${len.sentinel}))`;
      case 'trailing':
        return `fc.nat({ max: 8 }).map((n) => new Uint8Array(n).fill(${len.fill}))`;
      default:
        return 'fc.uint8Array({ maxLength: 16 })';
    }
  },
  violations(_t, s) {
    const len = s.len;
    if (len.k !== 'vector') return [];
    const out: string[] = [];
    const max = len.width === 4 ? 2 ** 32 - 1 : 2 ** (8 * len.width) - 1;
    if (len.lo >= 1n) out.push(`fc.uint8Array({ minLength: ${len.lo - 1n}, maxLength: ${len.lo - 1n} })`);
    const over = Number(len.hi) + 1;
    if (over <= max && over <= 2 ** 17) out.push(`fc.uint8Array({ minLength: ${over}, maxLength: ${over} })`);
    return out;
  },
};
