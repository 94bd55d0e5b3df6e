// The sans-IO TLS connection: bytes in (receive), bytes out (events.output), application data
// both ways. It owns the record layer and hands handshake messages to the driver of the
// negotiated version. Nothing here touches a socket or a clock; the socket adapter
// (socket.ts) and the tests drive it.
import { AlertDescription, AlertLevel, ContentType } from '@otpnet/tls-spec';
import { DecodeError, UnexpectedMessageError } from '@otpnet/wire';
import type { TlsConfig } from './config/config.js';
import { AlertError, alert, alertName, TlsError } from './errors.js';
import type { HandshakeDriver, HandshakeHost, Negotiated } from './handshake/driver.js';
import { HandshakeBuffer } from './handshake/handshake-buffer.js';
import { MAX_CIPHERTEXT_12, MAX_CIPHERTEXT_13 } from './record/limits.js';
import { NullProtection, type RecordProtection } from './record/protection.js';
import { appendChunk } from './record/record-buffer.js';
import { RecordReader } from './record/record-reader.js';

const CCS = Uint8Array.of(1);

export interface ConnectionEvents {
  /** Bytes for the transport, in order: one call per flight or per send. */
  output(chunks: Uint8Array[]): void;
  /** Application data received. */
  data(d: Uint8Array): void;
  handshakeDone(): void;
  /** The peer sent close_notify: nothing more will arrive. */
  peerClosed(): void;
  /** A fatal alert was sent or received: the connection is dead. */
  failed(e: AlertError): void;
}

export type ConnectionState = 'handshake' | 'open' | 'closed' | 'failed';

/** Chooses the driver: the client's hello driver, or the server's version dispatch. */
export type DriverFactory = (host: HandshakeHost) => HandshakeDriver;

export class Connection implements HandshakeHost {
  readonly negotiated: Negotiated = {};
  state: ConnectionState = 'handshake';
  /** The failure, once failed. */
  error: AlertError | undefined;
  private readonly reader = new RecordReader(MAX_CIPHERTEXT_12);
  private readProtection: RecordProtection = new NullProtection();
  private writeProtection: RecordProtection;
  private readonly hsBuffer: HandshakeBuffer;
  private driver: HandshakeDriver;
  private out: Uint8Array[] = [];
  private sentClose = false;
  private receivedClose = false;
  private ccsSeen = false;
  private busy = false;
  /** The last chunk queued holds application data (a later data record may join it). */
  private lastQueuedData = false;

  constructor(
    readonly config: TlsConfig,
    readonly events: ConnectionEvents,
    factory: DriverFactory,
  ) {
    // RFC 8446 section 5.1: a first ClientHello may say 0x0301 for old middleboxes.
    this.writeProtection = new NullProtection(config.role === 'client' ? 0x0301 : 0x0303);
    this.hsBuffer = new HandshakeBuffer(config.maxHandshakeSize);
    this.driver = factory(this);
  }

  get handshakeState(): string {
    return this.driver.state;
  }

  get handshakeBuffered(): boolean {
    return !this.hsBuffer.empty;
  }

  get closedForWriting(): boolean {
    return this.sentClose;
  }

  /** Starts the handshake (the client sends its ClientHello). */
  start(): void {
    this.guard(() => {
      this.driver.start();
      // RFC 8446 section 5.1: only the first ClientHello may say 0x0301; what follows says 0x0303.
      if (this.writeProtection.plaintext) this.writeProtection = new NullProtection();
    });
  }

  /** Bytes from the transport; they are the connection's from then on (records open in place). */
  receive(bytes: Uint8Array): void {
    if (this.state === 'failed' || this.receivedClose) return;
    this.reader.push(bytes);
    this.guard(() => {
      for (;;) {
        if (this.state === 'failed' || this.receivedClose) break;
        const record = this.reader.next();
        if (!record) break;
        // A peer that fails our handshake before switching its keys (OpenSSL's client does, on a
        // certificate it rejects) sends its alert in the clear: take it, to report its reason.
        const clearAlert =
          record.type === ContentType.alert && this.state === 'handshake' && record.payload.length === 2;
        const opened = clearAlert
          ? { type: record.type, content: record.payload }
          : this.readProtection.open(record.type, record.header, record.payload);
        this.onRecord(opened.type, opened.content);
      }
    });
  }

