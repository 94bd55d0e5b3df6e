// Generated from specs/ssh/userauth-server.spec by otpnet-gen. Do not edit.
import { type MachineTable, type Received, type SendStep, type Step, stepMachine } from '@otpnet/wire';
import type { SSH_MSG_EXT_INFOInput } from './transport.js';
import type {
  SSH_MSG_USERAUTH_BANNERInput,
  SSH_MSG_USERAUTH_FAILUREInput,
  SSH_MSG_USERAUTH_INFO_REQUESTInput,
  SSH_MSG_USERAUTH_INFO_RESPONSE,
  SSH_MSG_USERAUTH_PASSWD_CHANGEREQInput,
  SSH_MSG_USERAUTH_PK_OKInput,
  SSH_MSG_USERAUTH_REQUEST,
  SSH_MSG_USERAUTH_SUCCESSInput,
} from './userauth.js';

/**
 * A state of the ssh_userauth_server machine.
 * @see RFC 4252 §5
 * @see RFC 4256 §3
 */
export type SshUserauthServerState =
  | 'WAIT_REQUEST'
  | 'SEND_SUCCESS'
  | 'SEND_FAILURE'
  | 'SEND_PK_OK'
  | 'SEND_PASSWD_CHANGEREQ'
  | 'SEND_INFO_REQUEST'
  | 'SEND_EXT_INFO'
  | 'AUTHENTICATED'
  | 'WAIT_INFO_RESPONSE';
/** Every {@link SshUserauthServerState}, in spec order. */
export const sshUserauthServerStates = [
  'WAIT_REQUEST',
  'SEND_SUCCESS',
  'SEND_FAILURE',
  'SEND_PK_OK',
  'SEND_PASSWD_CHANGEREQ',
  'SEND_INFO_REQUEST',
  'SEND_EXT_INFO',
  'AUTHENTICATED',
  'WAIT_INFO_RESPONSE',
] as const satisfies readonly SshUserauthServerState[];
/** The state ssh_userauth_server starts in. */
export const sshUserauthServerInitial = 'WAIT_REQUEST' satisfies SshUserauthServerState;
/** The states ssh_userauth_server may stop in. */
export const sshUserauthServerFinals = ['AUTHENTICATED'] as const satisfies readonly SshUserauthServerState[];
/** The messages ssh_userauth_server receives, and what each decodes to. */
export interface SshUserauthServerReceived {
  SSH_MSG_USERAUTH_REQUEST: SSH_MSG_USERAUTH_REQUEST;
  SSH_MSG_USERAUTH_INFO_RESPONSE: SSH_MSG_USERAUTH_INFO_RESPONSE;
}

/** The messages ssh_userauth_server sends, each as its encoder takes it. */
export interface SshUserauthServerSent {
  SSH_MSG_EXT_INFO: SSH_MSG_EXT_INFOInput;
  SSH_MSG_USERAUTH_SUCCESS: SSH_MSG_USERAUTH_SUCCESSInput;
  SSH_MSG_USERAUTH_FAILURE: SSH_MSG_USERAUTH_FAILUREInput;
  SSH_MSG_USERAUTH_PK_OK: SSH_MSG_USERAUTH_PK_OKInput;
  SSH_MSG_USERAUTH_PASSWD_CHANGEREQ: SSH_MSG_USERAUTH_PASSWD_CHANGEREQInput;
  SSH_MSG_USERAUTH_INFO_REQUEST: SSH_MSG_USERAUTH_INFO_REQUESTInput;
  SSH_MSG_USERAUTH_BANNER: SSH_MSG_USERAUTH_BANNERInput;
}

