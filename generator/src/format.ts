// Generated TypeScript is formatted by the formatter the rest of the repository uses, with the
// same settings (biome.json), so lines wrap at its width and quotes and commas follow its style.
// One formatter run for every file: they are written to a scratch folder and read back.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import { wrapDocComments } from './wrap-docs.js';

const require = createRequire(import.meta.url);

/** Format `files` (name -> TypeScript); returns them formatted, in the same order. */
export function formatTypeScript(root: string, files: Map<string, string>): Map<string, string> {
  if (files.size === 0) return files;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'otpnet-gen-'));
  try {
    const settings = JSON.parse(fs.readFileSync(path.join(root, 'biome.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const config = { formatter: settings['formatter'], javascript: settings['javascript'] };
    fs.writeFileSync(path.join(dir, 'biome.json'), JSON.stringify(config));
    const names = new Map<string, string>();
    let i = 0;
    for (const [name, text] of files) {
      const scratch = `f${i++}.ts`;
      names.set(name, scratch);
      fs.writeFileSync(path.join(dir, scratch), text);
    }
    const biome = require.resolve('@biomejs/biome/bin/biome');
    const r = spawnSync(process.execPath, [biome, 'format', '--write', `--config-path=${dir}`, dir], {
      cwd: dir,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`formatting generated code failed:\n${r.stdout}\n${r.stderr}`);
    const out = new Map<string, string>();
    const width = Number((settings['formatter'] as { lineWidth?: number } | undefined)?.lineWidth ?? 80);
    for (const [name, scratch] of names)
      out.set(name, wrapDocComments(fs.readFileSync(path.join(dir, scratch), 'utf8'), width));
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
