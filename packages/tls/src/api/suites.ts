// The suite and group listings of the ssl API: cipher_suites/2, suite_to_str/1, eccs/0,1,
// groups/0 and versions/0, and the Erlang form of a suite ({key_exchange, cipher, mac, prf}).
import {
  CipherSuiteName,
  CipherSuites,
  CipherSuitesBySuite,
  type CipherSuitesRow,
  NamedGroupName,
  NamedGroups,
  ProtocolVersion,
} from '@otpnet/tls-spec';
import { suiteUnusable } from '../config/ciphers.js';
import type { TlsVersionName } from '../config/config.js';
import { DEFAULT_GROUPS, DEFAULT_SUITES } from '../config/defaults.js';
import { groupSupported } from '../handshake/key-share.js';

/** Erlang's erl_cipher_suite(). */
export interface ErlCipherSuite {
  readonly key_exchange: string;
  readonly cipher: string;
  readonly mac: string;
  readonly prf: string;
}

export function erlSuite(row: CipherSuitesRow): ErlCipherSuite {
  const kex = row.kex === 'any' ? 'any' : row.kex === 'rsa' ? 'rsa' : `${row.kex}_${row.auth}`;
  return {
    key_exchange: kex,
    cipher: row.cipher,
    mac: row.mac === undefined ? 'aead' : row.mac === 'sha1' ? 'sha' : row.mac,
    prf: row.prf,
  };
}

const VERSION: Readonly<Record<TlsVersionName, number>> = {
  'tlsv1.3': ProtocolVersion.tls1_3,
  'tlsv1.2': ProtocolVersion.tls1_2,
};

/**
 * cipher_suites(default | all, Version): 'default' is what we offer unless told otherwise (AEAD
 * with ECDHE or DHE), 'all' adds the suites that run only when the `ciphers` option lists them, as
 * the reference says of cipher_suites(all): AES-CBC with HMAC and RSA key transport. Weak suites
 * (RC4, 3DES, NULL, export, anonymous) are in neither: they are refused.
 */
export function cipherSuites(
  kind: 'default' | 'all' = 'default',
  version: TlsVersionName = 'tlsv1.3',
): ErlCipherSuite[] {
  const v = VERSION[version];
  const rows =
    kind === 'default'
      ? DEFAULT_SUITES.map((s) => CipherSuitesBySuite.get(s) as CipherSuitesRow)
      : CipherSuites.filter((r) => suiteUnusable(r) === undefined);
  return rows.filter((r) => r.versions.includes(v)).map(erlSuite);
}

/** ssl:suite_to_str/1: the IANA name. */
export function suiteToString(suite: ErlCipherSuite | number): string {
  if (typeof suite === 'number') return CipherSuiteName(suite);
  const row = CipherSuites.find((r) => {
    const e = erlSuite(r);
    return e.key_exchange === suite.key_exchange && e.cipher === suite.cipher && e.mac === suite.mac;
  });
  return row ? CipherSuiteName(row.suite) : 'unknown';
}

/** ssl:eccs/0: the elliptic curves we can use. */
export function eccs(): string[] {
  return NamedGroups.filter((g) => g.kind === 'ecdhe' && groupSupported(g.group)).map((g) =>
    NamedGroupName(g.group),
  );
}

/** ssl:groups/0,1: every group we can use ('all') or the default ones. */
export function groups(kind: 'default' | 'all' = 'all'): string[] {
  const values = kind === 'default' ? DEFAULT_GROUPS : NamedGroups.map((g) => g.group).filter(groupSupported);
  return values.map((g) => NamedGroupName(g));
}

/** ssl:versions/0. */
export function versions(): {
  supported: TlsVersionName[];
  available: TlsVersionName[];
  implemented: TlsVersionName[];
} {
  const all: TlsVersionName[] = ['tlsv1.3', 'tlsv1.2'];
  return { supported: [...all], available: [...all], implemented: [...all] };
}
