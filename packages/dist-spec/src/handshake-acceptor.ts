// Generated from specs/dist/handshake-acceptor.spec by otpnet-gen. Do not edit.
import { type MachineTable, type Received, type SendStep, type Step, stepMachine } from '@otpnet/wire';
import type {
  SendChallengeAckInput,
  SendChallengeInput,
  SendChallengeReply,
  SendComplement,
  SendName,
  SendNameV5,
  SendStatus,
  SendStatusInput,
} from './handshake.js';

/**
 * A state of the dist_handshake_acceptor machine.
 * @see erl_dist_protocol distribution_handshake
 */
export type DistHandshakeAcceptorState =
  | 'WAIT_NAME'
  | 'SEND_STATUS'
  | 'SEND_CHALLENGE'
  | 'WAIT_ALIVE_ANSWER'
  | 'REFUSED'
  | 'ABORTED'
  | 'WAIT_CHALLENGE_REPLY'
  | 'SEND_STATUS_V5'
  | 'SEND_CHALLENGE_V5'
  | 'WAIT_ALIVE_ANSWER_V5'
  | 'WAIT_COMPLEMENT'
  | 'SEND_CHALLENGE_ACK'
  | 'CONNECTED';
/** Every {@link DistHandshakeAcceptorState}, in spec order. */
export const distHandshakeAcceptorStates = [
  'WAIT_NAME',
  'SEND_STATUS',
  'SEND_CHALLENGE',
  'WAIT_ALIVE_ANSWER',
  'REFUSED',
  'ABORTED',
  'WAIT_CHALLENGE_REPLY',
  'SEND_STATUS_V5',
  'SEND_CHALLENGE_V5',
  'WAIT_ALIVE_ANSWER_V5',
  'WAIT_COMPLEMENT',
  'SEND_CHALLENGE_ACK',
  'CONNECTED',
] as const satisfies readonly DistHandshakeAcceptorState[];
/** The state dist_handshake_acceptor starts in. */
export const distHandshakeAcceptorInitial = 'WAIT_NAME' satisfies DistHandshakeAcceptorState;
/** The states dist_handshake_acceptor may stop in. */
export const distHandshakeAcceptorFinals = [
  'CONNECTED',
  'REFUSED',
  'ABORTED',
] as const satisfies readonly DistHandshakeAcceptorState[];
/** The messages dist_handshake_acceptor receives, and what each decodes to. */
export interface DistHandshakeAcceptorReceived {
  SendName: SendName;
  SendStatus: SendStatus;
  SendNameV5: SendNameV5;
  SendComplement: SendComplement;
  SendChallengeReply: SendChallengeReply;
}

/** The messages dist_handshake_acceptor sends, each as its encoder takes it. */
export interface DistHandshakeAcceptorSent {
  SendStatus: SendStatusInput;
  SendChallenge: SendChallengeInput;
  SendChallengeAck: SendChallengeAckInput;
}

/** A message that a row of dist_handshake_acceptor names. */
export type DistHandshakeAcceptorMessage =
  | 'SendName'
  | 'SendStatus'
  | 'SendChallenge'
  | 'SendNameV5'
  | 'SendComplement'
  | 'SendChallengeReply'
  | 'SendChallengeAck';
/** Every {@link DistHandshakeAcceptorMessage}, in spec order. */
export const distHandshakeAcceptorMessages = [
  'SendName',
  'SendStatus',
  'SendChallenge',
  'SendNameV5',
  'SendComplement',
  'SendChallengeReply',
  'SendChallengeAck',
] as const satisfies readonly DistHandshakeAcceptorMessage[];
/** A message dist_handshake_acceptor has a row for, as it arrived. */
export type DistHandshakeAcceptorEvent = {
  [N in keyof DistHandshakeAcceptorReceived]: Received<N, DistHandshakeAcceptorReceived[N]>;
}[keyof DistHandshakeAcceptorReceived];
/**
 * What the runtime implements for dist_handshake_acceptor: one method per handler, typed row by row. A
 * handler is
 * pure: it returns the next state (only states its row permits type-check) with the outputs `A`
 * the runtime carries out; a send handler also gives the message to send. A missing handler is a
 * compile error.
 */
