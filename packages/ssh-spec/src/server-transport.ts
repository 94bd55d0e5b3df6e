// Generated from specs/ssh/server-transport.spec by otpnet-gen. Do not edit.
import { type MachineTable, type Received, type SendStep, type Step, stepMachine } from '@otpnet/wire';
import type {
  SSH_MSG_KEX_DH_GEX_GROUPInput,
  SSH_MSG_KEX_DH_GEX_INIT,
  SSH_MSG_KEX_DH_GEX_REPLYInput,
  SSH_MSG_KEX_DH_GEX_REQUEST,
  SSH_MSG_KEX_DH_GEX_REQUEST_OLD,
} from './kex-dh-gex.js';
import type { SSH_MSG_KEXDH_INIT, SSH_MSG_KEXDH_REPLYInput } from './kex-dh.js';
import type { SSH_MSG_KEX_ECDH_INIT, SSH_MSG_KEX_ECDH_REPLYInput } from './kex-ecdh.js';
import type {
  SSH_MSG_EXT_INFO,
  SSH_MSG_EXT_INFOInput,
  SSH_MSG_KEXINIT,
  SSH_MSG_KEXINITInput,
  SSH_MSG_NEWKEYS,
  SSH_MSG_NEWKEYSInput,
  SSH_MSG_SERVICE_ACCEPTInput,
  SSH_MSG_SERVICE_REQUEST,
} from './transport.js';

/**
 * A state of the ssh_server_transport machine.
 * @see RFC 4253 §7
 * @see RFC 4419 §3
 * @see RFC 8308 §2.4
 */
export type SshServerTransportState =
  | 'START'
  | 'WAIT_IDENTIFICATION'
  | 'SEND_KEXINIT'
  | 'WAIT_KEXINIT'
  | 'WAIT_KEX_ECDH_INIT'
  | 'WAIT_KEXDH_INIT'
  | 'WAIT_GEX_REQUEST'
  | 'DISCARD_GUESS'
  | 'SEND_KEX_ECDH_REPLY'
  | 'SEND_NEWKEYS'
  | 'SEND_KEXDH_REPLY'
  | 'SEND_GEX_GROUP'
  | 'WAIT_GEX_INIT'
  | 'SEND_GEX_REPLY'
  | 'SEND_EXT_INFO'
  | 'WAIT_NEWKEYS'
  | 'WAIT_SERVICE_REQUEST'
  | 'EXT_INFO_RECEIVED'
  | 'SEND_SERVICE_ACCEPT'
  | 'ESTABLISHED'
  | 'REKEY_WAIT_KEXINIT'
  | 'REKEY_SEND_KEXINIT'
  | 'REKEY_WAIT_KEX_ECDH_INIT'
  | 'REKEY_WAIT_KEXDH_INIT'
  | 'REKEY_WAIT_GEX_REQUEST'
  | 'REKEY_DISCARD_GUESS'
  | 'REKEY_SEND_KEX_ECDH_REPLY'
  | 'REKEY_SEND_NEWKEYS'
  | 'REKEY_SEND_KEXDH_REPLY'
  | 'REKEY_SEND_GEX_GROUP'
  | 'REKEY_WAIT_GEX_INIT'
  | 'REKEY_SEND_GEX_REPLY'
  | 'REKEY_WAIT_NEWKEYS';
