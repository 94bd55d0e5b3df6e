// Generated from specs/tls/handshake12.spec by otpnet-gen. Do not edit.
import {
  DecodeError,
  type DecodeLimits,
  EncodeError,
  enumName,
  expectArray,
  expectCase,
  expectNoTag,
  expectObject,
  expectTag,
  fields,
  nested,
  nestedAt,
  Reader,
  tagFor,
  Writer,
} from '@otpnet/wire';
import type { CipherSuite } from './cipher-suites.js';
import { HandshakeType, type ProtocolVersion, type Random } from './common.js';
import {
  type CertificateStatus,
  type CertificateStatusInput,
  type DistinguishedName,
  type Extension,
  type ExtensionInput,
  readCertificateStatus,
  readDistinguishedName,
  readExtension,
  writeCertificateStatus,
  writeDistinguishedName,
  writeExtension,
} from './extensions.js';
import type { NamedGroup } from './named-groups.js';
import type { SignatureScheme } from './signature-schemes.js';

/**
 * The key exchange of the negotiated cipher suite (RFC 5246 7.4.3, RFC 8422 5.4). Not on the wire:
 * it is the context that ServerKeyExchange and ClientKeyExchange are decoded in, so the numbers are
 * this spec's own.
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 5246 §7.4.3
 */
export const KeyExchangeAlgorithm = {
  rsa: 0x01,
  dhe_dss: 0x02,
  dhe_rsa: 0x03,
  dh_anon: 0x04,
  /** RFC 8422: ECDHE_ECDSA, ECDHE_RSA, ECDH_anon */
  ec_diffie_hellman: 0x05,
} as const;
export type KeyExchangeAlgorithm =
  | (typeof KeyExchangeAlgorithm)[keyof typeof KeyExchangeAlgorithm]
  | (number & {});
