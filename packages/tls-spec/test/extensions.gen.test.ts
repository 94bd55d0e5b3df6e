// Generated from specs/tls/extensions.spec by otpnet-gen. Do not edit.

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
import * as M from '../src/extensions.js';

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types =
  | 'CertificateAuthoritiesExtension'
  | 'CertificateStatus'
  | 'CertificateStatusOcsp'
  | 'CertificateStatusRequest'
  | 'Cookie'
  | 'EarlyDataIndication'
  | 'EarlyDataIndicationNewSessionTicket'
  | 'ECPointFormatList'
  | 'Empty'
  | 'Extension'
  | 'KeyShare'
  | 'KeyShareClientHello'
  | 'KeyShareEntry'
  | 'KeyShareHelloRetryRequest'
  | 'KeyShareServerHello'
  | 'NamedGroupList'
  | 'OCSPStatusRequest'
  | 'OfferedPsks'
  | 'OIDFilter'
  | 'OIDFilterExtension'
  | 'PostHandshakeAuth'
  | 'PreSharedKeyExtension'
  | 'PreSharedKeyExtensionServerHello'
  | 'ProtocolNameList'
  | 'PskIdentity'
  | 'PskKeyExchangeModes'
  | 'RenegotiationInfo'
  | 'ServerName'
  | 'ServerNameExtension'
  | 'ServerNameHostName'
  | 'ServerNameList'
  | 'SignatureSchemeList'
  | 'StatusRequestExtension'
  | 'SupportedVersions'
  | 'SupportedVersionsClientHello'
  | 'SupportedVersionsServerHelloOrHelloRetryRequest'
  | 'DistinguishedName'
  | 'ProtocolName'
  | 'PskBinderEntry'
  | 'ResponderID';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  CertificateAuthoritiesExtension: (depth, ctx) =>
    fc.record({ authorities: fc.array(A.DistinguishedName(depth, ctx), { minLength: 1, maxLength: 3 }) }),
  CertificateStatus: (depth, ctx) =>
    fc
      .record({
        response: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(1),
              A.CertificateStatusOcsp(depth - 1, {}).map((value) => ({ case: 'ocsp', value })),
            ),
          ],
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.status_type = (v.response as [unknown, unknown])[0];
        v.response = (v.response as [unknown, unknown])[1];
        return v;
      }),
  CertificateStatusOcsp: (depth, ctx) =>
    fc.record({ ocsp_response: fc.uint8Array({ minLength: 1, maxLength: 25 }) }),
  CertificateStatusRequest: (depth, ctx) =>
    fc
      .record({
        request: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(1),
              A.OCSPStatusRequest(depth - 1, {}).map((value) => ({ case: 'ocsp', value })),
            ),
          ],
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.status_type = (v.request as [unknown, unknown])[0];
        v.request = (v.request as [unknown, unknown])[1];
        return v;
      }),
  Cookie: (depth, ctx) => fc.record({ cookie: fc.uint8Array({ minLength: 1, maxLength: 25 }) }),
  EarlyDataIndication: (depth, ctx) =>
    fc.record({
      body: (() => {
        if (ctx.msgType === 4)
          return A.EarlyDataIndicationNewSessionTicket(depth - 1, {}).map((value) => ({
            case: 'new_session_ticket',
            value,
          }));
        if (ctx.msgType === 1)
          return A.Empty(depth - 1, {}).map((value) => ({ case: 'client_hello', value }));
        if (ctx.msgType === 8)
          return A.Empty(depth - 1, {}).map((value) => ({ case: 'encrypted_extensions', value }));
        return fc.uint8Array({ maxLength: 16 }).map((value) => ({ case: undefined, value }));
      })(),
    }),
  EarlyDataIndicationNewSessionTicket: (depth, ctx) =>
    fc.record({ max_early_data_size: fc.integer({ min: 0, max: 4294967295 }) }),
  ECPointFormatList: (depth, ctx) =>
    fc.record({
      ec_point_format_list: fc.array(
        fc.oneof(fc.constantFrom(0, 1, 2, 248, 255), fc.integer({ min: 0, max: 255 })),
        { minLength: 1, maxLength: 7 },
      ),
    }),
  Empty: (depth, ctx) => fc.record({}),
  Extension: (depth, ctx) =>
    fc
      .record({
        extension_data: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(0),
              A.ServerNameExtension(depth - 1, ctx).map((value) => ({ case: 'server_name', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(5),
              A.StatusRequestExtension(depth - 1, ctx).map((value) => ({ case: 'status_request', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(10),
              A.NamedGroupList(depth - 1, {}).map((value) => ({ case: 'supported_groups', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(11),
              A.ECPointFormatList(depth - 1, {}).map((value) => ({ case: 'ec_point_formats', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(13),
              A.SignatureSchemeList(depth - 1, {}).map((value) => ({ case: 'signature_algorithms', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(16),
              A.ProtocolNameList(depth - 1, {}).map((value) => ({
                case: 'application_layer_protocol_negotiation',
                value,
              })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(22),
              A.Empty(depth - 1, {}).map((value) => ({ case: 'encrypt_then_mac', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(23),
              A.Empty(depth - 1, {}).map((value) => ({ case: 'extended_master_secret', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(28),
              fc.integer({ min: 64, max: 65535 }).map((value) => ({ case: 'record_size_limit', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(41),
              A.PreSharedKeyExtension(depth - 1, ctx).map((value) => ({ case: 'pre_shared_key', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(42),
              A.EarlyDataIndication(depth - 1, ctx).map((value) => ({ case: 'early_data', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(43),
              A.SupportedVersions(depth - 1, ctx).map((value) => ({ case: 'supported_versions', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(44),
              A.Cookie(depth - 1, {}).map((value) => ({ case: 'cookie', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(45),
              A.PskKeyExchangeModes(depth - 1, {}).map((value) => ({
                case: 'psk_key_exchange_modes',
                value,
              })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(47),
              A.CertificateAuthoritiesExtension(depth - 1, {}).map((value) => ({
                case: 'certificate_authorities',
                value,
              })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(48),
              A.OIDFilterExtension(depth - 1, {}).map((value) => ({ case: 'oid_filters', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(49),
              A.PostHandshakeAuth(depth - 1, {}).map((value) => ({ case: 'post_handshake_auth', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(50),
              A.SignatureSchemeList(depth - 1, {}).map((value) => ({
                case: 'signature_algorithms_cert',
                value,
              })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(51),
              A.KeyShare(depth - 1, ctx).map((value) => ({ case: 'key_share', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(65281),
              A.RenegotiationInfo(depth - 1, {}).map((value) => ({ case: 'renegotiation_info', value })),
            ),
          ],
          fc.tuple(
            fc
              .integer({ min: 0, max: 65535 })
              .filter(
                (x) =>
                  ![0, 5, 10, 11, 13, 16, 22, 23, 28, 41, 42, 43, 44, 45, 47, 48, 49, 50, 51, 65281].includes(
                    x,
                  ),
              ),
            fc.uint8Array({ maxLength: 16 }).map((value) => ({ case: undefined, value })),
          ),
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.extension_type = (v.extension_data as [unknown, unknown])[0];
        v.extension_data = (v.extension_data as [unknown, unknown])[1];
        return v;
      }),
  KeyShare: (depth, ctx) =>
    fc.record({
      body: (() => {
        if (ctx.msgType === 1)
          return A.KeyShareClientHello(depth - 1, {}).map((value) => ({ case: 'client_hello', value }));
        if (ctx.msgType === 6)
          return A.KeyShareHelloRetryRequest(depth - 1, {}).map((value) => ({
            case: 'hello_retry_request',
            value,
          }));
        if (ctx.msgType === 2)
          return A.KeyShareServerHello(depth - 1, {}).map((value) => ({ case: 'server_hello', value }));
        return fc.uint8Array({ maxLength: 16 }).map((value) => ({ case: undefined, value }));
      })(),
    }),
  KeyShareClientHello: (depth, ctx) =>
    fc.record({ client_shares: fc.array(A.KeyShareEntry(depth - 1, {}), { minLength: 0, maxLength: 3 }) }),
  KeyShareEntry: (depth, ctx) =>
    fc.record({
      group: fc.oneof(
        fc.constantFrom(23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 256, 257, 258, 259, 260, 4587, 4588),
        fc.integer({ min: 0, max: 65535 }),
      ),
      key_exchange: fc.uint8Array({ minLength: 1, maxLength: 25 }),
    }),
  KeyShareHelloRetryRequest: (depth, ctx) =>
    fc.record({
      selected_group: fc.oneof(
        fc.constantFrom(23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 256, 257, 258, 259, 260, 4587, 4588),
        fc.integer({ min: 0, max: 65535 }),
      ),
    }),
  KeyShareServerHello: (depth, ctx) => fc.record({ server_share: A.KeyShareEntry(depth - 1, {}) }),
  NamedGroupList: (depth, ctx) =>
    fc.record({
      named_group_list: fc.array(
        fc.oneof(
          fc.constantFrom(23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 256, 257, 258, 259, 260, 4587, 4588),
          fc.integer({ min: 0, max: 65535 }),
        ),
        { minLength: 1, maxLength: 7 },
      ),
    }),
  OCSPStatusRequest: (depth, ctx) =>
    fc.record({
      responder_id_list: fc.array(A.ResponderID(depth, ctx), { minLength: 0, maxLength: 3 }),
      request_extensions: fc.uint8Array({ minLength: 0, maxLength: 24 }),
    }),
  OfferedPsks: (depth, ctx) =>
    fc.record({
      identities: fc.array(A.PskIdentity(depth - 1, {}), { minLength: 1, maxLength: 3 }),
      binders: fc.array(A.PskBinderEntry(depth, ctx), { minLength: 1, maxLength: 3 }),
    }),
  OIDFilter: (depth, ctx) =>
    fc.record({
      certificate_extension_oid: fc.uint8Array({ minLength: 1, maxLength: 25 }),
      certificate_extension_values: fc.uint8Array({ minLength: 0, maxLength: 24 }),
    }),
  OIDFilterExtension: (depth, ctx) =>
    fc.record({ filters: fc.array(A.OIDFilter(depth - 1, {}), { minLength: 0, maxLength: 3 }) }),
  PostHandshakeAuth: (depth, ctx) => fc.record({}),
  PreSharedKeyExtension: (depth, ctx) =>
    fc.record({
      body: (() => {
        if (ctx.msgType === 1)
          return A.OfferedPsks(depth - 1, {}).map((value) => ({ case: 'client_hello', value }));
        if (ctx.msgType === 2)
          return A.PreSharedKeyExtensionServerHello(depth - 1, {}).map((value) => ({
            case: 'server_hello',
            value,
          }));
        return fc.uint8Array({ maxLength: 16 }).map((value) => ({ case: undefined, value }));
      })(),
    }),
  PreSharedKeyExtensionServerHello: (depth, ctx) =>
    fc.record({ selected_identity: fc.integer({ min: 0, max: 65535 }) }),
  ProtocolNameList: (depth, ctx) =>
    fc.record({ protocol_name_list: fc.array(A.ProtocolName(depth, ctx), { minLength: 1, maxLength: 3 }) }),
  PskIdentity: (depth, ctx) =>
    fc.record({
      identity: fc.uint8Array({ minLength: 1, maxLength: 25 }),
      obfuscated_ticket_age: fc.integer({ min: 0, max: 4294967295 }),
    }),
  PskKeyExchangeModes: (depth, ctx) =>
    fc.record({
      ke_modes: fc.array(fc.oneof(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 7,
      }),
    }),
  RenegotiationInfo: (depth, ctx) =>
    fc.record({ renegotiated_connection: fc.uint8Array({ minLength: 0, maxLength: 24 }) }),
  ServerName: (depth, ctx) =>
    fc
      .record({
        name: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(0),
              A.ServerNameHostName(depth - 1, {}).map((value) => ({ case: 'host_name', value })),
            ),
          ],
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.name_type = (v.name as [unknown, unknown])[0];
        v.name = (v.name as [unknown, unknown])[1];
        return v;
      }),
  ServerNameExtension: (depth, ctx) =>
    fc.record({
      body: (() => {
        if (ctx.msgType === 1)
          return A.ServerNameList(depth - 1, {}).map((value) => ({ case: 'client_hello', value }));
        if (ctx.msgType === 2)
          return A.Empty(depth - 1, {}).map((value) => ({ case: 'server_hello', value }));
        if (ctx.msgType === 8)
          return A.Empty(depth - 1, {}).map((value) => ({ case: 'encrypted_extensions', value }));
        return fc.uint8Array({ maxLength: 16 }).map((value) => ({ case: undefined, value }));
      })(),
    }),
  ServerNameHostName: (depth, ctx) =>
    fc.record({ host_name: fc.uint8Array({ minLength: 1, maxLength: 25 }) }),
  ServerNameList: (depth, ctx) =>
    fc.record({ server_name_list: fc.array(A.ServerName(depth - 1, {}), { minLength: 1, maxLength: 3 }) }),
  SignatureSchemeList: (depth, ctx) =>
    fc.record({
      supported_signature_algorithms: fc.array(
        fc.oneof(
          fc.constantFrom(
            1025,
            1281,
            1537,
            1027,
            1283,
            1539,
            2052,
            2053,
            2054,
            2055,
            2056,
            2057,
            2058,
            2059,
            2074,
            2075,
            2076,
            513,
            515,
          ),
          fc.integer({ min: 0, max: 65535 }),
        ),
        { minLength: 1, maxLength: 7 },
      ),
    }),
  StatusRequestExtension: (depth, ctx) =>
    fc.record({
      body: (() => {
        if (ctx.msgType === 1)
          return A.CertificateStatusRequest(depth - 1, {}).map((value) => ({ case: 'client_hello', value }));
        if (ctx.msgType === 13)
          return A.Empty(depth - 1, {}).map((value) => ({ case: 'certificate_request', value }));
        if (ctx.msgType === 11)
          return A.CertificateStatus(depth - 1, {}).map((value) => ({ case: 'certificate', value }));
        if (ctx.msgType === 2)
          return A.Empty(depth - 1, {}).map((value) => ({ case: 'server_hello', value }));
        return fc.uint8Array({ maxLength: 16 }).map((value) => ({ case: undefined, value }));
      })(),
    }),
  SupportedVersions: (depth, ctx) =>
    fc.record({
      body: (() => {
        if (ctx.msgType === 1)
          return A.SupportedVersionsClientHello(depth - 1, {}).map((value) => ({
            case: 'client_hello',
            value,
          }));
        if (ctx.msgType === 2)
          return A.SupportedVersionsServerHelloOrHelloRetryRequest(depth - 1, {}).map((value) => ({
            case: 'server_hello',
            value,
          }));
        if (ctx.msgType === 6)
          return A.SupportedVersionsServerHelloOrHelloRetryRequest(depth - 1, {}).map((value) => ({
            case: 'hello_retry_request',
            value,
          }));
        return fc.uint8Array({ maxLength: 16 }).map((value) => ({ case: undefined, value }));
      })(),
    }),
  SupportedVersionsClientHello: (depth, ctx) =>
    fc.record({
      versions: fc.array(
        fc.oneof(fc.constantFrom(768, 769, 770, 771, 772, 65277, 65276), fc.integer({ min: 0, max: 65535 })),
        { minLength: 1, maxLength: 7 },
      ),
    }),
  SupportedVersionsServerHelloOrHelloRetryRequest: (depth, ctx) =>
    fc.record({
      selected_version: fc.oneof(
        fc.constantFrom(768, 769, 770, 771, 772, 65277, 65276),
        fc.integer({ min: 0, max: 65535 }),
      ),
    }),
  DistinguishedName: (depth, ctx) => fc.uint8Array({ minLength: 1, maxLength: 25 }),
  ProtocolName: (depth, ctx) => fc.uint8Array({ minLength: 1, maxLength: 25 }),
  PskBinderEntry: (depth, ctx) => fc.uint8Array({ minLength: 32, maxLength: 56 }),
  ResponderID: (depth, ctx) => fc.uint8Array({ minLength: 1, maxLength: 25 }),
});
void startsWithText;
void hexBytes;
describe('Extension', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.Extension,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeExtension,
      M.decodeExtension,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.Extension,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeExtension,
      M.decodeExtension,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.Extension,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeExtension,
      M.decodeExtension,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.Extension,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeExtension,
      M.decodeExtension,
    ));
});
describe('ServerName', () => {
  it('decodes what it encodes', () => roundTrip(A.ServerName, [{}], M.encodeServerName, M.decodeServerName));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ServerName, [{}], M.encodeServerName, M.decodeServerName));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ServerName, [{}], M.encodeServerName, M.decodeServerName));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ServerName, [{}], M.encodeServerName, M.decodeServerName));
});
describe('ServerNameHostName', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ServerNameHostName, [{}], M.encodeServerNameHostName, M.decodeServerNameHostName));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ServerNameHostName, [{}], M.encodeServerNameHostName, M.decodeServerNameHostName));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(
      A.ServerNameHostName,
      [{}],
      M.encodeServerNameHostName,
      M.decodeServerNameHostName,
      M.writeServerNameHostName,
      [['host_name', [fc.uint8Array({ minLength: 0, maxLength: 0 })]]],
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ServerNameHostName, [{}], M.encodeServerNameHostName, M.decodeServerNameHostName));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ServerNameHostName, [{}], M.encodeServerNameHostName, M.decodeServerNameHostName));
});
describe('ServerNameList', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ServerNameList, [{}], M.encodeServerNameList, M.decodeServerNameList));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ServerNameList, [{}], M.encodeServerNameList, M.decodeServerNameList));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ServerNameList, [{}], M.encodeServerNameList, M.decodeServerNameList));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ServerNameList, [{}], M.encodeServerNameList, M.decodeServerNameList));
});
describe('ServerNameExtension', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.ServerNameExtension,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeServerNameExtension,
      M.decodeServerNameExtension,
    ));
  // ServerNameExtension ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.ServerNameExtension,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeServerNameExtension,
      M.decodeServerNameExtension,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.ServerNameExtension,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeServerNameExtension,
      M.decodeServerNameExtension,
    ));
});
describe('OCSPStatusRequest', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.OCSPStatusRequest, [{}], M.encodeOCSPStatusRequest, M.decodeOCSPStatusRequest));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.OCSPStatusRequest, [{}], M.encodeOCSPStatusRequest, M.decodeOCSPStatusRequest));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.OCSPStatusRequest, [{}], M.encodeOCSPStatusRequest, M.decodeOCSPStatusRequest));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.OCSPStatusRequest, [{}], M.encodeOCSPStatusRequest, M.decodeOCSPStatusRequest));
});
describe('CertificateStatusRequest', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.CertificateStatusRequest,
      [{}],
      M.encodeCertificateStatusRequest,
      M.decodeCertificateStatusRequest,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.CertificateStatusRequest,
      [{}],
      M.encodeCertificateStatusRequest,
      M.decodeCertificateStatusRequest,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.CertificateStatusRequest,
      [{}],
      M.encodeCertificateStatusRequest,
      M.decodeCertificateStatusRequest,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.CertificateStatusRequest,
      [{}],
      M.encodeCertificateStatusRequest,
      M.decodeCertificateStatusRequest,
    ));
});
describe('CertificateStatus', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.CertificateStatus, [{}], M.encodeCertificateStatus, M.decodeCertificateStatus));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.CertificateStatus, [{}], M.encodeCertificateStatus, M.decodeCertificateStatus));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.CertificateStatus, [{}], M.encodeCertificateStatus, M.decodeCertificateStatus));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.CertificateStatus, [{}], M.encodeCertificateStatus, M.decodeCertificateStatus));
});
describe('CertificateStatusOcsp', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.CertificateStatusOcsp, [{}], M.encodeCertificateStatusOcsp, M.decodeCertificateStatusOcsp));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.CertificateStatusOcsp,
      [{}],
      M.encodeCertificateStatusOcsp,
      M.decodeCertificateStatusOcsp,
    ));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(
      A.CertificateStatusOcsp,
      [{}],
      M.encodeCertificateStatusOcsp,
      M.decodeCertificateStatusOcsp,
      M.writeCertificateStatusOcsp,
      [['ocsp_response', [fc.uint8Array({ minLength: 0, maxLength: 0 })]]],
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.CertificateStatusOcsp,
      [{}],
      M.encodeCertificateStatusOcsp,
      M.decodeCertificateStatusOcsp,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.CertificateStatusOcsp,
      [{}],
      M.encodeCertificateStatusOcsp,
      M.decodeCertificateStatusOcsp,
    ));
});
describe('StatusRequestExtension', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.StatusRequestExtension,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeStatusRequestExtension,
      M.decodeStatusRequestExtension,
    ));
  // StatusRequestExtension ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.StatusRequestExtension,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeStatusRequestExtension,
      M.decodeStatusRequestExtension,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.StatusRequestExtension,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeStatusRequestExtension,
      M.decodeStatusRequestExtension,
    ));
});
describe('NamedGroupList', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.NamedGroupList, [{}], M.encodeNamedGroupList, M.decodeNamedGroupList));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.NamedGroupList, [{}], M.encodeNamedGroupList, M.decodeNamedGroupList));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(
      A.NamedGroupList,
      [{}],
      M.encodeNamedGroupList,
      M.decodeNamedGroupList,
      M.writeNamedGroupList,
      [
        [
          'named_group_list',
          [
            fc.array(
              fc.oneof(
                fc.constantFrom(
                  23,
                  24,
                  25,
                  26,
                  27,
                  28,
                  29,
                  30,
                  31,
                  32,
                  33,
                  256,
                  257,
                  258,
                  259,
                  260,
                  4587,
                  4588,
                ),
                fc.integer({ min: 0, max: 65535 }),
              ),
              { minLength: 0, maxLength: 0 },
            ),
          ],
        ],
      ],
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.NamedGroupList, [{}], M.encodeNamedGroupList, M.decodeNamedGroupList));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.NamedGroupList, [{}], M.encodeNamedGroupList, M.decodeNamedGroupList));
});
describe('ECPointFormatList', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ECPointFormatList, [{}], M.encodeECPointFormatList, M.decodeECPointFormatList));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ECPointFormatList, [{}], M.encodeECPointFormatList, M.decodeECPointFormatList));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(
      A.ECPointFormatList,
      [{}],
      M.encodeECPointFormatList,
      M.decodeECPointFormatList,
      M.writeECPointFormatList,
      [
        [
          'ec_point_format_list',
          [
            fc.array(fc.oneof(fc.constantFrom(0, 1, 2, 248, 255), fc.integer({ min: 0, max: 255 })), {
              minLength: 0,
              maxLength: 0,
            }),
          ],
        ],
      ],
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ECPointFormatList, [{}], M.encodeECPointFormatList, M.decodeECPointFormatList));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ECPointFormatList, [{}], M.encodeECPointFormatList, M.decodeECPointFormatList));
});
describe('SignatureSchemeList', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.SignatureSchemeList, [{}], M.encodeSignatureSchemeList, M.decodeSignatureSchemeList));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.SignatureSchemeList, [{}], M.encodeSignatureSchemeList, M.decodeSignatureSchemeList));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(
      A.SignatureSchemeList,
      [{}],
      M.encodeSignatureSchemeList,
      M.decodeSignatureSchemeList,
      M.writeSignatureSchemeList,
      [
        [
          'supported_signature_algorithms',
          [
            fc.array(
              fc.oneof(
                fc.constantFrom(
                  1025,
                  1281,
                  1537,
                  1027,
                  1283,
                  1539,
                  2052,
                  2053,
                  2054,
                  2055,
                  2056,
                  2057,
                  2058,
                  2059,
                  2074,
                  2075,
                  2076,
                  513,
                  515,
                ),
                fc.integer({ min: 0, max: 65535 }),
              ),
              { minLength: 0, maxLength: 0 },
            ),
          ],
        ],
      ],
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.SignatureSchemeList, [{}], M.encodeSignatureSchemeList, M.decodeSignatureSchemeList));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.SignatureSchemeList, [{}], M.encodeSignatureSchemeList, M.decodeSignatureSchemeList));
});
describe('ProtocolNameList', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ProtocolNameList, [{}], M.encodeProtocolNameList, M.decodeProtocolNameList));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ProtocolNameList, [{}], M.encodeProtocolNameList, M.decodeProtocolNameList));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ProtocolNameList, [{}], M.encodeProtocolNameList, M.decodeProtocolNameList));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ProtocolNameList, [{}], M.encodeProtocolNameList, M.decodeProtocolNameList));
});
describe('SupportedVersions', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SupportedVersions,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeSupportedVersions,
      M.decodeSupportedVersions,
    ));
  // SupportedVersions ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SupportedVersions,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeSupportedVersions,
      M.decodeSupportedVersions,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SupportedVersions,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeSupportedVersions,
      M.decodeSupportedVersions,
    ));
});
describe('SupportedVersionsClientHello', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SupportedVersionsClientHello,
      [{}],
      M.encodeSupportedVersionsClientHello,
      M.decodeSupportedVersionsClientHello,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SupportedVersionsClientHello,
      [{}],
      M.encodeSupportedVersionsClientHello,
      M.decodeSupportedVersionsClientHello,
    ));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(
      A.SupportedVersionsClientHello,
      [{}],
      M.encodeSupportedVersionsClientHello,
      M.decodeSupportedVersionsClientHello,
      M.writeSupportedVersionsClientHello,
      [
        [
          'versions',
          [
            fc.array(
              fc.oneof(
                fc.constantFrom(768, 769, 770, 771, 772, 65277, 65276),
                fc.integer({ min: 0, max: 65535 }),
              ),
              { minLength: 0, maxLength: 0 },
            ),
          ],
        ],
      ],
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SupportedVersionsClientHello,
      [{}],
      M.encodeSupportedVersionsClientHello,
      M.decodeSupportedVersionsClientHello,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SupportedVersionsClientHello,
      [{}],
      M.encodeSupportedVersionsClientHello,
      M.decodeSupportedVersionsClientHello,
    ));
});
describe('SupportedVersionsServerHelloOrHelloRetryRequest', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.SupportedVersionsServerHelloOrHelloRetryRequest,
      [{}],
      M.encodeSupportedVersionsServerHelloOrHelloRetryRequest,
      M.decodeSupportedVersionsServerHelloOrHelloRetryRequest,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.SupportedVersionsServerHelloOrHelloRetryRequest,
      [{}],
      M.encodeSupportedVersionsServerHelloOrHelloRetryRequest,
      M.decodeSupportedVersionsServerHelloOrHelloRetryRequest,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.SupportedVersionsServerHelloOrHelloRetryRequest,
      [{}],
      M.encodeSupportedVersionsServerHelloOrHelloRetryRequest,
      M.decodeSupportedVersionsServerHelloOrHelloRetryRequest,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.SupportedVersionsServerHelloOrHelloRetryRequest,
      [{}],
      M.encodeSupportedVersionsServerHelloOrHelloRetryRequest,
      M.decodeSupportedVersionsServerHelloOrHelloRetryRequest,
    ));
});
describe('Cookie', () => {
  it('decodes what it encodes', () => roundTrip(A.Cookie, [{}], M.encodeCookie, M.decodeCookie));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Cookie, [{}], M.encodeCookie, M.decodeCookie));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(A.Cookie, [{}], M.encodeCookie, M.decodeCookie, M.writeCookie, [
      ['cookie', [fc.uint8Array({ minLength: 0, maxLength: 0 })]],
    ]));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Cookie, [{}], M.encodeCookie, M.decodeCookie));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Cookie, [{}], M.encodeCookie, M.decodeCookie));
});
describe('CertificateAuthoritiesExtension', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.CertificateAuthoritiesExtension,
      [{}],
      M.encodeCertificateAuthoritiesExtension,
      M.decodeCertificateAuthoritiesExtension,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.CertificateAuthoritiesExtension,
      [{}],
      M.encodeCertificateAuthoritiesExtension,
      M.decodeCertificateAuthoritiesExtension,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.CertificateAuthoritiesExtension,
      [{}],
      M.encodeCertificateAuthoritiesExtension,
      M.decodeCertificateAuthoritiesExtension,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.CertificateAuthoritiesExtension,
      [{}],
      M.encodeCertificateAuthoritiesExtension,
      M.decodeCertificateAuthoritiesExtension,
    ));
});
describe('OIDFilter', () => {
  it('decodes what it encodes', () => roundTrip(A.OIDFilter, [{}], M.encodeOIDFilter, M.decodeOIDFilter));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.OIDFilter, [{}], M.encodeOIDFilter, M.decodeOIDFilter));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(A.OIDFilter, [{}], M.encodeOIDFilter, M.decodeOIDFilter, M.writeOIDFilter, [
      ['certificate_extension_oid', [fc.uint8Array({ minLength: 0, maxLength: 0 })]],
    ]));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.OIDFilter, [{}], M.encodeOIDFilter, M.decodeOIDFilter));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.OIDFilter, [{}], M.encodeOIDFilter, M.decodeOIDFilter));
});
describe('OIDFilterExtension', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.OIDFilterExtension, [{}], M.encodeOIDFilterExtension, M.decodeOIDFilterExtension));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.OIDFilterExtension, [{}], M.encodeOIDFilterExtension, M.decodeOIDFilterExtension));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.OIDFilterExtension, [{}], M.encodeOIDFilterExtension, M.decodeOIDFilterExtension));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.OIDFilterExtension, [{}], M.encodeOIDFilterExtension, M.decodeOIDFilterExtension));
});
describe('PostHandshakeAuth', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.PostHandshakeAuth, [{}], M.encodePostHandshakeAuth, M.decodePostHandshakeAuth));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.PostHandshakeAuth, [{}], M.encodePostHandshakeAuth, M.decodePostHandshakeAuth));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.PostHandshakeAuth, [{}], M.encodePostHandshakeAuth, M.decodePostHandshakeAuth));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.PostHandshakeAuth, [{}], M.encodePostHandshakeAuth, M.decodePostHandshakeAuth));
});
describe('KeyShareEntry', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.KeyShareEntry, [{}], M.encodeKeyShareEntry, M.decodeKeyShareEntry));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.KeyShareEntry, [{}], M.encodeKeyShareEntry, M.decodeKeyShareEntry));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(
      A.KeyShareEntry,
      [{}],
      M.encodeKeyShareEntry,
      M.decodeKeyShareEntry,
      M.writeKeyShareEntry,
      [['key_exchange', [fc.uint8Array({ minLength: 0, maxLength: 0 })]]],
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.KeyShareEntry, [{}], M.encodeKeyShareEntry, M.decodeKeyShareEntry));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.KeyShareEntry, [{}], M.encodeKeyShareEntry, M.decodeKeyShareEntry));
});
describe('KeyShare', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.KeyShare,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeKeyShare,
      M.decodeKeyShare,
    ));
  // KeyShare ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.KeyShare,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeKeyShare,
      M.decodeKeyShare,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.KeyShare,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeKeyShare,
      M.decodeKeyShare,
    ));
});
describe('KeyShareClientHello', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.KeyShareClientHello, [{}], M.encodeKeyShareClientHello, M.decodeKeyShareClientHello));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.KeyShareClientHello, [{}], M.encodeKeyShareClientHello, M.decodeKeyShareClientHello));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.KeyShareClientHello, [{}], M.encodeKeyShareClientHello, M.decodeKeyShareClientHello));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.KeyShareClientHello, [{}], M.encodeKeyShareClientHello, M.decodeKeyShareClientHello));
});
describe('KeyShareHelloRetryRequest', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.KeyShareHelloRetryRequest,
      [{}],
      M.encodeKeyShareHelloRetryRequest,
      M.decodeKeyShareHelloRetryRequest,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.KeyShareHelloRetryRequest,
      [{}],
      M.encodeKeyShareHelloRetryRequest,
      M.decodeKeyShareHelloRetryRequest,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.KeyShareHelloRetryRequest,
      [{}],
      M.encodeKeyShareHelloRetryRequest,
      M.decodeKeyShareHelloRetryRequest,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.KeyShareHelloRetryRequest,
      [{}],
      M.encodeKeyShareHelloRetryRequest,
      M.decodeKeyShareHelloRetryRequest,
    ));
});
describe('KeyShareServerHello', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.KeyShareServerHello, [{}], M.encodeKeyShareServerHello, M.decodeKeyShareServerHello));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.KeyShareServerHello, [{}], M.encodeKeyShareServerHello, M.decodeKeyShareServerHello));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.KeyShareServerHello, [{}], M.encodeKeyShareServerHello, M.decodeKeyShareServerHello));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.KeyShareServerHello, [{}], M.encodeKeyShareServerHello, M.decodeKeyShareServerHello));
});
describe('PskKeyExchangeModes', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.PskKeyExchangeModes, [{}], M.encodePskKeyExchangeModes, M.decodePskKeyExchangeModes));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.PskKeyExchangeModes, [{}], M.encodePskKeyExchangeModes, M.decodePskKeyExchangeModes));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(
      A.PskKeyExchangeModes,
      [{}],
      M.encodePskKeyExchangeModes,
      M.decodePskKeyExchangeModes,
      M.writePskKeyExchangeModes,
      [
        [
          'ke_modes',
          [
            fc.array(fc.oneof(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 255 })), {
              minLength: 0,
              maxLength: 0,
            }),
          ],
        ],
      ],
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.PskKeyExchangeModes, [{}], M.encodePskKeyExchangeModes, M.decodePskKeyExchangeModes));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.PskKeyExchangeModes, [{}], M.encodePskKeyExchangeModes, M.decodePskKeyExchangeModes));
});
describe('EarlyDataIndication', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.EarlyDataIndication,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeEarlyDataIndication,
      M.decodeEarlyDataIndication,
    ));
  // EarlyDataIndication ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.EarlyDataIndication,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeEarlyDataIndication,
      M.decodeEarlyDataIndication,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.EarlyDataIndication,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodeEarlyDataIndication,
      M.decodeEarlyDataIndication,
    ));
});
describe('EarlyDataIndicationNewSessionTicket', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.EarlyDataIndicationNewSessionTicket,
      [{}],
      M.encodeEarlyDataIndicationNewSessionTicket,
      M.decodeEarlyDataIndicationNewSessionTicket,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.EarlyDataIndicationNewSessionTicket,
      [{}],
      M.encodeEarlyDataIndicationNewSessionTicket,
      M.decodeEarlyDataIndicationNewSessionTicket,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.EarlyDataIndicationNewSessionTicket,
      [{}],
      M.encodeEarlyDataIndicationNewSessionTicket,
      M.decodeEarlyDataIndicationNewSessionTicket,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.EarlyDataIndicationNewSessionTicket,
      [{}],
      M.encodeEarlyDataIndicationNewSessionTicket,
      M.decodeEarlyDataIndicationNewSessionTicket,
    ));
});
describe('PskIdentity', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.PskIdentity, [{}], M.encodePskIdentity, M.decodePskIdentity));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.PskIdentity, [{}], M.encodePskIdentity, M.decodePskIdentity));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(A.PskIdentity, [{}], M.encodePskIdentity, M.decodePskIdentity, M.writePskIdentity, [
      ['identity', [fc.uint8Array({ minLength: 0, maxLength: 0 })]],
    ]));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.PskIdentity, [{}], M.encodePskIdentity, M.decodePskIdentity));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.PskIdentity, [{}], M.encodePskIdentity, M.decodePskIdentity));
});
describe('OfferedPsks', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.OfferedPsks, [{}], M.encodeOfferedPsks, M.decodeOfferedPsks));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.OfferedPsks, [{}], M.encodeOfferedPsks, M.decodeOfferedPsks));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.OfferedPsks, [{}], M.encodeOfferedPsks, M.decodeOfferedPsks));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.OfferedPsks, [{}], M.encodeOfferedPsks, M.decodeOfferedPsks));
});
describe('PreSharedKeyExtension', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.PreSharedKeyExtension,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodePreSharedKeyExtension,
      M.decodePreSharedKeyExtension,
    ));
  // PreSharedKeyExtension ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.PreSharedKeyExtension,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodePreSharedKeyExtension,
      M.decodePreSharedKeyExtension,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.PreSharedKeyExtension,
      [
        { msgType: 1 },
        { msgType: 11 },
        { msgType: 13 },
        { msgType: 2 },
        { msgType: 4 },
        { msgType: 6 },
        { msgType: 8 },
      ],
      M.encodePreSharedKeyExtension,
      M.decodePreSharedKeyExtension,
    ));
});
describe('PreSharedKeyExtensionServerHello', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.PreSharedKeyExtensionServerHello,
      [{}],
      M.encodePreSharedKeyExtensionServerHello,
      M.decodePreSharedKeyExtensionServerHello,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.PreSharedKeyExtensionServerHello,
      [{}],
      M.encodePreSharedKeyExtensionServerHello,
      M.decodePreSharedKeyExtensionServerHello,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.PreSharedKeyExtensionServerHello,
      [{}],
      M.encodePreSharedKeyExtensionServerHello,
      M.decodePreSharedKeyExtensionServerHello,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.PreSharedKeyExtensionServerHello,
      [{}],
      M.encodePreSharedKeyExtensionServerHello,
      M.decodePreSharedKeyExtensionServerHello,
    ));
});
describe('RenegotiationInfo', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.RenegotiationInfo, [{}], M.encodeRenegotiationInfo, M.decodeRenegotiationInfo));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.RenegotiationInfo, [{}], M.encodeRenegotiationInfo, M.decodeRenegotiationInfo));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.RenegotiationInfo, [{}], M.encodeRenegotiationInfo, M.decodeRenegotiationInfo));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.RenegotiationInfo, [{}], M.encodeRenegotiationInfo, M.decodeRenegotiationInfo));
});
