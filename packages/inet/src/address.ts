// IP addresses as tuples of integers and as strings: inet:parse_address/1, parse_strict_address/1,
// parse_ipv4_address/1, parse_ipv6_address/1, ntoa/1 (inet-api "Addresses as inputs").
import { InetError } from './errors.js';

export type Ip4Address = readonly [number, number, number, number];
export type Ip6Address = readonly [number, number, number, number, number, number, number, number];
export type IpAddress = Ip4Address | Ip6Address;
export type AddressFamily = 'inet' | 'inet6';

export function isIp4Address(a: unknown): a is Ip4Address {
  return Array.isArray(a) && a.length === 4 && a.every((x) => Number.isInteger(x) && x >= 0 && x <= 255);
}

export function isIp6Address(a: unknown): a is Ip6Address {
  return Array.isArray(a) && a.length === 8 && a.every((x) => Number.isInteger(x) && x >= 0 && x <= 0xffff);
}

export function isIpAddress(a: unknown): a is IpAddress {
  return isIp4Address(a) || isIp6Address(a);
}

const einval = (what: string): InetError => new InetError('einval', what);

/** Strict dotted quad: exactly four decimal fields 0..255. */
export function parseIpv4StrictAddress(s: string): Ip4Address {
  const parts = s.split('.');
  if (parts.length !== 4) throw einval(`not an IPv4 address: ${s}`);
  const out = parts.map((p) => {
    if (!/^[0-9]{1,3}$/.test(p)) throw einval(`not an IPv4 address: ${s}`);
    const n = Number(p);
    if (n > 255) throw einval(`not an IPv4 address: ${s}`);
    return n;
  });
  return out as unknown as Ip4Address;
}

function parseV4Field(p: string, s: string): number {
  // inet_parse accepts hex (0x) and octal (leading 0) fields, as inet_aton(3) does.
  let n: number;
  if (/^0[xX][0-9a-fA-F]+$/.test(p)) n = Number.parseInt(p.slice(2), 16);
  else if (/^0[0-7]+$/.test(p)) n = Number.parseInt(p.slice(1), 8);
  else if (/^[0-9]+$/.test(p)) n = Number(p);
  else throw einval(`not an IPv4 address: ${s}`);
  return n;
}

/** Lenient IPv4: also `127.1`, `10.0.1`, hex and octal fields, as inet_aton(3). */
export function parseIpv4Address(s: string): Ip4Address {
  const parts = s.split('.');
  if (parts.length < 1 || parts.length > 4 || parts.some((p) => p === ''))
    throw einval(`not an IPv4 address: ${s}`);
  const nums = parts.map((p) => parseV4Field(p, s));
  const last = nums.pop()!;
  if (nums.some((n) => n > 255)) throw einval(`not an IPv4 address: ${s}`);
  const restBytes = 4 - nums.length;
  if (last >= 2 ** (8 * restBytes)) throw einval(`not an IPv4 address: ${s}`);
  const out = [...nums];
  for (let i = restBytes - 1; i >= 0; i--) out.push(Math.floor(last / 2 ** (8 * i)) % 256);
  return out as unknown as Ip4Address;
}

function parseIpv6(s: string, strict: boolean): Ip6Address {
  let text = s;
  // A zone (`fe80::1%lo`) names an interface, not part of the address.
  const pct = text.indexOf('%');
  if (pct >= 0) {
    if (strict && pct === text.length - 1) throw einval(`not an IPv6 address: ${s}`);
    text = text.slice(0, pct);
  }
  const halves = text.split('::');
  if (halves.length > 2) throw einval(`not an IPv6 address: ${s}`);
  const parseSide = (side: string, allowV4Tail: boolean): number[] => {
    if (side === '') return [];
    const groups = side.split(':');
    const out: number[] = [];
    groups.forEach((g, i) => {
      if (allowV4Tail && i === groups.length - 1 && g.includes('.')) {
        const v4 = parseIpv4StrictAddress(g);
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
        return;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) throw einval(`not an IPv6 address: ${s}`);
      out.push(Number.parseInt(g, 16));
    });
    return out;
  };
  let groups: number[];
  if (halves.length === 1) {
    groups = parseSide(halves[0]!, true);
    if (groups.length !== 8) throw einval(`not an IPv6 address: ${s}`);
  } else {
    const head = parseSide(halves[0]!, false);
    const tail = parseSide(halves[1]!, true);
    const fill = 8 - head.length - tail.length;
    if (fill < 1) throw einval(`not an IPv6 address: ${s}`);
    groups = [...head, ...new Array<number>(fill).fill(0), ...tail];
  }
  return groups as unknown as Ip6Address;
}

export function parseIpv6StrictAddress(s: string): Ip6Address {
  return parseIpv6(s, true);
}

/** IPv6, also accepting an IPv4 address (returned IPv4-mapped, as inet:parse_ipv6_address/1). */
export function parseIpv6Address(s: string): Ip6Address {
  try {
    return parseIpv6(s, false);
  } catch (e) {
    try {
      return ipv4MappedIpv6Address(parseIpv4Address(s)) as Ip6Address;
    } catch {
      throw e;
    }
  }
}

/** Strict parse of either family: dotted quad or IPv6 text. */
export function parseStrictAddress(s: string): IpAddress {
  if (/^[0-9.]+$/.test(s)) return parseIpv4StrictAddress(s);
  return parseIpv6StrictAddress(s);
}

/** Lenient parse of either family (inet:parse_address/1). */
export function parseAddress(s: string): IpAddress {
  try {
    return parseIpv4Address(s);
  } catch {
    return parseIpv6(s, false);
  }
}

/** IPv4 -> its IPv4-mapped IPv6 form; IPv4-mapped IPv6 -> IPv4 (inet:ipv4_mapped_ipv6_address/1). */
export function ipv4MappedIpv6Address(a: IpAddress): IpAddress {
  if (a.length === 4) return [0, 0, 0, 0, 0, 0xffff, (a[0] << 8) | a[1], (a[2] << 8) | a[3]];
  const [, , , , , , g, h] = a;
  return [g >> 8, g & 0xff, h >> 8, h & 0xff];
}

/** Address text as inet:ntoa/1 writes it: lower-case hex, the longest zero run as `::`. */
export function ntoa(a: IpAddress | readonly number[]): string {
  if (isIp4Address(a)) return a.join('.');
  if (!isIp6Address(a)) throw einval('not an IP address tuple');
  // ::a.b.c.d (compatible) and ::ffff:a.b.c.d (mapped) keep the dotted tail.
  if (a[0] === 0 && a[1] === 0 && a[2] === 0 && a[3] === 0 && a[4] === 0 && (a[5] === 0 || a[5] === 0xffff)) {
    const tail = `${a[6] >> 8}.${a[6] & 0xff}.${a[7] >> 8}.${a[7] & 0xff}`;
    if (a[5] === 0xffff) return `::ffff:${tail}`;
    if (a[6] !== 0) return `::${tail}`;
  }
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (a[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && a[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (xs: readonly number[]): string => xs.map((x) => x.toString(16)).join(':');
  if (bestStart < 0) return hex(a);
  return `${hex(a.slice(0, bestStart))}::${hex(a.slice(bestStart + bestLen))}`;
}

/** An address given as a tuple or a string, as a tuple. */
export function toAddress(a: IpAddress | string): IpAddress {
  return typeof a === 'string' ? parseStrictAddress(a) : a;
}

export function familyOf(a: IpAddress): AddressFamily {
  return a.length === 4 ? 'inet' : 'inet6';
}
