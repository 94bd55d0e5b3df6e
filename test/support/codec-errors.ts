// The codec error a call throws, for tests that look at its kind, path and message.
import { DecodeError, EncodeError } from '@otpnet/wire';

/** The DecodeError or EncodeError `fn` throws; anything else (or nothing) fails the test. */
export function thrown(fn: () => unknown): DecodeError | EncodeError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DecodeError || e instanceof EncodeError) return e;
    throw e;
  }
  throw new Error('nothing was thrown');
}
