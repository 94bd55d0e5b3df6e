// The shared tail of every header-based length rule: header plus body, unless the body
// exceeds packet_size (or 2 GB when there is no limit), which makes the packet invalid.
import type { PacketLength } from './types.js';

const maxInt = 0x7fffffff;

export function bodyLength(header: number, body: number, maxPacket: number): PacketLength {
  const limit = maxPacket === 0 ? maxInt - header : maxPacket;
  if (body < 0 || body > limit) return -1;
  return header + body;
}
