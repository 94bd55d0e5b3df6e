// Terms and epmd requests produced by a real Erlang/OTP 25 runtime (test/fixtures/dist/
// capture-terms.sh, capture-epmd.mjs) through the generated codecs.

import { inflateSync } from 'node:zlib';
import {
  ControlMessages,
  ControlMessagesByOp,
  ControlOp,
  ControlOpName,
  DistFlags,
  DistFlagsByFlag,
  decodeALIVE2_REQ,
  decodeALIVE2_X_RESP,
  decodeCompressedExternalTerm,
  decodeEpmdRequestFrame,
  decodeExternalTerm,
  decodePORT_PLEASE2_REQ,
  decodePORT2_RESP,
  decodeSendName,
  decodeTerm,
  encodeALIVE2_REQ,
  encodeCompressedExternalTerm,
  encodeEpmdRequestFrame,
  encodeExternalTerm,
  encodePORT2_RESP,
  encodeSendName,
  NodeProtocol,
  NodeType,
  type Term,
  TermTag,
} from '@otpnet/dist-spec';
import { DecodeError } from '@otpnet/wire';
import { describe, expect, it } from 'vitest';
import { fixture, toHex } from '../../../test/fixtures/load.js';

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A plain JavaScript picture of a term, so expectations read like the Erlang source. */
type Js =
  | number
  | bigint
  | { atom: string }
  | { tuple: Js[] }
  | Js[]
  | { improper: Js[]; tail: Js }
  | { binary: string }
  | { bits: string; last: number }
  | { map: [Js, Js][] }
  | { pid: Js; id: number; serial: number; creation: number };

