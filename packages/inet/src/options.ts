// Socket options: names as in the Erlang docs (`packet_size`) or camelCase (`packetSize`),
// checked against the schema generated from specs/inet/options.spec, and the resolved values a
// socket keeps.
import { InetError } from './errors.js';
import {
  type InetOptions,
  InetOptionsByName,
  InetOptionsSchema,
  validateInetOptions,
} from './pending-spec.js';

type CamelCase<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;
type CamelOptions = { [K in keyof InetOptions as CamelCase<K & string>]?: InetOptions[K] };

export type { InetOptions };
/** Options by their spec names or camelCase names. */
export type Options = InetOptions & CamelOptions;
export type OptionName = keyof InetOptions;

/** Options only meaningful when a socket is created. */
const creationOnly = new Set<OptionName>(['ip', 'ifaddr', 'port', 'family', 'ipv6_v6only', 'backlog']);

/** Validate and turn camelCase names into spec names; every problem is reported at once. */
export function normalizeOptions(input: Options | Readonly<Record<string, unknown>>): InetOptions {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InetError('einval', 'options: expected an object');
  }
  const problems = validateInetOptions(input as Readonly<Record<string, unknown>>);
  if (problems.length > 0) throw new InetError('einval', problems.join('; '));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    out[InetOptionsByName.get(key)!.name] = value;
  }
  return out as InetOptions;
}

/** setopts rejects options that only make sense at creation. */
export function checkSettable(opts: InetOptions): void {
  const bad = Object.keys(opts).filter((k) => creationOnly.has(k as OptionName));
  if (bad.length > 0)
    throw new InetError('einval', `${bad.join(', ')}: can only be given when the socket is created`);
}

/** Spec name of an option given either way, or undefined when unknown. */
export function optionName(name: string): OptionName | undefined {
  return InetOptionsByName.get(name)?.name as OptionName | undefined;
}

export function defaultOf(name: OptionName): unknown {
  return InetOptionsSchema.find((s) => s.name === name)?.default;
}

/** Options a socket starts with: the schema defaults, then each layer in order. */
export function resolveOptions(...layers: InetOptions[]): InetOptions {
  const out: Record<string, unknown> = {};
  for (const s of InetOptionsSchema) if (s.default !== undefined) out[s.name] = s.default;
  for (const layer of layers) Object.assign(out, layer);
  return out as InetOptions;
}
