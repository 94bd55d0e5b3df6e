// Generated from specs/tls/tickets.spec by otpnet-gen. Do not edit.
import { type DecodeLimits, expectArray, expectObject, fields, nestedAt, Reader, Writer } from '@otpnet/wire';
import type { CipherSuite } from './cipher-suites.js';
import { type ASN1Cert, readASN1Cert, writeASN1Cert } from './handshake12.js';

/**
 * The resumption state. The PSK is the ticket's (section 4.6.1, HKDF-Expand-Label of the
 * resumption master secret and the ticket nonce); the rest is what resumption must match or report
 * (the suite's hash, the ALPN protocol and SNI of the first connection) and what bounds its use
 * (issue time in milliseconds since the epoch, lifetime, and the age obfuscator, so the server can
 * check the age the client claims).
 */
export interface TicketState {
  /** Default: 1. */
  format: number;
  cipher_suite: CipherSuite;
  issued_at: bigint;
  ticket_lifetime: number;
  ticket_age_add: number;
  /** Wire: <32..255> bytes. */
  psk: Uint8Array;
  /** Wire: <0..255> bytes. */
  alpn: Uint8Array;
  /** Wire: <0..65535> bytes. */
  server_name: Uint8Array;
  /** Wire: <0..16777215> bytes. */
  peer_certificate: Uint8Array;
}

/**
 * What {@link encodeTicketState} takes: a {@link TicketState}, where fields with a default may be left out.
 */
export interface TicketStateInput {
  format?: number;
  cipher_suite: CipherSuite;
  issued_at: bigint;
  ticket_lifetime: number;
  ticket_age_add: number;
  psk: Uint8Array;
  alpn: Uint8Array;
  server_name: Uint8Array;
  peer_certificate: Uint8Array;
}

/** Read a {@link TicketState} at the reader's position. */
export function readTicketState(r: Reader): TicketState {
  const f = F.TicketState;
  const format = r.u8(f.format);
  const cipher_suite = r.u16(f.cipher_suite);
  const issued_at = r.u64(f.issued_at);
  const ticket_lifetime = r.u32(f.ticket_lifetime);
  const ticket_age_add = r.u32(f.ticket_age_add);
  const psk = r.opaque(f.psk);
  const alpn = r.opaque(f.alpn);
  const server_name = r.opaque(f.server_name);
  const peer_certificate = r.opaque(f.peer_certificate);
  return {
    format,
    cipher_suite,
    issued_at,
    ticket_lifetime,
    ticket_age_add,
    psk,
    alpn,
    server_name,
    peer_certificate,
  };
}

/** Write a {@link TicketState}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeTicketState(w: Writer, v: TicketStateInput): void {
  const f = F.TicketState;
  expectObject(v, f.$);
  w.u8(v.format ?? 1, f.format);
  w.u16(v.cipher_suite, f.cipher_suite);
  w.u64(v.issued_at, f.issued_at);
  w.u32(v.ticket_lifetime, f.ticket_lifetime);
  w.u32(v.ticket_age_add, f.ticket_age_add);
  w.opaque(v.psk, f.psk);
  w.opaque(v.alpn, f.alpn);
  w.opaque(v.server_name, f.server_name);
  w.opaque(v.peer_certificate, f.peer_certificate);
}

/**
 * Decode a whole {@link TicketState}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeTicketState(bytes: Uint8Array, limits?: DecodeLimits): TicketState {
  const r = new Reader(bytes, 0, bytes.length, limits, F.TicketState.$);
  const v = readTicketState(r);
  r.done(F.TicketState.$);
  return v;
}

/** Encode a {@link TicketState}. */
export function encodeTicketState(v: TicketStateInput): Uint8Array {
  const w = new Writer();
  writeTicketState(w, v);
  return w.finish();
}

/** A ticket as sent: the GCM nonce and the sealed TicketState with its tag. */
export interface SealedTicket {
  nonce: Uint8Array;
  /** Wire: <17..65535> bytes. */
  sealed: Uint8Array;
}

/**
 * What {@link encodeSealedTicket} takes: a {@link SealedTicket}, where fields with a default may be left out.
 */
export interface SealedTicketInput {
  nonce: Uint8Array;
  sealed: Uint8Array;
}

/** Read a {@link SealedTicket} at the reader's position. */
export function readSealedTicket(r: Reader): SealedTicket {
  const f = F.SealedTicket;
  const nonce = r.raw(12, f.nonce);
  const sealed = r.opaque(f.sealed);
  return { nonce, sealed };
}

/** Write a {@link SealedTicket}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeSealedTicket(w: Writer, v: SealedTicketInput): void {
  const f = F.SealedTicket;
  expectObject(v, f.$);
  w.fixed(v.nonce, 12, f.nonce);
  w.opaque(v.sealed, f.sealed);
}

/**
 * Decode a whole {@link SealedTicket}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSealedTicket(bytes: Uint8Array, limits?: DecodeLimits): SealedTicket {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SealedTicket.$);
  const v = readSealedTicket(r);
  r.done(F.SealedTicket.$);
  return v;
}

/** Encode a {@link SealedTicket}. */
export function encodeSealedTicket(v: SealedTicketInput): Uint8Array {
  const w = new Writer();
  writeSealedTicket(w, v);
  return w.finish();
}

