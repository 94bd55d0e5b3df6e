// Stand-in for the modules `npm run generate` produces from specs/inet/*.spec (posix-errors,
// packet-types, options). It mirrors their declarations one to one and is deleted once
// @otpnet/inet-spec is generated.

// ---------------------------------------------------------------- posix-errors.spec

export interface PosixErrorsRow {
  readonly name: string;
  readonly text: string;
}

export const PosixErrors: readonly PosixErrorsRow[] = [
  { name: 'e2big', text: 'argument list too long' },
  { name: 'eacces', text: 'permission denied' },
  { name: 'eaddrinuse', text: 'address already in use' },
  { name: 'eaddrnotavail', text: "can't assign requested address" },
  { name: 'eadv', text: 'advertise error' },
  { name: 'eafnosupport', text: 'address family not supported by protocol family' },
  { name: 'eagain', text: 'resource temporarily unavailable' },
  { name: 'ealign', text: 'EALIGN' },
  { name: 'ealready', text: 'operation already in progress' },
  { name: 'ebade', text: 'bad exchange descriptor' },
  { name: 'ebadf', text: 'bad file number' },
  { name: 'ebadfd', text: 'file descriptor in bad state' },
  { name: 'ebadmsg', text: 'not a data message' },
  { name: 'ebadr', text: 'bad request descriptor' },
  { name: 'ebadrpc', text: 'RPC structure is bad' },
  { name: 'ebadrqc', text: 'bad request code' },
  { name: 'ebadslt', text: 'invalid slot' },
  { name: 'ebfont', text: 'bad font file format' },
  { name: 'ebusy', text: 'file busy' },
  { name: 'echild', text: 'no children' },
  { name: 'echrng', text: 'channel number out of range' },
  { name: 'ecomm', text: 'communication error on send' },
  { name: 'econnaborted', text: 'software caused connection abort' },
  { name: 'econnrefused', text: 'connection refused' },
  { name: 'econnreset', text: 'connection reset by peer' },
  { name: 'edeadlk', text: 'resource deadlock avoided' },
  { name: 'edeadlock', text: 'resource deadlock avoided' },
  { name: 'edestaddrreq', text: 'destination address required' },
  { name: 'edirty', text: 'mounting a dirty fs w/o force' },
  { name: 'edom', text: 'math argument out of range' },
  { name: 'edotdot', text: 'cross mount point' },
  { name: 'edquot', text: 'disk quota exceeded' },
  { name: 'eduppkg', text: 'duplicate package name' },
  { name: 'eexist', text: 'file already exists' },
  { name: 'efault', text: 'bad address in system call argument' },
  { name: 'efbig', text: 'file too large' },
  { name: 'ehostdown', text: 'host is down' },
  { name: 'ehostunreach', text: 'host is unreachable' },
  { name: 'eidrm', text: 'identifier removed' },
  { name: 'einit', text: 'initialization error' },
  { name: 'einprogress', text: 'operation now in progress' },
  { name: 'eintr', text: 'interrupted system call' },
  { name: 'einval', text: 'invalid argument' },
  { name: 'eio', text: 'I/O error' },
  { name: 'eisconn', text: 'socket is already connected' },
  { name: 'eisdir', text: 'illegal operation on a directory' },
  { name: 'eisnam', text: 'is a name file' },
  { name: 'el2hlt', text: 'level 2 halted' },
  { name: 'el2nsync', text: 'level 2 not synchronized' },
  { name: 'el3hlt', text: 'level 3 halted' },
  { name: 'el3rst', text: 'level 3 reset' },
  { name: 'elbin', text: 'ELBIN' },
  { name: 'elibacc', text: 'cannot access a needed shared library' },
  { name: 'elibbad', text: 'accessing a corrupted shared library' },
  { name: 'elibexec', text: 'cannot exec a shared library directly' },
  { name: 'elibmax', text: 'attempting to link in more shared libraries than system limit' },
  { name: 'elibscn', text: '.lib section in a.out corrupted' },
  { name: 'elnrng', text: 'link number out of range' },
  { name: 'eloop', text: 'too many levels of symbolic links' },
  { name: 'emfile', text: 'too many open files' },
  { name: 'emlink', text: 'too many links' },
  { name: 'emsgsize', text: 'message too long' },
  { name: 'emultihop', text: 'multihop attempted' },
  { name: 'enametoolong', text: 'file name too long' },
  { name: 'enavail', text: 'not available' },
  { name: 'enet', text: 'ENET' },
  { name: 'enetdown', text: 'network is down' },
  { name: 'enetreset', text: 'network dropped connection on reset' },
  { name: 'enetunreach', text: 'network is unreachable' },
  { name: 'enfile', text: 'file table overflow' },
  { name: 'enoano', text: 'anode table overflow' },
  { name: 'enobufs', text: 'no buffer space available' },
  { name: 'enocsi', text: 'no CSI structure available' },
  { name: 'enodata', text: 'no data available' },
  { name: 'enodev', text: 'no such device' },
  { name: 'enoent', text: 'no such file or directory' },
  { name: 'enoexec', text: 'exec format error' },
  { name: 'enolck', text: 'no locks available' },
  { name: 'enolink', text: 'link has be severed' },
  { name: 'enomem', text: 'not enough memory' },
  { name: 'enomsg', text: 'no message of desired type' },
  { name: 'enonet', text: 'machine is not on the network' },
  { name: 'enopkg', text: 'package not installed' },
  { name: 'enoprotoopt', text: 'bad proocol option' },
  { name: 'enospc', text: 'no space left on device' },
  { name: 'enosr', text: 'out of stream resources or not a stream device' },
  { name: 'enosym', text: 'unresolved symbol name' },
  { name: 'enosys', text: 'function not implemented' },
  { name: 'enotblk', text: 'block device required' },
  { name: 'enotconn', text: 'socket is not connected' },
  { name: 'enotdir', text: 'not a directory' },
  { name: 'enotempty', text: 'directory not empty' },
  { name: 'enotnam', text: 'not a name file' },
  { name: 'enotsock', text: 'socket operation on non-socket' },
  { name: 'enotsup', text: 'operation not supported' },
  { name: 'enotty', text: 'inappropriate device for ioctl' },
  { name: 'enotuniq', text: 'name not unique on network' },
  { name: 'enxio', text: 'no such device or address' },
  { name: 'eopnotsupp', text: 'operation not supported on socket' },
  { name: 'eperm', text: 'not owner' },
  { name: 'epfnosupport', text: 'protocol family not supported' },
  { name: 'epipe', text: 'broken pipe' },
  { name: 'eproclim', text: 'too many processes' },
  { name: 'eprocunavail', text: 'bad procedure for program' },
  { name: 'eprogmismatch', text: 'program version wrong' },
  { name: 'eprogunavail', text: 'RPC program not available' },
  { name: 'eproto', text: 'protocol error' },
  { name: 'eprotonosupport', text: 'protocol not supported' },
  { name: 'eprototype', text: 'protocol wrong type for socket' },
  { name: 'erange', text: 'math result unrepresentable' },
  { name: 'erefused', text: 'EREFUSED' },
  { name: 'eremchg', text: 'remote address changed' },
  { name: 'eremdev', text: 'remote device' },
  { name: 'eremote', text: 'pathname hit remote file system' },
  { name: 'eremoteio', text: 'remote i/o error' },
  { name: 'eremoterelease', text: 'EREMOTERELEASE' },
  { name: 'erofs', text: 'read-only file system' },
  { name: 'erpcmismatch', text: 'RPC version is wrong' },
  { name: 'erremote', text: 'object is remote' },
  { name: 'eshutdown', text: "can't send after socket shutdown" },
  { name: 'esocktnosupport', text: 'socket type not supported' },
  { name: 'espipe', text: 'invalid seek' },
  { name: 'esrch', text: 'no such process' },
  { name: 'esrmnt', text: 'srmount error' },
  { name: 'estale', text: 'stale remote file handle' },
  { name: 'esuccess', text: 'Error 0' },
  { name: 'etime', text: 'timer expired' },
  { name: 'etimedout', text: 'connection timed out' },
  { name: 'etoomanyrefs', text: "too many references: can't splice" },
  { name: 'etxtbsy', text: 'text file or pseudo-device busy' },
  { name: 'euclean', text: 'structure needs cleaning' },
  { name: 'eunatch', text: 'protocol driver not attached' },
  { name: 'eusers', text: 'too many users' },
  { name: 'eversion', text: 'version mismatch' },
  { name: 'ewouldblock', text: 'operation would block' },
  { name: 'exdev', text: 'cross-domain link' },
  { name: 'exfull', text: 'message tables full' },
  { name: 'nxdomain', text: 'non-existing domain' },
  { name: 'exbadport', text: 'invalid port state' },
  { name: 'exbadseq', text: 'bad command sequence' },
  { name: 'system_limit', text: 'a system limit was hit, probably not enough ports' },
];