export interface DistHandshakeAcceptorHandlers<A = unknown> {
  /** WAIT_NAME recv SendName -> SEND_STATUS (specs/dist/handshake-acceptor.spec:39) */
  onName(message: SendName, raw: Uint8Array, from: 'WAIT_NAME'): Step<'SEND_STATUS', A>;
  /**
   * SEND_STATUS send SendStatus -> SEND_CHALLENGE | WAIT_ALIVE_ANSWER | REFUSED
   * (specs/dist/handshake-acceptor.spec:40)
   */
  sendStatus(
    from: 'SEND_STATUS',
  ): SendStep<'SEND_CHALLENGE' | 'WAIT_ALIVE_ANSWER' | 'REFUSED', SendStatusInput, A>;
  /** WAIT_ALIVE_ANSWER recv SendStatus -> SEND_CHALLENGE | ABORTED (specs/dist/handshake-acceptor.spec:41) */
  onAliveAnswer(
    message: SendStatus,
    raw: Uint8Array,
    from: 'WAIT_ALIVE_ANSWER',
  ): Step<'SEND_CHALLENGE' | 'ABORTED', A>;
  /** SEND_CHALLENGE send SendChallenge -> WAIT_CHALLENGE_REPLY (specs/dist/handshake-acceptor.spec:42) */
  sendChallenge(from: 'SEND_CHALLENGE'): SendStep<'WAIT_CHALLENGE_REPLY', SendChallengeInput, A>;
  /** WAIT_NAME recv SendNameV5 -> SEND_STATUS_V5 (specs/dist/handshake-acceptor.spec:45) */
  onNameV5(message: SendNameV5, raw: Uint8Array, from: 'WAIT_NAME'): Step<'SEND_STATUS_V5', A>;
  /**
   * SEND_STATUS_V5 send SendStatus -> SEND_CHALLENGE_V5 | WAIT_ALIVE_ANSWER_V5 | REFUSED
   * (specs/dist/handshake-acceptor.spec:46)
   */
  sendStatusV5(
    from: 'SEND_STATUS_V5',
  ): SendStep<'SEND_CHALLENGE_V5' | 'WAIT_ALIVE_ANSWER_V5' | 'REFUSED', SendStatusInput, A>;
  /**
   * WAIT_ALIVE_ANSWER_V5 recv SendStatus -> SEND_CHALLENGE_V5 | ABORTED
   * (specs/dist/handshake-acceptor.spec:48)
   */
  onAliveAnswerV5(
    message: SendStatus,
    raw: Uint8Array,
    from: 'WAIT_ALIVE_ANSWER_V5',
  ): Step<'SEND_CHALLENGE_V5' | 'ABORTED', A>;
  /** SEND_CHALLENGE_V5 send SendChallenge -> WAIT_COMPLEMENT (specs/dist/handshake-acceptor.spec:49) */
  sendChallengeV5(from: 'SEND_CHALLENGE_V5'): SendStep<'WAIT_COMPLEMENT', SendChallengeInput, A>;
  /** WAIT_COMPLEMENT recv SendComplement -> WAIT_CHALLENGE_REPLY (specs/dist/handshake-acceptor.spec:50) */
  onComplement(
    message: SendComplement,
    raw: Uint8Array,
    from: 'WAIT_COMPLEMENT',
  ): Step<'WAIT_CHALLENGE_REPLY', A>;
  /**
   * WAIT_CHALLENGE_REPLY recv SendChallengeReply -> SEND_CHALLENGE_ACK
   * (specs/dist/handshake-acceptor.spec:52)
   */
  onChallengeReply(
    message: SendChallengeReply,
    raw: Uint8Array,
    from: 'WAIT_CHALLENGE_REPLY',
  ): Step<'SEND_CHALLENGE_ACK', A>;
  /** SEND_CHALLENGE_ACK send SendChallengeAck -> CONNECTED (specs/dist/handshake-acceptor.spec:53) */
  sendChallengeAck(from: 'SEND_CHALLENGE_ACK'): SendStep<'CONNECTED', SendChallengeAckInput, A>;
}

