// Golden tests for the table, options and machine emitters: each folder under golden/ holds spec
// files and, in expected/, what the generator makes of them (src/, test/, docs/). Run with
// UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change.
//
// The expected files are also a real package: vitest runs expected/test/*.gen.test.ts, and the
// last test here type-checks them against the wire runtime.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { renderCase } from './render.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, 'golden');
const update = process.env['UPDATE_GOLDEN'] === '1';
const cases = fs
  .readdirSync(root)
  .filter((d) => fs.statSync(path.join(root, d)).isDirectory())
  .sort();

function listFiles(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    );
}

describe.each(cases)('golden %s', (name) => {
  const expectedDir = path.join(root, name, 'expected');

  it('renders the expected files', () => {
    const rendered = renderCase(path.join(root, name)).files;
    if (update) {
      fs.rmSync(expectedDir, { recursive: true, force: true });
      for (const [p, text] of rendered) {
        fs.mkdirSync(path.dirname(path.join(expectedDir, p)), { recursive: true });
        fs.writeFileSync(path.join(expectedDir, p), text);
      }
    }
    expect(listFiles(expectedDir).sort()).toEqual([...rendered.keys()].sort());
    for (const [p, text] of rendered)
      expect(text, p).toBe(fs.readFileSync(path.join(expectedDir, p), 'utf8'));
  });

  it('renders the same bytes twice', () => {
    expect(renderCase(path.join(root, name))).toEqual(renderCase(path.join(root, name)));
  });
});

describe('golden output', () => {
  it('type-checks under the repository settings', () => {
    const project = new Project({
      tsConfigFilePath: path.join(here, '../../tsconfig.json'),
      skipAddingFilesFromTsConfig: true,
    });
    for (const name of cases) {
      project.addSourceFilesAtPaths(path.join(root, name, 'expected/**/*.ts'));
      const { support } = renderCase(path.join(root, name));
      for (const [p, text] of support) project.createSourceFile(path.join(root, name, 'expected', p), text);
    }
    const diagnostics = project.getPreEmitDiagnostics().map((d) => {
      const file = d.getSourceFile()?.getFilePath().replace(`${root}/`, '') ?? '';
      const text = d.getMessageText();
      return `${file}:${d.getLineNumber() ?? 0}: ${typeof text === 'string' ? text : text.getMessageText()}`;
    });
    expect(diagnostics).toEqual([]);
  });
});
