// Shared by the grammar's builders: positions, docs and annotations from comments, constant
// expressions, values, and the error type.
import type { Annotation, BinaryOp, Expr, Pos, Value } from '../ast.js';
import type { Comment, Token } from './lexer.js';

// Postprocessors get untyped match arrays from nearley; each builder knows its rule's shape.
// biome-ignore lint/suspicious/noExplicitAny: nearley match arrays are heterogeneous by nature
export type D = any[];

/**
 * What the builders of one parse share: the file's name for positions, and work that has to wait
 * for the end of the file (trailing comments reach a token only after the parser has moved past
 * it, so docs that use them are filled in once the whole file is parsed). One per parse, so
 * parsing keeps no state between files.
 */
export class ParseContext {
  private readonly deferred: (() => void)[] = [];
  /** Annotations a builder took: any other annotation sits where it means nothing. */
  readonly consumed = new Set<Comment>();
  constructor(readonly file: string) {}

  pos(t: Token): Pos {
    return { file: this.file, line: t.line, col: t.col };
  }

  /** Run `fn` once the whole file is parsed. */
  later(fn: () => void): void {
    this.deferred.push(fn);
  }

  private readonly firsts = new WeakMap<object, Token>();

  /** Remember the token a sub-result starts with: its leading comments hold a field's doc. */
  started<T extends object>(node: T, first: Token): T {
    this.firsts.set(node, first);
    return node;
  }

  firstToken(node: object): Token {
    const t = this.firsts.get(node);
    if (!t)
      throw new SpecSyntaxError({ file: this.file, line: 1, col: 1 }, 'internal: no first token recorded');
    return t;
  }

  /** Fill in what had to wait for the end of the file. */
  finish(): void {
    for (const f of this.deferred) f();
    this.deferred.length = 0;
  }
}

/** A constant expression's value and where it starts; hex literals keep their digit count. */
export interface Num {
  value: bigint;
  pos: Pos;
  hexDigits?: number;
}

export function annotationsOf(c: ParseContext, comments: Comment[]): Annotation[] {
  return comments
    .filter((cm) => cm.annotation)
    .map((cm) => {
      c.consumed.add(cm);
      const m = /^(\S+)\s*([\s\S]*)$/.exec(cm.text);
      return {
        name: m?.[1] ?? '',
        args: (m?.[2] ?? '').trim(),
        pos: { file: c.file, line: cm.line, col: cm.col },
      };
    });
}

/** The plain comments of the block that ends right above `t` (a blank line ends a block). */
export function docOf(t: Token, extra: Comment[] = []): string | undefined {
  const block: Comment[] = [];
  let line = t.line;
  for (let i = t.leading.length - 1; i >= 0; i--) {
    const c = t.leading[i]!;
    if (c.endLine < line - 1) break; // a blank line separates this comment from the item
    if (!c.annotation) block.unshift(c);
    line = c.line;
  }
  const all = [...block, ...extra.filter((c) => !c.annotation)];
  if (all.length === 0) return undefined;
  return all
    .map((c) =>
      c.text
        .split('\n')
        .map((l) => l.replace(/^\s*\*\s?/, '').trim())
        .join('\n'),
    )
    .join('\n')
    .trim();
}

export function headerAnnotations(c: ParseContext, ...tokens: (Token | undefined)[]): Annotation[] {
  const out: Annotation[] = [];
  for (const t of tokens) if (t) out.push(...annotationsOf(c, [...t.leading, ...t.trailing]));
  return out;
}

// ---------------------------------------------------------------- generic helpers

export function commaList(_c: ParseContext, d: D): unknown[] {
  return [d[0], ...d[1].map((x: D) => x[1])];
}

export function tokenList(_c: ParseContext, d: D): Token[] {
  return [d[0], ...d[1].map((x: D) => x[1])];
}

export function dotted(c: ParseContext, d: D): { name: string; pos: Pos } {
  const toks = tokenList(c, d);
  const last = toks[toks.length - 1]!;
  return { name: last.value, pos: c.pos(d[0]) };
}

// ---------------------------------------------------------------- expressions

export function numberLit(c: ParseContext, d: D): Num {
  const t: Token = d[0];
  const hex = t.type === 'hex';
  return { value: BigInt(t.value), pos: c.pos(t), ...(hex ? { hexDigits: t.value.length - 2 } : {}) };
}

/** A constant expression, folded as it is parsed. */
export function fold(_c: ParseContext, d: D): Num {
  const a: Num = d[0];
  const op: string = d[1].value;
  const b: Num = d[2];
  let value: bigint;
  if (op === '+') value = a.value + b.value;
  else if (op === '-') value = a.value - b.value;
  else if (op === '*') value = a.value * b.value;
  else if (b.value > 4096n) throw new SpecSyntaxError(b.pos, `exponent ${b.value} is too large`);
  else value = a.value ** b.value;
  return { value, pos: a.pos };
}

export function negate(c: ParseContext, d: D): Num {
  const e: Num = d[1];
  return { value: -e.value, pos: c.pos(d[0]) };
}

export function numExpr(_c: ParseContext, d: D): Expr {
  const n: Num = d[0];
  return { kind: 'num', value: n.value, pos: n.pos };
}

export function refExpr(_c: ParseContext, d: D): Expr {
  const r: { name: string; pos: Pos } = d[0];
  return { kind: 'ref', name: r.name, pos: r.pos };
}

export function unaryExpr(c: ParseContext, d: D): Expr {
  return { kind: 'unary', op: d[0].value, arg: d[1], pos: c.pos(d[0]) };
}

export function binaryExpr(_c: ParseContext, d: D): Expr {
  const left: Expr = d[0];
  const op: Token = Array.isArray(d[1]) ? d[1][0] : d[1];
  return { kind: 'binary', op: op.value as BinaryOp, left, right: d[2], pos: left.pos };
}

// ---------------------------------------------------------------- values

export function identValue(c: ParseContext, d: D): Value {
  const t: Token = d[0];
  if (t.value === 'true' || t.value === 'false')
    return { kind: 'bool', value: t.value === 'true', pos: c.pos(t) };
  return { kind: 'ident', name: t.value, pos: c.pos(t) };
}

export function stringValue(c: ParseContext, d: D): Value {
  return { kind: 'string', value: d[0].value, pos: c.pos(d[0]) };
}

export function numberValue(_c: ParseContext, d: D): Value {
  const n: Num = d[0];
  return { kind: 'number', value: n.value, pos: n.pos, ...(n.hexDigits ? { hexDigits: n.hexDigits } : {}) };
}

export function absentValue(c: ParseContext, d: D): Value {
  return { kind: 'absent', pos: c.pos(d[0]) };
}

export function emptyList(c: ParseContext, d: D): Value {
  return { kind: 'list', items: [], pos: c.pos(d[0]) };
}

export function listValue(c: ParseContext, d: D): Value {
  return { kind: 'list', items: [d[1], ...d[2].map((x: D) => x[1])], pos: c.pos(d[0]) };
}

export function tupleValue(c: ParseContext, d: D): Value {
  return { kind: 'tuple', items: [d[1], ...d[2].map((x: D) => x[1])], pos: c.pos(d[0]) };
}

// ---------------------------------------------------------------- errors

/** A problem in a spec file, reported as `file:line:col: message`. */
export class SpecSyntaxError extends Error {
  constructor(
    readonly pos: Pos,
    readonly detail: string,
  ) {
    super(`${pos.file}:${pos.line}:${pos.col}: ${detail}`);
    this.name = 'SpecError';
  }
}
