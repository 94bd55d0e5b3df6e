// Generated from specs/inet/options.spec by otpnet-gen. Do not edit.
import {
  opt,
  type OptionRole,
  type OptionSchema,
  type OptionsResult,
  type OptionTypeDesc,
  validateOptions,
} from '@otpnet/wire';

export type PacketOption =
  | 'raw'
  | 0
  | 1
  | 2
  | 4
  | 'asn1'
  | 'cdr'
  | 'sunrm'
  | 'fcgi'
  | 'tpkt'
  | 'line'
  | 'http'
  | 'http_bin'
  | 'httph'
  | 'httph_bin';

/** How {@link PacketOption} is checked at run time. */
export const PacketOptionType: OptionTypeDesc = opt.oneOf(
  'raw',
  0,
  1,
  2,
  4,
  'asn1',
  'cdr',
  'sunrm',
  'fcgi',
  'tpkt',
  'line',
  'http',
  'http_bin',
  'httph',
  'httph_bin',
);

export type ActiveOption = boolean | 'once' | number;

/** How {@link ActiveOption} is checked at run time. */
export const ActiveOptionType: OptionTypeDesc = opt.union(
  opt.bool,
  opt.literal('once'),
  opt.int(-32768, 32767),
);

export type Timeout = number | 'infinity';

/** How {@link Timeout} is checked at run time. */
export const TimeoutType: OptionTypeDesc = opt.union(opt.int(0), opt.literal('infinity'));

export type RawOption = readonly [number, number, Uint8Array];

/** How {@link RawOption} is checked at run time. */
export const RawOptionType: OptionTypeDesc = opt.tuple(opt.int(), opt.int(), opt.binary);

/**
 * Validate with {@link validateInetOptions}; every option is optional.
 * @see inet-api setopts/2
 */
