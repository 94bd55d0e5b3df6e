// TLS 1.3 record protection (RFC 8446 section 5.2-5.4): the AEAD seals TLSInnerPlaintext
// (content || type || zero padding) under a nonce of the IV XOR the sequence number, with the
// record header as additional data. Outer records always say application_data, version 0x0303.
// Each record is built once, in its output buffer: header, then the inner plaintext, sealed in
// place; the nonce and the additional data are rewritten in place for every record.
import { type Aead, CryptoError } from '@otpnet/crypto';
import { ContentType } from '@otpnet/tls-spec';
import { alert } from '../errors.js';
import { HEADER_LENGTH, MAX_CIPHERTEXT_13, MAX_PLAINTEXT } from './limits.js';
import { type OpenedRecord, type RecordProtection, writeHeader, xorNonce } from './protection.js';
import { allocRecord } from './record-buffer.js';

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
    const n = fragment.length;
    const innerLength = n + 1 + this.padding;
    const out = allocRecord(HEADER_LENGTH + innerLength + TAG);
    const aad = this.aad;
    writeHeader(aad, ContentType.application_data, 0x0303, innerLength + TAG);
    out.set(aad);
    out.set(fragment, HEADER_LENGTH);
    out[HEADER_LENGTH + n] = type;
    // The padding is zero already: allocRecord's memory is zeroed and never reused.
    xorNonce(this.nonce, this.iv, this.sequence++);
    const inner = out.subarray(HEADER_LENGTH, HEADER_LENGTH + innerLength);
    if (this.aead.sealInto) this.aead.sealInto(this.nonce, inner, aad, out, HEADER_LENGTH);
    else out.set(this.aead.seal(this.nonce, inner, aad), HEADER_LENGTH);
    return out;
  }

  /** Opens in place where the AEAD can: the record's bytes are given up to its plaintext. */
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
      inner = this.aead.openInPlace
        ? this.aead.openInPlace(this.nonce, payload, header)
        : this.aead.open(this.nonce, payload, header);
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
