// Generated from specs/dist/handshake.spec by otpnet-gen. Do not edit.
import {
  DecodeError,
  type DecodeLimits,
  EncodeError,
  expectObject,
  fields,
  nested,
  Reader,
  textBytes,
  Writer,
} from '@otpnet/wire';
import { type Empty, type EmptyInput, readEmpty, writeEmpty } from './term.js';

/** The names of {@link DistFlags}. */
export type DistFlagsName =
  | 'DFLAG_PUBLISHED'
  | 'DFLAG_ATOM_CACHE'
  | 'DFLAG_EXTENDED_REFERENCES'
  | 'DFLAG_DIST_MONITOR'
  | 'DFLAG_FUN_TAGS'
  | 'DFLAG_DIST_MONITOR_NAME'
  | 'DFLAG_HIDDEN_ATOM_CACHE'
  | 'DFLAG_NEW_FUN_TAGS'
  | 'DFLAG_EXTENDED_PIDS_PORTS'
  | 'DFLAG_EXPORT_PTR_TAG'
  | 'DFLAG_BIT_BINARIES'
  | 'DFLAG_NEW_FLOATS'
  | 'DFLAG_UNICODE_IO'
  | 'DFLAG_DIST_HDR_ATOM_CACHE'
  | 'DFLAG_SMALL_ATOM_TAGS'
  | 'DFLAG_UTF8_ATOMS'
  | 'DFLAG_MAP_TAG'
  | 'DFLAG_BIG_CREATION'
  | 'DFLAG_SEND_SENDER'
  | 'DFLAG_BIG_SEQTRACE_LABELS'
  | 'DFLAG_EXIT_PAYLOAD'
  | 'DFLAG_FRAGMENTS'
  | 'DFLAG_HANDSHAKE_23'
  | 'DFLAG_UNLINK_ID'
  | 'DFLAG_MANDATORY_25_DIGEST'
  | 'DFLAG_SPAWN'
  | 'DFLAG_NAME_ME'
  | 'DFLAG_V4_NC'
  | 'DFLAG_ALIAS';

/** One row of {@link DistFlags}. */
export interface DistFlagsRow {
  /** Unique; see {@link DistFlagsByFlag}. */
  readonly flag: DistFlagsName;
  /** Unique; see {@link DistFlagsByBit}. */
  readonly bit: number;
  readonly mandatory?: number;
}

/**
 * Capability flags (DFLAG_*), 64 bits on the wire in version 6. `bit` is the bit number;
 * `mandatory` is the OTP release from which a node refuses peers without the flag.
 * @see erl_dist_protocol dflags
 */
export const DistFlags = [
  { flag: 'DFLAG_PUBLISHED', bit: 0, mandatory: undefined },
  { flag: 'DFLAG_ATOM_CACHE', bit: 1, mandatory: undefined },
  { flag: 'DFLAG_EXTENDED_REFERENCES', bit: 2, mandatory: 25 },
  { flag: 'DFLAG_DIST_MONITOR', bit: 3, mandatory: undefined },
  { flag: 'DFLAG_FUN_TAGS', bit: 4, mandatory: 25 },
  { flag: 'DFLAG_DIST_MONITOR_NAME', bit: 5, mandatory: undefined },
  { flag: 'DFLAG_HIDDEN_ATOM_CACHE', bit: 6, mandatory: undefined },
  { flag: 'DFLAG_NEW_FUN_TAGS', bit: 7, mandatory: 25 },
  { flag: 'DFLAG_EXTENDED_PIDS_PORTS', bit: 8, mandatory: 25 },
  { flag: 'DFLAG_EXPORT_PTR_TAG', bit: 9, mandatory: 25 },
  { flag: 'DFLAG_BIT_BINARIES', bit: 10, mandatory: 25 },
  { flag: 'DFLAG_NEW_FLOATS', bit: 11, mandatory: 25 },
  { flag: 'DFLAG_UNICODE_IO', bit: 12, mandatory: undefined },
  { flag: 'DFLAG_DIST_HDR_ATOM_CACHE', bit: 13, mandatory: undefined },
  { flag: 'DFLAG_SMALL_ATOM_TAGS', bit: 14, mandatory: undefined },
  { flag: 'DFLAG_UTF8_ATOMS', bit: 16, mandatory: 25 },
  { flag: 'DFLAG_MAP_TAG', bit: 17, mandatory: 25 },
  { flag: 'DFLAG_BIG_CREATION', bit: 18, mandatory: 25 },
  { flag: 'DFLAG_SEND_SENDER', bit: 19, mandatory: undefined },
  { flag: 'DFLAG_BIG_SEQTRACE_LABELS', bit: 20, mandatory: undefined },
  { flag: 'DFLAG_EXIT_PAYLOAD', bit: 22, mandatory: undefined },
  { flag: 'DFLAG_FRAGMENTS', bit: 23, mandatory: undefined },
  { flag: 'DFLAG_HANDSHAKE_23', bit: 24, mandatory: 25 },
  { flag: 'DFLAG_UNLINK_ID', bit: 25, mandatory: 26 },
  { flag: 'DFLAG_MANDATORY_25_DIGEST', bit: 26, mandatory: undefined },
  { flag: 'DFLAG_SPAWN', bit: 32, mandatory: undefined },
  { flag: 'DFLAG_NAME_ME', bit: 33, mandatory: undefined },
  { flag: 'DFLAG_V4_NC', bit: 34, mandatory: 26 },
  { flag: 'DFLAG_ALIAS', bit: 35, mandatory: undefined },
] as const satisfies readonly DistFlagsRow[];

