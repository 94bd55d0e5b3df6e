import type { Pos } from '../ast.js';

/** One problem found in the specs, printed as `file:line:col: message`. */
export interface Problem {
  pos: Pos;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.pos.file}:${p.pos.line}:${p.pos.col}: ${p.message}`;
}

/** Thrown when the specs have problems; generation stops and prints them all. */
export class SpecProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'SpecProblems';
  }
}

/** "; did you mean x?" for a misspelt name: the runtime's rule, so specs and options agree. */
export { didYouMean } from '@otpnet/wire';
