#!/usr/bin/env node
// The command of turbo's per-package generate tasks (`//#generate:<proto>-spec` in turbo.json).
// There is one task per -spec package so that a spec edit changes the hash of that package's build
// only; but the generator has no per-protocol mode, so each task runs the whole of `npm run generate`,
// which rewrites every stale file of every package. Two such runs at once would write the same files
// while a package whose task already finished is being compiled from them, so the runs take turns
// under a lock. A run that finds the generator's inputs and outputs exactly as the previous run left
// them (the usual case for the second, third and fourth task of one build) skips the generator.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const stateDir = path.join(root, 'node_modules/.cache/otpnet-generate');
const lockDir = path.join(stateDir, 'lock');
const stateFile = path.join(stateDir, 'state');
// A generator run takes seconds; a lock held this long belongs to a run that hangs.
const LOCK_WAIT_MS = 10 * 60 * 1000;

/** Every file the generator reads or writes, relative to the root, sorted. */
function generatorFiles() {
  const files = [];
  const walk = (rel, keep) => {
    const abs = path.join(root, rel);
    if (!fs.existsSync(abs)) return;
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(child, keep);
      else if (keep(e.name)) files.push(child);
    }
  };
  const all = () => true;
  walk('specs', all);
  walk('generator/src', all);
  walk('docs/machines', all);
  files.push('generator/package.json', 'package-lock.json');
  for (const p of fs.readdirSync(path.join(root, 'packages')).filter((p) => p.endsWith('-spec'))) {
    walk(`packages/${p}/src`, all);
    walk(`packages/${p}/test`, (name) => name.endsWith('.gen.test.ts'));
    files.push(`packages/${p}/package.json`, `packages/${p}/README.md`, `packages/${p}/tsconfig.build.json`);
  }
  return files.sort();
}

/** One digest of the names and contents of every file the generator reads or writes. */
function digest() {
  const h = createHash('sha256');
  for (const f of generatorFiles()) {
    h.update(`${f}\0`);
    const abs = path.join(root, f);
    h.update(fs.existsSync(abs) ? fs.readFileSync(abs) : '(absent)');
    h.update('\0');
  }
  return h.digest('hex');
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** Take the lock (an atomic mkdir), taking it over from a holder that died without releasing it. */
function lock() {
  fs.mkdirSync(stateDir, { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      return;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    let holder = Number.NaN;
    try {
      holder = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    } catch {
      // the holder has made the directory but not yet written its pid
    }
    if (Number.isInteger(holder) && holder > 0 && !alive(holder)) {
      fs.rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      console.error(`generate: ${path.relative(root, lockDir)} is still held by pid ${holder}; giving up`);
      process.exit(1);
    }
    sleep(100);
  }
}

function main() {
  lock();
  try {
    const before = digest();
    if (fs.existsSync(stateFile) && fs.readFileSync(stateFile, 'utf8') === before) {
      console.log('generate: specs/ and the generated files are as the last generator run left them');
      return 0;
    }
    const r = spawnSync('npm', ['run', '-s', 'generate'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) {
      fs.rmSync(stateFile, { force: true });
      return r.status ?? 1;
    }
    fs.writeFileSync(stateFile, digest());
    return 0;
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

process.exitCode = main();
