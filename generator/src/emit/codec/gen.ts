// What the codec emitters of one module share: the module's field-descriptor table (one per file,
// so that paths and spec lines are written once and line numbers change in one place), constants
// hoisted to the end of the file (context objects, label bytes), and the model.
import type { Model } from '../../model/model.js';
import type { Shape, StructModel } from '../../model/shape.js';
import type { EmitContext } from '../context.js';
import { prop, str } from './names.js';

/** The bounds a descriptor carries, as TypeScript expressions. */
export type Bounds = Partial<Record<'minLength' | 'maxLength' | 'unit' | 'min' | 'max', string>>;

export class ModuleGen {
  private readonly table = new Map<string, Map<string, { line: number; bounds: Bounds }>>();
  private readonly hoisted = new Map<string, string>();

  constructor(
    readonly ctx: EmitContext,
    readonly model: Model,
  ) {}

  /** Register a descriptor; returns the expression for it inside a function that has `f`. */
  descriptor(struct: string, field: string, line: number, bounds: Bounds = {}): string {
    let group = this.table.get(struct);
    if (!group) {
      group = new Map();
      this.table.set(struct, group);
    }
    const prev = group.get(field);
    group.set(field, { line, bounds: { ...prev?.bounds, ...bounds } });
    return field === '$' ? 'f.$' : `f.${prop(field)}`;
  }

  /** A module-level constant (emitted after every declaration, so it may use them); returns its name. */
  hoist(name: string, code: string): string {
    const prev = this.hoisted.get(name);
    if (prev !== undefined && prev !== code) throw new Error(`internal: two constants named ${name}`);
    this.hoisted.set(name, code);
    return name;
  }

  /** The descriptor table and the hoisted constants, as statements for the end of the file. */
  finish(): string[] {
    const out: string[] = [];
    if (this.table.size) {
      const fields = this.ctx.wire('fields');
      const groups = [...this.table].map(([struct, members]) => {
        const entries = [...members].map(([name, { line, bounds }]) => {
          const b = Object.entries(bounds);
          const value = b.length
            ? `{ line: ${line}, ${b.map(([k, v]) => `${k}: ${v}`).join(', ')} }`
            : String(line);
          return `${name === '$' ? "'$'" : prop(name)}: ${value},`;
        });
        return `${prop(struct)}: {\n${entries.join('\n')}\n},`;
      });
      out.push(
        `/** Where each field is in ${this.ctx.module.file.path} and the bounds its codecs enforce: errors name these. */\nconst F = ${fields}(${str(this.ctx.module.file.path)}, {\n${groups.join('\n')}\n});`,
      );
    }
    for (const [, code] of this.hoisted) out.push(code);
    return out;
  }
}

/** One struct's read or write function being written. */
export class StructGen {
  constructor(
    readonly mod: ModuleGen,
    readonly struct: StructModel,
  ) {
    // the struct's own descriptor first, so the table reads in spec order
    mod.descriptor(struct.name, '$', struct.decl.pos.line);
  }

  get ctx(): EmitContext {
    return this.mod.ctx;
  }

  get model(): Model {
    return this.mod.model;
  }

  /** The descriptor of a field of this struct (registering it), e.g. `f.cipher_suites`. */
  d(field: string, bounds: Bounds = {}): string {
    const f = this.struct.fields.find((x) => x.name === field);
    const line = f ? f.ast.pos.line : this.struct.decl.pos.line;
    return this.mod.descriptor(this.struct.name, field, line, bounds);
  }

  /** The struct's own descriptor. */
  get self(): string {
    return this.mod.descriptor(this.struct.name, '$', this.struct.decl.pos.line);
  }

  /** True when the struct takes a context parameter. */
  get hasContext(): boolean {
    return this.struct.params.length > 0;
  }
}

/** A shape with its named types looked through. */
export function base(shape: Shape): Shape {
  return shape.k === 'alias' ? base(shape.inner) : shape;
}
