// What the core runs on: options already validated and loaded (files read, certificates parsed,
// names turned into wire values). config/resolve.ts builds it from the ssl options.
import type { PrivateKey, Provider, x509 } from '@otpnet/crypto';
import type { CipherSuitesRow } from '@otpnet/tls-spec';

export type Role = 'client' | 'server';
export type TlsVersionName = 'tlsv1.3' | 'tlsv1.2';

/** A certificate chain and its private key. */
export interface CertifiedKey {
  /** DER, leaf first. */
  readonly chain: readonly Uint8Array[];
  readonly leaf: x509.Certificate;
  readonly key: PrivateKey;
}

/** A TLS 1.3 ticket (or TLS 1.2 session) a client keeps for resumption. */
export interface StoredSession {
  readonly version: TlsVersionName;
  readonly host: string;
  readonly suite: number;
  readonly ticket: Uint8Array;
  readonly secret: Uint8Array;
  readonly ageAdd: number;
  readonly receivedAt: number;
  readonly lifetime: number;
  readonly alpn?: Uint8Array | undefined;
  readonly peerChain: readonly Uint8Array[];
  /** TLS 1.2: the session ID the server gave, and the master secret. */
  readonly sessionId?: Uint8Array | undefined;
  readonly extendedMasterSecret?: boolean;
  /** TLS 1.2: the session's CBC records were encrypt-then-MAC (RFC 7366), which resumption keeps. */
  readonly encryptThenMac?: boolean;
}

export interface SessionCache {
  get(key: string): StoredSession | undefined;
  put(key: string, s: StoredSession): void;
  delete(key: string): void;
}

export interface TlsConfig {
  readonly role: Role;
  readonly crypto: Provider;
  /** Most preferred first. */
  readonly versions: readonly TlsVersionName[];
  /** Cipher suites by preference (both versions' suites in one list). */
  readonly suites: readonly CipherSuitesRow[];
  /** Named groups by preference (eccs and ffdhe). */
  readonly groups: readonly number[];
  /** How many groups a client sends key shares for (the first ones). */
  readonly keyShares: number;
  /** Signature schemes we accept and use, by preference. */
  readonly signatureSchemes: readonly number[];
  readonly certs: readonly CertifiedKey[];
  readonly verify: boolean;
  readonly cacerts: readonly Uint8Array[];
  readonly depth: number;
  readonly failIfNoPeerCert: boolean;
  /** Client: the SNI to send (undefined: none). Server: unused. */
  readonly serverName: string | undefined;
  /** Client: the name (or IP) the server certificate must match; undefined: no check. */
  readonly verifyHostname: string | undefined;
  /** Client: protocols advertised; server: protocols preferred. */
  readonly alpn: readonly Uint8Array[];
  readonly honorCipherOrder: boolean;
  readonly honorEccOrder: boolean;
  readonly secureRenegotiate: boolean;
  readonly middleboxCompat: boolean;
  readonly maxHandshakeSize: number;
  /** Zero bytes added to each TLS 1.3 record. */
  readonly padding: number;
  /** Client: offer and keep tickets (TLS 1.3, RFC 5077 for TLS 1.2); server: issue them. */
  readonly sessionTickets: boolean;
  /**
   * Client: sessions per server (TLS 1.3 tickets, TLS 1.2 sessions) under sessionKey. Server: the
   * listener's TLS 1.2 session-ID cache (hex ID); undefined issues no session IDs.
   */
  readonly sessionCache: SessionCache | undefined;
  /** Client: where this server's sessions are kept in the cache (host and port). */
  readonly sessionKey: string | undefined;
  /** Server: tickets of TLS 1.3 issued after a handshake. */
  readonly ticketCount: number;
  /** Server: the key that protects our TLS 1.3 and TLS 1.2 tickets. */
  readonly ticketKey: Uint8Array | undefined;
  readonly dhGroup: { p: bigint; g: bigint } | undefined;
  readonly logAlert: boolean;
  readonly keylog: ((line: string) => void) | undefined;
  /** Injected for deterministic tests. */
  readonly random: (n: number) => Uint8Array;
  readonly now: () => number;
  /** AEAD records after which we update our keys (TLS 1.3). */
  readonly keyUpdateAt: number;
  readonly maxFragment: number;
  /**
   * TLS 1.2 CBC suites: ask for (client) or grant (server) RFC 7366 encrypt_then_mac; undefined
   * means yes. No ssl option sets it: it is there for tests and for peers that mishandle it.
   */
  readonly encryptThenMac?: boolean;
}
