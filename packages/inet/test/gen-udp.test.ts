import { afterEach, describe, expect, it } from 'vitest';
import { type Datagram, type GenUdpSocket, gen_udp, inet } from '../src/index.js';

const open: GenUdpSocket[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});
async function udp(opts: Parameters<typeof gen_udp.open>[1] = {}): Promise<GenUdpSocket> {
  const s = await gen_udp.open(0, { ip: '127.0.0.1', ...opts });
  open.push(s);
  return s;
}

describe('gen_udp', () => {
  it('passive send and recv with the sender address', async () => {
    const a = await udp({ active: false });
    const b = await udp();
    await gen_udp.send(b, '127.0.0.1', inet.port(a), 'ping');
    const d = await gen_udp.recv(a, 0, 5000);
    expect(d.address).toEqual([127, 0, 0, 1]);
    expect(d.port).toBe(inet.port(b));
    expect(new TextDecoder().decode(d.data as Uint8Array)).toBe('ping');
    await expect(gen_udp.recv(a, 0, 20)).rejects.toMatchObject({ reason: 'timeout' });
  });
  it('active N then udp_passive; list mode', async () => {
    const a = await udp({ active: 2, mode: 'list' });
    const b = await udp();
    const got: Datagram[] = [];
    a.on('udp', (d) => got.push(d));
    const passive = new Promise<void>((r) => a.once('udp_passive', () => r()));
    for (const m of [[1], [2], [3]]) await gen_udp.send(b, [127, 0, 0, 1], inet.port(a), m);
    await passive;
    expect(got.map((d) => d.data)).toEqual([[1], [2]]);
    expect((await gen_udp.recv(a, 0, 5000)).data).toEqual([3]);
  });
  it('options: broadcast, read_packets, buffers; stats', async () => {
    const a = await udp({ broadcast: true, readPackets: 10, recbuf: 65536 });
    expect(await inet.getopts(a, ['broadcast', 'read_packets', 'active'])).toEqual({
      broadcast: true,
      read_packets: 10,
      active: true,
    });
    const { recbuf } = await inet.getopts(a, ['recbuf']);
    expect(recbuf).toBeGreaterThanOrEqual(65536);
    await inet.setopts(a, { broadcast: false, active: false });
    expect(await inet.getopts(a, ['broadcast'])).toEqual({ broadcast: false });
    const b = await udp();
    await gen_udp.send(b, '127.0.0.1', inet.port(a), new Uint8Array(10));
    await gen_udp.recv(a, 0, 5000);
    expect(await inet.getstat(a, ['recv_cnt', 'recv_oct'])).toEqual({ recv_cnt: 1, recv_oct: 10 });
    expect(await inet.getstat(b, ['send_cnt', 'send_oct'])).toEqual({ send_cnt: 1, send_oct: 10 });
  });
  it('recv after close is closed', async () => {
    const a = await udp({ active: false });
    a.close();
    await expect(gen_udp.recv(a, 0, 100)).rejects.toMatchObject({ reason: 'closed' });
  });
});

describe('gen_udp owner', () => {
  it('controllingProcess moves datagrams, including held ones, to the new owner', async () => {
    const { EventEmitter } = await import('node:events');
    const a = await udp();
    const b = await udp();
    await gen_udp.send(b, '127.0.0.1', inet.port(a), 'held');
    const owner = new EventEmitter();
    gen_udp.controllingProcess(a, owner);
    const d = await new Promise<Datagram>((r) => owner.once('udp', (x: Datagram) => r(x)));
    expect(new TextDecoder().decode(d.data as Uint8Array)).toBe('held');
  });
});
