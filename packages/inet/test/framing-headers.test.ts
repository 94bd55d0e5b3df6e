// The framing code takes its header sizes from the PacketTypes table (specs/inet/packet-types.spec):
// for every type with a fixed header, the generated layout of that header has the table's size,
// and both decode_packet and PacketReader know a packet's length after exactly that many bytes.
import {
  encodeFcgiHeader,
  encodeGiopHeader,
  encodePacket1Header,
  encodePacket2Header,
  encodePacket4Header,
  encodeSunRmHeader,
  encodeTpktHeader,
  PacketTypes,
  PacketTypesByName,
} from '@otpnet/inet-spec';
import { describe, expect, it } from 'vitest';
import { decodePacket, encodeFrame, PacketReader, type PacketTypeName } from '../src/framing/index.js';

const noLimits = { maxPacket: 0, truncate: 0, delimiter: 10 };
const tableHeader = (name: PacketTypeName): number => PacketTypesByName.get(name)!.header;

// One packet with an empty body for each type with a fixed header, built by the generated
// encoder of the type's header layout (tpkt's length counts its own header).
const emptyPacket: Partial<Record<PacketTypeName, Uint8Array>> = {
  packet_1: encodePacket1Header({ length: 0 }),
  packet_2: encodePacket2Header({ length: 0 }),
  packet_4: encodePacket4Header({ length: 0 }),
  sunrm: encodeSunRmHeader({ last_fragment: 1, fragment_length: 0 }),
  cdr: encodeGiopHeader({
    major: 1,
    minor: 1,
    flags_reserved: 0,
    more_fragments: 0,
    little_endian: 0,
    message_type: 0,
    message_size: 0,
  }),
  fcgi: encodeFcgiHeader({ type: 1, request_id: 1, content_length: 0, padding_length: 0 }),
  tpkt: encodeTpktHeader({ packet_length: tableHeader('tpkt') }),
};

const fixed = PacketTypes.filter((r) => r.header > 0);

describe('framing header sizes are the PacketTypes table', () => {
  it('every type with a fixed header has a header layout of the table size', () => {
    expect(fixed.map((r) => r.name).sort()).toEqual(Object.keys(emptyPacket).sort());
    for (const r of fixed) expect(emptyPacket[r.name]?.length, r.name).toBe(r.header);
  });

  it.each(fixed)('$name: decode_packet knows the length after exactly $header bytes', (r) => {
    const packet = emptyPacket[r.name]!;
    expect(decodePacket(r.name, packet.subarray(0, r.header - 1))).toEqual({
      status: 'more',
      length: undefined,
    });
    expect(decodePacket(r.name, packet)).toEqual({
      status: 'ok',
      packet: r.strips_header ? new Uint8Array(0) : packet,
      rest: new Uint8Array(0),
    });
  });

  it.each(fixed)('$name: PacketReader delivers the packet with its last header byte', (r) => {
    const packet = emptyPacket[r.name]!;
    const reader = new PacketReader(r.name, noLimits);
    for (const x of packet.subarray(0, -1)) {
      reader.push(Uint8Array.of(x));
      expect(reader.next()).toEqual({ kind: 'more' });
    }
    reader.push(packet.subarray(-1));
    expect(reader.next()).toEqual({
      kind: 'packet',
      packet: r.strips_header ? new Uint8Array(0) : packet,
      wireSize: r.header,
    });
  });

  it.each(PacketTypes)('$name: send adds the header only where the table says so', (r) => {
    const body = Uint8Array.of(1, 2, 3);
    const wire = encodeFrame(r.name, body)!;
    const sent = wire.reduce((n, part) => n + part.length, 0);
    expect(sent).toBe(body.length + (r.send_adds_header ? r.header : 0));
  });
});
