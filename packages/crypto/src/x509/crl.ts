// Certificate revocation lists (RFC 5280 section 5), parsed with pkijs, and the revocation check
// for one certificate against the CRLs of its issuer.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { CryptoError } from '../errors.js';
import { parseDer, sequence } from '../keys/asn1.js';
import { decodePem, isPem } from '../keys/pem.js';
import type { CryptoOption } from '../provider/index.js';
import { type AlgorithmIdentifier, algorithmIdentifier, type Certificate, toDer } from './certificate.js';
import { describeExtension, EXT, type Extension, extensionList, extensionValue } from './extensions.js';
import { type Name, nameFromPkijs, namesEqual } from './name.js';
import { fromSchema, readField } from './pkijs-parse.js';
import { verifyWithKey } from './signature.js';
import { x509Time } from './time.js';

/** CRLReason (RFC 5280 section 5.3.1) with the names Erlang's public_key uses. */
export type CrlReason =
  | 'unspecified'
  | 'keyCompromise'
  | 'cACompromise'
  | 'affiliationChanged'
  | 'superseded'
  | 'cessationOfOperation'
  | 'certificateHold'
  | 'removeFromCRL'
  | 'privilegeWithdrawn'
  | 'aACompromise';

const REASONS: Readonly<Record<number, CrlReason>> = {
  0: 'unspecified',
  1: 'keyCompromise',
  2: 'cACompromise',
  3: 'affiliationChanged',
  4: 'superseded',
  5: 'cessationOfOperation',
  6: 'certificateHold',
  8: 'removeFromCRL',
  9: 'privilegeWithdrawn',
  10: 'aACompromise',
};

export interface RevokedEntry {
  readonly serialNumber: bigint;
  readonly revocationDate: Date;
  /** From the reasonCode entry extension; `unspecified` when absent. */
  readonly reason: CrlReason;
}

export interface Crl {
  readonly der: Uint8Array;
  readonly tbs: Uint8Array;
  readonly issuer: Name;
  readonly thisUpdate: Date;
  readonly nextUpdate: Date | undefined;
  readonly revoked: readonly RevokedEntry[];
  readonly crlNumber: bigint | undefined;
  readonly extensions: readonly Extension[];
  readonly signatureAlgorithm: AlgorithmIdentifier;
  readonly signature: Uint8Array;
}

/** Parse one CRL from DER or PEM (`X509 CRL`). */
export function parseCrl(derOrPem: string | Uint8Array): Crl {
  const der = toDer(derOrPem, 'X509 CRL', 'CRL').slice();
  const node = parseDer(der, 'CRL');
  const crl = fromSchema(
    node,
    'CRL',
    'X.509 CertificateList (RFC 5280 section 5.1)',
    (schema) => new pkijs.CertificateRevocationList({ schema }),
  );
  const times = crlTimes(node);
  const extensions = extensionList(crl.crlExtensions?.extensions, 'CRL');
  const number = extensions.find((x) => x.oid === EXT.crlNumber);
  const sigParams = crl.signatureAlgorithm.algorithmParams as asn1js.AsnType | undefined;
  const revoked = crl.revokedCertificates ?? [];
  if (revoked.length !== times.revocationDates.length)
    throw new CryptoError('malformed', 'CRL: revokedCertificates do not match the CertificateList structure');
  return {
    der,
    tbs: readField('CRL: tbsCertList', () => crl.tbsView.slice()),
    issuer: readField('CRL: issuer', () => nameFromPkijs(crl.issuer)),
    thisUpdate: times.thisUpdate,
    nextUpdate: times.nextUpdate,
    revoked: revoked.map((r, i) => revokedEntry(r, i, times.revocationDates[i] as Date)),
    crlNumber: number === undefined ? undefined : crlNumber(number),
    extensions,
    signatureAlgorithm: readField('CRL: signatureAlgorithm', () =>
      algorithmIdentifier(crl.signatureAlgorithm.algorithmId, sigParams),
    ),
    signature: readField('CRL: signatureValue', () => crl.signatureValue.valueBlock.valueHexView.slice()),
  };
}

/**
 * thisUpdate, nextUpdate and each revocationDate, read from the DER (see time.ts). RFC 5280
 * section 5.1: TBSCertList ::= SEQUENCE { version OPTIONAL, signature, issuer, thisUpdate,
 * nextUpdate OPTIONAL, revokedCertificates OPTIONAL, [0] crlExtensions OPTIONAL }.
 */
