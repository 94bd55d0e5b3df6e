// A peer that advertises a small record_size_limit (RFC 8449's least, 64) gets records no larger:
// here both ends advertise 64, the module that says what we advertise being replaced for this file
// only (we advertise the most a version allows otherwise, and enforce that).
import { ContentType } from '@otpnet/tls-spec';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makePki, type Pki } from '../../../test/support/tls-pki.js';
import type { TlsVersionName } from '../src/config/config.js';
import { certOf, concat, config, handshake } from './support/pair.js';
import { written } from './support/records.js';

vi.mock('../src/handshake/record-size-limit.js', () => ({
  ownRecordLimit: () => 64,
  recordLimitExtension: () => ({ extension_data: { case: 'record_size_limit', value: 64 } }),
}));

let pki: Pki;

beforeAll(async () => {
  pki = await makePki();
}, 60_000);

// AEAD expansion past the inner plaintext: TLS 1.3 the 16-byte tag; TLS 1.2 GCM also its 8-byte nonce.
const EXPANSION: Record<TlsVersionName, number> = { 'tlsv1.3': 16, 'tlsv1.2': 8 + 16 };
// Of the 64 octets of inner plaintext, TLS 1.3 spends one on the content type.
const CONTENT: Record<TlsVersionName, number> = { 'tlsv1.3': 63, 'tlsv1.2': 64 };

describe.each(['tlsv1.3', 'tlsv1.2'] as const)('record_size_limit 64 (%s)', (v) => {
  it('makes every protected record of both ends small, and the data still arrives whole', () => {
    const p = handshake(
      config('client', { versions: [v], verify: false }),
      config('server', { versions: [v], certs: [certOf(pki.serverEcdsa)] }),
    );
    expect(p.client.error ?? p.server.error).toBeUndefined();
    expect(p.server.conn.negotiated.peerRecordLimit).toBe(64);
    expect(p.client.conn.negotiated.peerRecordLimit).toBe(64);
    const data = Uint8Array.from({ length: 1000 }, (_, i) => i);
    p.client.conn.send(data);
    p.server.conn.send(data);
    p.run();
    expect(Buffer.compare(concat(p.server.received), data)).toBe(0);
    expect(Buffer.compare(concat(p.client.received), data)).toBe(0);
    // Everything after the ClientHello, which goes before the server's limit is known.
    for (const records of [written(p.client).slice(1), written(p.server)]) {
      expect(Math.max(...records.map((r) => r.payload.length))).toBeLessThanOrEqual(64 + EXPANSION[v]);
      const appData = records.filter((r) => r.type === ContentType.application_data);
      expect(appData.length).toBeGreaterThanOrEqual(Math.ceil(1000 / CONTENT[v]));
    }
  });
});
