// Test helper: check inline spec text and return the problems as the generator prints them.
import { checkProgram } from '../src/check/check.js';
import { formatProblem } from '../src/check/errors.js';
import { Program } from '../src/model/program.js';
import { parseSpec } from '../src/parse/parse.js';

/** Problems of `files` (path under specs/ -> text), as `file:line:col: message` lines. */
export function problems(files: Record<string, string>): string[] {
  const parsed = Object.entries(files).map(([path, text]) => parseSpec(path, text));
  return checkProgram(new Program(parsed)).problems.map(formatProblem);
}

/** Problems of one spec file, specs/t/a.spec. */
export function problemsOf(text: string): string[] {
  return problems({ 'specs/t/a.spec': text });
}
