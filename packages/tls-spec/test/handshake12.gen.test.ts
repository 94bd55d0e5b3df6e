// Generated from specs/tls/handshake12.spec by otpnet-gen. Do not edit.

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
import * as M from '../src/handshake12.js';

/** Valid values of every type this module's codecs reach, as the specs describe them. */
type Types =
  | 'Certificate12'
  | 'CertificateAuthoritiesExtension'
  | 'CertificateRequest12'
  | 'CertificateStatus'
  | 'CertificateStatusOcsp'
  | 'CertificateStatusRequest'
  | 'ChangeCipherSpec'
  | 'ClientDiffieHellmanPublic'
  | 'ClientECDiffieHellmanPublic'
  | 'ClientHello12'
  | 'ClientKeyExchange'
  | 'Cookie'
  | 'DigitallySigned'
  | 'EarlyDataIndication'
  | 'EarlyDataIndicationNewSessionTicket'
  | 'ECParameters'
  | 'ECParametersNamedCurve'
  | 'ECPoint'
  | 'ECPointFormatList'
  | 'Empty'
  | 'EncryptedPreMasterSecret'
  | 'Extension'
  | 'Finished12'
  | 'Handshake12'
  | 'HelloRequest'
  | 'KeyShare'
  | 'KeyShareClientHello'
  | 'KeyShareEntry'
  | 'KeyShareHelloRetryRequest'
  | 'KeyShareServerHello'
  | 'NamedGroupList'
  | 'NewSessionTicket12'
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
  | 'ServerDHParams'
  | 'ServerECDHParams'
  | 'ServerHello12'
  | 'ServerHelloDone'
  | 'ServerKeyExchange'
  | 'ServerKeyExchangeDhAnon'
  | 'ServerKeyExchangeDheDssOrDheRsa'
  | 'ServerKeyExchangeEcDiffieHellman'
  | 'ServerName'
  | 'ServerNameExtension'
  | 'ServerNameHostName'
  | 'ServerNameList'
  | 'SignatureSchemeList'
  | 'StatusRequestExtension'
  | 'SupportedVersions'
  | 'SupportedVersionsClientHello'
  | 'SupportedVersionsServerHelloOrHelloRetryRequest'
  | 'ASN1Cert'
  | 'DistinguishedName'
  | 'ProtocolName'
  | 'PskBinderEntry'
  | 'ResponderID';
