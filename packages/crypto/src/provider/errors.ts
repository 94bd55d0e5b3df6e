// Errors raised by the providers. Messages name the primitive and the provider but never carry
// key material or secret inputs; library errors are chained as `cause` only where they concern
// public data (signature encodings, AEAD tags), since some libraries print the values they reject.

export type CryptoErrorCode =
  | 'unsupported'
  | 'bad_key'
  | 'bad_public_value'
  | 'bad_signature_encoding'
  | 'bad_input'
  | 'decrypt_failed';

export class CryptoError extends Error {
  readonly code: CryptoErrorCode;
  constructor(code: CryptoErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CryptoError';
    this.code = code;
  }
}

/** The error for a primitive the chosen provider does not implement. */
export function unsupported(primitive: string, provider: string): CryptoError {
  return new CryptoError(
    'unsupported',
    `primitive ${primitive} is not available in crypto provider '${provider}'`,
  );
}
