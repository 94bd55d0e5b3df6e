// Tokens of the spec language. Keywords are contextual (an option may be called `key`, a field
// `type`), so every word lexes as `ident` and the grammar matches keywords by value. Comments are
// taken out of the token stream and hung on the neighbouring tokens: a comment on the line of the
// token before it trails that token, any other comment leads the token after it. Annotations
// (`/*@…*\/`) and doc comments are read from there by the parser's builders.
import moo from 'moo';

export interface Comment {
  text: string; // without the comment markers
  annotation: boolean; // /*@…*/
  line: number;
  endLine: number;
  col: number;
}

export interface Token extends moo.Token {
  leading: Comment[];
  trailing: Comment[];
}

const rules: moo.Rules = {
  ws: /[ \t\r]+/,
  nl: { match: /\n/, lineBreaks: true },
  annotation: { match: /\/\*@[\s\S]*?\*\//, lineBreaks: true },
  blockComment: { match: /\/\*[\s\S]*?\*\//, lineBreaks: true },
  lineComment: /\/\/[^\n]*/,
  string: { match: /"(?:\\["\\]|[^\n"\\])*"/, value: (s) => s.slice(1, -1).replace(/\\(["\\])/g, '$1') },
  hex: /0[xX][0-9a-fA-F]+/,
  number: /[0-9]+/,
  namelist: /name-list(?![A-Za-z0-9_])/,
  ident: /[A-Za-z_][A-Za-z0-9_]*/,
  punct: [
    '..',
    '->',
    '==',
    '!=',
    '<=',
    '>=',
    '<<',
    '>>',
    '&&',
    '||',
    '<',
    '>',
    '{',
    '}',
    '(',
    ')',
    '[',
    ']',
    ';',
    ',',
    ':',
    '=',
    '|',
    '^',
    '-',
    '+',
    '*',
    '/',
    '%',
    '&',
    '!',
    '~',
    '.',
    '?',
  ],
};

function commentOf(tok: moo.Token): Comment {
  const raw = tok.text;
  let text: string;
  if (tok.type === 'lineComment') text = raw.slice(2);
  else if (tok.type === 'annotation') text = raw.slice(3, -2);
  else text = raw.slice(2, -2);
  return {
    text: text.trim(),
    annotation: tok.type === 'annotation',
    line: tok.line,
    endLine: tok.line + tok.lineBreaks,
    col: tok.col,
  };
}

/** A nearley-compatible lexer that drops whitespace and hangs comments on tokens; one per parse. */
export class SpecLexer {
  private readonly base = moo.compile(rules);
  /** Every annotation of the file, so the parser can tell which ones no declaration took. */
  readonly annotations: Comment[] = [];
  private pending: Comment[] = [];
  private last: Token | undefined;
  private beforeLast: Token | undefined;

  reset(chunk: string, state?: moo.LexerState): void {
    this.base.reset(chunk, state);
    this.pending = [];
    this.annotations.length = 0;
    this.last = undefined;
    this.beforeLast = undefined;
  }

  next(): Token | undefined {
    for (;;) {
      const tok = this.base.next();
      if (tok === undefined) return undefined;
      if (tok.type === 'ws' || tok.type === 'nl') continue;
      if (tok.type === 'annotation' || tok.type === 'blockComment' || tok.type === 'lineComment') {
        const c = commentOf(tok);
        if (c.annotation) this.annotations.push(c);
        // `a(1),  /* doc of a */`: a comment after a comma belongs to what the comma ends.
        const owner = this.last?.value === ',' ? this.beforeLast : this.last;
        // Annotations always belong to what follows them.
        if (owner && !c.annotation && this.last?.line === tok.line && this.pending.length === 0)
          owner.trailing.push(c);
        else this.pending.push(c);
        continue;
      }
      const t = tok as Token;
      t.leading = this.pending;
      t.trailing = [];
      this.pending = [];
      this.beforeLast = this.last;
      this.last = t;
      return t;
    }
  }

  save(): moo.LexerState {
    return this.base.save();
  }

  formatError(token: moo.Token, message = 'syntax error'): string {
    return this.base.formatError(token, message);
  }

  has(tokenType: string): boolean {
    return this.base.has(tokenType);
  }
}
