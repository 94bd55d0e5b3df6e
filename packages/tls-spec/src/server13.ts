// Generated from specs/tls/server13.spec by otpnet-gen. Do not edit.
import { type MachineDirection, type MachineTable, stepMachine } from '@otpnet/wire';

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

/**
 * What the runtime implements for tls13_server: one method per handler. Each gets the message (of
 * type `M`) and the state it arrived in, and returns the next state: only states its rows permit
 * type-check, and a missing handler is a compile error.
 */
export interface Tls13ServerHandlers<M = unknown> {
  /** START recv client_hello -> RECVD_CH (specs/tls/server13.spec:21) */
  onClientHello(message: M, from: 'START'): 'RECVD_CH';
  /** RECVD_CH send hello_retry_request -> WAIT_CH2 (specs/tls/server13.spec:22) */
  sendHelloRetryRequest(message: M, from: 'RECVD_CH'): 'WAIT_CH2';
  /** RECVD_CH send server_hello -> SEND_EE (specs/tls/server13.spec:23) */
  sendServerHello(message: M, from: 'RECVD_CH'): 'SEND_EE';
  /** WAIT_CH2 recv client_hello -> RECVD_CH2 (specs/tls/server13.spec:24) */
  onSecondClientHello(message: M, from: 'WAIT_CH2'): 'RECVD_CH2';
  /** RECVD_CH2 send server_hello -> SEND_EE (specs/tls/server13.spec:25) */
  sendServerHelloAfterRetry(message: M, from: 'RECVD_CH2'): 'SEND_EE';
  /** SEND_EE send encrypted_extensions -> SEND_CR | SEND_CERT | SEND_FINISHED (specs/tls/server13.spec:28) */
  sendEncryptedExtensions(message: M, from: 'SEND_EE'): 'SEND_CR' | 'SEND_CERT' | 'SEND_FINISHED';
  /** SEND_CR send certificate_request -> SEND_CERT (specs/tls/server13.spec:29) */
  sendCertificateRequest(message: M, from: 'SEND_CR'): 'SEND_CERT';
  /** SEND_CERT send certificate -> SEND_CV (specs/tls/server13.spec:30) */
  sendCertificate(message: M, from: 'SEND_CERT'): 'SEND_CV';
  /** SEND_CV send certificate_verify -> SEND_FINISHED (specs/tls/server13.spec:31) */
  sendCertificateVerify(message: M, from: 'SEND_CV'): 'SEND_FINISHED';
  /** SEND_FINISHED send finished -> WAIT_EOED | WAIT_CERT | WAIT_FINISHED (specs/tls/server13.spec:32) */
  sendFinished(message: M, from: 'SEND_FINISHED'): 'WAIT_EOED' | 'WAIT_CERT' | 'WAIT_FINISHED';
  /** WAIT_EOED recv end_of_early_data -> WAIT_CERT | WAIT_FINISHED (specs/tls/server13.spec:35) */
  onEndOfEarlyData(message: M, from: 'WAIT_EOED'): 'WAIT_CERT' | 'WAIT_FINISHED';
  /** WAIT_CERT recv certificate -> WAIT_CV | WAIT_FINISHED (specs/tls/server13.spec:36) */
  onCertificate(message: M, from: 'WAIT_CERT'): 'WAIT_CV' | 'WAIT_FINISHED';
  /** WAIT_CV recv certificate_verify -> WAIT_FINISHED (specs/tls/server13.spec:37) */
  onCertificateVerify(message: M, from: 'WAIT_CV'): 'WAIT_FINISHED';
  /** WAIT_FINISHED recv finished -> CONNECTED (specs/tls/server13.spec:38) */
  onFinished(message: M, from: 'WAIT_FINISHED'): 'CONNECTED';
  /** CONNECTED send new_session_ticket -> CONNECTED (specs/tls/server13.spec:41) */
  sendNewSessionTicket(message: M, from: 'CONNECTED'): 'CONNECTED';
  /** CONNECTED recv key_update -> CONNECTED (specs/tls/server13.spec:42) */
  onKeyUpdate(message: M, from: 'CONNECTED'): 'CONNECTED';
  /** CONNECTED send key_update -> CONNECTED (specs/tls/server13.spec:43) */
  sendKeyUpdate(message: M, from: 'CONNECTED'): 'CONNECTED';
  /** CONNECTED send certificate_request -> PH_WAIT_CERT (specs/tls/server13.spec:44) */
  sendPostHandshakeCertificateRequest(message: M, from: 'CONNECTED'): 'PH_WAIT_CERT';
  /** PH_WAIT_CERT recv certificate -> PH_WAIT_CV | PH_WAIT_FINISHED (specs/tls/server13.spec:45) */
  onPostHandshakeCertificate(message: M, from: 'PH_WAIT_CERT'): 'PH_WAIT_CV' | 'PH_WAIT_FINISHED';
  /** PH_WAIT_CV recv certificate_verify -> PH_WAIT_FINISHED (specs/tls/server13.spec:46) */
  onPostHandshakeCertificateVerify(message: M, from: 'PH_WAIT_CV'): 'PH_WAIT_FINISHED';
  /** PH_WAIT_FINISHED recv finished -> CONNECTED (specs/tls/server13.spec:47) */
  onPostHandshakeFinished(message: M, from: 'PH_WAIT_FINISHED'): 'CONNECTED';
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
 * Run the tls13_server row for (state, direction, message): call its handler with `payload` and
 * return the state the handler picks. `message` is a name as the spec writes it
 * (`HandshakeTypeName(v)` for a decoded number), so unknown values are unexpected too.
 * @throws UnexpectedMessageError (from @otpnet/wire) when the table has no row for it.
 * @throws IllegalTransitionError (from @otpnet/wire) when the handler returns a state its row
 * does not permit.
 */
export function stepTls13Server<M>(
  handlers: Tls13ServerHandlers<M>,
  state: Tls13ServerState,
  direction: MachineDirection,
  message: string,
  payload: M,
): Tls13ServerState {
  return stepMachine<Tls13ServerState, M>(
    'tls13_server',
    tls13ServerTransitions,
    handlers,
    state,
    direction,
    message,
    payload,
  );
}
