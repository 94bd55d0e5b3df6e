// The @otpnet/inet API exactly as the inet issue fixes it: other packages and their tests call
// these names, so this test spells every call of the published example.
import { gen_tcp, InetError, inet } from '@otpnet/inet';
import { describe, expect, it } from 'vitest';

describe('inet API', () => {
  it('listens, connects, accepts, sends, receives, reports and closes', async () => {
    const l = await gen_tcp.listen(0, { packet: 4, active: false, mode: 'binary', reuseaddr: true });
    const port = await inet.port(l);
    const s = await gen_tcp.connect('localhost', port, { packet: 4, active: 'once' }, 5000);
    const a = await gen_tcp.accept(l, 5000);
    try {
      await gen_tcp.send(s, new TextEncoder().encode('ping'));
      const frame = await gen_tcp.recv(a, 0, 5000);
      expect(new TextDecoder().decode(frame as Uint8Array)).toBe('ping');

      const got = new Promise<Uint8Array>((resolve) => s.on('tcp', (data) => resolve(data as Uint8Array)));
      s.on('tcp_closed', () => {});
      s.on('tcp_error', () => {});
      s.on('tcp_passive', () => {});
      await gen_tcp.send(a, new TextEncoder().encode('pong'));
      expect(new TextDecoder().decode(await got)).toBe('pong');

      await inet.setopts(s, { active: 10 });
      expect(await inet.getopts(s, ['packet', 'active'])).toMatchObject({ packet: 4, active: 10 });
      expect(await inet.getstat(s)).toMatchObject({ send_cnt: 1, recv_cnt: 1 });
      expect(inet.peername(s)).toMatchObject({ port });
      expect(inet.sockname(a)).toMatchObject({ port });
      await gen_tcp.shutdown(s, 'write');
    } finally {
      await gen_tcp.close(s);
      await gen_tcp.close(a);
      await gen_tcp.close(l);
    }
  });

  it('parses, prints and resolves addresses, and formats errors', async () => {
    expect(inet.parseAddress('::ffff:192.168.42.2')).toEqual([0, 0, 0, 0, 0, 0xffff, 0xc0a8, 0x2a02]);
    expect(inet.ntoa([127, 0, 0, 1])).toBe('127.0.0.1');
    expect(await inet.gethostbyname('localhost')).toMatchObject({ h_name: expect.any(String) });
    expect(Array.isArray(await inet.getifaddrs())).toBe(true);
    expect(inet.formatError('econnrefused')).toBe('connection refused');
    // localhost may have no IPv6 address on this host; either way the answer has a fixed shape
    const v6 = await inet.getaddrs('localhost', 'inet6').catch((e: unknown) => e);
    if (v6 instanceof InetError) expect(v6.reason).toBe('nxdomain');
    else expect(v6).toEqual(expect.arrayContaining([[0, 0, 0, 0, 0, 0, 0, 1]]));
  });

  it('rejects a refused connection with InetError econnrefused', async () => {
    const l = await gen_tcp.listen(0, {});
    const port = await inet.port(l);
    await gen_tcp.close(l);
    await expect(gen_tcp.connect('127.0.0.1', port, {}, 5000)).rejects.toMatchObject({
      reason: 'econnrefused',
    });
  });
});
