// {packet, http | httph | http_bin | httph_bin}: where one HTTP line ends. A start line ends at
// its \n; a header line also takes following lines that start with SP or HT (obsolete line
// folding, RFC 7230 section 3.2.4), so the end is known only once the next line's first byte is
// seen. A lone CRLF (or LF) is the end of the headers.
import type { FrameLimits, PacketLength } from './types.js';

const LF = 0x0a;
const CR = 0x0d;

const isSpace = (c: number | undefined): boolean => c === 0x20 || c === 0x09;

/** `inHeaders`: the start line was seen (or the type is httph*). */
export function httpLength(buf: Uint8Array, limits: FrameLimits, inHeaders: boolean): PacketLength {
  const n = buf.length;
  if ((n === 1 && buf[0] === LF) || (n === 2 && buf[0] === CR && buf[1] === LF)) return n;
  // Without packet_size, the truncation length bounds a line (decode_packet's line_length).
  const max = limits.maxPacket !== 0 ? limits.maxPacket : limits.truncate;
  let from = 0;
  for (;;) {
    const nl = buf.indexOf(LF, from);
    if (nl < 0) {
      if (max !== 0 && n >= max) return -1;
      return 0;
    }
    const plen = nl + 1;
    if (!inHeaders) {
      if (max !== 0 && plen > max) return -1;
      return plen;
    }
    if (plen < n) {
      if (isSpace(buf[plen]) && plen > 2) {
        from = plen;
        continue;
      }
      if (max !== 0 && plen > max) return -1;
      return plen;
    }
    if (max !== 0 && plen > max) return -1;
    return 0;
  }
}
