// TLS 1.3 handshakes that must fail, and how: an untrusted CA, a wrong host name, an expired
// certificate and no suite in common, between our client and openssl s_server and between
// openssl s_client and our server, each with the alert both sides report. Then bytes that are
// not TLS sent to our server from a raw node:net socket: our alert must come back and the
// connection must close, well before any timeout.
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as ssl from '../../packages/tls/src/index.js';
import { missingPeers } from '../support/peers.js';
import { runOpensslClient, startOpensslServer, stopAll } from '../support/tls-peers.js';
import { makePki, type Pki, type PkiLeaf } from '../support/tls-pki.js';
import { acceptOne, alertOf, alertSide, closeOurs, failure, ours, within } from '../support/tls13-interop.js';

let pki: Pki;
beforeAll(async () => {
  pki = await makePki();
});
afterEach(closeOurs);
afterAll(stopAll);

const listen = async (leaf: PkiLeaf, opts: Record<string, unknown> = {}) =>
  ours(await ssl.listen(0, { certfile: leaf.chain, keyfile: leaf.key, versions: ['tlsv1.3'], ...opts }));

/** Our client against s_server with `leaf`: the TlsError it fails with, and what s_server said. */
async function ourClientFails(leaf: PkiLeaf, serverArgs: string[], clientOpts: Record<string, unknown> = {}) {
  const srv = await startOpensslServer(
    ['-tls1_3', '-naccept', '1', '-cert', leaf.cert, '-key', leaf.key, ...serverArgs],
    { lifetimeMs: 15_000 },
  );
  const err = await failure(
    ssl.connect('localhost', srv.port, { cacertfile: pki.ca.cert, ...clientOpts }, 5000),
  );
  // -naccept 1: s_server exits once the connection is over, its output complete.
  await srv.waitFor(/CONNECTION (CLOSED|FAILURE)|ERROR/, 5000);
  await srv.stop();
  return { err, peer: srv.output() };
}

/** s_client against our server with `leaf`: what s_client said, and our side's result. */
async function ourServerFails(leaf: PkiLeaf, clientArgs: string[], serverOpts: Record<string, unknown> = {}) {
  const l = await listen(leaf, serverOpts);
  const served = acceptOne(l);
  const r = await runOpensslClient(['-brief', ...clientArgs], '', { port: l.port, timeoutMs: 10_000 });
  const server = await within(served, 10_000, 'our server');
  expect(r.timedOut).toBe(false);
  expect(r.code).not.toBe(0);
  return { peer: r.output, server: server as ssl.TlsError };
}

const verifyLocalhost = (ca = pki.ca.cert) => [
  '-verify_return_error',
  '-CAfile',
  ca,
  '-verify_hostname',
  'localhost',
];

describe.skipIf(missingPeers('openssl'))('TLS 1.3 handshakes that fail, against openssl', () => {
  it('refuses a certificate from an unknown CA: unknown_ca both ways', async () => {
    const client = await ourClientFails(pki.untrusted, []);
    expect(alertOf(client.err)).toBe('unknown_ca');
    expect(alertSide(client.err)).toBe('sent');
    expect(client.peer).toMatch(/alert unknown ca/);

    const server = await ourServerFails(pki.untrusted, verifyLocalhost());
    expect(server.peer).toMatch(/unable to get local issuer certificate/);
    expect(alertOf(server.server)).toBe('unknown_ca');
    expect(alertSide(server.server)).toBe('received');
  });

  it('refuses a certificate for another host name', async () => {
    const client = await ourClientFails(pki.wrongHost, []);
    expect(alertOf(client.err)).toBe('handshake_failure');
    expect(alertSide(client.err)).toBe('sent');
    expect(client.peer).toMatch(/alert handshake failure/);

    const server = await ourServerFails(pki.wrongHost, verifyLocalhost());
    expect(server.peer).toMatch(/hostname mismatch/);
    expect(alertSide(server.server)).toBe('received');
    // OpenSSL answers a hostname mismatch with bad_certificate.
    expect(alertOf(server.server)).toBe('bad_certificate');
  });

  it('refuses an expired certificate: certificate_expired both ways', async () => {
    const client = await ourClientFails(pki.expired, []);
    expect(alertOf(client.err)).toBe('certificate_expired');
    expect(alertSide(client.err)).toBe('sent');
    expect(client.peer).toMatch(/alert certificate expired/);

    const server = await ourServerFails(pki.expired, verifyLocalhost());
    expect(server.peer).toMatch(/certificate has expired/);
    expect(alertOf(server.server)).toBe('certificate_expired');
    expect(alertSide(server.server)).toBe('received');
  });

  it('finds no suite in common: handshake_failure both ways', async () => {
    const client = await ourClientFails(pki.serverEcdsa, ['-ciphersuites', 'TLS_AES_256_GCM_SHA384'], {
      ciphers: 'TLS_AES_128_GCM_SHA256',
    });
    expect(alertOf(client.err)).toBe('handshake_failure');
    expect(alertSide(client.err)).toBe('received');
    expect(client.peer).toMatch(/no shared cipher/);

    const server = await ourServerFails(pki.serverEcdsa, ['-ciphersuites', 'TLS_CHACHA20_POLY1305_SHA256'], {
      ciphers: 'TLS_AES_256_GCM_SHA384',
    });
    expect(server.peer).toMatch(/alert handshake failure/);
    expect(alertOf(server.server)).toBe('handshake_failure');
    expect(alertSide(server.server)).toBe('sent');
  });

  it('finds no group in common: handshake_failure from our server', async () => {
    const server = await ourServerFails(pki.serverEcdsa, ['-groups', 'X25519'], {
      supported_groups: ['secp384r1'],
    });
    expect(server.peer).toMatch(/alert handshake failure/);
    expect(alertOf(server.server)).toBe('handshake_failure');
    expect(alertSide(server.server)).toBe('sent');
  });
});

