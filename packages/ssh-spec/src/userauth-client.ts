// Generated from specs/ssh/userauth-client.spec by otpnet-gen. Do not edit.
import { type MachineTable, type Received, type SendStep, type Step, stepMachine } from '@otpnet/wire';
import type { SSH_MSG_EXT_INFO } from './transport.js';
import type {
  SSH_MSG_USERAUTH_BANNER,
  SSH_MSG_USERAUTH_FAILURE,
  SSH_MSG_USERAUTH_INFO_REQUEST,
  SSH_MSG_USERAUTH_INFO_RESPONSEInput,
  SSH_MSG_USERAUTH_PASSWD_CHANGEREQ,
  SSH_MSG_USERAUTH_PK_OK,
  SSH_MSG_USERAUTH_REQUESTInput,
  SSH_MSG_USERAUTH_SUCCESS,
} from './userauth.js';

/**
 * A state of the ssh_userauth_client machine.
 * @see RFC 4252 §5
 * @see RFC 4256 §3
 */
export type SshUserauthClientState =
  | 'SEND_REQUEST'
  | 'WAIT_RESULT'
  | 'WAIT_PK_OK'
  | 'WAIT_PASSWORD'
  | 'WAIT_INFO_REQUEST'
  | 'AUTHENTICATED'
  | 'SEND_SIGNED_REQUEST'
  | 'SEND_PASSWORD_CHANGE'
  | 'SEND_INFO_RESPONSE';
/** Every {@link SshUserauthClientState}, in spec order. */
export const sshUserauthClientStates = [
  'SEND_REQUEST',
  'WAIT_RESULT',
  'WAIT_PK_OK',
  'WAIT_PASSWORD',
  'WAIT_INFO_REQUEST',
  'AUTHENTICATED',
  'SEND_SIGNED_REQUEST',
  'SEND_PASSWORD_CHANGE',
  'SEND_INFO_RESPONSE',
] as const satisfies readonly SshUserauthClientState[];
/** The state ssh_userauth_client starts in. */
export const sshUserauthClientInitial = 'SEND_REQUEST' satisfies SshUserauthClientState;
/** The states ssh_userauth_client may stop in. */
export const sshUserauthClientFinals = ['AUTHENTICATED'] as const satisfies readonly SshUserauthClientState[];
/** The messages ssh_userauth_client receives, and what each decodes to. */
export interface SshUserauthClientReceived {
  SSH_MSG_USERAUTH_SUCCESS: SSH_MSG_USERAUTH_SUCCESS;
  SSH_MSG_USERAUTH_FAILURE: SSH_MSG_USERAUTH_FAILURE;
  SSH_MSG_USERAUTH_PK_OK: SSH_MSG_USERAUTH_PK_OK;
  SSH_MSG_USERAUTH_PASSWD_CHANGEREQ: SSH_MSG_USERAUTH_PASSWD_CHANGEREQ;
  SSH_MSG_USERAUTH_INFO_REQUEST: SSH_MSG_USERAUTH_INFO_REQUEST;
  SSH_MSG_USERAUTH_BANNER: SSH_MSG_USERAUTH_BANNER;
  SSH_MSG_EXT_INFO: SSH_MSG_EXT_INFO;
}

/** The messages ssh_userauth_client sends, each as its encoder takes it. */
export interface SshUserauthClientSent {
  SSH_MSG_USERAUTH_REQUEST: SSH_MSG_USERAUTH_REQUESTInput;
  SSH_MSG_USERAUTH_INFO_RESPONSE: SSH_MSG_USERAUTH_INFO_RESPONSEInput;
}

/** A message that a row of ssh_userauth_client names. */
export type SshUserauthClientMessage =
  | 'SSH_MSG_USERAUTH_REQUEST'
  | 'SSH_MSG_USERAUTH_SUCCESS'
  | 'SSH_MSG_USERAUTH_FAILURE'
  | 'SSH_MSG_USERAUTH_PK_OK'
  | 'SSH_MSG_USERAUTH_PASSWD_CHANGEREQ'
  | 'SSH_MSG_USERAUTH_INFO_REQUEST'
  | 'SSH_MSG_USERAUTH_INFO_RESPONSE'
  | 'SSH_MSG_USERAUTH_BANNER'
  | 'SSH_MSG_EXT_INFO';
