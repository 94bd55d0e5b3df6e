// InetError and the reason -> text table of inet:format_error/1 (specs/inet/posix-errors.spec).
import { PosixErrors, PosixErrorsByName, type PosixErrorsName } from '@otpnet/inet-spec';

/** A reason of the POSIX table in specs/inet/posix-errors.spec (`econnrefused`, `nxdomain`, …). */
export type PosixReason = PosixErrorsName;

/**
 * Reasons inet gives that are not in the POSIX table: `closed` and `timeout` as gen_tcp returns
 * them, and `unknown`, the atom the Erlang runtime gives an error code it has no name for
 * (so that the union stays closed when the operating system reports something new).
 */
export const inetOwnReasons = ['closed', 'timeout', 'unknown'] as const;
export type InetOwnReason = (typeof inetOwnReasons)[number];

/** Every reason an InetError can carry: a closed union, so a `switch` over it can be exhaustive. */
export type InetReason = PosixReason | InetOwnReason;

const reasons: ReadonlySet<string> = new Set<string>([...PosixErrors.map((r) => r.name), ...inetOwnReasons]);

export function isInetReason(x: unknown): x is InetReason {
  return typeof x === 'string' && reasons.has(x);
}

/** The text inet:format_error/1 gives; like Erlang, "unknown POSIX error" for reasons not in the table. */
export function formatError(reason: InetReason): string {
  return PosixErrorsByName.get(reason)?.text ?? 'unknown POSIX error';
}

/** Rejection of every inet, gen_tcp and gen_udp operation; `reason` is the Erlang reason atom. */
export class InetError extends Error {
  override readonly name = 'InetError';
  readonly reason: InetReason;
  constructor(reason: InetReason, detail?: string) {
    // Reasons outside the POSIX table (timeout, closed) read better as themselves.
    const text = PosixErrorsByName.get(reason)?.text ?? reason;
    super(detail === undefined ? text : `${text}: ${detail}`);
    this.reason = reason;
  }
}

/**
 * The reason for an operating system error code (`ECONNREFUSED` -> `econnrefused`); a code the
 * table does not name is `unknown`, as in Erlang.
 */
export function reasonOfCode(code: string): InetReason {
  const lower = code.toLowerCase();
  return isInetReason(lower) ? lower : 'unknown';
}

/** Map a Node system error (`ECONNREFUSED`, `ENOTFOUND`, …) to an InetError with the Erlang reason. */
export function fromNodeError(err: unknown): InetError {
  if (err instanceof InetError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  const message = err instanceof Error ? err.message : String(err);
  if (typeof code === 'string') {
    if (code === 'ENOTFOUND' || code === 'EAI_NONAME' || code === 'EAI_NODATA')
      return new InetError('nxdomain');
    if (code === 'EAI_AGAIN') return new InetError('timeout');
    if (
      code === 'ERR_SOCKET_CLOSED' ||
      code === 'ERR_STREAM_DESTROYED' ||
      code === 'ERR_STREAM_WRITE_AFTER_END'
    )
      return new InetError('closed');
    if (/^E[A-Z0-9]+$/.test(code)) {
      const reason = reasonOfCode(code);
      // The code itself is all a caller could act on when it has no name of its own here.
      return reason === 'unknown' ? new InetError(reason, `${code}: ${message}`) : new InetError(reason);
    }
  }
  // Node's own ERR_* codes are argument errors raised before any system call.
  return new InetError('einval', message);
}
