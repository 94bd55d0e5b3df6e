// Generated from specs/tls/client13.spec by otpnet-gen. Do not edit.
import { type MachineTable, type Received, type SendStep, type Step, stepMachine } from '@otpnet/wire';
import { HandshakeTypeName } from './common.js';
import type {
  Certificate,
  CertificateInput,
  CertificateRequest,
  CertificateVerify,
  CertificateVerifyInput,
  ClientHelloInput,
  EncryptedExtensions,
  EndOfEarlyDataInput,
  Finished,
  FinishedInput,
  Handshake,
  HelloRetryRequest,
  KeyUpdate,
  KeyUpdateInput,
  NewSessionTicket,
  ServerHello,
} from './handshake.js';

/**
 * A state of the tls13_client machine.
 * @see RFC 8446 §A.1
 */
export type Tls13ClientState =
  | 'START'
  | 'WAIT_SH'
  | 'WAIT_EE'
  | 'START_AFTER_HRR'
  | 'WAIT_SH_AFTER_HRR'
  | 'WAIT_CERT_CR'
  | 'WAIT_FINISHED'
  | 'WAIT_CERT'
  | 'WAIT_CV'
  | 'SEND_EOED'
  | 'SEND_CERT'
  | 'SEND_FINISHED'
  | 'SEND_CV'
  | 'CONNECTED'
  | 'PH_SEND_CERT'
  | 'PH_SEND_CV'
  | 'PH_SEND_FINISHED';
/** Every {@link Tls13ClientState}, in spec order. */
export const tls13ClientStates = [
  'START',
  'WAIT_SH',
  'WAIT_EE',
  'START_AFTER_HRR',
  'WAIT_SH_AFTER_HRR',
  'WAIT_CERT_CR',
  'WAIT_FINISHED',
  'WAIT_CERT',
  'WAIT_CV',
  'SEND_EOED',
  'SEND_CERT',
  'SEND_FINISHED',
  'SEND_CV',
  'CONNECTED',
  'PH_SEND_CERT',
  'PH_SEND_CV',
  'PH_SEND_FINISHED',
] as const satisfies readonly Tls13ClientState[];
/** The state tls13_client starts in. */
export const tls13ClientInitial = 'START' satisfies Tls13ClientState;
/** The states tls13_client may stop in. */
export const tls13ClientFinals = ['CONNECTED'] as const satisfies readonly Tls13ClientState[];
/** The messages tls13_client receives, and what each decodes to. */
export interface Tls13ClientReceived {
  server_hello: ServerHello;
  hello_retry_request: HelloRetryRequest;
  encrypted_extensions: EncryptedExtensions;
  certificate_request: CertificateRequest;
  certificate: Certificate;
  certificate_verify: CertificateVerify;
  finished: Finished;
  new_session_ticket: NewSessionTicket;
  key_update: KeyUpdate;
}

/** The messages tls13_client sends, each as its encoder takes it. */
export interface Tls13ClientSent {
  client_hello: ClientHelloInput;
  certificate: CertificateInput;
  certificate_verify: CertificateVerifyInput;
  finished: FinishedInput;
  end_of_early_data: EndOfEarlyDataInput;
  key_update: KeyUpdateInput;
}

/** A message that a row of tls13_client names. */
export type Tls13ClientMessage =
  | 'client_hello'
  | 'server_hello'
  | 'hello_retry_request'
  | 'encrypted_extensions'
  | 'certificate_request'
  | 'certificate'
  | 'certificate_verify'
  | 'finished'
  | 'end_of_early_data'
  | 'new_session_ticket'
  | 'key_update';
