// InetError and the reason -> text table of inet:format_error/1 (specs/inet/posix-errors.spec).
import { PosixErrorsByName } from '@otpnet/inet-spec';

/** A POSIX reason atom (`econnrefused`, `einval`, …) or one of inet's own (`timeout`, `closed`). */
export type InetReason = string;

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

/** Map a Node system error (`ECONNREFUSED`, `ENOTFOUND`, …) to an InetError with the Erlang reason. */
export function fromNodeError(err: unknown): InetError {
  if (err instanceof InetError) return err;
  const code = (err as { code?: unknown } | null)?.code;
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
    if (/^E[A-Z0-9]+$/.test(code)) return new InetError(code.toLowerCase());
  }
  return new InetError('einval', err instanceof Error ? err.message : String(err));
}
