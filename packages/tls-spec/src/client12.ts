// Generated from specs/tls/client12.spec by otpnet-gen. Do not edit.
import { type MachineTable, type Received, type SendStep, type Step, stepMachine } from '@otpnet/wire';
import type { Alert, AlertInput } from './alert.js';
import { HandshakeTypeName } from './common.js';
import type { CertificateStatus } from './extensions.js';
import type {
  Certificate12,
  Certificate12Input,
  CertificateRequest12,
  ChangeCipherSpec,
  ChangeCipherSpecInput,
  ClientHello12Input,
  ClientKeyExchangeInput,
  DigitallySignedInput,
  Finished12,
  Finished12Input,
  Handshake12,
  HelloRequest,
  NewSessionTicket12,
  ServerHello12,
  ServerHelloDone,
  ServerKeyExchange,
} from './handshake12.js';

/**
 * A state of the tls12_client machine.
 * @see RFC 5246 §7.3
 * @see RFC 5077 §3
 * @see RFC 5746 §3
 */
export type Tls12ClientState =
  | 'START'
  | 'WAIT_SH'
  | 'WAIT_CERT'
  | 'WAIT_SKE'
  | 'WAIT_SKE_OPTIONAL'
  | 'RESUME_WAIT_NST'
  | 'RESUME_WAIT_CCS'
  | 'WAIT_CERT_STATUS'
  | 'WAIT_CR'
  | 'WAIT_SHD'
  | 'SEND_CKE'
  | 'SEND_CERT'
  | 'SEND_CV'
  | 'SEND_CCS'
  | 'SEND_FINISHED'
  | 'WAIT_NST'
  | 'WAIT_CCS'
  | 'WAIT_FINISHED'
  | 'CONNECTED'
  | 'RESUME_WAIT_FINISHED'
  | 'RESUME_SEND_CCS'
  | 'RESUME_SEND_FINISHED'
  | 'HELLO_REQUESTED'
  | 'RENEG_WAIT_SH';
/** Every {@link Tls12ClientState}, in spec order. */
export const tls12ClientStates = [
  'START',
  'WAIT_SH',
  'WAIT_CERT',
  'WAIT_SKE',
  'WAIT_SKE_OPTIONAL',
  'RESUME_WAIT_NST',
  'RESUME_WAIT_CCS',
  'WAIT_CERT_STATUS',
  'WAIT_CR',
  'WAIT_SHD',
  'SEND_CKE',
  'SEND_CERT',
  'SEND_CV',
  'SEND_CCS',
  'SEND_FINISHED',
  'WAIT_NST',
  'WAIT_CCS',
  'WAIT_FINISHED',
  'CONNECTED',
  'RESUME_WAIT_FINISHED',
  'RESUME_SEND_CCS',
  'RESUME_SEND_FINISHED',
  'HELLO_REQUESTED',
  'RENEG_WAIT_SH',
] as const satisfies readonly Tls12ClientState[];
/** The state tls12_client starts in. */
export const tls12ClientInitial = 'START' satisfies Tls12ClientState;
/** The states tls12_client may stop in. */
export const tls12ClientFinals = ['CONNECTED'] as const satisfies readonly Tls12ClientState[];
/** The messages tls12_client receives, and what each decodes to. */
export interface Tls12ClientReceived {
  server_hello: ServerHello12;
  certificate: Certificate12;
  certificate_status: CertificateStatus;
  server_key_exchange: ServerKeyExchange;
  certificate_request: CertificateRequest12;
  server_hello_done: ServerHelloDone;
  change_cipher_spec: ChangeCipherSpec;
  finished: Finished12;
  new_session_ticket: NewSessionTicket12;
  hello_request: HelloRequest;
  no_renegotiation_RESERVED: Alert;
}

/** The messages tls12_client sends, each as its encoder takes it. */
export interface Tls12ClientSent {
  client_hello: ClientHello12Input;
  certificate: Certificate12Input;
  client_key_exchange: ClientKeyExchangeInput;
  certificate_verify: DigitallySignedInput;
  change_cipher_spec: ChangeCipherSpecInput;
  finished: Finished12Input;
  no_renegotiation_RESERVED: AlertInput;
}

