// Packet framing, sans-IO: bytes in, packets out. Imports no node: module.
export { type DecodePacketOptions, type DecodePacketResult, decodePacket } from './decode-packet.js';
export { encodeFrame, frameTooLarge, SendBatch } from './encode.js';
export { knownHeaders, latin1 } from './http-parse.js';
export { PacketReader, type ReadResult } from './packet-reader.js';
export { ReceiveBuffer } from './receive-buffer.js';
export {
  type FrameLimits,
  type HttpPacket,
  type HttpString,
  type HttpUri,
  type HttpVersion,
  isHttpType,
  type PacketTypeName,
  type PacketTypeOption,
  packetTypeName,
} from './types.js';
