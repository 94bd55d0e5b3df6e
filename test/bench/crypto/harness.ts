// The timing and the report of the crypto benchmark: each primitive is measured three ways (raw
// node:crypto, the node provider, the noble provider) and printed as one table with the ratios.
// Benchmarks print; they never assert on time.
const QUICK = process.argv.includes('--quick');
const BUDGET_MS = QUICK ? 60 : 200; // per implementation and primitive

interface Row {
  name: string;
  unit: 'MB/s' | 'ops/s';
  raw: number;
  node: number;
  noble: number;
}

/** Calls per second of fn over about `budget` ms. */
function rate(fn: () => unknown, budget: number): number {
  let calls = 0;
  let batch = 1;
  const start = performance.now();
  let now = start;
  while (now - start < budget) {
    for (let i = 0; i < batch; i++) fn();
    calls += batch;
    now = performance.now();
    if (now - start < budget / 8) batch *= 2;
  }
  return (calls * 1000) / (now - start);
}

/**
 * Measures implementations in interleaved rounds and keeps each one's best round, so that load
 * from other processes on a shared machine skews all columns alike.
 */
function measure(fns: ReadonlyArray<() => unknown>): number[] {
  const rounds = 20;
  const per = BUDGET_MS / rounds;
  for (const f of fns) rate(f, per); // warm-up
  const best = fns.map(() => 0);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((f, i) => {
      best[i] = Math.max(best[i] as number, rate(f, per));
    });
  }
  return best;
}

/**
 * Raw node:crypto and the node provider are interleaved with each other; noble runs afterwards,
 * so the garbage its pure-TypeScript code leaves behind does not land in their rounds.
 */
function measureAll(
  raw: () => unknown,
  viaNode: () => unknown,
  viaNoble: () => unknown,
): [number, number, number] {
  const [r, a] = measure([raw, viaNode]) as [number, number];
  const [b] = measure([viaNoble]) as [number];
  return [r, a, b];
}

const rows: Row[] = [];

export function bulk(
  name: string,
  size: number,
  raw: () => unknown,
  viaNode: () => unknown,
  viaNoble: () => unknown,
): void {
  const [r, a, b] = measureAll(raw, viaNode, viaNoble).map((x) => (x * size) / 1e6) as [
    number,
    number,
    number,
  ];
  rows.push({ name, unit: 'MB/s', raw: r, node: a, noble: b });
}

export function ops(name: string, raw: () => unknown, viaNode: () => unknown, viaNoble: () => unknown): void {
  const [r, a, b] = measureAll(raw, viaNode, viaNoble);
  rows.push({ name, unit: 'ops/s', raw: r, node: a, noble: b });
}

/** Print every row measured so far as one table. */
export function report(): void {
  const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
  const header = [
    'primitive',
    'unit',
    'raw node:crypto',
    'node provider',
    'node/raw',
    'noble provider',
    'noble/raw',
  ];
  const table = rows.map((r) => [
    r.name,
    r.unit,
    fmt(r.raw),
    fmt(r.node),
    (r.node / r.raw).toFixed(2),
    fmt(r.noble),
    (r.noble / r.raw).toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
      .join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
}
