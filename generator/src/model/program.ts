// All spec files of the repository, their modules and name scopes. The model (model.ts) derives
// the shapes of types from a Program; the checker and the emitters read both. Nothing here
// changes the parsed files.
import path from 'node:path';
import type { AliasDecl, ConstDecl, Decl, EnumDecl, Pos, SpecFile, StructDecl, TypeRef } from '../ast.js';
import { PRIMITIVES, type Primitive } from './primitives.js';

/** One spec file and the TypeScript module generated from it. */
export interface Module {
  file: SpecFile;
  /** `tls` for specs/tls/handshake.spec */
  proto: string;
  /** `@otpnet/tls-spec` */
  pkg: string;
  /** `handshake`: the module file name without extension */
  name: string;
}

export type Resolved =
  | { kind: 'prim'; prim: Primitive }
  | { kind: 'enum'; decl: EnumDecl; module: Module }
  | { kind: 'struct'; decl: StructDecl; module: Module }
  /** A named type (`opaque HostName<1..2^16-1>;`, `uint16 ProtocolVersion;`). */
  | { kind: 'alias'; decl: AliasDecl; module: Module }
  | { kind: 'const'; decl: ConstDecl; module: Module };

export interface Found {
  decl: Decl;
  module: Module;
}

export class Program {
  readonly modules: Module[] = [];
  private readonly declModule = new Map<Decl, Module>();
  private readonly scopes = new Map<Module, Map<string, Found>>();

  constructor(files: SpecFile[]) {
    for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
      const parts = file.path.split('/');
      const proto = parts.length >= 3 ? parts[parts.length - 2]! : 'spec';
      const name = path.basename(file.path, '.spec');
      const module: Module = { file, proto, pkg: `@otpnet/${proto}-spec`, name };
      this.modules.push(module);
      for (const d of file.decls) this.declModule.set(d, module);
    }
  }

  moduleOf(decl: Decl): Module {
    const m = this.declModule.get(decl);
    if (!m) throw new Error(`internal: ${decl.name} belongs to no module`);
    return m;
  }

  moduleByPath(p: string): Module | undefined {
    return this.modules.find((m) => m.file.path === p);
  }

  /** The module an import names, relative to the importing file. */
  importTarget(from: Module, importPath: string): Module | undefined {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(from.file.path), importPath));
    return this.moduleByPath(target);
  }

  /** Names visible in a module: its own declarations, then those of the files it imports. */
  scope(module: Module): Map<string, Found> {
    let s = this.scopes.get(module);
    if (s) return s;
    s = new Map();
    for (const imp of module.file.imports) {
      const target = this.importTarget(module, imp.path);
      if (!target) continue;
      for (const d of target.file.decls) if (!s.has(d.name)) s.set(d.name, { decl: d, module: target });
    }
    for (const d of module.file.decls) s.set(d.name, { decl: d, module });
    this.scopes.set(module, s);
    return s;
  }

  lookup(module: Module, name: string): Found | undefined {
    return this.scope(module).get(name);
  }

  /** What a type name means in `module`: a primitive or a declaration (aliases are not followed). */
  resolve(module: Module, ref: TypeRef | string): Resolved | undefined {
    const name = typeof ref === 'string' ? ref : ref.name;
    const prim = PRIMITIVES.get(name);
    if (prim) return { kind: 'prim', prim };
    const found = this.lookup(module, name);
    if (!found) return undefined;
    const d = found.decl;
    if (d.kind === 'enum') return { kind: 'enum', decl: d, module: found.module };
    if (d.kind === 'struct') return { kind: 'struct', decl: d, module: found.module };
    if (d.kind === 'alias') return { kind: 'alias', decl: d, module: found.module };
    if (d.kind === 'const') return { kind: 'const', decl: d, module: found.module };
    return undefined;
  }

  /** Like resolve, for code that runs after the checker has accepted the program. */
  mustResolve(module: Module, ref: TypeRef | string): Resolved {
    const r = this.resolve(module, ref);
    if (!r) throw new Error(`internal: unresolved ${typeof ref === 'string' ? ref : ref.name}`);
    return r;
  }

  *decls(): Generator<{ decl: Decl; module: Module }> {
    for (const module of this.modules) for (const decl of module.file.decls) yield { decl, module };
  }
}

export function posText(p: Pos): string {
  return `${p.file}:${p.line}`;
}
