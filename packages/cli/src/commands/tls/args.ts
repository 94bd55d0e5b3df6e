// Flags of `otpnet tls serve|connect` and the ssl options they stand for. Flags take a value as
// `--flag value` or `--flag=value`; list values are comma-separated and exact.
import { TlsError } from '@otpnet/tls';

export interface Parsed {
  readonly positional: string[];
  readonly values: Map<string, string>;
  readonly flags: Set<string>;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Splits `args` by what each flag takes: `valued` flags take a value, `booleans` none. */
export function parseArgs(
  args: readonly string[],
  valued: readonly string[],
  booleans: readonly string[],
): Parsed {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (booleans.includes(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
    } else if (valued.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      values.set(name, value);
    } else throw new UsageError(`unknown flag --${name}`);
  }
  return { positional, values, flags };
}

export const list = (v: string): string[] =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Flags reserved for the verification work that follows; refused by name until then. */
export const RESERVED = ['crl-check', 'crl-dir'] as const;
export const RESERVED_FLAGS = ['partial-chain'] as const;

export function refuseReserved(p: Parsed): void {
  for (const name of [...RESERVED, ...RESERVED_FLAGS])
    if (p.values.has(name) || p.flags.has(name)) throw new UsageError(`--${name} is not supported yet`);
}

/** The ssl options both commands share. */
export function commonOptions(p: Parsed): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  const v = p.values;
  if (v.has('cacertfile')) o.cacertfile = v.get('cacertfile');
  if (v.has('certfile')) o.certfile = v.get('certfile');
  if (v.has('keyfile')) o.keyfile = v.get('keyfile');
  if (v.has('verify')) {
    const verify = v.get('verify');
    if (verify !== 'verify_peer' && verify !== 'verify_none')
      throw new UsageError(`--verify: expected verify_peer or verify_none, got ${verify}`);
    o.verify = verify;
  }
  if (v.has('versions')) o.versions = list(v.get('versions') as string);
  if (v.has('ciphers')) o.ciphers = list(v.get('ciphers') as string);
  // The groups for both versions: TLS 1.3 key shares and TLS 1.2 curves alike.
  if (v.has('eccs')) o.supported_groups = list(v.get('eccs') as string);
  return o;
}

/** One line for a failure: `tls_alert unknown_ca`, `econnrefused`, `options versions`. */
export function reasonLine(e: unknown): string {
  if (e instanceof TlsError) {
    const r = e.reason;
    if (typeof r === 'string') return r;
    if ('tls_alert' in r) return `tls_alert ${r.tls_alert[0]}`;
    if ('options' in r) return `options ${r.options.join(',')}: ${e.message}`;
    if ('not_supported' in r) return `not_supported ${r.not_supported}: ${e.message}`;
  }
  if (e instanceof UsageError) return `usage: ${e.message}`;
  return e instanceof Error ? e.message : String(e);
}
