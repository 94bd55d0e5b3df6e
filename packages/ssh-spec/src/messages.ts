// Generated from specs/ssh/messages.spec by otpnet-gen. Do not edit.
import { DecodeError, type DecodeLimits } from '@otpnet/wire';
import { KexMessages } from './algorithms.js';
import {
  decodeSSH_MSG_CHANNEL_CLOSE,
  decodeSSH_MSG_CHANNEL_DATA,
  decodeSSH_MSG_CHANNEL_EOF,
  decodeSSH_MSG_CHANNEL_EXTENDED_DATA,
  decodeSSH_MSG_CHANNEL_FAILURE,
  decodeSSH_MSG_CHANNEL_OPEN,
  decodeSSH_MSG_CHANNEL_OPEN_CONFIRMATION,
  decodeSSH_MSG_CHANNEL_OPEN_FAILURE,
  decodeSSH_MSG_CHANNEL_REQUEST,
  decodeSSH_MSG_CHANNEL_SUCCESS,
  decodeSSH_MSG_CHANNEL_WINDOW_ADJUST,
  decodeSSH_MSG_GLOBAL_REQUEST,
  decodeSSH_MSG_REQUEST_FAILURE,
  decodeSSH_MSG_REQUEST_SUCCESS,
  type SSH_MSG_CHANNEL_CLOSE,
  type SSH_MSG_CHANNEL_DATA,
  type SSH_MSG_CHANNEL_EOF,
  type SSH_MSG_CHANNEL_EXTENDED_DATA,
  type SSH_MSG_CHANNEL_FAILURE,
  type SSH_MSG_CHANNEL_OPEN,
  type SSH_MSG_CHANNEL_OPEN_CONFIRMATION,
  type SSH_MSG_CHANNEL_OPEN_FAILURE,
  type SSH_MSG_CHANNEL_REQUEST,
  type SSH_MSG_CHANNEL_SUCCESS,
  type SSH_MSG_CHANNEL_WINDOW_ADJUST,
  type SSH_MSG_GLOBAL_REQUEST,
  type SSH_MSG_REQUEST_FAILURE,
  type SSH_MSG_REQUEST_SUCCESS,
} from './connection.js';
import {
  decodeSSH_MSG_KEX_DH_GEX_GROUP,
  decodeSSH_MSG_KEX_DH_GEX_INIT,
  decodeSSH_MSG_KEX_DH_GEX_REPLY,
  decodeSSH_MSG_KEX_DH_GEX_REQUEST,
  decodeSSH_MSG_KEX_DH_GEX_REQUEST_OLD,
  type SSH_MSG_KEX_DH_GEX_GROUP,
  type SSH_MSG_KEX_DH_GEX_INIT,
  type SSH_MSG_KEX_DH_GEX_REPLY,
  type SSH_MSG_KEX_DH_GEX_REQUEST,
  type SSH_MSG_KEX_DH_GEX_REQUEST_OLD,
} from './kex-dh-gex.js';
import {
  decodeSSH_MSG_KEXDH_INIT,
  decodeSSH_MSG_KEXDH_REPLY,
  type SSH_MSG_KEXDH_INIT,
  type SSH_MSG_KEXDH_REPLY,
} from './kex-dh.js';
import {
  decodeSSH_MSG_KEX_ECDH_INIT,
  decodeSSH_MSG_KEX_ECDH_REPLY,
  type SSH_MSG_KEX_ECDH_INIT,
  type SSH_MSG_KEX_ECDH_REPLY,
} from './kex-ecdh.js';
import {
  decodeSSH_MSG_DEBUG,
  decodeSSH_MSG_DISCONNECT,
  decodeSSH_MSG_EXT_INFO,
  decodeSSH_MSG_IGNORE,
  decodeSSH_MSG_KEXINIT,
  decodeSSH_MSG_NEWKEYS,
  decodeSSH_MSG_SERVICE_ACCEPT,
  decodeSSH_MSG_SERVICE_REQUEST,
  decodeSSH_MSG_UNIMPLEMENTED,
  type SSH_MSG_DEBUG,
  type SSH_MSG_DISCONNECT,
  type SSH_MSG_EXT_INFO,
  type SSH_MSG_IGNORE,
  type SSH_MSG_KEXINIT,
  type SSH_MSG_NEWKEYS,
  type SSH_MSG_SERVICE_ACCEPT,
  type SSH_MSG_SERVICE_REQUEST,
  type SSH_MSG_UNIMPLEMENTED,
} from './transport.js';
import {
  decodeSSH_MSG_USERAUTH_BANNER,
  decodeSSH_MSG_USERAUTH_FAILURE,
  decodeSSH_MSG_USERAUTH_INFO_REQUEST,
  decodeSSH_MSG_USERAUTH_INFO_RESPONSE,
  decodeSSH_MSG_USERAUTH_PASSWD_CHANGEREQ,
  decodeSSH_MSG_USERAUTH_PK_OK,
  decodeSSH_MSG_USERAUTH_REQUEST,
  decodeSSH_MSG_USERAUTH_SUCCESS,
  type SSH_MSG_USERAUTH_BANNER,
  type SSH_MSG_USERAUTH_FAILURE,
  type SSH_MSG_USERAUTH_INFO_REQUEST,
  type SSH_MSG_USERAUTH_INFO_RESPONSE,
  type SSH_MSG_USERAUTH_PASSWD_CHANGEREQ,
  type SSH_MSG_USERAUTH_PK_OK,
  type SSH_MSG_USERAUTH_REQUEST,
  type SSH_MSG_USERAUTH_SUCCESS,
} from './userauth.js';

