// Selects: one of several arms, chosen by an earlier field, a context parameter, or the text that
// follows (`select prefix`). A decoded select is `{ case, value }`. The encoder takes the case from
// the value and checks it against the tag (or derives the tag from it); where a context parameter
// fixes the case, the input may leave it out. Arms with the same label are told apart by a guard
// (a constant at a fixed offset), and the encoder refuses values its decoder would read as another arm.
import type { Arm, Match, SelectModel, Shape } from '../../../model/shape.js';
import { camelCase } from '../../context.js';
import { ctxArgFor } from '../context-arg.js';
import type { ModuleGen, StructGen } from '../gen.js';
import { local, str } from '../names.js';
import { tagsConst } from '../tags.js';
import { vectorBounds } from './bytes.js';
import type { Options, ShapeCodec } from './codec.js';
import { codecOf } from './index.js';
import { callRead, callWrite } from './ref.js';
import { selectArbitrary } from './select-arbitrary.js';

type Sel = Extract<Shape, { k: 'select' }>;

/** The TypeScript literal of an arm's `case`. */
export function caseLiteral(a: Arm): string {
  return typeof a.caseValue === 'string' ? str(a.caseValue) : String(a.caseValue);
}

/** The tag value of a match, as TypeScript (not for ranges). */
export function matchValue(g: ModuleGen, m: Match): string {
  switch (m.k) {
    case 'enum':
      return `${g.ctx.ref(m.decl)}.${m.member}`;
    case 'number':
      return m.value.toString();
    case 'string':
      return str(m.value);
    case 'bool':
      return String(m.value);
    default:
      throw new Error('internal: a range has no single value');
  }
}

export function isRange(m: Match): boolean {
  return m.k === 'range' || m.k === 'enumRange';
}

export function rangeTest(m: Match, tag: string): string {
  if (m.k !== 'range' && m.k !== 'enumRange') throw new Error('internal: not a range');
  return `${tag} >= ${m.lo} && ${tag} <= ${m.hi}`;
}

/** The union type of a select's decoded value or encoder input. */
export function selectType(g: ModuleGen, sel: SelectModel, mode: 'decoded' | 'input'): string {
  const optionalCase = mode === 'input' && sel.tag.k === 'param';
  const c = optionalCase ? 'case?' : 'case';
  const members = sel.arms.map(
    (a) => `{ ${c}: ${caseLiteral(a)}; value: ${codecOf(a.shape).type(g, a.shape, mode)} }`,
  );
  if (sel.fallback)
    members.push(`{ ${c}: undefined; value: ${codecOf(sel.fallback).type(g, sel.fallback, mode)} }`);
  return members.join(' | ');
}

function armCtx(g: StructGen, o: Options, shape: Shape): string {
  if (shape.k !== 'struct' || !o.field) return 'undefined';
  return ctxArgFor(g.mod, g.struct, o.field, g.model.struct(shape.decl));
}

/** True when an arm reads through a struct's or named type's own codec, whose errors get the case. */
function hasRefArms(sel: SelectModel): boolean {
  const ref = (s: Shape | undefined) => s?.k === 'struct' || s?.k === 'named';
  return sel.arms.some((a) => ref(a.shape)) || ref(sel.fallback);
}

/**
 * Errors inside an arm name its case (`Extension.key_share.…`); a case the context fixes adds
 * nothing. The arm is noted in a local just before it runs, and one try around the whole select
 * puts it into the path.
 */
function noteArm(sel: SelectModel, a: Arm | undefined, o: Options): string[] {
  if (sel.tag.k === 'param' || !a) return [];
  return [`${o.local}Arm = ${str(String(a.caseValue))};`];
}

function guardArms(g: StructGen, sel: SelectModel, d: string, o: Options, body: string[]): string[] {
  if (!hasRefArms(sel)) return body;
  const arm = sel.tag.k === 'param' ? "''" : `${o.local}Arm`;
  const decl = sel.tag.k === 'param' ? [] : [`let ${o.local}Arm = '';`];
  return [...decl, 'try {', ...body, `} catch (e) {\nthrow ${g.ctx.wire('nested')}(e, ${d}, ${arm});\n}`];
}