/** Member names of {@link KeyExchangeAlgorithm} by value. */
export const KeyExchangeAlgorithmNames: ReadonlyMap<number, string> = new Map(
  Object.entries(KeyExchangeAlgorithm).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function KeyExchangeAlgorithmName(value: number): string {
  return enumName(KeyExchangeAlgorithmNames, value, 1);
}

/** What decoding or encoding a {@link Handshake12} needs to know that is not on the wire. */
export interface Handshake12Context {
  kex: KeyExchangeAlgorithm;
}

/** The variants of Handshake12.body, keyed by msg_type. */
export type Handshake12Body =
  | { case: 'hello_request'; value: HelloRequest }
  | { case: 'client_hello'; value: ClientHello12 }
  | { case: 'server_hello'; value: ServerHello12 }
  | { case: 'certificate'; value: Certificate12 }
  | { case: 'server_key_exchange'; value: ServerKeyExchange }
  | { case: 'certificate_request'; value: CertificateRequest12 }
  | { case: 'server_hello_done'; value: ServerHelloDone }
  | { case: 'certificate_verify'; value: DigitallySigned }
  | { case: 'client_key_exchange'; value: ClientKeyExchange }
  | { case: 'finished'; value: Finished12 }
  | { case: 'new_session_ticket'; value: NewSessionTicket12 }
  | { case: 'certificate_status'; value: CertificateStatus }
  | { case: undefined; value: Uint8Array };
/** {@link Handshake12Body} as an encoder takes it. */
export type Handshake12BodyInput =
  | { case: 'hello_request'; value: HelloRequestInput }
  | { case: 'client_hello'; value: ClientHello12Input }
  | { case: 'server_hello'; value: ServerHello12Input }
  | { case: 'certificate'; value: Certificate12Input }
  | { case: 'server_key_exchange'; value: ServerKeyExchangeInput }
  | { case: 'certificate_request'; value: CertificateRequest12Input }
  | { case: 'server_hello_done'; value: ServerHelloDoneInput }
  | { case: 'certificate_verify'; value: DigitallySignedInput }
  | { case: 'client_key_exchange'; value: ClientKeyExchangeInput }
  | { case: 'finished'; value: Finished12Input }
  | { case: 'new_session_ticket'; value: NewSessionTicket12Input }
  | { case: 'certificate_status'; value: CertificateStatusInput }
  | { case: undefined; value: Uint8Array };

/**
 * A framing for TLS 1.2 handshake messages: the same header as RFC 8446's Handshake, with the TLS 1.2
 * bodies. ServerKeyExchange and ClientKeyExchange depend on the negotiated key exchange, a context
 * parameter that flows down to them.
 * @see RFC 5246 §7.4
 */
export interface Handshake12 {
  /** An encoder may leave it out: the case of body fixes it. */
  msg_type: HandshakeType;
  /** Wire: <0..16777215> bytes. */
  body: Handshake12Body;
}

/**
 * What {@link encodeHandshake12} takes: a {@link Handshake12}, where fields with a default may be left out.
 */
export interface Handshake12Input {
  msg_type?: HandshakeType;
  body: Handshake12BodyInput;
}

/** Read a {@link Handshake12} at the reader's position. */
export function readHandshake12(r: Reader, ctx: Handshake12Context): Handshake12 {
  const f = F.Handshake12;
  const msg_type = r.u8(f.msg_type);
  let body: Handshake12Body;
  const bodyEnd = r.enterVector(f.body);
  let bodyArm = '';
  try {
    switch (msg_type) {
      case HandshakeType.hello_request:
        bodyArm = 'hello_request';
        body = { case: 'hello_request', value: readHelloRequest(r) };
        break;
      case HandshakeType.client_hello:
        bodyArm = 'client_hello';
        body = { case: 'client_hello', value: readClientHello12(r) };
        break;
      case HandshakeType.server_hello:
        bodyArm = 'server_hello';
        body = { case: 'server_hello', value: readServerHello12(r) };
        break;
      case HandshakeType.certificate:
        bodyArm = 'certificate';
        body = { case: 'certificate', value: readCertificate12(r) };
        break;
      case HandshakeType.server_key_exchange:
        bodyArm = 'server_key_exchange';
        body = { case: 'server_key_exchange', value: readServerKeyExchange(r, ctx) };
        break;
      case HandshakeType.certificate_request:
        bodyArm = 'certificate_request';
        body = { case: 'certificate_request', value: readCertificateRequest12(r) };
        break;
      case HandshakeType.server_hello_done:
        bodyArm = 'server_hello_done';
        body = { case: 'server_hello_done', value: readServerHelloDone(r) };
        break;
      case HandshakeType.certificate_verify:
        bodyArm = 'certificate_verify';
        body = { case: 'certificate_verify', value: readDigitallySigned(r) };
        break;
      case HandshakeType.client_key_exchange:
        bodyArm = 'client_key_exchange';
        body = { case: 'client_key_exchange', value: readClientKeyExchange(r, ctx) };
        break;
      case HandshakeType.finished:
        bodyArm = 'finished';
        body = { case: 'finished', value: readFinished12(r) };
        break;
      case HandshakeType.new_session_ticket:
        bodyArm = 'new_session_ticket';
        body = { case: 'new_session_ticket', value: readNewSessionTicket12(r) };
        break;
      case HandshakeType.certificate_status:
        bodyArm = 'certificate_status';
        body = { case: 'certificate_status', value: readCertificateStatus(r) };
        break;
      default:
        body = { case: undefined, value: r.rest() };
    }
  } catch (e) {
    throw nested(e, f.body, bodyArm);
  }
  r.leave(bodyEnd, f.body);
  return { msg_type, body };
}

/** Write a {@link Handshake12}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeHandshake12(w: Writer, v: Handshake12Input, ctx: Handshake12Context): void {
  const f = F.Handshake12;
  expectObject(v, f.$);
  const msg_type = tagFor(v.msg_type, Handshake12BodyTags, v.body, f.msg_type);
  w.u8(msg_type, f.msg_type);
  const bodyValue = expectObject(v.body, f.body);
  const bodyMark = w.beginVector(f.body);
  let bodyArm = '';
  try {
    switch (bodyValue.case) {
      case 'hello_request': {
        expectTag(msg_type, HandshakeType.hello_request, f.body);
        bodyArm = 'hello_request';
        writeHelloRequest(w, bodyValue.value);
        break;
      }
      case 'client_hello': {
        expectTag(msg_type, HandshakeType.client_hello, f.body);
        bodyArm = 'client_hello';
        writeClientHello12(w, bodyValue.value);
        break;
      }
      case 'server_hello': {
        expectTag(msg_type, HandshakeType.server_hello, f.body);
        bodyArm = 'server_hello';
        writeServerHello12(w, bodyValue.value);
        break;
      }
      case 'certificate': {
        expectTag(msg_type, HandshakeType.certificate, f.body);
        bodyArm = 'certificate';
        writeCertificate12(w, bodyValue.value);
        break;
      }
      case 'server_key_exchange': {
        expectTag(msg_type, HandshakeType.server_key_exchange, f.body);
        bodyArm = 'server_key_exchange';
        writeServerKeyExchange(w, bodyValue.value, ctx);
        break;
      }
      case 'certificate_request': {
        expectTag(msg_type, HandshakeType.certificate_request, f.body);
        bodyArm = 'certificate_request';
        writeCertificateRequest12(w, bodyValue.value);
        break;
      }
      case 'server_hello_done': {
        expectTag(msg_type, HandshakeType.server_hello_done, f.body);
        bodyArm = 'server_hello_done';
        writeServerHelloDone(w, bodyValue.value);
        break;
      }
      case 'certificate_verify': {
        expectTag(msg_type, HandshakeType.certificate_verify, f.body);
        bodyArm = 'certificate_verify';
        writeDigitallySigned(w, bodyValue.value);
        break;
      }
      case 'client_key_exchange': {
        expectTag(msg_type, HandshakeType.client_key_exchange, f.body);
        bodyArm = 'client_key_exchange';
        writeClientKeyExchange(w, bodyValue.value, ctx);
        break;
      }
      case 'finished': {
        expectTag(msg_type, HandshakeType.finished, f.body);
        bodyArm = 'finished';
        writeFinished12(w, bodyValue.value);
        break;
      }
      case 'new_session_ticket': {
        expectTag(msg_type, HandshakeType.new_session_ticket, f.body);
        bodyArm = 'new_session_ticket';
        writeNewSessionTicket12(w, bodyValue.value);
        break;
      }
      case 'certificate_status': {
        expectTag(msg_type, HandshakeType.certificate_status, f.body);
        bodyArm = 'certificate_status';
        writeCertificateStatus(w, bodyValue.value);
        break;
      }
      case undefined:
        expectNoTag(msg_type, Handshake12BodyTags, f.body);
        w.raw(bodyValue.value, f.body);
        break;
      default:
        throw new EncodeError('no_case', f.body, `no case ${String((bodyValue as { case: unknown }).case)}`);
    }
  } catch (e) {
    throw nested(e, f.body, bodyArm);
  }
  w.endVector(bodyMark, f.body);
}

/**
 * Decode a whole {@link Handshake12}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeHandshake12(
  bytes: Uint8Array,
  ctx: Handshake12Context,
  limits?: DecodeLimits,
): Handshake12 {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Handshake12.$);
  const v = readHandshake12(r, ctx);
  r.done(F.Handshake12.$);
  return v;
}

/** Encode a {@link Handshake12}. */
export function encodeHandshake12(v: Handshake12Input, ctx: Handshake12Context): Uint8Array {
  const w = new Writer();
  writeHandshake12(w, v, ctx);
  return w.finish();
}

/** @see RFC 5246 §7.4.1.1 */
export interface HelloRequest {}

/**
 * What {@link encodeHelloRequest} takes: a {@link HelloRequest}, where fields with a default may be left out.
 */
export interface HelloRequestInput {}

/** Read a {@link HelloRequest} at the reader's position. */
export function readHelloRequest(r: Reader): HelloRequest {
  return {};
}

/** Write a {@link HelloRequest}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeHelloRequest(w: Writer, v: HelloRequestInput): void {
  const f = F.HelloRequest;
  expectObject(v, f.$);
}

/**
 * Decode a whole {@link HelloRequest}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeHelloRequest(bytes: Uint8Array, limits?: DecodeLimits): HelloRequest {
  const r = new Reader(bytes, 0, bytes.length, limits, F.HelloRequest.$);
  const v = readHelloRequest(r);
  r.done(F.HelloRequest.$);
  return v;
}

/** Encode a {@link HelloRequest}. */
export function encodeHelloRequest(v: HelloRequestInput): Uint8Array {
  const w = new Writer();
  writeHelloRequest(w, v);
  return w.finish();
}

/**
 * Wire: <0..32> bytes.
 * @see RFC 5246 §7.4.1.2
 */
export type SessionID = Uint8Array;

/** Read a {@link SessionID} at the reader's position. */
export function readSessionID(r: Reader): SessionID {
  const f = F.SessionID;
  const value = r.opaque(f.$);
  return value;
}

/** Write a {@link SessionID}. */
export function writeSessionID(w: Writer, v: SessionID): void {
  const f = F.SessionID;
  w.opaque(v, f.$);
}

/**
 * Only null remains: TLS compression is not used (RFC 7457 section 2.6, RFC 8446 4.1.2).
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 5246 §7.4.1.2
 */
export const CompressionMethod = {
  null: 0x00,
} as const;
export type CompressionMethod = (typeof CompressionMethod)[keyof typeof CompressionMethod] | (number & {});
/** Member names of {@link CompressionMethod} by value. */
export const CompressionMethodNames: ReadonlyMap<number, string> = new Map(
  Object.entries(CompressionMethod).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function CompressionMethodName(value: number): string {
  return enumName(CompressionMethodNames, value, 1);
}

/**
 * RFC 5246 ends the ClientHello with `select (extensions_present) { case false: struct {};
 * case true: Extension extensions<0..2^16-1>; };`: whether extensions are present is known only
 * from the body length, so the block is an optional trailing field. A hello without it decodes with
 * `extensions` absent and encodes back to the same bytes.
 * @see RFC 5246 §7.4.1.2
 */
export interface ClientHello12 {
  client_version: ProtocolVersion;
  random: Random;
  session_id: SessionID;
  /** Wire: <2..65534> bytes. */
  cipher_suites: CipherSuite[];
  /** Wire: <1..255> bytes. */
  compression_methods: CompressionMethod[];
  /** Wire: <0..65535> bytes. */
  extensions?: Extension[];
}

/**
 * What {@link encodeClientHello12} takes: a {@link ClientHello12}, where fields with a default may be left
 * out.
 */
export interface ClientHello12Input {
  client_version: ProtocolVersion;
  random: Random;
  session_id: SessionID;
  cipher_suites: readonly CipherSuite[];
  compression_methods: readonly CompressionMethod[];
  extensions?: readonly ExtensionInput[];
}

/** Read a {@link ClientHello12} at the reader's position. */
export function readClientHello12(r: Reader): ClientHello12 {
  const f = F.ClientHello12;
  const client_version = r.u16(f.client_version);
  const random = r.raw(32, f.random);
  const session_id = r.opaque(f.session_id);
  const cipher_suites: CipherSuite[] = r.intVector(2, f.cipher_suites);
  const compression_methods: CompressionMethod[] = r.intVector(1, f.compression_methods);
  let extensions: Extension[] | undefined;
  if (r.pos < r.end) {
    const extensionsEnd = r.enterVector(f.extensions);
    const extensionsValue: Extension[] = [];
    try {
      while (r.pos < r.end) extensionsValue.push(readExtension(r, ClientHello12ExtensionsContext));
    } catch (e) {
      throw nestedAt(e, f.extensions, extensionsValue.length);
    }
    r.leave(extensionsEnd, f.extensions);
    extensions = extensionsValue;
  }
  const out: ClientHello12 = { client_version, random, session_id, cipher_suites, compression_methods };
  if (extensions !== undefined) out.extensions = extensions;
  return out;
}

/** Write a {@link ClientHello12}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeClientHello12(w: Writer, v: ClientHello12Input): void {
  const f = F.ClientHello12;
  expectObject(v, f.$);
  w.u16(v.client_version, f.client_version);
  w.fixed(v.random, 32, f.random);
  w.opaque(v.session_id, f.session_id);
  const cipher_suitesMark = w.beginVector(f.cipher_suites);
  for (const item of expectArray(v.cipher_suites, f.cipher_suites)) {
    w.u16(item, f.cipher_suites);
  }
  w.endVector(cipher_suitesMark, f.cipher_suites);
  const compression_methodsMark = w.beginVector(f.compression_methods);
  for (const item of expectArray(v.compression_methods, f.compression_methods)) {
    w.u8(item, f.compression_methods);
  }
  w.endVector(compression_methodsMark, f.compression_methods);
  if (v.extensions !== undefined) {
    const extensionsMark = w.beginVector(f.extensions);
    const extensionsItems = expectArray(v.extensions, f.extensions);
    let extensionsI = 0;
    try {
      for (; extensionsI < extensionsItems.length; extensionsI++)
        writeExtension(w, extensionsItems[extensionsI]!, ClientHello12ExtensionsContext);
    } catch (e) {
      throw nestedAt(e, f.extensions, extensionsI);
    }
    w.endVector(extensionsMark, f.extensions);
  }
}

/**
 * Decode a whole {@link ClientHello12}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeClientHello12(bytes: Uint8Array, limits?: DecodeLimits): ClientHello12 {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ClientHello12.$);
  const v = readClientHello12(r);
  r.done(F.ClientHello12.$);
  return v;
}

/** Encode a {@link ClientHello12}. */
export function encodeClientHello12(v: ClientHello12Input): Uint8Array {
  const w = new Writer();
  writeClientHello12(w, v);
  return w.finish();
}

/**
 * The same optional extensions block as ClientHello12.
 * @see RFC 5246 §7.4.1.3
 */
export interface ServerHello12 {
  server_version: ProtocolVersion;
  random: Random;
  session_id: SessionID;
  cipher_suite: CipherSuite;
  compression_method: CompressionMethod;
  /** Wire: <0..65535> bytes. */
  extensions?: Extension[];
}

/**
 * What {@link encodeServerHello12} takes: a {@link ServerHello12}, where fields with a default may be left
 * out.
 */
export interface ServerHello12Input {
  server_version: ProtocolVersion;
  random: Random;
  session_id: SessionID;
  cipher_suite: CipherSuite;
  compression_method: CompressionMethod;
  extensions?: readonly ExtensionInput[];
}

/** Read a {@link ServerHello12} at the reader's position. */
export function readServerHello12(r: Reader): ServerHello12 {
  const f = F.ServerHello12;
  const server_version = r.u16(f.server_version);
  const random = r.raw(32, f.random);
  const session_id = r.opaque(f.session_id);
  const cipher_suite = r.u16(f.cipher_suite);
  const compression_method = r.u8(f.compression_method);
  let extensions: Extension[] | undefined;
  if (r.pos < r.end) {
    const extensionsEnd = r.enterVector(f.extensions);
    const extensionsValue: Extension[] = [];
    try {
      while (r.pos < r.end) extensionsValue.push(readExtension(r, ServerHello12ExtensionsContext));
    } catch (e) {
      throw nestedAt(e, f.extensions, extensionsValue.length);
    }
    r.leave(extensionsEnd, f.extensions);
    extensions = extensionsValue;
  }
  const out: ServerHello12 = { server_version, random, session_id, cipher_suite, compression_method };
  if (extensions !== undefined) out.extensions = extensions;
  return out;
}

/** Write a {@link ServerHello12}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeServerHello12(w: Writer, v: ServerHello12Input): void {
  const f = F.ServerHello12;
  expectObject(v, f.$);
  w.u16(v.server_version, f.server_version);
  w.fixed(v.random, 32, f.random);
  w.opaque(v.session_id, f.session_id);
  w.u16(v.cipher_suite, f.cipher_suite);
  w.u8(v.compression_method, f.compression_method);
  if (v.extensions !== undefined) {
    const extensionsMark = w.beginVector(f.extensions);
    const extensionsItems = expectArray(v.extensions, f.extensions);
    let extensionsI = 0;
    try {
      for (; extensionsI < extensionsItems.length; extensionsI++)
        writeExtension(w, extensionsItems[extensionsI]!, ServerHello12ExtensionsContext);
    } catch (e) {
      throw nestedAt(e, f.extensions, extensionsI);
    }
    w.endVector(extensionsMark, f.extensions);
  }
}

/**
 * Decode a whole {@link ServerHello12}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeServerHello12(bytes: Uint8Array, limits?: DecodeLimits): ServerHello12 {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ServerHello12.$);
  const v = readServerHello12(r);
  r.done(F.ServerHello12.$);
  return v;
}

/** Encode a {@link ServerHello12}. */
export function encodeServerHello12(v: ServerHello12Input): Uint8Array {
  const w = new Writer();
  writeServerHello12(w, v);
  return w.finish();
}

/**
 * One DER certificate: RFC 5246 names it ASN.1Cert, which is not an identifier.
 * Wire: <1..16777215> bytes.
 * @see RFC 5246 §7.4.2
 */
export type ASN1Cert = Uint8Array;

/** Read a {@link ASN1Cert} at the reader's position. */
export function readASN1Cert(r: Reader): ASN1Cert {
  const f = F.ASN1Cert;
  const value = r.opaque(f.$);
  return value;
}

/** Write a {@link ASN1Cert}. */
export function writeASN1Cert(w: Writer, v: ASN1Cert): void {
  const f = F.ASN1Cert;
  w.opaque(v, f.$);
}

/**
 * The sender's certificate first, then the chain toward a trust anchor.
 * @see RFC 5246 §7.4.2
 */
export interface Certificate12 {
  /** Wire: <0..16777215> bytes. */
  certificate_list: ASN1Cert[];
}

/**
 * What {@link encodeCertificate12} takes: a {@link Certificate12}, where fields with a default may be left
 * out.
 */
export interface Certificate12Input {
  certificate_list: readonly ASN1Cert[];
}

/** Read a {@link Certificate12} at the reader's position. */
export function readCertificate12(r: Reader): Certificate12 {
  const f = F.Certificate12;
  const certificate_listEnd = r.enterVector(f.certificate_list);
  const certificate_list: ASN1Cert[] = [];
  try {
    while (r.pos < r.end) certificate_list.push(readASN1Cert(r));
  } catch (e) {
    throw nestedAt(e, f.certificate_list, certificate_list.length);
  }
  r.leave(certificate_listEnd, f.certificate_list);
  return { certificate_list };
}

/** Write a {@link Certificate12}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeCertificate12(w: Writer, v: Certificate12Input): void {
  const f = F.Certificate12;
  expectObject(v, f.$);
  const certificate_listMark = w.beginVector(f.certificate_list);
  const certificate_listItems = expectArray(v.certificate_list, f.certificate_list);
  let certificate_listI = 0;
  try {
    for (; certificate_listI < certificate_listItems.length; certificate_listI++)
      writeASN1Cert(w, certificate_listItems[certificate_listI]!);
  } catch (e) {
    throw nestedAt(e, f.certificate_list, certificate_listI);
  }
  w.endVector(certificate_listMark, f.certificate_list);
}

/**
 * Decode a whole {@link Certificate12}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeCertificate12(bytes: Uint8Array, limits?: DecodeLimits): Certificate12 {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Certificate12.$);
  const v = readCertificate12(r);
  r.done(F.Certificate12.$);
  return v;
}

/** Encode a {@link Certificate12}. */
export function encodeCertificate12(v: Certificate12Input): Uint8Array {
  const w = new Writer();
  writeCertificate12(w, v);
  return w.finish();
}

/**
 * `digitally-signed struct { ... }` in TLS 1.2 (RFC 5246 4.7): the algorithm pair, which RFC 8446
 * 4.2.3 maps onto SignatureScheme, and the signature.
 * @see RFC 5246 §4.7
 */
export interface DigitallySigned {
  algorithm: SignatureScheme;
  /** Wire: <0..65535> bytes. */
  signature: Uint8Array;
}

/**
 * What {@link encodeDigitallySigned} takes: a {@link DigitallySigned}, where fields with a default may be
 * left out.
 */
export interface DigitallySignedInput {
  algorithm: SignatureScheme;
  signature: Uint8Array;
}

/** Read a {@link DigitallySigned} at the reader's position. */
export function readDigitallySigned(r: Reader): DigitallySigned {
  const f = F.DigitallySigned;
  const algorithm = r.u16(f.algorithm);
  const signature = r.opaque(f.signature);
  return { algorithm, signature };
}

/**
 * Write a {@link DigitallySigned}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeDigitallySigned(w: Writer, v: DigitallySignedInput): void {
  const f = F.DigitallySigned;
  expectObject(v, f.$);
  w.u16(v.algorithm, f.algorithm);
  w.opaque(v.signature, f.signature);
}

/**
 * Decode a whole {@link DigitallySigned}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeDigitallySigned(bytes: Uint8Array, limits?: DecodeLimits): DigitallySigned {
  const r = new Reader(bytes, 0, bytes.length, limits, F.DigitallySigned.$);
  const v = readDigitallySigned(r);
  r.done(F.DigitallySigned.$);
  return v;
}

/** Encode a {@link DigitallySigned}. */
export function encodeDigitallySigned(v: DigitallySignedInput): Uint8Array {
  const w = new Writer();
  writeDigitallySigned(w, v);
  return w.finish();
}

/** @see RFC 5246 §7.4.3 */
export interface ServerDHParams {
  /** Wire: <1..65535> bytes. */
  dh_p: Uint8Array;
  /** Wire: <1..65535> bytes. */
  dh_g: Uint8Array;
  /** Wire: <1..65535> bytes. */
  dh_Ys: Uint8Array;
}

/**
 * What {@link encodeServerDHParams} takes: a {@link ServerDHParams}, where fields with a default may be left
 * out.
 */
export interface ServerDHParamsInput {
  dh_p: Uint8Array;
  dh_g: Uint8Array;
  dh_Ys: Uint8Array;
}

/** Read a {@link ServerDHParams} at the reader's position. */
export function readServerDHParams(r: Reader): ServerDHParams {
  const f = F.ServerDHParams;
  const dh_p = r.opaque(f.dh_p);
  const dh_g = r.opaque(f.dh_g);
  const dh_Ys = r.opaque(f.dh_Ys);
  return { dh_p, dh_g, dh_Ys };
}

/**
 * Write a {@link ServerDHParams}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeServerDHParams(w: Writer, v: ServerDHParamsInput): void {
  const f = F.ServerDHParams;
  expectObject(v, f.$);
  w.opaque(v.dh_p, f.dh_p);
  w.opaque(v.dh_g, f.dh_g);
  w.opaque(v.dh_Ys, f.dh_Ys);
}

/**
 * Decode a whole {@link ServerDHParams}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeServerDHParams(bytes: Uint8Array, limits?: DecodeLimits): ServerDHParams {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ServerDHParams.$);
  const v = readServerDHParams(r);
  r.done(F.ServerDHParams.$);
  return v;
}

/** Encode a {@link ServerDHParams}. */
export function encodeServerDHParams(v: ServerDHParamsInput): Uint8Array {
  const w = new Writer();
  writeServerDHParams(w, v);
  return w.finish();
}

/**
 * RFC 8422 5.4 keeps only named_curve; the explicit curve types are deprecated.
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 8422 §5.4
 */
export const ECCurveType = {
  explicit_prime_RESERVED: 0x01,
  explicit_char2_RESERVED: 0x02,
  named_curve: 0x03,
} as const;
export type ECCurveType = (typeof ECCurveType)[keyof typeof ECCurveType] | (number & {});
/** Member names of {@link ECCurveType} by value. */
export const ECCurveTypeNames: ReadonlyMap<number, string> = new Map(
  Object.entries(ECCurveType).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function ECCurveTypeName(value: number): string {
  return enumName(ECCurveTypeNames, value, 1);
}

/** The variants of ECParameters.body, keyed by curve_type. */
export type ECParametersBody = { case: 'named_curve'; value: ECParametersNamedCurve };
/** {@link ECParametersBody} as an encoder takes it. */
export type ECParametersBodyInput = { case: 'named_curve'; value: ECParametersNamedCurveInput };

/**
 * The RFC's NamedCurve is the TLS 1.3 NamedGroup (RFC 8422 5.1.1, RFC 8446 4.2.7).
 * @see RFC 8422 §5.4
 */
export interface ECParameters {
  /** An encoder may leave it out: the case of body fixes it. */
  curve_type: ECCurveType;
  body: ECParametersBody;
}

/**
 * What {@link encodeECParameters} takes: a {@link ECParameters}, where fields with a default may be left out.
 */
export interface ECParametersInput {
  curve_type?: ECCurveType;
  body: ECParametersBodyInput;
}

/** Read a {@link ECParameters} at the reader's position. */
export function readECParameters(r: Reader): ECParameters {
  const f = F.ECParameters;
  const curve_type = r.u8(f.curve_type);
  let body: ECParametersBody;
  let bodyArm = '';
  try {
    switch (curve_type) {
      case ECCurveType.named_curve:
        bodyArm = 'named_curve';
        body = { case: 'named_curve', value: readECParametersNamedCurve(r) };
        break;
      default:
        throw new DecodeError('no_case', f.body, `no case for curve_type ${String(curve_type)}`);
    }
  } catch (e) {
    throw nested(e, f.body, bodyArm);
  }
  return { curve_type, body };
}

/** Write a {@link ECParameters}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeECParameters(w: Writer, v: ECParametersInput): void {
  const f = F.ECParameters;
  expectObject(v, f.$);
  const curve_type = tagFor(v.curve_type, ECParametersBodyTags, v.body, f.curve_type);
  w.u8(curve_type, f.curve_type);
  const bodyValue = expectObject(v.body, f.body);
  let bodyArm = '';
  try {
    switch (bodyValue.case) {
      case 'named_curve': {
        expectTag(curve_type, ECCurveType.named_curve, f.body);
        bodyArm = 'named_curve';
        writeECParametersNamedCurve(w, bodyValue.value);
        break;
      }
      default:
        throw new EncodeError('no_case', f.body, `no case ${String((bodyValue as { case: unknown }).case)}`);
    }
  } catch (e) {
    throw nested(e, f.body, bodyArm);
  }
}

/**
 * Decode a whole {@link ECParameters}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeECParameters(bytes: Uint8Array, limits?: DecodeLimits): ECParameters {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ECParameters.$);
  const v = readECParameters(r);
  r.done(F.ECParameters.$);
  return v;
}

/** Encode a {@link ECParameters}. */
export function encodeECParameters(v: ECParametersInput): Uint8Array {
  const w = new Writer();
  writeECParameters(w, v);
  return w.finish();
}

/**
 * The named_curve arm of ECParameters.
 * @see RFC 8422 §5.4
 */
export interface ECParametersNamedCurve {
  namedcurve: NamedGroup;
}

/**
 * What {@link encodeECParametersNamedCurve} takes: a {@link ECParametersNamedCurve}, where fields with a
 * default may be left out.
 */
export interface ECParametersNamedCurveInput {
  namedcurve: NamedGroup;
}

/** Read a {@link ECParametersNamedCurve} at the reader's position. */
export function readECParametersNamedCurve(r: Reader): ECParametersNamedCurve {
  const f = F.ECParametersNamedCurve;
  const namedcurve = r.u16(f.namedcurve);
  return { namedcurve };
}

/**
 * Write a {@link ECParametersNamedCurve}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeECParametersNamedCurve(w: Writer, v: ECParametersNamedCurveInput): void {
  const f = F.ECParametersNamedCurve;
  expectObject(v, f.$);
  w.u16(v.namedcurve, f.namedcurve);
}

/**
 * Decode a whole {@link ECParametersNamedCurve}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeECParametersNamedCurve(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): ECParametersNamedCurve {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ECParametersNamedCurve.$);
  const v = readECParametersNamedCurve(r);
  r.done(F.ECParametersNamedCurve.$);
  return v;
}

/** Encode a {@link ECParametersNamedCurve}. */
export function encodeECParametersNamedCurve(v: ECParametersNamedCurveInput): Uint8Array {
  const w = new Writer();
  writeECParametersNamedCurve(w, v);
  return w.finish();
}

/**
 * An uncompressed point (RFC 8422 5.4.1) or an X25519/X448 public key.
 * @see RFC 8422 §5.4
 */
export interface ECPoint {
  /** Wire: <1..255> bytes. */
  point: Uint8Array;
}

/** What {@link encodeECPoint} takes: a {@link ECPoint}, where fields with a default may be left out. */
export interface ECPointInput {
  point: Uint8Array;
}

/** Read a {@link ECPoint} at the reader's position. */
export function readECPoint(r: Reader): ECPoint {
  const f = F.ECPoint;
  const point = r.opaque(f.point);
  return { point };
}

/** Write a {@link ECPoint}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeECPoint(w: Writer, v: ECPointInput): void {
  const f = F.ECPoint;
  expectObject(v, f.$);
  w.opaque(v.point, f.point);
}

/**
 * Decode a whole {@link ECPoint}: trailing bytes are an error. Opaque fields are views into `bytes`; `limits`
 * bound what one decode may cost.
 */
export function decodeECPoint(bytes: Uint8Array, limits?: DecodeLimits): ECPoint {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ECPoint.$);
  const v = readECPoint(r);
  r.done(F.ECPoint.$);
  return v;
}

/** Encode a {@link ECPoint}. */
export function encodeECPoint(v: ECPointInput): Uint8Array {
  const w = new Writer();
  writeECPoint(w, v);
  return w.finish();
}

/** @see RFC 8422 §5.4 */
export interface ServerECDHParams {
  curve_params: ECParameters;
  public: ECPoint;
}

/**
 * What {@link encodeServerECDHParams} takes: a {@link ServerECDHParams}, where fields with a default may be
 * left out.
 */
export interface ServerECDHParamsInput {
  curve_params: ECParametersInput;
  public: ECPointInput;
}

/** Read a {@link ServerECDHParams} at the reader's position. */
export function readServerECDHParams(r: Reader): ServerECDHParams {
  const f = F.ServerECDHParams;
  let curve_params: ECParameters;
  try {
    curve_params = readECParameters(r);
  } catch (e) {
    throw nested(e, f.curve_params, 'curve_params');
  }
  let public_: ECPoint;
  try {
    public_ = readECPoint(r);
  } catch (e) {
    throw nested(e, f.public, 'public');
  }
  return { curve_params, public: public_ };
}

/**
 * Write a {@link ServerECDHParams}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeServerECDHParams(w: Writer, v: ServerECDHParamsInput): void {
  const f = F.ServerECDHParams;
  expectObject(v, f.$);
  try {
    writeECParameters(w, v.curve_params);
  } catch (e) {
    throw nested(e, f.curve_params, 'curve_params');
  }
  try {
    writeECPoint(w, v.public);
  } catch (e) {
    throw nested(e, f.public, 'public');
  }
}

/**
 * Decode a whole {@link ServerECDHParams}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeServerECDHParams(bytes: Uint8Array, limits?: DecodeLimits): ServerECDHParams {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ServerECDHParams.$);
  const v = readServerECDHParams(r);
  r.done(F.ServerECDHParams.$);
  return v;
}

/** Encode a {@link ServerECDHParams}. */
export function encodeServerECDHParams(v: ServerECDHParamsInput): Uint8Array {
  const w = new Writer();
  writeServerECDHParams(w, v);
  return w.finish();
}

/** What decoding or encoding a {@link ServerKeyExchange} needs to know that is not on the wire. */
export interface ServerKeyExchangeContext {
  kex: KeyExchangeAlgorithm;
}

/** The variants of ServerKeyExchange.body, keyed by kex. */
export type ServerKeyExchangeBody =
  | { case: 'dh_anon'; value: ServerKeyExchangeDhAnon }
  | { case: 'dhe_dss'; value: ServerKeyExchangeDheDssOrDheRsa }
  | { case: 'dhe_rsa'; value: ServerKeyExchangeDheDssOrDheRsa }
  | { case: 'ec_diffie_hellman'; value: ServerKeyExchangeEcDiffieHellman };
/**
 * {@link ServerKeyExchangeBody} as an encoder takes it: the context fixes the case, so `case` may be left
 * out.
 */
export type ServerKeyExchangeBodyInput =
  | { case?: 'dh_anon'; value: ServerKeyExchangeDhAnonInput }
  | { case?: 'dhe_dss'; value: ServerKeyExchangeDheDssOrDheRsaInput }
  | { case?: 'dhe_rsa'; value: ServerKeyExchangeDheDssOrDheRsaInput }
  | { case?: 'ec_diffie_hellman'; value: ServerKeyExchangeEcDiffieHellmanInput };

/**
 * The arms as RFC 5246 7.4.3 and RFC 8422 5.4 print them. signed_params signs client_random +
 * server_random + params. An RSA key exchange sends no ServerKeyExchange, so rsa has no arm: the
 * runtime never decodes one in that context.
 * @see RFC 5246 §7.4.3
 */
export interface ServerKeyExchange {
  body: ServerKeyExchangeBody;
}

/**
 * What {@link encodeServerKeyExchange} takes: a {@link ServerKeyExchange}, where fields with a default may be
 * left out.
 */
export interface ServerKeyExchangeInput {
  body: ServerKeyExchangeBodyInput;
}

/** Read a {@link ServerKeyExchange} at the reader's position. */
export function readServerKeyExchange(r: Reader, ctx: ServerKeyExchangeContext): ServerKeyExchange {
  const f = F.ServerKeyExchange;
  let body: ServerKeyExchangeBody;
  try {
    switch (ctx.kex) {
      case KeyExchangeAlgorithm.dh_anon:
        body = { case: 'dh_anon', value: readServerKeyExchangeDhAnon(r) };
        break;
      case KeyExchangeAlgorithm.dhe_dss:
        body = { case: 'dhe_dss', value: readServerKeyExchangeDheDssOrDheRsa(r) };
        break;
      case KeyExchangeAlgorithm.dhe_rsa:
        body = { case: 'dhe_rsa', value: readServerKeyExchangeDheDssOrDheRsa(r) };
        break;
      case KeyExchangeAlgorithm.ec_diffie_hellman:
        body = { case: 'ec_diffie_hellman', value: readServerKeyExchangeEcDiffieHellman(r) };
        break;
      default:
        throw new DecodeError('no_case', f.body, `no case for kex ${String(ctx.kex)}`);
    }
  } catch (e) {
    throw nested(e, f.body, '');
  }
  return { body };
}

/**
 * Write a {@link ServerKeyExchange}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeServerKeyExchange(
  w: Writer,
  v: ServerKeyExchangeInput,
  ctx: ServerKeyExchangeContext,
): void {
  const f = F.ServerKeyExchange;
  expectObject(v, f.$);
  const bodyValue = expectObject(v.body, f.body);
  try {
    switch (ctx.kex) {
      case KeyExchangeAlgorithm.dh_anon: {
        expectCase(bodyValue.case, 'dh_anon', f.body);
        writeServerKeyExchangeDhAnon(w, bodyValue.value as ServerKeyExchangeDhAnonInput);
        break;
      }
      case KeyExchangeAlgorithm.dhe_dss: {
        expectCase(bodyValue.case, 'dhe_dss', f.body);
        writeServerKeyExchangeDheDssOrDheRsa(w, bodyValue.value as ServerKeyExchangeDheDssOrDheRsaInput);
        break;
      }
      case KeyExchangeAlgorithm.dhe_rsa: {
        expectCase(bodyValue.case, 'dhe_rsa', f.body);
        writeServerKeyExchangeDheDssOrDheRsa(w, bodyValue.value as ServerKeyExchangeDheDssOrDheRsaInput);
        break;
      }
      case KeyExchangeAlgorithm.ec_diffie_hellman: {
        expectCase(bodyValue.case, 'ec_diffie_hellman', f.body);
        writeServerKeyExchangeEcDiffieHellman(w, bodyValue.value as ServerKeyExchangeEcDiffieHellmanInput);
        break;
      }
      default: {
        throw new EncodeError('no_case', f.body, `the context (kex ${String(ctx.kex)}) has no case`);
      }
    }
  } catch (e) {
    throw nested(e, f.body, '');
  }
}

/**
 * Decode a whole {@link ServerKeyExchange}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeServerKeyExchange(
  bytes: Uint8Array,
  ctx: ServerKeyExchangeContext,
  limits?: DecodeLimits,
): ServerKeyExchange {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ServerKeyExchange.$);
  const v = readServerKeyExchange(r, ctx);
  r.done(F.ServerKeyExchange.$);
  return v;
}

/** Encode a {@link ServerKeyExchange}. */
export function encodeServerKeyExchange(
  v: ServerKeyExchangeInput,
  ctx: ServerKeyExchangeContext,
): Uint8Array {
  const w = new Writer();
  writeServerKeyExchange(w, v, ctx);
  return w.finish();
}

/**
 * The dh_anon arm of ServerKeyExchange.
 * @see RFC 5246 §7.4.3
 */
export interface ServerKeyExchangeDhAnon {
  params: ServerDHParams;
}

/**
 * What {@link encodeServerKeyExchangeDhAnon} takes: a {@link ServerKeyExchangeDhAnon}, where fields with a
 * default may be left out.
 */
export interface ServerKeyExchangeDhAnonInput {
  params: ServerDHParamsInput;
}

/** Read a {@link ServerKeyExchangeDhAnon} at the reader's position. */
export function readServerKeyExchangeDhAnon(r: Reader): ServerKeyExchangeDhAnon {
  const f = F.ServerKeyExchangeDhAnon;
  let params: ServerDHParams;
  try {
    params = readServerDHParams(r);
  } catch (e) {
    throw nested(e, f.params, 'params');
  }
  return { params };
}

/**
 * Write a {@link ServerKeyExchangeDhAnon}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeServerKeyExchangeDhAnon(w: Writer, v: ServerKeyExchangeDhAnonInput): void {
  const f = F.ServerKeyExchangeDhAnon;
  expectObject(v, f.$);
  try {
    writeServerDHParams(w, v.params);
  } catch (e) {
    throw nested(e, f.params, 'params');
  }
}

/**
 * Decode a whole {@link ServerKeyExchangeDhAnon}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeServerKeyExchangeDhAnon(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): ServerKeyExchangeDhAnon {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ServerKeyExchangeDhAnon.$);
  const v = readServerKeyExchangeDhAnon(r);
  r.done(F.ServerKeyExchangeDhAnon.$);
  return v;
}

/** Encode a {@link ServerKeyExchangeDhAnon}. */
export function encodeServerKeyExchangeDhAnon(v: ServerKeyExchangeDhAnonInput): Uint8Array {
  const w = new Writer();
  writeServerKeyExchangeDhAnon(w, v);
  return w.finish();
}

/**
 * The dhe_dss / dhe_rsa arm of ServerKeyExchange.
 * @see RFC 5246 §7.4.3
 */
export interface ServerKeyExchangeDheDssOrDheRsa {
  params: ServerDHParams;
  signed_params: DigitallySigned;
}

/**
 * What {@link encodeServerKeyExchangeDheDssOrDheRsa} takes: a {@link ServerKeyExchangeDheDssOrDheRsa}, where
 * fields with a default may be left out.
 */
export interface ServerKeyExchangeDheDssOrDheRsaInput {
  params: ServerDHParamsInput;
  signed_params: DigitallySignedInput;
}

/** Read a {@link ServerKeyExchangeDheDssOrDheRsa} at the reader's position. */
export function readServerKeyExchangeDheDssOrDheRsa(r: Reader): ServerKeyExchangeDheDssOrDheRsa {
  const f = F.ServerKeyExchangeDheDssOrDheRsa;
  let params: ServerDHParams;
  try {
    params = readServerDHParams(r);
  } catch (e) {
    throw nested(e, f.params, 'params');
  }
  let signed_params: DigitallySigned;
  try {
    signed_params = readDigitallySigned(r);
  } catch (e) {
    throw nested(e, f.signed_params, 'signed_params');
  }
  return { params, signed_params };
}

/**
 * Write a {@link ServerKeyExchangeDheDssOrDheRsa}; throws EncodeError naming the field for a value the spec
 * does not allow.
 */
export function writeServerKeyExchangeDheDssOrDheRsa(
  w: Writer,
  v: ServerKeyExchangeDheDssOrDheRsaInput,
): void {
  const f = F.ServerKeyExchangeDheDssOrDheRsa;
  expectObject(v, f.$);
  try {
    writeServerDHParams(w, v.params);
  } catch (e) {
    throw nested(e, f.params, 'params');
  }
  try {
    writeDigitallySigned(w, v.signed_params);
  } catch (e) {
    throw nested(e, f.signed_params, 'signed_params');
  }
}

/**
 * Decode a whole {@link ServerKeyExchangeDheDssOrDheRsa}: trailing bytes are an error. Opaque fields are
 * views into `bytes`; `limits` bound what one decode may cost.
 */
export function decodeServerKeyExchangeDheDssOrDheRsa(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): ServerKeyExchangeDheDssOrDheRsa {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ServerKeyExchangeDheDssOrDheRsa.$);
  const v = readServerKeyExchangeDheDssOrDheRsa(r);
  r.done(F.ServerKeyExchangeDheDssOrDheRsa.$);
  return v;
}

/** Encode a {@link ServerKeyExchangeDheDssOrDheRsa}. */
export function encodeServerKeyExchangeDheDssOrDheRsa(v: ServerKeyExchangeDheDssOrDheRsaInput): Uint8Array {
  const w = new Writer();
  writeServerKeyExchangeDheDssOrDheRsa(w, v);
  return w.finish();
}

/**
 * The ec_diffie_hellman arm of ServerKeyExchange.
 * @see RFC 5246 §7.4.3
 */
export interface ServerKeyExchangeEcDiffieHellman {
  params: ServerECDHParams;
  signed_params: DigitallySigned;
}

/**
 * What {@link encodeServerKeyExchangeEcDiffieHellman} takes: a {@link ServerKeyExchangeEcDiffieHellman},
 * where fields with a default may be left out.
 */
export interface ServerKeyExchangeEcDiffieHellmanInput {
  params: ServerECDHParamsInput;
  signed_params: DigitallySignedInput;
}

/** Read a {@link ServerKeyExchangeEcDiffieHellman} at the reader's position. */
export function readServerKeyExchangeEcDiffieHellman(r: Reader): ServerKeyExchangeEcDiffieHellman {
  const f = F.ServerKeyExchangeEcDiffieHellman;
  let params: ServerECDHParams;
  try {
    params = readServerECDHParams(r);
  } catch (e) {
    throw nested(e, f.params, 'params');
  }
  let signed_params: DigitallySigned;
  try {
    signed_params = readDigitallySigned(r);
  } catch (e) {
    throw nested(e, f.signed_params, 'signed_params');
  }
  return { params, signed_params };
}

/**
 * Write a {@link ServerKeyExchangeEcDiffieHellman}; throws EncodeError naming the field for a value the spec
 * does not allow.
 */
export function writeServerKeyExchangeEcDiffieHellman(
  w: Writer,
  v: ServerKeyExchangeEcDiffieHellmanInput,
): void {
  const f = F.ServerKeyExchangeEcDiffieHellman;
  expectObject(v, f.$);
  try {
    writeServerECDHParams(w, v.params);
  } catch (e) {
    throw nested(e, f.params, 'params');
  }
  try {
    writeDigitallySigned(w, v.signed_params);
  } catch (e) {
    throw nested(e, f.signed_params, 'signed_params');
  }
}

/**
 * Decode a whole {@link ServerKeyExchangeEcDiffieHellman}: trailing bytes are an error. Opaque fields are
 * views into `bytes`; `limits` bound what one decode may cost.
 */
export function decodeServerKeyExchangeEcDiffieHellman(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): ServerKeyExchangeEcDiffieHellman {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ServerKeyExchangeEcDiffieHellman.$);
  const v = readServerKeyExchangeEcDiffieHellman(r);
  r.done(F.ServerKeyExchangeEcDiffieHellman.$);
  return v;
}