/** What tells apart the messages of {@link SshMessage} that share a number. */
export interface SshMessageContext {
  kex?: KexMessages;
  method?: string;
}

/**
 * A message of a number no entry has keeps its bytes, with `name` undefined.
 * @see RFC 4250 §4.1.2
 */
export type SshMessage =
  | { name: 'SSH_MSG_DISCONNECT'; message: SSH_MSG_DISCONNECT }
  | { name: 'SSH_MSG_IGNORE'; message: SSH_MSG_IGNORE }
  | { name: 'SSH_MSG_UNIMPLEMENTED'; message: SSH_MSG_UNIMPLEMENTED }
  | { name: 'SSH_MSG_DEBUG'; message: SSH_MSG_DEBUG }
  | { name: 'SSH_MSG_SERVICE_REQUEST'; message: SSH_MSG_SERVICE_REQUEST }
  | { name: 'SSH_MSG_SERVICE_ACCEPT'; message: SSH_MSG_SERVICE_ACCEPT }
  | { name: 'SSH_MSG_EXT_INFO'; message: SSH_MSG_EXT_INFO }
  | { name: 'SSH_MSG_KEXINIT'; message: SSH_MSG_KEXINIT }
  | { name: 'SSH_MSG_NEWKEYS'; message: SSH_MSG_NEWKEYS }
  | { name: 'SSH_MSG_KEX_ECDH_INIT'; message: SSH_MSG_KEX_ECDH_INIT }
  | { name: 'SSH_MSG_KEX_ECDH_REPLY'; message: SSH_MSG_KEX_ECDH_REPLY }
  | { name: 'SSH_MSG_KEXDH_INIT'; message: SSH_MSG_KEXDH_INIT }
  | { name: 'SSH_MSG_KEXDH_REPLY'; message: SSH_MSG_KEXDH_REPLY }
  | { name: 'SSH_MSG_KEX_DH_GEX_REQUEST_OLD'; message: SSH_MSG_KEX_DH_GEX_REQUEST_OLD }
  | { name: 'SSH_MSG_KEX_DH_GEX_GROUP'; message: SSH_MSG_KEX_DH_GEX_GROUP }
  | { name: 'SSH_MSG_KEX_DH_GEX_INIT'; message: SSH_MSG_KEX_DH_GEX_INIT }
  | { name: 'SSH_MSG_KEX_DH_GEX_REPLY'; message: SSH_MSG_KEX_DH_GEX_REPLY }
  | { name: 'SSH_MSG_KEX_DH_GEX_REQUEST'; message: SSH_MSG_KEX_DH_GEX_REQUEST }
  | { name: 'SSH_MSG_USERAUTH_REQUEST'; message: SSH_MSG_USERAUTH_REQUEST }
  | { name: 'SSH_MSG_USERAUTH_FAILURE'; message: SSH_MSG_USERAUTH_FAILURE }
  | { name: 'SSH_MSG_USERAUTH_SUCCESS'; message: SSH_MSG_USERAUTH_SUCCESS }
  | { name: 'SSH_MSG_USERAUTH_BANNER'; message: SSH_MSG_USERAUTH_BANNER }
  | { name: 'SSH_MSG_USERAUTH_PK_OK'; message: SSH_MSG_USERAUTH_PK_OK }
  | { name: 'SSH_MSG_USERAUTH_PASSWD_CHANGEREQ'; message: SSH_MSG_USERAUTH_PASSWD_CHANGEREQ }
  | { name: 'SSH_MSG_USERAUTH_INFO_REQUEST'; message: SSH_MSG_USERAUTH_INFO_REQUEST }
  | { name: 'SSH_MSG_USERAUTH_INFO_RESPONSE'; message: SSH_MSG_USERAUTH_INFO_RESPONSE }
  | { name: 'SSH_MSG_GLOBAL_REQUEST'; message: SSH_MSG_GLOBAL_REQUEST }
  | { name: 'SSH_MSG_REQUEST_SUCCESS'; message: SSH_MSG_REQUEST_SUCCESS }
  | { name: 'SSH_MSG_REQUEST_FAILURE'; message: SSH_MSG_REQUEST_FAILURE }
  | { name: 'SSH_MSG_CHANNEL_OPEN'; message: SSH_MSG_CHANNEL_OPEN }
  | { name: 'SSH_MSG_CHANNEL_OPEN_CONFIRMATION'; message: SSH_MSG_CHANNEL_OPEN_CONFIRMATION }
  | { name: 'SSH_MSG_CHANNEL_OPEN_FAILURE'; message: SSH_MSG_CHANNEL_OPEN_FAILURE }
  | { name: 'SSH_MSG_CHANNEL_WINDOW_ADJUST'; message: SSH_MSG_CHANNEL_WINDOW_ADJUST }
  | { name: 'SSH_MSG_CHANNEL_DATA'; message: SSH_MSG_CHANNEL_DATA }
  | { name: 'SSH_MSG_CHANNEL_EXTENDED_DATA'; message: SSH_MSG_CHANNEL_EXTENDED_DATA }
  | { name: 'SSH_MSG_CHANNEL_EOF'; message: SSH_MSG_CHANNEL_EOF }
  | { name: 'SSH_MSG_CHANNEL_CLOSE'; message: SSH_MSG_CHANNEL_CLOSE }
  | { name: 'SSH_MSG_CHANNEL_REQUEST'; message: SSH_MSG_CHANNEL_REQUEST }
  | { name: 'SSH_MSG_CHANNEL_SUCCESS'; message: SSH_MSG_CHANNEL_SUCCESS }
  | { name: 'SSH_MSG_CHANNEL_FAILURE'; message: SSH_MSG_CHANNEL_FAILURE }
  | { name: undefined; number: number; message: Uint8Array };