function readArm(
  g: StructGen,
  sel: SelectModel,
  a: Arm | undefined,
  shape: Shape,
  d: string,
  o: Options,
): string {
  if (shape.k === 'struct' || shape.k === 'named') return callRead(g.mod, shape, armCtx(g, o, shape));
  void sel;
  void a;
  const c = codecOf(shape);
  const e = c.expr?.(g, shape as never, d, o);
  if (!e) throw new Error(`internal: an arm of ${shape.k} has no read expression`);
  return e;
}

function writeArm(
  g: StructGen,
  sel: SelectModel,
  a: Arm | undefined,
  shape: Shape,
  v: string,
  d: string,
  o: Options,
): string[] {
  if (shape.k === 'struct' || shape.k === 'named')
    return [...noteArm(sel, a, o), `${callWrite(g.mod, shape, v, armCtx(g, o, shape))};`];
  return codecOf(shape).write(g, shape as never, v, d, o);
}

/** The tag of a field- or context-keyed select, as TypeScript inside a read or write function. */
function tagExpr(sel: SelectModel): string {
  if (sel.tag.k === 'param') return `ctx.${camelCase(sel.tag.name)}`;
  if (sel.tag.k === 'field') return local(sel.tag.name);
  return '';
}

/** The constant bytes a guard compares with, as seen from this module. */
function guardBytes(g: StructGen, a: Arm): string {
  const guard = a.guard!;
  const home = guard.constModule;
  if (home) {
    const decl = home.file.decls.find((x) => x.name === guard.name)!;
    return g.ctx.ref(decl, guard.name);
  }
  return g.mod.hoist(
    `${g.struct.name}Guard${guard.offset}`,
    `const ${g.struct.name}Guard${guard.offset} = ${g.ctx.wire('hexBytes')}('${[...guard.bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}');`,
  );
}

/** Arms grouped by label, in spec order; guarded arms first within a group. */
function groups(sel: SelectModel): Arm[][] {
  const out = new Map<string, Arm[]>();
  for (const a of sel.arms) {
    const key =
      a.match.k === 'range' || a.match.k === 'enumRange'
        ? `${a.match.lo}..${a.match.hi}`
        : JSON.stringify(String((a.match as { value?: unknown }).value));
    out.set(key, [...(out.get(key) ?? []), a]);
  }
  return [...out.values()].map((arms) => [...arms.filter((a) => a.guard), ...arms.filter((a) => !a.guard)]);
}

function labelConst(g: StructGen, text: string): string {
  const name = `${g.struct.name}Label${text.replace(/[^A-Za-z0-9]/g, '_')}`;
  return g.mod.hoist(name, `const ${name} = ${g.ctx.wire('textBytes')}(${str(text)});`);
}

function readTagged(g: StructGen, sel: SelectModel, name: string, d: string, o: Options): string[] {
  const tag = tagExpr(sel);
  const set = (a: Arm | undefined, shape: Shape) => {
    const note = shape.k === 'struct' || shape.k === 'named' ? noteArm(sel, a, o) : [];
    const assign = `${name} = { case: ${a ? caseLiteral(a) : 'undefined'}, value: ${readArm(g, sel, a, shape, d, o)} };`;
    return [...note, assign].join('\n');
  };
  const block = (code: string) => (code.includes('\n') ? `{\n${code}\n}` : code);
  const groupCode = (group: Arm[]): string[] => {
    const lines: string[] = [];
    group.forEach((a, i) => {
      if (a.guard)
        lines.push(
          `${i === 0 ? 'if' : 'else if'} (r.peek(${a.guard.offset}, ${guardBytes(g, a)})) ${block(set(a, a.shape))}`,
        );
      else lines.push(i === 0 ? set(a, a.shape) : `else ${block(set(a, a.shape))}`);
    });
    return lines;
  };
  const fallback = sel.fallback
    ? [set(undefined, sel.fallback)]
    : [
        `throw new ${g.ctx.wire('DecodeError')}('no_case', ${d}, \`no case for ${sel.tag.k === 'prefix' ? 'this text' : `${'name' in sel.tag ? sel.tag.name : ''} \${String(${tag})}`}\`);`,
      ];
  const all = groups(sel);
  const exact = all.filter((gr) => !isRange(gr[0]!.match));
  const ranges = all.filter((gr) => isRange(gr[0]!.match));
  let rangeCode = fallback;
  for (const gr of [...ranges].reverse())
    rangeCode = [`if (${rangeTest(gr[0]!.match, tag)}) {`, ...groupCode(gr), '} else {', ...rangeCode, '}'];
  if (exact.length === 0) return rangeCode;
  const lines = [`switch (${tag}) {`];
  for (const gr of exact) lines.push(`case ${matchValue(g.mod, gr[0]!.match)}:`, ...groupCode(gr), 'break;');
  lines.push('default:', ...rangeCode, '}');
  return lines;
}