/** Encode a {@link ServerKeyExchangeEcDiffieHellman}. */
export function encodeServerKeyExchangeEcDiffieHellman(v: ServerKeyExchangeEcDiffieHellmanInput): Uint8Array {
  const w = new Writer();
  writeServerKeyExchangeEcDiffieHellman(w, v);
  return w.finish();
}

/**
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 5246 §7.4.4
 */
export const ClientCertificateType = {
  rsa_sign: 0x01,
  dss_sign: 0x02,
  rsa_fixed_dh: 0x03,
  dss_fixed_dh: 0x04,
  rsa_ephemeral_dh_RESERVED: 0x05,
  dss_ephemeral_dh_RESERVED: 0x06,
  fortezza_dms_RESERVED: 0x14,
  /** RFC 8422 */
  ecdsa_sign: 0x40,
  /** RFC 8422, deprecated */
  rsa_fixed_ecdh: 0x41,
  /** RFC 8422, deprecated */
  ecdsa_fixed_ecdh: 0x42,
} as const;
export type ClientCertificateType =
  | (typeof ClientCertificateType)[keyof typeof ClientCertificateType]
  | (number & {});
/** Member names of {@link ClientCertificateType} by value. */
export const ClientCertificateTypeNames: ReadonlyMap<number, string> = new Map(
  Object.entries(ClientCertificateType).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function ClientCertificateTypeName(value: number): string {
  return enumName(ClientCertificateTypeNames, value, 1);
}

/** @see RFC 5246 §7.4.4 */
export interface CertificateRequest12 {
  /** Wire: <1..255> bytes. */
  certificate_types: ClientCertificateType[];
  /** Wire: <2..65534> bytes. */
  supported_signature_algorithms: SignatureScheme[];
  /** Wire: <0..65535> bytes. */
  certificate_authorities: DistinguishedName[];
}

/**
 * What {@link encodeCertificateRequest12} takes: a {@link CertificateRequest12}, where fields with a default
 * may be left out.
 */
export interface CertificateRequest12Input {
  certificate_types: readonly ClientCertificateType[];
  supported_signature_algorithms: readonly SignatureScheme[];
  certificate_authorities: readonly DistinguishedName[];
}

/** Read a {@link CertificateRequest12} at the reader's position. */
export function readCertificateRequest12(r: Reader): CertificateRequest12 {
  const f = F.CertificateRequest12;
  const certificate_types: ClientCertificateType[] = r.intVector(1, f.certificate_types);
  const supported_signature_algorithms: SignatureScheme[] = r.intVector(2, f.supported_signature_algorithms);
  const certificate_authoritiesEnd = r.enterVector(f.certificate_authorities);
  const certificate_authorities: DistinguishedName[] = [];
  try {
    while (r.pos < r.end) certificate_authorities.push(readDistinguishedName(r));
  } catch (e) {
    throw nestedAt(e, f.certificate_authorities, certificate_authorities.length);
  }
  r.leave(certificate_authoritiesEnd, f.certificate_authorities);
  return { certificate_types, supported_signature_algorithms, certificate_authorities };
}

/**
 * Write a {@link CertificateRequest12}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeCertificateRequest12(w: Writer, v: CertificateRequest12Input): void {
  const f = F.CertificateRequest12;
  expectObject(v, f.$);
  const certificate_typesMark = w.beginVector(f.certificate_types);
  for (const item of expectArray(v.certificate_types, f.certificate_types)) {
    w.u8(item, f.certificate_types);
  }
  w.endVector(certificate_typesMark, f.certificate_types);
  const supported_signature_algorithmsMark = w.beginVector(f.supported_signature_algorithms);
  for (const item of expectArray(v.supported_signature_algorithms, f.supported_signature_algorithms)) {
    w.u16(item, f.supported_signature_algorithms);
  }
  w.endVector(supported_signature_algorithmsMark, f.supported_signature_algorithms);
  const certificate_authoritiesMark = w.beginVector(f.certificate_authorities);
  const certificate_authoritiesItems = expectArray(v.certificate_authorities, f.certificate_authorities);
  let certificate_authoritiesI = 0;
  try {
    for (; certificate_authoritiesI < certificate_authoritiesItems.length; certificate_authoritiesI++)
      writeDistinguishedName(w, certificate_authoritiesItems[certificate_authoritiesI]!);
  } catch (e) {
    throw nestedAt(e, f.certificate_authorities, certificate_authoritiesI);
  }
  w.endVector(certificate_authoritiesMark, f.certificate_authorities);
}

/**
 * Decode a whole {@link CertificateRequest12}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeCertificateRequest12(bytes: Uint8Array, limits?: DecodeLimits): CertificateRequest12 {
  const r = new Reader(bytes, 0, bytes.length, limits, F.CertificateRequest12.$);
  const v = readCertificateRequest12(r);
  r.done(F.CertificateRequest12.$);
  return v;
}

/** Encode a {@link CertificateRequest12}. */
export function encodeCertificateRequest12(v: CertificateRequest12Input): Uint8Array {
  const w = new Writer();
  writeCertificateRequest12(w, v);
  return w.finish();
}

/** @see RFC 5246 §7.4.5 */
export interface ServerHelloDone {}

/**
 * What {@link encodeServerHelloDone} takes: a {@link ServerHelloDone}, where fields with a default may be
 * left out.
 */
export interface ServerHelloDoneInput {}

/** Read a {@link ServerHelloDone} at the reader's position. */
export function readServerHelloDone(r: Reader): ServerHelloDone {
  return {};
}

/**
 * Write a {@link ServerHelloDone}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeServerHelloDone(w: Writer, v: ServerHelloDoneInput): void {
  const f = F.ServerHelloDone;
  expectObject(v, f.$);
}

/**
 * Decode a whole {@link ServerHelloDone}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeServerHelloDone(bytes: Uint8Array, limits?: DecodeLimits): ServerHelloDone {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ServerHelloDone.$);
  const v = readServerHelloDone(r);
  r.done(F.ServerHelloDone.$);
  return v;
}

/** Encode a {@link ServerHelloDone}. */
export function encodeServerHelloDone(v: ServerHelloDoneInput): Uint8Array {
  const w = new Writer();
  writeServerHelloDone(w, v);
  return w.finish();
}

/**
 * `public-key-encrypted PreMasterSecret pre_master_secret;`: the premaster secret encrypted to the
 * server's RSA key, which TLS sends with a 2-byte length (RFC 5246 4.7, 7.4.7.1).
 * @see RFC 5246 §7.4.7.1
 */
export interface EncryptedPreMasterSecret {
  /** Wire: <0..65535> bytes. */
  pre_master_secret: Uint8Array;
}

/**
 * What {@link encodeEncryptedPreMasterSecret} takes: a {@link EncryptedPreMasterSecret}, where fields with a
 * default may be left out.
 */
export interface EncryptedPreMasterSecretInput {
  pre_master_secret: Uint8Array;
}

/** Read a {@link EncryptedPreMasterSecret} at the reader's position. */
export function readEncryptedPreMasterSecret(r: Reader): EncryptedPreMasterSecret {
  const f = F.EncryptedPreMasterSecret;
  const pre_master_secret = r.opaque(f.pre_master_secret);
  return { pre_master_secret };
}

/**
 * Write a {@link EncryptedPreMasterSecret}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeEncryptedPreMasterSecret(w: Writer, v: EncryptedPreMasterSecretInput): void {
  const f = F.EncryptedPreMasterSecret;
  expectObject(v, f.$);
  w.opaque(v.pre_master_secret, f.pre_master_secret);
}

/**
 * Decode a whole {@link EncryptedPreMasterSecret}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeEncryptedPreMasterSecret(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): EncryptedPreMasterSecret {
  const r = new Reader(bytes, 0, bytes.length, limits, F.EncryptedPreMasterSecret.$);
  const v = readEncryptedPreMasterSecret(r);
  r.done(F.EncryptedPreMasterSecret.$);
  return v;
}

/** Encode a {@link EncryptedPreMasterSecret}. */
export function encodeEncryptedPreMasterSecret(v: EncryptedPreMasterSecretInput): Uint8Array {
  const w = new Writer();
  writeEncryptedPreMasterSecret(w, v);
  return w.finish();
}

/** @see RFC 5246 §7.4.7.2 */
export interface ClientDiffieHellmanPublic {
  /** Wire: <1..65535> bytes. */
  dh_Yc: Uint8Array;
}

/**
 * What {@link encodeClientDiffieHellmanPublic} takes: a {@link ClientDiffieHellmanPublic}, where fields with
 * a default may be left out.
 */
export interface ClientDiffieHellmanPublicInput {
  dh_Yc: Uint8Array;
}

/** Read a {@link ClientDiffieHellmanPublic} at the reader's position. */
export function readClientDiffieHellmanPublic(r: Reader): ClientDiffieHellmanPublic {
  const f = F.ClientDiffieHellmanPublic;
  const dh_Yc = r.opaque(f.dh_Yc);
  return { dh_Yc };
}

/**
 * Write a {@link ClientDiffieHellmanPublic}; throws EncodeError naming the field for a value the spec does
 * not allow.
 */
export function writeClientDiffieHellmanPublic(w: Writer, v: ClientDiffieHellmanPublicInput): void {
  const f = F.ClientDiffieHellmanPublic;
  expectObject(v, f.$);
  w.opaque(v.dh_Yc, f.dh_Yc);
}

/**
 * Decode a whole {@link ClientDiffieHellmanPublic}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeClientDiffieHellmanPublic(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): ClientDiffieHellmanPublic {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ClientDiffieHellmanPublic.$);
  const v = readClientDiffieHellmanPublic(r);
  r.done(F.ClientDiffieHellmanPublic.$);
  return v;
}

/** Encode a {@link ClientDiffieHellmanPublic}. */
export function encodeClientDiffieHellmanPublic(v: ClientDiffieHellmanPublicInput): Uint8Array {
  const w = new Writer();
  writeClientDiffieHellmanPublic(w, v);
  return w.finish();
}

/** @see RFC 8422 §5.7 */
export interface ClientECDiffieHellmanPublic {
  ecdh_Yc: ECPoint;
}

/**
 * What {@link encodeClientECDiffieHellmanPublic} takes: a {@link ClientECDiffieHellmanPublic}, where fields
 * with a default may be left out.
 */
export interface ClientECDiffieHellmanPublicInput {
  ecdh_Yc: ECPointInput;
}

/** Read a {@link ClientECDiffieHellmanPublic} at the reader's position. */
export function readClientECDiffieHellmanPublic(r: Reader): ClientECDiffieHellmanPublic {
  const f = F.ClientECDiffieHellmanPublic;
  let ecdh_Yc: ECPoint;
  try {
    ecdh_Yc = readECPoint(r);
  } catch (e) {
    throw nested(e, f.ecdh_Yc, 'ecdh_Yc');
  }
  return { ecdh_Yc };
}

/**
 * Write a {@link ClientECDiffieHellmanPublic}; throws EncodeError naming the field for a value the spec does
 * not allow.
 */
export function writeClientECDiffieHellmanPublic(w: Writer, v: ClientECDiffieHellmanPublicInput): void {
  const f = F.ClientECDiffieHellmanPublic;
  expectObject(v, f.$);
  try {
    writeECPoint(w, v.ecdh_Yc);
  } catch (e) {
    throw nested(e, f.ecdh_Yc, 'ecdh_Yc');
  }
}

/**
 * Decode a whole {@link ClientECDiffieHellmanPublic}: trailing bytes are an error. Opaque fields are views
 * into `bytes`; `limits` bound what one decode may cost.
 */
export function decodeClientECDiffieHellmanPublic(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): ClientECDiffieHellmanPublic {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ClientECDiffieHellmanPublic.$);
  const v = readClientECDiffieHellmanPublic(r);
  r.done(F.ClientECDiffieHellmanPublic.$);
  return v;
}

