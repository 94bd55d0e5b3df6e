// Generated from specs/tls/server12.spec by otpnet-gen. Do not edit.
import { type MachineTable, type Received, type SendStep, type Step, stepMachine } from '@otpnet/wire';
import type { Alert, AlertInput } from './alert.js';
import { HandshakeTypeName } from './common.js';
import type { CertificateStatusInput } from './extensions.js';
import type {
  Certificate12,
  Certificate12Input,
  CertificateRequest12Input,
  ChangeCipherSpec,
  ChangeCipherSpecInput,
  ClientHello12,
  ClientKeyExchange,
  DigitallySigned,
  Finished12,
  Finished12Input,
  Handshake12,
  HelloRequestInput,
  NewSessionTicket12Input,
  ServerHello12Input,
  ServerHelloDoneInput,
  ServerKeyExchangeInput,
} from './handshake12.js';

/**
 * A state of the tls12_server machine.
 * @see RFC 5246 §7.3
 * @see RFC 5077 §3
 * @see RFC 5746 §3
 */
export type Tls12ServerState =
  | 'START'
  | 'SEND_SH'
  | 'SEND_CERT'
  | 'SEND_SKE'
  | 'SEND_SHD'
  | 'RESUME_SEND_NST'
  | 'RESUME_SEND_CCS'
  | 'SEND_CERT_STATUS'
  | 'SEND_CR'
  | 'WAIT_CERT'
  | 'WAIT_CKE'
  | 'WAIT_CV'
  | 'WAIT_CCS'
  | 'WAIT_FINISHED'
  | 'SEND_NST'
  | 'SEND_CCS'
  | 'SEND_FINISHED'
  | 'CONNECTED'
  | 'RESUME_SEND_FINISHED'
  | 'RESUME_WAIT_CCS'
  | 'RESUME_WAIT_FINISHED'
  | 'HELLO_REQUEST_SENT'
  | 'REFUSE_RENEGOTIATION';
/** Every {@link Tls12ServerState}, in spec order. */
export const tls12ServerStates = [
  'START',
  'SEND_SH',
  'SEND_CERT',
  'SEND_SKE',
  'SEND_SHD',
  'RESUME_SEND_NST',
  'RESUME_SEND_CCS',
  'SEND_CERT_STATUS',
  'SEND_CR',
  'WAIT_CERT',
  'WAIT_CKE',
  'WAIT_CV',
  'WAIT_CCS',
  'WAIT_FINISHED',
  'SEND_NST',
  'SEND_CCS',
  'SEND_FINISHED',
  'CONNECTED',
  'RESUME_SEND_FINISHED',
  'RESUME_WAIT_CCS',
  'RESUME_WAIT_FINISHED',
  'HELLO_REQUEST_SENT',
  'REFUSE_RENEGOTIATION',
] as const satisfies readonly Tls12ServerState[];
/** The state tls12_server starts in. */
export const tls12ServerInitial = 'START' satisfies Tls12ServerState;
/** The states tls12_server may stop in. */
export const tls12ServerFinals = ['CONNECTED'] as const satisfies readonly Tls12ServerState[];
/** The messages tls12_server receives, and what each decodes to. */
export interface Tls12ServerReceived {
  client_hello: ClientHello12;
  certificate: Certificate12;
  client_key_exchange: ClientKeyExchange;
  certificate_verify: DigitallySigned;
  change_cipher_spec: ChangeCipherSpec;
  finished: Finished12;
  no_renegotiation_RESERVED: Alert;
}

/** The messages tls12_server sends, each as its encoder takes it. */
export interface Tls12ServerSent {
  server_hello: ServerHello12Input;
  certificate: Certificate12Input;
  certificate_status: CertificateStatusInput;
  server_key_exchange: ServerKeyExchangeInput;
  certificate_request: CertificateRequest12Input;
  server_hello_done: ServerHelloDoneInput;
  change_cipher_spec: ChangeCipherSpecInput;
  finished: Finished12Input;
  new_session_ticket: NewSessionTicket12Input;
  hello_request: HelloRequestInput;
  no_renegotiation_RESERVED: AlertInput;
}

