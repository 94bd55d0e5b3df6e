// A real HelloRetryRequest round between OpenSSL's s_client and s_server
// (test/fixtures/tls/capture-hello-retry.mjs): the client offers P-384 and X25519 with a P-384 share,
// the server accepts only X25519 and asks again. The HelloRetryRequest travels as a server_hello
// whose random is the special value of RFC 8446 4.1.3; its extensions are decoded in the
// hello_retry_request context, where key_share is just the selected group.
import {
  CertificateType,
  CipherSuite,
  CipherSuiteName,
  type ClientHello,
  ContentType,
  decodeHandshake,
  decodeHelloRetryRequest,
  decodeServerHello,
  decodeTLSPlaintext,
  type Extension,
  encodeHandshake,
  encodeHelloRetryRequest,
  HandshakeType,
  HelloRetryRequestRandom,
  NamedGroup,
  ProtocolVersion,
  receiveTls13Client,
  type ServerHello,
  sendTls13Client,
  type Tls13ClientHandlers,
  tls13ClientEventOf,
} from '@otpnet/tls-spec';
import { describe, expect, it } from 'vitest';
import { fixture, toHex } from '../../../test/fixtures/load.js';

/** SHA-256("HelloRetryRequest"), RFC 8446 section 4.1.3. */
const HRR_RANDOM = 'cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c';
const X509 = { certificateType: CertificateType.X509 };

function body(record: Uint8Array): { msgType: number; body: Uint8Array } {
  const rec = decodeTLSPlaintext(record);
  expect(rec.type).toBe(ContentType.handshake);
  return { msgType: rec.fragment[0]!, body: rec.fragment.subarray(4) };
}

function ext(exts: Extension[], c: string): unknown {
  const found = exts.filter((e) => e.extension_data.case === c);
  expect(found, c).toHaveLength(1);
  return found[0]!.extension_data.value;
}

const hrrRecord = fixture('tls/openssl-s_server-tls13-hrr.bin');
const ch2Record = fixture('tls/openssl-s_client-tls13-clienthello2.bin');
const shRecord = fixture('tls/openssl-s_server-tls13-serverhello.bin');

describe('HelloRetryRequest from openssl s_server', () => {
  const { msgType, body: hrrBody } = body(hrrRecord);
  const hrr = decodeHelloRetryRequest(hrrBody);

  it('arrives as a server_hello carrying the special random', () => {
    expect(msgType).toBe(HandshakeType.server_hello);
    expect(toHex(hrr.random)).toBe(HRR_RANDOM);
    expect(hrr.legacy_version).toBe(ProtocolVersion.tls1_2);
    expect(hrr.cipher_suite).toBe(CipherSuite.TLS_AES_256_GCM_SHA384);
    expect(hrr.legacy_compression_method).toBe(0);
  });

  it('asks for an X25519 share and selects TLS 1.3 (RFC 8446 4.2.8, 4.2.1)', () => {
    expect(ext(hrr.extensions, 'key_share')).toEqual({
      body: { case: 'hello_retry_request', value: { selected_group: NamedGroup.x25519 } },
    });
    expect(ext(hrr.extensions, 'supported_versions')).toEqual({
      body: { case: 'hello_retry_request', value: { selected_version: ProtocolVersion.tls1_3 } },
    });
  });

  it('does not decode in the server_hello context, where key_share holds a whole share', () => {
    expect(() => decodeServerHello(hrrBody)).toThrow();
  });

  it('the handshake dispatch tells it apart from a ServerHello by its random (RFC 8446 4.1.3)', () => {
    const hs = decodeHandshake(decodeTLSPlaintext(hrrRecord).fragment, X509);
    expect(hs.msg_type).toBe(HandshakeType.server_hello);
    expect(hs.body.case).toBe('hello_retry_request');
    expect(toHex(encodeHandshake(hs, X509))).toBe(toHex(decodeTLSPlaintext(hrrRecord).fragment));
    // a ServerHello that carries that random would read back as a HelloRetryRequest
    const real = decodeHandshake(decodeTLSPlaintext(shRecord).fragment, X509).body.value as ServerHello;
    const sh = { ...real, random: HelloRetryRequestRandom };
    expect(() => encodeHandshake({ body: { case: 'server_hello', value: sh } }, X509)).toThrow(
      expect.objectContaining({ kind: 'bad_value', path: 'Handshake.body' }),
    );
    // the encoder fills msg_type in from the case
    expect(encodeHandshake({ body: hs.body }, X509)[0]).toBe(HandshakeType.server_hello);
  });

  it('re-encodes to the captured bytes', () => {
    expect(toHex(encodeHelloRetryRequest(hrr))).toBe(toHex(hrrBody));
  });
});

