// Field descriptors: what generated codecs pass to every Reader and Writer call. Each generated
// module builds one table of them with `fields()`, so a field's path and spec line are written
// once per file and bounds read as named values. Every descriptor has the same shape (one hidden
// class), which keeps the codecs' property reads monomorphic.

/** What a spec says about one field: where it is, and the bounds the codecs enforce. */
export class Field {
  /** `ClientHello.cipher_suites`; a struct's own descriptor is just `ClientHello`. */
  readonly path: string;
  /** `specs/tls/handshake.spec:47` */
  readonly spec: string;
  /** Width in bytes of a byte-length prefix (`<lo..hi>`), 0 when the field has none. */
  readonly width: 0 | 1 | 2 | 3 | 4;
  /** Bounds of that length, in bytes. */
  readonly minLength: number;
  readonly maxLength: number;
  /** The length must be a multiple of this (the size of a fixed-size element). */
  readonly unit: number;
  /** Bounds of an integer value (`uint16 limit(64..)`); -Infinity / Infinity when open. */
  readonly min: number;
  readonly max: number;

  constructor(path: string, spec: string, bounds: FieldBounds = {}) {
    this.path = path;
    this.spec = spec;
    const maxLength = bounds.maxLength ?? -1;
    this.width = maxLength < 0 ? 0 : prefixWidth(maxLength);
    this.minLength = bounds.minLength ?? 0;
    this.maxLength = Math.max(maxLength, 0);
    this.unit = bounds.unit ?? 1;
    this.min = bounds.min ?? Number.NEGATIVE_INFINITY;
    this.max = bounds.max ?? Number.POSITIVE_INFINITY;
  }
}

/** The bounds of a field as a spec declares them; the prefix width follows from `maxLength`. */
export interface FieldBounds {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly unit?: number;
  readonly min?: number;
  readonly max?: number;
}

/** A field's spec line, alone or with its bounds. */
export type FieldSpec = number | (FieldBounds & { readonly line: number });

type Table<T> = { readonly [S in keyof T]: { readonly [K in keyof T[S]]: Field } };

/**
 * The descriptor table of one generated module: struct name -> field name -> spec line (and
 * bounds). The key `$` describes the struct itself. The table is the module's own object literal,
 * filled in place: an object the engine sees as a literal keeps its fast property layout, so that
 * reading a descriptor compiles to a plain load, where an object built key by key would become a
 * hash map.
 */
export function fields<T extends Record<string, Record<string, FieldSpec>>>(
  file: string,
  table: T,
): Table<T> {
  const out = table as Record<string, Record<string, FieldSpec | Field>>;
  for (const struct of Object.keys(out)) {
    const group = out[struct]!;
    for (const name of Object.keys(group)) {
      const spec = group[name] as FieldSpec;
      const path = name === '$' ? struct : `${struct}.${name}`;
      const line = typeof spec === 'number' ? spec : spec.line;
      group[name] = new Field(path, `${file}:${line}`, typeof spec === 'number' ? {} : spec);
    }
  }
  return table as unknown as Table<T>;
}

/** The width of a length prefix that must hold `max` (RFC 8446 section 3.4). */
export function prefixWidth(max: number): 1 | 2 | 3 | 4 {
  if (max <= 0xff) return 1;
  if (max <= 0xffff) return 2;
  if (max <= 0xffffff) return 3;
  return 4;
}
