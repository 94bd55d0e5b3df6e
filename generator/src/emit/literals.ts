// Small text helpers for the table, options and machine emitters: TypeScript literals that read the
// way a person would write them, and JSDoc blocks.
import type { Value } from '../ast.js';
import { camelCase } from './context.js';
import type { StatementSink } from './sink.js';

/** A string literal in single quotes, or double quotes when that needs fewer escapes. */
export function tsString(s: string): string {
  const escaped = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  if (s.includes("'") && !s.includes('"')) return `"${escaped}"`;
  return `'${escaped.replace(/'/g, "\\'")}'`;
}

/** A property key: bare when it is an identifier, quoted otherwise. */
export function propKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : tsString(name);
}

/** spec_name -> SpecName */
export function pascalCase(name: string): string {
  const c = camelCase(name);
  return c.charAt(0).toUpperCase() + c.slice(1);
}

/** The docs array ts-morph takes for one JSDoc block; empty when there is no text. */
export function jsDoc(text: string | undefined): string[] {
  return text ? [text.replace(/\*\//g, '* /')] : [];
}

/** A one-line JSDoc comment, for hand-written blocks. */
export function jsDocLine(text: string | undefined): string {
  return text ? `/** ${text.replace(/\*\//g, '* /').replace(/\s*\n\s*/g, ' ')} */\n` : '';
}

/** A spec value (default, table cell) as a TypeScript expression: atoms and idents become strings. */
export function valueLiteral(v: Value, number: (n: bigint) => string = String): string {
  switch (v.kind) {
    case 'ident':
      return tsString(v.name);
    case 'number':
      return number(v.value);
    case 'string':
      return tsString(v.value);
    case 'bool':
      return String(v.value);
    case 'list':
    case 'tuple':
      return `[${v.items.map((i) => valueLiteral(i, number)).join(', ')}]`;
    case 'absent':
      return 'undefined';
  }
}

// ---------------------------------------------------------------- layout

/** The line width generated code keeps to, as the formatter settings of the repository. */
export const WIDTH = 110;

/** An expression (or type) whose line breaks the printer chooses: inline when it fits. */
export type Expr =
  | string
  | { kind: 'call'; head: string; args: Expr[]; open: string; close: string }
  | { kind: 'array'; items: Expr[]; breaks: boolean }
  | { kind: 'object'; props: [string, Expr][]; breaks: boolean }
  | { kind: 'union'; parts: string[] };

export const call = (head: string, args: Expr[], open = '(', close = ')'): Expr => ({
  kind: 'call',
  head,
  args,
  open,
  close,
});
export const array = (items: Expr[], breaks = false): Expr => ({ kind: 'array', items, breaks });
export const object = (props: [string, Expr][], breaks = false): Expr => ({ kind: 'object', props, breaks });
export const union = (parts: string[]): Expr => ({ kind: 'union', parts: [...new Set(parts)] });

/** The expression on one line. */
export function inline(e: Expr): string {
  if (typeof e === 'string') return e;
  switch (e.kind) {
    case 'call':
      return `${e.head}${e.open}${e.args.map(inline).join(', ')}${e.close}`;
    case 'array':
      return `[${e.items.map(inline).join(', ')}]`;
    case 'object':
      return e.props.length ? `{ ${e.props.map(([k, v]) => `${k}: ${inline(v)}`).join(', ')} }` : '{}';
    case 'union':
      return e.parts.length ? e.parts.join(' | ') : 'never';
  }
}

/**
 * The expression laid out for a line that is indented by `indent` and already holds `lead`
 * characters before it and will hold `trail` after it. Too long for one line, it breaks one item
 * per line (with trailing commas); a broken union starts on a new line with `| ` before each part.
 */
export function print(e: Expr, indent = 0, lead = 0, trail = 0): string {
  const one = inline(e);
  if (typeof e === 'string') return e;
  const forced = (e.kind === 'array' || e.kind === 'object') && e.breaks && one.length > 2;
  if (!forced && indent + lead + one.length + trail <= WIDTH) return one;
  const pad = ' '.repeat(indent + 2);
  const end = ' '.repeat(indent);
  const items = (xs: Expr[]) => xs.map((x) => `${pad}${print(x, indent + 2, 0, 1)},\n`).join('');
  switch (e.kind) {
    case 'call':
      return e.args.length ? `${e.head}${e.open}\n${items(e.args)}${end}${e.close}` : one;
    case 'array':
      return `[\n${items(e.items)}${end}]`;
    case 'object':
      return `{\n${e.props.map(([k, v]) => `${pad}${k}: ${print(v, indent + 2, k.length + 2, 1)},\n`).join('')}${end}}`;
    case 'union':
      return e.parts.map((p) => `\n${pad}| ${p}`).join('');
  }
}

/** `head = expr;` or `head: type;` with the expression laid out; a broken union goes below the head. */
export function assign(head: string, e: Expr, tail = ';', indent = 0): string {
  const text = print(e, indent, head.length + 1, tail.length);
  return text.startsWith('\n') ? `${head}${text}${tail}` : `${head} ${text}${tail}`;
}

/** A JSDoc block at `indent`: one line when the text is one short line; long lines are wrapped. */
export function docBlock(text: string | undefined, indent = 0): string {
  if (!text) return '';
  const pad = ' '.repeat(indent);
  const lines = wrap(text.replace(/\*\//g, '* /'), WIDTH - indent - 3);
  if (lines.length === 1 && indent + lines[0]!.length + 7 <= WIDTH) return `${pad}/** ${lines[0]} */\n`;
  return `${pad}/**\n${lines.map((l) => `${pad} *${l ? ` ${l}` : ''}\n`).join('')}${pad} */\n`;
}

/** Lines of `text` no longer than `width`, breaking between words (a longer word stays whole). */
export function wrap(text: string, width: number): string[] {
  return text.split('\n').flatMap((line) => {
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current && current.length + 1 + word.length > width) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    out.push(current);
    return out;
  });
}

/** Add top-level statements written as text, after one blank line. */
export function addText(sink: StatementSink, text: string): void {
  sink.addStatements((w) => {
    w.blankLineIfLastNot();
    w.write(text.replace(/\n$/, ''));
  });
}
