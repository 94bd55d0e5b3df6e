// Compiles generator/src/parse/spec.ne into spec-grammar.ts with nearley's own compiler, so the
// grammar is regenerated (and checked) by `npm run generate` like every other generated file. The
// output is a function of the builders and the lexer, so that parsing keeps no module state.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface NearleyCompiler {
  Parser: new (grammar: unknown) => { feed(s: string): void; results: unknown[] };
  Grammar: { fromCompiled(g: unknown): unknown };
}

/** The TypeScript source of the compiled grammar. */
export function compileGrammar(source: string, fileName: string): string {
  const nearley = require('nearley') as NearleyCompiler;
  const compile = require('nearley/lib/compile') as (ast: unknown, opts: { args: string[] }) => unknown;
  const generate = require('nearley/lib/generate') as (compiled: unknown, name: string) => string;
  const bootstrapped = require('nearley/lib/nearley-language-bootstrapped') as unknown;
  const parser = new nearley.Parser(nearley.Grammar.fromCompiled(bootstrapped));
  parser.feed(source);
  if (parser.results.length === 0) throw new Error(`${fileName}: incomplete grammar`);
  const compiled = compile(parser.results[0], { args: [fileName] });
  const ts = generate(compiled, 'grammar');
  // A function of the builders and the lexer, not a module-level grammar: each parse gets its own.
  const head = 'const grammar: Grammar = {';
  const tail = '};\n\nexport default grammar;';
  if (!ts.includes(head) || !ts.includes(tail)) throw new Error('nearley output has an unexpected form');
  return ts
    .replace(head, 'export function makeGrammar(b: Builders, lexer: NearleyLexer): Grammar {\n  return {')
    .replace(tail, '};\n}');
}
