// Generated from specs/ssh/channel.spec by otpnet-gen. Do not edit.
import { type MachineTable, type Received, type SendStep, type Step, stepMachine } from '@otpnet/wire';
import type {
  SSH_MSG_CHANNEL_CLOSE,
  SSH_MSG_CHANNEL_CLOSEInput,
  SSH_MSG_CHANNEL_DATA,
  SSH_MSG_CHANNEL_DATAInput,
  SSH_MSG_CHANNEL_EOF,
  SSH_MSG_CHANNEL_EOFInput,
  SSH_MSG_CHANNEL_EXTENDED_DATA,
  SSH_MSG_CHANNEL_EXTENDED_DATAInput,
  SSH_MSG_CHANNEL_FAILURE,
  SSH_MSG_CHANNEL_FAILUREInput,
  SSH_MSG_CHANNEL_OPEN,
  SSH_MSG_CHANNEL_OPEN_CONFIRMATION,
  SSH_MSG_CHANNEL_OPEN_CONFIRMATIONInput,
  SSH_MSG_CHANNEL_OPEN_FAILURE,
  SSH_MSG_CHANNEL_OPEN_FAILUREInput,
  SSH_MSG_CHANNEL_OPENInput,
  SSH_MSG_CHANNEL_REQUEST,
  SSH_MSG_CHANNEL_REQUESTInput,
  SSH_MSG_CHANNEL_SUCCESS,
  SSH_MSG_CHANNEL_SUCCESSInput,
  SSH_MSG_CHANNEL_WINDOW_ADJUST,
  SSH_MSG_CHANNEL_WINDOW_ADJUSTInput,
} from './connection.js';

/**
 * A state of the ssh_channel machine.
 * @see RFC 4254 §5
 */
export type SshChannelState =
  | 'START'
  | 'OPENING'
  | 'OPEN_RECEIVED'
  | 'OPEN'
  | 'CLOSED'
  | 'EOF_SENT'
  | 'EOF_RECEIVED'
  | 'EOF_BOTH'
  | 'CLOSE_SENT'
  | 'CLOSE_RECEIVED';
/** Every {@link SshChannelState}, in spec order. */
export const sshChannelStates = [
  'START',
  'OPENING',
  'OPEN_RECEIVED',
  'OPEN',
  'CLOSED',
  'EOF_SENT',
  'EOF_RECEIVED',
  'EOF_BOTH',
  'CLOSE_SENT',
  'CLOSE_RECEIVED',
] as const satisfies readonly SshChannelState[];
/** The state ssh_channel starts in. */
export const sshChannelInitial = 'START' satisfies SshChannelState;
/** The states ssh_channel may stop in. */
export const sshChannelFinals = ['CLOSED'] as const satisfies readonly SshChannelState[];
/** The messages ssh_channel receives, and what each decodes to. */
export interface SshChannelReceived {
  SSH_MSG_CHANNEL_OPEN: SSH_MSG_CHANNEL_OPEN;
  SSH_MSG_CHANNEL_OPEN_CONFIRMATION: SSH_MSG_CHANNEL_OPEN_CONFIRMATION;
  SSH_MSG_CHANNEL_OPEN_FAILURE: SSH_MSG_CHANNEL_OPEN_FAILURE;
  SSH_MSG_CHANNEL_DATA: SSH_MSG_CHANNEL_DATA;
  SSH_MSG_CHANNEL_EXTENDED_DATA: SSH_MSG_CHANNEL_EXTENDED_DATA;
  SSH_MSG_CHANNEL_WINDOW_ADJUST: SSH_MSG_CHANNEL_WINDOW_ADJUST;
  SSH_MSG_CHANNEL_EOF: SSH_MSG_CHANNEL_EOF;
  SSH_MSG_CHANNEL_REQUEST: SSH_MSG_CHANNEL_REQUEST;
  SSH_MSG_CHANNEL_SUCCESS: SSH_MSG_CHANNEL_SUCCESS;
  SSH_MSG_CHANNEL_FAILURE: SSH_MSG_CHANNEL_FAILURE;
  SSH_MSG_CHANNEL_CLOSE: SSH_MSG_CHANNEL_CLOSE;
}

/** The messages ssh_channel sends, each as its encoder takes it. */
export interface SshChannelSent {
  SSH_MSG_CHANNEL_OPEN: SSH_MSG_CHANNEL_OPENInput;
  SSH_MSG_CHANNEL_OPEN_CONFIRMATION: SSH_MSG_CHANNEL_OPEN_CONFIRMATIONInput;
  SSH_MSG_CHANNEL_OPEN_FAILURE: SSH_MSG_CHANNEL_OPEN_FAILUREInput;
  SSH_MSG_CHANNEL_DATA: SSH_MSG_CHANNEL_DATAInput;
  SSH_MSG_CHANNEL_EXTENDED_DATA: SSH_MSG_CHANNEL_EXTENDED_DATAInput;
  SSH_MSG_CHANNEL_WINDOW_ADJUST: SSH_MSG_CHANNEL_WINDOW_ADJUSTInput;
  SSH_MSG_CHANNEL_EOF: SSH_MSG_CHANNEL_EOFInput;
  SSH_MSG_CHANNEL_REQUEST: SSH_MSG_CHANNEL_REQUESTInput;
  SSH_MSG_CHANNEL_SUCCESS: SSH_MSG_CHANNEL_SUCCESSInput;
  SSH_MSG_CHANNEL_FAILURE: SSH_MSG_CHANNEL_FAILUREInput;
  SSH_MSG_CHANNEL_CLOSE: SSH_MSG_CHANNEL_CLOSEInput;
}

