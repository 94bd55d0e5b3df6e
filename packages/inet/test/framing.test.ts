import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePacket, PacketReader, type PacketTypeName } from '../src/framing/index.js';

const b = (...xs: (number | string)[]): Uint8Array =>
  Uint8Array.from(xs.flatMap((x) => (typeof x === 'string' ? [...Buffer.from(x, 'latin1')] : [x])));
const noLimits = { maxPacket: 0, truncate: 0, delimiter: 10 };

describe('framing is sans-IO', () => {
  it('imports no node: module', () => {
    const dir = join(import.meta.dirname, '../src/framing');
    for (const f of readdirSync(dir)) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text, f).not.toMatch(/from ['"]node:|require\(|from ['"](fs|net|os|dns|buffer)['"]/);
    }
  });
});

describe('decodePacket (erlang:decode_packet/3)', () => {
  it('length-prefixed types strip the header', () => {
    expect(decodePacket(1, b(3, 1, 2))).toEqual({ status: 'more', length: 4 });
    expect(decodePacket(4, b(0, 0, 0, 2, 1))).toEqual({ status: 'more', length: 6 });
    const r = decodePacket(2, b(0, 2, 7, 8, 9));
    expect(r).toEqual({ status: 'ok', packet: b(7, 8), rest: b(9) });
    expect(decodePacket(4, b(0, 0, 0, 9, 1), { packet_size: 3 })).toEqual({
      status: 'error',
      reason: 'invalid',
    });
  });
  it('raw returns everything, or more on empty input', () => {
    expect(decodePacket('raw', b(1, 2))).toEqual({ status: 'ok', packet: b(1, 2), rest: b() });
    expect(decodePacket(0, b())).toEqual({ status: 'more', length: undefined });
  });
  it('keeps the header of asn1, sunrm, fcgi, cdr, tpkt', () => {
    expect(decodePacket('tpkt', b(3, 0, 0, 5, 1, 2))).toEqual({
      status: 'ok',
      packet: b(3, 0, 0, 5, 1),
      rest: b(2),
    });
    expect(decodePacket('tpkt', b(4, 0, 0, 5, 1, 2)).status).toBe('error');
    expect(decodePacket('asn1', b(0x30, 0x81, 2, 1, 2, 3))).toEqual({
      status: 'ok',
      packet: b(0x30, 0x81, 2, 1, 2),
      rest: b(3),
    });
    expect(decodePacket('asn1', b(0x30, 3))).toEqual({ status: 'more', length: 5 });
    expect(decodePacket('asn1', b(0x1f, 0x81, 0x01, 1, 9, 8))).toEqual({
      status: 'ok',
      packet: b(0x1f, 0x81, 0x01, 1, 9),
      rest: b(8),
    });
    expect(decodePacket('sunrm', b(0x80, 0, 0, 1, 9, 8))).toEqual({
      status: 'ok',
      packet: b(0x80, 0, 0, 1, 9),
      rest: b(8),
    });
    expect(decodePacket('fcgi', b(1, 1, 0, 1, 0, 1, 1, 0, 7, 8, 9))).toEqual({
      status: 'ok',
      packet: b(1, 1, 0, 1, 0, 1, 1, 0, 7),
      rest: b(9),
    });
    expect(decodePacket('fcgi', b(2, 1, 0, 1, 0, 1, 1, 0, 7, 8, 9)).status).toBe('error');
    expect(decodePacket('cdr', b('GIOP', 1, 0, 1, 0, 2, 0, 0, 0, 7, 8))).toEqual({
      status: 'ok',
      packet: b('GIOP', 1, 0, 1, 0, 2, 0, 0, 0, 7, 8),
      rest: b(),
    });
    expect(decodePacket('cdr', b('GIOP', 1, 0, 0, 0, 0, 0, 0, 1, 7))).toEqual({
      status: 'ok',
      packet: b('GIOP', 1, 0, 0, 0, 0, 0, 0, 1, 7),
      rest: b(),
    });
    expect(decodePacket('cdr', b('GIOX', 1, 0, 0, 0, 0, 0, 0, 1, 7)).status).toBe('error');
  });
  it('line: delimiter, truncation, packet_size', () => {
    expect(decodePacket('line', b('abcdef\nxy'), { line_length: 3 })).toEqual({
      status: 'ok',
      packet: b('abc'),
      rest: b('def\nxy'),
    });
    expect(decodePacket('line', b('abcdef\nxy'), { packet_size: 3 }).status).toBe('error');
    expect(decodePacket('line', b('abcdef'))).toEqual({ status: 'more', length: undefined });
    expect(decodePacket('line', b('abc'), { line_length: 3 })).toEqual({
      status: 'ok',
      packet: b('abc'),
      rest: b(),
    });
    expect(decodePacket('line', b('abc'), { line_delimiter: 0x63 })).toEqual({
      status: 'ok',
      packet: b('abc'),
      rest: b(),
    });
  });
  it('http request, response, headers, eoh, errors', () => {
    expect(decodePacket('http_bin', b('GET /a?b HTTP/1.1\r\nHost: x\r\n'))).toEqual({
      status: 'ok',
      packet: {
        type: 'http_request',
        method: 'GET',
        uri: { type: 'abs_path', path: b('/a?b') },
        version: [1, 1],
      },
      rest: b('Host: x\r\n'),
    });
    const abs = decodePacket('http', b('GET http://h:80/p HTTP/1.0\r\n'));
    expect(abs).toMatchObject({
      packet: { uri: { type: 'absoluteURI', scheme: 'http', host: 'h', port: 80, path: '/p' } },
    });
    expect(decodePacket('http', b('FOO * HTTP/1.0\r\n'))).toMatchObject({
      packet: { type: 'http_request', method: 'FOO', uri: '*', version: [1, 0] },
    });
    expect(decodePacket('http_bin', b('garbage\r\n'))).toMatchObject({
      packet: { type: 'http_error', line: b('garbage\r\n') },
    });
    expect(decodePacket('httph_bin', b('x-my-HEADER:  v1\r\n  cont\r\nnext'))).toEqual({
      status: 'ok',
      packet: {
        type: 'http_header',
        index: 0,
        field: b('X-My-Header'),
        original: b('x-my-HEADER'),
        value: b('v1\r\n  cont'),
      },
      rest: b('next'),
    });
    expect(decodePacket('httph', b('content-length: 5\r\n')).status).toBe('more');
    expect(decodePacket('httph', b('content-length: 5\r\nX'))).toMatchObject({
      packet: {
        type: 'http_header',
        index: 38,
        field: 'Content-Length',
        original: 'content-length',
        value: '5',
      },
    });
    expect(decodePacket('httph', b('\r\n'))).toMatchObject({ packet: { type: 'http_eoh' } });
    expect(decodePacket('http', b('HTTP/1.1 200 OK\r\n'))).toMatchObject({
      packet: { type: 'http_response', version: [1, 1], status: 200, reason: 'OK' },
    });
    expect(decodePacket('http', b('HTTP/1.1 200\r\n'))).toMatchObject({ packet: { reason: '' } });
    expect(decodePacket('http_bin', b('GET mailto:x HTTP/1.1\r\n'))).toMatchObject({
      packet: { uri: { type: 'scheme', scheme: b('mailto'), rest: b('x') } },
    });
    expect(decodePacket('http_bin', b('GET abc HTTP/1.1\r\n'))).toMatchObject({ packet: { uri: b('abc') } });
    expect(decodePacket('http_bin', b('GET /x\r\n'))).toMatchObject({ packet: { version: [0, 9] } });
    expect(decodePacket('http', b('GET / HTTP/1.1\n'), { packet_size: 5 }).status).toBe('error');
    expect(decodePacket('http_bin', b('GET http://h HTTP/1.1\r\n'))).toMatchObject({
      packet: { uri: { type: 'absoluteURI', host: b('h'), port: undefined, path: b('/') } },
    });
    expect(decodePacket('http', b('GET http://[::1]:4000/x HTTP/1.1\r\n'))).toMatchObject({
      packet: { uri: { type: 'absoluteURI', host: '[::1]', port: 4000, path: '/x' } },
    });
  });
});