export interface InetOptions {
  /**
   * Deliver received packets as events (true), on request (false), one event (once) or N events.
   * @defaultValue `true`
   */
  active?: ActiveOption;
  /**
   * Received packets as bytes (binary) or as byte lists (list).
   * @defaultValue `"binary"`
   */
  mode?: 'binary' | 'list';
  /**
   * (list-like) first Size bytes of each packet as numbers, the rest as bytes.
   * @defaultValue `0`
   */
  header?: number;
  /**
   * Packet framing on receive (and header on send for 1, 2, 4).
   * @defaultValue `raw`
   */
  packet?: PacketOption;
  /**
   * Largest packet body accepted; 0 means no limit; lines up to it are accepted.
   * Spec name: `packet_size`.
   * @defaultValue `0`
   */
  packetSize?: number;
  /**
   * The byte ending a line in packet line mode.
   * Spec name: `line_delimiter`.
   * @defaultValue `10`
   */
  lineDelimiter?: number;
  /**
   * Close the socket when the peer closes; false keeps sending possible.
   * Spec name: `exit_on_close`.
   * @defaultValue `true`
   */
  exitOnClose?: boolean;
  /**
   * Report a connection reset as econnreset (tcp_error) instead of closed.
   * Spec name: `show_econnreset`.
   * @defaultValue `false`
   */
  showEconnreset?: boolean;
  /**
   * Size of the user-level receive buffer; long lines are truncated to it.
   * @defaultValue `1460`
   */
  buffer?: number;
  /**
   * Queue sends and write them together.
   * Spec name: `delay_send`.
   * @defaultValue `false`
   */
  delaySend?: boolean;
  /**
   * Shape of active messages (accepted for compatibility).
   * @defaultValue `term`
   */
  deliver?: 'port' | 'term';
  /**
   * Queued send bytes at which the sender is held busy.
   * Spec name: `high_watermark`.
   * @defaultValue `8192`
   */
  highWatermark?: number;
  /**
   * Queued send bytes at which a busy sender is released.
   * Spec name: `low_watermark`.
   * @defaultValue `4096`
   */
  lowWatermark?: number;
  /**
   * Longest wait in milliseconds for a send to be accepted.
   * Spec name: `send_timeout`.
   * @defaultValue `infinity`
   */
  sendTimeout?: Timeout;
  /**
   * Close the socket when a send times out.
   * Spec name: `send_timeout_close`.
   * @defaultValue `false`
   */
  sendTimeoutClose?: boolean;
  /**
   * TCP_NODELAY: send small segments at once.
   * @defaultValue `false`
   */
  nodelay?: boolean;
  /**
   * SO_KEEPALIVE: probe an idle connection.
   * @defaultValue `false`
   */
  keepalive?: boolean;
  /**
   * SO_LINGER: how long close waits for unsent data.
   * @defaultValue `{false, 0}`
   */
  linger?: readonly [boolean, number];
  /**
   * SO_REUSEADDR: allow local reuse of the port.
   * @defaultValue `false`
   */
  reuseaddr?: boolean;
  /**
   * SO_DONTROUTE: bypass routing for outgoing packets.
   * @defaultValue `false`
   */
  dontroute?: boolean;
  /** SO_SNDBUF: kernel send buffer size. */
  sndbuf?: number;
  /** SO_RCVBUF: kernel receive buffer size. */
  recbuf?: number;
  /**
   * SO_PRIORITY of sent packets.
   * @defaultValue `0`
   */
  priority?: number;
  /**
   * IP_TOS of sent packets.
   * @defaultValue `0`
   */
  tos?: number;
  /** Raw setsockopt: protocol level, option number, native-endian value. */
  raw?: RawOption | readonly RawOption[];
  /** @deprecated removed from Erlang/OTP R16 */
  bit8?: 'clear' | 'set' | 'on' | 'off';
  /** Local address to bind to. */
  ip?: string | readonly number[];
  /** Local address to bind to (alias of ip). */
  ifaddr?: string | readonly number[];
  /** Local port to bind to. */
  port?: number;
  /**
   * Address family.
   * @defaultValue `inet`
   */
  family?: 'inet' | 'inet6' | 'local';
  /**
   * IPV6_V6ONLY: an inet6 socket accepts only IPv6.
   * Spec name: `ipv6_v6only`.
   */
  ipv6V6only?: boolean;
  /**
   * Listen queue length.
   * @defaultValue `5`
   */
  backlog?: number;
  /**
   * SO_BROADCAST: permit sending broadcasts.
   * @defaultValue `false`
   */
  broadcast?: boolean;
  /**
   * Datagrams read per readiness notification.
   * Spec name: `read_packets`.
   * @defaultValue `5`
   */
  readPackets?: number;
  /**
   * IP_MULTICAST_TTL.
   * Spec name: `multicast_ttl`.
   * @defaultValue `1`
   */
  multicastTtl?: number;
  /**
   * IP_MULTICAST_LOOP.
   * Spec name: `multicast_loop`.
   * @defaultValue `true`
   */
  multicastLoop?: boolean;
  /**
   * IP_MULTICAST_IF: interface for outgoing multicast.
   * Spec name: `multicast_if`.
   */
  multicastIf?: string | readonly number[];
  /**
   * Join a multicast group {Group, Interface}.
   * Spec name: `add_membership`.
   */
  addMembership?: readonly [string | readonly number[], string | readonly number[]];
  /**
   * Leave a multicast group {Group, Interface}.
   * Spec name: `drop_membership`.
   */
  dropMembership?: readonly [string | readonly number[], string | readonly number[]];
}

/**
 * {@link InetOptions} after validation, with the role's defaults filled in. Options that have a default
 * for every role are always present.
 */
export interface InetOptionsResolved {
  readonly active: ActiveOption;
  readonly mode: 'binary' | 'list';
  readonly header: number;
  readonly packet: PacketOption;
  readonly packetSize: number;
  readonly lineDelimiter: number;
  readonly exitOnClose: boolean;
  readonly showEconnreset: boolean;
  readonly buffer: number;
  readonly delaySend: boolean;
  readonly deliver: 'port' | 'term';
  readonly highWatermark: number;
  readonly lowWatermark: number;
  readonly sendTimeout: Timeout;
  readonly sendTimeoutClose: boolean;
  readonly nodelay: boolean;
  readonly keepalive: boolean;
  readonly linger: readonly [boolean, number];
  readonly reuseaddr: boolean;
  readonly dontroute: boolean;
  readonly sndbuf?: number;
  readonly recbuf?: number;
  readonly priority: number;
  readonly tos: number;
  readonly raw?: RawOption | readonly RawOption[];
  readonly bit8?: 'clear' | 'set' | 'on' | 'off';
  readonly ip?: string | readonly number[];
  readonly ifaddr?: string | readonly number[];
  readonly port?: number;
  readonly family: 'inet' | 'inet6' | 'local';
  readonly ipv6V6only?: boolean;
  readonly backlog: number;
  readonly broadcast: boolean;
  readonly readPackets: number;
  readonly multicastTtl: number;
  readonly multicastLoop: boolean;
  readonly multicastIf?: string | readonly number[];
  readonly addMembership?: readonly [string | readonly number[], string | readonly number[]];
  readonly dropMembership?: readonly [string | readonly number[], string | readonly number[]];
}

