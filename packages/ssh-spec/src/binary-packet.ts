// Generated from specs/ssh/binary-packet.spec by otpnet-gen. Do not edit.
import { Reader, Writer } from '@otpnet/wire';

/**
 * packet_length counts padding_length, the payload and the padding, not the MAC or itself.
 * The payload is what remains of the body after the padding is taken off its end:
 * payload = body[0 .. body.length - padding_length]. The language has no arithmetic on lengths,
 * so the transport splits the body; the total must be a multiple of the cipher block size (or 8)
 * and the padding at least 4 bytes (section 6), which the transport also checks.
 * @see RFC 4253 §6
 */
export interface BinaryPacket {
  packet: Uint8Array;
}

/** Read a {@link BinaryPacket} at the reader's position. */
export function readBinaryPacket(r: Reader): BinaryPacket {
  const packet_length = r.u32('BinaryPacket.packet_length@specs/ssh/binary-packet.spec:14');
  const packet = r.raw(packet_length, 'BinaryPacket.packet@specs/ssh/binary-packet.spec:15');
  return { packet };
}

/** Write a {@link BinaryPacket}. */
export function writeBinaryPacket(w: Writer, v: BinaryPacket): void {
  w.u32(v.packet.length, 'BinaryPacket.packet_length@specs/ssh/binary-packet.spec:14');
  w.raw(v.packet, 'BinaryPacket.packet@specs/ssh/binary-packet.spec:15');
}

/** Decode a whole {@link BinaryPacket}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeBinaryPacket(bytes: Uint8Array): BinaryPacket {
  const r = new Reader(bytes);
  const v = readBinaryPacket(r);
  r.done('BinaryPacket@specs/ssh/binary-packet.spec:16');
  return v;
}

/** Encode a {@link BinaryPacket}. */
export function encodeBinaryPacket(v: BinaryPacket): Uint8Array {
  const w = new Writer();
  writeBinaryPacket(w, v);
  return w.finish();
}

/** @see RFC 4253 §6 */
export interface BinaryPacketBody {
  padding_length: number;
  payload_and_padding: Uint8Array;
}

/** Read a {@link BinaryPacketBody} at the reader's position. */
export function readBinaryPacketBody(r: Reader): BinaryPacketBody {
  const padding_length = r.u8('BinaryPacketBody.padding_length@specs/ssh/binary-packet.spec:20');
  const payload_and_padding = r.rest();
  return { padding_length, payload_and_padding };
}

/** Write a {@link BinaryPacketBody}. */
export function writeBinaryPacketBody(w: Writer, v: BinaryPacketBody): void {
  w.u8(v.padding_length, 'BinaryPacketBody.padding_length@specs/ssh/binary-packet.spec:20');
  w.raw(v.payload_and_padding, 'BinaryPacketBody.payload_and_padding@specs/ssh/binary-packet.spec:21');
}

/** Decode a whole {@link BinaryPacketBody}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeBinaryPacketBody(bytes: Uint8Array): BinaryPacketBody {
  const r = new Reader(bytes);
  const v = readBinaryPacketBody(r);
  r.done('BinaryPacketBody@specs/ssh/binary-packet.spec:22');
  return v;
}

/** Encode a {@link BinaryPacketBody}. */
export function encodeBinaryPacketBody(v: BinaryPacketBody): Uint8Array {
  const w = new Writer();
  writeBinaryPacketBody(w, v);
  return w.finish();
}
