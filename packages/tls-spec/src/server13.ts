// Generated from specs/tls/server13.spec by otpnet-gen. Do not edit.
import { type MachineTable, type Received, type SendStep, type Step, stepMachine } from '@otpnet/wire';
import { HandshakeTypeName } from './common.js';
import type {
  Certificate,
  CertificateInput,
  CertificateRequestInput,
  CertificateVerify,
  CertificateVerifyInput,
  ClientHello,
  EncryptedExtensionsInput,
  EndOfEarlyData,
  Finished,
  FinishedInput,
  Handshake,
  HelloRetryRequestInput,
  KeyUpdate,
  KeyUpdateInput,
  NewSessionTicketInput,
  ServerHelloInput,
} from './handshake.js';

/**
 * A state of the tls13_server machine.
 * @see RFC 8446 §A.2
 */
export type Tls13ServerState =
  | 'START'
  | 'RECVD_CH'
  | 'WAIT_CH2'
  | 'SEND_EE'
  | 'RECVD_CH2'
  | 'SEND_CR'
  | 'SEND_CERT'
  | 'SEND_FINISHED'
  | 'SEND_CV'
  | 'WAIT_EOED'
  | 'WAIT_CERT'
  | 'WAIT_FINISHED'
  | 'WAIT_CV'
  | 'CONNECTED'
  | 'PH_WAIT_CERT'
  | 'PH_WAIT_CV'
  | 'PH_WAIT_FINISHED';
/** Every {@link Tls13ServerState}, in spec order. */
export const tls13ServerStates = [
  'START',
  'RECVD_CH',
  'WAIT_CH2',
  'SEND_EE',
  'RECVD_CH2',
  'SEND_CR',
  'SEND_CERT',
  'SEND_FINISHED',
  'SEND_CV',
  'WAIT_EOED',
  'WAIT_CERT',
  'WAIT_FINISHED',
  'WAIT_CV',
  'CONNECTED',
  'PH_WAIT_CERT',
  'PH_WAIT_CV',
  'PH_WAIT_FINISHED',
] as const satisfies readonly Tls13ServerState[];
/** The state tls13_server starts in. */
export const tls13ServerInitial = 'START' satisfies Tls13ServerState;
/** The states tls13_server may stop in. */
export const tls13ServerFinals = ['CONNECTED'] as const satisfies readonly Tls13ServerState[];
/** The messages tls13_server receives, and what each decodes to. */
export interface Tls13ServerReceived {
  client_hello: ClientHello;
  certificate: Certificate;
  certificate_verify: CertificateVerify;
  finished: Finished;
  end_of_early_data: EndOfEarlyData;
  key_update: KeyUpdate;
}

/** The messages tls13_server sends, each as its encoder takes it. */
export interface Tls13ServerSent {
  hello_retry_request: HelloRetryRequestInput;
  server_hello: ServerHelloInput;
  encrypted_extensions: EncryptedExtensionsInput;
  certificate_request: CertificateRequestInput;
  certificate: CertificateInput;
  certificate_verify: CertificateVerifyInput;
  finished: FinishedInput;
  new_session_ticket: NewSessionTicketInput;
  key_update: KeyUpdateInput;
}

/** A message that a row of tls13_server names. */
export type Tls13ServerMessage =
  | 'client_hello'
  | 'hello_retry_request'
  | 'server_hello'
  | 'encrypted_extensions'
  | 'certificate_request'
  | 'certificate'
  | 'certificate_verify'
  | 'finished'
  | 'end_of_early_data'
  | 'new_session_ticket'
  | 'key_update';
