// The @otpnet/crypto API exactly as the crypto issue fixes it: other packages and their tests
// call these names, so this test spells every call of the published example.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getProvider, keys, x509 } from '@otpnet/crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { missingPeers } from '../support/peers.js';

const enc = new TextEncoder();

describe.each(['noble', 'node'] as const)('crypto API with the %s provider', (name) => {
  const p = getProvider(name);

  it('hashes, MACs and derives keys', () => {
    const data = enc.encode('abc');
    expect(p.hash('sha256', data)).toHaveLength(32);
    expect(p.hmac('sha384', enc.encode('key'), data)).toHaveLength(48);
    const prk = p.hkdfExtract('sha256', new Uint8Array(32), data);
    expect(p.hkdfExpand('sha256', prk, enc.encode('info'), 42)).toHaveLength(42);
  });

  it('seals and opens with an AEAD', () => {
    const g = p.aead('aes-128-gcm', new Uint8Array(16));
    const nonce = new Uint8Array(12);
    const sealed = g.seal(nonce, enc.encode('hello'), enc.encode('aad'));
    // the node provider hands out Buffers (Uint8Arrays) on hot paths; compare the bytes
    expect(new Uint8Array(g.open(nonce, sealed, enc.encode('aad')))).toEqual(enc.encode('hello'));
  });

  it('agrees on a secret and signs', () => {
    const a = p.ecdh('x25519').generateKeyPair();
    const b = p.ecdh('x25519').generateKeyPair();
    expect(p.ecdh('x25519').computeSecret(a.privateKey, b.publicKey)).toEqual(
      p.ecdh('x25519').computeSecret(b.privateKey, a.publicKey),
    );
  });
});

describe.skipIf(missingPeers('openssl', 'ssh-keygen'))('keys and certificates API', () => {
  const dir = mkdtempSync(join(tmpdir(), 'otpnet-api-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (cmd: string, args: string[]) =>
    execFileSync(cmd, args, { cwd: dir, stdio: 'pipe', timeout: 30_000 });

  it('reads keys, fingerprints them as ssh-keygen does, and validates a certificate', () => {
    run('openssl', ['genpkey', '-algorithm', 'ed25519', '-out', 'k.pem']);
    const k = keys.readPrivateKey(readFileSync(join(dir, 'k.pem'), 'utf8'), {});
    expect(k.kind).toBe('ed25519');

    run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', 'pw', '-f', 'id', '-C', 'api']);
    const ssh = keys.readOpenSshPrivateKey(readFileSync(join(dir, 'id'), 'utf8'), { passphrase: 'pw' });
    expect(ssh.kind).toBe('ed25519');
    const line = readFileSync(join(dir, 'id.pub'), 'utf8');
    const printed = run('ssh-keygen', ['-l', '-E', 'sha256', '-f', 'id.pub']).toString().split(' ')[1];
    expect(keys.sshFingerprint(line, 'sha256')).toBe(printed);

    const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
    run('openssl', [
      'req',
      '-x509',
      ...ec,
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '30',
      '-subj',
      '/CN=API CA',
    ]);
    run('openssl', ['req', ...ec, '-keyout', 'c.key', '-out', 'c.csr', '-subj', '/CN=localhost']);
    writeFileSync(join(dir, 'ext.cnf'), 'subjectAltName=DNS:localhost\n');
    run('openssl', [
      'x509',
      '-req',
      '-in',
      'c.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'c.pem',
      '-days',
      '1',
      '-extfile',
      'ext.cnf',
    ]);
    const cert = x509.parseCertificate(readFileSync(join(dir, 'c.pem'), 'utf8'));
    const ca = x509.parseCertificate(readFileSync(join(dir, 'ca.pem')));
    expect(x509.issuerNameHash(cert)).toBe(
      run('openssl', ['x509', '-issuer_hash', '-noout', '-in', 'c.pem']).toString().trim(),
    );
    expect(x509.verifyHostname(cert, 'localhost')).toBe(true);
    expect(x509.validatePath([cert], [ca], { depth: 10, now: new Date(), crls: [] })).toMatchObject({
      ok: true,
    });
    const later = new Date(Date.now() + 3 * 86_400_000);
    expect(x509.validatePath([cert], [ca], { depth: 10, now: later, crls: [] })).toMatchObject({
      ok: false,
      reason: 'cert_expired',
      certIndex: 0,
    });
  });
});
