// @otpnet/crypto: one provider interface (noble = pure TypeScript, node = node:crypto),
// plus key files and X.509 handling shared by TLS, SSH and distribution.

export { CryptoError, type CryptoErrorKind, unsupported } from './errors.js';
export * as keys from './keys/index.js';
export * from './provider/index.js';
export * as x509 from './x509/index.js';
