// X.509 certificates (RFC 5280 section 4), parsed with pkijs into a plain, immutable summary:
// names, validity, public key, and the extensions path validation and hostname checks need.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { KeyError } from '../keys/errors.js';
import { decodePem, isPem } from '../keys/pem.js';
import { decodeSpki } from '../keys/spki.js';
import type { PublicKey } from '../provider/key-types.js';
import { type Name, nameFromPkijs, namesEqual } from './name.js';

/** RFC 5280 section 4.2.1.3, bit order. */
export const KEY_USAGE_BITS = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
] as const;
export type KeyUsage = (typeof KEY_USAGE_BITS)[number];

/** RFC 5280 section 4.2.1.12 key purposes by OID. */
const EKU_NAMES: Readonly<Record<string, string>> = {
  '2.5.29.37.0': 'anyExtendedKeyUsage',
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
};

export const EXT = {
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  issuerAltName: '2.5.29.18',
  basicConstraints: '2.5.29.19',
  crlNumber: '2.5.29.20',
  crlReason: '2.5.29.21',
  nameConstraints: '2.5.29.30',
  crlDistributionPoints: '2.5.29.31',
  certificatePolicies: '2.5.29.32',
  policyConstraints: '2.5.29.36',
  authorityKeyIdentifier: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  inhibitAnyPolicy: '2.5.29.54',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
} as const;

/** A GeneralName (RFC 5280 section 4.2.1.6) in the forms we use. */
export type GeneralName =
  | { readonly type: 'dns'; readonly value: string }
  | { readonly type: 'email'; readonly value: string }
  | { readonly type: 'uri'; readonly value: string }
  /** `bytes` is 4 or 16 octets; in name constraints 8 or 32 (address and mask). */
  | { readonly type: 'ip'; readonly value: string; readonly bytes: Uint8Array }
  | { readonly type: 'dirName'; readonly value: Name }
  | { readonly type: 'other'; readonly tag: number };

export interface Extension {
  readonly oid: string;
  readonly critical: boolean;
  /** The extnValue contents (the DER of the extension's own structure). */
  readonly value: Uint8Array;
}

export interface BasicConstraints {
  readonly ca: boolean;
  readonly pathLen?: number;
}

export interface NameConstraints {
  readonly permitted: readonly GeneralName[];
  readonly excluded: readonly GeneralName[];
}

export interface AlgorithmIdentifier {
  readonly oid: string;
  /** DER of the parameters, when present. */
  readonly params?: Uint8Array;
}

export interface Certificate {
  readonly der: Uint8Array;
  /** DER of tbsCertificate: the signed bytes. */
  readonly tbs: Uint8Array;
  /** 1, 2 or 3. */
  readonly version: number;
  readonly serialNumber: bigint;
  readonly subject: Name;
  readonly issuer: Name;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** DER of subjectPublicKeyInfo. */
  readonly spki: Uint8Array;
  /** The decoded key, or undefined for algorithms we do not decode. */
  readonly publicKey: PublicKey | undefined;
  readonly signatureAlgorithm: AlgorithmIdentifier;
  /**
   * Whether the signature field inside tbsCertificate equals signatureAlgorithm, as RFC 5280
   * section 4.1.1.2 requires; a certificate where they differ never verifies.
   */
  readonly signatureAlgorithmsAgree: boolean;
  readonly signature: Uint8Array;
  readonly extensions: readonly Extension[];
  readonly subjectAltNames: readonly GeneralName[];
  /** Present key usages, or undefined when the extension is absent (all usages allowed). */
  readonly keyUsage: readonly KeyUsage[] | undefined;
  /** Key purposes by name (serverAuth, …) or OID; undefined when absent. */
  readonly extKeyUsage: readonly string[] | undefined;
  readonly basicConstraints: BasicConstraints | undefined;
  readonly nameConstraints: NameConstraints | undefined;
  readonly subjectKeyId: Uint8Array | undefined;
  readonly authorityKeyId: Uint8Array | undefined;
  /** Subject and issuer are the same name (RFC 5280 section 6.1: "self-issued"). */
  readonly selfIssued: boolean;
}

