// What every emitter works with: the checked program, the ts-morph source file being written for
// one spec module, its imports, the generated test blocks and any extra files (docs).
import type { SourceFile } from 'ts-morph';
import type { Decl } from '../ast.js';
import type { Model } from '../model/model.js';
import type { Module, Program } from '../model/program.js';
import { StatementSink } from './sink.js';

export class EmitContext {
  /** import specifier -> names (a name ending in ' as type' is a type-only import) */
  private readonly imports = new Map<string, Map<string, boolean>>();
  private readonly testImports = new Set<string>();
  /** Test blocks (vitest `describe(…)` code) for packages/<proto>-spec/test/<module>.gen.test.ts. */
  readonly tests: string[] = [];

  /** Where emitters add declarations; written into the source file by flushImports(). */
  readonly file = new StatementSink();

  constructor(
    readonly program: Program,
    readonly model: Model,
    readonly module: Module,
    /** The source file the module is generated into. */
    readonly target: SourceFile,
    /** Repo-relative path -> contents, for generated files outside the package (docs/machines/). */
    readonly extraFiles: Map<string, string>,
  ) {}

  /** Import `name` from a package or sibling module and return the identifier to use. */
  use(specifier: string, name: string, typeOnly = false): string {
    let names = this.imports.get(specifier);
    if (!names) {
      names = new Map();
      this.imports.set(specifier, names);
    }
    const prev = names.get(name);
    names.set(name, prev === undefined ? typeOnly : prev && typeOnly);
    return name;
  }

  /** A name from the wire runtime. */
  wire(name: string, typeOnly = false): string {
    return this.use('@otpnet/wire', name, typeOnly);
  }

  /**
   * The identifier for `name` (a declaration visible from this module, or something generated from
   * it such as `decodeX`) as seen from the module being emitted, importing it when it lives elsewhere.
   */
  ref(decl: Decl, name: string = decl.name, typeOnly = false): string {
    const home = this.program.moduleOf(decl);
    if (home === this.module) return name;
    const spec = home.proto === this.module.proto ? `./${home.name}.js` : home.pkg;
    return this.use(spec, name, typeOnly);
  }

  /** Extra imports for the generated test file, as full import statements. */
  testImport(statement: string): void {
    this.testImports.add(statement);
  }

  /** Write the collected declarations and their imports into the source file. */
  flushImports(): void {
    this.file.flushInto(this.target);
    const specs = [...this.imports.keys()].sort((a, b) => {
      const ra = a.startsWith('.') ? 1 : 0;
      const rb = b.startsWith('.') ? 1 : 0;
      return ra - rb || a.localeCompare(b);
    });
    let index = 0;
    for (const spec of specs) {
      const names = [...this.imports.get(spec)!.entries()].sort(([a], [b]) => a.localeCompare(b));
      const allTypes = names.every(([, t]) => t);
      this.target.insertImportDeclaration(index++, {
        moduleSpecifier: spec,
        isTypeOnly: allTypes,
        namedImports: names.map(([n, t]) => ({ name: n, isTypeOnly: !allTypes && t })),
      });
    }
  }

  testImportStatements(): string[] {
    return [...this.testImports].sort();
  }
}

/** A TypeScript identifier made from a spec name: `name-list` -> `name_list`. */
export function tsIdent(name: string): string {
  return name.replace(/[^A-Za-z0-9_$]/g, '_');
}

/** spec_name -> specName */
export function camelCase(name: string): string {
  return name.replace(/[_-]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The JSDoc text for a declaration: its doc comment and an @see line per @rfc annotation. */
export function docText(
  decl: { doc: string | undefined; annotations: { name: string; args: string }[] },
  extra?: string,
): string | undefined {
  const lines: string[] = [];
  if (decl.doc) lines.push(decl.doc);
  if (extra) lines.push(extra);
  for (const a of decl.annotations) {
    if (a.name === 'rfc') {
      const [num, ...sec] = a.args.split(/\s+/);
      lines.push(`@see RFC ${num}${sec.length ? ` §${sec.join(' ')}` : ''}`);
    } else if (a.name === 'ref') lines.push(`@see ${a.args}`);
  }
  return lines.length ? lines.join('\n') : undefined;
}
