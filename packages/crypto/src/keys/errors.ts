// One error type for everything that reads or writes key and certificate files, so that callers
// can tell a wrong password from a damaged file from a key type we do not handle. Messages name
// the structure that was wrong; they never contain key material or passwords.

/** Why a key or certificate could not be read. */
export type KeyErrorCode =
  /** The bytes are not the structure they claim to be (bad PEM, bad DER, truncated blob). */
  | 'malformed'
  /** Well-formed, but an algorithm, curve, cipher or format we do not implement. */
  | 'unsupported'
  /** The file is encrypted and no password or passphrase was given. */
  | 'password_required'
  /** Decryption failed its integrity check: almost always a wrong password or passphrase. */
  | 'bad_password';

export class KeyError extends Error {
  override readonly name = 'KeyError';
  readonly code: KeyErrorCode;

  constructor(code: KeyErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export const malformed = (what: string): KeyError => new KeyError('malformed', what);
export const unsupported = (what: string): KeyError => new KeyError('unsupported', what);
