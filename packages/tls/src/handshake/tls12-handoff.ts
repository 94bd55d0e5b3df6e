// Where the version-neutral first steps hand a connection to the TLS 1.2 drivers.
import type { ClientOffer } from './client-hello.js';
import { Client12Driver } from './client12.js';
import type { HandshakeHost } from './driver.js';
import { Server12Driver } from './server12.js';
import type { Transcript } from './transcript.js';

/**
 * The client, once the ServerHello picked TLS 1.2: takes over with the ServerHello. The
 * ClientHello that was sent is in `transcript`, which starts hashing once the suite is known.
 */
export function startTls12Client(
  host: HandshakeHost,
  offer: ClientOffer,
  transcript: Transcript,
  serverHello: Uint8Array,
): void {
  const d = new Client12Driver(host, offer, transcript);
  host.switchDriver(d);
  d.onHandshake(serverHello);
}

/** The server, for a ClientHello that offers no TLS 1.3 (or when TLS 1.3 is disabled). */
export function startTls12Server(host: HandshakeHost, clientHello: Uint8Array): void {
  const d = new Server12Driver(host);
  host.switchDriver(d);
  d.onHandshake(clientHello);
}
