// Our TLS 1.3 server, through the public ssl API, against openssl s_client: every suite, RSA/
// ECDSA/Ed25519 certificates the client verifies, the groups (with a HelloRetryRequest of ours),
// ALPN, the SNI we saw, client certificates with verify_peer and fail_if_no_peer_cert, and
// KeyUpdate asked for by the client (its k and K commands). Both sides' reports are compared.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as ssl from '../../packages/tls/src/index.js';
import { missingPeers } from '../support/peers.js';
import { command, start } from '../support/tls-peers/processes.js';
import { runOpensslClient, stopAll, waitForOutput } from '../support/tls-peers.js';
import { makePki, type Pki, type PkiLeaf } from '../support/tls-pki.js';
import {
  accepted,
  acceptOne,
  alertOf,
  type CryptoName,
  closeOurs,
  ours,
  within,
} from '../support/tls13-interop.js';

let pki: Pki;
beforeAll(async () => {
  pki = await makePki();
});
afterEach(closeOurs);
afterAll(stopAll);

const listen = async (leaf: PkiLeaf, opts: Record<string, unknown> = {}) =>
  ours(await ssl.listen(0, { certfile: leaf.chain, keyfile: leaf.key, versions: ['tlsv1.3'], ...opts }));

/** s_client's arguments to verify our certificate for localhost. */
const verify = (): string[] => [
  '-verify_return_error',
  '-CAfile',
  pki.ca.cert,
  '-verify_hostname',
  'localhost',
];

/** s_client (-brief unless `brief` is false) against our listener: sends `line`, waits for the echo. */
async function sClient(l: ssl.SslListenSocket, args: string[], line = 'ping', brief = true) {
  const served = acceptOne(l);
  const r = await runOpensslClient(brief ? ['-brief', ...args] : args, `${line}\n`, {
    port: l.port,
    waitFor: new RegExp(`^${line}$|ALERT|alert|error`, 'm'),
  });
  return { r, server: await within(served, 10_000, 'our server') };
}