/** A message that a row of tls12_server names. */
export type Tls12ServerMessage =
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
/** Every {@link Tls12ServerMessage}, in spec order. */
export const tls12ServerMessages = [
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
] as const satisfies readonly Tls12ServerMessage[];
/** A message tls12_server has a row for, as it arrived. */
export type Tls12ServerEvent = {
  [N in keyof Tls12ServerReceived]: Received<N, Tls12ServerReceived[N]>;
}[keyof Tls12ServerReceived];
/**
 * What the runtime implements for tls12_server: one method per handler, typed row by row. A handler is
 * pure: it returns the next state (only states its row permits type-check) with the outputs `A`
 * the runtime carries out; a send handler also gives the message to send. A missing handler is a
 * compile error.
 */
export interface Tls12ServerHandlers<A = unknown> {
  /** START recv client_hello -> SEND_SH (specs/tls/server12.spec:44) */
  onClientHello(message: ClientHello12, raw: Uint8Array, from: 'START'): Step<'SEND_SH', A>;
  /**
   * SEND_SH send server_hello -> SEND_CERT | SEND_SKE | SEND_SHD | RESUME_SEND_NST | RESUME_SEND_CCS
   * (specs/tls/server12.spec:45)
   */
  sendServerHello(
    from: 'SEND_SH',
  ): SendStep<
    'SEND_CERT' | 'SEND_SKE' | 'SEND_SHD' | 'RESUME_SEND_NST' | 'RESUME_SEND_CCS',
    ServerHello12Input,
    A
  >;
  /**
   * SEND_CERT send certificate -> SEND_CERT_STATUS | SEND_SKE | SEND_CR | SEND_SHD
   * (specs/tls/server12.spec:49)
   */
  sendCertificate(
    from: 'SEND_CERT',
  ): SendStep<'SEND_CERT_STATUS' | 'SEND_SKE' | 'SEND_CR' | 'SEND_SHD', Certificate12Input, A>;
  /**
   * SEND_CERT_STATUS send certificate_status -> SEND_SKE | SEND_CR | SEND_SHD (specs/tls/server12.spec:51)
   */
  sendCertificateStatus(
    from: 'SEND_CERT_STATUS',
  ): SendStep<'SEND_SKE' | 'SEND_CR' | 'SEND_SHD', CertificateStatusInput, A>;
  /** SEND_SKE send server_key_exchange -> SEND_CR | SEND_SHD (specs/tls/server12.spec:52) */
  sendServerKeyExchange(from: 'SEND_SKE'): SendStep<'SEND_CR' | 'SEND_SHD', ServerKeyExchangeInput, A>;
  /** SEND_CR send certificate_request -> SEND_SHD (specs/tls/server12.spec:53) */
  sendCertificateRequest(from: 'SEND_CR'): SendStep<'SEND_SHD', CertificateRequest12Input, A>;
  /** SEND_SHD send server_hello_done -> WAIT_CERT | WAIT_CKE (specs/tls/server12.spec:54) */
  sendServerHelloDone(from: 'SEND_SHD'): SendStep<'WAIT_CERT' | 'WAIT_CKE', ServerHelloDoneInput, A>;
  /** WAIT_CERT recv certificate -> WAIT_CKE (specs/tls/server12.spec:57) */
  onCertificate(message: Certificate12, raw: Uint8Array, from: 'WAIT_CERT'): Step<'WAIT_CKE', A>;
  /** WAIT_CKE recv client_key_exchange -> WAIT_CV | WAIT_CCS (specs/tls/server12.spec:58) */
  onClientKeyExchange(
    message: ClientKeyExchange,
    raw: Uint8Array,
    from: 'WAIT_CKE',
  ): Step<'WAIT_CV' | 'WAIT_CCS', A>;
  /** WAIT_CV recv certificate_verify -> WAIT_CCS (specs/tls/server12.spec:59) */
  onCertificateVerify(message: DigitallySigned, raw: Uint8Array, from: 'WAIT_CV'): Step<'WAIT_CCS', A>;
  /** WAIT_CCS recv change_cipher_spec -> WAIT_FINISHED (specs/tls/server12.spec:60) */
  onChangeCipherSpec(message: ChangeCipherSpec, raw: Uint8Array, from: 'WAIT_CCS'): Step<'WAIT_FINISHED', A>;
  /** WAIT_FINISHED recv finished -> SEND_NST | SEND_CCS (specs/tls/server12.spec:61) */
  onFinished(message: Finished12, raw: Uint8Array, from: 'WAIT_FINISHED'): Step<'SEND_NST' | 'SEND_CCS', A>;
  /** SEND_NST send new_session_ticket -> SEND_CCS (specs/tls/server12.spec:64) */
  sendNewSessionTicket(from: 'SEND_NST'): SendStep<'SEND_CCS', NewSessionTicket12Input, A>;
  /** SEND_CCS send change_cipher_spec -> SEND_FINISHED (specs/tls/server12.spec:65) */
  sendChangeCipherSpec(from: 'SEND_CCS'): SendStep<'SEND_FINISHED', ChangeCipherSpecInput, A>;
  /** SEND_FINISHED send finished -> CONNECTED (specs/tls/server12.spec:66) */
  sendFinished(from: 'SEND_FINISHED'): SendStep<'CONNECTED', Finished12Input, A>;
  /** RESUME_SEND_NST send new_session_ticket -> RESUME_SEND_CCS (specs/tls/server12.spec:69) */
  sendResumedNewSessionTicket(
    from: 'RESUME_SEND_NST',
  ): SendStep<'RESUME_SEND_CCS', NewSessionTicket12Input, A>;
  /** RESUME_SEND_CCS send change_cipher_spec -> RESUME_SEND_FINISHED (specs/tls/server12.spec:70) */
  sendResumedChangeCipherSpec(
    from: 'RESUME_SEND_CCS',
  ): SendStep<'RESUME_SEND_FINISHED', ChangeCipherSpecInput, A>;
  /** RESUME_SEND_FINISHED send finished -> RESUME_WAIT_CCS (specs/tls/server12.spec:71) */
  sendResumedFinished(from: 'RESUME_SEND_FINISHED'): SendStep<'RESUME_WAIT_CCS', Finished12Input, A>;
  /** RESUME_WAIT_CCS recv change_cipher_spec -> RESUME_WAIT_FINISHED (specs/tls/server12.spec:72) */
  onResumedChangeCipherSpec(
    message: ChangeCipherSpec,
    raw: Uint8Array,
    from: 'RESUME_WAIT_CCS',
  ): Step<'RESUME_WAIT_FINISHED', A>;
  /** RESUME_WAIT_FINISHED recv finished -> CONNECTED (specs/tls/server12.spec:73) */
  onResumedFinished(message: Finished12, raw: Uint8Array, from: 'RESUME_WAIT_FINISHED'): Step<'CONNECTED', A>;
  /** CONNECTED send hello_request -> HELLO_REQUEST_SENT (specs/tls/server12.spec:76) */
  sendHelloRequest(from: 'CONNECTED'): SendStep<'HELLO_REQUEST_SENT', HelloRequestInput, A>;
  /** CONNECTED recv client_hello -> SEND_SH | REFUSE_RENEGOTIATION (specs/tls/server12.spec:77) */
  onRenegotiationClientHello(
    message: ClientHello12,
    raw: Uint8Array,
    from: 'CONNECTED',
  ): Step<'SEND_SH' | 'REFUSE_RENEGOTIATION', A>;
  /** HELLO_REQUEST_SENT recv client_hello -> SEND_SH | REFUSE_RENEGOTIATION (specs/tls/server12.spec:79) */
  onRenegotiationClientHello(
    message: ClientHello12,
    raw: Uint8Array,
    from: 'HELLO_REQUEST_SENT',
  ): Step<'SEND_SH' | 'REFUSE_RENEGOTIATION', A>;
  /** HELLO_REQUEST_SENT recv no_renegotiation_RESERVED -> CONNECTED (specs/tls/server12.spec:81) */
  onNoRenegotiation(message: Alert, raw: Uint8Array, from: 'HELLO_REQUEST_SENT'): Step<'CONNECTED', A>;
  /** HELLO_REQUEST_SENT send hello_request -> HELLO_REQUEST_SENT (specs/tls/server12.spec:82) */
  sendHelloRequest(from: 'HELLO_REQUEST_SENT'): SendStep<'HELLO_REQUEST_SENT', HelloRequestInput, A>;
  /** REFUSE_RENEGOTIATION send no_renegotiation_RESERVED -> CONNECTED (specs/tls/server12.spec:83) */
  sendNoRenegotiation(from: 'REFUSE_RENEGOTIATION'): SendStep<'CONNECTED', AlertInput, A>;
}

