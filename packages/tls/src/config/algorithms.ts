// The group and signature options: `eccs` and `supported_groups` (curve and group names), and
// `signature_algs` (scheme names, or Erlang's `[hash, sign]` tuples for TLS 1.2). Names the
// registry has but we cannot use are refused with the reason.
import { NamedGroup, SignatureScheme, SignatureSchemesByScheme } from '@otpnet/tls-spec';
import { groupSupported } from '../handshake/key-share.js';
import { optionError } from './load.js';

function groupReason(name: string): string {
  if (name.startsWith('sect')) return 'binary curves are deprecated (RFC 8422) and not supported';
  if (name.startsWith('brainpool')) return 'brainpool curves are not supported';
  if (name.startsWith('secp') && /[0-9]k1$|r2$|^secp(160|192|224)/.test(name))
    return 'this curve is too weak or too rare to be supported';
  return 'not a supported group';
}

/** Group names to registry values, in order; `option` names the option in errors. */
export function parseGroups(option: 'eccs' | 'supported_groups', names: readonly string[]): number[] {
  const out: number[] = [];
  for (const name of names) {
    const value = (NamedGroup as Readonly<Record<string, number>>)[name];
    if (value === undefined || !groupSupported(value))
      throw optionError(option, `${name}: ${groupReason(name)}`);
    if (!out.includes(value)) out.push(value);
  }
  if (out.length === 0) throw optionError(option, 'names no group');
  return out;
}

/** Erlang's `{Hash, Sign}` pairs (TLS 1.2 hash-and-signature) to the scheme with that code. */
const PAIRS: Readonly<Record<string, number>> = {
  'sha256,rsa': SignatureScheme.rsa_pkcs1_sha256,
  'sha384,rsa': SignatureScheme.rsa_pkcs1_sha384,
  'sha512,rsa': SignatureScheme.rsa_pkcs1_sha512,
  'sha,rsa': SignatureScheme.rsa_pkcs1_sha1,
  'sha256,ecdsa': SignatureScheme.ecdsa_secp256r1_sha256,
  'sha384,ecdsa': SignatureScheme.ecdsa_secp384r1_sha384,
  'sha512,ecdsa': SignatureScheme.ecdsa_secp521r1_sha512,
  'sha,ecdsa': SignatureScheme.ecdsa_sha1,
};

function pairReason(hash: string, sign: string): string {
  if (sign === 'dsa') return 'DSA signatures are not supported';
  if (hash === 'md5') return 'MD5 is broken';
  return 'no such hash and signature pair';
}

function scheme(x: unknown): number {
  if (typeof x === 'string') {
    const value = (SignatureScheme as Readonly<Record<string, number>>)[x];
    if (value === undefined || !SignatureSchemesByScheme.has(value))
      throw optionError('signature_algs', `${x}: no such signature scheme`);
    return value;
  }
  if (Array.isArray(x) && x.length === 2) {
    const [hash, sign] = x.map(String) as [string, string];
    const value = PAIRS[`${hash},${sign}`];
    if (value === undefined)
      throw optionError('signature_algs', `{${hash},${sign}}: ${pairReason(hash, sign)}`);
    return value;
  }
  throw optionError('signature_algs', `expected a scheme name or a {Hash, Sign} pair, got ${String(x)}`);
}

export function parseSignatureAlgs(values: readonly unknown[]): number[] {
  const out: number[] = [];
  for (const x of values) {
    const value = scheme(x);
    if (!out.includes(value)) out.push(value);
  }
  if (out.length === 0) throw optionError('signature_algs', 'names no signature scheme');
  return out;
}
