// Real ClientHellos and ServerHellos through the generated codecs: OpenSSL 3.0's s_client and the
// RFC 8448 section 3 trace. Each record decodes field by field to what the peer sent, and encodes
// back to the same bytes.
import {
  CertificateType,
  CipherSuite,
  type ClientHello,
  ContentType,
  decodeClientHello,
  decodeExtension,
  decodeHandshake,
  decodeHelloRetryRequest,
  decodeServerHello,
  decodeTLSPlaintext,
  ECPointFormat,
  ECPointFormatName,
  type Extension,
  type ExtensionExtensionData,
  ExtensionType,
  encodeClientHello,
  encodeExtension,
  encodeHandshake,
  encodeServerHello,
  encodeTLSPlaintext,
  HandshakeType,
  type KeyShareClientHello,
  type KeyShareServerHello,
  NamedGroup,
  ProtocolVersion,
  PskKeyExchangeMode,
  type ServerHello,
  type ServerNameList,
  SignatureScheme,
  type SupportedVersionsClientHello,
  type SupportedVersionsServerHelloOrHelloRetryRequest,
} from '@otpnet/tls-spec';
import { describe, expect, it } from 'vitest';
import { fixture, hexFixture, text, toHex } from '../../../test/fixtures/load.js';

const X509 = { certificateType: CertificateType.X509 };

type Case = NonNullable<ExtensionExtensionData['case']>;
type Body<C extends Case> = Extract<ExtensionExtensionData, { case: C }>['value'];

/** The body of the one extension of type `c` (failing when it is absent or repeated). */
function ext<C extends Case>(exts: Extension[], c: C): Body<C> {
  const found = exts.filter((e) => e.extension_data.case === c);
  expect(found, `extension ${c}`).toHaveLength(1);
  return found[0]!.extension_data.value as Body<C>;
}

/** Unwrap a context-keyed body: `{ body: { case, value } }` -> value, checking the case. */
function inContext<T>(x: { body: { case: unknown; value: unknown } }, c: string): T {
  expect(x.body.case).toBe(c);
  return x.body.value as T;
}

/** Record -> Handshake -> ClientHello, checking each layer's framing. */
function clientHelloOf(record: Uint8Array): ClientHello {
  const rec = decodeTLSPlaintext(record);
  expect(rec.type).toBe(ContentType.handshake);
  const hs = decodeHandshake(rec.fragment, X509);
  expect(hs.msg_type).toBe(HandshakeType.client_hello);
  expect(hs.body.case).toBe('client_hello');
  const hello = hs.body.value as ClientHello;
  // the same hello, decoded on its own from the handshake body (after the 4-byte header)
  expect(decodeClientHello(rec.fragment.subarray(4))).toEqual(hello);
  return hello;
}