/** Every {@link SshUserauthClientMessage}, in spec order. */
export const sshUserauthClientMessages = [
  'SSH_MSG_USERAUTH_REQUEST',
  'SSH_MSG_USERAUTH_SUCCESS',
  'SSH_MSG_USERAUTH_FAILURE',
  'SSH_MSG_USERAUTH_PK_OK',
  'SSH_MSG_USERAUTH_PASSWD_CHANGEREQ',
  'SSH_MSG_USERAUTH_INFO_REQUEST',
  'SSH_MSG_USERAUTH_INFO_RESPONSE',
  'SSH_MSG_USERAUTH_BANNER',
  'SSH_MSG_EXT_INFO',
] as const satisfies readonly SshUserauthClientMessage[];
/** A message ssh_userauth_client has a row for, as it arrived. */
export type SshUserauthClientEvent = {
  [N in keyof SshUserauthClientReceived]: Received<N, SshUserauthClientReceived[N]>;
}[keyof SshUserauthClientReceived];
/**
 * What the runtime implements for ssh_userauth_client: one method per handler, typed row by row. A handler is
 * pure: it returns the next state (only states its row permits type-check) with the outputs `A`
 * the runtime carries out; a send handler also gives the message to send. A missing handler is a
 * compile error.
 */
export interface SshUserauthClientHandlers<A = unknown> {
  /**
   * SEND_REQUEST send SSH_MSG_USERAUTH_REQUEST -> WAIT_RESULT | WAIT_PK_OK | WAIT_PASSWORD |
   * WAIT_INFO_REQUEST
   * (specs/ssh/userauth-client.spec:44)
   */
  sendUserauthRequest(
    from: 'SEND_REQUEST',
  ): SendStep<
    'WAIT_RESULT' | 'WAIT_PK_OK' | 'WAIT_PASSWORD' | 'WAIT_INFO_REQUEST',
    SSH_MSG_USERAUTH_REQUESTInput,
    A
  >;
  /** WAIT_RESULT recv SSH_MSG_USERAUTH_SUCCESS -> AUTHENTICATED (specs/ssh/userauth-client.spec:48) */
  onSuccess(
    message: SSH_MSG_USERAUTH_SUCCESS,
    raw: Uint8Array,
    from: 'WAIT_RESULT',
  ): Step<'AUTHENTICATED', A>;
  /** WAIT_RESULT recv SSH_MSG_USERAUTH_FAILURE -> SEND_REQUEST (specs/ssh/userauth-client.spec:49) */
  onFailure(message: SSH_MSG_USERAUTH_FAILURE, raw: Uint8Array, from: 'WAIT_RESULT'): Step<'SEND_REQUEST', A>;
  /**
   * WAIT_PK_OK recv SSH_MSG_USERAUTH_PK_OK -> SEND_SIGNED_REQUEST | SEND_REQUEST
   * (specs/ssh/userauth-client.spec:52)
   */
  onPkOk(
    message: SSH_MSG_USERAUTH_PK_OK,
    raw: Uint8Array,
    from: 'WAIT_PK_OK',
  ): Step<'SEND_SIGNED_REQUEST' | 'SEND_REQUEST', A>;
  /** WAIT_PK_OK recv SSH_MSG_USERAUTH_FAILURE -> SEND_REQUEST (specs/ssh/userauth-client.spec:53) */
  onFailure(message: SSH_MSG_USERAUTH_FAILURE, raw: Uint8Array, from: 'WAIT_PK_OK'): Step<'SEND_REQUEST', A>;
  /** SEND_SIGNED_REQUEST send SSH_MSG_USERAUTH_REQUEST -> WAIT_RESULT (specs/ssh/userauth-client.spec:54) */
  sendSignedRequest(from: 'SEND_SIGNED_REQUEST'): SendStep<'WAIT_RESULT', SSH_MSG_USERAUTH_REQUESTInput, A>;
  /** WAIT_PASSWORD recv SSH_MSG_USERAUTH_SUCCESS -> AUTHENTICATED (specs/ssh/userauth-client.spec:57) */
  onSuccess(
    message: SSH_MSG_USERAUTH_SUCCESS,
    raw: Uint8Array,
    from: 'WAIT_PASSWORD',
  ): Step<'AUTHENTICATED', A>;
  /** WAIT_PASSWORD recv SSH_MSG_USERAUTH_FAILURE -> SEND_REQUEST (specs/ssh/userauth-client.spec:58) */
  onFailure(
    message: SSH_MSG_USERAUTH_FAILURE,
    raw: Uint8Array,
    from: 'WAIT_PASSWORD',
  ): Step<'SEND_REQUEST', A>;
  /**
   * WAIT_PASSWORD recv SSH_MSG_USERAUTH_PASSWD_CHANGEREQ -> SEND_PASSWORD_CHANGE | SEND_REQUEST
   * (specs/ssh/userauth-client.spec:59)
   */
  onPasswdChangereq(
    message: SSH_MSG_USERAUTH_PASSWD_CHANGEREQ,
    raw: Uint8Array,
    from: 'WAIT_PASSWORD',
  ): Step<'SEND_PASSWORD_CHANGE' | 'SEND_REQUEST', A>;
  /**
   * SEND_PASSWORD_CHANGE send SSH_MSG_USERAUTH_REQUEST -> WAIT_PASSWORD (specs/ssh/userauth-client.spec:61)
   */
  sendPasswordChange(
    from: 'SEND_PASSWORD_CHANGE',
  ): SendStep<'WAIT_PASSWORD', SSH_MSG_USERAUTH_REQUESTInput, A>;
  /**
   * WAIT_INFO_REQUEST recv SSH_MSG_USERAUTH_INFO_REQUEST -> SEND_INFO_RESPONSE | SEND_REQUEST
   * (specs/ssh/userauth-client.spec:64)
   */
  onInfoRequest(
    message: SSH_MSG_USERAUTH_INFO_REQUEST,
    raw: Uint8Array,
    from: 'WAIT_INFO_REQUEST',
  ): Step<'SEND_INFO_RESPONSE' | 'SEND_REQUEST', A>;
  /** WAIT_INFO_REQUEST recv SSH_MSG_USERAUTH_SUCCESS -> AUTHENTICATED (specs/ssh/userauth-client.spec:66) */
  onSuccess(
    message: SSH_MSG_USERAUTH_SUCCESS,
    raw: Uint8Array,
    from: 'WAIT_INFO_REQUEST',
  ): Step<'AUTHENTICATED', A>;
  /** WAIT_INFO_REQUEST recv SSH_MSG_USERAUTH_FAILURE -> SEND_REQUEST (specs/ssh/userauth-client.spec:67) */
  onFailure(
    message: SSH_MSG_USERAUTH_FAILURE,
    raw: Uint8Array,
    from: 'WAIT_INFO_REQUEST',
  ): Step<'SEND_REQUEST', A>;
  /**
   * SEND_INFO_RESPONSE send SSH_MSG_USERAUTH_INFO_RESPONSE -> WAIT_INFO_REQUEST
   * (specs/ssh/userauth-client.spec:68)
   */
  sendInfoResponse(
    from: 'SEND_INFO_RESPONSE',
  ): SendStep<'WAIT_INFO_REQUEST', SSH_MSG_USERAUTH_INFO_RESPONSEInput, A>;
  /** WAIT_RESULT recv SSH_MSG_USERAUTH_BANNER -> WAIT_RESULT (specs/ssh/userauth-client.spec:71) */
  onBanner(message: SSH_MSG_USERAUTH_BANNER, raw: Uint8Array, from: 'WAIT_RESULT'): Step<'WAIT_RESULT', A>;
  /** WAIT_PK_OK recv SSH_MSG_USERAUTH_BANNER -> WAIT_PK_OK (specs/ssh/userauth-client.spec:72) */
  onBanner(message: SSH_MSG_USERAUTH_BANNER, raw: Uint8Array, from: 'WAIT_PK_OK'): Step<'WAIT_PK_OK', A>;
  /** WAIT_PASSWORD recv SSH_MSG_USERAUTH_BANNER -> WAIT_PASSWORD (specs/ssh/userauth-client.spec:73) */
  onBanner(
    message: SSH_MSG_USERAUTH_BANNER,
    raw: Uint8Array,
    from: 'WAIT_PASSWORD',
  ): Step<'WAIT_PASSWORD', A>;
  /**
   * WAIT_INFO_REQUEST recv SSH_MSG_USERAUTH_BANNER -> WAIT_INFO_REQUEST (specs/ssh/userauth-client.spec:74)
   */
  onBanner(
    message: SSH_MSG_USERAUTH_BANNER,
    raw: Uint8Array,
    from: 'WAIT_INFO_REQUEST',
  ): Step<'WAIT_INFO_REQUEST', A>;
  /** WAIT_RESULT recv SSH_MSG_EXT_INFO -> WAIT_RESULT (specs/ssh/userauth-client.spec:75) */
  onExtInfo(message: SSH_MSG_EXT_INFO, raw: Uint8Array, from: 'WAIT_RESULT'): Step<'WAIT_RESULT', A>;
  /** WAIT_PK_OK recv SSH_MSG_EXT_INFO -> WAIT_PK_OK (specs/ssh/userauth-client.spec:76) */
  onExtInfo(message: SSH_MSG_EXT_INFO, raw: Uint8Array, from: 'WAIT_PK_OK'): Step<'WAIT_PK_OK', A>;
  /** WAIT_PASSWORD recv SSH_MSG_EXT_INFO -> WAIT_PASSWORD (specs/ssh/userauth-client.spec:77) */
  onExtInfo(message: SSH_MSG_EXT_INFO, raw: Uint8Array, from: 'WAIT_PASSWORD'): Step<'WAIT_PASSWORD', A>;
  /** WAIT_INFO_REQUEST recv SSH_MSG_EXT_INFO -> WAIT_INFO_REQUEST (specs/ssh/userauth-client.spec:78) */
  onExtInfo(
    message: SSH_MSG_EXT_INFO,
    raw: Uint8Array,
    from: 'WAIT_INFO_REQUEST',
  ): Step<'WAIT_INFO_REQUEST', A>;
}