/** The rows of {@link DistFlags} by `flag`. */
export const DistFlagsByFlag: ReadonlyMap<string, DistFlagsRow> = new Map(
  DistFlags.map((row) => [row.flag, row]),
);

/** The rows of {@link DistFlags} by `bit`. */
export const DistFlagsByBit: ReadonlyMap<number, DistFlagsRow> = new Map(
  DistFlags.map((row) => [row.bit, row]),
);

/** True when `name` is one of {@link DistFlagsName}. */
export function isDistFlagsName(name: string): name is DistFlagsName {
  return DistFlagsByFlag.has(name);
}

/**
 * The initiating node A names itself. With DFLAG_NAME_ME the name is only the host part and B
 * answers with the full name in its status. Extra bytes after the name are accepted and ignored.
 * Message number 78.
 * @see erl_dist_protocol distribution_handshake
 */
export interface SendName {
  flags: bigint;
  creation: number;
  /** Nlen, Name: the full node name, e.g. "a@host". Wire: <0..65535> bytes. */
  name: Uint8Array;
  extra: Uint8Array;
}

/** What {@link encodeSendName} takes: a {@link SendName}, where fields with a default may be left out. */
export interface SendNameInput {
  flags: bigint;
  creation: number;
  name: Uint8Array;
  extra: Uint8Array;
}

/** The message number of {@link SendName}. */
export const SendName_NUMBER = 78;

/** Read a {@link SendName} at the reader's position. */
export function readSendName(r: Reader): SendName {
  const f = F.SendName;
  r.messageNumber(78, f.$);
  const flags = r.u64(f.flags);
  const creation = r.u32(f.creation);
  const name = r.opaque(f.name);
  const extra = r.rest();
  return { flags, creation, name, extra };
}

/** Write a {@link SendName}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeSendName(w: Writer, v: SendNameInput): void {
  const f = F.SendName;
  expectObject(v, f.$);
  w.u8(78, f.$);
  w.u64(v.flags, f.flags);
  w.u32(v.creation, f.creation);
  w.opaque(v.name, f.name);
  w.raw(v.extra, f.extra);
}

/**
 * Decode a whole {@link SendName}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSendName(bytes: Uint8Array, limits?: DecodeLimits): SendName {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SendName.$);
  const v = readSendName(r);
  r.done(F.SendName.$);
  return v;
}

/** Encode a {@link SendName}. */
export function encodeSendName(v: SendNameInput): Uint8Array {
  const w = new Writer();
  writeSendName(w, v);
  return w.finish();
}

/**
 * The old name message of protocol version 5. OTP 23 and 24 nodes that do not use epmd, and so do
 * not know that B speaks version 6, may still send it, with DFLAG_HANDSHAKE_23 set in the flags;
 * they then send SendComplement after B's challenge. OTP 25.3 and later accept it and never send
 * it. The name runs to the end of the message.
 * Message number 110.
 * @see erl_dist_protocol distribution_handshake
 */