describe('PacketReader', () => {
  const feedByteByByte = (type: PacketTypeName, bytes: Uint8Array) => {
    const r = new PacketReader(type, noLimits);
    const out: unknown[] = [];
    for (const x of bytes) {
      r.push(Uint8Array.of(x));
      for (;;) {
        const p = r.next();
        if (p.kind === 'more') break;
        out.push(p.kind === 'error' ? p : p.packet);
      }
    }
    return out;
  };
  it('splits packet 4 frames arriving a byte at a time', () => {
    expect(feedByteByByte('packet_4', b(0, 0, 0, 2, 7, 8, 0, 0, 0, 0, 0, 0, 0, 1, 9))).toEqual([
      b(7, 8),
      b(),
      b(9),
    ]);
  });
  it('splits frames arriving in one chunk, zero-copy', () => {
    const r = new PacketReader('packet_2', noLimits);
    const chunk = b(0, 1, 5, 0, 2, 6, 7);
    r.push(chunk);
    const p1 = r.next();
    expect(p1).toMatchObject({ kind: 'packet', packet: b(5), wireSize: 3 });
    if (p1.kind === 'packet') expect(p1.packet.buffer).toBe(chunk.buffer);
    expect(r.next()).toMatchObject({ kind: 'packet', packet: b(6, 7) });
    expect(r.next()).toEqual({ kind: 'more' });
  });
  it('http switches to headers after the start line and back after eoh', () => {
    const out = feedByteByByte('http_bin', b('GET / HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.0\r\n'));
    expect(out.map((p) => (p as { type: string }).type)).toEqual([
      'http_request',
      'http_header',
      'http_eoh',
      'http_request',
    ]);
  });
  it('raw with a length takes exactly that many bytes', () => {
    const r = new PacketReader('raw', noLimits);
    r.push(b(1, 2));
    expect(r.next(3)).toEqual({ kind: 'more' });
    r.push(b(3, 4));
    expect(r.next(3)).toMatchObject({ packet: b(1, 2, 3) });
    expect(r.next(0)).toMatchObject({ packet: b(4) });
  });
  it('oversize frame -> emsgsize', () => {
    const r = new PacketReader('packet_4', { maxPacket: 10, truncate: 0, delimiter: 10 });
    r.push(b(0, 0, 0, 11));
    expect(r.next()).toEqual({ kind: 'error', reason: 'emsgsize' });
  });
  it('line truncation at the buffer size', () => {
    const r = new PacketReader('line', { maxPacket: 0, truncate: 4, delimiter: 10 });
    r.push(b('abcdefg\nh\n'));
    const got: Uint8Array[] = [];
    for (let p = r.next(); p.kind === 'packet'; p = r.next()) got.push(p.packet);
    expect(got).toEqual([b('abcd'), b('efg\n'), b('h\n')]);
  });
});