/** A message that a row of tls12_client names. */
export type Tls12ClientMessage =
  | 'client_hello'
  | 'server_hello'
  | 'certificate'
  | 'certificate_status'
  | 'server_key_exchange'
  | 'certificate_request'
  | 'server_hello_done'
  | 'client_key_exchange'
  | 'certificate_verify'
  | 'change_cipher_spec'
  | 'finished'
  | 'new_session_ticket'
  | 'hello_request'
  | 'no_renegotiation_RESERVED';
/** Every {@link Tls12ClientMessage}, in spec order. */
export const tls12ClientMessages = [
  'client_hello',
  'server_hello',
  'certificate',
  'certificate_status',
  'server_key_exchange',
  'certificate_request',
  'server_hello_done',
  'client_key_exchange',
  'certificate_verify',
  'change_cipher_spec',
  'finished',
  'new_session_ticket',
  'hello_request',
  'no_renegotiation_RESERVED',
] as const satisfies readonly Tls12ClientMessage[];
/** A message tls12_client has a row for, as it arrived. */
export type Tls12ClientEvent = {
  [N in keyof Tls12ClientReceived]: Received<N, Tls12ClientReceived[N]>;
}[keyof Tls12ClientReceived];
/**
 * What the runtime implements for tls12_client: one method per handler, typed row by row. A handler is
 * pure: it returns the next state (only states its row permits type-check) with the outputs `A`
 * the runtime carries out; a send handler also gives the message to send. A missing handler is a
 * compile error.
 */
