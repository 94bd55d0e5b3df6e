// Header sizes of the packet types, read from the PacketTypes table of
// specs/inet/packet-types.spec (its header, strips_header and send_adds_header columns) so
// that the framing code has one source for them instead of restating 1, 2, 4, 8 and 12.
import { PacketTypes } from '@otpnet/inet-spec';
import type { PacketTypeName } from './types.js';

type Row = (typeof PacketTypes)[number];
type RowOf<N extends PacketTypeName> = Extract<Row, { readonly name: N }>;

/** The header size of a length-prefixed type: 1, 2 or 4, as the table gives them. */
export type LengthHeaderSize = Extract<Row, { readonly strips_header: true }>['header'];

// Plain objects rather than the generated Map: looked up for every packet sent and received.
const rows = Object.fromEntries(PacketTypes.map((r) => [r.name, r])) as Readonly<Record<PacketTypeName, Row>>;
type HeaderOf = { readonly [N in PacketTypeName]: RowOf<N>['header'] };
const headers = Object.fromEntries(PacketTypes.map((r) => [r.name, r.header])) as HeaderOf;

/** Bytes of header needed before the packet length is known: 0 when there is none or it varies (asn1). */
export function headerSize<N extends PacketTypeName>(type: N): HeaderOf[N] {
  return headers[type];
}

/** Header bytes the receiver removes: the length prefix of packet 1, 2 and 4; 0 for the rest. */
export function strippedHeader(type: PacketTypeName): LengthHeaderSize | 0 {
  const row = rows[type];
  return row.strips_header ? row.header : 0;
}

/** Header bytes send puts in front of a packet: the length prefix of packet 1, 2 and 4; 0 for the rest. */
export function sentHeader(type: PacketTypeName): LengthHeaderSize | 0 {
  const row = rows[type];
  return row.send_adds_header ? row.header : 0;
}
