import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingPeers } from '../../../test/support/peers.js';
import { CryptoError, keys, x509 } from '../src/index.js';
import { buildPki, issue } from './fixtures/pki.js';
import { hex, openssl, TempDir } from './fixtures/tools.js';

describe.skipIf(missingPeers('openssl'))('x509: parsing, hostnames and name hashes against openssl', () => {
  const dir = new TempDir();
  const cert = (name: string): x509.Certificate => x509.parseCertificate(dir.text(`${name}.pem`));

  beforeAll(() => {
    buildPki(dir);
    // Names whose canonical form differs from their encoding: case, runs of spaces, a
    // multi-valued RDN, UTF-8, and a NumericString-free but non-ASCII value.
    issue(dir, 'odd', '/CN=  Mixed   CASE  Name /O=Foo+OU=Bar/C=SE', 'odd', 'v3_leaf_plain', {
      reuseKey: 'leaf',
      extra: ['-multivalue-rdn'],
    });
    issue(dir, 'utf8', '/CN=Ünïcödé  Ñame/O=Åsa AB', 'utf8', 'v3_leaf_plain', {
      reuseKey: 'leaf',
      extra: ['-utf8'],
    });
  });
  afterAll(() => dir.remove());

  it('fields match openssl x509 -text', () => {
    const leaf = cert('leaf');
    expect(x509.nameToString(leaf.subject)).toBe('CN=localhost,O=Otpnet Test,C=SE');
    expect(x509.nameToString(leaf.issuer)).toBe('CN=Test Intermediate CA,O=Otpnet Test,C=SE');
    expect(x509.nameAttribute(leaf.subject, 'CN')).toBe('localhost');
    expect(leaf.version).toBe(3);
    const serial = openssl(dir, 'x509', '-noout', '-serial', '-in', 'leaf.pem').toString().trim();
    expect(leaf.serialNumber).toBe(BigInt(`0x${serial.split('=')[1]}`));
    const dates = openssl(dir, 'x509', '-noout', '-dates', '-in', 'leaf.pem').toString();
    const notAfter = /notAfter=(.*)/.exec(dates)?.[1] ?? '';
    expect(leaf.notAfter.getTime()).toBe(new Date(notAfter).getTime());
    expect(leaf.subjectAltNames).toEqual([
      { type: 'dns', value: 'localhost' },
      { type: 'dns', value: '*.example.com' },
      { type: 'dns', value: 'w*.partial.test' },
      { type: 'dns', value: '*.tld' },
      { type: 'ip', value: '127.0.0.1', bytes: new Uint8Array([127, 0, 0, 1]) },
      { type: 'ip', value: '::1', bytes: new Uint8Array([...new Array(15).fill(0), 1]) },
      { type: 'email', value: 'ops@example.com' },
    ]);
    expect(leaf.keyUsage).toEqual(['digitalSignature']);
    expect(leaf.extKeyUsage).toEqual(['serverAuth']);
    expect(leaf.basicConstraints).toEqual({ ca: false });
    expect(cert('int').basicConstraints).toEqual({ ca: true });
    expect(cert('int').keyUsage).toEqual(['digitalSignature', 'keyCertSign', 'cRLSign']);
    expect(leaf.authorityKeyId).toEqual(cert('int').subjectKeyId);
    expect(leaf.selfIssued).toBe(false);
    expect(cert('root').selfIssued).toBe(true);
    const spki = openssl(dir, 'x509', '-noout', '-pubkey', '-in', 'leaf.pem').toString();
    expect(leaf.publicKey).toEqual(keys.readPublicKey(spki));
    expect(hex(leaf.spki)).toBe(hex(keys.encodeSpki(keys.readPublicKey(spki))));
    expect(cert('constrained').nameConstraints).toEqual({
      permitted: [
        { type: 'dns', value: 'allowed.test' },
        { type: 'ip', value: '10.0.0.0/255.0.0.0', bytes: new Uint8Array([10, 0, 0, 0, 255, 0, 0, 0]) },
      ],
      excluded: [],
    });
    const der = openssl(dir, 'x509', '-in', 'leaf.pem', '-outform', 'DER');
    expect(x509.parseCertificate(new Uint8Array(der))).toEqual(leaf);
    expect(x509.parseCertificates(dir.text('leaf.pem') + dir.text('int.pem'))).toHaveLength(2);
    expect(x509.certificateToPem(leaf)).toBe(dir.text('leaf.pem'));
  });

  it('hostname verification per RFC 6125', () => {
    const leaf = cert('leaf');
    const ok = [
      'localhost',
      'LocalHost.',
      'www.example.com',
      'WWW.Example.COM',
      'www.partial.test',
      'w.partial.test',
    ];
    const bad = [
      'example.com',
      'a.b.example.com',
      'xyz.partial.test',
      'a.tld',
      'tld',
      'localhost.localdomain',
      '',
    ];
    for (const h of ok) expect([h, x509.verifyHostname(leaf, h)]).toEqual([h, true]);
    for (const h of bad) expect([h, x509.verifyHostname(leaf, h)]).toEqual([h, false]);
    expect(x509.verifyHostname(leaf, '127.0.0.1')).toBe(true);
    expect(x509.verifyHostname(leaf, '::1')).toBe(true);
    expect(x509.verifyHostname(leaf, '[0:0::1]')).toBe(true);
    expect(x509.verifyHostname(leaf, '127.0.0.2')).toBe(false);
    // An IP address never matches a DNS name, and the CN is not used when DNS SANs exist.
    expect(x509.verifyHostname(cert('critical'), '127.0.0.1')).toBe(false);
    expect(x509.verifyHostname(cert('revoked'), 'revoked.example.com')).toBe(true);
    expect(x509.verifyHostname(cert('cnonly'), 'cn-only.example.org')).toBe(true);
    expect(x509.verifyHostname(cert('cnonly'), 'cn-only.example.org', { commonNameFallback: false })).toBe(
      false,
    );
    expect(x509.verifyHostname(leaf, 'www.example.com', { wildcards: false })).toBe(false);
    expect(x509.matchesDnsName('xn--*.example.com', 'xn--abc.example.com')).toBe(false);
    expect(x509.matchesDnsName('*.*.example.com', 'a.b.example.com')).toBe(false);
    expect(x509.matchesDnsName('a.*.example.com', 'a.b.example.com')).toBe(false);
  });

  it('name hashes equal openssl x509 -issuer_hash / -hash and openssl crl -hash', () => {
    for (const name of ['root', 'int', 'leaf', 'edleaf', 'odd', 'utf8']) {
      const c = cert(name);
      const issuerHash = openssl(dir, 'x509', '-noout', '-issuer_hash', '-in', `${name}.pem`)
        .toString()
        .trim();
      const subjectHash = openssl(dir, 'x509', '-noout', '-hash', '-in', `${name}.pem`).toString().trim();
      expect([name, x509.issuerNameHash(c)]).toEqual([name, issuerHash]);
      expect([name, x509.subjectNameHash(c)]).toEqual([name, subjectHash]);
    }
    for (const name of ['int.crl.pem', 'root.crl.pem']) {
      const crlHash = openssl(dir, 'crl', '-noout', '-hash', '-in', name).toString().trim();
      expect(x509.issuerNameHash(x509.parseCrl(dir.text(name)))).toBe(crlHash);
    }
    // The odd name compares equal to its canonical twin.
    const odd = cert('odd');
    expect(odd.subject.rdns[1]).toHaveLength(2);
    expect(odd.selfIssued).toBe(true);
  });

  it('CRL fields', () => {
    const crl = x509.parseCrl(dir.text('int.crl.pem'));
    expect(x509.nameToString(crl.issuer)).toBe('CN=Test Intermediate CA,O=Otpnet Test,C=SE');
    expect(crl.crlNumber).toBe(0x1000n);
    expect(crl.revoked.map((r) => [r.serialNumber, r.reason])).toEqual([
      [cert('revoked').serialNumber, 'keyCompromise'],
      [cert('held').serialNumber, 'certificateHold'],
    ]);
    expect(x509.crlIssuedBy(crl, cert('int'))).toBe(true);
    expect(x509.crlIssuedBy(crl, cert('root'))).toBe(false);
    expect(x509.revocationStatus(cert('revoked'), cert('int'), [crl])).toEqual({
      status: 'revoked',
      reason: 'keyCompromise',
    });
    expect(x509.revocationStatus(cert('leaf'), cert('int'), [crl])).toEqual({ status: 'good' });
    expect(x509.revocationStatus(cert('int'), cert('root'), [crl])).toEqual({ status: 'undetermined' });
    const der = openssl(dir, 'crl', '-in', 'int.crl.pem', '-outform', 'DER');
    expect(x509.parseCrl(new Uint8Array(der))).toEqual(crl);
    expect(x509.crlToPem(crl)).toBe(dir.text('int.crl.pem'));
  });

  it('clear errors for broken input', () => {
    expect(() => x509.parseCertificate('no pem here')).toThrow(/no PEM block/);
    expect(() => x509.parseCertificate(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00]))).toThrow(CryptoError);
    const der = cert('leaf').der.slice(0, 100);
    expect(() => x509.parseCertificate(der)).toThrow(/^certificate: not valid DER/);
    expect(() => x509.parseCrl(dir.text('leaf.pem'))).toThrow(/no "X509 CRL" PEM block/);
  });

  it('damaged certificates and CRLs give CryptoError or a failed validation, nothing else', () => {
    const leaf = cert('leaf');
    const int = cert('int');
    const root = cert('root');
    const crl = x509.parseCrl(dir.text('int.crl.pem')).der;
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 7 }), fc.boolean(), (at, bit, truncate) => {
        for (const der of [leaf.der, crl]) {
          const i = at % der.length;
          const bad = truncate ? der.slice(0, i) : der.slice();
          if (!truncate) bad[i] = (bad[i] ?? 0) ^ (1 << bit);
          try {
            if (der === crl) x509.parseCrl(bad);
            else {
              const r = x509.validatePath([bad, int], [root]);
              // A changed byte is either harmless (not covered by the signature) or caught.
              if (r.ok) expect(x509.parseCertificate(bad).tbs).toEqual(leaf.tbs);
            }
          } catch (e) {
            if (!(e instanceof CryptoError)) throw e;
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
