// Our TLS 1.2 client against our TLS 1.2 server, in memory, with both providers: every AES-CBC
// suite with encrypt_then_mac (RFC 7366) and without, RSA key transport with CBC and GCM, records
// tampered with on the wire and records with a good MAC but bad padding (both bad_record_mac), a
// damaged RSA-encrypted premaster (no error of its own), and which suites the defaults and the
// `ciphers` option give.
import { getProvider } from '@otpnet/crypto';
import {
  CipherSuite,
  CipherSuiteName,
  CipherSuitesBySuite,
  decodeHandshake12,
  ExtensionType,
  KeyExchangeAlgorithm,
} from '@otpnet/tls-spec';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../../../test/support/tls-pki.js';
import { cipherSuites } from '../src/api/suites.js';
import { parseCiphers } from '../src/config/ciphers.js';
import type { TlsConfig, TlsVersionName } from '../src/config/config.js';
import { suiteRows } from '../src/config/defaults.js';
import { writeSequence } from '../src/record/protection.js';
import { caOf, certOf, concat, config, handshake, pair } from './support/pair.js';

let pki: Pki;
const enc = new TextEncoder();
const TLS12: TlsVersionName[] = ['tlsv1.2'];
const ETM = ExtensionType.encrypt_then_mac;

beforeAll(async () => {
  pki = await makePki();
}, 60_000);

const CBC_ECDSA = [
  CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
  CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA,
  CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256,
  CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384,
];
const CBC_RSA = [
  CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
  CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA,
  CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256,
  CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384,
  CipherSuite.TLS_DHE_RSA_WITH_AES_128_CBC_SHA,
  CipherSuite.TLS_DHE_RSA_WITH_AES_256_CBC_SHA,
  CipherSuite.TLS_DHE_RSA_WITH_AES_128_CBC_SHA256,
  CipherSuite.TLS_DHE_RSA_WITH_AES_256_CBC_SHA256,
  CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA,
  CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA,
  CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA256,
  CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA256,
];
const RSA_AEAD = [CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_RSA_WITH_AES_256_GCM_SHA384];

/** The extension types of the first ClientHello (1) or ServerHello (2) in these flights. */
function helloExtensions(flights: readonly Uint8Array[][], type: 1 | 2): number[] {
  for (const chunk of flights.flat()) {
    if (chunk[0] !== 22 || chunk[5] !== type) continue;
    const length = ((chunk[6] ?? 0) << 16) | ((chunk[7] ?? 0) << 8) | (chunk[8] ?? 0);
    const m = decodeHandshake12(chunk.subarray(5, 9 + length), {
      kex: KeyExchangeAlgorithm.ec_diffie_hellman,
    });
    if (m.body.case === 'client_hello' || m.body.case === 'server_hello')
      return (m.body.value.extensions ?? []).map((e) => e.extension_type);
  }
  throw new RangeError('no hello in the flights');
}

/** The handshake message types in these chunks' handshake records, in order. */
function handshakeTypes(chunks: readonly Uint8Array[]): number[] {
  const payloads = chunks.flatMap((chunk) =>
    records(chunk)
      .filter(([, type]) => type === 22)
      .map(([at, , length]) => chunk.subarray(at + 5, at + 5 + length)),
  );
  const messages = concat(payloads);
  const types: number[] = [];
  let at = 0;
  while (at + 4 <= messages.length) {
    types.push(messages[at] ?? 0);
    at += 4 + (((messages[at + 1] ?? 0) << 16) | ((messages[at + 2] ?? 0) << 8) | (messages[at + 3] ?? 0));
  }
  return types;
}

function flip(bytes: Uint8Array, at: number): void {
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
}

/** Each record of a chunk: [offset of its header, content type, payload length]. */
function records(chunk: Uint8Array): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let at = 0; at + 5 <= chunk.length; at += 5 + (((chunk[at + 3] ?? 0) << 8) | (chunk[at + 4] ?? 0)))
    out.push([at, chunk[at] ?? 0, ((chunk[at + 3] ?? 0) << 8) | (chunk[at + 4] ?? 0)]);
  return out;
}

