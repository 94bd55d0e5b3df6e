// The RFC 8448 traces replayed through the sans-IO connection with the trace's randoms and keys
// injected (config.random): section 3 ("Simple 1-RTT Handshake") from the client's side byte for
// byte, its server side as far as RSA-PSS's random salt allows, and section 4 ("Resumed 0-RTT
// Handshake") without the early data we never send.
import type { ProviderName } from '@otpnet/crypto';
import { ContentType, ExtensionType, HandshakeType } from '@otpnet/tls-spec';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../test/fixtures/load.js';
import { LruSessionCache } from '../src/config/session-cache.js';
import { Client13Driver } from '../src/handshake/client13.js';
import { ext } from '../src/handshake/extensions.js';
import { KeySchedule13 } from '../src/handshake/key-schedule13.js';
import { binderOf } from '../src/handshake/psk13.js';
import { ServerEntryDriver } from '../src/handshake/server-entry.js';
import { openRecords } from './support/records.js';
import {
  APP_DATA,
  concat,
  drive,
  messages,
  record,
  rfcClient,
  rfcServer,
  SESSION_KEY,
  scripted,
  secrets,
} from './support/rfc8448.js';

const S3 = secrets(3);
const S4 = secrets(4);
const hexOf = (name: string, s: Record<string, Uint8Array>): string => toHex(s[name] as Uint8Array);
/** A fixed clock: the ticket's age is what the test says it is. */
const T0 = 1_700_000_000_000;

/** The plaintext messages of the section 3 server flight: EE, Certificate, CertificateVerify, Finished. */
function serverFlight3(provider: ProviderName): Uint8Array[] {
  const [opened] = openRecords(provider, S3.s_hs_key!, S3.s_hs_iv!, [record(3, 'server-flight')]);
  expect(opened?.type).toBe(ContentType.handshake);
  return messages(opened!.content);
}

/** Runs section 3 from the client's side up to the ticket; returns the connection and its cache. */
function section3Client(provider: ProviderName) {
  const cache = new LruSessionCache();
  const config = rfcClient(provider, cache, {
    random: scripted(S3.client_random!, S3.client_private!),
    now: () => T0,
  });
  const c = drive(config, (h) => new Client13Driver(h));
  const hello = c.during(() => c.conn.start());
  const afterHello = c.feed(record(3, 'serverhello'));
  const finished = c.feed(record(3, 'server-flight'));
  const ticket = c.feed(record(3, 'ticket'));
  return { c, cache, hello, afterHello, finished, ticket };
}

