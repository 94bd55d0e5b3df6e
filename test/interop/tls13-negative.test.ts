// TLS 1.3 handshakes that must fail, and how: an untrusted CA, a wrong host name, an expired
// certificate and no suite in common, between our client and openssl s_server and between
// openssl s_client and our server, each with the alert both sides report. Then bytes that are
// not TLS sent to our server from a raw node:net socket: our alert must come back and the
// connection must close, well before any timeout.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as ssl from '../../packages/tls/src/index.js';
import { missingPeers } from '../support/peers.js';
import {
  ourClientFails as clientFails,
  fatal,
  listenAs,
  rawExchange,
  record,
  ourServerFails as serverFails,
  verifyLocalhost as verify,
} from '../support/tls-negative.js';
import { stopAll } from '../support/tls-peers.js';
import { makePki, type Pki, type PkiLeaf } from '../support/tls-pki.js';
import { acceptOne, alertOf, alertSide, closeOurs, ours, within } from '../support/tls13-interop.js';

let pki: Pki;
beforeAll(async () => {
  pki = await makePki();
});
afterEach(closeOurs);
afterAll(stopAll);

const listen = (leaf: PkiLeaf, opts: Record<string, unknown> = {}) => listenAs('tlsv1.3', leaf, opts);
const ourClientFails = (leaf: PkiLeaf, serverArgs: string[], clientOpts: Record<string, unknown> = {}) =>
  clientFails(pki, 'tlsv1.3', leaf, serverArgs, clientOpts);
async function ourServerFails(leaf: PkiLeaf, clientArgs: string[], serverOpts: Record<string, unknown> = {}) {
  const r = await serverFails('tlsv1.3', leaf, clientArgs, serverOpts);
  expect(r.ok).toBe(true);
  return r;
}
const verifyLocalhost = () => verify(pki.ca.cert);

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
