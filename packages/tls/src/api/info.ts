// What an ssl socket can tell about itself: connection_information/1,2, negotiated_protocol/1,
// peercert/1, peername/1, sockname/1 and prf/5.
import type { Socket } from 'node:net';
import { x509 } from '@otpnet/crypto';
import { inet, type SockAddr } from '@otpnet/inet';
import { CipherSuiteName, CipherSuitesBySuite, NamedGroupName, SignatureSchemeName } from '@otpnet/tls-spec';
import { TlsError } from '../errors.js';
import { KeySchedule13 } from '../handshake/key-schedule13.js';
import type { SslSocket } from '../socket/ssl-socket.js';
import { type ErlCipherSuite, erlSuite } from './suites.js';

export interface ConnectionInformation {
  readonly protocol: string;
  readonly selected_cipher_suite: ErlCipherSuite;
  /** The IANA name of the suite. */
  readonly cipher_suite: string;
  readonly session_resumption: boolean;
  readonly sni_hostname?: string;
  readonly negotiated_protocol?: string;
  readonly ecc?: string;
  readonly signature_algorithm?: string;
  readonly client_random?: Uint8Array;
  readonly server_random?: Uint8Array;
}

function established(s: SslSocket) {
  const n = s.conn.negotiated;
  if (s.conn.state === 'handshake' || n.version === undefined || n.suite === undefined)
    throw new TlsError('not_connected', 'the handshake has not completed');
  return n;
}

export function connectionInformation(s: SslSocket): ConnectionInformation {
  const n = established(s);
  const row = CipherSuitesBySuite.get(n.suite as number);
  if (!row) throw new TlsError('not_connected');
  return {
    protocol: n.version as string,
    selected_cipher_suite: erlSuite(row),
    cipher_suite: CipherSuiteName(row.suite),
    session_resumption: n.resumed ?? false,
    ...(n.serverName === undefined ? {} : { sni_hostname: n.serverName }),
    ...(n.alpn === undefined ? {} : { negotiated_protocol: new TextDecoder().decode(n.alpn) }),
    ...(n.group === undefined ? {} : { ecc: NamedGroupName(n.group) }),
    ...(n.signatureScheme === undefined
      ? {}
      : { signature_algorithm: SignatureSchemeName(n.signatureScheme) }),
    ...(n.clientRandom === undefined ? {} : { client_random: n.clientRandom }),
    ...(n.serverRandom === undefined ? {} : { server_random: n.serverRandom }),
  };
}

/** ssl:negotiated_protocol/1: the ALPN protocol, or protocol_not_negotiated. */
export function negotiatedProtocol(s: SslSocket): Uint8Array {
  const alpn = established(s).alpn;
  if (alpn === undefined) throw new TlsError('protocol_not_negotiated');
  return alpn;
}

/** ssl:peercert/1: the peer's certificate, DER; the classic peercert/2 also gives its subject. */
export function peercert(s: SslSocket): Uint8Array;
export function peercert(s: SslSocket, as: 'pkix' | 'ssl'): Uint8Array;
export function peercert(s: SslSocket, as: 'subject'): string;
export function peercert(s: SslSocket, as: 'pkix' | 'ssl' | 'subject' = 'pkix'): Uint8Array | string {
  const leaf = established(s).peerChain?.[0];
  if (leaf === undefined) throw new TlsError('no_peercert', 'the peer sent no certificate');
  return as === 'subject' ? x509.nameToString(x509.parseCertificate(leaf).subject) : leaf;
}

function netSocket(s: SslSocket): Socket {
  const t = s.transport as Partial<Socket>;
  if (typeof t.address !== 'function') throw new TlsError('enotconn', 'the transport is not a TCP socket');
  return t as Socket;
}

export function peername(s: SslSocket): SockAddr {
  const t = netSocket(s);
  if (t.remoteAddress === undefined || t.remotePort === undefined) throw new TlsError('enotconn');
  return { address: inet.parseAddress(t.remoteAddress.split('%')[0] as string), port: t.remotePort };
}

export function sockname(s: SslSocket): SockAddr {
  const a = netSocket(s).address();
  if (!('port' in a)) throw new TlsError('enotconn');
  return { address: inet.parseAddress(a.address.split('%')[0] as string), port: a.port };
}

/**
 * ssl:prf/5 with the master secret: TLS 1.2's PRF (RFC 5246 section 5); on TLS 1.3 the exporter
 * (RFC 8446 section 7.5), with the seed as the context.
 */
export function prf(
  s: SslSocket,
  secret: 'master_secret',
  label: string | Uint8Array,
  seed: Uint8Array | readonly Uint8Array[],
  length: number,
): Uint8Array {
  if (secret !== 'master_secret')
    throw new TlsError({ options: ['secret'] }, "prf: only 'master_secret' is supported");
  const n = established(s);
  const row = CipherSuitesBySuite.get(n.suite as number);
  const labelText = typeof label === 'string' ? label : new TextDecoder().decode(label);
  const context = seed instanceof Uint8Array ? seed : Uint8Array.from(Buffer.concat(seed as Uint8Array[]));
  const { crypto } = s.options.config;
  if (n.version === 'tlsv1.3') {
    if (!row || n.exporterSecret === undefined) throw new TlsError('not_connected');
    return new KeySchedule13(crypto, row.prf).exporter(n.exporterSecret, labelText, context, length);
  }
  if (!row || n.masterSecret === undefined) throw new TlsError('not_connected');
  return crypto.tls12Prf(row.prf, n.masterSecret, labelText, context, length);
}