/** A message that a row of ssh_userauth_server names. */
export type SshUserauthServerMessage =
  | 'SSH_MSG_USERAUTH_REQUEST'
  | 'SSH_MSG_EXT_INFO'
  | 'SSH_MSG_USERAUTH_SUCCESS'
  | 'SSH_MSG_USERAUTH_FAILURE'
  | 'SSH_MSG_USERAUTH_PK_OK'
  | 'SSH_MSG_USERAUTH_PASSWD_CHANGEREQ'
  | 'SSH_MSG_USERAUTH_INFO_REQUEST'
  | 'SSH_MSG_USERAUTH_INFO_RESPONSE'
  | 'SSH_MSG_USERAUTH_BANNER';
/** Every {@link SshUserauthServerMessage}, in spec order. */
export const sshUserauthServerMessages = [
  'SSH_MSG_USERAUTH_REQUEST',
  'SSH_MSG_EXT_INFO',
  'SSH_MSG_USERAUTH_SUCCESS',
  'SSH_MSG_USERAUTH_FAILURE',
  'SSH_MSG_USERAUTH_PK_OK',
  'SSH_MSG_USERAUTH_PASSWD_CHANGEREQ',
  'SSH_MSG_USERAUTH_INFO_REQUEST',
  'SSH_MSG_USERAUTH_INFO_RESPONSE',
  'SSH_MSG_USERAUTH_BANNER',
] as const satisfies readonly SshUserauthServerMessage[];
/** A message ssh_userauth_server has a row for, as it arrived. */
export type SshUserauthServerEvent = {
  [N in keyof SshUserauthServerReceived]: Received<N, SshUserauthServerReceived[N]>;
}[keyof SshUserauthServerReceived];
/**
 * What the runtime implements for ssh_userauth_server: one method per handler, typed row by row. A handler is
 * pure: it returns the next state (only states its row permits type-check) with the outputs `A`
 * the runtime carries out; a send handler also gives the message to send. A missing handler is a
 * compile error.
 */
