// Generated from specs/ssh/kex-dh.spec by otpnet-gen. Do not edit.
import { type DecodeLimits, expectObject, fields, Reader, Writer } from '@otpnet/wire';

/**
 * Message number 30.
 * @see RFC 4253 §8
 */
export interface SSH_MSG_KEXDH_INIT {
  /** g^x mod p. */
  e: bigint;
}

/**
 * What {@link encodeSSH_MSG_KEXDH_INIT} takes: a {@link SSH_MSG_KEXDH_INIT}, where fields with a default may
 * be left out.
 */
export interface SSH_MSG_KEXDH_INITInput {
  e: bigint;
}

/** The message number of {@link SSH_MSG_KEXDH_INIT}. */
export const SSH_MSG_KEXDH_INIT_NUMBER = 30;

/** Read a {@link SSH_MSG_KEXDH_INIT} at the reader's position. */
export function readSSH_MSG_KEXDH_INIT(r: Reader): SSH_MSG_KEXDH_INIT {
  const f = F.SSH_MSG_KEXDH_INIT;
  r.messageNumber(30, f.$);
  const e = r.mpint(f.e);
  return { e };
}

/**
 * Write a {@link SSH_MSG_KEXDH_INIT}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_KEXDH_INIT(w: Writer, v: SSH_MSG_KEXDH_INITInput): void {
  const f = F.SSH_MSG_KEXDH_INIT;
  expectObject(v, f.$);
  w.u8(30, f.$);
  w.mpint(v.e, f.e);
}

/**
 * Decode a whole {@link SSH_MSG_KEXDH_INIT}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_KEXDH_INIT(bytes: Uint8Array, limits?: DecodeLimits): SSH_MSG_KEXDH_INIT {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_KEXDH_INIT.$);
  const v = readSSH_MSG_KEXDH_INIT(r);
  r.done(F.SSH_MSG_KEXDH_INIT.$);
  return v;
}

/** Encode a {@link SSH_MSG_KEXDH_INIT}. */
export function encodeSSH_MSG_KEXDH_INIT(v: SSH_MSG_KEXDH_INITInput): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_KEXDH_INIT(w, v);
  return w.finish();
}

/**
 * Message number 31.
 * @see RFC 4253 §8
 */
export interface SSH_MSG_KEXDH_REPLY {
  /** server public host key and certificates. */
  K_S: Uint8Array;
  /** g^y mod p. */
  f: bigint;
  /** signature of H. */
  signature: Uint8Array;
}

/**
 * What {@link encodeSSH_MSG_KEXDH_REPLY} takes: a {@link SSH_MSG_KEXDH_REPLY}, where fields with a default
 * may be left out.
 */
export interface SSH_MSG_KEXDH_REPLYInput {
  K_S: Uint8Array;
  f: bigint;
  signature: Uint8Array;
}

/** The message number of {@link SSH_MSG_KEXDH_REPLY}. */
export const SSH_MSG_KEXDH_REPLY_NUMBER = 31;

/** Read a {@link SSH_MSG_KEXDH_REPLY} at the reader's position. */
export function readSSH_MSG_KEXDH_REPLY(r: Reader): SSH_MSG_KEXDH_REPLY {
  const f = F.SSH_MSG_KEXDH_REPLY;
  r.messageNumber(31, f.$);
  const K_S = r.sshString(f.K_S);
  const f_ = r.mpint(f.f);
  const signature = r.sshString(f.signature);
  return { K_S, f: f_, signature };
}

/**
 * Write a {@link SSH_MSG_KEXDH_REPLY}; throws EncodeError naming the field for a value the spec does not
 * allow.
 */
export function writeSSH_MSG_KEXDH_REPLY(w: Writer, v: SSH_MSG_KEXDH_REPLYInput): void {
  const f = F.SSH_MSG_KEXDH_REPLY;
  expectObject(v, f.$);
  w.u8(31, f.$);
  w.sshString(v.K_S, f.K_S);
  w.mpint(v.f, f.f);
  w.sshString(v.signature, f.signature);
}

/**
 * Decode a whole {@link SSH_MSG_KEXDH_REPLY}: trailing bytes are an error. Opaque fields are views into
 * `bytes`; `limits` bound what one decode may cost.
 */
export function decodeSSH_MSG_KEXDH_REPLY(bytes: Uint8Array, limits?: DecodeLimits): SSH_MSG_KEXDH_REPLY {
  const r = new Reader(bytes, 0, bytes.length, limits, F.SSH_MSG_KEXDH_REPLY.$);
  const v = readSSH_MSG_KEXDH_REPLY(r);
  r.done(F.SSH_MSG_KEXDH_REPLY.$);
  return v;
}

/** Encode a {@link SSH_MSG_KEXDH_REPLY}. */
export function encodeSSH_MSG_KEXDH_REPLY(v: SSH_MSG_KEXDH_REPLYInput): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_KEXDH_REPLY(w, v);
  return w.finish();
}

/** Where each field is in specs/ssh/kex-dh.spec and the bounds its codecs enforce: errors name these. */
const F = fields('specs/ssh/kex-dh.spec', {
  SSH_MSG_KEXDH_INIT: {
    $: 6,
    e: 7,
  },
  SSH_MSG_KEXDH_REPLY: {
    $: 11,
    K_S: 12,
    f: 13,
    signature: 14,
  },
});
