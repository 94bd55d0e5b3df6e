// Record sizes of RFC 8446 section 5 and RFC 5246 section 6.2.
/** Largest plaintext fragment: 2^14 bytes. */
export const MAX_PLAINTEXT = 16384;
/** Largest TLS 1.3 protected record payload: 2^14 + 256. */
export const MAX_CIPHERTEXT_13 = MAX_PLAINTEXT + 256;
/** Largest TLS 1.2 protected record payload: 2^14 + 2048. */
export const MAX_CIPHERTEXT_12 = MAX_PLAINTEXT + 2048;
/** The record header: type, legacy version, length. */
export const HEADER_LENGTH = 5;
