// The built-in wire types: RFC 8446 section 3 numbers and opaque, RFC 4251 section 5 SSH types,
// the term format's signed integers and floats, and the X.690 base-128 number and BER length.

export type PrimitiveName =
  | 'uint8'
  | 'byte'
  | 'uint16'
  | 'uint24'
  | 'uint32'
  | 'uint64'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'float64'
  | 'opaque'
  | 'boolean'
  | 'string'
  | 'utf8'
  | 'mpint'
  | 'name-list'
  | 'base128'
  | 'ber_length';

/** Values whose size depends on the value: each is one Reader and one Writer method. */
export type VariableKind = 'sshString' | 'sshUtf8' | 'mpint' | 'nameList' | 'base128' | 'berLength';

export type Primitive =
  | {
      kind: 'int';
      name: PrimitiveName;
      bytes: 1 | 2 | 3 | 4 | 8;
      signed: boolean;
      /** The Reader/Writer method; little-endian ones add `le`. */
      method: string;
      min: bigint;
      max: bigint;
    }
  | { kind: 'float64'; name: 'float64' }
  | { kind: 'bool'; name: 'boolean' }
  | { kind: 'opaque'; name: 'opaque' }
  | { kind: 'variable'; name: PrimitiveName; method: VariableKind; ts: string; minSize: number };

const int = (name: PrimitiveName, bytes: 1 | 2 | 3 | 4 | 8, signed: boolean, method: string): Primitive => {
  const bits = BigInt(bytes * 8);
  return {
    kind: 'int',
    name,
    bytes,
    signed,
    method,
    min: signed ? -(1n << (bits - 1n)) : 0n,
    max: signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n,
  };
};

const table: Primitive[] = [
  int('uint8', 1, false, 'u8'),
  int('byte', 1, false, 'u8'),
  int('uint16', 2, false, 'u16'),
  int('uint24', 3, false, 'u24'),
  int('uint32', 4, false, 'u32'),
  int('uint64', 8, false, 'u64'),
  int('int8', 1, true, 'i8'),
  int('int16', 2, true, 'i16'),
  int('int32', 4, true, 'i32'),
  { kind: 'float64', name: 'float64' },
  { kind: 'opaque', name: 'opaque' },
  { kind: 'bool', name: 'boolean' },
  { kind: 'variable', name: 'string', method: 'sshString', ts: 'Uint8Array', minSize: 4 },
  { kind: 'variable', name: 'utf8', method: 'sshUtf8', ts: 'string', minSize: 4 },
  { kind: 'variable', name: 'mpint', method: 'mpint', ts: 'bigint', minSize: 4 },
  { kind: 'variable', name: 'name-list', method: 'nameList', ts: 'string[]', minSize: 4 },
  { kind: 'variable', name: 'base128', method: 'base128', ts: 'number', minSize: 1 },
  { kind: 'variable', name: 'ber_length', method: 'berLength', ts: 'number', minSize: 1 },
];

export const PRIMITIVES: ReadonlyMap<string, Primitive> = new Map(table.map((p) => [p.name, p]));

/** The wire width in bytes of a length prefix that must hold `hi` (RFC 8446 section 3.4). */
export function prefixWidth(hi: bigint): 1 | 2 | 3 | 4 | undefined {
  if (hi <= 0xffn) return 1;
  if (hi <= 0xffffn) return 2;
  if (hi <= 0xffffffn) return 3;
  if (hi <= 0xffffffffn) return 4;
  return undefined;
}
