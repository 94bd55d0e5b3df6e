// The handshake transcript (RFC 8446 section 4.4.1, RFC 5246 section 7.4.9). Messages are kept
// until the cipher suite names the hash; from then on they run through one incremental hash,
// which is cloned whenever a value over "the messages so far" is needed.
import type { HashAlg, HashContext, Provider } from '@otpnet/crypto';
import { alert } from '../errors.js';

export class Transcript {
  private held: Uint8Array[] = [];
  private ctx: HashContext | undefined;
  private alg: HashAlg | undefined;

  constructor(private readonly crypto: Provider) {}

  get hashAlg(): HashAlg | undefined {
    return this.alg;
  }

  /** Names the hash; messages held so far are hashed now. */
  start(alg: HashAlg): void {
    if (this.ctx) return;
    this.alg = alg;
    this.ctx = this.crypto.createHash(alg);
    for (const m of this.held) this.ctx.update(m);
  }

  add(message: Uint8Array): void {
    if (this.ctx) this.ctx.update(message);
    // Kept also after start: TLS 1.2 client authentication signs the messages themselves.
    this.held.push(message);
  }

  /** Transcript-Hash of the messages so far. */
  hash(): Uint8Array {
    if (!this.ctx) throw alert('internal_error', 'transcript hash before the cipher suite is known');
    return this.ctx.clone().digest();
  }

  /** The messages so far, concatenated. */
  messages(): Uint8Array {
    let n = 0;
    for (const m of this.held) n += m.length;
    const out = new Uint8Array(n);
    let at = 0;
    for (const m of this.held) {
      out.set(m, at);
      at += m.length;
    }
    return out;
  }

  /**
   * After a HelloRetryRequest (RFC 8446 section 4.4.1): the first ClientHello is replaced by
   * message_hash(254) || 00 00 Hash.length || Hash(ClientHello1).
   */
  replaceWithMessageHash(alg: HashAlg): void {
    const first = this.messages();
    const digest = this.crypto.hash(alg, first);
    const synthetic = new Uint8Array(4 + digest.length);
    synthetic[0] = 254;
    synthetic[3] = digest.length;
    synthetic.set(digest, 4);
    this.held = [];
    this.ctx = undefined;
    this.start(alg);
    this.add(synthetic);
  }

  /** Frees the held messages once nothing will need them again. */
  release(): void {
    this.held = [];
  }
}
