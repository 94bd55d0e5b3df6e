// Our TLS 1.2 client and server, through the public ssl API, against Erlang/OTP's own ssl: our
// client to ssl:listen (one Erlang server per certificate, serving connection after connection),
// Erlang's ssl:connect to our server (one Erlang run per table, a connection per row). Suites on
// both providers, groups, certificates, client certificates, ALPN and SNI, resumption as far as
// OTP goes, and 4 MB each way (over TLS 1.3 too, which tls13-erlang leaves out).
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as ssl from '../../packages/tls/src/index.js';
import { missingPeers } from '../support/peers.js';
import {
  type RunningServer,
  runErlangTlsClient,
  startErlangTlsServer,
  stopAll,
} from '../support/tls-peers.js';
import { makePki, type Pki, type PkiLeaf } from '../support/tls-pki.js';
import { ALL_SUITES12, SUITES12 } from '../support/tls12-matrix.js';
import {
  accepted,
  acceptOne,
  alertOf,
  type CryptoName,
  closeOurs,
  exchange,
  failure,
  ours,
  readExactly,
  reconnect,
  sha256,
  within,
} from '../support/tls13-interop.js';

let pki: Pki;
const servers = new Map<string, Promise<RunningServer>>();
beforeAll(async () => {
  pki = await makePki();
});
afterEach(closeOurs);
afterAll(stopAll);

const QUIET = '[{log_level, none}]';

/**
 * The Erlang server for `leaf` (and `extra` options), started on first use and shared by the
 * rows after: it serves one connection after another until the file is done.
 */
function erlServer(
  leaf: PkiLeaf,
  more: { cacertfile?: string; extra?: string } = {},
): Promise<RunningServer> {
  const key = `${leaf.cert} ${more.cacertfile} ${more.extra}`;
  let srv = servers.get(key);
  if (srv === undefined) {
    srv = startErlangTlsServer({
      certfile: leaf.chain,
      keyfile: leaf.key,
      versions: ['tlsv1.2'],
      connections: 1000,
      lifetimeMs: 90_000,
      ...more,
      extra: `[{log_level, none} | ${more.extra ?? '[]'}]`,
    });
    servers.set(key, srv);
  }
  return srv;
}

const connect = async (port: number, opts: Record<string, unknown> = {}) =>
  ours(
    await ssl.connect(
      'localhost',
      port,
      { cacertfile: pki.ca.cert, versions: ['tlsv1.2'], reuse_sessions: false, active: false, ...opts },
      10_000,
    ),
  );

const listen = async (leaf: PkiLeaf, opts: Record<string, unknown> = {}) =>
  ours(await ssl.listen(0, { certfile: leaf.chain, keyfile: leaf.key, versions: ['tlsv1.2'], ...opts }));

/** An Erlang list of option lists, one a connection: connection I takes the I-th. */
const perConnection = (lists: readonly string[]) => `lists:nth(I, [${lists.join(', ')}]) ++ ${QUIET}`;
const onlySuite = (suite: string) => `[{ciphers, [ssl:str_to_suite(${JSON.stringify(suite)})]}]`;

/** Erlang's ssl:connect to our listener, `n` connections: its result and our side of each. */
async function erlClients(
  l: ssl.SslListenSocket,
  n: number,
  opts: Partial<Parameters<typeof runErlangTlsClient>[0]> = {},
) {
  const served: Promise<ssl.SslSocket | ssl.TlsError>[] = [];
  const accepting = (async () => {
    for (let i = 0; i < n; i++) {
      const one = acceptOne(l, 20_000);
      served.push(one);
      await one;
    }
  })();
  const r = await runErlangTlsClient({
    port: l.port,
    payload: 'hello erlang',
    cacertfile: pki.ca.cert,
    versions: ['tlsv1.2'],
    connections: n,
    extra: QUIET,
    timeoutMs: 20_000,
    ...opts,
  });
  // A client that gave up early leaves our listener waiting: say what the client said.
  await within(accepting, 3000, `our server (Erlang said: ${r.output.trim()})`);
  return { r, ours: await Promise.all(served) };
}

