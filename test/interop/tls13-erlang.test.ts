// Our TLS 1.3 client and server, through the public ssl API, against Erlang/OTP's own ssl: our
// client to ssl:listen (startErlangTlsServer), Erlang's ssl:connect (runErlangTlsClient) to our
// server. Suites, groups (ffdhe2048, and a retry for P-384), ALPN, SNI, client certificates both
// ways, KeyUpdate of ours, and the alert reasons, which both sides name in Erlang's own terms.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as ssl from '../../packages/tls/src/index.js';
import { missingPeers } from '../support/peers.js';
import { runErlangTlsClient, startErlangTlsServer, stopAll } from '../support/tls-peers.js';
import { makePki, type Pki, type PkiLeaf } from '../support/tls-pki.js';
import {
  accepted,
  acceptOne,
  alertOf,
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

const SUITES = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'];
/** An Erlang list of ssl options allowing only `suite`. */
const onlySuite = (suite: string) => `[{ciphers, [ssl:str_to_suite(${JSON.stringify(suite)})]}]`;

const erlServer = (leaf: PkiLeaf, more: { cacertfile?: string; extra?: string } = {}) =>
  startErlangTlsServer({
    certfile: leaf.chain,
    keyfile: leaf.key,
    versions: ['tlsv1.3'],
    lifetimeMs: 20_000,
    ...more,
    extra: more.extra ?? '[{log_level, none}]',
  });

const connect = async (port: number, opts: Record<string, unknown> = {}) =>
  ours(await ssl.connect('localhost', port, { cacertfile: pki.ca.cert, active: false, ...opts }, 10_000));

async function echoed(c: ssl.SslSocket, data: string): Promise<void> {
  await ssl.send(c, data);
  expect(text(await readExactly(c, data.length, 5000))).toBe(data);
}

const listen = async (leaf: PkiLeaf, opts: Record<string, unknown> = {}) =>
  ours(await ssl.listen(0, { certfile: leaf.chain, keyfile: leaf.key, ...opts }));

/** runErlangTlsClient against our listener, with what our side made of the connection. */
async function erlClient(
  l: ssl.SslListenSocket,
  opts: Partial<Parameters<typeof runErlangTlsClient>[0]> = {},
) {
  const served = acceptOne(l);
  const r = await runErlangTlsClient({
    port: l.port,
    payload: 'hello erlang',
    cacertfile: pki.ca.cert,
    versions: ['tlsv1.3'],
    extra: '[{log_level, none}]',
    ...opts,
  });
  return { r, server: await within(served, 15_000, 'our server') };
}

describe.skipIf(missingPeers('erl'))('TLS 1.3 against Erlang/OTP ssl', () => {
  describe('our client, Erlang ssl:listen', () => {
    it.each(SUITES)('negotiates %s', async (suite) => {
      const srv = await erlServer(pki.serverEcdsa, { extra: `[{log_level, none} | ${onlySuite(suite)}]` });
      const c = await connect(srv.port);
      await echoed(c, suite);
      expect(ssl.connectionInformation(c)).toMatchObject({ protocol: 'tlsv1.3', cipher_suite: suite });
      await ssl.close(c);
      await srv.waitFor(/^CLOSED$/m, 5000);
      expect(srv.output()).toContain(`HANDSHAKE tlsv1.3 ${suite}`);
    });

    it('retries for the one group the server allows (HelloRetryRequest), with noble', async () => {
      const srv = await erlServer(pki.serverEd25519, {
        extra: '[{log_level, none}, {supported_groups, [secp384r1]}]',
      });
      const c = await connect(srv.port, { crypto: 'noble' });
      await echoed(c, 'retried');
      const info = ssl.connectionInformation(c);
      expect(info.ecc).toBe('secp384r1');
      expect(info.signature_algorithm).toBe('ed25519');
      await srv.stop();
    });

    it('presents a client certificate when asked, and gets certificate_required without', async () => {
      const srv = await erlServer(pki.serverRsa, { cacertfile: pki.ca.cert });
      const c = await connect(srv.port, { certfile: pki.client.cert, keyfile: pki.client.key });
      await echoed(c, 'with a client certificate');
      expect(ssl.connectionInformation(c).signature_algorithm).toBe('rsa_pss_rsae_sha256');
      await ssl.close(c);
      await srv.waitFor(/^CLOSED$/m, 5000);

      // In TLS 1.3 the client is done once it sent its Finished: the server's alert comes after.
      const strict = await erlServer(pki.serverRsa, { cacertfile: pki.ca.cert });
      const bare = await connect(strict.port);
      const err = await failure(ssl.recv(bare, 0, 5000));
      expect(err.reason).toMatchObject({
        tls_alert: ['certificate_required', expect.stringContaining('received SERVER ALERT')],
      });
      await strict.waitFor(/^HANDSHAKE_ERROR .*certificate_required/m, 5000);
    });

    it('updates its keys, and the Erlang server follows', async () => {
      const srv = await erlServer(pki.serverEcdsa);
      const c = await connect(srv.port);
      await echoed(c, 'before');
      ssl.updateKeys(c, 'write');
      await echoed(c, 'after write');
      ssl.updateKeys(c, 'read_write');
      await echoed(c, 'after read_write');
      await ssl.close(c);
      await srv.waitFor(/^CLOSED$/m, 5000);
    });
  });

  describe('our server, Erlang ssl:connect', () => {
    it.each(SUITES)('negotiates %s', async (suite) => {
      const l = await listen(pki.serverEcdsa);
      const { r, server } = await erlClient(l, { extra: `[{log_level, none} | ${onlySuite(suite)}]` });
      expect(r.error).toBeUndefined();
      expect(r.echo?.toString()).toBe('hello erlang');
      expect(r).toMatchObject({ protocol: 'tlsv1.3', cipher: suite });
      expect(ssl.connectionInformation(accepted(server)).cipher_suite).toBe(suite);
    });

    it('agrees on ffdhe2048, ALPN and SNI, and updates its keys mid-echo', async () => {
      const l = await listen(pki.serverRsa, {
        supported_groups: ['x25519', 'ffdhe2048'],
        alpn_preferred_protocols: ['h2', 'http/1.1'],
      });
      const served = ssl.accept(l, 15_000).then((s) => {
        ours(s);
        s.once('ssl', (d) => {
          // Erlang must follow a KeyUpdate (update_requested) before the echo comes.
          ssl.updateKeys(s, 'read_write');
          void ssl.send(s, d as Uint8Array);
        });
        return s;
      });
      const r = await runErlangTlsClient({
        port: l.port,
        payload: 'after a key update',
        cacertfile: pki.ca.cert,
        versions: ['tlsv1.3'],
        extra:
          '[{log_level, none}, {supported_groups, [ffdhe2048]}, {alpn_advertised_protocols, [<<"http/1.1">>]}]',
      });
      expect(r.error).toBeUndefined();
      expect(r.echo?.toString()).toBe('after a key update');
      const info = ssl.connectionInformation(await served);
      expect(info).toMatchObject({
        ecc: 'ffdhe2048',
        negotiated_protocol: 'http/1.1',
        sni_hostname: 'localhost',
      });
    });

    it('verifies the client certificate Erlang sends, and refuses a client without one', async () => {
      const l = await listen(pki.serverEd25519, {
        verify: 'verify_peer',
        fail_if_no_peer_cert: true,
        cacertfile: pki.ca.cert,
        crypto: 'noble',
      });
      const ok = await erlClient(l, { certfile: pki.clientRsa.cert, keyfile: pki.clientRsa.key });
      expect(ok.r.error).toBeUndefined();
      expect(ok.r.echo?.toString()).toBe('hello erlang');
      expect(ssl.peercert(accepted(ok.server), 'subject')).toContain('CN=client');

      // Erlang's client is connected once it sent its Finished; our alert then closes the
      // connection under its send (Erlang reports that as closed, not as the alert).
      const refused = await erlClient(l);
      expect(refused.r.protocol).toBe('tlsv1.3');
      expect(refused.r.echo).toBeUndefined();
      expect(refused.r.error).toMatch(/closed/);
      expect(alertOf(refused.server)).toBe('certificate_required');
      expect((refused.server as ssl.TlsError).reason).toMatchObject({
        tls_alert: ['certificate_required', expect.stringContaining('sent SERVER ALERT')],
      });
    });
  });
});
