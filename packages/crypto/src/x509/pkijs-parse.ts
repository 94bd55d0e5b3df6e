// pkijs objects from DER, with errors that say which structure did not fit. pkijs reports a
// schema mismatch as "Object's schema was not verified against input data for X" and a missing
// piece as a TypeError from deep inside; neither says which field of which certificate, so every
// pkijs call goes through one of these and becomes a CryptoError naming the structure.
import type * as asn1js from 'asn1js';
import { CryptoError } from '../errors.js';

/**
 * `make(schema)` (a pkijs constructor) over an already decoded node; a mismatch is malformed
 * "`what`: does not decode as `structure`". Certificates and CRLs are public, so the
 * pkijs error is kept as the cause.
 */
export function fromSchema<T>(
  node: asn1js.AsnType,
  what: string,
  structure: string,
  make: (schema: asn1js.AsnType) => T,
): T {
  try {
    return make(node);
  } catch (e) {
    throw new CryptoError('malformed', `${what}: does not decode as ${structure}`, { cause: e });
  }
}

/**
 * Read one field of a parsed pkijs object. pkijs fills fields lazily and trusts the schema it
 * matched, so a library error here means the field itself is damaged: say which one and how.
 */
export function readField<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof CryptoError) throw e;
    const why = e instanceof Error ? e.message : String(e);
    throw new CryptoError('malformed', `${what}: cannot be read (${why})`, { cause: e });
  }
}
