// Generated from specs/tls/tickets.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hexBytes } from '@otpnet/wire';
import {
  type ArbitraryFn,
  arbitraries,
  boundsEnforced,
  decodesSafely,
  encodesSafely,
  noStrictPrefix,
  roundTrip,
  startsWithText,
} from '@otpnet/test-support/spec-properties';
import * as M from '../src/tickets.js';

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types = 'SealedTicket' | 'Ticket12State' | 'TicketState' | 'ASN1Cert';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  SealedTicket: (depth, ctx) =>
    fc.record({
      nonce: fc.uint8Array({ minLength: 12, maxLength: 12 }),
      sealed: fc.uint8Array({ minLength: 17, maxLength: 41 }),
    }),
  Ticket12State: (depth, ctx) =>
    fc.record({
      format: fc.integer({ min: 0, max: 255 }),
      cipher_suite: fc.oneof(
        fc.constantFrom(
          0,
          47,
          51,
          53,
          57,
          60,
          61,
          103,
          107,
          156,
          157,
          158,
          159,
          255,
          4865,
          4866,
          4867,
          4868,
          4869,
          22016,
          49161,
          49162,
          49171,
          49172,
          49187,
          49188,
          49191,
          49192,
          49195,
          49196,
          49199,
          49200,
          49324,
          49325,
          49326,
          49327,
          52392,
          52393,
          52394,
        ),
        fc.integer({ min: 0, max: 65535 }),
      ),
      issued_at: fc.bigInt({ min: 0n, max: 18446744073709551615n }),
      ticket_lifetime: fc.integer({ min: 0, max: 4294967295 }),
      extended_master_secret: fc.integer({ min: 0, max: 255 }),
      encrypt_then_mac: fc.integer({ min: 0, max: 255 }),
      master_secret: fc.uint8Array({ minLength: 48, maxLength: 48 }),
      server_name: fc.uint8Array({ minLength: 0, maxLength: 24 }),
      peer_chain: fc.array(A.ASN1Cert(depth, ctx), { minLength: 0, maxLength: 3 }),
    }),
  TicketState: (depth, ctx) =>
    fc.record({
      format: fc.integer({ min: 0, max: 255 }),
      cipher_suite: fc.oneof(
        fc.constantFrom(
          0,
          47,
          51,
          53,
          57,
          60,
          61,
          103,
          107,
          156,
          157,
          158,
          159,
          255,
          4865,
          4866,
          4867,
          4868,
          4869,
          22016,
          49161,
          49162,
          49171,
          49172,
          49187,
          49188,
          49191,
          49192,
          49195,
          49196,
          49199,
          49200,
          49324,
          49325,
          49326,
          49327,
          52392,
          52393,
          52394,
        ),
        fc.integer({ min: 0, max: 65535 }),
      ),
      issued_at: fc.bigInt({ min: 0n, max: 18446744073709551615n }),
      ticket_lifetime: fc.integer({ min: 0, max: 4294967295 }),
      ticket_age_add: fc.integer({ min: 0, max: 4294967295 }),
      psk: fc.uint8Array({ minLength: 32, maxLength: 56 }),
      alpn: fc.uint8Array({ minLength: 0, maxLength: 24 }),
      server_name: fc.uint8Array({ minLength: 0, maxLength: 24 }),
      peer_certificate: fc.uint8Array({ minLength: 0, maxLength: 24 }),
    }),
  ASN1Cert: (depth, ctx) => fc.uint8Array({ minLength: 1, maxLength: 25 }),
});
void startsWithText;
void hexBytes;
describe('TicketState', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.TicketState, [{}], M.encodeTicketState, M.decodeTicketState));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.TicketState, [{}], M.encodeTicketState, M.decodeTicketState));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(A.TicketState, [{}], M.encodeTicketState, M.decodeTicketState, M.writeTicketState, [
      ['psk', [fc.uint8Array({ minLength: 31, maxLength: 31 })]],
    ]));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.TicketState, [{}], M.encodeTicketState, M.decodeTicketState));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.TicketState, [{}], M.encodeTicketState, M.decodeTicketState));
});
describe('SealedTicket', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SealedTicket, [{}], M.encodeSealedTicket, M.decodeSealedTicket));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SealedTicket, [{}], M.encodeSealedTicket, M.decodeSealedTicket));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(A.SealedTicket, [{}], M.encodeSealedTicket, M.decodeSealedTicket, M.writeSealedTicket, [
      ['sealed', [fc.uint8Array({ minLength: 16, maxLength: 16 })]],
    ]));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SealedTicket, [{}], M.encodeSealedTicket, M.decodeSealedTicket));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SealedTicket, [{}], M.encodeSealedTicket, M.decodeSealedTicket));
});
describe('Ticket12State', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.Ticket12State, [{}], M.encodeTicket12State, M.decodeTicket12State));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Ticket12State, [{}], M.encodeTicket12State, M.decodeTicket12State));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Ticket12State, [{}], M.encodeTicket12State, M.decodeTicket12State));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Ticket12State, [{}], M.encodeTicket12State, M.decodeTicket12State));
});
