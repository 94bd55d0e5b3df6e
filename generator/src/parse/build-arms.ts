// The structs made from a struct's inline select arms: `SupportedVersions` with an arm for
// client_hello gets `SupportedVersionsClientHello` (or the name a `/*@name …*/` gives). Arms take
// their parent's context parameters; the model keeps only those an arm uses.
import type { Annotation, Field, Label, Pos, SelectCase, StructDecl } from '../ast.js';

function pascalOf(v: Label): string {
  const text =
    v.kind === 'ident'
      ? v.name
      : v.kind === 'string'
        ? v.value
        : v.kind === 'number'
          ? `Case${v.value}`
          : v.kind === 'range'
            ? `Case${v.lo}To${v.hi}`
            : v.kind === 'bool'
              ? String(v.value)
              : 'Case';
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function labelText(l: Label): string {
  if (l.kind === 'ident') return l.name;
  if (l.kind === 'string') return JSON.stringify(l.value);
  if (l.kind === 'number') return String(l.value);
  if (l.kind === 'range') return `${l.lo}..${l.hi}`;
  return l.kind;
}

const docAnnotations = (as: Annotation[]) => as.filter((a) => a.name === 'rfc' || a.name === 'ref');

/** The arm structs of `s` (and of their own inline arms); each inline case is pointed at its arm. */
export function armsOf(s: StructDecl): StructDecl[] {
  const out: StructDecl[] = [];
  const make = (name: string, fields: Field[], annotations: Annotation[], at: Pos, what: string): void => {
    const own = docAnnotations(annotations);
    const arm: StructDecl = {
      kind: 'struct',
      name,
      pos: at,
      doc: `The ${what} arm of ${s.name}.`,
      annotations: own.length ? own : docAnnotations(s.annotations),
      messageNumber: undefined,
      params: s.params,
      fields,
      armOf: s.name,
    };
    out.push(arm, ...armsOf(arm));
  };
  const named = (annotations: Annotation[]) => annotations.find((a) => a.name === 'name')?.args;
  for (const f of s.fields) {
    if (f.type.kind !== 'select') continue;
    const cases: SelectCase[] = f.type.cases;
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i]!;
      if (!c.inline) continue;
      const name = named(c.annotations) ?? `${s.name}${c.labels.map(pascalOf).join('Or')}`;
      cases[i] = { ...c, type: { kind: 'type', name, pos: c.pos } };
      make(name, c.inline, c.annotations, c.pos, c.labels.map(labelText).join(' / '));
    }
    const d = f.type.defaultInline;
    if (d) {
      const name = named(d.annotations) ?? `${s.name}Default`;
      f.type.defaultCase = { kind: 'type', name, pos: d.pos };
      make(name, d.fields, d.annotations, d.pos, 'default');
    }
  }
  return out;
}