/** The {@link InetOptions} schema as data: one entry per option and role, then the constraints. */
export const inetOptionsSchema: OptionSchema = {
  name: 'InetOptions',
  options: [
    {
      spec: 'active',
      ts: 'active',
      role: 'common',
      type: ActiveOptionType,
      default: true,
      doc: 'deliver received packets as events (true), on request (false), one event (once) or N events',
    },
    {
      spec: 'mode',
      ts: 'mode',
      role: 'common',
      type: opt.oneOf('binary', 'list'),
      default: 'binary',
      doc: 'received packets as bytes (binary) or as byte lists (list)',
    },
    {
      spec: 'header',
      ts: 'header',
      role: 'common',
      type: opt.int(0),
      default: 0,
      doc: '(list-like) first Size bytes of each packet as numbers, the rest as bytes',
    },
    {
      spec: 'packet',
      ts: 'packet',
      role: 'common',
      type: PacketOptionType,
      default: 'raw',
      doc: 'packet framing on receive (and header on send for 1, 2, 4)',
    },
    {
      spec: 'packet_size',
      ts: 'packetSize',
      role: 'common',
      type: opt.int(0, 2147483647),
      default: 0,
      doc: 'largest packet body accepted; 0 means no limit; lines up to it are accepted',
    },
    {
      spec: 'line_delimiter',
      ts: 'lineDelimiter',
      role: 'common',
      type: opt.int(0, 255),
      default: 10,
      doc: 'the byte ending a line in packet line mode',
    },
    {
      spec: 'exit_on_close',
      ts: 'exitOnClose',
      role: 'common',
      type: opt.bool,
      default: true,
      doc: 'close the socket when the peer closes; false keeps sending possible',
    },
    {
      spec: 'show_econnreset',
      ts: 'showEconnreset',
      role: 'common',
      type: opt.bool,
      default: false,
      doc: 'report a connection reset as econnreset (tcp_error) instead of closed',
    },
    {
      spec: 'buffer',
      ts: 'buffer',
      role: 'common',
      type: opt.int(1),
      default: 1460,
      doc: 'size of the user-level receive buffer; long lines are truncated to it',
    },
    {
      spec: 'delay_send',
      ts: 'delaySend',
      role: 'common',
      type: opt.bool,
      default: false,
      doc: 'queue sends and write them together',
    },
    {
      spec: 'deliver',
      ts: 'deliver',
      role: 'common',
      type: opt.oneOf('port', 'term'),
      default: 'term',
      doc: 'shape of active messages (accepted for compatibility)',
    },
    {
      spec: 'high_watermark',
      ts: 'highWatermark',
      role: 'common',
      type: opt.int(0),
      default: 8192,
      doc: 'queued send bytes at which the sender is held busy',
    },
    {
      spec: 'low_watermark',
      ts: 'lowWatermark',
      role: 'common',
      type: opt.int(0),
      default: 4096,
      doc: 'queued send bytes at which a busy sender is released',
    },
    {
      spec: 'send_timeout',
      ts: 'sendTimeout',
      role: 'common',
      type: TimeoutType,
      default: 'infinity',
      doc: 'longest wait in milliseconds for a send to be accepted',
    },
    {
      spec: 'send_timeout_close',
      ts: 'sendTimeoutClose',
      role: 'common',
      type: opt.bool,
      default: false,
      doc: 'close the socket when a send times out',
    },
    {
      spec: 'nodelay',
      ts: 'nodelay',
      role: 'common',
      type: opt.bool,
      default: false,
      doc: 'TCP_NODELAY: send small segments at once',
    },
    {
      spec: 'keepalive',
      ts: 'keepalive',
      role: 'common',
      type: opt.bool,
      default: false,
      doc: 'SO_KEEPALIVE: probe an idle connection',
    },
    {
      spec: 'linger',
      ts: 'linger',
      role: 'common',
      type: opt.tuple(opt.bool, opt.int(0)),
      default: [false, 0],
      doc: 'SO_LINGER: how long close waits for unsent data',
    },
    {
      spec: 'reuseaddr',
      ts: 'reuseaddr',
      role: 'common',
      type: opt.bool,
      default: false,
      doc: 'SO_REUSEADDR: allow local reuse of the port',
    },
    {
      spec: 'dontroute',
      ts: 'dontroute',
      role: 'common',
      type: opt.bool,
      default: false,
      doc: 'SO_DONTROUTE: bypass routing for outgoing packets',
    },
    {
      spec: 'sndbuf',
      ts: 'sndbuf',
      role: 'common',
      type: opt.int(1),
      doc: 'SO_SNDBUF: kernel send buffer size',
    },
    {
      spec: 'recbuf',
      ts: 'recbuf',
      role: 'common',
      type: opt.int(1),
      doc: 'SO_RCVBUF: kernel receive buffer size',
    },
    {
      spec: 'priority',
      ts: 'priority',
      role: 'common',
      type: opt.int(0),
      default: 0,
      doc: 'SO_PRIORITY of sent packets',
    },
    {
      spec: 'tos',
      ts: 'tos',
      role: 'common',
      type: opt.int(0, 255),
      default: 0,
      doc: 'IP_TOS of sent packets',
    },
    {
      spec: 'raw',
      ts: 'raw',
      role: 'common',
      type: opt.union(RawOptionType, opt.list(RawOptionType)),
      doc: 'raw setsockopt: protocol level, option number, native-endian value',
    },
    {
      spec: 'bit8',
      ts: 'bit8',
      role: 'common',
      type: opt.oneOf('clear', 'set', 'on', 'off'),
      deprecated: 'removed from Erlang/OTP R16',
    },
    { spec: 'ip', ts: 'ip', role: 'common', type: opt.ip, doc: 'local address to bind to' },
    {
      spec: 'ifaddr',
      ts: 'ifaddr',
      role: 'common',
      type: opt.ip,
      doc: 'local address to bind to (alias of ip)',
    },
    { spec: 'port', ts: 'port', role: 'common', type: opt.int(0, 65535), doc: 'local port to bind to' },
    {
      spec: 'family',
      ts: 'family',
      role: 'common',
      type: opt.oneOf('inet', 'inet6', 'local'),
      default: 'inet',
      doc: 'address family',
    },
    {
      spec: 'ipv6_v6only',
      ts: 'ipv6V6only',
      role: 'common',
      type: opt.bool,
      doc: 'IPV6_V6ONLY: an inet6 socket accepts only IPv6',
    },
    {
      spec: 'backlog',
      ts: 'backlog',
      role: 'common',
      type: opt.int(0),
      default: 5,
      doc: 'listen queue length',
    },
    {
      spec: 'broadcast',
      ts: 'broadcast',
      role: 'common',
      type: opt.bool,
      default: false,
      doc: 'SO_BROADCAST: permit sending broadcasts',
    },
    {
      spec: 'read_packets',
      ts: 'readPackets',
      role: 'common',
      type: opt.int(1),
      default: 5,
      doc: 'datagrams read per readiness notification',
    },
    {
      spec: 'multicast_ttl',
      ts: 'multicastTtl',
      role: 'common',
      type: opt.int(0, 255),
      default: 1,
      doc: 'IP_MULTICAST_TTL',
    },
    {
      spec: 'multicast_loop',
      ts: 'multicastLoop',
      role: 'common',
      type: opt.bool,
      default: true,
      doc: 'IP_MULTICAST_LOOP',
    },
    {
      spec: 'multicast_if',
      ts: 'multicastIf',
      role: 'common',
      type: opt.ip,
      doc: 'IP_MULTICAST_IF: interface for outgoing multicast',
    },
    {
      spec: 'add_membership',
      ts: 'addMembership',
      role: 'common',
      type: opt.tuple(opt.ip, opt.ip),
      doc: 'join a multicast group {Group, Interface}',
    },
    {
      spec: 'drop_membership',
      ts: 'dropMembership',
      role: 'common',
      type: opt.tuple(opt.ip, opt.ip),
      doc: 'leave a multicast group {Group, Interface}',
    },
  ],
  constraints: [],
};