/** A message that a row of ssh_channel names. */
export type SshChannelMessage =
  | 'SSH_MSG_CHANNEL_OPEN'
  | 'SSH_MSG_CHANNEL_OPEN_CONFIRMATION'
  | 'SSH_MSG_CHANNEL_OPEN_FAILURE'
  | 'SSH_MSG_CHANNEL_DATA'
  | 'SSH_MSG_CHANNEL_EXTENDED_DATA'
  | 'SSH_MSG_CHANNEL_WINDOW_ADJUST'
  | 'SSH_MSG_CHANNEL_EOF'
  | 'SSH_MSG_CHANNEL_REQUEST'
  | 'SSH_MSG_CHANNEL_SUCCESS'
  | 'SSH_MSG_CHANNEL_FAILURE'
  | 'SSH_MSG_CHANNEL_CLOSE';
/** Every {@link SshChannelMessage}, in spec order. */
export const sshChannelMessages = [
  'SSH_MSG_CHANNEL_OPEN',
  'SSH_MSG_CHANNEL_OPEN_CONFIRMATION',
  'SSH_MSG_CHANNEL_OPEN_FAILURE',
  'SSH_MSG_CHANNEL_DATA',
  'SSH_MSG_CHANNEL_EXTENDED_DATA',
  'SSH_MSG_CHANNEL_WINDOW_ADJUST',
  'SSH_MSG_CHANNEL_EOF',
  'SSH_MSG_CHANNEL_REQUEST',
  'SSH_MSG_CHANNEL_SUCCESS',
  'SSH_MSG_CHANNEL_FAILURE',
  'SSH_MSG_CHANNEL_CLOSE',
] as const satisfies readonly SshChannelMessage[];
/** A message ssh_channel has a row for, as it arrived. */
export type SshChannelEvent = {
  [N in keyof SshChannelReceived]: Received<N, SshChannelReceived[N]>;
}[keyof SshChannelReceived];
/**
 * What the runtime implements for ssh_channel: one method per handler, typed row by row. A handler is
 * pure: it returns the next state (only states its row permits type-check) with the outputs `A`
 * the runtime carries out; a send handler also gives the message to send. A missing handler is a
 * compile error.
 */
