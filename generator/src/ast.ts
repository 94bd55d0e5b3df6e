// The shape of a spec file as parsed. The parser builds it and nothing changes it afterwards: the
// model (model/) derives what follows from it, the checker reports problems, and the emitters read
// both. Every node keeps its source position so that errors and generated code can point back to
// the spec line.

export interface Pos {
  file: string; // relative to the repo root, e.g. specs/tls/handshake.spec
  line: number;
  col: number;
}

/** `/*@name args*\/` — extra meaning that keeps a spec valid RFC presentation language. */
export interface Annotation {
  name: string;
  args: string; // the raw text after the name, trimmed
  pos: Pos;
}

interface DeclBase {
  name: string;
  pos: Pos;
  doc: string | undefined; // the comment block right before the declaration
  annotations: Annotation[];
}

export interface SpecFile {
  path: string; // relative to the repo root
  imports: Import[];
  decls: Decl[];
}

export interface Import {
  path: string; // as written, relative to the importing file
  pos: Pos;
}

export type Decl =
  | EnumDecl
  | StructDecl
  | AliasDecl
  | ConstDecl
  | TableDecl
  | TypeAliasDecl
  | OptionsDecl
  | MachineDecl
  | DispatchDecl;

// ---------------------------------------------------------------- expressions

/**
 * An expression over numbers, named constants and earlier fields: array lengths
 * (`payload[packet_length - padding_length - 1]`), conditions (`if (tag_number == 31)`), byte
 * order (`little when (little_endian == 1)`). Constant expressions (bounds, enum values) fold to
 * numbers when parsed.
 */
export type Expr =
  | { kind: 'num'; value: bigint; pos: Pos }
  /** A field, context parameter or constant; `Handshake.msg_type` keeps only `msg_type`. */
  | { kind: 'ref'; name: string; pos: Pos }
  | { kind: 'unary'; op: '-' | '!' | '~'; arg: Expr; pos: Pos }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; pos: Pos };

export type BinaryOp =
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '^'
  | '<<'
  | '>>'
  | '&'
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '&&'
  | '||';

// ---------------------------------------------------------------- enum

export interface EnumDecl extends DeclBase {
  kind: 'enum';
  members: EnumMember[];
  max: bigint; // the `(max)` entry: fixes the wire width
  maxPos: Pos;
  closed: boolean; // /*@closed*/: unknown values are a decode error
}

export interface EnumMember {
  name: string;
  value: bigint;
  /** Set for a member that names a range of values (`deprecated(1..2)`): the last value. */
  last: bigint | undefined;
  pos: Pos;
  doc: string | undefined;
}

// ---------------------------------------------------------------- constants

/** `const opaque HelloRetryRequestRandom[32] = 0xCF21…;`: a named value for selects and defaults. */
export interface ConstDecl extends DeclBase {
  kind: 'const';
  type: TypeRef;
  shape: Shape;
  value: Value;
}

// ---------------------------------------------------------------- struct / message

export interface StructDecl extends DeclBase {
  kind: 'struct';
  /** Set for `message Name = N { … }`: the number written as one byte before the fields. */
  messageNumber: number | undefined;
  params: Param[]; // from /*@param Type name*/
  fields: Field[];
  /** Set on the structs made from a select's inline arms (`case client_hello: T x; …`). */
  armOf?: string;
}

export interface Param {
  type: TypeRef;
  name: string;
  pos: Pos;
}

/** A reference to a type by name: a primitive, an enum, a struct or a named type. */
export interface TypeRef {
  kind: 'type';
  name: string; // 'uint16', 'opaque', 'name-list', 'ClientHello', …
  pos: Pos;
  /** `string<TerminalModes>`, `opaque<T> x<lo..hi>`: bytes that hold exactly one value of this type. */
  holds?: TypeRef;
}

/**
 * `opaque Random[32];`, `uint16 ProtocolVersion;`, `uint16 RecordSizeLimit(64..);`: a name for a
 * type with a shape and bounds, as RFC 8446 section 3 declares them.
 */
