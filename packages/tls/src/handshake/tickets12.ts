// The server's TLS 1.2 session tickets (RFC 5077): the session state (Ticket12State) sealed with
// AES-256-GCM under the listener's ticket key, and opened again when a ClientHello offers it. The
// additional data names the format, so a TLS 1.3 ticket never opens as a TLS 1.2 one nor the
// reverse. And the session_ticket extension itself, which the generated Extension union keeps as
// opaque bytes.
import type { Provider } from '@otpnet/crypto';
import {
  decodeSealedTicket,
  decodeTicket12State,
  type Extension,
  type ExtensionInput,
  ExtensionType,
  encodeSealedTicket,
  encodeTicket12State,
  type Ticket12State,
  type Ticket12StateInput,
} from '@otpnet/tls-spec';

/** How long a TLS 1.2 session may be resumed, by ID or by ticket: Erlang's session_lifetime. */
export const SESSION12_LIFETIME_S = 7200;
const AAD = new TextEncoder().encode('otpnet tls1.2 ticket');
/** NewSessionTicket.ticket is <0..2^16-1>: nonce, length and tag must fit beside the state. */
const MAX_STATE = 0xffff - 12 - 2 - 16;

/** The sealed ticket, or undefined when the state is too large to fit in one (a huge client chain). */
export function sealTicket12(
  crypto: Provider,
  key: Uint8Array,
  state: Ticket12StateInput,
): Uint8Array | undefined {
  const plain = encodeTicket12State(state);
  if (plain.length > MAX_STATE) return undefined;
  const nonce = crypto.randomBytes(12);
  return encodeSealedTicket({ nonce, sealed: crypto.aead('aes-256-gcm', key).seal(nonce, plain, AAD) });
}

/** The state of a ticket we issued and that is still valid; undefined: a full handshake (RFC 5077 3.4). */
export function openTicket12(
  crypto: Provider,
  key: Uint8Array,
  ticket: Uint8Array,
  now: number,
): Ticket12State | undefined {
  try {
    const { nonce, sealed } = decodeSealedTicket(ticket);
    const state = decodeTicket12State(crypto.aead('aes-256-gcm', key).open(nonce, sealed, AAD));
    if (state.format !== 3) return undefined;
    const age = now - Number(state.issued_at);
    if (age < 0 || age > state.ticket_lifetime * 1000) return undefined;
    return state;
  } catch {
    // Not ours, damaged, or under an older key: the server goes on with a full handshake.
    return undefined;
  }
}

/** The session_ticket extension's body when present (RFC 5077 3.2): a ticket, or empty. */
export function sessionTicketOf(exts: readonly Extension[] | undefined): Uint8Array | undefined {
  for (const e of exts ?? [])
    if (e.extension_type === ExtensionType.session_ticket && e.extension_data.case === undefined)
      return e.extension_data.value;
  return undefined;
}

/** A session_ticket extension carrying `ticket` (empty: "I support tickets", or the server's promise). */
export function sessionTicketExtension(ticket: Uint8Array): ExtensionInput {
  return { extension_type: ExtensionType.session_ticket, extension_data: { case: undefined, value: ticket } };
}
