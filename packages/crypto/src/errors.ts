// The one error type of @otpnet/crypto. Providers, key files and certificates all throw it, so a
// caller catches one class and tells the cases apart by `kind`, a closed union: a wrong password
// from a damaged file from an algorithm we do not implement from a peer's bad key share.
//
// It is called CryptoError after the package, as InetError is for @otpnet/inet: the name says
// where an error comes from, and `kind` says what it is.
//
// Messages name the primitive, structure or field that was wrong and why; they never contain key
// material, secret inputs or passwords. A library error is chained as `cause` only where it
// concerns public data (signature encodings, AEAD tags, certificates), since some libraries print
// the values they reject.

export type CryptoErrorKind =
  /** The bytes are not the structure they claim to be: bad PEM, DER, blob, certificate or CRL. */
  | 'malformed'
  /**
   * Well-formed, but an algorithm, curve, cipher, format or size we do not implement, or a
   * primitive the chosen provider lacks (the message names the primitive and the provider).
   */
  | 'unsupported'
  /** The file is encrypted and no password or passphrase was given. */
  | 'password_required'
  /** Decryption of a key file failed its check: almost always a wrong password or passphrase. */
  | 'bad_password'
  /**
   * The input asks for more work than a limit allows (a key file's KDF rounds or iterations);
   * the message names the value, the limit and the option that raises it.
   */
  | 'limit_exceeded'
  /** A key object cannot be used for the operation: wrong kind, wrong length, not on the curve. */
  | 'bad_key'
  /** A peer's key agreement or SRP value was rejected (RFC 7748, SP 800-56A, RFC 5054 checks). */
  | 'bad_public_value'
  /** Signature bytes are not in the encoding the scheme uses; `verify` turns this into false. */
  | 'bad_signature_encoding'
  /** A caller-supplied argument is out of range: a length, a nonce, an option value. */
  | 'bad_input'
  /** AEAD or packet authentication failed. */
  | 'decrypt_failed';

export class CryptoError extends Error {
  override readonly name = 'CryptoError';
  readonly kind: CryptoErrorKind;

  constructor(kind: CryptoErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
  }
}

/** The error for a primitive the chosen provider does not implement. */
export function unsupported(primitive: string, provider: string): CryptoError {
  return new CryptoError(
    'unsupported',
    `primitive ${primitive} is not available in crypto provider '${provider}'`,
  );
}
