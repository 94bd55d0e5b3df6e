// Generated from specs/dist/handshake.spec by otpnet-gen. Do not edit.
import { DecodeError, Reader, Writer } from '@otpnet/wire';

/** One row of {@link DistFlags}. */
export interface DistFlagsRow {
  /** Unique; see {@link DistFlagsByFlag}. */
  readonly flag: string;
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

/** The message number of {@link SendName}. */
export const SendName_NUMBER = 78;

/** Read a {@link SendName} at the reader's position. */
export function readSendName(r: Reader): SendName {
  const number = r.u8('SendName@specs/dist/handshake.spec:54');
  if (number !== 78) throw new DecodeError('SendName@specs/dist/handshake.spec:54', `expected message number 78, got ${number}`);
  const flags = r.u64('SendName.flags@specs/dist/handshake.spec:55');
  const creation = r.u32('SendName.creation@specs/dist/handshake.spec:56');
  const name = r.raw(r.vectorLength(2, 0, 65535, 1, 'SendName.name@specs/dist/handshake.spec:57'), 'SendName.name@specs/dist/handshake.spec:57');
  const extra = r.rest();
  return { flags, creation, name, extra };
}

/** Write a {@link SendName}. */
export function writeSendName(w: Writer, v: SendName): void {
  w.u8(78, 'SendName@specs/dist/handshake.spec:54');
  w.u64(v.flags, 'SendName.flags@specs/dist/handshake.spec:55');
  w.u32(v.creation, 'SendName.creation@specs/dist/handshake.spec:56');
  const nameMark = w.beginLength(2);
  w.raw(v.name, 'SendName.name@specs/dist/handshake.spec:57');
  w.endLength(nameMark, 2, 0, 65535, 1, 'SendName.name@specs/dist/handshake.spec:57');
  w.raw(v.extra, 'SendName.extra@specs/dist/handshake.spec:58');
}

/** Decode a whole {@link SendName}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSendName(bytes: Uint8Array): SendName {
  const r = new Reader(bytes);
  const v = readSendName(r);
  r.done('SendName@specs/dist/handshake.spec:54');
  return v;
}

/** Encode a {@link SendName}. */
export function encodeSendName(v: SendName): Uint8Array {
  const w = new Writer();
  writeSendName(w, v);
  return w.finish();
}

/**
 * B's verdict, as text: "ok", "ok_simultaneous", "nok", "not_allowed", "alive", or "named:"
 * followed by uint16 Nlen, Name and uint32 Creation (the name B gave A). A answers "alive" with a
 * status "true" or "false". A select keyed by a prefix of an unframed text is not a layout the
 * language has, so the runtime reads the text.
 * Message number 115.
 * @see erl_dist_protocol distribution_handshake
 */
export interface SendStatus {
  status: Uint8Array;
}

/** The message number of {@link SendStatus}. */
export const SendStatus_NUMBER = 115;

/** Read a {@link SendStatus} at the reader's position. */
export function readSendStatus(r: Reader): SendStatus {
  const number = r.u8('SendStatus@specs/dist/handshake.spec:68');
  if (number !== 115) throw new DecodeError('SendStatus@specs/dist/handshake.spec:68', `expected message number 115, got ${number}`);
  const status = r.rest();
  return { status };
}

/** Write a {@link SendStatus}. */
export function writeSendStatus(w: Writer, v: SendStatus): void {
  w.u8(115, 'SendStatus@specs/dist/handshake.spec:68');
  w.raw(v.status, 'SendStatus.status@specs/dist/handshake.spec:69');
}

/** Decode a whole {@link SendStatus}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSendStatus(bytes: Uint8Array): SendStatus {
  const r = new Reader(bytes);
  const v = readSendStatus(r);
  r.done('SendStatus@specs/dist/handshake.spec:68');
  return v;
}

/** Encode a {@link SendStatus}. */
export function encodeSendStatus(v: SendStatus): Uint8Array {
  const w = new Writer();
  writeSendStatus(w, v);
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

/** The message number of {@link SendChallenge}. */
export const SendChallenge_NUMBER = 78;

/** Read a {@link SendChallenge} at the reader's position. */
export function readSendChallenge(r: Reader): SendChallenge {
  const number = r.u8('SendChallenge@specs/dist/handshake.spec:73');
  if (number !== 78) throw new DecodeError('SendChallenge@specs/dist/handshake.spec:73', `expected message number 78, got ${number}`);
  const flags = r.u64('SendChallenge.flags@specs/dist/handshake.spec:74');
  const challenge = r.u32('SendChallenge.challenge@specs/dist/handshake.spec:75');
  const creation = r.u32('SendChallenge.creation@specs/dist/handshake.spec:76');
  const name = r.raw(r.vectorLength(2, 0, 65535, 1, 'SendChallenge.name@specs/dist/handshake.spec:77'), 'SendChallenge.name@specs/dist/handshake.spec:77');
  const extra = r.rest();
  return { flags, challenge, creation, name, extra };
}

/** Write a {@link SendChallenge}. */
export function writeSendChallenge(w: Writer, v: SendChallenge): void {
  w.u8(78, 'SendChallenge@specs/dist/handshake.spec:73');
  w.u64(v.flags, 'SendChallenge.flags@specs/dist/handshake.spec:74');
  w.u32(v.challenge, 'SendChallenge.challenge@specs/dist/handshake.spec:75');
  w.u32(v.creation, 'SendChallenge.creation@specs/dist/handshake.spec:76');
  const nameMark = w.beginLength(2);
  w.raw(v.name, 'SendChallenge.name@specs/dist/handshake.spec:77');
  w.endLength(nameMark, 2, 0, 65535, 1, 'SendChallenge.name@specs/dist/handshake.spec:77');
  w.raw(v.extra, 'SendChallenge.extra@specs/dist/handshake.spec:78');
}

/** Decode a whole {@link SendChallenge}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSendChallenge(bytes: Uint8Array): SendChallenge {
  const r = new Reader(bytes);
  const v = readSendChallenge(r);
  r.done('SendChallenge@specs/dist/handshake.spec:73');
  return v;
}

/** Encode a {@link SendChallenge}. */
export function encodeSendChallenge(v: SendChallenge): Uint8Array {
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

/** The message number of {@link SendComplement}. */
export const SendComplement_NUMBER = 99;

/** Read a {@link SendComplement} at the reader's position. */
export function readSendComplement(r: Reader): SendComplement {
  const number = r.u8('SendComplement@specs/dist/handshake.spec:83');
  if (number !== 99) throw new DecodeError('SendComplement@specs/dist/handshake.spec:83', `expected message number 99, got ${number}`);
  const flags_high = r.u32('SendComplement.flags_high@specs/dist/handshake.spec:84');
  const creation = r.u32('SendComplement.creation@specs/dist/handshake.spec:85');
  return { flags_high, creation };
}

/** Write a {@link SendComplement}. */
export function writeSendComplement(w: Writer, v: SendComplement): void {
  w.u8(99, 'SendComplement@specs/dist/handshake.spec:83');
  w.u32(v.flags_high, 'SendComplement.flags_high@specs/dist/handshake.spec:84');
  w.u32(v.creation, 'SendComplement.creation@specs/dist/handshake.spec:85');
}

/** Decode a whole {@link SendComplement}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSendComplement(bytes: Uint8Array): SendComplement {
  const r = new Reader(bytes);
  const v = readSendComplement(r);
  r.done('SendComplement@specs/dist/handshake.spec:83');
  return v;
}

/** Encode a {@link SendComplement}. */
export function encodeSendComplement(v: SendComplement): Uint8Array {
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

/** The message number of {@link SendChallengeReply}. */
export const SendChallengeReply_NUMBER = 114;

/** Read a {@link SendChallengeReply} at the reader's position. */
export function readSendChallengeReply(r: Reader): SendChallengeReply {
  const number = r.u8('SendChallengeReply@specs/dist/handshake.spec:90');
  if (number !== 114) throw new DecodeError('SendChallengeReply@specs/dist/handshake.spec:90', `expected message number 114, got ${number}`);
  const challenge = r.u32('SendChallengeReply.challenge@specs/dist/handshake.spec:91');
  const digest = r.raw(16, 'SendChallengeReply.digest@specs/dist/handshake.spec:92');
  return { challenge, digest };
}

/** Write a {@link SendChallengeReply}. */
export function writeSendChallengeReply(w: Writer, v: SendChallengeReply): void {
  w.u8(114, 'SendChallengeReply@specs/dist/handshake.spec:90');
  w.u32(v.challenge, 'SendChallengeReply.challenge@specs/dist/handshake.spec:91');
  w.fixed(v.digest, 16, 'SendChallengeReply.digest@specs/dist/handshake.spec:92');
}

/** Decode a whole {@link SendChallengeReply}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSendChallengeReply(bytes: Uint8Array): SendChallengeReply {
  const r = new Reader(bytes);
  const v = readSendChallengeReply(r);
  r.done('SendChallengeReply@specs/dist/handshake.spec:90');
  return v;
}

/** Encode a {@link SendChallengeReply}. */
export function encodeSendChallengeReply(v: SendChallengeReply): Uint8Array {
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

/** The message number of {@link SendChallengeAck}. */
export const SendChallengeAck_NUMBER = 97;

/** Read a {@link SendChallengeAck} at the reader's position. */
export function readSendChallengeAck(r: Reader): SendChallengeAck {
  const number = r.u8('SendChallengeAck@specs/dist/handshake.spec:97');
  if (number !== 97) throw new DecodeError('SendChallengeAck@specs/dist/handshake.spec:97', `expected message number 97, got ${number}`);
  const digest = r.raw(16, 'SendChallengeAck.digest@specs/dist/handshake.spec:98');
  return { digest };
}

/** Write a {@link SendChallengeAck}. */
export function writeSendChallengeAck(w: Writer, v: SendChallengeAck): void {
  w.u8(97, 'SendChallengeAck@specs/dist/handshake.spec:97');
  w.fixed(v.digest, 16, 'SendChallengeAck.digest@specs/dist/handshake.spec:98');
}

/** Decode a whole {@link SendChallengeAck}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSendChallengeAck(bytes: Uint8Array): SendChallengeAck {
  const r = new Reader(bytes);
  const v = readSendChallengeAck(r);
  r.done('SendChallengeAck@specs/dist/handshake.spec:97');
  return v;
}

/** Encode a {@link SendChallengeAck}. */
export function encodeSendChallengeAck(v: SendChallengeAck): Uint8Array {
  const w = new Writer();
  writeSendChallengeAck(w, v);
  return w.finish();
}
