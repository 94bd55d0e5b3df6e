// Generated from specs/tls/handshake12.spec by otpnet-gen. Do not edit.
import { DecodeError, EncodeError, enumName, Reader, Writer } from '@otpnet/wire';
import { CipherSuite } from './cipher-suites.js';
import { HandshakeType, ProtocolVersion } from './common.js';
import { type CertificateStatus, type DistinguishedName, type Extension, readCertificateStatus, readDistinguishedName, readExtension, writeCertificateStatus, writeDistinguishedName, writeExtension } from './extensions.js';
import { NamedGroup } from './named-groups.js';
import { SignatureScheme } from './signature-schemes.js';

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
export type KeyExchangeAlgorithm = (typeof KeyExchangeAlgorithm)[keyof typeof KeyExchangeAlgorithm] | (number & {});
/** Member names of {@link KeyExchangeAlgorithm} by value. */
export const KeyExchangeAlgorithmNames: ReadonlyMap<number, string> = new Map(Object.entries(KeyExchangeAlgorithm).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function KeyExchangeAlgorithmName(value: number): string {
  return enumName(KeyExchangeAlgorithmNames, value, 1);
}

/** What decoding a Handshake12 needs to know that is not on the wire. */
export interface Handshake12Context {
  kex: KeyExchangeAlgorithm;
}

/** The variants of Handshake12.body, keyed by msg_type. */
export type Handshake12Body = { case: 'hello_request'; value: HelloRequest } | { case: 'client_hello'; value: ClientHello12 } | { case: 'server_hello'; value: ServerHello12 } | { case: 'certificate'; value: Certificate12 } | { case: 'server_key_exchange'; value: ServerKeyExchange } | { case: 'certificate_request'; value: CertificateRequest12 } | { case: 'server_hello_done'; value: ServerHelloDone } | { case: 'certificate_verify'; value: DigitallySigned } | { case: 'client_key_exchange'; value: ClientKeyExchange } | { case: 'finished'; value: Finished12 } | { case: 'new_session_ticket'; value: NewSessionTicket12 } | { case: 'certificate_status'; value: CertificateStatus } | { case: undefined; value: Uint8Array };

/**
 * A framing for TLS 1.2 handshake messages: the same header as RFC 8446's Handshake, with the TLS 1.2
 * bodies. ServerKeyExchange and ClientKeyExchange depend on the negotiated key exchange, a context
 * parameter that flows down to them.
 * @see RFC 5246 §7.4
 */
export interface Handshake12 {
  msg_type: HandshakeType;
  /** Wire: <0..16777215> bytes. */
  body: Handshake12Body;
}

/** Read a {@link Handshake12} at the reader's position. */
export function readHandshake12(r: Reader, ctx: Handshake12Context): Handshake12 {
  const msg_type = r.u8('Handshake12.msg_type@specs/tls/handshake12.spec:34');
  let body: Handshake12Body;
  const bodyEnd = r.enter(r.vectorLength(3, 0, 16777215, 1, 'Handshake12.body@specs/tls/handshake12.spec:49'), 'Handshake12.body@specs/tls/handshake12.spec:49');
  switch (msg_type) {
    case HandshakeType.hello_request:
      body = { case: 'hello_request', value: readHelloRequest(r) };
      break;
    case HandshakeType.client_hello:
      body = { case: 'client_hello', value: readClientHello12(r) };
      break;
    case HandshakeType.server_hello:
      body = { case: 'server_hello', value: readServerHello12(r) };
      break;
    case HandshakeType.certificate:
      body = { case: 'certificate', value: readCertificate12(r) };
      break;
    case HandshakeType.server_key_exchange:
      body = { case: 'server_key_exchange', value: readServerKeyExchange(r, ctx) };
      break;
    case HandshakeType.certificate_request:
      body = { case: 'certificate_request', value: readCertificateRequest12(r) };
      break;
    case HandshakeType.server_hello_done:
      body = { case: 'server_hello_done', value: readServerHelloDone(r) };
      break;
    case HandshakeType.certificate_verify:
      body = { case: 'certificate_verify', value: readDigitallySigned(r) };
      break;
    case HandshakeType.client_key_exchange:
      body = { case: 'client_key_exchange', value: readClientKeyExchange(r, ctx) };
      break;
    case HandshakeType.finished:
      body = { case: 'finished', value: readFinished12(r) };
      break;
    case HandshakeType.new_session_ticket:
      body = { case: 'new_session_ticket', value: readNewSessionTicket12(r) };
      break;
    case HandshakeType.certificate_status:
      body = { case: 'certificate_status', value: readCertificateStatus(r) };
      break;
    default:
      body = { case: undefined, value: r.rest() };
      break;
  }
  r.leave(bodyEnd, 'Handshake12.body@specs/tls/handshake12.spec:49');
  return { msg_type, body };
}

/** Write a {@link Handshake12}. */
export function writeHandshake12(w: Writer, v: Handshake12): void {
  w.u8(v.msg_type, 'Handshake12.msg_type@specs/tls/handshake12.spec:34');
  const body = v.body;
  const bodyMark = w.beginLength(3);
  switch (body.case) {
    case 'hello_request':
      if (v.msg_type !== HandshakeType.hello_request) throw new EncodeError('Handshake12.body@specs/tls/handshake12.spec:49', `case hello_request needs msg_type = hello_request, got ${String(v.msg_type)}`);
      writeHelloRequest(w, body.value);
      break;
    case 'client_hello':
      if (v.msg_type !== HandshakeType.client_hello) throw new EncodeError('Handshake12.body@specs/tls/handshake12.spec:49', `case client_hello needs msg_type = client_hello, got ${String(v.msg_type)}`);
      writeClientHello12(w, body.value);
      break;
    case 'server_hello':
      if (v.msg_type !== HandshakeType.server_hello) throw new EncodeError('Handshake12.body@specs/tls/handshake12.spec:49', `case server_hello needs msg_type = server_hello, got ${String(v.msg_type)}`);
      writeServerHello12(w, body.value);
      break;
    case 'certificate':
      if (v.msg_type !== HandshakeType.certificate) throw new EncodeError('Handshake12.body@specs/tls/handshake12.spec:49', `case certificate needs msg_type = certificate, got ${String(v.msg_type)}`);
      writeCertificate12(w, body.value);
      break;
    case 'server_key_exchange':
      if (v.msg_type !== HandshakeType.server_key_exchange) throw new EncodeError('Handshake12.body@specs/tls/handshake12.spec:49', `case server_key_exchange needs msg_type = server_key_exchange, got ${String(v.msg_type)}`);
      writeServerKeyExchange(w, body.value);
      break;
    case 'certificate_request':
      if (v.msg_type !== HandshakeType.certificate_request) throw new EncodeError('Handshake12.body@specs/tls/handshake12.spec:49', `case certificate_request needs msg_type = certificate_request, got ${String(v.msg_type)}`);
      writeCertificateRequest12(w, body.value);
      break;
    case 'server_hello_done':
      if (v.msg_type !== HandshakeType.server_hello_done) throw new EncodeError('Handshake12.body@specs/tls/handshake12.spec:49', `case server_hello_done needs msg_type = server_hello_done, got ${String(v.msg_type)}`);
      writeServerHelloDone(w, body.value);
      break;
    case 'certificate_verify':
      if (v.msg_type !== HandshakeType.certificate_verify) throw new EncodeError('Handshake12.body@specs/tls/handshake12.spec:49', `case certificate_verify needs msg_type = certificate_verify, got ${String(v.msg_type)}`);
      writeDigitallySigned(w, body.value);
      break;
    case 'client_key_exchange':
      if (v.msg_type !== HandshakeType.client_key_exchange) throw new EncodeError('Handshake12.body@specs/tls/handshake12.spec:49', `case client_key_exchange needs msg_type = client_key_exchange, got ${String(v.msg_type)}`);
      writeClientKeyExchange(w, body.value);
      break;
    case 'finished':
      if (v.msg_type !== HandshakeType.finished) throw new EncodeError('Handshake12.body@specs/tls/handshake12.spec:49', `case finished needs msg_type = finished, got ${String(v.msg_type)}`);
      writeFinished12(w, body.value);
      break;
    case 'new_session_ticket':
      if (v.msg_type !== HandshakeType.new_session_ticket) throw new EncodeError('Handshake12.body@specs/tls/handshake12.spec:49', `case new_session_ticket needs msg_type = new_session_ticket, got ${String(v.msg_type)}`);
      writeNewSessionTicket12(w, body.value);
      break;
    case 'certificate_status':
      if (v.msg_type !== HandshakeType.certificate_status) throw new EncodeError('Handshake12.body@specs/tls/handshake12.spec:49', `case certificate_status needs msg_type = certificate_status, got ${String(v.msg_type)}`);
      writeCertificateStatus(w, body.value);
      break;
    case undefined:
      w.raw(body.value, 'Handshake12.body@specs/tls/handshake12.spec:49');
      break;
    default:
      throw new EncodeError('Handshake12.body@specs/tls/handshake12.spec:49', `unknown case ${String((body as { case: unknown }).case)}`);
  }
  w.endLength(bodyMark, 3, 0, 16777215, 1, 'Handshake12.body@specs/tls/handshake12.spec:49');
}

/** Decode a whole {@link Handshake12}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeHandshake12(bytes: Uint8Array, ctx: Handshake12Context): Handshake12 {
  const r = new Reader(bytes);
  const v = readHandshake12(r, ctx);
  r.done('Handshake12@specs/tls/handshake12.spec:50');
  return v;
}

/** Encode a {@link Handshake12}. */
export function encodeHandshake12(v: Handshake12): Uint8Array {
  const w = new Writer();
  writeHandshake12(w, v);
  return w.finish();
}

/** @see RFC 5246 §7.4.1.1 */
export interface HelloRequest {
}

/** Read a {@link HelloRequest} at the reader's position. */
export function readHelloRequest(r: Reader): HelloRequest {
  return {};
}

/** Write a {@link HelloRequest}. */
export function writeHelloRequest(w: Writer, v: HelloRequest): void {

}

/** Decode a whole {@link HelloRequest}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeHelloRequest(bytes: Uint8Array): HelloRequest {
  const r = new Reader(bytes);
  const v = readHelloRequest(r);
  r.done('HelloRequest@specs/tls/handshake12.spec:53');
  return v;
}

/** Encode a {@link HelloRequest}. */
export function encodeHelloRequest(v: HelloRequest): Uint8Array {
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
  const value = r.raw(r.vectorLength(1, 0, 32, 1, 'SessionID@specs/tls/handshake12.spec:56'), 'SessionID@specs/tls/handshake12.spec:56');
  return value;
}

/** Write a {@link SessionID}. */
export function writeSessionID(w: Writer, v: SessionID): void {
  const valueMark = w.beginLength(1);
  w.raw(v, 'SessionID@specs/tls/handshake12.spec:56');
  w.endLength(valueMark, 1, 0, 32, 1, 'SessionID@specs/tls/handshake12.spec:56');
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
export const CompressionMethodNames: ReadonlyMap<number, string> = new Map(Object.entries(CompressionMethod).map(([k, v]) => [v, k]));

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
  random: Uint8Array;
  /** Wire: <0..32> bytes. */
  session_id: Uint8Array;
  /** Wire: <2..65534> bytes. */
  cipher_suites: CipherSuite[];
  /** Wire: <1..255> bytes. */
  compression_methods: CompressionMethod[];
  /** Wire: <0..65535> bytes. */
  extensions?: Extension[];
}

/** Read a {@link ClientHello12} at the reader's position. */
export function readClientHello12(r: Reader): ClientHello12 {
  const client_version = r.u16('ClientHello12.client_version@specs/tls/handshake12.spec:70');
  const random = r.raw(32, 'ClientHello12.random@specs/tls/handshake12.spec:71');
  const session_id = r.raw(r.vectorLength(1, 0, 32, 1, 'ClientHello12.session_id@specs/tls/handshake12.spec:72'), 'ClientHello12.session_id@specs/tls/handshake12.spec:72');
  const cipher_suites: CipherSuite[] = [];
  const cipher_suitesEnd = r.enter(r.vectorLength(2, 2, 65534, 2, 'ClientHello12.cipher_suites@specs/tls/handshake12.spec:73'), 'ClientHello12.cipher_suites@specs/tls/handshake12.spec:73');
  while (r.pos < r.end) cipher_suites.push(r.u16('ClientHello12.cipher_suites@specs/tls/handshake12.spec:73'));
  r.leave(cipher_suitesEnd, 'ClientHello12.cipher_suites@specs/tls/handshake12.spec:73');
  const compression_methods: CompressionMethod[] = [];
  const compression_methodsEnd = r.enter(r.vectorLength(1, 1, 255, 1, 'ClientHello12.compression_methods@specs/tls/handshake12.spec:74'), 'ClientHello12.compression_methods@specs/tls/handshake12.spec:74');
  while (r.pos < r.end) compression_methods.push(r.u8('ClientHello12.compression_methods@specs/tls/handshake12.spec:74'));
  r.leave(compression_methodsEnd, 'ClientHello12.compression_methods@specs/tls/handshake12.spec:74');
  let extensionsPresent: Extension[] | undefined;
  if (r.pos < r.end) {
    const extensions: Extension[] = [];
    const extensionsEnd = r.enter(r.vectorLength(2, 0, 65535, 1, 'ClientHello12.extensions@specs/tls/handshake12.spec:76'), 'ClientHello12.extensions@specs/tls/handshake12.spec:76');
    while (r.pos < r.end) extensions.push(readExtension(r, { msgType: HandshakeType.client_hello }));
    r.leave(extensionsEnd, 'ClientHello12.extensions@specs/tls/handshake12.spec:76');
    extensionsPresent = extensions;
  }
  return { client_version, random, session_id, cipher_suites, compression_methods, extensions: extensionsPresent };
}

/** Write a {@link ClientHello12}. */
export function writeClientHello12(w: Writer, v: ClientHello12): void {
  w.u16(v.client_version, 'ClientHello12.client_version@specs/tls/handshake12.spec:70');
  w.fixed(v.random, 32, 'ClientHello12.random@specs/tls/handshake12.spec:71');
  const session_idMark = w.beginLength(1);
  w.raw(v.session_id, 'ClientHello12.session_id@specs/tls/handshake12.spec:72');
  w.endLength(session_idMark, 1, 0, 32, 1, 'ClientHello12.session_id@specs/tls/handshake12.spec:72');
  const cipher_suitesMark = w.beginLength(2);
  for (const item of v.cipher_suites) w.u16(item, 'ClientHello12.cipher_suites@specs/tls/handshake12.spec:73');
  w.endLength(cipher_suitesMark, 2, 2, 65534, 2, 'ClientHello12.cipher_suites@specs/tls/handshake12.spec:73');
  const compression_methodsMark = w.beginLength(1);
  for (const item of v.compression_methods) w.u8(item, 'ClientHello12.compression_methods@specs/tls/handshake12.spec:74');
  w.endLength(compression_methodsMark, 1, 1, 255, 1, 'ClientHello12.compression_methods@specs/tls/handshake12.spec:74');
  if (v.extensions !== undefined) {
    const extensionsMark = w.beginLength(2);
    for (const item of v.extensions) writeExtension(w, item);
    w.endLength(extensionsMark, 2, 0, 65535, 1, 'ClientHello12.extensions@specs/tls/handshake12.spec:76');
  }
}

/** Decode a whole {@link ClientHello12}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeClientHello12(bytes: Uint8Array): ClientHello12 {
  const r = new Reader(bytes);
  const v = readClientHello12(r);
  r.done('ClientHello12@specs/tls/handshake12.spec:77');
  return v;
}

/** Encode a {@link ClientHello12}. */
export function encodeClientHello12(v: ClientHello12): Uint8Array {
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
  random: Uint8Array;
  /** Wire: <0..32> bytes. */
  session_id: Uint8Array;
  cipher_suite: CipherSuite;
  compression_method: CompressionMethod;
  /** Wire: <0..65535> bytes. */
  extensions?: Extension[];
}

/** Read a {@link ServerHello12} at the reader's position. */
export function readServerHello12(r: Reader): ServerHello12 {
  const server_version = r.u16('ServerHello12.server_version@specs/tls/handshake12.spec:82');
  const random = r.raw(32, 'ServerHello12.random@specs/tls/handshake12.spec:83');
  const session_id = r.raw(r.vectorLength(1, 0, 32, 1, 'ServerHello12.session_id@specs/tls/handshake12.spec:84'), 'ServerHello12.session_id@specs/tls/handshake12.spec:84');
  const cipher_suite = r.u16('ServerHello12.cipher_suite@specs/tls/handshake12.spec:85');
  const compression_method = r.u8('ServerHello12.compression_method@specs/tls/handshake12.spec:86');
  let extensionsPresent: Extension[] | undefined;
  if (r.pos < r.end) {
    const extensions: Extension[] = [];
    const extensionsEnd = r.enter(r.vectorLength(2, 0, 65535, 1, 'ServerHello12.extensions@specs/tls/handshake12.spec:88'), 'ServerHello12.extensions@specs/tls/handshake12.spec:88');
    while (r.pos < r.end) extensions.push(readExtension(r, { msgType: HandshakeType.server_hello }));
    r.leave(extensionsEnd, 'ServerHello12.extensions@specs/tls/handshake12.spec:88');
    extensionsPresent = extensions;
  }
  return { server_version, random, session_id, cipher_suite, compression_method, extensions: extensionsPresent };
}

/** Write a {@link ServerHello12}. */
export function writeServerHello12(w: Writer, v: ServerHello12): void {
  w.u16(v.server_version, 'ServerHello12.server_version@specs/tls/handshake12.spec:82');
  w.fixed(v.random, 32, 'ServerHello12.random@specs/tls/handshake12.spec:83');
  const session_idMark = w.beginLength(1);
  w.raw(v.session_id, 'ServerHello12.session_id@specs/tls/handshake12.spec:84');
  w.endLength(session_idMark, 1, 0, 32, 1, 'ServerHello12.session_id@specs/tls/handshake12.spec:84');
  w.u16(v.cipher_suite, 'ServerHello12.cipher_suite@specs/tls/handshake12.spec:85');
  w.u8(v.compression_method, 'ServerHello12.compression_method@specs/tls/handshake12.spec:86');
  if (v.extensions !== undefined) {
    const extensionsMark = w.beginLength(2);
    for (const item of v.extensions) writeExtension(w, item);
    w.endLength(extensionsMark, 2, 0, 65535, 1, 'ServerHello12.extensions@specs/tls/handshake12.spec:88');
  }
}

/** Decode a whole {@link ServerHello12}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeServerHello12(bytes: Uint8Array): ServerHello12 {
  const r = new Reader(bytes);
  const v = readServerHello12(r);
  r.done('ServerHello12@specs/tls/handshake12.spec:89');
  return v;
}

/** Encode a {@link ServerHello12}. */
export function encodeServerHello12(v: ServerHello12): Uint8Array {
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
  const value = r.raw(r.vectorLength(3, 1, 16777215, 1, 'ASN1Cert@specs/tls/handshake12.spec:93'), 'ASN1Cert@specs/tls/handshake12.spec:93');
  return value;
}

/** Write a {@link ASN1Cert}. */
export function writeASN1Cert(w: Writer, v: ASN1Cert): void {
  const valueMark = w.beginLength(3);
  w.raw(v, 'ASN1Cert@specs/tls/handshake12.spec:93');
  w.endLength(valueMark, 3, 1, 16777215, 1, 'ASN1Cert@specs/tls/handshake12.spec:93');
}

/**
 * The sender's certificate first, then the chain toward a trust anchor.
 * @see RFC 5246 §7.4.2
 */
export interface Certificate12 {
  /** Wire: <0..16777215> bytes. */
  certificate_list: ASN1Cert[];
}

/** Read a {@link Certificate12} at the reader's position. */
export function readCertificate12(r: Reader): Certificate12 {
  const certificate_list: ASN1Cert[] = [];
  const certificate_listEnd = r.enter(r.vectorLength(3, 0, 16777215, 1, 'Certificate12.certificate_list@specs/tls/handshake12.spec:98'), 'Certificate12.certificate_list@specs/tls/handshake12.spec:98');
  while (r.pos < r.end) certificate_list.push(readASN1Cert(r));
  r.leave(certificate_listEnd, 'Certificate12.certificate_list@specs/tls/handshake12.spec:98');
  return { certificate_list };
}

/** Write a {@link Certificate12}. */
export function writeCertificate12(w: Writer, v: Certificate12): void {
  const certificate_listMark = w.beginLength(3);
  for (const item of v.certificate_list) writeASN1Cert(w, item);
  w.endLength(certificate_listMark, 3, 0, 16777215, 1, 'Certificate12.certificate_list@specs/tls/handshake12.spec:98');
}

/** Decode a whole {@link Certificate12}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeCertificate12(bytes: Uint8Array): Certificate12 {
  const r = new Reader(bytes);
  const v = readCertificate12(r);
  r.done('Certificate12@specs/tls/handshake12.spec:99');
  return v;
}

/** Encode a {@link Certificate12}. */
export function encodeCertificate12(v: Certificate12): Uint8Array {
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

/** Read a {@link DigitallySigned} at the reader's position. */
export function readDigitallySigned(r: Reader): DigitallySigned {
  const algorithm = r.u16('DigitallySigned.algorithm@specs/tls/handshake12.spec:109');
  const signature = r.raw(r.vectorLength(2, 0, 65535, 1, 'DigitallySigned.signature@specs/tls/handshake12.spec:110'), 'DigitallySigned.signature@specs/tls/handshake12.spec:110');
  return { algorithm, signature };
}

/** Write a {@link DigitallySigned}. */
export function writeDigitallySigned(w: Writer, v: DigitallySigned): void {
  w.u16(v.algorithm, 'DigitallySigned.algorithm@specs/tls/handshake12.spec:109');
  const signatureMark = w.beginLength(2);
  w.raw(v.signature, 'DigitallySigned.signature@specs/tls/handshake12.spec:110');
  w.endLength(signatureMark, 2, 0, 65535, 1, 'DigitallySigned.signature@specs/tls/handshake12.spec:110');
}

/** Decode a whole {@link DigitallySigned}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeDigitallySigned(bytes: Uint8Array): DigitallySigned {
  const r = new Reader(bytes);
  const v = readDigitallySigned(r);
  r.done('DigitallySigned@specs/tls/handshake12.spec:111');
  return v;
}

/** Encode a {@link DigitallySigned}. */
export function encodeDigitallySigned(v: DigitallySigned): Uint8Array {
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

/** Read a {@link ServerDHParams} at the reader's position. */
export function readServerDHParams(r: Reader): ServerDHParams {
  const dh_p = r.raw(r.vectorLength(2, 1, 65535, 1, 'ServerDHParams.dh_p@specs/tls/handshake12.spec:115'), 'ServerDHParams.dh_p@specs/tls/handshake12.spec:115');
  const dh_g = r.raw(r.vectorLength(2, 1, 65535, 1, 'ServerDHParams.dh_g@specs/tls/handshake12.spec:116'), 'ServerDHParams.dh_g@specs/tls/handshake12.spec:116');
  const dh_Ys = r.raw(r.vectorLength(2, 1, 65535, 1, 'ServerDHParams.dh_Ys@specs/tls/handshake12.spec:117'), 'ServerDHParams.dh_Ys@specs/tls/handshake12.spec:117');
  return { dh_p, dh_g, dh_Ys };
}

/** Write a {@link ServerDHParams}. */
export function writeServerDHParams(w: Writer, v: ServerDHParams): void {
  const dh_pMark = w.beginLength(2);
  w.raw(v.dh_p, 'ServerDHParams.dh_p@specs/tls/handshake12.spec:115');
  w.endLength(dh_pMark, 2, 1, 65535, 1, 'ServerDHParams.dh_p@specs/tls/handshake12.spec:115');
  const dh_gMark = w.beginLength(2);
  w.raw(v.dh_g, 'ServerDHParams.dh_g@specs/tls/handshake12.spec:116');
  w.endLength(dh_gMark, 2, 1, 65535, 1, 'ServerDHParams.dh_g@specs/tls/handshake12.spec:116');
  const dh_YsMark = w.beginLength(2);
  w.raw(v.dh_Ys, 'ServerDHParams.dh_Ys@specs/tls/handshake12.spec:117');
  w.endLength(dh_YsMark, 2, 1, 65535, 1, 'ServerDHParams.dh_Ys@specs/tls/handshake12.spec:117');
}

/** Decode a whole {@link ServerDHParams}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeServerDHParams(bytes: Uint8Array): ServerDHParams {
  const r = new Reader(bytes);
  const v = readServerDHParams(r);
  r.done('ServerDHParams@specs/tls/handshake12.spec:118');
  return v;
}

/** Encode a {@link ServerDHParams}. */
export function encodeServerDHParams(v: ServerDHParams): Uint8Array {
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
export const ECCurveTypeNames: ReadonlyMap<number, string> = new Map(Object.entries(ECCurveType).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function ECCurveTypeName(value: number): string {
  return enumName(ECCurveTypeNames, value, 1);
}

/** The variants of ECParameters.body, keyed by curve_type. */
export type ECParametersBody = { case: 'named_curve'; value: ECParametersNamedCurve };

/**
 * The RFC's NamedCurve is the TLS 1.3 NamedGroup (RFC 8422 5.1.1, RFC 8446 4.2.7).
 * @see RFC 8422 §5.4
 */
export interface ECParameters {
  curve_type: ECCurveType;
  body: ECParametersBody;
}

/** Read a {@link ECParameters} at the reader's position. */
export function readECParameters(r: Reader): ECParameters {
  const curve_type = r.u8('ECParameters.curve_type@specs/tls/handshake12.spec:132');
  let body: ECParametersBody;
  switch (curve_type) {
    case ECCurveType.named_curve:
      body = { case: 'named_curve', value: readECParametersNamedCurve(r) };
      break;
    default:
      throw new DecodeError('ECParameters.body@specs/tls/handshake12.spec:133', `no case for curve_type ${String(curve_type)}`);
  }
  return { curve_type, body };
}

/** Write a {@link ECParameters}. */
export function writeECParameters(w: Writer, v: ECParameters): void {
  w.u8(v.curve_type, 'ECParameters.curve_type@specs/tls/handshake12.spec:132');
  const body = v.body;
  switch (body.case) {
    case 'named_curve':
      if (v.curve_type !== ECCurveType.named_curve) throw new EncodeError('ECParameters.body@specs/tls/handshake12.spec:133', `case named_curve needs curve_type = named_curve, got ${String(v.curve_type)}`);
      writeECParametersNamedCurve(w, body.value);
      break;
    default:
      throw new EncodeError('ECParameters.body@specs/tls/handshake12.spec:133', `unknown case ${String((body as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link ECParameters}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeECParameters(bytes: Uint8Array): ECParameters {
  const r = new Reader(bytes);
  const v = readECParameters(r);
  r.done('ECParameters@specs/tls/handshake12.spec:137');
  return v;
}

/** Encode a {@link ECParameters}. */
export function encodeECParameters(v: ECParameters): Uint8Array {
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

/** Read a {@link ECParametersNamedCurve} at the reader's position. */
export function readECParametersNamedCurve(r: Reader): ECParametersNamedCurve {
  const namedcurve = r.u16('ECParametersNamedCurve.namedcurve@specs/tls/handshake12.spec:135');
  return { namedcurve };
}

/** Write a {@link ECParametersNamedCurve}. */
export function writeECParametersNamedCurve(w: Writer, v: ECParametersNamedCurve): void {
  w.u16(v.namedcurve, 'ECParametersNamedCurve.namedcurve@specs/tls/handshake12.spec:135');
}

/** Decode a whole {@link ECParametersNamedCurve}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeECParametersNamedCurve(bytes: Uint8Array): ECParametersNamedCurve {
  const r = new Reader(bytes);
  const v = readECParametersNamedCurve(r);
  r.done('ECParametersNamedCurve@specs/tls/handshake12.spec:134');
  return v;
}

/** Encode a {@link ECParametersNamedCurve}. */
export function encodeECParametersNamedCurve(v: ECParametersNamedCurve): Uint8Array {
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

/** Read a {@link ECPoint} at the reader's position. */
export function readECPoint(r: Reader): ECPoint {
  const point = r.raw(r.vectorLength(1, 1, 255, 1, 'ECPoint.point@specs/tls/handshake12.spec:142'), 'ECPoint.point@specs/tls/handshake12.spec:142');
  return { point };
}

/** Write a {@link ECPoint}. */
export function writeECPoint(w: Writer, v: ECPoint): void {
  const pointMark = w.beginLength(1);
  w.raw(v.point, 'ECPoint.point@specs/tls/handshake12.spec:142');
  w.endLength(pointMark, 1, 1, 255, 1, 'ECPoint.point@specs/tls/handshake12.spec:142');
}

/** Decode a whole {@link ECPoint}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeECPoint(bytes: Uint8Array): ECPoint {
  const r = new Reader(bytes);
  const v = readECPoint(r);
  r.done('ECPoint@specs/tls/handshake12.spec:143');
  return v;
}

/** Encode a {@link ECPoint}. */
export function encodeECPoint(v: ECPoint): Uint8Array {
  const w = new Writer();
  writeECPoint(w, v);
  return w.finish();
}

/** @see RFC 8422 §5.4 */
export interface ServerECDHParams {
  curve_params: ECParameters;
  public: ECPoint;
}

/** Read a {@link ServerECDHParams} at the reader's position. */
export function readServerECDHParams(r: Reader): ServerECDHParams {
  const curve_params = readECParameters(r);
  const public_ = readECPoint(r);
  return { curve_params, public: public_ };
}

/** Write a {@link ServerECDHParams}. */
export function writeServerECDHParams(w: Writer, v: ServerECDHParams): void {
  writeECParameters(w, v.curve_params);
  writeECPoint(w, v.public);
}

/** Decode a whole {@link ServerECDHParams}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeServerECDHParams(bytes: Uint8Array): ServerECDHParams {
  const r = new Reader(bytes);
  const v = readServerECDHParams(r);
  r.done('ServerECDHParams@specs/tls/handshake12.spec:149');
  return v;
}

/** Encode a {@link ServerECDHParams}. */
export function encodeServerECDHParams(v: ServerECDHParams): Uint8Array {
  const w = new Writer();
  writeServerECDHParams(w, v);
  return w.finish();
}

/** What decoding a ServerKeyExchange needs to know that is not on the wire. */
export interface ServerKeyExchangeContext {
  kex: KeyExchangeAlgorithm;
}

/** The variants of ServerKeyExchange.body, keyed by kex. */
export type ServerKeyExchangeBody = { case: 'dh_anon'; value: ServerKeyExchangeDhAnon } | { case: 'dhe_dss'; value: ServerKeyExchangeDheDssOrDheRsa } | { case: 'dhe_rsa'; value: ServerKeyExchangeDheDssOrDheRsa } | { case: 'ec_diffie_hellman'; value: ServerKeyExchangeEcDiffieHellman };

/**
 * The arms as RFC 5246 7.4.3 and RFC 8422 5.4 print them. signed_params signs client_random +
 * server_random + params. An RSA key exchange sends no ServerKeyExchange, so rsa has no arm: the
 * runtime never decodes one in that context.
 * @see RFC 5246 §7.4.3
 */
export interface ServerKeyExchange {
  body: ServerKeyExchangeBody;
}

/** Read a {@link ServerKeyExchange} at the reader's position. */
export function readServerKeyExchange(r: Reader, ctx: ServerKeyExchangeContext): ServerKeyExchange {
  let body: ServerKeyExchangeBody;
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
      throw new DecodeError('ServerKeyExchange.body@specs/tls/handshake12.spec:159', `no case for kex ${String(ctx.kex)}`);
  }
  return { body };
}

/** Write a {@link ServerKeyExchange}. */
export function writeServerKeyExchange(w: Writer, v: ServerKeyExchange): void {
  const body = v.body;
  switch (body.case) {
    case 'dh_anon':
      writeServerKeyExchangeDhAnon(w, body.value);
      break;
    case 'dhe_dss':
      writeServerKeyExchangeDheDssOrDheRsa(w, body.value);
      break;
    case 'dhe_rsa':
      writeServerKeyExchangeDheDssOrDheRsa(w, body.value);
      break;
    case 'ec_diffie_hellman':
      writeServerKeyExchangeEcDiffieHellman(w, body.value);
      break;
    default:
      throw new EncodeError('ServerKeyExchange.body@specs/tls/handshake12.spec:159', `unknown case ${String((body as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link ServerKeyExchange}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeServerKeyExchange(bytes: Uint8Array, ctx: ServerKeyExchangeContext): ServerKeyExchange {
  const r = new Reader(bytes);
  const v = readServerKeyExchange(r, ctx);
  r.done('ServerKeyExchange@specs/tls/handshake12.spec:169');
  return v;
}

/** Encode a {@link ServerKeyExchange}. */
export function encodeServerKeyExchange(v: ServerKeyExchange): Uint8Array {
  const w = new Writer();
  writeServerKeyExchange(w, v);
  return w.finish();
}

/**
 * The dh_anon arm of ServerKeyExchange.
 * @see RFC 5246 §7.4.3
 */
export interface ServerKeyExchangeDhAnon {
  params: ServerDHParams;
}

/** Read a {@link ServerKeyExchangeDhAnon} at the reader's position. */
export function readServerKeyExchangeDhAnon(r: Reader): ServerKeyExchangeDhAnon {
  const params = readServerDHParams(r);
  return { params };
}

/** Write a {@link ServerKeyExchangeDhAnon}. */
export function writeServerKeyExchangeDhAnon(w: Writer, v: ServerKeyExchangeDhAnon): void {
  writeServerDHParams(w, v.params);
}

/** Decode a whole {@link ServerKeyExchangeDhAnon}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeServerKeyExchangeDhAnon(bytes: Uint8Array): ServerKeyExchangeDhAnon {
  const r = new Reader(bytes);
  const v = readServerKeyExchangeDhAnon(r);
  r.done('ServerKeyExchangeDhAnon@specs/tls/handshake12.spec:160');
  return v;
}

/** Encode a {@link ServerKeyExchangeDhAnon}. */
export function encodeServerKeyExchangeDhAnon(v: ServerKeyExchangeDhAnon): Uint8Array {
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

/** Read a {@link ServerKeyExchangeDheDssOrDheRsa} at the reader's position. */
export function readServerKeyExchangeDheDssOrDheRsa(r: Reader): ServerKeyExchangeDheDssOrDheRsa {
  const params = readServerDHParams(r);
  const signed_params = readDigitallySigned(r);
  return { params, signed_params };
}

/** Write a {@link ServerKeyExchangeDheDssOrDheRsa}. */
export function writeServerKeyExchangeDheDssOrDheRsa(w: Writer, v: ServerKeyExchangeDheDssOrDheRsa): void {
  writeServerDHParams(w, v.params);
  writeDigitallySigned(w, v.signed_params);
}

/** Decode a whole {@link ServerKeyExchangeDheDssOrDheRsa}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeServerKeyExchangeDheDssOrDheRsa(bytes: Uint8Array): ServerKeyExchangeDheDssOrDheRsa {
  const r = new Reader(bytes);
  const v = readServerKeyExchangeDheDssOrDheRsa(r);
  r.done('ServerKeyExchangeDheDssOrDheRsa@specs/tls/handshake12.spec:162');
  return v;
}

/** Encode a {@link ServerKeyExchangeDheDssOrDheRsa}. */
export function encodeServerKeyExchangeDheDssOrDheRsa(v: ServerKeyExchangeDheDssOrDheRsa): Uint8Array {
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

/** Read a {@link ServerKeyExchangeEcDiffieHellman} at the reader's position. */
export function readServerKeyExchangeEcDiffieHellman(r: Reader): ServerKeyExchangeEcDiffieHellman {
  const params = readServerECDHParams(r);
  const signed_params = readDigitallySigned(r);
  return { params, signed_params };
}

/** Write a {@link ServerKeyExchangeEcDiffieHellman}. */
export function writeServerKeyExchangeEcDiffieHellman(w: Writer, v: ServerKeyExchangeEcDiffieHellman): void {
  writeServerECDHParams(w, v.params);
  writeDigitallySigned(w, v.signed_params);
}

/** Decode a whole {@link ServerKeyExchangeEcDiffieHellman}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeServerKeyExchangeEcDiffieHellman(bytes: Uint8Array): ServerKeyExchangeEcDiffieHellman {
  const r = new Reader(bytes);
  const v = readServerKeyExchangeEcDiffieHellman(r);
  r.done('ServerKeyExchangeEcDiffieHellman@specs/tls/handshake12.spec:165');
  return v;
}

/** Encode a {@link ServerKeyExchangeEcDiffieHellman}. */
export function encodeServerKeyExchangeEcDiffieHellman(v: ServerKeyExchangeEcDiffieHellman): Uint8Array {
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
export type ClientCertificateType = (typeof ClientCertificateType)[keyof typeof ClientCertificateType] | (number & {});
/** Member names of {@link ClientCertificateType} by value. */
export const ClientCertificateTypeNames: ReadonlyMap<number, string> = new Map(Object.entries(ClientCertificateType).map(([k, v]) => [v, k]));

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

/** Read a {@link CertificateRequest12} at the reader's position. */
export function readCertificateRequest12(r: Reader): CertificateRequest12 {
  const certificate_types: ClientCertificateType[] = [];
  const certificate_typesEnd = r.enter(r.vectorLength(1, 1, 255, 1, 'CertificateRequest12.certificate_types@specs/tls/handshake12.spec:190'), 'CertificateRequest12.certificate_types@specs/tls/handshake12.spec:190');
  while (r.pos < r.end) certificate_types.push(r.u8('CertificateRequest12.certificate_types@specs/tls/handshake12.spec:190'));
  r.leave(certificate_typesEnd, 'CertificateRequest12.certificate_types@specs/tls/handshake12.spec:190');
  const supported_signature_algorithms: SignatureScheme[] = [];
  const supported_signature_algorithmsEnd = r.enter(r.vectorLength(2, 2, 65534, 2, 'CertificateRequest12.supported_signature_algorithms@specs/tls/handshake12.spec:191'), 'CertificateRequest12.supported_signature_algorithms@specs/tls/handshake12.spec:191');
  while (r.pos < r.end) supported_signature_algorithms.push(r.u16('CertificateRequest12.supported_signature_algorithms@specs/tls/handshake12.spec:191'));
  r.leave(supported_signature_algorithmsEnd, 'CertificateRequest12.supported_signature_algorithms@specs/tls/handshake12.spec:191');
  const certificate_authorities: DistinguishedName[] = [];
  const certificate_authoritiesEnd = r.enter(r.vectorLength(2, 0, 65535, 1, 'CertificateRequest12.certificate_authorities@specs/tls/handshake12.spec:192'), 'CertificateRequest12.certificate_authorities@specs/tls/handshake12.spec:192');
  while (r.pos < r.end) certificate_authorities.push(readDistinguishedName(r));
  r.leave(certificate_authoritiesEnd, 'CertificateRequest12.certificate_authorities@specs/tls/handshake12.spec:192');
  return { certificate_types, supported_signature_algorithms, certificate_authorities };
}

/** Write a {@link CertificateRequest12}. */
export function writeCertificateRequest12(w: Writer, v: CertificateRequest12): void {
  const certificate_typesMark = w.beginLength(1);
  for (const item of v.certificate_types) w.u8(item, 'CertificateRequest12.certificate_types@specs/tls/handshake12.spec:190');
  w.endLength(certificate_typesMark, 1, 1, 255, 1, 'CertificateRequest12.certificate_types@specs/tls/handshake12.spec:190');
  const supported_signature_algorithmsMark = w.beginLength(2);
  for (const item of v.supported_signature_algorithms) w.u16(item, 'CertificateRequest12.supported_signature_algorithms@specs/tls/handshake12.spec:191');
  w.endLength(supported_signature_algorithmsMark, 2, 2, 65534, 2, 'CertificateRequest12.supported_signature_algorithms@specs/tls/handshake12.spec:191');
  const certificate_authoritiesMark = w.beginLength(2);
  for (const item of v.certificate_authorities) writeDistinguishedName(w, item);
  w.endLength(certificate_authoritiesMark, 2, 0, 65535, 1, 'CertificateRequest12.certificate_authorities@specs/tls/handshake12.spec:192');
}

/** Decode a whole {@link CertificateRequest12}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeCertificateRequest12(bytes: Uint8Array): CertificateRequest12 {
  const r = new Reader(bytes);
  const v = readCertificateRequest12(r);
  r.done('CertificateRequest12@specs/tls/handshake12.spec:193');
  return v;
}

/** Encode a {@link CertificateRequest12}. */
export function encodeCertificateRequest12(v: CertificateRequest12): Uint8Array {
  const w = new Writer();
  writeCertificateRequest12(w, v);
  return w.finish();
}

/** @see RFC 5246 §7.4.5 */
export interface ServerHelloDone {
}

/** Read a {@link ServerHelloDone} at the reader's position. */
export function readServerHelloDone(r: Reader): ServerHelloDone {
  return {};
}

/** Write a {@link ServerHelloDone}. */
export function writeServerHelloDone(w: Writer, v: ServerHelloDone): void {

}

/** Decode a whole {@link ServerHelloDone}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeServerHelloDone(bytes: Uint8Array): ServerHelloDone {
  const r = new Reader(bytes);
  const v = readServerHelloDone(r);
  r.done('ServerHelloDone@specs/tls/handshake12.spec:196');
  return v;
}

/** Encode a {@link ServerHelloDone}. */
export function encodeServerHelloDone(v: ServerHelloDone): Uint8Array {
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

/** Read a {@link EncryptedPreMasterSecret} at the reader's position. */
export function readEncryptedPreMasterSecret(r: Reader): EncryptedPreMasterSecret {
  const pre_master_secret = r.raw(r.vectorLength(2, 0, 65535, 1, 'EncryptedPreMasterSecret.pre_master_secret@specs/tls/handshake12.spec:206'), 'EncryptedPreMasterSecret.pre_master_secret@specs/tls/handshake12.spec:206');
  return { pre_master_secret };
}

/** Write a {@link EncryptedPreMasterSecret}. */
export function writeEncryptedPreMasterSecret(w: Writer, v: EncryptedPreMasterSecret): void {
  const pre_master_secretMark = w.beginLength(2);
  w.raw(v.pre_master_secret, 'EncryptedPreMasterSecret.pre_master_secret@specs/tls/handshake12.spec:206');
  w.endLength(pre_master_secretMark, 2, 0, 65535, 1, 'EncryptedPreMasterSecret.pre_master_secret@specs/tls/handshake12.spec:206');
}

/** Decode a whole {@link EncryptedPreMasterSecret}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeEncryptedPreMasterSecret(bytes: Uint8Array): EncryptedPreMasterSecret {
  const r = new Reader(bytes);
  const v = readEncryptedPreMasterSecret(r);
  r.done('EncryptedPreMasterSecret@specs/tls/handshake12.spec:207');
  return v;
}

/** Encode a {@link EncryptedPreMasterSecret}. */
export function encodeEncryptedPreMasterSecret(v: EncryptedPreMasterSecret): Uint8Array {
  const w = new Writer();
  writeEncryptedPreMasterSecret(w, v);
  return w.finish();
}

/** @see RFC 5246 §7.4.7.2 */
export interface ClientDiffieHellmanPublic {
  /** Wire: <1..65535> bytes. */
  dh_Yc: Uint8Array;
}

/** Read a {@link ClientDiffieHellmanPublic} at the reader's position. */
export function readClientDiffieHellmanPublic(r: Reader): ClientDiffieHellmanPublic {
  const dh_Yc = r.raw(r.vectorLength(2, 1, 65535, 1, 'ClientDiffieHellmanPublic.dh_Yc@specs/tls/handshake12.spec:211'), 'ClientDiffieHellmanPublic.dh_Yc@specs/tls/handshake12.spec:211');
  return { dh_Yc };
}

/** Write a {@link ClientDiffieHellmanPublic}. */
export function writeClientDiffieHellmanPublic(w: Writer, v: ClientDiffieHellmanPublic): void {
  const dh_YcMark = w.beginLength(2);
  w.raw(v.dh_Yc, 'ClientDiffieHellmanPublic.dh_Yc@specs/tls/handshake12.spec:211');
  w.endLength(dh_YcMark, 2, 1, 65535, 1, 'ClientDiffieHellmanPublic.dh_Yc@specs/tls/handshake12.spec:211');
}

/** Decode a whole {@link ClientDiffieHellmanPublic}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeClientDiffieHellmanPublic(bytes: Uint8Array): ClientDiffieHellmanPublic {
  const r = new Reader(bytes);
  const v = readClientDiffieHellmanPublic(r);
  r.done('ClientDiffieHellmanPublic@specs/tls/handshake12.spec:212');
  return v;
}

/** Encode a {@link ClientDiffieHellmanPublic}. */
export function encodeClientDiffieHellmanPublic(v: ClientDiffieHellmanPublic): Uint8Array {
  const w = new Writer();
  writeClientDiffieHellmanPublic(w, v);
  return w.finish();
}

/** @see RFC 8422 §5.7 */
export interface ClientECDiffieHellmanPublic {
  ecdh_Yc: ECPoint;
}

/** Read a {@link ClientECDiffieHellmanPublic} at the reader's position. */
export function readClientECDiffieHellmanPublic(r: Reader): ClientECDiffieHellmanPublic {
  const ecdh_Yc = readECPoint(r);
  return { ecdh_Yc };
}

/** Write a {@link ClientECDiffieHellmanPublic}. */
export function writeClientECDiffieHellmanPublic(w: Writer, v: ClientECDiffieHellmanPublic): void {
  writeECPoint(w, v.ecdh_Yc);
}

/** Decode a whole {@link ClientECDiffieHellmanPublic}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeClientECDiffieHellmanPublic(bytes: Uint8Array): ClientECDiffieHellmanPublic {
  const r = new Reader(bytes);
  const v = readClientECDiffieHellmanPublic(r);
  r.done('ClientECDiffieHellmanPublic@specs/tls/handshake12.spec:217');
  return v;
}

/** Encode a {@link ClientECDiffieHellmanPublic}. */
export function encodeClientECDiffieHellmanPublic(v: ClientECDiffieHellmanPublic): Uint8Array {
  const w = new Writer();
  writeClientECDiffieHellmanPublic(w, v);
  return w.finish();
}

/** What decoding a ClientKeyExchange needs to know that is not on the wire. */
export interface ClientKeyExchangeContext {
  kex: KeyExchangeAlgorithm;
}

/** The variants of ClientKeyExchange.exchange_keys, keyed by kex. */
export type ClientKeyExchangeExchangeKeys = { case: 'rsa'; value: EncryptedPreMasterSecret } | { case: 'dhe_dss'; value: ClientDiffieHellmanPublic } | { case: 'dhe_rsa'; value: ClientDiffieHellmanPublic } | { case: 'dh_anon'; value: ClientDiffieHellmanPublic } | { case: 'ec_diffie_hellman'; value: ClientECDiffieHellmanPublic };

/** @see RFC 5246 §7.4.7 */
export interface ClientKeyExchange {
  exchange_keys: ClientKeyExchangeExchangeKeys;
}

/** Read a {@link ClientKeyExchange} at the reader's position. */
export function readClientKeyExchange(r: Reader, ctx: ClientKeyExchangeContext): ClientKeyExchange {
  let exchange_keys: ClientKeyExchangeExchangeKeys;
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
      throw new DecodeError('ClientKeyExchange.exchange_keys@specs/tls/handshake12.spec:226', `no case for kex ${String(ctx.kex)}`);
  }
  return { exchange_keys };
}

/** Write a {@link ClientKeyExchange}. */
export function writeClientKeyExchange(w: Writer, v: ClientKeyExchange): void {
  const exchange_keys = v.exchange_keys;
  switch (exchange_keys.case) {
    case 'rsa':
      writeEncryptedPreMasterSecret(w, exchange_keys.value);
      break;
    case 'dhe_dss':
      writeClientDiffieHellmanPublic(w, exchange_keys.value);
      break;
    case 'dhe_rsa':
      writeClientDiffieHellmanPublic(w, exchange_keys.value);
      break;
    case 'dh_anon':
      writeClientDiffieHellmanPublic(w, exchange_keys.value);
      break;
    case 'ec_diffie_hellman':
      writeClientECDiffieHellmanPublic(w, exchange_keys.value);
      break;
    default:
      throw new EncodeError('ClientKeyExchange.exchange_keys@specs/tls/handshake12.spec:226', `unknown case ${String((exchange_keys as { case: unknown }).case)}`);
  }
}

/** Decode a whole {@link ClientKeyExchange}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeClientKeyExchange(bytes: Uint8Array, ctx: ClientKeyExchangeContext): ClientKeyExchange {
  const r = new Reader(bytes);
  const v = readClientKeyExchange(r, ctx);
  r.done('ClientKeyExchange@specs/tls/handshake12.spec:227');
  return v;
}

/** Encode a {@link ClientKeyExchange}. */
export function encodeClientKeyExchange(v: ClientKeyExchange): Uint8Array {
  const w = new Writer();
  writeClientKeyExchange(w, v);
  return w.finish();
}

/**
 * verify_data_length is 12 for every cipher suite otpnet supports (RFC 5246 7.4.9).
 * @see RFC 5246 §7.4.9
 */
export interface Finished12 {
  verify_data: Uint8Array;
}

/** Read a {@link Finished12} at the reader's position. */
export function readFinished12(r: Reader): Finished12 {
  const verify_data = r.raw(12, 'Finished12.verify_data@specs/tls/handshake12.spec:234');
  return { verify_data };
}

/** Write a {@link Finished12}. */
export function writeFinished12(w: Writer, v: Finished12): void {
  w.fixed(v.verify_data, 12, 'Finished12.verify_data@specs/tls/handshake12.spec:234');
}

/** Decode a whole {@link Finished12}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeFinished12(bytes: Uint8Array): Finished12 {
  const r = new Reader(bytes);
  const v = readFinished12(r);
  r.done('Finished12@specs/tls/handshake12.spec:235');
  return v;
}

/** Encode a {@link Finished12}. */
export function encodeFinished12(v: Finished12): Uint8Array {
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

/** Read a {@link NewSessionTicket12} at the reader's position. */
export function readNewSessionTicket12(r: Reader): NewSessionTicket12 {
  const ticket_lifetime_hint = r.u32('NewSessionTicket12.ticket_lifetime_hint@specs/tls/handshake12.spec:239');
  const ticket = r.raw(r.vectorLength(2, 0, 65535, 1, 'NewSessionTicket12.ticket@specs/tls/handshake12.spec:240'), 'NewSessionTicket12.ticket@specs/tls/handshake12.spec:240');
  return { ticket_lifetime_hint, ticket };
}

/** Write a {@link NewSessionTicket12}. */
export function writeNewSessionTicket12(w: Writer, v: NewSessionTicket12): void {
  w.u32(v.ticket_lifetime_hint, 'NewSessionTicket12.ticket_lifetime_hint@specs/tls/handshake12.spec:239');
  const ticketMark = w.beginLength(2);
  w.raw(v.ticket, 'NewSessionTicket12.ticket@specs/tls/handshake12.spec:240');
  w.endLength(ticketMark, 2, 0, 65535, 1, 'NewSessionTicket12.ticket@specs/tls/handshake12.spec:240');
}

/** Decode a whole {@link NewSessionTicket12}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeNewSessionTicket12(bytes: Uint8Array): NewSessionTicket12 {
  const r = new Reader(bytes);
  const v = readNewSessionTicket12(r);
  r.done('NewSessionTicket12@specs/tls/handshake12.spec:241');
  return v;
}

/** Encode a {@link NewSessionTicket12}. */
export function encodeNewSessionTicket12(v: NewSessionTicket12): Uint8Array {
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
export type ChangeCipherSpecType = (typeof ChangeCipherSpecType)[keyof typeof ChangeCipherSpecType] | (number & {});
/** Member names of {@link ChangeCipherSpecType} by value. */
export const ChangeCipherSpecTypeNames: ReadonlyMap<number, string> = new Map(Object.entries(ChangeCipherSpecType).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function ChangeCipherSpecTypeName(value: number): string {
  return enumName(ChangeCipherSpecTypeNames, value, 1);
}

/** @see RFC 5246 §7.1 */
export interface ChangeCipherSpec {
  type: ChangeCipherSpecType;
}

/** Read a {@link ChangeCipherSpec} at the reader's position. */
export function readChangeCipherSpec(r: Reader): ChangeCipherSpec {
  const type = r.u8('ChangeCipherSpec.type@specs/tls/handshake12.spec:251');
  return { type };
}

/** Write a {@link ChangeCipherSpec}. */
export function writeChangeCipherSpec(w: Writer, v: ChangeCipherSpec): void {
  w.u8(v.type, 'ChangeCipherSpec.type@specs/tls/handshake12.spec:251');
}

/** Decode a whole {@link ChangeCipherSpec}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeChangeCipherSpec(bytes: Uint8Array): ChangeCipherSpec {
  const r = new Reader(bytes);
  const v = readChangeCipherSpec(r);
  r.done('ChangeCipherSpec@specs/tls/handshake12.spec:252');
  return v;
}

/** Encode a {@link ChangeCipherSpec}. */
export function encodeChangeCipherSpec(v: ChangeCipherSpec): Uint8Array {
  const w = new Writer();
  writeChangeCipherSpec(w, v);
  return w.finish();
}