function digits(sign: number, d: Uint8Array): bigint {
  let v = 0n;
  for (let i = d.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(d[i]!);
  return sign === 0 ? v : -v;
}

function js(t: Term): Js {
  const v = t.value;
  switch (v.case) {
    case 'SMALL_INTEGER_EXT':
    case 'INTEGER_EXT':
    case 'NEW_FLOAT_EXT':
      return v.value;
    case 'SMALL_BIG_EXT':
    case 'LARGE_BIG_EXT':
      return digits(v.value.sign, v.value.digits);
    case 'ATOM_EXT':
    case 'SMALL_ATOM_EXT':
      return { atom: latin1.decode(v.value.atom_name) };
    case 'ATOM_UTF8_EXT':
    case 'SMALL_ATOM_UTF8_EXT':
      return { atom: utf8.decode(v.value.atom_name) };
    case 'SMALL_TUPLE_EXT':
    case 'LARGE_TUPLE_EXT':
      return { tuple: v.value.elements.map(js) };
    case 'NIL_EXT':
      return [];
    case 'STRING_EXT':
      return Array.from(v.value.characters);
    case 'LIST_EXT': {
      const elements = v.value.elements.map(js);
      return v.value.tail.tag === TermTag.NIL_EXT ? elements : { improper: elements, tail: js(v.value.tail) };
    }
    case 'BINARY_EXT':
      return { binary: toHex(v.value.data) };
    case 'BIT_BINARY_EXT':
      return { bits: toHex(v.value.data), last: v.value.bits };
    case 'MAP_EXT':
      return { map: v.value.pairs.map((p): [Js, Js] => [js(p.key), js(p.value)]) };
    case 'NEW_PID_EXT':
      return { pid: js(v.value.node), id: v.value.id, serial: v.value.serial, creation: v.value.creation };
    default:
      throw new Error(`no picture for ${String(v.case)}`);
  }
}

const atom = (a: string) => ({ atom: a });
const bin = (s: string) => ({ binary: toHex(new TextEncoder().encode(s)) });

/** term_to_binary({ok, [1, 300, -5, 16#123456789ABCDEF0123, -(1 bsl 70)], #{...}, 'hello_wörld', [a | b], {}, [], <<1,2,3:4>>}) */
const expected: Js = {
  tuple: [
    atom('ok'),
    [1, 300, -5, 0x123456789abcdef0123n, -(1n << 70n)],
    {
      map: [
        [atom('list'), [97, 98, 99]], // "abc" travels as STRING_EXT
        [atom('name'), bin('otpnet')],
        // biome-ignore lint/suspicious/noApproximativeNumericConstant: the float the fixture holds, not Math.PI
        [atom('pi'), 3.14159],
        [atom('pid'), { pid: atom('nonode@nohost'), id: 9, serial: 0, creation: 0 }],
      ],
    },
    atom('hello_wörld'),
    { improper: [atom('a')], tail: atom('b') },
    { tuple: [] },
    [],
    { bits: '010230', last: 4 }, // <<1, 2, 3:4>>: 3 bytes, 4 bits of the last used
  ],
};

describe('term_to_binary of a nested term (OTP 25 default: ATOM_EXT atoms)', () => {
  const bytes = fixture('dist/nested-term.bin');
  const ext = decodeExternalTerm(bytes);

  it('starts with version 131 and a SMALL_TUPLE_EXT', () => {
    expect(ext.version).toBe(131);
    expect(ext.term.tag).toBe(TermTag.SMALL_TUPLE_EXT);
  });

  it('decodes to the term Erlang encoded', () => {
    expect(js(ext.term)).toEqual(expected);
  });

  it('uses the tags the runtime chose', () => {
    const v = ext.term.value;
    if (v.case !== 'SMALL_TUPLE_EXT') throw new Error('not a tuple');
    expect(v.value.elements.map((e) => e.tag)).toEqual([
      TermTag.ATOM_EXT,
      TermTag.LIST_EXT,
      TermTag.MAP_EXT,
      TermTag.ATOM_EXT,
      TermTag.LIST_EXT,
      TermTag.SMALL_TUPLE_EXT,
      TermTag.NIL_EXT,
      TermTag.BIT_BINARY_EXT,
    ]);
    const list = v.value.elements[1]!.value;
    if (list.case !== 'LIST_EXT') throw new Error('not a list');
    expect(list.value.elements.map((e) => e.tag)).toEqual([
      TermTag.SMALL_INTEGER_EXT,
      TermTag.INTEGER_EXT,
      TermTag.INTEGER_EXT,
      TermTag.SMALL_BIG_EXT,
      TermTag.SMALL_BIG_EXT,
    ]);
  });

  it('re-encodes to the same bytes', () => {
    expect(toHex(encodeExternalTerm(ext))).toBe(toHex(bytes));
  });

  it('rejects a wrong version byte, a missing byte and a trailing byte', () => {
    const v130 = bytes.slice();
    v130[0] = 130;
    expect(() => decodeExternalTerm(v130)).toThrow();
    expect(() => decodeExternalTerm(bytes.subarray(0, bytes.length - 1))).toThrow();
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(() => decodeExternalTerm(longer)).toThrow();
  });
});

describe('term_to_binary(T, [{minor_version, 2}]): UTF-8 atoms', () => {
  const bytes = fixture('dist/nested-term-utf8-atoms.bin');
  const ext = decodeExternalTerm(bytes);

  it('decodes to the same term, with SMALL_ATOM_UTF8_EXT atoms', () => {
    expect(js(ext.term)).toEqual(expected);
    const v = ext.term.value;
    if (v.case !== 'SMALL_TUPLE_EXT') throw new Error('not a tuple');
    expect(v.value.elements[0]!.tag).toBe(TermTag.SMALL_ATOM_UTF8_EXT);
    expect(v.value.elements[3]!.tag).toBe(TermTag.SMALL_ATOM_UTF8_EXT);
  });

  it('re-encodes to the same bytes', () => {
    expect(toHex(encodeExternalTerm(ext))).toBe(toHex(bytes));
  });
});

describe('term_to_binary(lists:duplicate(100, <<"otpnet">>), [compressed])', () => {
  const bytes = fixture('dist/compressed.bin');

  it('is the COMPRESSED top-level form, whose zlib data inflates to the term', () => {
    expect(() => decodeExternalTerm(bytes)).toThrow(); // 80 is not a term tag
    const c = decodeCompressedExternalTerm(bytes);
    expect(c.version).toBe(131);
    expect(c.tag).toBe(80);
    const inflated = new Uint8Array(inflateSync(c.zlib_data));
    expect(inflated).toHaveLength(c.uncompressed_size);
    const term = js(decodeTerm(inflated));
    expect(term).toEqual(Array.from({ length: 100 }, () => bin('otpnet')));
    expect(toHex(encodeCompressedExternalTerm(c))).toBe(toHex(bytes));
  });
});

describe('small terms', () => {
  it('ok and 42', () => {
    expect(js(decodeExternalTerm(fixture('dist/atom-ok.bin')).term)).toEqual(atom('ok'));
    expect(js(decodeExternalTerm(fixture('dist/small-int.bin')).term)).toEqual(42);
    expect(js(decodeTerm(new Uint8Array([97, 42])))).toEqual(42);
  });

  it('an unknown tag is a decode error', () => {
    expect(() => decodeTerm(new Uint8Array([1, 0]))).toThrow();
  });

  it('hostile nesting fails with a DecodeError instead of exhausting the stack', () => {
    const deep = new Uint8Array(1 + 2 * 100_000 + 1);
    deep[0] = 131;
    for (let i = 0; i < 100_000; i++) deep.set([104, 1], 1 + 2 * i); // {{{...}}}
    deep[deep.length - 1] = 106;
    let error: unknown;
    try {
      decodeExternalTerm(deep);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DecodeError);
  });
});

describe('epmd requests of a real OTP 25 node (test/fixtures/dist/capture-epmd.mjs)', () => {
  const u16 = (n: number) => [n >> 8, n & 255];

  it('ALIVE2_REQ of erl -sname fixture, inside its 2-byte length frame', () => {
    const framed = fixture('dist/epmd-alive2-req.bin');
    const frame = decodeEpmdRequestFrame(framed);
    expect(frame.request[0]).toBe(120);
    const m = decodeALIVE2_REQ(frame.request);
    expect(m.port_no).toBeGreaterThan(0);
    expect(m.node_type).toBe(NodeType.normal);
    expect(m.protocol).toBe(NodeProtocol.tcp_ipv4);
    expect(m.highest_version).toBe(6);
    expect(m.lowest_version).toBe(5); // what OTP 25 really sends
    expect(new TextDecoder().decode(m.node_name)).toBe('fixture');
    expect(m.extra).toHaveLength(0);
    expect(toHex(encodeALIVE2_REQ(m))).toBe(toHex(frame.request));
    expect(toHex(encodeEpmdRequestFrame(frame))).toBe(toHex(framed));
  });

  it('PORT_PLEASE2_REQ of net_adm:ping(other@localhost)', () => {
    const frame = decodeEpmdRequestFrame(fixture('dist/epmd-port-please2-req.bin'));
    expect(new TextDecoder().decode(decodePORT_PLEASE2_REQ(frame.request).node_name)).toBe('other');
  });

  it('ALIVE2_X_RESP and both forms of PORT2_RESP', () => {
    expect(decodeALIVE2_X_RESP(new Uint8Array([118, 0, 0, 0, 0, 7]))).toEqual({ result: 0, creation: 7 });
    const err = new Uint8Array([119, 1]);
    expect(decodePORT2_RESP(err).info.case).toBeUndefined();
    expect(toHex(encodePORT2_RESP(decodePORT2_RESP(err)))).toBe('7701');
    const ok = new Uint8Array([
      119,
      0,
      ...u16(40000),
      77,
      0,
      ...u16(6),
      ...u16(5),
      ...u16(2),
      97,
      98,
      ...u16(0),
    ]);
    const r = decodePORT2_RESP(ok);
    expect(r.result).toBe(0);
    expect(r.info.case).toBe(0);
    if (r.info.case === 0) {
      expect(r.info.value.port_no).toBe(40000);
      expect(new TextDecoder().decode(r.info.value.node_name)).toBe('ab');
    }
    expect(toHex(encodePORT2_RESP(r))).toBe(toHex(ok));
  });
});

describe('distribution handshake of a real OTP 25 node (test/fixtures/dist/capture-epmd.mjs)', () => {
  const framed = fixture('dist/dist-send-name.bin');
  const m = decodeSendName(framed.subarray(2));

  it('send_name carries flags, the creation epmd gave and the full node name', () => {
    expect((framed[0]! << 8) | framed[1]!).toBe(framed.length - 2); // 2-byte length during the handshake
    expect(framed[2]).toBe(78); // 'N'
    expect(m.creation).toBe(7); // from the stand-in epmd's ALIVE2_X_RESP
    expect(new TextDecoder().decode(m.name)).toMatch(/^fixture@/);
    expect(m.extra).toHaveLength(0);
    expect(toHex(encodeSendName(m))).toBe(toHex(framed.subarray(2)));
  });

  it('offers every flag the DistFlags table marks mandatory for OTP 25 and 26', () => {
    const bit = (name: string) => 1n << BigInt(DistFlagsByFlag.get(name)!.bit);
    const mandatory = DistFlags.filter((f) => f.mandatory !== undefined && f.mandatory <= 26).map(
      (f) => f.flag,
    );
    expect(mandatory).toContain('DFLAG_HANDSHAKE_23');
    for (const f of mandatory) expect(m.flags & bit(f), f).toBe(bit(f));
    // the mask the protocol document lists for OTP 25
    const otp25 = DistFlags.filter((f) => f.mandatory === 25).reduce((acc, f) => acc | bit(f.flag), 0n);
    expect(otp25).toBe(0x1070f94n);
  });
});

describe('ControlMessages', () => {
  it('numbers the operations as the protocol document does', () => {
    expect(ControlOp.REG_SEND).toBe(6);
    expect(ControlMessagesByOp.get(ControlOp.REG_SEND)).toMatchObject({ followed_by: 'message' });
    expect(ControlMessagesByOp.get(29)).toMatchObject({
      op: ControlOp.SPAWN_REQUEST,
      followed_by: 'args',
      flag: 'DFLAG_SPAWN',
    });
    expect(ControlMessagesByOp.get(ControlOp.UNLINK)?.obsolete).toBe(true);
    for (const c of ControlMessages) {
      if (c.flag !== undefined) expect(DistFlagsByFlag.has(c.flag), ControlOpName(c.op)).toBe(true);
    }
  });
});
