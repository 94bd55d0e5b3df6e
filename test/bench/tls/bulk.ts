// Bulk throughput: the client (this process) writes a fixed number of bytes in large writes, the
// server (peer.ts) counts them. Wall time is from the first write to the server's report that
// everything arrived; CPU is each process's own over the same span.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import * as tls from 'node:tls';
import * as ssl from '../../../packages/tls/src/index.js';
import type { PeerLink } from './peer-link.js';
import { cpuMicros, nodeTlsOptions, otpOptions, type Setup } from './protocol.js';

export interface BulkResult {
  bytes: number;
  seconds: number;
  clientCpu: number;
  serverCpu: number;
}

async function nodeClient(setup: Setup, port: number, cafile: string): Promise<tls.TLSSocket> {
  const c = tls.connect({
    ...nodeTlsOptions(setup),
    host: '127.0.0.1',
    port,
    servername: 'localhost',
    ca: readFileSync(cafile),
  });
  await once(c, 'secureConnect');
  c.setNoDelay(true);
  return c;
}

export async function runBulk(
  link: PeerLink,
  setup: Setup,
  bytes: number,
  chunkSize: number,
  cafile: string,
): Promise<BulkResult> {
  link.send({ op: 'bulk', setup, bytes });
  const { port } = await link.next('listening');
  const chunk = Buffer.alloc(chunkSize, 0x61);
  let seconds: number;
  let clientCpu: number;
  if (setup.impl === 'node:tls') {
    const c = await nodeClient(setup, port, cafile);
    const cpu0 = cpuMicros();
    const t0 = performance.now();
    const arrived = link.next('received');
    for (let sent = 0; sent < bytes; sent += chunkSize) if (!c.write(chunk)) await once(c, 'drain');
    const r = await arrived;
    seconds = (performance.now() - t0) / 1000;
    clientCpu = cpuMicros() - cpu0;
    c.destroy();
    await link.stop();
    return { bytes, seconds, clientCpu, serverCpu: r.cpuMicros };
  }
  const c = await ssl
    .connect(
      '127.0.0.1',
      port,
      {
        ...otpOptions(setup),
        cacertfile: cafile,
        server_name_indication: 'localhost',
        active: false,
      },
      10_000,
    )
    .catch(async (e: unknown) => {
      await link.stop();
      throw e;
    });
  const cpu0 = cpuMicros();
  const t0 = performance.now();
  const arrived = link.next('received');
  for (let sent = 0; sent < bytes; sent += chunkSize) await ssl.send(c, chunk);
  const r = await arrived;
  seconds = (performance.now() - t0) / 1000;
  clientCpu = cpuMicros() - cpu0;
  c.destroy();
  await link.stop();
  return { bytes, seconds, clientCpu, serverCpu: r.cpuMicros };
}