describe.skipIf(missingPeers('openssl'))('our TLS 1.3 server against openssl s_client', () => {
  describe.each(['node', 'noble'] as CryptoName[])('with the %s provider', (crypto) => {
    it.each(['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'])(
      'negotiates %s',
      async (suite) => {
        const l = await listen(pki.serverEcdsa, { ciphers: suite, crypto });
        const { r, server } = await sClient(l, verify());
        expect(r.stdout).toBe('ping\n');
        expect(r.stderr).toContain('Protocol version: TLSv1.3');
        expect(r.stderr).toContain(`Ciphersuite: ${suite}`);
        expect(r.stderr).toContain('Verification: OK');
        const info = ssl.connectionInformation(accepted(server));
        expect(info.protocol).toBe('tlsv1.3');
        expect(info.cipher_suite).toBe(suite);
      },
    );

    it.each([
      ['serverRsa', 'RSA-PSS', 'rsa_pss_rsae_sha256'],
      ['serverEcdsa', 'ECDSA', 'ecdsa_secp256r1_sha256'],
      ['serverP384', 'ECDSA', 'ecdsa_secp384r1_sha384'],
      ['serverEd25519', 'ed25519', 'ed25519'],
    ] as const)('serves the %s certificate (%s)', async (name, type, scheme) => {
      const l = await listen(pki[name], { crypto });
      const { r, server } = await sClient(l, verify());
      expect(r.stdout).toBe('ping\n');
      expect(r.stderr).toContain('Verification: OK');
      expect(r.stderr).toContain(`Signature type: ${type}`);
      expect(r.stderr).toMatch(new RegExp(`Peer certificate: .*OU = ${name}, CN = localhost`));
      expect(ssl.connectionInformation(accepted(server)).signature_algorithm).toBe(scheme);
    });
  });

  it.each([
    ['x25519', 'X25519', /Server Temp Key: X25519/],
    ['secp256r1', 'P-256', /Server Temp Key: ECDH, prime256v1/],
    ['secp384r1', 'P-384', /Server Temp Key: ECDH, secp384r1/],
    ['ffdhe2048', 'ffdhe2048', /Server Temp Key: DH, 2048 bits/],
  ])('agrees on the group %s', async (group, opensslName, temp) => {
    const l = await listen(pki.serverEcdsa, {
      supported_groups: ['x25519', 'secp256r1', 'secp384r1', group],
    });
    const { r, server } = await sClient(l, [...verify(), '-groups', opensslName]);
    expect(r.stdout).toBe('ping\n');
    expect(r.stderr).toMatch(temp);
    expect(ssl.connectionInformation(accepted(server)).ecc).toBe(group);
  });

  it('asks the client for another key share (HelloRetryRequest)', async () => {
    const l = await listen(pki.serverEcdsa, { supported_groups: ['secp384r1'] });
    // s_client sends a key share for its first group only: X25519.
    const { r, server } = await sClient(l, [...verify(), '-groups', 'X25519:P-384', '-msg']);
    expect(r.stdout).toContain('ping\n');
    expect(r.stdout.match(/>>> TLS 1\.3, Handshake \[length [0-9a-f]+\], ClientHello/g)).toHaveLength(2);
    expect(r.stderr).toMatch(/Server Temp Key: ECDH, secp384r1/);
    expect(ssl.connectionInformation(accepted(server)).ecc).toBe('secp384r1');
  });

  it('chooses by ALPN, and refuses with no_application_protocol when nothing matches', async () => {
    const l = await listen(pki.serverEcdsa, { alpn_preferred_protocols: ['h2', 'http/1.1'] });
    const { r, server } = await sClient(l, [...verify(), '-alpn', 'spdy/1,http/1.1'], 'ping', false);
    expect(r.stdout).toMatch(/^ping$/m);
    expect(r.stdout).toContain('ALPN protocol: http/1.1');
    expect(ssl.connectionInformation(accepted(server)).negotiated_protocol).toBe('http/1.1');

    const refused = await sClient(l, [...verify(), '-alpn', 'spdy/1']);
    expect(refused.r.code).not.toBe(0);
    expect(refused.r.output).toContain('no application protocol');
    expect(alertOf(refused.server)).toBe('no_application_protocol');
  });

  it('reports the SNI the client sent, and none when it sent none', async () => {
    const l = await listen(pki.serverEcdsa);
    const named = await sClient(l, [...verify(), '-servername', 'localhost']);
    expect(named.r.stdout).toBe('ping\n');
    expect(ssl.connectionInformation(accepted(named.server)).sni_hostname).toBe('localhost');
    const unnamed = await sClient(l, ['-noservername', '-CAfile', pki.ca.cert, '-verify_return_error']);
    expect(unnamed.r.stdout).toBe('ping\n');
    expect(ssl.connectionInformation(accepted(unnamed.server)).sni_hostname).toBeUndefined();
  });

  it('requires and verifies a client certificate (verify_peer, fail_if_no_peer_cert)', async () => {
    const l = await listen(pki.serverEcdsa, {
      verify: 'verify_peer',
      fail_if_no_peer_cert: true,
      cacertfile: pki.ca.cert,
    });
    const withCert = await sClient(l, [...verify(), '-cert', pki.client.cert, '-key', pki.client.key]);
    expect(withCert.r.stdout).toBe('ping\n');
    const s = accepted(withCert.server);
    expect(ssl.peercert(s, 'subject')).toContain('CN=client');
    expect(Buffer.from(ssl.peercert(s)).equals(pki.client.certDer)).toBe(true);

    const rsa = await sClient(l, [...verify(), '-cert', pki.clientRsa.cert, '-key', pki.clientRsa.key]);
    expect(rsa.r.stdout).toBe('ping\n');
    expect(Buffer.from(ssl.peercert(accepted(rsa.server))).equals(pki.clientRsa.certDer)).toBe(true);

    const without = await sClient(l, verify());
    expect(without.r.stdout).toBe('');
    expect(without.r.output).toContain('certificate required');
    expect(alertOf(without.server)).toBe('certificate_required');
    expect((without.server as ssl.TlsError).reason).toMatchObject({
      tls_alert: ['certificate_required', expect.stringContaining('sent SERVER ALERT')],
    });

    const untrusted = await sClient(l, [...verify(), '-cert', pki.untrusted.cert, '-key', pki.untrusted.key]);
    expect(untrusted.r.output).toContain('unknown ca');
    expect(alertOf(untrusted.server)).toBe('unknown_ca');
  });

  it("follows the client's KeyUpdate (s_client's k and K commands)", async () => {
    const l = await listen(pki.serverEcdsa);
    const served = acceptOne(l);
    const args = ['s_client', '-connect', `127.0.0.1:${l.port}`, '-CAfile', pki.ca.cert, '-msg'];
    const { proc, c } = start(command('openssl'), args, 15_000);
    const s = accepted(await within(served, 10_000, 'our server'));
    const seen = (re: RegExp) => waitForOutput(proc, re, 5000);
    const count = (re: RegExp) => c.all.match(re)?.length ?? 0;
    await seen(/Verify return code: 0/);
    proc.stdin.write('one\n');
    await seen(/^one$/m);
    proc.stdin.write('k\n');
    await seen(/KEYUPDATE/);
    proc.stdin.write('two\n');
    await seen(/^two$/m);
    proc.stdin.write('K\n');
    await seen(/<<< TLS 1\.3, Handshake \[length 0005\], KeyUpdate/);
    proc.stdin.write('three\n');
    await seen(/^three$/m);
    // Two of the client's, one answer of ours (to K), and the echoes decrypted all along.
    expect(count(/>>> TLS 1\.3, Handshake \[length 0005\], KeyUpdate/g)).toBe(2);
    expect(count(/<<< TLS 1\.3, Handshake \[length 0005\], KeyUpdate/g)).toBe(1);
    expect(ssl.connectionInformation(s).protocol).toBe('tlsv1.3');
    proc.stdin.end();
  });
});
