// The one description of what a value looks like on the wire. The model (model.ts) builds a
// Shape for every field, named type and select arm from the parsed specs; the checker, the codec
// emitters and the generated property tests all read Shapes, so a new kind of layout is a new
// case here and one codec module in emit/codec/shapes/.
import type { AliasDecl, EnumDecl, Expr, Field, Select, StructDecl, Value } from '../ast.js';
import type { Primitive } from './primitives.js';
import type { Module } from './program.js';

export type IntPrimitive = Extract<Primitive, { kind: 'int' }>;
export type VariablePrimitive = Extract<Primitive, { kind: 'variable' }>;

/** One value. */
export type Shape =
  | { k: 'int'; prim: IntPrimitive }
  | { k: 'float64' }
  | { k: 'bool' }
  | { k: 'enum'; decl: EnumDecl; module: Module; bytes: 1 | 2 | 3 | 4 }
  /** SSH strings, text, mpints and name-lists, base-128 numbers, BER lengths. */
  | { k: 'variable'; prim: VariablePrimitive }
  | { k: 'struct'; decl: StructDecl; module: Module }
  /** A named type expanded in place (`Random random;` is `opaque random[32]`), typed by its name. */
  | { k: 'alias'; decl: AliasDecl; module: Module; inner: Shape }
  /** A named type with a size of its own, read and written by its own codec (list elements, case bodies). */
  | { k: 'named'; decl: AliasDecl; module: Module }
  /** Bytes: `opaque` (or `uint8`, `byte`) with a length. */
  | { k: 'bytes'; len: Len }
  /** Several values of one element shape. */
  | { k: 'list'; elem: Shape; len: Len }
  | { k: 'select'; sel: SelectModel }
  /** Bytes that hold exactly one value: `string<T>` (an SSH string) or `opaque<T> x<lo..hi>`. */
  | { k: 'framed'; inner: Shape; len: Extract<Len, { k: 'vector' }> };

/** How the number of items (bytes or elements) is found on the wire. */
export type Len =
  /** A fixed number of items: `[32]` is 32 bytes, so 32 / element size elements. */
  | { k: 'fixed'; count: number }
  /** A byte-length prefix with RFC bounds: `<lo..hi>`; `unit` is the fixed element size (or 1). */
  | { k: 'vector'; lo: bigint; hi: bigint; width: 1 | 2 | 3 | 4; unit: number }
  /** An element-count prefix: `[count: uint32]`. */
  | { k: 'prefix'; count: IntPrimitive }
  /** An element count from earlier fields: `[len]` (`bare` names that field), `[n - 1]`. */
  | { k: 'count'; expr: Expr; bare: string | undefined }
  /** Up to the end of the body, less the `tail` bytes that the fixed-size fields after it take. */
  | { k: 'rest'; tail: number }
  /** Up to a sentinel value of `width` bytes, which is consumed and is not an element. */
  | { k: 'until'; sentinel: number; width: 1 | 2 | 4 }
  /** The run of `fill` bytes that ends the body (the zero padding of a TLS 1.3 inner plaintext). */
  | { k: 'trailing'; fill: number };

// ---------------------------------------------------------------- selects

/** Where a select's tag comes from. */
export type TagSource =
  | { k: 'field'; name: string; shape: Shape }
  | { k: 'param'; name: string; shape: Shape }
  /** `select prefix`: the text that follows, matched against the string labels. */
  | { k: 'prefix' };

/** How one case label matches the tag. */
export type Match =
  | { k: 'enum'; decl: EnumDecl; module: Module; member: string; value: bigint }
  | { k: 'enumRange'; decl: EnumDecl; module: Module; member: string; lo: bigint; hi: bigint }
  | { k: 'number'; value: bigint }
  | { k: 'range'; lo: bigint; hi: bigint }
  | { k: 'string'; value: string }
  | { k: 'bool'; value: boolean };

/** One arm of a select for one label: a multi-label case is one arm per label. */
export interface Arm {
  /** The TypeScript value of the union's `case` property: a member name, number, text or boolean. */
  caseValue: string | number | boolean;
  match: Match;
  /** The arm's value. `opaque` arms are bytes to the end of the select's body. */
  shape: Shape;
  /**
   * Of arms with the same label, this one when a field of its struct, at a fixed offset, holds a
   * constant (the HelloRetryRequest random inside server_hello).
   */
  guard: Guard | undefined;
  pos: Field['pos'];
}

export interface Guard {
  field: string;
  /** Offset of that field from the start of the arm's encoding. */
  offset: number;
  /** The bytes it must hold. */
  bytes: Uint8Array;
  /** The constant's name, for generated code and messages. */
  name: string;
  constModule: Module | undefined;
}

export interface SelectModel {
  ast: Select;
  tag: TagSource;
  arms: Arm[];
  /** The `default:` arm; its `case` is undefined. */
  fallback: Shape | undefined;
  /** `select (…) { … } body<lo..hi>`: the select's own length prefix. */
  framing: Extract<Len, { k: 'vector' }> | undefined;
}

// ---------------------------------------------------------------- structs

/** A field as the codecs see it. */
export interface FieldModel {
  ast: Field;
  name: string;
  index: number;
  shape: Shape;
  /** Integer bounds from `(lo..hi)` on the field or its named type. */
  range: { lo: bigint | undefined; hi: bigint | undefined } | undefined;
  /** Little-endian always (`when` undefined) or when the condition holds. */
  little: { when: Expr | undefined } | undefined;
  condition: Expr | undefined;
  bits: BitField | undefined;
  /** Set when the encoder computes the field instead of taking it from the value. */
  derived: Derived | undefined;
  /** The select fields that use this field as their tag. */
  tagOf: FieldModel[];
  defaultValue: Value | undefined;
  constant: boolean;
  optional: boolean;
  mark: boolean;
}

export type Derived =
  /** The element (or byte) count of the later field `of`, which names it alone: `opaque data[len]`. */
  | { k: 'count'; of: FieldModel }
  /** The byte length of fields `from`..`to` (indices); `self` when the range includes this field. */
  | { k: 'sizeof'; from: number; to: number; self: boolean };

/** A bit field: `width` bits at `shift` (from the least significant end) of the group's integer. */
export interface BitField {
  /** Index of the group's first field, which reads and writes the whole integer. */
  first: number;
  unit: IntPrimitive;
  shift: number;
  width: number;
  /** Indices of every field in the group, first to last. */
  members: number[];
}

export interface StructModel {
  decl: StructDecl;
  module: Module;
  name: string;
  /** Context parameters, pruned for inline arms to those the arm uses. */
  params: StructDecl['params'];
  fields: FieldModel[];
  /** True when the struct can contain itself (the decoder then counts nesting depth). */
  recursive: boolean;
}

/** A named type: its own shape and bounds. */
export interface AliasModel {
  decl: AliasDecl;
  module: Module;
  shape: Shape;
  range: { lo: bigint | undefined; hi: bigint | undefined } | undefined;
}
