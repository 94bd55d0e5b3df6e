// record_size_limit (RFC 8449) between our client and our server: the limit each advertises (the
// largest its version allows), the answer only to a client that sent one, and a record over the
// limit refused with record_overflow.
import {
  CipherSuite,
  ContentType,
  decodeHandshake,
  decodeHandshake12,
  KeyExchangeAlgorithm,
} from '@otpnet/tls-spec';
import { beforeAll, describe, expect, it } from 'vitest';
import { hex } from '../../../test/fixtures/load.js';
import { makePki, type Pki } from '../../../test/support/tls-pki.js';
import type { TlsConfig } from '../src/config/config.js';
import { suiteRows } from '../src/config/defaults.js';
import type { Connection } from '../src/connection.js';
import type { Client13Driver } from '../src/handshake/client13.js';
import { findExt } from '../src/handshake/extensions.js';
import { KeySchedule13 } from '../src/handshake/key-schedule13.js';
import type { RecordProtection } from '../src/record/protection.js';
import { certOf, config, type Pair, pair } from './support/pair.js';
import { openRecords, recordsOf, written } from './support/records.js';

let pki: Pki;

beforeAll(async () => {
  pki = await makePki();
}, 60_000);

const client = (over: Partial<TlsConfig> = {}) => config('client', { verify: false, ...over });
const server = (over: Partial<TlsConfig> = {}) =>
  config('server', { certs: [certOf(pki.serverEcdsa)], ...over });

/** The connection's own parts, which these tests reach past its interface. */
const inside = (c: Connection) =>
  c as unknown as { driver: Client13Driver; writeProtection: RecordProtection };

function run(p: Pair): Pair {
  p.client.conn.start();
  p.run();
  return p;
}

/** record_size_limit of the ClientHello our client sent first. */
function helloLimit(p: Pair): number | undefined {
  const [hello] = recordsOf(p.client.flights[0]![0]!);
  const m = decodeHandshake12(hello!.payload, { kex: KeyExchangeAlgorithm.ec_diffie_hellman });
  return m.body.case === 'client_hello' ? findExt(m.body.value.extensions, 'record_size_limit') : undefined;
}

describe('record_size_limit advertised', () => {
  it('is 2^14 + 1 in a ClientHello offering TLS 1.3 and in the EncryptedExtensions answering it', () => {
    const p = run(pair(client(), server()));
    expect(p.client.error ?? p.server.error).toBeUndefined();
    expect(helloLimit(p)).toBe(2 ** 14 + 1);
    expect(p.server.conn.negotiated.peerRecordLimit).toBe(2 ** 14 + 1);
    // The client has it from the server's EncryptedExtensions.
    expect(p.client.conn.negotiated.peerRecordLimit).toBe(2 ** 14 + 1);
  });

  it('is 2^14 in TLS 1.2: the ClientHello of a TLS 1.2 client and the ServerHello', () => {
    const p = run(pair(client({ versions: ['tlsv1.2'] }), server({ versions: ['tlsv1.2'] })));
    expect(p.client.error ?? p.server.error).toBeUndefined();
    expect(helloLimit(p)).toBe(2 ** 14);
    const [sh] = recordsOf(p.server.flights[0]![0]!);
    const m = decodeHandshake12(sh!.payload, { kex: KeyExchangeAlgorithm.ec_diffie_hellman });
    expect(m.body.case === 'server_hello' && findExt(m.body.value.extensions, 'record_size_limit')).toBe(
      2 ** 14,
    );
    expect(p.client.conn.negotiated.peerRecordLimit).toBe(2 ** 14);
  });

  it("reaches the client that offered TLS 1.3 when the server picks TLS 1.2 (the server's 2^14)", () => {
    const p = run(pair(client(), server({ versions: ['tlsv1.2'] })));
    expect(p.client.conn.negotiated.version).toBe('tlsv1.2');
    expect(helloLimit(p)).toBe(2 ** 14 + 1);
    expect(p.client.conn.negotiated.peerRecordLimit).toBe(2 ** 14);
  });

  it.each(['tlsv1.3', 'tlsv1.2'] as const)('is not sent by a %s server to a client that sent none', (v) => {
    const p = pair(client({ versions: [v] }), server({ versions: [v] }));
    const hello = inside(p.client.conn).driver.offer.hello;
    hello.extensions = hello.extensions.filter((e) => e.extension_data.case !== 'record_size_limit');
    run(p);
    expect(p.client.error ?? p.server.error).toBeUndefined();
    expect(helloLimit(p)).toBeUndefined();
    expect(p.server.conn.negotiated.peerRecordLimit).toBeUndefined();
    expect(p.client.conn.negotiated.peerRecordLimit).toBeUndefined();
  });

  it('keeps a peer whose fragments could be larger within our limit', () => {
    const p = run(pair(client(), server({ maxFragment: 20_000 })));
    p.server.conn.send(new Uint8Array(50_000));
    p.run();
    const data = written(p.server).filter((r) => r.type === ContentType.application_data);
    // 2^14 + 1 of inner plaintext (content and type) and the 16-byte tag.
    expect(Math.max(...data.map((r) => r.payload.length))).toBe(2 ** 14 + 1 + 16);
    expect(p.client.received.reduce((n, d) => n + d.length, 0)).toBe(50_000);
  });
});

