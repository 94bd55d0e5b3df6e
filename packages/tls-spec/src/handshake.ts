// Generated from specs/tls/handshake.spec by otpnet-gen. Do not edit.
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
  expectValue,
  fields,
  hexBytes,
  nested,
  nestedAt,
  Reader,
  tagFor,
  Writer,
} from '@otpnet/wire';
import type { CipherSuite } from './cipher-suites.js';
import { HandshakeType, type ProtocolVersion, type Random } from './common.js';
import { type Extension, type ExtensionInput, readExtension, writeExtension } from './extensions.js';
import type { SignatureScheme } from './signature-schemes.js';

/** What decoding or encoding a {@link Handshake} needs to know that is not on the wire. */
export interface HandshakeContext {
  certificateType: CertificateType;
}

/** The variants of Handshake.body, keyed by msg_type. */
export type HandshakeBody =
  | { case: 'client_hello'; value: ClientHello }
  | { case: 'hello_retry_request'; value: HelloRetryRequest }
  | { case: 'server_hello'; value: ServerHello }
  | { case: 'end_of_early_data'; value: EndOfEarlyData }
  | { case: 'encrypted_extensions'; value: EncryptedExtensions }
  | { case: 'certificate_request'; value: CertificateRequest }
  | { case: 'certificate'; value: Certificate }
  | { case: 'certificate_verify'; value: CertificateVerify }
  | { case: 'finished'; value: Finished }
  | { case: 'new_session_ticket'; value: NewSessionTicket }
  | { case: 'key_update'; value: KeyUpdate }
  | { case: undefined; value: Uint8Array };
/** {@link HandshakeBody} as an encoder takes it. */
export type HandshakeBodyInput =
  | { case: 'client_hello'; value: ClientHelloInput }
  | { case: 'hello_retry_request'; value: HelloRetryRequestInput }
  | { case: 'server_hello'; value: ServerHelloInput }
  | { case: 'end_of_early_data'; value: EndOfEarlyDataInput }
  | { case: 'encrypted_extensions'; value: EncryptedExtensionsInput }
  | { case: 'certificate_request'; value: CertificateRequestInput }
  | { case: 'certificate'; value: CertificateInput }
  | { case: 'certificate_verify'; value: CertificateVerifyInput }
  | { case: 'finished'; value: FinishedInput }
  | { case: 'new_session_ticket'; value: NewSessionTicketInput }
  | { case: 'key_update'; value: KeyUpdateInput }
  | { case: undefined; value: Uint8Array };

/**
 * The handshake message framing. RFC 8446 writes `uint24 length;` followed by the select; here the
 * select carries its own uint24 length prefix (`body<0..2^24-1>`), which is the same bytes.
 *
 * Messages this TLS 1.3 framing has no case for (message_hash, and the TLS 1.2 messages, whose
 * framing is Handshake12 in handshake12.spec) keep their body as bytes. A HelloRetryRequest
 * arrives as msg_type server_hello and is told apart by its random (section 4.1.3). The
 * certificate type (X509 unless RFC 7250 raw public keys were negotiated) is handshake state, so
 * it is this struct's context parameter.
 * @see RFC 8446 §4
 */
export interface Handshake {
  /** handshake type. An encoder may leave it out: the case of body fixes it. */
  msg_type: HandshakeType;
  /** Wire: <0..16777215> bytes. */
  body: HandshakeBody;
}

/** What {@link encodeHandshake} takes: a {@link Handshake}, where fields with a default may be left out. */
export interface HandshakeInput {
  msg_type?: HandshakeType;
  body: HandshakeBodyInput;
}

