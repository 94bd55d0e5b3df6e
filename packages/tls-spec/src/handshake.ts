// Generated from specs/tls/handshake.spec by otpnet-gen. Do not edit.
import { DecodeError, EncodeError, enumName, Reader, Writer } from '@otpnet/wire';
import { CipherSuite } from './cipher-suites.js';
import { HandshakeType, ProtocolVersion } from './common.js';
import { type Extension, readExtension, writeExtension } from './extensions.js';
import { SignatureScheme } from './signature-schemes.js';

/** What decoding a Handshake needs to know that is not on the wire. */
export interface HandshakeContext {
  certificateType: CertificateType;
}

/** The variants of Handshake.body, keyed by msg_type. */
export type HandshakeBody = { case: 'client_hello'; value: ClientHello } | { case: 'server_hello'; value: ServerHello } | { case: 'end_of_early_data'; value: EndOfEarlyData } | { case: 'encrypted_extensions'; value: EncryptedExtensions } | { case: 'certificate_request'; value: CertificateRequest } | { case: 'certificate'; value: Certificate } | { case: 'certificate_verify'; value: CertificateVerify } | { case: 'finished'; value: Finished } | { case: 'new_session_ticket'; value: NewSessionTicket } | { case: 'key_update'; value: KeyUpdate } | { case: undefined; value: Uint8Array };

/**
 * The handshake message framing. RFC 8446 writes `uint24 length;` followed by the select; here the
 * select carries its own uint24 length prefix (`body<0..2^24-1>`), which is the same bytes.
 *
 * Messages this TLS 1.3 framing has no case for (message_hash, and the TLS 1.2 messages, whose
 * framing is Handshake12 in handshake12.spec) keep their body as bytes.
 * A HelloRetryRequest arrives as msg_type server_hello: the runtime tells it apart by its random
 * (section 4.1.3) before decoding, and decodes the body with decodeHelloRetryRequest, because the
 * language cannot select on a field's value range. The certificate type (X509 unless RFC 7250
 * raw public keys were negotiated) is handshake state, so it is this struct's context parameter.
 * @see RFC 8446 §4
 */
export interface Handshake {
  /** handshake type. */
  msg_type: HandshakeType;
  /** Wire: <0..16777215> bytes. */
  body: HandshakeBody;
}

/** Read a {@link Handshake} at the reader's position. */
export function readHandshake(r: Reader, ctx: HandshakeContext): Handshake {
  const msg_type = r.u8('Handshake.msg_type@specs/tls/handshake.spec:21');
  let body: HandshakeBody;
  const bodyEnd = r.enter(r.vectorLength(3, 0, 16777215, 1, 'Handshake.body@specs/tls/handshake.spec:34'), 'Handshake.body@specs/tls/handshake.spec:34');
  switch (msg_type) {
    case HandshakeType.client_hello:
      body = { case: 'client_hello', value: readClientHello(r) };
      break;
    case HandshakeType.server_hello:
      body = { case: 'server_hello', value: readServerHello(r) };
      break;
    case HandshakeType.end_of_early_data:
      body = { case: 'end_of_early_data', value: readEndOfEarlyData(r) };
      break;
    case HandshakeType.encrypted_extensions:
      body = { case: 'encrypted_extensions', value: readEncryptedExtensions(r) };
      break;
    case HandshakeType.certificate_request:
      body = { case: 'certificate_request', value: readCertificateRequest(r) };
      break;
    case HandshakeType.certificate:
      body = { case: 'certificate', value: readCertificate(r, ctx) };
      break;
    case HandshakeType.certificate_verify:
      body = { case: 'certificate_verify', value: readCertificateVerify(r) };
      break;
    case HandshakeType.finished:
      body = { case: 'finished', value: readFinished(r) };
      break;
    case HandshakeType.new_session_ticket:
      body = { case: 'new_session_ticket', value: readNewSessionTicket(r) };
      break;
    case HandshakeType.key_update:
      body = { case: 'key_update', value: readKeyUpdate(r) };
      break;
    default:
      body = { case: undefined, value: r.rest() };
      break;
  }
  r.leave(bodyEnd, 'Handshake.body@specs/tls/handshake.spec:34');
  return { msg_type, body };
}

