// Certificates and CRLs with missing or damaged fields, built with asn1js (fixtures/forge.ts):
// each fails with a CryptoError whose own message names the structure and what was wrong, and
// none is silently read as something else (an undecodable subjectAltName as "no names", damaged
// name constraints as "unconstrained", a damaged notAfter as another date).
import * as asn1js from 'asn1js';
import { describe, expect, it } from 'vitest';
import { CryptoError, x509 } from '../src/index.js';
import { der, type ForgedExtension, forgeCertificate, forgeCrl } from './fixtures/forge.js';

const EXT = {
  ski: '2.5.29.14',
  ku: '2.5.29.15',
  san: '2.5.29.17',
  bc: '2.5.29.19',
  crlNumber: '2.5.29.20',
  reason: '2.5.29.21',
  nc: '2.5.29.30',
  aki: '2.5.29.35',
  eku: '2.5.29.37',
};

const ctx = (tag: number, value: Uint8Array) =>
  new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: tag }, valueHex: value.slice() });
const ia5 = (s: string) => new TextEncoder().encode(s);
const seq = (...value: asn1js.AsnType[]) => new asn1js.Sequence({ value });

const GOOD: Record<keyof typeof EXT, Uint8Array> = {
  ski: der(new asn1js.OctetString({ valueHex: new Uint8Array([1, 2, 3]) })),
  ku: der(new asn1js.BitString({ valueHex: new Uint8Array([0x80]), unusedBits: 7 })),
  san: der(seq(ctx(2, ia5('forged.test')))),
  bc: der(seq(new asn1js.Boolean({ value: true }), new asn1js.Integer({ value: 0 }))),
  crlNumber: der(new asn1js.Integer({ value: 7 })),
  reason: der(new asn1js.Enumerated({ value: 1 })),
  nc: der(
    seq(
      new asn1js.Constructed({
        idBlock: { tagClass: 3, tagNumber: 0 },
        value: [seq(ctx(2, ia5('allowed.test')))],
      }),
    ),
  ),
  aki: der(seq(ctx(0, new Uint8Array([1, 2, 3])))),
  eku: der(seq(new asn1js.ObjectIdentifier({ value: '1.3.6.1.5.5.7.3.1' }))),
};

const NOT_DER = new Uint8Array([0x30, 0x05, 0x01]);
const AN_INTEGER = der(new asn1js.Integer({ value: 5 }));

function failure(f: () => unknown): CryptoError {
  try {
    f();
  } catch (e) {
    if (e instanceof CryptoError) return e;
    throw e;
  }
  throw new Error('expected a CryptoError');
}

const certWith = (...exts: ForgedExtension[]) => x509.parseCertificate(forgeCertificate(exts));

describe('x509: damaged certificate extensions', () => {
  it('well-formed forged extensions read as they should', () => {
    const c = certWith(
      ...(['ski', 'ku', 'san', 'bc', 'nc', 'aki', 'eku'] as const).map((k) => ({
        oid: EXT[k],
        value: GOOD[k],
      })),
    );
    expect(c.subjectKeyId).toEqual(new Uint8Array([1, 2, 3]));
    expect(c.authorityKeyId).toEqual(new Uint8Array([1, 2, 3]));
    expect(c.keyUsage).toEqual(['digitalSignature']);
    expect(c.subjectAltNames).toEqual([{ type: 'dns', value: 'forged.test' }]);
    expect(c.basicConstraints).toEqual({ ca: true, pathLen: 0 });
    expect(c.nameConstraints).toEqual({ permitted: [{ type: 'dns', value: 'allowed.test' }], excluded: [] });
    expect(c.extKeyUsage).toEqual(['serverAuth']);
    expect(c.notAfter).toEqual(new Date('2044-01-01T00:00:00Z'));
  });

  it('a missing optional part is absent, not an error', () => {
    // AuthorityKeyIdentifier with only authorityCertSerialNumber ([2]), no keyIdentifier.
    const c = certWith({ oid: EXT.aki, value: der(seq(ctx(2, new Uint8Array([9])))) });
    expect(c.authorityKeyId).toBeUndefined();
    expect(certWith().subjectAltNames).toEqual([]);
  });

  const cases: [keyof typeof EXT, string, Uint8Array, string][] = [
    ['aki', 'authorityKeyIdentifier extension (2.5.29.35)', NOT_DER, 'not valid DER'],
    [
      'aki',
      'authorityKeyIdentifier extension (2.5.29.35)',
      AN_INTEGER,
      'does not decode as AuthorityKeyIdentifier (RFC 5280 section 4.2.1.1)',
    ],
    [
      'ski',
      'subjectKeyIdentifier extension (2.5.29.14)',
      AN_INTEGER,
      'KeyIdentifier is not an OCTET STRING (RFC 5280 section 4.2.1.2)',
    ],
    [
      'ku',
      'keyUsage extension (2.5.29.15)',
      GOOD.ski,
      'KeyUsage is not a BIT STRING (RFC 5280 section 4.2.1.3)',
    ],
    ['san', 'subjectAltName extension (2.5.29.17)', NOT_DER, 'not valid DER'],
    [
      'san',
      'subjectAltName extension (2.5.29.17)',
      AN_INTEGER,
      'does not decode as GeneralNames (RFC 5280 section 4.2.1.6)',
    ],
    [
      'bc',
      'basicConstraints extension (2.5.29.19)',
      AN_INTEGER,
      'does not decode as BasicConstraints (RFC 5280 section 4.2.1.9)',
    ],
    [
      'bc',
      'basicConstraints extension (2.5.29.19)',
      der(seq(new asn1js.Boolean({ value: true }), new asn1js.Integer({ value: -1 }))),
      'pathLenConstraint is not a non-negative integer',
    ],
    [
      'nc',
      'nameConstraints extension (2.5.29.30)',
      AN_INTEGER,
      'does not decode as NameConstraints (RFC 5280 section 4.2.1.10)',
    ],
    [
      'eku',
      'extKeyUsage extension (2.5.29.37)',
      AN_INTEGER,
      'does not decode as ExtKeyUsageSyntax (RFC 5280 section 4.2.1.12)',
    ],
    [
      'san',
      'subjectAltName extension (2.5.29.17)',
      new Uint8Array([...GOOD.san, 0]),
      'trailing bytes after DER value',
    ],
  ];
  for (const [ext, name, value, why] of cases) {
    it(`${name}: ${why}`, () => {
      const e = failure(() => certWith({ oid: EXT[ext], value }));
      expect(e.kind).toBe('malformed');
      expect(e.message.startsWith(`certificate: ${name}: ${why}`)).toBe(true);
      expect(e.message).not.toMatch(/Cannot read properties|undefined/);
    });
  }

  it('a repeated extension', () => {
    const e = failure(() => certWith({ oid: EXT.san, value: GOOD.san }, { oid: EXT.san, value: GOOD.san }));
    expect(e.message).toBe('certificate: duplicate subjectAltName extension (2.5.29.17)');
  });
});