export const PosixErrorsByName: ReadonlyMap<string, PosixErrorsRow> = new Map(
  PosixErrors.map((r) => [r.name, r]),
);

// ---------------------------------------------------------------- packet-types.spec

export const PacketType = {
  raw: 0,
  packet_1: 1,
  packet_2: 2,
  packet_4: 3,
  asn1: 4,
  sunrm: 5,
  cdr: 6,
  fcgi: 7,
  line: 8,
  tpkt: 9,
  http: 10,
  httph: 11,
  http_bin: 13,
  httph_bin: 14,
} as const;
export type PacketType = (typeof PacketType)[keyof typeof PacketType] | (number & {});

export interface PacketTypesRow {
  readonly name: string;
  readonly type: PacketType;
  readonly header: number;
  readonly strips_header: boolean;
  readonly send_adds_header: boolean;
  readonly framing: string;
}

export const PacketTypes: readonly PacketTypesRow[] = [
  { name: 'raw', type: 0, header: 0, strips_header: false, send_adds_header: false, framing: 'available' },
  {
    name: 'packet_1',
    type: 1,
    header: 1,
    strips_header: true,
    send_adds_header: true,
    framing: 'length_prefix',
  },
  {
    name: 'packet_2',
    type: 2,
    header: 2,
    strips_header: true,
    send_adds_header: true,
    framing: 'length_prefix',
  },
  {
    name: 'packet_4',
    type: 3,
    header: 4,
    strips_header: true,
    send_adds_header: true,
    framing: 'length_prefix',
  },
  { name: 'asn1', type: 4, header: 0, strips_header: false, send_adds_header: false, framing: 'ber_length' },
  {
    name: 'sunrm',
    type: 5,
    header: 4,
    strips_header: false,
    send_adds_header: false,
    framing: 'record_mark',
  },
  { name: 'cdr', type: 6, header: 12, strips_header: false, send_adds_header: false, framing: 'giop_header' },
  { name: 'fcgi', type: 7, header: 8, strips_header: false, send_adds_header: false, framing: 'fcgi_header' },
  { name: 'line', type: 8, header: 0, strips_header: false, send_adds_header: false, framing: 'delimiter' },
  { name: 'tpkt', type: 9, header: 4, strips_header: false, send_adds_header: false, framing: 'tpkt_header' },
  { name: 'http', type: 10, header: 0, strips_header: false, send_adds_header: false, framing: 'http_line' },
  { name: 'httph', type: 11, header: 0, strips_header: false, send_adds_header: false, framing: 'http_line' },
  {
    name: 'http_bin',
    type: 13,
    header: 0,
    strips_header: false,
    send_adds_header: false,
    framing: 'http_line',
  },
  {
    name: 'httph_bin',
    type: 14,
    header: 0,
    strips_header: false,
    send_adds_header: false,
    framing: 'http_line',
  },
];