export interface Tls12ClientHandlers<A = unknown> {
  /** START send client_hello -> WAIT_SH (specs/tls/client12.spec:55) */
  sendClientHello(from: 'START'): SendStep<'WAIT_SH', ClientHello12Input, A>;
  /**
   * WAIT_SH recv server_hello -> WAIT_CERT | WAIT_SKE | WAIT_SKE_OPTIONAL | RESUME_WAIT_NST | RESUME_WAIT_CCS
   * (specs/tls/client12.spec:56)
   */
  onServerHello(
    message: ServerHello12,
    raw: Uint8Array,
    from: 'WAIT_SH',
  ): Step<'WAIT_CERT' | 'WAIT_SKE' | 'WAIT_SKE_OPTIONAL' | 'RESUME_WAIT_NST' | 'RESUME_WAIT_CCS', A>;
  /**
   * WAIT_CERT recv certificate -> WAIT_CERT_STATUS | WAIT_SKE | WAIT_SKE_OPTIONAL | WAIT_CR
   * (specs/tls/client12.spec:60)
   */
  onCertificate(
    message: Certificate12,
    raw: Uint8Array,
    from: 'WAIT_CERT',
  ): Step<'WAIT_CERT_STATUS' | 'WAIT_SKE' | 'WAIT_SKE_OPTIONAL' | 'WAIT_CR', A>;
  /**
   * WAIT_CERT_STATUS recv certificate_status -> WAIT_SKE | WAIT_SKE_OPTIONAL | WAIT_CR
   * (specs/tls/client12.spec:62)
   */
  onCertificateStatus(
    message: CertificateStatus,
    raw: Uint8Array,
    from: 'WAIT_CERT_STATUS',
  ): Step<'WAIT_SKE' | 'WAIT_SKE_OPTIONAL' | 'WAIT_CR', A>;
  /** WAIT_CERT_STATUS recv server_key_exchange -> WAIT_CR (specs/tls/client12.spec:63) */
  onServerKeyExchange(
    message: ServerKeyExchange,
    raw: Uint8Array,
    from: 'WAIT_CERT_STATUS',
  ): Step<'WAIT_CR', A>;
  /** WAIT_CERT_STATUS recv certificate_request -> WAIT_SHD (specs/tls/client12.spec:64) */
  onCertificateRequest(
    message: CertificateRequest12,
    raw: Uint8Array,
    from: 'WAIT_CERT_STATUS',
  ): Step<'WAIT_SHD', A>;
  /** WAIT_CERT_STATUS recv server_hello_done -> SEND_CKE (specs/tls/client12.spec:65) */
  onServerHelloDone(message: ServerHelloDone, raw: Uint8Array, from: 'WAIT_CERT_STATUS'): Step<'SEND_CKE', A>;
  /** WAIT_SKE recv server_key_exchange -> WAIT_CR (specs/tls/client12.spec:66) */
  onServerKeyExchange(message: ServerKeyExchange, raw: Uint8Array, from: 'WAIT_SKE'): Step<'WAIT_CR', A>;
  /** WAIT_SKE_OPTIONAL recv server_key_exchange -> WAIT_CR (specs/tls/client12.spec:67) */
  onServerKeyExchange(
    message: ServerKeyExchange,
    raw: Uint8Array,
    from: 'WAIT_SKE_OPTIONAL',
  ): Step<'WAIT_CR', A>;
  /** WAIT_SKE_OPTIONAL recv certificate_request -> WAIT_SHD (specs/tls/client12.spec:68) */
  onCertificateRequest(
    message: CertificateRequest12,
    raw: Uint8Array,
    from: 'WAIT_SKE_OPTIONAL',
  ): Step<'WAIT_SHD', A>;
  /** WAIT_SKE_OPTIONAL recv server_hello_done -> SEND_CKE (specs/tls/client12.spec:69) */
  onServerHelloDone(
    message: ServerHelloDone,
    raw: Uint8Array,
    from: 'WAIT_SKE_OPTIONAL',
  ): Step<'SEND_CKE', A>;
  /** WAIT_CR recv certificate_request -> WAIT_SHD (specs/tls/client12.spec:70) */
  onCertificateRequest(message: CertificateRequest12, raw: Uint8Array, from: 'WAIT_CR'): Step<'WAIT_SHD', A>;
  /** WAIT_CR recv server_hello_done -> SEND_CKE (specs/tls/client12.spec:71) */
  onServerHelloDone(message: ServerHelloDone, raw: Uint8Array, from: 'WAIT_CR'): Step<'SEND_CKE', A>;
  /** WAIT_SHD recv server_hello_done -> SEND_CERT (specs/tls/client12.spec:72) */
  onServerHelloDoneAfterRequest(
    message: ServerHelloDone,
    raw: Uint8Array,
    from: 'WAIT_SHD',
  ): Step<'SEND_CERT', A>;
  /** SEND_CERT send certificate -> SEND_CKE (specs/tls/client12.spec:75) */
  sendCertificate(from: 'SEND_CERT'): SendStep<'SEND_CKE', Certificate12Input, A>;
  /** SEND_CKE send client_key_exchange -> SEND_CV | SEND_CCS (specs/tls/client12.spec:76) */
  sendClientKeyExchange(from: 'SEND_CKE'): SendStep<'SEND_CV' | 'SEND_CCS', ClientKeyExchangeInput, A>;
  /** SEND_CV send certificate_verify -> SEND_CCS (specs/tls/client12.spec:77) */
  sendCertificateVerify(from: 'SEND_CV'): SendStep<'SEND_CCS', DigitallySignedInput, A>;
  /** SEND_CCS send change_cipher_spec -> SEND_FINISHED (specs/tls/client12.spec:78) */
  sendChangeCipherSpec(from: 'SEND_CCS'): SendStep<'SEND_FINISHED', ChangeCipherSpecInput, A>;
  /** SEND_FINISHED send finished -> WAIT_NST | WAIT_CCS (specs/tls/client12.spec:79) */
  sendFinished(from: 'SEND_FINISHED'): SendStep<'WAIT_NST' | 'WAIT_CCS', Finished12Input, A>;
  /** WAIT_NST recv new_session_ticket -> WAIT_CCS (specs/tls/client12.spec:82) */
  onNewSessionTicket(message: NewSessionTicket12, raw: Uint8Array, from: 'WAIT_NST'): Step<'WAIT_CCS', A>;
  /** WAIT_CCS recv change_cipher_spec -> WAIT_FINISHED (specs/tls/client12.spec:83) */
  onChangeCipherSpec(message: ChangeCipherSpec, raw: Uint8Array, from: 'WAIT_CCS'): Step<'WAIT_FINISHED', A>;
  /** WAIT_FINISHED recv finished -> CONNECTED (specs/tls/client12.spec:84) */
  onFinished(message: Finished12, raw: Uint8Array, from: 'WAIT_FINISHED'): Step<'CONNECTED', A>;
  /** RESUME_WAIT_NST recv new_session_ticket -> RESUME_WAIT_CCS (specs/tls/client12.spec:87) */
  onResumedNewSessionTicket(
    message: NewSessionTicket12,
    raw: Uint8Array,
    from: 'RESUME_WAIT_NST',
  ): Step<'RESUME_WAIT_CCS', A>;
  /** RESUME_WAIT_CCS recv change_cipher_spec -> RESUME_WAIT_FINISHED (specs/tls/client12.spec:88) */
  onResumedChangeCipherSpec(
    message: ChangeCipherSpec,
    raw: Uint8Array,
    from: 'RESUME_WAIT_CCS',
  ): Step<'RESUME_WAIT_FINISHED', A>;
  /** RESUME_WAIT_FINISHED recv finished -> RESUME_SEND_CCS (specs/tls/client12.spec:89) */
  onResumedFinished(
    message: Finished12,
    raw: Uint8Array,
    from: 'RESUME_WAIT_FINISHED',
  ): Step<'RESUME_SEND_CCS', A>;
  /** RESUME_SEND_CCS send change_cipher_spec -> RESUME_SEND_FINISHED (specs/tls/client12.spec:90) */
  sendResumedChangeCipherSpec(
    from: 'RESUME_SEND_CCS',
  ): SendStep<'RESUME_SEND_FINISHED', ChangeCipherSpecInput, A>;
  /** RESUME_SEND_FINISHED send finished -> CONNECTED (specs/tls/client12.spec:91) */
  sendResumedFinished(from: 'RESUME_SEND_FINISHED'): SendStep<'CONNECTED', Finished12Input, A>;
  /** CONNECTED recv hello_request -> CONNECTED | HELLO_REQUESTED (specs/tls/client12.spec:94) */
  onHelloRequest(
    message: HelloRequest,
    raw: Uint8Array,
    from: 'CONNECTED',
  ): Step<'CONNECTED' | 'HELLO_REQUESTED', A>;
  /** CONNECTED send client_hello -> RENEG_WAIT_SH (specs/tls/client12.spec:95) */
  sendRenegotiationClientHello(from: 'CONNECTED'): SendStep<'RENEG_WAIT_SH', ClientHello12Input, A>;
  /** HELLO_REQUESTED send client_hello -> RENEG_WAIT_SH (specs/tls/client12.spec:96) */
  sendRenegotiationClientHello(from: 'HELLO_REQUESTED'): SendStep<'RENEG_WAIT_SH', ClientHello12Input, A>;
  /** HELLO_REQUESTED send no_renegotiation_RESERVED -> CONNECTED (specs/tls/client12.spec:97) */
  sendNoRenegotiation(from: 'HELLO_REQUESTED'): SendStep<'CONNECTED', AlertInput, A>;
  /**
   * RENEG_WAIT_SH recv server_hello -> WAIT_CERT | WAIT_SKE | WAIT_SKE_OPTIONAL | RESUME_WAIT_NST |
   * RESUME_WAIT_CCS (specs/tls/client12.spec:98)
   */
  onRenegotiationServerHello(
    message: ServerHello12,
    raw: Uint8Array,
    from: 'RENEG_WAIT_SH',
  ): Step<'WAIT_CERT' | 'WAIT_SKE' | 'WAIT_SKE_OPTIONAL' | 'RESUME_WAIT_NST' | 'RESUME_WAIT_CCS', A>;
  /** RENEG_WAIT_SH recv no_renegotiation_RESERVED -> CONNECTED (specs/tls/client12.spec:101) */
  onNoRenegotiation(message: Alert, raw: Uint8Array, from: 'RENEG_WAIT_SH'): Step<'CONNECTED', A>;
  /** WAIT_SH recv hello_request -> WAIT_SH (specs/tls/client12.spec:104) */
  ignoreHelloRequest(message: HelloRequest, raw: Uint8Array, from: 'WAIT_SH'): Step<'WAIT_SH', A>;
  /** RENEG_WAIT_SH recv hello_request -> RENEG_WAIT_SH (specs/tls/client12.spec:105) */
  ignoreHelloRequest(message: HelloRequest, raw: Uint8Array, from: 'RENEG_WAIT_SH'): Step<'RENEG_WAIT_SH', A>;
  /** WAIT_CERT recv hello_request -> WAIT_CERT (specs/tls/client12.spec:106) */
  ignoreHelloRequest(message: HelloRequest, raw: Uint8Array, from: 'WAIT_CERT'): Step<'WAIT_CERT', A>;
  /** WAIT_CERT_STATUS recv hello_request -> WAIT_CERT_STATUS (specs/tls/client12.spec:107) */
  ignoreHelloRequest(
    message: HelloRequest,
    raw: Uint8Array,
    from: 'WAIT_CERT_STATUS',
  ): Step<'WAIT_CERT_STATUS', A>;
  /** WAIT_SKE recv hello_request -> WAIT_SKE (specs/tls/client12.spec:108) */
  ignoreHelloRequest(message: HelloRequest, raw: Uint8Array, from: 'WAIT_SKE'): Step<'WAIT_SKE', A>;
  /** WAIT_SKE_OPTIONAL recv hello_request -> WAIT_SKE_OPTIONAL (specs/tls/client12.spec:109) */
  ignoreHelloRequest(
    message: HelloRequest,
    raw: Uint8Array,
    from: 'WAIT_SKE_OPTIONAL',
  ): Step<'WAIT_SKE_OPTIONAL', A>;
  /** WAIT_CR recv hello_request -> WAIT_CR (specs/tls/client12.spec:110) */
  ignoreHelloRequest(message: HelloRequest, raw: Uint8Array, from: 'WAIT_CR'): Step<'WAIT_CR', A>;
  /** WAIT_SHD recv hello_request -> WAIT_SHD (specs/tls/client12.spec:111) */
  ignoreHelloRequest(message: HelloRequest, raw: Uint8Array, from: 'WAIT_SHD'): Step<'WAIT_SHD', A>;
  /** WAIT_NST recv hello_request -> WAIT_NST (specs/tls/client12.spec:112) */
  ignoreHelloRequest(message: HelloRequest, raw: Uint8Array, from: 'WAIT_NST'): Step<'WAIT_NST', A>;
  /** WAIT_CCS recv hello_request -> WAIT_CCS (specs/tls/client12.spec:113) */
  ignoreHelloRequest(message: HelloRequest, raw: Uint8Array, from: 'WAIT_CCS'): Step<'WAIT_CCS', A>;
  /** RESUME_WAIT_NST recv hello_request -> RESUME_WAIT_NST (specs/tls/client12.spec:114) */
  ignoreHelloRequest(
    message: HelloRequest,
    raw: Uint8Array,
    from: 'RESUME_WAIT_NST',
  ): Step<'RESUME_WAIT_NST', A>;
  /** RESUME_WAIT_CCS recv hello_request -> RESUME_WAIT_CCS (specs/tls/client12.spec:115) */
  ignoreHelloRequest(
    message: HelloRequest,
    raw: Uint8Array,
    from: 'RESUME_WAIT_CCS',
  ): Step<'RESUME_WAIT_CCS', A>;
}