function readPrefix(g: StructGen, sel: SelectModel, name: string, d: string, o: Options): string[] {
  const arms = [...sel.arms].sort((a, b) => String(b.caseValue).length - String(a.caseValue).length);
  const lines: string[] = [];
  arms.forEach((a, i) => {
    const label = labelConst(g, String(a.caseValue));
    const note = a.shape.k === 'struct' || a.shape.k === 'named' ? noteArm(sel, a, o).join(' ') : '';
    lines.push(
      `${i === 0 ? 'if' : 'else if'} (r.literal(${label})) {\n${note}\n${name} = { case: ${caseLiteral(a)}, value: ${readArm(g, sel, a, a.shape, d, o)} };\n}`,
    );
  });
  if (sel.fallback)
    lines.push(
      `else ${name} = { case: undefined, value: ${readArm(g, sel, undefined, sel.fallback, d, o)} };`,
    );
  else
    lines.push(
      `else throw new ${g.ctx.wire('DecodeError')}('no_case', ${d}, 'the text starts with no case label');`,
    );
  return lines;
}

function writeFieldTagged(g: StructGen, sel: SelectModel, v: string, d: string, o: Options): string[] {
  const tag = tagExpr(sel);
  const lines = [`switch (${v}.case) {`];
  for (const gr of groups(sel)) {
    const guarded = gr.filter((a) => a.guard);
    for (const a of gr) {
      const check = isRange(a.match)
        ? `${g.ctx.wire('expectTagIn')}(${tag}, ${(a.match as { lo: bigint }).lo}, ${(a.match as { hi: bigint }).hi}, ${d});`
        : `${g.ctx.wire('expectTag')}(${tag}, ${matchValue(g.mod, a.match)}, ${d});`;
      lines.push(`case ${caseLiteral(a)}: {`, check);
      const at = `${o.local}At`;
      if (!a.guard && guarded.length) lines.push(`const ${at} = w.pos;`);
      lines.push(...writeArm(g, sel, a, a.shape, `${v}.value`, d, o));
      // The check is about the whole field, not something inside the arm just written.
      if (!a.guard && guarded.length && sel.tag.k !== 'param') lines.push(`${o.local}Arm = '';`);
      if (!a.guard)
        for (const x of guarded)
          lines.push(
            `w.refuse(${at} + ${x.guard!.offset}, ${guardBytes(g, x)}, ${d}, ${str(`this value reads back as case ${String(x.caseValue)}`)});`,
          );
      lines.push('break;', '}');
    }
  }
  const ranged = sel.arms.filter((a) => isRange(a.match));
  if (sel.fallback) {
    lines.push('case undefined:');
    const known = tagsConst(g, o.field!);
    lines.push(`${g.ctx.wire('expectNoTag')}(${tag}, ${known}, ${d});`);
    for (const a of ranged)
      lines.push(`if (${rangeTest(a.match, tag)}) ${g.ctx.wire('expectTag')}(${tag}, undefined, ${d});`);
    lines.push(...writeArm(g, sel, undefined, sel.fallback, `${v}.value`, d, o), 'break;');
  }
  lines.push(
    `default:\nthrow new ${g.ctx.wire('EncodeError')}('no_case', ${d}, \`no case \${String((${v} as { case: unknown }).case)}\`);`,
    '}',
  );
  return lines;
}

