// What the record layer and a handshake driver offer each other. A driver runs one generated
// state machine (tls13_client, tls12_server, …): it decodes each handshake message, steps the
// machine, and asks the host to send messages and to change keys.
import type { CertifiedKey, TlsConfig, TlsVersionName } from '../config/config.js';
import type { RecordProtection } from '../record/protection.js';

/** What is known about the connection once (and while) it is negotiated. */
export interface Negotiated {
  version?: TlsVersionName;
  suite?: number;
  group?: number;
  signatureScheme?: number;
  alpn?: Uint8Array;
  /** The SNI the client sent (server side) or asked for (client side). */
  serverName?: string;
  /** The peer's chain, DER, leaf first. */
  peerChain?: readonly Uint8Array[];
  /** Our certificate that was used. */
  ownCert?: CertifiedKey;
  resumed?: boolean;
  clientRandom?: Uint8Array;
  serverRandom?: Uint8Array;
  /** TLS 1.2: the master secret, for prf(). */
  masterSecret?: Uint8Array;
  extendedMasterSecret?: boolean;
  /** TLS 1.2 CBC suites: RFC 7366 encrypt_then_mac is in use. */
  encryptThenMac?: boolean;
  secureRenegotiation?: boolean;
  /** TLS 1.3: exporter master secret. */
  exporterSecret?: Uint8Array;
  /** The largest record payload the peer accepts (record_size_limit). */
  peerRecordLimit?: number;
}

export interface HandshakeHost {
  readonly config: TlsConfig;
  readonly negotiated: Negotiated;
  /** Queues one handshake message (header included) under the current write protection. */
  sendHandshake(raw: Uint8Array): void;
  /** Queues a ChangeCipherSpec record. */
  sendChangeCipherSpec(): void;
  /**
   * Queues an alert record under the current write protection without ending the connection: the
   * TLS 1.2 no_renegotiation warning (RFC 5246 section 7.2.2). A host without it makes the
   * drivers refuse renegotiation with a fatal alert instead.
   */
  sendAlert?(level: number, description: number): void;
  setReadProtection(p: RecordProtection): void;
  setWriteProtection(p: RecordProtection): void;
  /** The handshake is complete: application data may flow. */
  handshakeComplete(): void;
  /** Hands the connection to another driver (the client, once the server picked TLS 1.2). */
  switchDriver(d: HandshakeDriver): void;
  /** Writes one SSLKEYLOGFILE line when a keylog callback is configured. */
  keylog(label: string, secret: Uint8Array): void;
  /** True when the handshake buffer holds part of a message (keys must not change then). */
  readonly handshakeBuffered: boolean;
}

export interface HandshakeDriver {
  /** The client's first flight. */
  start(): void;
  /** One whole handshake message, header included. */
  onHandshake(raw: Uint8Array): void;
  /** A ChangeCipherSpec record (TLS 1.2: switches the read keys; TLS 1.3: ignored once). */
  onChangeCipherSpec(payload: Uint8Array): void;
  /** Before AEAD limits, or on request: TLS 1.3 KeyUpdate. */
  updateKeys?(requestPeer: boolean): void;
  /** The machine state, for errors and tests. */
  readonly state: string;
}
