// X.509 certificates (RFC 5280 section 4), parsed with pkijs into a plain, immutable summary:
// names, validity, public key, and the extensions path validation and hostname checks need.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { CryptoError } from '../errors.js';
import { contextTag, parseDer, sequence } from '../keys/asn1.js';
import { decodePem, isPem } from '../keys/pem.js';
import { decodeSpki } from '../keys/spki.js';
import type { PublicKey } from '../provider/key-types.js';
import {
  type BasicConstraints,
  type Extension,
  type GeneralName,
  type KeyUsage,
  type NameConstraints,
  summarizeExtensions,
} from './extensions.js';
import { type Name, nameFromPkijs, namesEqual } from './name.js';
import { ParsedCache } from './parsed-cache.js';
import { fromSchema, readField } from './pkijs-parse.js';
import { x509Time } from './time.js';

export {
  type BasicConstraints,
  EXT,
  type Extension,
  type GeneralName,
  KEY_USAGE_BITS,
  type KeyUsage,
  type NameConstraints,
  UNDERSTOOD_EXTENSIONS,
} from './extensions.js';

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
    if (typeof input === 'string') throw new CryptoError('malformed', `${what}: no PEM block found`);
    return input;
  }
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  const labels =
    label === 'CERTIFICATE' ? ['CERTIFICATE', 'TRUSTED CERTIFICATE', 'X509 CERTIFICATE'] : [label];
  const block = decodePem(text).find((b) => labels.includes(b.label));
  if (block === undefined) throw new CryptoError('malformed', `${what}: no "${label}" PEM block found`);
  return block.der;
}

const parsed = new ParsedCache<Certificate>();

function fromDer(der: Uint8Array): Certificate {
  return parsed.get(der, parseDerCertificate);
}

function parseDerCertificate(der: Uint8Array): Certificate {
  const node = parseDer(der, 'certificate');
  const cert = fromSchema(
    node,
    'certificate',
    'X.509 Certificate (RFC 5280 section 4.1)',
    (schema) => new pkijs.Certificate({ schema }),
  );
  // RFC 5280 section 4.1: validity is the fifth field of tbsCertificate after the optional [0]
  // version; pkijs matched that shape already, so the times are read from their own DER.
  const tbs = sequence(sequence(node, 'certificate', 3, 3)[0], 'certificate: tbsCertificate', 6);
  const validity = sequence(tbs[contextTag(tbs[0]) === 0 ? 4 : 3], 'certificate: validity', 2, 2);
  return summarize(der.slice(), cert, {
    notBefore: x509Time(validity[0], 'certificate: validity.notBefore'),
    notAfter: x509Time(validity[1], 'certificate: validity.notAfter'),
  });
}

function summarize(
  der: Uint8Array,
  cert: pkijs.Certificate,
  validity: { notBefore: Date; notAfter: Date },
): Certificate {
  const subject = readField('certificate: subject', () => nameFromPkijs(cert.subject));
  const issuer = readField('certificate: issuer', () => nameFromPkijs(cert.issuer));
  const spki = readField(
    'certificate: subjectPublicKeyInfo',
    () => new Uint8Array(cert.subjectPublicKeyInfo.toSchema().toBER(false)),
  );
  let publicKey: PublicKey | undefined;
  try {
    publicKey = decodeSpki(spki);
  } catch {
    // A key algorithm we do not decode: the certificate can still be inspected and chained.
    publicKey = undefined;
  }
  const ext = summarizeExtensions(cert.extensions);
  const sigParams = cert.signatureAlgorithm.algorithmParams as asn1js.AsnType | undefined;
  return {
    der,
    tbs: readField('certificate: tbsCertificate', () => cert.tbsView.slice()),
    version: cert.version + 1,
    serialNumber: readField('certificate: serialNumber', () => cert.serialNumber.toBigInt()),
    subject,
    issuer,
    ...validity,
    spki,
    publicKey,
    signatureAlgorithm: readField('certificate: signatureAlgorithm', () =>
      algorithmIdentifier(cert.signatureAlgorithm.algorithmId, sigParams),
    ),
    signatureAlgorithmsAgree: readField('certificate: tbsCertificate.signature', () =>
      sameDer(cert.signature.toSchema(), cert.signatureAlgorithm.toSchema()),
    ),
    signature: readField('certificate: signatureValue', () =>
      cert.signatureValue.valueBlock.valueHexView.slice(),
    ),
    ...ext,
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
