// The checked shape of a spec file. The parser builds it, the checker validates it in place
// (resolving names), and the emitters read it. Every node keeps its source position so that
// errors and generated code can point back to the spec line.

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

export type Decl = EnumDecl | StructDecl | AliasDecl | TableDecl | TypeAliasDecl | OptionsDecl | MachineDecl;

// ---------------------------------------------------------------- enum

export interface EnumDecl extends DeclBase {
  kind: 'enum';
  members: EnumMember[];
  max: bigint; // the `(max)` entry: fixes the wire width
  maxPos: Pos;
  width: 1 | 2 | 3 | 4; // bytes, derived from max
  closed: boolean; // /*@closed*/: unknown values are a decode error
}

export interface EnumMember {
  name: string;
  value: bigint;
  pos: Pos;
  doc: string | undefined;
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

/** A reference to a type by name: a primitive, an enum or a struct. */
export interface TypeRef {
  kind: 'type';
  name: string; // 'uint16', 'opaque', 'name-list', 'ClientHello', …
  pos: Pos;
}

/**
 * `opaque Random[32];`, `uint16 ProtocolVersion;`: a name for a type with a shape, as RFC 8446
 * section 3 declares them. A field of an alias type takes the alias's type and shape.
 */
export interface AliasDecl extends DeclBase {
  kind: 'alias';
  type: TypeRef;
  shape: Shape;
}

/** How many items a field holds and how that count is found on the wire. */
export type Shape =
  | { kind: 'one' }
  | { kind: 'fixed'; bytes: bigint; pos: Pos } // T x[32], byte[16] x
  | { kind: 'vector'; lo: bigint; hi: bigint; pos: Pos } // T x<lo..hi>
  | { kind: 'counted'; countType: TypeRef; pos: Pos } // T x[count: uint32]
  | { kind: 'fieldCount'; field: string; pos: Pos } // T x[len]
  | { kind: 'rest'; pos: Pos }; // T x[..]

export interface Field {
  name: string;
  pos: Pos;
  doc: string | undefined;
  annotations: Annotation[];
  /** The element type, or a select. */
  type: TypeRef | Select;
  shape: Shape;
  /** `= value`: written when the encoder is not given the field. */
  defaultValue: Value | undefined;
  /** /*@optional*\/: absent when the input ends before it (trailing fields only). */
  optional: boolean;
  /** /*@const*\/: the decoder rejects any value but the default. */
  constant: boolean;
  /** From /*@with name = member*\/: context bound for this field's decoding. */
  withContext: { name: string; value: Value; pos: Pos }[];
}

export interface Select {
  kind: 'select';
  /** The tag: an earlier field or a context parameter (`Handshake.msg_type` -> `msg_type`). */
  tag: string;
  tagPos: Pos;
  cases: SelectCase[];
  defaultCase: TypeRef | undefined;
  /** `default: T x; …` or `default: struct {};`: an inline default arm, made a struct by the parser. */
  defaultInline?: { fields: Field[]; annotations: Annotation[]; pos: Pos };
  pos: Pos;
}

export interface SelectCase {
  labels: Value[]; // enum member names (as idents), numbers or strings
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
  | { kind: 'number'; value: bigint; pos: Pos }
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
  messageEnum: TypeRef | undefined; // `machine m : HandshakeType`
  extraMessages: { name: string; pos: Pos }[];
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
