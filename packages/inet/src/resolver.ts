// Name resolution through the operating system's resolver (getaddrinfo/getnameinfo, so
// /etc/hosts counts), shaped as inet:getaddr/2, getaddrs/2, gethostbyname/1,2,
// gethostbyaddr/1 and gethostname/0 (inet-api).
import { lookup, lookupService } from 'node:dns/promises';
import { hostname } from 'node:os';
import {
  type AddressFamily,
  familyOf,
  type IpAddress,
  isIpAddress,
  ntoa,
  parseAddress,
  parseIpv4Address,
  parseIpv6StrictAddress,
} from './address.js';
import { fromNodeError, InetError } from './errors.js';

/** inet.hrl's #hostent{}. */
export interface Hostent {
  h_name: string;
  h_aliases: string[];
  h_addrtype: AddressFamily;
  h_length: number;
  h_addr_list: IpAddress[];
}

export type Host = string | IpAddress;

function checkFamily(family: AddressFamily): void {
  if (family !== 'inet' && family !== 'inet6')
    throw new InetError('einval', `family: expected inet | inet6, got ${String(family)}`);
}

/** An address literal of the wanted family, or undefined when `host` is a name. */
function literal(host: Host, family: AddressFamily): IpAddress[] | undefined {
  if (isIpAddress(host)) {
    if (familyOf(host) === family) return [host];
    throw new InetError('eafnosupport');
  }
  if (typeof host !== 'string') throw new InetError('einval', 'host: expected a name or an address');
  try {
    return [family === 'inet' ? parseIpv4Address(host) : parseIpv6StrictAddress(host)];
  } catch {
    try {
      parseAddress(host);
    } catch {
      return undefined; // a name
    }
    throw new InetError('nxdomain'); // an address of the other family
  }
}

export async function getaddrs(host: Host, family: AddressFamily = 'inet'): Promise<IpAddress[]> {
  checkFamily(family);
  const lit = literal(host, family);
  if (lit !== undefined) return lit;
  const name = host as string;
  if (name === '' || name.length > 255) throw new InetError('einval', 'host: bad name');
  try {
    const found = await lookup(name, { all: true, family: family === 'inet' ? 4 : 6 });
    const addrs = found.map((a) => parseAddress(a.address));
    const seen = new Set<string>();
    const unique = addrs.filter((a) => {
      const k = a.join(',');
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    if (unique.length === 0) throw new InetError('nxdomain');
    return unique;
  } catch (e) {
    throw fromNodeError(e);
  }
}

export async function getaddr(host: Host, family: AddressFamily = 'inet'): Promise<IpAddress> {
  return (await getaddrs(host, family))[0]!;
}

export async function gethostbyname(name: string, family: AddressFamily = 'inet'): Promise<Hostent> {
  const addrs = await getaddrs(name, family);
  return {
    h_name: name,
    h_aliases: [],
    h_addrtype: family,
    h_length: family === 'inet' ? 4 : 16,
    h_addr_list: addrs,
  };
}

export async function gethostbyaddr(address: Host): Promise<Hostent> {
  let addr: IpAddress;
  try {
    addr = typeof address === 'string' ? parseAddress(address) : address;
  } catch {
    throw new InetError('einval', `not an address: ${String(address)}`);
  }
  if (!isIpAddress(addr)) throw new InetError('einval', 'not an address');
  try {
    const { hostname: name } = await lookupService(ntoa(addr), 0);
    // getnameinfo echoes the numeric address when it finds no name
    if (name === ntoa(addr)) throw new InetError('nxdomain');
    const family = familyOf(addr);
    return {
      h_name: name,
      h_aliases: [],
      h_addrtype: family,
      h_length: family === 'inet' ? 4 : 16,
      h_addr_list: [addr],
    };
  } catch (e) {
    throw fromNodeError(e);
  }
}

/** The local host name; never fails. */
export function gethostname(): string {
  return hostname();
}