export interface SshChannelHandlers<A = unknown> {
  /** START send SSH_MSG_CHANNEL_OPEN -> OPENING (specs/ssh/channel.spec:37) */
  sendOpen(from: 'START'): SendStep<'OPENING', SSH_MSG_CHANNEL_OPENInput, A>;
  /** START recv SSH_MSG_CHANNEL_OPEN -> OPEN_RECEIVED (specs/ssh/channel.spec:38) */
  onOpen(message: SSH_MSG_CHANNEL_OPEN, raw: Uint8Array, from: 'START'): Step<'OPEN_RECEIVED', A>;
  /** OPENING recv SSH_MSG_CHANNEL_OPEN_CONFIRMATION -> OPEN (specs/ssh/channel.spec:39) */
  onOpenConfirmation(
    message: SSH_MSG_CHANNEL_OPEN_CONFIRMATION,
    raw: Uint8Array,
    from: 'OPENING',
  ): Step<'OPEN', A>;
  /** OPENING recv SSH_MSG_CHANNEL_OPEN_FAILURE -> CLOSED (specs/ssh/channel.spec:40) */
  onOpenFailure(message: SSH_MSG_CHANNEL_OPEN_FAILURE, raw: Uint8Array, from: 'OPENING'): Step<'CLOSED', A>;
  /** OPEN_RECEIVED send SSH_MSG_CHANNEL_OPEN_CONFIRMATION -> OPEN (specs/ssh/channel.spec:41) */
  sendOpenConfirmation(from: 'OPEN_RECEIVED'): SendStep<'OPEN', SSH_MSG_CHANNEL_OPEN_CONFIRMATIONInput, A>;
  /** OPEN_RECEIVED send SSH_MSG_CHANNEL_OPEN_FAILURE -> CLOSED (specs/ssh/channel.spec:42) */
  sendOpenFailure(from: 'OPEN_RECEIVED'): SendStep<'CLOSED', SSH_MSG_CHANNEL_OPEN_FAILUREInput, A>;
  /** OPEN send SSH_MSG_CHANNEL_DATA -> OPEN (specs/ssh/channel.spec:45) */
  sendData(from: 'OPEN'): SendStep<'OPEN', SSH_MSG_CHANNEL_DATAInput, A>;
  /** OPEN send SSH_MSG_CHANNEL_EXTENDED_DATA -> OPEN (specs/ssh/channel.spec:46) */
  sendExtendedData(from: 'OPEN'): SendStep<'OPEN', SSH_MSG_CHANNEL_EXTENDED_DATAInput, A>;
  /** OPEN recv SSH_MSG_CHANNEL_DATA -> OPEN (specs/ssh/channel.spec:47) */
  onData(message: SSH_MSG_CHANNEL_DATA, raw: Uint8Array, from: 'OPEN'): Step<'OPEN', A>;
  /** OPEN recv SSH_MSG_CHANNEL_EXTENDED_DATA -> OPEN (specs/ssh/channel.spec:48) */
  onExtendedData(message: SSH_MSG_CHANNEL_EXTENDED_DATA, raw: Uint8Array, from: 'OPEN'): Step<'OPEN', A>;
  /** OPEN send SSH_MSG_CHANNEL_WINDOW_ADJUST -> OPEN (specs/ssh/channel.spec:49) */
  sendWindowAdjust(from: 'OPEN'): SendStep<'OPEN', SSH_MSG_CHANNEL_WINDOW_ADJUSTInput, A>;
  /** OPEN recv SSH_MSG_CHANNEL_WINDOW_ADJUST -> OPEN (specs/ssh/channel.spec:50) */
  onWindowAdjust(message: SSH_MSG_CHANNEL_WINDOW_ADJUST, raw: Uint8Array, from: 'OPEN'): Step<'OPEN', A>;
  /** OPEN send SSH_MSG_CHANNEL_EOF -> EOF_SENT (specs/ssh/channel.spec:51) */
  sendEof(from: 'OPEN'): SendStep<'EOF_SENT', SSH_MSG_CHANNEL_EOFInput, A>;
  /** OPEN recv SSH_MSG_CHANNEL_EOF -> EOF_RECEIVED (specs/ssh/channel.spec:52) */
  onEof(message: SSH_MSG_CHANNEL_EOF, raw: Uint8Array, from: 'OPEN'): Step<'EOF_RECEIVED', A>;
  /** EOF_SENT recv SSH_MSG_CHANNEL_DATA -> EOF_SENT (specs/ssh/channel.spec:55) */
  onData(message: SSH_MSG_CHANNEL_DATA, raw: Uint8Array, from: 'EOF_SENT'): Step<'EOF_SENT', A>;
  /** EOF_SENT recv SSH_MSG_CHANNEL_EXTENDED_DATA -> EOF_SENT (specs/ssh/channel.spec:56) */
  onExtendedData(
    message: SSH_MSG_CHANNEL_EXTENDED_DATA,
    raw: Uint8Array,
    from: 'EOF_SENT',
  ): Step<'EOF_SENT', A>;
  /** EOF_SENT send SSH_MSG_CHANNEL_WINDOW_ADJUST -> EOF_SENT (specs/ssh/channel.spec:57) */
  sendWindowAdjust(from: 'EOF_SENT'): SendStep<'EOF_SENT', SSH_MSG_CHANNEL_WINDOW_ADJUSTInput, A>;
  /** EOF_SENT recv SSH_MSG_CHANNEL_WINDOW_ADJUST -> EOF_SENT (specs/ssh/channel.spec:58) */
  onWindowAdjust(
    message: SSH_MSG_CHANNEL_WINDOW_ADJUST,
    raw: Uint8Array,
    from: 'EOF_SENT',
  ): Step<'EOF_SENT', A>;
  /** EOF_SENT recv SSH_MSG_CHANNEL_EOF -> EOF_BOTH (specs/ssh/channel.spec:59) */
  onEof(message: SSH_MSG_CHANNEL_EOF, raw: Uint8Array, from: 'EOF_SENT'): Step<'EOF_BOTH', A>;
  /** EOF_RECEIVED send SSH_MSG_CHANNEL_DATA -> EOF_RECEIVED (specs/ssh/channel.spec:62) */
  sendData(from: 'EOF_RECEIVED'): SendStep<'EOF_RECEIVED', SSH_MSG_CHANNEL_DATAInput, A>;
  /** EOF_RECEIVED send SSH_MSG_CHANNEL_EXTENDED_DATA -> EOF_RECEIVED (specs/ssh/channel.spec:63) */
  sendExtendedData(from: 'EOF_RECEIVED'): SendStep<'EOF_RECEIVED', SSH_MSG_CHANNEL_EXTENDED_DATAInput, A>;
  /** EOF_RECEIVED recv SSH_MSG_CHANNEL_WINDOW_ADJUST -> EOF_RECEIVED (specs/ssh/channel.spec:64) */
  onWindowAdjust(
    message: SSH_MSG_CHANNEL_WINDOW_ADJUST,
    raw: Uint8Array,
    from: 'EOF_RECEIVED',
  ): Step<'EOF_RECEIVED', A>;
  /** EOF_RECEIVED send SSH_MSG_CHANNEL_EOF -> EOF_BOTH (specs/ssh/channel.spec:65) */
  sendEof(from: 'EOF_RECEIVED'): SendStep<'EOF_BOTH', SSH_MSG_CHANNEL_EOFInput, A>;
  /** EOF_BOTH recv SSH_MSG_CHANNEL_WINDOW_ADJUST -> EOF_BOTH (specs/ssh/channel.spec:68) */
  onWindowAdjust(
    message: SSH_MSG_CHANNEL_WINDOW_ADJUST,
    raw: Uint8Array,
    from: 'EOF_BOTH',
  ): Step<'EOF_BOTH', A>;
  /** OPEN send SSH_MSG_CHANNEL_REQUEST -> OPEN (specs/ssh/channel.spec:71) */
  sendRequest(from: 'OPEN'): SendStep<'OPEN', SSH_MSG_CHANNEL_REQUESTInput, A>;
  /** OPEN recv SSH_MSG_CHANNEL_REQUEST -> OPEN (specs/ssh/channel.spec:72) */
  onRequest(message: SSH_MSG_CHANNEL_REQUEST, raw: Uint8Array, from: 'OPEN'): Step<'OPEN', A>;
  /** OPEN send SSH_MSG_CHANNEL_SUCCESS -> OPEN (specs/ssh/channel.spec:73) */
  sendSuccess(from: 'OPEN'): SendStep<'OPEN', SSH_MSG_CHANNEL_SUCCESSInput, A>;
  /** OPEN send SSH_MSG_CHANNEL_FAILURE -> OPEN (specs/ssh/channel.spec:74) */
  sendFailure(from: 'OPEN'): SendStep<'OPEN', SSH_MSG_CHANNEL_FAILUREInput, A>;
  /** OPEN recv SSH_MSG_CHANNEL_SUCCESS -> OPEN (specs/ssh/channel.spec:75) */
  onSuccess(message: SSH_MSG_CHANNEL_SUCCESS, raw: Uint8Array, from: 'OPEN'): Step<'OPEN', A>;
  /** OPEN recv SSH_MSG_CHANNEL_FAILURE -> OPEN (specs/ssh/channel.spec:76) */
  onFailure(message: SSH_MSG_CHANNEL_FAILURE, raw: Uint8Array, from: 'OPEN'): Step<'OPEN', A>;
  /** EOF_SENT send SSH_MSG_CHANNEL_REQUEST -> EOF_SENT (specs/ssh/channel.spec:77) */
  sendRequest(from: 'EOF_SENT'): SendStep<'EOF_SENT', SSH_MSG_CHANNEL_REQUESTInput, A>;
  /** EOF_SENT recv SSH_MSG_CHANNEL_REQUEST -> EOF_SENT (specs/ssh/channel.spec:78) */
  onRequest(message: SSH_MSG_CHANNEL_REQUEST, raw: Uint8Array, from: 'EOF_SENT'): Step<'EOF_SENT', A>;
  /** EOF_SENT send SSH_MSG_CHANNEL_SUCCESS -> EOF_SENT (specs/ssh/channel.spec:79) */
  sendSuccess(from: 'EOF_SENT'): SendStep<'EOF_SENT', SSH_MSG_CHANNEL_SUCCESSInput, A>;
  /** EOF_SENT send SSH_MSG_CHANNEL_FAILURE -> EOF_SENT (specs/ssh/channel.spec:80) */
  sendFailure(from: 'EOF_SENT'): SendStep<'EOF_SENT', SSH_MSG_CHANNEL_FAILUREInput, A>;
  /** EOF_SENT recv SSH_MSG_CHANNEL_SUCCESS -> EOF_SENT (specs/ssh/channel.spec:81) */
  onSuccess(message: SSH_MSG_CHANNEL_SUCCESS, raw: Uint8Array, from: 'EOF_SENT'): Step<'EOF_SENT', A>;
  /** EOF_SENT recv SSH_MSG_CHANNEL_FAILURE -> EOF_SENT (specs/ssh/channel.spec:82) */
  onFailure(message: SSH_MSG_CHANNEL_FAILURE, raw: Uint8Array, from: 'EOF_SENT'): Step<'EOF_SENT', A>;
  /** EOF_RECEIVED send SSH_MSG_CHANNEL_REQUEST -> EOF_RECEIVED (specs/ssh/channel.spec:83) */
  sendRequest(from: 'EOF_RECEIVED'): SendStep<'EOF_RECEIVED', SSH_MSG_CHANNEL_REQUESTInput, A>;
  /** EOF_RECEIVED recv SSH_MSG_CHANNEL_REQUEST -> EOF_RECEIVED (specs/ssh/channel.spec:84) */
  onRequest(message: SSH_MSG_CHANNEL_REQUEST, raw: Uint8Array, from: 'EOF_RECEIVED'): Step<'EOF_RECEIVED', A>;
  /** EOF_RECEIVED send SSH_MSG_CHANNEL_SUCCESS -> EOF_RECEIVED (specs/ssh/channel.spec:85) */
  sendSuccess(from: 'EOF_RECEIVED'): SendStep<'EOF_RECEIVED', SSH_MSG_CHANNEL_SUCCESSInput, A>;
  /** EOF_RECEIVED send SSH_MSG_CHANNEL_FAILURE -> EOF_RECEIVED (specs/ssh/channel.spec:86) */
  sendFailure(from: 'EOF_RECEIVED'): SendStep<'EOF_RECEIVED', SSH_MSG_CHANNEL_FAILUREInput, A>;
  /** EOF_RECEIVED recv SSH_MSG_CHANNEL_SUCCESS -> EOF_RECEIVED (specs/ssh/channel.spec:87) */
  onSuccess(message: SSH_MSG_CHANNEL_SUCCESS, raw: Uint8Array, from: 'EOF_RECEIVED'): Step<'EOF_RECEIVED', A>;
  /** EOF_RECEIVED recv SSH_MSG_CHANNEL_FAILURE -> EOF_RECEIVED (specs/ssh/channel.spec:88) */
  onFailure(message: SSH_MSG_CHANNEL_FAILURE, raw: Uint8Array, from: 'EOF_RECEIVED'): Step<'EOF_RECEIVED', A>;
  /** EOF_BOTH send SSH_MSG_CHANNEL_REQUEST -> EOF_BOTH (specs/ssh/channel.spec:89) */
  sendRequest(from: 'EOF_BOTH'): SendStep<'EOF_BOTH', SSH_MSG_CHANNEL_REQUESTInput, A>;
  /** EOF_BOTH recv SSH_MSG_CHANNEL_REQUEST -> EOF_BOTH (specs/ssh/channel.spec:90) */
  onRequest(message: SSH_MSG_CHANNEL_REQUEST, raw: Uint8Array, from: 'EOF_BOTH'): Step<'EOF_BOTH', A>;
  /** EOF_BOTH send SSH_MSG_CHANNEL_SUCCESS -> EOF_BOTH (specs/ssh/channel.spec:91) */
  sendSuccess(from: 'EOF_BOTH'): SendStep<'EOF_BOTH', SSH_MSG_CHANNEL_SUCCESSInput, A>;
  /** EOF_BOTH send SSH_MSG_CHANNEL_FAILURE -> EOF_BOTH (specs/ssh/channel.spec:92) */
  sendFailure(from: 'EOF_BOTH'): SendStep<'EOF_BOTH', SSH_MSG_CHANNEL_FAILUREInput, A>;
  /** EOF_BOTH recv SSH_MSG_CHANNEL_SUCCESS -> EOF_BOTH (specs/ssh/channel.spec:93) */
  onSuccess(message: SSH_MSG_CHANNEL_SUCCESS, raw: Uint8Array, from: 'EOF_BOTH'): Step<'EOF_BOTH', A>;
  /** EOF_BOTH recv SSH_MSG_CHANNEL_FAILURE -> EOF_BOTH (specs/ssh/channel.spec:94) */
  onFailure(message: SSH_MSG_CHANNEL_FAILURE, raw: Uint8Array, from: 'EOF_BOTH'): Step<'EOF_BOTH', A>;
  /** OPEN send SSH_MSG_CHANNEL_CLOSE -> CLOSE_SENT (specs/ssh/channel.spec:97) */
  sendClose(from: 'OPEN'): SendStep<'CLOSE_SENT', SSH_MSG_CHANNEL_CLOSEInput, A>;
  /** EOF_SENT send SSH_MSG_CHANNEL_CLOSE -> CLOSE_SENT (specs/ssh/channel.spec:98) */
  sendClose(from: 'EOF_SENT'): SendStep<'CLOSE_SENT', SSH_MSG_CHANNEL_CLOSEInput, A>;
  /** EOF_RECEIVED send SSH_MSG_CHANNEL_CLOSE -> CLOSE_SENT (specs/ssh/channel.spec:99) */
  sendClose(from: 'EOF_RECEIVED'): SendStep<'CLOSE_SENT', SSH_MSG_CHANNEL_CLOSEInput, A>;
  /** EOF_BOTH send SSH_MSG_CHANNEL_CLOSE -> CLOSE_SENT (specs/ssh/channel.spec:100) */
  sendClose(from: 'EOF_BOTH'): SendStep<'CLOSE_SENT', SSH_MSG_CHANNEL_CLOSEInput, A>;
  /** OPEN recv SSH_MSG_CHANNEL_CLOSE -> CLOSE_RECEIVED (specs/ssh/channel.spec:101) */
  onClose(message: SSH_MSG_CHANNEL_CLOSE, raw: Uint8Array, from: 'OPEN'): Step<'CLOSE_RECEIVED', A>;
  /** EOF_SENT recv SSH_MSG_CHANNEL_CLOSE -> CLOSE_RECEIVED (specs/ssh/channel.spec:102) */
  onClose(message: SSH_MSG_CHANNEL_CLOSE, raw: Uint8Array, from: 'EOF_SENT'): Step<'CLOSE_RECEIVED', A>;
  /** EOF_RECEIVED recv SSH_MSG_CHANNEL_CLOSE -> CLOSE_RECEIVED (specs/ssh/channel.spec:103) */
  onClose(message: SSH_MSG_CHANNEL_CLOSE, raw: Uint8Array, from: 'EOF_RECEIVED'): Step<'CLOSE_RECEIVED', A>;
  /** EOF_BOTH recv SSH_MSG_CHANNEL_CLOSE -> CLOSE_RECEIVED (specs/ssh/channel.spec:104) */
  onClose(message: SSH_MSG_CHANNEL_CLOSE, raw: Uint8Array, from: 'EOF_BOTH'): Step<'CLOSE_RECEIVED', A>;
  /** CLOSE_RECEIVED send SSH_MSG_CHANNEL_CLOSE -> CLOSED (specs/ssh/channel.spec:105) */
  sendCloseReply(from: 'CLOSE_RECEIVED'): SendStep<'CLOSED', SSH_MSG_CHANNEL_CLOSEInput, A>;
  /** CLOSE_SENT recv SSH_MSG_CHANNEL_CLOSE -> CLOSED (specs/ssh/channel.spec:106) */
  onCloseReply(message: SSH_MSG_CHANNEL_CLOSE, raw: Uint8Array, from: 'CLOSE_SENT'): Step<'CLOSED', A>;
  /** CLOSE_SENT recv SSH_MSG_CHANNEL_DATA -> CLOSE_SENT (specs/ssh/channel.spec:109) */
  dropAfterClose(message: SSH_MSG_CHANNEL_DATA, raw: Uint8Array, from: 'CLOSE_SENT'): Step<'CLOSE_SENT', A>;
  /** CLOSE_SENT recv SSH_MSG_CHANNEL_EXTENDED_DATA -> CLOSE_SENT (specs/ssh/channel.spec:110) */
  dropAfterClose(
    message: SSH_MSG_CHANNEL_EXTENDED_DATA,
    raw: Uint8Array,
    from: 'CLOSE_SENT',
  ): Step<'CLOSE_SENT', A>;
  /** CLOSE_SENT recv SSH_MSG_CHANNEL_WINDOW_ADJUST -> CLOSE_SENT (specs/ssh/channel.spec:111) */
  dropAfterClose(
    message: SSH_MSG_CHANNEL_WINDOW_ADJUST,
    raw: Uint8Array,
    from: 'CLOSE_SENT',
  ): Step<'CLOSE_SENT', A>;
  /** CLOSE_SENT recv SSH_MSG_CHANNEL_EOF -> CLOSE_SENT (specs/ssh/channel.spec:112) */
  dropAfterClose(message: SSH_MSG_CHANNEL_EOF, raw: Uint8Array, from: 'CLOSE_SENT'): Step<'CLOSE_SENT', A>;
  /** CLOSE_SENT recv SSH_MSG_CHANNEL_REQUEST -> CLOSE_SENT (specs/ssh/channel.spec:113) */
  dropAfterClose(
    message: SSH_MSG_CHANNEL_REQUEST,
    raw: Uint8Array,
    from: 'CLOSE_SENT',
  ): Step<'CLOSE_SENT', A>;
  /** CLOSE_SENT recv SSH_MSG_CHANNEL_SUCCESS -> CLOSE_SENT (specs/ssh/channel.spec:114) */
  dropAfterClose(
    message: SSH_MSG_CHANNEL_SUCCESS,
    raw: Uint8Array,
    from: 'CLOSE_SENT',
  ): Step<'CLOSE_SENT', A>;
  /** CLOSE_SENT recv SSH_MSG_CHANNEL_FAILURE -> CLOSE_SENT (specs/ssh/channel.spec:115) */
  dropAfterClose(
    message: SSH_MSG_CHANNEL_FAILURE,
    raw: Uint8Array,
    from: 'CLOSE_SENT',
  ): Step<'CLOSE_SENT', A>;
}