/**
 * The ssh_userauth_client transition table: state, then `"<direction> <message>"`, then the handler and
 * the states it may pick. A pair that is not here is an unexpected message.
 * @see RFC 4252 §5
 * @see RFC 4256 §3
 */
export const sshUserauthClientTransitions = {
  SEND_REQUEST: {
    'send SSH_MSG_USERAUTH_REQUEST': {
      handler: 'sendUserauthRequest',
      next: ['WAIT_RESULT', 'WAIT_PK_OK', 'WAIT_PASSWORD', 'WAIT_INFO_REQUEST'],
    },
  },
  WAIT_RESULT: {
    'recv SSH_MSG_USERAUTH_SUCCESS': { handler: 'onSuccess', next: ['AUTHENTICATED'] },
    'recv SSH_MSG_USERAUTH_FAILURE': { handler: 'onFailure', next: ['SEND_REQUEST'] },
    'recv SSH_MSG_USERAUTH_BANNER': { handler: 'onBanner', next: ['WAIT_RESULT'] },
    'recv SSH_MSG_EXT_INFO': { handler: 'onExtInfo', next: ['WAIT_RESULT'] },
  },
  WAIT_PK_OK: {
    'recv SSH_MSG_USERAUTH_PK_OK': { handler: 'onPkOk', next: ['SEND_SIGNED_REQUEST', 'SEND_REQUEST'] },
    'recv SSH_MSG_USERAUTH_FAILURE': { handler: 'onFailure', next: ['SEND_REQUEST'] },
    'recv SSH_MSG_USERAUTH_BANNER': { handler: 'onBanner', next: ['WAIT_PK_OK'] },
    'recv SSH_MSG_EXT_INFO': { handler: 'onExtInfo', next: ['WAIT_PK_OK'] },
  },
  WAIT_PASSWORD: {
    'recv SSH_MSG_USERAUTH_SUCCESS': { handler: 'onSuccess', next: ['AUTHENTICATED'] },
    'recv SSH_MSG_USERAUTH_FAILURE': { handler: 'onFailure', next: ['SEND_REQUEST'] },
    'recv SSH_MSG_USERAUTH_PASSWD_CHANGEREQ': {
      handler: 'onPasswdChangereq',
      next: ['SEND_PASSWORD_CHANGE', 'SEND_REQUEST'],
    },
    'recv SSH_MSG_USERAUTH_BANNER': { handler: 'onBanner', next: ['WAIT_PASSWORD'] },
    'recv SSH_MSG_EXT_INFO': { handler: 'onExtInfo', next: ['WAIT_PASSWORD'] },
  },
  WAIT_INFO_REQUEST: {
    'recv SSH_MSG_USERAUTH_INFO_REQUEST': {
      handler: 'onInfoRequest',
      next: ['SEND_INFO_RESPONSE', 'SEND_REQUEST'],
    },
    'recv SSH_MSG_USERAUTH_SUCCESS': { handler: 'onSuccess', next: ['AUTHENTICATED'] },
    'recv SSH_MSG_USERAUTH_FAILURE': { handler: 'onFailure', next: ['SEND_REQUEST'] },
    'recv SSH_MSG_USERAUTH_BANNER': { handler: 'onBanner', next: ['WAIT_INFO_REQUEST'] },
    'recv SSH_MSG_EXT_INFO': { handler: 'onExtInfo', next: ['WAIT_INFO_REQUEST'] },
  },
  AUTHENTICATED: {},
  SEND_SIGNED_REQUEST: {
    'send SSH_MSG_USERAUTH_REQUEST': { handler: 'sendSignedRequest', next: ['WAIT_RESULT'] },
  },
  SEND_PASSWORD_CHANGE: {
    'send SSH_MSG_USERAUTH_REQUEST': { handler: 'sendPasswordChange', next: ['WAIT_PASSWORD'] },
  },
  SEND_INFO_RESPONSE: {
    'send SSH_MSG_USERAUTH_INFO_RESPONSE': { handler: 'sendInfoResponse', next: ['WAIT_INFO_REQUEST'] },
  },
} as const satisfies MachineTable<SshUserauthClientState, keyof SshUserauthClientHandlers>;
/**
 * Run the ssh_userauth_client row for a message that arrived in `state`: its handler gets the message, its
 * bytes and the state, and returns the next state and its outputs.
 * @throws UnexpectedMessageError (from @otpnet/wire) when the table has no row for it, or the name
 * is not one of the machine's.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function receiveSshUserauthClient<A>(
  handlers: SshUserauthClientHandlers<A>,
  state: SshUserauthClientState,
  m: SshUserauthClientEvent | Received,
): Step<SshUserauthClientState, A> {
  return stepMachine('ssh_userauth_client', sshUserauthClientTransitions, handlers, state, 'recv', m.name, [
    m.message,
    m.raw,
    state,
  ]) as Step<SshUserauthClientState, A>;
}

/**
 * Run the ssh_userauth_client row that sends `message` from `state`: its handler gives the message (as its
 * encoder takes it), the next state and its outputs.
 * @throws UnexpectedMessageError when the table has no row for it.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function sendSshUserauthClient<A, N extends keyof SshUserauthClientSent>(
  handlers: SshUserauthClientHandlers<A>,
  state: SshUserauthClientState,
  message: N,
): SendStep<SshUserauthClientState, SshUserauthClientSent[N], A> {
  return stepMachine('ssh_userauth_client', sshUserauthClientTransitions, handlers, state, 'send', message, [
    state,
  ]) as SendStep<SshUserauthClientState, SshUserauthClientSent[N], A>;
}
