// Rules of the architecture that are checked, not hoped for (docs/contributing.md):
// sans-IO cores import no `node:` module, and generated code imports only @otpnet/wire and its
// sibling -spec packages.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function tsFiles(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
}

const SANS_IO = [
  'packages/wire/src',
  'packages/inet/src/framing',
  'packages/tls/src/core',
  'packages/ssh/src/core',
  'packages/dist/src/core',
];
const PLATFORM = /^(node:|fs$|net$|tls$|dgram$|child_process$|os$|crypto$)/;

describe('architecture', () => {
  it.each(SANS_IO)('%s imports no platform module (sans-IO)', (dir) => {
    const offending = tsFiles(dir).flatMap((f) =>
      importsOf(f)
        .filter((i) => PLATFORM.test(i))
        .map((i) => `${f}: ${i}`),
    );
    expect(offending).toEqual([]);
  });

  it('generated -spec packages import only @otpnet/wire and their siblings', () => {
    const pkgs = fs.readdirSync(path.join(root, 'packages')).filter((p) => p.endsWith('-spec'));
    const offending: string[] = [];
    for (const p of pkgs) {
      for (const f of tsFiles(`packages/${p}/src`)) {
        for (const i of importsOf(f)) {
          if (i.startsWith('./') || i === '@otpnet/wire' || /^@otpnet\/[a-z]+-spec$/.test(i)) continue;
          offending.push(`${f}: ${i}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('every generated file carries the do-not-edit header', () => {
    const pkgs = fs.readdirSync(path.join(root, 'packages')).filter((p) => p.endsWith('-spec'));
    const files = pkgs.flatMap((p) => tsFiles(`packages/${p}/src`));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      expect(fs.readFileSync(path.join(root, f), 'utf8').split('\n')[0], f).toMatch(
        /^\/\/ Generated from specs\/.* by otpnet-gen\. Do not edit\.$/,
      );
    }
  });
});
