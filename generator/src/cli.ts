#!/usr/bin/env node
// otpnet-gen: `npm run generate` regenerates every file derived from specs/; with --check it
// changes nothing and fails when the checked-in files differ from what the specs produce.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SpecProblems } from './check/errors.js';
import { GRAMMAR_OUT, generateAll, grammarSource, ownedFiles } from './generate.js';

const HELP = `usage: npm run generate [-- --check]

Regenerates packages/*-spec/src, their *.gen.test.ts, docs/machines and the spec grammar from specs/.
  --check   write nothing; exit 1 with a summary when the checked-in output differs
  --help    this text`;

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length) {
    console.error(`otpnet-gen: unknown argument ${unknown[0]}\n\n${HELP}`);
    return 2;
  }
  const check = argv.includes('--check');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const started = performance.now();
  // The specs are parsed with the compiled grammar this process has loaded. When the grammar
  // source changed, write the new parser first and run again with it.
  if (!check && refreshGrammar(root)) {
    const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
    });
    return again.status ?? 1;
  }
  let files: Map<string, string>;
  try {
    files = generateAll(root);
  } catch (e) {
    if (e instanceof SpecProblems) {
      console.error(e.message);
      console.error(
        `otpnet-gen: ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'} in specs/; nothing generated`,
      );
      return 1;
    }
    throw e;
  }
  const changed: string[] = [];
  const added: string[] = [];
  for (const [rel, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const abs = path.join(root, rel);
    const old = fs.existsSync(abs) ? fs.readFileSync(abs, 'utf8') : undefined;
    if (old === text) continue;
    (old === undefined ? added : changed).push(rel);
    if (!check) {
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, text);
    }
  }
  const stale = ownedFiles(root).filter((f) => !files.has(f));
  if (!check) for (const f of stale) fs.rmSync(path.join(root, f));
  const ms = Math.round(performance.now() - started);
  if (check) {
    if (changed.length + added.length + stale.length === 0) {
      console.log(`otpnet-gen: ${files.size} generated files match specs/ (${ms} ms)`);
      return 0;
    }
    console.error('otpnet-gen: generated files differ from what specs/ produce:');
    for (const f of changed)
      console.error(`  changed  ${f}${diffSummary(path.join(root, f), files.get(f)!)}`);
    for (const f of added) console.error(`  missing  ${f}`);
    for (const f of stale) console.error(`  stale    ${f}`);
    console.error('run `npm run generate` and commit the result');
    return 1;
  }
  console.log(
    `otpnet-gen: ${files.size} files from specs/ (${changed.length} changed, ${added.length} new, ${stale.length} removed) in ${ms} ms`,
  );
  return 0;
}

/** Write the compiled grammar when it differs from the checked-in one; true when it did. */
function refreshGrammar(root: string): boolean {
  const abs = path.join(root, GRAMMAR_OUT);
  const next = grammarSource(root);
  if (fs.existsSync(abs) && fs.readFileSync(abs, 'utf8') === next) return false;
  fs.writeFileSync(abs, next);
  console.log(`otpnet-gen: ${GRAMMAR_OUT} rebuilt from the grammar; generating with it`);
  return true;
}

/** ` (line N: first difference)` for a changed file. */
function diffSummary(abs: string, next: string): string {
  const a = fs.readFileSync(abs, 'utf8').split('\n');
  const b = next.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return ` (first difference at line ${i + 1}; ${a.length} -> ${b.length} lines)`;
  }
  return '';
}

process.exitCode = main(process.argv.slice(2));