describe.each(['node', 'noble'] as const)('RFC 8448 (%s provider)', (provider) => {
  describe('section 3, Simple 1-RTT Handshake: the client', () => {
    it('sends the ClientHello record of the trace', () => {
      const { hello } = section3Client(provider);
      expect(hello.map(toHex)).toEqual([toHex(record(3, 'clienthello'))]);
    });

    it('derives the secrets of the trace and answers the server flight with its Finished record', () => {
      const { c, afterHello, finished } = section3Client(provider);
      expect(c.error).toBeUndefined();
      // No compatibility CCS: the trace's client sends an empty legacy_session_id.
      expect(afterHello).toEqual([]);
      expect(finished.map(toHex)).toEqual([toHex(record(3, 'client-finished'))]);
      expect(c.done).toBe(true);
      expect(Object.fromEntries(c.keylog)).toEqual({
        CLIENT_HANDSHAKE_TRAFFIC_SECRET: hexOf('c_hs_traffic', S3),
        SERVER_HANDSHAKE_TRAFFIC_SECRET: hexOf('s_hs_traffic', S3),
        CLIENT_TRAFFIC_SECRET_0: hexOf('c_ap_traffic', S3),
        SERVER_TRAFFIC_SECRET_0: hexOf('s_ap_traffic', S3),
        EXPORTER_SECRET: hexOf('exp_master', S3),
      });
      const n = c.conn.negotiated;
      expect([n.suite, n.group, n.signatureScheme, n.peerRecordLimit]).toEqual([
        0x1301, 0x1d, 0x0804, 0x4001,
      ]);
      expect(toHex(n.serverRandom!)).toBe(hexOf('server_random', S3));
    });

    it("keeps the NewSessionTicket with the trace's PSK", () => {
      const { c, cache, ticket } = section3Client(provider);
      expect(ticket).toEqual([]);
      const session = cache.get(SESSION_KEY);
      expect(session).toBeDefined();
      // PSK = HKDF-Expand-Label(resumption_master_secret, "resumption", nonce): the trace's PSK is
      // reached only through the trace's resumption master secret.
      expect(toHex(session!.secret)).toBe(hexOf('resumption_psk', S3));
      expect(session!.ageAdd).toBe(0xfad6aac5);
      expect(session!.lifetime).toBe(30);
      expect(session!.receivedAt).toBe(T0);
      expect(session!.ticket.length).toBe(0xb2);
      expect(c.conn.state).toBe('open');
    });

    it('carries the application data records both ways and closes with the alert records', () => {
      const { c } = section3Client(provider);
      const sent = c.during(() => c.conn.send(APP_DATA));
      expect(sent.map(toHex)).toEqual([toHex(record(3, 'client-data'))]);
      expect(c.feed(record(3, 'server-data'))).toEqual([]);
      expect(c.data.map(toHex)).toEqual([toHex(APP_DATA)]);
      const closing = c.during(() => c.conn.close());
      expect(closing.map(toHex)).toEqual([toHex(record(3, 'client-alert'))]);
      c.feed(record(3, 'server-alert'));
      expect(c.peerClosed).toBe(true);
      expect(c.conn.state).toBe('closed');
      expect(c.error).toBeUndefined();
    });
  });

  describe('section 3: the server', () => {
    function section3Server() {
      const config = rfcServer(provider, { random: scripted(S3.server_random!, S3.server_private!) });
      const s = drive(config, (h) => new ServerEntryDriver(h));
      const flight = s.feed(record(3, 'clienthello'));
      return { s, flight };
    }

    it('answers the ClientHello of the trace with its ServerHello record', () => {
      const { s, flight } = section3Server();
      expect(s.error).toBeUndefined();
      expect(toHex(flight[0]!)).toBe(toHex(record(3, 'serverhello')));
      expect(s.keylog.get('CLIENT_HANDSHAKE_TRAFFIC_SECRET')).toBe(hexOf('c_hs_traffic', S3));
      expect(s.keylog.get('SERVER_HANDSHAKE_TRAFFIC_SECRET')).toBe(hexOf('s_hs_traffic', S3));
    });

    it("seals its flight under the trace's handshake keys; the Certificate is the trace's", () => {
      const { flight } = section3Server();
      // One record per message here; the trace puts the four in one record.
      const opened = openRecords(provider, S3.s_hs_key!, S3.s_hs_iv!, flight.slice(1));
      expect(opened.map((o) => o.content[0])).toEqual([
        HandshakeType.encrypted_extensions,
        HandshakeType.certificate,
        HandshakeType.certificate_verify,
        HandshakeType.finished,
      ]);
      const [ee, cert, cv] = serverFlight3(provider);
      expect(toHex(opened[1]!.content)).toBe(toHex(cert!));
      // Not the trace's: its EncryptedExtensions lists supported_groups too (we send none), and an
      // RSA-PSS signature carries a random salt the provider draws itself (no SignOptions for it).
      expect(toHex(opened[0]!.content)).not.toBe(toHex(ee!));
      expect(toHex(opened[2]!.content.subarray(0, 8))).toBe(toHex(cv!.subarray(0, 8)));
      expect(toHex(opened[2]!.content)).not.toBe(toHex(cv!));
    });
  });

  describe('section 4, Resumed 0-RTT Handshake, without early data', () => {
    /** A client resuming with the ticket section 3 left, 6 ms later (obfuscated age 0xfad6aacb). */
    function resumingClient(patch?: (d: Client13Driver) => void) {
      const { cache } = section3Client(provider);
      const config = rfcClient(provider, cache, {
        random: scripted(S4.client_random!, S4.client_private!),
        now: () => T0 + 6,
      });
      const c = drive(config, (h) => {
        const d = new Client13Driver(h);
        patch?.(d);
        return d;
      });
      const hello = c.during(() => c.conn.start());
      return { c, hello: hello[0]! };
    }

    it('computes the key schedule of the trace from its PSK, and its binder', () => {
      const crypto = rfcClient(provider, new LruSessionCache()).crypto;
      const schedule = new KeySchedule13(crypto, 'sha256', S3.resumption_psk);
      expect(toHex(schedule.earlySecret)).toBe(hexOf('early_secret', S4));
      expect(toHex(schedule.binderKey(false))).toBe(hexOf('binder_key', S4));
      // The binder over the trace's ClientHello up to its binders list (the last 35 octets).
      const truncated = record(4, 'clienthello').subarray(5, -35);
      expect(toHex(crypto.hash('sha256', truncated))).toBe(hexOf('binder_hash', S4));
      expect(toHex(binderOf(crypto, 'sha256', S3.resumption_psk!, truncated))).toBe(hexOf('binder', S4));
    });

    it("offers the ticket in the trace's ClientHello, less early_data and padding", () => {
      const { hello } = resumingClient();
      const theirs = record(4, 'clienthello');
      const expected = withoutExtensions(theirs, [ExtensionType.early_data, ExtensionType.padding]);
      // Equal up to the binder; the binder covers the hello itself, so it is ours, and it is the
      // one the trace's binder key gives over our hello.
      expect(toHex(hello.subarray(0, -32))).toBe(toHex(expected.subarray(0, -32)));
      const crypto = rfcClient(provider, new LruSessionCache()).crypto;
      const binder = new KeySchedule13(crypto, 'sha256').finished(
        S4.binder_key!,
        crypto.hash('sha256', hello.subarray(5, -35)),
      );
      expect(toHex(hello.subarray(-32))).toBe(toHex(binder));
    });

    /**
     * The trace's own ClientHello, made by offering early_data and padding from the test; no early
     * data is sent, so the server's EndOfEarlyData expectation is not met and the client Finished
     * (over a transcript without EndOfEarlyData) is not the trace's.
     */
    function asTheTrace(d: Client13Driver): void {
      const exts = [...d.offer.hello.extensions];
      const at = exts.findIndex((e) => e.extension_data.case === 'key_share');
      exts.splice(at + 1, 0, ext('early_data', { body: { value: {} } }));
      exts.splice(exts.length - 1, 0, {
        extension_type: ExtensionType.padding,
        extension_data: { case: undefined, value: new Uint8Array(87) },
      });
      d.offer.hello = { ...d.offer.hello, extensions: exts };
      d.offer.offered.add(ExtensionType.early_data);
    }

    it('with early_data and padding offered from the test, sends the ClientHello record of the trace', () => {
      const { hello } = resumingClient(asTheTrace);
      expect(toHex(hello)).toBe(toHex(record(4, 'clienthello')));
    });

    it("takes the trace's resumed server flight and carries its application data records", () => {
      const { c } = resumingClient(asTheTrace);
      expect(c.feed(record(4, 'serverhello'))).toEqual([]);
      const finished = c.feed(record(4, 'server-flight'));
      expect(c.error).toBeUndefined();
      expect(c.done && c.conn.negotiated.resumed).toBe(true);
      expect(Object.fromEntries(c.keylog)).toEqual({
        CLIENT_HANDSHAKE_TRAFFIC_SECRET: hexOf('c_hs_traffic', S4),
        SERVER_HANDSHAKE_TRAFFIC_SECRET: hexOf('s_hs_traffic', S4),
        CLIENT_TRAFFIC_SECRET_0: hexOf('c_ap_traffic', S4),
        SERVER_TRAFFIC_SECRET_0: hexOf('s_ap_traffic', S4),
        EXPORTER_SECRET: hexOf('exp_master', S4),
      });
      // Our Finished covers ClientHello..server Finished; the trace's also its EndOfEarlyData.
      expect(finished.length).toBe(1);
      expect(toHex(finished[0]!)).not.toBe(toHex(record(4, 'client-finished')));
      checkFinishedRecords(provider, finished[0]!);
      // The application secrets hash ClientHello..server Finished only: the records are the trace's.
      expect(c.during(() => c.conn.send(APP_DATA)).map(toHex)).toEqual([toHex(record(4, 'client-data'))]);
      c.feed(record(4, 'server-data'));
      expect(c.data.map(toHex)).toEqual([toHex(APP_DATA)]);
      expect(c.during(() => c.conn.close()).map(toHex)).toEqual([toHex(record(4, 'client-alert'))]);
      c.feed(record(4, 'server-alert'));
      expect(c.peerClosed && c.conn.state === 'closed').toBe(true);
    });
  });
});

