// Our TLS 1.3 client and server, through the public ssl API, against GnuTLS: gnutls-serv --echo
// and gnutls-cli, with suites and groups chosen by priority strings (ffdhe2048 and retries for
// another key share included), RSA/ECDSA/Ed25519 certificates, ALPN, SNI, client certificates
// and gnutls-cli's rekey commands. GnuTLS's "- Description:" line is checked against ours.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as ssl from '../../packages/tls/src/index.js';
import { missingPeers } from '../support/peers.js';
import { type RunningServer, runGnutlsClient, startGnutlsServer, stopAll } from '../support/tls-peers.js';
import { makePki, type Pki, type PkiLeaf } from '../support/tls-pki.js';
import {
  accepted,
  acceptOne,
  alertOf,
  type CryptoName,
  closeOurs,
  failure,
  ours,
  readExactly,
  text,
  within,
} from '../support/tls13-interop.js';

let pki: Pki;
beforeAll(async () => {
  pki = await makePki();
});
afterEach(closeOurs);
afterAll(stopAll);

const TLS13 = 'NORMAL:-VERS-ALL:+VERS-TLS1.3';

const gServer = (leaf: PkiLeaf, args: string[] = []): Promise<RunningServer> =>
  startGnutlsServer(['--echo', '--x509certfile', leaf.chain, '--x509keyfile', leaf.key, ...args], {
    lifetimeMs: 20_000,
  });

const connect = async (port: number, opts: Record<string, unknown> = {}) =>
  ours(await ssl.connect('localhost', port, { cacertfile: pki.ca.cert, active: false, ...opts }, 5000));

async function echoed(c: ssl.SslSocket, line: string): Promise<void> {
  await ssl.send(c, `${line}\n`);
  expect(text(await readExactly(c, line.length + 1, 5000))).toBe(`${line}\n`);
}

/** gnutls-cli against our listener: sends `input`, waits for `until` (default: the first line back). */
async function gClient(l: ssl.SslListenSocket, args: string[], input = 'ping\n', until = /^ping$/m) {
  const served = acceptOne(l);
  const r = await runGnutlsClient(['--x509cafile', pki.ca.cert, ...args], input, {
    port: l.port,
    waitFor: new RegExp(`${until.source}|Handshake has failed|Error`, 'm'),
  });
  return { r, server: await within(served, 10_000, 'our server') };
}

const listen = async (leaf: PkiLeaf, opts: Record<string, unknown> = {}) =>
  ours(await ssl.listen(0, { certfile: leaf.chain, keyfile: leaf.key, ...opts }));

