// Our TLS 1.3 client and server, through the public ssl API, against node:tls in this process:
// suites, ALPN, SNI and client certificates as node saw them, KeyUpdate of ours that node's
// OpenSSL follows, and 4 MB of random bytes each way, compared by SHA-256.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type tls from 'node:tls';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as ssl from '../../packages/tls/src/index.js';
import {
  closeNode,
  nodeClient as connectNode,
  nodeServer as echoServer,
  nodeRead,
  pemOf,
} from '../support/tls-node.js';
import { makePki, type Pki } from '../support/tls-pki.js';
import {
  accepted,
  acceptOne,
  type CryptoName,
  closeOurs,
  ours,
  readExactly,
  sha256,
  text,
} from '../support/tls13-interop.js';

let pki: Pki;
let ca: Buffer;
beforeAll(async () => {
  pki = await makePki();
  ca = readFileSync(pki.ca.cert);
});
afterEach(() => {
  closeOurs();
  closeNode();
});
afterAll(closeOurs);

/** A node:tls echo server (TLS 1.3 only) on a free loopback port; `seen` gets each secure socket. */
const nodeServer = (options: tls.TlsOptions, seen?: (s: tls.TLSSocket) => void): Promise<number> =>
  echoServer({ ...pemOf(pki.serverEcdsa), minVersion: 'TLSv1.3', ...options }, seen);

/** A node:tls client (TLS 1.3 only) to our listener; resolves once it is connected. */
const nodeClient = (port: number, options: tls.ConnectionOptions = {}): Promise<tls.TLSSocket> =>
  connectNode(port, { ca, minVersion: 'TLSv1.3', ...options });

const connect = async (port: number, opts: Record<string, unknown> = {}) =>
  ours(await ssl.connect('localhost', port, { cacertfile: pki.ca.cert, active: false, ...opts }, 5000));

const listen = async (opts: Record<string, unknown> = {}) =>
  ours(await ssl.listen(0, { certfile: pki.serverEcdsa.chain, keyfile: pki.serverEcdsa.key, ...opts }));

async function roundTrip(c: ssl.SslSocket, data: string): Promise<void> {
  await ssl.send(c, data);
  expect(text(await readExactly(c, data.length, 5000))).toBe(data);
}

describe('our TLS 1.3 client against a node:tls server', () => {
  describe.each(['node', 'noble'] as CryptoName[])('with the %s provider', (crypto) => {
    it.each(['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'])(
      'negotiates %s, as node reports it',
      async (suite) => {
        let cipher: tls.CipherNameAndProtocol | undefined;
        const port = await nodeServer({ ciphers: suite }, (s) => {
          cipher = s.getCipher();
        });
        const c = await connect(port, { crypto, ciphers: suite });
        await roundTrip(c, 'hello node');
        expect(ssl.connectionInformation(c)).toMatchObject({ protocol: 'tlsv1.3', cipher_suite: suite });
        expect(cipher).toMatchObject({ standardName: suite, version: 'TLSv1.3' });
      },
    );

    it('moves 4 MB of random bytes through the echo', async () => {
      const port = await nodeServer({});
      const c = await connect(port, { crypto });
      const data = randomBytes(4 << 20);
      const back = readExactly(c, data.length, 30_000);
      await ssl.send(c, data);
      expect(sha256(await back)).toBe(sha256(data));
    });
  });

  it('negotiates ALPN and sends SNI as node sees them', async () => {
    let seen: { alpn: string | false | null; servername: string | false } | undefined;
    const port = await nodeServer({ ALPNProtocols: ['h2', 'http/1.1'] }, (s) => {
      seen = {
        alpn: s.alpnProtocol,
        servername: (s as unknown as { servername: string | false }).servername,
      };
    });
    const c = await connect(port, { alpn_advertised_protocols: ['http/1.1'] });
    await roundTrip(c, 'alpn');
    expect(seen).toEqual({ alpn: 'http/1.1', servername: 'localhost' });
    expect(text(ssl.negotiatedProtocol(c))).toBe('http/1.1');
  });

  it('presents a client certificate node verifies', async () => {
    let subject: string | string[] | undefined;
    const port = await nodeServer({ requestCert: true, rejectUnauthorized: true, ca }, (s) => {
      subject = s.getPeerCertificate().subject.CN;
    });
    const c = await connect(port, { certfile: pki.clientRsa.cert, keyfile: pki.clientRsa.key });
    await roundTrip(c, 'with a client certificate');
    expect(subject).toBe('client');
  });

  it('updates its keys and node follows, both ways', async () => {
    const port = await nodeServer({});
    const c = await connect(port);
    await roundTrip(c, 'before');
    for (let i = 0; i < 3; i++) {
      ssl.updateKeys(c, 'write');
      await roundTrip(c, `after write update ${i}`);
      ssl.updateKeys(c, 'read_write');
      await roundTrip(c, `after read_write update ${i}`);
    }
  });
});

