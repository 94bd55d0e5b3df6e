// Generated from specs/tls/handshake.spec by otpnet-gen. Do not edit.

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
import * as M from '../src/handshake.js';

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types =
  | 'Certificate'
  | 'CertificateAuthoritiesExtension'
  | 'CertificateEntry'
  | 'CertificateEntryRawPublicKey'
  | 'CertificateEntryX509'
  | 'CertificateRequest'
  | 'CertificateStatus'
  | 'CertificateStatusOcsp'
  | 'CertificateStatusRequest'
  | 'CertificateVerify'
  | 'ClientHello'
  | 'Cookie'
  | 'EarlyDataIndication'
  | 'EarlyDataIndicationNewSessionTicket'
  | 'ECPointFormatList'
  | 'Empty'
  | 'EncryptedExtensions'
  | 'EndOfEarlyData'
  | 'Extension'
  | 'Finished'
  | 'Handshake'
  | 'HelloRetryRequest'
  | 'KeyShare'
  | 'KeyShareClientHello'
  | 'KeyShareEntry'
  | 'KeyShareHelloRetryRequest'
  | 'KeyShareServerHello'
  | 'KeyUpdate'
  | 'NamedGroupList'
  | 'NewSessionTicket'
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
  | 'ServerHello'
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
  Certificate: (depth, ctx) =>
    fc.record({
      certificate_request_context: fc.uint8Array({ minLength: 0, maxLength: 24 }),
      certificate_list: fc.array(A.CertificateEntry(depth - 1, ctx), { minLength: 0, maxLength: 3 }),
    }),
  CertificateAuthoritiesExtension: (depth, ctx) =>
    fc.record({ authorities: fc.array(A.DistinguishedName(depth, ctx), { minLength: 1, maxLength: 3 }) }),
  CertificateEntry: (depth, ctx) =>
    fc.record({
      body: (() => {
        if (ctx.certificateType === 2)
          return A.CertificateEntryRawPublicKey(depth - 1, {}).map((value) => ({
            case: 'RawPublicKey',
            value,
          }));
        if (ctx.certificateType === 0)
          return A.CertificateEntryX509(depth - 1, {}).map((value) => ({ case: 'X509', value }));
        return fc.constant(undefined);
      })(),
      extensions: fc.array(A.Extension(depth - 1, ctx), { minLength: 0, maxLength: 3 }),
    }),
  CertificateEntryRawPublicKey: (depth, ctx) =>
    fc.record({ ASN1_subjectPublicKeyInfo: fc.uint8Array({ minLength: 1, maxLength: 25 }) }),
  CertificateEntryX509: (depth, ctx) =>
    fc.record({ cert_data: fc.uint8Array({ minLength: 1, maxLength: 25 }) }),
  CertificateRequest: (depth, ctx) =>
    fc.record({
      certificate_request_context: fc.uint8Array({ minLength: 0, maxLength: 24 }),
      extensions: fc.array(A.Extension(depth - 1, ctx), { minLength: 1, maxLength: 3 }),
    }),
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
  CertificateVerify: (depth, ctx) =>
    fc.record({
      algorithm: fc.oneof(
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
      signature: fc.uint8Array({ minLength: 0, maxLength: 24 }),
    }),
  ClientHello: (depth, ctx) =>
    fc.record({
      legacy_version: fc.oneof(
        fc.constantFrom(768, 769, 770, 771, 772, 65277, 65276),
        fc.integer({ min: 0, max: 65535 }),
      ),
      random: fc.uint8Array({ minLength: 32, maxLength: 32 }),
      legacy_session_id: fc.uint8Array({ minLength: 0, maxLength: 24 }),
      cipher_suites: fc.array(
        fc.oneof(
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
        { minLength: 1, maxLength: 7 },
      ),
      legacy_compression_methods: fc.uint8Array({ minLength: 1, maxLength: 25 }),
      extensions: fc.array(A.Extension(depth - 1, ctx), { minLength: 1, maxLength: 3 }),
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
  EncryptedExtensions: (depth, ctx) =>
    fc.record({ extensions: fc.array(A.Extension(depth - 1, ctx), { minLength: 0, maxLength: 3 }) }),
  EndOfEarlyData: (depth, ctx) => fc.record({}),
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
  Finished: (depth, ctx) => fc.record({ verify_data: fc.uint8Array({ maxLength: 16 }) }),
  Handshake: (depth, ctx) =>
    fc
      .record({
        body: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(1),
              A.ClientHello(depth - 1, {}).map((value) => ({ case: 'client_hello', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(2),
              A.HelloRetryRequest(depth - 1, {}).map((value) => ({ case: 'hello_retry_request', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(2),
              A.ServerHello(depth - 1, {}).map((value) => ({ case: 'server_hello', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(5),
              A.EndOfEarlyData(depth - 1, {}).map((value) => ({ case: 'end_of_early_data', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(8),
              A.EncryptedExtensions(depth - 1, {}).map((value) => ({ case: 'encrypted_extensions', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(13),
              A.CertificateRequest(depth - 1, {}).map((value) => ({ case: 'certificate_request', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(11),
              A.Certificate(depth - 1, ctx).map((value) => ({ case: 'certificate', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(15),
              A.CertificateVerify(depth - 1, {}).map((value) => ({ case: 'certificate_verify', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(20),
              A.Finished(depth - 1, {}).map((value) => ({ case: 'finished', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(4),
              A.NewSessionTicket(depth - 1, {}).map((value) => ({ case: 'new_session_ticket', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(24),
              A.KeyUpdate(depth - 1, {}).map((value) => ({ case: 'key_update', value })),
            ),
          ],
          fc.tuple(
            fc
              .integer({ min: 0, max: 255 })
              .filter((x) => ![1, 2, 2, 5, 8, 13, 11, 15, 20, 4, 24].includes(x)),
            fc.uint8Array({ maxLength: 16 }).map((value) => ({ case: undefined, value })),
          ),
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.msg_type = (v.body as [unknown, unknown])[0];
        v.body = (v.body as [unknown, unknown])[1];
        return v;
      }),
  HelloRetryRequest: (depth, ctx) =>
    fc.record({
      legacy_version: fc.oneof(
        fc.constantFrom(768, 769, 770, 771, 772, 65277, 65276),
        fc.integer({ min: 0, max: 65535 }),
      ),
      random: fc.constant(hexBytes('cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c')),
      legacy_session_id_echo: fc.uint8Array({ minLength: 0, maxLength: 24 }),
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
      legacy_compression_method: fc.integer({ min: 0, max: 255 }),
      extensions: fc.array(A.Extension(depth - 1, ctx), { minLength: 1, maxLength: 3 }),
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
  KeyUpdate: (depth, ctx) =>
    fc.record({ request_update: fc.oneof(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 255 })) }),
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
  NewSessionTicket: (depth, ctx) =>
    fc.record({
      ticket_lifetime: fc.integer({ min: 0, max: 4294967295 }),
      ticket_age_add: fc.integer({ min: 0, max: 4294967295 }),
      ticket_nonce: fc.uint8Array({ minLength: 0, maxLength: 24 }),
      ticket: fc.uint8Array({ minLength: 1, maxLength: 25 }),
      extensions: fc.array(A.Extension(depth - 1, ctx), { minLength: 0, maxLength: 3 }),
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
  ServerHello: (depth, ctx) =>
    fc.record({
      legacy_version: fc.oneof(
        fc.constantFrom(768, 769, 770, 771, 772, 65277, 65276),
        fc.integer({ min: 0, max: 65535 }),
      ),
      random: fc.uint8Array({ minLength: 32, maxLength: 32 }),
      legacy_session_id_echo: fc.uint8Array({ minLength: 0, maxLength: 24 }),
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
      legacy_compression_method: fc.integer({ min: 0, max: 255 }),
      extensions: fc.array(A.Extension(depth - 1, ctx), { minLength: 1, maxLength: 3 }),
    }),
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
describe('Handshake', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.Handshake,
      [{ certificateType: 0 }, { certificateType: 2 }],
      M.encodeHandshake,
      M.decodeHandshake,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.Handshake,
      [{ certificateType: 0 }, { certificateType: 2 }],
      M.encodeHandshake,
      M.decodeHandshake,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.Handshake,
      [{ certificateType: 0 }, { certificateType: 2 }],
      M.encodeHandshake,
      M.decodeHandshake,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.Handshake,
      [{ certificateType: 0 }, { certificateType: 2 }],
      M.encodeHandshake,
      M.decodeHandshake,
    ));
});
describe('ClientHello', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ClientHello, [{}], M.encodeClientHello, M.decodeClientHello));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ClientHello, [{}], M.encodeClientHello, M.decodeClientHello));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(A.ClientHello, [{}], M.encodeClientHello, M.decodeClientHello, M.writeClientHello, [
      ['legacy_session_id', [fc.uint8Array({ minLength: 33, maxLength: 33 })]],
      [
        'cipher_suites',
        [
          fc.array(
            fc.oneof(
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
            { minLength: 0, maxLength: 0 },
          ),
        ],
      ],
      ['legacy_compression_methods', [fc.uint8Array({ minLength: 0, maxLength: 0 })]],
    ]));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ClientHello, [{}], M.encodeClientHello, M.decodeClientHello));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ClientHello, [{}], M.encodeClientHello, M.decodeClientHello));
});
describe('ServerHello', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ServerHello, [{}], M.encodeServerHello, M.decodeServerHello));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ServerHello, [{}], M.encodeServerHello, M.decodeServerHello));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(A.ServerHello, [{}], M.encodeServerHello, M.decodeServerHello, M.writeServerHello, [
      ['legacy_session_id_echo', [fc.uint8Array({ minLength: 33, maxLength: 33 })]],
    ]));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ServerHello, [{}], M.encodeServerHello, M.decodeServerHello));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ServerHello, [{}], M.encodeServerHello, M.decodeServerHello));
});
describe('HelloRetryRequest', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.HelloRetryRequest, [{}], M.encodeHelloRetryRequest, M.decodeHelloRetryRequest));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.HelloRetryRequest, [{}], M.encodeHelloRetryRequest, M.decodeHelloRetryRequest));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(
      A.HelloRetryRequest,
      [{}],
      M.encodeHelloRetryRequest,
      M.decodeHelloRetryRequest,
      M.writeHelloRetryRequest,
      [['legacy_session_id_echo', [fc.uint8Array({ minLength: 33, maxLength: 33 })]]],
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.HelloRetryRequest, [{}], M.encodeHelloRetryRequest, M.decodeHelloRetryRequest));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.HelloRetryRequest, [{}], M.encodeHelloRetryRequest, M.decodeHelloRetryRequest));
});
describe('EncryptedExtensions', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.EncryptedExtensions, [{}], M.encodeEncryptedExtensions, M.decodeEncryptedExtensions));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.EncryptedExtensions, [{}], M.encodeEncryptedExtensions, M.decodeEncryptedExtensions));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.EncryptedExtensions, [{}], M.encodeEncryptedExtensions, M.decodeEncryptedExtensions));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.EncryptedExtensions, [{}], M.encodeEncryptedExtensions, M.decodeEncryptedExtensions));
});
describe('CertificateRequest', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.CertificateRequest, [{}], M.encodeCertificateRequest, M.decodeCertificateRequest));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.CertificateRequest, [{}], M.encodeCertificateRequest, M.decodeCertificateRequest));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.CertificateRequest, [{}], M.encodeCertificateRequest, M.decodeCertificateRequest));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.CertificateRequest, [{}], M.encodeCertificateRequest, M.decodeCertificateRequest));
});
describe('CertificateEntry', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.CertificateEntry,
      [{ certificateType: 0 }, { certificateType: 2 }],
      M.encodeCertificateEntry,
      M.decodeCertificateEntry,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.CertificateEntry,
      [{ certificateType: 0 }, { certificateType: 2 }],
      M.encodeCertificateEntry,
      M.decodeCertificateEntry,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.CertificateEntry,
      [{ certificateType: 0 }, { certificateType: 2 }],
      M.encodeCertificateEntry,
      M.decodeCertificateEntry,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.CertificateEntry,
      [{ certificateType: 0 }, { certificateType: 2 }],
      M.encodeCertificateEntry,
      M.decodeCertificateEntry,
    ));
});
describe('CertificateEntryRawPublicKey', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.CertificateEntryRawPublicKey,
      [{}],
      M.encodeCertificateEntryRawPublicKey,
      M.decodeCertificateEntryRawPublicKey,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.CertificateEntryRawPublicKey,
      [{}],
      M.encodeCertificateEntryRawPublicKey,
      M.decodeCertificateEntryRawPublicKey,
    ));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(
      A.CertificateEntryRawPublicKey,
      [{}],
      M.encodeCertificateEntryRawPublicKey,
      M.decodeCertificateEntryRawPublicKey,
      M.writeCertificateEntryRawPublicKey,
      [['ASN1_subjectPublicKeyInfo', [fc.uint8Array({ minLength: 0, maxLength: 0 })]]],
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.CertificateEntryRawPublicKey,
      [{}],
      M.encodeCertificateEntryRawPublicKey,
      M.decodeCertificateEntryRawPublicKey,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.CertificateEntryRawPublicKey,
      [{}],
      M.encodeCertificateEntryRawPublicKey,
      M.decodeCertificateEntryRawPublicKey,
    ));
});
describe('CertificateEntryX509', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.CertificateEntryX509, [{}], M.encodeCertificateEntryX509, M.decodeCertificateEntryX509));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.CertificateEntryX509, [{}], M.encodeCertificateEntryX509, M.decodeCertificateEntryX509));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(
      A.CertificateEntryX509,
      [{}],
      M.encodeCertificateEntryX509,
      M.decodeCertificateEntryX509,
      M.writeCertificateEntryX509,
      [['cert_data', [fc.uint8Array({ minLength: 0, maxLength: 0 })]]],
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.CertificateEntryX509, [{}], M.encodeCertificateEntryX509, M.decodeCertificateEntryX509));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.CertificateEntryX509, [{}], M.encodeCertificateEntryX509, M.decodeCertificateEntryX509));
});
describe('Certificate', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.Certificate,
      [{ certificateType: 0 }, { certificateType: 2 }],
      M.encodeCertificate,
      M.decodeCertificate,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.Certificate,
      [{ certificateType: 0 }, { certificateType: 2 }],
      M.encodeCertificate,
      M.decodeCertificate,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.Certificate,
      [{ certificateType: 0 }, { certificateType: 2 }],
      M.encodeCertificate,
      M.decodeCertificate,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.Certificate,
      [{ certificateType: 0 }, { certificateType: 2 }],
      M.encodeCertificate,
      M.decodeCertificate,
    ));
});
describe('CertificateVerify', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.CertificateVerify, [{}], M.encodeCertificateVerify, M.decodeCertificateVerify));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.CertificateVerify, [{}], M.encodeCertificateVerify, M.decodeCertificateVerify));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.CertificateVerify, [{}], M.encodeCertificateVerify, M.decodeCertificateVerify));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.CertificateVerify, [{}], M.encodeCertificateVerify, M.decodeCertificateVerify));
});
describe('Finished', () => {
  it('decodes what it encodes', () => roundTrip(A.Finished, [{}], M.encodeFinished, M.decodeFinished));
  // Finished ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Finished, [{}], M.encodeFinished, M.decodeFinished));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Finished, [{}], M.encodeFinished, M.decodeFinished));
});
describe('EndOfEarlyData', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.EndOfEarlyData, [{}], M.encodeEndOfEarlyData, M.decodeEndOfEarlyData));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.EndOfEarlyData, [{}], M.encodeEndOfEarlyData, M.decodeEndOfEarlyData));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.EndOfEarlyData, [{}], M.encodeEndOfEarlyData, M.decodeEndOfEarlyData));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.EndOfEarlyData, [{}], M.encodeEndOfEarlyData, M.decodeEndOfEarlyData));
});
describe('NewSessionTicket', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.NewSessionTicket, [{}], M.encodeNewSessionTicket, M.decodeNewSessionTicket));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.NewSessionTicket, [{}], M.encodeNewSessionTicket, M.decodeNewSessionTicket));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(
      A.NewSessionTicket,
      [{}],
      M.encodeNewSessionTicket,
      M.decodeNewSessionTicket,
      M.writeNewSessionTicket,
      [['ticket', [fc.uint8Array({ minLength: 0, maxLength: 0 })]]],
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.NewSessionTicket, [{}], M.encodeNewSessionTicket, M.decodeNewSessionTicket));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.NewSessionTicket, [{}], M.encodeNewSessionTicket, M.decodeNewSessionTicket));
});
describe('KeyUpdate', () => {
  it('decodes what it encodes', () => roundTrip(A.KeyUpdate, [{}], M.encodeKeyUpdate, M.decodeKeyUpdate));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.KeyUpdate, [{}], M.encodeKeyUpdate, M.decodeKeyUpdate));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.KeyUpdate, [{}], M.encodeKeyUpdate, M.decodeKeyUpdate));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.KeyUpdate, [{}], M.encodeKeyUpdate, M.decodeKeyUpdate));
});