export interface SendNameV5 {
  /** always 5. */
  version: number;
  /** the low 32 capability flags. */
  flags: number;
  /** the full node name, e.g. "a@host". */
  name: Uint8Array;
}

/** What {@link encodeSendNameV5} takes: a {@link SendNameV5}, where fields with a default may be left out. */
export interface SendNameV5Input {
  version: number;
  flags: number;
  name: Uint8Array;
}

/** The message number of {@link SendNameV5}. */
export const SendNameV5_NUMBER = 110;

/** Read a {@link SendNameV5} at the reader's position. */
export function readSendNameV5(r: Reader): SendNameV5 {
  const f = F.SendNameV5;
  r.messageNumber(110, f.$);
  const version = r.u16(f.version);
  const flags = r.u32(f.flags);
  const name = r.rest();
  return { version, flags, name };
}

/** Write a {@link SendNameV5}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeSendNameV5(w: Writer, v: SendNameV5Input): void {
  const f = F.SendNameV5;
  expectObject(v, f.$);
  w.u8(110, f.$);
  w.u16(v.version, f.version);
  w.u32(v.flags, f.flags);
  w.raw(v.name, f.name);
}

/**
 * Decode a whole {@link SendNameV5}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSendNameV5(bytes: Uint8Array, limits?: DecodeLimits): SendNameV5 {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SendNameV5.$);
  const v = readSendNameV5(r);
  r.done(F.SendNameV5.$);
  return v;
}

/** Encode a {@link SendNameV5}. */
export function encodeSendNameV5(v: SendNameV5Input): Uint8Array {
  const w = new Writer();
  writeSendNameV5(w, v);
  return w.finish();
}

/** The variants of SendStatus.status, keyed by the text that follows. */
export type SendStatusStatus =
  | { case: 'ok'; value: Empty }
  | { case: 'ok_simultaneous'; value: Empty }
  | { case: 'nok'; value: Empty }
  | { case: 'not_allowed'; value: Empty }
  | { case: 'alive'; value: Empty }
  | { case: 'true'; value: Empty }
  | { case: 'false'; value: Empty }
  | { case: 'named:'; value: NamedStatus };
/** {@link SendStatusStatus} as an encoder takes it. */
export type SendStatusStatusInput =
  | { case: 'ok'; value: EmptyInput }
  | { case: 'ok_simultaneous'; value: EmptyInput }
  | { case: 'nok'; value: EmptyInput }
  | { case: 'not_allowed'; value: EmptyInput }
  | { case: 'alive'; value: EmptyInput }
  | { case: 'true'; value: EmptyInput }
  | { case: 'false'; value: EmptyInput }
  | { case: 'named:'; value: NamedStatusInput };

/**
 * B's verdict, as text, and A's answer to "alive" ("true": go on, "false": give up). With
 * DFLAG_NAME_ME, B answers "named:" with the name it gave A and that name's creation.
 * Message number 115.
 * @see erl_dist_protocol distribution_handshake
 */
export interface SendStatus {
  status: SendStatusStatus;
}

/** What {@link encodeSendStatus} takes: a {@link SendStatus}, where fields with a default may be left out. */
export interface SendStatusInput {
  status: SendStatusStatusInput;
}

/** The message number of {@link SendStatus}. */
export const SendStatus_NUMBER = 115;

