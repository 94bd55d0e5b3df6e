// Generated from specs/options/input.spec by otpnet-gen. Do not edit.
import {
  opt,
  type OptionRole,
  type OptionSchema,
  type OptionsResult,
  type OptionTypeDesc,
  validateOptions,
} from '@otpnet/wire';

export type Versions = readonly SslVersion[];

/** How {@link Versions} is checked at run time. */
export const VersionsType: OptionTypeDesc = opt.list(opt.oneOf('tlsv1.3', 'tlsv1.2'));

export type SslVersion = 'tlsv1.3' | 'tlsv1.2';

/** How {@link SslVersion} is checked at run time. */
export const SslVersionType: OptionTypeDesc = opt.oneOf('tlsv1.3', 'tlsv1.2');

export type Timeout = number | 'infinity';

/** How {@link Timeout} is checked at run time. */
export const TimeoutType: OptionTypeDesc = opt.union(opt.int(0), opt.literal('infinity'));

/**
 * Validate with {@link validateTlsOptions}; every option is optional.
 * @see ssl-api common options
 */
export interface TlsOptions {
  /**
   * Verify the peer's certificate chain.
   * @defaultValue `verify_peer` (client), `verify_none` (server)
   */
  verify?: 'verify_none' | 'verify_peer';
  /**
   * Maximum certificate chain length.
   * @defaultValue `10`
   */
  depth?: number;
  /** @defaultValue `["tlsv1.3", "tlsv1.2"]` */
  versions?: Versions;
  /**
   * How long close waits for unsent data.
   * @defaultValue `{false, 0}`
   */
  linger?: readonly [boolean, number];
  /**
   * Spec name: `handshake_timeout`.
   * @defaultValue `infinity`
   */
  handshakeTimeout?: Timeout;
  /**
   * Server only.
   * Spec name: `fail_if_no_peer_cert`.
   * @defaultValue `false` (server)
   */
  failIfNoPeerCert?: boolean;
  /** Trusted certificates. */
  cacerts?: readonly Uint8Array[];
  ip?: string | readonly number[];
  /** Spec name: `sni_hosts`. */
  sniHosts?: readonly (readonly [string, unknown])[];
  /** Spec name: `sni_fun`. */
  sniFun?: (...args: never[]) => unknown;
  /** @defaultValue `raw` */
  packet?: 'raw' | 0 | 1 | 2 | 4;
  /**
   * How much the TLS layer logs.
   * Spec name: `log_level`.
   * @defaultValue `notice`
   */
  logLevel?:
    | 'emergency'
    | 'alert'
    | 'critical'
    | 'error'
    | 'warning'
    | 'notice'
    | 'info'
    | 'debug'
    | 'all'
    | 'none';
  /** @deprecated use cacerts */
  cacertfile?: string;
}

/**
 * {@link TlsOptions} after validation, with the role's defaults filled in. Options that have a default
 * for every role are always present.
 */
export interface TlsOptionsResolved {
  readonly verify: 'verify_none' | 'verify_peer';
  readonly depth: number;
  readonly versions: Versions;
  readonly linger: readonly [boolean, number];
  readonly handshakeTimeout: Timeout;
  readonly failIfNoPeerCert?: boolean;
  readonly cacerts?: readonly Uint8Array[];
  readonly ip?: string | readonly number[];
  readonly sniHosts?: readonly (readonly [string, unknown])[];
  readonly sniFun?: (...args: never[]) => unknown;
  readonly packet: 'raw' | 0 | 1 | 2 | 4;
  readonly logLevel:
    | 'emergency'
    | 'alert'
    | 'critical'
    | 'error'
    | 'warning'
    | 'notice'
    | 'info'
    | 'debug'
    | 'all'
    | 'none';
  readonly cacertfile?: string;
}