export const PacketTypesByName: ReadonlyMap<string, PacketTypesRow> = new Map(
  PacketTypes.map((r) => [r.name, r]),
);
export const PacketTypesByType: ReadonlyMap<PacketType, PacketTypesRow> = new Map(
  PacketTypes.map((r) => [r.type, r]),
);

export class DecodeError extends Error {
  override readonly name = 'DecodeError';
}

function need(bytes: Uint8Array, n: number, what: string): DataView {
  if (bytes.length !== n) throw new DecodeError(`${what}: expected ${n} bytes, got ${bytes.length}`);
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export interface Packet1Header {
  length: number;
}
export function decodePacket1Header(bytes: Uint8Array): Packet1Header {
  return { length: need(bytes, 1, 'Packet1Header').getUint8(0) };
}
export function encodePacket1Header(v: Packet1Header): Uint8Array {
  return Uint8Array.of(v.length);
}

export interface Packet2Header {
  length: number;
}
export function decodePacket2Header(bytes: Uint8Array): Packet2Header {
  return { length: need(bytes, 2, 'Packet2Header').getUint16(0) };
}
export function encodePacket2Header(v: Packet2Header): Uint8Array {
  const out = new Uint8Array(2);
  new DataView(out.buffer).setUint16(0, v.length);
  return out;
}

export interface Packet4Header {
  length: number;
}
export function decodePacket4Header(bytes: Uint8Array): Packet4Header {
  return { length: need(bytes, 4, 'Packet4Header').getUint32(0) };
}
export function encodePacket4Header(v: Packet4Header): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, v.length);
  return out;
}

