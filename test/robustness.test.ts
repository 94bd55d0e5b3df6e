// Hostile input against the generated decoders: nesting deep enough to exhaust a naive recursive
// decoder's stack, and length and count fields that claim far more than the input holds. Each
// must end in a DecodeError, quickly, without allocating what the input claims.
import { decodeExternalTerm, decodeTerm } from '@otpnet/dist-spec';
import { decodeSSH_MSG_KEXINIT } from '@otpnet/ssh-spec';
import { CertificateType, decodeHandshake, decodeTLSPlaintext } from '@otpnet/tls-spec';
import { DecodeError } from '@otpnet/wire';
import { describe, expect, it } from 'vitest';

describe('hostile input', () => {
  it('rejects nesting past the reader depth limit instead of overflowing the stack', () => {
    // 200,000 nested one-element tuples: SMALL_TUPLE_EXT (104), arity 1, ...
    const depth = 200_000;
    const bytes = new Uint8Array(depth * 2 + 1);
    for (let i = 0; i < depth; i++) bytes.set([104, 1], i * 2);
    bytes[depth * 2] = 106; // NIL_EXT
    expect(() => decodeTerm(bytes)).toThrow(DecodeError);
    expect(() => decodeTerm(bytes)).toThrow(/nesting deeper than 256/);
  });

  it('rejects element counts that the input cannot hold, before looping', () => {
    // LIST_EXT (108) claiming 2^32-1 elements in a 6-byte input.
    const bytes = Uint8Array.from([131, 108, 0xff, 0xff, 0xff, 0xff]);
    expect(() => decodeExternalTerm(bytes)).toThrow(DecodeError);
    // BINARY_EXT (109) claiming 4 GiB of data.
    expect(() => decodeTerm(Uint8Array.from([109, 0xff, 0xff, 0xff, 0xff, 1, 2]))).toThrow(DecodeError);
  });

  it('rejects TLS and SSH lengths that point past the end', () => {
    // A handshake record whose fragment claims 2^14 bytes, holding 4.
    expect(() => decodeTLSPlaintext(Uint8Array.from([22, 3, 1, 0x40, 0, 1, 0, 0, 0]))).toThrow(DecodeError);
    // A ClientHello handshake header claiming 16 MiB.
    expect(() =>
      decodeHandshake(Uint8Array.from([1, 0xff, 0xff, 0xff, 3, 3]), {
        certificateType: CertificateType.X509,
      }),
    ).toThrow(DecodeError);
    // KEXINIT whose first name-list claims 4 GiB.
    const kex = new Uint8Array(1 + 16 + 4);
    kex[0] = 20;
    kex.set([0xff, 0xff, 0xff, 0xff], 17);
    expect(() => decodeSSH_MSG_KEXINIT(kex)).toThrow(DecodeError);
  });

  it('names the field and the spec line in the error', () => {
    const kex = new Uint8Array(1 + 16 + 4);
    kex[0] = 20;
    kex.set([0xff, 0xff, 0xff, 0xff], 17);
    expect(() => decodeSSH_MSG_KEXINIT(kex)).toThrow(
      /^SSH_MSG_KEXINIT\.kex_algorithms: needs 4294967295 bytes, 0 left \(specs\/ssh\/transport\.spec:\d+\)$/,
    );
  });
});