/** Every {@link Tls13ServerMessage}, in spec order. */
export const tls13ServerMessages = [
  'client_hello',
  'hello_retry_request',
  'server_hello',
  'encrypted_extensions',
  'certificate_request',
  'certificate',
  'certificate_verify',
  'finished',
  'end_of_early_data',
  'new_session_ticket',
  'key_update',
] as const satisfies readonly Tls13ServerMessage[];
/** A message tls13_server has a row for, as it arrived. */
export type Tls13ServerEvent = {
  [N in keyof Tls13ServerReceived]: Received<N, Tls13ServerReceived[N]>;
}[keyof Tls13ServerReceived];
/**
 * What the runtime implements for tls13_server: one method per handler, typed row by row. A handler is
 * pure: it returns the next state (only states its row permits type-check) with the outputs `A`
 * the runtime carries out; a send handler also gives the message to send. A missing handler is a
 * compile error.
 */
export interface Tls13ServerHandlers<A = unknown> {
  /** START recv client_hello -> RECVD_CH (specs/tls/server13.spec:21) */
  onClientHello(message: ClientHello, raw: Uint8Array, from: 'START'): Step<'RECVD_CH', A>;
  /** RECVD_CH send hello_retry_request -> WAIT_CH2 (specs/tls/server13.spec:22) */
  sendHelloRetryRequest(from: 'RECVD_CH'): SendStep<'WAIT_CH2', HelloRetryRequestInput, A>;
  /** RECVD_CH send server_hello -> SEND_EE (specs/tls/server13.spec:23) */
  sendServerHello(from: 'RECVD_CH'): SendStep<'SEND_EE', ServerHelloInput, A>;
  /** WAIT_CH2 recv client_hello -> RECVD_CH2 (specs/tls/server13.spec:24) */
  onSecondClientHello(message: ClientHello, raw: Uint8Array, from: 'WAIT_CH2'): Step<'RECVD_CH2', A>;
  /** RECVD_CH2 send server_hello -> SEND_EE (specs/tls/server13.spec:25) */
  sendServerHelloAfterRetry(from: 'RECVD_CH2'): SendStep<'SEND_EE', ServerHelloInput, A>;
  /** SEND_EE send encrypted_extensions -> SEND_CR | SEND_CERT | SEND_FINISHED (specs/tls/server13.spec:28) */
  sendEncryptedExtensions(
    from: 'SEND_EE',
  ): SendStep<'SEND_CR' | 'SEND_CERT' | 'SEND_FINISHED', EncryptedExtensionsInput, A>;
  /** SEND_CR send certificate_request -> SEND_CERT (specs/tls/server13.spec:29) */
  sendCertificateRequest(from: 'SEND_CR'): SendStep<'SEND_CERT', CertificateRequestInput, A>;
  /** SEND_CERT send certificate -> SEND_CV (specs/tls/server13.spec:30) */
  sendCertificate(from: 'SEND_CERT'): SendStep<'SEND_CV', CertificateInput, A>;
  /** SEND_CV send certificate_verify -> SEND_FINISHED (specs/tls/server13.spec:31) */
  sendCertificateVerify(from: 'SEND_CV'): SendStep<'SEND_FINISHED', CertificateVerifyInput, A>;
  /** SEND_FINISHED send finished -> WAIT_EOED | WAIT_CERT | WAIT_FINISHED (specs/tls/server13.spec:32) */
  sendFinished(
    from: 'SEND_FINISHED',
  ): SendStep<'WAIT_EOED' | 'WAIT_CERT' | 'WAIT_FINISHED', FinishedInput, A>;
  /** WAIT_EOED recv end_of_early_data -> WAIT_CERT | WAIT_FINISHED (specs/tls/server13.spec:35) */
  onEndOfEarlyData(
    message: EndOfEarlyData,
    raw: Uint8Array,
    from: 'WAIT_EOED',
  ): Step<'WAIT_CERT' | 'WAIT_FINISHED', A>;
  /** WAIT_CERT recv certificate -> WAIT_CV | WAIT_FINISHED (specs/tls/server13.spec:36) */
  onCertificate(
    message: Certificate,
    raw: Uint8Array,
    from: 'WAIT_CERT',
  ): Step<'WAIT_CV' | 'WAIT_FINISHED', A>;
  /** WAIT_CV recv certificate_verify -> WAIT_FINISHED (specs/tls/server13.spec:37) */
  onCertificateVerify(message: CertificateVerify, raw: Uint8Array, from: 'WAIT_CV'): Step<'WAIT_FINISHED', A>;
  /** WAIT_FINISHED recv finished -> CONNECTED (specs/tls/server13.spec:38) */
  onFinished(message: Finished, raw: Uint8Array, from: 'WAIT_FINISHED'): Step<'CONNECTED', A>;
  /** CONNECTED send new_session_ticket -> CONNECTED (specs/tls/server13.spec:41) */
  sendNewSessionTicket(from: 'CONNECTED'): SendStep<'CONNECTED', NewSessionTicketInput, A>;
  /** CONNECTED recv key_update -> CONNECTED (specs/tls/server13.spec:42) */
  onKeyUpdate(message: KeyUpdate, raw: Uint8Array, from: 'CONNECTED'): Step<'CONNECTED', A>;
  /** CONNECTED send key_update -> CONNECTED (specs/tls/server13.spec:43) */
  sendKeyUpdate(from: 'CONNECTED'): SendStep<'CONNECTED', KeyUpdateInput, A>;
  /** CONNECTED send certificate_request -> PH_WAIT_CERT (specs/tls/server13.spec:44) */
  sendPostHandshakeCertificateRequest(
    from: 'CONNECTED',
  ): SendStep<'PH_WAIT_CERT', CertificateRequestInput, A>;
  /** PH_WAIT_CERT recv certificate -> PH_WAIT_CV | PH_WAIT_FINISHED (specs/tls/server13.spec:45) */
  onPostHandshakeCertificate(
    message: Certificate,
    raw: Uint8Array,
    from: 'PH_WAIT_CERT',
  ): Step<'PH_WAIT_CV' | 'PH_WAIT_FINISHED', A>;
  /** PH_WAIT_CV recv certificate_verify -> PH_WAIT_FINISHED (specs/tls/server13.spec:46) */
  onPostHandshakeCertificateVerify(
    message: CertificateVerify,
    raw: Uint8Array,
    from: 'PH_WAIT_CV',
  ): Step<'PH_WAIT_FINISHED', A>;
  /** PH_WAIT_FINISHED recv finished -> CONNECTED (specs/tls/server13.spec:47) */
  onPostHandshakeFinished(message: Finished, raw: Uint8Array, from: 'PH_WAIT_FINISHED'): Step<'CONNECTED', A>;
}