export interface SunRmHeader {
  record_mark: number;
}
export function decodeSunRmHeader(bytes: Uint8Array): SunRmHeader {
  return { record_mark: need(bytes, 4, 'SunRmHeader').getUint32(0) };
}

export interface FcgiHeader {
  version: number;
  type: number;
  request_id: number;
  content_length: number;
  padding_length: number;
  reserved: number;
}
export function decodeFcgiHeader(bytes: Uint8Array): FcgiHeader {
  const v = need(bytes, 8, 'FcgiHeader');
  return {
    version: v.getUint8(0),
    type: v.getUint8(1),
    request_id: v.getUint16(2),
    content_length: v.getUint16(4),
    padding_length: v.getUint8(6),
    reserved: v.getUint8(7),
  };
}

export interface TpktHeader {
  version: number;
  reserved: number;
  packet_length: number;
}
export function decodeTpktHeader(bytes: Uint8Array): TpktHeader {
  const v = need(bytes, 4, 'TpktHeader');
  return { version: v.getUint8(0), reserved: v.getUint8(1), packet_length: v.getUint16(2) };
}

export interface GiopHeader {
  magic: Uint8Array;
  major: number;
  minor: number;
  flags: number;
  message_type: number;
  message_size_be: number;
}
export function decodeGiopHeader(bytes: Uint8Array): GiopHeader {
  const v = need(bytes, 12, 'GiopHeader');
  return {
    magic: bytes.subarray(0, 4),
    major: v.getUint8(4),
    minor: v.getUint8(5),
    flags: v.getUint8(6),
    message_type: v.getUint8(7),
    message_size_be: v.getUint32(8),
  };
}

// ---------------------------------------------------------------- options.spec

export type OptionType =
  | { kind: 'bool' }
  | { kind: 'int'; lo?: number; hi?: number }
  | { kind: 'binary' }
  | { kind: 'ip' }
  | { kind: 'atom'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'tuple'; items: OptionType[] }
  | { kind: 'list'; of: OptionType }
  | { kind: 'union'; of: OptionType[] };

export interface OptionSchema {
  readonly name: string;
  readonly property: string;
  readonly type: OptionType;
  readonly default?: unknown;
  readonly doc?: string;
  readonly deprecated?: string;
}

const bool: OptionType = { kind: 'bool' };
const int = (lo?: number, hi?: number): OptionType => ({
  kind: 'int',
  ...(lo === undefined ? {} : { lo }),
  ...(hi === undefined ? {} : { hi }),
});
const atoms = (...names: (string | number)[]): OptionType[] =>
  names.map((n) => (typeof n === 'number' ? { kind: 'number', value: n } : { kind: 'atom', value: n }));
const union = (...of: OptionType[]): OptionType => ({ kind: 'union', of });
const tuple = (...items: OptionType[]): OptionType => ({ kind: 'tuple', items });
const ip: OptionType = { kind: 'ip' };

const PacketOption = union(
  ...atoms(
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
  ),
);
const ActiveOption = union(bool, ...atoms('once'), int(-32768, 32767));
const Timeout = union(int(0), ...atoms('infinity'));
const RawOption = tuple(int(), int(), { kind: 'binary' });

const camel = (s: string): string => s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const o = (
  name: string,
  type: OptionType,
  dflt: unknown,
  doc: string,
  deprecated?: string,
): OptionSchema => ({
  name,
  property: camel(name),
  type,
  ...(dflt === undefined ? {} : { default: dflt }),
  doc,
  ...(deprecated === undefined ? {} : { deprecated }),
});