/** Every {@link SshServerTransportState}, in spec order. */
export const sshServerTransportStates = [
  'START',
  'WAIT_IDENTIFICATION',
  'SEND_KEXINIT',
  'WAIT_KEXINIT',
  'WAIT_KEX_ECDH_INIT',
  'WAIT_KEXDH_INIT',
  'WAIT_GEX_REQUEST',
  'DISCARD_GUESS',
  'SEND_KEX_ECDH_REPLY',
  'SEND_NEWKEYS',
  'SEND_KEXDH_REPLY',
  'SEND_GEX_GROUP',
  'WAIT_GEX_INIT',
  'SEND_GEX_REPLY',
  'SEND_EXT_INFO',
  'WAIT_NEWKEYS',
  'WAIT_SERVICE_REQUEST',
  'EXT_INFO_RECEIVED',
  'SEND_SERVICE_ACCEPT',
  'ESTABLISHED',
  'REKEY_WAIT_KEXINIT',
  'REKEY_SEND_KEXINIT',
  'REKEY_WAIT_KEX_ECDH_INIT',
  'REKEY_WAIT_KEXDH_INIT',
  'REKEY_WAIT_GEX_REQUEST',
  'REKEY_DISCARD_GUESS',
  'REKEY_SEND_KEX_ECDH_REPLY',
  'REKEY_SEND_NEWKEYS',
  'REKEY_SEND_KEXDH_REPLY',
  'REKEY_SEND_GEX_GROUP',
  'REKEY_WAIT_GEX_INIT',
  'REKEY_SEND_GEX_REPLY',
  'REKEY_WAIT_NEWKEYS',
] as const satisfies readonly SshServerTransportState[];
/** The state ssh_server_transport starts in. */
export const sshServerTransportInitial = 'START' satisfies SshServerTransportState;
/** The states ssh_server_transport may stop in. */
export const sshServerTransportFinals = ['ESTABLISHED'] as const satisfies readonly SshServerTransportState[];
/** The messages ssh_server_transport receives, and what each decodes to. */
export interface SshServerTransportReceived {
  identification: Uint8Array;
  SSH_MSG_KEXINIT: SSH_MSG_KEXINIT;
  wrong_kex_guess: Uint8Array;
  SSH_MSG_KEX_ECDH_INIT: SSH_MSG_KEX_ECDH_INIT;
  SSH_MSG_KEXDH_INIT: SSH_MSG_KEXDH_INIT;
  SSH_MSG_KEX_DH_GEX_REQUEST: SSH_MSG_KEX_DH_GEX_REQUEST;
  SSH_MSG_KEX_DH_GEX_REQUEST_OLD: SSH_MSG_KEX_DH_GEX_REQUEST_OLD;
  SSH_MSG_KEX_DH_GEX_INIT: SSH_MSG_KEX_DH_GEX_INIT;
  SSH_MSG_NEWKEYS: SSH_MSG_NEWKEYS;
  SSH_MSG_EXT_INFO: SSH_MSG_EXT_INFO;
  SSH_MSG_SERVICE_REQUEST: SSH_MSG_SERVICE_REQUEST;
}

/** The messages ssh_server_transport sends, each as its encoder takes it. */
export interface SshServerTransportSent {
  identification: Uint8Array;
  SSH_MSG_KEXINIT: SSH_MSG_KEXINITInput;
  SSH_MSG_KEX_ECDH_REPLY: SSH_MSG_KEX_ECDH_REPLYInput;
  SSH_MSG_KEXDH_REPLY: SSH_MSG_KEXDH_REPLYInput;
  SSH_MSG_KEX_DH_GEX_GROUP: SSH_MSG_KEX_DH_GEX_GROUPInput;
  SSH_MSG_KEX_DH_GEX_REPLY: SSH_MSG_KEX_DH_GEX_REPLYInput;
  SSH_MSG_NEWKEYS: SSH_MSG_NEWKEYSInput;
  SSH_MSG_EXT_INFO: SSH_MSG_EXT_INFOInput;
  SSH_MSG_SERVICE_ACCEPT: SSH_MSG_SERVICE_ACCEPTInput;
}

/** A message that a row of ssh_server_transport names. */
export type SshServerTransportMessage =
  | 'identification'
  | 'SSH_MSG_KEXINIT'
  | 'wrong_kex_guess'
  | 'SSH_MSG_KEX_ECDH_INIT'
  | 'SSH_MSG_KEX_ECDH_REPLY'
  | 'SSH_MSG_KEXDH_INIT'
  | 'SSH_MSG_KEXDH_REPLY'
  | 'SSH_MSG_KEX_DH_GEX_REQUEST'
  | 'SSH_MSG_KEX_DH_GEX_REQUEST_OLD'
  | 'SSH_MSG_KEX_DH_GEX_GROUP'
  | 'SSH_MSG_KEX_DH_GEX_INIT'
  | 'SSH_MSG_KEX_DH_GEX_REPLY'
  | 'SSH_MSG_NEWKEYS'
  | 'SSH_MSG_EXT_INFO'
  | 'SSH_MSG_SERVICE_REQUEST'
  | 'SSH_MSG_SERVICE_ACCEPT';