/** Encode a {@link ClientECDiffieHellmanPublic}. */
export function encodeClientECDiffieHellmanPublic(v: ClientECDiffieHellmanPublicInput): Uint8Array {
  const w = new Writer();
  writeClientECDiffieHellmanPublic(w, v);
  return w.finish();
}

/** What decoding or encoding a {@link ClientKeyExchange} needs to know that is not on the wire. */
export interface ClientKeyExchangeContext {
  kex: KeyExchangeAlgorithm;
}

/** The variants of ClientKeyExchange.exchange_keys, keyed by kex. */
export type ClientKeyExchangeExchangeKeys =
  | { case: 'rsa'; value: EncryptedPreMasterSecret }
  | { case: 'dhe_dss'; value: ClientDiffieHellmanPublic }
  | { case: 'dhe_rsa'; value: ClientDiffieHellmanPublic }
  | { case: 'dh_anon'; value: ClientDiffieHellmanPublic }
  | { case: 'ec_diffie_hellman'; value: ClientECDiffieHellmanPublic };
/**
 * {@link ClientKeyExchangeExchangeKeys} as an encoder takes it: the context fixes the case, so `case` may be
 * left out.
 */
export type ClientKeyExchangeExchangeKeysInput =
  | { case?: 'rsa'; value: EncryptedPreMasterSecretInput }
  | { case?: 'dhe_dss'; value: ClientDiffieHellmanPublicInput }
  | { case?: 'dhe_rsa'; value: ClientDiffieHellmanPublicInput }
  | { case?: 'dh_anon'; value: ClientDiffieHellmanPublicInput }
  | { case?: 'ec_diffie_hellman'; value: ClientECDiffieHellmanPublicInput };