export const InetOptionsSchema: readonly OptionSchema[] = [
  o(
    'active',
    ActiveOption,
    true,
    'deliver received packets as events (true), on request (false), one event (once) or N events',
  ),
  o(
    'mode',
    union(...atoms('binary', 'list')),
    'binary',
    'received packets as bytes (binary) or as byte lists (list)',
  ),
  o('header', int(0), 0, '(list-like) first Size bytes of each packet as numbers, the rest as bytes'),
  o('packet', PacketOption, 'raw', 'packet framing on receive (and header on send for 1, 2, 4)'),
  o(
    'packet_size',
    int(0, 2 ** 31 - 1),
    0,
    'largest packet body accepted; 0 means no limit; lines up to it are accepted',
  ),
  o('line_delimiter', int(0, 255), 10, 'the byte ending a line in packet line mode'),
  o('exit_on_close', bool, true, 'close the socket when the peer closes; false keeps sending possible'),
  o('buffer', int(1), 1460, 'size of the user-level receive buffer; long lines are truncated to it'),
  o('delay_send', bool, false, 'queue sends and write them together'),
  o(
    'deliver',
    union(...atoms('port', 'term')),
    'term',
    'shape of active messages (accepted for compatibility)',
  ),
  o('high_watermark', int(0), 8192, 'queued send bytes at which the sender is held busy'),
  o('low_watermark', int(0), 4096, 'queued send bytes at which a busy sender is released'),
  o('send_timeout', Timeout, 'infinity', 'longest wait in milliseconds for a send to be accepted'),
  o('send_timeout_close', bool, false, 'close the socket when a send times out'),
  o('nodelay', bool, false, 'TCP_NODELAY: send small segments at once'),
  o('keepalive', bool, false, 'SO_KEEPALIVE: probe an idle connection'),
  o('linger', tuple(bool, int(0)), [false, 0], 'SO_LINGER: how long close waits for unsent data'),
  o('reuseaddr', bool, false, 'SO_REUSEADDR: allow local reuse of the port'),
  o('dontroute', bool, false, 'SO_DONTROUTE: bypass routing for outgoing packets'),
  o('sndbuf', int(1), undefined, 'SO_SNDBUF: kernel send buffer size'),
  o('recbuf', int(1), undefined, 'SO_RCVBUF: kernel receive buffer size'),
  o('priority', int(0), 0, 'SO_PRIORITY of sent packets'),
  o('tos', int(0, 255), 0, 'IP_TOS of sent packets'),
  o(
    'raw',
    union(RawOption, { kind: 'list', of: RawOption }),
    undefined,
    'raw setsockopt: protocol level, option number, native-endian value',
  ),
  o('bit8', union(...atoms('clear', 'set', 'on', 'off')), undefined, '', 'removed from Erlang/OTP R16'),
  o('ip', ip, undefined, 'local address to bind to'),
  o('ifaddr', ip, undefined, 'local address to bind to (alias of ip)'),
  o('port', int(0, 65535), undefined, 'local port to bind to'),
  o('family', union(...atoms('inet', 'inet6', 'local')), 'inet', 'address family'),
  o('ipv6_v6only', bool, undefined, 'IPV6_V6ONLY: an inet6 socket accepts only IPv6'),
  o('backlog', int(0), 5, 'listen queue length'),
  o('broadcast', bool, false, 'SO_BROADCAST: permit sending broadcasts'),
  o('read_packets', int(1), 5, 'datagrams read per readiness notification'),
  o('multicast_ttl', int(0, 255), 1, 'IP_MULTICAST_TTL'),
  o('multicast_loop', bool, true, 'IP_MULTICAST_LOOP'),
  o('multicast_if', ip, undefined, 'IP_MULTICAST_IF: interface for outgoing multicast'),
  o('add_membership', tuple(ip, ip), undefined, 'join a multicast group {Group, Interface}'),
  o('drop_membership', tuple(ip, ip), undefined, 'leave a multicast group {Group, Interface}'),
];

