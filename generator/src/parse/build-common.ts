// Shared by the grammar's builders: positions, docs and annotations from comments, constant
// expressions, values, and the error type.
import type { Annotation, Pos, Value } from '../ast.js';
import type { Comment, Token } from './lexer.js';

// Postprocessors get untyped match arrays from nearley; each builder knows its rule's shape.
// biome-ignore lint/suspicious/noExplicitAny: nearley match arrays are heterogeneous by nature
export type D = any[];

let currentFile = '';
// Trailing comments reach a token only after the parser has moved past it, so docs that use them
// are filled in once the whole file is parsed.
let deferred: (() => void)[] = [];

/** The file being parsed (repo-relative). */
export function fileName(): string {
  return currentFile;
}

/** Set the file whose positions the builders record; the parser calls this before feeding. */
export function setFile(file: string): void {
  currentFile = file;
  deferred = [];
}

/** Run `fn` once the whole file is parsed (docs that use trailing comments). */
export function later(fn: () => void): void {
  deferred.push(fn);
}

/** Fill in what had to wait for the end of the file (docs from trailing comments). */
export function finishFile(): void {
  for (const f of deferred) f();
  deferred = [];
}

export function pos(t: Token): Pos {
  return { file: currentFile, line: t.line, col: t.col };
}

/** A constant expression's value and where it starts. */
export interface Num {
  value: bigint;
  pos: Pos;
}

export function annotationsOf(comments: Comment[]): Annotation[] {
  return comments
    .filter((c) => c.annotation)
    .map((c) => {
      const m = /^(\S+)\s*([\s\S]*)$/.exec(c.text);
      return {
        name: m?.[1] ?? '',
        args: (m?.[2] ?? '').trim(),
        pos: { file: currentFile, line: c.line, col: c.col },
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

export function headerAnnotations(...tokens: (Token | undefined)[]): Annotation[] {
  const out: Annotation[] = [];
  for (const t of tokens) if (t) out.push(...annotationsOf([...t.leading, ...t.trailing]));
  return out;
}

// ---------------------------------------------------------------- generic helpers

export function commaList(d: D): unknown[] {
  return [d[0], ...d[1].map((x: D) => x[1])];
}

export function tokenList(d: D): Token[] {
  return [d[0], ...d[1].map((x: D) => x[1])];
}

export function dotted(d: D): { name: string; pos: Pos } {
  const toks = tokenList(d);
  const last = toks[toks.length - 1]!;
  return { name: last.value, pos: pos(d[0]) };
}

// ---------------------------------------------------------------- expressions

export function numberLit(d: D): Num {
  const t: Token = d[0];
  return { value: BigInt(t.value), pos: pos(t) };
}

export function binary(d: D): Num {
  const a: Num = d[0];
  const op: string = d[1].value;
  const b: Num = d[2];
  let value: bigint;
  if (op === '+') value = a.value + b.value;
  else if (op === '-') value = a.value - b.value;
  else if (op === '*') value = a.value * b.value;
  else value = b.value > 4096n ? 0n : a.value ** b.value;
  return { value, pos: a.pos };
}

export function negate(d: D): Num {
  const e: Num = d[1];
  return { value: -e.value, pos: pos(d[0]) };
}

// ---------------------------------------------------------------- values

export function identValue(d: D): Value {
  const t: Token = d[0];
  if (t.value === 'true' || t.value === 'false')
    return { kind: 'bool', value: t.value === 'true', pos: pos(t) };
  return { kind: 'ident', name: t.value, pos: pos(t) };
}

export function stringValue(d: D): Value {
  return { kind: 'string', value: d[0].value, pos: pos(d[0]) };
}

export function numberValue(d: D): Value {
  const n: Num = d[0];
  return { kind: 'number', value: n.value, pos: n.pos };
}

export function absentValue(d: D): Value {
  return { kind: 'absent', pos: pos(d[0]) };
}

export function emptyList(d: D): Value {
  return { kind: 'list', items: [], pos: pos(d[0]) };
}

export function listValue(d: D): Value {
  return { kind: 'list', items: [d[1], ...d[2].map((x: D) => x[1])], pos: pos(d[0]) };
}

export function tupleValue(d: D): Value {
  return { kind: 'tuple', items: [d[1], ...d[2].map((x: D) => x[1])], pos: pos(d[0]) };
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

// The first token of a sub-result, for its leading comments. Builders stash it where needed.
export const firstTokens = new WeakMap<object, Token>();
export function firstToken(node: object): Token {
  const t = firstTokens.get(node);
  if (!t) throw new Error('internal: no first token recorded');
  return t;
}
