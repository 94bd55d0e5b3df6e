// The socket options an ssl socket takes beside the TLS ones (inet names): delivery (active,
// mode), TCP (nodelay, keepalive) and, for connect and listen, the local address. Framing other
// than raw is not carried out over TLS yet and is refused by name.
import type { ActiveMode } from '@otpnet/inet';
import { TlsError } from '../errors.js';
import type { Mode } from './delivery.js';

export interface SslSocketOptions {
  active: ActiveMode;
  mode: Mode;
  nodelay: boolean;
  keepalive: boolean;
  /** Local address and port to bind (connect) or listen on. */
  ip: string | undefined;
  port: number | undefined;
  family: 'inet' | 'inet6' | undefined;
  backlog: number | undefined;
  reuseaddr: boolean;
}

const SNAKE: Readonly<Record<string, string>> = { send_timeout: 'sendTimeout', exit_on_close: 'exitOnClose' };

function bad(name: string, expected: string, got: unknown): TlsError {
  return new TlsError({ options: [name] }, `${name}: expected ${expected}, got ${String(got)}`);
}

function activeOf(v: unknown): ActiveMode {
  if (v === true || v === false || v === 'once') return v;
  if (typeof v === 'number' && Number.isInteger(v) && v >= -32768 && v <= 32767) return v;
  throw bad('active', "true, false, 'once' or an integer -32768..32767", v);
}

function ipOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.length === 4) return v.join('.');
  if (Array.isArray(v) && v.length === 8) return v.map((x: number) => x.toString(16)).join(':');
  throw bad('ip', 'an address string or tuple', v);
}

/** Applies `input` (keys as given) over `base`; unknown keys are errors naming them. */
export function socketOptions(
  input: Readonly<Record<string, unknown>>,
  base: SslSocketOptions = defaultSocketOptions(),
): SslSocketOptions {
  const o = { ...base };
  for (const [key, v] of Object.entries(input)) {
    const name = SNAKE[key] ?? key;
    switch (name) {
      case 'active':
        o.active = activeOf(v);
        break;
      case 'mode':
        if (v !== 'binary' && v !== 'list') throw bad('mode', "'binary' or 'list'", v);
        o.mode = v;
        break;
      case 'binary':
      case 'list':
        o.mode = name;
        break;
      case 'packet':
        if (v !== 'raw' && v !== 0)
          throw new TlsError(
            { not_supported: 'packet' },
            `packet ${String(v)} over TLS is not supported yet`,
          );
        break;
      case 'nodelay':
      case 'keepalive':
      case 'reuseaddr':
        if (typeof v !== 'boolean') throw bad(name, 'a boolean', v);
        o[name] = v;
        break;
      case 'ip':
      case 'ifaddr':
        o.ip = ipOf(v);
        break;
      case 'port':
        if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 65535)
          throw bad('port', 'an integer 0..65535', v);
        o.port = v as number;
        break;
      case 'inet':
      case 'inet6':
        o.family = name;
        break;
      case 'family':
        if (v !== 'inet' && v !== 'inet6') throw bad('family', "'inet' or 'inet6'", v);
        o.family = v;
        break;
      case 'backlog':
        if (!Number.isInteger(v) || (v as number) < 0) throw bad('backlog', 'a non-negative integer', v);
        o.backlog = v as number;
        break;
      default:
        throw new TlsError({ options: [key] }, `${key}: not an ssl or socket option`);
    }
  }
  return o;
}

export function defaultSocketOptions(): SslSocketOptions {
  // nodelay: a handshake flight must not wait ~40 ms for a delayed ACK on loopback.
  return {
    active: true,
    mode: 'binary',
    nodelay: true,
    keepalive: false,
    ip: undefined,
    port: undefined,
    family: undefined,
    backlog: undefined,
    reuseaddr: true,
  };
}
