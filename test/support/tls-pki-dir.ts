// Where the throwaway PKI is written: a directory the caller names, or a temporary one that goes
// away with the process.
import { existsSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const TMP_PREFIX = 'otpnet-pki-';

/** `wanted` (created if needed), or else a fresh directory under os.tmpdir() removed at exit. */
export async function pkiDir(wanted: string | undefined): Promise<string> {
  if (wanted !== undefined) {
    await fs.mkdir(wanted, { recursive: true });
    return wanted;
  }
  await sweepStale();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `${TMP_PREFIX}${process.pid}-`));
  process.once('exit', () => {
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

// Test workers are often killed rather than exiting, so the exit hook cannot be relied on; the
// next run removes directories whose process (named in the directory) is gone.
async function sweepStale(): Promise<void> {
  const alive = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
  };
  const tmp = os.tmpdir();
  for (const name of await fs.readdir(tmp).catch(() => [] as string[])) {
    const m = new RegExp(`^${TMP_PREFIX}(\\d+)-`).exec(name);
    if (m !== null && Number(m[1]) !== process.pid && !alive(Number(m[1]))) {
      await fs.rm(path.join(tmp, name), { recursive: true, force: true }).catch(() => {});
    }
  }
}