/**
 * The tls12_client transition table: state, then `"<direction> <message>"`, then the handler and
 * the states it may pick. A pair that is not here is an unexpected message.
 * @see RFC 5246 §7.3
 * @see RFC 5077 §3
 * @see RFC 5746 §3
 */
export const tls12ClientTransitions = {
  START: {
    'send client_hello': { handler: 'sendClientHello', next: ['WAIT_SH'] },
  },
  WAIT_SH: {
    'recv server_hello': {
      handler: 'onServerHello',
      next: ['WAIT_CERT', 'WAIT_SKE', 'WAIT_SKE_OPTIONAL', 'RESUME_WAIT_NST', 'RESUME_WAIT_CCS'],
    },
    'recv hello_request': { handler: 'ignoreHelloRequest', next: ['WAIT_SH'] },
  },
  WAIT_CERT: {
    'recv certificate': {
      handler: 'onCertificate',
      next: ['WAIT_CERT_STATUS', 'WAIT_SKE', 'WAIT_SKE_OPTIONAL', 'WAIT_CR'],
    },
    'recv hello_request': { handler: 'ignoreHelloRequest', next: ['WAIT_CERT'] },
  },
  WAIT_SKE: {
    'recv server_key_exchange': { handler: 'onServerKeyExchange', next: ['WAIT_CR'] },
    'recv hello_request': { handler: 'ignoreHelloRequest', next: ['WAIT_SKE'] },
  },
  WAIT_SKE_OPTIONAL: {
    'recv server_key_exchange': { handler: 'onServerKeyExchange', next: ['WAIT_CR'] },
    'recv certificate_request': { handler: 'onCertificateRequest', next: ['WAIT_SHD'] },
    'recv server_hello_done': { handler: 'onServerHelloDone', next: ['SEND_CKE'] },
    'recv hello_request': { handler: 'ignoreHelloRequest', next: ['WAIT_SKE_OPTIONAL'] },
  },
  RESUME_WAIT_NST: {
    'recv new_session_ticket': { handler: 'onResumedNewSessionTicket', next: ['RESUME_WAIT_CCS'] },
    'recv hello_request': { handler: 'ignoreHelloRequest', next: ['RESUME_WAIT_NST'] },
  },
  RESUME_WAIT_CCS: {
    'recv change_cipher_spec': { handler: 'onResumedChangeCipherSpec', next: ['RESUME_WAIT_FINISHED'] },
    'recv hello_request': { handler: 'ignoreHelloRequest', next: ['RESUME_WAIT_CCS'] },
  },
  WAIT_CERT_STATUS: {
    'recv certificate_status': {
      handler: 'onCertificateStatus',
      next: ['WAIT_SKE', 'WAIT_SKE_OPTIONAL', 'WAIT_CR'],
    },
    'recv server_key_exchange': { handler: 'onServerKeyExchange', next: ['WAIT_CR'] },
    'recv certificate_request': { handler: 'onCertificateRequest', next: ['WAIT_SHD'] },
    'recv server_hello_done': { handler: 'onServerHelloDone', next: ['SEND_CKE'] },
    'recv hello_request': { handler: 'ignoreHelloRequest', next: ['WAIT_CERT_STATUS'] },
  },
  WAIT_CR: {
    'recv certificate_request': { handler: 'onCertificateRequest', next: ['WAIT_SHD'] },
    'recv server_hello_done': { handler: 'onServerHelloDone', next: ['SEND_CKE'] },
    'recv hello_request': { handler: 'ignoreHelloRequest', next: ['WAIT_CR'] },
  },
  WAIT_SHD: {
    'recv server_hello_done': { handler: 'onServerHelloDoneAfterRequest', next: ['SEND_CERT'] },
    'recv hello_request': { handler: 'ignoreHelloRequest', next: ['WAIT_SHD'] },
  },
  SEND_CKE: {
    'send client_key_exchange': { handler: 'sendClientKeyExchange', next: ['SEND_CV', 'SEND_CCS'] },
  },
  SEND_CERT: {
    'send certificate': { handler: 'sendCertificate', next: ['SEND_CKE'] },
  },
  SEND_CV: {
    'send certificate_verify': { handler: 'sendCertificateVerify', next: ['SEND_CCS'] },
  },
  SEND_CCS: {
    'send change_cipher_spec': { handler: 'sendChangeCipherSpec', next: ['SEND_FINISHED'] },
  },
  SEND_FINISHED: {
    'send finished': { handler: 'sendFinished', next: ['WAIT_NST', 'WAIT_CCS'] },
  },
  WAIT_NST: {
    'recv new_session_ticket': { handler: 'onNewSessionTicket', next: ['WAIT_CCS'] },
    'recv hello_request': { handler: 'ignoreHelloRequest', next: ['WAIT_NST'] },
  },
  WAIT_CCS: {
    'recv change_cipher_spec': { handler: 'onChangeCipherSpec', next: ['WAIT_FINISHED'] },
    'recv hello_request': { handler: 'ignoreHelloRequest', next: ['WAIT_CCS'] },
  },
  WAIT_FINISHED: {
    'recv finished': { handler: 'onFinished', next: ['CONNECTED'] },
  },
  CONNECTED: {
    'recv hello_request': { handler: 'onHelloRequest', next: ['CONNECTED', 'HELLO_REQUESTED'] },
    'send client_hello': { handler: 'sendRenegotiationClientHello', next: ['RENEG_WAIT_SH'] },
  },
  RESUME_WAIT_FINISHED: {
    'recv finished': { handler: 'onResumedFinished', next: ['RESUME_SEND_CCS'] },
  },
  RESUME_SEND_CCS: {
    'send change_cipher_spec': { handler: 'sendResumedChangeCipherSpec', next: ['RESUME_SEND_FINISHED'] },
  },
  RESUME_SEND_FINISHED: {
    'send finished': { handler: 'sendResumedFinished', next: ['CONNECTED'] },
  },
  HELLO_REQUESTED: {
    'send client_hello': { handler: 'sendRenegotiationClientHello', next: ['RENEG_WAIT_SH'] },
    'send no_renegotiation_RESERVED': { handler: 'sendNoRenegotiation', next: ['CONNECTED'] },
  },
  RENEG_WAIT_SH: {
    'recv server_hello': {
      handler: 'onRenegotiationServerHello',
      next: ['WAIT_CERT', 'WAIT_SKE', 'WAIT_SKE_OPTIONAL', 'RESUME_WAIT_NST', 'RESUME_WAIT_CCS'],
    },
    'recv no_renegotiation_RESERVED': { handler: 'onNoRenegotiation', next: ['CONNECTED'] },
    'recv hello_request': { handler: 'ignoreHelloRequest', next: ['RENEG_WAIT_SH'] },
  },
} as const satisfies MachineTable<Tls12ClientState, keyof Tls12ClientHandlers>;
/**
 * Run the tls12_client row for a message that arrived in `state`: its handler gets the message, its
 * bytes and the state, and returns the next state and its outputs.
 * @throws UnexpectedMessageError (from @otpnet/wire) when the table has no row for it, or the name
 * is not one of the machine's.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function receiveTls12Client<A>(
  handlers: Tls12ClientHandlers<A>,
  state: Tls12ClientState,
  m: Tls12ClientEvent | Received,
): Step<Tls12ClientState, A> {
  return stepMachine('tls12_client', tls12ClientTransitions, handlers, state, 'recv', m.name, [
    m.message,
    m.raw,
    state,
  ]) as Step<Tls12ClientState, A>;
}

/**
 * Run the tls12_client row that sends `message` from `state`: its handler gives the message (as its
 * encoder takes it), the next state and its outputs.
 * @throws UnexpectedMessageError when the table has no row for it.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function sendTls12Client<A, N extends keyof Tls12ClientSent>(
  handlers: Tls12ClientHandlers<A>,
  state: Tls12ClientState,
  message: N,
): SendStep<Tls12ClientState, Tls12ClientSent[N], A> {
  return stepMachine('tls12_client', tls12ClientTransitions, handlers, state, 'send', message, [
    state,
  ]) as SendStep<Tls12ClientState, Tls12ClientSent[N], A>;
}

/**
 * A decoded {@link Handshake12} as the message tls12_client receives: its case names the message (a case
 * the select has no arm for keeps its number, and no row takes it).
 */
export function tls12ClientEventOf(v: Handshake12, raw: Uint8Array): Tls12ClientEvent | Received {
  return { name: v.body.case ?? HandshakeTypeName(v.msg_type), message: v.body.value, raw } as
    | Tls12ClientEvent
    | Received;
}