/** Every {@link Tls13ClientMessage}, in spec order. */
export const tls13ClientMessages = [
  'client_hello',
  'server_hello',
  'hello_retry_request',
  'encrypted_extensions',
  'certificate_request',
  'certificate',
  'certificate_verify',
  'finished',
  'end_of_early_data',
  'new_session_ticket',
  'key_update',
] as const satisfies readonly Tls13ClientMessage[];
/** A message tls13_client has a row for, as it arrived. */
export type Tls13ClientEvent = {
  [N in keyof Tls13ClientReceived]: Received<N, Tls13ClientReceived[N]>;
}[keyof Tls13ClientReceived];
/**
 * What the runtime implements for tls13_client: one method per handler, typed row by row. A handler is
 * pure: it returns the next state (only states its row permits type-check) with the outputs `A`
 * the runtime carries out; a send handler also gives the message to send. A missing handler is a
 * compile error.
 */
export interface Tls13ClientHandlers<A = unknown> {
  /** START send client_hello -> WAIT_SH (specs/tls/client13.spec:20) */
  sendClientHello(from: 'START'): SendStep<'WAIT_SH', ClientHelloInput, A>;
  /** WAIT_SH recv server_hello -> WAIT_EE (specs/tls/client13.spec:21) */
  onServerHello(message: ServerHello, raw: Uint8Array, from: 'WAIT_SH'): Step<'WAIT_EE', A>;
  /** WAIT_SH recv hello_retry_request -> START_AFTER_HRR (specs/tls/client13.spec:22) */
  onHelloRetryRequest(
    message: HelloRetryRequest,
    raw: Uint8Array,
    from: 'WAIT_SH',
  ): Step<'START_AFTER_HRR', A>;
  /** START_AFTER_HRR send client_hello -> WAIT_SH_AFTER_HRR (specs/tls/client13.spec:23) */
  sendSecondClientHello(from: 'START_AFTER_HRR'): SendStep<'WAIT_SH_AFTER_HRR', ClientHelloInput, A>;
  /** WAIT_SH_AFTER_HRR recv server_hello -> WAIT_EE (specs/tls/client13.spec:24) */
  onServerHelloAfterRetry(
    message: ServerHello,
    raw: Uint8Array,
    from: 'WAIT_SH_AFTER_HRR',
  ): Step<'WAIT_EE', A>;
  /** WAIT_EE recv encrypted_extensions -> WAIT_CERT_CR | WAIT_FINISHED (specs/tls/client13.spec:27) */
  onEncryptedExtensions(
    message: EncryptedExtensions,
    raw: Uint8Array,
    from: 'WAIT_EE',
  ): Step<'WAIT_CERT_CR' | 'WAIT_FINISHED', A>;
  /** WAIT_CERT_CR recv certificate_request -> WAIT_CERT (specs/tls/client13.spec:28) */
  onCertificateRequest(
    message: CertificateRequest,
    raw: Uint8Array,
    from: 'WAIT_CERT_CR',
  ): Step<'WAIT_CERT', A>;
  /** WAIT_CERT_CR recv certificate -> WAIT_CV (specs/tls/client13.spec:29) */
  onCertificate(message: Certificate, raw: Uint8Array, from: 'WAIT_CERT_CR'): Step<'WAIT_CV', A>;
  /** WAIT_CERT recv certificate -> WAIT_CV (specs/tls/client13.spec:30) */
  onCertificateAfterRequest(message: Certificate, raw: Uint8Array, from: 'WAIT_CERT'): Step<'WAIT_CV', A>;
  /** WAIT_CV recv certificate_verify -> WAIT_FINISHED (specs/tls/client13.spec:31) */
  onCertificateVerify(message: CertificateVerify, raw: Uint8Array, from: 'WAIT_CV'): Step<'WAIT_FINISHED', A>;
  /** WAIT_FINISHED recv finished -> SEND_EOED | SEND_CERT | SEND_FINISHED (specs/tls/client13.spec:32) */
  onFinished(
    message: Finished,
    raw: Uint8Array,
    from: 'WAIT_FINISHED',
  ): Step<'SEND_EOED' | 'SEND_CERT' | 'SEND_FINISHED', A>;
  /** SEND_EOED send end_of_early_data -> SEND_CERT | SEND_FINISHED (specs/tls/client13.spec:36) */
  sendEndOfEarlyData(from: 'SEND_EOED'): SendStep<'SEND_CERT' | 'SEND_FINISHED', EndOfEarlyDataInput, A>;
  /** SEND_CERT send certificate -> SEND_CV | SEND_FINISHED (specs/tls/client13.spec:37) */
  sendCertificate(from: 'SEND_CERT'): SendStep<'SEND_CV' | 'SEND_FINISHED', CertificateInput, A>;
  /** SEND_CV send certificate_verify -> SEND_FINISHED (specs/tls/client13.spec:38) */
  sendCertificateVerify(from: 'SEND_CV'): SendStep<'SEND_FINISHED', CertificateVerifyInput, A>;
  /** SEND_FINISHED send finished -> CONNECTED (specs/tls/client13.spec:39) */
  sendFinished(from: 'SEND_FINISHED'): SendStep<'CONNECTED', FinishedInput, A>;
  /** CONNECTED recv new_session_ticket -> CONNECTED (specs/tls/client13.spec:42) */
  onNewSessionTicket(message: NewSessionTicket, raw: Uint8Array, from: 'CONNECTED'): Step<'CONNECTED', A>;
  /** CONNECTED recv key_update -> CONNECTED (specs/tls/client13.spec:43) */
  onKeyUpdate(message: KeyUpdate, raw: Uint8Array, from: 'CONNECTED'): Step<'CONNECTED', A>;
  /** CONNECTED send key_update -> CONNECTED (specs/tls/client13.spec:44) */
  sendKeyUpdate(from: 'CONNECTED'): SendStep<'CONNECTED', KeyUpdateInput, A>;
  /** CONNECTED recv certificate_request -> PH_SEND_CERT (specs/tls/client13.spec:45) */
  onPostHandshakeCertificateRequest(
    message: CertificateRequest,
    raw: Uint8Array,
    from: 'CONNECTED',
  ): Step<'PH_SEND_CERT', A>;
  /** PH_SEND_CERT send certificate -> PH_SEND_CV | PH_SEND_FINISHED (specs/tls/client13.spec:46) */
  sendPostHandshakeCertificate(
    from: 'PH_SEND_CERT',
  ): SendStep<'PH_SEND_CV' | 'PH_SEND_FINISHED', CertificateInput, A>;
  /** PH_SEND_CV send certificate_verify -> PH_SEND_FINISHED (specs/tls/client13.spec:47) */
  sendPostHandshakeCertificateVerify(
    from: 'PH_SEND_CV',
  ): SendStep<'PH_SEND_FINISHED', CertificateVerifyInput, A>;
  /** PH_SEND_FINISHED send finished -> CONNECTED (specs/tls/client13.spec:48) */
  sendPostHandshakeFinished(from: 'PH_SEND_FINISHED'): SendStep<'CONNECTED', FinishedInput, A>;
}

