#!/usr/bin/env node
// The whole test suite, as README.md's test command runs it: real peers installed, generated code
// in step with specs/, lint and format, a typecheck of every package, the build, then every test.
// Ends with one line "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const started = Date.now();

function step(name, command, args) {
  console.log(`\n== ${name}: ${command} ${args.join(' ')}`);
  const t = Date.now();
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`== ${name} failed (${secs} s)`);
    return false;
  }
  console.log(`== ${name} ok (${secs} s)`);
  return true;
}

const npx = 'npx';
const ok =
  step('peers', 'node', ['scripts/setup-peers.mjs']) &&
  step('generated code matches specs', 'npm', ['run', '-s', 'generate', '--', '--check']) &&
  step('lint and format', npx, ['biome', 'ci', '.']) &&
  step('typecheck', npx, ['tsc', '-p', 'tsconfig.json']) &&
  step('build', npx, ['turbo', 'run', 'build', '--output-logs=errors-only']);

if (!ok) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

const report = path.join(os.tmpdir(), `otpnet-vitest-${process.pid}.json`);
const tests = step('tests', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${report}`,
  ...process.argv.slice(2),
]);
let passed = 0;
let failed = tests ? 0 : 1;
let skipped = 0;
try {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numFailedTestSuites ?? 0);
  skipped = r.numPendingTests + r.numTodoTests;
  fs.rmSync(report);
} catch {
  // no report: vitest itself failed; counted above
}
// vitest failed without a failing test (a crash, a config error): count that as one failure
if (!tests && failed === 0) failed = 1;
console.log(`\nsuite finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(tests && failed === 0 ? 0 : 1);