/** Read a {@link SendStatus} at the reader's position. */
export function readSendStatus(r: Reader): SendStatus {
  const f = F.SendStatus;
  r.messageNumber(115, f.$);
  let status: SendStatusStatus;
  let statusArm = '';
  try {
    if (r.literal(SendStatusLabelok_simultaneous)) {
      statusArm = 'ok_simultaneous';
      status = { case: 'ok_simultaneous', value: readEmpty(r) };
    } else if (r.literal(SendStatusLabelnot_allowed)) {
      statusArm = 'not_allowed';
      status = { case: 'not_allowed', value: readEmpty(r) };
    } else if (r.literal(SendStatusLabelnamed_)) {
      statusArm = 'named:';
      status = { case: 'named:', value: readNamedStatus(r) };
    } else if (r.literal(SendStatusLabelalive)) {
      statusArm = 'alive';
      status = { case: 'alive', value: readEmpty(r) };
    } else if (r.literal(SendStatusLabelfalse)) {
      statusArm = 'false';
      status = { case: 'false', value: readEmpty(r) };
    } else if (r.literal(SendStatusLabeltrue)) {
      statusArm = 'true';
      status = { case: 'true', value: readEmpty(r) };
    } else if (r.literal(SendStatusLabelnok)) {
      statusArm = 'nok';
      status = { case: 'nok', value: readEmpty(r) };
    } else if (r.literal(SendStatusLabelok)) {
      statusArm = 'ok';
      status = { case: 'ok', value: readEmpty(r) };
    } else throw new DecodeError('no_case', f.status, 'the text starts with no case label');
  } catch (e) {
    throw nested(e, f.status, statusArm);
  }
  return { status };
}

/** Write a {@link SendStatus}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeSendStatus(w: Writer, v: SendStatusInput): void {
  const f = F.SendStatus;
  expectObject(v, f.$);
  w.u8(115, f.$);
  const statusValue = expectObject(v.status, f.status);
  let statusArm = '';
  try {
    switch (statusValue.case) {
      case 'ok': {
        const statusAt = w.pos;
        w.raw(SendStatusLabelok, f.status);
        statusArm = 'ok';
        writeEmpty(w, statusValue.value);
        w.refusePrefixes(statusAt, [SendStatusLabelok_simultaneous], f.status);
        break;
      }
      case 'ok_simultaneous': {
        const statusAt = w.pos;
        w.raw(SendStatusLabelok_simultaneous, f.status);
        statusArm = 'ok_simultaneous';
        writeEmpty(w, statusValue.value);
        break;
      }
      case 'nok': {
        const statusAt = w.pos;
        w.raw(SendStatusLabelnok, f.status);
        statusArm = 'nok';
        writeEmpty(w, statusValue.value);
        break;
      }
      case 'not_allowed': {
        const statusAt = w.pos;
        w.raw(SendStatusLabelnot_allowed, f.status);
        statusArm = 'not_allowed';
        writeEmpty(w, statusValue.value);
        break;
      }
      case 'alive': {
        const statusAt = w.pos;
        w.raw(SendStatusLabelalive, f.status);
        statusArm = 'alive';
        writeEmpty(w, statusValue.value);
        break;
      }
      case 'true': {
        const statusAt = w.pos;
        w.raw(SendStatusLabeltrue, f.status);
        statusArm = 'true';
        writeEmpty(w, statusValue.value);
        break;
      }
      case 'false': {
        const statusAt = w.pos;
        w.raw(SendStatusLabelfalse, f.status);
        statusArm = 'false';
        writeEmpty(w, statusValue.value);
        break;
      }
      case 'named:': {
        const statusAt = w.pos;
        w.raw(SendStatusLabelnamed_, f.status);
        statusArm = 'named:';
        writeNamedStatus(w, statusValue.value);
        break;
      }
      default:
        throw new EncodeError(
          'no_case',
          f.status,
          `no case ${String((statusValue as { case: unknown }).case)}`,
        );
    }
  } catch (e) {
    throw nested(e, f.status, statusArm);
  }
}

/**
 * Decode a whole {@link SendStatus}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSendStatus(bytes: Uint8Array, limits?: DecodeLimits): SendStatus {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SendStatus.$);
  const v = readSendStatus(r);
  r.done(F.SendStatus.$);
  return v;
}

/** Encode a {@link SendStatus}. */
export function encodeSendStatus(v: SendStatusInput): Uint8Array {
  const w = new Writer();
  writeSendStatus(w, v);
  return w.finish();
}

/**
 * The "named:" arm of SendStatus.
 * @see erl_dist_protocol distribution_handshake
 */
export interface NamedStatus {
  /** the full node name B gave A. Wire: <0..65535> bytes. */
  name: Uint8Array;
  creation: number;
}

/**
 * What {@link encodeNamedStatus} takes: a {@link NamedStatus}, where fields with a default may be left out.
 */
export interface NamedStatusInput {
  name: Uint8Array;
  creation: number;
}