describe('the second ClientHello and the ServerHello after it', () => {
  const hrr = decodeHelloRetryRequest(body(hrrRecord).body);
  const ch2 = decodeHandshake(decodeTLSPlaintext(ch2Record).fragment, X509).body.value as ClientHello;
  const sh = decodeHandshake(decodeTLSPlaintext(shRecord).fragment, X509).body.value as ServerHello;

  it('the client replaces its key share with one for the group asked for (RFC 8446 4.1.2)', () => {
    expect(decodeTLSPlaintext(ch2Record).legacy_record_version).toBe(ProtocolVersion.tls1_2);
    expect(
      (ext(ch2.extensions, 'supported_groups') as { named_group_list: number[] }).named_group_list,
    ).toEqual([NamedGroup.secp384r1, NamedGroup.x25519]);
    const ks = ext(ch2.extensions, 'key_share') as {
      body: { case: string; value: { client_shares: { group: number; key_exchange: Uint8Array }[] } };
    };
    expect(ks.body.case).toBe('client_hello');
    expect(ks.body.value.client_shares.map((s) => s.group)).toEqual([NamedGroup.x25519]);
    expect(ks.body.value.client_shares[0]!.key_exchange).toHaveLength(32);
    expect(toHex(ch2.legacy_session_id)).toBe(toHex(hrr.legacy_session_id_echo));
  });

  it('the server answers with an X25519 share and the same suite', () => {
    expect(toHex(sh.random)).not.toBe(HRR_RANDOM);
    expect(sh.cipher_suite).toBe(hrr.cipher_suite);
    expect(toHex(sh.legacy_session_id_echo)).toBe(toHex(ch2.legacy_session_id));
    const ks = ext(sh.extensions, 'key_share') as {
      body: { case: string; value: { server_share: { group: number; key_exchange: Uint8Array } } };
    };
    expect(ks.body.case).toBe('server_hello');
    expect(ks.body.value.server_share.group).toBe(NamedGroup.x25519);
    expect(ks.body.value.server_share.key_exchange).toHaveLength(32);
  });

  it('walks the client machine through START_AFTER_HRR and WAIT_SH_AFTER_HRR on the captured bytes', () => {
    const seen: string[] = [];
    const ch1 = decodeHandshake(
      decodeTLSPlaintext(fixture('tls/openssl-s_client-tls13-clienthello.bin')).fragment,
      X509,
    );
    const ch2 = decodeHandshake(decodeTLSPlaintext(ch2Record).fragment, X509);
    const handlers = {
      sendClientHello: (from: 'START') => {
        seen.push(`${from}:sendClientHello`);
        return { next: 'WAIT_SH' as const, message: ch1.body.value as ClientHello };
      },
      onHelloRetryRequest: (msg: { cipher_suite: number }, _raw: Uint8Array, from: 'WAIT_SH') => {
        seen.push(`${from}:onHelloRetryRequest:${CipherSuiteName(msg.cipher_suite)}`);
        return { next: 'START_AFTER_HRR' as const };
      },
      sendSecondClientHello: (from: 'START_AFTER_HRR') => {
        seen.push(`${from}:sendSecondClientHello`);
        return { next: 'WAIT_SH_AFTER_HRR' as const, message: ch2.body.value as ClientHello };
      },
      onServerHelloAfterRetry: (_msg: ServerHello, _raw: Uint8Array, from: 'WAIT_SH_AFTER_HRR') => {
        seen.push(`${from}:onServerHelloAfterRetry`);
        return { next: 'WAIT_EE' as const };
      },
    } as unknown as Tls13ClientHandlers<null>;
    const received = (record: Uint8Array) => {
      const fragment = decodeTLSPlaintext(record).fragment;
      return tls13ClientEventOf(decodeHandshake(fragment, X509), fragment);
    };
    let state = sendTls13Client(handlers, 'START', 'client_hello').next;
    // the dispatch names the captured HelloRetryRequest by its random, so its row is taken
    state = receiveTls13Client(handlers, state, received(hrrRecord)).next;
    const second = sendTls13Client(handlers, state, 'client_hello');
    expect(toHex(encodeHandshake({ body: { case: 'client_hello', value: second.message } }, X509))).toBe(
      toHex(decodeTLSPlaintext(ch2Record).fragment),
    );
    state = receiveTls13Client(handlers, second.next, received(shRecord)).next;
    expect(state).toBe('WAIT_EE');
    expect(seen).toEqual([
      'START:sendClientHello',
      'WAIT_SH:onHelloRetryRequest:TLS_AES_256_GCM_SHA384',
      'START_AFTER_HRR:sendSecondClientHello',
      'WAIT_SH_AFTER_HRR:onServerHelloAfterRetry',
    ]);
  });
});
