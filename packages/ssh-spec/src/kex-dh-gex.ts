// Generated from specs/ssh/kex-dh-gex.spec by otpnet-gen. Do not edit.
import { type DecodeLimits, expectObject, fields, Reader, Writer } from '@otpnet/wire';

/**
 * The client's wish: a group of at least min, preferably n, at most max bits (RFC 4419 3).
 * Message number 34.
 * @see RFC 4419 §5
 */
export interface SSH_MSG_KEX_DH_GEX_REQUEST {
  min: number;
  n: number;
  max: number;
}

/**
 * What {@link encodeSSH_MSG_KEX_DH_GEX_REQUEST} takes: a {@link SSH_MSG_KEX_DH_GEX_REQUEST}, where fields
 * with a default may be left out.
 */
export interface SSH_MSG_KEX_DH_GEX_REQUESTInput {
  min: number;
  n: number;
  max: number;
}

/** The message number of {@link SSH_MSG_KEX_DH_GEX_REQUEST}. */
export const SSH_MSG_KEX_DH_GEX_REQUEST_NUMBER = 34;

/** Read a {@link SSH_MSG_KEX_DH_GEX_REQUEST} at the reader's position. */
export function readSSH_MSG_KEX_DH_GEX_REQUEST(r: Reader): SSH_MSG_KEX_DH_GEX_REQUEST {
  const f = F.SSH_MSG_KEX_DH_GEX_REQUEST;
  r.messageNumber(34, f.$);
  const min = r.u32(f.min);
  const n_ = r.u32(f.n);
  const max = r.u32(f.max);
  return { min, n: n_, max };
}

/**
 * Write a {@link SSH_MSG_KEX_DH_GEX_REQUEST}; throws EncodeError naming the field for a value the spec does
 * not allow.
 */
export function writeSSH_MSG_KEX_DH_GEX_REQUEST(w: Writer, v: SSH_MSG_KEX_DH_GEX_REQUESTInput): void {
  const f = F.SSH_MSG_KEX_DH_GEX_REQUEST;
  expectObject(v, f.$);
  w.u8(34, f.$);
  w.u32(v.min, f.min);
  w.u32(v.n, f.n);
  w.u32(v.max, f.max);
}

/**
 * Decode a whole {@link SSH_MSG_KEX_DH_GEX_REQUEST}: trailing bytes are an error. Opaque fields are views
 * into `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_KEX_DH_GEX_REQUEST(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_KEX_DH_GEX_REQUEST {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_KEX_DH_GEX_REQUEST.$);
  const v = readSSH_MSG_KEX_DH_GEX_REQUEST(r);
  r.done(F.SSH_MSG_KEX_DH_GEX_REQUEST.$);
  return v;
}

/** Encode a {@link SSH_MSG_KEX_DH_GEX_REQUEST}. */
export function encodeSSH_MSG_KEX_DH_GEX_REQUEST(v: SSH_MSG_KEX_DH_GEX_REQUESTInput): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_KEX_DH_GEX_REQUEST(w, v);
  return w.finish();
}

/**
 * The request older clients send: only the preferred size (RFC 4419 3).
 * Message number 30.
 * @see RFC 4419 §5
 */
export interface SSH_MSG_KEX_DH_GEX_REQUEST_OLD {
  n: number;
}

/**
 * What {@link encodeSSH_MSG_KEX_DH_GEX_REQUEST_OLD} takes: a {@link SSH_MSG_KEX_DH_GEX_REQUEST_OLD}, where
 * fields with a default may be left out.
 */
export interface SSH_MSG_KEX_DH_GEX_REQUEST_OLDInput {
  n: number;
}

/** The message number of {@link SSH_MSG_KEX_DH_GEX_REQUEST_OLD}. */
export const SSH_MSG_KEX_DH_GEX_REQUEST_OLD_NUMBER = 30;

/** Read a {@link SSH_MSG_KEX_DH_GEX_REQUEST_OLD} at the reader's position. */
export function readSSH_MSG_KEX_DH_GEX_REQUEST_OLD(r: Reader): SSH_MSG_KEX_DH_GEX_REQUEST_OLD {
  const f = F.SSH_MSG_KEX_DH_GEX_REQUEST_OLD;
  r.messageNumber(30, f.$);
  const n_ = r.u32(f.n);
  return { n: n_ };
}

/**
 * Write a {@link SSH_MSG_KEX_DH_GEX_REQUEST_OLD}; throws EncodeError naming the field for a value the spec
 * does not allow.
 */
