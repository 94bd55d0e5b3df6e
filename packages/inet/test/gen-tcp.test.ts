import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { gen_tcp, InetError, inet, type Packet } from '../src/index.js';
import { bytes, closeAll, next, pair, text, track } from './helpers.js';

afterEach(closeAll);

async function rejection(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InetError);
    return (e as InetError).reason;
  }
  throw new Error('expected a rejection');
}

describe('gen_tcp basics', () => {
  it('the API example: packet 4 server, line client', async () => {
    const l = track(await gen_tcp.listen(0, { packet: 4, active: false, mode: 'binary', reuseaddr: true }));
    const port = await inet.port(l);
    const s = track(await gen_tcp.connect('localhost', port, { packet: 'line', active: 'once' }, 5000));
    const a = track(await gen_tcp.accept(l, 5000));
    await gen_tcp.send(s, Uint8Array.of(0, 0, 0, 3, 1, 2, 3));
    expect(await gen_tcp.recv(a, 0, 5000)).toEqual(Uint8Array.of(1, 2, 3));
    const got = next<[Packet]>(s, 'tcp');
    await gen_tcp.send(a, 'hello\n');
    const [line] = await got;
    expect(text(line)).toBe(Uint8Array.of(0, 0, 0, 6).length === 4 ? '\u0000\u0000\u0000\u0006hello\n' : '');
    expect(s.active).toBe(false);
    expect(await inet.getopts(s, ['packet', 'active'])).toEqual({ packet: 'line', active: false });
    expect(inet.peername(s)).toEqual({ address: [127, 0, 0, 1], port });
    expect(inet.sockname(a).port).toBe(port);
  });

  it('refused, timeout, bad options', async () => {
    const l = track(await gen_tcp.listen(0, { ip: '127.0.0.1' }));
    const port = inet.port(l);
    l.close();
    expect(await rejection(gen_tcp.connect('127.0.0.1', port, {}, 2000))).toBe('econnrefused');
    const { c } = await pair({ active: false });
    expect(await rejection(gen_tcp.recv(c, 0, 20))).toBe('timeout');
    const l2 = track(await gen_tcp.listen(0));
    expect(await rejection(gen_tcp.accept(l2, 10))).toBe('timeout');
    const err = await gen_tcp.connect('127.0.0.1', 1, { packt: 4 } as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InetError);
    expect((err as InetError).reason).toBe('einval');
    expect((err as Error).message).toMatch(/packt: unknown option; did you mean packet\?/);
    const err2 = await gen_tcp
      .listen(0, { packet: 3 as never, active: 'twice' as never })
      .catch((e: unknown) => e);
    expect((err2 as Error).message).toMatch(/packet: expected .*got 3; active: expected/);
  });

  it('a port in use is eaddrinuse, with its text', async () => {
    const l = track(await gen_tcp.listen(0, { ip: '127.0.0.1' }));
    const err = await gen_tcp.listen(inet.port(l), { ip: '127.0.0.1' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'eaddrinuse', message: 'address already in use' });
  });

  it('recv in raw mode: 0 = what is there, N = exactly N', async () => {
    const { c, s } = await pair({}, { active: false });
    await gen_tcp.send(c, 'abcdef');
    const part = gen_tcp.recv(s, 8, 5000);
    await gen_tcp.send(c, 'gh');
    expect(text(await part)).toBe('abcdefgh');
    await gen_tcp.send(c, 'xyz');
    let got = '';
    while (got.length < 3) got += text(await gen_tcp.recv(s, 0, 5000));
    expect(got).toBe('xyz');
  });

  it('recv timeout keeps the data for the next recv', async () => {
    const { c, s } = await pair({}, { active: false });
    await gen_tcp.send(c, 'ab');
    expect(await rejection(gen_tcp.recv(s, 3, 50))).toBe('timeout');
    await gen_tcp.send(c, 'c');
    expect(text(await gen_tcp.recv(s, 3, 5000))).toBe('abc');
  });

  it('recv on an active socket is einval', async () => {
    const { s } = await pair();
    expect(await rejection(gen_tcp.recv(s, 0, 100))).toBe('einval');
  });

  it('closed mid-frame -> closed, then closed again', async () => {
    const { c, s } = await pair({ packet: 'raw' }, { active: false, packet: 4 });
    await gen_tcp.send(c, Uint8Array.of(0, 0, 0, 10, 1, 2));
    gen_tcp.close(c);
    expect(await rejection(gen_tcp.recv(s, 0, 5000))).toBe('closed');
    expect(await rejection(gen_tcp.recv(s, 0, 5000))).toBe('closed');
    expect(await rejection(gen_tcp.send(s, 'x'))).toBe('closed');
  });

  it('oversize frame -> emsgsize (passive and active)', async () => {
    const { c, s } = await pair({}, { active: false, packet: 2, packet_size: 4 });
    await gen_tcp.send(c, Uint8Array.of(0, 5, 1, 2, 3, 4, 5));
    expect(await rejection(gen_tcp.recv(s, 0, 5000))).toBe('emsgsize');
    const p2 = await pair({}, { packet: 1, packetSize: 2 });
    p2.s.on('tcp', () => {});
    const err = next<[string]>(p2.s, 'tcp_error');
    const closed = next(p2.s, 'tcp_closed');
    await gen_tcp.send(p2.c, Uint8Array.of(3, 1, 2, 3));
    expect((await err)[0]).toBe('emsgsize');
    await closed;
  });

  it('send too large for its header -> emsgsize', async () => {
    const { c } = await pair({ packet: 1 });
    expect(await rejection(gen_tcp.send(c, new Uint8Array(256)))).toBe('emsgsize');
  });

  it('shutdown write: the peer sees closed, the reply still arrives', async () => {
    const { c, s } = await pair({ active: false }, { active: false, exit_on_close: false });
    gen_tcp.shutdown(c, 'write');
    expect(await rejection(gen_tcp.recv(s, 0, 5000))).toBe('closed');
    await gen_tcp.send(s, 'late reply');
    expect(text(await gen_tcp.recv(c, 10, 5000))).toBe('late reply');
  });
});

