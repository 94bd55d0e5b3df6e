// Generated from specs/machine/input.spec by otpnet-gen. Do not edit.
import { type MachineDirection, type MachineTable, stepMachine } from '@otpnet/wire';

/**
 * A state of the tls13_client machine.
 * The TLS 1.3 client handshake, without client authentication.
 * @see RFC 8446 §A.1
 */
export type Tls13ClientState =
  | 'START'
  | 'WAIT_SH'
  | 'WAIT_EE'
  | 'WAIT_SH_AFTER_HRR'
  | 'WAIT_CERT'
  | 'WAIT_FINISHED'
  | 'WAIT_CV'
  | 'CONNECTED';

/** Every {@link Tls13ClientState}, in spec order. */
export const tls13ClientStates = [
  'START',
  'WAIT_SH',
  'WAIT_EE',
  'WAIT_SH_AFTER_HRR',
  'WAIT_CERT',
  'WAIT_FINISHED',
  'WAIT_CV',
  'CONNECTED',
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
  | 'certificate'
  | 'certificate_verify'
  | 'finished'
  | 'key_update';

/** Every {@link Tls13ClientMessage}, in spec order. */
export const tls13ClientMessages = [
  'client_hello',
  'server_hello',
  'hello_retry_request',
  'encrypted_extensions',
  'certificate',
  'certificate_verify',
  'finished',
  'key_update',
] as const satisfies readonly Tls13ClientMessage[];

/**
 * What the runtime implements for tls13_client: one method per handler. Each gets the message (of
 * type `M`) and the state it arrived in, and returns the next state: only states its rows permit
 * type-check, and a missing handler is a compile error.
 */
export interface Tls13ClientHandlers<M = unknown> {
  /** START send client_hello -> WAIT_SH (specs/machine/input.spec:8) */
  sendClientHello(message: M, from: 'START'): 'WAIT_SH';
  /**
   * WAIT_SH recv server_hello -> WAIT_EE (specs/machine/input.spec:9)
   * WAIT_SH_AFTER_HRR recv server_hello -> WAIT_EE (specs/machine/input.spec:11)
   */
  onServerHello(message: M, from: 'WAIT_SH' | 'WAIT_SH_AFTER_HRR'): 'WAIT_EE';
  /** WAIT_SH recv hello_retry_request -> WAIT_SH_AFTER_HRR (specs/machine/input.spec:10) */
  onHelloRetryRequest(message: M, from: 'WAIT_SH'): 'WAIT_SH_AFTER_HRR';
  /** WAIT_EE recv encrypted_extensions -> WAIT_CERT | WAIT_FINISHED (specs/machine/input.spec:12) */
  onEncryptedExtensions(message: M, from: 'WAIT_EE'): 'WAIT_CERT' | 'WAIT_FINISHED';
  /** WAIT_CERT recv certificate -> WAIT_CV (specs/machine/input.spec:13) */
  onCertificate(message: M, from: 'WAIT_CERT'): 'WAIT_CV';
  /** WAIT_CV recv certificate_verify -> WAIT_FINISHED (specs/machine/input.spec:14) */
  onCertificateVerify(message: M, from: 'WAIT_CV'): 'WAIT_FINISHED';
  /** WAIT_FINISHED recv finished -> CONNECTED (specs/machine/input.spec:15) */
  onFinished(message: M, from: 'WAIT_FINISHED'): 'CONNECTED';
  /** CONNECTED recv key_update -> CONNECTED (specs/machine/input.spec:16) */
  onKeyUpdate(message: M, from: 'CONNECTED'): 'CONNECTED';
  /** CONNECTED send key_update -> CONNECTED (specs/machine/input.spec:17) */
  sendKeyUpdate(message: M, from: 'CONNECTED'): 'CONNECTED';
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
    'recv hello_retry_request': { handler: 'onHelloRetryRequest', next: ['WAIT_SH_AFTER_HRR'] },
  },
  WAIT_EE: {
    'recv encrypted_extensions': { handler: 'onEncryptedExtensions', next: ['WAIT_CERT', 'WAIT_FINISHED'] },
  },
  WAIT_SH_AFTER_HRR: {
    'recv server_hello': { handler: 'onServerHello', next: ['WAIT_EE'] },
  },
  WAIT_CERT: {
    'recv certificate': { handler: 'onCertificate', next: ['WAIT_CV'] },
  },
  WAIT_FINISHED: {
    'recv finished': { handler: 'onFinished', next: ['CONNECTED'] },
  },
  WAIT_CV: {
    'recv certificate_verify': { handler: 'onCertificateVerify', next: ['WAIT_FINISHED'] },
  },
  CONNECTED: {
    'recv key_update': { handler: 'onKeyUpdate', next: ['CONNECTED'] },
    'send key_update': { handler: 'sendKeyUpdate', next: ['CONNECTED'] },
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
