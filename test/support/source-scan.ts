// A small lexical pass over TypeScript source for the architecture checks: it blanks comments,
// string and template text and regular expression literals (keeping line breaks, so positions
// stay right), which leaves only code. Checks then look for identifiers or patterns in what is
// left, so a word in a comment or a message never counts. It is not a parser: it is exact for
// the code this repository writes, and a check built on it errs towards reporting.

// After one of these a `/` starts a regular expression rather than a division.
const beforeRegex = new Set([
  '',
  '(',
  ',',
  '=',
  ':',
  '[',
  '!',
  '&',
  '|',
  '?',
  '{',
  '}',
  ';',
  '+',
  '-',
  '*',
  '%',
  '<',
  '>',
  '~',
  '^',
]);
const regexKeywords = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'yield',
  'await',
]);

/** `text` with comments, string contents and regex literals replaced by spaces; line breaks kept. */
export function codeOnly(text: string): string {
  const out: string[] = [];
  // Template literals nest through `${ … }`: each entry counts the braces open inside one.
  const templates: number[] = [];
  let last = ''; // the last significant character of code, for telling a regex from a division
  let lastWord = '';
  let i = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const take = (end: number) => {
    out.push(blank(text.slice(i, end)));
    i = end;
  };
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (templates.length > 0 && templates[templates.length - 1] === 0 && c === '}') {
      // the end of `${ … }`: back inside the template's text
      templates.pop();
      out.push(c);
      i++;
      i = templateText(i);
      continue;
    }
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      take(end === -1 ? text.length : end);
      continue;
    }
    if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      take(end === -1 ? text.length : end + 2);
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out.push(c);
      i++;
      take(Math.min(j, text.length));
      if (i < text.length) out.push(text[i++]!);
      last = c;
      continue;
    }
    if (c === '`') {
      out.push(c);
      i++;
      i = templateText(i);
      last = c;
      continue;
    }
    if (c === '/' && (beforeRegex.has(last) || regexKeywords.has(lastWord))) {
      let j = i + 1;
      let inClass = false;
      while (j < text.length && text[j] !== '\n') {
        const d = text[j]!;
        if (d === '\\') j++;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        j++;
      }
      take(Math.min(j + 1, text.length));
      last = '/';
      lastWord = '';
      continue;
    }
    if (templates.length > 0) {
      if (c === '{') templates[templates.length - 1]!++;
      else if (c === '}') templates[templates.length - 1]!--;
    }
    out.push(c);
    i++;
    if (/\s/.test(c)) continue;
    if (/[\w$]/.test(c)) {
      lastWord = /[\w$]/.test(last) ? lastWord + c : c;
    } else {
      lastWord = '';
    }
    last = c;
  }
  return out.join('');

  /** Blank template text from `from` up to and including its closing backtick or a `${`. */
  function templateText(from: number): number {
    let j = from;
    while (j < text.length) {
      if (text[j] === '\\') {
        j += 2;
        continue;
      }
      if (text[j] === '`') {
        out.push(blank(text.slice(from, j)), '`');
        last = '`';
        lastWord = '';
        return j + 1;
      }
      if (text[j] === '$' && text[j + 1] === '{') {
        out.push(blank(text.slice(from, j)), '${');
        templates.push(0);
        last = '{';
        lastWord = '';
        return j + 2;
      }
      j++;
    }
    out.push(blank(text.slice(from)));
    return text.length;
  }
}

/** Identifiers of `code` (the output of codeOnly) from `names` that are not a property access. */
export function globalUses(code: string, names: ReadonlySet<string>): { name: string; line: number }[] {
  const found: { name: string; line: number }[] = [];
  for (const m of code.matchAll(/[A-Za-z_$][\w$]*/g)) {
    if (!names.has(m[0])) continue;
    // `x.process` or `x?.process` is a property, not the global
    if (/\.\s*$/.test(code.slice(Math.max(0, m.index - 8), m.index))) continue;
    found.push({ name: m[0], line: code.slice(0, m.index).split('\n').length });
  }
  return found;
}