/** @see RFC 5246 §7.4.7 */
export interface ClientKeyExchange {
  exchange_keys: ClientKeyExchangeExchangeKeys;
}

/**
 * What {@link encodeClientKeyExchange} takes: a {@link ClientKeyExchange}, where fields with a default may be
 * left out.
 */
export interface ClientKeyExchangeInput {
  exchange_keys: ClientKeyExchangeExchangeKeysInput;
}

/** Read a {@link ClientKeyExchange} at the reader's position. */
export function readClientKeyExchange(r: Reader, ctx: ClientKeyExchangeContext): ClientKeyExchange {
  const f = F.ClientKeyExchange;
  let exchange_keys: ClientKeyExchangeExchangeKeys;
  try {
    switch (ctx.kex) {
      case KeyExchangeAlgorithm.rsa:
        exchange_keys = { case: 'rsa', value: readEncryptedPreMasterSecret(r) };
        break;
      case KeyExchangeAlgorithm.dhe_dss:
        exchange_keys = { case: 'dhe_dss', value: readClientDiffieHellmanPublic(r) };
        break;
      case KeyExchangeAlgorithm.dhe_rsa:
        exchange_keys = { case: 'dhe_rsa', value: readClientDiffieHellmanPublic(r) };
        break;
      case KeyExchangeAlgorithm.dh_anon:
        exchange_keys = { case: 'dh_anon', value: readClientDiffieHellmanPublic(r) };
        break;
      case KeyExchangeAlgorithm.ec_diffie_hellman:
        exchange_keys = { case: 'ec_diffie_hellman', value: readClientECDiffieHellmanPublic(r) };
        break;
      default:
        throw new DecodeError('no_case', f.exchange_keys, `no case for kex ${String(ctx.kex)}`);
    }
  } catch (e) {
    throw nested(e, f.exchange_keys, '');
  }
  return { exchange_keys };
}