/**
 * The tls13_client transition table: state, then `"<direction> <message>"`, then the handler and
 * the states it may pick. A pair that is not here is an unexpected message.
 * @see RFC 8446 §A.1
 */
export const tls13ClientTransitions = {
  START: {
    'send client_hello': { handler: 'sendClientHello', next: ['WAIT_SH'] },
  },
  WAIT_SH: {
    'recv server_hello': { handler: 'onServerHello', next: ['WAIT_EE'] },
    'recv hello_retry_request': { handler: 'onHelloRetryRequest', next: ['START_AFTER_HRR'] },
  },
  WAIT_EE: {
    'recv encrypted_extensions': {
      handler: 'onEncryptedExtensions',
      next: ['WAIT_CERT_CR', 'WAIT_FINISHED'],
    },
  },
  START_AFTER_HRR: {
    'send client_hello': { handler: 'sendSecondClientHello', next: ['WAIT_SH_AFTER_HRR'] },
  },
  WAIT_SH_AFTER_HRR: {
    'recv server_hello': { handler: 'onServerHelloAfterRetry', next: ['WAIT_EE'] },
  },
  WAIT_CERT_CR: {
    'recv certificate_request': { handler: 'onCertificateRequest', next: ['WAIT_CERT'] },
    'recv certificate': { handler: 'onCertificate', next: ['WAIT_CV'] },
  },
  WAIT_FINISHED: {
    'recv finished': { handler: 'onFinished', next: ['SEND_EOED', 'SEND_CERT', 'SEND_FINISHED'] },
  },
  WAIT_CERT: {
    'recv certificate': { handler: 'onCertificateAfterRequest', next: ['WAIT_CV'] },
  },
  WAIT_CV: {
    'recv certificate_verify': { handler: 'onCertificateVerify', next: ['WAIT_FINISHED'] },
  },
  SEND_EOED: {
    'send end_of_early_data': { handler: 'sendEndOfEarlyData', next: ['SEND_CERT', 'SEND_FINISHED'] },
  },
  SEND_CERT: {
    'send certificate': { handler: 'sendCertificate', next: ['SEND_CV', 'SEND_FINISHED'] },
  },
  SEND_FINISHED: {
    'send finished': { handler: 'sendFinished', next: ['CONNECTED'] },
  },
  SEND_CV: {
    'send certificate_verify': { handler: 'sendCertificateVerify', next: ['SEND_FINISHED'] },
  },
  CONNECTED: {
    'recv new_session_ticket': { handler: 'onNewSessionTicket', next: ['CONNECTED'] },
    'recv key_update': { handler: 'onKeyUpdate', next: ['CONNECTED'] },
    'send key_update': { handler: 'sendKeyUpdate', next: ['CONNECTED'] },
    'recv certificate_request': { handler: 'onPostHandshakeCertificateRequest', next: ['PH_SEND_CERT'] },
  },
  PH_SEND_CERT: {
    'send certificate': { handler: 'sendPostHandshakeCertificate', next: ['PH_SEND_CV', 'PH_SEND_FINISHED'] },
  },
  PH_SEND_CV: {
    'send certificate_verify': { handler: 'sendPostHandshakeCertificateVerify', next: ['PH_SEND_FINISHED'] },
  },
  PH_SEND_FINISHED: {
    'send finished': { handler: 'sendPostHandshakeFinished', next: ['CONNECTED'] },
  },
} as const satisfies MachineTable<Tls13ClientState, keyof Tls13ClientHandlers>;
/**
 * Run the tls13_client row for a message that arrived in `state`: its handler gets the message, its
 * bytes and the state, and returns the next state and its outputs.
 * @throws UnexpectedMessageError (from @otpnet/wire) when the table has no row for it, or the name
 * is not one of the machine's.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function receiveTls13Client<A>(
  handlers: Tls13ClientHandlers<A>,
  state: Tls13ClientState,
  m: Tls13ClientEvent | Received,
): Step<Tls13ClientState, A> {
  return stepMachine('tls13_client', tls13ClientTransitions, handlers, state, 'recv', m.name, [
    m.message,
    m.raw,
    state,
  ]) as Step<Tls13ClientState, A>;
}

/**
 * Run the tls13_client row that sends `message` from `state`: its handler gives the message (as its
 * encoder takes it), the next state and its outputs.
 * @throws UnexpectedMessageError when the table has no row for it.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function sendTls13Client<A, N extends keyof Tls13ClientSent>(
  handlers: Tls13ClientHandlers<A>,
  state: Tls13ClientState,
  message: N,
): SendStep<Tls13ClientState, Tls13ClientSent[N], A> {
  return stepMachine('tls13_client', tls13ClientTransitions, handlers, state, 'send', message, [
    state,
  ]) as SendStep<Tls13ClientState, Tls13ClientSent[N], A>;
}

/**
 * A decoded {@link Handshake} as the message tls13_client receives: its case names the message (a case
 * the select has no arm for keeps its number, and no row takes it).
 */
export function tls13ClientEventOf(v: Handshake, raw: Uint8Array): Tls13ClientEvent | Received {
  return { name: v.body.case ?? HandshakeTypeName(v.msg_type), message: v.body.value, raw } as
    | Tls13ClientEvent
    | Received;
}
