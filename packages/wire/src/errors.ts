// The errors of generated codecs and machines. Every one is a WireError with a closed `kind`, so
// a runtime maps kinds to TLS alerts or SSH disconnect reasons in one table. Codec errors carry
// the full field path (`ClientHello.extensions[3].key_share.client_shares[0].key_exchange`): the
// innermost codec names its own field, and each enclosing codec puts its own part in front as
// the error passes through it, so the happy path builds no strings.
import type { Field } from './field.js';

/** Why input bytes could not be decoded. */
export type DecodeErrorKind =
  /** The input ended before the value did: more bytes may complete it. */
  | 'truncated'
  /** A length disagrees with what it measures (too long for its body, bytes left over, not a multiple). */
  | 'length'
  /** A length or value outside the bounds the spec gives. */
  | 'bound'
  /** A value the spec does not allow: an unknown closed-enum member, a wrong constant, bad UTF-8. */
  | 'bad_value'
  /** A select has no case for the tag it read. */
  | 'no_case'
  /** Bytes left after a whole top-level value. */
  | 'trailing'
  /** Recursive values nested deeper than the reader allows. */
  | 'depth';

/** Why a value could not be encoded. */
export type EncodeErrorKind =
  /** Missing, null or of the wrong JavaScript type. */
  | 'type'
  /** A length or value outside the bounds the spec gives. */
  | 'bound'
  /** A length that does not fit its prefix, or an array of the wrong size. */
  | 'length'
  /** A value the spec does not allow, or one its decoder would read back differently. */
  | 'bad_value'
  /** A select case the spec does not have, or that the context does not allow. */
  | 'no_case'
  /** Fields that contradict each other (a tag and its case, a count and its array). */
  | 'mismatch';

/** What a state machine refuses. */
export type MachineErrorKind =
  /** No row for this message in this state: the peer broke the protocol. */
  | 'unexpected_message'
  /** A handler returned a state its row does not permit: a bug in the handler. */
  | 'internal_error';

export type WireErrorKind = DecodeErrorKind | EncodeErrorKind | MachineErrorKind;

/** The one error type of @otpnet/wire; DecodeError, EncodeError and the machine errors extend it. */
export class WireError extends Error {
  readonly kind: WireErrorKind;
  constructor(kind: WireErrorKind, message: string) {
    super(message);
    this.name = 'WireError';
    this.kind = kind;
  }
}

/** A codec error: a kind, the field path it concerns, the spec line and what was wrong. */
abstract class CodecError extends WireError {
  /** The spec position of the innermost field, e.g. `specs/tls/handshake.spec:57`. */
  readonly spec: string | undefined;
  /** What was wrong, without the path. */
  readonly detail: string;
  /** Path parts: the outermost type, then a field, an element (`extensions[3]`) or a case per level. */
  private segments: string[];

  constructor(kind: WireErrorKind, at: Field | string, detail: string) {
    const path = typeof at === 'string' ? at : at.path;
    const spec = typeof at === 'string' ? undefined : at.spec;
    super(kind, '');
    this.spec = spec;
    this.detail = detail;
    this.segments = path.split('.');
    this.message = this.text();
  }

  /** The field path, e.g. `ClientHello.cipher_suites` or `Term.SMALL_TUPLE_EXT.elements[2]` (a select arm puts its case in place of the field). */
  get path(): string {
    // an element index of a named type's list joins the field before it: `modes[1]`, not `modes.[1]`
    return this.segments.reduce((p, s) => (p === '' ? s : s.startsWith('[') ? p + s : `${p}.${s}`), '');
  }

  /**
   * Put an enclosing codec's part in front: the error arose inside field `at` (whose path is
   * `Parent.field`), in the element or case `part` (`field[3]`, `key_share`; `''` adds nothing).
   */
  within(at: Field, part: string): this {
    const parent = at.path.slice(0, at.path.indexOf('.') >>> 0);
    const rest = this.segments.slice(1);
    this.segments = part === '' ? [parent, ...rest] : [parent, part, ...rest];
    this.message = this.text();
    return this;
  }

  private text(): string {
    return `${this.path}: ${this.detail}${this.spec ? ` (${this.spec})` : ''}`;
  }
}

/** Input bytes that do not match the spec. */
export class DecodeError extends CodecError {
  declare readonly kind: DecodeErrorKind;

  constructor(kind: DecodeErrorKind, at: Field | string, detail: string) {
    super(kind, at, detail);
    this.name = 'DecodeError';
  }

  /**
   * True when decoding ran past the end of the whole input (not of a length-prefixed body inside
   * it): the bytes so far may be the start of a valid message, so a stream reader can wait for more.
   */
  get truncated(): boolean {
    return this.kind === 'truncated';
  }
}

/** A value that cannot be encoded as the spec says. */
export class EncodeError extends CodecError {
  declare readonly kind: EncodeErrorKind;

  constructor(kind: EncodeErrorKind, at: Field | string, detail: string) {
    super(kind, at, detail);
    this.name = 'EncodeError';
  }
}

/** `e` with the enclosing part in front when it is a codec error; anything else passes unchanged. */
export function nested(e: unknown, at: Field, part: string): unknown {
  return e instanceof CodecError ? e.within(at, part) : e;
}

/** `e` with the element `index` of list field `at` in front (`extensions[3]`). */
export function nestedAt(e: unknown, at: Field, index: number): unknown {
  const dot = at.path.indexOf('.');
  return nested(e, at, `${dot < 0 ? '' : at.path.slice(dot + 1)}[${index}]`);
}

/** A short, safe description of a value for error texts (never its contents for bytes). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value instanceof Uint8Array) return `${value.length} bytes`;
  switch (typeof value) {
    case 'string':
      return value.length > 24 ? `a string of ${value.length}` : JSON.stringify(value);
    case 'bigint':
      return `${value}n`;
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'function':
      return 'a function';
    default:
      return 'an object';
  }
}
