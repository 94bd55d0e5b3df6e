// The files that make packages/<proto>-spec a package of its own: the index that re-exports every
// module, and package.json / tsconfig.build.json when the protocol is new.
import type { Program } from '../model/program.js';
import { header } from './header.js';

export function emitSpecPackage(
  out: Map<string, string>,
  proto: string,
  modules: string[],
  program: Program,
): void {
  const dir = `packages/${proto}-spec`;
  const lines = [...modules].sort().map((m) => `export * from './${m}.js';`);
  out.set(`${dir}/src/index.ts`, `${header(`specs/${proto}/*.spec`)}${lines.join('\n')}\n`);
  // Other -spec packages this one imports from (a spec importing another protocol's file).
  const deps = new Set<string>(['@otpnet/wire']);
  for (const m of program.modules.filter((x) => x.proto === proto)) {
    for (const imp of m.file.imports) {
      const target = program.importTarget(m, imp.path);
      if (target && target.proto !== proto) deps.add(target.pkg);
    }
  }
  const pkg = {
    name: `@otpnet/${proto}-spec`,
    version: '0.1.0',
    description: `Codecs, registries, option schemas and state machines generated from specs/${proto}`,
    type: 'module',
    license: 'Apache-2.0',
    exports: { '.': { source: './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' } },
    files: ['dist', 'src'],
    scripts: { build: 'tsc -p tsconfig.build.json', test: `cd ../.. && vitest run ${dir}` },
    dependencies: Object.fromEntries([...deps].sort().map((d) => [d, '0.1.0'])),
  };
  out.set(`${dir}/package.json`, `${JSON.stringify(pkg, null, 2)}\n`);
  const tsconfig = {
    extends: '../../tsconfig.base.json',
    compilerOptions: { outDir: 'dist', rootDir: 'src' },
    include: ['src'],
  };
  out.set(`${dir}/tsconfig.build.json`, `${JSON.stringify(tsconfig, null, 2)}\n`);
  out.set(`${dir}/README.md`, readme(proto, program));
}

/** What the package holds, module by module, and how to use one codec on its own. */
function readme(proto: string, program: Program): string {
  const rows = program.modules
    .filter((m) => m.proto === proto)
    .map((m) => {
      const count = (kind: string) => m.file.decls.filter((d) => d.kind === kind).length;
      const parts = (
        [
          ['struct', 'layout'],
          ['enum', 'enum'],
          ['alias', 'named type'],
          ['table', 'table'],
          ['options', 'option schema'],
          ['machine', 'state machine'],
        ] as const
      )
        .map(([k, label]) => [count(k), label] as const)
        .filter(([n]) => n > 0)
        .map(([n, label]) => `${n} ${label}${n === 1 ? '' : 's'}`);
      return `| \`${m.name}\` | \`${m.file.path}\` | ${parts.join(', ')} |`;
    });
  return `<!-- Generated from specs/${proto} by otpnet-gen. Do not edit. -->
# @otpnet/${proto}-spec

Codecs, registries, option schemas and state machines generated from \`specs/${proto}/\`. Change the
specs and run \`npm run generate\`; this package is never edited by hand. It depends only on
\`@otpnet/wire\`.

| module | spec | holds |
|---|---|---|
${rows.join('\n')}

Every layout \`X\` has \`decodeX(bytes[, context])\` and \`encodeX(value)\` (whole messages: trailing
bytes are an error) and \`readX(reader)\` / \`writeX(writer, value)\` (inside a larger message).
A decode error is a \`DecodeError\` naming the field and the spec line; opaque fields are zero-copy
views into the input; unknown enum values are kept as numbers (\`XName(value)\` prints them).
See docs/spec-language.md in the repository for what each construct generates.
`;
}
