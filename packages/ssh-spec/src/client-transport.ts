// Generated from specs/ssh/client-transport.spec by otpnet-gen. Do not edit.
import { type MachineDirection, type MachineTable, stepMachine } from '@otpnet/wire';

/**
 * A state of the ssh_client_transport machine.
 * @see RFC 4253 §7
 */
export type SshClientTransportState =
  | 'START'
  | 'WAIT_IDENTIFICATION'
  | 'SEND_KEXINIT'
  | 'WAIT_KEXINIT'
  | 'SEND_KEX_ECDH_INIT'
  | 'SEND_KEXDH_INIT'
  | 'WAIT_KEX_ECDH_REPLY'
  | 'SEND_NEWKEYS'
  | 'WAIT_KEXDH_REPLY'
  | 'WAIT_NEWKEYS'
  | 'SEND_SERVICE_REQUEST'
  | 'WAIT_SERVICE_ACCEPT'
  | 'SERVICE_ACCEPTED';

/** Every {@link SshClientTransportState}, in spec order. */
export const sshClientTransportStates = [
  'START',
  'WAIT_IDENTIFICATION',
  'SEND_KEXINIT',
  'WAIT_KEXINIT',
  'SEND_KEX_ECDH_INIT',
  'SEND_KEXDH_INIT',
  'WAIT_KEX_ECDH_REPLY',
  'SEND_NEWKEYS',
  'WAIT_KEXDH_REPLY',
  'WAIT_NEWKEYS',
  'SEND_SERVICE_REQUEST',
  'WAIT_SERVICE_ACCEPT',
  'SERVICE_ACCEPTED',
] as const satisfies readonly SshClientTransportState[];

/** The state ssh_client_transport starts in. */
export const sshClientTransportInitial = 'START' satisfies SshClientTransportState;

/** The states ssh_client_transport may stop in. */
export const sshClientTransportFinals = [
  'SERVICE_ACCEPTED',
] as const satisfies readonly SshClientTransportState[];

/** A message that a row of ssh_client_transport names. */
export type SshClientTransportMessage =
  | 'identification'
  | 'SSH_MSG_KEXINIT'
  | 'SSH_MSG_KEX_ECDH_INIT'
  | 'SSH_MSG_KEX_ECDH_REPLY'
  | 'SSH_MSG_KEXDH_INIT'
  | 'SSH_MSG_KEXDH_REPLY'
  | 'SSH_MSG_NEWKEYS'
  | 'SSH_MSG_SERVICE_REQUEST'
  | 'SSH_MSG_EXT_INFO'
  | 'SSH_MSG_SERVICE_ACCEPT';

/** Every {@link SshClientTransportMessage}, in spec order. */
export const sshClientTransportMessages = [
  'identification',
  'SSH_MSG_KEXINIT',
  'SSH_MSG_KEX_ECDH_INIT',
  'SSH_MSG_KEX_ECDH_REPLY',
  'SSH_MSG_KEXDH_INIT',
  'SSH_MSG_KEXDH_REPLY',
  'SSH_MSG_NEWKEYS',
  'SSH_MSG_SERVICE_REQUEST',
  'SSH_MSG_EXT_INFO',
  'SSH_MSG_SERVICE_ACCEPT',
] as const satisfies readonly SshClientTransportMessage[];

/**
 * What the runtime implements for ssh_client_transport: one method per handler. Each gets the message (of
 * type `M`) and the state it arrived in, and returns the next state: only states its rows permit
 * type-check, and a missing handler is a compile error.
 */
export interface SshClientTransportHandlers<M = unknown> {
  /** START send identification -> WAIT_IDENTIFICATION (specs/ssh/client-transport.spec:22) */
  sendIdentification(message: M, from: 'START'): 'WAIT_IDENTIFICATION';
  /** WAIT_IDENTIFICATION recv identification -> SEND_KEXINIT (specs/ssh/client-transport.spec:23) */
  onIdentification(message: M, from: 'WAIT_IDENTIFICATION'): 'SEND_KEXINIT';
  /** SEND_KEXINIT send SSH_MSG_KEXINIT -> WAIT_KEXINIT (specs/ssh/client-transport.spec:24) */
  sendKexinit(message: M, from: 'SEND_KEXINIT'): 'WAIT_KEXINIT';
  /**
   * WAIT_KEXINIT recv SSH_MSG_KEXINIT -> SEND_KEX_ECDH_INIT | SEND_KEXDH_INIT
   * (specs/ssh/client-transport.spec:26)
   */
  onKexinit(message: M, from: 'WAIT_KEXINIT'): 'SEND_KEX_ECDH_INIT' | 'SEND_KEXDH_INIT';
  /**
   * SEND_KEX_ECDH_INIT send SSH_MSG_KEX_ECDH_INIT -> WAIT_KEX_ECDH_REPLY (specs/ssh/client-transport.spec:27)
   */
  sendKexEcdhInit(message: M, from: 'SEND_KEX_ECDH_INIT'): 'WAIT_KEX_ECDH_REPLY';
  /** WAIT_KEX_ECDH_REPLY recv SSH_MSG_KEX_ECDH_REPLY -> SEND_NEWKEYS (specs/ssh/client-transport.spec:28) */
  onKexEcdhReply(message: M, from: 'WAIT_KEX_ECDH_REPLY'): 'SEND_NEWKEYS';
  /** SEND_KEXDH_INIT send SSH_MSG_KEXDH_INIT -> WAIT_KEXDH_REPLY (specs/ssh/client-transport.spec:29) */
  sendKexdhInit(message: M, from: 'SEND_KEXDH_INIT'): 'WAIT_KEXDH_REPLY';
  /** WAIT_KEXDH_REPLY recv SSH_MSG_KEXDH_REPLY -> SEND_NEWKEYS (specs/ssh/client-transport.spec:30) */
  onKexdhReply(message: M, from: 'WAIT_KEXDH_REPLY'): 'SEND_NEWKEYS';
  /** SEND_NEWKEYS send SSH_MSG_NEWKEYS -> WAIT_NEWKEYS (specs/ssh/client-transport.spec:31) */
  sendNewkeys(message: M, from: 'SEND_NEWKEYS'): 'WAIT_NEWKEYS';
  /** WAIT_NEWKEYS recv SSH_MSG_NEWKEYS -> SEND_SERVICE_REQUEST (specs/ssh/client-transport.spec:32) */
  onNewkeys(message: M, from: 'WAIT_NEWKEYS'): 'SEND_SERVICE_REQUEST';
  /**
   * SEND_SERVICE_REQUEST send SSH_MSG_SERVICE_REQUEST -> WAIT_SERVICE_ACCEPT
   * (specs/ssh/client-transport.spec:33)
   */
  sendServiceRequest(message: M, from: 'SEND_SERVICE_REQUEST'): 'WAIT_SERVICE_ACCEPT';
  /** WAIT_SERVICE_ACCEPT recv SSH_MSG_EXT_INFO -> WAIT_SERVICE_ACCEPT (specs/ssh/client-transport.spec:35) */
  onExtInfo(message: M, from: 'WAIT_SERVICE_ACCEPT'): 'WAIT_SERVICE_ACCEPT';
  /**
   * WAIT_SERVICE_ACCEPT recv SSH_MSG_SERVICE_ACCEPT -> SERVICE_ACCEPTED (specs/ssh/client-transport.spec:36)
   */
  onServiceAccept(message: M, from: 'WAIT_SERVICE_ACCEPT'): 'SERVICE_ACCEPTED';
}

