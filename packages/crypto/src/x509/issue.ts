// Issuing certificates, for throwaway PKIs (demos, tests, `otpnet` servers without a CA): an
// ECDSA P-256 key and a certificate signed by a given CA or by itself. pkijs builds the
// structures; the signature comes from the provider.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { publicKeyOf } from '../keys/public.js';
import { encodeSpki } from '../keys/spki.js';
import type { EcPrivateKey, PrivateKey } from '../provider/key-types.js';
import type { Provider } from '../provider/types.js';
import { type Certificate, parseCertificate } from './certificate.js';

const OID = {
  commonName: '2.5.4.3',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectAltName: '2.5.29.17',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
} as const;

export interface IssueOptions {
  readonly commonName: string;
  /** The subject's key; its public half goes into the certificate. */
  readonly key: PrivateKey;
  /** The CA that signs; self-signed when absent. Signing keys must be ECDSA P-256. */
  readonly issuer?: { readonly cert: Certificate; readonly key: PrivateKey };
  readonly ca?: boolean;
  readonly dnsNames?: readonly string[];
  /** IPv4 addresses, dotted. */
  readonly ipAddresses?: readonly string[];
  readonly usages?: readonly ('serverAuth' | 'clientAuth')[];
  /** Validity from now (backdated an hour for clock skew); default 30 days. */
  readonly days?: number;
}

/** A fresh ECDSA P-256 private key. */
export function generateEcKey(crypto: Provider): EcPrivateKey {
  const pair = crypto.ecdh('secp256r1').generateKeyPair();
  return { kind: 'ec', curve: 'secp256r1', d: pair.privateKey, point: pair.publicKey };
}

/** A name of one attribute, the common name. */
function name(commonName: string): pkijs.RelativeDistinguishedNames {
  const cn = new pkijs.AttributeTypeAndValue({
    type: OID.commonName,
    value: new asn1js.Utf8String({ value: commonName }),
  });
  return new pkijs.RelativeDistinguishedNames({ typesAndValues: [cn] });
}

function ipBytes(ip: string): ArrayBuffer {
  return Uint8Array.from(ip.split('.').map(Number)).buffer;
}

function extensions(o: IssueOptions): pkijs.Extension[] {
  const ext = (extnID: string, critical: boolean, value: asn1js.AsnType) =>
    new pkijs.Extension({ extnID, critical, extnValue: value.toBER(false) });
  const out = [ext(OID.basicConstraints, true, new pkijs.BasicConstraints({ cA: o.ca === true }).toSchema())];
  // digitalSignature for leaves; keyCertSign and cRLSign for CAs (bit 0 is the first bit).
  const usage = o.ca ? new Uint8Array([0x06]) : new Uint8Array([0x80]);
  out.push(
    ext(OID.keyUsage, true, new asn1js.BitString({ valueHex: usage.buffer, unusedBits: o.ca ? 1 : 7 })),
  );
  if (o.usages && o.usages.length > 0)
    out.push(
      ext(
        OID.extKeyUsage,
        false,
        new pkijs.ExtKeyUsage({ keyPurposes: o.usages.map((u) => OID[u]) }).toSchema(),
      ),
    );
  const alt = [
    ...(o.dnsNames ?? []).map((value) => new pkijs.GeneralName({ type: 2, value })),
    ...(o.ipAddresses ?? []).map(
      (ip) => new pkijs.GeneralName({ type: 7, value: new asn1js.OctetString({ valueHex: ipBytes(ip) }) }),
    ),
  ];
  if (alt.length > 0)
    out.push(ext(OID.subjectAltName, false, new pkijs.GeneralNames({ names: alt }).toSchema()));
  return out;
}

export function issueCertificate(crypto: Provider, o: IssueOptions): Certificate {
  const cert = new pkijs.Certificate();
  cert.version = 2;
  const serial = crypto.randomBytes(12);
  serial[0] = (serial[0] as number) & 0x7f;
  cert.serialNumber = new asn1js.Integer({ valueHex: serial.buffer });
  const subject = name(o.commonName);
  cert.subject = subject;
  cert.issuer = o.issuer
    ? (pkijs.Certificate.fromBER(o.issuer.cert.der).subject as pkijs.RelativeDistinguishedNames)
    : subject;
  const now = Date.now();
  cert.notBefore = new pkijs.Time({ type: 0, value: new Date(now - 3_600_000) });
  cert.notAfter = new pkijs.Time({ type: 0, value: new Date(now + (o.days ?? 30) * 86_400_000) });
  cert.subjectPublicKeyInfo = pkijs.PublicKeyInfo.fromBER(encodeSpki(publicKeyOf(o.key)));
  cert.extensions = extensions(o);
  const algorithm = new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 });
  cert.signature = algorithm;
  cert.signatureAlgorithm = algorithm;
  const tbs = new Uint8Array(cert.encodeTBS().toBER(false));
  const signer = o.issuer?.key ?? o.key;
  const signature = crypto.sign('ecdsa_secp256r1_sha256', signer, tbs);
  cert.signatureValue = new asn1js.BitString({ valueHex: signature.slice().buffer });
  return parseCertificate(new Uint8Array(cert.toSchema(true).toBER(false)));
}
