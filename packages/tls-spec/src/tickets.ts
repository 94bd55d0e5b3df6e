// Generated from specs/tls/tickets.spec by otpnet-gen. Do not edit.
import { type DecodeLimits, expectObject, fields, Reader, Writer } from '@otpnet/wire';
import type { CipherSuite } from './cipher-suites.js';

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

/** Where each field is in specs/tls/tickets.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/tls/tickets.spec', {
  TicketState: {
    $: 24,
    format: 15,
    cipher_suite: 16,
    issued_at: 17,
    ticket_lifetime: 18,
    ticket_age_add: 19,
    psk: { line: 20, minLength: 32, maxLength: 255 },
    alpn: { line: 21, minLength: 0, maxLength: 255 },
    server_name: { line: 22, minLength: 0, maxLength: 2 ** 16 - 1 },
    peer_certificate: { line: 23, minLength: 0, maxLength: 2 ** 24 - 1 },
  },
  SealedTicket: {
    $: 30,
    nonce: 28,
    sealed: { line: 29, minLength: 17, maxLength: 2 ** 16 - 1 },
  },
});