/**
 * The ssh_channel transition table: state, then `"<direction> <message>"`, then the handler and
 * the states it may pick. A pair that is not here is an unexpected message.
 * @see RFC 4254 §5
 */
export const sshChannelTransitions = {
  START: {
    'send SSH_MSG_CHANNEL_OPEN': { handler: 'sendOpen', next: ['OPENING'] },
    'recv SSH_MSG_CHANNEL_OPEN': { handler: 'onOpen', next: ['OPEN_RECEIVED'] },
  },
  OPENING: {
    'recv SSH_MSG_CHANNEL_OPEN_CONFIRMATION': { handler: 'onOpenConfirmation', next: ['OPEN'] },
    'recv SSH_MSG_CHANNEL_OPEN_FAILURE': { handler: 'onOpenFailure', next: ['CLOSED'] },
  },
  OPEN_RECEIVED: {
    'send SSH_MSG_CHANNEL_OPEN_CONFIRMATION': { handler: 'sendOpenConfirmation', next: ['OPEN'] },
    'send SSH_MSG_CHANNEL_OPEN_FAILURE': { handler: 'sendOpenFailure', next: ['CLOSED'] },
  },
  OPEN: {
    'send SSH_MSG_CHANNEL_DATA': { handler: 'sendData', next: ['OPEN'] },
    'send SSH_MSG_CHANNEL_EXTENDED_DATA': { handler: 'sendExtendedData', next: ['OPEN'] },
    'recv SSH_MSG_CHANNEL_DATA': { handler: 'onData', next: ['OPEN'] },
    'recv SSH_MSG_CHANNEL_EXTENDED_DATA': { handler: 'onExtendedData', next: ['OPEN'] },
    'send SSH_MSG_CHANNEL_WINDOW_ADJUST': { handler: 'sendWindowAdjust', next: ['OPEN'] },
    'recv SSH_MSG_CHANNEL_WINDOW_ADJUST': { handler: 'onWindowAdjust', next: ['OPEN'] },
    'send SSH_MSG_CHANNEL_EOF': { handler: 'sendEof', next: ['EOF_SENT'] },
    'recv SSH_MSG_CHANNEL_EOF': { handler: 'onEof', next: ['EOF_RECEIVED'] },
    'send SSH_MSG_CHANNEL_REQUEST': { handler: 'sendRequest', next: ['OPEN'] },
    'recv SSH_MSG_CHANNEL_REQUEST': { handler: 'onRequest', next: ['OPEN'] },
    'send SSH_MSG_CHANNEL_SUCCESS': { handler: 'sendSuccess', next: ['OPEN'] },
    'send SSH_MSG_CHANNEL_FAILURE': { handler: 'sendFailure', next: ['OPEN'] },
    'recv SSH_MSG_CHANNEL_SUCCESS': { handler: 'onSuccess', next: ['OPEN'] },
    'recv SSH_MSG_CHANNEL_FAILURE': { handler: 'onFailure', next: ['OPEN'] },
    'send SSH_MSG_CHANNEL_CLOSE': { handler: 'sendClose', next: ['CLOSE_SENT'] },
    'recv SSH_MSG_CHANNEL_CLOSE': { handler: 'onClose', next: ['CLOSE_RECEIVED'] },
  },
  CLOSED: {},
  EOF_SENT: {
    'recv SSH_MSG_CHANNEL_DATA': { handler: 'onData', next: ['EOF_SENT'] },
    'recv SSH_MSG_CHANNEL_EXTENDED_DATA': { handler: 'onExtendedData', next: ['EOF_SENT'] },
    'send SSH_MSG_CHANNEL_WINDOW_ADJUST': { handler: 'sendWindowAdjust', next: ['EOF_SENT'] },
    'recv SSH_MSG_CHANNEL_WINDOW_ADJUST': { handler: 'onWindowAdjust', next: ['EOF_SENT'] },
    'recv SSH_MSG_CHANNEL_EOF': { handler: 'onEof', next: ['EOF_BOTH'] },
    'send SSH_MSG_CHANNEL_REQUEST': { handler: 'sendRequest', next: ['EOF_SENT'] },
    'recv SSH_MSG_CHANNEL_REQUEST': { handler: 'onRequest', next: ['EOF_SENT'] },
    'send SSH_MSG_CHANNEL_SUCCESS': { handler: 'sendSuccess', next: ['EOF_SENT'] },
    'send SSH_MSG_CHANNEL_FAILURE': { handler: 'sendFailure', next: ['EOF_SENT'] },
    'recv SSH_MSG_CHANNEL_SUCCESS': { handler: 'onSuccess', next: ['EOF_SENT'] },
    'recv SSH_MSG_CHANNEL_FAILURE': { handler: 'onFailure', next: ['EOF_SENT'] },
    'send SSH_MSG_CHANNEL_CLOSE': { handler: 'sendClose', next: ['CLOSE_SENT'] },
    'recv SSH_MSG_CHANNEL_CLOSE': { handler: 'onClose', next: ['CLOSE_RECEIVED'] },
  },
  EOF_RECEIVED: {
    'send SSH_MSG_CHANNEL_DATA': { handler: 'sendData', next: ['EOF_RECEIVED'] },
    'send SSH_MSG_CHANNEL_EXTENDED_DATA': { handler: 'sendExtendedData', next: ['EOF_RECEIVED'] },
    'recv SSH_MSG_CHANNEL_WINDOW_ADJUST': { handler: 'onWindowAdjust', next: ['EOF_RECEIVED'] },
    'send SSH_MSG_CHANNEL_EOF': { handler: 'sendEof', next: ['EOF_BOTH'] },
    'send SSH_MSG_CHANNEL_REQUEST': { handler: 'sendRequest', next: ['EOF_RECEIVED'] },
    'recv SSH_MSG_CHANNEL_REQUEST': { handler: 'onRequest', next: ['EOF_RECEIVED'] },
    'send SSH_MSG_CHANNEL_SUCCESS': { handler: 'sendSuccess', next: ['EOF_RECEIVED'] },
    'send SSH_MSG_CHANNEL_FAILURE': { handler: 'sendFailure', next: ['EOF_RECEIVED'] },
    'recv SSH_MSG_CHANNEL_SUCCESS': { handler: 'onSuccess', next: ['EOF_RECEIVED'] },
    'recv SSH_MSG_CHANNEL_FAILURE': { handler: 'onFailure', next: ['EOF_RECEIVED'] },
    'send SSH_MSG_CHANNEL_CLOSE': { handler: 'sendClose', next: ['CLOSE_SENT'] },
    'recv SSH_MSG_CHANNEL_CLOSE': { handler: 'onClose', next: ['CLOSE_RECEIVED'] },
  },
  EOF_BOTH: {
    'recv SSH_MSG_CHANNEL_WINDOW_ADJUST': { handler: 'onWindowAdjust', next: ['EOF_BOTH'] },
    'send SSH_MSG_CHANNEL_REQUEST': { handler: 'sendRequest', next: ['EOF_BOTH'] },
    'recv SSH_MSG_CHANNEL_REQUEST': { handler: 'onRequest', next: ['EOF_BOTH'] },
    'send SSH_MSG_CHANNEL_SUCCESS': { handler: 'sendSuccess', next: ['EOF_BOTH'] },
    'send SSH_MSG_CHANNEL_FAILURE': { handler: 'sendFailure', next: ['EOF_BOTH'] },
    'recv SSH_MSG_CHANNEL_SUCCESS': { handler: 'onSuccess', next: ['EOF_BOTH'] },
    'recv SSH_MSG_CHANNEL_FAILURE': { handler: 'onFailure', next: ['EOF_BOTH'] },
    'send SSH_MSG_CHANNEL_CLOSE': { handler: 'sendClose', next: ['CLOSE_SENT'] },
    'recv SSH_MSG_CHANNEL_CLOSE': { handler: 'onClose', next: ['CLOSE_RECEIVED'] },
  },
  CLOSE_SENT: {
    'recv SSH_MSG_CHANNEL_CLOSE': { handler: 'onCloseReply', next: ['CLOSED'] },
    'recv SSH_MSG_CHANNEL_DATA': { handler: 'dropAfterClose', next: ['CLOSE_SENT'] },
    'recv SSH_MSG_CHANNEL_EXTENDED_DATA': { handler: 'dropAfterClose', next: ['CLOSE_SENT'] },
    'recv SSH_MSG_CHANNEL_WINDOW_ADJUST': { handler: 'dropAfterClose', next: ['CLOSE_SENT'] },
    'recv SSH_MSG_CHANNEL_EOF': { handler: 'dropAfterClose', next: ['CLOSE_SENT'] },
    'recv SSH_MSG_CHANNEL_REQUEST': { handler: 'dropAfterClose', next: ['CLOSE_SENT'] },
    'recv SSH_MSG_CHANNEL_SUCCESS': { handler: 'dropAfterClose', next: ['CLOSE_SENT'] },
    'recv SSH_MSG_CHANNEL_FAILURE': { handler: 'dropAfterClose', next: ['CLOSE_SENT'] },
  },
  CLOSE_RECEIVED: {
    'send SSH_MSG_CHANNEL_CLOSE': { handler: 'sendCloseReply', next: ['CLOSED'] },
  },
} as const satisfies MachineTable<SshChannelState, keyof SshChannelHandlers>;
/**
 * Run the ssh_channel row for a message that arrived in `state`: its handler gets the message, its
 * bytes and the state, and returns the next state and its outputs.
 * @throws UnexpectedMessageError (from @otpnet/wire) when the table has no row for it, or the name
 * is not one of the machine's.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function receiveSshChannel<A>(
  handlers: SshChannelHandlers<A>,
  state: SshChannelState,
  m: SshChannelEvent | Received,
): Step<SshChannelState, A> {
  return stepMachine('ssh_channel', sshChannelTransitions, handlers, state, 'recv', m.name, [
    m.message,
    m.raw,
    state,
  ]) as Step<SshChannelState, A>;
}

/**
 * Run the ssh_channel row that sends `message` from `state`: its handler gives the message (as its
 * encoder takes it), the next state and its outputs.
 * @throws UnexpectedMessageError when the table has no row for it.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function sendSshChannel<A, N extends keyof SshChannelSent>(
  handlers: SshChannelHandlers<A>,
  state: SshChannelState,
  message: N,
): SendStep<SshChannelState, SshChannelSent[N], A> {
  return stepMachine('ssh_channel', sshChannelTransitions, handlers, state, 'send', message, [
    state,
  ]) as SendStep<SshChannelState, SshChannelSent[N], A>;
}
