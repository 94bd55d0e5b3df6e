// Golden tests of the codec emitters: small specs under golden-codec/<case>/input.spec, rendered
// the way `npm run generate` renders a package, compared with the checked-in expected output.
// UPDATE_GOLDEN=1 rewrites the expected files.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProgram } from '../src/check/check.js';
import { formatProblem } from '../src/check/errors.js';
import { renderProgram } from '../src/generate.js';
import { Program } from '../src/model/program.js';
import { parseSpec } from '../src/parse/parse.js';

const dir = path.join(import.meta.dirname, 'golden-codec');
const root = path.resolve(import.meta.dirname, '../..');
const cases = fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, 'input.spec')));

describe.each(cases)('golden codec %s', (name) => {
  it('renders as checked in', () => {
    const spec = parseSpec(
      `specs/golden/${name}.spec`,
      fs.readFileSync(path.join(dir, name, 'input.spec'), 'utf8'),
    );
    const program = new Program([spec]);
    const { problems, model } = checkProgram(program);
    expect(problems.map(formatProblem)).toEqual([]);
    const out = renderProgram(root, program, model);
    for (const [file, text] of out) {
      if (!file.endsWith(`/${name}.ts`) && !file.endsWith(`/${name}.gen.test.ts`)) continue;
      const expected = path.join(dir, name, `${path.basename(file)}.golden`);
      if (process.env['UPDATE_GOLDEN'] === '1') fs.writeFileSync(expected, text);
      expect(text, file).toBe(fs.readFileSync(expected, 'utf8'));
    }
  });
});
