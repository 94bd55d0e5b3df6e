import { gen_tcp, inet, type ListenSocket, type Options, type TcpSocket } from '../src/index.js';

const open: Array<TcpSocket | ListenSocket> = [];

/** A connected pair over loopback; everything it opens is closed by closeAll. */
export async function pair(
  clientOpts: Options = {},
  serverOpts: Options = {},
): Promise<{ c: TcpSocket; s: TcpSocket; l: ListenSocket }> {
  const l = await gen_tcp.listen(0, { ip: '127.0.0.1', ...serverOpts });
  const c = await gen_tcp.connect('127.0.0.1', inet.port(l), clientOpts, 5000);
  const s = await gen_tcp.accept(l, 5000);
  open.push(l, c, s);
  return { c, s, l };
}

export function track<T extends TcpSocket | ListenSocket>(s: T): T {
  open.push(s);
  return s;
}

export function closeAll(): void {
  for (const s of open.splice(0)) s.close();
}

export function next<T extends unknown[]>(
  emitter: { once(event: string, f: (...args: T) => void): unknown },
  event: string,
): Promise<T> {
  return new Promise((resolve) => emitter.once(event, (...args: T) => resolve(args)));
}

export const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
export const text = (b: unknown): string => new TextDecoder().decode(b as Uint8Array);
