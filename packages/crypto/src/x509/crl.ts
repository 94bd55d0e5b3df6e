// Certificate revocation lists (RFC 5280 section 5), parsed with pkijs, and the revocation check
// for one certificate against the CRLs of its issuer.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { KeyError } from '../keys/errors.js';
import { decodePem, isPem } from '../keys/pem.js';
import type { CryptoOption } from '../provider/index.js';
import {
  type AlgorithmIdentifier,
  algorithmIdentifier,
  type Certificate,
  EXT,
  type Extension,
  toDer,
} from './certificate.js';
import { type Name, nameFromPkijs, namesEqual } from './name.js';
import { verifyWithKey } from './signature.js';

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
  let crl: pkijs.CertificateRevocationList;
  try {
    const parsed = asn1js.fromBER(der.slice());
    if (parsed.offset === -1 || parsed.offset !== der.length) throw new Error('bad DER');
    crl = new pkijs.CertificateRevocationList({ schema: parsed.result });
  } catch (e) {
    throw new KeyError('malformed', 'CRL: not a valid X.509 CRL', { cause: e });
  }
  try {
    const extensions = (crl.crlExtensions?.extensions ?? []).map((x) => ({
      oid: x.extnID,
      critical: x.critical,
      value: x.extnValue.valueBlock.valueHexView.slice(),
    }));
    const num = extensions.find((x) => x.oid === EXT.crlNumber);
    const numNode = num === undefined ? undefined : asn1js.fromBER(num.value.slice()).result;
    return {
      der,
      tbs: crl.tbsView.slice(),
      issuer: nameFromPkijs(crl.issuer),
      thisUpdate: crl.thisUpdate.value,
      nextUpdate: crl.nextUpdate?.value,
      revoked: (crl.revokedCertificates ?? []).map(revokedEntry),
      crlNumber: numNode instanceof asn1js.Integer ? numNode.toBigInt() : undefined,
      extensions,
      signatureAlgorithm: algorithmIdentifier(
        crl.signatureAlgorithm.algorithmId,
        crl.signatureAlgorithm.algorithmParams,
      ),
      signature: crl.signatureValue.valueBlock.valueHexView.slice(),
    };
  } catch (e) {
    throw new KeyError('malformed', 'CRL: bad field or extension', { cause: e });
  }
}

/** Every CRL in a PEM bundle, or the one in a DER buffer. */
export function parseCrls(derOrPem: string | Uint8Array): Crl[] {
  if (!isPem(derOrPem)) return [parseCrl(derOrPem)];
  const text = typeof derOrPem === 'string' ? derOrPem : new TextDecoder().decode(derOrPem);
  return decodePem(text)
    .filter((b) => b.label === 'X509 CRL')
    .map((b) => parseCrl(b.der));
}

function revokedEntry(r: pkijs.RevokedCertificate): RevokedEntry {
  let reason: CrlReason = 'unspecified';
  for (const x of r.crlEntryExtensions?.extensions ?? []) {
    if (x.extnID !== EXT.crlReason) continue;
    const node = asn1js.fromBER(x.extnValue.valueBlock.valueHexView.slice()).result;
    if (node instanceof asn1js.Enumerated) reason = REASONS[node.valueBlock.valueDec] ?? 'unspecified';
  }
  return { serialNumber: r.userCertificate.toBigInt(), revocationDate: r.revocationDate.value, reason };
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
