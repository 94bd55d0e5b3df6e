// Where the version-neutral first steps hand a connection to the TLS 1.2 drivers.
import { alert } from '../errors.js';
import type { ClientOffer } from './client-hello.js';
import type { HandshakeHost } from './driver.js';
import type { Transcript } from './transcript.js';

/** The client, once the ServerHello picked TLS 1.2: takes over with the ServerHello. */
export function startTls12Client(
  _host: HandshakeHost,
  _offer: ClientOffer,
  _transcript: Transcript,
  _serverHello: Uint8Array,
): void {
  throw alert('protocol_version', 'TLS 1.2 is not supported yet');
}

/** The server, for a ClientHello that offers no TLS 1.3 (or when TLS 1.3 is disabled). */
export function startTls12Server(_host: HandshakeHost, _clientHello: Uint8Array): void {
  throw alert('protocol_version', 'TLS 1.2 is not supported yet');
}
