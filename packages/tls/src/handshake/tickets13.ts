// The server's TLS 1.3 session tickets (RFC 8446 section 4.6.1): the resumption state sealed
// with AES-256-GCM under the listener's ticket key, and opened again when a client offers it.
// Stateless, so replays are bounded by the ticket's age rather than remembered (no early data
// is accepted, so a replayed ClientHello only costs the server a handshake).
import type { Provider } from '@otpnet/crypto';
import {
  decodeSealedTicket,
  decodeTicketState,
  encodeSealedTicket,
  encodeTicketState,
  type TicketState,
  type TicketStateInput,
} from '@otpnet/tls-spec';
import { ticketAead } from './ticket-aead.js';

/** How far the age a client claims may be from the one we measure (RFC 8446 section 8.3). */
export const AGE_WINDOW_MS = 10_000;
/** Ticket lifetime: seven days is the most RFC 8446 allows; Erlang's default is two hours. */
export const TICKET_LIFETIME_S = 7200;

export function sealTicket(crypto: Provider, key: Uint8Array, state: TicketStateInput): Uint8Array {
  const nonce = crypto.randomBytes(12);
  const sealed = ticketAead(crypto, key).seal(nonce, encodeTicketState(state), new Uint8Array(0));
  return encodeSealedTicket({ nonce, sealed });
}

/** The state of a ticket we issued, or undefined (not ours, damaged, or expired). */
export function openTicket(
  crypto: Provider,
  key: Uint8Array,
  ticket: Uint8Array,
  now: number,
): TicketState | undefined {
  try {
    const { nonce, sealed } = decodeSealedTicket(ticket);
    const state = decodeTicketState(ticketAead(crypto, key).open(nonce, sealed, new Uint8Array(0)));
    if (state.format !== 1) return undefined;
    const age = now - Number(state.issued_at);
    if (age < 0 || age > state.ticket_lifetime * 1000) return undefined;
    return state;
  } catch {
    // Any ticket we cannot open is one we did not issue: a full handshake follows.
    return undefined;
  }
}

/** Whether the age the client claims (obfuscated in the identity) fits the one we measure. */
export function ageFits(state: TicketState, obfuscatedAge: number, now: number): boolean {
  const claimed = (obfuscatedAge - state.ticket_age_add) >>> 0;
  const actual = now - Number(state.issued_at);
  return Math.abs(actual - claimed) <= AGE_WINDOW_MS;
}
