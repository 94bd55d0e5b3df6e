// Against a real Erlang node. Packet framing: for each {packet, Type}, an Erlang gen_tcp socket
// sends frames our socket must split identically, and decodes the frames we send; HTTP packets
// are compared term for term with what Erlang's own decoder produces. Then error texts,
// address parsing and printing, and getifaddrs are compared with Erlang's answers.
import {
  decodePacket,
  formatError,
  gen_tcp,
  gen_udp,
  type HttpPacket,
  inet,
  type PacketTypeOption,
} from '@otpnet/inet';
import { PosixErrors } from '@otpnet/inet-spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErlRepl } from '../support/erl-repl.js';
import { missingPeers } from '../support/peers.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase();
const erlBin = (b: Uint8Array): string => `binary:decode_hex(<<"${hex(b)}">>)`;
const erlPacket = (t: PacketTypeOption): string => String(t);

describe.skipIf(missingPeers('erl'))('against a real Erlang node', () => {
  let erl: ErlRepl | undefined;
  const evaluate = (expr: string) => erl!.evaluate(expr);
  const nextLine = (prefix: string) => erl!.nextLine(prefix);

  beforeAll(async () => {
    erl = await ErlRepl.start();
  });

  afterAll(() => {
    erl?.close();
  });

  const u8 = (...xs: number[]) => Uint8Array.from(xs);
  const fill = (n: number, v: number) => new Uint8Array(n).fill(v);
  const cat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
  const be32 = (n: number) => u8(n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
  const le32 = (n: number) => be32(n).reverse();

  // Full frames as they go on the wire (types 1, 2, 4 get their header from the sender).
  const cases: Array<{ type: PacketTypeOption; frames: Uint8Array[] }> = [
    { type: 1, frames: [u8(1, 2, 3), u8(), fill(255, 9)] },
    { type: 2, frames: [u8(7), fill(300, 1), u8()] },
    { type: 4, frames: [fill(70000, 3), u8(), u8(1, 2)] },
    {
      type: 'asn1',
      frames: [
        u8(0x02, 0x01, 0x05),
        u8(0x05, 0x00),
        cat(u8(0x30, 0x81, 0x80), fill(128, 4)),
        cat(u8(0x04, 0x82, 0x01, 0x00), fill(256, 5)),
        u8(0x1f, 0x81, 0x01, 0x02, 0xaa, 0xbb),
      ],
    },
    {
      type: 'cdr',
      frames: [
        cat(new TextEncoder().encode('GIOP'), u8(1, 1, 0, 0), be32(3), u8(1, 2, 3)),
        cat(new TextEncoder().encode('GIOP'), u8(1, 1, 1, 0), le32(2), u8(4, 5)),
      ],
    },
    { type: 'sunrm', frames: [u8(0, 0, 0, 2, 1, 2), u8(0x80, 0, 0, 3, 3, 4, 5), u8(0x80, 0, 0, 0)] },
    {
      type: 'fcgi',
      frames: [u8(1, 1, 0, 1, 0, 2, 1, 0, 0xa, 0xb, 0), u8(1, 5, 0, 1, 0, 0, 0, 0)],
    },
    { type: 'tpkt', frames: [u8(3, 0, 0, 7, 1, 2, 3), u8(3, 0, 0, 4)] },
    {
      type: 'line',
      frames: ['first\n', '\n', 'a longer line with spaces\n'].map((s) => new TextEncoder().encode(s)),
    },
  ];

  // What a receiver delivers for a frame: fcgi records lose their padding.
  const delivered = (t: PacketTypeOption, f: Uint8Array) =>
    t === 'fcgi' ? f.subarray(0, f.length - f[6]!) : f;

  for (const { type, frames } of cases) {
    it(`{packet, ${String(type)}}: Erlang sends, we split`, async () => {
      const l = await gen_tcp.listen(0, { ip: '127.0.0.1', packet: type, active: false });
      try {
        const sends = frames.map((f) => erlBin(f)).join(', ');
        evaluate(
          `{ok, S} = gen_tcp:connect({127,0,0,1}, ${inet.port(l)}, [binary, {packet, ${erlPacket(type)}}]),
           [ok = gen_tcp:send(S, F) || F <- [${sends}]], gen_tcp:close(S), "sent"`,
        );
        const a = await gen_tcp.accept(l, 5000);
        const got: string[] = [];
        for (const _ of frames) got.push(hex((await gen_tcp.recv(a, 0, 5000)) as Uint8Array));
        expect(await nextLine('RESULT ')).toBe('sent');
        expect(got).toEqual(frames.map((f) => hex(delivered(type, f))));
        a.close();
      } finally {
        l.close();
      }
    });

    it(`{packet, ${String(type)}}: we send, Erlang splits`, async () => {
      evaluate(
        `{ok, L} = gen_tcp:listen(0, [binary, {packet, ${erlPacket(type)}}, {active, false}, {ip, {127,0,0,1}}]),
         {ok, P} = inet:port(L), io:format("PORT ~w~n", [P]), {ok, S} = gen_tcp:accept(L, 5000),
         Fs = [begin {ok, F} = gen_tcp:recv(S, 0, 5000), F end || _ <- lists:seq(1, ${frames.length})],
         gen_tcp:close(S), gen_tcp:close(L), lists:join(",", [["x", binary:encode_hex(F)] || F <- Fs])`,
      );
      const port = Number(await nextLine('PORT '));
      const s = await gen_tcp.connect('127.0.0.1', port, { packet: type, active: false }, 5000);
      // types 1, 2, 4 add the header on send; the others send the frame as it is
      for (const f of frames) await gen_tcp.send(s, f);
      const result = await nextLine('RESULT ');
      s.close();
      expect(result.split(',')).toEqual(frames.map((f) => `x${hex(delivered(type, f))}`));
    });
  }

  it('{packet, 4}: frames split across arbitrary TCP segments', async () => {
    const l = await gen_tcp.listen(0, { ip: '127.0.0.1', packet: 4, active: true });
    try {
      evaluate(
        `{ok, S} = gen_tcp:connect({127,0,0,1}, ${inet.port(l)}, [binary, {packet, 4}, {nodelay, true}]),
         [ok = gen_tcp:send(S, binary:copy(<<N>>, N * 97)) || N <- lists:seq(1, 200)], gen_tcp:close(S), "sent"`,
      );
      const a = await gen_tcp.accept(l, 5000);
      const sizes: number[] = [];
      const closed = new Promise<void>((resolve) => a.on('tcp_closed', () => resolve()));
      a.on('tcp', (d) => {
        const b = d as Uint8Array;
        sizes.push(b.length);
        expect(b.every((x) => x === sizes.length)).toBe(true);
      });
      await closed;
      expect(await nextLine('RESULT ')).toBe('sent');
      expect(sizes).toEqual(Array.from({ length: 200 }, (_v, i) => (i + 1) * 97));
    } finally {
      l.close();
    }
  });

  const httpText =
    'GET /index.html?q=1 HTTP/1.1\r\nHost: example.org\r\nx-custom-HEADER: a\r\n  folded\r\n' +
    'Content-Length: 0\r\n\r\n' +
    'POST http://h.example:8080/p HTTP/1.0\r\nUser-Agent: t\r\n\r\n' +
    'BREW * HTTP/1.1\r\nnot a header\r\n\r\n' +
    'OPTIONS mailto:x HTTP/1.1\r\n\r\n';

  /** Our packets printed the way Erlang's ~w prints HttpPacket terms. */
  function erlTerm(v: unknown): string {
    if (v === undefined) return 'undefined';
    if (typeof v === 'number') return String(v);
    if (typeof v === 'string') return /^[a-z][a-zA-Z0-9_@]*$/.test(v) ? v : `'${v}'`;
    if (v instanceof Uint8Array) return `<<${[...v].join(',')}>>`;
    if (Array.isArray(v)) return `{${v.map(erlTerm).join(',')}}`;
    const p = v as HttpPacket;
    switch (p.type) {
      case 'http_request':
        return `{http_request,${erlTerm(p.method)},${erlUri(p.uri)},${erlTerm(p.version)}}`;
      case 'http_response':
        return `{http_response,${erlTerm(p.version)},${p.status},${erlTerm(p.reason)}}`;
      case 'http_header':
        return `{http_header,${p.index},${erlTerm(p.field)},${erlTerm(p.original)},${erlTerm(p.value)}}`;
      case 'http_eoh':
        return 'http_eoh';
      case 'http_error':
        return `{http_error,${erlTerm(p.line)}}`;
    }
  }
  function erlUri(u: unknown): string {
    if (u === '*') return "'*'";
    if (u instanceof Uint8Array) return erlTerm(u);
    const x = u as Record<string, unknown>;
    if (x['type'] === 'abs_path') return `{abs_path,${erlTerm(x['path'])}}`;
    if (x['type'] === 'scheme') return `{scheme,${erlTerm(x['scheme'])},${erlTerm(x['rest'])}}`;
    return `{absoluteURI,${x['scheme']},${erlTerm(x['host'])},${erlTerm(x['port'])},${erlTerm(x['path'])}}`;
  }

  const erlDecodeAll = `Dec = fun Dec(_, <<>>, Acc) -> lists:reverse(Acc);
      Dec(T, Bin, Acc) -> {ok, P, Rest} = erlang:decode_packet(T, Bin, []),
        T2 = case P of {http_request,_,_,_} -> httph_bin; {http_response,_,_,_} -> httph_bin;
                       http_eoh -> http_bin; _ -> T end,
        Dec(T2, Rest, [P | Acc]) end`;

  it('{packet, http_bin}: Erlang sends a pipeline, we parse it as Erlang does', async () => {
    const l = await gen_tcp.listen(0, { ip: '127.0.0.1', packet: 'http_bin', active: false });
    try {
      evaluate(
        `${erlDecodeAll}, Text = ${erlBin(new TextEncoder().encode(httpText))},
         {ok, S} = gen_tcp:connect({127,0,0,1}, ${inet.port(l)}, [binary, {packet, raw}]),
         ok = gen_tcp:send(S, Text), gen_tcp:close(S), io_lib:format("~w", [Dec(http_bin, Text, [])])`,
      );
      const a = await gen_tcp.accept(l, 5000);
      const expected = await nextLine('RESULT ');
      const got: string[] = [];
      for (;;) {
        const p = await gen_tcp.recv(a, 0, 5000).catch(() => undefined);
        if (p === undefined) break;
        got.push(erlTerm(p));
      }
      expect(`[${got.join(',')}]`).toBe(expected);
      a.close();
    } finally {
      l.close();
    }
  });

  it('{packet, http_bin}: we send, Erlang parses as our decodePacket does', async () => {
    evaluate(
      `{ok, L} = gen_tcp:listen(0, [binary, {packet, http_bin}, {active, false}, {ip, {127,0,0,1}}]),
       {ok, P} = inet:port(L), io:format("PORT ~w~n", [P]), {ok, S} = gen_tcp:accept(L, 5000),
       R = fun R(Acc) -> case gen_tcp:recv(S, 0, 5000) of {ok, X} -> R([X | Acc]); _ -> lists:reverse(Acc) end end,
       Ps = R([]), gen_tcp:close(L), io_lib:format("~w", [Ps])`,
    );
    const port = Number(await nextLine('PORT '));
    const s = await gen_tcp.connect('127.0.0.1', port, { active: false }, 5000);
    await gen_tcp.send(s, httpText);
    gen_tcp.shutdown(s, 'write');
    const result = await nextLine('RESULT ');
    s.close();
    // our decoder over the same bytes, switching to headers and back as a socket does
    const ours: string[] = [];
    let rest: Uint8Array = new TextEncoder().encode(httpText);
    let type: 'http_bin' | 'httph_bin' = 'http_bin';
    while (rest.length > 0) {
      const r = decodePacket(type, rest);
      if (r.status !== 'ok') break;
      const p = r.packet as HttpPacket;
      ours.push(erlTerm(p));
      if (p.type === 'http_request' || p.type === 'http_response') {
        type = 'httph_bin';
      } else if (p.type === 'http_eoh') type = 'http_bin';
      rest = r.rest;
    }
    expect(result).toBe(`[${ours.join(',')}]`);
  });

  it('oversize frame from Erlang -> emsgsize', async () => {
    const l = await gen_tcp.listen(0, { ip: '127.0.0.1', packet: 2, packet_size: 10, active: false });
    try {
      evaluate(
        `{ok, S} = gen_tcp:connect({127,0,0,1}, ${inet.port(l)}, [binary, {packet, 2}]),
         ok = gen_tcp:send(S, binary:copy(<<1>>, 11)), timer:sleep(100), gen_tcp:close(S), "sent"`,
      );
      const a = await gen_tcp.accept(l, 5000);
      await expect(gen_tcp.recv(a, 0, 5000)).rejects.toMatchObject({ reason: 'emsgsize' });
      expect(await nextLine('RESULT ')).toBe('sent');
      a.close();
    } finally {
      l.close();
    }
  });

  it('format_error texts match for every row of the table', async () => {
    const names = PosixErrors.map((r) => r.name);
    evaluate(
      `lists:join("|", [inet:format_error(list_to_atom(N)) || N <- ${JSON.stringify(names).replace(/^\[/, '[').replace(/\]$/, ']')}])`,
    );
    const texts = (await nextLine('RESULT ')).split('|');
    expect(texts).toEqual(names.map((n) => formatError(n)));
  });

  it('parse_address and ntoa agree', async () => {
    const inputs = [
      '127.1',
      '0x7f.1',
      '::ffff:192.168.42.2',
      'fe80::1:2',
      '::',
      '1:0:0:2::1',
      '10.0.258',
      '::192.168.42.2',
    ];
    evaluate(
      `lists:join("|", [case inet:parse_address(A) of {ok, T} -> inet:ntoa(T); E -> io_lib:format("~w", [E]) end || A <- ${JSON.stringify(inputs)}])`,
    );
    const theirs = (await nextLine('RESULT ')).split('|');
    expect(theirs).toEqual(inputs.map((a) => inet.ntoa(inet.parseAddress(a))));
  });

  it('getifaddrs agrees with inet:getifaddrs()', async () => {
    evaluate('{ok, Ifs} = inet:getifaddrs(), io_lib:format("~w", [Ifs])');
    const theirs = await nextLine('RESULT ');
    const t = (a: readonly number[]) => `{${a.join(',')}}`;
    const ours = inet.getifaddrs().map((i) => {
      const opts = [`{flags,[${i.flags.join(',')}]}`];
      for (const a of i.addrs) {
        opts.push(`{addr,${t(a.addr)}}`, `{netmask,${t(a.netmask)}}`);
        if (a.broadaddr !== undefined) opts.push(`{broadaddr,${t(a.broadaddr)}}`);
      }
      if (i.hwaddr !== undefined) opts.push(`{hwaddr,[${i.hwaddr.join(',')}]}`);
      return `{[${[...Buffer.from(i.name)].join(',')}],[${opts.join(',')}]}`;
    });
    expect(theirs).toBe(`[${ours.join(',')}]`);
  });

  it('flow control: a passive socket holds back a fast Erlang sender until it reads', async () => {
    const l = await gen_tcp.listen(0, { ip: '127.0.0.1', active: false });
    try {
      // Erlang sends 64 KiB blocks until a send stalls for 300 ms (send_timeout), then reports.
      evaluate(
        `{ok, S} = gen_tcp:connect({127,0,0,1}, ${inet.port(l)}, [binary, {send_timeout, 300}]),
         B = binary:copy(<<7>>, 65536),
         Send = fun Send(N) when N >= 2048 -> N; Send(N) -> case gen_tcp:send(S, B) of ok -> Send(N + 1); {error, timeout} -> N end end,
         Sent = Send(0), put(flow_socket, S), integer_to_list(Sent)`,
      );
      const a = await gen_tcp.accept(l, 5000);
      const blocks = Number(await nextLine('RESULT '));
      // 2048 blocks (128 MiB) would mean nothing held the sender back
      expect(blocks).toBeLessThan(2048);
      const { recv_oct } = await inet.getstat(a, ['recv_oct']);
      expect(recv_oct).toBeLessThan(1024 * 1024);
      // reading releases the sender: what it did send arrives
      let got = 0;
      while (got < blocks * 65536) got += ((await gen_tcp.recv(a, 0, 5000)) as Uint8Array).length;
      expect(got).toBeGreaterThanOrEqual(blocks * 65536);
      a.close();
    } finally {
      l.close();
    }
  });

  it('connect times out against a listener whose queue is full', async () => {
    // An Erlang listener with backlog 0 that never accepts: once its queue is full the kernel
    // drops further SYNs, so a connect neither succeeds nor fails until our timeout.
    evaluate(
      `{ok, L} = gen_tcp:listen(0, [{backlog, 0}, {ip, {127,0,0,1}}]), put(full_listener, L),
       {ok, P} = inet:port(L), integer_to_list(P)`,
    );
    const port = Number(await nextLine('RESULT '));
    const opened = [];
    let reason = '';
    for (let i = 0; i < 8 && reason === ''; i++) {
      try {
        opened.push(await gen_tcp.connect('127.0.0.1', port, {}, 300));
      } catch (e) {
        reason = (e as { reason: string }).reason;
      }
    }
    for (const s of opened) s.close();
    expect(reason).toBe('timeout');
  });

  it('gen_udp datagrams both ways', async () => {
    const u = await gen_udp.open(0, { ip: '127.0.0.1', active: false });
    try {
      evaluate(
        `{ok, U} = gen_udp:open(0, [binary, {ip, {127,0,0,1}}, {active, false}]), {ok, P} = inet:port(U),
         io:format("PORT ~w~n", [P]), ok = gen_udp:send(U, {127,0,0,1}, ${inet.port(u)}, <<"from erlang">>),
         {ok, {_, _, Got}} = gen_udp:recv(U, 0, 5000), gen_udp:close(U), Got`,
      );
      const port = Number(await nextLine('PORT '));
      const d = await gen_udp.recv(u, 0, 5000);
      expect(new TextDecoder().decode(d.data as Uint8Array)).toBe('from erlang');
      expect(d.port).toBe(port);
      await gen_udp.send(u, [127, 0, 0, 1], port, 'from otpnet');
      expect(await nextLine('RESULT ')).toBe('from otpnet');
    } finally {
      u.close();
    }
  });

  it('resolves localhost as inet:getaddrs and gethostbyname do', async () => {
    evaluate(
      `{ok, As} = inet:getaddrs("localhost", inet), {ok, H} = inet:gethostbyname("localhost"),
       io_lib:format("~w ~w", [As, element(6, H)])`,
    );
    const [addrs, hostAddrs] = (await nextLine('RESULT ')).split(' ');
    const t = (l: readonly (readonly number[])[]) => `[${l.map((a) => `{${a.join(',')}}`).join(',')}]`;
    expect(t(await inet.getaddrs('localhost', 'inet'))).toBe(addrs);
    expect(t((await inet.gethostbyname('localhost')).h_addr_list)).toBe(hostAddrs);
  });
});