/** Write a {@link Handshake}. */
export function writeHandshake(w: Writer, v: Handshake): void {
  w.u8(v.msg_type, 'Handshake.msg_type@specs/tls/handshake.spec:21');
  const body = v.body;
  const bodyMark = w.beginLength(3);
  switch (body.case) {
    case 'client_hello':
      if (v.msg_type !== HandshakeType.client_hello) throw new EncodeError('Handshake.body@specs/tls/handshake.spec:34', `case client_hello needs msg_type = client_hello, got ${String(v.msg_type)}`);
      writeClientHello(w, body.value);
      break;
    case 'server_hello':
      if (v.msg_type !== HandshakeType.server_hello) throw new EncodeError('Handshake.body@specs/tls/handshake.spec:34', `case server_hello needs msg_type = server_hello, got ${String(v.msg_type)}`);
      writeServerHello(w, body.value);
      break;
    case 'end_of_early_data':
      if (v.msg_type !== HandshakeType.end_of_early_data) throw new EncodeError('Handshake.body@specs/tls/handshake.spec:34', `case end_of_early_data needs msg_type = end_of_early_data, got ${String(v.msg_type)}`);
      writeEndOfEarlyData(w, body.value);
      break;
    case 'encrypted_extensions':
      if (v.msg_type !== HandshakeType.encrypted_extensions) throw new EncodeError('Handshake.body@specs/tls/handshake.spec:34', `case encrypted_extensions needs msg_type = encrypted_extensions, got ${String(v.msg_type)}`);
      writeEncryptedExtensions(w, body.value);
      break;
    case 'certificate_request':
      if (v.msg_type !== HandshakeType.certificate_request) throw new EncodeError('Handshake.body@specs/tls/handshake.spec:34', `case certificate_request needs msg_type = certificate_request, got ${String(v.msg_type)}`);
      writeCertificateRequest(w, body.value);
      break;
    case 'certificate':
      if (v.msg_type !== HandshakeType.certificate) throw new EncodeError('Handshake.body@specs/tls/handshake.spec:34', `case certificate needs msg_type = certificate, got ${String(v.msg_type)}`);
      writeCertificate(w, body.value);
      break;
    case 'certificate_verify':
      if (v.msg_type !== HandshakeType.certificate_verify) throw new EncodeError('Handshake.body@specs/tls/handshake.spec:34', `case certificate_verify needs msg_type = certificate_verify, got ${String(v.msg_type)}`);
      writeCertificateVerify(w, body.value);
      break;
    case 'finished':
      if (v.msg_type !== HandshakeType.finished) throw new EncodeError('Handshake.body@specs/tls/handshake.spec:34', `case finished needs msg_type = finished, got ${String(v.msg_type)}`);
      writeFinished(w, body.value);
      break;
    case 'new_session_ticket':
      if (v.msg_type !== HandshakeType.new_session_ticket) throw new EncodeError('Handshake.body@specs/tls/handshake.spec:34', `case new_session_ticket needs msg_type = new_session_ticket, got ${String(v.msg_type)}`);
      writeNewSessionTicket(w, body.value);
      break;
    case 'key_update':
      if (v.msg_type !== HandshakeType.key_update) throw new EncodeError('Handshake.body@specs/tls/handshake.spec:34', `case key_update needs msg_type = key_update, got ${String(v.msg_type)}`);
      writeKeyUpdate(w, body.value);
      break;
    case undefined:
      w.raw(body.value, 'Handshake.body@specs/tls/handshake.spec:34');
      break;
    default:
      throw new EncodeError('Handshake.body@specs/tls/handshake.spec:34', `unknown case ${String((body as { case: unknown }).case)}`);
  }
  w.endLength(bodyMark, 3, 0, 16777215, 1, 'Handshake.body@specs/tls/handshake.spec:34');
}

/** Decode a whole {@link Handshake}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeHandshake(bytes: Uint8Array, ctx: HandshakeContext): Handshake {
  const r = new Reader(bytes);
  const v = readHandshake(r, ctx);
  r.done('Handshake@specs/tls/handshake.spec:35');
  return v;
}

/** Encode a {@link Handshake}. */
export function encodeHandshake(v: Handshake): Uint8Array {
  const w = new Writer();
  writeHandshake(w, v);
  return w.finish();
}

/**
 * RFC 8446 requires extensions<8..2^16-1> (a TLS 1.3 ClientHello always has supported_versions).
 * A server that also speaks TLS 1.2 decodes a first ClientHello with ClientHello12
 * (handshake12.spec), whose extensions may be fewer; see there for a hello with none at all.
 * @see RFC 8446 §4.1.2
 */
export interface ClientHello {
  /** TLS v1.2. Default: 0x0303. */
  legacy_version?: ProtocolVersion;
  random: Uint8Array;
  /** Wire: <0..32> bytes. */
  legacy_session_id: Uint8Array;
  /** Wire: <2..65534> bytes. */
  cipher_suites: CipherSuite[];
  /** Wire: <1..255> bytes. */
  legacy_compression_methods: Uint8Array;
  /** Wire: <8..65535> bytes. */
  extensions: Extension[];
}

/** Read a {@link ClientHello} at the reader's position. */
export function readClientHello(r: Reader): ClientHello {
  const legacy_version = r.u16('ClientHello.legacy_version@specs/tls/handshake.spec:44');
  const random = r.raw(32, 'ClientHello.random@specs/tls/handshake.spec:45');
  const legacy_session_id = r.raw(r.vectorLength(1, 0, 32, 1, 'ClientHello.legacy_session_id@specs/tls/handshake.spec:46'), 'ClientHello.legacy_session_id@specs/tls/handshake.spec:46');
  const cipher_suites: CipherSuite[] = [];
  const cipher_suitesEnd = r.enter(r.vectorLength(2, 2, 65534, 2, 'ClientHello.cipher_suites@specs/tls/handshake.spec:47'), 'ClientHello.cipher_suites@specs/tls/handshake.spec:47');
  while (r.pos < r.end) cipher_suites.push(r.u16('ClientHello.cipher_suites@specs/tls/handshake.spec:47'));
  r.leave(cipher_suitesEnd, 'ClientHello.cipher_suites@specs/tls/handshake.spec:47');
  const legacy_compression_methods = r.raw(r.vectorLength(1, 1, 255, 1, 'ClientHello.legacy_compression_methods@specs/tls/handshake.spec:48'), 'ClientHello.legacy_compression_methods@specs/tls/handshake.spec:48');
  const extensions: Extension[] = [];
  const extensionsEnd = r.enter(r.vectorLength(2, 8, 65535, 1, 'ClientHello.extensions@specs/tls/handshake.spec:50'), 'ClientHello.extensions@specs/tls/handshake.spec:50');
  while (r.pos < r.end) extensions.push(readExtension(r, { msgType: HandshakeType.client_hello }));
  r.leave(extensionsEnd, 'ClientHello.extensions@specs/tls/handshake.spec:50');
  return { legacy_version, random, legacy_session_id, cipher_suites, legacy_compression_methods, extensions };
}

