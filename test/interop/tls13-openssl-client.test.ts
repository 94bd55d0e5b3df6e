// Our TLS 1.3 client, through the public ssl API, against openssl s_server: every suite, the
// groups (with a HelloRetryRequest), RSA/ECDSA/Ed25519 server certificates, ALPN, SNI as the
// server saw it, a client certificate, KeyUpdate from either side, and 4 MB each way. What the
// server reports (its -msg trace and summary) is checked beside what connectionInformation says.
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as ssl from '../../packages/tls/src/index.js';
import { missingPeers } from '../support/peers.js';
import { type RunningServer, startOpensslServer, stopAll } from '../support/tls-peers.js';
import { makePki, type Pki, type PkiLeaf } from '../support/tls-pki.js';
import {
  type CryptoName,
  closeOurs,
  failure,
  ours,
  readExactly,
  sha256,
  text,
} from '../support/tls13-interop.js';

let pki: Pki;
beforeAll(async () => {
  pki = await makePki();
});
afterEach(closeOurs);
afterAll(stopAll);

/** s_server for one TLS 1.3 connection with `leaf` (and its chain), plus `args`. */
const sServer = (leaf: PkiLeaf, args: string[]): Promise<RunningServer> =>
  startOpensslServer(
    ['-tls1_3', '-naccept', '1', '-cert', leaf.cert, '-key', leaf.key, '-cert_chain', leaf.chain, ...args],
    { lifetimeMs: 20_000 },
  );

const connect = async (port: number, opts: Record<string, unknown> = {}) =>
  ours(
    await ssl.connect(
      'localhost',
      port,
      { cacertfile: pki.ca.cert, versions: ['tlsv1.3'], active: false, ...opts },
      5000,
    ),
  );

/** Sends `line` through s_server -rev and expects it back reversed. */
async function reversed(s: ssl.SslSocket, line: string): Promise<void> {
  await ssl.send(s, `${line}\n`);
  expect(text(await readExactly(s, line.length + 1, 5000))).toBe(`${[...line].reverse().join('')}\n`);
}

/** Sends `line` to s_server, which prints it (and has flushed what it printed before). */
async function toServer(srv: RunningServer, s: ssl.SslSocket, line: string): Promise<void> {
  await ssl.send(s, `${line}\n`);
  await srv.waitFor(new RegExp(`^${line}$`, 'm'), 5000);
}

const KEY_UPDATE_IN = /<<< TLS 1\.3, Handshake \[length 0005\], KeyUpdate/;
const KEY_UPDATE_OUT = />>> TLS 1\.3, Handshake \[length 0005\], KeyUpdate/;

const count = (out: string, re: RegExp): number => out.match(new RegExp(re.source, 'g'))?.length ?? 0;

