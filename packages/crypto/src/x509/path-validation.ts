// Certification path validation (RFC 5280 section 6.1) with the semantics and failure reasons of
// Erlang's public_key:pkix_path_validation/3 as ssl uses it:
// - the chain is given leaf first, as a TLS Certificate message carries it, but may be in any
//   order and hold extra certificates: the path is built first (path-building.ts), and every
//   candidate path that reaches a trust anchor is validated until one passes;
// - `depth` is the ssl option: the number of non-self-issued intermediate CAs allowed between the
//   peer and the trusted root (0: the root signed the peer directly);
// - each certificate is checked from the anchor down: validity, issuer name, name constraints,
//   CA extensions, signature, then revocation; the first failure is reported.
// Signatures are verified synchronously through the crypto provider, so this is synchronous.

import type { CryptoOption } from '../provider/index.js';
import {
  type Certificate,
  type NameConstraints,
  parseCertificate,
  UNDERSTOOD_EXTENSIONS,
} from './certificate.js';
import { type Crl, type CrlReason, revocationStatus } from './crl.js';
import { verifyHostname } from './hostname.js';
import { namesEqual } from './name.js';
import { namesPermitted } from './name-constraints.js';
import {
  applyPartialChain,
  candidatePaths,
  type PartialChainFn,
  type PathCandidate,
  positionalPath,
  type SignedBy,
  signatureChecker,
} from './path-building.js';

/** Erlang `{bad_cert, Reason}` reasons; `{revoked, Reason}` is `{ revoked: reason }`. */
export type BadCertReason =
  | 'unknown_ca'
  | 'selfsigned_peer'
  | 'cert_expired'
  | 'invalid_issuer'
  | 'invalid_signature'
  | 'missing_basic_constraint'
  | 'invalid_key_usage'
  | 'invalid_ext_key_usage'
  | 'name_not_permitted'
  | 'max_path_length_reached'
  | 'unknown_critical_extension'
  | 'revocation_status_undetermined'
  | 'hostname_check_failed'
  | { readonly revoked: CrlReason };

export type PathValidationResult =
  | {
      readonly ok: true;
      /** The trust anchor the path ends at. */
      readonly anchor: Certificate;
      /** The validated certificates, leaf first, without the anchor. */
      readonly path: readonly Certificate[];
    }
  | {
      readonly ok: false;
      readonly reason: BadCertReason;
      /** Index in the chain as given (leaf = 0) of the certificate that failed. */
      readonly certIndex: number;
    };

export interface PathValidationOptions {
  /** ssl `depth`: maximum number of non-self-issued intermediate CAs (default 10). */
  readonly depth?: number;
  /** The time to validate at (default: now). */
  readonly now?: Date;
  /** CRLs to check revocation against. */
  readonly crls?: readonly Crl[];
  /**
   * As ssl's `crl_check`: `true` checks every certificate and fails with
   * revocation_status_undetermined when no current CRL of its issuer is given; `'peer'` checks
   * only the peer certificate, the same way; `'best_effort'` (the default when `crls` is given)
   * checks every certificate and accepts an undetermined status; `false` skips revocation.
   */
  readonly crlCheck?: boolean | 'peer' | 'best_effort';
  /** Also check the leaf against this host name or IP address (RFC 6125). */
  readonly hostname?: string;
  /** Require this extended key usage on the leaf when it has the extension. */
  readonly purpose?: 'serverAuth' | 'clientAuth';
  /** Crypto provider for signature checks (default: the platform default provider). */
  readonly crypto?: CryptoOption;
  /**
   * ssl's `partial_chain`: called with each candidate path, leaf first (ending with its trust
   * anchor when it reached one), it may return one of those certificates (object or DER) to
   * trust as the anchor; the path is then validated up to it. Returning nothing, a certificate
   * outside the path, or throwing leaves the path as it was. Not consulted for a lone
   * self-signed peer certificate.
   */
  readonly partialChain?: PartialChainFn;
}

/** Complete candidate paths validated at most; each failed one costs signature checks. */
const MAX_PATHS = 8;

type CertInput = Certificate | Uint8Array | string;

/**
 * Validate `chainLeafFirst` up to one of `trustAnchors`. A chain that parses but does not
 * validate gives `{ ok: false, reason, certIndex }`; DER or PEM that is not a certificate at all
 * throws CryptoError('malformed'), as a TLS decoder would reject it before validation.
 */