function crlTimes(node: asn1js.AsnType): {
  thisUpdate: Date;
  nextUpdate: Date | undefined;
  revocationDates: Date[];
} {
  const tbs = sequence(sequence(node, 'CRL', 3, 3)[0], 'CRL: tbsCertList', 4);
  let i = tbs[0] instanceof asn1js.Integer ? 3 : 2;
  const thisUpdate = x509Time(tbs[i++], 'CRL: thisUpdate');
  const isTime = (n: asn1js.AsnType | undefined) =>
    n instanceof asn1js.UTCTime || n instanceof asn1js.GeneralizedTime;
  const nextUpdate = isTime(tbs[i]) ? x509Time(tbs[i++], 'CRL: nextUpdate') : undefined;
  const list = tbs[i] instanceof asn1js.Sequence ? sequence(tbs[i], 'CRL: revokedCertificates') : [];
  const revocationDates = list.map((entry, k) =>
    x509Time(
      sequence(entry, `CRL: revokedCertificates[${k}]`, 2, 3)[1],
      `CRL: revokedCertificates[${k}].revocationDate`,
    ),
  );
  return { thisUpdate, nextUpdate, revocationDates };
}

/** RFC 5280 section 5.2.3: CRLNumber ::= INTEGER (0..MAX). */
function crlNumber(ext: Extension): bigint {
  const node = extensionValue(ext, 'CRL');
  const value = node instanceof asn1js.Integer ? node.toBigInt() : -1n;
  if (value < 0n)
    throw new CryptoError('malformed', `CRL: ${describeExtension(ext.oid)} is not a non-negative INTEGER`);
  return value;
}

/** Every CRL in a PEM bundle, or the one in a DER buffer. */
export function parseCrls(derOrPem: string | Uint8Array): Crl[] {
  if (!isPem(derOrPem)) return [parseCrl(derOrPem)];
  const text = typeof derOrPem === 'string' ? derOrPem : new TextDecoder().decode(derOrPem);
  return decodePem(text)
    .filter((b) => b.label === 'X509 CRL')
    .map((b) => parseCrl(b.der));
}

function revokedEntry(r: pkijs.RevokedCertificate, i: number, revocationDate: Date): RevokedEntry {
  const what = `CRL: revokedCertificates[${i}]`;
  const serialNumber = readField(`${what}.userCertificate`, () => r.userCertificate.toBigInt());
  let reason: CrlReason = 'unspecified';
  for (const x of extensionList(r.crlEntryExtensions?.extensions, what)) {
    if (x.oid !== EXT.crlReason) continue;
    // RFC 5280 section 5.3.1: CRLReason ::= ENUMERATED; values we do not know read as unspecified.
    const node = extensionValue(x, what);
    if (!(node instanceof asn1js.Enumerated))
      throw new CryptoError('malformed', `${what}: ${describeExtension(x.oid)} is not an ENUMERATED`);
    reason = REASONS[node.valueBlock.valueDec] ?? 'unspecified';
  }
  return { serialNumber, revocationDate, reason };
}

/** Whether `crl` was signed by `issuer` and names it as issuer (RFC 5280 section 6.3.3 (f), (g)). */
export function crlIssuedBy(crl: Crl, issuer: Certificate, crypto?: CryptoOption): boolean {
  if (!namesEqual(crl.issuer, issuer.subject)) return false;
  // RFC 5280 section 6.3.3 (f): a CRL signer with keyUsage must assert cRLSign.
  if (issuer.keyUsage !== undefined && !issuer.keyUsage.includes('cRLSign')) return false;
  return (
    issuer.publicKey !== undefined &&
    verifyWithKey(crl.signatureAlgorithm, crl.tbs, crl.signature, issuer.publicKey, crypto)
  );
}

export type RevocationStatus =
  | { readonly status: 'good' }
  | { readonly status: 'revoked'; readonly reason: CrlReason }
  /** No current CRL from the issuer among those given. */
  | { readonly status: 'undetermined' };

/**
 * The revocation status of `cert` (issued by `issuer`) by the CRLs given. Only CRLs that name the
 * issuer, verify under its key, and are current at `now` (thisUpdate <= now <= nextUpdate) count.
 */
export function revocationStatus(
  cert: Certificate,
  issuer: Certificate,
  crls: readonly Crl[],
  now: Date = new Date(),
  crypto?: CryptoOption,
): RevocationStatus {
  let determined = false;
  for (const crl of crls) {
    if (!namesEqual(crl.issuer, cert.issuer)) continue;
    if (crl.thisUpdate > now || (crl.nextUpdate !== undefined && crl.nextUpdate < now)) continue;
    if (!crlIssuedBy(crl, issuer, crypto)) continue;
    determined = true;
    const entry = crl.revoked.find((r) => r.serialNumber === cert.serialNumber);
    // removeFromCRL (delta CRLs only) un-revokes; we treat it as good.
    if (entry !== undefined && entry.reason !== 'removeFromCRL')
      return { status: 'revoked', reason: entry.reason };
  }
  return determined ? { status: 'good' } : { status: 'undetermined' };
}
