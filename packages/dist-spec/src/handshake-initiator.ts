// Generated from specs/dist/handshake-initiator.spec by otpnet-gen. Do not edit.
import { type MachineTable, type Received, type SendStep, type Step, stepMachine } from '@otpnet/wire';
import type {
  SendChallenge,
  SendChallengeAck,
  SendChallengeReplyInput,
  SendNameInput,
  SendStatus,
  SendStatusInput,
} from './handshake.js';

/**
 * A state of the dist_handshake_initiator machine.
 * @see erl_dist_protocol distribution_handshake
 */
export type DistHandshakeInitiatorState =
  | 'START'
  | 'WAIT_STATUS'
  | 'WAIT_CHALLENGE'
  | 'SEND_ALIVE_ANSWER'
  | 'NOK'
  | 'NOT_ALLOWED'
  | 'ABORTED'
  | 'SEND_CHALLENGE_REPLY'
  | 'WAIT_CHALLENGE_ACK'
  | 'CONNECTED';
/** Every {@link DistHandshakeInitiatorState}, in spec order. */
export const distHandshakeInitiatorStates = [
  'START',
  'WAIT_STATUS',
  'WAIT_CHALLENGE',
  'SEND_ALIVE_ANSWER',
  'NOK',
  'NOT_ALLOWED',
  'ABORTED',
  'SEND_CHALLENGE_REPLY',
  'WAIT_CHALLENGE_ACK',
  'CONNECTED',
] as const satisfies readonly DistHandshakeInitiatorState[];
/** The state dist_handshake_initiator starts in. */
export const distHandshakeInitiatorInitial = 'START' satisfies DistHandshakeInitiatorState;
/** The states dist_handshake_initiator may stop in. */
export const distHandshakeInitiatorFinals = [
  'CONNECTED',
  'NOK',
  'NOT_ALLOWED',
  'ABORTED',
] as const satisfies readonly DistHandshakeInitiatorState[];
/** The messages dist_handshake_initiator receives, and what each decodes to. */
export interface DistHandshakeInitiatorReceived {
  SendStatus: SendStatus;
  SendChallenge: SendChallenge;
  SendChallengeAck: SendChallengeAck;
}

/** The messages dist_handshake_initiator sends, each as its encoder takes it. */
export interface DistHandshakeInitiatorSent {
  SendName: SendNameInput;
  SendStatus: SendStatusInput;
  SendChallengeReply: SendChallengeReplyInput;
}

/** A message that a row of dist_handshake_initiator names. */
export type DistHandshakeInitiatorMessage =
  | 'SendName'
  | 'SendStatus'
  | 'SendChallenge'
  | 'SendChallengeReply'
  | 'SendChallengeAck';
/** Every {@link DistHandshakeInitiatorMessage}, in spec order. */
export const distHandshakeInitiatorMessages = [
  'SendName',
  'SendStatus',
  'SendChallenge',
  'SendChallengeReply',
  'SendChallengeAck',
] as const satisfies readonly DistHandshakeInitiatorMessage[];
/** A message dist_handshake_initiator has a row for, as it arrived. */
export type DistHandshakeInitiatorEvent = {
  [N in keyof DistHandshakeInitiatorReceived]: Received<N, DistHandshakeInitiatorReceived[N]>;
}[keyof DistHandshakeInitiatorReceived];
/**
 * What the runtime implements for dist_handshake_initiator: one method per handler, typed row by row. A
 * handler is
 * pure: it returns the next state (only states its row permits type-check) with the outputs `A`
 * the runtime carries out; a send handler also gives the message to send. A missing handler is a
 * compile error.
 */