/**
 * The tls12_server transition table: state, then `"<direction> <message>"`, then the handler and
 * the states it may pick. A pair that is not here is an unexpected message.
 * @see RFC 5246 §7.3
 * @see RFC 5077 §3
 * @see RFC 5746 §3
 */
export const tls12ServerTransitions = {
  START: {
    'recv client_hello': { handler: 'onClientHello', next: ['SEND_SH'] },
  },
  SEND_SH: {
    'send server_hello': {
      handler: 'sendServerHello',
      next: ['SEND_CERT', 'SEND_SKE', 'SEND_SHD', 'RESUME_SEND_NST', 'RESUME_SEND_CCS'],
    },
  },
  SEND_CERT: {
    'send certificate': {
      handler: 'sendCertificate',
      next: ['SEND_CERT_STATUS', 'SEND_SKE', 'SEND_CR', 'SEND_SHD'],
    },
  },
  SEND_SKE: {
    'send server_key_exchange': { handler: 'sendServerKeyExchange', next: ['SEND_CR', 'SEND_SHD'] },
  },
  SEND_SHD: {
    'send server_hello_done': { handler: 'sendServerHelloDone', next: ['WAIT_CERT', 'WAIT_CKE'] },
  },
  RESUME_SEND_NST: {
    'send new_session_ticket': { handler: 'sendResumedNewSessionTicket', next: ['RESUME_SEND_CCS'] },
  },
  RESUME_SEND_CCS: {
    'send change_cipher_spec': { handler: 'sendResumedChangeCipherSpec', next: ['RESUME_SEND_FINISHED'] },
  },
  SEND_CERT_STATUS: {
    'send certificate_status': {
      handler: 'sendCertificateStatus',
      next: ['SEND_SKE', 'SEND_CR', 'SEND_SHD'],
    },
  },
  SEND_CR: {
    'send certificate_request': { handler: 'sendCertificateRequest', next: ['SEND_SHD'] },
  },
  WAIT_CERT: {
    'recv certificate': { handler: 'onCertificate', next: ['WAIT_CKE'] },
  },
  WAIT_CKE: {
    'recv client_key_exchange': { handler: 'onClientKeyExchange', next: ['WAIT_CV', 'WAIT_CCS'] },
  },
  WAIT_CV: {
    'recv certificate_verify': { handler: 'onCertificateVerify', next: ['WAIT_CCS'] },
  },
  WAIT_CCS: {
    'recv change_cipher_spec': { handler: 'onChangeCipherSpec', next: ['WAIT_FINISHED'] },
  },
  WAIT_FINISHED: {
    'recv finished': { handler: 'onFinished', next: ['SEND_NST', 'SEND_CCS'] },
  },
  SEND_NST: {
    'send new_session_ticket': { handler: 'sendNewSessionTicket', next: ['SEND_CCS'] },
  },
  SEND_CCS: {
    'send change_cipher_spec': { handler: 'sendChangeCipherSpec', next: ['SEND_FINISHED'] },
  },
  SEND_FINISHED: {
    'send finished': { handler: 'sendFinished', next: ['CONNECTED'] },
  },
  CONNECTED: {
    'send hello_request': { handler: 'sendHelloRequest', next: ['HELLO_REQUEST_SENT'] },
    'recv client_hello': { handler: 'onRenegotiationClientHello', next: ['SEND_SH', 'REFUSE_RENEGOTIATION'] },
  },
  RESUME_SEND_FINISHED: {
    'send finished': { handler: 'sendResumedFinished', next: ['RESUME_WAIT_CCS'] },
  },
  RESUME_WAIT_CCS: {
    'recv change_cipher_spec': { handler: 'onResumedChangeCipherSpec', next: ['RESUME_WAIT_FINISHED'] },
  },
  RESUME_WAIT_FINISHED: {
    'recv finished': { handler: 'onResumedFinished', next: ['CONNECTED'] },
  },
  HELLO_REQUEST_SENT: {
    'recv client_hello': { handler: 'onRenegotiationClientHello', next: ['SEND_SH', 'REFUSE_RENEGOTIATION'] },
    'recv no_renegotiation_RESERVED': { handler: 'onNoRenegotiation', next: ['CONNECTED'] },
    'send hello_request': { handler: 'sendHelloRequest', next: ['HELLO_REQUEST_SENT'] },
  },
  REFUSE_RENEGOTIATION: {
    'send no_renegotiation_RESERVED': { handler: 'sendNoRenegotiation', next: ['CONNECTED'] },
  },
} as const satisfies MachineTable<Tls12ServerState, keyof Tls12ServerHandlers>;
/**
 * Run the tls12_server row for a message that arrived in `state`: its handler gets the message, its
 * bytes and the state, and returns the next state and its outputs.
 * @throws UnexpectedMessageError (from @otpnet/wire) when the table has no row for it, or the name
 * is not one of the machine's.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function receiveTls12Server<A>(
  handlers: Tls12ServerHandlers<A>,
  state: Tls12ServerState,
  m: Tls12ServerEvent | Received,
): Step<Tls12ServerState, A> {
  return stepMachine('tls12_server', tls12ServerTransitions, handlers, state, 'recv', m.name, [
    m.message,
    m.raw,
    state,
  ]) as Step<Tls12ServerState, A>;
}

/**
 * Run the tls12_server row that sends `message` from `state`: its handler gives the message (as its
 * encoder takes it), the next state and its outputs.
 * @throws UnexpectedMessageError when the table has no row for it.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function sendTls12Server<A, N extends keyof Tls12ServerSent>(
  handlers: Tls12ServerHandlers<A>,
  state: Tls12ServerState,
  message: N,
): SendStep<Tls12ServerState, Tls12ServerSent[N], A> {
  return stepMachine('tls12_server', tls12ServerTransitions, handlers, state, 'send', message, [
    state,
  ]) as SendStep<Tls12ServerState, Tls12ServerSent[N], A>;
}

/**
 * A decoded {@link Handshake12} as the message tls12_server receives: its case names the message (a case
 * the select has no arm for keeps its number, and no row takes it).
 */
export function tls12ServerEventOf(v: Handshake12, raw: Uint8Array): Tls12ServerEvent | Received {
  return { name: v.body.case ?? HandshakeTypeName(v.msg_type), message: v.body.value, raw } as
    | Tls12ServerEvent
    | Received;
}
