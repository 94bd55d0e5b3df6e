// How one direction of the record layer protects records. A protection is bound to one key and
// counts its own sequence numbers; the record layer swaps it when the handshake installs keys.
import { ContentType } from '@otpnet/tls-spec';
import { alert } from '../errors.js';
import { HEADER_LENGTH, MAX_PLAINTEXT } from './limits.js';
import { allocRecord } from './record-buffer.js';

export interface OpenedRecord {
  readonly type: number;
  readonly content: Uint8Array;
}

export interface RecordProtection {
  /** True before keys are in use: records travel as they are. */
  readonly plaintext: boolean;
  /** Records protected so far (the next sequence number). */
  readonly sequence: number;
  /** Protects one fragment (at most the fragment limit) and returns the whole record. */
  seal(type: number, fragment: Uint8Array): Uint8Array;
  /** Removes protection from one record; throws AlertError (bad_record_mac, …). */
  open(type: number, header: Uint8Array, payload: Uint8Array): OpenedRecord;
}

/** Writes a record header into `out` at 0. */
export function writeHeader(out: Uint8Array, type: number, version: number, length: number): void {
  out[0] = type;
  out[1] = version >> 8;
  out[2] = version & 0xff;
  out[3] = length >> 8;
  out[4] = length & 0xff;
}

/** The protection before any keys: TLSPlaintext records. */
export class NullProtection implements RecordProtection {
  readonly plaintext = true;
  sequence = 0;
  constructor(
    /** 0x0301 for a first ClientHello (RFC 8446 section 5.1), else 0x0303. */
    public version = 0x0303,
  ) {}

  seal(type: number, fragment: Uint8Array): Uint8Array {
    const out = allocRecord(HEADER_LENGTH + fragment.length);
    writeHeader(out, type, this.version, fragment.length);
    out.set(fragment, HEADER_LENGTH);
    this.sequence++;
    return out;
  }

  open(type: number, _header: Uint8Array, payload: Uint8Array): OpenedRecord {
    if (payload.length > MAX_PLAINTEXT)
      throw alert('record_overflow', `plaintext record of ${payload.length} bytes`);
    if (type === ContentType.application_data)
      throw alert('unexpected_message', 'application data before the handshake protected it');
    this.sequence++;
    return { type, content: payload };
  }
}

/**
 * Fills `nonce` with `iv` XOR the 64-bit sequence number, right-aligned (RFC 8446 section 5.3,
 * RFC 7905 section 2).
 */
export function xorNonce(nonce: Uint8Array, iv: Uint8Array, seq: number): void {
  const hi = Math.floor(seq / 0x100000000);
  const lo = seq >>> 0;
  const n = iv.length;
  for (let i = 0; i < n - 8; i++) nonce[i] = iv[i] as number;
  nonce[n - 8] = (iv[n - 8] as number) ^ (hi >>> 24);
  nonce[n - 7] = (iv[n - 7] as number) ^ ((hi >>> 16) & 0xff);
  nonce[n - 6] = (iv[n - 6] as number) ^ ((hi >>> 8) & 0xff);
  nonce[n - 5] = (iv[n - 5] as number) ^ (hi & 0xff);
  nonce[n - 4] = (iv[n - 4] as number) ^ (lo >>> 24);
  nonce[n - 3] = (iv[n - 3] as number) ^ ((lo >>> 16) & 0xff);
  nonce[n - 2] = (iv[n - 2] as number) ^ ((lo >>> 8) & 0xff);
  nonce[n - 1] = (iv[n - 1] as number) ^ (lo & 0xff);
}

/** Writes the 64-bit sequence number big-endian into `out` at `at`. */
export function writeSequence(out: Uint8Array, at: number, seq: number): void {
  const hi = Math.floor(seq / 0x100000000);
  const lo = seq >>> 0;
  out[at] = hi >>> 24;
  out[at + 1] = (hi >>> 16) & 0xff;
  out[at + 2] = (hi >>> 8) & 0xff;
  out[at + 3] = hi & 0xff;
  out[at + 4] = lo >>> 24;
  out[at + 5] = (lo >>> 16) & 0xff;
  out[at + 6] = (lo >>> 8) & 0xff;
  out[at + 7] = lo & 0xff;
}
