// Our TLS 1.2 client against our TLS 1.2 server, in memory: every suite with both providers, the
// key exchanges and groups, client certificates, ALPN and SNI, the data path and close_notify,
// downgrade protection between 1.3-capable and 1.2-only ends.
import {
  CipherSuite,
  CipherSuiteName,
  encodeHandshake12,
  KeyExchangeAlgorithm,
  NamedGroup,
  NamedGroupName,
} from '@otpnet/tls-spec';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../../../test/support/tls-pki.js';
import type { TlsConfig, TlsVersionName } from '../src/config/config.js';
import { suiteRows } from '../src/config/defaults.js';
import { hasDowngradeMarker } from '../src/handshake/downgrade.js';
import type { HandshakeHost } from '../src/handshake/driver.js';
import { caOf, certOf, concat, config, handshake, pair } from './support/pair.js';

let pki: Pki;
const enc = new TextEncoder();
const TLS12: TlsVersionName[] = ['tlsv1.2'];

beforeAll(async () => {
  pki = await makePki();
}, 60_000);

const ECDSA_SUITES = [
  CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
  CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
  CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
];
const RSA_SUITES = [
  CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
  CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
  CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
  CipherSuite.TLS_DHE_RSA_WITH_AES_128_GCM_SHA256,
  CipherSuite.TLS_DHE_RSA_WITH_AES_256_GCM_SHA384,
  CipherSuite.TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
];

