// The offset a TLS 1.3 runtime needs for PSK binders (RFC 8446 4.2.11.2): each binder is an HMAC
// over the transcript up to the ClientHello's binders list, so the encoder and the decoder both
// report where that list starts (`/*@mark*/` on OfferedPsks.binders in extensions.spec).
import {
  CipherSuite,
  type ClientHelloInput,
  ExtensionType,
  readClientHello,
  writeClientHello,
} from '@otpnet/tls-spec';
import { Reader, Writer } from '@otpnet/wire';
import { describe, expect, it } from 'vitest';

const binder = new Uint8Array(32).fill(0xbb);
const hello: ClientHelloInput = {
  random: new Uint8Array(32).fill(1),
  legacy_session_id: new Uint8Array(0),
  cipher_suites: [CipherSuite.TLS_AES_128_GCM_SHA256],
  legacy_compression_methods: Uint8Array.of(0),
  extensions: [
    {
      extension_type: ExtensionType.pre_shared_key,
      extension_data: {
        case: 'pre_shared_key',
        value: {
          body: {
            case: 'client_hello',
            value: {
              identities: [{ identity: Uint8Array.of(1, 2, 3), obfuscated_ticket_age: 7 }],
              binders: [binder],
            },
          },
        },
      },
    },
  ],
};

describe('PSK binders offset', () => {
  it('is where the binders list starts, in what the encoder wrote and what the decoder read', () => {
    const w = new Writer();
    writeClientHello(w, hello);
    const bytes = w.finish();
    const at = w.marks?.['OfferedPsks.binders'];
    expect(at).toBeDefined();
    // binders<33..2^16-1>: a 2-byte length, then one PskBinderEntry (1-byte length, 32 bytes)
    expect([...bytes.subarray(at!, at! + 3)]).toEqual([0, 33, 32]);
    expect(bytes.subarray(at! + 3)).toEqual(binder);

    const r = new Reader(bytes);
    readClientHello(r);
    expect(r.marks?.['OfferedPsks.binders']).toBe(at);
  });
});
