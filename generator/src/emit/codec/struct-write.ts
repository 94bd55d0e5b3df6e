// writeX: a struct's encoder. It checks every value it writes, derives what the spec computes
// (counts, lengths that measure later fields, tags the select's case fixes), and refuses values
// its own decoder would refuse or read back differently.
import { exprText, refsOf } from '../../model/expr.js';
import { fixedSize } from '../../model/facts.js';
import type { FieldModel } from '../../model/shape.js';
import { defaultLiteral, mayBeAbsent, renderIn, tagDerivable, unionNames } from './fields.js';
import { base, type StructGen } from './gen.js';
import { contextName, inputName, local, member, str } from './names.js';
import { codecOf } from './shapes/index.js';
import { optionsFor, rangeBounds } from './struct-read.js';
import { tagsConst } from './tags.js';

/** Fields whose values other fields' expressions or selects use: they get a local. */
function usedByOthers(g: StructGen): Set<string> {
  const used = new Set<string>();
  for (const f of g.struct.fields) {
    for (const e of [f.condition, f.little?.when, lenExpr(f)]) if (e) for (const r of refsOf(e)) used.add(r);
    if (f.shape.k === 'select' && f.shape.sel.tag.k === 'field') used.add(f.shape.sel.tag.name);
  }
  return used;
}

function lenExpr(f: FieldModel) {
  const b = base(f.shape);
  return (b.k === 'bytes' || b.k === 'list') && b.len.k === 'count' ? b.len.expr : undefined;
}

export function writeFunction(g: StructGen): string[] {
  const s = g.struct;
  const used = usedByOthers(g);
  const lines = ['const f = F.' + s.name + ';', `${g.ctx.wire('expectObject')}(v, ${g.self});`];
  if (s.decl.messageNumber !== undefined) lines.push(`w.u8(${s.decl.messageNumber}, ${g.self});`);
  if (s.fields.some((f) => f.shape.k === 'bytes' && f.shape.len.k === 'trailing')) {
    const t = s.fields.find((f) => f.shape.k === 'bytes' && f.shape.len.k === 'trailing')!;
    lines.push(`const ${local(t.name)}Start = w.pos;`);
  }
  const sizeofs = s.fields.filter((f) => f.derived?.k === 'sizeof');
  const known = new Set<string>(); // names whose values are locals by now
  // counts first: they are lengths of fields in the value, and expressions may use them
  for (const f of s.fields) {
    if (f.derived?.k !== 'count') continue;
    const of = f.derived.of;
    lines.push(
      `const ${local(f.name)} = ${g.ctx.wire('lengthOf')}(${member('v', of.name)}, ${g.d(of.name)});`,
    );
    known.add(f.name);
  }
  const post: string[] = [];
  optionalOrder(g, lines);
  for (const f of s.fields) {
    for (const x of sizeofs)
      if (x.derived?.k === 'sizeof' && !x.derived.self && x.derived.from === f.index)
        lines.push(`const ${local(x.name)}From = w.pos;`);
    if (f.mark) lines.push(`w.mark(${g.d(f.name)});`);
    lines.push(...writeField(g, f, used, known, post));
    for (const x of sizeofs) {
      if (x.derived?.k !== 'sizeof' || x.derived.to !== f.index) continue;
      const d = g.d(x.name);
      const width = fixedSize(g.model, x.shape)!;
      const value = x.derived.self ? `w.pos - ${local(x.name)}At` : `w.pos - ${local(x.name)}From`;
      lines.push(`const ${local(x.name)} = ${x.range ? `w.range(${value}, ${d})` : value};`);
      lines.push(`w.fill(${local(x.name)}At, ${width}, ${local(x.name)}, ${d});`);
      known.add(x.name);
    }
  }
  lines.push(...post);
  return lines;
}

/** Of trailing @optional fields, a present one after an absent one would be read as that one. */
function optionalOrder(g: StructGen, lines: string[]): void {
  const optional = g.struct.fields.filter((f) => f.optional);
  for (let i = 0; i + 1 < optional.length; i++) {
    const f = optional[i]!;
    const later = optional.slice(i + 1);
    lines.push(
      `if (${member('v', f.name)} === undefined) ${later.map((x) => `${g.ctx.wire('expectAbsent')}(${member('v', x.name)}, ${g.d(x.name)}, ${str(`${f.name} is absent, and optional fields end at the first absent one`)});`).join(' ')}`,
    );
  }
}

