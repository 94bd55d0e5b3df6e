// Generated from specs/ssh/client-transport.spec by otpnet-gen. Do not edit.
import { type MachineTable, type Received, type SendStep, type Step, stepMachine } from '@otpnet/wire';
import type {
  SSH_MSG_KEX_DH_GEX_GROUP,
  SSH_MSG_KEX_DH_GEX_INITInput,
  SSH_MSG_KEX_DH_GEX_REPLY,
  SSH_MSG_KEX_DH_GEX_REQUEST_OLDInput,
  SSH_MSG_KEX_DH_GEX_REQUESTInput,
} from './kex-dh-gex.js';
import type { SSH_MSG_KEXDH_INITInput, SSH_MSG_KEXDH_REPLY } from './kex-dh.js';
import type { SSH_MSG_KEX_ECDH_INITInput, SSH_MSG_KEX_ECDH_REPLY } from './kex-ecdh.js';
import type {
  SSH_MSG_EXT_INFO,
  SSH_MSG_EXT_INFOInput,
  SSH_MSG_KEXINIT,
  SSH_MSG_KEXINITInput,
  SSH_MSG_NEWKEYS,
  SSH_MSG_NEWKEYSInput,
  SSH_MSG_SERVICE_ACCEPT,
  SSH_MSG_SERVICE_REQUESTInput,
} from './transport.js';

/**
 * A state of the ssh_client_transport machine.
 * @see RFC 4253 §7
 * @see RFC 4419 §3
 * @see RFC 8308 §2.4
 */
export type SshClientTransportState =
  | 'START'
  | 'WAIT_IDENTIFICATION'
  | 'SEND_KEXINIT'
  | 'WAIT_KEXINIT'
  | 'GUESS_KEX_ECDH_INIT'
  | 'GUESS_KEXDH_INIT'
  | 'GUESS_GEX_REQUEST'
  | 'SEND_KEX_ECDH_INIT'
  | 'SEND_KEXDH_INIT'
  | 'SEND_GEX_REQUEST'
  | 'DISCARD_GUESS'
  | 'GUESSED_KEX_ECDH'
  | 'GUESSED_KEXDH'
  | 'GUESSED_GEX'
  | 'WAIT_KEX_ECDH_REPLY'
  | 'WAIT_KEXDH_REPLY'
  | 'WAIT_GEX_GROUP'
  | 'SEND_NEWKEYS'
  | 'SEND_GEX_INIT'
  | 'WAIT_GEX_REPLY'
  | 'SEND_EXT_INFO'
  | 'WAIT_NEWKEYS'
  | 'SEND_SERVICE_REQUEST'
  | 'WAIT_SERVICE_ACCEPT'
  | 'EXT_INFO_RECEIVED'
  | 'ESTABLISHED'
  | 'REKEY_WAIT_KEXINIT'
  | 'REKEY_SEND_KEXINIT'
  | 'REKEY_SEND_KEX_ECDH_INIT'
  | 'REKEY_SEND_KEXDH_INIT'
  | 'REKEY_SEND_GEX_REQUEST'
  | 'REKEY_DISCARD_GUESS'
  | 'REKEY_WAIT_KEX_ECDH_REPLY'
  | 'REKEY_SEND_NEWKEYS'
  | 'REKEY_WAIT_KEXDH_REPLY'
  | 'REKEY_WAIT_GEX_GROUP'
  | 'REKEY_SEND_GEX_INIT'
  | 'REKEY_WAIT_GEX_REPLY'
  | 'REKEY_WAIT_NEWKEYS';
/** Every {@link SshClientTransportState}, in spec order. */
export const sshClientTransportStates = [
  'START',
  'WAIT_IDENTIFICATION',
  'SEND_KEXINIT',
  'WAIT_KEXINIT',
  'GUESS_KEX_ECDH_INIT',
  'GUESS_KEXDH_INIT',
  'GUESS_GEX_REQUEST',
  'SEND_KEX_ECDH_INIT',
  'SEND_KEXDH_INIT',
  'SEND_GEX_REQUEST',
  'DISCARD_GUESS',
  'GUESSED_KEX_ECDH',
  'GUESSED_KEXDH',
  'GUESSED_GEX',
  'WAIT_KEX_ECDH_REPLY',
  'WAIT_KEXDH_REPLY',
  'WAIT_GEX_GROUP',
  'SEND_NEWKEYS',
  'SEND_GEX_INIT',
  'WAIT_GEX_REPLY',
  'SEND_EXT_INFO',
  'WAIT_NEWKEYS',
  'SEND_SERVICE_REQUEST',
  'WAIT_SERVICE_ACCEPT',
  'EXT_INFO_RECEIVED',
  'ESTABLISHED',
  'REKEY_WAIT_KEXINIT',
  'REKEY_SEND_KEXINIT',
  'REKEY_SEND_KEX_ECDH_INIT',
  'REKEY_SEND_KEXDH_INIT',
  'REKEY_SEND_GEX_REQUEST',
  'REKEY_DISCARD_GUESS',
  'REKEY_WAIT_KEX_ECDH_REPLY',
  'REKEY_SEND_NEWKEYS',
  'REKEY_WAIT_KEXDH_REPLY',
  'REKEY_WAIT_GEX_GROUP',
  'REKEY_SEND_GEX_INIT',
  'REKEY_WAIT_GEX_REPLY',
  'REKEY_WAIT_NEWKEYS',
] as const satisfies readonly SshClientTransportState[];
/** The state ssh_client_transport starts in. */
export const sshClientTransportInitial = 'START' satisfies SshClientTransportState;
/** The states ssh_client_transport may stop in. */
export const sshClientTransportFinals = ['ESTABLISHED'] as const satisfies readonly SshClientTransportState[];
/** The messages ssh_client_transport receives, and what each decodes to. */
export interface SshClientTransportReceived {
  identification: Uint8Array;
  SSH_MSG_KEXINIT: SSH_MSG_KEXINIT;
  wrong_kex_guess: Uint8Array;
  SSH_MSG_KEX_ECDH_REPLY: SSH_MSG_KEX_ECDH_REPLY;
  SSH_MSG_KEXDH_REPLY: SSH_MSG_KEXDH_REPLY;
  SSH_MSG_KEX_DH_GEX_GROUP: SSH_MSG_KEX_DH_GEX_GROUP;
  SSH_MSG_KEX_DH_GEX_REPLY: SSH_MSG_KEX_DH_GEX_REPLY;
  SSH_MSG_NEWKEYS: SSH_MSG_NEWKEYS;
  SSH_MSG_EXT_INFO: SSH_MSG_EXT_INFO;
  SSH_MSG_SERVICE_ACCEPT: SSH_MSG_SERVICE_ACCEPT;
}

