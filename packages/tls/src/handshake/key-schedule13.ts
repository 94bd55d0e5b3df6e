// The TLS 1.3 key schedule (RFC 8446 section 7.1) and traffic keys (section 7.3).
import type { HashAlg, Provider } from '@otpnet/crypto';
import { alert } from '../errors.js';

export interface TrafficKeys {
  readonly key: Uint8Array;
  readonly iv: Uint8Array;
}

export class KeySchedule13 {
  readonly hashLength: number;
  private readonly zeros: Uint8Array;
  earlySecret: Uint8Array;
  handshakeSecret: Uint8Array | undefined;
  masterSecret: Uint8Array | undefined;

  constructor(
    private readonly crypto: Provider,
    readonly hash: HashAlg,
    psk?: Uint8Array,
  ) {
    this.hashLength = crypto.hashLength(hash);
    this.zeros = new Uint8Array(this.hashLength);
    this.earlySecret = crypto.hkdfExtract(hash, this.zeros, psk ?? this.zeros);
  }

  private emptyHash(): Uint8Array {
    return this.crypto.hash(this.hash, new Uint8Array(0));
  }

  /** binder_key for a resumption PSK (section 4.2.11.2). */
  binderKey(external: boolean): Uint8Array {
    return this.crypto.deriveSecret(
      this.hash,
      this.earlySecret,
      external ? 'ext binder' : 'res binder',
      this.emptyHash(),
    );
  }

  /** Handshake Secret from the (EC)DHE shared secret. */
  startHandshake(sharedSecret: Uint8Array): void {
    const derived = this.crypto.deriveSecret(this.hash, this.earlySecret, 'derived', this.emptyHash());
    this.handshakeSecret = this.crypto.hkdfExtract(this.hash, derived, sharedSecret);
  }

  /** [sender]_handshake_traffic_secret over Hash(ClientHello..ServerHello). */
  handshakeTraffic(side: 'c' | 's', transcriptHash: Uint8Array): Uint8Array {
    return this.crypto.deriveSecret(
      this.hash,
      this.need(this.handshakeSecret),
      `${side} hs traffic`,
      transcriptHash,
    );
  }

  /** Master Secret, after the handshake secrets are taken. */
  startMaster(): void {
    const derived = this.crypto.deriveSecret(
      this.hash,
      this.need(this.handshakeSecret),
      'derived',
      this.emptyHash(),
    );
    this.masterSecret = this.crypto.hkdfExtract(this.hash, derived, this.zeros);
  }

  /** [sender]_application_traffic_secret_0 over Hash(ClientHello..server Finished). */
  applicationTraffic(side: 'c' | 's', transcriptHash: Uint8Array): Uint8Array {
    return this.crypto.deriveSecret(
      this.hash,
      this.need(this.masterSecret),
      `${side} ap traffic`,
      transcriptHash,
    );
  }

  exporterMaster(transcriptHash: Uint8Array): Uint8Array {
    return this.crypto.deriveSecret(this.hash, this.need(this.masterSecret), 'exp master', transcriptHash);
  }

  /** resumption_master_secret over Hash(ClientHello..client Finished). */
  resumptionMaster(transcriptHash: Uint8Array): Uint8Array {
    return this.crypto.deriveSecret(this.hash, this.need(this.masterSecret), 'res master', transcriptHash);
  }

  /** The PSK of a ticket (section 4.6.1). */
  ticketPsk(resumptionMaster: Uint8Array, nonce: Uint8Array): Uint8Array {
    return this.crypto.hkdfExpandLabel(this.hash, resumptionMaster, 'resumption', nonce, this.hashLength);
  }

  /** Key and IV for a traffic secret (section 7.3). */
  trafficKeys(secret: Uint8Array, keyLength: number, ivLength: number): TrafficKeys {
    return {
      key: this.crypto.hkdfExpandLabel(this.hash, secret, 'key', new Uint8Array(0), keyLength),
      iv: this.crypto.hkdfExpandLabel(this.hash, secret, 'iv', new Uint8Array(0), ivLength),
    };
  }

  /** application_traffic_secret_N+1 (section 7.2). */
  nextTraffic(secret: Uint8Array): Uint8Array {
    return this.crypto.hkdfExpandLabel(this.hash, secret, 'traffic upd', new Uint8Array(0), this.hashLength);
  }

  /** verify_data of a Finished message (section 4.4.4). */
  finished(baseKey: Uint8Array, transcriptHash: Uint8Array): Uint8Array {
    const key = this.crypto.hkdfExpandLabel(
      this.hash,
      baseKey,
      'finished',
      new Uint8Array(0),
      this.hashLength,
    );
    return this.crypto.hmac(this.hash, key, transcriptHash);
  }

  /** TLS-Exporter (section 7.5). */
  exporter(exporterMaster: Uint8Array, label: string, context: Uint8Array, length: number): Uint8Array {
    const secret = this.crypto.deriveSecret(this.hash, exporterMaster, label, this.emptyHash());
    const ctxHash = this.crypto.hash(this.hash, context);
    return this.crypto.hkdfExpandLabel(this.hash, secret, 'exporter', ctxHash, length);
  }

  private need(v: Uint8Array | undefined): Uint8Array {
    if (!v) throw alert('internal_error', 'key schedule used out of order');
    return v;
  }
}