describe.each(['node', 'noble'] as const)(
  'TLS 1.2 CBC and RSA key transport in memory (%s provider)',
  (provider) => {
    const crypto = getProvider(provider);
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
      config('server', { versions: TLS12, certs: [certOf(pki.serverRsa)], ...over }, provider);

    /** Data both ways: a small message and 100 kB (several full records). */
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

    const rows = [
      ...CBC_ECDSA.map((suite) => [CipherSuiteName(suite), suite, 'serverEcdsa'] as const),
      ...CBC_RSA.map((suite) => [CipherSuiteName(suite), suite, 'serverRsa'] as const),
    ];
    it.each(
      rows.flatMap(([name, suite, cert]) => [true, false].map((etm) => [name, etm, suite, cert] as const)),
    )('negotiates %s (encrypt_then_mac: %s) and carries data both ways', (_name, etm, suite, cert) => {
      const suites = suiteRows([suite]);
      const p = handshake(c({ suites, encryptThenMac: etm }), s({ suites, certs: [certOf(pki[cert])] }));
      expect(p.client.error).toBeUndefined();
      expect(p.server.error).toBeUndefined();
      const cn = p.client.conn.negotiated;
      const sn = p.server.conn.negotiated;
      expect(cn.suite).toBe(suite);
      expect(sn.suite).toBe(suite);
      expect(cn.encryptThenMac).toBe(etm);
      expect(sn.encryptThenMac).toBe(etm);
      expect(cn.extendedMasterSecret && sn.extendedMasterSecret).toBe(true);
      expect(helloExtensions(p.client.flights, 1).includes(ETM)).toBe(etm);
      expect(helloExtensions(p.server.flights, 2).includes(ETM)).toBe(etm);
      exchange(p);
    });

    it.each(RSA_AEAD.map((suite) => [CipherSuiteName(suite), suite] as const))(
      'runs RSA key transport with %s: no ServerKeyExchange, no encrypt_then_mac',
      (_name, suite) => {
        const suites = suiteRows([suite]);
        const p = handshake(c({ suites }), s({ suites }));
        expect(p.client.error).toBeUndefined();
        expect(p.client.conn.negotiated.suite).toBe(suite);
        expect(p.client.conn.negotiated.encryptThenMac).toBe(false);
        // Certificate then ServerHelloDone: no server_key_exchange (12) in the server's first flight.
        expect(handshakeTypes(p.server.flights[0] ?? [])).toEqual([2, 11, 14]);
        expect(p.client.conn.negotiated.signatureScheme).toBeUndefined();
        exchange(p);
      },
    );

    it('runs RSA key transport with a client certificate', () => {
      const suites = suiteRows([CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA256]);
      const p = handshake(
        c({ suites, certs: [certOf(pki.clientRsa)] }),
        s({ suites, verify: true, failIfNoPeerCert: true, cacerts: caOf(pki.ca.cert) }),
      );
      expect(p.server.error).toBeUndefined();
      expect(p.server.conn.negotiated.peerChain?.length).toBeGreaterThan(0);
      exchange(p);
    });

    it('refuses RSA key transport without an RSA certificate (handshake_failure)', () => {
      const suites = suiteRows([CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256]);
      const p = handshake(c({ suites }), s({ suites, certs: [certOf(pki.serverEcdsa)] }));
      expect(p.server.error?.alert).toBe('handshake_failure');
    });

    it('goes on with a damaged RSA-encrypted premaster and fails only on the Finished record', () => {
      const suites = suiteRows([CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA]);
      const p = pair(c({ suites }), s({ suites }));
      p.tamper = (chunk, from) => {
        if (from !== 'client') return chunk;
        // handshake header (4) and the 2-byte length of EncryptedPreMasterSecret, then the ciphertext.
        for (const [at, type] of records(chunk))
          if (type === 22 && chunk[at + 5] === 16) flip(chunk, at + 5 + 4 + 2 + 100);
        return chunk;
      };
      p.client.conn.start();
      p.run();
      // The server took the random premaster of RFC 5246 7.4.7.1: the client's Finished does not open.
      expect(p.server.error?.alert).toBe('bad_record_mac');
      expect(p.server.conn.handshakeState).toBe('WAIT_FINISHED');
    });

    it.each([true, false])(
      'answers a data record changed on the wire with bad_record_mac (encrypt_then_mac: %s)',
      (etm) => {
        const suites = suiteRows([CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA]);
        const p = handshake(c({ suites, encryptThenMac: etm }), s({ suites }));
        expect(p.client.conn.negotiated.encryptThenMac).toBe(etm);
        p.tamper = (chunk, from) => {
          if (from === 'client') flip(chunk, chunk.length - 3);
          return chunk;
        };
        p.client.conn.send(enc.encode('some data'));
        p.run();
        expect(p.server.error?.alert).toBe('bad_record_mac');
        expect(p.server.received.length).toBe(0);
      },
    );

    it('answers a record with a good MAC and bad padding as it answers a bad MAC', () => {
      const suite = CipherSuitesBySuite.get(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384);
      if (!suite) throw new RangeError('no suite');
      /** A record the client could have sent as its first data record (sequence 1, after Finished). */
      const forged = (p: ReturnType<typeof handshake>, badPadding: boolean, badMac: boolean) => {
        const n = p.client.conn.negotiated;
        const block = crypto.tls12Prf(
          'sha384',
          n.masterSecret ?? new Uint8Array(48),
          'key expansion',
          concat([n.serverRandom ?? new Uint8Array(32), n.clientRandom ?? new Uint8Array(32)]),
          2 * 48 + 2 * 32,
        );
        const macKey = block.subarray(0, 48);
        const encKey = block.subarray(96, 128);
        const content = enc.encode('forged'); // 6 + 48 = 54 bytes: 10 of padding fill 4 blocks
        const pseudo = new Uint8Array(13);
        writeSequence(pseudo, 0, 1);
        pseudo.set([23, 3, 3, 0, content.length], 8);
        const mac = crypto.hmac('sha384', macKey, concat([pseudo, content]));
        if (badMac) flip(mac, 0);
        const padding = new Uint8Array(10).fill(9);
        if (badPadding) padding[3] = 7;
        const iv = crypto.randomBytes(16);
        const encrypted = crypto
          .cipher('aes-256-cbc', encKey, iv, 'encrypt')
          .update(concat([content, mac, padding]));
        return concat([Uint8Array.of(23, 3, 3, 0, 16 + encrypted.length), iv, encrypted]);
      };
      const outcome = (badPadding: boolean, badMac: boolean) => {
        const p = handshake(c({ suites: [suite], encryptThenMac: false }), s({ suites: [suite] }));
        p.toServer(forged(p, badPadding, badMac));
        return { error: p.server.error?.message, received: concat(p.server.received) };
      };
      // The forgery is right: a record with both good opens.
      expect(Buffer.from(outcome(false, false).received).toString()).toBe('forged');
      const badMac = outcome(false, true);
      expect(badMac.error).toMatch(/^bad_record_mac/);
      expect(outcome(true, false)).toEqual(badMac);
      expect(outcome(true, true)).toEqual(badMac);
    });

    it('answers encrypt_then_mac only for a CBC suite (RFC 7366 section 3)', () => {
      const suites = suiteRows([
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256,
      ]);
      const p = handshake(c({ suites }), s({ suites, honorCipherOrder: true }));
      expect(p.client.error).toBeUndefined();
      expect(helloExtensions(p.client.flights, 1)).toContain(ETM);
      expect(helloExtensions(p.server.flights, 2)).not.toContain(ETM);
      expect(p.server.conn.negotiated.encryptThenMac).toBe(false);
      exchange(p);
    });

    it('falls back to MAC-then-encrypt with a server that does not grant encrypt_then_mac', () => {
      const suites = suiteRows([CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA]);
      const p = handshake(c({ suites }), s({ suites, encryptThenMac: false }));
      expect(helloExtensions(p.client.flights, 1)).toContain(ETM);
      expect(p.client.conn.negotiated.encryptThenMac).toBe(false);
      exchange(p);
    });
  },
);

