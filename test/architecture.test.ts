// Rules of the architecture that are checked, not hoped for (docs/contributing.md): sans-IO
// cores use no platform module or global, generated code depends only on @otpnet/wire and its
// sibling -spec packages, runtime dependencies stay in crypto and the runtime packages, package
// code throws its package's typed errors, files stay small, and the build and the lockfile stay
// as docs/contributing.md describes them.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeOnly, globalUses } from './support/source-scan.js';

const root = path.resolve(import.meta.dirname, '..');
const read = (rel: string): string => fs.readFileSync(path.join(root, rel), 'utf8');
const readJson = <T>(rel: string): T => JSON.parse(read(rel)) as T;

/** Files under `dir` (repo-relative) whose names end in one of `exts`, build output and node_modules left out. */
function files(dir: string, exts: readonly string[] = ['.ts']): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => exts.some((e) => f.endsWith(e)))
    .filter((f) => !/(^|\/)(node_modules|dist)\//.test(f))
    .map((f) => path.posix.join(dir, f))
    .sort();
}

const packages = fs.readdirSync(path.join(root, 'packages')).sort();
const specPackages = packages.filter((p) => p.endsWith('-spec'));
const handWrittenPackages = packages.filter((p) => !p.endsWith('-spec'));

function importsOf(file: string): string[] {
  const text = read(file);
  return [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
}

// The sans-IO cores: bytes in, bytes and events out, time passed in. The folders that exist now;
// the core folders of the protocol runtimes (packages/tls/src/core, packages/ssh/src/core,
// packages/dist/src/core) join this list in the change that creates them. A listed folder that
// is missing fails, so that a renamed core cannot pass by having no files.
const SANS_IO = ['packages/wire/src', 'packages/inet/src/framing'];
const isPlatformModule = (i: string): boolean => i.startsWith('node:') || builtinModules.includes(i);
// Globals that only a platform provides (Node's, and timers, which a core takes as deadlines instead).
const PLATFORM_GLOBALS = new Set([
  'Buffer',
  'process',
  'global',
  'require',
  'module',
  '__dirname',
  '__filename',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'clearImmediate',
]);

describe('sans-IO cores', () => {
  it.each(SANS_IO)('%s exists and has source files', (dir) => {
    expect(fs.existsSync(path.join(root, dir)), `${dir} is listed as a sans-IO core but is missing`).toBe(
      true,
    );
    expect(files(dir).length, `${dir} has no .ts files`).toBeGreaterThan(0);
  });

  it.each(SANS_IO)('%s imports no platform module', (dir) => {
    const offending = files(dir).flatMap((f) =>
      importsOf(f)
        .filter(isPlatformModule)
        .map((i) => `${f}: ${i}`),
    );
    expect(offending).toEqual([]);
  });

  it.each(SANS_IO)('%s uses no platform global', (dir) => {
    const offending = files(dir).flatMap((f) =>
      globalUses(codeOnly(read(f)), PLATFORM_GLOBALS).map((u) => `${f}:${u.line}: ${u.name}`),
    );
    expect(offending).toEqual([]);
  });

  it('the scan sees code only, not comments, strings or regular expressions', () => {
    const text = [
      "// setTimeout in a comment; 'Buffer' in a string",
      'const a = \'process\'; const b = "require"; const c = /Buffer/g;',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text is source code that holds a template literal
      '/* clearTimeout */ const d = `setInterval ${x.process} ${setImmediate} Buffer`;',
      'const e = process.env;',
    ].join('\n');
    expect(globalUses(codeOnly(text), PLATFORM_GLOBALS)).toEqual([
      { name: 'setImmediate', line: 3 },
      { name: 'process', line: 4 },
    ]);
  });
});

describe('dependencies', () => {
  it('generated -spec packages import only @otpnet/wire and their siblings', () => {
    const offending: string[] = [];
    for (const p of specPackages) {
      for (const f of files(`packages/${p}/src`)) {
        for (const i of importsOf(f)) {
          if (i.startsWith('./') || i === '@otpnet/wire' || /^@otpnet\/[a-z]+-spec$/.test(i)) continue;
          offending.push(`${f}: ${i}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  type Manifest = { name: string } & Partial<Record<(typeof depFields)[number], Record<string, string>>>;
  const depFields = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;
  const manifests = [
    'package.json',
    'generator/package.json',
    'test/support/package.json',
    ...packages.map((p) => `packages/${p}/package.json`),
  ];
  const depsOf = (m: Manifest): string[] => depFields.flatMap((f) => Object.keys(m[f] ?? {}));

  it('-spec packages depend only on @otpnet/wire and sibling -spec packages', () => {
    const offending = specPackages.flatMap((p) => {
      const m = readJson<Manifest>(`packages/${p}/package.json`);
      return depsOf(m)
        .filter((d) => d !== '@otpnet/wire' && !(/^@otpnet\/[a-z]+-spec$/.test(d) && d !== m.name))
        .map((d) => `packages/${p}: ${d}`);
    });
    expect(offending).toEqual([]);
  });

  // Crypto implementations and certificate parsing belong to the crypto core; the runtime
  // packages (inet now; tls, ssh, dist as they land) and the command that drives them may use them too.
  const RUNTIME_ONLY = [/^@noble\//, /^pkijs$/, /^asn1js$/, /^micro-rsa-dsa-dh$/, /^bcrypt-pbkdf$/];
  const MAY_USE_RUNTIME_DEPS = ['crypto', 'inet', 'tls', 'ssh', 'dist', 'cli'].map(
    (p) => `packages/${p}/package.json`,
  );

  it('only crypto and the runtime packages depend on crypto libraries', () => {
    const offending = manifests
      .filter((f) => !MAY_USE_RUNTIME_DEPS.includes(f))
      .flatMap((f) =>
        depsOf(readJson<Manifest>(f))
          .filter((d) => RUNTIME_ONLY.some((re) => re.test(d)))
          .map((d) => `${f}: ${d}`),
      );
    expect(offending).toEqual([]);
  });
});

describe('typed errors', () => {
  // Package code throws its package's typed error (InetError, CryptoError, DecodeError, …), so
  // that one table can map an error kind to an alert or a disconnect reason. Generated -spec code
  // is covered by the generator's own tests.
  const BARE_THROW = /\bthrow\s+(?:new\s+)?(Error|TypeError|RangeError)\s*\(/g;

  const bareThrows = handWrittenPackages
    .flatMap((p) => files(`packages/${p}/src`))
    .flatMap((f) => {
      const code = codeOnly(read(f));
      return [...code.matchAll(BARE_THROW)].map(
        (m) => `${f}:${code.slice(0, m.index).split('\n').length}: ${m[0]}`,
      );
    });

  it('package sources throw no bare Error, TypeError or RangeError', () => {
    expect(bareThrows).toEqual([]);
  });
});

describe('file size', () => {
  // A hand-written file past 400 lines is asking to be split (docs/contributing.md). Generated
  // files (the do-not-edit header, spec-grammar.ts among them) are exempt.
  const LIMIT = 400;
  // Hand-written files over the limit that stay so for now, each with the reason. Empty: none is.
  const OVER_LIMIT_ALLOWED: readonly string[] = [];
  const GENERATED = /^\/\/ Generated from .* Do not edit\.$/;

  const handWritten = [
    ...packages.flatMap((p) => files(`packages/${p}/src`)),
    ...files('generator/src'),
    ...files('test'),
    // scripts/ holds Node scripts, .mjs rather than .ts
    ...files('scripts', ['.ts', '.mjs']),
  ].filter((f) => f !== 'generator/src/parse/spec-grammar.ts' && !GENERATED.test(read(f).split('\n')[0]!));
  const lines = (f: string): number => read(f).replace(/\n$/, '').split('\n').length;

  it('sees the hand-written sources', () => {
    expect(handWritten.length).toBeGreaterThan(100);
    expect(handWritten).toContain('packages/inet/src/socket.ts');
  });

  it(`no hand-written file is over ${LIMIT} lines`, () => {
    const over = handWritten
      .filter((f) => !OVER_LIMIT_ALLOWED.includes(f) && lines(f) > LIMIT)
      .map((f) => `${f}: ${lines(f)} lines`);
    expect(over).toEqual([]);
  });

  it.each(OVER_LIMIT_ALLOWED)('%s is allowed only while it is over the limit', (f) => {
    expect(lines(f), `${f} is within ${LIMIT} lines now: remove it from the list`).toBeGreaterThan(LIMIT);
  });
});

describe('build', () => {
  // turbo.json has one generate task per -spec package so that a spec edit rebuilds only that
  // package and its dependents (docs/contributing.md); a protocol added under specs/ needs its own.
  const turbo = readJson<{ tasks: Record<string, { inputs?: string[]; dependsOn?: string[] }> }>(
    'turbo.json',
  );
  const scripts = readJson<{ scripts: Record<string, string> }>('package.json').scripts;
  const protos = fs
    .readdirSync(path.join(root, 'specs'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

  it.each(protos)('specs/%s has its generate task, and its package build waits for it', (proto) => {
    const task = `generate:${proto}-spec`;
    expect(scripts[task], `package.json script ${task}`).toBeDefined();
    expect(turbo.tasks[`//#${task}`]?.inputs).toContain(`specs/${proto}/**`);
    expect(turbo.tasks[`@otpnet/${proto}-spec#build`]?.dependsOn).toContain(`//#${task}`);
  });

  it('every generate task reads the generator and no other protocol’s specs', () => {
    for (const [name, t] of Object.entries(turbo.tasks).filter(([n]) => n.startsWith('//#generate:'))) {
      const proto = name.slice('//#generate:'.length, -'-spec'.length);
      expect(t.inputs, name).toContain('generator/src/**');
      expect(
        t.inputs?.filter((i) => i.startsWith('specs/')),
        name,
      ).toEqual([`specs/${proto}/**`]);
    }
  });
});

describe('package-lock.json', () => {
  // npm records every optional dependency, whatever the platform, and leaves one out only when it
  // could not resolve it; such a lockfile is rewritten by the next `npm install`. Every platform
  // binary of biome, turbo, esbuild and rollup must therefore be in it.
  type Lock = { packages: Record<string, { optionalDependencies?: Record<string, string> }> };
  const lock = readJson<Lock>('package-lock.json').packages;

  /** Where Node would find `dep` from the package at `key`: its own node_modules, then each parent's. */
  function resolves(key: string, dep: string): boolean {
    for (let base = key; ; ) {
      if (lock[`${base === '' ? '' : `${base}/`}node_modules/${dep}`]) return true;
      if (base === '') return false;
      const up = base.lastIndexOf('/node_modules/');
      base = up < 0 ? '' : base.slice(0, up);
    }
  }

  it('lists every optional dependency of every locked package', () => {
    const missing = Object.entries(lock).flatMap(([key, p]) =>
      Object.keys(p.optionalDependencies ?? {})
        .filter((dep) => !resolves(key, dep))
        .map((dep) => `${key || '(root)'} -> ${dep}`),
    );
    expect(missing, 'run `npm install` where the registry has every platform package').toEqual([]);
  });
});
