// Generated from specs/ssh/kex-ecdh.spec by otpnet-gen. Do not edit.
import { type DecodeLimits, expectObject, fields, Reader, Writer } from '@otpnet/wire';

/**
 * Message number 30.
 * @see RFC 5656 §7.1
 */
export interface SSH_MSG_KEX_ECDH_INIT {
  /** client's ephemeral public key octet string. */
  Q_C: Uint8Array;
}

/**
 * What {@link encodeSSH_MSG_KEX_ECDH_INIT} takes: a {@link SSH_MSG_KEX_ECDH_INIT}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_KEX_ECDH_INITInput {
  Q_C: Uint8Array;
}

/** The message number of {@link SSH_MSG_KEX_ECDH_INIT}. */
export const SSH_MSG_KEX_ECDH_INIT_NUMBER = 30;

/** Read a {@link SSH_MSG_KEX_ECDH_INIT} at the reader's position. */
export function readSSH_MSG_KEX_ECDH_INIT(r: Reader): SSH_MSG_KEX_ECDH_INIT {
  const f = F.SSH_MSG_KEX_ECDH_INIT;
  r.messageNumber(30, f.$);
  const Q_C = r.sshString(f.Q_C);
  return { Q_C };
}

/**
 * Write a {@link SSH_MSG_KEX_ECDH_INIT}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_KEX_ECDH_INIT(w: Writer, v: SSH_MSG_KEX_ECDH_INITInput): void {
  const f = F.SSH_MSG_KEX_ECDH_INIT;
  expectObject(v, f.$);
  w.u8(30, f.$);
  w.sshString(v.Q_C, f.Q_C);
}

/**
 * Decode a whole {@link SSH_MSG_KEX_ECDH_INIT}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_KEX_ECDH_INIT(bytes: Uint8Array, limits?: DecodeLimits): SSH_MSG_KEX_ECDH_INIT {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_KEX_ECDH_INIT.$);
  const v = readSSH_MSG_KEX_ECDH_INIT(r);
  r.done(F.SSH_MSG_KEX_ECDH_INIT.$);
  return v;
}

/** Encode a {@link SSH_MSG_KEX_ECDH_INIT}. */
export function encodeSSH_MSG_KEX_ECDH_INIT(v: SSH_MSG_KEX_ECDH_INITInput): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_KEX_ECDH_INIT(w, v);
  return w.finish();
}

/**
 * Message number 31.
 * @see RFC 5656 §7.1
 */
export interface SSH_MSG_KEX_ECDH_REPLY {
  /** server's public host key. */
  K_S: Uint8Array;
  /** server's ephemeral public key octet string. */
  Q_S: Uint8Array;
  /** signature on the exchange hash. */
  signature: Uint8Array;
}

/**
 * What {@link encodeSSH_MSG_KEX_ECDH_REPLY} takes: a {@link SSH_MSG_KEX_ECDH_REPLY}, where fields with a
 * default may be left out.
 */
export interface SSH_MSG_KEX_ECDH_REPLYInput {
  K_S: Uint8Array;
  Q_S: Uint8Array;
  signature: Uint8Array;
}

/** The message number of {@link SSH_MSG_KEX_ECDH_REPLY}. */
export const SSH_MSG_KEX_ECDH_REPLY_NUMBER = 31;

/** Read a {@link SSH_MSG_KEX_ECDH_REPLY} at the reader's position. */
export function readSSH_MSG_KEX_ECDH_REPLY(r: Reader): SSH_MSG_KEX_ECDH_REPLY {
  const f = F.SSH_MSG_KEX_ECDH_REPLY;
  r.messageNumber(31, f.$);
  const K_S = r.sshString(f.K_S);
  const Q_S = r.sshString(f.Q_S);
  const signature = r.sshString(f.signature);
  return { K_S, Q_S, signature };
}

/**
 * Write a {@link SSH_MSG_KEX_ECDH_REPLY}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_KEX_ECDH_REPLY(w: Writer, v: SSH_MSG_KEX_ECDH_REPLYInput): void {
  const f = F.SSH_MSG_KEX_ECDH_REPLY;
  expectObject(v, f.$);
  w.u8(31, f.$);
  w.sshString(v.K_S, f.K_S);
  w.sshString(v.Q_S, f.Q_S);
  w.sshString(v.signature, f.signature);
}

/**
 * Decode a whole {@link SSH_MSG_KEX_ECDH_REPLY}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_KEX_ECDH_REPLY(
  bytes: Uint8Array,
  limits?: DecodeLimits,
): SSH_MSG_KEX_ECDH_REPLY {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_KEX_ECDH_REPLY.$);
  const v = readSSH_MSG_KEX_ECDH_REPLY(r);
  r.done(F.SSH_MSG_KEX_ECDH_REPLY.$);
  return v;
}

/** Encode a {@link SSH_MSG_KEX_ECDH_REPLY}. */
export function encodeSSH_MSG_KEX_ECDH_REPLY(v: SSH_MSG_KEX_ECDH_REPLYInput): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_KEX_ECDH_REPLY(w, v);
  return w.finish();
}

/** Where each field is in specs/ssh/kex-ecdh.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/ssh/kex-ecdh.spec', {
  SSH_MSG_KEX_ECDH_INIT: {
    $: 9,
    Q_C: 10,
  },
  SSH_MSG_KEX_ECDH_REPLY: {
    $: 14,
    K_S: 15,
    Q_S: 16,
    signature: 17,
  },
});
