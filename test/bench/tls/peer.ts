// The server side of the TLS benchmark, in its own process (forked by index.ts) so that its
// process.cpuUsage() is the server's alone. It serves one benchmark at a time, as told over IPC:
// `bulk` receives a fixed number of bytes on one connection, `handshakes` accepts connections
// until stopped and answers `mark` with its count and CPU so far.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as tls from 'node:tls';
import * as ssl from '../../../packages/tls/src/index.js';
import { cpuMicros, type FromPeer, nodeTlsOptions, otpOptions, type Setup, type ToPeer } from './protocol.js';

const say = (m: FromPeer) => process.send?.(m);
let stop: (() => void) | undefined;
let handshakes = 0;

function nodeServer(setup: Setup, onSecure: (s: tls.TLSSocket) => void): tls.Server {
  const server = tls.createServer(
    {
      ...nodeTlsOptions(setup),
      cert: readFileSync(setup.certfile),
      key: readFileSync(setup.keyfile),
    },
    onSecure,
  );
  server.on('tlsClientError', () => {});
  server.listen(0, '127.0.0.1', () => say({ op: 'listening', port: (server.address() as AddressInfo).port }));
  return server;
}

async function otpListen(setup: Setup): Promise<ssl.SslListenSocket> {
  const l = await ssl.listen(0, {
    ...otpOptions(setup),
    certfile: setup.certfile,
    keyfile: setup.keyfile,
    ip: [127, 0, 0, 1],
  });
  say({ op: 'listening', port: l.port });
  return l;
}

async function bulk(setup: Setup, bytes: number): Promise<void> {
  let got = 0;
  let cpu0 = 0;
  const arrived = (n: number, done: () => void) => {
    got += n;
    if (got >= bytes) {
      say({ op: 'received', bytes: got, cpuMicros: cpuMicros() - cpu0 });
      done();
    }
  };
  if (setup.impl === 'node:tls') {
    const server = nodeServer(setup, (s) => {
      cpu0 = cpuMicros();
      s.on('data', (d: Buffer) => arrived(d.length, () => s.end()));
      s.on('error', () => {});
    });
    stop = () => server.close();
    return;
  }
  const l = await otpListen(setup);
  stop = () => l.close();
  const s = await ssl.accept(l, 10_000);
  cpu0 = cpuMicros();
  s.on('ssl', (d) => arrived((d as Uint8Array).length, () => s.close()));
}

async function serveHandshakes(setup: Setup): Promise<void> {
  handshakes = 0;
  if (setup.impl === 'node:tls') {
    const server = nodeServer(setup, (s) => {
      handshakes++;
      s.on('error', () => {});
      if (setup.resume) s.end();
      else s.on('end', () => s.end());
    });
    stop = () => server.close();
    return;
  }
  const l = await otpListen(setup);
  let open = true;
  stop = () => {
    open = false;
    l.close();
  };
  while (open) {
    const t = await ssl.transportAccept(l, 'infinity').catch(() => undefined);
    if (!t) break;
    ssl.handshake(t, 10_000).then(
      (c) => {
        handshakes++;
        if (setup.resume) void c.close();
      },
      () => {},
    );
  }
}

process.on('message', (m: ToPeer) => {
  const run = async () => {
    switch (m.op) {
      case 'bulk':
        return bulk(m.setup, m.bytes);
      case 'handshakes':
        return serveHandshakes(m.setup);
      case 'mark':
        return say({ op: 'marked', handshakes, cpuMicros: cpuMicros() });
      case 'stop':
        stop?.();
        stop = undefined;
        return say({ op: 'stopped' });
    }
  };
  run().catch((e: unknown) => say({ op: 'error', message: e instanceof Error ? e.message : String(e) }));
});
process.on('disconnect', () => process.exit(0));
