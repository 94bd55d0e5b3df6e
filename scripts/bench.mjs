#!/usr/bin/env node
// `npm run bench`: every benchmark under test/bench/ (or those named), one after another, each
// beside its reference in the same run. Benchmarks import the packages' TypeScript sources.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const benchDir = path.join(root, 'test/bench');
const wanted = process.argv.slice(2);
const names = fs
  .readdirSync(benchDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(benchDir, d.name, 'index.ts')))
  .map((d) => d.name)
  .filter((n) => wanted.length === 0 || wanted.includes(n))
  .sort();
let failed = 0;
for (const name of names) {
  console.log(`\n## bench ${name}`);
  const r = spawnSync(
    'node',
    ['--conditions=source', '--import', 'tsx', path.join(benchDir, name, 'index.ts')],
    {
      cwd: root,
      stdio: 'inherit',
      timeout: 180_000,
    },
  );
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