/** Sends `bytes` (then ends, when `end`) to our server; everything it sent back before closing. */
function rawExchange(port: number, bytes: Buffer, end = false): Promise<{ back: Buffer; closedMs: number }> {
  const started = Date.now();
  return within(
    new Promise((resolve, reject) => {
      const parts: Buffer[] = [];
      const sock = net.connect({ host: '127.0.0.1', port }, () => {
        sock.write(bytes);
        if (end) sock.end();
      });
      sock.on('data', (d: Buffer) => parts.push(d));
      sock.on('error', reject);
      sock.on('close', () => resolve({ back: Buffer.concat(parts), closedMs: Date.now() - started }));
    }),
    5000,
    'our server closing the connection',
  );
}

const record = (type: number, body: Buffer | number[], version = 0x0301): Buffer => {
  const b = Buffer.from(body);
  return Buffer.concat([Buffer.from([type, version >> 8, version & 255, b.length >> 8, b.length & 255]), b]);
};
/** A fatal alert record as our server sends it before any keys. */
const fatal = (code: number): Buffer => Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, code]);

describe('bytes that are not TLS, sent to our server', () => {
  // Our handshake timeout is 10 s: a close within 5 s is the error's doing, not the timer's.
  const cases: Array<[string, Buffer, number, string]> = [
    ['an HTTP request', Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'), 10, 'unexpected_message'],
    ['a record longer than TLS allows', Buffer.from([0x16, 0x03, 0x01, 0x48, 0x01]), 22, 'record_overflow'],
    ['application data before the handshake', record(0x17, [1, 2, 3]), 10, 'unexpected_message'],
    ['a ClientHello cut short inside its record', record(0x16, [1, 0, 0, 4, 3, 3, 0, 0]), 50, 'decode_error'],
    ['an alert record of the wrong length', record(0x15, [2]), 50, 'decode_error'],
    ['a handshake message of an unknown type', record(0x16, [99, 0, 0, 0]), 10, 'unexpected_message'],
    ['an empty handshake record', record(0x16, []), 10, 'unexpected_message'],
  ];

  it.each(cases)('answers %s with its alert and closes', async (_, bytes, code, name) => {
    const l = await listen(pki.serverEcdsa);
    const served = acceptOne(l);
    const { back, closedMs } = await rawExchange(l.port, bytes);
    expect(back.toString('hex')).toBe(fatal(code).toString('hex'));
    expect(closedMs).toBeLessThan(5000);
    const err = await within(served, 5000, 'our server');
    expect(alertOf(err)).toBe(name);
    expect(alertSide(err as ssl.TlsError)).toBe('sent');
  });

  it('closes on a record cut short by the end of the connection, sending nothing', async () => {
    const l = await listen(pki.serverEcdsa);
    const served = acceptOne(l);
    const truncated = record(0x16, Buffer.alloc(100)).subarray(0, 30);
    const { back, closedMs } = await rawExchange(l.port, truncated, true);
    expect(back.length).toBe(0);
    expect(closedMs).toBeLessThan(5000);
    expect(((await within(served, 5000, 'our server')) as ssl.TlsError).reason).toBe('closed');
  });

  it('keeps serving after a bad connection', async () => {
    const l = await listen(pki.serverEcdsa);
    const first = acceptOne(l);
    await rawExchange(l.port, Buffer.from('garbage garbage garbage'));
    expect(alertOf(await within(first, 5000, 'our server'))).not.toBe('connected');
    const second = acceptOne(l);
    const c = ours(await ssl.connect('localhost', l.port, { cacertfile: pki.ca.cert }, 5000));
    expect(ssl.connectionInformation(c).protocol).toBe('tlsv1.3');
    expect(alertOf(await within(second, 5000, 'our server'))).toBe('connected');
  });
});