/** The messages ssh_client_transport sends, each as its encoder takes it. */
export interface SshClientTransportSent {
  identification: Uint8Array;
  SSH_MSG_KEXINIT: SSH_MSG_KEXINITInput;
  SSH_MSG_KEX_ECDH_INIT: SSH_MSG_KEX_ECDH_INITInput;
  SSH_MSG_KEXDH_INIT: SSH_MSG_KEXDH_INITInput;
  SSH_MSG_KEX_DH_GEX_REQUEST: SSH_MSG_KEX_DH_GEX_REQUESTInput;
  SSH_MSG_KEX_DH_GEX_REQUEST_OLD: SSH_MSG_KEX_DH_GEX_REQUEST_OLDInput;
  SSH_MSG_KEX_DH_GEX_INIT: SSH_MSG_KEX_DH_GEX_INITInput;
  SSH_MSG_NEWKEYS: SSH_MSG_NEWKEYSInput;
  SSH_MSG_EXT_INFO: SSH_MSG_EXT_INFOInput;
  SSH_MSG_SERVICE_REQUEST: SSH_MSG_SERVICE_REQUESTInput;
}

/** A message that a row of ssh_client_transport names. */
export type SshClientTransportMessage =
  | 'identification'
  | 'SSH_MSG_KEXINIT'
  | 'wrong_kex_guess'
  | 'SSH_MSG_KEX_ECDH_INIT'
  | 'SSH_MSG_KEXDH_INIT'
  | 'SSH_MSG_KEX_DH_GEX_REQUEST'
  | 'SSH_MSG_KEX_DH_GEX_REQUEST_OLD'
  | 'SSH_MSG_KEX_ECDH_REPLY'
  | 'SSH_MSG_KEXDH_REPLY'
  | 'SSH_MSG_KEX_DH_GEX_GROUP'
  | 'SSH_MSG_KEX_DH_GEX_INIT'
  | 'SSH_MSG_KEX_DH_GEX_REPLY'
  | 'SSH_MSG_NEWKEYS'
  | 'SSH_MSG_EXT_INFO'
  | 'SSH_MSG_SERVICE_REQUEST'
  | 'SSH_MSG_SERVICE_ACCEPT';
/** Every {@link SshClientTransportMessage}, in spec order. */
export const sshClientTransportMessages = [
  'identification',
  'SSH_MSG_KEXINIT',
  'wrong_kex_guess',
  'SSH_MSG_KEX_ECDH_INIT',
  'SSH_MSG_KEXDH_INIT',
  'SSH_MSG_KEX_DH_GEX_REQUEST',
  'SSH_MSG_KEX_DH_GEX_REQUEST_OLD',
  'SSH_MSG_KEX_ECDH_REPLY',
  'SSH_MSG_KEXDH_REPLY',
  'SSH_MSG_KEX_DH_GEX_GROUP',
  'SSH_MSG_KEX_DH_GEX_INIT',
  'SSH_MSG_KEX_DH_GEX_REPLY',
  'SSH_MSG_NEWKEYS',
  'SSH_MSG_EXT_INFO',
  'SSH_MSG_SERVICE_REQUEST',
  'SSH_MSG_SERVICE_ACCEPT',
] as const satisfies readonly SshClientTransportMessage[];
/** A message ssh_client_transport has a row for, as it arrived. */
export type SshClientTransportEvent = {
  [N in keyof SshClientTransportReceived]: Received<N, SshClientTransportReceived[N]>;
}[keyof SshClientTransportReceived];
/**
 * What the runtime implements for ssh_client_transport: one method per handler, typed row by row. A handler
 * is
 * pure: it returns the next state (only states its row permits type-check) with the outputs `A`
 * the runtime carries out; a send handler also gives the message to send. A missing handler is a
 * compile error.
 */
