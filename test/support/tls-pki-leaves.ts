// The end-entity certificates of the throwaway PKI, one row each, and the one function that
// issues any of them: the rows say what differs, issueLeaf does what is the same.
import { type CaName, VALID_DAYS } from './tls-pki-cas.js';
import {
  filesOf,
  genKey,
  type KeyType,
  type Openssl,
  request,
  type Signing,
  sign,
  signBetween,
  subj,
} from './tls-pki-openssl.js';

export type LeafName =
  | 'serverEcdsa'
  | 'serverRsa'
  | 'serverEd25519'
  | 'serverP384'
  | 'client'
  | 'clientRsa'
  | 'expired'
  | 'wrongHost'
  | 'untrusted';

interface LeafSpec {
  key: KeyType;
  /** The subject's CN; its OU is the leaf's name, so that leaves with the same CN differ. */
  cn: string;
  /** subjectAltName, when there is one. */
  san?: string;
  issuer: CaName;
  /** extendedKeyUsage. */
  usage: 'serverAuth' | 'clientAuth';
  /** notBefore and notAfter in days from now; default from now for VALID_DAYS. */
  valid?: readonly [number, number];
}

const LOCAL = 'DNS:localhost, IP:127.0.0.1';
/** As long as the others, but over: from 60 to 30 days ago (so signed by signBetween). */
const ENDED = [-2 * VALID_DAYS, -VALID_DAYS] as const;

export const LEAVES: Record<LeafName, LeafSpec> = {
  serverEcdsa: { key: 'p256', cn: 'localhost', san: LOCAL, issuer: 'intermediate', usage: 'serverAuth' },
  serverRsa: { key: 'rsa2048', cn: 'localhost', san: LOCAL, issuer: 'ca', usage: 'serverAuth' },
  serverEd25519: { key: 'ed25519', cn: 'localhost', san: LOCAL, issuer: 'ca', usage: 'serverAuth' },
  serverP384: { key: 'p384', cn: 'localhost', san: LOCAL, issuer: 'ca', usage: 'serverAuth' },
  client: { key: 'p256', cn: 'client', issuer: 'ca', usage: 'clientAuth' },
  clientRsa: { key: 'rsa2048', cn: 'client', issuer: 'ca', usage: 'clientAuth' },
  expired: { key: 'p256', cn: 'localhost', san: LOCAL, issuer: 'ca', usage: 'serverAuth', valid: ENDED },
  wrongHost: {
    key: 'p256',
    cn: 'wrong.example',
    san: 'DNS:wrong.example',
    issuer: 'ca',
    usage: 'serverAuth',
  },
  untrusted: { key: 'p256', cn: 'localhost', san: LOCAL, issuer: 'otherCa', usage: 'serverAuth' },
};

export const LEAF_NAMES = Object.keys(LEAVES) as LeafName[];

const extSection = (name: LeafName): string => `${name}_ext`;

/** The openssl.cnf section with the leaf's extensions. */
export function leafExtensions(name: LeafName): string {
  const s = LEAVES[name];
  return [
    `[${extSection(name)}]`,
    'basicConstraints = critical, CA:FALSE',
    // TLS 1.2 RSA key exchange encrypts to the server's key.
    `keyUsage = critical, digitalSignature${s.key === 'rsa2048' ? ', keyEncipherment' : ''}`,
    `extendedKeyUsage = ${s.usage}`,
    'subjectKeyIdentifier = hash',
    'authorityKeyIdentifier = keyid:always',
    ...(s.san === undefined ? [] : [`subjectAltName = ${s.san}`]),
    '',
  ].join('\n');
}

const daysFromNow = (days: number): Date => new Date(Date.now() + days * 24 * 60 * 60 * 1000);

/** Makes the leaf's key and certificate (filesOf(name)); its issuer must exist already. */
export async function issueLeaf(o: Openssl, name: LeafName): Promise<void> {
  const s = LEAVES[name];
  const f = filesOf(name);
  const issuer = filesOf(s.issuer);
  await genKey(o, s.key, f.key);
  await request(o, { key: f.key, subj: subj(s.cn, name), out: f.csr });
  const signing: Signing = {
    csr: f.csr,
    issuerCert: issuer.cert,
    issuerKey: issuer.key,
    ext: extSection(name),
    out: f.cert,
  };
  const [from, to] = s.valid ?? [0, VALID_DAYS];
  if (from === 0) await sign(o, { ...signing, days: to });
  else await signBetween(o, { ...signing, notBefore: daysFromNow(from), notAfter: daysFromNow(to) });
}
