// Key file layouts are generated from specs/ssh/keys.spec; their decode errors reach callers of
// this package as KeyErrors, like every other problem with a key file.
import { DecodeError } from '@otpnet/wire';
import { KeyError } from './errors.js';

/** Run a generated decoder, turning its DecodeError into a KeyError about `what`. */
export function keyLayout<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (e) {
    if (e instanceof DecodeError) throw new KeyError('malformed', `${what}: ${e.detail} (${e.path})`);
    throw e;
  }
}