const A: Record<Types, ArbitraryFn> = arbitraries<Types>({
  Certificate12: (depth, ctx) =>
    fc.record({ certificate_list: fc.array(A.ASN1Cert(depth, ctx), { minLength: 0, maxLength: 3 }) }),
  CertificateAuthoritiesExtension: (depth, ctx) =>
    fc.record({ authorities: fc.array(A.DistinguishedName(depth, ctx), { minLength: 1, maxLength: 3 }) }),
  CertificateRequest12: (depth, ctx) =>
    fc.record({
      certificate_types: fc.array(
        fc.oneof(fc.constantFrom(1, 2, 3, 4, 5, 6, 20, 64, 65, 66), fc.integer({ min: 0, max: 255 })),
        { minLength: 1, maxLength: 7 },
      ),
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
      certificate_authorities: fc.array(A.DistinguishedName(depth, ctx), { minLength: 0, maxLength: 3 }),
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
  ChangeCipherSpec: (depth, ctx) =>
    fc.record({ type: fc.oneof(fc.constantFrom(1), fc.integer({ min: 0, max: 255 })) }),
  ClientDiffieHellmanPublic: (depth, ctx) =>
    fc.record({ dh_Yc: fc.uint8Array({ minLength: 1, maxLength: 25 }) }),
  ClientECDiffieHellmanPublic: (depth, ctx) => fc.record({ ecdh_Yc: A.ECPoint(depth - 1, {}) }),
  ClientHello12: (depth, ctx) =>
    fc
      .record({
        client_version: fc.oneof(
          fc.constantFrom(768, 769, 770, 771, 772, 65277, 65276),
          fc.integer({ min: 0, max: 65535 }),
        ),
        random: fc.uint8Array({ minLength: 32, maxLength: 32 }),
        session_id: fc.uint8Array({ minLength: 0, maxLength: 24 }),
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
        compression_methods: fc.array(fc.oneof(fc.constantFrom(0), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 7,
        }),
        extensions: fc.option(fc.array(A.Extension(depth - 1, ctx), { minLength: 0, maxLength: 3 }), {
          nil: undefined,
        }),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        let absent = false;
        if (absent || v.extensions === undefined) {
          absent = true;
          delete v.extensions;
        }
        return v;
      }),
  ClientKeyExchange: (depth, ctx) =>
    fc.record({
      exchange_keys: (() => {
        if (ctx.kex === 1)
          return A.EncryptedPreMasterSecret(depth - 1, {}).map((value) => ({ case: 'rsa', value }));
        if (ctx.kex === 2)
          return A.ClientDiffieHellmanPublic(depth - 1, {}).map((value) => ({ case: 'dhe_dss', value }));
        if (ctx.kex === 3)
          return A.ClientDiffieHellmanPublic(depth - 1, {}).map((value) => ({ case: 'dhe_rsa', value }));
        if (ctx.kex === 4)
          return A.ClientDiffieHellmanPublic(depth - 1, {}).map((value) => ({ case: 'dh_anon', value }));
        if (ctx.kex === 5)
          return A.ClientECDiffieHellmanPublic(depth - 1, {}).map((value) => ({
            case: 'ec_diffie_hellman',
            value,
          }));
        return fc.constant(undefined);
      })(),
    }),
  Cookie: (depth, ctx) => fc.record({ cookie: fc.uint8Array({ minLength: 1, maxLength: 25 }) }),
  DigitallySigned: (depth, ctx) =>
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
  ECParameters: (depth, ctx) =>
    fc
      .record({
        body: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(3),
              A.ECParametersNamedCurve(depth - 1, {}).map((value) => ({ case: 'named_curve', value })),
            ),
          ],
        ),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        v.curve_type = (v.body as [unknown, unknown])[0];
        v.body = (v.body as [unknown, unknown])[1];
        return v;
      }),
  ECParametersNamedCurve: (depth, ctx) =>
    fc.record({
      namedcurve: fc.oneof(
        fc.constantFrom(23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 256, 257, 258, 259, 260, 4587, 4588),
        fc.integer({ min: 0, max: 65535 }),
      ),
    }),
  ECPoint: (depth, ctx) => fc.record({ point: fc.uint8Array({ minLength: 1, maxLength: 25 }) }),
  ECPointFormatList: (depth, ctx) =>
    fc.record({
      ec_point_format_list: fc.array(
        fc.oneof(fc.constantFrom(0, 1, 2, 248, 255), fc.integer({ min: 0, max: 255 })),
        { minLength: 1, maxLength: 7 },
      ),
    }),
  Empty: (depth, ctx) => fc.record({}),
  EncryptedPreMasterSecret: (depth, ctx) =>
    fc.record({ pre_master_secret: fc.uint8Array({ minLength: 0, maxLength: 24 }) }),
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
  Finished12: (depth, ctx) => fc.record({ verify_data: fc.uint8Array({ minLength: 12, maxLength: 12 }) }),
  Handshake12: (depth, ctx) =>
    fc
      .record({
        body: fc.oneof(
          ...[
            fc.tuple(
              fc.constant(0),
              A.HelloRequest(depth - 1, {}).map((value) => ({ case: 'hello_request', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(1),
              A.ClientHello12(depth - 1, {}).map((value) => ({ case: 'client_hello', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(2),
              A.ServerHello12(depth - 1, {}).map((value) => ({ case: 'server_hello', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(11),
              A.Certificate12(depth - 1, {}).map((value) => ({ case: 'certificate', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(12),
              A.ServerKeyExchange(depth - 1, ctx).map((value) => ({ case: 'server_key_exchange', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(13),
              A.CertificateRequest12(depth - 1, {}).map((value) => ({ case: 'certificate_request', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(14),
              A.ServerHelloDone(depth - 1, {}).map((value) => ({ case: 'server_hello_done', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(15),
              A.DigitallySigned(depth - 1, {}).map((value) => ({ case: 'certificate_verify', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(16),
              A.ClientKeyExchange(depth - 1, ctx).map((value) => ({ case: 'client_key_exchange', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(20),
              A.Finished12(depth - 1, {}).map((value) => ({ case: 'finished', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(4),
              A.NewSessionTicket12(depth - 1, {}).map((value) => ({ case: 'new_session_ticket', value })),
            ),
          ],
          ...[
            fc.tuple(
              fc.constant(22),
              A.CertificateStatus(depth - 1, {}).map((value) => ({ case: 'certificate_status', value })),
            ),
          ],
          fc.tuple(
            fc
              .integer({ min: 0, max: 255 })
              .filter((x) => ![0, 1, 2, 11, 12, 13, 14, 15, 16, 20, 4, 22].includes(x)),
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
  HelloRequest: (depth, ctx) => fc.record({}),
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
  NewSessionTicket12: (depth, ctx) =>
    fc.record({
      ticket_lifetime_hint: fc.integer({ min: 0, max: 4294967295 }),
      ticket: fc.uint8Array({ minLength: 0, maxLength: 24 }),
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
  ServerDHParams: (depth, ctx) =>
    fc.record({
      dh_p: fc.uint8Array({ minLength: 1, maxLength: 25 }),
      dh_g: fc.uint8Array({ minLength: 1, maxLength: 25 }),
      dh_Ys: fc.uint8Array({ minLength: 1, maxLength: 25 }),
    }),
  ServerECDHParams: (depth, ctx) =>
    fc.record({ curve_params: A.ECParameters(depth - 1, {}), public: A.ECPoint(depth - 1, {}) }),
  ServerHello12: (depth, ctx) =>
    fc
      .record({
        server_version: fc.oneof(
          fc.constantFrom(768, 769, 770, 771, 772, 65277, 65276),
          fc.integer({ min: 0, max: 65535 }),
        ),
        random: fc.uint8Array({ minLength: 32, maxLength: 32 }),
        session_id: fc.uint8Array({ minLength: 0, maxLength: 24 }),
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
        compression_method: fc.oneof(fc.constantFrom(0), fc.integer({ min: 0, max: 255 })),
        extensions: fc.option(fc.array(A.Extension(depth - 1, ctx), { minLength: 0, maxLength: 3 }), {
          nil: undefined,
        }),
      })
      .map((value) => {
        const v = value as Record<string, unknown>;
        let absent = false;
        if (absent || v.extensions === undefined) {
          absent = true;
          delete v.extensions;
        }
        return v;
      }),
  ServerHelloDone: (depth, ctx) => fc.record({}),
  ServerKeyExchange: (depth, ctx) =>
    fc.record({
      body: (() => {
        if (ctx.kex === 4)
          return A.ServerKeyExchangeDhAnon(depth - 1, {}).map((value) => ({ case: 'dh_anon', value }));
        if (ctx.kex === 2)
          return A.ServerKeyExchangeDheDssOrDheRsa(depth - 1, {}).map((value) => ({
            case: 'dhe_dss',
            value,
          }));
        if (ctx.kex === 3)
          return A.ServerKeyExchangeDheDssOrDheRsa(depth - 1, {}).map((value) => ({
            case: 'dhe_rsa',
            value,
          }));
        if (ctx.kex === 5)
          return A.ServerKeyExchangeEcDiffieHellman(depth - 1, {}).map((value) => ({
            case: 'ec_diffie_hellman',
            value,
          }));
        return fc.constant(undefined);
      })(),
    }),
  ServerKeyExchangeDhAnon: (depth, ctx) => fc.record({ params: A.ServerDHParams(depth - 1, {}) }),
  ServerKeyExchangeDheDssOrDheRsa: (depth, ctx) =>
    fc.record({ params: A.ServerDHParams(depth - 1, {}), signed_params: A.DigitallySigned(depth - 1, {}) }),
  ServerKeyExchangeEcDiffieHellman: (depth, ctx) =>
    fc.record({ params: A.ServerECDHParams(depth - 1, {}), signed_params: A.DigitallySigned(depth - 1, {}) }),
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
  ASN1Cert: (depth, ctx) => fc.uint8Array({ minLength: 1, maxLength: 25 }),
  DistinguishedName: (depth, ctx) => fc.uint8Array({ minLength: 1, maxLength: 25 }),
  ProtocolName: (depth, ctx) => fc.uint8Array({ minLength: 1, maxLength: 25 }),
  PskBinderEntry: (depth, ctx) => fc.uint8Array({ minLength: 32, maxLength: 56 }),
  ResponderID: (depth, ctx) => fc.uint8Array({ minLength: 1, maxLength: 25 }),
});
void startsWithText;
void hexBytes;
describe('Handshake12', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.Handshake12,
      [{ kex: 1 }, { kex: 2 }, { kex: 3 }, { kex: 4 }, { kex: 5 }],
      M.encodeHandshake12,
      M.decodeHandshake12,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.Handshake12,
      [{ kex: 1 }, { kex: 2 }, { kex: 3 }, { kex: 4 }, { kex: 5 }],
      M.encodeHandshake12,
      M.decodeHandshake12,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.Handshake12,
      [{ kex: 1 }, { kex: 2 }, { kex: 3 }, { kex: 4 }, { kex: 5 }],
      M.encodeHandshake12,
      M.decodeHandshake12,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.Handshake12,
      [{ kex: 1 }, { kex: 2 }, { kex: 3 }, { kex: 4 }, { kex: 5 }],
      M.encodeHandshake12,
      M.decodeHandshake12,
    ));
});
describe('HelloRequest', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.HelloRequest, [{}], M.encodeHelloRequest, M.decodeHelloRequest));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.HelloRequest, [{}], M.encodeHelloRequest, M.decodeHelloRequest));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.HelloRequest, [{}], M.encodeHelloRequest, M.decodeHelloRequest));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.HelloRequest, [{}], M.encodeHelloRequest, M.decodeHelloRequest));
});
describe('ClientHello12', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ClientHello12, [{}], M.encodeClientHello12, M.decodeClientHello12));
  // ClientHello12 ends in "the rest of the input", so its strict prefixes may decode.
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(
      A.ClientHello12,
      [{}],
      M.encodeClientHello12,
      M.decodeClientHello12,
      M.writeClientHello12,
      [
        ['session_id', [fc.uint8Array({ minLength: 33, maxLength: 33 })]],
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
        [
          'compression_methods',
          [
            fc.array(fc.oneof(fc.constantFrom(0), fc.integer({ min: 0, max: 255 })), {
              minLength: 0,
              maxLength: 0,
            }),
          ],
        ],
      ],
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ClientHello12, [{}], M.encodeClientHello12, M.decodeClientHello12));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ClientHello12, [{}], M.encodeClientHello12, M.decodeClientHello12));
});
describe('ServerHello12', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ServerHello12, [{}], M.encodeServerHello12, M.decodeServerHello12));
  // ServerHello12 ends in "the rest of the input", so its strict prefixes may decode.
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(
      A.ServerHello12,
      [{}],
      M.encodeServerHello12,
      M.decodeServerHello12,
      M.writeServerHello12,
      [['session_id', [fc.uint8Array({ minLength: 33, maxLength: 33 })]]],
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ServerHello12, [{}], M.encodeServerHello12, M.decodeServerHello12));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ServerHello12, [{}], M.encodeServerHello12, M.decodeServerHello12));
});
describe('Certificate12', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.Certificate12, [{}], M.encodeCertificate12, M.decodeCertificate12));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Certificate12, [{}], M.encodeCertificate12, M.decodeCertificate12));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Certificate12, [{}], M.encodeCertificate12, M.decodeCertificate12));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Certificate12, [{}], M.encodeCertificate12, M.decodeCertificate12));
});
describe('DigitallySigned', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.DigitallySigned, [{}], M.encodeDigitallySigned, M.decodeDigitallySigned));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.DigitallySigned, [{}], M.encodeDigitallySigned, M.decodeDigitallySigned));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.DigitallySigned, [{}], M.encodeDigitallySigned, M.decodeDigitallySigned));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.DigitallySigned, [{}], M.encodeDigitallySigned, M.decodeDigitallySigned));
});
describe('ServerDHParams', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ServerDHParams, [{}], M.encodeServerDHParams, M.decodeServerDHParams));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ServerDHParams, [{}], M.encodeServerDHParams, M.decodeServerDHParams));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(
      A.ServerDHParams,
      [{}],
      M.encodeServerDHParams,
      M.decodeServerDHParams,
      M.writeServerDHParams,
      [
        ['dh_p', [fc.uint8Array({ minLength: 0, maxLength: 0 })]],
        ['dh_g', [fc.uint8Array({ minLength: 0, maxLength: 0 })]],
        ['dh_Ys', [fc.uint8Array({ minLength: 0, maxLength: 0 })]],
      ],
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ServerDHParams, [{}], M.encodeServerDHParams, M.decodeServerDHParams));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ServerDHParams, [{}], M.encodeServerDHParams, M.decodeServerDHParams));
});
describe('ECParameters', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ECParameters, [{}], M.encodeECParameters, M.decodeECParameters));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ECParameters, [{}], M.encodeECParameters, M.decodeECParameters));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ECParameters, [{}], M.encodeECParameters, M.decodeECParameters));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ECParameters, [{}], M.encodeECParameters, M.decodeECParameters));
});
describe('ECParametersNamedCurve', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.ECParametersNamedCurve,
      [{}],
      M.encodeECParametersNamedCurve,
      M.decodeECParametersNamedCurve,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.ECParametersNamedCurve,
      [{}],
      M.encodeECParametersNamedCurve,
      M.decodeECParametersNamedCurve,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.ECParametersNamedCurve,
      [{}],
      M.encodeECParametersNamedCurve,
      M.decodeECParametersNamedCurve,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.ECParametersNamedCurve,
      [{}],
      M.encodeECParametersNamedCurve,
      M.decodeECParametersNamedCurve,
    ));
});
describe('ECPoint', () => {
  it('decodes what it encodes', () => roundTrip(A.ECPoint, [{}], M.encodeECPoint, M.decodeECPoint));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ECPoint, [{}], M.encodeECPoint, M.decodeECPoint));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(A.ECPoint, [{}], M.encodeECPoint, M.decodeECPoint, M.writeECPoint, [
      ['point', [fc.uint8Array({ minLength: 0, maxLength: 0 })]],
    ]));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ECPoint, [{}], M.encodeECPoint, M.decodeECPoint));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ECPoint, [{}], M.encodeECPoint, M.decodeECPoint));
});
describe('ServerECDHParams', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ServerECDHParams, [{}], M.encodeServerECDHParams, M.decodeServerECDHParams));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ServerECDHParams, [{}], M.encodeServerECDHParams, M.decodeServerECDHParams));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ServerECDHParams, [{}], M.encodeServerECDHParams, M.decodeServerECDHParams));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ServerECDHParams, [{}], M.encodeServerECDHParams, M.decodeServerECDHParams));
});
describe('ServerKeyExchange', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.ServerKeyExchange,
      [{ kex: 2 }, { kex: 3 }, { kex: 4 }, { kex: 5 }],
      M.encodeServerKeyExchange,
      M.decodeServerKeyExchange,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.ServerKeyExchange,
      [{ kex: 2 }, { kex: 3 }, { kex: 4 }, { kex: 5 }],
      M.encodeServerKeyExchange,
      M.decodeServerKeyExchange,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.ServerKeyExchange,
      [{ kex: 2 }, { kex: 3 }, { kex: 4 }, { kex: 5 }],
      M.encodeServerKeyExchange,
      M.decodeServerKeyExchange,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.ServerKeyExchange,
      [{ kex: 2 }, { kex: 3 }, { kex: 4 }, { kex: 5 }],
      M.encodeServerKeyExchange,
      M.decodeServerKeyExchange,
    ));
});
describe('ServerKeyExchangeDhAnon', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.ServerKeyExchangeDhAnon,
      [{}],
      M.encodeServerKeyExchangeDhAnon,
      M.decodeServerKeyExchangeDhAnon,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.ServerKeyExchangeDhAnon,
      [{}],
      M.encodeServerKeyExchangeDhAnon,
      M.decodeServerKeyExchangeDhAnon,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.ServerKeyExchangeDhAnon,
      [{}],
      M.encodeServerKeyExchangeDhAnon,
      M.decodeServerKeyExchangeDhAnon,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.ServerKeyExchangeDhAnon,
      [{}],
      M.encodeServerKeyExchangeDhAnon,
      M.decodeServerKeyExchangeDhAnon,
    ));
});
describe('ServerKeyExchangeDheDssOrDheRsa', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.ServerKeyExchangeDheDssOrDheRsa,
      [{}],
      M.encodeServerKeyExchangeDheDssOrDheRsa,
      M.decodeServerKeyExchangeDheDssOrDheRsa,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.ServerKeyExchangeDheDssOrDheRsa,
      [{}],
      M.encodeServerKeyExchangeDheDssOrDheRsa,
      M.decodeServerKeyExchangeDheDssOrDheRsa,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.ServerKeyExchangeDheDssOrDheRsa,
      [{}],
      M.encodeServerKeyExchangeDheDssOrDheRsa,
      M.decodeServerKeyExchangeDheDssOrDheRsa,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.ServerKeyExchangeDheDssOrDheRsa,
      [{}],
      M.encodeServerKeyExchangeDheDssOrDheRsa,
      M.decodeServerKeyExchangeDheDssOrDheRsa,
    ));
});
describe('ServerKeyExchangeEcDiffieHellman', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.ServerKeyExchangeEcDiffieHellman,
      [{}],
      M.encodeServerKeyExchangeEcDiffieHellman,
      M.decodeServerKeyExchangeEcDiffieHellman,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.ServerKeyExchangeEcDiffieHellman,
      [{}],
      M.encodeServerKeyExchangeEcDiffieHellman,
      M.decodeServerKeyExchangeEcDiffieHellman,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.ServerKeyExchangeEcDiffieHellman,
      [{}],
      M.encodeServerKeyExchangeEcDiffieHellman,
      M.decodeServerKeyExchangeEcDiffieHellman,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.ServerKeyExchangeEcDiffieHellman,
      [{}],
      M.encodeServerKeyExchangeEcDiffieHellman,
      M.decodeServerKeyExchangeEcDiffieHellman,
    ));
});
describe('CertificateRequest12', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.CertificateRequest12, [{}], M.encodeCertificateRequest12, M.decodeCertificateRequest12));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.CertificateRequest12, [{}], M.encodeCertificateRequest12, M.decodeCertificateRequest12));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(
      A.CertificateRequest12,
      [{}],
      M.encodeCertificateRequest12,
      M.decodeCertificateRequest12,
      M.writeCertificateRequest12,
      [
        [
          'certificate_types',
          [
            fc.array(
              fc.oneof(fc.constantFrom(1, 2, 3, 4, 5, 6, 20, 64, 65, 66), fc.integer({ min: 0, max: 255 })),
              { minLength: 0, maxLength: 0 },
            ),
          ],
        ],
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
    decodesSafely(A.CertificateRequest12, [{}], M.encodeCertificateRequest12, M.decodeCertificateRequest12));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.CertificateRequest12, [{}], M.encodeCertificateRequest12, M.decodeCertificateRequest12));
});
describe('ServerHelloDone', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ServerHelloDone, [{}], M.encodeServerHelloDone, M.decodeServerHelloDone));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ServerHelloDone, [{}], M.encodeServerHelloDone, M.decodeServerHelloDone));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ServerHelloDone, [{}], M.encodeServerHelloDone, M.decodeServerHelloDone));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ServerHelloDone, [{}], M.encodeServerHelloDone, M.decodeServerHelloDone));
});
describe('EncryptedPreMasterSecret', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.EncryptedPreMasterSecret,
      [{}],
      M.encodeEncryptedPreMasterSecret,
      M.decodeEncryptedPreMasterSecret,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.EncryptedPreMasterSecret,
      [{}],
      M.encodeEncryptedPreMasterSecret,
      M.decodeEncryptedPreMasterSecret,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.EncryptedPreMasterSecret,
      [{}],
      M.encodeEncryptedPreMasterSecret,
      M.decodeEncryptedPreMasterSecret,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.EncryptedPreMasterSecret,
      [{}],
      M.encodeEncryptedPreMasterSecret,
      M.decodeEncryptedPreMasterSecret,
    ));
});
describe('ClientDiffieHellmanPublic', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.ClientDiffieHellmanPublic,
      [{}],
      M.encodeClientDiffieHellmanPublic,
      M.decodeClientDiffieHellmanPublic,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.ClientDiffieHellmanPublic,
      [{}],
      M.encodeClientDiffieHellmanPublic,
      M.decodeClientDiffieHellmanPublic,
    ));
  it('enforces bounds on encode and decode', () =>
    boundsEnforced(
      A.ClientDiffieHellmanPublic,
      [{}],
      M.encodeClientDiffieHellmanPublic,
      M.decodeClientDiffieHellmanPublic,
      M.writeClientDiffieHellmanPublic,
      [['dh_Yc', [fc.uint8Array({ minLength: 0, maxLength: 0 })]]],
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.ClientDiffieHellmanPublic,
      [{}],
      M.encodeClientDiffieHellmanPublic,
      M.decodeClientDiffieHellmanPublic,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.ClientDiffieHellmanPublic,
      [{}],
      M.encodeClientDiffieHellmanPublic,
      M.decodeClientDiffieHellmanPublic,
    ));
});
describe('ClientECDiffieHellmanPublic', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.ClientECDiffieHellmanPublic,
      [{}],
      M.encodeClientECDiffieHellmanPublic,
      M.decodeClientECDiffieHellmanPublic,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.ClientECDiffieHellmanPublic,
      [{}],
      M.encodeClientECDiffieHellmanPublic,
      M.decodeClientECDiffieHellmanPublic,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.ClientECDiffieHellmanPublic,
      [{}],
      M.encodeClientECDiffieHellmanPublic,
      M.decodeClientECDiffieHellmanPublic,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.ClientECDiffieHellmanPublic,
      [{}],
      M.encodeClientECDiffieHellmanPublic,
      M.decodeClientECDiffieHellmanPublic,
    ));
});
describe('ClientKeyExchange', () => {
  it('decodes what it encodes', () =>
    roundTrip(
      A.ClientKeyExchange,
      [{ kex: 1 }, { kex: 2 }, { kex: 3 }, { kex: 4 }, { kex: 5 }],
      M.encodeClientKeyExchange,
      M.decodeClientKeyExchange,
    ));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(
      A.ClientKeyExchange,
      [{ kex: 1 }, { kex: 2 }, { kex: 3 }, { kex: 4 }, { kex: 5 }],
      M.encodeClientKeyExchange,
      M.decodeClientKeyExchange,
    ));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(
      A.ClientKeyExchange,
      [{ kex: 1 }, { kex: 2 }, { kex: 3 }, { kex: 4 }, { kex: 5 }],
      M.encodeClientKeyExchange,
      M.decodeClientKeyExchange,
    ));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(
      A.ClientKeyExchange,
      [{ kex: 1 }, { kex: 2 }, { kex: 3 }, { kex: 4 }, { kex: 5 }],
      M.encodeClientKeyExchange,
      M.decodeClientKeyExchange,
    ));
});
describe('Finished12', () => {
  it('decodes what it encodes', () => roundTrip(A.Finished12, [{}], M.encodeFinished12, M.decodeFinished12));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.Finished12, [{}], M.encodeFinished12, M.decodeFinished12));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.Finished12, [{}], M.encodeFinished12, M.decodeFinished12));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.Finished12, [{}], M.encodeFinished12, M.decodeFinished12));
});
describe('NewSessionTicket12', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.NewSessionTicket12, [{}], M.encodeNewSessionTicket12, M.decodeNewSessionTicket12));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.NewSessionTicket12, [{}], M.encodeNewSessionTicket12, M.decodeNewSessionTicket12));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.NewSessionTicket12, [{}], M.encodeNewSessionTicket12, M.decodeNewSessionTicket12));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.NewSessionTicket12, [{}], M.encodeNewSessionTicket12, M.decodeNewSessionTicket12));
});
describe('ChangeCipherSpec', () => {
  it('decodes what it encodes', () =>
    roundTrip(A.ChangeCipherSpec, [{}], M.encodeChangeCipherSpec, M.decodeChangeCipherSpec));
  it('rejects every strict prefix of an encoding as truncated', () =>
    noStrictPrefix(A.ChangeCipherSpec, [{}], M.encodeChangeCipherSpec, M.decodeChangeCipherSpec));
  it('fails on random and corrupted input only with DecodeError', () =>
    decodesSafely(A.ChangeCipherSpec, [{}], M.encodeChangeCipherSpec, M.decodeChangeCipherSpec));
  it('refuses what it cannot encode with EncodeError, and writes only what decodes', () =>
    encodesSafely(A.ChangeCipherSpec, [{}], M.encodeChangeCipherSpec, M.decodeChangeCipherSpec));
});
