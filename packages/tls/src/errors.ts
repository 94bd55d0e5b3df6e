// The error model of the TLS runtime. Inside the core every protocol failure is an AlertError
// naming the alert to send; at the API it becomes a TlsError whose `reason` is Erlang's:
// `{tls_alert, {Description, Text}}` as { tls_alert: [description, text] }, or an atom such as
// `closed` or `timeout`.
import { type InetReason, formatError as inetFormatError } from '@otpnet/inet';
import { AlertDescription, AlertDescriptionsByDescription } from '@otpnet/tls-spec';

/** An alert description by name (`unknown_ca`, `handshake_failure`, …). */
export type AlertName = keyof typeof AlertDescription;

const alertNames = new Map<number, AlertName>(
  (Object.entries(AlertDescription) as [AlertName, number][]).map(([n, v]) => [v, n]),
);

/** The name of an alert number; unknown numbers keep their number. */
export function alertName(code: number): AlertName | `alert_${number}` {
  return alertNames.get(code) ?? `alert_${code}`;
}

/** A protocol failure inside the core: the alert to send (or that was received) and why. */
export class AlertError extends Error {
  override readonly name = 'AlertError';
  constructor(
    readonly alert: AlertName,
    readonly detail: string,
    /** 'local': we detected it and send the alert; 'remote': the peer sent it. */
    readonly origin: 'local' | 'remote' = 'local',
  ) {
    super(`${alert}: ${detail}`);
  }

  get code(): number {
    return AlertDescription[this.alert];
  }
}

/** Shorthand for throwing an alert from a handler. */
export function alert(name: AlertName, detail: string): AlertError {
  return new AlertError(name, detail);
}

/** Erlang's `{tls_alert, {Description, Text}}`. */
export interface TlsAlertReason {
  readonly tls_alert: readonly [AlertName | `alert_${number}`, string];
}

/** Reasons of our own beside inet's. */
export type TlsOwnReason =
  | 'closed'
  | 'timeout'
  | 'not_connected'
  | 'protocol_not_negotiated'
  | 'handshake_in_progress'
  | 'no_peercert'
  | { readonly options: readonly string[] }
  | { readonly not_supported: string };

export type TlsReason = TlsAlertReason | TlsOwnReason | InetReason;

/** Every rejection of the ssl API: `reason` is the Erlang reason. */
export class TlsError extends Error {
  override readonly name = 'TlsError';
  constructor(
    readonly reason: TlsReason,
    detail?: string,
  ) {
    super(detail === undefined ? formatError(reason) : `${formatError(reason)}: ${detail}`);
  }
}

/** The text Erlang prints for an alert, e.g. "received CLIENT ALERT: Fatal - Unknown CA". */
export function alertText(code: number, role: 'client' | 'server', origin: 'local' | 'remote'): string {
  const text = AlertDescriptionsByDescription.get(code)?.text ?? `Alert ${code}`;
  // Erlang names the side that sent the alert: received alerts come from the peer.
  const sender = origin === 'remote' ? (role === 'client' ? 'SERVER' : 'CLIENT') : role.toUpperCase();
  const verb = origin === 'remote' ? 'received' : 'sent';
  const level = code === AlertDescription.close_notify ? 'Warning' : 'Fatal';
  return `${verb} ${sender} ALERT: ${level} - ${text}`;
}

/** The reason for an AlertError seen by `role`. */
export function alertReason(e: AlertError, role: 'client' | 'server'): TlsAlertReason {
  const base = alertText(e.code, role, e.origin);
  return { tls_alert: [e.alert, e.origin === 'local' ? `${base} - ${e.detail}` : base] };
}

/** ssl:format_error/1. */
export function formatError(reason: unknown): string {
  if (typeof reason === 'object' && reason !== null) {
    if ('tls_alert' in reason) {
      const [name, text] = (reason as TlsAlertReason).tls_alert;
      return `TLS connection failed: ${String(name)}: ${text}`;
    }
    if ('options' in reason) return `bad options: ${(reason as { options: string[] }).options.join('; ')}`;
    if ('not_supported' in reason)
      return `not supported yet: ${(reason as { not_supported: string }).not_supported}`;
  }
  if (reason === 'closed') return 'The connection is closed';
  if (reason === 'timeout') return 'Timeout';
  if (reason === 'not_connected') return 'The socket is not connected';
  if (reason === 'protocol_not_negotiated') return 'No application protocol was negotiated';
  if (reason === 'no_peercert') return 'The peer sent no certificate';
  if (typeof reason === 'string') return inetFormatError(reason as InetReason);
  return `Unexpected error: ${String(reason)}`;
}
