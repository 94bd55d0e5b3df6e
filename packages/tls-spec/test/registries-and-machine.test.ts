// The registries (tables) checked against the enums and against real hellos, and the TLS 1.3 client
// and server machines of RFC 8446 appendix A driven through the message sequence of RFC 8448
// section 3 and its variants (HelloRetryRequest, client authentication, 0-RTT).

import { policyHandlers, runSteps } from '@otpnet/test-support/machine-properties';
import {
  AlertDescription,
  AlertDescriptionsByDescription,
  CertificateType,
  CipherSuite,
  CipherSuiteName,
  CipherSuites,
  CipherSuitesBySuite,
  type ClientHello,
  decodeHandshake,
  decodeTLSPlaintext,
  HandshakeType,
  HandshakeTypeName,
  type KeyShareClientHello,
  NamedGroup,
  NamedGroupName,
  NamedGroups,
  NamedGroupsByGroup,
  ProtocolVersion,
  receiveTls13Client,
  receiveTls13Server,
  SignatureSchemeName,
  SignatureSchemes,
  SignatureSchemesByScheme,
  sendTls13Client,
  sendTls13Server,
  type Tls13ClientHandlers,
  type Tls13ClientState,
  type Tls13ServerHandlers,
  type Tls13ServerState,
  tls13ClientEventOf,
  tls13ClientTransitions,
} from '@otpnet/tls-spec';
import { UnexpectedMessageError } from '@otpnet/wire';
import { describe, expect, it } from 'vitest';
import { fixture, hexFixture } from '../../../test/fixtures/load.js';

const hellos = {
  openssl: fixture('tls/openssl-s_client-tls13-clienthello.bin'),
  rfc8448: hexFixture('tls/rfc8448-3-clienthello.hex'),
};

function clientHello(record: Uint8Array): ClientHello {
  const hs = decodeHandshake(decodeTLSPlaintext(record).fragment, { certificateType: CertificateType.X509 });
  return hs.body.value as ClientHello;
}

