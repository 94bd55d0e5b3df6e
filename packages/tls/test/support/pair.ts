// Two sans-IO connections joined back to back in memory: what one outputs the other receives, in
// order, until both are quiet. Configurations come from the throwaway test PKI.
import { readFileSync } from 'node:fs';
import { getProvider, type ProviderName } from '@otpnet/crypto';
import type { PkiLeaf } from '../../../../test/support/tls-pki.js';
import type { Role, TlsConfig } from '../../src/config/config.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { certifiedKey, loadCertificates, loadPrivateKey } from '../../src/config/load.js';
import { Connection, type DriverFactory } from '../../src/connection.js';
import type { AlertError } from '../../src/errors.js';
import { Client13Driver } from '../../src/handshake/client13.js';
import { ServerEntryDriver } from '../../src/handshake/server-entry.js';

export interface End {
  readonly conn: Connection;
  readonly received: Uint8Array[];
  handshakeDone: boolean;
  peerClosed: boolean;
  error: AlertError | undefined;
  /** Every record flight written, for tests that tamper with the wire. */
  readonly flights: Uint8Array[][];
}

export interface Pair {
  readonly client: End;
  readonly server: End;
  /** Delivers queued bytes both ways until neither side has anything to say. */
  run(): void;
  /** Bytes to deliver to the server (as if from the client), then run. */
  toServer(bytes: Uint8Array): void;
  /** Rewrites each chunk the client sends before the server gets it. */
  tamper?: (chunk: Uint8Array, from: Role) => Uint8Array;
}

export function certOf(leaf: Pick<PkiLeaf, 'chain' | 'key'>) {
  const chain = loadCertificates('certfile', readFileSync(leaf.chain, 'utf8'));
  return certifiedKey(chain, loadPrivateKey('keyfile', readFileSync(leaf.key, 'utf8')));
}

export function caOf(file: string): Uint8Array[] {
  return loadCertificates('cacertfile', readFileSync(file, 'utf8')).map((c) => c.der);
}

export function config(role: Role, over: Partial<TlsConfig> = {}, provider?: ProviderName): TlsConfig {
  return { ...defaultConfig(role, getProvider(provider)), ...over };
}

export function pair(clientConfig: TlsConfig, serverConfig: TlsConfig): Pair {
  const queues: Record<Role, Uint8Array[]> = { client: [], server: [] };
  const end = (role: Role, factory: DriverFactory, cfg: TlsConfig): End => {
    const e: End = {
      conn: undefined as unknown as Connection,
      received: [],
      handshakeDone: false,
      peerClosed: false,
      error: undefined,
      flights: [],
    };
    const peer: Role = role === 'client' ? 'server' : 'client';
    (e as { conn: Connection }).conn = new Connection(
      cfg,
      {
        output: (chunks) => {
          e.flights.push(chunks);
          for (const c of chunks) queues[peer].push(p.tamper ? p.tamper(c, role) : c);
        },
        data: (d) => e.received.push(d.slice()),
        handshakeDone: () => {
          e.handshakeDone = true;
        },
        peerClosed: () => {
          e.peerClosed = true;
        },
        failed: (err) => {
          e.error = err;
        },
      },
      factory,
    );
    return e;
  };
  const run = (): void => {
    for (let guard = 0; guard < 10_000; guard++) {
      const toServer = queues.server.shift();
      if (toServer) p.server.conn.receive(toServer);
      const toClient = queues.client.shift();
      if (toClient) p.client.conn.receive(toClient);
      if (!toServer && !toClient) return;
    }
    throw new RangeError('the connections never went quiet');
  };
  const p: Pair = {
    client: undefined as unknown as End,
    server: undefined as unknown as End,
    run,
    toServer: (bytes) => {
      queues.server.push(bytes);
      run();
    },
  };
  (p as { server: End }).server = end('server', (h) => new ServerEntryDriver(h), serverConfig);
  (p as { client: End }).client = end('client', (h) => new Client13Driver(h), clientConfig);
  return p;
}

/** Starts the handshake and runs it to the end. */
export function handshake(clientConfig: TlsConfig, serverConfig: TlsConfig): Pair {
  const p = pair(clientConfig, serverConfig);
  p.client.conn.start();
  p.run();
  return p;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts));
}
