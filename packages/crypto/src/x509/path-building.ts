// Certification path building (RFC 4158; RFC 5280 section 6 assumes a path is given): peers send
// chains out of order, with unrelated or duplicate certificates, with or without the root, and
// with cross-signed intermediates, so the path from the leaf to a trust anchor is searched for,
// as Erlang's ssl reorders the chain (ssl_certificate:trusted_cert_and_paths) before
// public_key:pkix_path_validation.
//
// Issuers are matched by name (RFC 5280 section 4.1.2.4) and ranked by key identifier (sections
// 4.2.1.1 and 4.2.1.2: a hint, not a rule). At each step trust anchors come before chain
// certificates, so paths that end at an anchor soonest are found first. The search is bounded, so
// a chain full of look-alike certificates cannot make it expensive.
import type { CryptoOption } from '../provider/index.js';
import type { Certificate } from './certificate.js';
import { bytesEqual, namesEqual } from './name.js';
import { verifyWithKey } from './signature.js';

/** A candidate path: chain positions leaf first, and the anchor above the last one. */
export interface PathCandidate {
  /** Indices into the chain as given, leaf (0) first; the anchor is not among them. */
  readonly indices: readonly number[];
  /** The trust anchor the path ends at; undefined when no issuer was found (a dead end). */
  readonly anchor: Certificate | undefined;
}

/** Whether `cert` carries a valid signature by `issuer`'s key; memoized per pair. */
export type SignedBy = (cert: Certificate, issuer: Certificate) => boolean;

/** Issuer candidates examined per search; real chains need a handful. */
const MAX_STEPS = 64;

export function signatureChecker(crypto: CryptoOption | undefined): SignedBy {
  const memo = new Map<Certificate, Map<Certificate, boolean>>();
  return (cert, issuer) => {
    let byIssuer = memo.get(cert);
    if (byIssuer === undefined) {
      byIssuer = new Map();
      memo.set(cert, byIssuer);
    }
    let ok = byIssuer.get(issuer);
    if (ok === undefined) {
      ok =
        cert.signatureAlgorithmsAgree &&
        issuer.publicKey !== undefined &&
        verifyWithKey(cert.signatureAlgorithm, cert.tbs, cert.signature, issuer.publicKey, crypto);
      byIssuer.set(issuer, ok);
    }
    return ok;
  };
}

/**
 * Candidate paths from the leaf, depth first. With `verifiedOnly` an issuer is followed only when
 * the certificate's signature verifies under its key (a failed signature sends the search to the
 * next candidate); without it names alone chain, which serves to report why nothing verified.
 * Dead ends are yielded too: a partial_chain function may still find an anchor in them.
 */
export function* candidatePaths(
  chain: readonly Certificate[],
  anchors: readonly Certificate[],
  signedBy: SignedBy,
  verifiedOnly: boolean,
): Generator<PathCandidate> {
  if (chain.length === 0) return;
  // Worked out once: which chain certificates are anchors, and each certificate once only.
  const trusted = chain.map((c) => anchors.find((a) => bytesEqual(a.der, c.der)));
  const unique = chain.flatMap((c, i) => (chain.findIndex((d) => bytesEqual(d.der, c.der)) === i ? [i] : []));
  const budget = { steps: MAX_STEPS };

  function* extend(path: readonly number[]): Generator<PathCandidate> {
    const top = chain[path[path.length - 1] as number] as Certificate;
    // A chain certificate that is itself trusted ends the path there: the peer sent the anchor.
    const same = trusted[path[path.length - 1] as number];
    if (same !== undefined) {
      yield { indices: path.slice(0, -1), anchor: same };
      return;
    }
    let extended = false;
    // Without verified signatures the anchors (a trusted, small set) are still ranked by them,
    // so an error report names the likeliest anchor.
    for (const anchor of rankIssuers(top, anchors, verifiedOnly ? undefined : signedBy)) {
      if (budget.steps-- <= 0) return;
      if (verifiedOnly && !signedBy(top, anchor)) continue;
      extended = true;
      yield { indices: path, anchor };
    }
    const others = unique.filter((i) => !path.includes(i)).map((i) => chain[i] as Certificate);
    for (const issuer of rankIssuers(top, others, undefined)) {
      if (budget.steps-- <= 0) return;
      if (verifiedOnly && !signedBy(top, issuer)) continue;
      extended = true;
      yield* extend([...path, chain.indexOf(issuer)]);
    }
    if (!extended) yield { indices: path, anchor: undefined };
  }
  yield* extend([0]);
}

/**
 * Certificates whose subject is `cert`'s issuer, best first: matching key identifiers before
 * absent ones before mismatching ones; with `verifying`, those whose signature verifies first.
 */
function rankIssuers(
  cert: Certificate,
  pool: readonly Certificate[],
  verifying: SignedBy | undefined,
): Certificate[] {
  const named = pool.filter((c) => c !== cert && namesEqual(c.subject, cert.issuer));
  const rank = (c: Certificate): number =>
    keyIdRank(c, cert) + (verifying === undefined || verifying(cert, c) ? 0 : 3);
  return named
    .map((c, i) => ({ c, r: rank(c), i }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.c);
}

function keyIdRank(issuer: Certificate, cert: Certificate): number {
  if (issuer.subjectKeyId === undefined || cert.authorityKeyId === undefined) return 1;
  return bytesEqual(issuer.subjectKeyId, cert.authorityKeyId) ? 0 : 2;
}

/**
 * Erlang's partial_chain: `choose` sees the candidate's certificates leaf first (with its anchor,
 * when it has one) and may name one of them as the trust anchor, which shortens the path to the
 * certificates below it. A choice outside the path, no choice, or an exception leaves the
 * candidate as it was, as ssl does.
 */
export function applyPartialChain(
  candidate: PathCandidate,
  chain: readonly Certificate[],
  choose: PartialChainFn,
): PathCandidate {
  const certs = candidate.indices.map((i) => chain[i] as Certificate);
  if (candidate.anchor !== undefined) certs.push(candidate.anchor);
  let picked: Certificate | Uint8Array | undefined;
  try {
    picked = choose(certs);
  } catch {
    return candidate;
  }
  if (picked === undefined || picked === null) return candidate;
  const der = picked instanceof Uint8Array ? picked : picked.der;
  const at = certs.findIndex((c) => bytesEqual(c.der, der));
  if (at < 0 || at >= candidate.indices.length) return candidate;
  return { indices: candidate.indices.slice(0, at), anchor: certs[at] };
}

/** See PathValidationOptions.partialChain. */
export type PartialChainFn = (chain: readonly Certificate[]) => Certificate | Uint8Array | undefined;

/**
 * The chain in the order given, up to the first certificate that is an anchor or that an anchor
 * issued (preferring one whose signature verifies). Used only to say what is wrong with a chain
 * no search could link, e.g. a leaf whose issuer name matches nothing: invalid_issuer.
 */
export function positionalPath(
  chain: readonly Certificate[],
  anchors: readonly Certificate[],
  signedBy: SignedBy,
): PathCandidate | undefined {
  for (let i = 0; i < chain.length; i++) {
    const cert = chain[i] as Certificate;
    const indices = Array.from({ length: i }, (_, k) => k);
    const same = anchors.find((a) => bytesEqual(a.der, cert.der));
    if (same !== undefined) return { indices, anchor: same };
    const named = rankIssuers(cert, anchors, signedBy);
    const first = named[0];
    if (first !== undefined) return { indices: [...indices, i], anchor: first };
  }
  return undefined;
}
