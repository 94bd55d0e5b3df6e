// The client's checks of the server's first message (RFC 8446 sections 4.1.3 and 4.1.4): which
// version a ServerHello picks, the fields a ServerHello and a HelloRetryRequest must echo, and
// what a HelloRetryRequest may ask for.
import {
  CipherSuitesBySuite,
  type CipherSuitesRow,
  decodeHandshake12,
  ExtensionType,
  type HelloRetryRequest,
  HelloRetryRequestRandom,
  KeyExchangeAlgorithm,
  ProtocolVersion,
} from '@otpnet/tls-spec';
import { equalBytes } from '@otpnet/wire';
import type { TlsConfig } from '../config/config.js';
import { alert } from '../errors.js';
import type { ClientOffer } from './client-hello.js';
import { hasDowngradeMarker } from './downgrade.js';
import type { Negotiated } from './driver.js';
import { bodyOf, checkSolicited, checkUnique, findExt } from './extensions.js';

/** The version a ServerHello selects: supported_versions, else its legacy version. */
export function serverHelloVersion(config: TlsConfig, raw: Uint8Array): number {
  const sh = decodeServerHello12(raw);
  const sv = findExt(sh.extensions, 'supported_versions');
  if (sv === undefined) return sh.server_version;
  const selected = bodyOf<{ selected_version: number }>(sv, 'supported_versions').selected_version;
  if (selected !== ProtocolVersion.tls1_3)
    throw alert('illegal_parameter', `supported_versions selects 0x${selected.toString(16)}`);
  if (!config.versions.includes('tlsv1.3')) throw alert('illegal_parameter', 'TLS 1.3 was not offered');
  return selected;
}

/**
 * Checks a ServerHello that picks an older version before the TLS 1.2 client takes over, and keeps
 * the server's record_size_limit (RFC 8449) for the record layer.
 */
export function checkOlderServerHello(
  config: TlsConfig,
  negotiated: Negotiated,
  retried: boolean,
  raw: Uint8Array,
): void {
  if (retried) throw alert('illegal_parameter', 'TLS 1.2 ServerHello after a HelloRetryRequest');
  if (!config.versions.includes('tlsv1.2'))
    throw alert('protocol_version', 'the server does not speak TLS 1.3');
  const sh = decodeServerHello12(raw);
  // A TLS 1.3 server answering a 1.3-capable client with 1.2 marks its random: refuse.
  if (config.versions.includes('tlsv1.3') && hasDowngradeMarker(sh.random))
    throw alert('illegal_parameter', 'downgrade protection sentinel in ServerHello.random');
  if (sh.server_version !== ProtocolVersion.tls1_2)
    throw alert('protocol_version', `server chose version 0x${sh.server_version.toString(16)}`);
  const limit = findExt(sh.extensions, 'record_size_limit');
  if (limit !== undefined) negotiated.peerRecordLimit = limit;
}

/** A HelloRetryRequest is a ServerHello whose random is the fixed value (RFC 8446 section 4.1.3). */
export function isRetryRequest(raw: Uint8Array): boolean {
  // msg_type(1) length(3) legacy_version(2), then the random.
  return equalBytes(raw.subarray(6, 38), HelloRetryRequestRandom);
}

/** The fields ServerHello and HelloRetryRequest share: session id echo, compression, suite. */
export function checkHelloFields(
  offer: ClientOffer,
  suiteValue: number,
  sessionEcho: Uint8Array,
  compression: number,
  where: string,
): CipherSuitesRow {
  if (!equalBytes(sessionEcho, offer.sessionId))
    throw alert('illegal_parameter', `${where}: legacy_session_id_echo is not ours`);
  if (compression !== 0) throw alert('illegal_parameter', `${where}: compression method ${compression}`);
  const suite = CipherSuitesBySuite.get(suiteValue);
  if (!suite || !offer.suites.includes(suiteValue) || !suite.versions.includes(ProtocolVersion.tls1_3))
    throw alert('illegal_parameter', `${where}: cipher suite 0x${suiteValue.toString(16)} was not offered`);
  return suite;
}

export interface RetryAsk {
  readonly suite: CipherSuitesRow;
  /** The group to send a share for instead, when the server asks for one. */
  readonly group: number | undefined;
  readonly cookie: Uint8Array | undefined;
}

/** What a HelloRetryRequest asks for; one that changes nothing is illegal_parameter. */
export function checkRetryRequest(config: TlsConfig, offer: ClientOffer, m: HelloRetryRequest): RetryAsk {
  checkUnique(m.extensions, 'HelloRetryRequest');
  // RFC 8446 section 4.1.4: the cookie is the one extension a HelloRetryRequest may send unasked.
  checkSolicited(m.extensions, new Set([...offer.offered, ExtensionType.cookie]), 'HelloRetryRequest');
  const suite = checkHelloFields(
    offer,
    m.cipher_suite,
    m.legacy_session_id_echo,
    m.legacy_compression_method,
    'HelloRetryRequest',
  );
  const ks = findExt(m.extensions, 'key_share');
  const cookie = findExt(m.extensions, 'cookie')?.cookie;
  let group: number | undefined;
  if (ks !== undefined) {
    group = bodyOf<{ selected_group: number }>(ks, 'key_share').selected_group;
    if (!config.groups.includes(group))
      throw alert('illegal_parameter', `HelloRetryRequest asks for group ${group} we did not offer`);
    if (offer.shares.some((s) => s.group === group))
      throw alert('illegal_parameter', `HelloRetryRequest asks for group ${group} we sent a share for`);
  }
  if (group === undefined && cookie === undefined)
    throw alert('illegal_parameter', 'HelloRetryRequest that changes nothing');
  return { suite, group, cookie };
}

function decodeServerHello12(raw: Uint8Array) {
  const m = decodeHandshake12(raw, { kex: KeyExchangeAlgorithm.ec_diffie_hellman });
  if (m.body.case !== 'server_hello') throw alert('decode_error', 'malformed ServerHello');
  return m.body.value;
}
