// Prints decoded values as an indented tree: enums by name where the caller says which fields
// hold which enum, bytes as (shortened) hex, variants as `case: value`.

export type Namer = (value: number) => string;

export interface FormatOptions {
  /** field name -> how to name its numbers (for single values and arrays) */
  names?: Record<string, Namer>;
  /** Longest hex shown for one byte string before it is shortened. */
  maxBytes?: number;
}

export function hex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

function bytes(b: Uint8Array, max: number): string {
  const printable = b.length > 0 && b.every((x) => x >= 0x20 && x < 0x7f);
  const h = b.length > max ? `${hex(b.subarray(0, max))}…` : hex(b);
  return `${b.length} bytes ${h}${printable ? ` "${new TextDecoder().decode(b)}"` : ''}`;
}

export function format(value: unknown, opts: FormatOptions = {}, indent = '', key = ''): string {
  const max = opts.maxBytes ?? 16;
  const namer = opts.names?.[key];
  if (value instanceof Uint8Array) return bytes(value, max);
  if (typeof value === 'number') return namer ? `${namer(value)} (0x${value.toString(16)})` : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean' || value === undefined || value === null) return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => typeof v === 'number' || typeof v === 'string'))
      return `[${value.map((v) => format(v, opts, inner, key)).join(', ')}]`;
    return `\n${value.map((v) => `${inner}- ${format(v, opts, `${inner}  `, key).trimStart()}`).join('\n')}`;
  }
  const obj = value as Record<string, unknown>;
  if ('case' in obj && 'value' in obj && Object.keys(obj).length === 2) {
    return `${obj['case'] === undefined ? 'unknown' : String(obj['case'])}: ${format(obj['value'], opts, indent, key)}`;
  }
  const entries = Object.entries(obj);
  if (entries.length === 0) return '{}';
  return `\n${entries.map(([k, v]) => `${inner}${k}: ${format(v, opts, inner, k)}`).join('\n')}`;
}