/** Every {@link SshServerTransportMessage}, in spec order. */
export const sshServerTransportMessages = [
  'identification',
  'SSH_MSG_KEXINIT',
  'wrong_kex_guess',
  'SSH_MSG_KEX_ECDH_INIT',
  'SSH_MSG_KEX_ECDH_REPLY',
  'SSH_MSG_KEXDH_INIT',
  'SSH_MSG_KEXDH_REPLY',
  'SSH_MSG_KEX_DH_GEX_REQUEST',
  'SSH_MSG_KEX_DH_GEX_REQUEST_OLD',
  'SSH_MSG_KEX_DH_GEX_GROUP',
  'SSH_MSG_KEX_DH_GEX_INIT',
  'SSH_MSG_KEX_DH_GEX_REPLY',
  'SSH_MSG_NEWKEYS',
  'SSH_MSG_EXT_INFO',
  'SSH_MSG_SERVICE_REQUEST',
  'SSH_MSG_SERVICE_ACCEPT',
] as const satisfies readonly SshServerTransportMessage[];
/** A message ssh_server_transport has a row for, as it arrived. */
export type SshServerTransportEvent = {
  [N in keyof SshServerTransportReceived]: Received<N, SshServerTransportReceived[N]>;
}[keyof SshServerTransportReceived];
/**
 * What the runtime implements for ssh_server_transport: one method per handler, typed row by row. A handler
 * is
 * pure: it returns the next state (only states its row permits type-check) with the outputs `A`
 * the runtime carries out; a send handler also gives the message to send. A missing handler is a
 * compile error.
 */
