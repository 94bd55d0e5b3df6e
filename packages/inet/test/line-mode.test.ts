import { afterEach, describe, expect, it } from 'vitest';
import { gen_tcp, inet } from '../src/index.js';
import { closeAll, pair, text } from './helpers.js';

afterEach(closeAll);

describe('line mode', () => {
  it('cuts lines longer than buffer; the rest is the next packet', async () => {
    const { c, s } = await pair({}, { packet: 'line', active: false, buffer: 8 });
    await gen_tcp.send(c, 'abcdefghijkl\nxy\n');
    const got: string[] = [];
    for (let i = 0; i < 3; i++) got.push(text(await gen_tcp.recv(s, 0, 5000)));
    expect(got).toEqual(['abcdefgh', 'ijkl\n', 'xy\n']);
  });

  it('packet_size rejects a longer line with emsgsize', async () => {
    const { c, s } = await pair({}, { packet: 'line', active: false, packet_size: 4, buffer: 100 });
    await gen_tcp.send(c, 'abcdefgh\n');
    await expect(gen_tcp.recv(s, 0, 5000)).rejects.toMatchObject({ reason: 'emsgsize' });
  });

  it('line_delimiter chooses the byte that ends a line', async () => {
    const { c, s } = await pair({}, { packet: 'line', active: false, line_delimiter: 0x3b });
    await gen_tcp.send(c, 'a;bc;');
    expect(text(await gen_tcp.recv(s, 0, 5000))).toBe('a;');
    expect(text(await gen_tcp.recv(s, 0, 5000))).toBe('bc;');
  });

  it('switching packet type mid-stream frames the buffered bytes by the new type', async () => {
    const { c, s } = await pair({}, { packet: 'line', active: false });
    await gen_tcp.send(c, Uint8Array.of(0x68, 0x69, 0x0a, 0, 2, 0x6f, 0x6b));
    expect(text(await gen_tcp.recv(s, 0, 5000))).toBe('hi\n');
    await inet.setopts(s, { packet: 2 });
    expect(text(await gen_tcp.recv(s, 0, 5000))).toBe('ok');
  });

  it('listen socket options are what accept hands out', async () => {
    const { l } = await pair({}, { packet: 'line' });
    await inet.setopts(l, { packet: 4 });
    expect(await inet.getopts(l, ['packet', 'packet_size'])).toEqual({ packet: 4, packet_size: 0 });
    const c = await gen_tcp.connect('127.0.0.1', inet.port(l), {}, 5000);
    const a = await gen_tcp.accept(l, 5000);
    expect(await inet.getopts(a, ['packet'])).toEqual({ packet: 4 });
    c.close();
    a.close();
  });

  it('packets() iterates a passive socket until the peer closes', async () => {
    const { c, s } = await pair({}, { packet: 'line', active: false });
    await gen_tcp.send(c, 'one\ntwo\nthree\n');
    gen_tcp.close(c);
    const got: string[] = [];
    for await (const p of gen_tcp.packets(s, 5000)) got.push(text(p));
    expect(got).toEqual(['one\n', 'two\n', 'three\n']);
  });
});