/** Write a {@link ClientHello}. */
export function writeClientHello(w: Writer, v: ClientHello): void {
  w.u16((v.legacy_version ?? 0x0303), 'ClientHello.legacy_version@specs/tls/handshake.spec:44');
  w.fixed(v.random, 32, 'ClientHello.random@specs/tls/handshake.spec:45');
  const legacy_session_idMark = w.beginLength(1);
  w.raw(v.legacy_session_id, 'ClientHello.legacy_session_id@specs/tls/handshake.spec:46');
  w.endLength(legacy_session_idMark, 1, 0, 32, 1, 'ClientHello.legacy_session_id@specs/tls/handshake.spec:46');
  const cipher_suitesMark = w.beginLength(2);
  for (const item of v.cipher_suites) w.u16(item, 'ClientHello.cipher_suites@specs/tls/handshake.spec:47');
  w.endLength(cipher_suitesMark, 2, 2, 65534, 2, 'ClientHello.cipher_suites@specs/tls/handshake.spec:47');
  const legacy_compression_methodsMark = w.beginLength(1);
  w.raw(v.legacy_compression_methods, 'ClientHello.legacy_compression_methods@specs/tls/handshake.spec:48');
  w.endLength(legacy_compression_methodsMark, 1, 1, 255, 1, 'ClientHello.legacy_compression_methods@specs/tls/handshake.spec:48');
  const extensionsMark = w.beginLength(2);
  for (const item of v.extensions) writeExtension(w, item);
  w.endLength(extensionsMark, 2, 8, 65535, 1, 'ClientHello.extensions@specs/tls/handshake.spec:50');
}