describe.skipIf(missingPeers('gnutls-serv', 'gnutls-cli'))('TLS 1.3 against GnuTLS', () => {
  describe.each(['node', 'noble'] as CryptoName[])('with the %s provider', (crypto) => {
    it.each([
      ['AES-128-GCM', 'TLS_AES_128_GCM_SHA256'],
      ['AES-256-GCM', 'TLS_AES_256_GCM_SHA384'],
      ['CHACHA20-POLY1305', 'TLS_CHACHA20_POLY1305_SHA256'],
    ])('our client takes the suite gnutls-serv allows: %s', async (gnutls, suite) => {
      const srv = await gServer(pki.serverEcdsa, ['--priority', `${TLS13}:-CIPHER-ALL:+${gnutls}`]);
      const c = await connect(srv.port, { crypto });
      await echoed(c, suite);
      expect(ssl.connectionInformation(c)).toMatchObject({ protocol: 'tlsv1.3', cipher_suite: suite });
      await srv.stop();
      expect(srv.output()).toMatch(new RegExp(`- Description: \\(TLS1\\.3-X\\.509\\)-.*-\\(${gnutls}\\)`));
    });

    it.each([
      ['AES-128-GCM', 'TLS_AES_128_GCM_SHA256'],
      ['CHACHA20-POLY1305', 'TLS_CHACHA20_POLY1305_SHA256'],
    ])('our server serves gnutls-cli asking for %s', async (gnutls, suite) => {
      const l = await listen(pki.serverRsa, { crypto });
      const { r, server } = await gClient(l, ['--priority', `${TLS13}:-CIPHER-ALL:+${gnutls}`]);
      expect(r.stdout).toMatch(/^ping$/m);
      expect(r.stdout).toContain('- Status: The certificate is trusted.');
      expect(r.stdout).toMatch(new RegExp(`- Description: \\(TLS1\\.3-X\\.509\\)-.*-\\(${gnutls}\\)`));
      expect(ssl.connectionInformation(accepted(server)).cipher_suite).toBe(suite);
    });
  });

  it.each([
    ['X25519', 'ECDHE-X25519', 'x25519'],
    ['SECP256R1', 'ECDHE-SECP256R1', 'secp256r1'],
    ['SECP384R1', 'ECDHE-SECP384R1', 'secp384r1'],
    ['FFDHE2048', 'DHE-FFDHE2048', 'ffdhe2048'],
  ])('our client agrees on the group gnutls-serv allows: %s', async (group, described, ours_) => {
    const srv = await gServer(pki.serverEcdsa, ['--priority', `${TLS13}:-GROUP-ALL:+GROUP-${group}`]);
    // Our share is x25519's: the other groups take a HelloRetryRequest.
    const c = await connect(srv.port, {
      supported_groups: ['x25519', 'secp256r1', 'secp384r1', 'ffdhe2048'],
    });
    await echoed(c, group);
    expect(ssl.connectionInformation(c).ecc).toBe(ours_);
    await srv.stop();
    expect(srv.output()).toContain(`-(${described})-`);
  });

  it.each([
    ['FFDHE2048', 'DHE-FFDHE2048', ['ffdhe2048']],
    ['SECP384R1', 'ECDHE-SECP384R1', ['secp384r1']],
  ])('our server agrees with gnutls-cli on %s', async (group, described, ours_) => {
    const l = await listen(pki.serverEcdsa, { supported_groups: ours_ });
    const { r, server } = await gClient(l, ['--priority', `${TLS13}:+GROUP-${group}`]);
    expect(r.stdout).toContain(`-(${described})-`);
    expect(ssl.connectionInformation(accepted(server)).ecc).toBe(ours_[0]);
  });

  it.each([
    ['serverRsa', 'RSA-PSS-RSAE-SHA256', 'rsa_pss_rsae_sha256'],
    ['serverEcdsa', 'ECDSA-SECP256R1-SHA256', 'ecdsa_secp256r1_sha256'],
    ['serverEd25519', 'EdDSA-Ed25519', 'ed25519'],
  ] as const)('verifies and serves the %s certificate', async (name, described, scheme) => {
    const srv = await gServer(pki[name]);
    const c = await connect(srv.port);
    await echoed(c, name);
    expect(ssl.connectionInformation(c).signature_algorithm).toBe(scheme);
    await srv.stop();
    expect(srv.output()).toContain(`-(${described})-`);

    const l = await listen(pki[name]);
    const { r, server } = await gClient(l, []);
    expect(r.stdout).toContain('- Status: The certificate is trusted.');
    expect(r.stdout).toContain(`-(${described})-`);
    expect(ssl.connectionInformation(accepted(server)).signature_algorithm).toBe(scheme);
  });

  it('negotiates ALPN both ways, and no_application_protocol when nothing matches', async () => {
    const srv = await gServer(pki.serverEcdsa, ['--alpn', 'h2', '--alpn', 'http/1.1', '--alpn-fatal']);
    const c = await connect(srv.port, { alpn_advertised_protocols: ['http/1.1'] });
    await echoed(c, 'alpn');
    expect(text(ssl.negotiatedProtocol(c))).toBe('http/1.1');
    const err = await failure(connect(srv.port, { alpn_advertised_protocols: ['spdy/1'] }));
    expect(alertOf(err)).toBe('no_application_protocol');
    // gnutls-serv's stdout is a pipe: what it printed is complete once it has exited.
    await srv.stop();
    expect(srv.output()).toContain('- Application protocol: http/1.1');

    const l = await listen(pki.serverEcdsa, { alpn_preferred_protocols: ['h2', 'http/1.1'] });
    const { r, server } = await gClient(l, ['--alpn', 'http/1.1', '--alpn', 'h2']);
    expect(r.stdout).toContain('- Application protocol: h2');
    expect(text(ssl.negotiatedProtocol(accepted(server)))).toBe('h2');
  });

  it('sends SNI gnutls-serv checks, and reports the SNI gnutls-cli sends', async () => {
    const srv = await gServer(pki.serverEcdsa, ['--sni-hostname', 'localhost', '--sni-hostname-fatal']);
    const c = await connect(srv.port);
    await echoed(c, 'right name');
    const err = await failure(
      connect(srv.port, { server_name_indication: 'other.example', verify: 'verify_none' }),
    );
    expect(err.reason).toMatchObject({
      tls_alert: ['unrecognized_name', expect.stringContaining('received SERVER ALERT')],
    });
    await srv.stop();

    const l = await listen(pki.serverEcdsa);
    const { server } = await gClient(l, ['--sni-hostname', 'localhost', '--verify-hostname', 'localhost']);
    expect(ssl.connectionInformation(accepted(server)).sni_hostname).toBe('localhost');
  });

  it('does client certificates both ways', async () => {
    const args = ['--require-client-cert', '--verify-client-cert', '--x509cafile', pki.ca.cert];
    const srv = await gServer(pki.serverEcdsa, args);
    const c = await connect(srv.port, { certfile: pki.client.cert, keyfile: pki.client.key });
    await echoed(c, 'with a certificate');
    await srv.stop();

    const l = await listen(pki.serverEcdsa, {
      verify: 'verify_peer',
      fail_if_no_peer_cert: true,
      cacertfile: pki.ca.cert,
    });
    const withCert = await gClient(l, [
      '--x509certfile',
      pki.clientRsa.cert,
      '--x509keyfile',
      pki.clientRsa.key,
    ]);
    expect(withCert.r.stdout).toMatch(/^ping$/m);
    expect(ssl.peercert(accepted(withCert.server), 'subject')).toContain('CN=client');
    const without = await gClient(l, []);
    expect(alertOf(without.server)).toBe('certificate_required');
    expect(without.r.output).toMatch(/certificate is required|Handshake has failed/i);
  });

  it("follows gnutls-cli's rekey commands (KeyUpdate, alone and both ways)", async () => {
    const l = await listen(pki.serverEcdsa);
    const input = 'one\n^rekey1^\ntwo\n^rekey^\nthree\n';
    const { r, server } = await gClient(l, ['--inline-commands'], input, /^three$/m);
    expect(r.stdout).toMatch(/^one\n[\s\S]*^two\n[\s\S]*^three$/m);
    expect(r.stdout.match(/- Rekey was completed/g)).toHaveLength(2);
    accepted(server);
  });
});
