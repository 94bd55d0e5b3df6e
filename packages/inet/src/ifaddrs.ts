// inet:getifaddrs/0: interfaces with flags, addresses, netmasks, broadcast addresses and
// hardware addresses. Linux's /sys/class/net gives every interface (also those without an
// address) and its IFF_* flags; os.networkInterfaces() gives the addresses.
import { readdirSync, readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { type IpAddress, parseAddress } from './address.js';

export type IfFlag = 'up' | 'broadcast' | 'loopback' | 'pointtopoint' | 'running' | 'multicast';

export interface IfAddress {
  addr: IpAddress;
  netmask: IpAddress;
  /** IPv4 on a broadcast interface. */
  broadaddr?: IpAddress;
}

export interface IfEntry {
  name: string;
  flags: IfFlag[];
  addrs: IfAddress[];
  /** Present when the interface has a link-layer address. */
  hwaddr?: number[];
}

// <linux/if.h> IFF_* bits, in the order inet:getifaddrs/0 lists them.
const flagBits: ReadonlyArray<[IfFlag, number]> = [
  ['up', 0x1],
  ['broadcast', 0x2],
  ['loopback', 0x8],
  ['pointtopoint', 0x10],
  ['running', 0x40],
  ['multicast', 0x1000],
];

function readSys(name: string, file: string): string | undefined {
  try {
    return readFileSync(`/sys/class/net/${name}/${file}`, 'utf8').trim();
  } catch {
    return undefined;
  }
}

function sysInterfaces(): string[] {
  try {
    const names = readdirSync('/sys/class/net');
    const index = (n: string) => Number(readSys(n, 'ifindex') ?? 0);
    return names.sort((a, b) => index(a) - index(b));
  } catch {
    return [];
  }
}

function parseMac(mac: string): number[] {
  return mac.split(':').map((h) => Number.parseInt(h, 16));
}

export function getifaddrs(): IfEntry[] {
  const addrs = networkInterfaces();
  const names = sysInterfaces();
  for (const n of Object.keys(addrs)) if (!names.includes(n)) names.push(n);
  return names.map((name) => {
    const raw = readSys(name, 'flags');
    const list = addrs[name] ?? [];
    let flags: IfFlag[];
    if (raw !== undefined) {
      const bits = Number.parseInt(raw, 16);
      // sysfs shows the administrative flags; like getifaddrs(3), a carrier makes the link running.
      const running = (bits & 0x1) !== 0 && readSys(name, 'carrier') === '1' ? 0x40 : 0;
      flags = flagBits.filter(([, bit]) => ((bits | running) & bit) !== 0).map(([f]) => f);
    } else {
      // No sysfs: infer what Node tells (listed interfaces are up and running).
      const loop = list.some((a) => a.internal);
      flags = loop ? ['up', 'loopback', 'running'] : ['up', 'broadcast', 'running', 'multicast'];
    }
    const entry: IfEntry = { name, flags, addrs: [] };
    for (const a of list) {
      const addr = parseAddress(a.address.split('%')[0]!);
      const netmask = parseAddress(a.netmask);
      const item: IfAddress = { addr, netmask };
      if (a.family === 'IPv4' && flags.includes('broadcast')) {
        item.broadaddr = addr.map((x, i) => (x | (~netmask[i]! & 0xff)) & 0xff) as unknown as IpAddress;
      }
      entry.addrs.push(item);
    }
    const mac = readSys(name, 'address') ?? list.find((a) => a.mac !== undefined)?.mac;
    if (mac !== undefined && /^[0-9a-f]{2}(:[0-9a-f]{2})+$/i.test(mac)) entry.hwaddr = parseMac(mac);
    return entry;
  });
}