/** The {@link TlsOptions} schema as data: one entry per option and role, then the constraints. */
export const tlsOptionsSchema: OptionSchema = {
  name: 'TlsOptions',
  options: [
    {
      spec: 'verify',
      ts: 'verify',
      role: 'client',
      type: opt.oneOf('verify_none', 'verify_peer'),
      default: 'verify_peer',
      doc: "verify the peer's certificate chain",
    },
    {
      spec: 'verify',
      ts: 'verify',
      role: 'server',
      type: opt.oneOf('verify_none', 'verify_peer'),
      default: 'verify_none',
      doc: "verify the peer's certificate chain",
    },
    {
      spec: 'depth',
      ts: 'depth',
      role: 'common',
      type: opt.int(0, 255),
      default: 10,
      doc: 'maximum certificate chain length',
    },
    { spec: 'versions', ts: 'versions', role: 'common', type: VersionsType, default: ['tlsv1.3', 'tlsv1.2'] },
    {
      spec: 'linger',
      ts: 'linger',
      role: 'common',
      type: opt.tuple(opt.bool, opt.int(0)),
      default: [false, 0],
      doc: 'how long close waits for unsent data',
    },
    {
      spec: 'handshake_timeout',
      ts: 'handshakeTimeout',
      role: 'common',
      type: TimeoutType,
      default: 'infinity',
    },
    { spec: 'fail_if_no_peer_cert', ts: 'failIfNoPeerCert', role: 'server', type: opt.bool, default: false },
    { spec: 'cacerts', ts: 'cacerts', role: 'common', type: opt.list(opt.der), doc: 'trusted certificates' },
    { spec: 'ip', ts: 'ip', role: 'common', type: opt.ip },
    { spec: 'sni_hosts', ts: 'sniHosts', role: 'common', type: opt.list(opt.tuple(opt.string, opt.any)) },
    { spec: 'sni_fun', ts: 'sniFun', role: 'common', type: opt.fun },
    { spec: 'packet', ts: 'packet', role: 'common', type: opt.oneOf('raw', 0, 1, 2, 4), default: 'raw' },
    {
      spec: 'log_level',
      ts: 'logLevel',
      role: 'common',
      type: opt.oneOf(
        'emergency',
        'alert',
        'critical',
        'error',
        'warning',
        'notice',
        'info',
        'debug',
        'all',
        'none',
      ),
      default: 'notice',
      doc: 'how much the TLS layer logs',
    },
    { spec: 'cacertfile', ts: 'cacertfile', role: 'common', type: opt.string, deprecated: 'use cacerts' },
  ],
  constraints: [
    { kind: 'exclusive', options: ['sni_hosts', 'sni_fun'] },
    { kind: 'requires', option: 'fail_if_no_peer_cert', other: 'verify', op: '==', value: 'verify_peer' },
    { kind: 'requires', option: 'cacertfile', other: 'cacerts' },
  ],
};

/** The spec name (as in the Erlang docs and config files) of each {@link TlsOptions} property. */
export const tlsOptionsSpecNames = {
  verify: 'verify',
  depth: 'depth',
  versions: 'versions',
  linger: 'linger',
  handshakeTimeout: 'handshake_timeout',
  failIfNoPeerCert: 'fail_if_no_peer_cert',
  cacerts: 'cacerts',
  ip: 'ip',
  sniHosts: 'sni_hosts',
  sniFun: 'sni_fun',
  packet: 'packet',
  logLevel: 'log_level',
  cacertfile: 'cacertfile',
} as const satisfies Record<keyof TlsOptions, string>;

/** The {@link TlsOptions} property of each spec name. */
export const tlsOptionsTsNames = {
  verify: 'verify',
  depth: 'depth',
  versions: 'versions',
  linger: 'linger',
  handshake_timeout: 'handshakeTimeout',
  fail_if_no_peer_cert: 'failIfNoPeerCert',
  cacerts: 'cacerts',
  ip: 'ip',
  sni_hosts: 'sniHosts',
  sni_fun: 'sniFun',
  packet: 'packet',
  log_level: 'logLevel',
  cacertfile: 'cacertfile',
} as const satisfies Record<string, keyof TlsOptions>;

/**
 * Check {@link TlsOptions} for a client or a server. Returns the options with that role's defaults filled in,
 * or every problem at once, each naming the option (`depth: expected an integer 0..255, got -1`). Keys may be
 * camelCase or the spec's snake_case names, as in `handshakeTimeout` or `handshake_timeout`. Deprecated
 * options are accepted with a warning.
 */
export function validateTlsOptions(input: unknown, role: OptionRole): OptionsResult<TlsOptionsResolved> {
  return validateOptions<TlsOptionsResolved>(tlsOptionsSchema, input, role);
}