describe.each(['node', 'noble'] as const)('TLS 1.2 in memory (%s provider)', (provider) => {
  const c = (over: Partial<TlsConfig> = {}) =>
    config(
      'client',
      {
        versions: TLS12,
        cacerts: caOf(pki.ca.cert),
        serverName: 'localhost',
        verifyHostname: 'localhost',
        ...over,
      },
      provider,
    );
  const s = (over: Partial<TlsConfig> = {}) =>
    config('server', { versions: TLS12, certs: [certOf(pki.serverEcdsa)], ...over }, provider);

  /** Data both ways, a small message and 100 kB. */
  const exchange = (p: ReturnType<typeof handshake>) => {
    p.client.conn.send(enc.encode('ping'));
    p.run();
    expect(Buffer.from(concat(p.server.received)).toString()).toBe('ping');
    const big = new Uint8Array(100_000).map((_, i) => i * 7);
    p.server.conn.send(big);
    p.run();
    expect(Buffer.compare(concat(p.client.received), big)).toBe(0);
    p.client.conn.send(big);
    p.run();
    expect(concat(p.server.received).length).toBe(4 + big.length);
  };

  it('completes a full handshake with EMS and secure renegotiation, and carries data both ways', () => {
    const p = handshake(c(), s());
    expect(p.client.error).toBeUndefined();
    expect(p.server.error).toBeUndefined();
    expect(p.client.handshakeDone && p.server.handshakeDone).toBe(true);
    const cn = p.client.conn.negotiated;
    const sn = p.server.conn.negotiated;
    expect(cn.version).toBe('tlsv1.2');
    expect(sn.version).toBe('tlsv1.2');
    expect(cn.extendedMasterSecret && sn.extendedMasterSecret).toBe(true);
    expect(cn.secureRenegotiation && sn.secureRenegotiation).toBe(true);
    expect(cn.masterSecret?.length).toBe(48);
    expect(Buffer.from(cn.masterSecret ?? []).equals(Buffer.from(sn.masterSecret ?? []))).toBe(true);
    expect(sn.serverName).toBe('localhost');
    expect(cn.peerChain?.length).toBe(2);
    // A 1.2-only server does not mark its random (RFC 8446 section 4.1.3).
    expect(hasDowngradeMarker(cn.serverRandom ?? new Uint8Array(32))).toBe(false);
    exchange(p);
  });

  it.each([
    ...ECDSA_SUITES.map((suite) => [CipherSuiteName(suite), suite, 'serverEcdsa'] as const),
    ...RSA_SUITES.map((suite) => [CipherSuiteName(suite), suite, 'serverRsa'] as const),
  ])('negotiates %s with %s', (_name, suite, cert) => {
    const suites = suiteRows([suite]);
    const p = handshake(c({ suites }), s({ suites, certs: [certOf(pki[cert])] }));
    expect(p.client.error).toBeUndefined();
    expect(p.client.conn.negotiated.suite).toBe(suite);
    expect(p.server.conn.negotiated.suite).toBe(suite);
    exchange(p);
  });

  it('picks the suite that fits the certificate from a mixed offer', () => {
    const p = handshake(c(), s({ certs: [certOf(pki.serverRsa)] }));
    expect(p.client.conn.negotiated.suite).toBe(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384);
  });

  it.each(
    [
      NamedGroup.x25519,
      NamedGroup.x448,
      NamedGroup.secp256r1,
      NamedGroup.secp384r1,
      NamedGroup.secp521r1,
    ].map((g) => [NamedGroupName(g), g] as const),
  )('runs ECDHE over %s', (_name, group) => {
    const p = handshake(c({ groups: [group] }), s({ groups: [group] }));
    expect(p.client.error).toBeUndefined();
    expect(p.client.conn.negotiated.group).toBe(group);
    expect(p.server.conn.negotiated.group).toBe(group);
  });

  it('runs DHE over ffdhe2048 when the client lists it, and by default when it lists no ffdhe group', () => {
    const dhe = suiteRows([CipherSuite.TLS_DHE_RSA_WITH_AES_128_GCM_SHA256]);
    const rsa = { certs: [certOf(pki.serverRsa)] };
    const listed = handshake(c({ suites: dhe, groups: [NamedGroup.ffdhe2048, NamedGroup.x25519] }), s(rsa));
    expect(listed.client.error).toBeUndefined();
    expect(listed.server.conn.negotiated.group).toBe(NamedGroup.ffdhe2048);
    expect(listed.client.conn.negotiated.group).toBe(NamedGroup.ffdhe2048);
    const unlisted = handshake(c({ suites: dhe }), s(rsa));
    expect(unlisted.client.error).toBeUndefined();
    expect(unlisted.client.conn.negotiated.group).toBe(NamedGroup.ffdhe2048);
    exchange(unlisted);
  });

  it('refuses DHE when the client lists only ffdhe groups the server does not take (RFC 7919)', () => {
    const p = handshake(
      c({
        suites: suiteRows([CipherSuite.TLS_DHE_RSA_WITH_AES_128_GCM_SHA256]),
        groups: [NamedGroup.ffdhe3072],
      }),
      s({ certs: [certOf(pki.serverRsa)], groups: [NamedGroup.x25519, NamedGroup.ffdhe2048] }),
    );
    expect(p.server.error?.alert).toBe('handshake_failure');
  });

  it.each(['serverEd25519', 'serverP384'] as const)('authenticates with %s', (name) => {
    const p = handshake(c(), s({ certs: [certOf(pki[name])] }));
    expect(p.client.error).toBeUndefined();
    expect(p.client.handshakeDone).toBe(true);
  });

  it.each(['client', 'clientRsa'] as const)('authenticates the client with %s when asked', (name) => {
    const p = handshake(
      c({ certs: [certOf(pki[name])] }),
      s({ verify: true, cacerts: caOf(pki.ca.cert), failIfNoPeerCert: true }),
    );
    expect(p.server.error).toBeUndefined();
    expect(p.client.error).toBeUndefined();
    expect(p.server.conn.negotiated.peerChain?.length).toBe(1);
    exchange(p);
  });

  it('answers a missing client certificate with handshake_failure, or goes on when it is optional', () => {
    const verify = { verify: true, cacerts: caOf(pki.ca.cert) };
    const p = handshake(c(), s({ ...verify, failIfNoPeerCert: true }));
    expect(p.server.error?.alert).toBe('handshake_failure');
    expect(p.client.error?.alert).toBe('handshake_failure');
    const q = handshake(c(), s(verify));
    expect(q.server.error).toBeUndefined();
    expect(q.server.conn.negotiated.peerChain).toBeUndefined();
  });

  it('refuses an untrusted client certificate', () => {
    const p = handshake(
      c({ certs: [certOf(pki.untrusted)] }),
      s({ verify: true, cacerts: caOf(pki.ca.cert) }),
    );
    expect(p.server.error?.alert).toBe('unknown_ca');
  });

  it('agrees on ALPN, and refuses with no_application_protocol when there is none in common', () => {
    const h2 = enc.encode('h2');
    const http11 = enc.encode('http/1.1');
    const p = handshake(c({ alpn: [h2, http11] }), s({ alpn: [http11] }));
    expect(Buffer.from(p.client.conn.negotiated.alpn ?? []).toString()).toBe('http/1.1');
    expect(Buffer.from(p.server.conn.negotiated.alpn ?? []).toString()).toBe('http/1.1');
    const q = handshake(c({ alpn: [h2] }), s({ alpn: [http11] }));
    expect(q.server.error?.alert).toBe('no_application_protocol');
    expect(q.client.error?.alert).toBe('no_application_protocol');
  });

  it.each([
    ['untrusted', 'unknown_ca'],
    ['expired', 'certificate_expired'],
    ['wrongHost', 'handshake_failure'],
  ] as const)('refuses the %s server certificate with %s', (name, alertName) => {
    const p = handshake(c(), s({ certs: [certOf(pki[name])] }));
    expect(p.client.error?.alert).toBe(alertName);
    expect(p.server.error?.alert).toBe(alertName);
    expect(p.server.error?.origin).toBe('remote');
  });

  it('fails with handshake_failure when no suite is shared', () => {
    const p = handshake(
      c({ suites: suiteRows([CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256]) }),
      s({ suites: suiteRows([CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384]) }),
    );
    expect(p.server.error?.alert).toBe('handshake_failure');
    expect(p.client.error?.alert).toBe('handshake_failure');
  });

  it('writes a CLIENT_RANDOM keylog line on both sides that agree', () => {
    const lines: Record<string, string[]> = { c: [], s: [] };
    const p = handshake(
      c({ keylog: (l: string) => lines.c?.push(l) }),
      s({ keylog: (l: string) => lines.s?.push(l) }),
    );
    const master = Buffer.from(p.client.conn.negotiated.masterSecret ?? []).toString('hex');
    const random = Buffer.from(p.client.conn.negotiated.clientRandom ?? []).toString('hex');
    expect(lines.c).toEqual([`CLIENT_RANDOM ${random} ${master}`]);
    expect(lines.s).toEqual(lines.c);
  });

  it('half-closes with close_notify', () => {
    const p = handshake(c(), s());
    p.client.conn.close();
    p.run();
    expect(p.server.peerClosed).toBe(true);
    p.server.conn.send(enc.encode('still open'));
    p.run();
    expect(p.client.received.length).toBe(1);
    p.server.conn.close();
    p.run();
    expect(p.client.conn.state).toBe('closed');
    expect(p.server.conn.state).toBe('closed');
  });

  it('answers a corrupted record with bad_record_mac', () => {
    const p = handshake(c(), s());
    p.tamper = (chunk, from) => {
      if (from === 'client' && chunk[0] === 23) chunk[chunk.length - 1] = (chunk.at(-1) ?? 0) ^ 1;
      return chunk;
    };
    p.client.conn.send(enc.encode('x'));
    p.run();
    expect(p.server.error?.alert).toBe('bad_record_mac');
    expect(p.client.error?.alert).toBe('bad_record_mac');
  });

  it('answers a Finished over another transcript with decrypt_error', () => {
    // The server sees the extended_master_secret extension renamed to an unknown one: same keys
    // (no EMS on either side), different transcripts, so the client's Finished does not verify.
    const p = pair(c(), s());
    p.tamper = (chunk, from) => {
      const at = from === 'client' && chunk[5] === 1 ? indexOf(chunk, EMS_EXTENSION, 43) : -1;
      if (at >= 0) chunk[at] = 0xfe;
      return chunk;
    };
    p.client.conn.start();
    p.run();
    expect(p.client.conn.negotiated.extendedMasterSecret).toBe(false);
    expect(p.server.error?.alert).toBe('decrypt_error');
    expect(p.client.error?.alert).toBe('decrypt_error');
    expect(p.client.error?.origin).toBe('remote');
  });

  it('refuses a renegotiation ClientHello from the client', () => {
    const p = handshake(c(), s());
    const hello = encodeHandshake12(
      {
        body: {
          case: 'client_hello',
          value: {
            client_version: 0x0303,
            random: new Uint8Array(32),
            session_id: new Uint8Array(0),
            cipher_suites: [CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256],
            compression_methods: [0],
          },
        },
      },
      { kex: KeyExchangeAlgorithm.ec_diffie_hellman },
    );
    p.client.conn.sendHandshake(hello);
    p.client.conn.send(enc.encode('after'));
    p.run();
    expect(p.server.conn.handshakeState).not.toBe('SEND_SH');
    const host: HandshakeHost = p.server.conn;
    if (host.sendAlert === undefined) {
      // Without a way to send the no_renegotiation warning the server ends the connection with it.
      expect(p.server.error?.alert).toBe('no_renegotiation_RESERVED');
      expect(p.client.error?.alert).toBe('no_renegotiation_RESERVED');
    } else {
      expect(p.server.error).toBeUndefined();
      expect(p.server.conn.handshakeState).toBe('CONNECTED');
      expect(Buffer.from(concat(p.server.received)).toString()).toBe('after');
    }
  });

  it('answers a ChangeCipherSpec before the ClientKeyExchange with unexpected_message', () => {
    const p = pair(c(), s());
    p.client.conn.start();
    p.toServer(Uint8Array.of(20, 3, 3, 0, 1, 1));
    expect(p.server.error?.alert).toBe('unexpected_message');
  });

  it('declines a HelloRequest from the server and goes on', () => {
    const p = handshake(c(), s());
    p.server.conn.sendHandshake(Uint8Array.of(0, 0, 0, 0));
    p.server.conn.send(enc.encode('data'));
    p.run();
    expect(p.client.error).toBeUndefined();
    expect(p.server.error).toBeUndefined();
    expect(p.client.conn.handshakeState).toBe('CONNECTED');
    expect(Buffer.from(concat(p.client.received)).toString()).toBe('data');
  });
});

