// The receive side of a socket's packet framing, sans-IO: push the bytes that arrive, take
// complete packets out. It keeps only what has arrived and not yet been taken; the socket
// stops reading from the kernel when nobody asks for packets, which bounds that.
import { Reader } from '@otpnet/wire';
import { headerSize, type LengthHeaderSize, strippedHeader } from './headers.js';
import { parseHttpLine } from './http-parse.js';
import { lengthLayouts } from './length-prefix.js';
import { bodyLength } from './limits.js';
import { packetBody, packetLength } from './packet-length.js';
import { ReceiveBuffer } from './receive-buffer.js';
import {
  type FrameLimits,
  type HttpPacket,
  isHttpType,
  type PacketLength,
  type PacketTypeName,
} from './types.js';

export type ReadResult =
  | { readonly kind: 'packet'; readonly packet: Uint8Array; readonly wireSize: number }
  | { readonly kind: 'http'; readonly packet: HttpPacket; readonly wireSize: number }
  | { readonly kind: 'more' }
  | { readonly kind: 'error'; readonly reason: 'emsgsize' };

const more: ReadResult = { kind: 'more' };

export class PacketReader {
  private readonly buffer = new ReceiveBuffer();
  private need = 0; // total length of the packet being assembled, once its header said so
  private scanned = -1; // buffer size at the last fruitless scan of a line or http packet
  private readonly http = { inHeaders: false };
  private headerReader: Reader | undefined;
  private type: PacketTypeName;
  // Of the current type, from the PacketTypes table: the bytes needed before the length is known
  // (0: scan the whole buffer), and the length prefix that is not delivered (0: none).
  private header: number;
  private strip: LengthHeaderSize | 0;
  limits: FrameLimits;

  constructor(type: PacketTypeName, limits: FrameLimits) {
    this.type = type;
    this.header = headerSize(type);
    this.strip = strippedHeader(type);
    this.limits = limits;
    this.http.inHeaders = type === 'httph' || type === 'httph_bin';
  }

  get packetType(): PacketTypeName {
    return this.type;
  }

  /** Change the packet type between packets (setopts); buffered bytes are framed by the new type. */
  setType(type: PacketTypeName): void {
    if (type === this.type) return;
    this.type = type;
    this.header = headerSize(type);
    this.strip = strippedHeader(type);
    this.need = 0;
    this.scanned = -1;
    this.http.inHeaders = type === 'httph' || type === 'httph_bin';
  }

  get buffered(): number {
    return this.buffer.size;
  }

  push(chunk: Uint8Array): void {
    this.buffer.push(chunk);
  }

  /**
   * The next complete packet. In raw mode `length` 0 takes whatever is buffered and `length` > 0
   * exactly that many bytes; the other types ignore it.
   */
  next(length = 0): ReadResult {
    const size = this.buffer.size;
    if (this.type === 'raw') {
      if (length === 0) {
        if (size === 0) return more;
        return { kind: 'packet', packet: this.buffer.takeAll(), wireSize: size };
      }
      if (size < length) return more;
      return { kind: 'packet', packet: this.buffer.take(length), wireSize: length };
    }
    if (size === 0 || size < this.need || size === this.scanned) return more;
    const { header, strip } = this;
    const len =
      strip !== 0
        ? this.lengthPrefixed(strip)
        : packetLength(
            this.type,
            this.buffer.view(header === 0 ? size : header),
            this.limits,
            this.http.inHeaders,
          );
    if (len < 0) return { kind: 'error', reason: 'emsgsize' };
    if (len === 0 || len > size) {
      this.need = len;
      if (len === 0) this.scanned = size;
      return more;
    }
    this.need = 0;
    this.scanned = -1;
    if (strip !== 0) {
      // the length header is not delivered: skip it rather than cut it off a view
      this.buffer.drop(strip);
      return { kind: 'packet', packet: this.buffer.take(len - strip), wireSize: len };
    }
    const bytes = this.buffer.take(len);
    if (isHttpType(this.type)) {
      const asBinary = this.type === 'http_bin' || this.type === 'httph_bin';
      return { kind: 'http', packet: parseHttpLine(bytes, asBinary, this.http), wireSize: len };
    }
    return { kind: 'packet', packet: packetBody(this.type, bytes), wireSize: len };
  }

  /**
   * Length of a {packet, 1 | 2 | 4} packet, read by the generated header reader in place: one
   * Reader per receive buffer rather than one per packet.
   */
  private lengthPrefixed(size: LengthHeaderSize): PacketLength {
    if (this.buffer.size < size) return 0;
    const chunk = this.buffer.peek(size);
    if (this.headerReader === undefined || this.headerReader.bytes.buffer !== chunk.buffer) {
      this.headerReader = new Reader(new Uint8Array(chunk.buffer));
    }
    const r = this.headerReader;
    r.pos = chunk.byteOffset + this.buffer.offset;
    r.end = r.pos + size;
    return bodyLength(size, lengthLayouts[size].read(r).length, this.limits.maxPacket);
  }

  /** Whatever is buffered, framed or not (what is left when the peer closes mid-packet). */
  takeAll(): Uint8Array {
    this.need = 0;
    this.scanned = -1;
    return this.buffer.takeAll();
  }

  clear(): void {
    this.buffer.clear();
    this.need = 0;
    this.scanned = -1;
  }
}
