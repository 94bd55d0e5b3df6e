// Parses one spec file into its AST. Syntax errors come back as SpecError with the position of
// the offending token and what the grammar expected there.
import nearley from 'nearley';
import type { Pos, SpecFile } from '../ast.js';
import { builders, ParseContext, SpecSyntaxError } from './build.js';
import { SpecLexer, type Token } from './lexer.js';
import { makeGrammar } from './spec-grammar.js';

export { SpecSyntaxError as SpecError } from './build.js';

interface ParserState {
  rule: { symbols: unknown[] };
  dot: number;
}

/** What the parser would have accepted next: literals in quotes, token kinds by name. */
function expected(parser: nearley.Parser): string[] {
  const column = (parser as unknown as { table: { states: ParserState[] }[] }).table[parser.current];
  const out = new Set<string>();
  for (const st of column?.states ?? []) {
    const sym = st.rule.symbols[st.dot];
    if (sym && typeof sym === 'object') {
      if ('literal' in sym) out.add(`"${String((sym as { literal: string }).literal)}"`);
      else if ('type' in sym) out.add(kindName(String((sym as { type: string }).type)));
    }
  }
  return [...out].sort();
}

function kindName(type: string): string {
  if (type === 'ident') return 'a name';
  if (type === 'number' || type === 'hex') return 'a number';
  if (type === 'string') return 'a string';
  return type;
}

function describe(tok: Token): string {
  if (tok.type === 'string') return `string "${tok.value}"`;
  if (tok.type === 'number' || tok.type === 'hex') return `number ${tok.text}`;
  return `"${tok.text}"`;
}

/** Parse `text` (the contents of `file`, a path relative to the repo root). */
export function parseSpec(file: string, text: string): SpecFile {
  const context = new ParseContext(file);
  const lexer = new SpecLexer();
  const grammar = makeGrammar(builders(context), lexer);
  const parser = new nearley.Parser(
    nearley.Grammar.fromCompiled(grammar as unknown as nearley.CompiledRules),
  );
  try {
    parser.feed(text);
  } catch (e) {
    if (e instanceof SpecSyntaxError) throw e;
    const tok = (e as { token?: Token }).token;
    if (tok) {
      const at: Pos = { file, line: tok.line, col: tok.col };
      const exp = expected(parser);
      const hint = exp.length > 0 && exp.length <= 8 ? `; expected ${exp.join(' or ')}` : '';
      throw new SpecSyntaxError(at, `unexpected ${describe(tok)}${hint}`);
    }
    // moo could not lex the input: its message names the line and column.
    const m = /line (\d+) col (\d+)/.exec(String((e as Error).message));
    const at: Pos = { file, line: Number(m?.[1] ?? 1), col: Number(m?.[2] ?? 1) };
    const ch = text.split('\n')[at.line - 1]?.[at.col - 1] ?? '?';
    throw new SpecSyntaxError(at, `unexpected character "${ch}"`);
  }
  if (parser.results.length === 0) {
    const lines = text.split('\n');
    const at: Pos = { file, line: lines.length, col: (lines[lines.length - 1]?.length ?? 0) + 1 };
    const exp = expected(parser);
    throw new SpecSyntaxError(
      at,
      `unexpected end of file${exp.length && exp.length <= 8 ? `; expected ${exp.join(' or ')}` : ''}`,
    );
  }
  if (parser.results.length > 1) {
    // The grammar is meant to be unambiguous: two parses mean a grammar bug, never a guess.
    throw new SpecSyntaxError(
      { file, line: 1, col: 1 },
      `ambiguous: the grammar reads this file ${parser.results.length} ways`,
    );
  }
  context.finish();
  // An annotation is meaning, never a comment: one that no declaration took is an error.
  const stray = lexer.annotations.find((a) => !context.consumed.has(a));
  if (stray)
    throw new SpecSyntaxError(
      { file, line: stray.line, col: stray.col },
      `annotation /*@${stray.text}*/ belongs to nothing here: annotations go right before a declaration, a field or a case`,
    );
  return parser.results[0] as SpecFile;
}