describe('TLS 1.2 between 1.3-capable and 1.2-only ends (downgrade protection)', () => {
  const both: TlsVersionName[] = ['tlsv1.3', 'tlsv1.2'];
  const c = (versions: TlsVersionName[]) =>
    config('client', { versions, cacerts: caOf(pki.ca.cert), verifyHostname: 'localhost' });
  const s = (versions: TlsVersionName[]) => config('server', { versions, certs: [certOf(pki.serverEcdsa)] });

  it('a 1.3+1.2 client settles on TLS 1.2 with a 1.2-only server, which does not mark its random', () => {
    const p = handshake(c(both), s(TLS12));
    expect(p.client.error).toBeUndefined();
    expect(p.client.conn.negotiated.version).toBe('tlsv1.2');
    expect(hasDowngradeMarker(p.client.conn.negotiated.serverRandom ?? new Uint8Array(32))).toBe(false);
    p.client.conn.send(enc.encode('x'));
    p.run();
    expect(p.server.received.length).toBe(1);
  });

  it('a 1.3-capable server marks its random when a 1.2-only client makes it speak TLS 1.2', () => {
    const p = handshake(c(TLS12), s(both));
    expect(p.client.error).toBeUndefined();
    expect(p.server.conn.negotiated.version).toBe('tlsv1.2');
    expect(hasDowngradeMarker(p.client.conn.negotiated.serverRandom ?? new Uint8Array(32))).toBe(true);
  });

  it('a 1.3+1.2 client refuses a TLS 1.2 ServerHello whose random is marked', () => {
    const p = pair(c(both), s(TLS12));
    p.tamper = (chunk, from) => {
      // record header (5), handshake header (4), server_version (2): the random's last 8 bytes.
      if (from === 'server' && chunk[5] === 2) chunk.set(DOWNGRADE_12, 5 + 4 + 2 + 24);
      return chunk;
    };
    p.client.conn.start();
    p.run();
    expect(p.client.error?.alert).toBe('illegal_parameter');
    expect(p.server.error?.alert).toBe('illegal_parameter');
  });
});

const EMS_EXTENSION = Uint8Array.of(0x00, 0x17, 0x00, 0x00);
const DOWNGRADE_12 = Uint8Array.of(0x44, 0x4f, 0x57, 0x4e, 0x47, 0x52, 0x44, 0x01);

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  for (let i = from; i + needle.length <= haystack.length; i++)
    if (needle.every((b, j) => haystack[i + j] === b)) return i;
  return -1;
}
