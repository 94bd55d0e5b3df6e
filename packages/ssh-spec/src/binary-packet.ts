// Generated from specs/ssh/binary-packet.spec by otpnet-gen. Do not edit.
import {
  type DecodeLimits,
  expectLength,
  expectObject,
  fields,
  lengthOf,
  Reader,
  Writer,
} from '@otpnet/wire';

/**
 * packet_length counts padding_length, the payload and the padding, not the MAC or itself; the
 * payload is what the rest leaves. Bounds as OpenSSH enforces them: at least 4 bytes of padding
 * (section 6) and a packet of at most 256 KiB (PACKET_MAX_SIZE), checked before anything is read,
 * so a peer cannot make a reader wait for (or buffer) more. That the whole packet is a multiple of
 * the cipher's block size (or 8) depends on the cipher, so the transport checks it.
 * @see RFC 4253 §6
 */
export interface BinaryPacket {
  payload: Uint8Array;
  padding: Uint8Array;
}

/**
 * What {@link encodeBinaryPacket} takes: a {@link BinaryPacket}, where fields with a default may be left out.
 */
export interface BinaryPacketInput {
  payload: Uint8Array;
  padding: Uint8Array;
}

/** Read a {@link BinaryPacket} at the reader's position. */
export function readBinaryPacket(r: Reader): BinaryPacket {
  const f = F.BinaryPacket;
  const packet_length = r.range(r.u32(f.packet_length), f.packet_length);
  const packet_lengthEnd = r.enter(packet_length, f.packet_length);
  const padding_length = r.range(r.u8(f.padding_length), f.padding_length);
  const payload = r.raw(packet_length - padding_length - 1, f.payload);
  const padding = r.raw(padding_length, f.padding);
  r.leave(packet_lengthEnd, f.packet_length);
  return { payload, padding };
}

/** Write a {@link BinaryPacket}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeBinaryPacket(w: Writer, v: BinaryPacketInput): void {
  const f = F.BinaryPacket;
  expectObject(v, f.$);
  const padding_length = lengthOf(v.padding, f.padding);
  const packet_lengthAt = w.reserve(4);
  const packet_lengthFrom = w.pos;
  w.u8(w.range(padding_length, f.padding_length), f.padding_length);
  w.raw(v.payload, f.payload);
  w.fixed(v.padding, padding_length, f.padding);
  const packet_length = w.range(w.pos - packet_lengthFrom, f.packet_length);
  w.fill(packet_lengthAt, 4, packet_length, f.packet_length);
  expectLength(v.payload, packet_length - padding_length - 1, f.payload);
}

/**
 * Decode a whole {@link BinaryPacket}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeBinaryPacket(bytes: Uint8Array, limits?: DecodeLimits): BinaryPacket {
  const r = new Reader(bytes, 0, bytes.length, limits, F.BinaryPacket.$);
  const v = readBinaryPacket(r);
  r.done(F.BinaryPacket.$);
  return v;
}

/** Encode a {@link BinaryPacket}. */
export function encodeBinaryPacket(v: BinaryPacketInput): Uint8Array {
  const w = new Writer();
  writeBinaryPacket(w, v);
  return w.finish();
}

/**
 * Where each field is in specs/ssh/binary-packet.spec and the bounds its codecs enforce: errors name these.
 */
const F = fields('specs/ssh/binary-packet.spec', {
  BinaryPacket: {
    $: 18,
    packet_length: { line: 14, min: 5, max: 262144 },
    padding_length: { line: 15, min: 4, max: 255 },
    payload: 16,
    padding: 17,
  },
});
