// From the ssl options to the TlsConfig the core runs on: validated by the generated schema, files
// read, certificates and keys parsed, names turned into wire values. Socket options (active,
// mode, packet, nodelay, …) are split off for the transport. Every failure is a TlsError naming
// the option.
import { type Provider, resolveProvider } from '@otpnet/crypto';
import { type TlsOptionsResolved, tlsOptionsSchema, validateTlsOptions } from '@otpnet/tls-spec';
import { TlsError } from '../errors.js';
import { parseGroups, parseSignatureAlgs } from './algorithms.js';
import { parseCiphers } from './ciphers.js';
import type { Role, TlsConfig, TlsVersionName } from './config.js';
import { defaultConfig } from './defaults.js';
import { optionError } from './load.js';
import { resolveCertificates } from './resolve-certificates.js';
import { clientSessions, LruSessionCache } from './session-cache.js';
import { refuseUnsupported } from './unsupported.js';

export interface ResolvedOptions {
  readonly config: TlsConfig;
  /** The options that are not TLS options, for the socket (inet names). */
  readonly socket: Record<string, unknown>;
  /** The validated TLS options, defaults filled in. */
  readonly tls: TlsOptionsResolved;
  /** Idle time after which buffers are released (hibernate_after). */
  readonly hibernateAfter: number | undefined;
}

export interface ResolveContext {
  /** The host a client connects to: the default SNI and the name checked. */
  readonly host?: string | undefined;
  /** The port a client connects to: with the host, where its sessions are kept. */
  readonly port?: number | undefined;
}

const TLS_KEYS = new Map<string, string>();
for (const o of tlsOptionsSchema.options) {
  TLS_KEYS.set(o.ts, o.ts);
  TLS_KEYS.set(o.spec, o.ts);
}

const LEGACY_VERSIONS: Readonly<Record<string, string>> = {
  'tlsv1.1': 'TLS 1.1 is deprecated (RFC 8996) and not supported',
  tlsv1: 'TLS 1.0 is deprecated (RFC 8996) and not supported',
  sslv3: 'SSL 3.0 is broken (RFC 7568) and not supported',
};

const encoder = new TextEncoder();
const IP_LITERAL = /^(\d{1,3}(\.\d{1,3}){3}|.*:.*)$/;

/** Splits options into TLS options (TypeScript names, as given) and the rest. */
export function splitOptions(input: Readonly<Record<string, unknown>>): {
  tls: Record<string, unknown>;
  socket: Record<string, unknown>;
  given: Map<string, unknown>;
} {
  const tls: Record<string, unknown> = {};
  const socket: Record<string, unknown> = {};
  const given = new Map<string, unknown>();
  for (const [key, value] of Object.entries(input)) {
    const ts = TLS_KEYS.get(key);
    if (ts === undefined) socket[key] = value;
    else {
      tls[key] = value;
      given.set(ts, value);
    }
  }
  return { tls, socket, given };
}

