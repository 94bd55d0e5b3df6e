// What every kind of Shape knows how to emit: its TypeScript type, how to read and write one value,
// the bounds its descriptor carries, and a fast-check arbitrary of valid values for the generated
// property tests. One module per kind of shape; `codecOf` picks it.
import type { FieldModel, Shape, StructModel } from '../../../model/shape.js';
import type { Bounds, ModuleGen, StructGen } from '../gen.js';

/** The decoded value (every field present) or an encoder's input (defaults and derived fields optional). */
export type Mode = 'decoded' | 'input';

/** How a field modifies reading or writing its value. */
export interface Options {
  /** A base for the local names the codec needs (marks, ends, counts). */
  local: string;
  /** A TypeScript condition that is true when an integer is little-endian. */
  little?: string;
  /** The context argument to pass to a struct's codec (`ctx`, a hoisted constant, or `undefined`). */
  ctxArg: string;
  /**
   * For `[expr]` lengths: the count as TypeScript over the function's locals; undefined when
   * writing and the count is known only afterwards (it measures later fields).
   */
  count?: string;
  /** The field being emitted (a select passes it to its arms' context). */
  field?: FieldModel;
  /** The name of a select's union type. */
  union?: string;
}

export interface ShapeCodec<S extends Shape = Shape> {
  type(g: ModuleGen, s: S, mode: Mode): string;
  /** An expression reading one value, where one expression can. */
  expr?(g: StructGen, s: S, d: string, o: Options): string;
  /** Statements that read one value into a new constant `name`. */
  read(g: StructGen, s: S, name: string, d: string, o: Options): string[];
  /** Statements that write the value `v` (an expression naming the input value). */
  write(g: StructGen, s: S, v: string, d: string, o: Options): string[];
  /** The bounds the field's descriptor carries. */
  bounds?(g: ModuleGen, s: S): Bounds;
  /** A fast-check arbitrary of valid values. */
  arbitrary(t: ArbitraryGen, s: S): string;
  /** Arbitraries of values outside the bounds (the bounds tests encode and decode them). */
  violations?(t: ArbitraryGen, s: S): string[];
}

/** What arbitraries need from the test emitter. */
export interface ArbitraryGen {
  readonly model: ModuleGen['model'];
  /** The arbitrary of a struct value: `A.Name(depth - 1, ctx)`. */
  struct(target: StructModel, ctxExpr: string): string;
  /** The arbitrary of a named type's value. */
  named(name: string): string;
  /** The context expression inside an arbitrary (`ctx`). */
  readonly ctx: string;
  /** An expression that is true when recursion must stop. */
  readonly deep: string;
}