/** The spec name (as in the Erlang docs and config files) of each {@link InetOptions} property. */
export const inetOptionsSpecNames = {
  active: 'active',
  mode: 'mode',
  header: 'header',
  packet: 'packet',
  packetSize: 'packet_size',
  lineDelimiter: 'line_delimiter',
  exitOnClose: 'exit_on_close',
  showEconnreset: 'show_econnreset',
  buffer: 'buffer',
  delaySend: 'delay_send',
  deliver: 'deliver',
  highWatermark: 'high_watermark',
  lowWatermark: 'low_watermark',
  sendTimeout: 'send_timeout',
  sendTimeoutClose: 'send_timeout_close',
  nodelay: 'nodelay',
  keepalive: 'keepalive',
  linger: 'linger',
  reuseaddr: 'reuseaddr',
  dontroute: 'dontroute',
  sndbuf: 'sndbuf',
  recbuf: 'recbuf',
  priority: 'priority',
  tos: 'tos',
  raw: 'raw',
  bit8: 'bit8',
  ip: 'ip',
  ifaddr: 'ifaddr',
  port: 'port',
  family: 'family',
  ipv6V6only: 'ipv6_v6only',
  backlog: 'backlog',
  broadcast: 'broadcast',
  readPackets: 'read_packets',
  multicastTtl: 'multicast_ttl',
  multicastLoop: 'multicast_loop',
  multicastIf: 'multicast_if',
  addMembership: 'add_membership',
  dropMembership: 'drop_membership',
} as const satisfies Record<keyof InetOptions, string>;

