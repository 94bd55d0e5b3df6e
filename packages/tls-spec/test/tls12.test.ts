// The plaintext part of a real TLS 1.2 ECDHE-ECDSA handshake between OpenSSL's s_client and s_server
// (test/fixtures/tls/capture-tls12.mjs) through the Handshake12 codecs. ServerKeyExchange and
// ClientKeyExchange are decoded in the ec_diffie_hellman context of the negotiated suite.
import {
  type Certificate12,
  CipherSuite,
  CipherSuitesBySuite,
  type ClientHello12,
  type ClientKeyExchange,
  ContentType,
  decodeHandshake12,
  decodeTLSPlaintext,
  ECCurveType,
  ExtensionType,
  encodeHandshake12,
  type Handshake12,
  HandshakeType,
  KeyExchangeAlgorithm,
  NamedGroup,
  ProtocolVersion,
  type ServerHello12,
  type ServerKeyExchange,
  SignatureScheme,
} from '@otpnet/tls-spec';
import { describe, expect, it } from 'vitest';
import { fixture, toHex } from '../../../test/fixtures/load.js';

const ECDHE = { kex: KeyExchangeAlgorithm.ec_diffie_hellman };

/** The handshake messages in a run of records: fragments joined, then split at each 4-byte header. */
function messages(stream: Uint8Array): Uint8Array[] {
  const joined: number[] = [];
  let p = 0;
  while (p < stream.length) {
    const len = (stream[p + 3]! << 8) | stream[p + 4]!;
    const rec = decodeTLSPlaintext(stream.subarray(p, p + 5 + len));
    expect(rec.type).toBe(ContentType.handshake);
    joined.push(...rec.fragment);
    p += 5 + len;
  }
  const bytes = new Uint8Array(joined);
  const out: Uint8Array[] = [];
  for (let q = 0; q < bytes.length; ) {
    const n = 4 + ((bytes[q + 1]! << 16) | (bytes[q + 2]! << 8) | bytes[q + 3]!);
    out.push(bytes.subarray(q, q + n));
    q += n;
  }
  return out;
}

function decodeAll(stream: Uint8Array): { bytes: Uint8Array; msg: Handshake12 }[] {
  return messages(stream).map((bytes) => ({ bytes, msg: decodeHandshake12(bytes, ECDHE) }));
}

describe('openssl TLS 1.2 ECDHE-ECDSA handshake', () => {
  const [clientHello] = decodeAll(fixture('tls/openssl-tls12-clienthello.bin'));
  const flight = decodeAll(fixture('tls/openssl-tls12-server-flight.bin'));
  const [clientKeyExchange] = decodeAll(fixture('tls/openssl-tls12-clientkeyexchange.bin'));

  it('the client offers TLS 1.2 and the pinned suite', () => {
    const ch = clientHello!.msg.body.value as ClientHello12;
    expect(clientHello!.msg.msg_type).toBe(HandshakeType.client_hello);
    expect(ch.client_version).toBe(ProtocolVersion.tls1_2);
    expect(ch.cipher_suites).toContain(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256);
    expect(ch.extensions.map((e) => e.extension_type)).toContain(ExtensionType.supported_groups);
  });

  it('the server sends ServerHello, Certificate, ServerKeyExchange, ServerHelloDone (RFC 5246 7.3)', () => {
    expect(flight.map((m) => m.msg.msg_type)).toEqual([
      HandshakeType.server_hello,
      HandshakeType.certificate,
      HandshakeType.server_key_exchange,
      HandshakeType.server_hello_done,
    ]);
    expect(flight[3]!.msg.body).toEqual({ case: 'server_hello_done', value: {} });
  });

  it('ServerHello picks the suite, whose table row says ECDHE with ECDSA', () => {
    const sh = flight[0]!.msg.body.value as ServerHello12;
    expect(sh.server_version).toBe(ProtocolVersion.tls1_2);
    expect(sh.cipher_suite).toBe(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256);
    expect(sh.compression_method).toBe(0);
    expect(CipherSuitesBySuite.get(sh.cipher_suite)).toMatchObject({ kex: 'ecdhe', auth: 'ecdsa' });
    const types = sh.extensions.map((e) => e.extension_type);
    expect(types).toContain(ExtensionType.renegotiation_info);
    expect(types).toContain(ExtensionType.extended_master_secret);
  });

  it('Certificate carries one DER certificate', () => {
    const cert = flight[1]!.msg.body.value as Certificate12;
    expect(cert.certificate_list).toHaveLength(1);
    expect(cert.certificate_list[0]!.cert[0]).toBe(0x30); // a DER SEQUENCE
  });

  it('ServerKeyExchange holds an X25519 point signed with ecdsa_secp256r1_sha256 (RFC 8422 5.4)', () => {
    const ske = flight[2]!.msg.body.value as ServerKeyExchange;
    expect(ske.body.case).toBe('ec_diffie_hellman');
    if (ske.body.case !== 'ec_diffie_hellman') return;
    const p = ske.body.value;
    expect(p.curve_params.curve_type).toBe(ECCurveType.named_curve);
    expect(p.curve_params.namedcurve).toEqual({ case: 'named_curve', value: NamedGroup.x25519 });
    expect(p.public.point).toHaveLength(32);
    expect(p.signed_params.algorithm).toBe(SignatureScheme.ecdsa_secp256r1_sha256);
    expect(p.signed_params.signature[0]).toBe(0x30); // DER ECDSA-Sig-Value
  });

  it('ClientKeyExchange holds the client X25519 point (RFC 8422 5.7)', () => {
    expect(clientKeyExchange!.msg.msg_type).toBe(HandshakeType.client_key_exchange);
    const cke = clientKeyExchange!.msg.body.value as ClientKeyExchange;
    expect(cke.exchange_keys.case).toBe('ec_diffie_hellman');
    if (cke.exchange_keys.case === 'ec_diffie_hellman')
      expect(cke.exchange_keys.value.ecdh_Yc.point).toHaveLength(32);
  });

  it('decodes differently in another key exchange context', () => {
    // as an RSA ClientKeyExchange the same bytes are a 2-byte-length encrypted premaster secret,
    // which the 1-byte point length does not match
    expect(() => decodeHandshake12(clientKeyExchange!.bytes, { kex: KeyExchangeAlgorithm.rsa })).toThrow();
  });

  it('every message re-encodes to the captured bytes', () => {
    for (const { bytes, msg } of [clientHello!, ...flight, clientKeyExchange!]) {
      expect(toHex(encodeHandshake12(msg))).toBe(toHex(bytes));
    }
  });
});