export interface DistHandshakeInitiatorHandlers<A = unknown> {
  /** START send SendName -> WAIT_STATUS (specs/dist/handshake-initiator.spec:40) */
  sendName(from: 'START'): SendStep<'WAIT_STATUS', SendNameInput, A>;
  /**
   * WAIT_STATUS recv SendStatus -> WAIT_CHALLENGE | SEND_ALIVE_ANSWER | NOK | NOT_ALLOWED
   * (specs/dist/handshake-initiator.spec:41)
   */
  onStatus(
    message: SendStatus,
    raw: Uint8Array,
    from: 'WAIT_STATUS',
  ): Step<'WAIT_CHALLENGE' | 'SEND_ALIVE_ANSWER' | 'NOK' | 'NOT_ALLOWED', A>;
  /**
   * SEND_ALIVE_ANSWER send SendStatus -> WAIT_CHALLENGE | ABORTED (specs/dist/handshake-initiator.spec:43)
   */
  sendAliveAnswer(from: 'SEND_ALIVE_ANSWER'): SendStep<'WAIT_CHALLENGE' | 'ABORTED', SendStatusInput, A>;
  /** WAIT_CHALLENGE recv SendChallenge -> SEND_CHALLENGE_REPLY (specs/dist/handshake-initiator.spec:44) */
  onChallenge(
    message: SendChallenge,
    raw: Uint8Array,
    from: 'WAIT_CHALLENGE',
  ): Step<'SEND_CHALLENGE_REPLY', A>;
  /**
   * SEND_CHALLENGE_REPLY send SendChallengeReply -> WAIT_CHALLENGE_ACK
   * (specs/dist/handshake-initiator.spec:45)
   */
  sendChallengeReply(
    from: 'SEND_CHALLENGE_REPLY',
  ): SendStep<'WAIT_CHALLENGE_ACK', SendChallengeReplyInput, A>;
  /** WAIT_CHALLENGE_ACK recv SendChallengeAck -> CONNECTED (specs/dist/handshake-initiator.spec:46) */
  onChallengeAck(
    message: SendChallengeAck,
    raw: Uint8Array,
    from: 'WAIT_CHALLENGE_ACK',
  ): Step<'CONNECTED', A>;
}

/**
 * The dist_handshake_initiator transition table: state, then `"<direction> <message>"`, then the handler and
 * the states it may pick. A pair that is not here is an unexpected message.
 * @see erl_dist_protocol distribution_handshake
 */
export const distHandshakeInitiatorTransitions = {
  START: {
    'send SendName': { handler: 'sendName', next: ['WAIT_STATUS'] },
  },
  WAIT_STATUS: {
    'recv SendStatus': {
      handler: 'onStatus',
      next: ['WAIT_CHALLENGE', 'SEND_ALIVE_ANSWER', 'NOK', 'NOT_ALLOWED'],
    },
  },
  WAIT_CHALLENGE: {
    'recv SendChallenge': { handler: 'onChallenge', next: ['SEND_CHALLENGE_REPLY'] },
  },
  SEND_ALIVE_ANSWER: {
    'send SendStatus': { handler: 'sendAliveAnswer', next: ['WAIT_CHALLENGE', 'ABORTED'] },
  },
  NOK: {},
  NOT_ALLOWED: {},
  ABORTED: {},
  SEND_CHALLENGE_REPLY: {
    'send SendChallengeReply': { handler: 'sendChallengeReply', next: ['WAIT_CHALLENGE_ACK'] },
  },
  WAIT_CHALLENGE_ACK: {
    'recv SendChallengeAck': { handler: 'onChallengeAck', next: ['CONNECTED'] },
  },
  CONNECTED: {},
} as const satisfies MachineTable<DistHandshakeInitiatorState, keyof DistHandshakeInitiatorHandlers>;
/**
 * Run the dist_handshake_initiator row for a message that arrived in `state`: its handler gets the message,
 * its
 * bytes and the state, and returns the next state and its outputs.
 * @throws UnexpectedMessageError (from @otpnet/wire) when the table has no row for it, or the name
 * is not one of the machine's.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function receiveDistHandshakeInitiator<A>(
  handlers: DistHandshakeInitiatorHandlers<A>,
  state: DistHandshakeInitiatorState,
  m: DistHandshakeInitiatorEvent | Received,
): Step<DistHandshakeInitiatorState, A> {
  return stepMachine(
    'dist_handshake_initiator',
    distHandshakeInitiatorTransitions,
    handlers,
    state,
    'recv',
    m.name,
    [m.message, m.raw, state],
  ) as Step<DistHandshakeInitiatorState, A>;
}

/**
 * Run the dist_handshake_initiator row that sends `message` from `state`: its handler gives the message (as
 * its
 * encoder takes it), the next state and its outputs.
 * @throws UnexpectedMessageError when the table has no row for it.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function sendDistHandshakeInitiator<A, N extends keyof DistHandshakeInitiatorSent>(
  handlers: DistHandshakeInitiatorHandlers<A>,
  state: DistHandshakeInitiatorState,
  message: N,
): SendStep<DistHandshakeInitiatorState, DistHandshakeInitiatorSent[N], A> {
  return stepMachine(
    'dist_handshake_initiator',
    distHandshakeInitiatorTransitions,
    handlers,
    state,
    'send',
    message,
    [state],
  ) as SendStep<DistHandshakeInitiatorState, DistHandshakeInitiatorSent[N], A>;
}
