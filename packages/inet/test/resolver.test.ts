import { describe, expect, it } from 'vitest';
import { InetError, inet } from '../src/index.js';

describe('name resolution', () => {
  it('getaddr / getaddrs / gethostbyname for localhost and literals', async () => {
    expect(await inet.getaddr('localhost', 'inet')).toEqual([127, 0, 0, 1]);
    expect(await inet.getaddrs('127.0.0.1', 'inet')).toEqual([[127, 0, 0, 1]]);
    expect(await inet.getaddr([10, 1, 2, 3], 'inet')).toEqual([10, 1, 2, 3]);
    expect(await inet.getaddrs('::1', 'inet6')).toEqual([[0, 0, 0, 0, 0, 0, 0, 1]]);
    const h = await inet.gethostbyname('localhost');
    expect(h).toMatchObject({ h_name: 'localhost', h_addrtype: 'inet', h_length: 4 });
    expect(h.h_addr_list).toContainEqual([127, 0, 0, 1]);
  });
  it('an address of the other family, or an unknown name, is nxdomain', async () => {
    await expect(inet.getaddr('127.0.0.1', 'inet6')).rejects.toMatchObject({ reason: 'nxdomain' });
    await expect(inet.getaddr([127, 0, 0, 1], 'inet6')).rejects.toMatchObject({ reason: 'eafnosupport' });
    await expect(inet.getaddr('no-such-host.invalid', 'inet')).rejects.toBeInstanceOf(InetError);
    await expect(inet.getaddr('localhost', 'ipx' as never)).rejects.toMatchObject({ reason: 'einval' });
  });
  it('gethostbyaddr and gethostname', async () => {
    const h = await inet.gethostbyaddr('127.0.0.1');
    expect(h.h_addr_list).toEqual([[127, 0, 0, 1]]);
    expect(h.h_name.length).toBeGreaterThan(0);
    expect(inet.gethostname().length).toBeGreaterThan(0);
    await expect(inet.gethostbyaddr('not an address')).rejects.toMatchObject({ reason: 'einval' });
  });
  it('getifaddrs lists the loopback with its flags, addresses and netmask', () => {
    const ifs = inet.getifaddrs();
    const lo = ifs.find((i) => i.flags.includes('loopback'));
    expect(lo).toBeDefined();
    expect(lo!.flags).toEqual(expect.arrayContaining(['up', 'loopback', 'running']));
    expect(lo!.addrs).toContainEqual({ addr: [127, 0, 0, 1], netmask: [255, 0, 0, 0] });
    for (const i of ifs) {
      for (const a of i.addrs) {
        if (a.broadaddr !== undefined) expect(i.flags).toContain('broadcast');
      }
      if (i.hwaddr !== undefined) expect(i.hwaddr.every((b) => b >= 0 && b <= 255)).toBe(true);
    }
  });
});
