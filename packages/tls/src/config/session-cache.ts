// The client's session cache: what resumption needs per server (host and port), bounded in size;
// the oldest entry goes first when it is full. One process-wide cache, as Erlang's ssl keeps one.
import type { SessionCache, StoredSession } from './config.js';

const MAX_ENTRIES = 1000;

export class LruSessionCache implements SessionCache {
  private readonly entries = new Map<string, StoredSession>();

  constructor(private readonly max = MAX_ENTRIES) {}

  get(key: string): StoredSession | undefined {
    return this.entries.get(key);
  }

  put(key: string, s: StoredSession): void {
    this.entries.delete(key);
    this.entries.set(key, s);
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** The cache clients share unless a test gives its own. */
export const clientSessions = new LruSessionCache();
