// The builders the grammar's postprocessors call (spec.ne): they turn nearley matches into AST
// nodes with positions, docs and annotations. One module per kind of declaration; `builders(c)`
// binds them all to the context of one parse.
import * as common from './build-common.js';
import * as machine from './build-machine.js';
import * as options from './build-options.js';
import * as select from './build-select.js';
import * as table from './build-table.js';
import * as types from './build-types.js';

export { ParseContext, SpecSyntaxError } from './build-common.js';

const all = { ...common, ...machine, ...options, ...select, ...table, ...types };

type BuilderFns = {
  [K in keyof typeof all as (typeof all)[K] extends (c: common.ParseContext, d: common.D) => unknown
    ? K
    : never]: (typeof all)[K];
};

/** The builders bound to one parse: what spec-grammar.ts calls as `b.<name>(d)`. */
export type Builders = { [K in keyof BuilderFns]: (d: common.D) => ReturnType<BuilderFns[K]> };

export function builders(c: common.ParseContext): Builders {
  const out: Record<string, (d: common.D) => unknown> = {};
  for (const [name, fn] of Object.entries(all)) {
    if (typeof fn === 'function' && fn.length === 2)
      out[name] = (d: common.D) => (fn as (c: common.ParseContext, d: common.D) => unknown)(c, d);
  }
  return out as Builders;
}
