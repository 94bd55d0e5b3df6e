// Socket options: names as in the Erlang docs (`packet_size`) or camelCase (`packetSize`),
// checked by the validator generated from specs/inet/options.spec. Sockets keep them by their
// camelCase names.
import {
  type InetOptions,
  type InetOptionsResolved,
  inetOptionsSpecNames,
  inetOptionsTsNames,
  validateInetOptions,
} from '@otpnet/inet-spec';
import { InetError } from './errors.js';

type SpecNames = typeof inetOptionsSpecNames;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type { InetOptions };
/** Options by their camelCase names or the spec's snake_case names. */
export type Options = InetOptions & { [K in keyof InetOptions as SpecNames[K]]?: InetOptions[K] };
/** An option's camelCase name. */
export type OptionName = keyof InetOptions;
/** The options a socket holds: every option with a default is present. */
export type SocketOptions = Mutable<InetOptionsResolved>;

/** Options only meaningful when a socket is created. */
const creationOnly = new Set<OptionName>(['ip', 'ifaddr', 'port', 'family', 'ipv6V6only', 'backlog']);

/** camelCase name of an option given either way, or undefined when unknown. */
export function optionName(name: string): OptionName | undefined {
  if (Object.hasOwn(inetOptionsSpecNames, name)) return name as OptionName;
  if (Object.hasOwn(inetOptionsTsNames, name))
    return inetOptionsTsNames[name as keyof typeof inetOptionsTsNames];
  return undefined;
}

/** Validate `input`, reporting every problem at once; returns only the options given, by camelCase name. */
export function normalizeOptions(input: Options | Readonly<Record<string, unknown>>): Partial<SocketOptions> {
  const result = validateInetOptions(input, 'client');
  if (!result.ok) throw new InetError('einval', result.problems.join('; '));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined) out[optionName(key)!] = value;
  }
  return out as Partial<SocketOptions>;
}

/** setopts rejects options that only make sense at creation. */
export function checkSettable(opts: Partial<SocketOptions>): void {
  const bad = Object.keys(opts).filter((k) => creationOnly.has(k as OptionName));
  if (bad.length > 0)
    throw new InetError('einval', `${bad.join(', ')}: can only be given when the socket is created`);
}

let defaults: InetOptionsResolved | undefined;

/** Options a socket starts with: the schema's defaults, then each layer in order. */
export function resolveOptions(...layers: Partial<SocketOptions>[]): SocketOptions {
  if (defaults === undefined) {
    const r = validateInetOptions({}, 'client');
    // Only a schema whose own defaults fail its constraints gets here: a fault of specs/inet/options.spec.
    if (!r.ok)
      throw new InetError('einval', `the defaults of specs/inet/options.spec: ${r.problems.join('; ')}`);
    defaults = r.value;
  }
  return Object.assign({}, defaults, ...layers) as SocketOptions;
}
