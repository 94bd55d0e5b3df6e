// @otpnet/inet: addresses, name resolution, gen_tcp and gen_udp sockets, packet framing and
// socket options, with Erlang's inet/gen_tcp semantics.
export { type ActiveMode, nextActive, type Packet } from './active-mode.js';
export type { AddressFamily, Ip4Address, Ip6Address, IpAddress } from './address.js';
export { formatError, InetError, type InetReason, type PosixReason } from './errors.js';
export {
  type DecodePacketOptions,
  type DecodePacketResult,
  decodePacket,
  type HttpPacket,
  type HttpString,
  type HttpUri,
  type HttpVersion,
  type PacketTypeOption,
} from './framing/index.js';
export type { Timeout } from './gen-tcp.js';
export * as gen_tcp from './gen-tcp.js';
export type { Datagram, GenUdpSocket } from './gen-udp.js';
export * as gen_udp from './gen-udp.js';
export type { IfAddress, IfEntry, IfFlag } from './ifaddrs.js';
export type { SockAddr } from './inet.js';
export * as inet from './inet.js';
export { type IoData, toBytes } from './iodata.js';
export { ListenSocket } from './listen-socket.js';
export type { InetOptions, Options } from './options.js';
export type { Host, Hostent } from './resolver.js';
export { type SocketOwner, TcpSocket } from './socket.js';
export type { StatOption } from './stats.js';
