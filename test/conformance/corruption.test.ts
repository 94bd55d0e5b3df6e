// Every real fixture, damaged in every byte and cut at every length, through the generated
// decoders: each attempt either decodes or fails with a DecodeError naming the field - never a
// TypeError, RangeError or stack overflow, and never a hang.
import { decodeEpmdRequestFrame, decodeExternalTerm, decodeSendName } from '@otpnet/dist-spec';
import { decodeSSH_MSG_KEX_ECDH_INIT, decodeSSH_MSG_KEXINIT } from '@otpnet/ssh-spec';
import {
  CertificateType,
  decodeHandshake,
  decodeHandshake12,
  decodeHelloRetryRequest,
  decodeTLSPlaintext,
  KeyExchangeAlgorithm,
} from '@otpnet/tls-spec';
import { DecodeError } from '@otpnet/wire';
import { describe, expect, it } from 'vitest';
import { fixture, hexFixture } from '../fixtures/load.js';

/** A record, then its handshake message, as the record layer would hand it on. */
const tls13 = (b: Uint8Array) =>
  decodeHandshake(decodeTLSPlaintext(b).fragment, { certificateType: CertificateType.X509 });
const tls12 = (b: Uint8Array) =>
  decodeHandshake12(decodeTLSPlaintext(b).fragment, { kex: KeyExchangeAlgorithm.ec_diffie_hellman });

const cases: [name: string, bytes: Uint8Array, decode: (b: Uint8Array) => unknown][] = [
  ['RFC 8448 ClientHello', hexFixture('tls/rfc8448-3-clienthello.hex'), tls13],
  ['RFC 8448 ServerHello', hexFixture('tls/rfc8448-3-serverhello.hex'), tls13],
  ['openssl ClientHello', fixture('tls/openssl-s_client-tls13-clienthello.bin'), tls13],
  [
    'openssl HelloRetryRequest',
    fixture('tls/openssl-s_server-tls13-hrr.bin'),
    (b) => decodeHelloRetryRequest(decodeTLSPlaintext(b).fragment.subarray(4)),
  ],
  ['openssl TLS 1.2 ClientKeyExchange', fixture('tls/openssl-tls12-clientkeyexchange.bin'), tls12],
  ['OpenSSH KEXINIT', fixture('ssh/openssh-kexinit.bin'), decodeSSH_MSG_KEXINIT],
  ['OpenSSH KEX_ECDH_INIT', fixture('ssh/openssh-kex-ecdh-init.bin'), decodeSSH_MSG_KEX_ECDH_INIT],
  ['Erlang nested term', fixture('dist/nested-term.bin'), decodeExternalTerm],
  ['Erlang nested term, UTF-8 atoms', fixture('dist/nested-term-utf8-atoms.bin'), decodeExternalTerm],
  ['epmd ALIVE2_REQ frame', fixture('dist/epmd-alive2-req.bin'), decodeEpmdRequestFrame],
  ['send_name', fixture('dist/dist-send-name.bin').subarray(2), decodeSendName],
];

/** Decode, and fail the test on any error that is not a DecodeError. */
function attempt(decode: (b: Uint8Array) => unknown, bytes: Uint8Array, what: string): void {
  try {
    decode(bytes);
  } catch (e) {
    if (!(e instanceof DecodeError)) throw new Error(`${what}: ${String(e)}`);
  }
}

describe('damaged real fixtures fail only with DecodeError', () => {
  it.each(cases)('%s, every byte flipped three ways', (_name, bytes, decode) => {
    expect(() => decode(bytes)).not.toThrow();
    for (let i = 0; i < bytes.length; i++) {
      for (const mask of [0x01, 0x80, 0xff]) {
        const b = bytes.slice();
        b[i]! ^= mask;
        attempt(decode, b, `byte ${i} ^ 0x${mask.toString(16)}`);
      }
    }
  });

  it.each(cases)('%s, every strict prefix rejected', (_name, bytes, decode) => {
    for (let n = 0; n < bytes.length; n++) {
      expect(() => decode(bytes.subarray(0, n)), `prefix ${n}`).toThrow(DecodeError);
    }
  });
});
