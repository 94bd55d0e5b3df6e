// Errors raised by generated codecs. `where` is "Struct.field@specs/file.spec:line", a constant the
// generated code passes, so the happy path builds no strings.

function split(where: string): { path: string; spec: string | undefined } {
  const at = where.lastIndexOf('@');
  return at < 0 ? { path: where, spec: undefined } : { path: where.slice(0, at), spec: where.slice(at + 1) };
}

/** Input bytes that do not match the spec. Names the field path and the spec line. */
export class DecodeError extends Error {
  /** The field path, e.g. `ClientHello.cipher_suites`. */
  readonly path: string;
  /** The spec position, e.g. `specs/tls/handshake.spec:57`. */
  readonly spec: string | undefined;
  /** What was wrong, without the path. */
  readonly detail: string;
  /**
   * True when decoding ran past the end of the whole input, not of a length-prefixed body inside
   * it: the bytes so far may be the start of a valid message, so a stream reader can wait for more.
   */
  readonly truncated: boolean;

  constructor(where: string, detail: string, truncated = false) {
    const { path, spec } = split(where);
    super(`${path}: ${detail}${spec ? ` (${spec})` : ''}`);
    this.name = 'DecodeError';
    this.path = path;
    this.spec = spec;
    this.detail = detail;
    this.truncated = truncated;
  }
}

/** A value that cannot be encoded as the spec says (out of range, too long, wrong case). */
export class EncodeError extends Error {
  readonly path: string;
  readonly spec: string | undefined;
  readonly detail: string;

  constructor(where: string, detail: string) {
    const { path, spec } = split(where);
    super(`${path}: ${detail}${spec ? ` (${spec})` : ''}`);
    this.name = 'EncodeError';
    this.path = path;
    this.spec = spec;
    this.detail = detail;
  }
}