export function validatePath(
  chainLeafFirst: readonly CertInput[],
  trustAnchors: readonly CertInput[],
  opts: PathValidationOptions = {},
): PathValidationResult {
  const chain = chainLeafFirst.map(toCert);
  const anchors = trustAnchors.map(toCert);
  const leaf = chain[0];
  if (leaf === undefined) return fail('unknown_ca', 0);
  const signedBy = signatureChecker(opts.crypto);
  // ssl answers a lone self-signed peer with selfsigned_peer before partial_chain is asked.
  const loneSelfSigned = chain.length === 1 && leaf.selfIssued && signedBy(leaf, leaf);
  const choose = loneSelfSigned ? undefined : opts.partialChain;
  const settle = (c: PathCandidate): PathCandidate =>
    choose === undefined ? c : applyPartialChain(c, chain, choose);

  let firstFailure: PathValidationResult | undefined;
  let longestDeadEnd: PathCandidate | undefined;
  let tried = 0;
  for (const candidate of candidatePaths(chain, anchors, signedBy, true)) {
    const path = settle(candidate);
    if (path.anchor === undefined) {
      if (path.indices.length > (longestDeadEnd?.indices.length ?? 0)) longestDeadEnd = path;
      continue;
    }
    const result = checkPath(chain, path.indices, path.anchor, opts, signedBy);
    if (result.ok) return result;
    firstFailure ??= result;
    if (++tried >= MAX_PATHS) break;
  }
  if (firstFailure !== undefined) return firstFailure;
  if (loneSelfSigned) return fail('selfsigned_peer', 0);
  // No path links by valid signatures. Say why: by names alone (invalid_signature and the
  // checks before it), else by the order given (invalid_issuer), else unknown_ca at the top of
  // the longest path found.
  for (const candidate of candidatePaths(chain, anchors, signedBy, false)) {
    const path = settle(candidate);
    if (path.anchor !== undefined) return checkPath(chain, path.indices, path.anchor, opts, signedBy);
  }
  const positional = positionalPath(chain, anchors, signedBy);
  if (positional?.anchor !== undefined)
    return checkPath(chain, positional.indices, positional.anchor, opts, signedBy);
  const top = longestDeadEnd?.indices[longestDeadEnd.indices.length - 1];
  return fail('unknown_ca', top ?? chain.length - 1);
}

/**
 * RFC 5280 section 6.1 over one built path: `indices` are chain positions leaf first, `anchor`
 * the trust anchor above them. Failures name the chain position of the certificate at fault.
 */
function checkPath(
  chain: readonly Certificate[],
  indices: readonly number[],
  anchor: Certificate,
  opts: PathValidationOptions,
  signedBy: SignedBy,
): PathValidationResult {
  const now = opts.now ?? new Date();
  const crlCheck = opts.crlCheck ?? (opts.crls !== undefined ? 'best_effort' : false);
  let maxPathLength = opts.depth ?? 10;
  let issuer = anchor;
  const constraints: NameConstraints[] = [];

  for (let k = indices.length - 1; k >= 0; k--) {
    const i = indices[k] as number;
    const cert = chain[i] as Certificate;
    const isLeaf = k === 0;
    if (maxPathLength < 0) return fail('max_path_length_reached', i);
    if (now < cert.notBefore || now > cert.notAfter) return fail('cert_expired', i);
    if (!namesEqual(cert.issuer, issuer.subject)) return fail('invalid_issuer', i);
    // RFC 5280 section 6.1.3 (b), (c): self-issued intermediates are exempt.
    if ((isLeaf || !cert.selfIssued) && !namesPermitted(cert, constraints))
      return fail('name_not_permitted', i);
    const extProblem = checkExtensions(cert, isLeaf, opts.purpose);
    if (extProblem !== undefined) return fail(extProblem, i);
    // RFC 5280 section 6.1.3 (a)(1)
    if (!signedBy(cert, issuer)) return fail('invalid_signature', i);
    if (
      opts.crls !== undefined &&
      (crlCheck === true || crlCheck === 'best_effort' || (crlCheck === 'peer' && isLeaf))
    ) {
      const status = revocationStatus(cert, issuer, opts.crls, now, opts.crypto);
      if (status.status === 'revoked') return fail({ revoked: status.reason }, i);
      if (status.status === 'undetermined' && crlCheck !== 'best_effort')
        return fail('revocation_status_undetermined', i);
    }
    if (!isLeaf) {
      if (cert.nameConstraints !== undefined) constraints.push(cert.nameConstraints);
      // RFC 5280 section 6.1.4 (l), (m)
      if (!cert.selfIssued) maxPathLength--;
      const pathLen = cert.basicConstraints?.pathLen;
      if (pathLen !== undefined && pathLen < maxPathLength) maxPathLength = pathLen;
    }
    issuer = cert;
  }
  const leaf = chain[0] as Certificate;
  if (opts.hostname !== undefined && !verifyHostname(leaf, opts.hostname))
    return fail('hostname_check_failed', 0);
  return { ok: true, anchor, path: indices.map((i) => chain[i] as Certificate) };
}

/** Erlang-style text of a reason: `cert_expired`, `{revoked,keyCompromise}`. */
export function formatBadCertReason(reason: BadCertReason): string {
  return typeof reason === 'string' ? reason : `{revoked,${reason.revoked}}`;
}

function fail(reason: BadCertReason, certIndex: number): PathValidationResult {
  return { ok: false, reason, certIndex };
}

function toCert(c: CertInput): Certificate {
  return typeof c === 'string' || c instanceof Uint8Array ? parseCertificate(c) : c;
}

function checkExtensions(
  cert: Certificate,
  isLeaf: boolean,
  purpose: PathValidationOptions['purpose'],
): BadCertReason | undefined {
  if (cert.extensions.some((x) => x.critical && !UNDERSTOOD_EXTENSIONS.has(x.oid)))
    return 'unknown_critical_extension';
  if (!isLeaf) {
    // RFC 5280 section 6.1.4 (k): an intermediate must be a CA. Version 1/2 certificates have no
    // extensions; Erlang refuses them as CAs just the same.
    if (cert.basicConstraints?.ca !== true) return 'missing_basic_constraint';
    // Section 6.1.4 (n): keyCertSign must be set when keyUsage is present.
    if (cert.keyUsage !== undefined && !cert.keyUsage.includes('keyCertSign')) return 'invalid_key_usage';
  } else if (purpose !== undefined && cert.extKeyUsage !== undefined) {
    if (!cert.extKeyUsage.includes(purpose) && !cert.extKeyUsage.includes('anyExtendedKeyUsage'))
      return 'invalid_ext_key_usage';
  }
  return undefined;
}