export interface AliasDecl extends DeclBase {
  kind: 'alias';
  type: TypeRef;
  shape: Shape;
  range: ValueRange | undefined;
}

/** How many items a field holds and how that count is found on the wire. */
export type Shape =
  | { kind: 'one' }
  | { kind: 'fixed'; bytes: bigint; pos: Pos } // T x[32], byte[16] x: a size in bytes
  | { kind: 'vector'; lo: bigint; hi: bigint; pos: Pos } // T x<lo..hi>: a byte-length prefix
  | { kind: 'counted'; countType: TypeRef; pos: Pos } // T x[count: uint32]: an element-count prefix
  | { kind: 'count'; expr: Expr; pos: Pos } // T x[len], x[n - 1]: an element count from earlier fields
  | { kind: 'rest'; pos: Pos } // T x[..]: up to the end (less what fixed-size fields after it take)
  | { kind: 'until'; sentinel: Value; pos: Pos } // T x[until TTY_OP_END]: ended by a sentinel value
  | { kind: 'trailing'; fill: bigint; pos: Pos }; // uint8 zeros[trailing 0]: a run at the end

/** `(lo..hi)` after a field name: the values an integer may take; either end may be open. */
export interface ValueRange {
  lo: bigint | undefined;
  hi: bigint | undefined;
  pos: Pos;
}

export interface Field {
  name: string;
  pos: Pos;
  doc: string | undefined;
  annotations: Annotation[];
  /** The element type, or a select. */
  type: TypeRef | Select;
  shape: Shape;
  range: ValueRange | undefined;
  /** `uint32 last_fragment : 1;`: a bit field, packed with its neighbours into one integer. */
  bits: { width: bigint; pos: Pos } | undefined;
  /** `little` (always) or `little when (cond)`: little-endian instead of network order. */
  little: { when: Expr | undefined; pos: Pos } | undefined;
  /** `= value`: written when the encoder is not given the field. */
  defaultValue: Value | undefined;
  /** `= sizeof(a..b)`: the byte length of fields a through b, which the encoder computes. */
  sizeOf: { from: string; to: string; pos: Pos } | undefined;
  /** `if (cond)`: present only when the condition over earlier fields holds. */
  condition: Expr | undefined;
  /** /*@optional*\/: absent when the input ends before it (trailing fields only). */
  optional: boolean;
  /** /*@const*\/: the decoder rejects any value but the default. */
  constant: boolean;
  /** /*@mark*\/: readers and writers record where the field starts. */
  mark: boolean;
  /** From /*@with name = member*\/: context bound for this field's decoding. */
  withContext: { name: string; value: Value; pos: Pos }[];
}

export interface Select {
  kind: 'select';
  /**
   * The tag: an earlier field or a context parameter (`Handshake.msg_type` -> `msg_type`), or
   * undefined for `select prefix`, which matches the text that follows against string labels.
   */
  tag: string | undefined;
  tagPos: Pos;
  cases: SelectCase[];
  defaultCase: TypeRef | undefined;
  /** An inline default arm, made a struct by the parser. */
  defaultInline?: { fields: Field[]; annotations: Annotation[]; pos: Pos };
  pos: Pos;
}

/** A case label: a value, or a range of values (`case 1..2:`). */
export type Label = Value | { kind: 'range'; lo: bigint; hi: bigint; pos: Pos };

export interface SelectCase {
  labels: Label[];
  /** `when field == value`: of the arms with the same label, this one when a field of it has the value. */
  guard: { field: string; value: Value; pos: Pos } | undefined;
  type: TypeRef;
  pos: Pos;
  /** The fields of an inline arm, as RFC 8446 writes them; the parser makes them a struct of their own. */
  inline?: Field[];
  /** Annotations before `case` (`/*@name PtyReq*\/` names an inline arm, `/*@rfc …*\/` documents it). */
  annotations: Annotation[];
}

// ---------------------------------------------------------------- values