export interface SshServerTransportHandlers<A = unknown> {
  /** START send identification -> WAIT_IDENTIFICATION (specs/ssh/server-transport.spec:59) */
  sendIdentification(from: 'START'): SendStep<'WAIT_IDENTIFICATION', Uint8Array, A>;
  /** WAIT_IDENTIFICATION recv identification -> SEND_KEXINIT (specs/ssh/server-transport.spec:60) */
  onIdentification(
    message: Uint8Array,
    raw: Uint8Array,
    from: 'WAIT_IDENTIFICATION',
  ): Step<'SEND_KEXINIT', A>;
  /** SEND_KEXINIT send SSH_MSG_KEXINIT -> WAIT_KEXINIT (specs/ssh/server-transport.spec:61) */
  sendKexinit(from: 'SEND_KEXINIT'): SendStep<'WAIT_KEXINIT', SSH_MSG_KEXINITInput, A>;
  /**
   * WAIT_KEXINIT recv SSH_MSG_KEXINIT -> WAIT_KEX_ECDH_INIT | WAIT_KEXDH_INIT | WAIT_GEX_REQUEST |
   * DISCARD_GUESS (specs/ssh/server-transport.spec:62)
   */
  onKexinit(
    message: SSH_MSG_KEXINIT,
    raw: Uint8Array,
    from: 'WAIT_KEXINIT',
  ): Step<'WAIT_KEX_ECDH_INIT' | 'WAIT_KEXDH_INIT' | 'WAIT_GEX_REQUEST' | 'DISCARD_GUESS', A>;
  /**
   * DISCARD_GUESS recv wrong_kex_guess -> WAIT_KEX_ECDH_INIT | WAIT_KEXDH_INIT | WAIT_GEX_REQUEST
   * (specs/ssh/server-transport.spec:64)
   */
  onWrongKexGuess(
    message: Uint8Array,
    raw: Uint8Array,
    from: 'DISCARD_GUESS',
  ): Step<'WAIT_KEX_ECDH_INIT' | 'WAIT_KEXDH_INIT' | 'WAIT_GEX_REQUEST', A>;
  /**
   * WAIT_KEX_ECDH_INIT recv SSH_MSG_KEX_ECDH_INIT -> SEND_KEX_ECDH_REPLY (specs/ssh/server-transport.spec:68)
   */
  onKexEcdhInit(
    message: SSH_MSG_KEX_ECDH_INIT,
    raw: Uint8Array,
    from: 'WAIT_KEX_ECDH_INIT',
  ): Step<'SEND_KEX_ECDH_REPLY', A>;
  /** SEND_KEX_ECDH_REPLY send SSH_MSG_KEX_ECDH_REPLY -> SEND_NEWKEYS (specs/ssh/server-transport.spec:69) */
  sendKexEcdhReply(from: 'SEND_KEX_ECDH_REPLY'): SendStep<'SEND_NEWKEYS', SSH_MSG_KEX_ECDH_REPLYInput, A>;
  /** WAIT_KEXDH_INIT recv SSH_MSG_KEXDH_INIT -> SEND_KEXDH_REPLY (specs/ssh/server-transport.spec:71) */
  onKexdhInit(
    message: SSH_MSG_KEXDH_INIT,
    raw: Uint8Array,
    from: 'WAIT_KEXDH_INIT',
  ): Step<'SEND_KEXDH_REPLY', A>;
  /** SEND_KEXDH_REPLY send SSH_MSG_KEXDH_REPLY -> SEND_NEWKEYS (specs/ssh/server-transport.spec:72) */
  sendKexdhReply(from: 'SEND_KEXDH_REPLY'): SendStep<'SEND_NEWKEYS', SSH_MSG_KEXDH_REPLYInput, A>;
  /**
   * WAIT_GEX_REQUEST recv SSH_MSG_KEX_DH_GEX_REQUEST -> SEND_GEX_GROUP (specs/ssh/server-transport.spec:74)
   */
  onKexDhGexRequest(
    message: SSH_MSG_KEX_DH_GEX_REQUEST,
    raw: Uint8Array,
    from: 'WAIT_GEX_REQUEST',
  ): Step<'SEND_GEX_GROUP', A>;
  /**
   * WAIT_GEX_REQUEST recv SSH_MSG_KEX_DH_GEX_REQUEST_OLD -> SEND_GEX_GROUP
   * (specs/ssh/server-transport.spec:75)
   */
  onKexDhGexRequestOld(
    message: SSH_MSG_KEX_DH_GEX_REQUEST_OLD,
    raw: Uint8Array,
    from: 'WAIT_GEX_REQUEST',
  ): Step<'SEND_GEX_GROUP', A>;
  /** SEND_GEX_GROUP send SSH_MSG_KEX_DH_GEX_GROUP -> WAIT_GEX_INIT (specs/ssh/server-transport.spec:76) */
  sendKexDhGexGroup(from: 'SEND_GEX_GROUP'): SendStep<'WAIT_GEX_INIT', SSH_MSG_KEX_DH_GEX_GROUPInput, A>;
  /** WAIT_GEX_INIT recv SSH_MSG_KEX_DH_GEX_INIT -> SEND_GEX_REPLY (specs/ssh/server-transport.spec:77) */
  onKexDhGexInit(
    message: SSH_MSG_KEX_DH_GEX_INIT,
    raw: Uint8Array,
    from: 'WAIT_GEX_INIT',
  ): Step<'SEND_GEX_REPLY', A>;
  /** SEND_GEX_REPLY send SSH_MSG_KEX_DH_GEX_REPLY -> SEND_NEWKEYS (specs/ssh/server-transport.spec:78) */
  sendKexDhGexReply(from: 'SEND_GEX_REPLY'): SendStep<'SEND_NEWKEYS', SSH_MSG_KEX_DH_GEX_REPLYInput, A>;
  /**
   * SEND_NEWKEYS send SSH_MSG_NEWKEYS -> SEND_EXT_INFO | WAIT_NEWKEYS (specs/ssh/server-transport.spec:81)
   */
  sendNewkeys(from: 'SEND_NEWKEYS'): SendStep<'SEND_EXT_INFO' | 'WAIT_NEWKEYS', SSH_MSG_NEWKEYSInput, A>;
  /** SEND_EXT_INFO send SSH_MSG_EXT_INFO -> WAIT_NEWKEYS (specs/ssh/server-transport.spec:82) */
  sendExtInfo(from: 'SEND_EXT_INFO'): SendStep<'WAIT_NEWKEYS', SSH_MSG_EXT_INFOInput, A>;
  /** WAIT_NEWKEYS recv SSH_MSG_NEWKEYS -> WAIT_SERVICE_REQUEST (specs/ssh/server-transport.spec:83) */
  onNewkeys(message: SSH_MSG_NEWKEYS, raw: Uint8Array, from: 'WAIT_NEWKEYS'): Step<'WAIT_SERVICE_REQUEST', A>;
  /** WAIT_SERVICE_REQUEST recv SSH_MSG_EXT_INFO -> EXT_INFO_RECEIVED (specs/ssh/server-transport.spec:84) */
  onExtInfo(
    message: SSH_MSG_EXT_INFO,
    raw: Uint8Array,
    from: 'WAIT_SERVICE_REQUEST',
  ): Step<'EXT_INFO_RECEIVED', A>;
  /**
   * WAIT_SERVICE_REQUEST recv SSH_MSG_SERVICE_REQUEST -> SEND_SERVICE_ACCEPT
   * (specs/ssh/server-transport.spec:85)
   */
  onServiceRequest(
    message: SSH_MSG_SERVICE_REQUEST,
    raw: Uint8Array,
    from: 'WAIT_SERVICE_REQUEST',
  ): Step<'SEND_SERVICE_ACCEPT', A>;
  /**
   * EXT_INFO_RECEIVED recv SSH_MSG_SERVICE_REQUEST -> SEND_SERVICE_ACCEPT
   * (specs/ssh/server-transport.spec:86)
   */
  onServiceRequest(
    message: SSH_MSG_SERVICE_REQUEST,
    raw: Uint8Array,
    from: 'EXT_INFO_RECEIVED',
  ): Step<'SEND_SERVICE_ACCEPT', A>;
  /** SEND_SERVICE_ACCEPT send SSH_MSG_SERVICE_ACCEPT -> ESTABLISHED (specs/ssh/server-transport.spec:87) */
  sendServiceAccept(from: 'SEND_SERVICE_ACCEPT'): SendStep<'ESTABLISHED', SSH_MSG_SERVICE_ACCEPTInput, A>;
  /** ESTABLISHED send SSH_MSG_KEXINIT -> REKEY_WAIT_KEXINIT (specs/ssh/server-transport.spec:90) */
  sendRekeyKexinit(from: 'ESTABLISHED'): SendStep<'REKEY_WAIT_KEXINIT', SSH_MSG_KEXINITInput, A>;
  /** ESTABLISHED recv SSH_MSG_KEXINIT -> REKEY_SEND_KEXINIT (specs/ssh/server-transport.spec:91) */
  onRekeyKexinit(
    message: SSH_MSG_KEXINIT,
    raw: Uint8Array,
    from: 'ESTABLISHED',
  ): Step<'REKEY_SEND_KEXINIT', A>;
  /**
   * REKEY_SEND_KEXINIT send SSH_MSG_KEXINIT -> REKEY_WAIT_KEX_ECDH_INIT | REKEY_WAIT_KEXDH_INIT |
   * REKEY_WAIT_GEX_REQUEST | REKEY_DISCARD_GUESS (specs/ssh/server-transport.spec:92)
   */
  sendRekeyKexinitReply(
    from: 'REKEY_SEND_KEXINIT',
  ): SendStep<
    'REKEY_WAIT_KEX_ECDH_INIT' | 'REKEY_WAIT_KEXDH_INIT' | 'REKEY_WAIT_GEX_REQUEST' | 'REKEY_DISCARD_GUESS',
    SSH_MSG_KEXINITInput,
    A
  >;
  /**
   * REKEY_WAIT_KEXINIT recv SSH_MSG_KEXINIT -> REKEY_WAIT_KEX_ECDH_INIT | REKEY_WAIT_KEXDH_INIT |
   * REKEY_WAIT_GEX_REQUEST | REKEY_DISCARD_GUESS (specs/ssh/server-transport.spec:95)
   */
  onRekeyKexinitReply(
    message: SSH_MSG_KEXINIT,
    raw: Uint8Array,
    from: 'REKEY_WAIT_KEXINIT',
  ): Step<
    'REKEY_WAIT_KEX_ECDH_INIT' | 'REKEY_WAIT_KEXDH_INIT' | 'REKEY_WAIT_GEX_REQUEST' | 'REKEY_DISCARD_GUESS',
    A
  >;
  /**
   * REKEY_DISCARD_GUESS recv wrong_kex_guess -> REKEY_WAIT_KEX_ECDH_INIT | REKEY_WAIT_KEXDH_INIT |
   * REKEY_WAIT_GEX_REQUEST (specs/ssh/server-transport.spec:98)
   */
  onRekeyWrongKexGuess(
    message: Uint8Array,
    raw: Uint8Array,
    from: 'REKEY_DISCARD_GUESS',
  ): Step<'REKEY_WAIT_KEX_ECDH_INIT' | 'REKEY_WAIT_KEXDH_INIT' | 'REKEY_WAIT_GEX_REQUEST', A>;
  /**
   * REKEY_WAIT_KEX_ECDH_INIT recv SSH_MSG_KEX_ECDH_INIT -> REKEY_SEND_KEX_ECDH_REPLY
   * (specs/ssh/server-transport.spec:101)
   */
  onRekeyKexEcdhInit(
    message: SSH_MSG_KEX_ECDH_INIT,
    raw: Uint8Array,
    from: 'REKEY_WAIT_KEX_ECDH_INIT',
  ): Step<'REKEY_SEND_KEX_ECDH_REPLY', A>;
  /**
   * REKEY_SEND_KEX_ECDH_REPLY send SSH_MSG_KEX_ECDH_REPLY -> REKEY_SEND_NEWKEYS
   * (specs/ssh/server-transport.spec:102)
   */
  sendRekeyKexEcdhReply(
    from: 'REKEY_SEND_KEX_ECDH_REPLY',
  ): SendStep<'REKEY_SEND_NEWKEYS', SSH_MSG_KEX_ECDH_REPLYInput, A>;
  /**
   * REKEY_WAIT_KEXDH_INIT recv SSH_MSG_KEXDH_INIT -> REKEY_SEND_KEXDH_REPLY
   * (specs/ssh/server-transport.spec:104)
   */
  onRekeyKexdhInit(
    message: SSH_MSG_KEXDH_INIT,
    raw: Uint8Array,
    from: 'REKEY_WAIT_KEXDH_INIT',
  ): Step<'REKEY_SEND_KEXDH_REPLY', A>;
  /**
   * REKEY_SEND_KEXDH_REPLY send SSH_MSG_KEXDH_REPLY -> REKEY_SEND_NEWKEYS
   * (specs/ssh/server-transport.spec:105)
   */
  sendRekeyKexdhReply(
    from: 'REKEY_SEND_KEXDH_REPLY',
  ): SendStep<'REKEY_SEND_NEWKEYS', SSH_MSG_KEXDH_REPLYInput, A>;
  /**
   * REKEY_WAIT_GEX_REQUEST recv SSH_MSG_KEX_DH_GEX_REQUEST -> REKEY_SEND_GEX_GROUP
   * (specs/ssh/server-transport.spec:107)
   */
  onRekeyKexDhGexRequest(
    message: SSH_MSG_KEX_DH_GEX_REQUEST,
    raw: Uint8Array,
    from: 'REKEY_WAIT_GEX_REQUEST',
  ): Step<'REKEY_SEND_GEX_GROUP', A>;
  /**
   * REKEY_WAIT_GEX_REQUEST recv SSH_MSG_KEX_DH_GEX_REQUEST_OLD -> REKEY_SEND_GEX_GROUP
   * (specs/ssh/server-transport.spec:109)
   */
  onRekeyKexDhGexRequestOld(
    message: SSH_MSG_KEX_DH_GEX_REQUEST_OLD,
    raw: Uint8Array,
    from: 'REKEY_WAIT_GEX_REQUEST',
  ): Step<'REKEY_SEND_GEX_GROUP', A>;
  /**
   * REKEY_SEND_GEX_GROUP send SSH_MSG_KEX_DH_GEX_GROUP -> REKEY_WAIT_GEX_INIT
   * (specs/ssh/server-transport.spec:111)
   */
  sendRekeyKexDhGexGroup(
    from: 'REKEY_SEND_GEX_GROUP',
  ): SendStep<'REKEY_WAIT_GEX_INIT', SSH_MSG_KEX_DH_GEX_GROUPInput, A>;
  /**
   * REKEY_WAIT_GEX_INIT recv SSH_MSG_KEX_DH_GEX_INIT -> REKEY_SEND_GEX_REPLY
   * (specs/ssh/server-transport.spec:112)
   */
  onRekeyKexDhGexInit(
    message: SSH_MSG_KEX_DH_GEX_INIT,
    raw: Uint8Array,
    from: 'REKEY_WAIT_GEX_INIT',
  ): Step<'REKEY_SEND_GEX_REPLY', A>;
  /**
   * REKEY_SEND_GEX_REPLY send SSH_MSG_KEX_DH_GEX_REPLY -> REKEY_SEND_NEWKEYS
   * (specs/ssh/server-transport.spec:113)
   */
  sendRekeyKexDhGexReply(
    from: 'REKEY_SEND_GEX_REPLY',
  ): SendStep<'REKEY_SEND_NEWKEYS', SSH_MSG_KEX_DH_GEX_REPLYInput, A>;
  /** REKEY_SEND_NEWKEYS send SSH_MSG_NEWKEYS -> REKEY_WAIT_NEWKEYS (specs/ssh/server-transport.spec:115) */
  sendRekeyNewkeys(from: 'REKEY_SEND_NEWKEYS'): SendStep<'REKEY_WAIT_NEWKEYS', SSH_MSG_NEWKEYSInput, A>;
  /** REKEY_WAIT_NEWKEYS recv SSH_MSG_NEWKEYS -> ESTABLISHED (specs/ssh/server-transport.spec:116) */
  onRekeyNewkeys(
    message: SSH_MSG_NEWKEYS,
    raw: Uint8Array,
    from: 'REKEY_WAIT_NEWKEYS',
  ): Step<'ESTABLISHED', A>;
}

