// Doc comments in generated code wrap at the formatter's width, keeping links whole and fenced
// code as written.
import { describe, expect, it } from 'vitest';
import { wrapDocComments } from '../src/wrap-docs.js';

describe('wrapDocComments', () => {
  it('wraps a long one-line comment into a block, keeping {@link X} in one piece', () => {
    const text = '  /** Decode a whole {@link ClientHello}: trailing bytes are an error, and more. */';
    expect(wrapDocComments(text, 40).split('\n')).toEqual([
      '  /**',
      '   * Decode a whole {@link ClientHello}:',
      '   * trailing bytes are an error, and',
      '   * more.',
      '   */',
    ]);
  });

  it('wraps long lines of a block and leaves short lines and fenced code alone', () => {
    const fence = ' * ```';
    const code = ` * const x = ${'y'.repeat(40)};`;
    const text = ['/**', ' * short', fence, code, fence, ` * ${'word '.repeat(12).trim()}`, ' */'].join('\n');
    const out = wrapDocComments(text, 30).split('\n');
    expect(out.slice(0, 5)).toEqual(['/**', ' * short', fence, code, fence]);
    expect(out.slice(5, -1).every((l) => l.length <= 30 && l.startsWith(' * '))).toBe(true);
  });
});