describe('our TLS 1.3 server against a node:tls client', () => {
  describe.each(['node', 'noble'] as CryptoName[])('with the %s provider', (crypto) => {
    it.each(['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'])(
      'negotiates %s, as node reports it',
      async (suite) => {
        const l = await listen({ crypto });
        const served = acceptOne(l);
        const n = await nodeClient(l.port, { ciphers: suite });
        const s = accepted(await served);
        const back = nodeRead(n, 4);
        n.write('ping');
        expect((await back).toString()).toBe('ping');
        expect(n.getCipher()).toMatchObject({ standardName: suite, version: 'TLSv1.3' });
        expect(ssl.connectionInformation(s)).toMatchObject({ protocol: 'tlsv1.3', cipher_suite: suite });
      },
    );

    it('echoes 4 MB of random bytes, and takes 4 MB in one recv', async () => {
      const l = await listen({ crypto });
      const served = acceptOne(l);
      const n = await nodeClient(l.port);
      accepted(await served);
      const data = randomBytes(4 << 20);
      const back = nodeRead(n, data.length, 30_000);
      n.write(data);
      expect(sha256(await back)).toBe(sha256(data));

      const passive = await listen({ crypto, active: false });
      const second = acceptOne(passive, 10_000, false);
      const n2 = await nodeClient(passive.port);
      const s2 = accepted(await second);
      n2.write(data);
      const got = (await ssl.recv(s2, data.length, 30_000)) as Uint8Array;
      expect(got.length).toBe(data.length);
      expect(sha256(got)).toBe(sha256(data));
    });
  });

  it.each([
    ['serverRsa', 'rsa_pss_rsae_sha256'],
    ['serverEd25519', 'ed25519'],
    ['serverP384', 'ecdsa_secp384r1_sha384'],
  ] as const)('serves the %s certificate, which node verifies', async (name, scheme) => {
    const l = ours(await ssl.listen(0, { certfile: pki[name].chain, keyfile: pki[name].key }));
    const served = acceptOne(l);
    const n = await nodeClient(l.port);
    expect(n.authorized).toBe(true);
    expect(n.getPeerCertificate().raw.equals(pki[name].certDer)).toBe(true);
    expect(ssl.connectionInformation(accepted(await served)).signature_algorithm).toBe(scheme);
  });

  it('chooses by ALPN, sees the SNI and verifies the client certificate node sends', async () => {
    const l = await listen({
      alpn_preferred_protocols: ['h2', 'http/1.1'],
      verify: 'verify_peer',
      fail_if_no_peer_cert: true,
      cacertfile: pki.ca.cert,
    });
    const served = acceptOne(l);
    const n = await nodeClient(l.port, {
      ALPNProtocols: ['http/1.1', 'h2'],
      ...pemOf(pki.client),
    });
    const s = accepted(await served);
    expect(n.alpnProtocol).toBe('h2');
    const info = ssl.connectionInformation(s);
    expect(info.negotiated_protocol).toBe('h2');
    expect(info.sni_hostname).toBe('localhost');
    expect(ssl.peercert(s, 'subject')).toContain('CN=client');
  });

  it('retries for P-384, then updates its keys and node follows', async () => {
    const l = await listen({ supported_groups: ['secp384r1'] });
    const served = acceptOne(l);
    // node sends an X25519 share first: we ask for P-384 (HelloRetryRequest).
    const n = await nodeClient(l.port, { ecdhCurve: 'X25519:P-384' });
    const s = accepted(await served);
    expect(ssl.connectionInformation(s).ecc).toBe('secp384r1');
    for (let i = 0; i < 3; i++) {
      ssl.updateKeys(s, i % 2 === 0 ? 'read_write' : 'write');
      const back = nodeRead(n, 6);
      n.write(`ping ${i}`);
      expect((await back).toString()).toBe(`ping ${i}`);
    }
  });
});