/**
 * The dist_handshake_acceptor transition table: state, then `"<direction> <message>"`, then the handler and
 * the states it may pick. A pair that is not here is an unexpected message.
 * @see erl_dist_protocol distribution_handshake
 */
export const distHandshakeAcceptorTransitions = {
  WAIT_NAME: {
    'recv SendName': { handler: 'onName', next: ['SEND_STATUS'] },
    'recv SendNameV5': { handler: 'onNameV5', next: ['SEND_STATUS_V5'] },
  },
  SEND_STATUS: {
    'send SendStatus': { handler: 'sendStatus', next: ['SEND_CHALLENGE', 'WAIT_ALIVE_ANSWER', 'REFUSED'] },
  },
  SEND_CHALLENGE: {
    'send SendChallenge': { handler: 'sendChallenge', next: ['WAIT_CHALLENGE_REPLY'] },
  },
  WAIT_ALIVE_ANSWER: {
    'recv SendStatus': { handler: 'onAliveAnswer', next: ['SEND_CHALLENGE', 'ABORTED'] },
  },
  REFUSED: {},
  ABORTED: {},
  WAIT_CHALLENGE_REPLY: {
    'recv SendChallengeReply': { handler: 'onChallengeReply', next: ['SEND_CHALLENGE_ACK'] },
  },
  SEND_STATUS_V5: {
    'send SendStatus': {
      handler: 'sendStatusV5',
      next: ['SEND_CHALLENGE_V5', 'WAIT_ALIVE_ANSWER_V5', 'REFUSED'],
    },
  },
  SEND_CHALLENGE_V5: {
    'send SendChallenge': { handler: 'sendChallengeV5', next: ['WAIT_COMPLEMENT'] },
  },
  WAIT_ALIVE_ANSWER_V5: {
    'recv SendStatus': { handler: 'onAliveAnswerV5', next: ['SEND_CHALLENGE_V5', 'ABORTED'] },
  },
  WAIT_COMPLEMENT: {
    'recv SendComplement': { handler: 'onComplement', next: ['WAIT_CHALLENGE_REPLY'] },
  },
  SEND_CHALLENGE_ACK: {
    'send SendChallengeAck': { handler: 'sendChallengeAck', next: ['CONNECTED'] },
  },
  CONNECTED: {},
} as const satisfies MachineTable<DistHandshakeAcceptorState, keyof DistHandshakeAcceptorHandlers>;
/**
 * Run the dist_handshake_acceptor row for a message that arrived in `state`: its handler gets the message,
 * its
 * bytes and the state, and returns the next state and its outputs.
 * @throws UnexpectedMessageError (from @otpnet/wire) when the table has no row for it, or the name
 * is not one of the machine's.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function receiveDistHandshakeAcceptor<A>(
  handlers: DistHandshakeAcceptorHandlers<A>,
  state: DistHandshakeAcceptorState,
  m: DistHandshakeAcceptorEvent | Received,
): Step<DistHandshakeAcceptorState, A> {
  return stepMachine(
    'dist_handshake_acceptor',
    distHandshakeAcceptorTransitions,
    handlers,
    state,
    'recv',
    m.name,
    [m.message, m.raw, state],
  ) as Step<DistHandshakeAcceptorState, A>;
}

/**
 * Run the dist_handshake_acceptor row that sends `message` from `state`: its handler gives the message (as
 * its
 * encoder takes it), the next state and its outputs.
 * @throws UnexpectedMessageError when the table has no row for it.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function sendDistHandshakeAcceptor<A, N extends keyof DistHandshakeAcceptorSent>(
  handlers: DistHandshakeAcceptorHandlers<A>,
  state: DistHandshakeAcceptorState,
  message: N,
): SendStep<DistHandshakeAcceptorState, DistHandshakeAcceptorSent[N], A> {
  return stepMachine(
    'dist_handshake_acceptor',
    distHandshakeAcceptorTransitions,
    handlers,
    state,
    'send',
    message,
    [state],
  ) as SendStep<DistHandshakeAcceptorState, DistHandshakeAcceptorSent[N], A>;
}
