// The generator's pipeline: compile the grammar, parse every spec, check them together, run the
// emitters per module, and return every output file (path -> contents). Nothing is written here.
import fs from 'node:fs';
import path from 'node:path';
import { type FormatCodeSettings, IndentationText, Project, QuoteKind } from 'ts-morph';
import type { Decl } from './ast.js';
import { checkProgram } from './check/check.js';
import { type Problem, SpecProblems } from './check/errors.js';
import { emitAlias, emitConst } from './emit/codec/alias.js';
import { ModuleGen } from './emit/codec/gen.js';
import { emitStruct } from './emit/codec/struct.js';
import { emitCodecTests } from './emit/codec/tests.js';
import { EmitContext } from './emit/context.js';
import { emitDispatch } from './emit/emit-dispatch.js';
import { emitEnum } from './emit/emit-enum.js';
import { emitMachine } from './emit/emit-machine.js';
import { emitOptions, emitTypeAlias } from './emit/emit-options.js';
import { emitSpecPackage } from './emit/emit-package.js';
import { emitTable } from './emit/emit-table.js';
import { header } from './emit/header.js';
import { formatTypeScript } from './format.js';
import { compileGrammar } from './grammar-compile.js';
import type { Model } from './model/model.js';
import { Program } from './model/program.js';
import { parseSpec, SpecError } from './parse/parse.js';

/** Every spec file under specs/, as repo-relative paths in a stable order. */
export function findSpecs(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs
      .readdirSync(path.join(root, dir), { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.spec')) out.push(rel);
    }
  };
  if (fs.existsSync(path.join(root, 'specs'))) walk('specs');
  return out;
}

/** Parse and check the specs; throws SpecProblems listing every problem. */
export function loadProgram(root: string, files = findSpecs(root)): { program: Program; model: Model } {
  const problems: Problem[] = [];
  const parsed = [];
  for (const f of files) {
    try {
      parsed.push(parseSpec(f, fs.readFileSync(path.join(root, f), 'utf8')));
    } catch (e) {
      if (e instanceof SpecError) problems.push({ pos: e.pos, message: e.detail });
      else throw e;
    }
  }
  if (problems.length) throw new SpecProblems(problems);
  const program = new Program(parsed);
  const { problems: found, model } = checkProgram(program);
  if (found.length) throw new SpecProblems(found);
  return { program, model };
}

function emitDecl(ctx: EmitContext, g: ModuleGen, d: Decl): void {
  switch (d.kind) {
    case 'enum':
      return emitEnum(ctx, d);
    case 'struct':
      return emitStruct(g, ctx.model.struct(d));
    case 'const':
      return emitConst(g, d);
    case 'table':
      return emitTable(ctx, d);
    case 'type':
      return emitTypeAlias(ctx, d);
    case 'options':
      return emitOptions(ctx, d);
    case 'machine':
      return emitMachine(g, d);
    case 'dispatch':
      return emitDispatch(g, d);
    case 'alias':
      return emitAlias(g, d);
  }
}

export const FORMAT: FormatCodeSettings = {
  indentSize: 2,
  tabSize: 2,
  convertTabsToSpaces: true,
  insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces: true,
};

export function newProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
}

/** Render every generated file of the repository. */
const GRAMMAR_SRC = 'generator/src/parse/spec.ne';
export const GRAMMAR_OUT = 'generator/src/parse/spec-grammar.ts';

/** The parser compiled from the grammar, as it is checked in. */
export function grammarSource(root: string): string {
  return (
    header(GRAMMAR_SRC) + compileGrammar(fs.readFileSync(path.join(root, GRAMMAR_SRC), 'utf8'), 'spec.ne')
  );
}

export function generateAll(root: string): Map<string, string> {
  const out = new Map<string, string>();
  out.set(GRAMMAR_OUT, grammarSource(root));

  const { program, model } = loadProgram(root);
  for (const [file, text] of renderProgram(root, program, model)) out.set(file, text);
  return out;
}

/** Render a checked program and format its TypeScript as the repository's formatter does. */
export function renderProgram(root: string, program: Program, model: Model): Map<string, string> {
  const emitted = emitProgram(program, model);
  const formatted = formatTypeScript(root, new Map([...emitted].filter(([f]) => f.endsWith('.ts'))));
  return new Map([...emitted].map(([file, text]) => [file, formatted.get(file) ?? text]));
}

/** Render a checked program: every module, its generated tests, package files and docs. */
export function emitProgram(program: Program, model: Model): Map<string, string> {
  const out = new Map<string, string>();
  const project = newProject();
  const byProto = new Map<string, string[]>();
  for (const module of program.modules) {
    const file = project.createSourceFile(`${module.proto}/${module.name}.ts`, '', { overwrite: true });
    const ctx = new EmitContext(program, model, module, file, out);
    const g = new ModuleGen(ctx, model);
    for (const d of module.file.decls) emitDecl(ctx, g, d);
    emitCodecTests(g);
    ctx.file.addStatements(g.finish());
    ctx.flushImports();

    const pkgDir = `packages/${module.proto}-spec`;
    out.set(`${pkgDir}/src/${module.name}.ts`, header(module.file.path) + file.getFullText());
    if (ctx.tests.length) {
      const t = [
        header(module.file.path),
        ...(ctx.tests.some((t) => t.includes('fc.')) ? ["import fc from 'fast-check';"] : []),
        "import { describe, expect, it } from 'vitest';",
        ...ctx.testImportStatements(),
        `import * as M from '../src/${module.name}.js';`,
        '',
        ...ctx.tests,
      ].join('\n');
      const tf = project.createSourceFile(`${module.proto}/${module.name}.gen.test.ts`, t, {
        overwrite: true,
      });

      out.set(`${pkgDir}/test/${module.name}.gen.test.ts`, tf.getFullText());
    }
    const list = byProto.get(module.proto) ?? [];
    list.push(module.name);
    byProto.set(module.proto, list);
  }
  for (const [proto, modules] of byProto) emitSpecPackage(out, proto, modules, program);
  return out;
}

/** Files the generator owns: anything here that it did not produce is stale and removed. */
export function ownedFiles(root: string): string[] {
  const owned: string[] = [];
  const list = (dir: string, pred: (f: string) => boolean) => {
    const abs = path.join(root, dir);
    if (!fs.existsSync(abs)) return;
    for (const f of fs.readdirSync(abs).sort()) if (pred(f)) owned.push(`${dir}/${f}`);
  };
  const pkgs = fs.existsSync(path.join(root, 'packages'))
    ? fs.readdirSync(path.join(root, 'packages')).sort()
    : [];
  for (const p of pkgs.filter((p) => p.endsWith('-spec'))) {
    list(`packages/${p}/src`, (f) => f.endsWith('.ts'));
    list(`packages/${p}/test`, (f) => f.endsWith('.gen.test.ts'));
  }
  list('docs/machines', (f) => f.endsWith('.md'));
  return owned;
}