/**
 * What otpnet's TLS 1.2 server puts in its session tickets (RFC 5077 section 4 recommends the
 * contents: the suite, the master secret, the client's identity and a timestamp). Sealed like
 * TicketState, under the same key but with its own additional data, so that neither opens as the
 * other. extended_master_secret is 1 when the master secret is RFC 7627's: resumption must then
 * use the extension again (RFC 7627 section 5.3). The SNI is kept because a session must not be
 * resumed under another name (RFC 6066 section 3); ALPN is not, being chosen again in every
 * handshake (RFC 7301 section 3.1). encrypt_then_mac is 1 when the session's CBC records were
 * encrypt-then-MAC (RFC 7366): a resumption must not fall back to MAC-then-encrypt (section 3.1).
 * The peer chain is the client's, leaf first, as the first connection verified it. Format 3 added
 * encrypt_then_mac; a format 2 ticket no longer opens and gets a full handshake.
 * @see RFC 5077 §4
 */
export interface Ticket12State {
  /** Default: 3. */
  format: number;
  cipher_suite: CipherSuite;
  issued_at: bigint;
  ticket_lifetime: number;
  extended_master_secret: number;
  encrypt_then_mac: number;
  master_secret: Uint8Array;
  /** Wire: <0..65535> bytes. */
  server_name: Uint8Array;
  /** Wire: <0..16777215> bytes. */
  peer_chain: ASN1Cert[];
}

/**
 * What {@link encodeTicket12State} takes: a {@link Ticket12State}, where fields with a default may be left
 * out.
 */
export interface Ticket12StateInput {
  format?: number;
  cipher_suite: CipherSuite;
  issued_at: bigint;
  ticket_lifetime: number;
  extended_master_secret: number;
  encrypt_then_mac: number;
  master_secret: Uint8Array;
  server_name: Uint8Array;
  peer_chain: readonly ASN1Cert[];
}

/** Read a {@link Ticket12State} at the reader's position. */
export function readTicket12State(r: Reader): Ticket12State {
  const f = F.Ticket12State;
  const format = r.u8(f.format);
  const cipher_suite = r.u16(f.cipher_suite);
  const issued_at = r.u64(f.issued_at);
  const ticket_lifetime = r.u32(f.ticket_lifetime);
  const extended_master_secret = r.u8(f.extended_master_secret);
  const encrypt_then_mac = r.u8(f.encrypt_then_mac);
  const master_secret = r.raw(48, f.master_secret);
  const server_name = r.opaque(f.server_name);
  const peer_chainEnd = r.enterVector(f.peer_chain);
  const peer_chain: ASN1Cert[] = [];
  try {
    while (r.pos < r.end) peer_chain.push(readASN1Cert(r));
  } catch (e) {
    throw nestedAt(e, f.peer_chain, peer_chain.length);
  }
  r.leave(peer_chainEnd, f.peer_chain);
  return {
    format,
    cipher_suite,
    issued_at,
    ticket_lifetime,
    extended_master_secret,
    encrypt_then_mac,
    master_secret,
    server_name,
    peer_chain,
  };
}

/** Write a {@link Ticket12State}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeTicket12State(w: Writer, v: Ticket12StateInput): void {
  const f = F.Ticket12State;
  expectObject(v, f.$);
  w.u8(v.format ?? 3, f.format);
  w.u16(v.cipher_suite, f.cipher_suite);
  w.u64(v.issued_at, f.issued_at);
  w.u32(v.ticket_lifetime, f.ticket_lifetime);
  w.u8(v.extended_master_secret, f.extended_master_secret);
  w.u8(v.encrypt_then_mac, f.encrypt_then_mac);
  w.fixed(v.master_secret, 48, f.master_secret);
  w.opaque(v.server_name, f.server_name);
  const peer_chainMark = w.beginVector(f.peer_chain);
  const peer_chainItems = expectArray(v.peer_chain, f.peer_chain);
  let peer_chainI = 0;
  try {
    for (; peer_chainI < peer_chainItems.length; peer_chainI++)
      writeASN1Cert(w, peer_chainItems[peer_chainI]!);
  } catch (e) {
    throw nestedAt(e, f.peer_chain, peer_chainI);
  }
  w.endVector(peer_chainMark, f.peer_chain);
}

/**
 * Decode a whole {@link Ticket12State}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeTicket12State(bytes: Uint8Array, limits?: DecodeLimits): Ticket12State {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Ticket12State.$);
  const v = readTicket12State(r);
  r.done(F.Ticket12State.$);
  return v;
}

/** Encode a {@link Ticket12State}. */
export function encodeTicket12State(v: Ticket12StateInput): Uint8Array {
  const w = new Writer();
  writeTicket12State(w, v);
  return w.finish();
}

/** Where each field is in specs/tls/tickets.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/tls/tickets.spec', {
  TicketState: {
    $: 25,
    format: 16,
    cipher_suite: 17,
    issued_at: 18,
    ticket_lifetime: 19,
    ticket_age_add: 20,
    psk: { line: 21, minLength: 32, maxLength: 255 },
    alpn: { line: 22, minLength: 0, maxLength: 255 },
    server_name: { line: 23, minLength: 0, maxLength: 2 ** 16 - 1 },
    peer_certificate: { line: 24, minLength: 0, maxLength: 2 ** 24 - 1 },
  },
  SealedTicket: {
    $: 31,
    nonce: 29,
    sealed: { line: 30, minLength: 17, maxLength: 2 ** 16 - 1 },
  },
  Ticket12State: {
    $: 56,
    format: 47,
    cipher_suite: 48,
    issued_at: 49,
    ticket_lifetime: 50,
    extended_master_secret: 51,
    encrypt_then_mac: 52,
    master_secret: 53,
    server_name: { line: 54, minLength: 0, maxLength: 2 ** 16 - 1 },
    peer_chain: { line: 55, minLength: 0, maxLength: 2 ** 24 - 1 },
  },
});
