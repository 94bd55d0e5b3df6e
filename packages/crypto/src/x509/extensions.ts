// Certificate extensions (RFC 5280 section 4.2): the raw list, and the extensions path validation
// and hostname checks act on, decoded strictly. pkijs leaves an extension value that is not DER
// as undefined and one of the wrong shape as an empty object (with `parsingError` set), which
// would read as "no subjectAltNames" or "no name constraints"; here each value is decoded from
// its own DER, and one that does not decode is an error naming the extension.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { CryptoError } from '../errors.js';
import { parseDer } from '../keys/asn1.js';
import { type Name, nameFromPkijs } from './name.js';
import { fromSchema, readField } from './pkijs-parse.js';

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

const EXT_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(EXT).map(([name, oid]) => [oid, name]));

/** `subjectAltName extension (2.5.29.17)`, or `extension 1.2.3` for one we have no name for. */
export function describeExtension(oid: string): string {
  const name = EXT_NAMES.get(oid);
  return name === undefined ? `extension ${oid}` : `${name} extension (${oid})`;
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

/** What a certificate's extensions say, as Certificate carries it. */
export interface ExtensionSummary {
  readonly extensions: readonly Extension[];
  readonly subjectAltNames: readonly GeneralName[];
  readonly keyUsage: readonly KeyUsage[] | undefined;
  readonly extKeyUsage: readonly string[] | undefined;
  readonly basicConstraints: BasicConstraints | undefined;
  readonly nameConstraints: NameConstraints | undefined;
  readonly subjectKeyId: Uint8Array | undefined;
  readonly authorityKeyId: Uint8Array | undefined;
}

/**
 * The raw extension list. A repeated extension is ambiguous: RFC 5280 section 4.2 forbids it in
 * certificates, and it is refused in CRLs for the same reason. `where` is `certificate` or `CRL`.
 */
export function extensionList(exts: readonly pkijs.Extension[] | undefined, where: string): Extension[] {
  const out: Extension[] = [];
  for (const ext of exts ?? []) {
    const oid = ext.extnID;
    if (out.some((x) => x.oid === oid))
      throw new CryptoError('malformed', `${where}: duplicate ${describeExtension(oid)}`);
    const value = readField(`${where}: ${describeExtension(oid)} value`, () =>
      ext.extnValue.valueBlock.valueHexView.slice(),
    );
    out.push({ oid, critical: ext.critical, value });
  }
  return out;
}

/** The single DER value inside an extension's extnValue. */
export function extensionValue(ext: Extension, where: string): asn1js.AsnType {
  return parseDer(ext.value, `${where}: ${describeExtension(ext.oid)}`);
}

export function summarizeExtensions(exts: readonly pkijs.Extension[] | undefined): ExtensionSummary {
  const extensions = extensionList(exts, 'certificate');
  const get = <T>(oid: string, decode: (node: asn1js.AsnType, what: string) => T): T | undefined => {
    const ext = extensions.find((x) => x.oid === oid);
    if (ext === undefined) return undefined;
    const what = `certificate: ${describeExtension(oid)}`;
    return readField(what, () => decode(extensionValue(ext, 'certificate'), what));
  };
  return {
    extensions,
    subjectAltNames: get(EXT.subjectAltName, subjectAltNames) ?? [],
    keyUsage: get(EXT.keyUsage, keyUsage),
    extKeyUsage: get(EXT.extKeyUsage, extKeyUsage),
    basicConstraints: get(EXT.basicConstraints, basicConstraints),
    nameConstraints: get(EXT.nameConstraints, nameConstraints),
    subjectKeyId: get(EXT.subjectKeyIdentifier, subjectKeyId),
    authorityKeyId: get(EXT.authorityKeyIdentifier, authorityKeyId),
  };
}

// One decoder per extension: `what` names the certificate extension for error messages.

function subjectAltNames(node: asn1js.AsnType, what: string): GeneralName[] {
  const alt = fromSchema(
    node,
    what,
    'GeneralNames (RFC 5280 section 4.2.1.6)',
    (schema) => new pkijs.AltName({ schema }),
  );
  return alt.altNames.map((g) => generalName(g, what));
}

function keyUsage(node: asn1js.AsnType, what: string): KeyUsage[] {
  if (!(node instanceof asn1js.BitString) || node.idBlock.isConstructed)
    throw new CryptoError('malformed', `${what}: KeyUsage is not a BIT STRING (RFC 5280 section 4.2.1.3)`);
  const bytes = node.valueBlock.valueHexView;
  return KEY_USAGE_BITS.filter((_, i) => ((bytes[i >> 3] ?? 0) >> (7 - (i & 7))) & 1);
}

function extKeyUsage(node: asn1js.AsnType, what: string): string[] {
  const eku = fromSchema(
    node,
    what,
    'ExtKeyUsageSyntax (RFC 5280 section 4.2.1.12)',
    (schema) => new pkijs.ExtKeyUsage({ schema }),
  );
  return eku.keyPurposes.map((p) => EKU_NAMES[p] ?? p);
}

function basicConstraints(node: asn1js.AsnType, what: string): BasicConstraints {
  const bc = fromSchema(
    node,
    what,
    'BasicConstraints (RFC 5280 section 4.2.1.9)',
    (schema) => new pkijs.BasicConstraints({ schema }),
  );
  const len = bc.pathLenConstraint;
  if (len === undefined) return { ca: bc.cA };
  const pathLen = typeof len === 'number' ? len : len.valueBlock.valueDec;
  if (!Number.isSafeInteger(pathLen) || pathLen < 0)
    throw new CryptoError('malformed', `${what}: pathLenConstraint is not a non-negative integer`);
  return { ca: bc.cA, pathLen };
}

function nameConstraints(node: asn1js.AsnType, what: string): NameConstraints {
  const nc = fromSchema(
    node,
    what,
    'NameConstraints (RFC 5280 section 4.2.1.10)',
    (schema) => new pkijs.NameConstraints({ schema }),
  );
  return {
    permitted: (nc.permittedSubtrees ?? []).map((s) => generalName(s.base, `${what}: permittedSubtrees`)),
    excluded: (nc.excludedSubtrees ?? []).map((s) => generalName(s.base, `${what}: excludedSubtrees`)),
  };
}

function subjectKeyId(node: asn1js.AsnType, what: string): Uint8Array {
  if (!(node instanceof asn1js.OctetString) || node.idBlock.isConstructed)
    throw new CryptoError(
      'malformed',
      `${what}: KeyIdentifier is not an OCTET STRING (RFC 5280 section 4.2.1.2)`,
    );
  return node.valueBlock.valueHexView.slice();
}

function authorityKeyId(node: asn1js.AsnType, what: string): Uint8Array | undefined {
  const aki = fromSchema(
    node,
    what,
    'AuthorityKeyIdentifier (RFC 5280 section 4.2.1.1)',
    (schema) => new pkijs.AuthorityKeyIdentifier({ schema }),
  );
  return aki.keyIdentifier?.valueBlock.valueHexView.slice();
}

export function generalName(g: pkijs.GeneralName, what: string): GeneralName {
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
      if (!(g.value instanceof asn1js.OctetString))
        throw new CryptoError('malformed', `${what}: iPAddress is not an OCTET STRING`);
      const bytes = g.value.valueBlock.valueHexView.slice();
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