/** Read a {@link NamedStatus} at the reader's position. */
export function readNamedStatus(r: Reader): NamedStatus {
  const f = F.NamedStatus;
  const name = r.opaque(f.name);
  const creation = r.u32(f.creation);
  return { name, creation };
}

/** Write a {@link NamedStatus}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeNamedStatus(w: Writer, v: NamedStatusInput): void {
  const f = F.NamedStatus;
  expectObject(v, f.$);
  w.opaque(v.name, f.name);
  w.u32(v.creation, f.creation);
}

/**
 * Decode a whole {@link NamedStatus}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeNamedStatus(bytes: Uint8Array, limits?: DecodeLimits): NamedStatus {
  const r = new Reader(bytes, 0, bytes.length, limits, F.NamedStatus.$);
  const v = readNamedStatus(r);
  r.done(F.NamedStatus.$);
  return v;
}

/** Encode a {@link NamedStatus}. */
export function encodeNamedStatus(v: NamedStatusInput): Uint8Array {
  const w = new Writer();
  writeNamedStatus(w, v);
  return w.finish();
}

/**
 * Message number 78.
 * @see erl_dist_protocol distribution_handshake
 */
export interface SendChallenge {
  flags: bigint;
  challenge: number;
  creation: number;
  /** Wire: <0..65535> bytes. */
  name: Uint8Array;
  extra: Uint8Array;
}

/**
 * What {@link encodeSendChallenge} takes: a {@link SendChallenge}, where fields with a default may be left
 * out.
 */
export interface SendChallengeInput {
  flags: bigint;
  challenge: number;
  creation: number;
  name: Uint8Array;
  extra: Uint8Array;
}

/** The message number of {@link SendChallenge}. */
export const SendChallenge_NUMBER = 78;

/** Read a {@link SendChallenge} at the reader's position. */
export function readSendChallenge(r: Reader): SendChallenge {
  const f = F.SendChallenge;
  r.messageNumber(78, f.$);
  const flags = r.u64(f.flags);
  const challenge = r.u32(f.challenge);
  const creation = r.u32(f.creation);
  const name = r.opaque(f.name);
  const extra = r.rest();
  return { flags, challenge, creation, name, extra };
}

/** Write a {@link SendChallenge}; throws EncodeError naming the field for a value the spec does not allow. */
export function writeSendChallenge(w: Writer, v: SendChallengeInput): void {
  const f = F.SendChallenge;
  expectObject(v, f.$);
  w.u8(78, f.$);
  w.u64(v.flags, f.flags);
  w.u32(v.challenge, f.challenge);
  w.u32(v.creation, f.creation);
  w.opaque(v.name, f.name);
  w.raw(v.extra, f.extra);
}

/**
 * Decode a whole {@link SendChallenge}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSendChallenge(bytes: Uint8Array, limits?: DecodeLimits): SendChallenge {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SendChallenge.$);
  const v = readSendChallenge(r);
  r.done(F.SendChallenge.$);
  return v;
}

/** Encode a {@link SendChallenge}. */
export function encodeSendChallenge(v: SendChallengeInput): Uint8Array {
  const w = new Writer();
  writeSendChallenge(w, v);
  return w.finish();
}

/**
 * Sent by A only when it started with the old version-5 name message ('n').
 * Message number 99.
 * @see erl_dist_protocol distribution_handshake
 */
export interface SendComplement {
  flags_high: number;
  creation: number;
}

/**
 * What {@link encodeSendComplement} takes: a {@link SendComplement}, where fields with a default may be left
 * out.
 */
export interface SendComplementInput {
  flags_high: number;
  creation: number;
}

/** The message number of {@link SendComplement}. */
export const SendComplement_NUMBER = 99;

/** Read a {@link SendComplement} at the reader's position. */
export function readSendComplement(r: Reader): SendComplement {
  const f = F.SendComplement;
  r.messageNumber(99, f.$);
  const flags_high = r.u32(f.flags_high);
  const creation = r.u32(f.creation);
  return { flags_high, creation };
}