/**
 * Write a {@link ClientKeyExchange}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeClientKeyExchange(
  w: Writer,
  v: ClientKeyExchangeInput,
  ctx: ClientKeyExchangeContext,
): void {
  const f = F.ClientKeyExchange;
  expectObject(v, f.$);
  const exchange_keysValue = expectObject(v.exchange_keys, f.exchange_keys);
  try {
    switch (ctx.kex) {
      case KeyExchangeAlgorithm.rsa: {
        expectCase(exchange_keysValue.case, 'rsa', f.exchange_keys);
        writeEncryptedPreMasterSecret(w, exchange_keysValue.value as EncryptedPreMasterSecretInput);
        break;
      }
      case KeyExchangeAlgorithm.dhe_dss: {
        expectCase(exchange_keysValue.case, 'dhe_dss', f.exchange_keys);
        writeClientDiffieHellmanPublic(w, exchange_keysValue.value as ClientDiffieHellmanPublicInput);
        break;
      }
      case KeyExchangeAlgorithm.dhe_rsa: {
        expectCase(exchange_keysValue.case, 'dhe_rsa', f.exchange_keys);
        writeClientDiffieHellmanPublic(w, exchange_keysValue.value as ClientDiffieHellmanPublicInput);
        break;
      }
      case KeyExchangeAlgorithm.dh_anon: {
        expectCase(exchange_keysValue.case, 'dh_anon', f.exchange_keys);
        writeClientDiffieHellmanPublic(w, exchange_keysValue.value as ClientDiffieHellmanPublicInput);
        break;
      }
      case KeyExchangeAlgorithm.ec_diffie_hellman: {
        expectCase(exchange_keysValue.case, 'ec_diffie_hellman', f.exchange_keys);
        writeClientECDiffieHellmanPublic(w, exchange_keysValue.value as ClientECDiffieHellmanPublicInput);
        break;
      }
      default: {
        throw new EncodeError('no_case', f.exchange_keys, `the context (kex ${String(ctx.kex)}) has no case`);
      }
    }
  } catch (e) {
    throw nested(e, f.exchange_keys, '');
  }
}

/**
 * Decode a whole {@link ClientKeyExchange}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeClientKeyExchange(
  bytes: Uint8Array,
  ctx: ClientKeyExchangeContext,
  limits?: DecodeLimits,
): ClientKeyExchange {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ClientKeyExchange.$);
  const v = readClientKeyExchange(r, ctx);
  r.done(F.ClientKeyExchange.$);
  return v;
}

/** Encode a {@link ClientKeyExchange}. */
export function encodeClientKeyExchange(
  v: ClientKeyExchangeInput,
  ctx: ClientKeyExchangeContext,
): Uint8Array {
  const w = new Writer();
  writeClientKeyExchange(w, v, ctx);
  return w.finish();
}

