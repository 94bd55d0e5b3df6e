// Generated from specs/machine/input.spec by otpnet-gen. Do not edit.
import { type MachineTable, type Received, type SendStep, type Step, stepMachine } from '@otpnet/wire';

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
/** The messages tls13_client receives, and what each decodes to. */
export interface Tls13ClientReceived {
  server_hello: Uint8Array;
  hello_retry_request: Uint8Array;
  encrypted_extensions: Uint8Array;
  certificate: Uint8Array;
  certificate_verify: Uint8Array;
  finished: Uint8Array;
  key_update: Uint8Array;
}

/** The messages tls13_client sends, each as its encoder takes it. */
export interface Tls13ClientSent {
  client_hello: Uint8Array;
  key_update: Uint8Array;
}

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
  /** START send client_hello -> WAIT_SH (specs/machine/input.spec:8) */
  sendClientHello(from: 'START'): SendStep<'WAIT_SH', Uint8Array, A>;
  /** WAIT_SH recv server_hello -> WAIT_EE (specs/machine/input.spec:9) */
  onServerHello(message: Uint8Array, raw: Uint8Array, from: 'WAIT_SH'): Step<'WAIT_EE', A>;
  /** WAIT_SH recv hello_retry_request -> WAIT_SH_AFTER_HRR (specs/machine/input.spec:10) */
  onHelloRetryRequest(message: Uint8Array, raw: Uint8Array, from: 'WAIT_SH'): Step<'WAIT_SH_AFTER_HRR', A>;
  /** WAIT_SH_AFTER_HRR recv server_hello -> WAIT_EE (specs/machine/input.spec:11) */
  onServerHello(message: Uint8Array, raw: Uint8Array, from: 'WAIT_SH_AFTER_HRR'): Step<'WAIT_EE', A>;
  /** WAIT_EE recv encrypted_extensions -> WAIT_CERT | WAIT_FINISHED (specs/machine/input.spec:12) */
  onEncryptedExtensions(
    message: Uint8Array,
    raw: Uint8Array,
    from: 'WAIT_EE',
  ): Step<'WAIT_CERT' | 'WAIT_FINISHED', A>;
  /** WAIT_CERT recv certificate -> WAIT_CV (specs/machine/input.spec:13) */
  onCertificate(message: Uint8Array, raw: Uint8Array, from: 'WAIT_CERT'): Step<'WAIT_CV', A>;
  /** WAIT_CV recv certificate_verify -> WAIT_FINISHED (specs/machine/input.spec:14) */
  onCertificateVerify(message: Uint8Array, raw: Uint8Array, from: 'WAIT_CV'): Step<'WAIT_FINISHED', A>;
  /** WAIT_FINISHED recv finished -> CONNECTED (specs/machine/input.spec:15) */
  onFinished(message: Uint8Array, raw: Uint8Array, from: 'WAIT_FINISHED'): Step<'CONNECTED', A>;
  /** CONNECTED recv key_update -> CONNECTED (specs/machine/input.spec:16) */
  onKeyUpdate(message: Uint8Array, raw: Uint8Array, from: 'CONNECTED'): Step<'CONNECTED', A>;
  /** CONNECTED send key_update -> CONNECTED (specs/machine/input.spec:17) */
  sendKeyUpdate(from: 'CONNECTED'): SendStep<'CONNECTED', Uint8Array, A>;
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