/**
 * Write a {@link SendComplement}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeSendComplement(w: Writer, v: SendComplementInput): void {
  const f = F.SendComplement;
  expectObject(v, f.$);
  w.u8(99, f.$);
  w.u32(v.flags_high, f.flags_high);
  w.u32(v.creation, f.creation);
}

/**
 * Decode a whole {@link SendComplement}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSendComplement(bytes: Uint8Array, limits?: DecodeLimits): SendComplement {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SendComplement.$);
  const v = readSendComplement(r);
  r.done(F.SendComplement.$);
  return v;
}

/** Encode a {@link SendComplement}. */
export function encodeSendComplement(v: SendComplementInput): Uint8Array {
  const w = new Writer();
  writeSendComplement(w, v);
  return w.finish();
}

/**
 * digest = MD5(cookie ++ decimal text of B's challenge)
 * Message number 114.
 * @see erl_dist_protocol distribution_handshake
 */
export interface SendChallengeReply {
  /** A's challenge to B. */
  challenge: number;
  digest: Uint8Array;
}

/**
 * What {@link encodeSendChallengeReply} takes: a {@link SendChallengeReply}, where fields with a default may
 * be left out.
 */
export interface SendChallengeReplyInput {
  challenge: number;
  digest: Uint8Array;
}

/** The message number of {@link SendChallengeReply}. */
export const SendChallengeReply_NUMBER = 114;

/** Read a {@link SendChallengeReply} at the reader's position. */
export function readSendChallengeReply(r: Reader): SendChallengeReply {
  const f = F.SendChallengeReply;
  r.messageNumber(114, f.$);
  const challenge = r.u32(f.challenge);
  const digest = r.raw(16, f.digest);
  return { challenge, digest };
}

/**
 * Write a {@link SendChallengeReply}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSendChallengeReply(w: Writer, v: SendChallengeReplyInput): void {
  const f = F.SendChallengeReply;
  expectObject(v, f.$);
  w.u8(114, f.$);
  w.u32(v.challenge, f.challenge);
  w.fixed(v.digest, 16, f.digest);
}

/**
 * Decode a whole {@link SendChallengeReply}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSendChallengeReply(bytes: Uint8Array, limits?: DecodeLimits): SendChallengeReply {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SendChallengeReply.$);
  const v = readSendChallengeReply(r);
  r.done(F.SendChallengeReply.$);
  return v;
}

/** Encode a {@link SendChallengeReply}. */
export function encodeSendChallengeReply(v: SendChallengeReplyInput): Uint8Array {
  const w = new Writer();
  writeSendChallengeReply(w, v);
  return w.finish();
}

/**
 * digest = MD5(cookie ++ decimal text of A's challenge)
 * Message number 97.
 * @see erl_dist_protocol distribution_handshake
 */
export interface SendChallengeAck {
  digest: Uint8Array;
}

/**
 * What {@link encodeSendChallengeAck} takes: a {@link SendChallengeAck}, where fields with a default may be
 * left out.
 */
export interface SendChallengeAckInput {
  digest: Uint8Array;
}

/** The message number of {@link SendChallengeAck}. */
export const SendChallengeAck_NUMBER = 97;

/** Read a {@link SendChallengeAck} at the reader's position. */
export function readSendChallengeAck(r: Reader): SendChallengeAck {
  const f = F.SendChallengeAck;
  r.messageNumber(97, f.$);
  const digest = r.raw(16, f.digest);
  return { digest };
}

/**
 * Write a {@link SendChallengeAck}; throws EncodeError naming the field for a value the spec does not allow.
 */
export function writeSendChallengeAck(w: Writer, v: SendChallengeAckInput): void {
  const f = F.SendChallengeAck;
  expectObject(v, f.$);
  w.u8(97, f.$);
  w.fixed(v.digest, 16, f.digest);
}

/**
 * Decode a whole {@link SendChallengeAck}: trailing bytes are an error. Opaque fields are views into `bytes`;
 * `limits` bound what one decode may cost.
 */
export function decodeSendChallengeAck(bytes: Uint8Array, limits?: DecodeLimits): SendChallengeAck {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SendChallengeAck.$);
  const v = readSendChallengeAck(r);
  r.done(F.SendChallengeAck.$);
  return v;
}

/** Encode a {@link SendChallengeAck}. */
export function encodeSendChallengeAck(v: SendChallengeAckInput): Uint8Array {
  const w = new Writer();
  writeSendChallengeAck(w, v);
  return w.finish();
}

