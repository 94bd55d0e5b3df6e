// Full handshakes per second: the client (this process) opens connections with a few in flight,
// each closed once its handshake completes; the server (peer.ts) counts completed handshakes and
// reports its CPU, so that CPU per handshake is the server's own.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import * as tls from 'node:tls';
import * as ssl from '../../../packages/tls/src/index.js';
import type { PeerLink } from './peer-link.js';
import { cpuMicros, type Impl, nodeTlsOptions, otpOptions, type Setup } from './protocol.js';

export interface HandshakeResult {
  handshakes: number;
  seconds: number;
  clientCpu: number;
  serverCpu: number;
}

type Connector = () => Promise<void>;

function connector(setup: Setup, client: Impl, port: number, cafile: string): Connector {
  if (client === 'node:tls') {
    // One context for every connection, as an application would keep it.
    const secureContext = tls.createSecureContext({ ...nodeTlsOptions(setup), ca: readFileSync(cafile) });
    let session: Buffer | undefined;
    return async () => {
      const c = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', secureContext, session });
      c.on('error', () => {});
      if (setup.resume) {
        c.on('session', (s: Buffer) => {
          session = s;
        });
        c.resume();
        await once(c, 'close');
        return;
      }
      await once(c, 'secureConnect');
      c.end();
    };
  }
  // Tickets and sessions go to the client session cache, keyed by host and port.
  const options = { ...otpOptions(setup), cacertfile: cafile, server_name_indication: 'localhost' };
  return async () => {
    const c = await ssl.connect('127.0.0.1', port, options, 10_000);
    if (setup.resume) await new Promise((r) => c.once('ssl_closed', r));
    c.close();
  };
}

/** Runs `connect` with `concurrency` in flight for `ms`; returns how many completed. */
async function drive(connect: Connector, concurrency: number, ms: number): Promise<number> {
  const end = performance.now() + ms;
  let done = 0;
  const lane = async () => {
    while (performance.now() < end) {
      await connect();
      done++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return done;
}

/** Handshakes of a `setup.impl` server with a `client` client (the same implementation by default). */
export async function runHandshakes(
  link: PeerLink,
  setup: Setup,
  client: Impl,
  cafile: string,
  ms: number,
  concurrency = 8,
): Promise<HandshakeResult> {
  link.send({ op: 'handshakes', setup });
  const { port } = await link.next('listening');
  const connect = connector(setup, client, port, cafile);
  try {
    await drive(connect, concurrency, Math.min(400, ms / 4)); // warm-up
    link.send({ op: 'mark' });
    const m0 = await link.next('marked');
    const cpu0 = cpuMicros();
    const t0 = performance.now();
    await drive(connect, concurrency, ms);
    const seconds = (performance.now() - t0) / 1000;
    const clientCpu = cpuMicros() - cpu0;
    await new Promise((r) => setTimeout(r, 20)); // the server's last handshakes complete
    link.send({ op: 'mark' });
    const m1 = await link.next('marked');
    return {
      handshakes: m1.handshakes - m0.handshakes,
      seconds,
      clientCpu,
      serverCpu: m1.cpuMicros - m0.cpuMicros,
    };
  } finally {
    await link.stop();
  }
}
