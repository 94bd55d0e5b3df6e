// Waiting for a peer to say something: how the helpers know a server is ready or a client has
// got its answer.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { type Captured, capturedOf } from './processes.js';

/**
 * The first match of `pattern` in the process's stdout+stderr (for processes started here,
 * including what came before the call). Rejects when the process exits without a match or after
 * `timeoutMs`, with the output in the message.
 */
export function waitForOutput(
  proc: ChildProcessWithoutNullStreams,
  pattern: RegExp,
  timeoutMs = 10_000,
): Promise<RegExpExecArray> {
  const seen = capturedOf(proc) ?? captureFromNow(proc);
  const re = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  return new Promise((resolve, reject) => {
    const check = () => {
      const m = re.exec(seen.all);
      if (m !== null) {
        cleanup();
        resolve(m);
      } else if (seen.done) {
        cleanup();
        reject(new Error(`process exited (code ${proc.exitCode}) before ${pattern}; output:\n${seen.all}`));
      }
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no ${pattern} within ${timeoutMs} ms; output:\n${seen.all}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      seen.changed.delete(check);
    };
    seen.changed.add(check);
    check();
  });
}

// A process not started here: we can only see what comes from now on.
function captureFromNow(proc: ChildProcessWithoutNullStreams): Captured {
  const own: Captured = {
    stdout: '',
    stderr: '',
    all: '',
    exited: new Promise((resolve) => proc.once('close', () => resolve())),
    done: proc.exitCode !== null || proc.signalCode !== null,
    timedOut: false,
    changed: new Set(),
  };
  const onData = (s: Buffer | string) => {
    own.all += s.toString();
    for (const f of [...own.changed]) f();
  };
  proc.stdout.on('data', onData);
  proc.stderr.on('data', onData);
  own.exited.then(() => {
    own.done = true;
    for (const f of [...own.changed]) f();
  });
  return own;
}