export const InetOptionsByName: ReadonlyMap<string, OptionSchema> = new Map(
  InetOptionsSchema.flatMap((s) => [
    [s.name, s],
    [s.property, s],
  ]),
);

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
export type ActiveOption = boolean | 'once' | number;
export type IpOption = string | readonly number[];
export type RawOption = readonly [number, number, Uint8Array];

/** Every option, by its spec name; all optional. */
export interface InetOptions {
  active?: ActiveOption;
  mode?: 'binary' | 'list';
  header?: number;
  packet?: PacketOption;
  packet_size?: number;
  line_delimiter?: number;
  exit_on_close?: boolean;
  buffer?: number;
  delay_send?: boolean;
  deliver?: 'port' | 'term';
  high_watermark?: number;
  low_watermark?: number;
  send_timeout?: number | 'infinity';
  send_timeout_close?: boolean;
  nodelay?: boolean;
  keepalive?: boolean;
  linger?: readonly [boolean, number];
  reuseaddr?: boolean;
  dontroute?: boolean;
  sndbuf?: number;
  recbuf?: number;
  priority?: number;
  tos?: number;
  raw?: RawOption | readonly RawOption[];
  bit8?: 'clear' | 'set' | 'on' | 'off';
  ip?: IpOption;
  ifaddr?: IpOption;
  port?: number;
  family?: 'inet' | 'inet6' | 'local';
  ipv6_v6only?: boolean;
  backlog?: number;
  broadcast?: boolean;
  read_packets?: number;
  multicast_ttl?: number;
  multicast_loop?: boolean;
  multicast_if?: IpOption;
  add_membership?: readonly [IpOption, IpOption];
  drop_membership?: readonly [IpOption, IpOption];
}

function describe(t: OptionType): string {
  switch (t.kind) {
    case 'bool':
      return 'a boolean';
    case 'int':
      return t.lo === undefined && t.hi === undefined
        ? 'an integer'
        : `an integer ${t.lo ?? ''}..${t.hi ?? ''}`;
    case 'binary':
      return 'bytes';
    case 'ip':
      return 'an IP address';
    case 'atom':
      return `'${t.value}'`;
    case 'number':
      return String(t.value);
    case 'tuple':
      return `[${t.items.map(describe).join(', ')}]`;
    case 'list':
      return `a list of ${describe(t.of)}`;
    case 'union':
      return t.of.map(describe).join(' | ');
  }
}

function matches(t: OptionType, v: unknown): boolean {
  switch (t.kind) {
    case 'bool':
      return typeof v === 'boolean';
    case 'int':
      return (
        typeof v === 'number' &&
        Number.isInteger(v) &&
        (t.lo === undefined || v >= t.lo) &&
        (t.hi === undefined || v <= t.hi)
      );
    case 'binary':
      return v instanceof Uint8Array;
    case 'ip':
      return (
        typeof v === 'string' ||
        (Array.isArray(v) &&
          (v.length === 4 || v.length === 8) &&
          v.every(
            (x) =>
              typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= (v.length === 4 ? 255 : 65535),
          ))
      );
    case 'atom':
      return v === t.value;
    case 'number':
      return v === t.value;
    case 'tuple':
      return Array.isArray(v) && v.length === t.items.length && t.items.every((it, i) => matches(it, v[i]));
    case 'list':
      return Array.isArray(v) && v.every((x) => matches(t.of, x));
    case 'union':
      return t.of.some((u) => matches(u, v));
  }
}

function show(v: unknown): string {
  if (typeof v === 'string') return `'${v}'`;
  if (v instanceof Uint8Array) return `<${v.length} bytes>`;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function closest(name: string): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const s of InetOptionsSchema) {
    for (const cand of [s.name, s.property]) {
      const d = editDistance(name, cand);
      if (d < bestD) {
        bestD = d;
        best = cand;
      }
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_v, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** Every problem with `input` at once, each naming the option and what was expected. */
export function validateInetOptions(input: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const schema = InetOptionsByName.get(key);
    if (schema === undefined) {
      const hint = closest(key);
      problems.push(`${key}: unknown option${hint === undefined ? '' : `; did you mean ${hint}?`}`);
      continue;
    }
    if (!matches(schema.type, value)) {
      problems.push(`${key}: expected ${describe(schema.type)}, got ${show(value)}`);
    }
  }
  return problems;
}
