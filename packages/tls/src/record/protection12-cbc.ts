// TLS 1.2 CBC record protection (RFC 5246 section 6.2.3.2) with HMAC-SHA1/SHA256/SHA384: an
// explicit random IV in each record, and by default MAC-then-encrypt:
//   MAC = HMAC(mac_key, seq_num || type || version || length || content)
//   record = IV || E(content || MAC || padding || padding_length)
// or, when encrypt_then_mac was negotiated (RFC 7366 section 3), the MAC over the ciphertext:
//   record = IV || E(content || padding || padding_length) || MAC(seq_num || type || version ||
//            length of IV and ciphertext || IV || ciphertext)
//
// Opening a MAC-then-encrypt record is where padding oracles live (Vaudenay, Lucky13). Every
// failure is the one bad_record_mac alert, and the work done does not depend on whether the
// padding was valid nor on its length, as far as JavaScript lets us say so:
//   - the padding is checked over the last 256 bytes (or the whole record) whatever its length
//     byte says, with masks instead of branches;
//   - bad padding is taken as no padding at all (OpenSSL does the same), so the MAC is always
//     computed, over a length that never exceeds that of a record without padding;
//   - the MAC is read out of the record with a scan over every position it could start at, and
//     a constant-time rotation (after OpenSSL's ssl3_cbc_copy_mac);
//   - the HMAC runs over the real length, then a dummy hash runs over as many extra hash blocks
//     as the longest candidate (no padding removed) would have taken, so the number of
//     compression-function calls is the same for every padding length;
//   - the verdict is computed from masks and checked once at the end.
// The HMAC input is always the whole decrypted record copied after the pseudo-header, so copying
// costs the same too. What remains is the engine's own timing (JIT, buffer handling), which no
// JavaScript code controls; encrypt_then_mac, which checks the MAC before decrypting, avoids the
// question, and we offer it whenever we offer CBC.
import type { CipherAlg, HashAlg, Provider } from '@otpnet/crypto';
import { type CipherSuitesRow, ContentType } from '@otpnet/tls-spec';
import { alert } from '../errors.js';
import { HEADER_LENGTH, MAX_CIPHERTEXT_12, MAX_PLAINTEXT } from './limits.js';
import { type OpenedRecord, type RecordProtection, writeHeader, writeSequence } from './protection.js';
import { allocRecord } from './record-buffer.js';

const BLOCK = 16;
/** seq_num (8), type (1), version (2), length (2). */
const PSEUDO = 13;
/** padding_length is one byte: at most 255 bytes of padding and the length byte itself. */
const MAX_PAD = 256;

const CBC: Readonly<Record<string, CipherAlg>> = {
  aes_128_cbc: 'aes-128-cbc',
  aes_256_cbc: 'aes-256-cbc',
};

/** The provider's CBC cipher for a suite, or undefined for AEAD and unsupported ciphers. */
export function cbcOf(suite: CipherSuitesRow): CipherAlg | undefined {
  return CBC[suite.cipher];
}

// Branch-free comparisons of non-negative integers below 2^31, as 0 or 1.
const ctLt = (a: number, b: number): number => (a - b) >>> 31;
const ctLe = (a: number, b: number): number => 1 - ctLt(b, a);
const ctEq = (a: number, b: number): number => ((a ^ b) - 1) >>> 31;

/** The hash's block size and the length field its padding appends (FIPS 180-4). */
function hashGeometry(hash: HashAlg): { block: number; lengthField: number } {
  return hash === 'sha384' || hash === 'sha512'
    ? { block: 128, lengthField: 16 }
    : { block: 64, lengthField: 8 };
}

export interface CbcKeys {
  readonly cipher: CipherAlg;
  readonly mac: HashAlg;
  readonly encKey: Uint8Array;
  readonly macKey: Uint8Array;
  /** RFC 7366: the MAC covers the ciphertext. */
  readonly encryptThenMac: boolean;
  /** Where the explicit IVs come from. */
  readonly random: (n: number) => Uint8Array;
}

export class Tls12CbcProtection implements RecordProtection {
  readonly plaintext = false;
  sequence = 0;
  private readonly macLength: number;
  private readonly geometry: { block: number; lengthField: number };
  /** Zeros hashed to even out the compressions: up to 256 bytes of padding, rounded up in blocks. */
  private readonly dummy: Uint8Array;
  private readonly rotated: Uint8Array;
  private scratch = new Uint8Array(0);

