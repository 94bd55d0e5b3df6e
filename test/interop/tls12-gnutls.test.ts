// Our TLS 1.2 client and server, through the public ssl API, against GnuTLS: one gnutls-serv
// --echo with RSA, ECDSA and Ed25519 certificates for every row of our client (suite, group,
// certificate), gnutls-cli against our listeners with the suite and group set by priority
// strings, client certificates, ALPN, SNI, resumption by session ID and by RFC 5077 ticket both
// ways, and 4 MB through the echo (TLS 1.3 too, which tls13-gnutls leaves out). gnutls-serv's
// report of each connection is checked beside connectionInformation.
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clientSessions } from '../../packages/tls/src/config/session-cache.js';
import * as ssl from '../../packages/tls/src/index.js';
import { missingPeers } from '../support/peers.js';
import {
  gnutlsReportOf,
  type RunningServer,
  runGnutlsClient,
  startGnutlsServer,
  stopAll,
} from '../support/tls-peers.js';
import { makePki, type Pki, type PkiLeaf } from '../support/tls-pki.js';
import { ALL_SUITES12, SUITES12 } from '../support/tls12-matrix.js';
import {
  accepted,
  acceptOne,
  alertOf,
  alertSide,
  type CryptoName,
  closeOurs,
  exchange,
  failure,
  ours,
  readExactly,
  reconnect,
  servedTo,
  sha256,
  within,
} from '../support/tls13-interop.js';

let pki: Pki;
/** The gnutls-serv every row of our client talks to: TLS 1.2, DHE and every group allowed. */
let main: RunningServer;
const TLS12 = 'NORMAL:-VERS-ALL:+VERS-TLS1.2:+DHE-RSA:+GROUP-ALL';

const withKeys = (...leaves: PkiLeaf[]): string[] =>
  leaves.flatMap((l) => ['--x509certfile', l.chain, '--x509keyfile', l.key]);

const gServer = (args: string[]): Promise<RunningServer> =>
  startGnutlsServer(['--echo', ...args], { lifetimeMs: 60_000 });

beforeAll(async () => {
  pki = await makePki();
  main = await gServer(['--priority', TLS12, ...withKeys(pki.serverEcdsa, pki.serverRsa, pki.serverEd25519)]);
});
afterEach(closeOurs);
afterAll(stopAll);

const connect = async (port: number, opts: Record<string, unknown> = {}) =>
  ours(
    await ssl.connect(
      'localhost',
      port,
      { cacertfile: pki.ca.cert, versions: ['tlsv1.2'], reuse_sessions: false, active: false, ...opts },
      5000,
    ),
  );

/** Sends `line` through gnutls-serv's echo; its report of that connection. */
async function echoed(srv: RunningServer, c: ssl.SslSocket, line: string): Promise<string> {
  expect(await exchange(c, `${line}\n`)).toBe(`${line}\n`);
  await srv.waitFor(new RegExp(`received cmd: ${line}\\n`), 5000);
  return gnutlsReportOf(srv.output(), line) ?? '';
}

const listen = async (leaf: PkiLeaf, opts: Record<string, unknown> = {}) =>
  ours(await ssl.listen(0, { certfile: leaf.chain, keyfile: leaf.key, versions: ['tlsv1.2'], ...opts }));

/** gnutls-cli against our listener: sends a line, waits for it back (or for the failure). */
const gClient = (l: ssl.SslListenSocket, args: string[], line = 'ping') =>
  servedTo(l, (port) =>
    runGnutlsClient(['--x509cafile', pki.ca.cert, ...args], `${line}\n`, {
      port,
      waitFor: new RegExp(`^${line}$|Handshake has failed|Error`, 'm'),
    }),
  );

const described = (kx: string, cipher: string) =>
  new RegExp(`- Description: \\(TLS1\\.2-X\\.509\\)-\\(${kx}-[^)]+\\)-\\([^)]+\\)-\\(${cipher}\\)`);

