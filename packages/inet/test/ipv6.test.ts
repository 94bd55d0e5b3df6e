import { afterEach, describe, expect, it } from 'vitest';
import { gen_tcp, inet } from '../src/index.js';
import { closeAll, text, track } from './helpers.js';

afterEach(closeAll);

const hasIpv6 = inet.getifaddrs().some((i) => i.addrs.some((a) => a.addr.length === 8 && a.addr[7] === 1));

describe.skipIf(!hasIpv6)('IPv6', () => {
  it('listens and connects over ::1 with inet6', async () => {
    const l = track(await gen_tcp.listen(0, { ip: '::1', ipv6_v6only: true }));
    expect(inet.sockname(l).address).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    const c = track(
      await gen_tcp.connect([0, 0, 0, 0, 0, 0, 0, 1], inet.port(l), { family: 'inet6', active: false }, 5000),
    );
    const a = track(await gen_tcp.accept(l, 5000));
    expect(inet.peername(a).address).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    await gen_tcp.send(a, 'v6');
    expect(text(await gen_tcp.recv(c, 2, 5000))).toBe('v6');
  });

  it('a name resolves with the family asked for', async () => {
    const l = track(await gen_tcp.listen(0, { family: 'inet6', ip: '::1' }));
    await expect(gen_tcp.connect('127.0.0.1', inet.port(l), { family: 'inet6' }, 1000)).rejects.toMatchObject(
      {
        reason: 'nxdomain',
      },
    );
  });
});
