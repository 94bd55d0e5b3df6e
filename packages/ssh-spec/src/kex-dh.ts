// Generated from specs/ssh/kex-dh.spec by otpnet-gen. Do not edit.
import { DecodeError, Reader, Writer } from '@otpnet/wire';

/**
 * Message number 30.
 * @see RFC 4253 §8
 */
export interface SSH_MSG_KEXDH_INIT {
  /** g^x mod p. */
  e: bigint;
}

/** The message number of {@link SSH_MSG_KEXDH_INIT}. */
export const SSH_MSG_KEXDH_INIT_NUMBER = 30;

/** Read a {@link SSH_MSG_KEXDH_INIT} at the reader's position. */
export function readSSH_MSG_KEXDH_INIT(r: Reader): SSH_MSG_KEXDH_INIT {
  const number = r.u8('SSH_MSG_KEXDH_INIT@specs/ssh/kex-dh.spec:6');
  if (number !== 30) throw new DecodeError('SSH_MSG_KEXDH_INIT@specs/ssh/kex-dh.spec:6', `expected message number 30, got ${number}`);
  const e = r.mpint('SSH_MSG_KEXDH_INIT.e@specs/ssh/kex-dh.spec:7');
  return { e };
}

/** Write a {@link SSH_MSG_KEXDH_INIT}. */
export function writeSSH_MSG_KEXDH_INIT(w: Writer, v: SSH_MSG_KEXDH_INIT): void {
  w.u8(30, 'SSH_MSG_KEXDH_INIT@specs/ssh/kex-dh.spec:6');
  w.mpint(v.e, 'SSH_MSG_KEXDH_INIT.e@specs/ssh/kex-dh.spec:7');
}

/** Decode a whole {@link SSH_MSG_KEXDH_INIT}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_KEXDH_INIT(bytes: Uint8Array): SSH_MSG_KEXDH_INIT {
  const r = new Reader(bytes);
  const v = readSSH_MSG_KEXDH_INIT(r);
  r.done('SSH_MSG_KEXDH_INIT@specs/ssh/kex-dh.spec:6');
  return v;
}

/** Encode a {@link SSH_MSG_KEXDH_INIT}. */
export function encodeSSH_MSG_KEXDH_INIT(v: SSH_MSG_KEXDH_INIT): Uint8Array {
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

/** The message number of {@link SSH_MSG_KEXDH_REPLY}. */
export const SSH_MSG_KEXDH_REPLY_NUMBER = 31;

/** Read a {@link SSH_MSG_KEXDH_REPLY} at the reader's position. */
export function readSSH_MSG_KEXDH_REPLY(r: Reader): SSH_MSG_KEXDH_REPLY {
  const number = r.u8('SSH_MSG_KEXDH_REPLY@specs/ssh/kex-dh.spec:11');
  if (number !== 31) throw new DecodeError('SSH_MSG_KEXDH_REPLY@specs/ssh/kex-dh.spec:11', `expected message number 31, got ${number}`);
  const K_S = r.sshString('SSH_MSG_KEXDH_REPLY.K_S@specs/ssh/kex-dh.spec:12');
  const f = r.mpint('SSH_MSG_KEXDH_REPLY.f@specs/ssh/kex-dh.spec:13');
  const signature = r.sshString('SSH_MSG_KEXDH_REPLY.signature@specs/ssh/kex-dh.spec:14');
  return { K_S, f, signature };
}

/** Write a {@link SSH_MSG_KEXDH_REPLY}. */
export function writeSSH_MSG_KEXDH_REPLY(w: Writer, v: SSH_MSG_KEXDH_REPLY): void {
  w.u8(31, 'SSH_MSG_KEXDH_REPLY@specs/ssh/kex-dh.spec:11');
  w.sshString(v.K_S, 'SSH_MSG_KEXDH_REPLY.K_S@specs/ssh/kex-dh.spec:12');
  w.mpint(v.f, 'SSH_MSG_KEXDH_REPLY.f@specs/ssh/kex-dh.spec:13');
  w.sshString(v.signature, 'SSH_MSG_KEXDH_REPLY.signature@specs/ssh/kex-dh.spec:14');
}

/** Decode a whole {@link SSH_MSG_KEXDH_REPLY}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_KEXDH_REPLY(bytes: Uint8Array): SSH_MSG_KEXDH_REPLY {
  const r = new Reader(bytes);
  const v = readSSH_MSG_KEXDH_REPLY(r);
  r.done('SSH_MSG_KEXDH_REPLY@specs/ssh/kex-dh.spec:11');
  return v;
}

/** Encode a {@link SSH_MSG_KEXDH_REPLY}. */
export function encodeSSH_MSG_KEXDH_REPLY(v: SSH_MSG_KEXDH_REPLY): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_KEXDH_REPLY(w, v);
  return w.finish();
}
