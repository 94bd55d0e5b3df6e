// The send side of packet framing: types 1, 2 and 4 prepend the length header; every other
// type sends the bytes as given (the application supplies its own header). Packets queued
// together are encoded into one buffer, so that many small sends cost one write.
import { Field, Writer } from '@otpnet/wire';
import { sentHeader } from './headers.js';
import { maxBody, writeLengthHeader } from './length-prefix.js';
import type { PacketTypeName } from './types.js';

/** Errors about a packet body name it so. */
const packetBody = new Field('packet body', 'specs/inet/packet-types.spec');

/** Bodies up to this size are copied behind their header; larger ones are sent as they are. */
const copyLimit = 16 * 1024;

/** Whether a body of `length` bytes is too long for the type's length header. */
export function frameTooLarge(type: PacketTypeName, length: number): boolean {
  const size = sentHeader(type);
  return size !== 0 && length > maxBody(size);
}

/** The buffers to write for one packet (undefined when the body does not fit its header). */
export function encodeFrame(type: PacketTypeName, body: Uint8Array): Uint8Array[] | undefined {
  if (frameTooLarge(type, body.length)) return undefined;
  const batch = new SendBatch();
  batch.add(type, body);
  return batch.take();
}

/** Packets waiting to be written, in order. */
export class SendBatch {
  private w: Writer | undefined;
  private parts: Uint8Array[] = [];
  /** Bytes queued, headers included. */
  size = 0;

  /** Queue one packet (its size must have been checked with frameTooLarge); returns its wire size. */
  add(type: PacketTypeName, body: Uint8Array): number {
    const size = sentHeader(type);
    if (size !== 0) {
      this.w ??= new Writer(Math.max(4096, size + body.length));
      writeLengthHeader(this.w, size, body.length);
    }
    if (size !== 0 && body.length <= copyLimit) {
      this.w!.raw(body, packetBody);
    } else {
      this.cut();
      this.parts.push(body);
    }
    this.size += size + body.length;
    return size + body.length;
  }

  private cut(): void {
    if (this.w !== undefined && this.w.pos > 0) this.parts.push(this.w.finish());
    this.w = undefined;
  }

  /** Everything queued, as the buffers to write; the batch is empty afterwards. */
  take(): Uint8Array[] {
    this.cut();
    const out = this.parts;
    this.parts = [];
    this.size = 0;
    return out;
  }
}