export interface SshUserauthServerHandlers<A = unknown> {
  /**
   * WAIT_REQUEST recv SSH_MSG_USERAUTH_REQUEST -> SEND_SUCCESS | SEND_FAILURE | SEND_PK_OK |
   * SEND_PASSWD_CHANGEREQ | SEND_INFO_REQUEST | SEND_EXT_INFO (specs/ssh/userauth-server.spec:44)
   */
  onUserauthRequest(
    message: SSH_MSG_USERAUTH_REQUEST,
    raw: Uint8Array,
    from: 'WAIT_REQUEST',
  ): Step<
    | 'SEND_SUCCESS'
    | 'SEND_FAILURE'
    | 'SEND_PK_OK'
    | 'SEND_PASSWD_CHANGEREQ'
    | 'SEND_INFO_REQUEST'
    | 'SEND_EXT_INFO',
    A
  >;
  /**
   * SEND_EXT_INFO send SSH_MSG_EXT_INFO -> SEND_SUCCESS | SEND_FAILURE | SEND_PK_OK | SEND_PASSWD_CHANGEREQ |
   * SEND_INFO_REQUEST (specs/ssh/userauth-server.spec:47)
   */
  sendExtInfo(
    from: 'SEND_EXT_INFO',
  ): SendStep<
    'SEND_SUCCESS' | 'SEND_FAILURE' | 'SEND_PK_OK' | 'SEND_PASSWD_CHANGEREQ' | 'SEND_INFO_REQUEST',
    SSH_MSG_EXT_INFOInput,
    A
  >;
  /** SEND_SUCCESS send SSH_MSG_USERAUTH_SUCCESS -> AUTHENTICATED (specs/ssh/userauth-server.spec:49) */
  sendSuccess(from: 'SEND_SUCCESS'): SendStep<'AUTHENTICATED', SSH_MSG_USERAUTH_SUCCESSInput, A>;
  /** SEND_FAILURE send SSH_MSG_USERAUTH_FAILURE -> WAIT_REQUEST (specs/ssh/userauth-server.spec:50) */
  sendFailure(from: 'SEND_FAILURE'): SendStep<'WAIT_REQUEST', SSH_MSG_USERAUTH_FAILUREInput, A>;
  /** SEND_PK_OK send SSH_MSG_USERAUTH_PK_OK -> WAIT_REQUEST (specs/ssh/userauth-server.spec:53) */
  sendPkOk(from: 'SEND_PK_OK'): SendStep<'WAIT_REQUEST', SSH_MSG_USERAUTH_PK_OKInput, A>;
  /**
   * SEND_PASSWD_CHANGEREQ send SSH_MSG_USERAUTH_PASSWD_CHANGEREQ -> WAIT_REQUEST
   * (specs/ssh/userauth-server.spec:54)
   */
  sendPasswdChangereq(
    from: 'SEND_PASSWD_CHANGEREQ',
  ): SendStep<'WAIT_REQUEST', SSH_MSG_USERAUTH_PASSWD_CHANGEREQInput, A>;
  /**
   * SEND_INFO_REQUEST send SSH_MSG_USERAUTH_INFO_REQUEST -> WAIT_INFO_RESPONSE
   * (specs/ssh/userauth-server.spec:57)
   */
  sendInfoRequest(
    from: 'SEND_INFO_REQUEST',
  ): SendStep<'WAIT_INFO_RESPONSE', SSH_MSG_USERAUTH_INFO_REQUESTInput, A>;
  /**
   * WAIT_INFO_RESPONSE recv SSH_MSG_USERAUTH_INFO_RESPONSE -> SEND_INFO_REQUEST | SEND_SUCCESS | SEND_FAILURE
   * |
   * SEND_EXT_INFO (specs/ssh/userauth-server.spec:58)
   */
  onInfoResponse(
    message: SSH_MSG_USERAUTH_INFO_RESPONSE,
    raw: Uint8Array,
    from: 'WAIT_INFO_RESPONSE',
  ): Step<'SEND_INFO_REQUEST' | 'SEND_SUCCESS' | 'SEND_FAILURE' | 'SEND_EXT_INFO', A>;
  /**
   * WAIT_INFO_RESPONSE recv SSH_MSG_USERAUTH_REQUEST -> SEND_SUCCESS | SEND_FAILURE | SEND_PK_OK |
   * SEND_PASSWD_CHANGEREQ | SEND_INFO_REQUEST | SEND_EXT_INFO (specs/ssh/userauth-server.spec:60)
   */
  onUserauthRequest(
    message: SSH_MSG_USERAUTH_REQUEST,
    raw: Uint8Array,
    from: 'WAIT_INFO_RESPONSE',
  ): Step<
    | 'SEND_SUCCESS'
    | 'SEND_FAILURE'
    | 'SEND_PK_OK'
    | 'SEND_PASSWD_CHANGEREQ'
    | 'SEND_INFO_REQUEST'
    | 'SEND_EXT_INFO',
    A
  >;
  /** WAIT_REQUEST send SSH_MSG_USERAUTH_BANNER -> WAIT_REQUEST (specs/ssh/userauth-server.spec:65) */
  sendBanner(from: 'WAIT_REQUEST'): SendStep<'WAIT_REQUEST', SSH_MSG_USERAUTH_BANNERInput, A>;
  /**
   * WAIT_INFO_RESPONSE send SSH_MSG_USERAUTH_BANNER -> WAIT_INFO_RESPONSE (specs/ssh/userauth-server.spec:66)
   */
  sendBanner(from: 'WAIT_INFO_RESPONSE'): SendStep<'WAIT_INFO_RESPONSE', SSH_MSG_USERAUTH_BANNERInput, A>;
  /** SEND_EXT_INFO send SSH_MSG_USERAUTH_BANNER -> SEND_EXT_INFO (specs/ssh/userauth-server.spec:67) */
  sendBanner(from: 'SEND_EXT_INFO'): SendStep<'SEND_EXT_INFO', SSH_MSG_USERAUTH_BANNERInput, A>;
  /** SEND_SUCCESS send SSH_MSG_USERAUTH_BANNER -> SEND_SUCCESS (specs/ssh/userauth-server.spec:68) */
  sendBanner(from: 'SEND_SUCCESS'): SendStep<'SEND_SUCCESS', SSH_MSG_USERAUTH_BANNERInput, A>;
  /** SEND_FAILURE send SSH_MSG_USERAUTH_BANNER -> SEND_FAILURE (specs/ssh/userauth-server.spec:69) */
  sendBanner(from: 'SEND_FAILURE'): SendStep<'SEND_FAILURE', SSH_MSG_USERAUTH_BANNERInput, A>;
  /** SEND_PK_OK send SSH_MSG_USERAUTH_BANNER -> SEND_PK_OK (specs/ssh/userauth-server.spec:70) */
  sendBanner(from: 'SEND_PK_OK'): SendStep<'SEND_PK_OK', SSH_MSG_USERAUTH_BANNERInput, A>;
  /**
   * SEND_PASSWD_CHANGEREQ send SSH_MSG_USERAUTH_BANNER -> SEND_PASSWD_CHANGEREQ
   * (specs/ssh/userauth-server.spec:71)
   */
  sendBanner(
    from: 'SEND_PASSWD_CHANGEREQ',
  ): SendStep<'SEND_PASSWD_CHANGEREQ', SSH_MSG_USERAUTH_BANNERInput, A>;
  /**
   * SEND_INFO_REQUEST send SSH_MSG_USERAUTH_BANNER -> SEND_INFO_REQUEST (specs/ssh/userauth-server.spec:72)
   */
  sendBanner(from: 'SEND_INFO_REQUEST'): SendStep<'SEND_INFO_REQUEST', SSH_MSG_USERAUTH_BANNERInput, A>;
  /** AUTHENTICATED recv SSH_MSG_USERAUTH_REQUEST -> AUTHENTICATED (specs/ssh/userauth-server.spec:75) */
  ignoreRequestAfterSuccess(
    message: SSH_MSG_USERAUTH_REQUEST,
    raw: Uint8Array,
    from: 'AUTHENTICATED',
  ): Step<'AUTHENTICATED', A>;
}