/**
 * Decode one message of {@link SshMessage}: its first byte is the message number. Numbers several messages
 * share need the context. `limits` bound what the decode may cost.
 */
export function decodeSshMessage(
  payload: Uint8Array,
  ctx: SshMessageContext = {},
  limits?: DecodeLimits,
): SshMessage {
  if (payload.length === 0)
    throw new DecodeError('truncated', 'SshMessage', 'an empty payload has no message number');
  switch (payload[0]) {
    case 1:
      return { name: 'SSH_MSG_DISCONNECT', message: decodeSSH_MSG_DISCONNECT(payload, limits) };
    case 2:
      return { name: 'SSH_MSG_IGNORE', message: decodeSSH_MSG_IGNORE(payload, limits) };
    case 3:
      return { name: 'SSH_MSG_UNIMPLEMENTED', message: decodeSSH_MSG_UNIMPLEMENTED(payload, limits) };
    case 4:
      return { name: 'SSH_MSG_DEBUG', message: decodeSSH_MSG_DEBUG(payload, limits) };
    case 5:
      return { name: 'SSH_MSG_SERVICE_REQUEST', message: decodeSSH_MSG_SERVICE_REQUEST(payload, limits) };
    case 6:
      return { name: 'SSH_MSG_SERVICE_ACCEPT', message: decodeSSH_MSG_SERVICE_ACCEPT(payload, limits) };
    case 7:
      return { name: 'SSH_MSG_EXT_INFO', message: decodeSSH_MSG_EXT_INFO(payload, limits) };
    case 20:
      return { name: 'SSH_MSG_KEXINIT', message: decodeSSH_MSG_KEXINIT(payload, limits) };
    case 21:
      return { name: 'SSH_MSG_NEWKEYS', message: decodeSSH_MSG_NEWKEYS(payload, limits) };
    case 30:
      switch (ctx.kex) {
        case KexMessages.kex_ecdh:
          return { name: 'SSH_MSG_KEX_ECDH_INIT', message: decodeSSH_MSG_KEX_ECDH_INIT(payload, limits) };
        case KexMessages.kexdh:
          return { name: 'SSH_MSG_KEXDH_INIT', message: decodeSSH_MSG_KEXDH_INIT(payload, limits) };
        case KexMessages.kex_dh_gex:
          return {
            name: 'SSH_MSG_KEX_DH_GEX_REQUEST_OLD',
            message: decodeSSH_MSG_KEX_DH_GEX_REQUEST_OLD(payload, limits),
          };
        default:
          throw new DecodeError(
            'no_case',
            'SshMessage',
            `message 30 depends on kex, and the context gives ${String(ctx.kex)}`,
          );
      }
    case 31:
      switch (ctx.kex) {
        case KexMessages.kex_ecdh:
          return { name: 'SSH_MSG_KEX_ECDH_REPLY', message: decodeSSH_MSG_KEX_ECDH_REPLY(payload, limits) };
        case KexMessages.kexdh:
          return { name: 'SSH_MSG_KEXDH_REPLY', message: decodeSSH_MSG_KEXDH_REPLY(payload, limits) };
        case KexMessages.kex_dh_gex:
          return {
            name: 'SSH_MSG_KEX_DH_GEX_GROUP',
            message: decodeSSH_MSG_KEX_DH_GEX_GROUP(payload, limits),
          };
        default:
          throw new DecodeError(
            'no_case',
            'SshMessage',
            `message 31 depends on kex, and the context gives ${String(ctx.kex)}`,
          );
      }
    case 32:
      return { name: 'SSH_MSG_KEX_DH_GEX_INIT', message: decodeSSH_MSG_KEX_DH_GEX_INIT(payload, limits) };
    case 33:
      return { name: 'SSH_MSG_KEX_DH_GEX_REPLY', message: decodeSSH_MSG_KEX_DH_GEX_REPLY(payload, limits) };
    case 34:
      return {
        name: 'SSH_MSG_KEX_DH_GEX_REQUEST',
        message: decodeSSH_MSG_KEX_DH_GEX_REQUEST(payload, limits),
      };
    case 50:
      return { name: 'SSH_MSG_USERAUTH_REQUEST', message: decodeSSH_MSG_USERAUTH_REQUEST(payload, limits) };
    case 51:
      return { name: 'SSH_MSG_USERAUTH_FAILURE', message: decodeSSH_MSG_USERAUTH_FAILURE(payload, limits) };
    case 52:
      return { name: 'SSH_MSG_USERAUTH_SUCCESS', message: decodeSSH_MSG_USERAUTH_SUCCESS(payload, limits) };
    case 53:
      return { name: 'SSH_MSG_USERAUTH_BANNER', message: decodeSSH_MSG_USERAUTH_BANNER(payload, limits) };
    case 60:
      switch (ctx.method) {
        case 'publickey':
          return { name: 'SSH_MSG_USERAUTH_PK_OK', message: decodeSSH_MSG_USERAUTH_PK_OK(payload, limits) };
        case 'password':
          return {
            name: 'SSH_MSG_USERAUTH_PASSWD_CHANGEREQ',
            message: decodeSSH_MSG_USERAUTH_PASSWD_CHANGEREQ(payload, limits),
          };
        case 'keyboard-interactive':
          return {
            name: 'SSH_MSG_USERAUTH_INFO_REQUEST',
            message: decodeSSH_MSG_USERAUTH_INFO_REQUEST(payload, limits),
          };
        default:
          throw new DecodeError(
            'no_case',
            'SshMessage',
            `message 60 depends on method, and the context gives ${String(ctx.method)}`,
          );
      }
    case 61:
      return {
        name: 'SSH_MSG_USERAUTH_INFO_RESPONSE',
        message: decodeSSH_MSG_USERAUTH_INFO_RESPONSE(payload, limits),
      };
    case 80:
      return { name: 'SSH_MSG_GLOBAL_REQUEST', message: decodeSSH_MSG_GLOBAL_REQUEST(payload, limits) };
    case 81:
      return { name: 'SSH_MSG_REQUEST_SUCCESS', message: decodeSSH_MSG_REQUEST_SUCCESS(payload, limits) };
    case 82:
      return { name: 'SSH_MSG_REQUEST_FAILURE', message: decodeSSH_MSG_REQUEST_FAILURE(payload, limits) };
    case 90:
      return { name: 'SSH_MSG_CHANNEL_OPEN', message: decodeSSH_MSG_CHANNEL_OPEN(payload, limits) };
    case 91:
      return {
        name: 'SSH_MSG_CHANNEL_OPEN_CONFIRMATION',
        message: decodeSSH_MSG_CHANNEL_OPEN_CONFIRMATION(payload, limits),
      };
    case 92:
      return {
        name: 'SSH_MSG_CHANNEL_OPEN_FAILURE',
        message: decodeSSH_MSG_CHANNEL_OPEN_FAILURE(payload, limits),
      };
    case 93:
      return {
        name: 'SSH_MSG_CHANNEL_WINDOW_ADJUST',
        message: decodeSSH_MSG_CHANNEL_WINDOW_ADJUST(payload, limits),
      };
    case 94:
      return { name: 'SSH_MSG_CHANNEL_DATA', message: decodeSSH_MSG_CHANNEL_DATA(payload, limits) };
    case 95:
      return {
        name: 'SSH_MSG_CHANNEL_EXTENDED_DATA',
        message: decodeSSH_MSG_CHANNEL_EXTENDED_DATA(payload, limits),
      };
    case 96:
      return { name: 'SSH_MSG_CHANNEL_EOF', message: decodeSSH_MSG_CHANNEL_EOF(payload, limits) };
    case 97:
      return { name: 'SSH_MSG_CHANNEL_CLOSE', message: decodeSSH_MSG_CHANNEL_CLOSE(payload, limits) };
    case 98:
      return { name: 'SSH_MSG_CHANNEL_REQUEST', message: decodeSSH_MSG_CHANNEL_REQUEST(payload, limits) };
    case 99:
      return { name: 'SSH_MSG_CHANNEL_SUCCESS', message: decodeSSH_MSG_CHANNEL_SUCCESS(payload, limits) };
    case 100:
      return { name: 'SSH_MSG_CHANNEL_FAILURE', message: decodeSSH_MSG_CHANNEL_FAILURE(payload, limits) };
    default:
      return { name: undefined, number: payload[0]!, message: payload };
  }
}
