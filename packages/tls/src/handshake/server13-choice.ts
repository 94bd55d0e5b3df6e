// What a TLS 1.3 server picks from a ClientHello (RFC 8446 section 4.1.1): the suite, the
// certificate and signature scheme, the group (with or without a retry) and the ALPN protocol,
// each in our order or the client's as honor_cipher_order / honor_ecc_order say.
import { type CipherSuitesRow, type ClientHello, ProtocolVersion } from '@otpnet/tls-spec';
import { equalBytes } from '@otpnet/wire';
import type { CertifiedKey, TlsConfig } from '../config/config.js';
import { alert } from '../errors.js';
import { bodyOf, findExt } from './extensions.js';
import { groupSupported } from './key-share.js';
import { chooseScheme } from './signatures.js';

export interface ShareEntry {
  readonly group: number;
  readonly key_exchange: Uint8Array;
}

const decoder = new TextDecoder();

export function chooseSuite13(config: TlsConfig, offered: readonly number[]): CipherSuitesRow {
  const ours = config.suites.filter((s) => s.versions.includes(ProtocolVersion.tls1_3));
  const pick = config.honorCipherOrder
    ? ours.find((s) => offered.includes(s.suite))
    : offered.map((v) => ours.find((s) => s.suite === v)).find((s) => s !== undefined);
  if (!pick) throw alert('handshake_failure', 'no shared TLS 1.3 cipher suite');
  return pick;
}

export function chooseCertificate13(
  config: TlsConfig,
  m: ClientHello,
): { cert: CertifiedKey; scheme: number } {
  const sigs = findExt(m.extensions, 'signature_algorithms');
  if (sigs === undefined) throw alert('missing_extension', 'ClientHello without signature_algorithms');
  const offered = sigs.supported_signature_algorithms;
  for (const cert of config.certs) {
    const scheme = chooseScheme(config.signatureSchemes, offered, cert.key, 'tlsv1.3');
    if (scheme !== undefined) return { cert, scheme };
  }
  throw alert('handshake_failure', 'no certificate fits the signature algorithms offered');
}

export function clientShares(m: ClientHello): ShareEntry[] {
  const ks = findExt(m.extensions, 'key_share');
  if (ks === undefined) throw alert('missing_extension', 'ClientHello without key_share');
  return bodyOf<{ client_shares: ShareEntry[] }>(ks, 'key_share').client_shares;
}

/** The group, and the client's share for it when it sent one (none: a HelloRetryRequest). */
export function chooseGroup13(config: TlsConfig, m: ClientHello): { group: number; share?: ShareEntry } {
  const supported = findExt(m.extensions, 'supported_groups');
  if (supported === undefined) throw alert('missing_extension', 'ClientHello without supported_groups');
  const shares = clientShares(m);
  const clientGroups = supported.named_group_list;
  for (const s of shares)
    if (!clientGroups.includes(s.group))
      throw alert('illegal_parameter', `key share for group ${s.group} not in supported_groups`);
  const ours = config.groups.filter((g) => groupSupported(g));
  const mutual = config.honorEccOrder
    ? ours.filter((g) => clientGroups.includes(g))
    : clientGroups.filter((g) => ours.includes(g));
  const first = mutual[0];
  if (first === undefined) throw alert('handshake_failure', 'no shared group');
  // Take a share the client sent when one is acceptable; a retry costs a round trip.
  const share = config.honorEccOrder
    ? shares.find((s) => s.group === first)
    : shares.find((s) => mutual.includes(s.group));
  return share ? { group: share.group, share } : { group: first };
}

/** The protocol for ALPN (RFC 7301); none in common is no_application_protocol. */
export function chooseAlpn(
  config: TlsConfig,
  m: { extensions: ClientHello['extensions'] },
): Uint8Array | undefined {
  const alpn = findExt(m.extensions, 'application_layer_protocol_negotiation');
  if (alpn === undefined || config.alpn.length === 0) return undefined;
  const theirs = alpn.protocol_name_list;
  const chosen = config.alpn.find((p) => theirs.some((t) => equalBytes(t, p)));
  if (!chosen) throw alert('no_application_protocol', 'no protocol in common');
  return chosen;
}

/** The host name the client asked for (RFC 6066 section 3), if any. */
export function serverNameOf(m: { extensions: ClientHello['extensions'] }): string | undefined {
  const sni = findExt(m.extensions, 'server_name');
  if (sni === undefined) return undefined;
  const list = bodyOf<{ server_name_list: { name: { value: { host_name: Uint8Array } } }[] }>(
    sni,
    'server_name',
  );
  const first = list.server_name_list[0];
  return first ? decoder.decode(first.name.value.host_name) : undefined;
}