describe('CipherSuites (RFC 8446 B.4 and the TLS 1.2 suites)', () => {
  it('names every row in the CipherSuite enum', () => {
    for (const row of CipherSuites) expect(CipherSuiteName(row.suite)).not.toMatch(/^unknown/);
  });

  it('describes the TLS 1.3 suites as RFC 8446 B.4 does', () => {
    const tls13 = CipherSuites.filter((r) =>
      (r.versions as readonly number[]).includes(ProtocolVersion.tls1_3),
    );
    expect(tls13.map((r) => r.suite).sort()).toEqual([0x1301, 0x1302, 0x1303, 0x1304, 0x1305]);
    for (const r of tls13) {
      expect([r.kex, r.auth, r.mac]).toEqual(['any', 'any', undefined]);
      expect(r.versions).toEqual([ProtocolVersion.tls1_3]);
    }
    expect(CipherSuitesBySuite.get(CipherSuite.TLS_AES_256_GCM_SHA384)?.prf).toBe('sha384');
    expect(CipherSuitesBySuite.get(CipherSuite.TLS_CHACHA20_POLY1305_SHA256)?.cipher).toBe(
      'chacha20_poly1305',
    );
  });

  it('knows every real suite the two hellos offer, except the signalling value', () => {
    for (const record of Object.values(hellos)) {
      for (const s of clientHello(record).cipher_suites) {
        if (s === CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV)
          expect(CipherSuitesBySuite.has(s)).toBe(false);
        else
          expect(CipherSuitesBySuite.get(s)?.versions, CipherSuiteName(s)).toContain(ProtocolVersion.tls1_3);
      }
    }
  });

  it('gives TLS 1.2 ECDHE suites their key exchange and authentication', () => {
    const row = CipherSuitesBySuite.get(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
    expect(row).toMatchObject({
      kex: 'ecdhe',
      auth: 'rsa',
      cipher: 'aes_128_gcm',
      mac: undefined,
      prf: 'sha256',
      rfc: 5289,
    });
    expect(CipherSuitesBySuite.get(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA)?.versions).toEqual([
      ProtocolVersion.tls1,
      ProtocolVersion.tls1_1,
      ProtocolVersion.tls1_2,
    ]);
  });
});

describe('NamedGroups and SignatureSchemes', () => {
  it('name every row in their enums', () => {
    for (const row of NamedGroups) expect(NamedGroupName(row.group)).not.toMatch(/^unknown/);
    for (const row of SignatureSchemes) expect(SignatureSchemeName(row.scheme)).not.toMatch(/^unknown/);
  });

  it('predict the key_share lengths real clients send (RFC 8446 4.2.8)', () => {
    for (const record of Object.values(hellos)) {
      const ext = clientHello(record).extensions.find((e) => e.extension_data.case === 'key_share');
      if (!ext) throw new Error('no key_share');
      const ks = (ext.extension_data.value as { body: { value: KeyShareClientHello } }).body.value;
      expect(ks.client_shares.length).toBeGreaterThan(0);
      for (const share of ks.client_shares) {
        expect(share.key_exchange.length, NamedGroupName(share.group)).toBe(
          NamedGroupsByGroup.get(share.group)?.client_share,
        );
      }
    }
    expect(NamedGroupsByGroup.get(NamedGroup.secp256r1)?.client_share).toBe(65);
  });

  it('keep PKCS#1 v1.5 and SHA-1 out of TLS 1.3 CertificateVerify (RFC 8446 4.2.3)', () => {
    for (const row of SignatureSchemes) {
      const legacy = row.sig === 'rsa_pkcs1' || row.hash === 'sha1';
      expect(row.tls1_3_cert_verify, SignatureSchemeName(row.scheme)).toBe(!legacy);
    }
    expect(SignatureSchemesByScheme.get(0x0807)?.sig).toBe('eddsa');
  });
});

describe('AlertDescriptions', () => {
  it('carries the texts Erlang/OTP prints', () => {
    expect(AlertDescriptionsByDescription.get(AlertDescription.handshake_failure)?.text).toBe(
      'Handshake Failure',
    );
    expect(AlertDescriptionsByDescription.get(AlertDescription.unrecognized_name)?.text).toBe(
      'Unrecognised Name',
    );
    expect(AlertDescriptionsByDescription.get(AlertDescription.decryption_failed_RESERVED)?.tls1_3).toBe(
      false,
    );
  });
});

describe('tls13_client (RFC 8446 A.1)', () => {
  type Step = [direction: 'send' | 'recv', message: string];
  /** A client policy for RFC 8448 section 3: certificate authentication, no client certificate. */
  const handlers = policyHandlers<Tls13ClientHandlers<null>>({
    sendClientHello: () => 'WAIT_SH',
    onServerHello: () => 'WAIT_EE',
    onHelloRetryRequest: () => 'START_AFTER_HRR',
    sendSecondClientHello: () => 'WAIT_SH_AFTER_HRR',
    onServerHelloAfterRetry: () => 'WAIT_EE',
    onEncryptedExtensions: () => 'WAIT_CERT_CR',
    onCertificateRequest: () => 'WAIT_CERT',
    onCertificate: () => 'WAIT_CV',
    onCertificateAfterRequest: () => 'WAIT_CV',
    onCertificateVerify: () => 'WAIT_FINISHED',
    onFinished: () => 'SEND_FINISHED',
    sendEndOfEarlyData: () => 'SEND_FINISHED',
    sendCertificate: () => 'SEND_CV',
    sendCertificateVerify: () => 'SEND_FINISHED',
    sendFinished: () => 'CONNECTED',
    onNewSessionTicket: () => 'CONNECTED',
    onKeyUpdate: () => 'CONNECTED',
    sendKeyUpdate: () => 'CONNECTED',
    onPostHandshakeCertificateRequest: () => 'PH_SEND_CERT',
    sendPostHandshakeCertificate: () => 'PH_SEND_CV',
    sendPostHandshakeCertificateVerify: () => 'PH_SEND_FINISHED',
    sendPostHandshakeFinished: () => 'CONNECTED',
  });
  const run = (steps: Step[], from: Tls13ClientState = 'START'): Tls13ClientState =>
    runSteps(receiveTls13Client, sendTls13Client, handlers, steps, from);

  it('runs the RFC 8448 section 3 handshake to CONNECTED and takes its NewSessionTicket', () => {
    const states: Tls13ClientState[] = [];
    let state: Tls13ClientState = 'START';
    const steps: Step[] = [
      ['send', 'client_hello'],
      ['recv', 'server_hello'],
      ['recv', 'encrypted_extensions'],
      ['recv', 'certificate'],
      ['recv', 'certificate_verify'],
      ['recv', 'finished'],
      ['send', 'finished'],
      ['recv', 'new_session_ticket'],
    ];
    for (const step of steps) {
      state = run([step], state);
      states.push(state);
    }
    expect(states).toEqual([
      'WAIT_SH',
      'WAIT_EE',
      'WAIT_CERT_CR',
      'WAIT_CV',
      'WAIT_FINISHED',
      'SEND_FINISHED',
      'CONNECTED',
      'CONNECTED',
    ]);
  });

  it('gets the decoded message of its row: a captured ServerHello reaches onServerHello typed', () => {
    const seen: string[] = [];
    const typed: Tls13ClientHandlers<null> = {
      ...handlers,
      onServerHello: (msg, raw, from) => {
        seen.push(CipherSuiteName(msg.cipher_suite), String(raw.length), from);
        return { next: 'WAIT_EE' };
      },
    };
    const record = decodeTLSPlaintext(hexFixture('tls/rfc8448-3-serverhello.hex'));
    const hs = decodeHandshake(record.fragment, { certificateType: CertificateType.X509 });
    const step = receiveTls13Client(typed, 'WAIT_SH', tls13ClientEventOf(hs, record.fragment));
    expect(step.next).toBe('WAIT_EE');
    expect(seen).toEqual(['TLS_AES_128_GCM_SHA256', String(record.fragment.length), 'WAIT_SH']);
  });

  it('takes message names from decoded HandshakeType numbers', () => {
    expect(
      run([
        ['send', HandshakeTypeName(HandshakeType.client_hello)],
        ['recv', HandshakeTypeName(HandshakeType.server_hello)],
      ]),
    ).toBe('WAIT_EE');
  });

  it('accepts one HelloRetryRequest and rejects a second one (RFC 8446 4.1.4)', () => {
    const afterRetry = run([
      ['send', 'client_hello'],
      ['recv', 'hello_retry_request'],
      ['send', 'client_hello'],
    ]);
    expect(afterRetry).toBe('WAIT_SH_AFTER_HRR');
    expect(() => run([['recv', 'hello_retry_request']], afterRetry)).toThrow(UnexpectedMessageError);
    expect(run([['recv', 'server_hello']], afterRetry)).toBe('WAIT_EE');
  });

  it('rejects messages out of order and unknown message types', () => {
    expect(() => run([['recv', 'server_hello']])).toThrow(UnexpectedMessageError);
    expect(() => run([['recv', 'finished']], 'WAIT_EE')).toThrow(UnexpectedMessageError);
    expect(() => run([['recv', 'certificate_verify']], 'WAIT_CERT_CR')).toThrow(UnexpectedMessageError);
    expect(() => run([['recv', HandshakeTypeName(0x1a)]], 'CONNECTED')).toThrow(UnexpectedMessageError);
  });

  it('has a row for every message the client sends in its second flight', () => {
    expect(Object.keys(tls13ClientTransitions.SEND_CERT)).toEqual(['send certificate']);
    expect(Object.keys(tls13ClientTransitions.SEND_CV)).toEqual(['send certificate_verify']);
    expect(Object.keys(tls13ClientTransitions.SEND_FINISHED)).toEqual(['send finished']);
  });
});

describe('tls13_server (RFC 8446 A.2)', () => {
  type S = Tls13ServerState;
  const policy = (opts: { clientAuth: boolean; earlyData: boolean }): Tls13ServerHandlers<null> =>
    policyHandlers<Tls13ServerHandlers<null>>({
      onClientHello: () => 'RECVD_CH',
      sendHelloRetryRequest: () => 'WAIT_CH2',
      sendServerHello: () => 'SEND_EE',
      onSecondClientHello: () => 'RECVD_CH2',
      sendServerHelloAfterRetry: () => 'SEND_EE',
      sendEncryptedExtensions: () => (opts.clientAuth ? 'SEND_CR' : 'SEND_CERT'),
      sendCertificateRequest: () => 'SEND_CERT',
      sendCertificate: () => 'SEND_CV',
      sendCertificateVerify: () => 'SEND_FINISHED',
      sendFinished: () => (opts.earlyData ? 'WAIT_EOED' : opts.clientAuth ? 'WAIT_CERT' : 'WAIT_FINISHED'),
      onEndOfEarlyData: () => (opts.clientAuth ? 'WAIT_CERT' : 'WAIT_FINISHED'),
      onCertificate: () => 'WAIT_CV',
      onCertificateVerify: () => 'WAIT_FINISHED',
      onFinished: () => 'CONNECTED',
      sendNewSessionTicket: () => 'CONNECTED',
      onKeyUpdate: () => 'CONNECTED',
      sendKeyUpdate: () => 'CONNECTED',
      sendPostHandshakeCertificateRequest: () => 'PH_WAIT_CERT',
      onPostHandshakeCertificate: () => 'PH_WAIT_CV',
      onPostHandshakeCertificateVerify: () => 'PH_WAIT_FINISHED',
      onPostHandshakeFinished: () => 'CONNECTED',
    });
  const run = (h: Tls13ServerHandlers<null>, steps: [string, string][], from: S = 'START'): S =>
    runSteps(receiveTls13Server, sendTls13Server, h, steps as ['send' | 'recv', string][], from);

  it('serves the RFC 8448 section 3 handshake', () => {
    const h = policy({ clientAuth: false, earlyData: false });
    const s = run(h, [
      ['recv', 'client_hello'],
      ['send', 'server_hello'],
      ['send', 'encrypted_extensions'],
      ['send', 'certificate'],
      ['send', 'certificate_verify'],
      ['send', 'finished'],
      ['recv', 'finished'],
      ['send', 'new_session_ticket'],
    ]);
    expect(s).toBe('CONNECTED');
  });

  it('retries once, then requires a ServerHello (RFC 8446 4.1.4)', () => {
    const h = policy({ clientAuth: true, earlyData: false });
    const at = run(h, [
      ['recv', 'client_hello'],
      ['send', 'hello_retry_request'],
      ['recv', 'client_hello'],
    ]);
    expect(at).toBe('RECVD_CH2');
    expect(() => run(h, [['send', 'hello_retry_request']], at)).toThrow(UnexpectedMessageError);
    const s = run(
      h,
      [
        ['send', 'server_hello'],
        ['send', 'encrypted_extensions'],
        ['send', 'certificate_request'],
        ['send', 'certificate'],
        ['send', 'certificate_verify'],
        ['send', 'finished'],
        ['recv', 'certificate'],
        ['recv', 'certificate_verify'],
        ['recv', 'finished'],
      ],
      at,
    );
    expect(s).toBe('CONNECTED');
  });

  it('waits for EndOfEarlyData after accepting 0-RTT and rejects a Finished before it', () => {
    const h = policy({ clientAuth: false, earlyData: true });
    const at = run(h, [
      ['recv', 'client_hello'],
      ['send', 'server_hello'],
      ['send', 'encrypted_extensions'],
      ['send', 'certificate'],
      ['send', 'certificate_verify'],
      ['send', 'finished'],
    ]);
    expect(at).toBe('WAIT_EOED');
    expect(() => run(h, [['recv', 'finished']], at)).toThrow(UnexpectedMessageError);
    expect(
      run(
        h,
        [
          ['recv', 'end_of_early_data'],
          ['recv', 'finished'],
        ],
        at,
      ),
    ).toBe('CONNECTED');
  });
});
