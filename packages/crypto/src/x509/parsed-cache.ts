// Parsed certificates by their DER bytes. Parsing through pkijs costs milliseconds a certificate,
// and the same certificates come back on every handshake (a server's chain, the trust store), so
// each DER is parsed once. A Certificate is an immutable summary, safe to share. Entries are
// found by content, never by the array's identity: a caller's buffer may be reused for other
// bytes later. The cache is bounded and forgets the least recently used first.

const LIMIT = 512;
// latin1 maps each byte to one code unit, so distinct DER gives distinct keys.
const keyOf = new TextDecoder('latin1');

export class ParsedCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly limit = LIMIT) {}

  /** The value parsed from `der`, parsing it with `parse` when it is not cached. */
  get(der: Uint8Array, parse: (der: Uint8Array) => T): T {
    const key = keyOf.decode(der);
    let value = this.entries.get(key);
    if (value === undefined) {
      value = parse(der);
      if (this.entries.size >= this.limit) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
    } else this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }
}