  constructor(
    private readonly crypto: Provider,
    private readonly keys: CbcKeys,
  ) {
    this.macLength = crypto.hashLength(keys.mac);
    this.geometry = hashGeometry(keys.mac);
    this.dummy = new Uint8Array(MAX_PAD + 2 * this.geometry.block);
    this.rotated = new Uint8Array(this.macLength);
  }

  /** A buffer of at least `n` bytes for MAC input, kept between records. */
  private buffer(n: number): Uint8Array {
    if (this.scratch.length < n) this.scratch = new Uint8Array(Math.max(n, 1024));
    return this.scratch;
  }

  private pseudoHeader(into: Uint8Array, seq: number, type: number, length: number): void {
    writeSequence(into, 0, seq);
    into[8] = type;
    into[9] = 3;
    into[10] = 3;
    into[11] = (length >>> 8) & 0xff;
    into[12] = length & 0xff;
  }

  private mac(data: Uint8Array): Uint8Array {
    return this.crypto.hmac(this.keys.mac, this.keys.macKey, data);
  }

  private encrypt(iv: Uint8Array, data: Uint8Array): Uint8Array {
    return this.crypto.cipher(this.keys.cipher, this.keys.encKey, iv, 'encrypt').update(data);
  }

  private decrypt(iv: Uint8Array, data: Uint8Array): Uint8Array {
    return this.crypto.cipher(this.keys.cipher, this.keys.encKey, iv, 'decrypt').update(data);
  }

  seal(type: number, fragment: Uint8Array): Uint8Array {
    const seq = this.sequence++;
    const n = fragment.length;
    const m = this.macLength;
    const iv = this.keys.random(BLOCK);
    // The least padding that fills the last block; padding_length bytes of value padding_length.
    const inner = this.keys.encryptThenMac ? n : n + m;
    const padLength = BLOCK - 1 - (inner % BLOCK);
    const encrypted = inner + padLength + 1;
    const length = BLOCK + encrypted + (this.keys.encryptThenMac ? m : 0);
    const out = allocRecord(HEADER_LENGTH + length);
    writeHeader(out, type, 0x0303, length);
    out.set(iv, HEADER_LENGTH);
    const body = HEADER_LENGTH + BLOCK;
    if (this.keys.encryptThenMac) {
      const plain = new Uint8Array(encrypted);
      plain.set(fragment);
      plain.fill(padLength, n);
      out.set(this.encrypt(iv, plain), body);
      // RFC 7366 section 3: the MAC covers IV || ciphertext, with their length in the header.
      const input = this.buffer(PSEUDO + BLOCK + encrypted);
      this.pseudoHeader(input, seq, type, BLOCK + encrypted);
      input.set(out.subarray(HEADER_LENGTH, body + encrypted), PSEUDO);
      out.set(this.mac(input.subarray(0, PSEUDO + BLOCK + encrypted)), body + encrypted);
      return out;
    }
    // The MAC input and the plaintext share one buffer: pseudo-header, content, MAC, padding.
    const plain = this.buffer(PSEUDO + encrypted);
    this.pseudoHeader(plain, seq, type, n);
    plain.set(fragment, PSEUDO);
    plain.set(this.mac(plain.subarray(0, PSEUDO + n)), PSEUDO + n);
    plain.fill(padLength, PSEUDO + n + m, PSEUDO + encrypted);
    out.set(this.encrypt(iv, plain.subarray(PSEUDO, PSEUDO + encrypted)), body);
    return out;
  }

  open(type: number, _header: Uint8Array, payload: Uint8Array): OpenedRecord {
    if (payload.length > MAX_CIPHERTEXT_12)
      throw alert('record_overflow', `protected record of ${payload.length} bytes`);
    if (type === ContentType.change_cipher_spec)
      throw alert('unexpected_message', 'change_cipher_spec after keys changed');
    const seq = this.sequence++;
    const content = this.keys.encryptThenMac
      ? this.openEtm(seq, type, payload)
      : this.openMte(seq, type, payload);
    if (content.length > MAX_PLAINTEXT)
      throw alert('record_overflow', `plaintext of ${content.length} bytes in one record`);
    return { type, content };
  }