export type Value =
  | { kind: 'ident'; name: string; pos: Pos }
  | { kind: 'number'; value: bigint; pos: Pos; hexDigits?: number }
  | { kind: 'string'; value: string; pos: Pos }
  | { kind: 'bool'; value: boolean; pos: Pos }
  | { kind: 'list'; items: Value[]; pos: Pos }
  | { kind: 'tuple'; items: Value[]; pos: Pos }
  | { kind: 'absent'; pos: Pos }; // `-` in a table row

// ---------------------------------------------------------------- table

export interface TableDecl extends DeclBase {
  kind: 'table';
  columns: Column[];
  rows: TableRow[];
}

export interface Column {
  name: string;
  type: ColumnType;
  key: boolean;
  optional: boolean;
  pos: Pos;
}

export type ColumnType =
  | { kind: 'scalar'; name: string; pos: Pos } // ident, string, int, uint8..uint32, bool, or an enum name
  | { kind: 'list'; of: ColumnType; pos: Pos };

export interface TableRow {
  values: Value[];
  pos: Pos;
}

// ---------------------------------------------------------------- options

/** `type Name = T;` — a named option type. */
export interface TypeAliasDecl extends DeclBase {
  kind: 'type';
  type: OptionType;
}

export type OptionType =
  | { kind: 'bool'; pos: Pos }
  | { kind: 'int'; lo: bigint | undefined; hi: bigint | undefined; pos: Pos }
  | { kind: 'builtin'; name: 'string' | 'binary' | 'der' | 'ip' | 'fun' | 'any'; pos: Pos }
  | { kind: 'atom'; value: string; pos: Pos }
  | { kind: 'number'; value: bigint; pos: Pos }
  | { kind: 'tuple'; items: OptionType[]; pos: Pos }
  | { kind: 'list'; of: OptionType; pos: Pos }
  | { kind: 'union'; of: OptionType[]; pos: Pos }
  | { kind: 'ref'; name: string; pos: Pos };

export type Role = 'common' | 'client' | 'server';

export interface OptionsDecl extends DeclBase {
  kind: 'options';
  options: OptionDef[];
  constraints: Constraint[];
}

export interface OptionDef {
  name: string;
  role: Role;
  type: OptionType;
  defaultValue: Value | undefined;
  docLine: string | undefined;
  deprecated: string | undefined; // /*@deprecated "why"*/
  annotations: Annotation[];
  pos: Pos;
}

export type Constraint =
  | { kind: 'exclusive'; names: string[]; pos: Pos }
  | { kind: 'requires'; name: string; condition: Condition; pos: Pos };

export type Condition =
  | { kind: 'present'; name: string; pos: Pos }
  | { kind: 'compare'; name: string; op: '==' | '!='; value: Value; pos: Pos };

// ---------------------------------------------------------------- machine

export interface MachineDecl extends DeclBase {
  kind: 'machine';
  /** `machine m : Handshake`: a struct with a select, a dispatch or an enum that names the messages. */
  source: TypeRef | undefined;
  /** `messages { identification: opaque }`: messages besides the source's, with their types. */
  extraMessages: { name: string; type: TypeRef | undefined; pos: Pos }[];
  initial: { name: string; pos: Pos } | undefined;
  finals: { name: string; pos: Pos }[];
  rows: MachineRow[];
}

export interface MachineRow {
  state: string;
  direction: 'send' | 'recv';
  message: string;
  next: string[];
  handler: string;
  pos: Pos;
  messagePos: Pos;
}

// ---------------------------------------------------------------- dispatch

/**
 * `dispatch SshMessage { … }`: the message declarations that a message's number byte selects. A
 * number may name several messages, each `when` a context parameter has a value.
 */
export interface DispatchDecl extends DeclBase {
  kind: 'dispatch';
  params: Param[];
  entries: DispatchEntry[];
}

export interface DispatchEntry {
  message: string;
  pos: Pos;
  when: { param: string; value: Value; pos: Pos } | undefined;
}