describe('a record over our limit', () => {
  it.each([
    ['tlsv1.3', 2 ** 14 + 1],
    ['tlsv1.2', 2 ** 14 + 1],
  ] as const)('is record_overflow (%s, %i octets of content)', (v, size) => {
    const p = run(pair(client({ versions: [v] }), server({ versions: [v] })));
    expect(p.client.conn.state).toBe('open');
    // Sealed past the connection, which would never fragment so.
    const rec = inside(p.server.conn).writeProtection.seal(
      ContentType.application_data,
      new Uint8Array(size),
    );
    p.client.conn.receive(rec);
    expect(p.client.error?.alert).toBe('record_overflow');
    expect(p.client.error?.origin).toBe('local');
  });

  it('of exactly the limit is taken (TLS 1.3: 2^14 octets and the content type)', () => {
    const p = run(pair(client(), server()));
    const rec = inside(p.server.conn).writeProtection.seal(
      ContentType.application_data,
      new Uint8Array(2 ** 14),
    );
    p.client.conn.receive(rec);
    expect(p.client.error).toBeUndefined();
    expect(p.client.received[0]?.length).toBe(2 ** 14);
  });
});

describe('EncryptedExtensions', () => {
  it('carries our record_size_limit (the message itself, opened with the keylog secret)', () => {
    let secret = '';
    const keylog = (line: string) => {
      if (line.startsWith('SERVER_HANDSHAKE_TRAFFIC_SECRET ')) secret = line.split(' ')[2] ?? '';
    };
    const suites = suiteRows([CipherSuite.TLS_AES_128_GCM_SHA256]);
    const p = run(pair(client({ suites }), server({ keylog })));
    const schedule = new KeySchedule13(p.server.conn.config.crypto, 'sha256');
    const { key, iv } = schedule.trafficKeys(hex(secret), 16, 12);
    // The server's first flight: ServerHello, then EncryptedExtensions under the handshake keys.
    const protectedRecords = p.server.flights[0]!.filter((c) => c[0] === ContentType.application_data);
    const [ee] = openRecords('node', key, iv, protectedRecords.slice(0, 1));
    const m = decodeHandshake(ee!.content, { certificateType: 0 });
    expect(m.body.case).toBe('encrypted_extensions');
    if (m.body.case !== 'encrypted_extensions') return;
    expect(findExt(m.body.value.extensions, 'record_size_limit')).toBe(2 ** 14 + 1);
  });
});
