// Doc comments wrapped at the formatter's width. The formatter leaves comments as they are, and a
// generated doc line carries spec prose, so without this it runs as long as the prose does.
// Runs after formatting, when each comment's indentation is final.

// A word is a run of non-space characters, where `{@link X}` counts as one character.
const LINK_OR_WORD = /(?:\{@link [^}]*\}|\S)+/g;

/** `text` with every JSDoc line longer than `width` wrapped; fenced code in comments is left alone. */
export function wrapDocComments(text: string, width: number): string {
  const out: string[] = [];
  let fenced = false;
  for (const line of text.split('\n')) {
    const single = /^(\s*)\/\*\* (.*) \*\/$/.exec(line);
    if (single && line.length > width) {
      const [, indent = '', body = ''] = single;
      out.push(`${indent}/**`, ...wrap(`${indent} * `, body, width), `${indent} */`);
      continue;
    }
    const inner = /^(\s*) \* (.*)$/.exec(line);
    if (inner) {
      const [, indent = '', body = ''] = inner;
      if (body.trimStart().startsWith('```')) fenced = !fenced;
      if (!fenced && line.length > width) {
        out.push(...wrap(`${indent} * `, body, width));
        continue;
      }
    }
    out.push(line);
  }
  return out.join('\n');
}

/** Words after `prefix`, as many per line as fit in `width` (a longer word gets a line of its own). */
function wrap(prefix: string, body: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of body.match(LINK_OR_WORD) ?? []) {
    if (cur && prefix.length + cur.length + 1 + word.length > width) {
      lines.push(prefix + cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(prefix + cur);
  return lines;
}
