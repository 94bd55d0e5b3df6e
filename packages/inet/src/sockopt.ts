// Kernel socket options Node has no call for (SO_SNDBUF, SO_RCVBUF, IP_TOS, SO_PRIORITY,
// SO_DONTROUTE, raw options) go through setsockopt(2)/getsockopt(2) in a small
// native addon built at install. Without it these options fail with enotsup.
import { createRequire } from 'node:module';
import { InetError, reasonOfCode } from './errors.js';

interface SockoptAddon {
  setsockopt(fd: number, level: number, name: number, value: Uint8Array): void;
  getsockopt(fd: number, level: number, name: number, size: number): Uint8Array;
}

let addon: SockoptAddon | null | undefined;

function load(): SockoptAddon | null {
  if (addon !== undefined) return addon;
  const require = createRequire(import.meta.url);
  addon = null;
  for (const path of ['../build/Release/sockopt.node', '../../build/Release/sockopt.node']) {
    try {
      addon = require(path) as SockoptAddon;
      break;
    } catch {
      // not built here
    }
  }
  return addon;
}

export function sockoptAvailable(): boolean {
  return load() !== null;
}

// Linux values (<sys/socket.h>, <netinet/in.h>); other platforms report enotsup.
export const SOL_SOCKET = 1;
export const IPPROTO_IP = 0;
export const IPPROTO_IPV6 = 41;
export const SO_DONTROUTE = 5;
export const SO_SNDBUF = 7;
export const SO_RCVBUF = 8;
export const SO_PRIORITY = 12;
export const IP_TOS = 1;
export const IPV6_TCLASS = 67;

function need(fd: number | undefined, option: string): SockoptAddon {
  const a = load();
  if (a === null || process.platform !== 'linux') {
    throw new InetError('enotsup', `${option}: needs the native sockopt addon, which is not built`);
  }
  if (fd === undefined || fd < 0)
    throw new InetError('einval', `${option}: the socket has no file descriptor yet`);
  return a;
}

function int32(v: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, v, true);
  return b;
}

export function setIntOption(
  fd: number | undefined,
  level: number,
  name: number,
  value: number,
  option: string,
): void {
  setRawOption(fd, level, name, int32(value), option);
}

export function getIntOption(fd: number | undefined, level: number, name: number, option: string): number {
  const b = getRawOption(fd, level, name, 4, option);
  return new DataView(b.buffer, b.byteOffset, 4).getInt32(0, true);
}

export function setRawOption(
  fd: number | undefined,
  level: number,
  name: number,
  value: Uint8Array,
  option: string,
): void {
  try {
    need(fd, option).setsockopt(fd!, level, name, value);
  } catch (e) {
    throw asInet(e, option);
  }
}

export function getRawOption(
  fd: number | undefined,
  level: number,
  name: number,
  size: number,
  option: string,
): Uint8Array {
  try {
    return need(fd, option).getsockopt(fd!, level, name, size);
  } catch (e) {
    throw asInet(e, option);
  }
}

function asInet(e: unknown, option: string): InetError {
  if (e instanceof InetError) return e;
  const code = (e as { code?: unknown }).code;
  return new InetError(typeof code === 'string' ? reasonOfCode(code) : 'einval', option);
}