export function resolveOptions(
  input: Readonly<Record<string, unknown>>,
  role: Role,
  context: ResolveContext = {},
): ResolvedOptions {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new TlsError({ options: ['options'] }, 'expected an options object');
  const { tls: tlsInput, socket, given } = splitOptions(input);
  const checked = validateTlsOptions(tlsInput, role);
  if (!checked.ok) {
    const names = checked.problems.map((p) => p.split(':')[0] ?? p);
    throw new TlsError({ options: names }, checked.problems.join('; '));
  }
  const o = checked.value;
  refuseUnsupported(given);
  const crypto: Provider = resolveProvider(o.crypto);
  const base = defaultConfig(role, crypto);
  const versions = resolveVersions(o.versions);
  const verifyPeer = o.verify === 'verify_peer' || o.verify === 1 || o.verify === 2;
  const certs = resolveCertificates(o, role, verifyPeer);
  const groups = given.has('supportedGroups')
    ? parseGroups('supported_groups', o.supportedGroups)
    : given.has('eccs') && o.eccs
      ? parseGroups('eccs', o.eccs)
      : base.groups;
  const alpnNames = role === 'client' ? o.alpnAdvertisedProtocols : o.alpnPreferredProtocols;
  const alpn = (alpnNames ?? []).map((p) => (typeof p === 'string' ? encoder.encode(p) : p));
  for (const p of alpn)
    if (p.length === 0 || p.length > 255)
      throw optionError(
        role === 'client' ? 'alpn_advertised_protocols' : 'alpn_preferred_protocols',
        'a protocol name must be 1..255 bytes',
      );
  const config: TlsConfig = {
    ...base,
    versions,
    suites: o.ciphers === undefined ? base.suites : parseCiphers(o.ciphers),
    groups,
    // The manual's default lists SHA-1 and DSA and no TLS 1.3 scheme: ours stands unless given.
    signatureSchemes: given.has('signatureAlgs')
      ? parseSignatureAlgs(o.signatureAlgs)
      : base.signatureSchemes,
    ...certs,
    verify: verifyPeer,
    depth: o.depth,
    failIfNoPeerCert: o.failIfNoPeerCert === true || o.verify === 2,
    ...serverNames(role, o, context),
    alpn,
    honorCipherOrder: o.honorCipherOrder ?? false,
    honorEccOrder: o.honorEccOrder ?? false,
    secureRenegotiate: o.secureRenegotiate,
    middleboxCompat: o.middleboxCompMode ?? true,
    maxHandshakeSize: o.maxHandshakeSize ?? base.maxHandshakeSize,
    logAlert: o.logAlert,
    keylog: o.keylog as ((line: string) => void) | undefined,
    keyUpdateAt: o.keyUpdateAt ?? base.keyUpdateAt,
    ...tickets(role, o, crypto, context),
  };
  return { config, socket, tls: o, hibernateAfter: o.hibernateAfter };
}

/** session_tickets: a client's `auto` keeps tickets per host and port; a server's are stateless. */
function tickets(
  role: Role,
  o: TlsOptionsResolved,
  crypto: Provider,
  context: ResolveContext,
): Pick<TlsConfig, 'sessionTickets' | 'sessionCache' | 'sessionKey' | 'ticketKey'> {
  // reuse_sessions (Erlang's default true) is TLS 1.2 session-ID resumption.
  const reuse = o.reuseSessions !== false;
  if (role === 'client') {
    const on = o.sessionTickets === 'auto' && context.host !== undefined;
    const cached = (on || reuse) && context.host !== undefined;
    return {
      sessionTickets: on,
      sessionCache: cached ? clientSessions : undefined,
      sessionKey: cached ? `${context.host}:${context.port ?? 0}` : undefined,
      ticketKey: undefined,
    };
  }
  const on = o.sessionTickets === 'stateless';
  // One key and one session-ID cache per listener: its connections resume each other's sessions.
  return {
    sessionTickets: on,
    sessionCache: reuse ? new LruSessionCache() : undefined,
    sessionKey: undefined,
    ticketKey: on ? crypto.randomBytes(32) : undefined,
  };
}

function resolveVersions(list: readonly string[]): TlsVersionName[] {
  const out: TlsVersionName[] = [];
  for (const v of list) {
    const why = LEGACY_VERSIONS[v];
    if (why !== undefined) throw optionError('versions', `${v}: ${why}`);
    if ((v === 'tlsv1.3' || v === 'tlsv1.2') && !out.includes(v)) out.push(v);
  }
  if (out.length === 0) throw optionError('versions', 'names no version');
  // Preference is by version, newest first, whatever the order given.
  return out.sort((a, b) => (a === 'tlsv1.3' ? -1 : b === 'tlsv1.3' ? 1 : 0));
}

function serverNames(
  role: Role,
  o: TlsOptionsResolved,
  context: ResolveContext,
): Pick<TlsConfig, 'serverName' | 'verifyHostname'> {
  if (role === 'server') return { serverName: undefined, verifyHostname: undefined };
  const sni = o.serverNameIndication;
  const host = context.host;
  if (sni === 'disable') return { serverName: undefined, verifyHostname: host };
  if (sni !== undefined) return { serverName: sni, verifyHostname: sni };
  // SNI carries host names only (RFC 6066 section 3), never IP literals.
  const name = host !== undefined && !IP_LITERAL.test(host) ? host.replace(/\.$/, '') : undefined;
  return { serverName: name, verifyHostname: host };
}
