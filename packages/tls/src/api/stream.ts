// s.stream(): a node Duplex over an ssl socket, for libraries that speak streams (node:http,
// node:http2). Reading is pulled: each read asks for one more delivery ({active, once}), so a
// slow consumer holds the peer back instead of growing buffers.
import { Duplex } from 'node:stream';
import { TlsError } from '../errors.js';
import type { SslData } from '../socket/delivery.js';
import type { SslSocket } from '../socket/ssl-socket.js';

export interface SslDuplex extends Duplex {
  /** The ALPN protocol, as node's TLSSocket names it (node:http2 reads it). */
  readonly alpnProtocol: string | false;
  readonly encrypted: true;
}

export function streamOf(s: SslSocket): SslDuplex {
  s.setopts({ active: false, mode: 'binary' });
  const alpn = s.conn.negotiated.alpn;
  const duplex = new Duplex({
    read() {
      s.setopts({ active: 'once' });
    },
    write(chunk: Buffer, _encoding, done) {
      s.send(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length)).then(
        () => done(),
        (e: unknown) => done(e instanceof Error ? e : new TlsError('closed')),
      );
    },
    writev(chunks, done) {
      const all = Buffer.concat(chunks.map((c) => c.chunk as Buffer));
      s.send(new Uint8Array(all.buffer, all.byteOffset, all.length)).then(
        () => done(),
        (e: unknown) => done(e instanceof Error ? e : new TlsError('closed')),
      );
    },
    final(done) {
      s.shutdown('write');
      done();
    },
    destroy(err, done) {
      s.close();
      done(err);
    },
  });
  s.on('ssl', (data: SslData) => {
    duplex.push(data instanceof Uint8Array ? data : Uint8Array.from(data));
  });
  s.on('ssl_closed', () => duplex.push(null));
  s.on('ssl_error', (reason) => duplex.destroy(new TlsError(reason)));
  // ssl.close(s) under a live consumer (an http2 session still sending its GOAWAY) is a destroy,
  // as for a net.Socket: writes still to come fail quietly, not as an 'error' nobody handles.
  s.on('close', () => {
    if (!duplex.destroyed) duplex.destroy();
  });
  Object.defineProperties(duplex, {
    alpnProtocol: { value: alpn === undefined ? false : new TextDecoder().decode(alpn) },
    encrypted: { value: true },
  });
  return duplex as SslDuplex;
}
