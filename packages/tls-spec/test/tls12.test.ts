// The plaintext part of a real TLS 1.2 ECDHE-ECDSA handshake between OpenSSL's s_client and s_server
// (test/fixtures/tls/capture-tls12.mjs) through the Handshake12 codecs. ServerKeyExchange and
// ClientKeyExchange are decoded in the ec_diffie_hellman context of the negotiated suite.
import {
  type Certificate12,
  CipherSuite,
  CipherSuitesBySuite,
  type ClientHello12,
  type ClientKeyExchange,
  CompressionMethod,
  ContentType,
  decodeClientHello12,
  decodeHandshake12,
  decodeServerHello12,
  decodeTLSPlaintext,
  ECCurveType,
  ExtensionType,
  encodeClientHello12,
  encodeHandshake12,
  encodeTLSPlaintext,
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
import { fixture, hex, toHex } from '../../../test/fixtures/load.js';

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
    expect(ch.extensions?.map((e) => e.extension_type)).toContain(ExtensionType.supported_groups);
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
    const types = sh.extensions?.map((e) => e.extension_type);
    expect(types).toContain(ExtensionType.renegotiation_info);
    expect(types).toContain(ExtensionType.extended_master_secret);
  });

  it('Certificate carries one DER certificate', () => {
    const cert = flight[1]!.msg.body.value as Certificate12;
    expect(cert.certificate_list).toHaveLength(1);
    expect(cert.certificate_list[0]![0]).toBe(0x30); // a DER SEQUENCE
  });

  it('ServerKeyExchange holds an X25519 point signed with ecdsa_secp256r1_sha256 (RFC 8422 5.4)', () => {
    const ske = flight[2]!.msg.body.value as ServerKeyExchange;
    expect(ske.body.case).toBe('ec_diffie_hellman');
    if (ske.body.case !== 'ec_diffie_hellman') return;
    const { params, signed_params } = ske.body.value;
    expect(params.curve_params.curve_type).toBe(ECCurveType.named_curve);
    expect(params.curve_params.body).toEqual({
      case: 'named_curve',
      value: { namedcurve: NamedGroup.x25519 },
    });
    expect(params.public.point).toHaveLength(32);
    expect(signed_params.algorithm).toBe(SignatureScheme.ecdsa_secp256r1_sha256);
    expect(signed_params.signature[0]).toBe(0x30); // DER ECDSA-Sig-Value
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
      expect(toHex(encodeHandshake12(msg, ECDHE))).toBe(toHex(bytes));
    }
  });
});

// RFC 5246 7.4.1.2 and 7.4.1.3: the extensions block of a hello is optional ("select
// (extensions_present)"), known to be absent only because the body ends before it. OpenSSL always
// sends one, so these hellos are built byte by byte as the RFC lays them out.
describe('TLS 1.2 hellos without extensions (RFC 5246 7.4.1.2, 7.4.1.3)', () => {
  const random = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
  // client_version, random, session_id<0..32>, cipher_suites<2..2^16-2>, compression_methods<1..2^8-1>
  const clientHelloBody =
    `0303 ${random} 00 ` +
    '0004 c02b 00ff ' + // ECDHE-ECDSA-AES128-GCM-SHA256, TLS_EMPTY_RENEGOTIATION_INFO_SCSV (RFC 5746 3.3)
    '01 00'; // null compression
  const clientHello = hex(`01 00002b ${clientHelloBody}`);
  // a record as a TLS 1.2 client sends it before the version is negotiated (RFC 5246 E.1)
  const record = hex(`16 0301 002f 01 00002b ${clientHelloBody}`);
  // server_version, random, session_id, cipher_suite, compression_method
  const serverHello = hex(`02 000026 0303 ${random} 00 c02b 00`);

  it('a ClientHello without extensions decodes with extensions absent', () => {
    const rec = decodeTLSPlaintext(record);
    expect(rec.type).toBe(ContentType.handshake);
    expect(rec.legacy_record_version).toBe(ProtocolVersion.tls1);
    const hs = decodeHandshake12(rec.fragment, ECDHE);
    expect(hs.body.case).toBe('client_hello');
    const ch = hs.body.value as ClientHello12;
    expect(ch.client_version).toBe(ProtocolVersion.tls1_2);
    expect(toHex(ch.random)).toBe(random);
    expect(ch.session_id).toHaveLength(0);
    expect(ch.cipher_suites).toEqual([
      CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
      CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV,
    ]);
    expect(ch.compression_methods).toEqual([CompressionMethod.null]);
    expect(ch.extensions).toBeUndefined();
  });

  it('encodes back to the same bytes, with no extensions block', () => {
    const rec = decodeTLSPlaintext(record);
    const hs = decodeHandshake12(rec.fragment, ECDHE);
    expect(toHex(encodeHandshake12(hs, ECDHE))).toBe(toHex(clientHello));
    expect(toHex(encodeTLSPlaintext(rec))).toBe(toHex(record));
    const ch = decodeClientHello12(clientHello.subarray(4));
    expect(toHex(encodeClientHello12(ch))).toBe(toHex(clientHello.subarray(4)));
  });

  it('tells an empty extensions block from a missing one', () => {
    const withEmpty = hex(`${clientHelloBody} 0000`);
    const ch = decodeClientHello12(withEmpty);
    expect(ch.extensions).toEqual([]);
    expect(toHex(encodeClientHello12(ch))).toBe(toHex(withEmpty));
    expect(toHex(encodeClientHello12({ ...ch, extensions: undefined }))).toBe(toHex(hex(clientHelloBody)));
  });

  it('rejects an extensions block cut short', () => {
    // one byte is not a 2-byte length: the block is present but broken (decode_error)
    expect(() => decodeClientHello12(hex(`${clientHelloBody} 00`))).toThrow();
    // a length that runs past the body
    expect(() => decodeClientHello12(hex(`${clientHelloBody} 0004 0017 00`))).toThrow();
  });

  it('a ServerHello without extensions decodes and re-encodes', () => {
    const hs = decodeHandshake12(serverHello, ECDHE);
    expect(hs.body.case).toBe('server_hello');
    const sh = hs.body.value as ServerHello12;
    expect(sh.server_version).toBe(ProtocolVersion.tls1_2);
    expect(sh.cipher_suite).toBe(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256);
    expect(sh.compression_method).toBe(CompressionMethod.null);
    expect(sh.extensions).toBeUndefined();
    expect(toHex(encodeHandshake12(hs, ECDHE))).toBe(toHex(serverHello));
    expect(decodeServerHello12(serverHello.subarray(4))).toEqual(sh);
  });
});
