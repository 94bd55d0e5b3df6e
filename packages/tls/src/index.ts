// @otpnet/tls: TLS 1.3 and 1.2 with the API of Erlang/OTP's ssl. The names follow the ssl
// manual in camelCase; options take the manual's names or camelCase.

import type { IoData } from '@otpnet/inet';
import type { Timeout } from './api/connect.js';
import { connectionInformation } from './api/info.js';
import { handshake, type SslListenSocket, transportAccept } from './api/listen.js';
import { type SslDuplex, streamOf } from './api/stream.js';
import { cipherSuites } from './api/suites.js';
import { TlsError } from './errors.js';
import type { SslData } from './socket/delivery.js';
import { SslSocket } from './socket/ssl-socket.js';

export { connect, type Host, type Options, type Timeout, type Transport } from './api/connect.js';
export {
  type ConnectionInformation,
  connectionInformation,
  negotiatedProtocol,
  peercert,
  peername,
  prf,
  sockname,
} from './api/info.js';
export { handshake, listen, SslListenSocket, transportAccept } from './api/listen.js';
export type { SslDuplex } from './api/stream.js';
export { cipherSuites, type ErlCipherSuite, eccs, groups, suiteToString, versions } from './api/suites.js';
export { AlertError, formatError, TlsError, type TlsReason } from './errors.js';
export type { SslData } from './socket/delivery.js';
export { SslSocket, type SslSocketEvents } from './socket/ssl-socket.js';

declare module './socket/ssl-socket.js' {
  interface SslSocket {
    /** A node Duplex over the connection (see api/stream.ts). */
    stream(): SslDuplex;
  }
}
SslSocket.prototype.stream = function stream(this: SslSocket): SslDuplex {
  return streamOf(this);
};

export function send(s: SslSocket, data: IoData): Promise<void> {
  return s.send(data);
}

export function recv(s: SslSocket, length = 0, timeout: Timeout = 'infinity'): Promise<SslData> {
  return s.recv(length, timeout);
}

export function setopts(s: SslSocket, options: Readonly<Record<string, unknown>>): Promise<void> {
  s.setopts(options);
  return Promise.resolve();
}

export function shutdown(s: SslSocket, how: 'read' | 'write' | 'read_write'): Promise<void> {
  s.shutdown(how);
  return Promise.resolve();
}

export function close(s: SslSocket | SslListenSocket): Promise<void> {
  s.close();
  return Promise.resolve();
}

/** ssl:update_keys/2 (TLS 1.3 KeyUpdate). */
export function updateKeys(s: SslSocket, type: 'write' | 'read_write'): void {
  s.conn.updateKeys(type === 'read_write');
}

// ------------------------------------------------------------------ the classic API

/** ssl:accept/2 (classic): transport accept, then the handshake. */
export async function accept(l: SslListenSocket, timeout: Timeout = 'infinity'): Promise<SslSocket> {
  return handshake(await transportAccept(l, timeout), timeout);
}

/** ssl:ssl_accept/1,2 (classic). */
export function sslAccept(s: SslSocket, timeout: Timeout = 'infinity'): Promise<SslSocket> {
  return handshake(s, timeout);
}

/** ssl:connection_info/1 (classic): {protocol, cipher}. */
export function connectionInfo(s: SslSocket): { protocol: string; cipher: string } {
  const i = connectionInformation(s);
  return { protocol: i.protocol, cipher: i.cipher_suite };
}

/** ssl:ciphers/0 (classic). */
export function ciphers(): ReturnType<typeof cipherSuites> {
  return [...cipherSuites('default', 'tlsv1.3'), ...cipherSuites('default', 'tlsv1.2')];
}

/** ssl:seed/1 (classic): the random source is the system's; seeding is refused by name. */
export function seed(_data: unknown): never {
  throw new TlsError(
    { not_supported: 'seed' },
    'seed: randomness comes from the operating system and cannot be seeded',
  );
}

/** ssl:version/0 (classic). */
export function version(): { ssl_app: string; supported: string[] } {
  return { ssl_app: '0.1.0', supported: ['tlsv1.3', 'tlsv1.2'] };
}
