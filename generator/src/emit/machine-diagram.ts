// A machine as a Markdown page for docs/machines/: title, source and RFC reference, a Mermaid
// stateDiagram-v2, and the rows as a table (what the diagram cannot show: the handlers).
import type { MachineDecl } from '../ast.js';

export function machineDiagram(decl: MachineDecl, initial: string, specPath: string): string {
  const lines = [`# ${decl.name}`, '', `<!-- Generated from ${specPath} by otpnet-gen. Do not edit. -->`, ''];
  if (decl.doc) lines.push(decl.doc, '');
  const refs = [
    `Spec: [${specPath}](../../${specPath}) line ${decl.pos.line}`,
    ...decl.annotations.flatMap(rfcLink),
  ];
  lines.push(refs.join(' · '), '');
  lines.push('```mermaid', 'stateDiagram-v2', `  [*] --> ${initial}`);
  for (const r of decl.rows)
    for (const next of r.next) lines.push(`  ${r.state} --> ${next}: ${r.direction} ${r.message}`);
  for (const f of decl.finals) lines.push(`  ${f.name} --> [*]`);
  lines.push('```', '');
  lines.push('| State | Event | Next | Handler |', '|---|---|---|---|');
  for (const r of decl.rows) {
    lines.push(`| ${r.state} | ${r.direction} ${r.message} | ${r.next.join(', ')} | \`${r.handler}\` |`);
  }
  lines.push('');
  return lines.join('\n');
}

/** `/*@rfc 8446 A.1*\/` -> a link to that section of the RFC. */
function rfcLink(a: { name: string; args: string }): string[] {
  if (a.name === 'ref') return [a.args];
  if (a.name !== 'rfc') return [];
  const [num, ...rest] = a.args.split(/\s+/);
  const section = rest.join(' ');
  if (!section) return [`[RFC ${num}](https://www.rfc-editor.org/rfc/rfc${num})`];
  const anchor = /^[A-Z]/.test(section) ? `appendix-${section}` : `section-${section}`;
  return [`[RFC ${num} §${section}](https://www.rfc-editor.org/rfc/rfc${num}#${anchor})`];
}
