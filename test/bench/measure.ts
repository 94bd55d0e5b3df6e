// Shared timing for benchmarks: run a function repeatedly for a fixed time after a warm-up and
// report operations per second. Benchmarks print; they never assert on time.

export interface Rate {
  opsPerSec: number;
  /** Megabytes (10^6 bytes) per second, when the bytes per operation are known. */
  mbPerSec: number | undefined;
}

export function measure(fn: () => unknown, opts: { ms?: number; bytes?: number } = {}): Rate {
  const ms = opts.ms ?? 700;
  let sink: unknown;
  const warm = performance.now() + ms / 4;
  while (performance.now() < warm) sink = fn();
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 64; i++) sink = fn();
    ops += 64;
    now = performance.now();
  }
  if (sink === Symbol.for('never')) console.log(sink);
  const opsPerSec = (ops * 1000) / (now - start);
  return { opsPerSec, mbPerSec: opts.bytes ? (opsPerSec * opts.bytes) / 1e6 : undefined };
}

export function fmt(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}k` : n.toFixed(0);
}

export function row(name: string, r: Rate, ref?: Rate): string {
  const mb = r.mbPerSec === undefined ? '' : `${r.mbPerSec.toFixed(1)} MB/s`;
  const ratio = ref ? `${(r.opsPerSec / ref.opsPerSec).toFixed(2)}x` : '';
  return `${name.padEnd(44)} ${`${fmt(r.opsPerSec)} ops/s`.padStart(14)} ${mb.padStart(12)} ${ratio.padStart(8)}`;
}
