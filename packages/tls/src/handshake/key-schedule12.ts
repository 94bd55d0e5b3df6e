// The TLS 1.2 key schedule: the master secret (RFC 5246 section 8.1), the extended master secret
// (RFC 7627 section 4) or a resumed session's, the key block cut into MAC keys, encryption keys and
// implicit IVs (RFC 5246 section 6.3, RFC 5288 section 3, RFC 7905 section 2), and
// Finished.verify_data (RFC 5246 section 7.4.9). The PRF is the provider's P_hash over its HMAC
// with the suite's PRF hash (RFC 5246 section 5): SHA-256 for the SHA-1 CBC suites too.
import type { Provider } from '@otpnet/crypto';
import type { CipherSuitesRow } from '@otpnet/tls-spec';
import { alert } from '../errors.js';
import { aeadOf, bulkOf } from '../record/ciphers.js';
import type { RecordProtection } from '../record/protection.js';
import { Tls12AeadProtection } from '../record/protection12-aead.js';
import { cbcOf, Tls12CbcProtection } from '../record/protection12-cbc.js';

const MASTER_LENGTH = 48;
const VERIFY_DATA_LENGTH = 12;

export type Side12 = 'client' | 'server';

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** How CBC records are protected: what the hellos agreed and where the explicit IVs come from. */
export interface RecordOptions12 {
  /** RFC 7366 encrypt_then_mac was agreed (CBC suites only). */
  readonly encryptThenMac: boolean;
  readonly random: (n: number) => Uint8Array;
}

export class KeySchedule12 {
  private master: Uint8Array | undefined;
  private keys: Record<Side12, RecordProtection> | undefined;

  constructor(
    private readonly crypto: Provider,
    readonly suite: CipherSuitesRow,
    private readonly clientRandom: Uint8Array,
    private readonly serverRandom: Uint8Array,
    private readonly record: RecordOptions12 = {
      encryptThenMac: false,
      random: (n) => crypto.randomBytes(n),
    },
  ) {}

  get masterSecret(): Uint8Array {
    if (!this.master) throw alert('internal_error', 'TLS 1.2 master secret used before it was derived');
    return this.master;
  }

  /**
   * The master secret from the premaster secret. With `sessionHash` (the transcript hash through
   * ClientKeyExchange) it is the extended master secret of RFC 7627, bound to the whole handshake.
   */
  deriveMaster(premaster: Uint8Array, sessionHash: Uint8Array | undefined): Uint8Array {
    const prf = this.suite.prf;
    this.master =
      sessionHash === undefined
        ? this.crypto.tls12Prf(
            prf,
            premaster,
            'master secret',
            concatBytes(this.clientRandom, this.serverRandom),
            MASTER_LENGTH,
          )
        : this.crypto.tls12Prf(prf, premaster, 'extended master secret', sessionHash, MASTER_LENGTH);
    return this.master;
  }

  /** An abbreviated handshake keeps the session's master secret, with the new randoms (RFC 5246 7.3). */
  resumeMaster(master: Uint8Array): void {
    if (master.length !== MASTER_LENGTH)
      throw alert('internal_error', 'a stored master secret of wrong length');
    this.master = master;
  }

  /**
   * Both directions' record protections, made once. The key block is client_write_MAC_key,
   * server_write_MAC_key, client_write_key, server_write_key, client_write_IV, server_write_IV
   * (RFC 5246 section 6.3): AEAD suites have no MAC keys, and CBC suites no IVs, theirs travel in
   * each record (fixed_iv_len 0 in the registry).
   */
  protections(): Record<Side12, RecordProtection> {
    if (this.keys) return this.keys;
    const bulk = bulkOf(this.suite);
    const aead = bulk.aead ? aeadOf(this.suite) : undefined;
    const cbc = cbcOf(this.suite);
    const mac = this.suite.mac;
    const m = mac === undefined ? 0 : this.crypto.hashLength(mac);
    const k = bulk.key_len;
    const iv = bulk.fixed_iv_len;
    const block = this.crypto.tls12Prf(
      this.suite.prf,
      this.masterSecret,
      'key expansion',
      concatBytes(this.serverRandom, this.clientRandom),
      2 * m + 2 * k + 2 * iv,
    );
    const at = (offset: number, length: number) => block.slice(offset, offset + length);
    const e = 2 * m;
    if (aead && mac === undefined) {
      this.keys = {
        client: new Tls12AeadProtection(this.crypto.aead(aead, at(e, k)), at(e + 2 * k, iv)),
        server: new Tls12AeadProtection(this.crypto.aead(aead, at(e + k, k)), at(e + 2 * k + iv, iv)),
      };
      return this.keys;
    }
    if (!cbc || mac === undefined)
      throw alert('internal_error', `suite cipher ${this.suite.cipher} has no record protection`);
    const { encryptThenMac, random } = this.record;
    const side = (macKey: Uint8Array, encKey: Uint8Array) =>
      new Tls12CbcProtection(this.crypto, { cipher: cbc, mac, macKey, encKey, encryptThenMac, random });
    this.keys = { client: side(at(0, m), at(e, k)), server: side(at(m, m), at(e + k, k)) };
    return this.keys;
  }

  /** verify_data = PRF(master_secret, finished_label, Hash(handshake_messages))[0..11]. */
  finished(side: Side12, transcriptHash: Uint8Array): Uint8Array {
    const label = side === 'client' ? 'client finished' : 'server finished';
    return this.crypto.tls12Prf(this.suite.prf, this.masterSecret, label, transcriptHash, VERIFY_DATA_LENGTH);
  }
}