export function writeSSH_MSG_KEX_DH_GEX_REQUEST_OLD(w: Writer, v: SSH_MSG_KEX_DH_GEX_REQUEST_OLDInput): void {
  const f = F.SSH_MSG_KEX_DH_GEX_REQUEST_OLD;
  expectObject(v, f.$);
  w.u8(30, f.$);
  w.u32(v.n, f.n);
}

/**
 * Decode a whole {@link SSH_MSG_KEX_DH_GEX_REQUEST_OLD}: trailing bytes are an error. Opaque fields are views
 * into `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_KEX_DH_GEX_REQUEST_OLD(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_KEX_DH_GEX_REQUEST_OLD {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_KEX_DH_GEX_REQUEST_OLD.$);
  const v = readSSH_MSG_KEX_DH_GEX_REQUEST_OLD(r);
  r.done(F.SSH_MSG_KEX_DH_GEX_REQUEST_OLD.$);
  return v;
}

/** Encode a {@link SSH_MSG_KEX_DH_GEX_REQUEST_OLD}. */
export function encodeSSH_MSG_KEX_DH_GEX_REQUEST_OLD(v: SSH_MSG_KEX_DH_GEX_REQUEST_OLDInput): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_KEX_DH_GEX_REQUEST_OLD(w, v);
  return w.finish();
}

/**
 * Message number 31.
 * @see RFC 4419 §5
 */
export interface SSH_MSG_KEX_DH_GEX_GROUP {
  /** the safe prime. */
  p: bigint;
  /** the generator of the subgroup. */
  g: bigint;
}

/**
 * What {@link encodeSSH_MSG_KEX_DH_GEX_GROUP} takes: a {@link SSH_MSG_KEX_DH_GEX_GROUP}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_KEX_DH_GEX_GROUPInput {
  p: bigint;
  g: bigint;
}

/** The message number of {@link SSH_MSG_KEX_DH_GEX_GROUP}. */
export const SSH_MSG_KEX_DH_GEX_GROUP_NUMBER = 31;

/** Read a {@link SSH_MSG_KEX_DH_GEX_GROUP} at the reader's position. */
export function readSSH_MSG_KEX_DH_GEX_GROUP(r: Reader): SSH_MSG_KEX_DH_GEX_GROUP {
  const f = F.SSH_MSG_KEX_DH_GEX_GROUP;
  r.messageNumber(31, f.$);
  const p = r.mpint(f.p);
  const g = r.mpint(f.g);
  return { p, g };
}

/**
 * Write a {@link SSH_MSG_KEX_DH_GEX_GROUP}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_KEX_DH_GEX_GROUP(w: Writer, v: SSH_MSG_KEX_DH_GEX_GROUPInput): void {
  const f = F.SSH_MSG_KEX_DH_GEX_GROUP;
  expectObject(v, f.$);
  w.u8(31, f.$);
  w.mpint(v.p, f.p);
  w.mpint(v.g, f.g);
}

/**
 * Decode a whole {@link SSH_MSG_KEX_DH_GEX_GROUP}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_KEX_DH_GEX_GROUP(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_KEX_DH_GEX_GROUP {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_KEX_DH_GEX_GROUP.$);
  const v = readSSH_MSG_KEX_DH_GEX_GROUP(r);
  r.done(F.SSH_MSG_KEX_DH_GEX_GROUP.$);
  return v;
}

/** Encode a {@link SSH_MSG_KEX_DH_GEX_GROUP}. */
export function encodeSSH_MSG_KEX_DH_GEX_GROUP(v: SSH_MSG_KEX_DH_GEX_GROUPInput): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_KEX_DH_GEX_GROUP(w, v);
  return w.finish();
}

/**
 * Message number 32.
 * @see RFC 4419 §5
 */
export interface SSH_MSG_KEX_DH_GEX_INIT {
  /** g^x mod p. */
  e: bigint;
}

/**
 * What {@link encodeSSH_MSG_KEX_DH_GEX_INIT} takes: a {@link SSH_MSG_KEX_DH_GEX_INIT}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_KEX_DH_GEX_INITInput {
  e: bigint;
}

/** The message number of {@link SSH_MSG_KEX_DH_GEX_INIT}. */
export const SSH_MSG_KEX_DH_GEX_INIT_NUMBER = 32;

/** Read a {@link SSH_MSG_KEX_DH_GEX_INIT} at the reader's position. */
export function readSSH_MSG_KEX_DH_GEX_INIT(r: Reader): SSH_MSG_KEX_DH_GEX_INIT {
  const f = F.SSH_MSG_KEX_DH_GEX_INIT;
  r.messageNumber(32, f.$);
  const e = r.mpint(f.e);
  return { e };
}