describe('active modes', () => {
  it('true delivers every packet; the close follows', async () => {
    const { c, s } = await pair({ packet: 2 }, { packet: 2 });
    const got: string[] = [];
    s.on('tcp', (d) => got.push(text(d)));
    const closed = next(s, 'tcp_closed');
    for (const m of ['a', 'bb', 'ccc']) await gen_tcp.send(c, m);
    gen_tcp.close(c);
    await closed;
    expect(got).toEqual(['a', 'bb', 'ccc']);
  });

  it('once delivers one packet, then the socket is passive', async () => {
    const { c, s } = await pair({ packet: 1 }, { packet: 1, active: 'once' });
    const got: string[] = [];
    s.on('tcp', (d) => got.push(text(d)));
    await gen_tcp.send(c, 'one');
    await gen_tcp.send(c, 'two');
    await vi_waitFor(() => got.length === 1);
    expect(s.active).toBe(false);
    expect(text(await gen_tcp.recv(s, 0, 5000))).toBe('two');
    await inet.setopts(s, { active: 'once' });
    await gen_tcp.send(c, 'three');
    await vi_waitFor(() => got.length === 2);
    expect(got).toEqual(['one', 'three']);
  });

  it('N counts down, then tcp_passive; N adds up', async () => {
    const { c, s } = await pair({ packet: 4 }, { packet: 4, active: 2 });
    await inet.setopts(s, { active: 1 });
    expect(s.active).toBe(3);
    const got: string[] = [];
    s.on('tcp', (d) => got.push(text(d)));
    const passive = next(s, 'tcp_passive');
    for (const m of ['1', '2', '3', '4']) await gen_tcp.send(c, m);
    await passive;
    expect(got).toEqual(['1', '2', '3']);
    expect(s.active).toBe(false);
    expect(text(await gen_tcp.recv(s, 0, 5000))).toBe('4');
    const p2 = next(s, 'tcp_passive');
    await inet.setopts(s, { active: -5 });
    await p2;
  });

  it('a close seen in passive mode is still reported on going active', async () => {
    const { c, s } = await pair({}, { active: false });
    gen_tcp.close(c);
    expect(await rejection(gen_tcp.recv(s, 0, 5000))).toBe('closed');
    const closed = next(s, 'tcp_closed');
    await inet.setopts(s, { active: 'once' });
    await closed;
  });

  it('exit_on_close false keeps sending after the peer closed', async () => {
    const { c, s } = await pair({ active: false }, { exit_on_close: false });
    const closed = next(s, 'tcp_closed');
    s.on('tcp', () => {});
    gen_tcp.shutdown(c, 'write');
    await closed;
    await gen_tcp.send(s, 'still here');
    expect(text(await gen_tcp.recv(c, 10, 5000))).toBe('still here');
  });

  it('packets wait for a listener; controllingProcess moves them to the new owner', async () => {
    const { c, s } = await pair({ packet: 2 }, { packet: 2 });
    await gen_tcp.send(c, 'early');
    const owner = new EventEmitter();
    gen_tcp.controllingProcess(s, owner);
    const seen: string[] = [];
    s.on('tcp', () => seen.push('old owner'));
    const got = next<[Packet, unknown]>(owner, 'tcp');
    const [data, sock] = await got;
    expect(text(data)).toBe('early');
    expect(sock).toBe(s);
    expect(seen).toEqual([]);
  });

  it('mode list and header', async () => {
    const { c, s } = await pair({ packet: 1 }, { packet: 1, active: false, mode: 'list' });
    await gen_tcp.send(c, [1, 2, 3]);
    expect(await gen_tcp.recv(s, 0, 5000)).toEqual([1, 2, 3]);
    await inet.setopts(s, { mode: 'binary', header: 2 });
    await gen_tcp.send(c, Uint8Array.of(7, 8, 9, 10));
    expect(await gen_tcp.recv(s, 0, 5000)).toEqual([7, 8, Uint8Array.of(9, 10)]);
  });

  it('http packets, switching to headers and back', async () => {
    const { c, s } = await pair({}, { packet: 'http_bin', active: false });
    await gen_tcp.send(c, 'GET /x HTTP/1.1\r\nHost: h\r\n\r\n');
    expect(await gen_tcp.recv(s, 0, 5000)).toMatchObject({ type: 'http_request', method: 'GET' });
    expect(await gen_tcp.recv(s, 0, 5000)).toMatchObject({
      type: 'http_header',
      field: 'Host',
      value: bytes('h'),
    });
    expect(await gen_tcp.recv(s, 0, 5000)).toEqual({ type: 'http_eoh' });
    await inet.setopts(s, { packet: 'raw' });
    await gen_tcp.send(c, 'body');
    expect(text(await gen_tcp.recv(s, 4, 5000))).toBe('body');
  });
});

