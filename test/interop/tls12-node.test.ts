// Our TLS 1.2 client and server, through the public ssl API, against node:tls (OpenSSL) in this
// process: every suite on both providers, the groups, RSA/ECDSA/Ed25519/P-384 certificates,
// ALPN, SNI, client certificates (and the alert without one), resumption by session ID and by
// ticket both ways, and 4 MB of random bytes each way compared by SHA-256. What node reports of
// each connection is checked beside connectionInformation.
import { constants, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import tls from 'node:tls';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as ssl from '../../packages/tls/src/index.js';
import { closeNode, nodeClient, nodeRead, nodeServer, pemOf, withSessionCache } from '../support/tls-node.js';
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
  sha256,
  within,
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

/** Every suite of the matrix, as OpenSSL names them. */
const OPENSSL_SUITES = SUITES12.map(([, m]) => m.openssl).join(':');

/**
 * A node:tls echo server, TLS 1.2 only, with the RSA and ECDSA certificates unless told
 * otherwise, a session cache, and OpenSSL's own choice of DH parameters ('auto': not a named
 * group, so our client reports none).
 */
const server12 = (options: tls.TlsOptions = {}, seen?: (s: tls.TLSSocket) => void) => {
  const [rsa, ecdsa] = [pemOf(pki.serverRsa), pemOf(pki.serverEcdsa)];
  return nodeServer(
    {
      cert: [rsa.cert, ecdsa.cert],
      key: [rsa.key, ecdsa.key],
      maxVersion: 'TLSv1.2',
      ciphers: OPENSSL_SUITES,
      dhparam: 'auto',
      ...options,
    },
    seen,
    (o, l) => withSessionCache(tls.createServer(o, l)),
  );
};

const connect = async (port: number, opts: Record<string, unknown> = {}) =>
  ours(
    await ssl.connect(
      'localhost',
      port,
      { cacertfile: pki.ca.cert, versions: ['tlsv1.2'], reuse_sessions: false, active: false, ...opts },
      5000,
    ),
  );

const listen = async (leaf: PkiLeaf, opts: Record<string, unknown> = {}) =>
  ours(await ssl.listen(0, { certfile: leaf.chain, keyfile: leaf.key, versions: ['tlsv1.2'], ...opts }));

/** A node:tls client, TLS 1.2 only, against our listener: node's socket and ours. */
async function nodeTo(l: ssl.SslListenSocket, options: tls.ConnectionOptions = {}) {
  const served = acceptOne(l);
  const n = await nodeClient(l.port, { ca, maxVersion: 'TLSv1.2', ...options });
  return { n, s: accepted(await within(served, 10_000, 'our server')) };
}

/** One line from node through our echo and back. */
async function ping(n: tls.TLSSocket): Promise<void> {
  const back = nodeRead(n, 5);
  n.write('ping\n');
  expect((await back).toString()).toBe('ping\n');
}

describe('our TLS 1.2 client against a node:tls server', () => {
  describe.each(['node', 'noble'] as CryptoName[])('with the %s provider', (crypto) => {
    it.each(SUITES12)('negotiates %s, as node reports it', async (suite) => {
      let cipher: tls.CipherNameAndProtocol | undefined;
      const port = await server12({}, (s) => {
        cipher = s.getCipher();
      });
      const c = await connect(port, { crypto, ciphers: suite });
      expect(await exchange(c, 'hello node')).toBe('hello node');
      expect(ssl.connectionInformation(c)).toMatchObject({ protocol: 'tlsv1.2', cipher_suite: suite });
      expect(cipher).toMatchObject({ standardName: suite, version: 'TLSv1.2' });
      expect(c.conn.negotiated.extendedMasterSecret).toBe(true);
    });
  });

  // RSA suites: the curve of an ECDSA certificate must be one the client offers too (RFC 8422
  // 5.3), which OpenSSL enforces; the rows here are about the key exchange alone.
  it.each([
    ['x25519', { ecdhCurve: 'X25519' }, 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'],
    ['secp256r1', { ecdhCurve: 'P-256' }, 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'],
    ['secp384r1', { ecdhCurve: 'P-384' }, 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'],
    // OpenSSL's TLS 1.2 server does not negotiate FFDHE groups (RFC 7919): given ffdhe2048's
    // parameters it sends them, which we recognise by their value.
    ['ffdhe2048', {}, 'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384'],
  ])('agrees on %s', async (group, options, suite) => {
    const port = await server12({ dhparam: readFileSync(pki.ffdhe2048), ...options });
    const c = await connect(port, { supported_groups: [group], ciphers: suite });
    expect(await exchange(c, group)).toBe(group);
    expect(ssl.connectionInformation(c).ecc).toBe(group);
  });

  it.each([
    ['serverRsa', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'rsa_pss_rsae_sha256'],
    ['serverEcdsa', 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'ecdsa_secp256r1_sha256'],
    // In TLS 1.2 a scheme names the hash, not the curve: node signs with SHA-256, our first choice.
    ['serverP384', 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384', 'ecdsa_secp256r1_sha256'],
    ['serverEd25519', 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256', 'ed25519'],
  ] as const)('verifies the %s certificate node serves', async (name, suite, scheme) => {
    const port = await server12({ ...pemOf(pki[name]) });
    const c = await connect(port, { ciphers: suite });
    expect(await exchange(c, name)).toBe(name);
    expect(ssl.connectionInformation(c).signature_algorithm).toBe(scheme);
    expect(Buffer.from(ssl.peercert(c)).equals(pki[name].certDer)).toBe(true);
  });

  it('negotiates ALPN and sends SNI as node sees them', async () => {
    let seen: { alpn: string | false | null; servername: string | false } | undefined;
    const port = await server12({ ALPNProtocols: ['h2', 'http/1.1'] }, (s) => {
      seen = { alpn: s.alpnProtocol, servername: (s as { servername?: string | false }).servername ?? false };
    });
    const c = await connect(port, { alpn_advertised_protocols: ['http/1.1'] });
    expect(await exchange(c, 'alpn')).toBe('alpn');
    expect(seen).toEqual({ alpn: 'http/1.1', servername: 'localhost' });
    expect(ssl.connectionInformation(c).negotiated_protocol).toBe('http/1.1');
  });

  it('presents a client certificate node verifies, and is refused without one', async () => {
    let subject: string | string[] | undefined;
    const refusals: Error[] = [];
    const options = { requestCert: true, rejectUnauthorized: true, ca };
    const port = await server12(options, (s) => {
      subject = s.getPeerCertificate().subject.CN;
    });
    const c = await connect(port, { certfile: pki.clientRsa.cert, keyfile: pki.clientRsa.key });
    expect(await exchange(c, 'with a client certificate')).toBe('with a client certificate');
    expect(subject).toBe('client');

    const strict = tls.createServer({ ...pemOf(pki.serverEcdsa), maxVersion: 'TLSv1.2', ...options });
    strict.on('tlsClientError', (e) => refusals.push(e));
    await new Promise<void>((resolve) => strict.listen(0, '127.0.0.1', resolve));
    try {
      const err = await failure(connect((strict.address() as { port: number }).port));
      expect(alertOf(err)).toBe('handshake_failure');
      expect(alertSide(err)).toBe('received');
      expect(refusals[0]?.message).toMatch(/peer did not return a certificate/);
    } finally {
      strict.close();
    }
  });

  it.each([
    ['a ticket', {}],
    ['its session ID', { secureOptions: constants.SSL_OP_NO_TICKET }],
  ])('resumes by %s, and node agrees', async (_, options) => {
    const reused: boolean[] = [];
    const port = await server12(options, (s) => reused.push(s.isSessionReused()));
    const seen = await reconnect(() => connect(port, { reuse_sessions: true, session_tickets: 'auto' }), 3);
    expect(seen.map((i) => i.session_resumption)).toEqual([false, true, true]);
    expect(reused).toEqual([false, true, true]);
  });

  it('moves 4 MB of random bytes each way through the echo', async () => {
    const port = await server12();
    const c = await connect(port);
    const data = randomBytes(4 << 20);
    const back = readExactly(c, data.length, 30_000);
    await ssl.send(c, data);
    expect(sha256(await back)).toBe(sha256(data));
  });
});

describe('our TLS 1.2 server against a node:tls client', () => {
  describe.each(['node', 'noble'] as CryptoName[])('with the %s provider', (crypto) => {
    it.each(SUITES12)('negotiates %s, as node reports it', async (suite, m) => {
      const l = await listen(m.auth === 'RSA' ? pki.serverRsa : pki.serverEcdsa, {
        crypto,
        ciphers: ALL_SUITES12,
      });
      const { n, s } = await nodeTo(l, { ciphers: m.openssl });
      await ping(n);
      expect(n.getCipher()).toMatchObject({ standardName: suite, version: 'TLSv1.2' });
      expect(ssl.connectionInformation(s)).toMatchObject({ protocol: 'tlsv1.2', cipher_suite: suite });
    });
  });

  it.each([
    ['x25519', 'X25519', 'ECDHE-RSA-AES128-GCM-SHA256', { type: 'ECDH', name: 'X25519' }],
    ['secp256r1', 'P-256', 'ECDHE-RSA-AES128-GCM-SHA256', { type: 'ECDH', name: 'prime256v1' }],
    ['secp384r1', 'P-384', 'ECDHE-RSA-AES256-GCM-SHA384', { type: 'ECDH', name: 'secp384r1' }],
    ['ffdhe2048', 'ffdhe2048', 'DHE-RSA-AES128-GCM-SHA256', { type: 'DH', size: 2048 }],
  ])('agrees on %s', async (group, curve, cipher, key) => {
    const l = await listen(pki.serverRsa);
    const { n, s } = await nodeTo(l, { ecdhCurve: curve, ciphers: cipher });
    await ping(n);
    expect(ssl.connectionInformation(s).ecc).toBe(group);
    expect(n.getEphemeralKeyInfo()).toMatchObject(key);
  });

  it.each([
    ['serverRsa', 'rsa_pss_rsae_sha256'],
    ['serverEcdsa', 'ecdsa_secp256r1_sha256'],
    ['serverP384', 'ecdsa_secp256r1_sha256'],
    ['serverEd25519', 'ed25519'],
  ] as const)('serves the %s certificate, which node verifies', async (name, scheme) => {
    const { n, s } = await nodeTo(await listen(pki[name]));
    expect(n.authorized).toBe(true);
    expect(n.getPeerCertificate().raw.equals(pki[name].certDer)).toBe(true);
    expect(ssl.connectionInformation(s).signature_algorithm).toBe(scheme);
  });

  it('chooses by ALPN, sees the SNI, verifies the client certificate, and refuses one without', async () => {
    const l = await listen(pki.serverEcdsa, {
      alpn_preferred_protocols: ['h2', 'http/1.1'],
      verify: 'verify_peer',
      fail_if_no_peer_cert: true,
      cacertfile: pki.ca.cert,
    });
    const { n, s } = await nodeTo(l, { ALPNProtocols: ['http/1.1', 'h2'], ...pemOf(pki.client) });
    expect(n.alpnProtocol).toBe('h2');
    expect(ssl.connectionInformation(s)).toMatchObject({
      negotiated_protocol: 'h2',
      sni_hostname: 'localhost',
    });
    expect(ssl.peercert(s, 'subject')).toContain('CN=client');

    const served = acceptOne(l);
    const refused = await nodeClient(l.port, { ca, maxVersion: 'TLSv1.2' }).then(
      () => new Error('node connected'),
      (e: Error) => e,
    );
    expect(refused.message).toMatch(/alert handshake failure/);
    const ours_ = await within(served, 10_000, 'our server');
    expect(alertOf(ours_)).toBe('handshake_failure');
    expect(alertSide(ours_ as ssl.TlsError)).toBe('sent');
  });

  it.each([
    ['a ticket', { session_tickets: 'stateless', reuse_sessions: false }],
    ['its session ID', {}],
  ])('lets node resume by %s', async (_, opts) => {
    const l = await listen(pki.serverRsa, opts);
    let session: Buffer | undefined;
    const seen: boolean[][] = [];
    for (let i = 0; i < 3; i++) {
      const { n, s } = await nodeTo(l, session === undefined ? {} : { session });
      await ping(n);
      session = n.getSession();
      seen.push([n.isSessionReused(), ssl.connectionInformation(s).session_resumption]);
      n.destroy();
    }
    expect(seen).toEqual([
      [false, false],
      [true, true],
      [true, true],
    ]);
  });

  it('echoes 4 MB of random bytes, and takes 4 MB in one recv', async () => {
    const data = randomBytes(4 << 20);
    const { n } = await nodeTo(await listen(pki.serverEcdsa));
    const back = nodeRead(n, data.length, 30_000);
    n.write(data);
    expect(sha256(await back)).toBe(sha256(data));

    const passive = await listen(pki.serverRsa, { active: false });
    const served = acceptOne(passive, 10_000, false);
    const n2 = await nodeClient(passive.port, { ca, maxVersion: 'TLSv1.2' });
    const s2 = accepted(await served);
    n2.write(data);
    const got = (await ssl.recv(s2, data.length, 30_000)) as Uint8Array;
    expect(sha256(got)).toBe(sha256(data));
  });
});
