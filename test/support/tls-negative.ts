// Handshakes and connections that must fail, for the negative interop tests of either version:
// our client against one s_server connection, s_client against our listener, raw bytes to our
// server, and a loopback proxy between a peer and us that spoils one record once told to.
import net from 'node:net';
import * as ssl from '../../packages/tls/src/index.js';
import { runOpensslClient, startOpensslServer } from './tls-peers.js';
import type { Pki, PkiLeaf } from './tls-pki.js';
import { acceptOne, failure, ours, within } from './tls13-interop.js';

export type Version = 'tlsv1.2' | 'tlsv1.3';
const opensslFlag = (v: Version) => (v === 'tlsv1.2' ? '-tls1_2' : '-tls1_3');

/** Our listener for `leaf`, speaking `version` only. */
export const listenAs = async (version: Version, leaf: PkiLeaf, opts: Record<string, unknown> = {}) =>
  ours(await ssl.listen(0, { certfile: leaf.chain, keyfile: leaf.key, versions: [version], ...opts }));

/** Our client against s_server (`version`) with `leaf`: the TlsError it fails with, and what s_server said. */
export async function ourClientFails(
  pki: Pki,
  version: Version,
  leaf: PkiLeaf,
  serverArgs: string[],
  clientOpts: Record<string, unknown> = {},
) {
  const srv = await startOpensslServer(
    [opensslFlag(version), '-naccept', '1', '-cert', leaf.cert, '-key', leaf.key, ...serverArgs],
    { lifetimeMs: 15_000 },
  );
  const err = await failure(
    ssl.connect('localhost', srv.port, { cacertfile: pki.ca.cert, ...clientOpts }, 5000),
  );
  // -naccept 1: s_server exits once the connection is over, its output complete.
  await srv.waitFor(/CONNECTION (CLOSED|FAILURE)|ERROR/, 5000);
  await srv.stop();
  return { err, peer: srv.output() };
}

/**
 * s_client against our server (`version`) with `leaf`: what s_client said, and our side's
 * result; `ok` is false unless s_client exited in time and with a failure.
 */
export async function ourServerFails(
  version: Version,
  leaf: PkiLeaf,
  clientArgs: string[],
  serverOpts: Record<string, unknown> = {},
) {
  const l = await listenAs(version, leaf, serverOpts);
  const served = acceptOne(l);
  const r = await runOpensslClient(['-brief', ...clientArgs], '', { port: l.port, timeoutMs: 10_000 });
  const server = await within(served, 10_000, 'our server');
  return { peer: r.output, server: server as ssl.TlsError, ok: !r.timedOut && r.code !== 0 };
}

/** s_client's arguments to verify a server certificate for localhost against `ca`. */
export const verifyLocalhost = (ca: string): string[] => [
  '-verify_return_error',
  '-CAfile',
  ca,
  '-verify_hostname',
  'localhost',
];

/** Sends `bytes` (then ends, when `end`) to port; everything sent back before the close. */
export function rawExchange(
  port: number,
  bytes: Buffer,
  end = false,
): Promise<{ back: Buffer; closedMs: number }> {
  const started = Date.now();
  return within(
    new Promise((resolve, reject) => {
      const parts: Buffer[] = [];
      const sock = net.connect({ host: '127.0.0.1', port }, () => {
        sock.write(bytes);
        if (end) sock.end();
      });
      sock.on('data', (d: Buffer) => parts.push(d));
      sock.on('error', reject);
      sock.on('close', () => resolve({ back: Buffer.concat(parts), closedMs: Date.now() - started }));
    }),
    5000,
    'our server closing the connection',
  );
}

/** A TLS record of `type` around `body`. */
export const record = (type: number, body: Buffer | number[], version = 0x0301): Buffer => {
  const b = Buffer.from(body);
  return Buffer.concat([Buffer.from([type, version >> 8, version & 255, b.length >> 8, b.length & 255]), b]);
};

/** A fatal alert record as our side sends it before any keys. */
export const fatal = (code: number): Buffer => Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, code]);

export type Direction = 'toServer' | 'toClient';

export interface SpoilingProxy {
  port: number;
  /**
   * The next application_data record (type 23) going `direction` is spoiled: one bit of it
   * flipped ('flip'), or cut after its header and a few bytes, the connection then closed both
   * ways ('truncate').
   */
  arm(direction: Direction, how: 'flip' | 'truncate'): void;
  /** The record types that went each way after the spoiled record. */
  after: Record<Direction, number[]>;
  close(): void;
}

/** A proxy on a loopback port to 127.0.0.1:target, record by record, for one connection. */
export async function spoilingProxy(target: number): Promise<SpoilingProxy> {
  let armed: { direction: Direction; how: 'flip' | 'truncate' } | undefined;
  let spoiled: Direction | undefined;
  const after: Record<Direction, number[]> = { toServer: [], toClient: [] };
  const sockets: net.Socket[] = [];
  const server = net.createServer((client) => {
    const upstream = net.connect({ host: '127.0.0.1', port: target });
    sockets.push(client, upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    const pipe = (from: net.Socket, to: net.Socket, direction: Direction) => {
      let pending = Buffer.alloc(0);
      from.on('data', (d: Buffer) => {
        pending = Buffer.concat([pending, d]);
        while (pending.length >= 5) {
          const size = 5 + pending.readUInt16BE(3);
          if (pending.length < size) break;
          const rec = Buffer.from(pending.subarray(0, size));
          pending = pending.subarray(size);
          if (spoiled !== undefined) after[direction].push(rec[0]!);
          if (armed?.direction === direction && rec[0] === 23) {
            const { how } = armed;
            armed = undefined;
            spoiled = direction;
            if (how === 'truncate') {
              to.write(rec.subarray(0, 10), end);
              return;
            }
            rec[rec.length - 1]! ^= 1;
          }
          to.write(rec);
        }
      });
      from.on('end', () => to.end());
      from.on('error', end);
    };
    pipe(client, upstream, 'toServer');
    pipe(upstream, client, 'toClient');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    arm: (direction, how) => {
      armed = { direction, how };
    },
    after,
    close: () => {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}