/** Extensions whose meaning we enforce; a critical extension outside this set fails validation. */
export const UNDERSTOOD_EXTENSIONS: ReadonlySet<string> = new Set([
  EXT.subjectKeyIdentifier,
  EXT.keyUsage,
  EXT.subjectAltName,
  EXT.issuerAltName,
  EXT.basicConstraints,
  EXT.nameConstraints,
  EXT.crlDistributionPoints,
  EXT.certificatePolicies,
  EXT.policyConstraints,
  EXT.authorityKeyIdentifier,
  EXT.extKeyUsage,
  EXT.inhibitAnyPolicy,
  EXT.authorityInfoAccess,
]);

/** Parse one certificate from DER or PEM (the first `CERTIFICATE` block). */
export function parseCertificate(derOrPem: string | Uint8Array): Certificate {
  return fromDer(toDer(derOrPem, 'CERTIFICATE', 'certificate'));
}

/** Every certificate in a PEM bundle, or the one in a DER buffer. */
export function parseCertificates(derOrPem: string | Uint8Array): Certificate[] {
  if (!isPem(derOrPem)) return [parseCertificate(derOrPem)];
  const text = typeof derOrPem === 'string' ? derOrPem : new TextDecoder().decode(derOrPem);
  return decodePem(text)
    .filter(
      (b) => b.label === 'CERTIFICATE' || b.label === 'TRUSTED CERTIFICATE' || b.label === 'X509 CERTIFICATE',
    )
    .map((b) => fromDer(b.der));
}

export function toDer(input: string | Uint8Array, label: string, what: string): Uint8Array {
  if (!isPem(input)) {
    if (typeof input === 'string') throw new KeyError('malformed', `${what}: no PEM block found`);
    return input;
  }
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  const labels =
    label === 'CERTIFICATE' ? ['CERTIFICATE', 'TRUSTED CERTIFICATE', 'X509 CERTIFICATE'] : [label];
  const block = decodePem(text).find((b) => labels.includes(b.label));
  if (block === undefined) throw new KeyError('malformed', `${what}: no "${label}" PEM block found`);
  return block.der;
}

function fromDer(der: Uint8Array): Certificate {
  let cert: pkijs.Certificate;
  try {
    const copy = der.slice();
    const parsed = asn1js.fromBER(copy);
    if (parsed.offset === -1 || parsed.offset !== copy.length) throw new Error('bad DER');
    cert = new pkijs.Certificate({ schema: parsed.result });
  } catch (e) {
    throw new KeyError('malformed', 'certificate: not a valid X.509 certificate', { cause: e });
  }
  try {
    return summarize(der.slice(), cert);
  } catch (e) {
    if (e instanceof KeyError) throw e;
    throw new KeyError('malformed', 'certificate: bad field or extension', { cause: e });
  }
}