/**
 * The ssh_server_transport transition table: state, then `"<direction> <message>"`, then the handler and
 * the states it may pick. A pair that is not here is an unexpected message.
 * @see RFC 4253 §7
 * @see RFC 4419 §3
 * @see RFC 8308 §2.4
 */
export const sshServerTransportTransitions = {
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
    'recv SSH_MSG_KEXINIT': {
      handler: 'onKexinit',
      next: ['WAIT_KEX_ECDH_INIT', 'WAIT_KEXDH_INIT', 'WAIT_GEX_REQUEST', 'DISCARD_GUESS'],
    },
  },
  WAIT_KEX_ECDH_INIT: {
    'recv SSH_MSG_KEX_ECDH_INIT': { handler: 'onKexEcdhInit', next: ['SEND_KEX_ECDH_REPLY'] },
  },
  WAIT_KEXDH_INIT: {
    'recv SSH_MSG_KEXDH_INIT': { handler: 'onKexdhInit', next: ['SEND_KEXDH_REPLY'] },
  },
  WAIT_GEX_REQUEST: {
    'recv SSH_MSG_KEX_DH_GEX_REQUEST': { handler: 'onKexDhGexRequest', next: ['SEND_GEX_GROUP'] },
    'recv SSH_MSG_KEX_DH_GEX_REQUEST_OLD': { handler: 'onKexDhGexRequestOld', next: ['SEND_GEX_GROUP'] },
  },
  DISCARD_GUESS: {
    'recv wrong_kex_guess': {
      handler: 'onWrongKexGuess',
      next: ['WAIT_KEX_ECDH_INIT', 'WAIT_KEXDH_INIT', 'WAIT_GEX_REQUEST'],
    },
  },
  SEND_KEX_ECDH_REPLY: {
    'send SSH_MSG_KEX_ECDH_REPLY': { handler: 'sendKexEcdhReply', next: ['SEND_NEWKEYS'] },
  },
  SEND_NEWKEYS: {
    'send SSH_MSG_NEWKEYS': { handler: 'sendNewkeys', next: ['SEND_EXT_INFO', 'WAIT_NEWKEYS'] },
  },
  SEND_KEXDH_REPLY: {
    'send SSH_MSG_KEXDH_REPLY': { handler: 'sendKexdhReply', next: ['SEND_NEWKEYS'] },
  },
  SEND_GEX_GROUP: {
    'send SSH_MSG_KEX_DH_GEX_GROUP': { handler: 'sendKexDhGexGroup', next: ['WAIT_GEX_INIT'] },
  },
  WAIT_GEX_INIT: {
    'recv SSH_MSG_KEX_DH_GEX_INIT': { handler: 'onKexDhGexInit', next: ['SEND_GEX_REPLY'] },
  },
  SEND_GEX_REPLY: {
    'send SSH_MSG_KEX_DH_GEX_REPLY': { handler: 'sendKexDhGexReply', next: ['SEND_NEWKEYS'] },
  },
  SEND_EXT_INFO: {
    'send SSH_MSG_EXT_INFO': { handler: 'sendExtInfo', next: ['WAIT_NEWKEYS'] },
  },
  WAIT_NEWKEYS: {
    'recv SSH_MSG_NEWKEYS': { handler: 'onNewkeys', next: ['WAIT_SERVICE_REQUEST'] },
  },
  WAIT_SERVICE_REQUEST: {
    'recv SSH_MSG_EXT_INFO': { handler: 'onExtInfo', next: ['EXT_INFO_RECEIVED'] },
    'recv SSH_MSG_SERVICE_REQUEST': { handler: 'onServiceRequest', next: ['SEND_SERVICE_ACCEPT'] },
  },
  EXT_INFO_RECEIVED: {
    'recv SSH_MSG_SERVICE_REQUEST': { handler: 'onServiceRequest', next: ['SEND_SERVICE_ACCEPT'] },
  },
  SEND_SERVICE_ACCEPT: {
    'send SSH_MSG_SERVICE_ACCEPT': { handler: 'sendServiceAccept', next: ['ESTABLISHED'] },
  },
  ESTABLISHED: {
    'send SSH_MSG_KEXINIT': { handler: 'sendRekeyKexinit', next: ['REKEY_WAIT_KEXINIT'] },
    'recv SSH_MSG_KEXINIT': { handler: 'onRekeyKexinit', next: ['REKEY_SEND_KEXINIT'] },
  },
  REKEY_WAIT_KEXINIT: {
    'recv SSH_MSG_KEXINIT': {
      handler: 'onRekeyKexinitReply',
      next: [
        'REKEY_WAIT_KEX_ECDH_INIT',
        'REKEY_WAIT_KEXDH_INIT',
        'REKEY_WAIT_GEX_REQUEST',
        'REKEY_DISCARD_GUESS',
      ],
    },
  },
  REKEY_SEND_KEXINIT: {
    'send SSH_MSG_KEXINIT': {
      handler: 'sendRekeyKexinitReply',
      next: [
        'REKEY_WAIT_KEX_ECDH_INIT',
        'REKEY_WAIT_KEXDH_INIT',
        'REKEY_WAIT_GEX_REQUEST',
        'REKEY_DISCARD_GUESS',
      ],
    },
  },
  REKEY_WAIT_KEX_ECDH_INIT: {
    'recv SSH_MSG_KEX_ECDH_INIT': { handler: 'onRekeyKexEcdhInit', next: ['REKEY_SEND_KEX_ECDH_REPLY'] },
  },
  REKEY_WAIT_KEXDH_INIT: {
    'recv SSH_MSG_KEXDH_INIT': { handler: 'onRekeyKexdhInit', next: ['REKEY_SEND_KEXDH_REPLY'] },
  },
  REKEY_WAIT_GEX_REQUEST: {
    'recv SSH_MSG_KEX_DH_GEX_REQUEST': { handler: 'onRekeyKexDhGexRequest', next: ['REKEY_SEND_GEX_GROUP'] },
    'recv SSH_MSG_KEX_DH_GEX_REQUEST_OLD': {
      handler: 'onRekeyKexDhGexRequestOld',
      next: ['REKEY_SEND_GEX_GROUP'],
    },
  },
  REKEY_DISCARD_GUESS: {
    'recv wrong_kex_guess': {
      handler: 'onRekeyWrongKexGuess',
      next: ['REKEY_WAIT_KEX_ECDH_INIT', 'REKEY_WAIT_KEXDH_INIT', 'REKEY_WAIT_GEX_REQUEST'],
    },
  },
  REKEY_SEND_KEX_ECDH_REPLY: {
    'send SSH_MSG_KEX_ECDH_REPLY': { handler: 'sendRekeyKexEcdhReply', next: ['REKEY_SEND_NEWKEYS'] },
  },
  REKEY_SEND_NEWKEYS: {
    'send SSH_MSG_NEWKEYS': { handler: 'sendRekeyNewkeys', next: ['REKEY_WAIT_NEWKEYS'] },
  },
  REKEY_SEND_KEXDH_REPLY: {
    'send SSH_MSG_KEXDH_REPLY': { handler: 'sendRekeyKexdhReply', next: ['REKEY_SEND_NEWKEYS'] },
  },
  REKEY_SEND_GEX_GROUP: {
    'send SSH_MSG_KEX_DH_GEX_GROUP': { handler: 'sendRekeyKexDhGexGroup', next: ['REKEY_WAIT_GEX_INIT'] },
  },
  REKEY_WAIT_GEX_INIT: {
    'recv SSH_MSG_KEX_DH_GEX_INIT': { handler: 'onRekeyKexDhGexInit', next: ['REKEY_SEND_GEX_REPLY'] },
  },
  REKEY_SEND_GEX_REPLY: {
    'send SSH_MSG_KEX_DH_GEX_REPLY': { handler: 'sendRekeyKexDhGexReply', next: ['REKEY_SEND_NEWKEYS'] },
  },
  REKEY_WAIT_NEWKEYS: {
    'recv SSH_MSG_NEWKEYS': { handler: 'onRekeyNewkeys', next: ['ESTABLISHED'] },
  },
} as const satisfies MachineTable<SshServerTransportState, keyof SshServerTransportHandlers>;
/**
 * Run the ssh_server_transport row for a message that arrived in `state`: its handler gets the message, its
 * bytes and the state, and returns the next state and its outputs.
 * @throws UnexpectedMessageError (from @otpnet/wire) when the table has no row for it, or the name
 * is not one of the machine's.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function receiveSshServerTransport<A>(
  handlers: SshServerTransportHandlers<A>,
  state: SshServerTransportState,
  m: SshServerTransportEvent | Received,
): Step<SshServerTransportState, A> {
  return stepMachine('ssh_server_transport', sshServerTransportTransitions, handlers, state, 'recv', m.name, [
    m.message,
    m.raw,
    state,
  ]) as Step<SshServerTransportState, A>;
}

/**
 * Run the ssh_server_transport row that sends `message` from `state`: its handler gives the message (as its
 * encoder takes it), the next state and its outputs.
 * @throws UnexpectedMessageError when the table has no row for it.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function sendSshServerTransport<A, N extends keyof SshServerTransportSent>(
  handlers: SshServerTransportHandlers<A>,
  state: SshServerTransportState,
  message: N,
): SendStep<SshServerTransportState, SshServerTransportSent[N], A> {
  return stepMachine(
    'ssh_server_transport',
    sshServerTransportTransitions,
    handlers,
    state,
    'send',
    message,
    [state],
  ) as SendStep<SshServerTransportState, SshServerTransportSent[N], A>;
}
