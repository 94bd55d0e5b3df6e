// Generated from specs/tls/extensions.spec by otpnet-gen. Do not edit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsEnforced, decodesSafely, noStrictPrefix, roundTrip, type Types } from '@otpnet/test-support/spec-properties';
import * as M from '../src/extensions.js';

const types: Types = { "CertificateAuthoritiesExtension": { "params": [], "fields": [{ "name": "authorities", "shape": { "k": "vector", "lo": 3, "hi": 65535, "elem": 0, "max": 65535 }, "elem": { "t": "named", "elem": { "t": "bytes" }, "shape": { "k": "vector", "lo": 1, "hi": 65535, "elem": 1, "max": 65535 } } }], "recursive": false, "openTail": false, "contexts": [] }, "CertificateStatus": { "params": [], "fields": [{ "name": "status_type", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [1], "max": 255, "closed": false } }, { "name": "response", "shape": { "k": "one" }, "select": { "tag": "status_type", "param": false, "cases": [{ "tag": 1, "case": "ocsp", "elem": { "t": "struct", "name": "CertificateStatusOcsp" } }] } }], "recursive": false, "openTail": false, "contexts": [] }, "CertificateStatusOcsp": { "params": [], "fields": [{ "name": "ocsp_response", "shape": { "k": "vector", "lo": 1, "hi": 16777215, "elem": 1, "max": 16777215 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "CertificateStatusRequest": { "params": [], "fields": [{ "name": "status_type", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [1], "max": 255, "closed": false } }, { "name": "request", "shape": { "k": "one" }, "select": { "tag": "status_type", "param": false, "cases": [{ "tag": 1, "case": "ocsp", "elem": { "t": "struct", "name": "OCSPStatusRequest" } }] } }], "recursive": false, "openTail": false, "contexts": [] }, "Cookie": { "params": [], "fields": [{ "name": "cookie", "shape": { "k": "vector", "lo": 1, "hi": 65535, "elem": 1, "max": 65535 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "EarlyDataIndication": { "params": ["msgType"], "fields": [{ "name": "body", "shape": { "k": "one" }, "select": { "tag": "msgType", "param": true, "cases": [{ "tag": 4, "case": "new_session_ticket", "elem": { "t": "struct", "name": "EarlyDataIndicationNewSessionTicket" } }, { "tag": 1, "case": "client_hello", "elem": { "t": "struct", "name": "Empty" } }, { "tag": 8, "case": "encrypted_extensions", "elem": { "t": "struct", "name": "Empty" } }], "default": { "elem": { "t": "rest" }, "tag": { "t": "int", "max": 255 } } } }], "recursive": false, "openTail": true, "contexts": [{ "msgType": 1 }, { "msgType": 11 }, { "msgType": 13 }, { "msgType": 2 }, { "msgType": 4 }, { "msgType": 6 }, { "msgType": 8 }] }, "EarlyDataIndicationNewSessionTicket": { "params": [], "fields": [{ "name": "max_early_data_size", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "ECPointFormatList": { "params": [], "fields": [{ "name": "ec_point_format_list", "shape": { "k": "vector", "lo": 1, "hi": 255, "elem": 1, "max": 255 }, "elem": { "t": "enum", "values": [0, 1, 2], "max": 255, "closed": false } }], "recursive": false, "openTail": false, "contexts": [] }, "Empty": { "params": [], "fields": [], "recursive": false, "openTail": false, "contexts": [] }, "Extension": { "params": ["msgType"], "fields": [{ "name": "extension_type", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [0, 1, 5, 10, 11, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 27, 28, 35, 41, 42, 43, 44, 45, 47, 48, 49, 50, 51, 65281], "max": 65535, "closed": false } }, { "name": "extension_data", "shape": { "k": "vector", "lo": 0, "hi": 65535, "elem": 1, "max": 65535 }, "select": { "tag": "extension_type", "param": false, "cases": [{ "tag": 0, "case": "server_name", "elem": { "t": "struct", "name": "ServerNameExtension" } }, { "tag": 5, "case": "status_request", "elem": { "t": "struct", "name": "StatusRequestExtension" } }, { "tag": 10, "case": "supported_groups", "elem": { "t": "struct", "name": "NamedGroupList" } }, { "tag": 11, "case": "ec_point_formats", "elem": { "t": "struct", "name": "ECPointFormatList" } }, { "tag": 13, "case": "signature_algorithms", "elem": { "t": "struct", "name": "SignatureSchemeList" } }, { "tag": 16, "case": "application_layer_protocol_negotiation", "elem": { "t": "struct", "name": "ProtocolNameList" } }, { "tag": 22, "case": "encrypt_then_mac", "elem": { "t": "struct", "name": "Empty" } }, { "tag": 23, "case": "extended_master_secret", "elem": { "t": "struct", "name": "Empty" } }, { "tag": 28, "case": "record_size_limit", "elem": { "t": "int", "min": 0, "max": 65535 } }, { "tag": 41, "case": "pre_shared_key", "elem": { "t": "struct", "name": "PreSharedKeyExtension" } }, { "tag": 42, "case": "early_data", "elem": { "t": "struct", "name": "EarlyDataIndication" } }, { "tag": 43, "case": "supported_versions", "elem": { "t": "struct", "name": "SupportedVersions" } }, { "tag": 44, "case": "cookie", "elem": { "t": "struct", "name": "Cookie" } }, { "tag": 45, "case": "psk_key_exchange_modes", "elem": { "t": "struct", "name": "PskKeyExchangeModes" } }, { "tag": 47, "case": "certificate_authorities", "elem": { "t": "struct", "name": "CertificateAuthoritiesExtension" } }, { "tag": 48, "case": "oid_filters", "elem": { "t": "struct", "name": "OIDFilterExtension" } }, { "tag": 49, "case": "post_handshake_auth", "elem": { "t": "struct", "name": "PostHandshakeAuth" } }, { "tag": 50, "case": "signature_algorithms_cert", "elem": { "t": "struct", "name": "SignatureSchemeList" } }, { "tag": 51, "case": "key_share", "elem": { "t": "struct", "name": "KeyShare" } }, { "tag": 65281, "case": "renegotiation_info", "elem": { "t": "struct", "name": "RenegotiationInfo" } }], "default": { "elem": { "t": "rest" }, "tag": { "t": "int", "max": 65535 } } } }], "recursive": false, "openTail": false, "contexts": [{ "msgType": 1 }, { "msgType": 11 }, { "msgType": 13 }, { "msgType": 2 }, { "msgType": 4 }, { "msgType": 6 }, { "msgType": 8 }] }, "KeyShare": { "params": ["msgType"], "fields": [{ "name": "body", "shape": { "k": "one" }, "select": { "tag": "msgType", "param": true, "cases": [{ "tag": 1, "case": "client_hello", "elem": { "t": "struct", "name": "KeyShareClientHello" } }, { "tag": 6, "case": "hello_retry_request", "elem": { "t": "struct", "name": "KeyShareHelloRetryRequest" } }, { "tag": 2, "case": "server_hello", "elem": { "t": "struct", "name": "KeyShareServerHello" } }], "default": { "elem": { "t": "rest" }, "tag": { "t": "int", "max": 255 } } } }], "recursive": false, "openTail": true, "contexts": [{ "msgType": 1 }, { "msgType": 11 }, { "msgType": 13 }, { "msgType": 2 }, { "msgType": 4 }, { "msgType": 6 }, { "msgType": 8 }] }, "KeyShareClientHello": { "params": [], "fields": [{ "name": "client_shares", "shape": { "k": "vector", "lo": 0, "hi": 65535, "elem": 0, "max": 65535 }, "elem": { "t": "struct", "name": "KeyShareEntry" } }], "recursive": false, "openTail": false, "contexts": [] }, "KeyShareEntry": { "params": [], "fields": [{ "name": "group", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 256, 257, 258, 259, 260, 4587, 4588], "max": 65535, "closed": false } }, { "name": "key_exchange", "shape": { "k": "vector", "lo": 1, "hi": 65535, "elem": 1, "max": 65535 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "KeyShareHelloRetryRequest": { "params": [], "fields": [{ "name": "selected_group", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 256, 257, 258, 259, 260, 4587, 4588], "max": 65535, "closed": false } }], "recursive": false, "openTail": false, "contexts": [] }, "KeyShareServerHello": { "params": [], "fields": [{ "name": "server_share", "shape": { "k": "one" }, "elem": { "t": "struct", "name": "KeyShareEntry" } }], "recursive": false, "openTail": false, "contexts": [] }, "NamedGroupList": { "params": [], "fields": [{ "name": "named_group_list", "shape": { "k": "vector", "lo": 2, "hi": 65535, "elem": 2, "max": 65535 }, "elem": { "t": "enum", "values": [23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 256, 257, 258, 259, 260, 4587, 4588], "max": 65535, "closed": false } }], "recursive": false, "openTail": false, "contexts": [] }, "OCSPStatusRequest": { "params": [], "fields": [{ "name": "responder_id_list", "shape": { "k": "vector", "lo": 0, "hi": 65535, "elem": 0, "max": 65535 }, "elem": { "t": "named", "elem": { "t": "bytes" }, "shape": { "k": "vector", "lo": 1, "hi": 65535, "elem": 1, "max": 65535 } } }, { "name": "request_extensions", "shape": { "k": "vector", "lo": 0, "hi": 65535, "elem": 1, "max": 65535 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "OfferedPsks": { "params": [], "fields": [{ "name": "identities", "shape": { "k": "vector", "lo": 7, "hi": 65535, "elem": 0, "max": 65535 }, "elem": { "t": "struct", "name": "PskIdentity" } }, { "name": "binders", "shape": { "k": "vector", "lo": 33, "hi": 65535, "elem": 0, "max": 65535 }, "elem": { "t": "named", "elem": { "t": "bytes" }, "shape": { "k": "vector", "lo": 32, "hi": 255, "elem": 1, "max": 255 } } }], "recursive": false, "openTail": false, "contexts": [] }, "OIDFilter": { "params": [], "fields": [{ "name": "certificate_extension_oid", "shape": { "k": "vector", "lo": 1, "hi": 255, "elem": 1, "max": 255 }, "elem": { "t": "bytes" } }, { "name": "certificate_extension_values", "shape": { "k": "vector", "lo": 0, "hi": 65535, "elem": 1, "max": 65535 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "OIDFilterExtension": { "params": [], "fields": [{ "name": "filters", "shape": { "k": "vector", "lo": 0, "hi": 65535, "elem": 0, "max": 65535 }, "elem": { "t": "struct", "name": "OIDFilter" } }], "recursive": false, "openTail": false, "contexts": [] }, "PostHandshakeAuth": { "params": [], "fields": [], "recursive": false, "openTail": false, "contexts": [] }, "PreSharedKeyExtension": { "params": ["msgType"], "fields": [{ "name": "body", "shape": { "k": "one" }, "select": { "tag": "msgType", "param": true, "cases": [{ "tag": 1, "case": "client_hello", "elem": { "t": "struct", "name": "OfferedPsks" } }, { "tag": 2, "case": "server_hello", "elem": { "t": "struct", "name": "PreSharedKeyExtensionServerHello" } }], "default": { "elem": { "t": "rest" }, "tag": { "t": "int", "max": 255 } } } }], "recursive": false, "openTail": true, "contexts": [{ "msgType": 1 }, { "msgType": 11 }, { "msgType": 13 }, { "msgType": 2 }, { "msgType": 4 }, { "msgType": 6 }, { "msgType": 8 }] }, "PreSharedKeyExtensionServerHello": { "params": [], "fields": [{ "name": "selected_identity", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 65535 } }], "recursive": false, "openTail": false, "contexts": [] }, "ProtocolNameList": { "params": [], "fields": [{ "name": "protocol_name_list", "shape": { "k": "vector", "lo": 2, "hi": 65535, "elem": 0, "max": 65535 }, "elem": { "t": "named", "elem": { "t": "bytes" }, "shape": { "k": "vector", "lo": 1, "hi": 255, "elem": 1, "max": 255 } } }], "recursive": false, "openTail": false, "contexts": [] }, "PskIdentity": { "params": [], "fields": [{ "name": "identity", "shape": { "k": "vector", "lo": 1, "hi": 65535, "elem": 1, "max": 65535 }, "elem": { "t": "bytes" } }, { "name": "obfuscated_ticket_age", "shape": { "k": "one" }, "elem": { "t": "int", "min": 0, "max": 4294967295 } }], "recursive": false, "openTail": false, "contexts": [] }, "PskKeyExchangeModes": { "params": [], "fields": [{ "name": "ke_modes", "shape": { "k": "vector", "lo": 1, "hi": 255, "elem": 1, "max": 255 }, "elem": { "t": "enum", "values": [0, 1], "max": 255, "closed": false } }], "recursive": false, "openTail": false, "contexts": [] }, "RenegotiationInfo": { "params": [], "fields": [{ "name": "renegotiated_connection", "shape": { "k": "vector", "lo": 0, "hi": 255, "elem": 1, "max": 255 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "ServerName": { "params": [], "fields": [{ "name": "name_type", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [0], "max": 255, "closed": false } }, { "name": "name", "shape": { "k": "one" }, "select": { "tag": "name_type", "param": false, "cases": [{ "tag": 0, "case": "host_name", "elem": { "t": "struct", "name": "ServerNameHostName" } }] } }], "recursive": false, "openTail": false, "contexts": [] }, "ServerNameExtension": { "params": ["msgType"], "fields": [{ "name": "body", "shape": { "k": "one" }, "select": { "tag": "msgType", "param": true, "cases": [{ "tag": 1, "case": "client_hello", "elem": { "t": "struct", "name": "ServerNameList" } }, { "tag": 2, "case": "server_hello", "elem": { "t": "struct", "name": "Empty" } }, { "tag": 8, "case": "encrypted_extensions", "elem": { "t": "struct", "name": "Empty" } }], "default": { "elem": { "t": "rest" }, "tag": { "t": "int", "max": 255 } } } }], "recursive": false, "openTail": true, "contexts": [{ "msgType": 1 }, { "msgType": 11 }, { "msgType": 13 }, { "msgType": 2 }, { "msgType": 4 }, { "msgType": 6 }, { "msgType": 8 }] }, "ServerNameHostName": { "params": [], "fields": [{ "name": "host_name", "shape": { "k": "vector", "lo": 1, "hi": 65535, "elem": 1, "max": 65535 }, "elem": { "t": "bytes" } }], "recursive": false, "openTail": false, "contexts": [] }, "ServerNameList": { "params": [], "fields": [{ "name": "server_name_list", "shape": { "k": "vector", "lo": 1, "hi": 65535, "elem": 0, "max": 65535 }, "elem": { "t": "struct", "name": "ServerName" } }], "recursive": false, "openTail": false, "contexts": [] }, "SignatureSchemeList": { "params": [], "fields": [{ "name": "supported_signature_algorithms", "shape": { "k": "vector", "lo": 2, "hi": 65534, "elem": 2, "max": 65535 }, "elem": { "t": "enum", "values": [1025, 1281, 1537, 1027, 1283, 1539, 2052, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2074, 2075, 2076, 513, 515], "max": 65535, "closed": false } }], "recursive": false, "openTail": false, "contexts": [] }, "StatusRequestExtension": { "params": ["msgType"], "fields": [{ "name": "body", "shape": { "k": "one" }, "select": { "tag": "msgType", "param": true, "cases": [{ "tag": 1, "case": "client_hello", "elem": { "t": "struct", "name": "CertificateStatusRequest" } }, { "tag": 13, "case": "certificate_request", "elem": { "t": "struct", "name": "CertificateStatusRequest" } }, { "tag": 11, "case": "certificate", "elem": { "t": "struct", "name": "CertificateStatus" } }, { "tag": 2, "case": "server_hello", "elem": { "t": "struct", "name": "Empty" } }], "default": { "elem": { "t": "rest" }, "tag": { "t": "int", "max": 255 } } } }], "recursive": false, "openTail": true, "contexts": [{ "msgType": 1 }, { "msgType": 11 }, { "msgType": 13 }, { "msgType": 2 }, { "msgType": 4 }, { "msgType": 6 }, { "msgType": 8 }] }, "SupportedVersions": { "params": ["msgType"], "fields": [{ "name": "body", "shape": { "k": "one" }, "select": { "tag": "msgType", "param": true, "cases": [{ "tag": 1, "case": "client_hello", "elem": { "t": "struct", "name": "SupportedVersionsClientHello" } }, { "tag": 2, "case": "server_hello", "elem": { "t": "struct", "name": "SupportedVersionsServerHelloOrHelloRetryRequest" } }, { "tag": 6, "case": "hello_retry_request", "elem": { "t": "struct", "name": "SupportedVersionsServerHelloOrHelloRetryRequest" } }], "default": { "elem": { "t": "rest" }, "tag": { "t": "int", "max": 255 } } } }], "recursive": false, "openTail": true, "contexts": [{ "msgType": 1 }, { "msgType": 11 }, { "msgType": 13 }, { "msgType": 2 }, { "msgType": 4 }, { "msgType": 6 }, { "msgType": 8 }] }, "SupportedVersionsClientHello": { "params": [], "fields": [{ "name": "versions", "shape": { "k": "vector", "lo": 2, "hi": 254, "elem": 2, "max": 255 }, "elem": { "t": "enum", "values": [768, 769, 770, 771, 772, 65277, 65276], "max": 65535, "closed": false } }], "recursive": false, "openTail": false, "contexts": [] }, "SupportedVersionsServerHelloOrHelloRetryRequest": { "params": [], "fields": [{ "name": "selected_version", "shape": { "k": "one" }, "elem": { "t": "enum", "values": [768, 769, 770, 771, 772, 65277, 65276], "max": 65535, "closed": false } }], "recursive": false, "openTail": false, "contexts": [] } };
describe('Extension', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Extension', M.encodeExtension, M.decodeExtension));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Extension', M.encodeExtension, M.decodeExtension));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Extension', M.encodeExtension, M.decodeExtension));
});
describe('ServerName', () => {
  it('decodes what it encodes', () => roundTrip(types, 'ServerName', M.encodeServerName, M.decodeServerName));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'ServerName', M.encodeServerName, M.decodeServerName));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'ServerName', M.encodeServerName, M.decodeServerName));
});
describe('ServerNameHostName', () => {
  it('decodes what it encodes', () => roundTrip(types, 'ServerNameHostName', M.encodeServerNameHostName, M.decodeServerNameHostName));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'ServerNameHostName', M.encodeServerNameHostName, M.decodeServerNameHostName));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'ServerNameHostName', M.encodeServerNameHostName, M.writeServerNameHostName, M.decodeServerNameHostName));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'ServerNameHostName', M.encodeServerNameHostName, M.decodeServerNameHostName));
});
describe('ServerNameList', () => {
  it('decodes what it encodes', () => roundTrip(types, 'ServerNameList', M.encodeServerNameList, M.decodeServerNameList));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'ServerNameList', M.encodeServerNameList, M.decodeServerNameList));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'ServerNameList', M.encodeServerNameList, M.writeServerNameList, M.decodeServerNameList));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'ServerNameList', M.encodeServerNameList, M.decodeServerNameList));
});
describe('ServerNameExtension', () => {
  it('decodes what it encodes', () => roundTrip(types, 'ServerNameExtension', M.encodeServerNameExtension, M.decodeServerNameExtension));
  // ServerNameExtension ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'ServerNameExtension', M.encodeServerNameExtension, M.decodeServerNameExtension));
});
describe('OCSPStatusRequest', () => {
  it('decodes what it encodes', () => roundTrip(types, 'OCSPStatusRequest', M.encodeOCSPStatusRequest, M.decodeOCSPStatusRequest));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'OCSPStatusRequest', M.encodeOCSPStatusRequest, M.decodeOCSPStatusRequest));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'OCSPStatusRequest', M.encodeOCSPStatusRequest, M.writeOCSPStatusRequest, M.decodeOCSPStatusRequest));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'OCSPStatusRequest', M.encodeOCSPStatusRequest, M.decodeOCSPStatusRequest));
});
describe('CertificateStatusRequest', () => {
  it('decodes what it encodes', () => roundTrip(types, 'CertificateStatusRequest', M.encodeCertificateStatusRequest, M.decodeCertificateStatusRequest));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'CertificateStatusRequest', M.encodeCertificateStatusRequest, M.decodeCertificateStatusRequest));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'CertificateStatusRequest', M.encodeCertificateStatusRequest, M.decodeCertificateStatusRequest));
});
describe('CertificateStatus', () => {
  it('decodes what it encodes', () => roundTrip(types, 'CertificateStatus', M.encodeCertificateStatus, M.decodeCertificateStatus));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'CertificateStatus', M.encodeCertificateStatus, M.decodeCertificateStatus));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'CertificateStatus', M.encodeCertificateStatus, M.decodeCertificateStatus));
});
describe('CertificateStatusOcsp', () => {
  it('decodes what it encodes', () => roundTrip(types, 'CertificateStatusOcsp', M.encodeCertificateStatusOcsp, M.decodeCertificateStatusOcsp));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'CertificateStatusOcsp', M.encodeCertificateStatusOcsp, M.decodeCertificateStatusOcsp));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'CertificateStatusOcsp', M.encodeCertificateStatusOcsp, M.writeCertificateStatusOcsp, M.decodeCertificateStatusOcsp));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'CertificateStatusOcsp', M.encodeCertificateStatusOcsp, M.decodeCertificateStatusOcsp));
});
describe('StatusRequestExtension', () => {
  it('decodes what it encodes', () => roundTrip(types, 'StatusRequestExtension', M.encodeStatusRequestExtension, M.decodeStatusRequestExtension));
  // StatusRequestExtension ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'StatusRequestExtension', M.encodeStatusRequestExtension, M.decodeStatusRequestExtension));
});
describe('NamedGroupList', () => {
  it('decodes what it encodes', () => roundTrip(types, 'NamedGroupList', M.encodeNamedGroupList, M.decodeNamedGroupList));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'NamedGroupList', M.encodeNamedGroupList, M.decodeNamedGroupList));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'NamedGroupList', M.encodeNamedGroupList, M.writeNamedGroupList, M.decodeNamedGroupList));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'NamedGroupList', M.encodeNamedGroupList, M.decodeNamedGroupList));
});
describe('ECPointFormatList', () => {
  it('decodes what it encodes', () => roundTrip(types, 'ECPointFormatList', M.encodeECPointFormatList, M.decodeECPointFormatList));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'ECPointFormatList', M.encodeECPointFormatList, M.decodeECPointFormatList));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'ECPointFormatList', M.encodeECPointFormatList, M.writeECPointFormatList, M.decodeECPointFormatList));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'ECPointFormatList', M.encodeECPointFormatList, M.decodeECPointFormatList));
});
describe('SignatureSchemeList', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SignatureSchemeList', M.encodeSignatureSchemeList, M.decodeSignatureSchemeList));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SignatureSchemeList', M.encodeSignatureSchemeList, M.decodeSignatureSchemeList));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'SignatureSchemeList', M.encodeSignatureSchemeList, M.writeSignatureSchemeList, M.decodeSignatureSchemeList));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SignatureSchemeList', M.encodeSignatureSchemeList, M.decodeSignatureSchemeList));
});
describe('ProtocolNameList', () => {
  it('decodes what it encodes', () => roundTrip(types, 'ProtocolNameList', M.encodeProtocolNameList, M.decodeProtocolNameList));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'ProtocolNameList', M.encodeProtocolNameList, M.decodeProtocolNameList));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'ProtocolNameList', M.encodeProtocolNameList, M.writeProtocolNameList, M.decodeProtocolNameList));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'ProtocolNameList', M.encodeProtocolNameList, M.decodeProtocolNameList));
});
describe('SupportedVersions', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SupportedVersions', M.encodeSupportedVersions, M.decodeSupportedVersions));
  // SupportedVersions ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SupportedVersions', M.encodeSupportedVersions, M.decodeSupportedVersions));
});
describe('SupportedVersionsClientHello', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SupportedVersionsClientHello', M.encodeSupportedVersionsClientHello, M.decodeSupportedVersionsClientHello));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SupportedVersionsClientHello', M.encodeSupportedVersionsClientHello, M.decodeSupportedVersionsClientHello));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'SupportedVersionsClientHello', M.encodeSupportedVersionsClientHello, M.writeSupportedVersionsClientHello, M.decodeSupportedVersionsClientHello));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SupportedVersionsClientHello', M.encodeSupportedVersionsClientHello, M.decodeSupportedVersionsClientHello));
});
describe('SupportedVersionsServerHelloOrHelloRetryRequest', () => {
  it('decodes what it encodes', () => roundTrip(types, 'SupportedVersionsServerHelloOrHelloRetryRequest', M.encodeSupportedVersionsServerHelloOrHelloRetryRequest, M.decodeSupportedVersionsServerHelloOrHelloRetryRequest));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'SupportedVersionsServerHelloOrHelloRetryRequest', M.encodeSupportedVersionsServerHelloOrHelloRetryRequest, M.decodeSupportedVersionsServerHelloOrHelloRetryRequest));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'SupportedVersionsServerHelloOrHelloRetryRequest', M.encodeSupportedVersionsServerHelloOrHelloRetryRequest, M.decodeSupportedVersionsServerHelloOrHelloRetryRequest));
});
describe('Cookie', () => {
  it('decodes what it encodes', () => roundTrip(types, 'Cookie', M.encodeCookie, M.decodeCookie));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'Cookie', M.encodeCookie, M.decodeCookie));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'Cookie', M.encodeCookie, M.writeCookie, M.decodeCookie));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'Cookie', M.encodeCookie, M.decodeCookie));
});
describe('CertificateAuthoritiesExtension', () => {
  it('decodes what it encodes', () => roundTrip(types, 'CertificateAuthoritiesExtension', M.encodeCertificateAuthoritiesExtension, M.decodeCertificateAuthoritiesExtension));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'CertificateAuthoritiesExtension', M.encodeCertificateAuthoritiesExtension, M.decodeCertificateAuthoritiesExtension));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'CertificateAuthoritiesExtension', M.encodeCertificateAuthoritiesExtension, M.writeCertificateAuthoritiesExtension, M.decodeCertificateAuthoritiesExtension));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'CertificateAuthoritiesExtension', M.encodeCertificateAuthoritiesExtension, M.decodeCertificateAuthoritiesExtension));
});
describe('OIDFilter', () => {
  it('decodes what it encodes', () => roundTrip(types, 'OIDFilter', M.encodeOIDFilter, M.decodeOIDFilter));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'OIDFilter', M.encodeOIDFilter, M.decodeOIDFilter));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'OIDFilter', M.encodeOIDFilter, M.writeOIDFilter, M.decodeOIDFilter));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'OIDFilter', M.encodeOIDFilter, M.decodeOIDFilter));
});
describe('OIDFilterExtension', () => {
  it('decodes what it encodes', () => roundTrip(types, 'OIDFilterExtension', M.encodeOIDFilterExtension, M.decodeOIDFilterExtension));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'OIDFilterExtension', M.encodeOIDFilterExtension, M.decodeOIDFilterExtension));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'OIDFilterExtension', M.encodeOIDFilterExtension, M.writeOIDFilterExtension, M.decodeOIDFilterExtension));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'OIDFilterExtension', M.encodeOIDFilterExtension, M.decodeOIDFilterExtension));
});
describe('PostHandshakeAuth', () => {
  it('decodes what it encodes', () => roundTrip(types, 'PostHandshakeAuth', M.encodePostHandshakeAuth, M.decodePostHandshakeAuth));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'PostHandshakeAuth', M.encodePostHandshakeAuth, M.decodePostHandshakeAuth));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'PostHandshakeAuth', M.encodePostHandshakeAuth, M.decodePostHandshakeAuth));
});
describe('KeyShareEntry', () => {
  it('decodes what it encodes', () => roundTrip(types, 'KeyShareEntry', M.encodeKeyShareEntry, M.decodeKeyShareEntry));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'KeyShareEntry', M.encodeKeyShareEntry, M.decodeKeyShareEntry));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'KeyShareEntry', M.encodeKeyShareEntry, M.writeKeyShareEntry, M.decodeKeyShareEntry));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'KeyShareEntry', M.encodeKeyShareEntry, M.decodeKeyShareEntry));
});
describe('KeyShare', () => {
  it('decodes what it encodes', () => roundTrip(types, 'KeyShare', M.encodeKeyShare, M.decodeKeyShare));
  // KeyShare ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'KeyShare', M.encodeKeyShare, M.decodeKeyShare));
});
describe('KeyShareClientHello', () => {
  it('decodes what it encodes', () => roundTrip(types, 'KeyShareClientHello', M.encodeKeyShareClientHello, M.decodeKeyShareClientHello));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'KeyShareClientHello', M.encodeKeyShareClientHello, M.decodeKeyShareClientHello));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'KeyShareClientHello', M.encodeKeyShareClientHello, M.writeKeyShareClientHello, M.decodeKeyShareClientHello));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'KeyShareClientHello', M.encodeKeyShareClientHello, M.decodeKeyShareClientHello));
});
describe('KeyShareHelloRetryRequest', () => {
  it('decodes what it encodes', () => roundTrip(types, 'KeyShareHelloRetryRequest', M.encodeKeyShareHelloRetryRequest, M.decodeKeyShareHelloRetryRequest));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'KeyShareHelloRetryRequest', M.encodeKeyShareHelloRetryRequest, M.decodeKeyShareHelloRetryRequest));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'KeyShareHelloRetryRequest', M.encodeKeyShareHelloRetryRequest, M.decodeKeyShareHelloRetryRequest));
});
describe('KeyShareServerHello', () => {
  it('decodes what it encodes', () => roundTrip(types, 'KeyShareServerHello', M.encodeKeyShareServerHello, M.decodeKeyShareServerHello));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'KeyShareServerHello', M.encodeKeyShareServerHello, M.decodeKeyShareServerHello));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'KeyShareServerHello', M.encodeKeyShareServerHello, M.decodeKeyShareServerHello));
});
describe('PskKeyExchangeModes', () => {
  it('decodes what it encodes', () => roundTrip(types, 'PskKeyExchangeModes', M.encodePskKeyExchangeModes, M.decodePskKeyExchangeModes));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'PskKeyExchangeModes', M.encodePskKeyExchangeModes, M.decodePskKeyExchangeModes));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'PskKeyExchangeModes', M.encodePskKeyExchangeModes, M.writePskKeyExchangeModes, M.decodePskKeyExchangeModes));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'PskKeyExchangeModes', M.encodePskKeyExchangeModes, M.decodePskKeyExchangeModes));
});
describe('EarlyDataIndication', () => {
  it('decodes what it encodes', () => roundTrip(types, 'EarlyDataIndication', M.encodeEarlyDataIndication, M.decodeEarlyDataIndication));
  // EarlyDataIndication ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'EarlyDataIndication', M.encodeEarlyDataIndication, M.decodeEarlyDataIndication));
});
describe('EarlyDataIndicationNewSessionTicket', () => {
  it('decodes what it encodes', () => roundTrip(types, 'EarlyDataIndicationNewSessionTicket', M.encodeEarlyDataIndicationNewSessionTicket, M.decodeEarlyDataIndicationNewSessionTicket));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'EarlyDataIndicationNewSessionTicket', M.encodeEarlyDataIndicationNewSessionTicket, M.decodeEarlyDataIndicationNewSessionTicket));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'EarlyDataIndicationNewSessionTicket', M.encodeEarlyDataIndicationNewSessionTicket, M.decodeEarlyDataIndicationNewSessionTicket));
});
describe('PskIdentity', () => {
  it('decodes what it encodes', () => roundTrip(types, 'PskIdentity', M.encodePskIdentity, M.decodePskIdentity));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'PskIdentity', M.encodePskIdentity, M.decodePskIdentity));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'PskIdentity', M.encodePskIdentity, M.writePskIdentity, M.decodePskIdentity));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'PskIdentity', M.encodePskIdentity, M.decodePskIdentity));
});
describe('OfferedPsks', () => {
  it('decodes what it encodes', () => roundTrip(types, 'OfferedPsks', M.encodeOfferedPsks, M.decodeOfferedPsks));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'OfferedPsks', M.encodeOfferedPsks, M.decodeOfferedPsks));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'OfferedPsks', M.encodeOfferedPsks, M.writeOfferedPsks, M.decodeOfferedPsks));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'OfferedPsks', M.encodeOfferedPsks, M.decodeOfferedPsks));
});
describe('PreSharedKeyExtension', () => {
  it('decodes what it encodes', () => roundTrip(types, 'PreSharedKeyExtension', M.encodePreSharedKeyExtension, M.decodePreSharedKeyExtension));
  // PreSharedKeyExtension ends in "the rest of the input", so its strict prefixes may decode.
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'PreSharedKeyExtension', M.encodePreSharedKeyExtension, M.decodePreSharedKeyExtension));
});
describe('PreSharedKeyExtensionServerHello', () => {
  it('decodes what it encodes', () => roundTrip(types, 'PreSharedKeyExtensionServerHello', M.encodePreSharedKeyExtensionServerHello, M.decodePreSharedKeyExtensionServerHello));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'PreSharedKeyExtensionServerHello', M.encodePreSharedKeyExtensionServerHello, M.decodePreSharedKeyExtensionServerHello));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'PreSharedKeyExtensionServerHello', M.encodePreSharedKeyExtensionServerHello, M.decodePreSharedKeyExtensionServerHello));
});
describe('RenegotiationInfo', () => {
  it('decodes what it encodes', () => roundTrip(types, 'RenegotiationInfo', M.encodeRenegotiationInfo, M.decodeRenegotiationInfo));
  it('rejects every strict prefix of an encoding', () => noStrictPrefix(types, 'RenegotiationInfo', M.encodeRenegotiationInfo, M.decodeRenegotiationInfo));
  it('enforces vector bounds on encode and decode', () => boundsEnforced(types, 'RenegotiationInfo', M.encodeRenegotiationInfo, M.writeRenegotiationInfo, M.decodeRenegotiationInfo));
  it('fails on random and corrupted input only with DecodeError', () => decodesSafely(types, 'RenegotiationInfo', M.encodeRenegotiationInfo, M.decodeRenegotiationInfo));
});