export interface SshClientTransportHandlers<A = unknown> {
  /** START send identification -> WAIT_IDENTIFICATION (specs/ssh/client-transport.spec:66) */
  sendIdentification(from: 'START'): SendStep<'WAIT_IDENTIFICATION', Uint8Array, A>;
  /** WAIT_IDENTIFICATION recv identification -> SEND_KEXINIT (specs/ssh/client-transport.spec:67) */
  onIdentification(
    message: Uint8Array,
    raw: Uint8Array,
    from: 'WAIT_IDENTIFICATION',
  ): Step<'SEND_KEXINIT', A>;
  /**
   * SEND_KEXINIT send SSH_MSG_KEXINIT -> WAIT_KEXINIT | GUESS_KEX_ECDH_INIT | GUESS_KEXDH_INIT |
   * GUESS_GEX_REQUEST (specs/ssh/client-transport.spec:68)
   */
  sendKexinit(
    from: 'SEND_KEXINIT',
  ): SendStep<
    'WAIT_KEXINIT' | 'GUESS_KEX_ECDH_INIT' | 'GUESS_KEXDH_INIT' | 'GUESS_GEX_REQUEST',
    SSH_MSG_KEXINITInput,
    A
  >;
  /**
   * WAIT_KEXINIT recv SSH_MSG_KEXINIT -> SEND_KEX_ECDH_INIT | SEND_KEXDH_INIT | SEND_GEX_REQUEST |
   * DISCARD_GUESS (specs/ssh/client-transport.spec:70)
   */
  onKexinit(
    message: SSH_MSG_KEXINIT,
    raw: Uint8Array,
    from: 'WAIT_KEXINIT',
  ): Step<'SEND_KEX_ECDH_INIT' | 'SEND_KEXDH_INIT' | 'SEND_GEX_REQUEST' | 'DISCARD_GUESS', A>;
  /**
   * DISCARD_GUESS recv wrong_kex_guess -> SEND_KEX_ECDH_INIT | SEND_KEXDH_INIT | SEND_GEX_REQUEST
   * (specs/ssh/client-transport.spec:72)
   */
  onWrongKexGuess(
    message: Uint8Array,
    raw: Uint8Array,
    from: 'DISCARD_GUESS',
  ): Step<'SEND_KEX_ECDH_INIT' | 'SEND_KEXDH_INIT' | 'SEND_GEX_REQUEST', A>;
  /**
   * GUESS_KEX_ECDH_INIT send SSH_MSG_KEX_ECDH_INIT -> GUESSED_KEX_ECDH (specs/ssh/client-transport.spec:76)
   */
  sendGuessedKexEcdhInit(
    from: 'GUESS_KEX_ECDH_INIT',
  ): SendStep<'GUESSED_KEX_ECDH', SSH_MSG_KEX_ECDH_INITInput, A>;
  /** GUESS_KEXDH_INIT send SSH_MSG_KEXDH_INIT -> GUESSED_KEXDH (specs/ssh/client-transport.spec:77) */
  sendGuessedKexdhInit(from: 'GUESS_KEXDH_INIT'): SendStep<'GUESSED_KEXDH', SSH_MSG_KEXDH_INITInput, A>;
  /** GUESS_GEX_REQUEST send SSH_MSG_KEX_DH_GEX_REQUEST -> GUESSED_GEX (specs/ssh/client-transport.spec:78) */
  sendGuessedKexDhGexRequest(
    from: 'GUESS_GEX_REQUEST',
  ): SendStep<'GUESSED_GEX', SSH_MSG_KEX_DH_GEX_REQUESTInput, A>;
  /**
   * GUESS_GEX_REQUEST send SSH_MSG_KEX_DH_GEX_REQUEST_OLD -> GUESSED_GEX (specs/ssh/client-transport.spec:79)
   */
  sendGuessedKexDhGexRequestOld(
    from: 'GUESS_GEX_REQUEST',
  ): SendStep<'GUESSED_GEX', SSH_MSG_KEX_DH_GEX_REQUEST_OLDInput, A>;
  /**
   * GUESSED_KEX_ECDH recv SSH_MSG_KEXINIT -> WAIT_KEX_ECDH_REPLY | SEND_KEX_ECDH_INIT | SEND_KEXDH_INIT |
   * SEND_GEX_REQUEST (specs/ssh/client-transport.spec:80)
   */
  onKexinitAfterKexEcdhGuess(
    message: SSH_MSG_KEXINIT,
    raw: Uint8Array,
    from: 'GUESSED_KEX_ECDH',
  ): Step<'WAIT_KEX_ECDH_REPLY' | 'SEND_KEX_ECDH_INIT' | 'SEND_KEXDH_INIT' | 'SEND_GEX_REQUEST', A>;
  /**
   * GUESSED_KEXDH recv SSH_MSG_KEXINIT -> WAIT_KEXDH_REPLY | SEND_KEX_ECDH_INIT | SEND_KEXDH_INIT |
   * SEND_GEX_REQUEST (specs/ssh/client-transport.spec:83)
   */
  onKexinitAfterKexdhGuess(
    message: SSH_MSG_KEXINIT,
    raw: Uint8Array,
    from: 'GUESSED_KEXDH',
  ): Step<'WAIT_KEXDH_REPLY' | 'SEND_KEX_ECDH_INIT' | 'SEND_KEXDH_INIT' | 'SEND_GEX_REQUEST', A>;
  /**
   * GUESSED_GEX recv SSH_MSG_KEXINIT -> WAIT_GEX_GROUP | SEND_KEX_ECDH_INIT | SEND_KEXDH_INIT |
   * SEND_GEX_REQUEST (specs/ssh/client-transport.spec:86)
   */
  onKexinitAfterGexGuess(
    message: SSH_MSG_KEXINIT,
    raw: Uint8Array,
    from: 'GUESSED_GEX',
  ): Step<'WAIT_GEX_GROUP' | 'SEND_KEX_ECDH_INIT' | 'SEND_KEXDH_INIT' | 'SEND_GEX_REQUEST', A>;
  /**
   * SEND_KEX_ECDH_INIT send SSH_MSG_KEX_ECDH_INIT -> WAIT_KEX_ECDH_REPLY (specs/ssh/client-transport.spec:91)
   */
  sendKexEcdhInit(from: 'SEND_KEX_ECDH_INIT'): SendStep<'WAIT_KEX_ECDH_REPLY', SSH_MSG_KEX_ECDH_INITInput, A>;
  /** WAIT_KEX_ECDH_REPLY recv SSH_MSG_KEX_ECDH_REPLY -> SEND_NEWKEYS (specs/ssh/client-transport.spec:92) */
  onKexEcdhReply(
    message: SSH_MSG_KEX_ECDH_REPLY,
    raw: Uint8Array,
    from: 'WAIT_KEX_ECDH_REPLY',
  ): Step<'SEND_NEWKEYS', A>;
  /** SEND_KEXDH_INIT send SSH_MSG_KEXDH_INIT -> WAIT_KEXDH_REPLY (specs/ssh/client-transport.spec:94) */
  sendKexdhInit(from: 'SEND_KEXDH_INIT'): SendStep<'WAIT_KEXDH_REPLY', SSH_MSG_KEXDH_INITInput, A>;
  /** WAIT_KEXDH_REPLY recv SSH_MSG_KEXDH_REPLY -> SEND_NEWKEYS (specs/ssh/client-transport.spec:95) */
  onKexdhReply(
    message: SSH_MSG_KEXDH_REPLY,
    raw: Uint8Array,
    from: 'WAIT_KEXDH_REPLY',
  ): Step<'SEND_NEWKEYS', A>;
  /**
   * SEND_GEX_REQUEST send SSH_MSG_KEX_DH_GEX_REQUEST -> WAIT_GEX_GROUP (specs/ssh/client-transport.spec:97)
   */
  sendKexDhGexRequest(
    from: 'SEND_GEX_REQUEST',
  ): SendStep<'WAIT_GEX_GROUP', SSH_MSG_KEX_DH_GEX_REQUESTInput, A>;
  /**
   * SEND_GEX_REQUEST send SSH_MSG_KEX_DH_GEX_REQUEST_OLD -> WAIT_GEX_GROUP
   * (specs/ssh/client-transport.spec:98)
   */
  sendKexDhGexRequestOld(
    from: 'SEND_GEX_REQUEST',
  ): SendStep<'WAIT_GEX_GROUP', SSH_MSG_KEX_DH_GEX_REQUEST_OLDInput, A>;
  /** WAIT_GEX_GROUP recv SSH_MSG_KEX_DH_GEX_GROUP -> SEND_GEX_INIT (specs/ssh/client-transport.spec:99) */
  onKexDhGexGroup(
    message: SSH_MSG_KEX_DH_GEX_GROUP,
    raw: Uint8Array,
    from: 'WAIT_GEX_GROUP',
  ): Step<'SEND_GEX_INIT', A>;
  /** SEND_GEX_INIT send SSH_MSG_KEX_DH_GEX_INIT -> WAIT_GEX_REPLY (specs/ssh/client-transport.spec:100) */
  sendKexDhGexInit(from: 'SEND_GEX_INIT'): SendStep<'WAIT_GEX_REPLY', SSH_MSG_KEX_DH_GEX_INITInput, A>;
  /** WAIT_GEX_REPLY recv SSH_MSG_KEX_DH_GEX_REPLY -> SEND_NEWKEYS (specs/ssh/client-transport.spec:101) */
  onKexDhGexReply(
    message: SSH_MSG_KEX_DH_GEX_REPLY,
    raw: Uint8Array,
    from: 'WAIT_GEX_REPLY',
  ): Step<'SEND_NEWKEYS', A>;
  /**
   * SEND_NEWKEYS send SSH_MSG_NEWKEYS -> SEND_EXT_INFO | WAIT_NEWKEYS (specs/ssh/client-transport.spec:104)
   */
  sendNewkeys(from: 'SEND_NEWKEYS'): SendStep<'SEND_EXT_INFO' | 'WAIT_NEWKEYS', SSH_MSG_NEWKEYSInput, A>;
  /** SEND_EXT_INFO send SSH_MSG_EXT_INFO -> WAIT_NEWKEYS (specs/ssh/client-transport.spec:105) */
  sendExtInfo(from: 'SEND_EXT_INFO'): SendStep<'WAIT_NEWKEYS', SSH_MSG_EXT_INFOInput, A>;
  /** WAIT_NEWKEYS recv SSH_MSG_NEWKEYS -> SEND_SERVICE_REQUEST (specs/ssh/client-transport.spec:106) */
  onNewkeys(message: SSH_MSG_NEWKEYS, raw: Uint8Array, from: 'WAIT_NEWKEYS'): Step<'SEND_SERVICE_REQUEST', A>;
  /**
   * SEND_SERVICE_REQUEST send SSH_MSG_SERVICE_REQUEST -> WAIT_SERVICE_ACCEPT
   * (specs/ssh/client-transport.spec:107)
   */
  sendServiceRequest(
    from: 'SEND_SERVICE_REQUEST',
  ): SendStep<'WAIT_SERVICE_ACCEPT', SSH_MSG_SERVICE_REQUESTInput, A>;
  /** WAIT_SERVICE_ACCEPT recv SSH_MSG_EXT_INFO -> EXT_INFO_RECEIVED (specs/ssh/client-transport.spec:108) */
  onExtInfo(
    message: SSH_MSG_EXT_INFO,
    raw: Uint8Array,
    from: 'WAIT_SERVICE_ACCEPT',
  ): Step<'EXT_INFO_RECEIVED', A>;
  /** WAIT_SERVICE_ACCEPT recv SSH_MSG_SERVICE_ACCEPT -> ESTABLISHED (specs/ssh/client-transport.spec:109) */
  onServiceAccept(
    message: SSH_MSG_SERVICE_ACCEPT,
    raw: Uint8Array,
    from: 'WAIT_SERVICE_ACCEPT',
  ): Step<'ESTABLISHED', A>;
  /** EXT_INFO_RECEIVED recv SSH_MSG_SERVICE_ACCEPT -> ESTABLISHED (specs/ssh/client-transport.spec:110) */
  onServiceAccept(
    message: SSH_MSG_SERVICE_ACCEPT,
    raw: Uint8Array,
    from: 'EXT_INFO_RECEIVED',
  ): Step<'ESTABLISHED', A>;
  /** ESTABLISHED send SSH_MSG_KEXINIT -> REKEY_WAIT_KEXINIT (specs/ssh/client-transport.spec:113) */
  sendRekeyKexinit(from: 'ESTABLISHED'): SendStep<'REKEY_WAIT_KEXINIT', SSH_MSG_KEXINITInput, A>;
  /** ESTABLISHED recv SSH_MSG_KEXINIT -> REKEY_SEND_KEXINIT (specs/ssh/client-transport.spec:114) */
  onRekeyKexinit(
    message: SSH_MSG_KEXINIT,
    raw: Uint8Array,
    from: 'ESTABLISHED',
  ): Step<'REKEY_SEND_KEXINIT', A>;
  /**
   * REKEY_SEND_KEXINIT send SSH_MSG_KEXINIT -> REKEY_SEND_KEX_ECDH_INIT | REKEY_SEND_KEXDH_INIT |
   * REKEY_SEND_GEX_REQUEST | REKEY_DISCARD_GUESS (specs/ssh/client-transport.spec:115)
   */
  sendRekeyKexinitReply(
    from: 'REKEY_SEND_KEXINIT',
  ): SendStep<
    'REKEY_SEND_KEX_ECDH_INIT' | 'REKEY_SEND_KEXDH_INIT' | 'REKEY_SEND_GEX_REQUEST' | 'REKEY_DISCARD_GUESS',
    SSH_MSG_KEXINITInput,
    A
  >;
  /**
   * REKEY_WAIT_KEXINIT recv SSH_MSG_KEXINIT -> REKEY_SEND_KEX_ECDH_INIT | REKEY_SEND_KEXDH_INIT |
   * REKEY_SEND_GEX_REQUEST | REKEY_DISCARD_GUESS (specs/ssh/client-transport.spec:118)
   */
  onRekeyKexinitReply(
    message: SSH_MSG_KEXINIT,
    raw: Uint8Array,
    from: 'REKEY_WAIT_KEXINIT',
  ): Step<
    'REKEY_SEND_KEX_ECDH_INIT' | 'REKEY_SEND_KEXDH_INIT' | 'REKEY_SEND_GEX_REQUEST' | 'REKEY_DISCARD_GUESS',
    A
  >;
  /**
   * REKEY_DISCARD_GUESS recv wrong_kex_guess -> REKEY_SEND_KEX_ECDH_INIT | REKEY_SEND_KEXDH_INIT |
   * REKEY_SEND_GEX_REQUEST (specs/ssh/client-transport.spec:121)
   */
  onRekeyWrongKexGuess(
    message: Uint8Array,
    raw: Uint8Array,
    from: 'REKEY_DISCARD_GUESS',
  ): Step<'REKEY_SEND_KEX_ECDH_INIT' | 'REKEY_SEND_KEXDH_INIT' | 'REKEY_SEND_GEX_REQUEST', A>;
  /**
   * REKEY_SEND_KEX_ECDH_INIT send SSH_MSG_KEX_ECDH_INIT -> REKEY_WAIT_KEX_ECDH_REPLY
   * (specs/ssh/client-transport.spec:124)
   */
  sendRekeyKexEcdhInit(
    from: 'REKEY_SEND_KEX_ECDH_INIT',
  ): SendStep<'REKEY_WAIT_KEX_ECDH_REPLY', SSH_MSG_KEX_ECDH_INITInput, A>;
  /**
   * REKEY_WAIT_KEX_ECDH_REPLY recv SSH_MSG_KEX_ECDH_REPLY -> REKEY_SEND_NEWKEYS
   * (specs/ssh/client-transport.spec:125)
   */
  onRekeyKexEcdhReply(
    message: SSH_MSG_KEX_ECDH_REPLY,
    raw: Uint8Array,
    from: 'REKEY_WAIT_KEX_ECDH_REPLY',
  ): Step<'REKEY_SEND_NEWKEYS', A>;
  /**
   * REKEY_SEND_KEXDH_INIT send SSH_MSG_KEXDH_INIT -> REKEY_WAIT_KEXDH_REPLY
   * (specs/ssh/client-transport.spec:127)
   */
  sendRekeyKexdhInit(
    from: 'REKEY_SEND_KEXDH_INIT',
  ): SendStep<'REKEY_WAIT_KEXDH_REPLY', SSH_MSG_KEXDH_INITInput, A>;
  /**
   * REKEY_WAIT_KEXDH_REPLY recv SSH_MSG_KEXDH_REPLY -> REKEY_SEND_NEWKEYS
   * (specs/ssh/client-transport.spec:128)
   */
  onRekeyKexdhReply(
    message: SSH_MSG_KEXDH_REPLY,
    raw: Uint8Array,
    from: 'REKEY_WAIT_KEXDH_REPLY',
  ): Step<'REKEY_SEND_NEWKEYS', A>;
  /**
   * REKEY_SEND_GEX_REQUEST send SSH_MSG_KEX_DH_GEX_REQUEST -> REKEY_WAIT_GEX_GROUP
   * (specs/ssh/client-transport.spec:130)
   */
  sendRekeyKexDhGexRequest(
    from: 'REKEY_SEND_GEX_REQUEST',
  ): SendStep<'REKEY_WAIT_GEX_GROUP', SSH_MSG_KEX_DH_GEX_REQUESTInput, A>;
  /**
   * REKEY_SEND_GEX_REQUEST send SSH_MSG_KEX_DH_GEX_REQUEST_OLD -> REKEY_WAIT_GEX_GROUP
   * (specs/ssh/client-transport.spec:132)
   */
  sendRekeyKexDhGexRequestOld(
    from: 'REKEY_SEND_GEX_REQUEST',
  ): SendStep<'REKEY_WAIT_GEX_GROUP', SSH_MSG_KEX_DH_GEX_REQUEST_OLDInput, A>;
  /**
   * REKEY_WAIT_GEX_GROUP recv SSH_MSG_KEX_DH_GEX_GROUP -> REKEY_SEND_GEX_INIT
   * (specs/ssh/client-transport.spec:134)
   */
  onRekeyKexDhGexGroup(
    message: SSH_MSG_KEX_DH_GEX_GROUP,
    raw: Uint8Array,
    from: 'REKEY_WAIT_GEX_GROUP',
  ): Step<'REKEY_SEND_GEX_INIT', A>;
  /**
   * REKEY_SEND_GEX_INIT send SSH_MSG_KEX_DH_GEX_INIT -> REKEY_WAIT_GEX_REPLY
   * (specs/ssh/client-transport.spec:135)
   */
  sendRekeyKexDhGexInit(
    from: 'REKEY_SEND_GEX_INIT',
  ): SendStep<'REKEY_WAIT_GEX_REPLY', SSH_MSG_KEX_DH_GEX_INITInput, A>;
  /**
   * REKEY_WAIT_GEX_REPLY recv SSH_MSG_KEX_DH_GEX_REPLY -> REKEY_SEND_NEWKEYS
   * (specs/ssh/client-transport.spec:136)
   */
  onRekeyKexDhGexReply(
    message: SSH_MSG_KEX_DH_GEX_REPLY,
    raw: Uint8Array,
    from: 'REKEY_WAIT_GEX_REPLY',
  ): Step<'REKEY_SEND_NEWKEYS', A>;
  /** REKEY_SEND_NEWKEYS send SSH_MSG_NEWKEYS -> REKEY_WAIT_NEWKEYS (specs/ssh/client-transport.spec:138) */
  sendRekeyNewkeys(from: 'REKEY_SEND_NEWKEYS'): SendStep<'REKEY_WAIT_NEWKEYS', SSH_MSG_NEWKEYSInput, A>;
  /** REKEY_WAIT_NEWKEYS recv SSH_MSG_NEWKEYS -> ESTABLISHED (specs/ssh/client-transport.spec:139) */
  onRekeyNewkeys(
    message: SSH_MSG_NEWKEYS,
    raw: Uint8Array,
    from: 'REKEY_WAIT_NEWKEYS',
  ): Step<'ESTABLISHED', A>;
}

