// The `ciphers` option in each of its forms: a string of IANA or OpenSSL names (colon, comma or
// space separated), or a list of names, `{key_exchange, cipher, mac, prf}` maps and
// `[key_exchange, cipher, mac(, prf)]` tuples. The list is exact: nothing is added or reordered.
// Legacy suites are refused with the reason, never dropped silently. Suites outside the defaults
// (AES-CBC with HMAC, RSA key transport without forward secrecy) run when listed: listing one is
// the explicit choice.
import {
  CipherSuite,
  CipherSuites,
  CipherSuitesBySuite,
  type CipherSuitesRow,
  OpensslSuiteNames,
} from '@otpnet/tls-spec';
import { aeadOf } from '../record/ciphers.js';
import { cbcOf } from '../record/protection12-cbc.js';
import { optionError } from './load.js';

const byName = new Map<string, CipherSuitesRow>();
for (const [name, value] of Object.entries(CipherSuite)) {
  const row = CipherSuitesBySuite.get(value);
  if (row) byName.set(name.toUpperCase(), row);
}
for (const { suite, openssl } of OpensslSuiteNames) {
  const row = CipherSuitesBySuite.get(suite);
  if (row) byName.set(openssl.toUpperCase(), row);
}

/** Why names we have no suite for are refused (RFC 7465, RFC 8996, SWEET32, …). */
const LEGACY: readonly (readonly [RegExp, string])[] = [
  [/RC4/, 'RC4 is prohibited (RFC 7465)'],
  [/(^|[-_])(3?DES|DES[-_]CBC3|DES[-_]EDE)/, 'DES and 3DES are broken (64-bit blocks, SWEET32)'],
  [/NULL/, 'NULL ciphers do not encrypt'],
  [/EXP(ORT)?[-_]/, 'export ciphers are broken'],
  [/MD5/, 'MD5 is broken'],
  [/(^|[-_])(ADH|AECDH|ANON)([-_]|$)/, 'anonymous suites do not authenticate the server'],
  [/(^|[-_])(PSK|SRP)([-_]|$)/, 'PSK and SRP suites are not supported yet'],
];

/** Why a registry suite cannot be used yet, or undefined when it can. */
export function suiteUnusable(row: CipherSuitesRow): string | undefined {
  if (aeadOf(row) === undefined && cbcOf(row) === undefined)
    return `${row.cipher} suites are not supported yet`;
  return undefined;
}

function byString(name: string): CipherSuitesRow {
  const upper = name.trim().toUpperCase();
  const row = byName.get(upper);
  if (row) {
    const why = suiteUnusable(row);
    if (why) throw optionError('ciphers', `${name}: ${why}`);
    return row;
  }
  for (const [re, why] of LEGACY) if (re.test(upper)) throw optionError('ciphers', `${name}: ${why}`);
  if (/^[!+-@]|^(ALL|HIGH|MEDIUM|LOW|DEFAULT|COMPLEMENTOFALL|SECLEVEL)/.test(upper))
    throw optionError('ciphers', `${name}: OpenSSL cipher-list keywords are not supported; list the suites`);
  throw optionError('ciphers', `${name}: no such cipher suite`);
}

/** Erlang's key_exchange() to our kex and auth columns. */
const ERLANG_KEX: Readonly<Record<string, readonly [string, string]>> = {
  any: ['any', 'any'],
  ecdhe_ecdsa: ['ecdhe', 'ecdsa'],
  ecdhe_rsa: ['ecdhe', 'rsa'],
  dhe_rsa: ['dhe', 'rsa'],
  rsa: ['rsa', 'rsa'],
};

const ERLANG_HASH: Readonly<Record<string, string | undefined>> = {
  aead: undefined,
  sha: 'sha1',
  sha256: 'sha256',
  sha384: 'sha384',
};

function byParts(kex: unknown, cipher: unknown, mac: unknown, prf: unknown, shown: string): CipherSuitesRow {
  const ka = typeof kex === 'string' ? ERLANG_KEX[kex] : undefined;
  if (!ka) throw optionError('ciphers', `${shown}: key exchange ${String(kex)} is not supported`);
  const macName = typeof mac === 'string' ? mac : 'aead';
  if (!(macName in ERLANG_HASH))
    throw optionError('ciphers', `${shown}: MAC ${String(mac)} is not supported`);
  const macHash = ERLANG_HASH[macName];
  const row = CipherSuites.find(
    (r) =>
      r.kex === ka[0] &&
      r.auth === ka[1] &&
      r.cipher === cipher &&
      r.mac === macHash &&
      (prf === undefined || prf === 'default_prf' || r.prf === ERLANG_HASH[String(prf)] || r.prf === prf),
  );
  if (!row) {
    for (const [re, why] of LEGACY)
      if (re.test(String(cipher).toUpperCase())) throw optionError('ciphers', `${shown}: ${why}`);
    throw optionError('ciphers', `${shown}: no such cipher suite`);
  }
  const why = suiteUnusable(row);
  if (why) throw optionError('ciphers', `${shown}: ${why}`);
  return row;
}

function item(x: unknown): CipherSuitesRow {
  if (typeof x === 'string') return byString(x);
  if (typeof x === 'number') {
    const row = CipherSuitesBySuite.get(x);
    if (!row) throw optionError('ciphers', `0x${x.toString(16)}: no such cipher suite`);
    return row;
  }
  if (Array.isArray(x)) return byParts(x[0], x[1], x[2], x[3], JSON.stringify(x));
  if (typeof x === 'object' && x !== null) {
    const m = x as Record<string, unknown>;
    return byParts(m.key_exchange ?? m.keyExchange, m.cipher, m.mac, m.prf, JSON.stringify(x));
  }
  throw optionError('ciphers', `expected a suite name, map or tuple, got ${String(x)}`);
}

/** The suites the `ciphers` option names, in its order, without duplicates. */
export function parseCiphers(value: string | readonly unknown[]): CipherSuitesRow[] {
  const items = typeof value === 'string' ? value.split(/[:,\s]+/).filter((s) => s !== '') : value;
  const out: CipherSuitesRow[] = [];
  for (const x of items) {
    const row = item(x);
    if (!out.includes(row)) out.push(row);
  }
  if (out.length === 0) throw optionError('ciphers', 'names no cipher suite');
  return out;
}
