// Options of the reference that the schema accepts but the runtime does not carry out yet. Giving
// one is an error that names it, never a silent no-op; values that ask for what we do anyway
// (`crl_check: false`, `handshake: full`, …) pass.
import { TlsError } from '../errors.js';

type Allowed = (value: unknown) => boolean;
const never: Allowed = () => false;
const isFalse: Allowed = (v) => v === false;

/** TypeScript option name → the values that are fine today. */
const NOT_YET: Readonly<Record<string, Allowed>> = {
  verifyFun: never,
  partialChain: never,
  crlCheck: isFalse,
  crlCache: never,
  customizeHostnameCheck: never,
  signatureAlgsCert: never,
  certificateAuthorities: isFalse,
  stapling: (v) => v === 'no_staple',
  certsKeys: never,
  fallback: isFalse,
  v2HelloCompatible: isFalse,
  clientRenegotiation: isFalse,
  reuseSession: never,
  // Stateless tickets (server) and a client that keeps and reuses them itself are carried out.
  sessionTickets: (v) => v === 'disabled' || v === 'auto' || v === 'stateless',
  useTicket: never,
  earlyData: (v) => v === 'disabled',
  antiReplay: never,
  cookie: (v) => v === true,
  handshake: (v) => v === 'full',
  sniHosts: never,
  sniFun: never,
  userLookupFun: never,
  pskIdentity: never,
  srpIdentity: never,
  keepSecrets: isFalse,
};

/** cb_info names a transport module; ours is gen_tcp, and another transport is given as a Duplex. */
function cbInfoProblem(value: unknown): string | undefined {
  const [module, data, closed, error] = Array.isArray(value) ? value : [];
  if (module === 'gen_tcp' && data === 'tcp' && closed === 'tcp_closed' && error === 'tcp_error')
    return undefined;
  return 'a custom transport is given as a Duplex to connect() or handshake(), not as cb_info';
}

/** Refused with the reason, not "not yet": features that are insecure or obsolete. */
const REFUSED: Readonly<Record<string, string>> = {
  clientPreferredNextProtocols: 'NPN is obsolete; use alpn_advertised_protocols',
  nextProtocolsAdvertised: 'NPN is obsolete; use alpn_preferred_protocols',
  paddingCheck: 'it applies to TLS 1.0 only, which is not supported (RFC 8996)',
  beastMitigation: 'it applies to TLS 1.0 only, which is not supported (RFC 8996)',
};

const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Throws for the first option in `given` (TypeScript names → values) that we cannot honour. */
export function refuseUnsupported(given: ReadonlyMap<string, unknown>): void {
  for (const [name, value] of given) {
    const why = name === 'cbInfo' ? cbInfoProblem(value) : REFUSED[name];
    if (why !== undefined) throw new TlsError({ options: [snake(name)] }, `${snake(name)}: ${why}`);
    const allowed = NOT_YET[name];
    if (allowed && !allowed(value))
      throw new TlsError({ not_supported: snake(name) }, `${snake(name)} is not supported yet`);
  }
}