/** Decode a whole {@link ClientHello}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeClientHello(bytes: Uint8Array): ClientHello {
  const r = new Reader(bytes);
  const v = readClientHello(r);
  r.done('ClientHello@specs/tls/handshake.spec:51');
  return v;
}

/** Encode a {@link ClientHello}. */
export function encodeClientHello(v: ClientHello): Uint8Array {
  const w = new Writer();
  writeClientHello(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.1.3 */
export interface ServerHello {
  /** TLS v1.2. Default: 0x0303. */
  legacy_version?: ProtocolVersion;
  random: Uint8Array;
  /** Wire: <0..32> bytes. */
  legacy_session_id_echo: Uint8Array;
  cipher_suite: CipherSuite;
  /** Default: 0. */
  legacy_compression_method?: number;
  /** Wire: <6..65535> bytes. */
  extensions: Extension[];
}

/** Read a {@link ServerHello} at the reader's position. */
export function readServerHello(r: Reader): ServerHello {
  const legacy_version = r.u16('ServerHello.legacy_version@specs/tls/handshake.spec:55');
  const random = r.raw(32, 'ServerHello.random@specs/tls/handshake.spec:56');
  const legacy_session_id_echo = r.raw(r.vectorLength(1, 0, 32, 1, 'ServerHello.legacy_session_id_echo@specs/tls/handshake.spec:57'), 'ServerHello.legacy_session_id_echo@specs/tls/handshake.spec:57');
  const cipher_suite = r.u16('ServerHello.cipher_suite@specs/tls/handshake.spec:58');
  const legacy_compression_method = r.u8('ServerHello.legacy_compression_method@specs/tls/handshake.spec:59');
  const extensions: Extension[] = [];
  const extensionsEnd = r.enter(r.vectorLength(2, 6, 65535, 1, 'ServerHello.extensions@specs/tls/handshake.spec:61'), 'ServerHello.extensions@specs/tls/handshake.spec:61');
  while (r.pos < r.end) extensions.push(readExtension(r, { msgType: HandshakeType.server_hello }));
  r.leave(extensionsEnd, 'ServerHello.extensions@specs/tls/handshake.spec:61');
  return { legacy_version, random, legacy_session_id_echo, cipher_suite, legacy_compression_method, extensions };
}

/** Write a {@link ServerHello}. */
export function writeServerHello(w: Writer, v: ServerHello): void {
  w.u16((v.legacy_version ?? 0x0303), 'ServerHello.legacy_version@specs/tls/handshake.spec:55');
  w.fixed(v.random, 32, 'ServerHello.random@specs/tls/handshake.spec:56');
  const legacy_session_id_echoMark = w.beginLength(1);
  w.raw(v.legacy_session_id_echo, 'ServerHello.legacy_session_id_echo@specs/tls/handshake.spec:57');
  w.endLength(legacy_session_id_echoMark, 1, 0, 32, 1, 'ServerHello.legacy_session_id_echo@specs/tls/handshake.spec:57');
  w.u16(v.cipher_suite, 'ServerHello.cipher_suite@specs/tls/handshake.spec:58');
  w.u8((v.legacy_compression_method ?? 0), 'ServerHello.legacy_compression_method@specs/tls/handshake.spec:59');
  const extensionsMark = w.beginLength(2);
  for (const item of v.extensions) writeExtension(w, item);
  w.endLength(extensionsMark, 2, 6, 65535, 1, 'ServerHello.extensions@specs/tls/handshake.spec:61');
}

/** Decode a whole {@link ServerHello}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeServerHello(bytes: Uint8Array): ServerHello {
  const r = new Reader(bytes);
  const v = readServerHello(r);
  r.done('ServerHello@specs/tls/handshake.spec:62');
  return v;
}

/** Encode a {@link ServerHello}. */
export function encodeServerHello(v: ServerHello): Uint8Array {
  const w = new Writer();
  writeServerHello(w, v);
  return w.finish();
}

/**
 * The same layout as ServerHello, sent with msg_type server_hello and recognised by its random,
 * which is SHA-256("HelloRetryRequest"):
 * CF 21 AD 74 E5 9A 61 11 BE 1D 8C 02 1E 65 B8 91 C2 A2 11 16 7A BB 8C 5E 07 9E 09 E2 C8 A8 33 9C
 * Its extensions are decoded in the hello_retry_request context (key_share holds only a group).
 * @see RFC 8446 §4.1.4
 */
export interface HelloRetryRequest {
  /** Default: 0x0303. */
  legacy_version?: ProtocolVersion;
  random: Uint8Array;
  /** Wire: <0..32> bytes. */
  legacy_session_id_echo: Uint8Array;
  cipher_suite: CipherSuite;
  /** Default: 0. */
  legacy_compression_method?: number;
  /** Wire: <6..65535> bytes. */
  extensions: Extension[];
}

/** Read a {@link HelloRetryRequest} at the reader's position. */
export function readHelloRetryRequest(r: Reader): HelloRetryRequest {
  const legacy_version = r.u16('HelloRetryRequest.legacy_version@specs/tls/handshake.spec:72');
  const random = r.raw(32, 'HelloRetryRequest.random@specs/tls/handshake.spec:73');
  const legacy_session_id_echo = r.raw(r.vectorLength(1, 0, 32, 1, 'HelloRetryRequest.legacy_session_id_echo@specs/tls/handshake.spec:74'), 'HelloRetryRequest.legacy_session_id_echo@specs/tls/handshake.spec:74');
  const cipher_suite = r.u16('HelloRetryRequest.cipher_suite@specs/tls/handshake.spec:75');
  const legacy_compression_method = r.u8('HelloRetryRequest.legacy_compression_method@specs/tls/handshake.spec:76');
  const extensions: Extension[] = [];
  const extensionsEnd = r.enter(r.vectorLength(2, 6, 65535, 1, 'HelloRetryRequest.extensions@specs/tls/handshake.spec:78'), 'HelloRetryRequest.extensions@specs/tls/handshake.spec:78');
  while (r.pos < r.end) extensions.push(readExtension(r, { msgType: HandshakeType.hello_retry_request }));
  r.leave(extensionsEnd, 'HelloRetryRequest.extensions@specs/tls/handshake.spec:78');
  return { legacy_version, random, legacy_session_id_echo, cipher_suite, legacy_compression_method, extensions };
}

/** Write a {@link HelloRetryRequest}. */
export function writeHelloRetryRequest(w: Writer, v: HelloRetryRequest): void {
  w.u16((v.legacy_version ?? 0x0303), 'HelloRetryRequest.legacy_version@specs/tls/handshake.spec:72');
  w.fixed(v.random, 32, 'HelloRetryRequest.random@specs/tls/handshake.spec:73');
  const legacy_session_id_echoMark = w.beginLength(1);
  w.raw(v.legacy_session_id_echo, 'HelloRetryRequest.legacy_session_id_echo@specs/tls/handshake.spec:74');
  w.endLength(legacy_session_id_echoMark, 1, 0, 32, 1, 'HelloRetryRequest.legacy_session_id_echo@specs/tls/handshake.spec:74');
  w.u16(v.cipher_suite, 'HelloRetryRequest.cipher_suite@specs/tls/handshake.spec:75');
  w.u8((v.legacy_compression_method ?? 0), 'HelloRetryRequest.legacy_compression_method@specs/tls/handshake.spec:76');
  const extensionsMark = w.beginLength(2);
  for (const item of v.extensions) writeExtension(w, item);
  w.endLength(extensionsMark, 2, 6, 65535, 1, 'HelloRetryRequest.extensions@specs/tls/handshake.spec:78');
}

/** Decode a whole {@link HelloRetryRequest}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeHelloRetryRequest(bytes: Uint8Array): HelloRetryRequest {
  const r = new Reader(bytes);
  const v = readHelloRetryRequest(r);
  r.done('HelloRetryRequest@specs/tls/handshake.spec:79');
  return v;
}

/** Encode a {@link HelloRetryRequest}. */
export function encodeHelloRetryRequest(v: HelloRetryRequest): Uint8Array {
  const w = new Writer();
  writeHelloRetryRequest(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.3.1 */
export interface EncryptedExtensions {
  /** Wire: <0..65535> bytes. */
  extensions: Extension[];
}

/** Read a {@link EncryptedExtensions} at the reader's position. */
export function readEncryptedExtensions(r: Reader): EncryptedExtensions {
  const extensions: Extension[] = [];
  const extensionsEnd = r.enter(r.vectorLength(2, 0, 65535, 1, 'EncryptedExtensions.extensions@specs/tls/handshake.spec:84'), 'EncryptedExtensions.extensions@specs/tls/handshake.spec:84');
  while (r.pos < r.end) extensions.push(readExtension(r, { msgType: HandshakeType.encrypted_extensions }));
  r.leave(extensionsEnd, 'EncryptedExtensions.extensions@specs/tls/handshake.spec:84');
  return { extensions };
}

/** Write a {@link EncryptedExtensions}. */
export function writeEncryptedExtensions(w: Writer, v: EncryptedExtensions): void {
  const extensionsMark = w.beginLength(2);
  for (const item of v.extensions) writeExtension(w, item);
  w.endLength(extensionsMark, 2, 0, 65535, 1, 'EncryptedExtensions.extensions@specs/tls/handshake.spec:84');
}

/** Decode a whole {@link EncryptedExtensions}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeEncryptedExtensions(bytes: Uint8Array): EncryptedExtensions {
  const r = new Reader(bytes);
  const v = readEncryptedExtensions(r);
  r.done('EncryptedExtensions@specs/tls/handshake.spec:85');
  return v;
}

/** Encode a {@link EncryptedExtensions}. */
export function encodeEncryptedExtensions(v: EncryptedExtensions): Uint8Array {
  const w = new Writer();
  writeEncryptedExtensions(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.3.2 */
export interface CertificateRequest {
  /** Wire: <0..255> bytes. */
  certificate_request_context: Uint8Array;
  /** Wire: <2..65535> bytes. */
  extensions: Extension[];
}

/** Read a {@link CertificateRequest} at the reader's position. */
export function readCertificateRequest(r: Reader): CertificateRequest {
  const certificate_request_context = r.raw(r.vectorLength(1, 0, 255, 1, 'CertificateRequest.certificate_request_context@specs/tls/handshake.spec:89'), 'CertificateRequest.certificate_request_context@specs/tls/handshake.spec:89');
  const extensions: Extension[] = [];
  const extensionsEnd = r.enter(r.vectorLength(2, 2, 65535, 1, 'CertificateRequest.extensions@specs/tls/handshake.spec:91'), 'CertificateRequest.extensions@specs/tls/handshake.spec:91');
  while (r.pos < r.end) extensions.push(readExtension(r, { msgType: HandshakeType.certificate_request }));
  r.leave(extensionsEnd, 'CertificateRequest.extensions@specs/tls/handshake.spec:91');
  return { certificate_request_context, extensions };
}

/** Write a {@link CertificateRequest}. */
export function writeCertificateRequest(w: Writer, v: CertificateRequest): void {
  const certificate_request_contextMark = w.beginLength(1);
  w.raw(v.certificate_request_context, 'CertificateRequest.certificate_request_context@specs/tls/handshake.spec:89');
  w.endLength(certificate_request_contextMark, 1, 0, 255, 1, 'CertificateRequest.certificate_request_context@specs/tls/handshake.spec:89');
  const extensionsMark = w.beginLength(2);
  for (const item of v.extensions) writeExtension(w, item);
  w.endLength(extensionsMark, 2, 2, 65535, 1, 'CertificateRequest.extensions@specs/tls/handshake.spec:91');
}

/** Decode a whole {@link CertificateRequest}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeCertificateRequest(bytes: Uint8Array): CertificateRequest {
  const r = new Reader(bytes);
  const v = readCertificateRequest(r);
  r.done('CertificateRequest@specs/tls/handshake.spec:92');
  return v;
}

/** Encode a {@link CertificateRequest}. */
export function encodeCertificateRequest(v: CertificateRequest): Uint8Array {
  const w = new Writer();
  writeCertificateRequest(w, v);
  return w.finish();
}

/**
 * The certificate type negotiated by client_/server_certificate_type (RFC 7250); X509 by default.
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 8446 §4.4.2
 */
export const CertificateType = {
  X509: 0x00,
  OpenPGP_RESERVED: 0x01,
  RawPublicKey: 0x02,
} as const;
export type CertificateType = (typeof CertificateType)[keyof typeof CertificateType] | (number & {});
/** Member names of {@link CertificateType} by value. */
export const CertificateTypeNames: ReadonlyMap<number, string> = new Map(Object.entries(CertificateType).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function CertificateTypeName(value: number): string {
  return enumName(CertificateTypeNames, value, 1);
}

/** What decoding a CertificateEntry needs to know that is not on the wire. */
export interface CertificateEntryContext {
  certificateType: CertificateType;
}

/** The variants of CertificateEntry.body, keyed by certificate_type. */
export type CertificateEntryBody = { case: 'RawPublicKey'; value: CertificateEntryRawPublicKey } | { case: 'X509'; value: CertificateEntryX509 };

/**
 * The certificate type is not on the wire: it is the negotiated one, a context parameter. The
 * RFC's select has no name, so it is the field `body`.
 * @see RFC 8446 §4.4.2
 */
export interface CertificateEntry {
  body: CertificateEntryBody;
  /** Wire: <0..65535> bytes. */
  extensions: Extension[];
}

/** Read a {@link CertificateEntry} at the reader's position. */
export function readCertificateEntry(r: Reader, ctx: CertificateEntryContext): CertificateEntry {
  let body: CertificateEntryBody;
  switch (ctx.certificateType) {
    case CertificateType.RawPublicKey:
      body = { case: 'RawPublicKey', value: readCertificateEntryRawPublicKey(r) };
      break;
    case CertificateType.X509:
      body = { case: 'X509', value: readCertificateEntryX509(r) };
      break;
    default:
      throw new DecodeError('CertificateEntry.body@specs/tls/handshake.spec:112', `no case for certificate_type ${String(ctx.certificateType)}`);
  }
  const extensions: Extension[] = [];
  const extensionsEnd = r.enter(r.vectorLength(2, 0, 65535, 1, 'CertificateEntry.extensions@specs/tls/handshake.spec:121'), 'CertificateEntry.extensions@specs/tls/handshake.spec:121');
  while (r.pos < r.end) extensions.push(readExtension(r, { ...ctx, msgType: HandshakeType.certificate }));
  r.leave(extensionsEnd, 'CertificateEntry.extensions@specs/tls/handshake.spec:121');
  return { body, extensions };
}

/** Write a {@link CertificateEntry}. */
export function writeCertificateEntry(w: Writer, v: CertificateEntry): void {
  const body = v.body;
  switch (body.case) {
    case 'RawPublicKey':
      writeCertificateEntryRawPublicKey(w, body.value);
      break;
    case 'X509':
      writeCertificateEntryX509(w, body.value);
      break;
    default:
      throw new EncodeError('CertificateEntry.body@specs/tls/handshake.spec:112', `unknown case ${String((body as { case: unknown }).case)}`);
  }
  const extensionsMark = w.beginLength(2);
  for (const item of v.extensions) writeExtension(w, item);
  w.endLength(extensionsMark, 2, 0, 65535, 1, 'CertificateEntry.extensions@specs/tls/handshake.spec:121');
}

/** Decode a whole {@link CertificateEntry}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeCertificateEntry(bytes: Uint8Array, ctx: CertificateEntryContext): CertificateEntry {
  const r = new Reader(bytes);
  const v = readCertificateEntry(r, ctx);
  r.done('CertificateEntry@specs/tls/handshake.spec:122');
  return v;
}

/** Encode a {@link CertificateEntry}. */
export function encodeCertificateEntry(v: CertificateEntry): Uint8Array {
  const w = new Writer();
  writeCertificateEntry(w, v);
  return w.finish();
}

/**
 * The RawPublicKey arm of CertificateEntry.
 * @see RFC 8446 §4.4.2
 */
export interface CertificateEntryRawPublicKey {
  /** From RFC 7250 ASN.1_subjectPublicKeyInfo. Wire: <1..16777215> bytes. */
  ASN1_subjectPublicKeyInfo: Uint8Array;
}

/** Read a {@link CertificateEntryRawPublicKey} at the reader's position. */
export function readCertificateEntryRawPublicKey(r: Reader): CertificateEntryRawPublicKey {
  const ASN1_subjectPublicKeyInfo = r.raw(r.vectorLength(3, 1, 16777215, 1, 'CertificateEntryRawPublicKey.ASN1_subjectPublicKeyInfo@specs/tls/handshake.spec:115'), 'CertificateEntryRawPublicKey.ASN1_subjectPublicKeyInfo@specs/tls/handshake.spec:115');
  return { ASN1_subjectPublicKeyInfo };
}

/** Write a {@link CertificateEntryRawPublicKey}. */
export function writeCertificateEntryRawPublicKey(w: Writer, v: CertificateEntryRawPublicKey): void {
  const ASN1_subjectPublicKeyInfoMark = w.beginLength(3);
  w.raw(v.ASN1_subjectPublicKeyInfo, 'CertificateEntryRawPublicKey.ASN1_subjectPublicKeyInfo@specs/tls/handshake.spec:115');
  w.endLength(ASN1_subjectPublicKeyInfoMark, 3, 1, 16777215, 1, 'CertificateEntryRawPublicKey.ASN1_subjectPublicKeyInfo@specs/tls/handshake.spec:115');
}

/** Decode a whole {@link CertificateEntryRawPublicKey}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeCertificateEntryRawPublicKey(bytes: Uint8Array): CertificateEntryRawPublicKey {
  const r = new Reader(bytes);
  const v = readCertificateEntryRawPublicKey(r);
  r.done('CertificateEntryRawPublicKey@specs/tls/handshake.spec:113');
  return v;
}

/** Encode a {@link CertificateEntryRawPublicKey}. */
export function encodeCertificateEntryRawPublicKey(v: CertificateEntryRawPublicKey): Uint8Array {
  const w = new Writer();
  writeCertificateEntryRawPublicKey(w, v);
  return w.finish();
}

/**
 * The X509 arm of CertificateEntry.
 * @see RFC 8446 §4.4.2
 */
export interface CertificateEntryX509 {
  /** Wire: <1..16777215> bytes. */
  cert_data: Uint8Array;
}

/** Read a {@link CertificateEntryX509} at the reader's position. */
export function readCertificateEntryX509(r: Reader): CertificateEntryX509 {
  const cert_data = r.raw(r.vectorLength(3, 1, 16777215, 1, 'CertificateEntryX509.cert_data@specs/tls/handshake.spec:118'), 'CertificateEntryX509.cert_data@specs/tls/handshake.spec:118');
  return { cert_data };
}

/** Write a {@link CertificateEntryX509}. */
export function writeCertificateEntryX509(w: Writer, v: CertificateEntryX509): void {
  const cert_dataMark = w.beginLength(3);
  w.raw(v.cert_data, 'CertificateEntryX509.cert_data@specs/tls/handshake.spec:118');
  w.endLength(cert_dataMark, 3, 1, 16777215, 1, 'CertificateEntryX509.cert_data@specs/tls/handshake.spec:118');
}

/** Decode a whole {@link CertificateEntryX509}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeCertificateEntryX509(bytes: Uint8Array): CertificateEntryX509 {
  const r = new Reader(bytes);
  const v = readCertificateEntryX509(r);
  r.done('CertificateEntryX509@specs/tls/handshake.spec:117');
  return v;
}

/** Encode a {@link CertificateEntryX509}. */
export function encodeCertificateEntryX509(v: CertificateEntryX509): Uint8Array {
  const w = new Writer();
  writeCertificateEntryX509(w, v);
  return w.finish();
}

/** What decoding a Certificate needs to know that is not on the wire. */
export interface CertificateContext {
  certificateType: CertificateType;
}

/** @see RFC 8446 §4.4.2 */
export interface Certificate {
  /** Wire: <0..255> bytes. */
  certificate_request_context: Uint8Array;
  /** Wire: <0..16777215> bytes. */
  certificate_list: CertificateEntry[];
}

/** Read a {@link Certificate} at the reader's position. */
export function readCertificate(r: Reader, ctx: CertificateContext): Certificate {
  const certificate_request_context = r.raw(r.vectorLength(1, 0, 255, 1, 'Certificate.certificate_request_context@specs/tls/handshake.spec:127'), 'Certificate.certificate_request_context@specs/tls/handshake.spec:127');
  const certificate_list: CertificateEntry[] = [];
  const certificate_listEnd = r.enter(r.vectorLength(3, 0, 16777215, 1, 'Certificate.certificate_list@specs/tls/handshake.spec:128'), 'Certificate.certificate_list@specs/tls/handshake.spec:128');
  while (r.pos < r.end) certificate_list.push(readCertificateEntry(r, ctx));
  r.leave(certificate_listEnd, 'Certificate.certificate_list@specs/tls/handshake.spec:128');
  return { certificate_request_context, certificate_list };
}

/** Write a {@link Certificate}. */
export function writeCertificate(w: Writer, v: Certificate): void {
  const certificate_request_contextMark = w.beginLength(1);
  w.raw(v.certificate_request_context, 'Certificate.certificate_request_context@specs/tls/handshake.spec:127');
  w.endLength(certificate_request_contextMark, 1, 0, 255, 1, 'Certificate.certificate_request_context@specs/tls/handshake.spec:127');
  const certificate_listMark = w.beginLength(3);
  for (const item of v.certificate_list) writeCertificateEntry(w, item);
  w.endLength(certificate_listMark, 3, 0, 16777215, 1, 'Certificate.certificate_list@specs/tls/handshake.spec:128');
}

/** Decode a whole {@link Certificate}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeCertificate(bytes: Uint8Array, ctx: CertificateContext): Certificate {
  const r = new Reader(bytes);
  const v = readCertificate(r, ctx);
  r.done('Certificate@specs/tls/handshake.spec:129');
  return v;
}

/** Encode a {@link Certificate}. */
export function encodeCertificate(v: Certificate): Uint8Array {
  const w = new Writer();
  writeCertificate(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.4.3 */
export interface CertificateVerify {
  algorithm: SignatureScheme;
  /** Wire: <0..65535> bytes. */
  signature: Uint8Array;
}

/** Read a {@link CertificateVerify} at the reader's position. */
export function readCertificateVerify(r: Reader): CertificateVerify {
  const algorithm = r.u16('CertificateVerify.algorithm@specs/tls/handshake.spec:133');
  const signature = r.raw(r.vectorLength(2, 0, 65535, 1, 'CertificateVerify.signature@specs/tls/handshake.spec:134'), 'CertificateVerify.signature@specs/tls/handshake.spec:134');
  return { algorithm, signature };
}

/** Write a {@link CertificateVerify}. */
export function writeCertificateVerify(w: Writer, v: CertificateVerify): void {
  w.u16(v.algorithm, 'CertificateVerify.algorithm@specs/tls/handshake.spec:133');
  const signatureMark = w.beginLength(2);
  w.raw(v.signature, 'CertificateVerify.signature@specs/tls/handshake.spec:134');
  w.endLength(signatureMark, 2, 0, 65535, 1, 'CertificateVerify.signature@specs/tls/handshake.spec:134');
}

/** Decode a whole {@link CertificateVerify}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeCertificateVerify(bytes: Uint8Array): CertificateVerify {
  const r = new Reader(bytes);
  const v = readCertificateVerify(r);
  r.done('CertificateVerify@specs/tls/handshake.spec:135');
  return v;
}

/** Encode a {@link CertificateVerify}. */
export function encodeCertificateVerify(v: CertificateVerify): Uint8Array {
  const w = new Writer();
  writeCertificateVerify(w, v);
  return w.finish();
}

/**
 * RFC 8446: `opaque verify_data[Hash.length];` - the length is that of the suite's hash, known
 * only from the handshake state; the codec takes the whole body and the handshake checks the size.
 * @see RFC 8446 §4.4.4
 */
export interface Finished {
  verify_data: Uint8Array;
}

/** Read a {@link Finished} at the reader's position. */
export function readFinished(r: Reader): Finished {
  const verify_data = r.rest();
  return { verify_data };
}

/** Write a {@link Finished}. */
export function writeFinished(w: Writer, v: Finished): void {
  w.raw(v.verify_data, 'Finished.verify_data@specs/tls/handshake.spec:143');
}

/** Decode a whole {@link Finished}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeFinished(bytes: Uint8Array): Finished {
  const r = new Reader(bytes);
  const v = readFinished(r);
  r.done('Finished@specs/tls/handshake.spec:144');
  return v;
}

/** Encode a {@link Finished}. */
export function encodeFinished(v: Finished): Uint8Array {
  const w = new Writer();
  writeFinished(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.5 */
export interface EndOfEarlyData {
}

/** Read a {@link EndOfEarlyData} at the reader's position. */
export function readEndOfEarlyData(r: Reader): EndOfEarlyData {
  return {};
}

/** Write a {@link EndOfEarlyData}. */
export function writeEndOfEarlyData(w: Writer, v: EndOfEarlyData): void {

}

/** Decode a whole {@link EndOfEarlyData}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeEndOfEarlyData(bytes: Uint8Array): EndOfEarlyData {
  const r = new Reader(bytes);
  const v = readEndOfEarlyData(r);
  r.done('EndOfEarlyData@specs/tls/handshake.spec:147');
  return v;
}

/** Encode a {@link EndOfEarlyData}. */
export function encodeEndOfEarlyData(v: EndOfEarlyData): Uint8Array {
  const w = new Writer();
  writeEndOfEarlyData(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.6.1 */
export interface NewSessionTicket {
  ticket_lifetime: number;
  ticket_age_add: number;
  /** Wire: <0..255> bytes. */
  ticket_nonce: Uint8Array;
  /** Wire: <1..65535> bytes. */
  ticket: Uint8Array;
  /** Wire: <0..65534> bytes. */
  extensions: Extension[];
}

/** Read a {@link NewSessionTicket} at the reader's position. */
export function readNewSessionTicket(r: Reader): NewSessionTicket {
  const ticket_lifetime = r.u32('NewSessionTicket.ticket_lifetime@specs/tls/handshake.spec:151');
  const ticket_age_add = r.u32('NewSessionTicket.ticket_age_add@specs/tls/handshake.spec:152');
  const ticket_nonce = r.raw(r.vectorLength(1, 0, 255, 1, 'NewSessionTicket.ticket_nonce@specs/tls/handshake.spec:153'), 'NewSessionTicket.ticket_nonce@specs/tls/handshake.spec:153');
  const ticket = r.raw(r.vectorLength(2, 1, 65535, 1, 'NewSessionTicket.ticket@specs/tls/handshake.spec:154'), 'NewSessionTicket.ticket@specs/tls/handshake.spec:154');
  const extensions: Extension[] = [];
  const extensionsEnd = r.enter(r.vectorLength(2, 0, 65534, 1, 'NewSessionTicket.extensions@specs/tls/handshake.spec:156'), 'NewSessionTicket.extensions@specs/tls/handshake.spec:156');
  while (r.pos < r.end) extensions.push(readExtension(r, { msgType: HandshakeType.new_session_ticket }));
  r.leave(extensionsEnd, 'NewSessionTicket.extensions@specs/tls/handshake.spec:156');
  return { ticket_lifetime, ticket_age_add, ticket_nonce, ticket, extensions };
}

/** Write a {@link NewSessionTicket}. */
export function writeNewSessionTicket(w: Writer, v: NewSessionTicket): void {
  w.u32(v.ticket_lifetime, 'NewSessionTicket.ticket_lifetime@specs/tls/handshake.spec:151');
  w.u32(v.ticket_age_add, 'NewSessionTicket.ticket_age_add@specs/tls/handshake.spec:152');
  const ticket_nonceMark = w.beginLength(1);
  w.raw(v.ticket_nonce, 'NewSessionTicket.ticket_nonce@specs/tls/handshake.spec:153');
  w.endLength(ticket_nonceMark, 1, 0, 255, 1, 'NewSessionTicket.ticket_nonce@specs/tls/handshake.spec:153');
  const ticketMark = w.beginLength(2);
  w.raw(v.ticket, 'NewSessionTicket.ticket@specs/tls/handshake.spec:154');
  w.endLength(ticketMark, 2, 1, 65535, 1, 'NewSessionTicket.ticket@specs/tls/handshake.spec:154');
  const extensionsMark = w.beginLength(2);
  for (const item of v.extensions) writeExtension(w, item);
  w.endLength(extensionsMark, 2, 0, 65534, 1, 'NewSessionTicket.extensions@specs/tls/handshake.spec:156');
}

/** Decode a whole {@link NewSessionTicket}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeNewSessionTicket(bytes: Uint8Array): NewSessionTicket {
  const r = new Reader(bytes);
  const v = readNewSessionTicket(r);
  r.done('NewSessionTicket@specs/tls/handshake.spec:157');
  return v;
}

/** Encode a {@link NewSessionTicket}. */
export function encodeNewSessionTicket(v: NewSessionTicket): Uint8Array {
  const w = new Writer();
  writeNewSessionTicket(w, v);
  return w.finish();
}

/**
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 8446 §4.6.3
 */
export const KeyUpdateRequest = {
  update_not_requested: 0x00,
  update_requested: 0x01,
} as const;
export type KeyUpdateRequest = (typeof KeyUpdateRequest)[keyof typeof KeyUpdateRequest] | (number & {});
/** Member names of {@link KeyUpdateRequest} by value. */
export const KeyUpdateRequestNames: ReadonlyMap<number, string> = new Map(Object.entries(KeyUpdateRequest).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function KeyUpdateRequestName(value: number): string {
  return enumName(KeyUpdateRequestNames, value, 1);
}

/** @see RFC 8446 §4.6.3 */
export interface KeyUpdate {
  request_update: KeyUpdateRequest;
}

/** Read a {@link KeyUpdate} at the reader's position. */
export function readKeyUpdate(r: Reader): KeyUpdate {
  const request_update = r.u8('KeyUpdate.request_update@specs/tls/handshake.spec:166');
  return { request_update };
}

/** Write a {@link KeyUpdate}. */
export function writeKeyUpdate(w: Writer, v: KeyUpdate): void {
  w.u8(v.request_update, 'KeyUpdate.request_update@specs/tls/handshake.spec:166');
}

/** Decode a whole {@link KeyUpdate}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeKeyUpdate(bytes: Uint8Array): KeyUpdate {
  const r = new Reader(bytes);
  const v = readKeyUpdate(r);
  r.done('KeyUpdate@specs/tls/handshake.spec:167');
  return v;
}

/** Encode a {@link KeyUpdate}. */
export function encodeKeyUpdate(v: KeyUpdate): Uint8Array {
  const w = new Writer();
  writeKeyUpdate(w, v);
  return w.finish();
}