/** Read a {@link Handshake} at the reader's position. */
export function readHandshake(r: Reader, ctx: HandshakeContext): Handshake {
  const f = F.Handshake;
  const msg_type = r.u8(f.msg_type);
  let body: HandshakeBody;
  const bodyEnd = r.enterVector(f.body);
  let bodyArm = '';
  try {
    switch (msg_type) {
      case HandshakeType.client_hello:
        bodyArm = 'client_hello';
        body = { case: 'client_hello', value: readClientHello(r) };
        break;
      case HandshakeType.server_hello:
        if (r.peek(2, HelloRetryRequestRandom)) {
          bodyArm = 'hello_retry_request';
          body = { case: 'hello_retry_request', value: readHelloRetryRequest(r) };
        } else {
          bodyArm = 'server_hello';
          body = { case: 'server_hello', value: readServerHello(r) };
        }
        break;
      case HandshakeType.end_of_early_data:
        bodyArm = 'end_of_early_data';
        body = { case: 'end_of_early_data', value: readEndOfEarlyData(r) };
        break;
      case HandshakeType.encrypted_extensions:
        bodyArm = 'encrypted_extensions';
        body = { case: 'encrypted_extensions', value: readEncryptedExtensions(r) };
        break;
      case HandshakeType.certificate_request:
        bodyArm = 'certificate_request';
        body = { case: 'certificate_request', value: readCertificateRequest(r) };
        break;
      case HandshakeType.certificate:
        bodyArm = 'certificate';
        body = { case: 'certificate', value: readCertificate(r, ctx) };
        break;
      case HandshakeType.certificate_verify:
        bodyArm = 'certificate_verify';
        body = { case: 'certificate_verify', value: readCertificateVerify(r) };
        break;
      case HandshakeType.finished:
        bodyArm = 'finished';
        body = { case: 'finished', value: readFinished(r) };
        break;
      case HandshakeType.new_session_ticket:
        bodyArm = 'new_session_ticket';
        body = { case: 'new_session_ticket', value: readNewSessionTicket(r) };
        break;
      case HandshakeType.key_update:
        bodyArm = 'key_update';
        body = { case: 'key_update', value: readKeyUpdate(r) };
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

/** Write a {@link Handshake}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeHandshake(w: Writer, v: HandshakeInput, ctx: HandshakeContext): void {
  const f = F.Handshake;
  expectObject(v, f.$);
  const msg_type = tagFor(v.msg_type, HandshakeBodyTags, v.body, f.msg_type);
  w.u8(msg_type, f.msg_type);
  const bodyValue = expectObject(v.body, f.body);
  const bodyMark = w.beginVector(f.body);
  let bodyArm = '';
  try {
    switch (bodyValue.case) {
      case 'client_hello': {
        expectTag(msg_type, HandshakeType.client_hello, f.body);
        bodyArm = 'client_hello';
        writeClientHello(w, bodyValue.value);
        break;
      }
      case 'hello_retry_request': {
        expectTag(msg_type, HandshakeType.server_hello, f.body);
        bodyArm = 'hello_retry_request';
        writeHelloRetryRequest(w, bodyValue.value);
        break;
      }
      case 'server_hello': {
        expectTag(msg_type, HandshakeType.server_hello, f.body);
        const bodyAt = w.pos;
        bodyArm = 'server_hello';
        writeServerHello(w, bodyValue.value);
        bodyArm = '';
        w.refuse(
          bodyAt + 2,
          HelloRetryRequestRandom,
          f.body,
          'this value reads back as case hello_retry_request',
        );
        break;
      }
      case 'end_of_early_data': {
        expectTag(msg_type, HandshakeType.end_of_early_data, f.body);
        bodyArm = 'end_of_early_data';
        writeEndOfEarlyData(w, bodyValue.value);
        break;
      }
      case 'encrypted_extensions': {
        expectTag(msg_type, HandshakeType.encrypted_extensions, f.body);
        bodyArm = 'encrypted_extensions';
        writeEncryptedExtensions(w, bodyValue.value);
        break;
      }
      case 'certificate_request': {
        expectTag(msg_type, HandshakeType.certificate_request, f.body);
        bodyArm = 'certificate_request';
        writeCertificateRequest(w, bodyValue.value);
        break;
      }
      case 'certificate': {
        expectTag(msg_type, HandshakeType.certificate, f.body);
        bodyArm = 'certificate';
        writeCertificate(w, bodyValue.value, ctx);
        break;
      }
      case 'certificate_verify': {
        expectTag(msg_type, HandshakeType.certificate_verify, f.body);
        bodyArm = 'certificate_verify';
        writeCertificateVerify(w, bodyValue.value);
        break;
      }
      case 'finished': {
        expectTag(msg_type, HandshakeType.finished, f.body);
        bodyArm = 'finished';
        writeFinished(w, bodyValue.value);
        break;
      }
      case 'new_session_ticket': {
        expectTag(msg_type, HandshakeType.new_session_ticket, f.body);
        bodyArm = 'new_session_ticket';
        writeNewSessionTicket(w, bodyValue.value);
        break;
      }
      case 'key_update': {
        expectTag(msg_type, HandshakeType.key_update, f.body);
        bodyArm = 'key_update';
        writeKeyUpdate(w, bodyValue.value);
        break;
      }
      case undefined:
        expectNoTag(msg_type, HandshakeBodyTags, f.body);
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
 * Decode a whole {@link Handshake}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeHandshake(bytes: Uint8Array, ctx: HandshakeContext, limits?: DecodeLimits): Handshake {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Handshake.$);
  const v = readHandshake(r, ctx);
  r.done(F.Handshake.$);
  return v;
}

/** Encode a {@link Handshake}. */
export function encodeHandshake(v: HandshakeInput, ctx: HandshakeContext): Uint8Array {
  const w = new Writer();
  writeHandshake(w, v, ctx);
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
  legacy_version: ProtocolVersion;
  random: Random;
  /** Wire: <0..32> bytes. */
  legacy_session_id: Uint8Array;
  /** Wire: <2..65534> bytes. */
  cipher_suites: CipherSuite[];
  /** Wire: <1..255> bytes. */
  legacy_compression_methods: Uint8Array;
  /** Wire: <8..65535> bytes. */
  extensions: Extension[];
}

/**
 * What {@link encodeClientHello} takes: a {@link ClientHello}, where fields with a default may be left out.
 */
export interface ClientHelloInput {
  legacy_version?: ProtocolVersion;
  random: Random;
  legacy_session_id: Uint8Array;
  cipher_suites: readonly CipherSuite[];
  legacy_compression_methods: Uint8Array;
  extensions: readonly ExtensionInput[];
}

/** Read a {@link ClientHello} at the reader's position. */
export function readClientHello(r: Reader): ClientHello {
  const f = F.ClientHello;
  const legacy_version = r.u16(f.legacy_version);
  const random = r.raw(32, f.random);
  const legacy_session_id = r.opaque(f.legacy_session_id);
  const cipher_suites: CipherSuite[] = r.intVector(2, f.cipher_suites);
  const legacy_compression_methods = r.opaque(f.legacy_compression_methods);
  const extensionsEnd = r.enterVector(f.extensions);
  const extensions: Extension[] = [];
  try {
    while (r.pos < r.end) extensions.push(readExtension(r, ClientHelloExtensionsContext));
  } catch (e) {
    throw nestedAt(e, f.extensions, extensions.length);
  }
  r.leave(extensionsEnd, f.extensions);
  return { legacy_version, random, legacy_session_id, cipher_suites, legacy_compression_methods, extensions };
}

/** Write a {@link ClientHello}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeClientHello(w: Writer, v: ClientHelloInput): void {
  const f = F.ClientHello;
  expectObject(v, f.$);
  w.u16(v.legacy_version ?? 0x0303, f.legacy_version);
  w.fixed(v.random, 32, f.random);
  w.opaque(v.legacy_session_id, f.legacy_session_id);
  const cipher_suitesMark = w.beginVector(f.cipher_suites);
  for (const item of expectArray(v.cipher_suites, f.cipher_suites)) {
    w.u16(item, f.cipher_suites);
  }
  w.endVector(cipher_suitesMark, f.cipher_suites);
  w.opaque(v.legacy_compression_methods, f.legacy_compression_methods);
  const extensionsMark = w.beginVector(f.extensions);
  const extensionsItems = expectArray(v.extensions, f.extensions);
  let extensionsI = 0;
  try {
    for (; extensionsI < extensionsItems.length; extensionsI++)
      writeExtension(w, extensionsItems[extensionsI]!, ClientHelloExtensionsContext);
  } catch (e) {
    throw nestedAt(e, f.extensions, extensionsI);
  }
  w.endVector(extensionsMark, f.extensions);
}

/**
 * Decode a whole {@link ClientHello}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeClientHello(bytes: Uint8Array, limits?: DecodeLimits): ClientHello {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ClientHello.$);
  const v = readClientHello(r);
  r.done(F.ClientHello.$);
  return v;
}

/** Encode a {@link ClientHello}. */
export function encodeClientHello(v: ClientHelloInput): Uint8Array {
  const w = new Writer();
  writeClientHello(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.1.3 */
export interface ServerHello {
  /** TLS v1.2. Default: 0x0303. */
  legacy_version: ProtocolVersion;
  random: Random;
  /** Wire: <0..32> bytes. */
  legacy_session_id_echo: Uint8Array;
  cipher_suite: CipherSuite;
  /** Default: 0. */
  legacy_compression_method: number;
  /** Wire: <6..65535> bytes. */
  extensions: Extension[];
}

/**
 * What {@link encodeServerHello} takes: a {@link ServerHello}, where fields with a default may be left out.
 */
export interface ServerHelloInput {
  legacy_version?: ProtocolVersion;
  random: Random;
  legacy_session_id_echo: Uint8Array;
  cipher_suite: CipherSuite;
  legacy_compression_method?: number;
  extensions: readonly ExtensionInput[];
}

/** Read a {@link ServerHello} at the reader's position. */
export function readServerHello(r: Reader): ServerHello {
  const f = F.ServerHello;
  const legacy_version = r.u16(f.legacy_version);
  const random = r.raw(32, f.random);
  const legacy_session_id_echo = r.opaque(f.legacy_session_id_echo);
  const cipher_suite = r.u16(f.cipher_suite);
  const legacy_compression_method = r.u8(f.legacy_compression_method);
  const extensionsEnd = r.enterVector(f.extensions);
  const extensions: Extension[] = [];
  try {
    while (r.pos < r.end) extensions.push(readExtension(r, ServerHelloExtensionsContext));
  } catch (e) {
    throw nestedAt(e, f.extensions, extensions.length);
  }
  r.leave(extensionsEnd, f.extensions);
  return {
    legacy_version,
    random,
    legacy_session_id_echo,
    cipher_suite,
    legacy_compression_method,
    extensions,
  };
}

/** Write a {@link ServerHello}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeServerHello(w: Writer, v: ServerHelloInput): void {
  const f = F.ServerHello;
  expectObject(v, f.$);
  w.u16(v.legacy_version ?? 0x0303, f.legacy_version);
  w.fixed(v.random, 32, f.random);
  w.opaque(v.legacy_session_id_echo, f.legacy_session_id_echo);
  w.u16(v.cipher_suite, f.cipher_suite);
  w.u8(v.legacy_compression_method ?? 0, f.legacy_compression_method);
  const extensionsMark = w.beginVector(f.extensions);
  const extensionsItems = expectArray(v.extensions, f.extensions);
  let extensionsI = 0;
  try {
    for (; extensionsI < extensionsItems.length; extensionsI++)
      writeExtension(w, extensionsItems[extensionsI]!, ServerHelloExtensionsContext);
  } catch (e) {
    throw nestedAt(e, f.extensions, extensionsI);
  }
  w.endVector(extensionsMark, f.extensions);
}

/**
 * Decode a whole {@link ServerHello}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeServerHello(bytes: Uint8Array, limits?: DecodeLimits): ServerHello {
  const r = new Reader(bytes, 0, bytes.length, limits, F.ServerHello.$);
  const v = readServerHello(r);
  r.done(F.ServerHello.$);
  return v;
}

/** Encode a {@link ServerHello}. */
export function encodeServerHello(v: ServerHelloInput): Uint8Array {
  const w = new Writer();
  writeServerHello(w, v);
  return w.finish();
}

/** The random that marks a ServerHello as a HelloRetryRequest: SHA-256("HelloRetryRequest").
32 bytes.
@see RFC 8446 §4.1.3 */
export const HelloRetryRequestRandom: Uint8Array = hexBytes(
  'cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c',
);

/**
 * The same layout as ServerHello, sent with msg_type server_hello and recognised by its random.
 * Its extensions are decoded in the hello_retry_request context (key_share holds only a group).
 * @see RFC 8446 §4.1.4
 */
export interface HelloRetryRequest {
  /** Default: 0x0303. */
  legacy_version: ProtocolVersion;
  /** Always: HelloRetryRequestRandom. */
  random: Random;
  /** Wire: <0..32> bytes. */
  legacy_session_id_echo: Uint8Array;
  cipher_suite: CipherSuite;
  /** Default: 0. */
  legacy_compression_method: number;
  /** Wire: <6..65535> bytes. */
  extensions: Extension[];
}

/**
 * What {@link encodeHelloRetryRequest} takes: a {@link HelloRetryRequest}, where fields with a default may be
 * left out.
 */
export interface HelloRetryRequestInput {
  legacy_version?: ProtocolVersion;
  random?: Random;
  legacy_session_id_echo: Uint8Array;
  cipher_suite: CipherSuite;
  legacy_compression_method?: number;
  extensions: readonly ExtensionInput[];
}

/** Read a {@link HelloRetryRequest} at the reader's position. */
export function readHelloRetryRequest(r: Reader): HelloRetryRequest {
  const f = F.HelloRetryRequest;
  const legacy_version = r.u16(f.legacy_version);
  const random = r.raw(32, f.random);
  r.expectValue(random, HelloRetryRequestRandom, f.random);
  const legacy_session_id_echo = r.opaque(f.legacy_session_id_echo);
  const cipher_suite = r.u16(f.cipher_suite);
  const legacy_compression_method = r.u8(f.legacy_compression_method);
  const extensionsEnd = r.enterVector(f.extensions);
  const extensions: Extension[] = [];
  try {
    while (r.pos < r.end) extensions.push(readExtension(r, HelloRetryRequestExtensionsContext));
  } catch (e) {
    throw nestedAt(e, f.extensions, extensions.length);
  }
  r.leave(extensionsEnd, f.extensions);
  return {
    legacy_version,
    random,
    legacy_session_id_echo,
    cipher_suite,
    legacy_compression_method,
    extensions,
  };
}

/**
 * Write a {@link HelloRetryRequest}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeHelloRetryRequest(w: Writer, v: HelloRetryRequestInput): void {
  const f = F.HelloRetryRequest;
  expectObject(v, f.$);
  w.u16(v.legacy_version ?? 0x0303, f.legacy_version);
  w.fixed(expectValue(v.random ?? HelloRetryRequestRandom, HelloRetryRequestRandom, f.random), 32, f.random);
  w.opaque(v.legacy_session_id_echo, f.legacy_session_id_echo);
  w.u16(v.cipher_suite, f.cipher_suite);
  w.u8(v.legacy_compression_method ?? 0, f.legacy_compression_method);
  const extensionsMark = w.beginVector(f.extensions);
  const extensionsItems = expectArray(v.extensions, f.extensions);
  let extensionsI = 0;
  try {
    for (; extensionsI < extensionsItems.length; extensionsI++)
      writeExtension(w, extensionsItems[extensionsI]!, HelloRetryRequestExtensionsContext);
  } catch (e) {
    throw nestedAt(e, f.extensions, extensionsI);
  }
  w.endVector(extensionsMark, f.extensions);
}

/**
 * Decode a whole {@link HelloRetryRequest}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeHelloRetryRequest(bytes: Uint8Array, limits?: DecodeLimits): HelloRetryRequest {
  const r = new Reader(bytes, 0, bytes.length, limits, F.HelloRetryRequest.$);
  const v = readHelloRetryRequest(r);
  r.done(F.HelloRetryRequest.$);
  return v;
}

/** Encode a {@link HelloRetryRequest}. */
export function encodeHelloRetryRequest(v: HelloRetryRequestInput): Uint8Array {
  const w = new Writer();
  writeHelloRetryRequest(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.3.1 */
export interface EncryptedExtensions {
  /** Wire: <0..65535> bytes. */
  extensions: Extension[];
}

/**
 * What {@link encodeEncryptedExtensions} takes: a {@link EncryptedExtensions}, where fields with a default
 * may be left out.
 */
export interface EncryptedExtensionsInput {
  extensions: readonly ExtensionInput[];
}

/** Read a {@link EncryptedExtensions} at the reader's position. */
export function readEncryptedExtensions(r: Reader): EncryptedExtensions {
  const f = F.EncryptedExtensions;
  const extensionsEnd = r.enterVector(f.extensions);
  const extensions: Extension[] = [];
  try {
    while (r.pos < r.end) extensions.push(readExtension(r, EncryptedExtensionsExtensionsContext));
  } catch (e) {
    throw nestedAt(e, f.extensions, extensions.length);
  }
  r.leave(extensionsEnd, f.extensions);
  return { extensions };
}

/**
 * Write a {@link EncryptedExtensions}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeEncryptedExtensions(w: Writer, v: EncryptedExtensionsInput): void {
  const f = F.EncryptedExtensions;
  expectObject(v, f.$);
  const extensionsMark = w.beginVector(f.extensions);
  const extensionsItems = expectArray(v.extensions, f.extensions);
  let extensionsI = 0;
  try {
    for (; extensionsI < extensionsItems.length; extensionsI++)
      writeExtension(w, extensionsItems[extensionsI]!, EncryptedExtensionsExtensionsContext);
  } catch (e) {
    throw nestedAt(e, f.extensions, extensionsI);
  }
  w.endVector(extensionsMark, f.extensions);
}

/**
 * Decode a whole {@link EncryptedExtensions}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeEncryptedExtensions(bytes: Uint8Array, limits?: DecodeLimits): EncryptedExtensions {
  const r = new Reader(bytes, 0, bytes.length, limits, F.EncryptedExtensions.$);
  const v = readEncryptedExtensions(r);
  r.done(F.EncryptedExtensions.$);
  return v;
}

/** Encode a {@link EncryptedExtensions}. */
export function encodeEncryptedExtensions(v: EncryptedExtensionsInput): Uint8Array {
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

/**
 * What {@link encodeCertificateRequest} takes: a {@link CertificateRequest}, where fields with a default may
 * be left out.
 */
export interface CertificateRequestInput {
  certificate_request_context: Uint8Array;
  extensions: readonly ExtensionInput[];
}

/** Read a {@link CertificateRequest} at the reader's position. */
export function readCertificateRequest(r: Reader): CertificateRequest {
  const f = F.CertificateRequest;
  const certificate_request_context = r.opaque(f.certificate_request_context);
  const extensionsEnd = r.enterVector(f.extensions);
  const extensions: Extension[] = [];
  try {
    while (r.pos < r.end) extensions.push(readExtension(r, CertificateRequestExtensionsContext));
  } catch (e) {
    throw nestedAt(e, f.extensions, extensions.length);
  }
  r.leave(extensionsEnd, f.extensions);
  return { certificate_request_context, extensions };
}

/**
 * Write a {@link CertificateRequest}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeCertificateRequest(w: Writer, v: CertificateRequestInput): void {
  const f = F.CertificateRequest;
  expectObject(v, f.$);
  w.opaque(v.certificate_request_context, f.certificate_request_context);
  const extensionsMark = w.beginVector(f.extensions);
  const extensionsItems = expectArray(v.extensions, f.extensions);
  let extensionsI = 0;
  try {
    for (; extensionsI < extensionsItems.length; extensionsI++)
      writeExtension(w, extensionsItems[extensionsI]!, CertificateRequestExtensionsContext);
  } catch (e) {
    throw nestedAt(e, f.extensions, extensionsI);
  }
  w.endVector(extensionsMark, f.extensions);
}

/**
 * Decode a whole {@link CertificateRequest}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeCertificateRequest(bytes: Uint8Array, limits?: DecodeLimits): CertificateRequest {
  const r = new Reader(bytes, 0, bytes.length, limits, F.CertificateRequest.$);
  const v = readCertificateRequest(r);
  r.done(F.CertificateRequest.$);
  return v;
}

/** Encode a {@link CertificateRequest}. */
export function encodeCertificateRequest(v: CertificateRequestInput): Uint8Array {
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
export const CertificateTypeNames: ReadonlyMap<number, string> = new Map(
  Object.entries(CertificateType).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function CertificateTypeName(value: number): string {
  return enumName(CertificateTypeNames, value, 1);
}

/** What decoding or encoding a {@link CertificateEntry} needs to know that is not on the wire. */
export interface CertificateEntryContext {
  certificateType: CertificateType;
}

/** The variants of CertificateEntry.body, keyed by certificate_type. */
export type CertificateEntryBody =
  | { case: 'RawPublicKey'; value: CertificateEntryRawPublicKey }
  | { case: 'X509'; value: CertificateEntryX509 };
/**
 * {@link CertificateEntryBody} as an encoder takes it: the context fixes the case, so `case` may be left out.
 */
export type CertificateEntryBodyInput =
  | { case?: 'RawPublicKey'; value: CertificateEntryRawPublicKeyInput }
  | { case?: 'X509'; value: CertificateEntryX509Input };

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

/**
 * What {@link encodeCertificateEntry} takes: a {@link CertificateEntry}, where fields with a default may be
 * left out.
 */
export interface CertificateEntryInput {
  body: CertificateEntryBodyInput;
  extensions: readonly ExtensionInput[];
}

/** Read a {@link CertificateEntry} at the reader's position. */
export function readCertificateEntry(r: Reader, ctx: CertificateEntryContext): CertificateEntry {
  const f = F.CertificateEntry;
  let body: CertificateEntryBody;
  try {
    switch (ctx.certificateType) {
      case CertificateType.RawPublicKey:
        body = { case: 'RawPublicKey', value: readCertificateEntryRawPublicKey(r) };
        break;
      case CertificateType.X509:
        body = { case: 'X509', value: readCertificateEntryX509(r) };
        break;
      default:
        throw new DecodeError(
          'no_case',
          f.body,
          `no case for certificate_type ${String(ctx.certificateType)}`,
        );
    }
  } catch (e) {
    throw nested(e, f.body, '');
  }
  const extensionsEnd = r.enterVector(f.extensions);
  const extensions: Extension[] = [];
  try {
    while (r.pos < r.end) extensions.push(readExtension(r, { ...ctx, msgType: HandshakeType.certificate }));
  } catch (e) {
    throw nestedAt(e, f.extensions, extensions.length);
  }
  r.leave(extensionsEnd, f.extensions);
  return { body, extensions };
}

/**
 * Write a {@link CertificateEntry}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeCertificateEntry(
  w: Writer,
  v: CertificateEntryInput,
  ctx: CertificateEntryContext,
): void {
  const f = F.CertificateEntry;
  expectObject(v, f.$);
  const bodyValue = expectObject(v.body, f.body);
  try {
    switch (ctx.certificateType) {
      case CertificateType.RawPublicKey: {
        expectCase(bodyValue.case, 'RawPublicKey', f.body);
        writeCertificateEntryRawPublicKey(w, bodyValue.value as CertificateEntryRawPublicKeyInput);
        break;
      }
      case CertificateType.X509: {
        expectCase(bodyValue.case, 'X509', f.body);
        writeCertificateEntryX509(w, bodyValue.value as CertificateEntryX509Input);
        break;
      }
      default: {
        throw new EncodeError(
          'no_case',
          f.body,
          `the context (certificate_type ${String(ctx.certificateType)}) has no case`,
        );
      }
    }
  } catch (e) {
    throw nested(e, f.body, '');
  }
  const extensionsMark = w.beginVector(f.extensions);
  const extensionsItems = expectArray(v.extensions, f.extensions);
  let extensionsI = 0;
  try {
    for (; extensionsI < extensionsItems.length; extensionsI++)
      writeExtension(w, extensionsItems[extensionsI]!, { ...ctx, msgType: HandshakeType.certificate });
  } catch (e) {
    throw nestedAt(e, f.extensions, extensionsI);
  }
  w.endVector(extensionsMark, f.extensions);
}

/**
 * Decode a whole {@link CertificateEntry}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeCertificateEntry(
  bytes: Uint8Array,
  ctx: CertificateEntryContext,
  limits?: DecodeLimits,
): CertificateEntry {
  const r = new Reader(bytes, 0, bytes.length, limits, F.CertificateEntry.$);
  const v = readCertificateEntry(r, ctx);
  r.done(F.CertificateEntry.$);
  return v;
}

/** Encode a {@link CertificateEntry}. */
export function encodeCertificateEntry(v: CertificateEntryInput, ctx: CertificateEntryContext): Uint8Array {
  const w = new Writer();
  writeCertificateEntry(w, v, ctx);
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

/**
 * What {@link encodeCertificateEntryRawPublicKey} takes: a {@link CertificateEntryRawPublicKey}, where fields
 * with a default may be left out.
 */
export interface CertificateEntryRawPublicKeyInput {
  ASN1_subjectPublicKeyInfo: Uint8Array;
}

/** Read a {@link CertificateEntryRawPublicKey} at the reader's position. */
export function readCertificateEntryRawPublicKey(r: Reader): CertificateEntryRawPublicKey {
  const f = F.CertificateEntryRawPublicKey;
  const ASN1_subjectPublicKeyInfo = r.opaque(f.ASN1_subjectPublicKeyInfo);
  return { ASN1_subjectPublicKeyInfo };
}

/**
 * Write a {@link CertificateEntryRawPublicKey}; throws EncodeError naming the field for a value the spec does
 * not allow.
 */
export function writeCertificateEntryRawPublicKey(w: Writer, v: CertificateEntryRawPublicKeyInput): void {
  const f = F.CertificateEntryRawPublicKey;
  expectObject(v, f.$);
  w.opaque(v.ASN1_subjectPublicKeyInfo, f.ASN1_subjectPublicKeyInfo);
}

/**
 * Decode a whole {@link CertificateEntryRawPublicKey}: trailing bytes are an error. Opaque fields are views
 * into `bytes`; `limits` bound what one decode may cost.
 */
export function decodeCertificateEntryRawPublicKey(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): CertificateEntryRawPublicKey {
  const r = new Reader(bytes, 0, bytes.length, limits, F.CertificateEntryRawPublicKey.$);
  const v = readCertificateEntryRawPublicKey(r);
  r.done(F.CertificateEntryRawPublicKey.$);
  return v;
}

/** Encode a {@link CertificateEntryRawPublicKey}. */
export function encodeCertificateEntryRawPublicKey(v: CertificateEntryRawPublicKeyInput): Uint8Array {
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

/**
 * What {@link encodeCertificateEntryX509} takes: a {@link CertificateEntryX509}, where fields with a default
 * may be left out.
 */
export interface CertificateEntryX509Input {
  cert_data: Uint8Array;
}

/** Read a {@link CertificateEntryX509} at the reader's position. */
export function readCertificateEntryX509(r: Reader): CertificateEntryX509 {
  const f = F.CertificateEntryX509;
  const cert_data = r.opaque(f.cert_data);
  return { cert_data };
}

/**
 * Write a {@link CertificateEntryX509}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeCertificateEntryX509(w: Writer, v: CertificateEntryX509Input): void {
  const f = F.CertificateEntryX509;
  expectObject(v, f.$);
  w.opaque(v.cert_data, f.cert_data);
}

/**
 * Decode a whole {@link CertificateEntryX509}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeCertificateEntryX509(bytes: Uint8Array, limits?: DecodeLimits): CertificateEntryX509 {
  const r = new Reader(bytes, 0, bytes.length, limits, F.CertificateEntryX509.$);
  const v = readCertificateEntryX509(r);
  r.done(F.CertificateEntryX509.$);
  return v;
}

/** Encode a {@link CertificateEntryX509}. */
export function encodeCertificateEntryX509(v: CertificateEntryX509Input): Uint8Array {
  const w = new Writer();
  writeCertificateEntryX509(w, v);
  return w.finish();
}

/** What decoding or encoding a {@link Certificate} needs to know that is not on the wire. */
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

/**
 * What {@link encodeCertificate} takes: a {@link Certificate}, where fields with a default may be left out.
 */
export interface CertificateInput {
  certificate_request_context: Uint8Array;
  certificate_list: readonly CertificateEntryInput[];
}

/** Read a {@link Certificate} at the reader's position. */
export function readCertificate(r: Reader, ctx: CertificateContext): Certificate {
  const f = F.Certificate;
  const certificate_request_context = r.opaque(f.certificate_request_context);
  const certificate_listEnd = r.enterVector(f.certificate_list);
  const certificate_list: CertificateEntry[] = [];
  try {
    while (r.pos < r.end) certificate_list.push(readCertificateEntry(r, ctx));
  } catch (e) {
    throw nestedAt(e, f.certificate_list, certificate_list.length);
  }
  r.leave(certificate_listEnd, f.certificate_list);
  return { certificate_request_context, certificate_list };
}

/** Write a {@link Certificate}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeCertificate(w: Writer, v: CertificateInput, ctx: CertificateContext): void {
  const f = F.Certificate;
  expectObject(v, f.$);
  w.opaque(v.certificate_request_context, f.certificate_request_context);
  const certificate_listMark = w.beginVector(f.certificate_list);
  const certificate_listItems = expectArray(v.certificate_list, f.certificate_list);
  let certificate_listI = 0;
  try {
    for (; certificate_listI < certificate_listItems.length; certificate_listI++)
      writeCertificateEntry(w, certificate_listItems[certificate_listI]!, ctx);
  } catch (e) {
    throw nestedAt(e, f.certificate_list, certificate_listI);
  }
  w.endVector(certificate_listMark, f.certificate_list);
}

/**
 * Decode a whole {@link Certificate}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeCertificate(
  bytes: Uint8Array,
  ctx: CertificateContext,
  limits?: DecodeLimits,
): Certificate {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Certificate.$);
  const v = readCertificate(r, ctx);
  r.done(F.Certificate.$);
  return v;
}

/** Encode a {@link Certificate}. */
export function encodeCertificate(v: CertificateInput, ctx: CertificateContext): Uint8Array {
  const w = new Writer();
  writeCertificate(w, v, ctx);
  return w.finish();
}

/** @see RFC 8446 §4.4.3 */
export interface CertificateVerify {
  algorithm: SignatureScheme;
  /** Wire: <0..65535> bytes. */
  signature: Uint8Array;
}

/**
 * What {@link encodeCertificateVerify} takes: a {@link CertificateVerify}, where fields with a default may be
 * left out.
 */
export interface CertificateVerifyInput {
  algorithm: SignatureScheme;
  signature: Uint8Array;
}

/** Read a {@link CertificateVerify} at the reader's position. */
export function readCertificateVerify(r: Reader): CertificateVerify {
  const f = F.CertificateVerify;
  const algorithm = r.u16(f.algorithm);
  const signature = r.opaque(f.signature);
  return { algorithm, signature };
}

/**
 * Write a {@link CertificateVerify}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeCertificateVerify(w: Writer, v: CertificateVerifyInput): void {
  const f = F.CertificateVerify;
  expectObject(v, f.$);
  w.u16(v.algorithm, f.algorithm);
  w.opaque(v.signature, f.signature);
}

/**
 * Decode a whole {@link CertificateVerify}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeCertificateVerify(bytes: Uint8Array, limits?: DecodeLimits): CertificateVerify {
  const r = new Reader(bytes, 0, bytes.length, limits, F.CertificateVerify.$);
  const v = readCertificateVerify(r);
  r.done(F.CertificateVerify.$);
  return v;
}

/** Encode a {@link CertificateVerify}. */
export function encodeCertificateVerify(v: CertificateVerifyInput): Uint8Array {
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

/** What {@link encodeFinished} takes: a {@link Finished}, where fields with a default may be left out. */
export interface FinishedInput {
  verify_data: Uint8Array;
}

/** Read a {@link Finished} at the reader's position. */
export function readFinished(r: Reader): Finished {
  const verify_data = r.rest();
  return { verify_data };
}

/** Write a {@link Finished}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeFinished(w: Writer, v: FinishedInput): void {
  const f = F.Finished;
  expectObject(v, f.$);
  w.raw(v.verify_data, f.verify_data);
}

/**
 * Decode a whole {@link Finished}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeFinished(bytes: Uint8Array, limits?: DecodeLimits): Finished {
  const r = new Reader(bytes, 0, bytes.length, limits, F.Finished.$);
  const v = readFinished(r);
  r.done(F.Finished.$);
  return v;
}

/** Encode a {@link Finished}. */
export function encodeFinished(v: FinishedInput): Uint8Array {
  const w = new Writer();
  writeFinished(w, v);
  return w.finish();
}

/** @see RFC 8446 §4.5 */
export interface EndOfEarlyData {}

/**
 * What {@link encodeEndOfEarlyData} takes: a {@link EndOfEarlyData}, where fields with a default may be left
 * out.
 */
export interface EndOfEarlyDataInput {}

/** Read a {@link EndOfEarlyData} at the reader's position. */
export function readEndOfEarlyData(r: Reader): EndOfEarlyData {
  return {};
}

/**
 * Write a {@link EndOfEarlyData}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeEndOfEarlyData(w: Writer, v: EndOfEarlyDataInput): void {
  const f = F.EndOfEarlyData;
  expectObject(v, f.$);
}

/**
 * Decode a whole {@link EndOfEarlyData}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeEndOfEarlyData(bytes: Uint8Array, limits?: DecodeLimits): EndOfEarlyData {
  const r = new Reader(bytes, 0, bytes.length, limits, F.EndOfEarlyData.$);
  const v = readEndOfEarlyData(r);
  r.done(F.EndOfEarlyData.$);
  return v;
}

/** Encode a {@link EndOfEarlyData}. */
export function encodeEndOfEarlyData(v: EndOfEarlyDataInput): Uint8Array {
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

/**
 * What {@link encodeNewSessionTicket} takes: a {@link NewSessionTicket}, where fields with a default may be
 * left out.
 */
export interface NewSessionTicketInput {
  ticket_lifetime: number;
  ticket_age_add: number;
  ticket_nonce: Uint8Array;
  ticket: Uint8Array;
  extensions: readonly ExtensionInput[];
}

/** Read a {@link NewSessionTicket} at the reader's position. */
export function readNewSessionTicket(r: Reader): NewSessionTicket {
  const f = F.NewSessionTicket;
  const ticket_lifetime = r.u32(f.ticket_lifetime);
  const ticket_age_add = r.u32(f.ticket_age_add);
  const ticket_nonce = r.opaque(f.ticket_nonce);
  const ticket = r.opaque(f.ticket);
  const extensionsEnd = r.enterVector(f.extensions);
  const extensions: Extension[] = [];
  try {
    while (r.pos < r.end) extensions.push(readExtension(r, NewSessionTicketExtensionsContext));
  } catch (e) {
    throw nestedAt(e, f.extensions, extensions.length);
  }
  r.leave(extensionsEnd, f.extensions);
  return { ticket_lifetime, ticket_age_add, ticket_nonce, ticket, extensions };
}

/**
 * Write a {@link NewSessionTicket}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeNewSessionTicket(w: Writer, v: NewSessionTicketInput): void {
  const f = F.NewSessionTicket;
  expectObject(v, f.$);
  w.u32(v.ticket_lifetime, f.ticket_lifetime);
  w.u32(v.ticket_age_add, f.ticket_age_add);
  w.opaque(v.ticket_nonce, f.ticket_nonce);
  w.opaque(v.ticket, f.ticket);
  const extensionsMark = w.beginVector(f.extensions);
  const extensionsItems = expectArray(v.extensions, f.extensions);
  let extensionsI = 0;
  try {
    for (; extensionsI < extensionsItems.length; extensionsI++)
      writeExtension(w, extensionsItems[extensionsI]!, NewSessionTicketExtensionsContext);
  } catch (e) {
    throw nestedAt(e, f.extensions, extensionsI);
  }
  w.endVector(extensionsMark, f.extensions);
}

/**
 * Decode a whole {@link NewSessionTicket}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeNewSessionTicket(bytes: Uint8Array, limits?: DecodeLimits): NewSessionTicket {
  const r = new Reader(bytes, 0, bytes.length, limits, F.NewSessionTicket.$);
  const v = readNewSessionTicket(r);
  r.done(F.NewSessionTicket.$);
  return v;
}

/** Encode a {@link NewSessionTicket}. */
export function encodeNewSessionTicket(v: NewSessionTicketInput): Uint8Array {
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
export const KeyUpdateRequestNames: ReadonlyMap<number, string> = new Map(
  Object.entries(KeyUpdateRequest).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function KeyUpdateRequestName(value: number): string {
  return enumName(KeyUpdateRequestNames, value, 1);
}

/** @see RFC 8446 §4.6.3 */
export interface KeyUpdate {
  request_update: KeyUpdateRequest;
}

/** What {@link encodeKeyUpdate} takes: a {@link KeyUpdate}, where fields with a default may be left out. */
export interface KeyUpdateInput {
  request_update: KeyUpdateRequest;
}

/** Read a {@link KeyUpdate} at the reader's position. */
export function readKeyUpdate(r: Reader): KeyUpdate {
  const f = F.KeyUpdate;
  const request_update = r.u8(f.request_update);
  return { request_update };
}

/** Write a {@link KeyUpdate}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeKeyUpdate(w: Writer, v: KeyUpdateInput): void {
  const f = F.KeyUpdate;
  expectObject(v, f.$);
  w.u8(v.request_update, f.request_update);
}

/**
 * Decode a whole {@link KeyUpdate}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeKeyUpdate(bytes: Uint8Array, limits?: DecodeLimits): KeyUpdate {
  const r = new Reader(bytes, 0, bytes.length, limits, F.KeyUpdate.$);
  const v = readKeyUpdate(r);
  r.done(F.KeyUpdate.$);
  return v;
}

/** Encode a {@link KeyUpdate}. */
export function encodeKeyUpdate(v: KeyUpdateInput): Uint8Array {
  const w = new Writer();
  writeKeyUpdate(w, v);
  return w.finish();
}

/** Where each field is in specs/tls/handshake.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/tls/handshake.spec', {
  Handshake: {
    $: 36,
    msg_type: 20,
    body: { line: 35, minLength: 0, maxLength: 2 ** 24 - 1 },
  },
  ClientHello: {
    $: 52,
    legacy_version: 45,
    random: 46,
    legacy_session_id: { line: 47, minLength: 0, maxLength: 32 },
    cipher_suites: { line: 48, minLength: 2, maxLength: 2 ** 16 - 2, unit: 2 },
    legacy_compression_methods: { line: 49, minLength: 1, maxLength: 255 },
    extensions: { line: 51, minLength: 8, maxLength: 2 ** 16 - 1 },
  },
  ServerHello: {
    $: 63,
    legacy_version: 56,
    random: 57,
    legacy_session_id_echo: { line: 58, minLength: 0, maxLength: 32 },
    cipher_suite: 59,
    legacy_compression_method: 60,
    extensions: { line: 62, minLength: 6, maxLength: 2 ** 16 - 1 },
  },
  HelloRetryRequestRandom: {
    $: 67,
  },
  HelloRetryRequest: {
    $: 83,
    legacy_version: 76,
    random: 77,
    legacy_session_id_echo: { line: 78, minLength: 0, maxLength: 32 },
    cipher_suite: 79,
    legacy_compression_method: 80,
    extensions: { line: 82, minLength: 6, maxLength: 2 ** 16 - 1 },
  },
  EncryptedExtensions: {
    $: 89,
    extensions: { line: 88, minLength: 0, maxLength: 2 ** 16 - 1 },
  },
  CertificateRequest: {
    $: 96,
    certificate_request_context: { line: 93, minLength: 0, maxLength: 255 },
    extensions: { line: 95, minLength: 2, maxLength: 2 ** 16 - 1 },
  },
  CertificateEntry: {
    $: 126,
    body: 116,
    extensions: { line: 125, minLength: 0, maxLength: 2 ** 16 - 1 },
  },
  CertificateEntryRawPublicKey: {
    $: 117,
    ASN1_subjectPublicKeyInfo: { line: 119, minLength: 1, maxLength: 2 ** 24 - 1 },
  },
  CertificateEntryX509: {
    $: 121,
    cert_data: { line: 122, minLength: 1, maxLength: 2 ** 24 - 1 },
  },
  Certificate: {
    $: 133,
    certificate_request_context: { line: 131, minLength: 0, maxLength: 255 },
    certificate_list: { line: 132, minLength: 0, maxLength: 2 ** 24 - 1 },
  },
  CertificateVerify: {
    $: 139,
    algorithm: 137,
    signature: { line: 138, minLength: 0, maxLength: 2 ** 16 - 1 },
  },
  Finished: {
    $: 148,
    verify_data: 147,
  },
  EndOfEarlyData: {
    $: 151,
  },
  NewSessionTicket: {
    $: 161,
    ticket_lifetime: 155,
    ticket_age_add: 156,
    ticket_nonce: { line: 157, minLength: 0, maxLength: 255 },
    ticket: { line: 158, minLength: 1, maxLength: 2 ** 16 - 1 },
    extensions: { line: 160, minLength: 0, maxLength: 2 ** 16 - 2 },
  },
  KeyUpdate: {
    $: 171,
    request_update: 170,
  },
});
/** The body case -> msg_type: filled in when an encoder's input leaves it out. */
const HandshakeBodyTags = {
  client_hello: HandshakeType.client_hello,
  hello_retry_request: HandshakeType.server_hello,
  server_hello: HandshakeType.server_hello,
  end_of_early_data: HandshakeType.end_of_early_data,
  encrypted_extensions: HandshakeType.encrypted_extensions,
  certificate_request: HandshakeType.certificate_request,
  certificate: HandshakeType.certificate,
  certificate_verify: HandshakeType.certificate_verify,
  finished: HandshakeType.finished,
  new_session_ticket: HandshakeType.new_session_ticket,
  key_update: HandshakeType.key_update,
} as const;
/** The context ClientHello.extensions decodes its elements with. */
const ClientHelloExtensionsContext = { msgType: HandshakeType.client_hello } as const;
/** The context ServerHello.extensions decodes its elements with. */
const ServerHelloExtensionsContext = { msgType: HandshakeType.server_hello } as const;
/** The context HelloRetryRequest.extensions decodes its elements with. */
const HelloRetryRequestExtensionsContext = { msgType: HandshakeType.hello_retry_request } as const;
/** The context EncryptedExtensions.extensions decodes its elements with. */
const EncryptedExtensionsExtensionsContext = { msgType: HandshakeType.encrypted_extensions } as const;
/** The context CertificateRequest.extensions decodes its elements with. */
const CertificateRequestExtensionsContext = { msgType: HandshakeType.certificate_request } as const;
/** The context NewSessionTicket.extensions decodes its elements with. */
const NewSessionTicketExtensionsContext = { msgType: HandshakeType.new_session_ticket } as const;
