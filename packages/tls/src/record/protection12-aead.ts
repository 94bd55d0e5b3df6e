// TLS 1.2 AEAD record protection. AES-GCM (RFC 5288): nonce = 4-byte salt from the key block ||
// 8-byte explicit part sent in each record (we send the sequence number, RFC 5288 section 3).
// ChaCha20-Poly1305 (RFC 7905): nonce = 12-byte IV XOR sequence number, nothing explicit.
// Additional data: seq_num || type || version || plaintext length (RFC 5246 section 6.2.3.3).
import { type Aead, CryptoError } from '@otpnet/crypto';
import { ContentType } from '@otpnet/tls-spec';
import { alert } from '../errors.js';
import { HEADER_LENGTH, MAX_CIPHERTEXT_12, MAX_PLAINTEXT } from './limits.js';
import {
  type OpenedRecord,
  type RecordProtection,
  writeHeader,
  writeSequence,
  xorNonce,
} from './protection.js';
import { allocRecord } from './record-buffer.js';

const TAG = 16;

export class Tls12AeadProtection implements RecordProtection {
  readonly plaintext = false;
  sequence = 0;
  private readonly nonce = new Uint8Array(12);
  private readonly aad = new Uint8Array(13);
  private readonly explicit: number;

  constructor(
    private readonly aead: Aead,
    /** 4 bytes (GCM) or 12 bytes (ChaCha20-Poly1305). */
    private readonly iv: Uint8Array,
  ) {
    this.explicit = iv.length === 4 ? 8 : 0;
    if (this.explicit) this.nonce.set(iv);
  }

  private setNonce(seq: number, explicit?: Uint8Array): void {
    if (this.explicit === 0) xorNonce(this.nonce, this.iv, seq);
    else if (explicit) this.nonce.set(explicit, 4);
    else writeSequence(this.nonce, 4, seq);
  }

  seal(type: number, fragment: Uint8Array): Uint8Array {
    const seq = this.sequence++;
    writeSequence(this.aad, 0, seq);
    this.aad[8] = type;
    this.aad[9] = 3;
    this.aad[10] = 3;
    this.aad[11] = fragment.length >> 8;
    this.aad[12] = fragment.length & 0xff;
    this.setNonce(seq);
    // Built once in the output buffer: header, explicit nonce, then sealed straight after them.
    const length = this.explicit + fragment.length + TAG;
    const out = allocRecord(HEADER_LENGTH + length);
    writeHeader(out, type, 0x0303, length);
    if (this.explicit) out.set(this.nonce.subarray(4), HEADER_LENGTH);
    const at = HEADER_LENGTH + this.explicit;
    if (this.aead.sealInto) this.aead.sealInto(this.nonce, fragment, this.aad, out, at);
    else out.set(this.aead.seal(this.nonce, fragment, this.aad), at);
    return out;
  }

  open(type: number, _header: Uint8Array, payload: Uint8Array): OpenedRecord {
    if (payload.length > MAX_CIPHERTEXT_12)
      throw alert('record_overflow', `protected record of ${payload.length} bytes`);
    if (payload.length < this.explicit + TAG) throw alert('bad_record_mac', 'record shorter than its tag');
    if (type === ContentType.change_cipher_spec)
      throw alert('unexpected_message', 'change_cipher_spec after keys changed');
    const seq = this.sequence++;
    const length = payload.length - this.explicit - TAG;
    if (length > MAX_PLAINTEXT) throw alert('record_overflow', `plaintext of ${length} bytes in one record`);
    writeSequence(this.aad, 0, seq);
    this.aad[8] = type;
    this.aad[9] = 3;
    this.aad[10] = 3;
    this.aad[11] = length >> 8;
    this.aad[12] = length & 0xff;
    this.setNonce(seq, this.explicit ? payload.subarray(0, this.explicit) : undefined);
    try {
      // In place where the AEAD can: the record's bytes are given up to its plaintext.
      const sealed = payload.subarray(this.explicit);
      const content = this.aead.openInPlace
        ? this.aead.openInPlace(this.nonce, sealed, this.aad)
        : this.aead.open(this.nonce, sealed, this.aad);
      return { type, content };
    } catch (e) {
      if (e instanceof CryptoError) throw alert('bad_record_mac', 'record authentication failed');
      throw e;
    }
  }
}
