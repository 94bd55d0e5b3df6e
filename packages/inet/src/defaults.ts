// Process-wide default options for connect and listen, the equivalent of the Kernel parameters
// inet_default_connect_options and inet_default_listen_options (inet-api introduction), and
// inet:get_rc/0 which reports the configuration that differs from the defaults.
import { InetError } from './errors.js';
import { normalizeOptions, type Options } from './options.js';

let connectDefaults: Options = {};
let listenDefaults: Options = {};

/** Options every gen_tcp.connect starts from (its own options win). */
export function setDefaultConnectOptions(options: Options): void {
  connectDefaults = checked(options);
}

/** Options every gen_tcp.listen starts from (its own options win); accepted sockets inherit them. */
export function setDefaultListenOptions(options: Options): void {
  listenDefaults = checked(options);
}

function checked(options: Options): Options {
  const normal = normalizeOptions(options);
  // The reference: "the default option {active, true} currently cannot be changed".
  if ('active' in normal) throw new InetError('einval', 'active: cannot be changed by the default options');
  return normal;
}

export function defaultConnectOptions(): Options {
  return connectDefaults;
}

export function defaultListenOptions(): Options {
  return listenDefaults;
}

/** The configuration parameters with values other than the defaults, as [name, value] pairs. */
export function getRc(): Array<[string, unknown]> {
  // Name lookups go to the operating system's resolver, like Erlang's native lookup method.
  const out: Array<[string, unknown]> = [['lookup', ['native']]];
  if (Object.keys(connectDefaults).length > 0)
    out.push(['inet_default_connect_options', { ...connectDefaults }]);
  if (Object.keys(listenDefaults).length > 0)
    out.push(['inet_default_listen_options', { ...listenDefaults }]);
  return out;
}