describe('openssl s_client -tls1_3 ClientHello', () => {
  const record = fixture('tls/openssl-s_client-tls13-clienthello.bin');
  const hello = clientHelloOf(record);
  const exts = hello.extensions;

  it('has a TLS 1.0 record version and the TLS 1.2 legacy_version (RFC 8446 5.1, 4.1.2)', () => {
    expect(decodeTLSPlaintext(record).legacy_record_version).toBe(ProtocolVersion.tls1);
    expect(hello.legacy_version).toBe(ProtocolVersion.tls1_2);
    expect(hello.random).toHaveLength(32);
    expect(hello.legacy_session_id).toHaveLength(32); // middlebox compatibility mode (D.4)
    expect(Array.from(hello.legacy_compression_methods)).toEqual([0]);
  });

  it('offers the OpenSSL 3.0 TLS 1.3 suites and the renegotiation SCSV', () => {
    expect(hello.cipher_suites).toEqual([
      CipherSuite.TLS_AES_256_GCM_SHA384,
      CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
      CipherSuite.TLS_AES_128_GCM_SHA256,
      CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV,
    ]);
  });

  it('sends its extensions in OpenSSL order', () => {
    expect(exts.map((e) => e.extension_type)).toEqual([
      ExtensionType.server_name,
      ExtensionType.ec_point_formats,
      ExtensionType.supported_groups,
      ExtensionType.session_ticket,
      ExtensionType.application_layer_protocol_negotiation,
      ExtensionType.encrypt_then_mac,
      ExtensionType.extended_master_secret,
      ExtensionType.signature_algorithms,
      ExtensionType.supported_versions,
      ExtensionType.psk_key_exchange_modes,
      ExtensionType.key_share,
    ]);
  });

  it('names example.com in server_name (RFC 6066 3)', () => {
    const list = inContext<ServerNameList>(ext(exts, 'server_name'), 'client_hello');
    expect(list.server_name_list).toHaveLength(1);
    expect(list.server_name_list[0]!.name.case).toBe('host_name');
    expect(text(list.server_name_list[0]!.name.value.host_name)).toBe('example.com');
  });

  it('offers h2 and http/1.1 in ALPN (RFC 7301 3.1)', () => {
    const alpn = ext(exts, 'application_layer_protocol_negotiation');
    expect(alpn.protocol_name_list.map((p) => text(p))).toEqual(['h2', 'http/1.1']);
  });

  it('offers only TLS 1.3 in supported_versions (RFC 8446 4.2.1)', () => {
    const sv = inContext<SupportedVersionsClientHello>(ext(exts, 'supported_versions'), 'client_hello');
    expect(sv.versions).toEqual([ProtocolVersion.tls1_3]);
  });

  it('lists the OpenSSL 3.0 default groups and one x25519 key share (RFC 8446 4.2.7, 4.2.8)', () => {
    expect(ext(exts, 'supported_groups').named_group_list).toEqual([
      NamedGroup.x25519,
      NamedGroup.secp256r1,
      NamedGroup.x448,
      NamedGroup.secp521r1,
      NamedGroup.secp384r1,
      NamedGroup.ffdhe2048,
      NamedGroup.ffdhe3072,
      NamedGroup.ffdhe4096,
      NamedGroup.ffdhe6144,
      NamedGroup.ffdhe8192,
    ]);
    const ks = inContext<KeyShareClientHello>(ext(exts, 'key_share'), 'client_hello');
    expect(ks.client_shares.map((s) => s.group)).toEqual([NamedGroup.x25519]);
    expect(ks.client_shares[0]!.key_exchange).toHaveLength(32);
  });

  it('lists signature_algorithms and the other small extensions', () => {
    expect(ext(exts, 'signature_algorithms').supported_signature_algorithms).toEqual([
      SignatureScheme.ecdsa_secp256r1_sha256,
      SignatureScheme.ecdsa_secp384r1_sha384,
      SignatureScheme.ecdsa_secp521r1_sha512,
      SignatureScheme.ed25519,
      SignatureScheme.ed448,
      SignatureScheme.rsa_pss_pss_sha256,
      SignatureScheme.rsa_pss_pss_sha384,
      SignatureScheme.rsa_pss_pss_sha512,
      SignatureScheme.rsa_pss_rsae_sha256,
      SignatureScheme.rsa_pss_rsae_sha384,
      SignatureScheme.rsa_pss_rsae_sha512,
      SignatureScheme.rsa_pkcs1_sha256,
      SignatureScheme.rsa_pkcs1_sha384,
      SignatureScheme.rsa_pkcs1_sha512,
    ]);
    expect(ext(exts, 'psk_key_exchange_modes').ke_modes).toEqual([PskKeyExchangeMode.psk_dhe_ke]);
    expect(ext(exts, 'ec_point_formats').ec_point_format_list).toEqual([
      ECPointFormat.uncompressed,
      1, // deprecated: ansiX962_compressed_prime
      2, // deprecated: ansiX962_compressed_char2
    ]);
    expect(ECPointFormatName(1)).toBe('deprecated');
    // session_ticket has no case of its own: the default arm keeps its (empty) bytes
    const ticket = exts.find((e) => e.extension_type === ExtensionType.session_ticket)!;
    expect(ticket.extension_data.case).toBeUndefined();
    expect(ticket.extension_data.value).toHaveLength(0);
  });

  it('re-encodes to the captured bytes', () => {
    const rec = decodeTLSPlaintext(record);
    const hs = decodeHandshake(rec.fragment, X509);
    expect(toHex(encodeClientHello(hello))).toBe(toHex(rec.fragment.subarray(4)));
    expect(toHex(encodeHandshake(hs, X509))).toBe(toHex(rec.fragment));
    expect(toHex(encodeTLSPlaintext(rec))).toBe(toHex(record));
  });

  it('rejects the record cut short and with a byte too many', () => {
    expect(() => decodeTLSPlaintext(record.subarray(0, record.length - 1))).toThrow();
    const longer = new Uint8Array(record.length + 1);
    longer.set(record);
    expect(() => decodeTLSPlaintext(longer)).toThrow();
  });
});

