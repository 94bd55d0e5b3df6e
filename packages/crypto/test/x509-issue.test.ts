// Issued certificates: a CA and a leaf made in-process validate with our path validation and with
// OpenSSL's `verify`, and carry the names and usages asked for.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingPeers } from '../../../test/support/peers.js';
import { getProvider, x509 } from '../src/index.js';

describe.each(['node', 'noble'] as const)('issueCertificate (%s provider)', (name) => {
  const crypto = getProvider(name);
  const caKey = x509.generateEcKey(crypto);
  const ca = x509.issueCertificate(crypto, { commonName: 'demo CA', key: caKey, ca: true });
  const leafKey = x509.generateEcKey(crypto);
  const leaf = x509.issueCertificate(crypto, {
    commonName: 'localhost',
    key: leafKey,
    issuer: { cert: ca, key: caKey },
    dnsNames: ['localhost'],
    ipAddresses: ['127.0.0.1'],
    usages: ['serverAuth'],
  });

  it('issues a chain our path validation accepts, with the names asked for', () => {
    const r = x509.validatePath([leaf.der], [ca.der], {
      crypto,
      purpose: 'serverAuth',
      hostname: 'localhost',
    });
    expect(r.ok).toBe(true);
    expect(x509.validatePath([leaf.der], [ca.der], { crypto, hostname: '127.0.0.1' }).ok).toBe(true);
    expect(x509.nameToString(leaf.issuer)).toBe('CN=demo CA');
    expect(leaf.extKeyUsage).toEqual(['serverAuth']);
  });

  it.skipIf(missingPeers('openssl'))('issues a chain openssl verify accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'otpnet-issue-'));
    writeFileSync(join(dir, 'ca.pem'), x509.certificateToPem(ca));
    writeFileSync(join(dir, 'leaf.pem'), x509.certificateToPem(leaf));
    const out = execFileSync('openssl', [
      'verify',
      '-CAfile',
      join(dir, 'ca.pem'),
      '-verify_hostname',
      'localhost',
      join(dir, 'leaf.pem'),
    ]);
    expect(out.toString()).toContain('OK');
  });
});