/**
 * The tls13_server transition table: state, then `"<direction> <message>"`, then the handler and
 * the states it may pick. A pair that is not here is an unexpected message.
 * @see RFC 8446 §A.2
 */
export const tls13ServerTransitions = {
  START: {
    'recv client_hello': { handler: 'onClientHello', next: ['RECVD_CH'] },
  },
  RECVD_CH: {
    'send hello_retry_request': { handler: 'sendHelloRetryRequest', next: ['WAIT_CH2'] },
    'send server_hello': { handler: 'sendServerHello', next: ['SEND_EE'] },
  },
  WAIT_CH2: {
    'recv client_hello': { handler: 'onSecondClientHello', next: ['RECVD_CH2'] },
  },
  SEND_EE: {
    'send encrypted_extensions': {
      handler: 'sendEncryptedExtensions',
      next: ['SEND_CR', 'SEND_CERT', 'SEND_FINISHED'],
    },
  },
  RECVD_CH2: {
    'send server_hello': { handler: 'sendServerHelloAfterRetry', next: ['SEND_EE'] },
  },
  SEND_CR: {
    'send certificate_request': { handler: 'sendCertificateRequest', next: ['SEND_CERT'] },
  },
  SEND_CERT: {
    'send certificate': { handler: 'sendCertificate', next: ['SEND_CV'] },
  },
  SEND_FINISHED: {
    'send finished': { handler: 'sendFinished', next: ['WAIT_EOED', 'WAIT_CERT', 'WAIT_FINISHED'] },
  },
  SEND_CV: {
    'send certificate_verify': { handler: 'sendCertificateVerify', next: ['SEND_FINISHED'] },
  },
  WAIT_EOED: {
    'recv end_of_early_data': { handler: 'onEndOfEarlyData', next: ['WAIT_CERT', 'WAIT_FINISHED'] },
  },
  WAIT_CERT: {
    'recv certificate': { handler: 'onCertificate', next: ['WAIT_CV', 'WAIT_FINISHED'] },
  },
  WAIT_FINISHED: {
    'recv finished': { handler: 'onFinished', next: ['CONNECTED'] },
  },
  WAIT_CV: {
    'recv certificate_verify': { handler: 'onCertificateVerify', next: ['WAIT_FINISHED'] },
  },
  CONNECTED: {
    'send new_session_ticket': { handler: 'sendNewSessionTicket', next: ['CONNECTED'] },
    'recv key_update': { handler: 'onKeyUpdate', next: ['CONNECTED'] },
    'send key_update': { handler: 'sendKeyUpdate', next: ['CONNECTED'] },
    'send certificate_request': { handler: 'sendPostHandshakeCertificateRequest', next: ['PH_WAIT_CERT'] },
  },
  PH_WAIT_CERT: {
    'recv certificate': { handler: 'onPostHandshakeCertificate', next: ['PH_WAIT_CV', 'PH_WAIT_FINISHED'] },
  },
  PH_WAIT_CV: {
    'recv certificate_verify': { handler: 'onPostHandshakeCertificateVerify', next: ['PH_WAIT_FINISHED'] },
  },
  PH_WAIT_FINISHED: {
    'recv finished': { handler: 'onPostHandshakeFinished', next: ['CONNECTED'] },
  },
} as const satisfies MachineTable<Tls13ServerState, keyof Tls13ServerHandlers>;
/**
 * Run the tls13_server row for a message that arrived in `state`: its handler gets the message, its
 * bytes and the state, and returns the next state and its outputs.
 * @throws UnexpectedMessageError (from @otpnet/wire) when the table has no row for it, or the name
 * is not one of the machine's.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function receiveTls13Server<A>(
  handlers: Tls13ServerHandlers<A>,
  state: Tls13ServerState,
  m: Tls13ServerEvent | Received,
): Step<Tls13ServerState, A> {
  return stepMachine('tls13_server', tls13ServerTransitions, handlers, state, 'recv', m.name, [
    m.message,
    m.raw,
    state,
  ]) as Step<Tls13ServerState, A>;
}

/**
 * Run the tls13_server row that sends `message` from `state`: its handler gives the message (as its
 * encoder takes it), the next state and its outputs.
 * @throws UnexpectedMessageError when the table has no row for it.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function sendTls13Server<A, N extends keyof Tls13ServerSent>(
  handlers: Tls13ServerHandlers<A>,
  state: Tls13ServerState,
  message: N,
): SendStep<Tls13ServerState, Tls13ServerSent[N], A> {
  return stepMachine('tls13_server', tls13ServerTransitions, handlers, state, 'send', message, [
    state,
  ]) as SendStep<Tls13ServerState, Tls13ServerSent[N], A>;
}

/**
 * A decoded {@link Handshake} as the message tls13_server receives: its case names the message (a case
 * the select has no arm for keeps its number, and no row takes it).
 */
export function tls13ServerEventOf(v: Handshake, raw: Uint8Array): Tls13ServerEvent | Received {
  return { name: v.body.case ?? HandshakeTypeName(v.msg_type), message: v.body.value, raw } as
    | Tls13ServerEvent
    | Received;
}