  /** Application data to send; fragments, protects and queues it as one write. */
  send(data: Uint8Array): void {
    if (this.state !== 'open') throw new TlsError(this.state === 'handshake' ? 'not_connected' : 'closed');
    if (this.sentClose) throw new TlsError('closed', 'send after close_notify');
    this.guard(() => {
      const max = this.maxFragment();
      for (let at = 0; at < data.length || (at === 0 && data.length === 0); at += max) {
        if (data.length === 0) break;
        this.writeRecord(ContentType.application_data, data.subarray(at, Math.min(data.length, at + max)));
        this.maybeUpdateKeys();
      }
    });
  }

  /** Sends close_notify (half-close: reading goes on until the peer's close_notify). */
  close(): void {
    if (this.sentClose || this.state === 'failed') return;
    this.sentClose = true;
    this.writeAlert(AlertLevel.warning, AlertDescription.close_notify);
    this.flush();
    if (this.receivedClose) this.state = 'closed';
  }

  /** Fails the connection with a fatal alert we send (a local error, a timeout, …). */
  abort(name: AlertError['alert'], detail: string): void {
    this.guard(() => {
      throw alert(name, detail);
    });
  }

  /** Gives back buffer memory held for a partial record (an idle connection, hibernate_after). */
  compact(): void {
    this.reader.compact();
  }

  /** Starts a TLS 1.3 KeyUpdate; `requestPeer` asks the peer to update too. */
  updateKeys(requestPeer: boolean): void {
    if (!this.driver.updateKeys) throw new TlsError({ not_supported: 'key update needs TLS 1.3' });
    this.guard(() => this.driver.updateKeys?.(requestPeer));
  }

  // ---------------------------------------------------------------- HandshakeHost

  sendHandshake(raw: Uint8Array): void {
    const max = this.maxFragment();
    for (let at = 0; at < raw.length; at += max)
      this.writeRecord(ContentType.handshake, raw.subarray(at, Math.min(raw.length, at + max)));
  }

  sendChangeCipherSpec(): void {
    // TLS 1.3's compatibility CCS is never protected (RFC 8446 section 5), whatever keys are set.
    if (this.negotiated.version === 'tlsv1.3' && !this.writeProtection.plaintext)
      this.queue(new NullProtection().seal(ContentType.change_cipher_spec, CCS), false);
    else this.writeRecord(ContentType.change_cipher_spec, CCS);
  }

  /** A warning alert that does not end the connection (TLS 1.2 no_renegotiation). */
  sendAlert(level: number, description: number): void {
    this.writeAlert(level, description);
  }

  setReadProtection(p: RecordProtection): void {
    if (!this.hsBuffer.empty) throw alert('unexpected_message', 'handshake message spans a key change');
    this.readProtection = p;
  }

  setWriteProtection(p: RecordProtection): void {
    this.writeProtection = p;
  }

  handshakeComplete(): void {
    if (this.state !== 'handshake') return;
    this.state = 'open';
    this.reader.maxPayload = this.negotiated.version === 'tlsv1.3' ? MAX_CIPHERTEXT_13 : MAX_CIPHERTEXT_12;
    this.events.handshakeDone();
  }

  switchDriver(d: HandshakeDriver): void {
    this.driver = d;
  }

  keylog(label: string, secret: Uint8Array): void {
    const log = this.config.keylog;
    const random = this.negotiated.clientRandom;
    if (!log || !random) return;
    log(`${label} ${hex(random)} ${hex(secret)}`);
  }

  // ---------------------------------------------------------------- records

  private onRecord(type: number, content: Uint8Array): void {
    switch (type) {
      case ContentType.handshake: {
        this.hsBuffer.push(content);
        for (;;) {
          const msg = this.hsBuffer.next();
          if (!msg) break;
          this.driver.onHandshake(msg);
          if (this.state === 'failed') return;
        }
        this.maybeUpdateKeys();
        return;
      }
      case ContentType.application_data:
        if (this.state !== 'open') throw alert('unexpected_message', 'application data during the handshake');
        if (!this.hsBuffer.empty)
          throw alert('unexpected_message', 'application data inside a handshake message');
        if (content.length > 0) this.events.data(content);
        return;
      case ContentType.alert:
        this.onAlert(content);
        return;
      case ContentType.change_cipher_spec:
        if (content.length !== 1 || content[0] !== 1)
          throw alert('unexpected_message', 'malformed change_cipher_spec');
        // RFC 8446 section 5: a compatibility CCS may arrive during a TLS 1.3 handshake (also
        // right after a HelloRetryRequest, before the version is settled); it is dropped, once.
        if (this.negotiated.version === 'tlsv1.3' || this.driver.state === 'WAIT_SH_AFTER_HRR') {
          if (this.state !== 'handshake' || this.ccsSeen)
            throw alert('unexpected_message', 'change_cipher_spec outside the handshake');
          this.ccsSeen = true;
          return;
        }
        this.driver.onChangeCipherSpec(content);
        return;
      default:
        throw alert('unexpected_message', `record of content type ${type}`);
    }
  }

