// TLS 1.3 record protection (RFC 8446 section 5.2-5.4): the AEAD seals TLSInnerPlaintext
// (content || type || zero padding) under a nonce of the IV XOR the sequence number, with the
// record header as additional data. Outer records always say application_data, version 0x0303.
import { type Aead, CryptoError } from '@otpnet/crypto';
import { ContentType } from '@otpnet/tls-spec';
import { alert } from '../errors.js';
import { HEADER_LENGTH, MAX_CIPHERTEXT_13, MAX_PLAINTEXT } from './limits.js';
import { type OpenedRecord, type RecordProtection, writeHeader, xorNonce } from './protection.js';

const TAG = 16;

export class Tls13Protection implements RecordProtection {
  readonly plaintext = false;
  sequence = 0;
  private readonly nonce = new Uint8Array(12);
  private readonly aad = new Uint8Array(HEADER_LENGTH);

  constructor(
    private readonly aead: Aead,
    private readonly iv: Uint8Array,
    /** Zero bytes added to every record, to hide lengths (RFC 8446 section 5.4). */
    private readonly padding = 0,
  ) {}

  seal(type: number, fragment: Uint8Array): Uint8Array {
    const innerLength = fragment.length + 1 + this.padding;
    const inner = new Uint8Array(innerLength);
    inner.set(fragment);
    inner[fragment.length] = type;
    writeHeader(this.aad, ContentType.application_data, 0x0303, innerLength + TAG);
    xorNonce(this.nonce, this.iv, this.sequence++);
    const sealed = this.aead.seal(this.nonce, inner, this.aad);
    const out = new Uint8Array(HEADER_LENGTH + sealed.length);
    out.set(this.aad);
    out.set(sealed, HEADER_LENGTH);
    return out;
  }

  open(type: number, header: Uint8Array, payload: Uint8Array): OpenedRecord {
    if (type === ContentType.change_cipher_spec) return { type, content: payload };
    if (type !== ContentType.application_data)
      throw alert('unexpected_message', `protected record of content type ${type}`);
    if (payload.length > MAX_CIPHERTEXT_13)
      throw alert('record_overflow', `protected record of ${payload.length} bytes`);
    if (payload.length < TAG + 1) throw alert('bad_record_mac', 'protected record shorter than its tag');
    xorNonce(this.nonce, this.iv, this.sequence++);
    let inner: Uint8Array;
    try {
      inner = this.aead.open(this.nonce, payload, header);
    } catch (e) {
      if (e instanceof CryptoError) throw alert('bad_record_mac', 'record authentication failed');
      throw e;
    }
    let end = inner.length - 1;
    while (end >= 0 && inner[end] === 0) end--;
    if (end < 0) throw alert('unexpected_message', 'protected record without a content type');
    if (end > MAX_PLAINTEXT) throw alert('record_overflow', `plaintext of ${end} bytes in one record`);
    return { type: inner[end] as number, content: inner.subarray(0, end) };
  }
}
