// X.509 through pkijs: certificates, CRLs, path validation with Erlang's failure reasons,
// RFC 6125 hostname checks, and OpenSSL's name hashes.

export {
  type AlgorithmIdentifier,
  type BasicConstraints,
  type Certificate,
  type Extension,
  type GeneralName,
  type KeyUsage,
  type NameConstraints,
  parseCertificate,
  parseCertificates,
} from './certificate.js';
export {
  type Crl,
  type CrlReason,
  crlIssuedBy,
  parseCrl,
  parseCrls,
  type RevocationStatus,
  type RevokedEntry,
  revocationStatus,
} from './crl.js';
export { type HostnameOptions, matchesDnsName, verifyHostname } from './hostname.js';
export { generateEcKey, type IssueOptions, issueCertificate } from './issue.js';
export { type Name, type NameAttribute, nameAttribute, namesEqual, nameToString } from './name.js';
export { issuerNameHash, nameHash, subjectNameHash } from './name-hash.js';
export type { PartialChainFn } from './path-building.js';
export {
  type BadCertReason,
  formatBadCertReason,
  type PathValidationOptions,
  type PathValidationResult,
  validatePath,
} from './path-validation.js';
export { certificateToPem, crlToPem } from './pem.js';
export { verifySignature } from './signature.js';