describe('x509: damaged certificate and CRL structure', () => {
  it('DER that is not a Certificate or CertificateList says so', () => {
    const notCert = der(seq(new asn1js.Integer({ value: 1 })));
    expect(failure(() => x509.parseCertificate(notCert)).message).toBe(
      'certificate: does not decode as X.509 Certificate (RFC 5280 section 4.1)',
    );
    expect(failure(() => x509.parseCrl(notCert)).message).toBe(
      'CRL: does not decode as X.509 CertificateList (RFC 5280 section 5.1)',
    );
    expect(failure(() => x509.parseCertificate(NOT_DER)).message).toMatch(
      /^certificate: not valid DER \(.+\)$/,
    );
  });

  /** `bytes` with the first `from` (latin1) replaced by `to` of the same length. */
  const replace = (bytes: Uint8Array, from: string, to: string): Uint8Array => {
    const at = Buffer.from(bytes).indexOf(Buffer.from(from, 'latin1'));
    expect(at).toBeGreaterThan(0);
    const out = bytes.slice();
    out.set(Buffer.from(to, 'latin1'), at);
    return out;
  };

  it('validity times that asn1js would turn into other dates', () => {
    const cert = forgeCertificate([]);
    const cases: [string, string][] = [
      ['AAAAAAAAAAAAZ', 'certificate: validity.notAfter: "AAAAAAAAAAAAZ" is not of the form YYMMDDHHMMSSZ'],
      ['441399000000Z', 'certificate: validity.notAfter: "441399000000Z" is not a calendar date and time'],
      ['440230000000Z', 'certificate: validity.notAfter: "440230000000Z" is not a calendar date and time'],
    ];
    for (const [time, message] of cases) {
      expect(failure(() => x509.parseCertificate(replace(cert, '440101000000Z', time))).message).toBe(
        message,
      );
    }
    const e = failure(() => x509.parseCertificate(replace(cert, '240101000000Z', '2401010000ZZZ')));
    expect(e.message).toBe(
      'certificate: validity.notBefore: "2401010000ZZZ" is not of the form YYMMDDHHMMSSZ',
    );
  });

  it('CRL extensions and entry extensions', () => {
    expect(
      x509.parseCrl(
        forgeCrl([{ oid: EXT.crlNumber, value: GOOD.crlNumber }], [{ oid: EXT.reason, value: GOOD.reason }]),
      ),
    ).toMatchObject({
      crlNumber: 7n,
      revoked: [{ serialNumber: 0x1234n, reason: 'keyCompromise' }],
    });
    const cases: [Uint8Array, string][] = [
      [
        forgeCrl([{ oid: EXT.crlNumber, value: NOT_DER }]),
        'CRL: crlNumber extension (2.5.29.20): not valid DER',
      ],
      [
        forgeCrl([{ oid: EXT.crlNumber, value: GOOD.ski }]),
        'CRL: crlNumber extension (2.5.29.20) is not a non-negative INTEGER',
      ],
      [
        forgeCrl([], [{ oid: EXT.reason, value: AN_INTEGER }]),
        'CRL: revokedCertificates[0]: crlReason extension (2.5.29.21) is not an ENUMERATED',
      ],
      [
        forgeCrl([], [{ oid: EXT.reason, value: NOT_DER }]),
        'CRL: revokedCertificates[0]: crlReason extension (2.5.29.21): not valid DER',
      ],
      [
        replace(forgeCrl([]), '440101000000Z', '449999999999Z'),
        'CRL: nextUpdate: "449999999999Z" is not a calendar date and time',
      ],
    ];
    for (const [crl, message] of cases) {
      const e = failure(() => x509.parseCrl(crl));
      expect(e.kind).toBe('malformed');
      expect(e.message.startsWith(message)).toBe(true);
    }
  });
});
