// {packet, asn1}: one BER TLV (X.690 8.1.2, 8.1.3). Its identifier and length octets are the
// generated BerHeader; the contents follow. The header is kept.
import { readBerHeader } from '@otpnet/inet-spec';
import { DecodeError, Reader } from '@otpnet/wire';
import { bodyLength } from './limits.js';
import type { PacketLength } from './types.js';

export function asn1Length(buf: Uint8Array, maxPacket: number): PacketLength {
  if (buf.length < 2) return 0;
  const r = new Reader(buf);
  try {
    const header = readBerHeader(r);
    return bodyLength(r.pos, header.length, maxPacket);
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    if (e.kind === 'truncated') return 0;
    // The indefinite form (0x80) has no length; Erlang's packet parser reads it as a header-only
    // packet, and so does this.
    if (e.path === 'BerHeader.length' && e.kind === 'bad_value') return bodyLength(r.pos, 0, maxPacket);
    return -1;
  }
}
