// The client's side of TLS 1.3 resumption: whether the ServerHello took our ticket, and keeping
// the tickets the server sends after the handshake (RFC 8446 sections 4.2.11 and 4.6.1).
import type { CipherSuitesRow, Extension, NewSessionTicket } from '@otpnet/tls-spec';
import type { TlsConfig } from '../config/config.js';
import { alert } from '../errors.js';
import type { ClientOffer } from './client-hello.js';
import type { Negotiated } from './driver.js';
import { bodyOf, findExt } from './extensions.js';
import type { KeySchedule13 } from './key-schedule13.js';

/** The PSK when the server accepted our ticket; undefined for a full handshake. */
export function acceptedPsk(
  offer: ClientOffer,
  extensions: readonly Extension[],
  suite: CipherSuitesRow,
): Uint8Array | undefined {
  const answer = findExt(extensions, 'pre_shared_key');
  if (answer === undefined) return undefined;
  const resume = offer.resume;
  if (!resume) throw alert('illegal_parameter', 'pre_shared_key we did not offer');
  const selected = bodyOf<{ selected_identity: number }>(answer, 'pre_shared_key').selected_identity;
  if (selected !== 0)
    throw alert('illegal_parameter', `selected_identity ${selected} of one identity offered`);
  if (suite.prf !== resume.hash)
    throw alert('illegal_parameter', "resumption with a suite of another hash than the ticket's");
  return resume.session.secret;
}

/** Keeps a NewSessionTicket for the next connection to this server. */
export function keepTicket(
  config: TlsConfig,
  negotiated: Negotiated,
  schedule: KeySchedule13,
  resumptionMaster: Uint8Array,
  m: NewSessionTicket,
): void {
  const { sessionCache, sessionKey } = config;
  if (!config.sessionTickets || !sessionCache || sessionKey === undefined || m.ticket_lifetime === 0) return;
  if (m.ticket_lifetime > 604_800) throw alert('illegal_parameter', 'ticket lifetime over seven days');
  sessionCache.put(sessionKey, {
    version: 'tlsv1.3',
    host: sessionKey,
    suite: negotiated.suite ?? 0,
    ticket: m.ticket.slice(),
    secret: schedule.ticketPsk(resumptionMaster, m.ticket_nonce),
    ageAdd: m.ticket_age_add,
    receivedAt: config.now(),
    lifetime: m.ticket_lifetime,
    alpn: negotiated.alpn,
    peerChain: negotiated.peerChain ?? [],
  });
}