/**
 * Write a {@link SSH_MSG_KEX_DH_GEX_INIT}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_KEX_DH_GEX_INIT(w: Writer, v: SSH_MSG_KEX_DH_GEX_INITInput): void {
  const f = F.SSH_MSG_KEX_DH_GEX_INIT;
  expectObject(v, f.$);
  w.u8(32, f.$);
  w.mpint(v.e, f.e);
}

/**
 * Decode a whole {@link SSH_MSG_KEX_DH_GEX_INIT}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_KEX_DH_GEX_INIT(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_KEX_DH_GEX_INIT {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_KEX_DH_GEX_INIT.$);
  const v = readSSH_MSG_KEX_DH_GEX_INIT(r);
  r.done(F.SSH_MSG_KEX_DH_GEX_INIT.$);
  return v;
}

/** Encode a {@link SSH_MSG_KEX_DH_GEX_INIT}. */
export function encodeSSH_MSG_KEX_DH_GEX_INIT(v: SSH_MSG_KEX_DH_GEX_INITInput): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_KEX_DH_GEX_INIT(w, v);
  return w.finish();
}

/**
 * Message number 33.
 * @see RFC 4419 §5
 */
export interface SSH_MSG_KEX_DH_GEX_REPLY {
  /** server public host key and certificates. */
  K_S: Uint8Array;
  /** g^y mod p. */
  f: bigint;
  /** signature of H. */
  signature: Uint8Array;
}

/**
 * What {@link encodeSSH_MSG_KEX_DH_GEX_REPLY} takes: a {@link SSH_MSG_KEX_DH_GEX_REPLY}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_KEX_DH_GEX_REPLYInput {
  K_S: Uint8Array;
  f: bigint;
  signature: Uint8Array;
}

/** The message number of {@link SSH_MSG_KEX_DH_GEX_REPLY}. */
export const SSH_MSG_KEX_DH_GEX_REPLY_NUMBER = 33;

/** Read a {@link SSH_MSG_KEX_DH_GEX_REPLY} at the reader's position. */
export function readSSH_MSG_KEX_DH_GEX_REPLY(r: Reader): SSH_MSG_KEX_DH_GEX_REPLY {
  const f = F.SSH_MSG_KEX_DH_GEX_REPLY;
  r.messageNumber(33, f.$);
  const K_S = r.sshString(f.K_S);
  const f_ = r.mpint(f.f);
  const signature = r.sshString(f.signature);
  return { K_S, f: f_, signature };
}

/**
 * Write a {@link SSH_MSG_KEX_DH_GEX_REPLY}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_KEX_DH_GEX_REPLY(w: Writer, v: SSH_MSG_KEX_DH_GEX_REPLYInput): void {
  const f = F.SSH_MSG_KEX_DH_GEX_REPLY;
  expectObject(v, f.$);
  w.u8(33, f.$);
  w.sshString(v.K_S, f.K_S);
  w.mpint(v.f, f.f);
  w.sshString(v.signature, f.signature);
}

/**
 * Decode a whole {@link SSH_MSG_KEX_DH_GEX_REPLY}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_KEX_DH_GEX_REPLY(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_KEX_DH_GEX_REPLY {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_KEX_DH_GEX_REPLY.$);
  const v = readSSH_MSG_KEX_DH_GEX_REPLY(r);
  r.done(F.SSH_MSG_KEX_DH_GEX_REPLY.$);
  return v;
}

/** Encode a {@link SSH_MSG_KEX_DH_GEX_REPLY}. */
export function encodeSSH_MSG_KEX_DH_GEX_REPLY(v: SSH_MSG_KEX_DH_GEX_REPLYInput): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_KEX_DH_GEX_REPLY(w, v);
  return w.finish();
}

/** Where each field is in specs/ssh/kex-dh-gex.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/ssh/kex-dh-gex.spec', {
  SSH_MSG_KEX_DH_GEX_REQUEST: {
    $: 7,
    min: 8,
    n: 9,
    max: 10,
  },
  SSH_MSG_KEX_DH_GEX_REQUEST_OLD: {
    $: 15,
    n: 16,
  },
  SSH_MSG_KEX_DH_GEX_GROUP: {
    $: 20,
    p: 21,
    g: 22,
  },
  SSH_MSG_KEX_DH_GEX_INIT: {
    $: 26,
    e: 27,
  },
  SSH_MSG_KEX_DH_GEX_REPLY: {
    $: 31,
    K_S: 32,
    f: 33,
    signature: 34,
  },
});
