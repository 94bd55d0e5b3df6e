// Generated vitest blocks for a machine: the table invariants hold in the emitted code (every state
// reachable, a way out of every state, one row per (state, direction, message)), each row accepts
// exactly its permitted next states, and everything not in the table is an unexpected message.
// The test file imports the module as `M`, plus fast-check as `fc` and vitest.
import type { MachineDecl } from '../ast.js';
import type { MachineNames } from './emit-machine.js';

export function machineTests(decl: MachineDecl, n: MachineNames): string {
  const S = `M.${n.state}`;
  return `describe('${decl.name} machine', () => {
  const table: MachineTable<${S}> = M.${n.transitions};
  const rows = M.${n.states}.flatMap((state) =>
    Object.entries(table[state]).map(([event, row]) => {
      const [direction, message] = event.split(' ') as ['send' | 'recv', string];
      return { state, direction, message, row };
    }),
  );
  const handlerNames = [...new Set(rows.map((r) => r.row.handler))];
  /** Handlers that all return \`next\`, or throw when \`next\` is undefined. */
  const handlersReturning = (next?: string) =>
    Object.fromEntries(
      handlerNames.map((h) => [
        h,
        () => {
          if (next === undefined) throw new Error(\`handler \${h} called\`);
          return next;
        },
      ]),
    ) as unknown as M.${n.handlers};

  it('reaches every state from ${initialName(decl)}', () => {
    const seen = new Set<${S}>([M.${n.initial}]);
    for (const state of seen) for (const row of Object.values(table[state])) for (const next of row.next) seen.add(next);
    expect([...seen].sort()).toEqual([...M.${n.states}].sort());
  });

  it('has a way out of every state that is not final', () => {
    const finals: readonly string[] = M.${n.finals};
    const stuck = M.${n.states}.filter((s) => !finals.includes(s) && Object.keys(table[s]).length === 0);
    expect(stuck).toEqual([]);
  });

  it('has one row per (state, direction, message) of the spec', () => {
    const keys = rows.map((r) => \`\${r.state} \${r.direction} \${r.message}\`);
    expect(new Set(keys).size).toBe(${decl.rows.length});
    expect(keys).toHaveLength(${decl.rows.length});
    for (const r of rows) expect(M.${n.messages}).toContain(r.message);
  });

  it('runs each row and accepts exactly its permitted next states', () => {
    for (const { state, direction, message, row } of rows) {
      for (const next of M.${n.states}) {
        const run = () => M.${n.step}(handlersReturning(next), state, direction, message, undefined);
        if (row.next.includes(next)) expect(run()).toBe(next);
        else expect(run).toThrow(IllegalTransitionError);
      }
    }
  });

  it('rejects every (state, direction, message) that has no row', () => {
    for (const state of M.${n.states}) {
      for (const direction of ['send', 'recv'] as const) {
        for (const message of M.${n.messages}) {
          if (Object.hasOwn(table[state], \`\${direction} \${message}\`)) continue;
          expect(() => M.${n.step}(handlersReturning(), state, direction, message, undefined)).toThrow(
            UnexpectedMessageError,
          );
        }
      }
    }
  });

  it('rejects message names it does not know', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...M.${n.states}),
        fc.constantFrom('send' as const, 'recv' as const),
        fc.string(),
        (state, direction, message) => {
          fc.pre(!Object.hasOwn(table[state], \`\${direction} \${message}\`));
          expect(() => M.${n.step}(handlersReturning(), state, direction, message, undefined)).toThrow(
            UnexpectedMessageError,
          );
        },
      ),
    );
  });
});
`;
}

function initialName(decl: MachineDecl): string {
  return (decl.initial?.name ?? decl.rows[0]?.state ?? '').replace(/'/g, '');
}
