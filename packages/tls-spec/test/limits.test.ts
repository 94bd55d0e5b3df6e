// Limits a runtime sets on one decode (DecodeLimits): a handshake message that claims more than
// the limit is refused as out of bounds while it is still arriving, so the runtime never buffers
// it; without a limit the same bytes are merely incomplete.
import { CertificateType, decodeHandshake, HandshakeType } from '@otpnet/tls-spec';
import { DecodeError } from '@otpnet/wire';
import { describe, expect, it } from 'vitest';

const ctx = { certificateType: CertificateType.X509 };

function thrown(f: () => unknown): DecodeError {
  try {
    f();
  } catch (e) {
    if (e instanceof DecodeError) return e;
    throw e;
  }
  throw new Error('expected a DecodeError');
}

describe('decode limits', () => {
  // msg_type certificate, then a uint24 length of 2^24 - 1 and the first bytes of the body
  const head = Uint8Array.of(HandshakeType.certificate, 0xff, 0xff, 0xff, 0, 0, 0, 0);

  it('tells an oversized message from an incomplete one before its body arrives', () => {
    expect(thrown(() => decodeHandshake(head, ctx)).kind).toBe('truncated');
    const e = thrown(() => decodeHandshake(head, ctx, { maxLength: 0x10000 }));
    expect(e).toMatchObject({ kind: 'bound', path: 'Handshake.body' });
    expect(e.message).toContain('exceeds the limit of 65536');
  });

  it('refuses a whole input longer than the limit, naming the type', () => {
    const big = new Uint8Array(70000);
    expect(thrown(() => decodeHandshake(big, ctx, { maxLength: 0x10000 }))).toMatchObject({
      kind: 'bound',
      path: 'Handshake',
    });
  });

  it('accepts what fits the limit', () => {
    const finished = Uint8Array.of(HandshakeType.finished, 0, 0, 32, ...new Uint8Array(32));
    expect(decodeHandshake(finished, ctx, { maxLength: 36 }).body.case).toBe('finished');
  });
});
