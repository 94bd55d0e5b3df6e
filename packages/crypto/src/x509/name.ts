// Distinguished names (RFC 5280 section 4.1.2.4): attribute lists for display, and OpenSSL's
// canonical encoding (crypto/x509/x_name.c, x509_name_canon) used both to compare names when
// chaining (RFC 5280 section 7.1 asks for a case-insensitive, whitespace-folding match) and to
// compute the name hashes of hash-named certificate and CRL directories.
import * as asn1js from 'asn1js';
import type * as pkijs from 'pkijs';

export interface NameAttribute {
  /** Attribute type OID, e.g. 2.5.4.3. */
  readonly oid: string;
  /** Short name when known (CN, O, OU, C, …), else the OID. */
  readonly type: string;
  readonly value: string;
}

export interface Name {
  /** The DER encoding of the Name as it appeared. */
  readonly der: Uint8Array;
  /** Relative distinguished names in encoded order (most significant first). */
  readonly rdns: readonly (readonly NameAttribute[])[];
  /** OpenSSL's canonical encoding: equal for names that RFC 5280 section 7.1 deems equal. */
  readonly canonical: Uint8Array;
}

const SHORT_NAMES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'street',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.42': 'GN',
  '1.2.840.113549.1.9.1': 'emailAddress',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
};

/**
 * String types that OpenSSL canonicalizes (ASN1_MASK_CANON): UTF8String 12, PrintableString 19,
 * T61String 20, IA5String 22, VisibleString 26, UniversalString 28, BMPString 30. Others (for
 * example NumericString) are compared as encoded.
 */
const CANON_TAGS = new Set([12, 19, 20, 22, 26, 28, 30]);

export function nameFromPkijs(rdn: pkijs.RelativeDistinguishedNames): Name {
  const der = new Uint8Array(
    rdn.valueBeforeDecode.byteLength ? rdn.valueBeforeDecode : rdn.toSchema().toBER(false),
  );
  // pkijs flattens the RDN SETs into one list; re-read the structure to keep multi-valued RDNs.
  const { result } = asn1js.fromBER(der.slice());
  const sets = result instanceof asn1js.Sequence ? (result.valueBlock.value as asn1js.AsnType[]) : [];
  const rdns: NameAttribute[][] = [];
  const canonicalSets: Uint8Array[] = [];
  for (const set of sets) {
    const attrs: NameAttribute[] = [];
    const canon: Uint8Array[] = [];
    const entries = set instanceof asn1js.Set ? (set.valueBlock.value as asn1js.AsnType[]) : [];
    for (const entry of entries) {
      const [typeNode, valueNode] =
        entry instanceof asn1js.Sequence ? (entry.valueBlock.value as asn1js.AsnType[]) : [];
      if (!(typeNode instanceof asn1js.ObjectIdentifier) || valueNode === undefined) continue;
      const oid = typeNode.valueBlock.toString();
      const text = stringValue(valueNode);
      attrs.push({
        oid,
        type: SHORT_NAMES[oid] ?? oid,
        value: text ?? hexOf(new Uint8Array(valueNode.toBER(false))),
      });
      canon.push(canonicalEntry(oid, valueNode, text));
    }
    rdns.push(attrs);
    canonicalSets.push(derSetOf(canon));
  }
  return { der, rdns, canonical: concat(canonicalSets) };
}

/** RFC 4514 string form: least significant RDN first, `CN=leaf,O=Example`. */
export function nameToString(name: Name): string {
  return [...name.rdns]
    .reverse()
    .map((rdn) => rdn.map((a) => `${a.type}=${escapeRfc4514(a.value)}`).join('+'))
    .join(',');
}

/** The first value of an attribute, e.g. the subject common name. */
export function nameAttribute(name: Name, typeOrOid: string): string | undefined {
  for (const rdn of name.rdns)
    for (const a of rdn) if (a.type === typeOrOid || a.oid === typeOrOid) return a.value;
  return undefined;
}

export function namesEqual(a: Name, b: Name): boolean {
  return bytesEqual(a.canonical, b.canonical);
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function stringValue(node: asn1js.AsnType): string | undefined {
  const v = (node as { valueBlock?: { value?: unknown } }).valueBlock?.value;
  return node.idBlock.tagClass === 1 && typeof v === 'string' ? v : undefined;
}

/**
 * x509_name_canon / asn1_string_canon: convert to UTF-8, drop leading and trailing whitespace,
 * fold inner whitespace runs to one space, lower-case ASCII letters, re-encode as UTF8String.
 */
function canonicalEntry(oid: string, value: asn1js.AsnType, text: string | undefined): Uint8Array {
  let canonValue: Uint8Array;
  if (value.idBlock.tagClass === 1 && CANON_TAGS.has(value.idBlock.tagNumber) && text !== undefined) {
    const folded = text
      .replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '')
      .replace(/[ \t\n\v\f\r]+/g, ' ')
      .replace(/[A-Z]/g, (c) => c.toLowerCase());
    canonValue = new Uint8Array(new asn1js.Utf8String({ value: folded }).toBER(false));
  } else canonValue = new Uint8Array(value.toBER(false));
  const oidDer = new Uint8Array(new asn1js.ObjectIdentifier({ value: oid }).toBER(false));
  return derTlv(0x30, concat([oidDer, canonValue]));
}

/** DER SET OF: elements sorted by their encodings (X.690 section 11.6). */
function derSetOf(items: Uint8Array[]): Uint8Array {
  const sorted = [...items].sort(compareBytes);
  return derTlv(0x31, concat(sorted));
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function derTlv(tag: number, body: Uint8Array): Uint8Array {
  let len: number[];
  if (body.length < 0x80) len = [body.length];
  else {
    const bytes: number[] = [];
    for (let n = body.length; n > 0; n >>>= 8) bytes.unshift(n & 0xff);
    len = [0x80 | bytes.length, ...bytes];
  }
  return concat([new Uint8Array([tag, ...len]), body]);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

function escapeRfc4514(v: string): string {
  // RFC 4514 section 2.4
  return v
    .replace(/([,+"\\<>;=])/g, '\\$1')
    .replace(/^([ #])/, '\\$1')
    .replace(/ $/, '\\ ');
}

export function hexOf(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}
