// Every peer process is spawned here: with an argument array (no shell), its output captured,
// killed once it outlives its lifetime, and recorded so that stopAll() stops exactly the
// processes started here and nothing else.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { findPeer } from '../peers.js';

/** What a process has printed so far, and whether it has ended. */
export interface Captured {
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved as they arrived. */
  all: string;
  exited: Promise<void>;
  done: boolean;
  timedOut: boolean;
  /** Called on new output and on exit. */
  changed: Set<() => void>;
}

const running = new Set<ChildProcessWithoutNullStreams>();
const captured = new WeakMap<ChildProcessWithoutNullStreams, Captured>();

// A test run that dies early must not leave peers listening behind it.
process.once('exit', () => {
  for (const p of running) p.kill('SIGKILL');
});

/** What `proc` printed, when start() spawned it. */
export const capturedOf = (proc: ChildProcessWithoutNullStreams): Captured | undefined => captured.get(proc);

/** The absolute path of the peer command `name`; throws when it is not installed. */
export function command(name: string): string {
  const found = findPeer(name);
  if (found === undefined) throw new Error(`${name} is not installed`);
  return found;
}

/** Spawn, capture output, record in `running`, and kill after `lifetimeMs`. */
export function start(
  cmd: string,
  args: string[],
  lifetimeMs: number,
  env?: NodeJS.ProcessEnv,
): { proc: ChildProcessWithoutNullStreams; c: Captured } {
  const proc = spawn(cmd, args, { stdio: 'pipe', env: env ?? process.env });
  running.add(proc);
  let settle!: () => void;
  const c: Captured = {
    stdout: '',
    stderr: '',
    all: '',
    exited: new Promise<void>((resolve) => (settle = resolve)),
    done: false,
    timedOut: false,
    changed: new Set(),
  };
  captured.set(proc, c);
  const notify = () => {
    for (const f of [...c.changed]) f();
  };
  const append = (stream: 'stdout' | 'stderr') => (s: string) => {
    c[stream] += s;
    c.all += s;
    notify();
  };
  proc.stdout.setEncoding('utf8');
  proc.stderr.setEncoding('utf8');
  proc.stdout.on('data', append('stdout'));
  proc.stderr.on('data', append('stderr'));
  // A peer that quits early closes stdin under us; that is its business, not an error here.
  proc.stdin.on('error', () => {});
  const timer = setTimeout(() => {
    c.timedOut = true;
    proc.kill('SIGKILL');
  }, lifetimeMs);
  timer.unref();
  const finish = () => {
    if (c.done) return;
    c.done = true;
    clearTimeout(timer);
    running.delete(proc);
    settle();
    notify();
  };
  proc.on('error', (e) => {
    append('stderr')(`spawn failed: ${e.message}\n`);
    finish();
  });
  // 'close' comes once stdio has drained, so output is complete; but a grandchild holding the
  // pipes open must not delay us long after the process itself has gone.
  proc.on('close', finish);
  proc.on('exit', () => setTimeout(finish, 500).unref());
  return { proc, c };
}

/** SIGTERM, then SIGKILL if it has not exited within 2 s; resolves once it has exited. */
export async function stopProcess(proc: ChildProcessWithoutNullStreams): Promise<void> {
  const c = captured.get(proc);
  if (c === undefined || c.done) return;
  proc.kill('SIGTERM');
  const hard = setTimeout(() => proc.kill('SIGKILL'), 2000);
  await c.exited;
  clearTimeout(hard);
}

/** Stop every peer process started by these helpers that is still running. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stopProcess));
}