function writeField(
  g: StructGen,
  f: FieldModel,
  used: Set<string>,
  known: Set<string>,
  post: string[],
): string[] {
  const s = g.struct;
  const name = local(f.name);
  const codec = codecOf(f.shape);
  const d = g.d(f.name, codec.bounds?.(g.mod, f.shape as never) ?? {});
  if (f.derived?.k === 'sizeof') {
    const width = fixedSize(g.model, f.shape)!;
    return [`const ${name}At = w.reserve(${width});`];
  }
  const lines: string[] = [];
  let value: string;
  if (f.derived?.k === 'count') value = name;
  else if (tagDerivable(f)) {
    const sel = f.tagOf[0]!;
    const tags = tagsConst(g, sel);
    value = `${g.ctx.wire('tagFor')}(${member('v', f.name)}, ${tags}, ${member('v', sel.name)}, ${d})`;
  } else if (f.defaultValue !== undefined) value = `${member('v', f.name)} ?? ${defaultLiteral(g, f)}`;
  else value = member('v', f.name);
  if (f.constant && f.defaultValue)
    value = `${g.ctx.wire('expectValue')}(${value}, ${defaultLiteral(g, f)}, ${d})`;
  if (f.range) {
    g.d(f.name, rangeBounds(f.range));
    value = `w.range(${value}, ${d})`;
  }
  const needsLocal = (used.has(f.name) || f.bits !== undefined) && f.derived?.k !== 'count';
  if (needsLocal && !mayBeAbsent(f)) {
    lines.push(
      `const ${name} = ${f.bits ? `${g.ctx.wire('bitField')}(${value}, ${f.bits.width}, ${d})` : value};`,
    );
    value = name;
    known.add(f.name);
  }
  const o = optionsFor(g, f);
  const len = lenExpr(f);
  if (len) {
    const refs = refsOf(len);
    const ready = refs.every(
      (r) =>
        known.has(r) || !s.fields.some((x) => x.name === r) || !s.fields.find((x) => x.name === r)!.derived,
    );
    if (ready) o.count = renderIn(s, len);
    else {
      o.count = undefined;
      post.push(`${g.ctx.wire('expectLength')}(${member('v', f.name)}, ${renderIn(s, len)}, ${d});`);
    }
  }
  if (f.shape.k === 'select') o.union = unionNames(s, f).input;
  let write: string[];
  if (f.bits) write = f.bits.first + f.bits.members.length - 1 === f.index ? writeBits(g, f) : [];
  else write = codec.write(g, f.shape as never, value, d, o);
  if (!mayBeAbsent(f)) return [...lines, ...write];
  const present = `${member('v', f.name)} !== undefined`;
  if (f.optional) return [...lines, `if (${present}) {`, ...write, '}'];
  const cond = renderIn(s, f.condition!);
  return [
    ...lines,
    `if (${cond}) {`,
    `${g.ctx.wire('expectPresent')}(${member('v', f.name)}, ${d}, ${str(`needed when ${exprText(f.condition!)}`)});`,
    ...write,
    `} else ${g.ctx.wire('expectAbsent')}(${member('v', f.name)}, ${d}, ${str(`present only when ${exprText(f.condition!)}`)});`,
  ];
}

/** The integer of a bit-field group is written at its last field, from every field's bits. */
function writeBits(g: StructGen, f: FieldModel): string[] {
  const bits = f.bits!;
  const parts = bits.members.map((i) => {
    const m = g.struct.fields[i]!;
    return m.bits!.shift === 0 ? local(m.name) : `${local(m.name)} * 2 ** ${m.bits!.shift}`;
  });
  const first = g.struct.fields[bits.first]!;
  return [`w.${bits.unit.method}(${parts.join(' + ')}, ${g.d(first.name)});`];
}

export function writeSignature(g: StructGen): { name: string; type: string }[] {
  const params = [
    { name: 'w', type: g.ctx.wire('Writer', true) },
    { name: 'v', type: inputName(g.struct.name) },
  ];
  if (g.hasContext) params.push({ name: 'ctx', type: contextName(g.struct.name) });
  return params;
}
