// inet:getstat/1,2 counters. Averages and deviations are running values, as the Erlang
// driver keeps them: avg += (n - avg) / cnt, then dvi += ((n - avg) - dvi) / cnt, reported as
// the truncated absolute value.

export type StatOption =
  | 'recv_cnt'
  | 'recv_max'
  | 'recv_avg'
  | 'recv_dvi'
  | 'recv_oct'
  | 'send_cnt'
  | 'send_max'
  | 'send_avg'
  | 'send_dvi'
  | 'send_oct'
  | 'send_pend';

export const allStats: readonly StatOption[] = [
  'recv_avg',
  'recv_cnt',
  'recv_dvi',
  'recv_max',
  'recv_oct',
  'send_avg',
  'send_cnt',
  'send_dvi',
  'send_max',
  'send_oct',
];

class Counter {
  cnt = 0;
  max = 0;
  avg = 0;
  dvi = 0;
  oct = 0;

  packet(n: number): void {
    this.cnt++;
    this.avg = this.avg + (n - this.avg) / this.cnt;
    this.dvi = this.dvi + (n - this.avg - this.dvi) / this.cnt;
    if (n > this.max) this.max = n;
  }
}

export class SocketStats {
  readonly recv = new Counter();
  readonly send = new Counter();

  /** Bytes read from the network (recv_oct counts bytes, recv_cnt packets delivered). */
  received(bytes: number): void {
    this.recv.oct += bytes;
  }

  delivered(packetBytes: number): void {
    this.recv.packet(packetBytes);
  }

  sent(packetBytes: number): void {
    this.send.packet(packetBytes);
    this.send.oct += packetBytes;
  }

  get(name: StatOption, pending: number): number {
    const [dir, what] = name.split('_') as ['recv' | 'send', 'cnt' | 'max' | 'avg' | 'dvi' | 'oct' | 'pend'];
    if (what === 'pend') return pending;
    return Math.trunc(Math.abs(this[dir][what]));
  }
}