  /** RFC 7366 section 3: the MAC is checked first; only an authentic record is decrypted. */
  private openEtm(seq: number, type: number, payload: Uint8Array): Uint8Array {
    const m = this.macLength;
    const sealed = payload.length - m;
    // The lengths are public: IV and at least one block, whole blocks.
    if (sealed < 2 * BLOCK || sealed % BLOCK !== 0) throw alert('bad_record_mac', 'bad CBC record length');
    const input = this.buffer(PSEUDO + sealed);
    this.pseudoHeader(input, seq, type, sealed);
    input.set(payload.subarray(0, sealed), PSEUDO);
    const expected = this.mac(input.subarray(0, PSEUDO + sealed));
    if (!this.crypto.timingSafeEqual(expected, payload.subarray(sealed)))
      throw alert('bad_record_mac', 'record authentication failed');
    const plain = this.decrypt(payload.subarray(0, BLOCK), payload.subarray(BLOCK, sealed));
    const pad = plain[plain.length - 1] as number;
    let good = pad + 1 <= plain.length;
    for (let i = plain.length - 1 - pad; good && i < plain.length; i++) good = plain[i] === pad;
    // An authentic record with bad padding: the peer's fault, and still the one alert.
    if (!good) throw alert('bad_record_mac', 'record authentication failed');
    return plain.subarray(0, plain.length - pad - 1);
  }

  /** MAC-then-encrypt, opened without branching on the padding (see the top of the file). */
  private openMte(seq: number, type: number, payload: Uint8Array): Uint8Array {
    const m = this.macLength;
    const encrypted = payload.length - BLOCK;
    // Public: whole blocks, enough for the MAC and the padding_length byte.
    if (encrypted < m + 1 || encrypted % BLOCK !== 0) throw alert('bad_record_mac', 'bad CBC record length');
    const plain = this.decrypt(payload.subarray(0, BLOCK), payload.subarray(BLOCK));
    const n = plain.length;
    const pad = plain[n - 1] as number;

    // The padding: room for it and the MAC, and each of its bytes equal to padding_length.
    let good = ctLe(pad + 1 + m, n);
    const scan = Math.min(MAX_PAD, n);
    for (let i = 0; i < scan; i++) {
      const inPad = ctLe(i, pad);
      good &= 1 - (inPad & (1 - ctEq(plain[n - 1 - i] as number, pad)));
    }
    // Bad padding removes nothing: the MAC is then over the longest content possible.
    const removed = (pad + 1) & -good;
    const length = n - m - removed;

    const received = this.copyMac(plain, length + m);
    const input = this.buffer(PSEUDO + n);
    input.set(plain, PSEUDO);
    this.pseudoHeader(input, seq, type, length);
    const expected = this.mac(input.subarray(0, PSEUDO + length));
    this.equalizeCompressions(length, n - m);
    const macGood = this.crypto.timingSafeEqual(expected, received) ? 1 : 0;
    if ((good & macGood) !== 1) throw alert('bad_record_mac', 'record authentication failed');
    return plain.subarray(0, length);
  }

  /**
   * The MAC that ends at `macEnd` (a secret), copied out by scanning every byte where it could
   * lie and rotating the result into place without indexing by a secret.
   */
  private copyMac(plain: Uint8Array, macEnd: number): Uint8Array {
    const m = this.macLength;
    const rotated = this.rotated;
    rotated.fill(0);
    const macStart = macEnd - m;
    const scanStart = Math.max(0, plain.length - (m + MAX_PAD));
    let inMac = 0;
    let offset = 0;
    for (let i = scanStart, j = 0; i < plain.length; i++) {
      const started = ctEq(i, macStart);
      inMac = (inMac | started) & ctLt(i, macEnd);
      offset |= j & -started;
      rotated[j] = (rotated[j] as number) | ((plain[i] as number) & -inMac);
      j++;
      j &= -ctLt(j, m);
    }
    const out = new Uint8Array(m);
    for (let k = 0; k < m; k++) {
      let at = k + offset;
      at -= m & -ctLe(m, at);
      let b = 0;
      for (let r = 0; r < m; r++) b |= (rotated[r] as number) & -ctEq(r, at);
      out[k] = b;
    }
    return out;
  }

  /**
   * Hashes dummy blocks so that an HMAC over `length` content bytes and this together take the
   * compression calls of an HMAC over `longest`. The inner hash of HMAC over PSEUDO + L bytes
   * runs floor((B + PSEUDO + L + lengthField) / B) + 1 compressions; the outer hash is fixed.
   */
  private equalizeCompressions(length: number, longest: number): void {
    const { block, lengthField } = this.geometry;
    const shift = block === 128 ? 7 : 6;
    const blocks = (l: number): number => (PSEUDO + l + lengthField) >>> shift;
    const extra = (blocks(longest) - blocks(length)) << shift;
    this.crypto.createHash(this.keys.mac).update(this.dummy.subarray(0, extra)).digest();
  }
}