describe('RFC 8448 section 3, simple 1-RTT handshake', () => {
  const chRecord = hexFixture('tls/rfc8448-3-clienthello.hex');
  const shRecord = hexFixture('tls/rfc8448-3-serverhello.hex');

  describe('ClientHello', () => {
    const hello = clientHelloOf(chRecord);
    const exts = hello.extensions;

    it('has the RFC random, no session id and three suites', () => {
      expect(toHex(hello.random)).toBe('cb34ecb1e78163ba1c38c6dacb196a6dffa21a8d9912ec18a2ef6283024dece7');
      expect(hello.legacy_session_id).toHaveLength(0);
      expect(hello.cipher_suites).toEqual([
        CipherSuite.TLS_AES_128_GCM_SHA256,
        CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_AES_256_GCM_SHA384,
      ]);
    });

    it('decodes every extension the RFC client sends', () => {
      expect(exts.map((e) => e.extension_type)).toEqual([
        ExtensionType.server_name,
        ExtensionType.renegotiation_info,
        ExtensionType.supported_groups,
        ExtensionType.session_ticket,
        ExtensionType.key_share,
        ExtensionType.supported_versions,
        ExtensionType.signature_algorithms,
        ExtensionType.psk_key_exchange_modes,
        ExtensionType.record_size_limit,
      ]);
      const sni = inContext<ServerNameList>(ext(exts, 'server_name'), 'client_hello');
      expect(text(sni.server_name_list[0]!.name.value.host_name)).toBe('server');
      expect(ext(exts, 'renegotiation_info').renegotiated_connection).toHaveLength(0);
      expect(ext(exts, 'supported_groups').named_group_list).toEqual([
        NamedGroup.x25519,
        NamedGroup.secp256r1,
        NamedGroup.secp384r1,
        NamedGroup.secp521r1,
        NamedGroup.ffdhe2048,
        NamedGroup.ffdhe3072,
        NamedGroup.ffdhe4096,
        NamedGroup.ffdhe6144,
        NamedGroup.ffdhe8192,
      ]);
      const sv = inContext<SupportedVersionsClientHello>(ext(exts, 'supported_versions'), 'client_hello');
      expect(sv.versions).toEqual([ProtocolVersion.tls1_3]);
      expect(ext(exts, 'psk_key_exchange_modes').ke_modes).toEqual([PskKeyExchangeMode.psk_dhe_ke]);
      expect(ext(exts, 'record_size_limit')).toBe(0x4001);
    });

    it('keeps the TLS 1.2 SignatureAndHashAlgorithm pairs it has no names for as numbers', () => {
      expect(ext(exts, 'signature_algorithms').supported_signature_algorithms).toEqual([
        SignatureScheme.ecdsa_secp256r1_sha256,
        SignatureScheme.ecdsa_secp384r1_sha384,
        SignatureScheme.ecdsa_secp521r1_sha512,
        SignatureScheme.ecdsa_sha1,
        SignatureScheme.rsa_pss_rsae_sha256,
        SignatureScheme.rsa_pss_rsae_sha384,
        SignatureScheme.rsa_pss_rsae_sha512,
        SignatureScheme.rsa_pkcs1_sha256,
        SignatureScheme.rsa_pkcs1_sha384,
        SignatureScheme.rsa_pkcs1_sha512,
        SignatureScheme.rsa_pkcs1_sha1,
        0x0402, // dsa_sha256 (RFC 5246 pair, not a TLS 1.3 scheme)
        0x0502,
        0x0602,
        0x0202,
      ]);
    });

    it('carries the RFC x25519 key share', () => {
      const ks = inContext<KeyShareClientHello>(ext(exts, 'key_share'), 'client_hello');
      expect(ks.client_shares).toHaveLength(1);
      expect(ks.client_shares[0]!.group).toBe(NamedGroup.x25519);
      expect(toHex(ks.client_shares[0]!.key_exchange)).toBe(
        '99381de560e4bd43d23d8e435a7dbafeb3c06e51c13cae4d5413691e529aaf2c',
      );
    });

    it('keeps a known extension in a message it is not defined for as bytes (RFC 8446 4.2)', () => {
      // the handshake, not the codec, answers a misplaced extension, with illegal_parameter
      const keyShare = exts.find((e) => e.extension_type === ExtensionType.key_share)!;
      const bytes = encodeExtension(keyShare, { msgType: HandshakeType.client_hello });
      const misplaced = decodeExtension(bytes, { msgType: HandshakeType.encrypted_extensions });
      expect(misplaced.extension_data.case).toBe('key_share');
      const body = (misplaced.extension_data.value as { body: { case: unknown; value: unknown } }).body;
      expect(body.case).toBeUndefined();
      expect(toHex(body.value as Uint8Array)).toBe(toHex(bytes.subarray(4)));
      expect(toHex(encodeExtension(misplaced, { msgType: HandshakeType.encrypted_extensions }))).toBe(
        toHex(bytes),
      );
    });

    it('re-encodes to the RFC bytes', () => {
      const rec = decodeTLSPlaintext(chRecord);
      expect(
        toHex(
          encodeTLSPlaintext({
            ...rec,
            fragment: encodeHandshake(decodeHandshake(rec.fragment, X509), X509),
          }),
        ),
      ).toBe(toHex(chRecord));
      expect(toHex(encodeClientHello(hello))).toBe(toHex(chRecord.subarray(9)));
    });
  });

  describe('ServerHello', () => {
    const rec = decodeTLSPlaintext(shRecord);
    const hs = decodeHandshake(rec.fragment, X509);
    const hello = hs.body.value as ServerHello;

    it('is a handshake record with a TLS 1.2 record version holding a server_hello', () => {
      expect(rec.type).toBe(ContentType.handshake);
      expect(rec.legacy_record_version).toBe(ProtocolVersion.tls1_2);
      expect(hs.msg_type).toBe(HandshakeType.server_hello);
      expect(hs.body.case).toBe('server_hello');
    });

    it('has the RFC random, suite and x25519 share, and selects TLS 1.3', () => {
      expect(toHex(hello.random)).toBe('a6af06a4121860dc5e6e60249cd34c95930c8ac5cb1434dac155772ed3e26928');
      expect(hello.legacy_session_id_echo).toHaveLength(0);
      expect(hello.cipher_suite).toBe(CipherSuite.TLS_AES_128_GCM_SHA256);
      expect(hello.legacy_compression_method).toBe(0);
      expect(hello.extensions.map((e) => e.extension_type)).toEqual([
        ExtensionType.key_share,
        ExtensionType.supported_versions,
      ]);
      const ks = inContext<KeyShareServerHello>(ext(hello.extensions, 'key_share'), 'server_hello');
      expect(ks.server_share.group).toBe(NamedGroup.x25519);
      expect(toHex(ks.server_share.key_exchange)).toBe(
        'c9828876112095fe66762bdbf7c672e156d6cc253b833df1dd69b1b04e751f0f',
      );
      expect(
        inContext<SupportedVersionsServerHelloOrHelloRetryRequest>(
          ext(hello.extensions, 'supported_versions'),
          'server_hello',
        ),
      ).toEqual({ selected_version: ProtocolVersion.tls1_3 });
    });

    it('re-encodes to the RFC bytes', () => {
      expect(toHex(encodeServerHello(hello))).toBe(toHex(shRecord.subarray(9)));
      expect(toHex(encodeHandshake(hs, X509))).toBe(toHex(rec.fragment));
      expect(toHex(encodeTLSPlaintext(rec))).toBe(toHex(shRecord));
    });

    it('does not decode as a HelloRetryRequest: the key_share context decides the layout', () => {
      // In the hello_retry_request context key_share is a bare NamedGroup (2 bytes); the RFC's
      // server share is 36 bytes, so the extension body has trailing bytes.
      expect(() => decodeHelloRetryRequest(shRecord.subarray(9))).toThrow();
      expect(decodeServerHello(shRecord.subarray(9))).toEqual(hello);
    });
  });
});
