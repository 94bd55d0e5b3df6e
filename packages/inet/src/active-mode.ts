// Active-mode arithmetic (inet-api setopts {active, …}) and the shape a packet is delivered in
// ({mode, binary | list}, {header, Size}).
import type { HttpPacket } from './framing/index.js';
import type { SocketOptions } from './options.js';

/** true: every packet as an event; false: recv only; once: one event; N: N events, then tcp_passive. */
export type ActiveMode = boolean | 'once' | number;

/** A delivered packet: bytes (binary mode), numbers (list mode), `header` numbers then the rest, or HTTP. */
export type Packet = Uint8Array | number[] | [...number[], Uint8Array] | HttpPacket;

/**
 * The active mode after a setopts (`value`) or after one packet went out as an event. An
 * integer adds to a running counter (Erlang's {active, N}); at 0 or below the socket turns
 * passive and `passive` says tcp_passive is due.
 */
export function nextActive(
  current: ActiveMode,
  value: ActiveMode | 'delivered',
): { mode: ActiveMode; passive: boolean } {
  if (value === 'delivered') {
    if (current === 'once') return { mode: false, passive: false };
    if (typeof current === 'number')
      return current <= 1 ? { mode: false, passive: true } : { mode: current - 1, passive: false };
    return { mode: current, passive: false };
  }
  if (typeof value === 'number') {
    const sum = (typeof current === 'number' ? current : 0) + value;
    if (sum > 32767) return { mode: current, passive: false };
    return sum <= 0 ? { mode: false, passive: true } : { mode: sum, passive: false };
  }
  return { mode: value, passive: false };
}

export function shapePacket(bytes: Uint8Array, opts: SocketOptions): Packet {
  if (opts.mode === 'list') return Array.from(bytes);
  const header = opts.header ?? 0;
  if (header === 0) return bytes;
  if (bytes.length <= header) return Array.from(bytes);
  return [...bytes.subarray(0, header), bytes.subarray(header)] as [...number[], Uint8Array];
}
