// {packet, asn1}: one BER TLV. The identifier may use the long tag form; the length is short
// form or long form with up to 4 length octets (X.690 8.1.2, 8.1.3). The header is kept.
import { bodyLength } from './limits.js';
import type { PacketLength } from './types.js';

export function asn1Length(buf: Uint8Array, maxPacket: number): PacketLength {
  const n = buf.length;
  if (n < 2) return 0;
  let i = 0;
  let nn = n - 1;
  if ((buf[i++]! & 0x1f) === 0x1f) {
    // long tag: continuation octets have the top bit set
    while (nn > 0 && (buf[i]! & 0x80) === 0x80) {
      i++;
      nn--;
    }
    if (nn < 2) return 0;
    i++;
    nn--;
  }
  const first = buf[i]!;
  let length = first & 0x7f;
  if ((first & 0x80) === 0x80) {
    i++;
    nn--;
    if (nn < length) return 0;
    if (length > 4) return -1;
    let plen = 0;
    for (let k = 0; k < length; k++) plen = plen * 256 + buf[i + k]!;
    i += length;
    length = plen;
  } else {
    i++;
  }
  return bodyLength(i, length, maxPacket);
}