  private onAlert(content: Uint8Array): void {
    if (content.length !== 2) throw alert('decode_error', 'alert record of wrong length');
    const level = content[0] as number;
    const code = content[1] as number;
    if (code === AlertDescription.close_notify) {
      this.receivedClose = true;
      if (this.sentClose) this.state = 'closed';
      this.events.peerClosed();
      return;
    }
    const tls13 = this.negotiated.version === 'tlsv1.3';
    // TLS 1.2 warnings other than close_notify are informational (user_canceled, no_renegotiation).
    if (!tls13 && level === AlertLevel.warning) return;
    if (tls13 && code === AlertDescription.user_canceled) return;
    const name = alertName(code);
    throw new AlertError(
      name.startsWith('alert_') ? 'illegal_parameter' : (name as AlertError['alert']),
      'alert from the peer',
      'remote',
    );
  }

  private writeRecord(type: number, fragment: Uint8Array): void {
    this.queue(this.writeProtection.seal(type, fragment), type === ContentType.application_data);
  }

  /**
   * Queues a record for the next output. The records of one send lie side by side in memory
   * (record-buffer.ts) and join into one chunk, one write for the transport; every other record
   * stays a chunk of its own.
   */
  private queue(record: Uint8Array, data: boolean): void {
    if (data && this.lastQueuedData) appendChunk(this.out, record);
    else this.out.push(record);
    this.lastQueuedData = data;
  }

  private writeAlert(level: number, code: number): void {
    this.writeRecord(ContentType.alert, new Uint8Array([level, code]));
  }

  private maxFragment(): number {
    const limit = this.negotiated.peerRecordLimit;
    const base = this.config.maxFragment;
    if (limit === undefined) return base;
    // record_size_limit counts the TLS 1.3 content type byte (RFC 8449 section 4).
    return Math.min(base, this.negotiated.version === 'tlsv1.3' ? limit - 1 : limit);
  }

  private maybeUpdateKeys(): void {
    if (
      this.state === 'open' &&
      this.driver.updateKeys &&
      this.writeProtection.sequence >= this.config.keyUpdateAt
    )
      this.driver.updateKeys(false);
  }

  /** Writes what is queued in one output call. */
  private flush(): void {
    if (this.out.length === 0) return;
    const chunks = this.out;
    this.out = [];
    this.lastQueuedData = false;
    this.events.output(chunks);
  }

  /** Runs `f`; an AlertError becomes the fatal alert and the end of the connection. */
  private guard(f: () => void): void {
    if (this.busy) {
      f();
      return;
    }
    this.busy = true;
    try {
      f();
    } catch (e) {
      this.fail(e);
    } finally {
      this.busy = false;
    }
    this.flush();
  }

  private fail(e: unknown): void {
    const err = toAlert(e);
    if (this.state === 'failed') return;
    this.state = 'failed';
    this.error = err;
    if (err.origin === 'local' && !this.sentClose) {
      this.sentClose = true;
      try {
        this.writeAlert(AlertLevel.fatal, err.code);
      } catch {
        // The write protection itself failed: nothing more can be sent.
      }
    }
    this.reader.clear();
    this.flush();
    this.events.failed(err);
  }
}

/** The alert for an error from a decoder, a machine or a bug. */
export function toAlert(e: unknown): AlertError {
  if (e instanceof AlertError) return e;
  if (e instanceof UnexpectedMessageError) return new AlertError('unexpected_message', e.message);
  if (e instanceof DecodeError) return new AlertError('decode_error', e.message);
  return new AlertError('internal_error', e instanceof Error ? e.message : String(e));
}

function hex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString('hex');
}
