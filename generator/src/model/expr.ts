// Expressions over fields: the names they use, their value when constant, and their TypeScript.
import type { Expr } from '../ast.js';

/** Every name an expression refers to, in order of appearance. */
export function refsOf(e: Expr): string[] {
  switch (e.kind) {
    case 'num':
      return [];
    case 'ref':
      return [e.name];
    case 'unary':
      return refsOf(e.arg);
    case 'binary':
      return [...refsOf(e.left), ...refsOf(e.right)];
  }
}

/** The value of an expression, given the values of the names it uses; undefined when one is missing. */
export function evaluate(e: Expr, value: (name: string) => bigint | undefined): bigint | undefined {
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'ref':
      return value(e.name);
    case 'unary': {
      const a = evaluate(e.arg, value);
      if (a === undefined) return undefined;
      return e.op === '-' ? -a : e.op === '~' ? ~a : a === 0n ? 1n : 0n;
    }
    case 'binary': {
      const a = evaluate(e.left, value);
      const b = evaluate(e.right, value);
      if (a === undefined || b === undefined) return undefined;
      const t = (x: boolean) => (x ? 1n : 0n);
      switch (e.op) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          return b === 0n ? undefined : a / b;
        case '%':
          return b === 0n ? undefined : a % b;
        case '^':
          return b < 0n || b > 4096n ? undefined : a ** b;
        case '<<':
          return a << b;
        case '>>':
          return a >> b;
        case '&':
          return a & b;
        case '==':
          return t(a === b);
        case '!=':
          return t(a !== b);
        case '<':
          return t(a < b);
        case '<=':
          return t(a <= b);
        case '>':
          return t(a > b);
        case '>=':
          return t(a >= b);
        case '&&':
          return t(a !== 0n && b !== 0n);
        case '||':
          return t(a !== 0n || b !== 0n);
      }
    }
  }
}

/** True for an expression whose value is a truth value (a comparison or a logical operator). */
export function isCondition(e: Expr): boolean {
  if (e.kind === 'unary') return e.op === '!';
  if (e.kind !== 'binary') return false;
  return ['==', '!=', '<', '<=', '>', '>=', '&&', '||'].includes(e.op);
}

const PRECEDENCE: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '&': 5,
  '<<': 6,
  '>>': 6,
  '+': 7,
  '-': 7,
  '*': 8,
  '/': 8,
  '%': 8,
  '^': 9,
};

/**
 * The expression as TypeScript over numbers, with `name(ref)` for each reference. `^` is a power;
 * `/` divides as integers do; truth values are booleans, so a condition renders as one.
 */
export function renderExpr(e: Expr, name: (ref: string) => string, outer = 0): string {
  switch (e.kind) {
    case 'num':
      return e.value.toString();
    case 'ref':
      return name(e.name);
    case 'unary': {
      const arg = renderExpr(e.arg, name, 10);
      return e.op === '!' ? `!${wrapBool(e.arg, arg)}` : `${e.op}${arg}`;
    }
    case 'binary': {
      const p = PRECEDENCE[e.op]!;
      // JavaScript's & binds looser than comparisons; parenthesise every operand that is not atomic
      const l = renderExpr(e.left, name, p + 1);
      const r = renderExpr(e.right, name, p + 1);
      let text: string;
      if (e.op === '^') text = `${l} ** ${r}`;
      else if (e.op === '/') text = `Math.trunc(${l} / ${r})`;
      else if (e.op === '==') text = `${l} === ${r}`;
      else if (e.op === '!=') text = `${l} !== ${r}`;
      else if (e.op === '&&' || e.op === '||')
        text = `${wrapBool(e.left, l)} ${e.op} ${wrapBool(e.right, r)}`;
      else text = `${l} ${e.op} ${r}`;
      return outer > 0 ? `(${text})` : text;
    }
  }
}

/** A numeric operand used as a truth value: nonzero is true. */
function wrapBool(e: Expr, text: string): string {
  return isCondition(e) ? text : `(${text} !== 0)`;
}

/** The spec text of an expression, for messages and docs. */
export function exprText(e: Expr): string {
  switch (e.kind) {
    case 'num':
      return e.value.toString();
    case 'ref':
      return e.name;
    case 'unary':
      return `${e.op}${exprText(e.arg)}`;
    case 'binary':
      return `${exprText(e.left)} ${e.op} ${exprText(e.right)}`;
  }
}
