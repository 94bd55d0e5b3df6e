// Generated vitest block for a machine: the checks of test/support/machine-properties.ts run on the
// emitted table and step function (every state reachable, a way out of every state, one row per
// (state, direction, message), each row accepting exactly its permitted next states, everything
// not in the table an unexpected message). The test file imports the module as `M`.
import type { MachineDecl } from '../ast.js';
import type { MachineNames } from './emit-machine.js';

export function machineTests(decl: MachineDecl, n: MachineNames): string {
  return `describe('${decl.name} machine', () => {
  const machine = {
    name: '${decl.name}',
    states: M.${n.states},
    initial: M.${n.initial},
    finals: M.${n.finals},
    messages: M.${n.messages},
    table: M.${n.transitions},
    rows: ${decl.rows.length},
  };
  it('reaches every state from ${decl.initial?.name ?? decl.rows[0]?.state ?? ''}', () => everyStateReachable(machine));
  it('has a way out of every state that is not final', () => noDeadEnds(machine));
  it('has one row per (state, direction, message) of the spec', () => oneRowPerEvent(machine));
  it('runs each row and accepts exactly its permitted next states', () => rowsGoWhereTheySay(machine));
  it('rejects every (state, direction, message) that has no row', () => rejectsUnlisted(machine));
  it('rejects message names it does not know', () => rejectsUnknownMessages(machine));
});
`;
}
