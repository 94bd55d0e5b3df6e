// inet benchmark: {packet, 4} message rate and raw throughput over loopback, @otpnet/inet
// gen_tcp against plain node:net in the same run, reported as ratios.
// Run: npx tsx test/bench/inet/index.ts   (bounded to well under a minute)
import { once } from 'node:events';
import { createServer, connect as netConnect, type Socket } from 'node:net';
// The sources, so that the benchmark runs without a build.
import { gen_tcp, inet } from '../../../packages/inet/src/index.js';

const MESSAGES = 300_000;
const MESSAGE_SIZE = 64;
const RAW_BYTES = 512 * 1024 * 1024;
const RAW_CHUNK = 64 * 1024;

interface Result {
  seconds: number;
  units: number;
}

/**
 * node:net: the sender writes length-prefixed frames; the receiver splits them with a minimal
 * parser. `batched`: writes made in one turn go out together (cork until the turn ends), which is
 * what gen_tcp does, so that the difference is the cost of the framing layer alone.
 */
async function netPacket4(batched: boolean): Promise<Result> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  const done = new Promise<number>((resolve) => {
    server.on('connection', (s: Socket) => {
      let count = 0;
      let pending: Buffer = Buffer.alloc(0);
      s.on('data', (chunk: Buffer) => {
        let buf = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        let off = 0;
        while (buf.length - off >= 4) {
          const len = buf.readUInt32BE(off);
          if (buf.length - off < 4 + len) break;
          buf.subarray(off + 4, off + 4 + len);
          off += 4 + len;
          count++;
        }
        pending = buf.subarray(off);
        buf = pending;
        if (count === MESSAGES) resolve(performance.now());
      });
    });
  });
  const c = netConnect(port, '127.0.0.1');
  await once(c, 'connect');
  const body = Buffer.alloc(MESSAGE_SIZE, 1);
  let corked = false;
  const t0 = performance.now();
  for (let i = 0; i < MESSAGES; i++) {
    if (batched && !corked) {
      corked = true;
      c.cork();
      process.nextTick(() => {
        corked = false;
        c.uncork();
      });
    }
    const frame = Buffer.allocUnsafe(4 + MESSAGE_SIZE);
    frame.writeUInt32BE(MESSAGE_SIZE, 0);
    body.copy(frame, 4);
    if (!c.write(frame)) await once(c, 'drain');
  }
  const t1 = await done;
  c.destroy();
  server.close();
  return { seconds: (t1 - t0) / 1000, units: MESSAGES };
}

async function otpPacket4(): Promise<Result> {
  const l = await gen_tcp.listen(0, { ip: '127.0.0.1', packet: 4 });
  const c = await gen_tcp.connect('127.0.0.1', inet.port(l), {
    packet: 4,
    highWatermark: 64 * 1024,
    lowWatermark: 32 * 1024,
  });
  const s = await gen_tcp.accept(l);
  let count = 0;
  const done = new Promise<number>((resolve) => {
    s.on('tcp', () => {
      if (++count === MESSAGES) resolve(performance.now());
    });
  });
  const body = new Uint8Array(MESSAGE_SIZE).fill(1);
  const t0 = performance.now();
  for (let i = 0; i < MESSAGES; i++) await gen_tcp.send(c, body);
  const t1 = await done;
  c.close();
  s.close();
  l.close();
  return { seconds: (t1 - t0) / 1000, units: MESSAGES };
}

async function netRaw(): Promise<Result> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  const done = new Promise<number>((resolve) => {
    server.on('connection', (s: Socket) => {
      let got = 0;
      s.on('data', (chunk: Buffer) => {
        got += chunk.length;
        if (got === RAW_BYTES) resolve(performance.now());
      });
    });
  });
  const c = netConnect(port, '127.0.0.1');
  await once(c, 'connect');
  const chunk = Buffer.alloc(RAW_CHUNK, 2);
  const t0 = performance.now();
  for (let sent = 0; sent < RAW_BYTES; sent += RAW_CHUNK) {
    if (!c.write(chunk)) await once(c, 'drain');
  }
  const t1 = await done;
  c.destroy();
  server.close();
  return { seconds: (t1 - t0) / 1000, units: RAW_BYTES };
}

async function otpRaw(): Promise<Result> {
  const l = await gen_tcp.listen(0, { ip: '127.0.0.1' });
  const c = await gen_tcp.connect('127.0.0.1', inet.port(l), {
    highWatermark: 1024 * 1024,
    lowWatermark: 512 * 1024,
  });
  const s = await gen_tcp.accept(l);
  let got = 0;
  const done = new Promise<number>((resolve) => {
    s.on('tcp', (d) => {
      got += (d as Uint8Array).length;
      if (got === RAW_BYTES) resolve(performance.now());
    });
  });
  const chunk = new Uint8Array(RAW_CHUNK).fill(2);
  const t0 = performance.now();
  for (let sent = 0; sent < RAW_BYTES; sent += RAW_CHUNK) await gen_tcp.send(c, chunk);
  const t1 = await done;
  c.close();
  s.close();
  l.close();
  return { seconds: (t1 - t0) / 1000, units: RAW_BYTES };
}

/** Best of `runs`: the least disturbed by the other work on a shared machine. */
async function best(f: () => Promise<Result>, runs: number): Promise<Result> {
  let top: Result | undefined;
  for (let i = 0; i < runs; i++) {
    const r = await f();
    if (top === undefined || r.seconds < top.seconds) top = r;
  }
  return top!;
}

const started = performance.now();
const netMsgs = await best(() => netPacket4(false), 3);
const netBatched = await best(() => netPacket4(true), 3);
const otpMsgs = await best(otpPacket4, 3);
const netBytes = await best(netRaw, 2);
const otpBytes = await best(otpRaw, 2);

const rate = (r: Result) => r.units / r.seconds;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
console.log(`{packet,4} ${MESSAGE_SIZE}-byte messages, ${fmt(MESSAGES)} per run`);
console.log(`  node:net, a write per message    ${fmt(rate(netMsgs))} msg/s`);
console.log(`  node:net, writes of a turn corked ${fmt(rate(netBatched))} msg/s`);
console.log(`  @otpnet/inet gen_tcp             ${fmt(rate(otpMsgs))} msg/s`);
console.log(`  ratio otpnet/net (per message)   ${(rate(otpMsgs) / rate(netMsgs)).toFixed(2)}`);
console.log(`  ratio otpnet/net (corked)        ${(rate(otpMsgs) / rate(netBatched)).toFixed(2)}`);
console.log(`raw throughput, ${RAW_BYTES / 1024 / 1024} MiB in ${RAW_CHUNK / 1024} KiB sends`);
console.log(`  node:net                         ${fmt(rate(netBytes) / 1024 / 1024)} MiB/s`);
console.log(`  @otpnet/inet gen_tcp             ${fmt(rate(otpBytes) / 1024 / 1024)} MiB/s`);
console.log(`  ratio otpnet/net                 ${(rate(otpBytes) / rate(netBytes)).toFixed(2)}`);
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