/**
 * The ssh_client_transport transition table: state, then `"<direction> <message>"`, then the handler and
 * the states it may pick. A pair that is not here is an unexpected message.
 * @see RFC 4253 §7
 */
export const sshClientTransportTransitions = {
  START: {
    'send identification': { handler: 'sendIdentification', next: ['WAIT_IDENTIFICATION'] },
  },
  WAIT_IDENTIFICATION: {
    'recv identification': { handler: 'onIdentification', next: ['SEND_KEXINIT'] },
  },
  SEND_KEXINIT: {
    'send SSH_MSG_KEXINIT': { handler: 'sendKexinit', next: ['WAIT_KEXINIT'] },
  },
  WAIT_KEXINIT: {
    'recv SSH_MSG_KEXINIT': { handler: 'onKexinit', next: ['SEND_KEX_ECDH_INIT', 'SEND_KEXDH_INIT'] },
  },
  SEND_KEX_ECDH_INIT: {
    'send SSH_MSG_KEX_ECDH_INIT': { handler: 'sendKexEcdhInit', next: ['WAIT_KEX_ECDH_REPLY'] },
  },
  SEND_KEXDH_INIT: {
    'send SSH_MSG_KEXDH_INIT': { handler: 'sendKexdhInit', next: ['WAIT_KEXDH_REPLY'] },
  },
  WAIT_KEX_ECDH_REPLY: {
    'recv SSH_MSG_KEX_ECDH_REPLY': { handler: 'onKexEcdhReply', next: ['SEND_NEWKEYS'] },
  },
  SEND_NEWKEYS: {
    'send SSH_MSG_NEWKEYS': { handler: 'sendNewkeys', next: ['WAIT_NEWKEYS'] },
  },
  WAIT_KEXDH_REPLY: {
    'recv SSH_MSG_KEXDH_REPLY': { handler: 'onKexdhReply', next: ['SEND_NEWKEYS'] },
  },
  WAIT_NEWKEYS: {
    'recv SSH_MSG_NEWKEYS': { handler: 'onNewkeys', next: ['SEND_SERVICE_REQUEST'] },
  },
  SEND_SERVICE_REQUEST: {
    'send SSH_MSG_SERVICE_REQUEST': { handler: 'sendServiceRequest', next: ['WAIT_SERVICE_ACCEPT'] },
  },
  WAIT_SERVICE_ACCEPT: {
    'recv SSH_MSG_EXT_INFO': { handler: 'onExtInfo', next: ['WAIT_SERVICE_ACCEPT'] },
    'recv SSH_MSG_SERVICE_ACCEPT': { handler: 'onServiceAccept', next: ['SERVICE_ACCEPTED'] },
  },
  SERVICE_ACCEPTED: {},
} as const satisfies MachineTable<SshClientTransportState, keyof SshClientTransportHandlers>;

/**
 * Run the ssh_client_transport row for (state, direction, message): call its handler with `payload` and
 * return the state the handler picks. `message` is a name as the spec writes it
 * (`HandshakeTypeName(v)` for a decoded number), so unknown values are unexpected too.
 * @throws UnexpectedMessageError (from @otpnet/wire) when the table has no row for it.
 * @throws IllegalTransitionError (from @otpnet/wire) when the handler returns a state its row
 * does not permit.
 */
export function stepSshClientTransport<M>(
  handlers: SshClientTransportHandlers<M>,
  state: SshClientTransportState,
  direction: MachineDirection,
  message: string,
  payload: M,
): SshClientTransportState {
  return stepMachine<SshClientTransportState, M>(
    'ssh_client_transport',
    sshClientTransportTransitions,
    handlers,
    state,
    direction,
    message,
    payload,
  );
}
