// readX: a struct's decoder, one statement (or a few) per field, in spec order. Lengths that
// measure later fields narrow the reader's body; counts, conditions and byte orders are
// expressions over the fields read so far.

import { fixedSize } from '../../model/facts.js';
import type { FieldModel, StructModel } from '../../model/shape.js';
import { ctxArgFor } from './context-arg.js';
import { defaultLiteral, mayBeAbsent, renderIn, unionNames, valueFields } from './fields.js';
import { base, type StructGen } from './gen.js';
import { contextName, local, prop } from './names.js';
import type { Options } from './shapes/codec.js';
import { codecOf } from './shapes/index.js';

export function readFunction(g: StructGen): string[] {
  const s = g.struct;
  const lines: string[] = ['const f = F.' + s.name + ';'];
  if (s.recursive) lines.push(`r.descend(${g.self});`);
  if (s.decl.messageNumber !== undefined) lines.push(`r.messageNumber(${s.decl.messageNumber}, ${g.self});`);
  const trailing = s.fields.find((f) => f.shape.k === 'bytes' && f.shape.len.k === 'trailing');
  if (trailing && trailing.shape.k === 'bytes' && trailing.shape.len.k === 'trailing') {
    // the run that ends the body is taken off first, so the fields before it end where it starts
    lines.push(`const ${local(trailing.name)}Outer = r.end;`, `r.trailing(${trailing.shape.len.fill});`);
  }
  const ends = new Map<number, string[]>(); // field index -> statements after it (closing sizeof bodies)
  for (const f of s.fields) {
    const starts = s.fields.filter(
      (x) => x.derived?.k === 'sizeof' && !x.derived.self && x.derived.from === f.index,
    );
    for (const x of starts)
      lines.push(`const ${local(x.name)}End = r.enter(${local(x.name)}, ${g.d(x.name)});`);
    if (f === trailing) lines.push(`r.end = ${local(f.name)}Outer;`);
    if (f.mark) lines.push(`r.mark(${g.d(f.name)});`);
    lines.push(...readField(g, f));
    if (f.derived?.k === 'sizeof') {
      const d = g.d(f.name);
      const width = fixedSize(g.model, f.shape)!;
      if (f.derived.self)
        lines.push(`const ${local(f.name)}End = r.enter(${local(f.name)} - ${width}, ${d});`);
      const after = [...(ends.get(f.derived.to) ?? []), `r.leave(${local(f.name)}End, ${d});`];
      ends.set(f.derived.to, after);
    }
    lines.push(...(ends.get(f.index) ?? []));
  }
  if (s.recursive) lines.push('r.ascend();');
  lines.push(...returnValue(s));
  return lines;
}

function returnValue(s: StructModel): string[] {
  const fields = valueFields(s);
  const always = fields.filter((f) => !mayBeAbsent(f));
  const maybe = fields.filter((f) => mayBeAbsent(f));
  const entries = always.map((f) =>
    local(f.name) === f.name ? f.name : `${prop(f.name)}: ${local(f.name)}`,
  );
  if (maybe.length === 0) return [`return { ${entries.join(', ')} };`];
  const lines = [`const out: ${s.name} = { ${entries.join(', ')} };`];
  // an absent field is no key at all, not a key holding undefined
  for (const f of maybe) lines.push(`if (${local(f.name)} !== undefined) out.${f.name} = ${local(f.name)};`);
  lines.push('return out;');
  return lines;
}

/** The options a field's codec reads (and writes) it with. */
export function optionsFor(g: StructGen, f: FieldModel): Options {
  const s = g.struct;
  const b = base(f.shape);
  const child =
    b.k === 'struct'
      ? b
      : b.k === 'list' && base(b.elem).k === 'struct'
        ? (base(b.elem) as Extract<typeof b, { k: 'struct' }>)
        : undefined;
  const o: Options = {
    local: local(f.name),
    ctxArg: child ? ctxArgFor(g.mod, s, f, g.model.struct(child.decl)) : 'undefined',
    field: f,
  };
  if (f.little) o.little = f.little.when ? renderIn(s, f.little.when) : 'true';
  const len = b.k === 'bytes' || b.k === 'list' ? b.len : undefined;
  if (len?.k === 'count') o.count = renderIn(s, len.expr);
  if (f.shape.k === 'select') o.union = unionNames(s, f).decoded;
  return o;
}

function readField(g: StructGen, f: FieldModel): string[] {
  const s = g.struct;
  const name = local(f.name);
  if (!mayBeAbsent(f)) return readInto(g, f, name);
  // absent unless the input goes on (optional) or the condition holds
  const test = f.optional ? 'r.pos < r.end' : renderIn(s, f.condition!);
  const t =
    f.shape.k === 'select' ? unionNames(s, f).decoded : codecOf(f.shape).type(g.mod, f.shape, 'decoded');
  return [
    `let ${name}: ${t} | undefined;`,
    `if (${test}) {`,
    ...readInto(g, f, `${name}Value`),
    `${name} = ${name}Value;`,
    '}',
  ];
}

/** Statements that read the field into a new constant `name`. */
function readInto(g: StructGen, f: FieldModel, name: string): string[] {
  if (f.bits) return readBits(g, f, name);
  const o = optionsFor(g, f);
  const codec = codecOf(f.shape);
  const d = g.d(f.name, codec.bounds?.(g.mod, f.shape as never) ?? {});
  let expr = f.shape.k === 'select' ? undefined : codec.expr?.(g, f.shape as never, d, o);
  if (expr && f.range) {
    g.d(f.name, rangeBounds(f.range));
    expr = `r.range(${expr}, ${d})`;
  }
  const lines = expr ? [`const ${name} = ${expr};`] : codec.read(g, f.shape as never, name, d, o);
  if (f.constant && f.defaultValue) lines.push(`r.expectValue(${name}, ${defaultLiteral(g, f)}, ${d});`);
  return lines;
}

/** The integer of a bit-field group is read at its first field; each field takes its bits. */
function readBits(g: StructGen, f: FieldModel, name: string): string[] {
  const bits = f.bits!;
  const lines: string[] = [];
  const unit = `${local(g.struct.fields[bits.first]!.name)}Bits`;
  if (bits.first === f.index) lines.push(`const ${unit} = r.${bits.unit.method}(${g.d(f.name)});`);
  const mask = bits.width === 32 ? '0xffffffff' : `0x${(2 ** bits.width - 1).toString(16)}`;
  const shifted = bits.shift === 0 ? unit : `(${unit} >>> ${bits.shift})`;
  let expr = `${shifted} & ${mask}`;
  if (f.range) {
    g.d(f.name, rangeBounds(f.range));
    expr = `r.range(${expr}, ${g.d(f.name)})`;
  }
  lines.push(`const ${name} = ${expr};`);
  return lines;
}

/** The descriptor bounds of a value range (a field's own, or its named type's). */
export function rangeBounds(range: FieldModel['range']): { min?: string; max?: string } {
  return {
    ...(range?.lo !== undefined ? { min: range.lo.toString() } : {}),
    ...(range?.hi !== undefined ? { max: range.hi.toString() } : {}),
  };
}

export function readSignature(g: StructGen): { params: { name: string; type: string }[] } {
  const params = [{ name: 'r', type: g.ctx.wire('Reader', true) }];
  if (g.hasContext) params.push({ name: 'ctx', type: contextName(g.struct.name) });
  return { params };
}
