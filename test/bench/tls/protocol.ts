// What the benchmark's two processes say to each other over the fork IPC channel, and the TLS
// settings both implementations are given. The server runs in a child process (peer.ts) so that
// each side's process.cpuUsage() is its own.

export type Impl = 'otpnet' | 'node:tls';
export type ProviderName = 'node' | 'noble';

/** One configuration, as both implementations name it. */
export interface Setup {
  impl: Impl;
  provider: ProviderName;
  version: 'tlsv1.3' | 'tlsv1.2';
  /** The OpenSSL / IANA suite name; both implementations accept it. */
  suite: string;
  certfile: string;
  keyfile: string;
  /**
   * Handshakes only: resumed ones. The server closes each connection once its handshake is done,
   * after its tickets, and the client waits for that close, so every connection leaves a ticket
   * (or session) for the next.
   */
  resume?: boolean;
}

export type ToPeer =
  | { op: 'bulk'; setup: Setup; bytes: number }
  | { op: 'handshakes'; setup: Setup }
  | { op: 'mark' }
  | { op: 'stop' };

export type FromPeer =
  | { op: 'listening'; port: number }
  | { op: 'error'; message: string }
  /** Bulk: every byte arrived; `cpuMicros` since the handshake completed. */
  | { op: 'received'; bytes: number; cpuMicros: number }
  /** Handshakes: the count and CPU so far (the caller takes differences). */
  | { op: 'marked'; handshakes: number; cpuMicros: number }
  | { op: 'stopped' };

export function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** node:tls options for a setup (either role). */
export function nodeTlsOptions(setup: Setup): {
  minVersion: 'TLSv1.2' | 'TLSv1.3';
  maxVersion: 'TLSv1.2' | 'TLSv1.3';
  ciphers: string;
  ecdhCurve: string;
  sigalgs: string;
} {
  const v = setup.version === 'tlsv1.3' ? 'TLSv1.3' : 'TLSv1.2';
  return {
    minVersion: v,
    maxVersion: v,
    // node takes TLS 1.3 suite names in `ciphers` too; a 1.2 list with no 1.3 suite names leaves
    // the 1.3 defaults in place, which maxVersion then excludes.
    ciphers: setup.suite,
    // TLS 1.2 ECDSA needs the certificate's curve among the client's groups (RFC 8422 section 5.1).
    ecdhCurve: setup.version === 'tlsv1.3' ? 'X25519' : 'X25519:P-256',
    sigalgs: 'ecdsa_secp256r1_sha256',
  };
}

/** otpnet ssl options for a setup (either role). */
export function otpOptions(setup: Setup): Record<string, unknown> {
  return {
    versions: [setup.version],
    ciphers: setup.suite,
    supported_groups: setup.version === 'tlsv1.3' ? ['x25519'] : ['x25519', 'secp256r1'],
    signature_algs: ['ecdsa_secp256r1_sha256'],
    crypto: setup.provider,
  };
}
