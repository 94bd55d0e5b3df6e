// Build a checked Program from inline spec text, for grammar, checker and emitter tests.
import { checkProgram } from '../src/check/check.js';
import { formatProblem } from '../src/check/errors.js';
import { Program } from '../src/model/program.js';
import { parseSpec } from '../src/parse/parse.js';

/** Every problem the parser and checker report for these files, as `file:line:col: message`. */
export function problemsOf(files: Record<string, string>): string[] {
  try {
    const parsed = Object.entries(files).map(([path, text]) => parseSpec(path, text));
    return checkProgram(new Program(parsed)).problems.map(formatProblem);
  } catch (e) {
    return [(e as Error).message];
  }
}

/** The problems of one file, specs/t/a.spec. */
export function problems(text: string): string[] {
  return problemsOf({ 'specs/t/a.spec': text });
}
