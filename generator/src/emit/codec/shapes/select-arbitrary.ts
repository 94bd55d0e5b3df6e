// The property tests' arbitrary of a select: for a field-keyed select, pairs of a tag and its
// case (the struct's arbitrary sets the tag field from them); otherwise the case the context or
// the text prefix allows.
import type { Arm, Match, SelectModel, Shape } from '../../../model/shape.js';
import { camelCase } from '../../context.js';
import { str } from '../names.js';
import type { ArbitraryGen } from './codec.js';
import { codecOf } from './index.js';
import { caseLiteral, isRange, rangeTest } from './select.js';

/**
 * An arbitrary of `[tag, { case, value }]` pairs for a field-keyed select (the struct's arbitrary
 * sets the tag field from it), or of `{ case, value }` for the others.
 */
export function selectArbitrary(t: ArbitraryGen, sel: SelectModel): string {
  const value = (shape: Shape) => codecOf(shape).arbitrary(t, shape);
  const caseOf = (a: Arm | undefined) => (a ? caseLiteral(a) : 'undefined');
  const recursive = (shape: Shape) => shape.k === 'struct' && t.model.struct(shape.decl).recursive;
  if (sel.tag.k === 'prefix') {
    const labels = sel.arms.map((a) => str(String(a.caseValue)));
    const options = sel.arms.map(
      (a) => `${value(a.shape)}.map((value) => ({ case: ${caseLiteral(a)}, value }))`,
    );
    if (sel.fallback)
      options.push(
        `${value(sel.fallback)}.filter((b) => ![${labels.join(', ')}].some((l) => startsWithText(b, l))).map((value) => ({ case: undefined, value }))`,
      );
    return `fc.oneof(${options.join(', ')})`;
  }
  if (sel.tag.k === 'param') {
    const tag = `${t.ctx}.${camelCase(sel.tag.name)}`;
    const lines = sel.arms.map((a) =>
      isRange(a.match)
        ? `if (${rangeTest(a.match, tag)}) return ${value(a.shape)}.map((value) => ({ case: ${caseOf(a)}, value }));`
        : `if (${tag} === ${matchNumber(a.match)}) return ${value(a.shape)}.map((value) => ({ case: ${caseOf(a)}, value }));`,
    );
    lines.push(
      sel.fallback
        ? `return ${value(sel.fallback)}.map((value) => ({ case: undefined, value }));`
        : 'return fc.constant(undefined);',
    );
    return `(() => {\n${lines.join('\n')}\n})()`;
  }
  const tagShape = sel.tag.shape;
  const options: string[] = [];
  for (const a of sel.arms) {
    const guard = recursive(a.shape) ? `${t.deep} ? [] : ` : '';
    const tagArb = isRange(a.match)
      ? `fc.integer({ min: ${(a.match as { lo: bigint }).lo}, max: ${(a.match as { hi: bigint }).hi} })`
      : `fc.constant(${matchNumber(a.match)})`;
    options.push(
      `...(${guard}[fc.tuple(${tagArb}, ${value(a.shape)}.map((value) => ({ case: ${caseOf(a)}, value })))])`,
    );
  }
  if (sel.fallback) {
    const known = sel.arms.filter((a) => !isRange(a.match)).map((a) => matchNumber(a.match));
    const ranges = sel.arms.filter((a) => isRange(a.match)).map((a) => a.match as { lo: bigint; hi: bigint });
    const notKnown = (x: string) =>
      `![${known.join(', ')}].includes(${x})${ranges.map((r) => ` && !(${x} >= ${r.lo} && ${x} <= ${r.hi})`).join('')}`;
    const base = tagShape.k === 'alias' ? tagShape.inner : tagShape;
    const any =
      base.k === 'enum'
        ? `fc.integer({ min: 0, max: ${base.decl.max} })`
        : base.k === 'int'
          ? `fc.integer({ min: ${base.prim.min}, max: ${base.prim.bytes >= 4 ? 0xffffffff : base.prim.max} })`
          : base.k === 'variable'
            ? 'fc.stringMatching(/^[a-z][a-z0-9-]{0,7}$/)'
            : 'fc.boolean()';
    options.push(
      `fc.tuple(${any}.filter((x) => ${notKnown('x')}), ${value(sel.fallback)}.map((value) => ({ case: undefined, value })))`,
    );
  }
  return `fc.oneof(${options.join(', ')})`;
}

/** A tag value as test code: enum members by their numbers, so tests need no imports. */
function matchNumber(m: Match): string {
  switch (m.k) {
    case 'enum':
    case 'number':
      return m.value.toString();
    case 'string':
      return str(m.value);
    case 'bool':
      return String(m.value);
    default:
      return 'undefined';
  }
}