describe('flow control', () => {
  it('a passive socket stops reading: a fast sender is held back, then all arrives', async () => {
    const { c, s } = await pair({ high_watermark: 64 * 1024, low_watermark: 32 * 1024 }, { active: false });
    const chunk = new Uint8Array(64 * 1024).fill(7);
    const total = 64 * 1024 * 1024;
    let sent = 0;
    const sender = (async () => {
      while (sent < total) {
        await gen_tcp.send(c, chunk);
        sent += chunk.length;
      }
    })();
    // let the sender run into the full kernel buffers
    let last = -1;
    while (sent !== last) {
      last = sent;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(sent).toBeLessThan(total);
    const stat = await inet.getstat(s, ['recv_oct']);
    expect(stat.recv_oct).toBeLessThan(1024 * 1024); // only Node's small read-ahead, not the stream
    let received = 0;
    while (received < total) received += ((await gen_tcp.recv(s, 0, 10000)) as Uint8Array).length;
    await sender;
    expect(received).toBe(total);
  });
});

describe('options and statistics', () => {
  it('getopts reports defaults and set values; setopts validates', async () => {
    const { c } = await pair({ nodelay: true, sendTimeout: 500 });
    expect(
      await inet.getopts(c, ['nodelay', 'send_timeout', 'packet_size', 'exit_on_close', 'linger', 'mode']),
    ).toEqual({
      nodelay: true,
      send_timeout: 500,
      packet_size: 0,
      exit_on_close: true,
      linger: [false, 0],
      mode: 'binary',
    });
    await inet.setopts(c, { keepalive: true, delay_send: true });
    expect(await inet.getopts(c, ['keepalive', 'delay_send'])).toEqual({ keepalive: true, delay_send: true });
    await expect(inet.setopts(c, { port: 5 })).rejects.toThrow(
      /can only be given when the socket is created/,
    );
    await expect(inet.setopts(c, { tos: 300 })).rejects.toThrow(/tos: expected an integer 0..255, got 300/);
  });

  it('getstat counts packets and bytes', async () => {
    const { c, s } = await pair({ packet: 2 }, { packet: 2, active: false });
    await gen_tcp.send(c, 'ab');
    await gen_tcp.send(c, 'abcd');
    await gen_tcp.recv(s, 0, 5000);
    await gen_tcp.recv(s, 0, 5000);
    const cs = await inet.getstat(c);
    expect(cs).toMatchObject({ send_cnt: 2, send_oct: 10, send_max: 6, send_avg: 5 });
    const ss = await inet.getstat(s, ['recv_cnt', 'recv_oct', 'recv_max', 'recv_avg', 'recv_dvi']);
    expect(ss).toEqual({ recv_cnt: 2, recv_oct: 10, recv_max: 6, recv_avg: 5, recv_dvi: 0 });
  });

  it('delay_send still delivers everything in order', async () => {
    const { c, s } = await pair({ delay_send: true, packet: 4 }, { packet: 4, active: false });
    for (let i = 0; i < 50; i++) void gen_tcp.send(c, String(i));
    for (let i = 0; i < 50; i++) expect(text(await gen_tcp.recv(s, 0, 5000))).toBe(String(i));
  });

  it('default connect and listen options apply to the whole process', async () => {
    inet.setDefaultConnectOptions({ packet: 2 });
    inet.setDefaultListenOptions({ packet: 2 });
    try {
      expect(inet.getRc()).toContainEqual(['inet_default_connect_options', { packet: 2 }]);
      const { c, s } = await pair({}, { active: false });
      await gen_tcp.send(c, 'xy');
      expect(text(await gen_tcp.recv(s, 0, 5000))).toBe('xy');
      expect(() => inet.setDefaultConnectOptions({ active: false })).toThrow(InetError);
    } finally {
      inet.setDefaultConnectOptions({});
      inet.setDefaultListenOptions({});
    }
  });

  it('send_timeout with send_timeout_close', async () => {
    const { c } = await pair(
      { send_timeout: 50, send_timeout_close: true, high_watermark: 1024, low_watermark: 512 },
      { active: false },
    );
    const chunk = new Uint8Array(256 * 1024);
    let reason = '';
    for (let i = 0; i < 1000 && reason === ''; i++) {
      reason = await gen_tcp.send(c, chunk).then(
        () => '',
        (e: InetError) => e.reason,
      );
    }
    expect(reason).toBe('timeout');
    expect(await rejection(gen_tcp.send(c, 'x'))).toBe('closed');
  });
});

async function vi_waitFor(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(cond()).toBe(true);
}

describe('kernel options through the sockopt addon', () => {
  it('sndbuf, recbuf, tos, priority, dontroute and raw round-trip, or fail with enotsup', async () => {
    const { sockoptAvailable } = await import('../src/sockopt.js');
    if (!sockoptAvailable()) {
      const l = track(await gen_tcp.listen(0, { ip: '127.0.0.1' }));
      const err = await gen_tcp.connect('127.0.0.1', inet.port(l), { recbuf: 4096 }).catch((e: unknown) => e);
      expect(err).toMatchObject({ reason: 'enotsup' });
      expect((err as Error).message).toMatch(/recbuf: needs the native sockopt addon/);
      return;
    }
    const { c } = await pair({ sndbuf: 65536, recbuf: 32768, tos: 0x10 });
    await inet.setopts(c, { priority: 3, dontroute: true, raw: [6, 1, Uint8Array.of(1, 0, 0, 0)] });
    const got = await inet.getopts(c, ['sndbuf', 'recbuf', 'tos', 'priority', 'dontroute', ['raw', 6, 1, 4]]);
    // Linux doubles the buffer sizes it is given
    expect(got).toEqual({
      sndbuf: 131072,
      recbuf: 65536,
      tos: 16,
      priority: 3,
      dontroute: true,
      raw: [6, 1, Uint8Array.of(1, 0, 0, 0)],
    });
    await expect(inet.setopts(c, { raw: [1, 9999, Uint8Array.of(1, 0, 0, 0)] })).rejects.toMatchObject({
      reason: 'enoprotoopt',
    });
  });

  it('linger {true, 0} closes with a reset: closed, or econnreset with show_econnreset', async () => {
    const p1 = await pair({ linger: [true, 0] }, { active: false });
    gen_tcp.close(p1.c);
    await expect(gen_tcp.recv(p1.s, 0, 5000)).rejects.toMatchObject({ reason: 'closed' });
    const p2 = await pair({ linger: [true, 0] }, { show_econnreset: true });
    const err = next<[string]>(p2.s, 'tcp_error');
    const closed = next(p2.s, 'tcp_closed');
    p2.s.on('tcp', () => {});
    gen_tcp.close(p2.c);
    expect((await err)[0]).toBe('econnreset');
    await closed;
  });

  it('accept on a closed listener', async () => {
    const l = await gen_tcp.listen(0);
    const pending = gen_tcp.accept(l, 5000);
    l.close();
    await expect(pending).rejects.toMatchObject({ reason: 'closed' });
    await expect(gen_tcp.accept(l, 100)).rejects.toMatchObject({ reason: 'closed' });
  });
});
