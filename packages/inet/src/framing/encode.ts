// The send side of packet framing: types 1, 2 and 4 prepend the length header; every other
// type sends the bytes as given (the application supplies its own header).
import { Writer } from '@otpnet/wire';
import { type HeaderSize, maxBody, writeLengthHeader } from './length-prefix.js';
import type { PacketTypeName } from './types.js';

/** Bodies up to this size are copied behind their header, so that one write carries both. */
const copyLimit = 16 * 1024;

/** The buffers to write for one packet, or 'too_large' when the body does not fit its header. */
export function encodeFrame(type: PacketTypeName, body: Uint8Array): Uint8Array[] | 'too_large' {
  const size: HeaderSize | 0 =
    type === 'packet_1' ? 1 : type === 'packet_2' ? 2 : type === 'packet_4' ? 4 : 0;
  if (size === 0) return [body];
  if (body.length > maxBody(size)) return 'too_large';
  const copy = body.length <= copyLimit;
  const w = new Writer(size + (copy ? body.length : 0));
  writeLengthHeader(w, size, body.length);
  if (!copy) return [w.finish(), body];
  w.raw(body, 'packet body');
  return [w.finish()];
}