describe.skipIf(missingPeers('openssl'))('our TLS 1.3 client against openssl s_server', () => {
  describe.each(['node', 'noble'] as CryptoName[])('with the %s provider', (crypto) => {
    it.each(['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'])(
      'negotiates %s',
      async (suite) => {
        const srv = await sServer(pki.serverEcdsa, ['-rev', '-ciphersuites', suite]);
        const c = await connect(srv.port, { ciphers: suite, crypto });
        await reversed(c, 'hello over tls 1.3');
        const info = ssl.connectionInformation(c);
        expect(info.protocol).toBe('tlsv1.3');
        expect(info.cipher_suite).toBe(suite);
        await srv.waitFor(new RegExp(`Ciphersuite: ${suite}`), 5000);
        expect(srv.output()).toContain('Protocol version: TLSv1.3');
        await ssl.close(c);
        await srv.stop();
      },
    );

    it.each([
      ['serverRsa', 'rsa_pss_rsae_sha256'],
      ['serverEcdsa', 'ecdsa_secp256r1_sha256'],
      ['serverP384', 'ecdsa_secp384r1_sha384'],
      ['serverEd25519', 'ed25519'],
    ] as const)('verifies the %s certificate (%s)', async (name, scheme) => {
      const srv = await sServer(pki[name], ['-rev']);
      const c = await connect(srv.port, { crypto, verify: 'verify_peer' });
      await reversed(c, name);
      expect(ssl.connectionInformation(c).signature_algorithm).toBe(scheme);
      expect(Buffer.from(ssl.peercert(c)).equals(pki[name].certDer)).toBe(true);
      await ssl.close(c);
      await srv.stop();
    });
  });

  it.each([
    ['x25519', 'X25519', 'x25519'],
    ['secp256r1', 'P-256', 'secp256r1'],
    ['secp384r1', 'P-384', 'secp384r1'],
    ['ffdhe2048', 'ffdhe2048', 'ffdhe2048'],
  ])('agrees on the group %s', async (group, opensslName, shown) => {
    const srv = await sServer(pki.serverEcdsa, ['-rev', '-groups', opensslName, '-msg']);
    const c = await connect(srv.port, { supported_groups: [group] });
    await reversed(c, group);
    expect(ssl.connectionInformation(c).ecc).toBe(group);
    await srv.waitFor(new RegExp(`Supported groups: ${shown}\\n`), 5000);
    // One ClientHello: the share we sent first was the one the server took.
    expect(count(srv.output(), /<<< TLS 1\.3, Handshake \[length [0-9a-f]+\], ClientHello/)).toBe(1);
    await srv.stop();
  });

  it('retries with P-384 when the server asks for it (HelloRetryRequest)', async () => {
    const srv = await sServer(pki.serverEcdsa, ['-rev', '-groups', 'P-384', '-msg']);
    // The default groups start with x25519, and one key share is sent: x25519's.
    const c = await connect(srv.port);
    await reversed(c, 'after a retry');
    expect(ssl.connectionInformation(c).ecc).toBe('secp384r1');
    expect(count(srv.output(), /<<< TLS 1\.3, Handshake \[length [0-9a-f]+\], ClientHello/)).toBe(2);
    await srv.stop();
  });

  it('negotiates ALPN, and fails with no_application_protocol when nothing matches', async () => {
    const srv = await sServer(pki.serverEcdsa, ['-alpn', 'h2,http/1.1']);
    const c = await connect(srv.port, { alpn_advertised_protocols: ['spdy/1', 'http/1.1'] });
    await toServer(srv, c, 'alpn');
    expect(text(ssl.negotiatedProtocol(c))).toBe('http/1.1');
    expect(ssl.connectionInformation(c).negotiated_protocol).toBe('http/1.1');
    expect(srv.output()).toContain('ALPN protocols advertised by the client: spdy/1, http/1.1');
    await srv.stop();

    const none = await sServer(pki.serverEcdsa, ['-alpn', 'h2']);
    const err = await failure(connect(none.port, { alpn_advertised_protocols: ['spdy/1'] }));
    expect(err.reason).toMatchObject({
      tls_alert: ['no_application_protocol', expect.stringContaining('received SERVER ALERT')],
    });
    await none.stop();
  });

  it('sends the host name as SNI, and none for an IP address', async () => {
    const sni = ['-servername', 'localhost', '-cert2', pki.serverP384.cert, '-key2', pki.serverP384.key];
    const srv = await sServer(pki.serverEcdsa, sni);
    const c = await connect(srv.port);
    await toServer(srv, c, 'sni');
    expect(srv.output()).toContain('Hostname in TLS extension: "localhost"');
    // The server switched to its second certificate for that name.
    expect(ssl.peercert(c, 'subject')).toContain('OU=serverP384');
    expect(ssl.connectionInformation(c).sni_hostname).toBe('localhost');
    await srv.stop();

    const ip = await sServer(pki.serverEcdsa, sni);
    const byIp = ours(
      await ssl.connect('127.0.0.1', ip.port, { cacertfile: pki.ca.cert, active: false }, 5000),
    );
    await toServer(ip, byIp, 'no sni');
    expect(ip.output()).not.toContain('Hostname in TLS extension');
    expect(ssl.peercert(byIp, 'subject')).toContain('OU=serverEcdsa');
    await ip.stop();
  });

  it('presents a client certificate the server verifies', async () => {
    const srv = await sServer(pki.serverRsa, ['-rev', '-Verify', '1', '-CAfile', pki.ca.cert]);
    const c = await connect(srv.port, { certfile: pki.client.cert, keyfile: pki.client.key });
    await reversed(c, 'client auth');
    await srv.waitFor(/Peer certificate: .*CN = client/, 5000);
    expect(srv.output()).toContain('Verification: OK');
    await srv.stop();
  });

  it('updates its keys (ssl.updateKeys), alone and with the server', async () => {
    const srv = await sServer(pki.serverEcdsa, ['-msg']);
    const c = await connect(srv.port);
    await toServer(srv, c, 'before');
    ssl.updateKeys(c, 'write');
    await toServer(srv, c, 'after write update');
    expect(count(srv.output(), KEY_UPDATE_IN)).toBe(1);
    ssl.updateKeys(c, 'read_write');
    await toServer(srv, c, 'after read_write update');
    expect(count(srv.output(), KEY_UPDATE_IN)).toBe(2);
    // Asked to, the server updates its own keys before it sends again; that must decrypt.
    srv.proc.stdin.write('from the server\n');
    expect(text(await readExactly(c, 16, 5000))).toBe('from the server\n');
    expect(count(srv.output(), KEY_UPDATE_OUT)).toBe(1);
    await srv.stop();
  });

  it("answers the server's KeyUpdate (s_server's K command)", async () => {
    const srv = await sServer(pki.serverEcdsa, ['-msg']);
    const c = await connect(srv.port);
    await srv.waitFor(/CIPHER is/, 5000);
    srv.proc.stdin.write('K\n');
    await srv.waitFor(KEY_UPDATE_OUT, 5000);
    srv.proc.stdin.write('from the server\n');
    expect(text(await readExactly(c, 16, 5000))).toBe('from the server\n');
    await toServer(srv, c, 'from the client');
    // update_requested: we answered with ours before our data.
    expect(count(srv.output(), KEY_UPDATE_IN)).toBe(1);
    await srv.stop();
  });

  it('moves 4 MB each way intact', async () => {
    // Hex text without newlines: s_server prints what it receives, and takes no command from it.
    const up = randomBytes(2 << 20).toString('hex');
    const down = randomBytes(2 << 20).toString('hex');
    const srv = await sServer(pki.serverEcdsa, []);
    const c = await connect(srv.port);
    await ssl.send(c, `BEGIN${up}END`);
    const m = await srv.waitFor(/BEGIN([0-9a-f]*)END/, 20_000);
    expect(sha256(m[1]!)).toBe(sha256(up));
    srv.proc.stdin.write(down);
    expect(sha256(await readExactly(c, down.length, 20_000))).toBe(sha256(down));
    await srv.stop();
  });
});