function summarize(der: Uint8Array, cert: pkijs.Certificate): Certificate {
  const subject = nameFromPkijs(cert.subject);
  const issuer = nameFromPkijs(cert.issuer);
  const spki = new Uint8Array(cert.subjectPublicKeyInfo.toSchema().toBER(false));
  let publicKey: PublicKey | undefined;
  try {
    publicKey = decodeSpki(spki);
  } catch {
    publicKey = undefined;
  }
  const extensions: Extension[] = [];
  let subjectAltNames: GeneralName[] = [];
  let keyUsage: KeyUsage[] | undefined;
  let extKeyUsage: string[] | undefined;
  let basicConstraints: BasicConstraints | undefined;
  let nameConstraints: NameConstraints | undefined;
  let subjectKeyId: Uint8Array | undefined;
  let authorityKeyId: Uint8Array | undefined;
  const seen = new Set<string>();
  for (const ext of cert.extensions ?? []) {
    // RFC 5280 section 4.2: a certificate MUST NOT include more than one instance of an extension.
    if (seen.has(ext.extnID))
      throw new KeyError('malformed', `certificate: duplicate extension ${ext.extnID}`);
    seen.add(ext.extnID);
    extensions.push({
      oid: ext.extnID,
      critical: ext.critical,
      value: ext.extnValue.valueBlock.valueHexView.slice(),
    });
    const parsed: unknown = ext.parsedValue;
    switch (ext.extnID) {
      case EXT.subjectAltName:
        subjectAltNames = (parsed as pkijs.AltName).altNames.map(generalName);
        break;
      case EXT.keyUsage:
        keyUsage = keyUsageBits(parsed as asn1js.BitString);
        break;
      case EXT.extKeyUsage:
        extKeyUsage = (parsed as pkijs.ExtKeyUsage).keyPurposes.map((p) => EKU_NAMES[p] ?? p);
        break;
      case EXT.basicConstraints: {
        const bc = parsed as pkijs.BasicConstraints;
        const len = bc.pathLenConstraint;
        const pathLen =
          len === undefined ? undefined : typeof len === 'number' ? len : len.valueBlock.valueDec;
        basicConstraints = pathLen === undefined ? { ca: bc.cA } : { ca: bc.cA, pathLen };
        break;
      }
      case EXT.nameConstraints: {
        const nc = parsed as pkijs.NameConstraints;
        nameConstraints = {
          permitted: (nc.permittedSubtrees ?? []).map((s) => generalName(s.base)),
          excluded: (nc.excludedSubtrees ?? []).map((s) => generalName(s.base)),
        };
        break;
      }
      case EXT.subjectKeyIdentifier:
        subjectKeyId = (parsed as asn1js.OctetString).valueBlock.valueHexView.slice();
        break;
      case EXT.authorityKeyIdentifier:
        authorityKeyId = (
          parsed as pkijs.AuthorityKeyIdentifier
        ).keyIdentifier?.valueBlock.valueHexView.slice();
        break;
    }
  }
  const sigParams = cert.signatureAlgorithm.algorithmParams as asn1js.AsnType | undefined;
  return {
    der,
    tbs: cert.tbsView.slice(),
    version: cert.version + 1,
    serialNumber: cert.serialNumber.toBigInt(),
    subject,
    issuer,
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
    spki,
    publicKey,
    signatureAlgorithm: algorithmIdentifier(cert.signatureAlgorithm.algorithmId, sigParams),
    signatureAlgorithmsAgree: sameDer(cert.signature.toSchema(), cert.signatureAlgorithm.toSchema()),
    signature: cert.signatureValue.valueBlock.valueHexView.slice(),
    extensions,
    subjectAltNames,
    keyUsage,
    extKeyUsage,
    basicConstraints,
    nameConstraints,
    subjectKeyId,
    authorityKeyId,
    selfIssued: namesEqual(subject, issuer),
  };
}

function sameDer(a: asn1js.AsnType, b: asn1js.AsnType): boolean {
  const x = new Uint8Array(a.toBER(false));
  const y = new Uint8Array(b.toBER(false));
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

export function algorithmIdentifier(oid: string, params: asn1js.AsnType | undefined): AlgorithmIdentifier {
  // pkijs leaves an absent parameter as an empty Any.
  if (params === undefined || params.constructor === asn1js.Any) return { oid };
  return { oid, params: new Uint8Array(params.toBER(false)) };
}

function keyUsageBits(bits: asn1js.BitString): KeyUsage[] {
  const bytes = bits.valueBlock.valueHexView;
  return KEY_USAGE_BITS.filter((_, i) => ((bytes[i >> 3] ?? 0) >> (7 - (i & 7))) & 1);
}

export function generalName(g: pkijs.GeneralName): GeneralName {
  switch (g.type) {
    case 1:
      return { type: 'email', value: String(g.value) };
    case 2:
      return { type: 'dns', value: String(g.value) };
    case 4:
      return { type: 'dirName', value: nameFromPkijs(g.value as pkijs.RelativeDistinguishedNames) };
    case 6:
      return { type: 'uri', value: String(g.value) };
    case 7: {
      const bytes = (g.value as asn1js.OctetString).valueBlock.valueHexView.slice();
      return { type: 'ip', value: formatIp(bytes), bytes };
    }
    default:
      return { type: 'other', tag: g.type };
  }
}

/** Dotted quad or RFC 5952 text for 4 or 16 bytes; address/mask pairs for 8 or 32. */
export function formatIp(b: Uint8Array): string {
  if (b.length === 8 || b.length === 32) {
    const half = b.length / 2;
    return `${formatIp(b.subarray(0, half))}/${formatIp(b.subarray(half))}`;
  }
  if (b.length === 4) return Array.from(b).join('.');
  if (b.length !== 16) return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  const words = Array.from({ length: 8 }, (_, i) =>
    (((b[2 * i] ?? 0) << 8) | (b[2 * i + 1] ?? 0)).toString(16),
  );
  // RFC 5952 section 4.2: compress the longest run (of 2+) of zero words.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && words[j] === '0') j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j === i ? i + 1 : j;
  }
  if (best < 0) return words.join(':');
  return `${words.slice(0, best).join(':')}::${words.slice(best + bestLen).join(':')}`;
}
