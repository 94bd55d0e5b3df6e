// The built-in wire types: RFC 8446 section 3 numbers and opaque, RFC 4251 section 5 SSH types,
// and the term format's signed integers and floats.

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
  | 'name-list';

export interface Primitive {
  name: PrimitiveName;
  /** Encoded size in bytes, or undefined when it varies. */
  size: number | undefined;
  /** The TypeScript type of one value. */
  ts: string;
  /** The Reader/Writer method that handles one value. */
  method: string;
  /** Integer range, for tags, counts and checks. */
  integer?: { min: bigint; max: bigint };
}

const table: Primitive[] = [
  { name: 'uint8', size: 1, ts: 'number', method: 'u8', integer: { min: 0n, max: 0xffn } },
  { name: 'byte', size: 1, ts: 'number', method: 'u8', integer: { min: 0n, max: 0xffn } },
  { name: 'uint16', size: 2, ts: 'number', method: 'u16', integer: { min: 0n, max: 0xffffn } },
  { name: 'uint24', size: 3, ts: 'number', method: 'u24', integer: { min: 0n, max: 0xffffffn } },
  { name: 'uint32', size: 4, ts: 'number', method: 'u32', integer: { min: 0n, max: 0xffffffffn } },
  { name: 'uint64', size: 8, ts: 'bigint', method: 'u64', integer: { min: 0n, max: 2n ** 64n - 1n } },
  { name: 'int8', size: 1, ts: 'number', method: 'i8', integer: { min: -128n, max: 127n } },
  { name: 'int16', size: 2, ts: 'number', method: 'i16', integer: { min: -32768n, max: 32767n } },
  {
    name: 'int32',
    size: 4,
    ts: 'number',
    method: 'i32',
    integer: { min: -(2n ** 31n), max: 2n ** 31n - 1n },
  },
  { name: 'float64', size: 8, ts: 'number', method: 'f64' },
  { name: 'opaque', size: 1, ts: 'Uint8Array', method: 'u8' },
  { name: 'boolean', size: 1, ts: 'boolean', method: 'bool' },
  { name: 'string', size: undefined, ts: 'Uint8Array', method: 'sshString' },
  { name: 'utf8', size: undefined, ts: 'string', method: 'sshUtf8' },
  { name: 'mpint', size: undefined, ts: 'bigint', method: 'mpint' },
  { name: 'name-list', size: undefined, ts: 'string[]', method: 'nameList' },
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
