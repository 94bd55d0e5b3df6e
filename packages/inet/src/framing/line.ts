// {packet, line}: a packet is a line ending with the delimiter (default \n), delimiter included.
// A line longer than packet_size is invalid; one longer than the truncation length (the socket's
// buffer, decode_packet's line_length) is cut there and the rest starts the next packet.
import type { FrameLimits, PacketLength } from './types.js';

export function lineLength(buf: Uint8Array, limits: FrameLimits): PacketLength {
  const { maxPacket, truncate, delimiter } = limits;
  const at = buf.indexOf(delimiter);
  if (at < 0) {
    if (maxPacket !== 0 && buf.length > maxPacket) return -1;
    if (truncate !== 0 && buf.length >= truncate) return truncate;
    return 0;
  }
  const len = at + 1;
  if (maxPacket !== 0 && len > maxPacket) return -1;
  if (truncate !== 0 && len > truncate) return truncate;
  return len;
}
