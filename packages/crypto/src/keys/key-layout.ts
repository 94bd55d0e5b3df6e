// Key file layouts are generated from specs/ssh/keys.spec; their errors reach callers of this
// package as CryptoErrors, like every other problem with a key file. The generated messages name
// the field path and a length or range, never a field's bytes.
import { DecodeError, EncodeError } from '@otpnet/wire';
import { CryptoError } from '../errors.js';

/** Run a generated decoder, turning its DecodeError into a malformed CryptoError about `what`. */
export function keyLayout<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (e) {
    if (e instanceof DecodeError) throw new CryptoError('malformed', `${what}: ${e.detail} (${e.path})`);
    throw e;
  }
}

/** Run a generated encoder: a value it cannot encode came from the caller (bad_input). */
export function keyEncoding<T>(what: string, encode: () => T): T {
  try {
    return encode();
  } catch (e) {
    if (e instanceof EncodeError) throw new CryptoError('bad_input', `${what}: ${e.detail} (${e.path})`);
    throw e;
  }
}
