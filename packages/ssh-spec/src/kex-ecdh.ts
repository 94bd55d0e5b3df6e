// Generated from specs/ssh/kex-ecdh.spec by otpnet-gen. Do not edit.
import { DecodeError, Reader, Writer } from '@otpnet/wire';

/**
 * Message number 30.
 * @see RFC 5656 §7.1
 */
export interface SSH_MSG_KEX_ECDH_INIT {
  /** client's ephemeral public key octet string. */
  Q_C: Uint8Array;
}

/** The message number of {@link SSH_MSG_KEX_ECDH_INIT}. */
export const SSH_MSG_KEX_ECDH_INIT_NUMBER = 30;

/** Read a {@link SSH_MSG_KEX_ECDH_INIT} at the reader's position. */
export function readSSH_MSG_KEX_ECDH_INIT(r: Reader): SSH_MSG_KEX_ECDH_INIT {
  const number = r.u8('SSH_MSG_KEX_ECDH_INIT@specs/ssh/kex-ecdh.spec:9');
  if (number !== 30) throw new DecodeError('SSH_MSG_KEX_ECDH_INIT@specs/ssh/kex-ecdh.spec:9', `expected message number 30, got ${number}`);
  const Q_C = r.sshString('SSH_MSG_KEX_ECDH_INIT.Q_C@specs/ssh/kex-ecdh.spec:10');
  return { Q_C };
}

/** Write a {@link SSH_MSG_KEX_ECDH_INIT}. */
export function writeSSH_MSG_KEX_ECDH_INIT(w: Writer, v: SSH_MSG_KEX_ECDH_INIT): void {
  w.u8(30, 'SSH_MSG_KEX_ECDH_INIT@specs/ssh/kex-ecdh.spec:9');
  w.sshString(v.Q_C, 'SSH_MSG_KEX_ECDH_INIT.Q_C@specs/ssh/kex-ecdh.spec:10');
}

/** Decode a whole {@link SSH_MSG_KEX_ECDH_INIT}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_KEX_ECDH_INIT(bytes: Uint8Array): SSH_MSG_KEX_ECDH_INIT {
  const r = new Reader(bytes);
  const v = readSSH_MSG_KEX_ECDH_INIT(r);
  r.done('SSH_MSG_KEX_ECDH_INIT@specs/ssh/kex-ecdh.spec:9');
  return v;
}

/** Encode a {@link SSH_MSG_KEX_ECDH_INIT}. */
export function encodeSSH_MSG_KEX_ECDH_INIT(v: SSH_MSG_KEX_ECDH_INIT): Uint8Array {
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

/** The message number of {@link SSH_MSG_KEX_ECDH_REPLY}. */
export const SSH_MSG_KEX_ECDH_REPLY_NUMBER = 31;

/** Read a {@link SSH_MSG_KEX_ECDH_REPLY} at the reader's position. */
export function readSSH_MSG_KEX_ECDH_REPLY(r: Reader): SSH_MSG_KEX_ECDH_REPLY {
  const number = r.u8('SSH_MSG_KEX_ECDH_REPLY@specs/ssh/kex-ecdh.spec:14');
  if (number !== 31) throw new DecodeError('SSH_MSG_KEX_ECDH_REPLY@specs/ssh/kex-ecdh.spec:14', `expected message number 31, got ${number}`);
  const K_S = r.sshString('SSH_MSG_KEX_ECDH_REPLY.K_S@specs/ssh/kex-ecdh.spec:15');
  const Q_S = r.sshString('SSH_MSG_KEX_ECDH_REPLY.Q_S@specs/ssh/kex-ecdh.spec:16');
  const signature = r.sshString('SSH_MSG_KEX_ECDH_REPLY.signature@specs/ssh/kex-ecdh.spec:17');
  return { K_S, Q_S, signature };
}

/** Write a {@link SSH_MSG_KEX_ECDH_REPLY}. */
export function writeSSH_MSG_KEX_ECDH_REPLY(w: Writer, v: SSH_MSG_KEX_ECDH_REPLY): void {
  w.u8(31, 'SSH_MSG_KEX_ECDH_REPLY@specs/ssh/kex-ecdh.spec:14');
  w.sshString(v.K_S, 'SSH_MSG_KEX_ECDH_REPLY.K_S@specs/ssh/kex-ecdh.spec:15');
  w.sshString(v.Q_S, 'SSH_MSG_KEX_ECDH_REPLY.Q_S@specs/ssh/kex-ecdh.spec:16');
  w.sshString(v.signature, 'SSH_MSG_KEX_ECDH_REPLY.signature@specs/ssh/kex-ecdh.spec:17');
}

/** Decode a whole {@link SSH_MSG_KEX_ECDH_REPLY}: trailing bytes are an error. Opaque fields are views into `bytes`. */
export function decodeSSH_MSG_KEX_ECDH_REPLY(bytes: Uint8Array): SSH_MSG_KEX_ECDH_REPLY {
  const r = new Reader(bytes);
  const v = readSSH_MSG_KEX_ECDH_REPLY(r);
  r.done('SSH_MSG_KEX_ECDH_REPLY@specs/ssh/kex-ecdh.spec:14');
  return v;
}

/** Encode a {@link SSH_MSG_KEX_ECDH_REPLY}. */
export function encodeSSH_MSG_KEX_ECDH_REPLY(v: SSH_MSG_KEX_ECDH_REPLY): Uint8Array {
  const w = new Writer();
  writeSSH_MSG_KEX_ECDH_REPLY(w, v);
  return w.finish();
}
