// Renders a golden case (a folder of .spec files) exactly as `npm run generate` renders a package,
// through the driver's emitProgram, and maps the output to the case's expected/ layout: src/,
// test/ and docs/. Modules holding only enums are returned apart: they are needed to type-check the
// output but are pinned by the codec golden tests, not these.
import fs from 'node:fs';
import path from 'node:path';
import { checkProgram } from '../src/check/check.js';
import { formatProblem } from '../src/check/errors.js';
import { renderProgram } from '../src/generate.js';
import { Program } from '../src/model/program.js';
import { parseSpec } from '../src/parse/parse.js';

export interface Rendered {
  /** Output path (relative to the case's expected/ folder) -> contents: what the golden files pin. */
  files: Map<string, string>;
  /** Modules with only enums, which other emitters produce: needed to type-check, not pinned. */
  support: Map<string, string>;
}

export function renderCase(dir: string): Rendered {
  const name = path.basename(dir);
  const specs = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.spec'))
    .sort();
  const parsed = specs.map((f) =>
    parseSpec(`specs/${name}/${f}`, fs.readFileSync(path.join(dir, f), 'utf8')),
  );
  const program = new Program(parsed);
  const { problems, model } = checkProgram(program);
  if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
  const enumsOnly = new Set(
    program.modules
      .filter((m) => m.file.decls.every((d) => d.kind === 'enum'))
      .map((m) => `src/${m.name}.ts`),
  );
  const files = new Map<string, string>();
  const support = new Map<string, string>();
  const pkg = `packages/${name}-spec/`;
  for (const [p, text] of renderProgram(path.resolve(import.meta.dirname, '../..'), program, model)) {
    if (p.startsWith('docs/')) files.set(p, text);
    if (!p.startsWith(pkg)) continue;
    const rel = p.slice(pkg.length);
    if (!rel.startsWith('src/') && !rel.startsWith('test/')) continue; // package.json, tsconfig
    if (rel === 'src/index.ts') continue;
    (enumsOnly.has(rel) ? support : files).set(rel, text);
  }
  return { files: new Map([...files].sort(([a], [b]) => a.localeCompare(b))), support };
}