function writeParamTagged(g: StructGen, sel: SelectModel, v: string, d: string, o: Options): string[] {
  const tag = tagExpr(sel);
  const write = (a: Arm | undefined, shape: Shape) => [
    `${g.ctx.wire('expectCase')}(${v}.case, ${a ? caseLiteral(a) : 'undefined'}, ${d});`,
    ...writeArm(g, sel, a, shape, `${v}.value as ${codecOf(shape).type(g.mod, shape, 'input')}`, d, o),
  ];
  const fallback = sel.fallback
    ? write(undefined, sel.fallback)
    : [
        `throw new ${g.ctx.wire('EncodeError')}('no_case', ${d}, \`the context (${'name' in sel.tag ? sel.tag.name : ''} \${String(${tag})}) has no case\`);`,
      ];
  const all = groups(sel);
  let rangeCode = fallback;
  for (const gr of [...all.filter((x) => isRange(x[0]!.match))].reverse())
    rangeCode = [
      `if (${rangeTest(gr[0]!.match, tag)}) {`,
      ...write(gr[0], gr[0]!.shape),
      '} else {',
      ...rangeCode,
      '}',
    ];
  const exact = all.filter((x) => !isRange(x[0]!.match));
  if (exact.length === 0) return rangeCode;
  const lines = [`switch (${tag}) {`];
  for (const gr of exact)
    lines.push(`case ${matchValue(g.mod, gr[0]!.match)}: {`, ...write(gr[0], gr[0]!.shape), 'break;', '}');
  lines.push('default: {', ...rangeCode, '}', '}');
  return lines;
}

function writePrefix(g: StructGen, sel: SelectModel, v: string, d: string, o: Options): string[] {
  const labels = sel.arms.map((a) => String(a.caseValue));
  const lines = [`switch (${v}.case) {`];
  for (const a of sel.arms) {
    const text = String(a.caseValue);
    const longer = labels.filter((l) => l !== text && l.startsWith(text)).map((l) => labelConst(g, l));
    lines.push(
      `case ${caseLiteral(a)}: {`,
      `const ${o.local}At = w.pos;`,
      `w.raw(${labelConst(g, text)}, ${d});`,
    );
    lines.push(...writeArm(g, sel, a, a.shape, `${v}.value`, d, o));
    if (longer.length) lines.push(`w.refusePrefixes(${o.local}At, [${longer.join(', ')}], ${d});`);
    lines.push('break;', '}');
  }
  if (sel.fallback) {
    lines.push(
      'case undefined: {',
      `const ${o.local}At = w.pos;`,
      ...writeArm(g, sel, undefined, sel.fallback, `${v}.value`, d, o),
    );
    lines.push(
      `w.refusePrefixes(${o.local}At, [${labels.map((l) => labelConst(g, l)).join(', ')}], ${d});`,
      'break;',
      '}',
    );
  }
  lines.push(
    `default:\nthrow new ${g.ctx.wire('EncodeError')}('no_case', ${d}, \`no case \${String((${v} as { case: unknown }).case)}\`);`,
    '}',
  );
  return lines;
}

export const selectCodec: ShapeCodec<Sel> = {
  type(g, s, mode) {
    return selectType(g, s.sel, mode);
  },
  read(g, s, name, d, o) {
    const sel = s.sel;
    const t = o.union ?? selectType(g.mod, sel, 'decoded');
    const lines = [`let ${name}: ${t};`];
    const end = `${o.local}End`;
    if (sel.framing) lines.push(`const ${end} = r.enterVector(${d});`);
    lines.push(
      ...guardArms(
        g,
        sel,
        d,
        o,
        sel.tag.k === 'prefix' ? readPrefix(g, sel, name, d, o) : readTagged(g, sel, name, d, o),
      ),
    );
    if (sel.framing) lines.push(`r.leave(${end}, ${d});`);
    return lines;
  },
  write(g, s, v, d, o) {
    const sel = s.sel;
    const name = `${o.local}Value`;
    const lines = [`const ${name} = ${g.ctx.wire('expectObject')}(${v}, ${d});`];
    const mark = `${o.local}Mark`;
    if (sel.framing) lines.push(`const ${mark} = w.beginVector(${d});`);
    const body =
      sel.tag.k === 'prefix'
        ? writePrefix(g, sel, name, d, o)
        : sel.tag.k === 'param'
          ? writeParamTagged(g, sel, name, d, o)
          : writeFieldTagged(g, sel, name, d, o);
    lines.push(...guardArms(g, sel, d, o, body));
    if (sel.framing) lines.push(`w.endVector(${mark}, ${d});`);
    return lines;
  },
  bounds: (_g, s) => (s.sel.framing ? vectorBounds(s.sel.framing) : {}),
  arbitrary: (t, s) => selectArbitrary(t, s.sel),
};