/**
 * verify_data_length is 12 for every cipher suite otpnet supports (RFC 5246 7.4.9).
 * @see RFC 5246 §7.4.9
 */
export interface Finished12 {
  verify_data: Uint8Array;
}

/** What {@link encodeFinished12} takes: a {@link Finished12}, where fields with a default may be left out. */
export interface Finished12Input {
  verify_data: Uint8Array;
}

/** Read a {@link Finished12} at the reader's position. */
export function readFinished12(r: Reader): Finished12 {
  const f = F.Finished12;
  const verify_data = r.raw(12, f.verify_data);
  return { verify_data };
}

/** Write a {@link Finished12}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeFinished12(w: Writer, v: Finished12Input): void {
  const f = F.Finished12;
  expectObject(v, f.$);
  w.fixed(v.verify_data, 12, f.verify_data);
}

/**
 * Decode a whole {@link Finished12}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeFinished12(bytes: Uint8Array, limits?: DecodeLimits): Finished12 {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Finished12.$);
  const v = readFinished12(r);
  r.done(F.Finished12.$);
  return v;
}

/** Encode a {@link Finished12}. */
export function encodeFinished12(v: Finished12Input): Uint8Array {
  const w = new Writer();
  writeFinished12(w, v);
  return w.finish();
}

/** @see RFC 5077 §3.3 */
export interface NewSessionTicket12 {
  ticket_lifetime_hint: number;
  /** Wire: <0..65535> bytes. */
  ticket: Uint8Array;
}