/**
 * The ssh_userauth_server transition table: state, then `"<direction> <message>"`, then the handler and
 * the states it may pick. A pair that is not here is an unexpected message.
 * @see RFC 4252 §5
 * @see RFC 4256 §3
 */
export const sshUserauthServerTransitions = {
  WAIT_REQUEST: {
    'recv SSH_MSG_USERAUTH_REQUEST': {
      handler: 'onUserauthRequest',
      next: [
        'SEND_SUCCESS',
        'SEND_FAILURE',
        'SEND_PK_OK',
        'SEND_PASSWD_CHANGEREQ',
        'SEND_INFO_REQUEST',
        'SEND_EXT_INFO',
      ],
    },
    'send SSH_MSG_USERAUTH_BANNER': { handler: 'sendBanner', next: ['WAIT_REQUEST'] },
  },
  SEND_SUCCESS: {
    'send SSH_MSG_USERAUTH_SUCCESS': { handler: 'sendSuccess', next: ['AUTHENTICATED'] },
    'send SSH_MSG_USERAUTH_BANNER': { handler: 'sendBanner', next: ['SEND_SUCCESS'] },
  },
  SEND_FAILURE: {
    'send SSH_MSG_USERAUTH_FAILURE': { handler: 'sendFailure', next: ['WAIT_REQUEST'] },
    'send SSH_MSG_USERAUTH_BANNER': { handler: 'sendBanner', next: ['SEND_FAILURE'] },
  },
  SEND_PK_OK: {
    'send SSH_MSG_USERAUTH_PK_OK': { handler: 'sendPkOk', next: ['WAIT_REQUEST'] },
    'send SSH_MSG_USERAUTH_BANNER': { handler: 'sendBanner', next: ['SEND_PK_OK'] },
  },
  SEND_PASSWD_CHANGEREQ: {
    'send SSH_MSG_USERAUTH_PASSWD_CHANGEREQ': { handler: 'sendPasswdChangereq', next: ['WAIT_REQUEST'] },
    'send SSH_MSG_USERAUTH_BANNER': { handler: 'sendBanner', next: ['SEND_PASSWD_CHANGEREQ'] },
  },
  SEND_INFO_REQUEST: {
    'send SSH_MSG_USERAUTH_INFO_REQUEST': { handler: 'sendInfoRequest', next: ['WAIT_INFO_RESPONSE'] },
    'send SSH_MSG_USERAUTH_BANNER': { handler: 'sendBanner', next: ['SEND_INFO_REQUEST'] },
  },
  SEND_EXT_INFO: {
    'send SSH_MSG_EXT_INFO': {
      handler: 'sendExtInfo',
      next: ['SEND_SUCCESS', 'SEND_FAILURE', 'SEND_PK_OK', 'SEND_PASSWD_CHANGEREQ', 'SEND_INFO_REQUEST'],
    },
    'send SSH_MSG_USERAUTH_BANNER': { handler: 'sendBanner', next: ['SEND_EXT_INFO'] },
  },
  AUTHENTICATED: {
    'recv SSH_MSG_USERAUTH_REQUEST': { handler: 'ignoreRequestAfterSuccess', next: ['AUTHENTICATED'] },
  },
  WAIT_INFO_RESPONSE: {
    'recv SSH_MSG_USERAUTH_INFO_RESPONSE': {
      handler: 'onInfoResponse',
      next: ['SEND_INFO_REQUEST', 'SEND_SUCCESS', 'SEND_FAILURE', 'SEND_EXT_INFO'],
    },
    'recv SSH_MSG_USERAUTH_REQUEST': {
      handler: 'onUserauthRequest',
      next: [
        'SEND_SUCCESS',
        'SEND_FAILURE',
        'SEND_PK_OK',
        'SEND_PASSWD_CHANGEREQ',
        'SEND_INFO_REQUEST',
        'SEND_EXT_INFO',
      ],
    },
    'send SSH_MSG_USERAUTH_BANNER': { handler: 'sendBanner', next: ['WAIT_INFO_RESPONSE'] },
  },
} as const satisfies MachineTable<SshUserauthServerState, keyof SshUserauthServerHandlers>;
/**
 * Run the ssh_userauth_server row for a message that arrived in `state`: its handler gets the message, its
 * bytes and the state, and returns the next state and its outputs.
 * @throws UnexpectedMessageError (from @otpnet/wire) when the table has no row for it, or the name
 * is not one of the machine's.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function receiveSshUserauthServer<A>(
  handlers: SshUserauthServerHandlers<A>,
  state: SshUserauthServerState,
  m: SshUserauthServerEvent | Received,
): Step<SshUserauthServerState, A> {
  return stepMachine('ssh_userauth_server', sshUserauthServerTransitions, handlers, state, 'recv', m.name, [
    m.message,
    m.raw,
    state,
  ]) as Step<SshUserauthServerState, A>;
}

/**
 * Run the ssh_userauth_server row that sends `message` from `state`: its handler gives the message (as its
 * encoder takes it), the next state and its outputs.
 * @throws UnexpectedMessageError when the table has no row for it.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function sendSshUserauthServer<A, N extends keyof SshUserauthServerSent>(
  handlers: SshUserauthServerHandlers<A>,
  state: SshUserauthServerState,
  message: N,
): SendStep<SshUserauthServerState, SshUserauthServerSent[N], A> {
  return stepMachine('ssh_userauth_server', sshUserauthServerTransitions, handlers, state, 'send', message, [
    state,
  ]) as SendStep<SshUserauthServerState, SshUserauthServerSent[N], A>;
}
