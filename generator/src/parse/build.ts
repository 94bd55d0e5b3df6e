// Builders called by the grammar's postprocessors (spec.ne): they turn nearley matches into AST
// nodes with positions, docs and annotations. One module per kind of declaration.
export * from './build-common.js';
export * from './build-machine.js';
export * from './build-options.js';
export * from './build-table.js';
export * from './build-types.js';