describe.skipIf(missingPeers('gnutls-serv', 'gnutls-cli'))('TLS 1.2 against GnuTLS', () => {
  describe.each(['node', 'noble'] as CryptoName[])('with the %s provider', (crypto) => {
    it.each(SUITES12)('our client negotiates %s with gnutls-serv', async (suite, m) => {
      const c = await connect(main.port, { crypto, ciphers: suite });
      const report = await echoed(main, c, `${crypto}-${suite}`);
      expect(ssl.connectionInformation(c)).toMatchObject({ protocol: 'tlsv1.2', cipher_suite: suite });
      expect(report).toMatch(described(m.kx, m.gnutlsCipher));
    });

    it.each(SUITES12)('gnutls-cli negotiates %s with our server', async (suite, m) => {
      const l = await listen(m.auth === 'RSA' ? pki.serverRsa : pki.serverEcdsa, {
        crypto,
        ciphers: ALL_SUITES12,
      });
      const priority = `${TLS12}:-KX-ALL:+${m.gnutlsKx}:-CIPHER-ALL:+${m.gnutlsCipher}`;
      const { r, server } = await gClient(l, ['--priority', priority]);
      expect(r.stdout).toMatch(/^ping$/m);
      expect(r.stdout).toContain('- Status: The certificate is trusted.');
      expect(r.stdout).toMatch(described(m.kx, m.gnutlsCipher));
      expect(ssl.connectionInformation(accepted(server))).toMatchObject({
        protocol: 'tlsv1.2',
        cipher_suite: suite,
      });
    });
  });

  // RSA suites: an ECDSA certificate's curve must be among the client's groups too (RFC 8422
  // 5.3); the rows here are about the key exchange alone.
  const GROUPS = [
    ['x25519', 'X25519', 'ECDHE-X25519', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'],
    ['secp256r1', 'SECP256R1', 'ECDHE-SECP256R1', 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256'],
    ['secp384r1', 'SECP384R1', 'ECDHE-SECP384R1', 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'],
    ['ffdhe2048', 'FFDHE2048', 'DHE-FFDHE2048', 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256'],
  ] as const;

  it.each(GROUPS)('our client offers only %s, and gnutls-serv takes it', async (group, _, shown, suite) => {
    const c = await connect(main.port, { supported_groups: [group], ciphers: suite });
    const report = await echoed(main, c, `group-${group}`);
    expect(ssl.connectionInformation(c).ecc).toBe(group);
    expect(report).toContain(`-(${shown})-`);
  });

  it.each(GROUPS)(
    'gnutls-cli offers only %s, and our server takes it',
    async (group, gnutls, shown, suite) => {
      const l = await listen(suite.includes('ECDSA') ? pki.serverEcdsa : pki.serverRsa);
      const { r, server } = await gClient(l, ['--priority', `${TLS12}:-GROUP-ALL:+GROUP-${gnutls}`]);
      expect(r.stdout).toContain(`-(${shown})-`);
      expect(ssl.connectionInformation(accepted(server)).ecc).toBe(group);
    },
  );

  it.each([
    ['serverRsa', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'rsa_pkcs1_sha256', 'RSA-SHA256'],
    ['serverRsa', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'rsa_pss_rsae_sha256', 'RSA-PSS-RSAE-SHA256'],
    ['serverEcdsa', 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'ecdsa_secp256r1_sha256', 'ECDSA-SHA256'],
    ['serverEd25519', 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'ed25519', 'EdDSA-Ed25519'],
  ] as const)(
    'our client verifies gnutls-serv signing with %s (%s, %s)',
    async (name, suite, scheme, shown) => {
      // gnutls-serv picks its certificate by the suite and the schemes we offer.
      const c = await connect(main.port, { ciphers: suite, signature_algs: [scheme] });
      const report = await echoed(main, c, `cert-${scheme}`);
      expect(ssl.connectionInformation(c).signature_algorithm).toBe(scheme);
      expect(Buffer.from(ssl.peercert(c)).equals(pki[name].certDer)).toBe(true);
      expect(report).toContain(`-(${shown})-`);
    },
  );

  it.each([
    ['serverRsa', 'RSA-PSS-RSAE-SHA256', 'rsa_pss_rsae_sha256'],
    ['serverEcdsa', 'ECDSA-SHA256', 'ecdsa_secp256r1_sha256'],
    // In TLS 1.2 a scheme names the hash, not the curve: a P-384 key signs ecdsa_secp256r1_sha256.
    ['serverP384', 'ECDSA-SHA256', 'ecdsa_secp256r1_sha256'],
    ['serverEd25519', 'EdDSA-Ed25519', 'ed25519'],
  ] as const)(
    'our server serves the %s certificate, which gnutls-cli verifies',
    async (name, shown, scheme) => {
      const l = await listen(pki[name]);
      const { r, server } = await gClient(l, ['--priority', TLS12]);
      expect(r.stdout).toContain('- Status: The certificate is trusted.');
      expect(r.stdout).toContain(`-(${shown})-`);
      expect(ssl.connectionInformation(accepted(server)).signature_algorithm).toBe(scheme);
    },
  );

  it('does client certificates and ALPN with gnutls-serv', async () => {
    const srv = await gServer([
      ...['--priority', TLS12, ...withKeys(pki.serverEcdsa), '--x509cafile', pki.ca.cert],
      ...['--require-client-cert', '--verify-client-cert', '--alpn', 'h2', '--alpn', 'http/1.1'],
    ]);
    for (const leaf of [pki.client, pki.clientRsa]) {
      const c = await connect(srv.port, {
        certfile: leaf.cert,
        keyfile: leaf.key,
        alpn_advertised_protocols: ['http/1.1'],
      });
      const report = await echoed(srv, c, `client-${leaf.certDer.length}`);
      expect(ssl.negotiatedProtocol(c)).toEqual(new TextEncoder().encode('http/1.1'));
      expect(report).toContain('- Application protocol: http/1.1');
    }
    // In TLS 1.2 the server checks the client's certificate before either Finished. GnuTLS
    // answers a missing one with decode_error (so openssl s_client and gnutls-cli are told, too).
    const err = await failure(connect(srv.port));
    expect(alertOf(err)).toBe('decode_error');
    expect(alertSide(err)).toBe('received');
    await srv.stop();
  });

  it('does client certificates, ALPN and SNI with gnutls-cli', async () => {
    const l = await listen(pki.serverEcdsa, {
      verify: 'verify_peer',
      fail_if_no_peer_cert: true,
      cacertfile: pki.ca.cert,
      alpn_preferred_protocols: ['h2', 'http/1.1'],
    });
    const { r, server } = await gClient(l, [
      ...['--x509certfile', pki.clientRsa.cert, '--x509keyfile', pki.clientRsa.key],
      ...['--alpn', 'http/1.1', '--alpn', 'h2', '--sni-hostname', 'localhost'],
      ...['--verify-hostname', 'localhost', '--priority', TLS12],
    ]);
    expect(r.stdout).toContain('- Application protocol: h2');
    const s = accepted(server);
    expect(ssl.connectionInformation(s)).toMatchObject({
      protocol: 'tlsv1.2',
      negotiated_protocol: 'h2',
      sni_hostname: 'localhost',
    });
    expect(ssl.peercert(s, 'subject')).toContain('CN=client');

    const without = await gClient(l, ['--priority', TLS12]);
    expect(without.r.output).toMatch(/Received alert \[40\]: Handshake failed/);
    expect(alertOf(without.server)).toBe('handshake_failure');
    const untrusted = await gClient(l, [
      ...['--x509certfile', pki.untrusted.cert, '--x509keyfile', pki.untrusted.key, '--priority', TLS12],
    ]);
    expect(untrusted.r.output).toMatch(/Received alert \[48\]: CA is unknown/);
    expect(alertOf(untrusted.server)).toBe('unknown_ca');
  });

  it.each([
    ['a ticket', { session_tickets: 'auto' }, (t: number) => t > 0],
    ['its session ID', {}, (t: number) => t === 0],
  ] as const)('our client resumes with gnutls-serv by %s', async (_, opts, ticketLength) => {
    const key = `localhost:${main.port}`;
    clientSessions.delete(key);
    const seen = await reconnect(() => connect(main.port, { reuse_sessions: true, ...opts }), 3);
    expect(seen.map((i) => i.session_resumption)).toEqual([false, true, true]);
    expect(ticketLength(clientSessions.get(key)?.ticket.length ?? -1)).toBe(true);
  });

  it.each([
    ['a ticket', { session_tickets: 'stateless', reuse_sessions: false }, []],
    ['its session ID', {}, ['--noticket']],
  ] as const)('gnutls-cli --resume resumes with our server by %s', async (_, opts, args) => {
    const l = await listen(pki.serverRsa, opts);
    const [first, second] = [acceptOne(l), acceptOne(l)];
    const r = await runGnutlsClient(
      ['--x509cafile', pki.ca.cert, '--resume', '--priority', TLS12, ...args],
      'ping\n',
      {
        port: l.port,
        waitFor: /^ping$|Handshake has failed|Error/m,
      },
    );
    expect(r.stdout).toContain('*** This is a resumed session');
    const resumed = async (p: Promise<ssl.SslSocket | ssl.TlsError>) =>
      ssl.connectionInformation(accepted(await within(p, 10_000, 'our server'))).session_resumption;
    expect([await resumed(first), await resumed(second)]).toEqual([false, true]);
  });

  // gnutls-serv --echo takes lines of text (binary comes back mangled), and gnutls-cli reads its
  // input too slowly for megabytes: so hex lines, from our client, out and back.
  it.each(['tlsv1.2', 'tlsv1.3'])('moves 4 MB each way through gnutls-serv over %s', async (version) => {
    const srv = version === 'tlsv1.2' ? main : await gServer(withKeys(pki.serverEcdsa));
    const c = await connect(srv.port, { versions: [version] });
    const lines = `${randomBytes(2 << 20)
      .toString('hex')
      .replace(/.{8000}/g, '$&\n')}\n`;
    const back = readExactly(c, lines.length, 20_000);
    await ssl.send(c, lines);
    expect(sha256(await back)).toBe(sha256(lines));
    expect(ssl.connectionInformation(c).protocol).toBe(version);
  });
});