/**
 * Our client Finished record and the trace's, opened under the client handshake keys of the trace:
 * each verifies over its own transcript (the trace's with EndOfEarlyData, ours without).
 */
function checkFinishedRecords(provider: ProviderName, ours: Uint8Array): void {
  const crypto = rfcClient(provider, new LruSessionCache()).crypto;
  const schedule = new KeySchedule13(crypto, 'sha256', S3.resumption_psk);
  const cHs = S4.c_hs_traffic!;
  const { key, iv } = schedule.trafficKeys(cHs, 16, 12);
  const [flight] = openRecords(provider, S4.s_hs_key!, S4.s_hs_iv!, [record(4, 'server-flight')]);
  const prefix = concat(
    record(4, 'clienthello').subarray(5),
    record(4, 'serverhello').subarray(5),
    flight!.content,
  );
  const eoed = Uint8Array.of(HandshakeType.end_of_early_data, 0, 0, 0);
  const verify = (transcript: Uint8Array) => toHex(schedule.finished(cHs, crypto.hash('sha256', transcript)));
  const [mine] = openRecords(provider, key, iv, [ours]);
  const [theirs] = openRecords(provider, key, iv, [record(4, 'client-finished')]);
  expect(toHex(mine!.content.subarray(4))).toBe(verify(prefix));
  expect(toHex(theirs!.content.subarray(4))).toBe(verify(concat(prefix, eoed)));
}

/** A ClientHello record with the extensions of `types` taken out (the lengths rewritten). */
function withoutExtensions(rec: Uint8Array, types: readonly number[]): Uint8Array {
  const body = rec.subarray(5);
  let at = 4 + 2 + 32;
  at += 1 + (body[at] as number);
  at += 2 + (((body[at] as number) << 8) | (body[at + 1] as number));
  at += 1 + (body[at] as number);
  const kept: Uint8Array[] = [];
  for (let e = at + 2; e < body.length; ) {
    const len = 4 + (((body[e + 2] as number) << 8) | (body[e + 3] as number));
    if (!types.includes(((body[e] as number) << 8) | (body[e + 1] as number)))
      kept.push(body.subarray(e, e + len));
    e += len;
  }
  const exts = concat(...kept);
  const hello = concat(body.subarray(0, at), Uint8Array.of(exts.length >> 8, exts.length & 0xff), exts);
  const n = hello.length - 4;
  hello.set([n >> 16, (n >> 8) & 0xff, n & 0xff], 1);
  return concat(Uint8Array.of(22, 3, 1, hello.length >> 8, hello.length & 0xff), hello);
}
