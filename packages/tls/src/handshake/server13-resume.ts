// The server's side of TLS 1.3 resumption: taking a ticket a ClientHello offers (its binder, its
// age, its suite's hash) and issuing tickets after a handshake (RFC 8446 sections 4.2.11, 4.6.1).
import {
  CipherSuitesBySuite,
  type CipherSuitesRow,
  type ClientHello,
  ExtensionType,
  type NewSessionTicketInput,
  PskKeyExchangeMode,
  type TicketState,
} from '@otpnet/tls-spec';
import type { TlsConfig } from '../config/config.js';
import { alert } from '../errors.js';
import type { Negotiated } from './driver.js';
import { bodyOf, findExt } from './extensions.js';
import type { KeySchedule13 } from './key-schedule13.js';
import { bindersMatch, decodeWithBindersMark } from './psk13.js';
import { ageFits, openTicket, sealTicket, TICKET_LIFETIME_S } from './tickets13.js';

interface Offered {
  readonly identities: { identity: Uint8Array; obfuscated_ticket_age: number }[];
  readonly binders: Uint8Array[];
}

/** The PSK and state of the ticket the client offers, when we take it; undefined: full handshake. */
export function acceptTicket(
  config: TlsConfig,
  m: ClientHello,
  raw: Uint8Array,
  suite: CipherSuitesRow,
): { psk: Uint8Array; state: TicketState } | undefined {
  const ext = findExt(m.extensions, 'pre_shared_key');
  if (ext === undefined) return undefined;
  if (m.extensions.at(-1)?.extension_type !== ExtensionType.pre_shared_key)
    throw alert('illegal_parameter', 'pre_shared_key is not the last extension');
  const modes = findExt(m.extensions, 'psk_key_exchange_modes');
  if (modes === undefined) throw alert('missing_extension', 'pre_shared_key without psk_key_exchange_modes');
  const key = config.ticketKey;
  if (!config.sessionTickets || key === undefined || !modes.ke_modes.includes(PskKeyExchangeMode.psk_dhe_ke))
    return undefined;
  const offered = bodyOf<Offered>(ext, 'pre_shared_key');
  if (offered.identities.length !== offered.binders.length)
    throw alert('illegal_parameter', 'pre_shared_key with as many binders as identities');
  const first = offered.identities[0];
  const binder = offered.binders[0];
  if (!first || !binder) return undefined;
  const now = config.now();
  const state = openTicket(config.crypto, key, first.identity, now);
  if (!state || !ageFits(state, first.obfuscated_ticket_age, now)) return undefined;
  if (CipherSuitesBySuite.get(state.cipher_suite)?.prf !== suite.prf) return undefined;
  const { at } = decodeWithBindersMark(raw);
  if (at === undefined) throw alert('decode_error', 'ClientHello binders not found');
  if (!bindersMatch(config.crypto, suite.prf, state.psk, new Uint8Array(0), raw, at, binder))
    throw alert('decrypt_error', 'PSK binder does not verify');
  return { psk: state.psk, state };
}

/** A NewSessionTicket for this connection, its state sealed inside. */
export function issueTicket(
  config: TlsConfig,
  negotiated: Negotiated,
  schedule: KeySchedule13,
  resumptionMaster: Uint8Array,
  index: number,
): NewSessionTicketInput {
  const key = config.ticketKey;
  if (key === undefined) throw alert('internal_error', 'tickets without a ticket key');
  const nonce = Uint8Array.of(index);
  const r = config.random(4);
  const ageAdd = new DataView(r.buffer, r.byteOffset, 4).getUint32(0);
  const encoder = new TextEncoder();
  const ticket = sealTicket(config.crypto, key, {
    cipher_suite: negotiated.suite ?? 0,
    issued_at: BigInt(config.now()),
    ticket_lifetime: TICKET_LIFETIME_S,
    ticket_age_add: ageAdd,
    psk: schedule.ticketPsk(resumptionMaster, nonce),
    alpn: negotiated.alpn ?? new Uint8Array(0),
    server_name: encoder.encode(negotiated.serverName ?? ''),
    peer_certificate: negotiated.peerChain?.[0] ?? new Uint8Array(0),
  });
  return {
    ticket_lifetime: TICKET_LIFETIME_S,
    ticket_age_add: ageAdd,
    ticket_nonce: nonce,
    ticket,
    extensions: [],
  };
}
