// Limits a runtime sets on one decode (DecodeLimits): a handshake message that claims more than
// the limit is refused as out of bounds while it is still arriving, so the runtime never buffers
// it; without a limit the same bytes are merely incomplete.
import {
  CertificateType,
  decodeExtension,
  decodeHandshake,
  ExtensionType,
  encodeExtension,
  HandshakeType,
} from '@otpnet/tls-spec';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../test/support/codec-errors.js';

const ctx = { certificateType: CertificateType.X509 };

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

describe('record_size_limit (RFC 8449 4: a value below 64 is an illegal_parameter)', () => {
  const hello = { msgType: HandshakeType.client_hello };
  const ext = (limit: number) =>
    Uint8Array.of(0, ExtensionType.record_size_limit, 0, 2, limit >> 8, limit & 0xff);

  it('is refused below 64 by the decoder, naming the extension and the spec line', () => {
    expect(decodeExtension(ext(64), hello).extension_data).toEqual({ case: 'record_size_limit', value: 64 });
    const e = thrown(() => decodeExtension(ext(63), hello));
    expect(e.kind).toBe('bound');
    expect(e.message).toMatch(/63 .*64\.\..*extensions\.spec:\d+/);
  });

  it('is refused below 64 by the encoder', () => {
    const value = (v: number) => ({
      extension_type: ExtensionType.record_size_limit,
      extension_data: { case: 'record_size_limit' as const, value: v },
    });
    expect(encodeExtension(value(16385), hello)).toEqual(ext(16385));
    expect(thrown(() => encodeExtension(value(10), hello)).kind).toBe('bound');
  });
});