/**
 * What {@link encodeNewSessionTicket12} takes: a {@link NewSessionTicket12}, where fields with a default may
 * be left out.
 */
export interface NewSessionTicket12Input {
  ticket_lifetime_hint: number;
  ticket: Uint8Array;
}

/** Read a {@link NewSessionTicket12} at the reader's position. */
export function readNewSessionTicket12(r: Reader): NewSessionTicket12 {
  const f = F.NewSessionTicket12;
  const ticket_lifetime_hint = r.u32(f.ticket_lifetime_hint);
  const ticket = r.opaque(f.ticket);
  return { ticket_lifetime_hint, ticket };
}

/**
 * Write a {@link NewSessionTicket12}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeNewSessionTicket12(w: Writer, v: NewSessionTicket12Input): void {
  const f = F.NewSessionTicket12;
  expectObject(v, f.$);
  w.u32(v.ticket_lifetime_hint, f.ticket_lifetime_hint);
  w.opaque(v.ticket, f.ticket);
}

/**
 * Decode a whole {@link NewSessionTicket12}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeNewSessionTicket12(bytes: Uint8Array, limits?: DecodeLimits): NewSessionTicket12 {
  const r = new Reader(bytes, 0, bytes.length, limits, F.NewSessionTicket12.$);
  const v = readNewSessionTicket12(r);
  r.done(F.NewSessionTicket12.$);
  return v;
}

/** Encode a {@link NewSessionTicket12}. */
export function encodeNewSessionTicket12(v: NewSessionTicket12Input): Uint8Array {
  const w = new Writer();
  writeNewSessionTicket12(w, v);
  return w.finish();
}

/**
 * Its own content type (20), not a handshake message; TLS 1.3 middlebox mode sends it too (D.4).
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 5246 §7.1
 */
export const ChangeCipherSpecType = {
  change_cipher_spec: 0x01,
} as const;
export type ChangeCipherSpecType =
  | (typeof ChangeCipherSpecType)[keyof typeof ChangeCipherSpecType]
  | (number & {});
/** Member names of {@link ChangeCipherSpecType} by value. */
export const ChangeCipherSpecTypeNames: ReadonlyMap<number, string> = new Map(
  Object.entries(ChangeCipherSpecType).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function ChangeCipherSpecTypeName(value: number): string {
  return enumName(ChangeCipherSpecTypeNames, value, 1);
}

/** @see RFC 5246 §7.1 */
export interface ChangeCipherSpec {
  type: ChangeCipherSpecType;
}

/**
 * What {@link encodeChangeCipherSpec} takes: a {@link ChangeCipherSpec}, where fields with a default may be
 * left out.
 */
export interface ChangeCipherSpecInput {
  type: ChangeCipherSpecType;
}

/** Read a {@link ChangeCipherSpec} at the reader's position. */
export function readChangeCipherSpec(r: Reader): ChangeCipherSpec {
  const f = F.ChangeCipherSpec;
  const type = r.u8(f.type);
  return { type };
}

/**
 * Write a {@link ChangeCipherSpec}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeChangeCipherSpec(w: Writer, v: ChangeCipherSpecInput): void {
  const f = F.ChangeCipherSpec;
  expectObject(v, f.$);
  w.u8(v.type, f.type);
}

/**
 * Decode a whole {@link ChangeCipherSpec}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeChangeCipherSpec(bytes: Uint8Array, limits?: DecodeLimits): ChangeCipherSpec {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ChangeCipherSpec.$);
  const v = readChangeCipherSpec(r);
  r.done(F.ChangeCipherSpec.$);
  return v;
}

/** Encode a {@link ChangeCipherSpec}. */
export function encodeChangeCipherSpec(v: ChangeCipherSpecInput): Uint8Array {
  const w = new Writer();
  writeChangeCipherSpec(w, v);
  return w.finish();
}

/** Where each field is in specs/tls/handshake12.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/tls/handshake12.spec', {
  Handshake12: {
    $: 50,
    msg_type: 34,
    body: { line: 49, minLength: 0, maxLength: 2 ** 24 - 1 },
  },
  HelloRequest: {
    $: 53,
  },
  SessionID: {
    $: { line: 56, minLength: 0, maxLength: 32 },
  },
  ClientHello12: {
    $: 77,
    client_version: 70,
    random: 71,
    session_id: { line: 72, minLength: 0, maxLength: 32 },
    cipher_suites: { line: 73, minLength: 2, maxLength: 2 ** 16 - 2, unit: 2 },
    compression_methods: { line: 74, minLength: 1, maxLength: 255 },
    extensions: { line: 76, minLength: 0, maxLength: 2 ** 16 - 1 },
  },
  ServerHello12: {
    $: 89,
    server_version: 82,
    random: 83,
    session_id: { line: 84, minLength: 0, maxLength: 32 },
    cipher_suite: 85,
    compression_method: 86,
    extensions: { line: 88, minLength: 0, maxLength: 2 ** 16 - 1 },
  },
  ASN1Cert: {
    $: { line: 93, minLength: 1, maxLength: 2 ** 24 - 1 },
  },
  Certificate12: {
    $: 99,
    certificate_list: { line: 98, minLength: 0, maxLength: 2 ** 24 - 1 },
  },
  DigitallySigned: {
    $: 111,
    algorithm: 109,
    signature: { line: 110, minLength: 0, maxLength: 2 ** 16 - 1 },
  },
  ServerDHParams: {
    $: 118,
    dh_p: { line: 115, minLength: 1, maxLength: 2 ** 16 - 1 },
    dh_g: { line: 116, minLength: 1, maxLength: 2 ** 16 - 1 },
    dh_Ys: { line: 117, minLength: 1, maxLength: 2 ** 16 - 1 },
  },
  ECParameters: {
    $: 137,
    curve_type: 132,
    body: 133,
  },
  ECParametersNamedCurve: {
    $: 134,
    namedcurve: 135,
  },
  ECPoint: {
    $: 143,
    point: { line: 142, minLength: 1, maxLength: 255 },
  },
  ServerECDHParams: {
    $: 149,
    curve_params: 147,
    public: 148,
  },
  ServerKeyExchange: {
    $: 169,
    body: 159,
  },
  ServerKeyExchangeDhAnon: {
    $: 160,
    params: 161,
  },
  ServerKeyExchangeDheDssOrDheRsa: {
    $: 162,
    params: 163,
    signed_params: 164,
  },
  ServerKeyExchangeEcDiffieHellman: {
    $: 165,
    params: 166,
    signed_params: 167,
  },
  CertificateRequest12: {
    $: 193,
    certificate_types: { line: 190, minLength: 1, maxLength: 255 },
    supported_signature_algorithms: { line: 191, minLength: 2, maxLength: 2 ** 16 - 2, unit: 2 },
    certificate_authorities: { line: 192, minLength: 0, maxLength: 2 ** 16 - 1 },
  },
  ServerHelloDone: {
    $: 196,
  },
  EncryptedPreMasterSecret: {
    $: 207,
    pre_master_secret: { line: 206, minLength: 0, maxLength: 2 ** 16 - 1 },
  },
  ClientDiffieHellmanPublic: {
    $: 212,
    dh_Yc: { line: 211, minLength: 1, maxLength: 2 ** 16 - 1 },
  },
  ClientECDiffieHellmanPublic: {
    $: 217,
    ecdh_Yc: 216,
  },
  ClientKeyExchange: {
    $: 227,
    exchange_keys: 226,
  },
  Finished12: {
    $: 235,
    verify_data: 234,
  },
  NewSessionTicket12: {
    $: 241,
    ticket_lifetime_hint: 239,
    ticket: { line: 240, minLength: 0, maxLength: 2 ** 16 - 1 },
  },
  ChangeCipherSpec: {
    $: 252,
    type: 251,
  },
});
/** The body case -> msg_type: filled in when an encoder's input leaves it out. */
const Handshake12BodyTags = {
  hello_request: HandshakeType.hello_request,
  client_hello: HandshakeType.client_hello,
  server_hello: HandshakeType.server_hello,
  certificate: HandshakeType.certificate,
  server_key_exchange: HandshakeType.server_key_exchange,
  certificate_request: HandshakeType.certificate_request,
  server_hello_done: HandshakeType.server_hello_done,
  certificate_verify: HandshakeType.certificate_verify,
  client_key_exchange: HandshakeType.client_key_exchange,
  finished: HandshakeType.finished,
  new_session_ticket: HandshakeType.new_session_ticket,
  certificate_status: HandshakeType.certificate_status,
} as const;
/** The context ClientHello12.extensions decodes its elements with. */
const ClientHello12ExtensionsContext = { msgType: HandshakeType.client_hello } as const;
/** The context ServerHello12.extensions decodes its elements with. */
const ServerHello12ExtensionsContext = { msgType: HandshakeType.server_hello } as const;
/** The body case -> curve_type: filled in when an encoder's input leaves it out. */
const ECParametersBodyTags = { named_curve: ECCurveType.named_curve } as const;