/** What tells apart the messages of {@link DistHandshakeMessage} that share a number. */
export interface DistHandshakeMessageContext {
  role?: string;
}

/**
 * The handshake messages by their tag. 'N' is SendName when the acceptor receives it and
 * SendChallenge when the initiator does, so the receiving side's role is the context.
 * A message of a number no entry has keeps its bytes, with `name` undefined.
 * @see erl_dist_protocol distribution_handshake
 */
export type DistHandshakeMessage =
  | { name: 'SendNameV5'; message: SendNameV5 }
  | { name: 'SendStatus'; message: SendStatus }
  | { name: 'SendComplement'; message: SendComplement }
  | { name: 'SendChallengeReply'; message: SendChallengeReply }
  | { name: 'SendChallengeAck'; message: SendChallengeAck }
  | { name: 'SendName'; message: SendName }
  | { name: 'SendChallenge'; message: SendChallenge }
  | { name: undefined; number: number; message: Uint8Array };

/**
 * Decode one message of {@link DistHandshakeMessage}: its first byte is the message number. Numbers several
 * messages share need the context. `limits` bound what the decode may cost.
 */
export function decodeDistHandshakeMessage(
  payload: Uint8Array,
  ctx: DistHandshakeMessageContext = {},
  limits?: DecodeLimits,
): DistHandshakeMessage {
  if (payload.length === 0)
    throw new DecodeError('truncated', 'DistHandshakeMessage', 'an empty payload has no message number');
  switch (payload[0]) {
    case 78:
      switch (ctx.role) {
        case 'acceptor':
          return { name: 'SendName', message: decodeSendName(payload, limits) };
        case 'initiator':
          return { name: 'SendChallenge', message: decodeSendChallenge(payload, limits) };
        default:
          throw new DecodeError(
            'no_case',
            'DistHandshakeMessage',
            `message 78 depends on role, and the context gives ${String(ctx.role)}`,
          );
      }
    case 97:
      return { name: 'SendChallengeAck', message: decodeSendChallengeAck(payload, limits) };
    case 99:
      return { name: 'SendComplement', message: decodeSendComplement(payload, limits) };
    case 110:
      return { name: 'SendNameV5', message: decodeSendNameV5(payload, limits) };
    case 114:
      return { name: 'SendChallengeReply', message: decodeSendChallengeReply(payload, limits) };
    case 115:
      return { name: 'SendStatus', message: decodeSendStatus(payload, limits) };
    default:
      return { name: undefined, number: payload[0]!, message: payload };
  }
}

/** Where each field is in specs/dist/handshake.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/dist/handshake.spec', {
  SendName: {
    $: 55,
    flags: 56,
    creation: 57,
    name: { line: 58, minLength: 0, maxLength: 2 ** 16 - 1 },
    extra: 59,
  },
  SendNameV5: {
    $: 69,
    version: 70,
    flags: 71,
    name: 72,
  },
  SendStatus: {
    $: 80,
    status: 93,
  },
  NamedStatus: {
    $: 90,
    name: { line: 91, minLength: 0, maxLength: 2 ** 16 - 1 },
    creation: 92,
  },
  SendChallenge: {
    $: 97,
    flags: 98,
    challenge: 99,
    creation: 100,
    name: { line: 101, minLength: 0, maxLength: 2 ** 16 - 1 },
    extra: 102,
  },
  SendComplement: {
    $: 107,
    flags_high: 108,
    creation: 109,
  },
  SendChallengeReply: {
    $: 114,
    challenge: 115,
    digest: 116,
  },
  SendChallengeAck: {
    $: 121,
    digest: 122,
  },
});
const SendStatusLabelok_simultaneous = textBytes('ok_simultaneous');
const SendStatusLabelnot_allowed = textBytes('not_allowed');
const SendStatusLabelnamed_ = textBytes('named:');
const SendStatusLabelalive = textBytes('alive');
const SendStatusLabelfalse = textBytes('false');
const SendStatusLabeltrue = textBytes('true');
const SendStatusLabelnok = textBytes('nok');
const SendStatusLabelok = textBytes('ok');
