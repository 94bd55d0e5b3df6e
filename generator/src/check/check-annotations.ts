// Annotations (`/*@name args*/`) are meaning, never comments: each is known for the place it sits,
// and anything else is an error with a "did you mean". (The parser reports annotations that sit
// where no declaration can take them.)
import type { Annotation, Decl, Field, SelectCase } from '../ast.js';
import type { Checker } from './check.js';
import { didYouMean } from './errors.js';

/** What each annotation means, for the error texts and docs/spec-language.md. */
export const ANNOTATIONS = {
  rfc: 'the RFC and section a declaration follows: /*@rfc 8446 4.1.2*/',
  ref: 'another reference document: /*@ref erl_ext_dist NEW_FUN_EXT*/',
  param: 'a context parameter of a struct: /*@param HandshakeType msg_type*/',
  closed: 'an enum whose unknown values are a decode error',
  open: 'an enum that keeps unknown values (the default)',
  with: "a context value bound for a field's type: /*@with msg_type = client_hello*/",
  optional: 'a trailing field that is absent when the input ends before it',
  const: 'a field whose value must be its default',
  mark: 'a field whose position readers and writers record',
  name: 'the TypeScript name of an inline arm or a select union: /*@name PtyReq*/',
  deprecated: 'an option that still works but warns: /*@deprecated "why"*/',
} as const;

type Known = keyof typeof ANNOTATIONS;

const DOCS: Known[] = ['rfc', 'ref'];
const BY_SITE: Record<string, readonly Known[]> = {
  enum: [...DOCS, 'closed', 'open'],
  struct: [...DOCS, 'param'],
  alias: DOCS,
  const: DOCS,
  table: DOCS,
  type: DOCS,
  options: DOCS,
  machine: DOCS,
  dispatch: [...DOCS, 'param'],
  option: [...DOCS, 'deprecated'],
  field: [...DOCS, 'with', 'optional', 'const', 'mark', 'name'],
  case: [...DOCS, 'name'],
};

function check(checker: Checker, site: string, annotations: Annotation[]): void {
  const allowed = BY_SITE[site] ?? DOCS;
  for (const a of annotations) {
    if ((allowed as readonly string[]).includes(a.name)) continue;
    if (a.name in ANNOTATIONS)
      checker.report(
        a.pos,
        `@${a.name} has no meaning on ${site === 'case' ? 'a case' : `a${/^[aeiou]/.test(site) ? 'n' : ''} ${site}`} (${ANNOTATIONS[a.name as Known]})`,
      );
    else
      checker.report(a.pos, `unknown annotation @${a.name}${didYouMean(a.name, Object.keys(ANNOTATIONS))}`);
  }
}

export function checkAnnotations(checker: Checker, d: Decl): void {
  check(checker, d.kind, d.annotations);
  if (d.kind === 'struct') {
    for (const f of d.fields) checkField(checker, f);
  }
  if (d.kind === 'options') for (const o of d.options) check(checker, 'option', o.annotations);
}

function checkField(checker: Checker, f: Field): void {
  check(checker, 'field', f.annotations);
  if (f.type.kind !== 'select') return;
  const cases: SelectCase[] = f.type.cases;
  // inline arms are structs of their own and are checked as such
  for (const c of cases) check(checker, 'case', c.annotations);
  if (f.type.defaultInline) check(checker, 'case', f.type.defaultInline.annotations);
}
