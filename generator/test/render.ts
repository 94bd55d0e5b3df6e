// Renders a golden case (a folder of .spec files) the way the generator does for one package:
// each module through the emitters, imports flushed, formatted; plus the generated test file and
// the extra files (docs). Enums go through the enum emitter so that the output is a complete,
// type-checkable package, but modules holding only enums are not pinned; structs are not part of
// these cases.
import fs from 'node:fs';
import path from 'node:path';
import { type FormatCodeSettings, IndentationText, Project, QuoteKind, ts } from 'ts-morph';
import type { Decl } from '../src/ast.js';
import { checkProgram } from '../src/check/check.js';
import { formatProblem } from '../src/check/errors.js';
import { EmitContext } from '../src/emit/context.js';
import { emitEnum } from '../src/emit/emit-enum.js';
import { emitMachine } from '../src/emit/emit-machine.js';
import { emitOptions, emitTypeAlias } from '../src/emit/emit-options.js';
import { emitTable } from '../src/emit/emit-table.js';
import { Layouts } from '../src/model/layout.js';
import { Program } from '../src/model/program.js';
import { parseSpec } from '../src/parse/parse.js';

// The driver's format settings.
const FORMAT: FormatCodeSettings = {
  indentSize: 2,
  tabSize: 2,
  convertTabsToSpaces: true,
  semicolons: ts.SemicolonPreference.Insert,
  insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces: true,
};

const EMITTERS: { [K in Decl['kind']]: (ctx: EmitContext, d: Extract<Decl, { kind: K }>) => void } = {
  enum: emitEnum,
  table: emitTable,
  type: emitTypeAlias,
  options: emitOptions,
  machine: emitMachine,
  struct: (_ctx, d) => {
    throw new Error(`golden cases hold no structs (${d.name})`);
  },
};

function emitDecl(ctx: EmitContext, d: Decl): void {
  (EMITTERS[d.kind] as (ctx: EmitContext, d: Decl) => void)(ctx, d);
}

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
  const files = specs.map((f) => parseSpec(`specs/${name}/${f}`, fs.readFileSync(path.join(dir, f), 'utf8')));
  const program = new Program(files);
  const problems = checkProgram(program);
  if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
  const layouts = new Layouts(program);
  const project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
  const out = new Map<string, string>();
  const support = new Map<string, string>();
  const extra = new Map<string, string>();
  for (const module of program.modules) {
    const file = project.createSourceFile(`${module.name}.ts`, '');
    const ctx = new EmitContext(program, layouts, module, file, extra);
    for (const d of module.file.decls) emitDecl(ctx, d);
    ctx.flushImports();
    file.formatText(FORMAT);
    const enumsOnly = module.file.decls.every((d) => d.kind === 'enum');
    (enumsOnly ? support : out).set(`src/${module.name}.ts`, file.getFullText());
    if (ctx.tests.length) {
      const text = [
        "import fc from 'fast-check';",
        "import { describe, expect, it } from 'vitest';",
        ...ctx.testImportStatements(),
        `import * as M from '../src/${module.name}.js';`,
        '',
        ...ctx.tests,
      ].join('\n');
      const tf = project.createSourceFile(`${module.name}.gen.test.ts`, text);
      tf.formatText(FORMAT);
      out.set(`test/${module.name}.gen.test.ts`, tf.getFullText());
    }
  }
  for (const [p, text] of [...extra].sort(([a], [b]) => a.localeCompare(b))) out.set(p, text);
  return { files: out, support };
}
