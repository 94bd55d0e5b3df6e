// PSK resumption in TLS 1.3 (RFC 8446 section 4.2.11): the client's pre_shared_key offer from a
// stored ticket, and the binders both sides compute over the ClientHello up to the binders list.
// The generated writer and reader mark where that list starts (`OfferedPsks.binders`).
import type { HashAlg, Provider } from '@otpnet/crypto';
import {
  CipherSuitesBySuite,
  type ExtensionInput,
  type Handshake,
  type HandshakeInput,
  readHandshake,
  writeHandshake,
} from '@otpnet/tls-spec';
import { Reader, Writer } from '@otpnet/wire';
import type { StoredSession, TlsConfig } from '../config/config.js';
import { alert } from '../errors.js';
import { ext } from './extensions.js';
import { KeySchedule13 } from './key-schedule13.js';

const X509 = { certificateType: 0 } as const;
const BINDERS = 'OfferedPsks.binders';

/** A ticket the client offers, with what the binder needs. */
export interface ResumeOffer {
  readonly session: StoredSession;
  readonly hash: HashAlg;
}

/** The stored ticket for this server, when one is fit to offer. */
export function resumeOffer(config: TlsConfig): ResumeOffer | undefined {
  const { sessionCache, sessionKey } = config;
  if (!config.sessionTickets || !sessionCache || sessionKey === undefined) return undefined;
  const session = sessionCache.get(sessionKey);
  if (session?.version !== 'tlsv1.3') return undefined;
  // Tickets are used once (RFC 8446 appendix C.4): a client that reuses one is linkable.
  sessionCache.delete(sessionKey);
  if (config.now() - session.receivedAt >= session.lifetime * 1000) return undefined;
  const row = CipherSuitesBySuite.get(session.suite);
  if (!row || !config.suites.some((s) => s.prf === row.prf)) return undefined;
  return { session, hash: row.prf };
}

/** pre_shared_key with one identity and a placeholder binder; it must be the last extension. */
export function pskExtension(config: TlsConfig, offer: ResumeOffer): ExtensionInput {
  const { session } = offer;
  const age = ((config.now() - session.receivedAt + session.ageAdd) >>> 0) % 2 ** 32;
  const length = config.crypto.hashLength(offer.hash);
  return ext('pre_shared_key', {
    body: {
      value: {
        identities: [{ identity: session.ticket, obfuscated_ticket_age: age }],
        binders: [new Uint8Array(length)],
      },
    },
  });
}

/** The binder over `transcript` (the messages before this ClientHello, then it truncated). */
export function binderOf(
  crypto: Provider,
  hash: HashAlg,
  psk: Uint8Array,
  transcript: Uint8Array,
): Uint8Array {
  const schedule = new KeySchedule13(crypto, hash, psk);
  return schedule.finished(schedule.binderKey(false), crypto.hash(hash, transcript));
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Encodes a ClientHello that offers `offer`, its binder computed and written in place. */
export function encodeWithBinder(
  crypto: Provider,
  msg: HandshakeInput,
  offer: ResumeOffer,
  prefix: Uint8Array,
): Uint8Array {
  const w = new Writer();
  writeHandshake(w, msg, X509);
  const at = w.marks?.[BINDERS];
  const raw = w.finish().slice();
  if (at === undefined) throw alert('internal_error', 'ClientHello without its binders list');
  const binder = binderOf(crypto, offer.hash, offer.session.secret, join(prefix, raw.subarray(0, at)));
  // One binder: the list's 2-byte length and the binder's 1-byte length, then the binder.
  raw.set(binder, at + 3);
  return raw;
}

/** Decodes a ClientHello and says where its binders list starts (undefined: no PSK offered). */
export function decodeWithBindersMark(raw: Uint8Array): { message: Handshake; at: number | undefined } {
  const r = new Reader(raw);
  const message = readHandshake(r, X509);
  return { message, at: r.marks?.[BINDERS] };
}

/** Checks a client's binder for `psk` over the truncated ClientHello (and what came before it). */
export function bindersMatch(
  crypto: Provider,
  hash: HashAlg,
  psk: Uint8Array,
  prefix: Uint8Array,
  raw: Uint8Array,
  at: number,
  binder: Uint8Array,
): boolean {
  const expected = binderOf(crypto, hash, psk, join(prefix, raw.subarray(0, at)));
  return expected.length === binder.length && crypto.timingSafeEqual(expected, binder);
}
