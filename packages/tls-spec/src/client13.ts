// Generated from specs/tls/client13.spec by otpnet-gen. Do not edit.
import { type MachineDirection, type MachineTable, stepMachine } from '@otpnet/wire';

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

/**
 * What the runtime implements for tls13_client: one method per handler. Each gets the message (of
 * type `M`) and the state it arrived in, and returns the next state: only states its rows permit
 * type-check, and a missing handler is a compile error.
 */
export interface Tls13ClientHandlers<M = unknown> {
  /** START send client_hello -> WAIT_SH (specs/tls/client13.spec:20) */
  sendClientHello(message: M, from: 'START'): 'WAIT_SH';
  /** WAIT_SH recv server_hello -> WAIT_EE (specs/tls/client13.spec:21) */
  onServerHello(message: M, from: 'WAIT_SH'): 'WAIT_EE';
  /** WAIT_SH recv hello_retry_request -> START_AFTER_HRR (specs/tls/client13.spec:22) */
  onHelloRetryRequest(message: M, from: 'WAIT_SH'): 'START_AFTER_HRR';
  /** START_AFTER_HRR send client_hello -> WAIT_SH_AFTER_HRR (specs/tls/client13.spec:23) */
  sendSecondClientHello(message: M, from: 'START_AFTER_HRR'): 'WAIT_SH_AFTER_HRR';
  /** WAIT_SH_AFTER_HRR recv server_hello -> WAIT_EE (specs/tls/client13.spec:24) */
  onServerHelloAfterRetry(message: M, from: 'WAIT_SH_AFTER_HRR'): 'WAIT_EE';
  /** WAIT_EE recv encrypted_extensions -> WAIT_CERT_CR | WAIT_FINISHED (specs/tls/client13.spec:27) */
  onEncryptedExtensions(message: M, from: 'WAIT_EE'): 'WAIT_CERT_CR' | 'WAIT_FINISHED';
  /** WAIT_CERT_CR recv certificate_request -> WAIT_CERT (specs/tls/client13.spec:28) */
  onCertificateRequest(message: M, from: 'WAIT_CERT_CR'): 'WAIT_CERT';
  /** WAIT_CERT_CR recv certificate -> WAIT_CV (specs/tls/client13.spec:29) */
  onCertificate(message: M, from: 'WAIT_CERT_CR'): 'WAIT_CV';
  /** WAIT_CERT recv certificate -> WAIT_CV (specs/tls/client13.spec:30) */
  onCertificateAfterRequest(message: M, from: 'WAIT_CERT'): 'WAIT_CV';
  /** WAIT_CV recv certificate_verify -> WAIT_FINISHED (specs/tls/client13.spec:31) */
  onCertificateVerify(message: M, from: 'WAIT_CV'): 'WAIT_FINISHED';
  /** WAIT_FINISHED recv finished -> SEND_EOED | SEND_CERT | SEND_FINISHED (specs/tls/client13.spec:32) */
  onFinished(message: M, from: 'WAIT_FINISHED'): 'SEND_EOED' | 'SEND_CERT' | 'SEND_FINISHED';
  /** SEND_EOED send end_of_early_data -> SEND_CERT | SEND_FINISHED (specs/tls/client13.spec:36) */
  sendEndOfEarlyData(message: M, from: 'SEND_EOED'): 'SEND_CERT' | 'SEND_FINISHED';
  /** SEND_CERT send certificate -> SEND_CV | SEND_FINISHED (specs/tls/client13.spec:37) */
  sendCertificate(message: M, from: 'SEND_CERT'): 'SEND_CV' | 'SEND_FINISHED';
  /** SEND_CV send certificate_verify -> SEND_FINISHED (specs/tls/client13.spec:38) */
  sendCertificateVerify(message: M, from: 'SEND_CV'): 'SEND_FINISHED';
  /** SEND_FINISHED send finished -> CONNECTED (specs/tls/client13.spec:39) */
  sendFinished(message: M, from: 'SEND_FINISHED'): 'CONNECTED';
  /** CONNECTED recv new_session_ticket -> CONNECTED (specs/tls/client13.spec:42) */
  onNewSessionTicket(message: M, from: 'CONNECTED'): 'CONNECTED';
  /** CONNECTED recv key_update -> CONNECTED (specs/tls/client13.spec:43) */
  onKeyUpdate(message: M, from: 'CONNECTED'): 'CONNECTED';
  /** CONNECTED send key_update -> CONNECTED (specs/tls/client13.spec:44) */
  sendKeyUpdate(message: M, from: 'CONNECTED'): 'CONNECTED';
  /** CONNECTED recv certificate_request -> PH_SEND_CERT (specs/tls/client13.spec:45) */
  onPostHandshakeCertificateRequest(message: M, from: 'CONNECTED'): 'PH_SEND_CERT';
  /** PH_SEND_CERT send certificate -> PH_SEND_CV | PH_SEND_FINISHED (specs/tls/client13.spec:46) */
  sendPostHandshakeCertificate(message: M, from: 'PH_SEND_CERT'): 'PH_SEND_CV' | 'PH_SEND_FINISHED';
  /** PH_SEND_CV send certificate_verify -> PH_SEND_FINISHED (specs/tls/client13.spec:47) */
  sendPostHandshakeCertificateVerify(message: M, from: 'PH_SEND_CV'): 'PH_SEND_FINISHED';
  /** PH_SEND_FINISHED send finished -> CONNECTED (specs/tls/client13.spec:48) */
  sendPostHandshakeFinished(message: M, from: 'PH_SEND_FINISHED'): 'CONNECTED';
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
 * Run the tls13_client row for (state, direction, message): call its handler with `payload` and
 * return the state the handler picks. `message` is a name as the spec writes it
 * (`HandshakeTypeName(v)` for a decoded number), so unknown values are unexpected too.
 * @throws UnexpectedMessageError (from @otpnet/wire) when the table has no row for it.
 * @throws IllegalTransitionError (from @otpnet/wire) when the handler returns a state its row
 * does not permit.
 */
export function stepTls13Client<M>(
  handlers: Tls13ClientHandlers<M>,
  state: Tls13ClientState,
  direction: MachineDirection,
  message: string,
  payload: M,
): Tls13ClientState {
  return stepMachine<Tls13ClientState, M>(
    'tls13_client',
    tls13ClientTransitions,
    handlers,
    state,
    direction,
    message,
    payload,
  );
}