/**
 * The ssh_client_transport transition table: state, then `"<direction> <message>"`, then the handler and
 * the states it may pick. A pair that is not here is an unexpected message.
 * @see RFC 4253 §7
 * @see RFC 4419 §3
 * @see RFC 8308 §2.4
 */
export const sshClientTransportTransitions = {
  START: {
    'send identification': { handler: 'sendIdentification', next: ['WAIT_IDENTIFICATION'] },
  },
  WAIT_IDENTIFICATION: {
    'recv identification': { handler: 'onIdentification', next: ['SEND_KEXINIT'] },
  },
  SEND_KEXINIT: {
    'send SSH_MSG_KEXINIT': {
      handler: 'sendKexinit',
      next: ['WAIT_KEXINIT', 'GUESS_KEX_ECDH_INIT', 'GUESS_KEXDH_INIT', 'GUESS_GEX_REQUEST'],
    },
  },
  WAIT_KEXINIT: {
    'recv SSH_MSG_KEXINIT': {
      handler: 'onKexinit',
      next: ['SEND_KEX_ECDH_INIT', 'SEND_KEXDH_INIT', 'SEND_GEX_REQUEST', 'DISCARD_GUESS'],
    },
  },
  GUESS_KEX_ECDH_INIT: {
    'send SSH_MSG_KEX_ECDH_INIT': { handler: 'sendGuessedKexEcdhInit', next: ['GUESSED_KEX_ECDH'] },
  },
  GUESS_KEXDH_INIT: {
    'send SSH_MSG_KEXDH_INIT': { handler: 'sendGuessedKexdhInit', next: ['GUESSED_KEXDH'] },
  },
  GUESS_GEX_REQUEST: {
    'send SSH_MSG_KEX_DH_GEX_REQUEST': { handler: 'sendGuessedKexDhGexRequest', next: ['GUESSED_GEX'] },
    'send SSH_MSG_KEX_DH_GEX_REQUEST_OLD': {
      handler: 'sendGuessedKexDhGexRequestOld',
      next: ['GUESSED_GEX'],
    },
  },
  SEND_KEX_ECDH_INIT: {
    'send SSH_MSG_KEX_ECDH_INIT': { handler: 'sendKexEcdhInit', next: ['WAIT_KEX_ECDH_REPLY'] },
  },
  SEND_KEXDH_INIT: {
    'send SSH_MSG_KEXDH_INIT': { handler: 'sendKexdhInit', next: ['WAIT_KEXDH_REPLY'] },
  },
  SEND_GEX_REQUEST: {
    'send SSH_MSG_KEX_DH_GEX_REQUEST': { handler: 'sendKexDhGexRequest', next: ['WAIT_GEX_GROUP'] },
    'send SSH_MSG_KEX_DH_GEX_REQUEST_OLD': { handler: 'sendKexDhGexRequestOld', next: ['WAIT_GEX_GROUP'] },
  },
  DISCARD_GUESS: {
    'recv wrong_kex_guess': {
      handler: 'onWrongKexGuess',
      next: ['SEND_KEX_ECDH_INIT', 'SEND_KEXDH_INIT', 'SEND_GEX_REQUEST'],
    },
  },
  GUESSED_KEX_ECDH: {
    'recv SSH_MSG_KEXINIT': {
      handler: 'onKexinitAfterKexEcdhGuess',
      next: ['WAIT_KEX_ECDH_REPLY', 'SEND_KEX_ECDH_INIT', 'SEND_KEXDH_INIT', 'SEND_GEX_REQUEST'],
    },
  },
  GUESSED_KEXDH: {
    'recv SSH_MSG_KEXINIT': {
      handler: 'onKexinitAfterKexdhGuess',
      next: ['WAIT_KEXDH_REPLY', 'SEND_KEX_ECDH_INIT', 'SEND_KEXDH_INIT', 'SEND_GEX_REQUEST'],
    },
  },
  GUESSED_GEX: {
    'recv SSH_MSG_KEXINIT': {
      handler: 'onKexinitAfterGexGuess',
      next: ['WAIT_GEX_GROUP', 'SEND_KEX_ECDH_INIT', 'SEND_KEXDH_INIT', 'SEND_GEX_REQUEST'],
    },
  },
  WAIT_KEX_ECDH_REPLY: {
    'recv SSH_MSG_KEX_ECDH_REPLY': { handler: 'onKexEcdhReply', next: ['SEND_NEWKEYS'] },
  },
  WAIT_KEXDH_REPLY: {
    'recv SSH_MSG_KEXDH_REPLY': { handler: 'onKexdhReply', next: ['SEND_NEWKEYS'] },
  },
  WAIT_GEX_GROUP: {
    'recv SSH_MSG_KEX_DH_GEX_GROUP': { handler: 'onKexDhGexGroup', next: ['SEND_GEX_INIT'] },
  },
  SEND_NEWKEYS: {
    'send SSH_MSG_NEWKEYS': { handler: 'sendNewkeys', next: ['SEND_EXT_INFO', 'WAIT_NEWKEYS'] },
  },
  SEND_GEX_INIT: {
    'send SSH_MSG_KEX_DH_GEX_INIT': { handler: 'sendKexDhGexInit', next: ['WAIT_GEX_REPLY'] },
  },
  WAIT_GEX_REPLY: {
    'recv SSH_MSG_KEX_DH_GEX_REPLY': { handler: 'onKexDhGexReply', next: ['SEND_NEWKEYS'] },
  },
  SEND_EXT_INFO: {
    'send SSH_MSG_EXT_INFO': { handler: 'sendExtInfo', next: ['WAIT_NEWKEYS'] },
  },
  WAIT_NEWKEYS: {
    'recv SSH_MSG_NEWKEYS': { handler: 'onNewkeys', next: ['SEND_SERVICE_REQUEST'] },
  },
  SEND_SERVICE_REQUEST: {
    'send SSH_MSG_SERVICE_REQUEST': { handler: 'sendServiceRequest', next: ['WAIT_SERVICE_ACCEPT'] },
  },
  WAIT_SERVICE_ACCEPT: {
    'recv SSH_MSG_EXT_INFO': { handler: 'onExtInfo', next: ['EXT_INFO_RECEIVED'] },
    'recv SSH_MSG_SERVICE_ACCEPT': { handler: 'onServiceAccept', next: ['ESTABLISHED'] },
  },
  EXT_INFO_RECEIVED: {
    'recv SSH_MSG_SERVICE_ACCEPT': { handler: 'onServiceAccept', next: ['ESTABLISHED'] },
  },
  ESTABLISHED: {
    'send SSH_MSG_KEXINIT': { handler: 'sendRekeyKexinit', next: ['REKEY_WAIT_KEXINIT'] },
    'recv SSH_MSG_KEXINIT': { handler: 'onRekeyKexinit', next: ['REKEY_SEND_KEXINIT'] },
  },
  REKEY_WAIT_KEXINIT: {
    'recv SSH_MSG_KEXINIT': {
      handler: 'onRekeyKexinitReply',
      next: [
        'REKEY_SEND_KEX_ECDH_INIT',
        'REKEY_SEND_KEXDH_INIT',
        'REKEY_SEND_GEX_REQUEST',
        'REKEY_DISCARD_GUESS',
      ],
    },
  },
  REKEY_SEND_KEXINIT: {
    'send SSH_MSG_KEXINIT': {
      handler: 'sendRekeyKexinitReply',
      next: [
        'REKEY_SEND_KEX_ECDH_INIT',
        'REKEY_SEND_KEXDH_INIT',
        'REKEY_SEND_GEX_REQUEST',
        'REKEY_DISCARD_GUESS',
      ],
    },
  },
  REKEY_SEND_KEX_ECDH_INIT: {
    'send SSH_MSG_KEX_ECDH_INIT': { handler: 'sendRekeyKexEcdhInit', next: ['REKEY_WAIT_KEX_ECDH_REPLY'] },
  },
  REKEY_SEND_KEXDH_INIT: {
    'send SSH_MSG_KEXDH_INIT': { handler: 'sendRekeyKexdhInit', next: ['REKEY_WAIT_KEXDH_REPLY'] },
  },
  REKEY_SEND_GEX_REQUEST: {
    'send SSH_MSG_KEX_DH_GEX_REQUEST': {
      handler: 'sendRekeyKexDhGexRequest',
      next: ['REKEY_WAIT_GEX_GROUP'],
    },
    'send SSH_MSG_KEX_DH_GEX_REQUEST_OLD': {
      handler: 'sendRekeyKexDhGexRequestOld',
      next: ['REKEY_WAIT_GEX_GROUP'],
    },
  },
  REKEY_DISCARD_GUESS: {
    'recv wrong_kex_guess': {
      handler: 'onRekeyWrongKexGuess',
      next: ['REKEY_SEND_KEX_ECDH_INIT', 'REKEY_SEND_KEXDH_INIT', 'REKEY_SEND_GEX_REQUEST'],
    },
  },
  REKEY_WAIT_KEX_ECDH_REPLY: {
    'recv SSH_MSG_KEX_ECDH_REPLY': { handler: 'onRekeyKexEcdhReply', next: ['REKEY_SEND_NEWKEYS'] },
  },
  REKEY_SEND_NEWKEYS: {
    'send SSH_MSG_NEWKEYS': { handler: 'sendRekeyNewkeys', next: ['REKEY_WAIT_NEWKEYS'] },
  },
  REKEY_WAIT_KEXDH_REPLY: {
    'recv SSH_MSG_KEXDH_REPLY': { handler: 'onRekeyKexdhReply', next: ['REKEY_SEND_NEWKEYS'] },
  },
  REKEY_WAIT_GEX_GROUP: {
    'recv SSH_MSG_KEX_DH_GEX_GROUP': { handler: 'onRekeyKexDhGexGroup', next: ['REKEY_SEND_GEX_INIT'] },
  },
  REKEY_SEND_GEX_INIT: {
    'send SSH_MSG_KEX_DH_GEX_INIT': { handler: 'sendRekeyKexDhGexInit', next: ['REKEY_WAIT_GEX_REPLY'] },
  },
  REKEY_WAIT_GEX_REPLY: {
    'recv SSH_MSG_KEX_DH_GEX_REPLY': { handler: 'onRekeyKexDhGexReply', next: ['REKEY_SEND_NEWKEYS'] },
  },
  REKEY_WAIT_NEWKEYS: {
    'recv SSH_MSG_NEWKEYS': { handler: 'onRekeyNewkeys', next: ['ESTABLISHED'] },
  },
} as const satisfies MachineTable<SshClientTransportState, keyof SshClientTransportHandlers>;
/**
 * Run the ssh_client_transport row for a message that arrived in `state`: its handler gets the message, its
 * bytes and the state, and returns the next state and its outputs.
 * @throws UnexpectedMessageError (from @otpnet/wire) when the table has no row for it, or the name
 * is not one of the machine's.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function receiveSshClientTransport<A>(
  handlers: SshClientTransportHandlers<A>,
  state: SshClientTransportState,
  m: SshClientTransportEvent | Received,
): Step<SshClientTransportState, A> {
  return stepMachine('ssh_client_transport', sshClientTransportTransitions, handlers, state, 'recv', m.name, [
    m.message,
    m.raw,
    state,
  ]) as Step<SshClientTransportState, A>;
}

/**
 * Run the ssh_client_transport row that sends `message` from `state`: its handler gives the message (as its
 * encoder takes it), the next state and its outputs.
 * @throws UnexpectedMessageError when the table has no row for it.
 * @throws IllegalTransitionError when the handler returns a state its row does not permit.
 */
export function sendSshClientTransport<A, N extends keyof SshClientTransportSent>(
  handlers: SshClientTransportHandlers<A>,
  state: SshClientTransportState,
  message: N,
): SendStep<SshClientTransportState, SshClientTransportSent[N], A> {
  return stepMachine(
    'ssh_client_transport',
    sshClientTransportTransitions,
    handlers,
    state,
    'send',
    message,
    [state],
  ) as SendStep<SshClientTransportState, SshClientTransportSent[N], A>;
}