describe('which suites are offered', () => {
  it('offers no CBC suite, no RSA key transport and no encrypt_then_mac by default', () => {
    const p = handshake(
      config('client', { cacerts: caOf(pki.ca.cert), verifyHostname: 'localhost' }),
      config('server', { versions: TLS12, certs: [certOf(pki.serverEcdsa)] }),
    );
    expect(p.client.error).toBeUndefined();
    expect(helloExtensions(p.client.flights, 1)).not.toContain(ETM);
    const defaults = cipherSuites('default', 'tlsv1.2');
    expect(defaults.some((s) => s.mac !== 'aead' || s.key_exchange === 'rsa')).toBe(false);
  });

  it('speaks TLS 1.3 when a hello offering both versions asks for encrypt_then_mac too', () => {
    const suites = suiteRows([
      CipherSuite.TLS_AES_128_GCM_SHA256,
      CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
    ]);
    const p = handshake(
      config('client', { suites, cacerts: caOf(pki.ca.cert), verifyHostname: 'localhost' }),
      config('server', { certs: [certOf(pki.serverEcdsa)] }),
    );
    expect(p.client.error).toBeUndefined();
    expect(helloExtensions(p.client.flights, 1)).toContain(ETM);
    expect(p.client.conn.negotiated.version).toBe('tlsv1.3');
    expect(p.client.conn.negotiated.encryptThenMac).toBeUndefined();
  });

  it('lists CBC and RSA key transport suites in cipher_suites(all), which `ciphers` enables by name', () => {
    const all = cipherSuites('all', 'tlsv1.2');
    expect(all).toContainEqual({
      key_exchange: 'ecdhe_rsa',
      cipher: 'aes_128_cbc',
      mac: 'sha',
      prf: 'sha256',
    });
    expect(all).toContainEqual({ key_exchange: 'rsa', cipher: 'aes_256_gcm', mac: 'aead', prf: 'sha384' });
    expect(all.some((s) => s.cipher.includes('ccm'))).toBe(false);
    const listed = parseCiphers('ECDHE-ECDSA-AES256-SHA384:AES128-SHA:TLS_RSA_WITH_AES_128_GCM_SHA256');
    expect(listed.map((r) => r.suite)).toEqual([
      CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384,
      CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA,
      CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256,
    ]);
    expect(parseCiphers([['rsa', 'aes_256_cbc', 'sha']]).map((r) => r.suite)).toEqual([
      CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA,
    ]);
    expect(() => parseCiphers('ECDHE-ECDSA-AES128-CCM')).toThrow(/aes_128_ccm suites are not supported/);
  });
});