describe.skipIf(missingPeers('erl'))('TLS 1.2 against Erlang/OTP ssl', () => {
  describe('our client, Erlang ssl:listen', () => {
    describe.each(['node', 'noble'] as CryptoName[])('with the %s provider', (crypto) => {
      it.each(SUITES12)('negotiates %s', async (suite, m) => {
        const srv = await erlServer(m.auth === 'RSA' ? pki.serverRsa : pki.serverEcdsa);
        const c = await connect(srv.port, { crypto, ciphers: suite });
        expect(await exchange(c, `${crypto} ${suite}`)).toBe(`${crypto} ${suite}`);
        expect(ssl.connectionInformation(c)).toMatchObject({ protocol: 'tlsv1.2', cipher_suite: suite });
        await srv.waitFor(new RegExp(`^HANDSHAKE tlsv1\\.2 ${suite}$`, 'm'), 5000);
      });
    });

    // OTP's TLS 1.2 server takes neither x25519 (openssl s_client -tls1_2 -groups X25519 is
    // refused too) nor FFDHE (RFC 7919 is TLS 1.3-only in OTP: it sends DH parameters of its own,
    // not a named group, which the DHE rows above run on). So the NIST curves only.
    it.each(['secp256r1', 'secp384r1'])('agrees on %s', async (group) => {
      const srv = await erlServer(pki.serverRsa);
      const c = await connect(srv.port, { supported_groups: [group] });
      expect(await exchange(c, group)).toBe(group);
      expect(ssl.connectionInformation(c).ecc).toBe(group);
    });

    // OTP signs TLS 1.2 with RSA and ECDSA keys only: with an Ed25519 certificate it answers any
    // ClientHello with handshake_failure (openssl s_client -tls1_2 gets the same), so no row.
    it.each([
      ['serverRsa', 'rsa_pss_rsae_sha256'],
      ['serverEcdsa', 'ecdsa_secp256r1_sha256'],
      // In TLS 1.2 a scheme names the hash, not the curve: OTP signs with SHA-256, our first choice.
      ['serverP384', 'ecdsa_secp256r1_sha256'],
    ] as const)('verifies the %s certificate', async (name, scheme) => {
      const c = await connect((await erlServer(pki[name])).port);
      expect(await exchange(c, name)).toBe(name);
      expect(ssl.connectionInformation(c).signature_algorithm).toBe(scheme);
      expect(Buffer.from(ssl.peercert(c)).equals(pki[name].certDer)).toBe(true);
    });

    it('presents a client certificate and agrees on ALPN; without a certificate it is refused', async () => {
      const srv = await erlServer(pki.serverEcdsa, {
        cacertfile: pki.ca.cert,
        extra: '[{alpn_preferred_protocols, [<<"h2">>, <<"http/1.1">>]}]',
      });
      const c = await connect(srv.port, {
        certfile: pki.clientRsa.cert,
        keyfile: pki.clientRsa.key,
        alpn_advertised_protocols: ['http/1.1', 'h2'],
      });
      expect(await exchange(c, 'with a client certificate')).toBe('with a client certificate');
      expect(ssl.connectionInformation(c).negotiated_protocol).toBe('h2');
      // The Erlang server serves one connection at a time.
      c.close();
      const err = await failure(connect(srv.port));
      expect(err.reason).toMatchObject({
        tls_alert: ['handshake_failure', expect.stringContaining('received SERVER ALERT')],
      });
      await srv.waitFor(/^HANDSHAKE_ERROR .*handshake_failure/m, 5000);
    });

    // OTP's TLS 1.2 has no extended master secret (RFC 7627), and a session without it is never
    // resumed (RFC 7627 5.3): so every connection is a full handshake, though OTP offers its IDs.
    it('does not resume a session without the extended master secret', async () => {
      const srv = await erlServer(pki.serverRsa);
      const seen = await reconnect(() => connect(srv.port, { reuse_sessions: true }), 2);
      expect(seen.map((i) => i.session_resumption)).toEqual([false, false]);
    });
  });

  describe('our server, Erlang ssl:connect', () => {
    describe.each(['node', 'noble'] as CryptoName[])('with the %s provider', (crypto) => {
      it.each(['RSA', 'ECDSA'] as const)('negotiates each %s suite', async (auth) => {
        const suites = SUITES12.filter(([, m]) => m.auth === auth).map(([s]) => s);
        const l = await listen(auth === 'RSA' ? pki.serverRsa : pki.serverEcdsa, {
          crypto,
          ciphers: ALL_SUITES12,
        });
        const { r, ours: served } = await erlClients(l, suites.length, {
          extra: perConnection(suites.map(onlySuite)),
        });
        expect(r.error).toBeUndefined();
        expect(r.ciphers).toEqual(suites);
        expect(served.map((s) => ssl.connectionInformation(accepted(s)).cipher_suite)).toEqual(suites);
        expect(r.echoSha256).toEqual(r.sentSha256);
      });
    });

    // No x25519: OTP's TLS 1.2 client offers only the curves of eccs, which has none.
    it('agrees on secp256r1, secp384r1, and on ffdhe2048 for a client that names no field', async () => {
      const l = await listen(pki.serverRsa);
      const { r, ours: served } = await erlClients(l, 3, {
        extra: perConnection([
          '[{eccs, [secp256r1]}]',
          '[{eccs, [secp384r1]}]',
          onlySuite('TLS_DHE_RSA_WITH_AES_256_GCM_SHA384'),
        ]),
      });
      expect(r.error).toBeUndefined();
      // OTP's TLS 1.2 client lists no FFDHE group, so our server takes ffdhe2048 (RFC 7919 4).
      expect(served.map((s) => ssl.connectionInformation(accepted(s)).ecc)).toEqual([
        'secp256r1',
        'secp384r1',
        'ffdhe2048',
      ]);
    });

    it.each([
      ['serverRsa', 'rsa_pss_rsae_sha256'],
      ['serverEcdsa', 'ecdsa_secp256r1_sha256'],
      ['serverP384', 'ecdsa_secp256r1_sha256'],
    ] as const)('serves the %s certificate, which Erlang verifies', async (name, scheme) => {
      const { r, ours: served } = await erlClients(await listen(pki[name]), 1);
      expect(r.error).toBeUndefined();
      expect(r.echo?.toString()).toBe('hello erlang');
      expect(ssl.connectionInformation(accepted(served[0]!)).signature_algorithm).toBe(scheme);
    });

    it('refuses with handshake_failure a client that offers no Ed25519 signatures (OTP in TLS 1.2)', async () => {
      const { r, ours: served } = await erlClients(await listen(pki.serverEd25519), 1);
      expect(r.error).toMatch(/handshake_failure.*received SERVER ALERT/);
      expect(alertOf(served[0]!)).toBe('handshake_failure');
      expect((served[0] as ssl.TlsError).message).toMatch(/no shared cipher suite fits our certificates/);
    });

    it('verifies the client certificate, agrees on ALPN, sees the SNI; refuses a client without one', async () => {
      const l = await listen(pki.serverEcdsa, {
        verify: 'verify_peer',
        fail_if_no_peer_cert: true,
        cacertfile: pki.ca.cert,
        alpn_preferred_protocols: ['h2', 'http/1.1'],
      });
      const ok = await erlClients(l, 1, {
        certfile: pki.client.cert,
        keyfile: pki.client.key,
        extra: `[{alpn_advertised_protocols, [<<"http/1.1">>]} | ${QUIET}]`,
      });
      expect(ok.r.error).toBeUndefined();
      const s = accepted(ok.ours[0]!);
      expect(ssl.connectionInformation(s)).toMatchObject({
        negotiated_protocol: 'http/1.1',
        sni_hostname: 'localhost',
      });
      expect(ssl.peercert(s, 'subject')).toContain('CN=client');

      const refused = await erlClients(l, 1);
      expect(refused.r.error).toMatch(/handshake_failure/);
      expect(alertOf(refused.ours[0]!)).toBe('handshake_failure');
    });

    // As above: without the extended master secret our server gives no session ID to resume.
    it('gives a client without the extended master secret no session to resume', async () => {
      const { r, ours: served } = await erlClients(await listen(pki.serverRsa), 2);
      expect(r.resumed).toEqual([false, false]);
      expect(r.sessionIds).toEqual(['', '']);
      expect(served.map((s) => ssl.connectionInformation(accepted(s)).session_resumption)).toEqual([
        false,
        false,
      ]);
    });
  });

  it.each(['tlsv1.2', 'tlsv1.3'] as const)('moves 4 MB each way over %s', async (version) => {
    // Our client through Erlang's echo.
    const srv = await startErlangTlsServer({
      certfile: pki.serverEcdsa.chain,
      keyfile: pki.serverEcdsa.key,
      versions: [version],
      extra: QUIET,
      lifetimeMs: 30_000,
    });
    const c = await connect(srv.port, { versions: [version] });
    const data = randomBytes(4 << 20);
    const back = readExactly(c, data.length, 20_000);
    await ssl.send(c, data);
    expect(sha256(await back)).toBe(sha256(data));

    // Erlang's client through ours.
    const { r } = await erlClients(await listen(pki.serverRsa, { versions: [version] }), 1, {
      versions: [version],
      payload: { random: 4 << 20 },
    });
    expect(r.error).toBeUndefined();
    expect(r.protocol).toBe(version);
    expect(r.echoSha256).toEqual(r.sentSha256);
    expect(r.sentSha256).toHaveLength(1);
  });
});