/** The {@link InetOptions} property of each spec name. */
export const inetOptionsTsNames = {
  active: 'active',
  mode: 'mode',
  header: 'header',
  packet: 'packet',
  packet_size: 'packetSize',
  line_delimiter: 'lineDelimiter',
  exit_on_close: 'exitOnClose',
  show_econnreset: 'showEconnreset',
  buffer: 'buffer',
  delay_send: 'delaySend',
  deliver: 'deliver',
  high_watermark: 'highWatermark',
  low_watermark: 'lowWatermark',
  send_timeout: 'sendTimeout',
  send_timeout_close: 'sendTimeoutClose',
  nodelay: 'nodelay',
  keepalive: 'keepalive',
  linger: 'linger',
  reuseaddr: 'reuseaddr',
  dontroute: 'dontroute',
  sndbuf: 'sndbuf',
  recbuf: 'recbuf',
  priority: 'priority',
  tos: 'tos',
  raw: 'raw',
  bit8: 'bit8',
  ip: 'ip',
  ifaddr: 'ifaddr',
  port: 'port',
  family: 'family',
  ipv6_v6only: 'ipv6V6only',
  backlog: 'backlog',
  broadcast: 'broadcast',
  read_packets: 'readPackets',
  multicast_ttl: 'multicastTtl',
  multicast_loop: 'multicastLoop',
  multicast_if: 'multicastIf',
  add_membership: 'addMembership',
  drop_membership: 'dropMembership',
} as const satisfies Record<string, keyof InetOptions>;

/**
 * Check {@link InetOptions} for a client or a server. Returns the options with that role's defaults filled
 * in, or every problem at once, each naming the option (`depth: expected an integer 0..255, got -1`). Keys
 * may be camelCase or the spec's snake_case names, as in `packetSize` or `packet_size`. Deprecated options
 * are accepted with a warning.
 */
export function validateInetOptions(input: unknown, role: OptionRole): OptionsResult<InetOptionsResolved> {
  return validateOptions<InetOptionsResolved>(inetOptionsSchema, input, role);
}
