// Throwaway certificates for TLS interop tests, made with the openssl CLI so that our TLS code
// is checked against keys and certificates it did not make itself. One PKI per process: the
// first makePki() generates it, later calls get the same one. The CAs are listed in
// tls-pki-cas.ts, the leaves in tls-pki-leaves.ts.
import fs from 'node:fs/promises';
import path from 'node:path';
import { CA_NAMES, type CaName, intermediatesFrom, issueCas } from './tls-pki-cas.js';
import { writeOpensslConfig } from './tls-pki-config.js';
import { pkiDir } from './tls-pki-dir.js';
import { issueLeaf, LEAF_NAMES, LEAVES, type LeafName, leafExtensions } from './tls-pki-leaves.js';
import {
  derOf,
  encryptKey,
  filesOf,
  type Openssl,
  opensslIn,
  opensslPath,
  pemCertificates,
  subjectOf,
} from './tls-pki-openssl.js';

/** A certificate authority: a self-signed root or an intermediate. */
export interface PkiCa {
  /** Path of the PEM certificate. */
  cert: string;
  /** Path of the PKCS#8 PEM private key, unencrypted. */
  key: string;
  certDer: Buffer;
  /** RFC 2253 form, e.g. `CN=otpnet test root CA,O=otpnet test`. */
  subject: string;
}

/** An end-entity certificate with its key. */
export interface PkiLeaf {
  /** Path of the PEM certificate of the leaf alone. */
  cert: string;
  /** Path of the PKCS#8 PEM private key, unencrypted. */
  key: string;
  /** Path of a PEM file: the leaf followed by the intermediates up to (not including) the root. */
  chain: string;
  certDer: Buffer;
  /** RFC 2253 form, e.g. `CN=localhost,OU=serverRsa,O=otpnet test`. */
  subject: string;
}

export interface Pki {
  /** Where every file lives. */
  dir: string;
  /** Root CA (ECDSA P-256): the trust anchor for everything but `untrusted`. */
  ca: PkiCa;
  /** Issued by `ca` (ECDSA P-256); issues `serverEcdsa`. */
  intermediate: PkiCa;
  /** ECDSA P-256, issued by `intermediate`; `chain` is leaf + intermediate. */
  serverEcdsa: PkiLeaf & {
    /** The same key as `key`, PKCS#8 encrypted (PBES2, AES-256-CBC) with `keyPassword`. */
    encryptedKey: string;
    keyPassword: string;
  };
  /** RSA 2048, issued by `ca`. */
  serverRsa: PkiLeaf;
  /** Ed25519, issued by `ca`. */
  serverEd25519: PkiLeaf;
  /** ECDSA P-384, issued by `ca`. */
  serverP384: PkiLeaf;
  /** ECDSA P-256, CN=client, extendedKeyUsage clientAuth, issued by `ca`. */
  client: PkiLeaf;
  /** RSA 2048, CN=client, extendedKeyUsage clientAuth, issued by `ca`. */
  clientRsa: PkiLeaf;
  /** A server certificate (ECDSA P-256, issued by `ca`) valid from 60 to 30 days ago. */
  expired: PkiLeaf;
  /** A server certificate (ECDSA P-256, issued by `ca`) for DNS:wrong.example only. */
  wrongHost: PkiLeaf;
  /** A separate self-signed root (ECDSA P-256) that nothing else trusts. */
  otherCa: PkiCa;
  /** A server certificate (ECDSA P-256, localhost) issued by `otherCa`. */
  untrusted: PkiLeaf;
  /** Path of PEM DH parameters of ffdhe2048 (RFC 7919), for TLS 1.2 servers that take them. */
  ffdhe2048: string;
}

const KEY_PASSWORD = 'secret';

const cache = new Map<string, Promise<Pki>>();

/**
 * The process's PKI, generated on first use into `dir` (created if needed) or else into a fresh
 * directory under os.tmpdir() that is removed when the process exits.
 */
export function makePki(dir?: string): Promise<Pki> {
  const key = dir === undefined ? '' : path.resolve(dir);
  let pki = cache.get(key);
  if (pki === undefined) {
    pki = generate(dir === undefined ? undefined : key);
    // A failed attempt must not stick: the next call tries again.
    pki.catch(() => cache.delete(key));
    cache.set(key, pki);
  }
  return pki;
}

async function generate(wanted: string | undefined): Promise<Pki> {
  const openssl = opensslPath();
  const o = opensslIn(openssl, await pkiDir(wanted));
  await writeOpensslConfig(o, LEAF_NAMES.map(leafExtensions));
  await issueCas(o);
  await Promise.all(LEAF_NAMES.map((n) => issueLeaf(o, n)));
  const encryptedKey = 'serverEcdsa.key.enc.pem';
  await encryptKey(o, filesOf('serverEcdsa').key, KEY_PASSWORD, encryptedKey);
  const ffdhe2048 = 'ffdhe2048.pem';
  await o.run('genpkey', '-genparam', '-algorithm', 'DH', '-pkeyopt', 'group:ffdhe2048', '-out', ffdhe2048);

  const cas = await describeAll(CA_NAMES, (n) => certOf(o, n));
  const leaves = await describeAll(LEAF_NAMES, (n) => leafOf(o, n));
  return {
    dir: o.dir,
    ...cas,
    ...leaves,
    serverEcdsa: { ...leaves.serverEcdsa, encryptedKey: o.abs(encryptedKey), keyPassword: KEY_PASSWORD },
    ffdhe2048: o.abs(ffdhe2048),
  };
}

async function describeAll<N extends string, T>(names: readonly N[], of: (n: N) => Promise<T>) {
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await of(n)]))) as Record<N, T>;
}

/** A certificate as PkiCa describes it: paths, DER and subject. */
async function certOf(o: Openssl, name: CaName | LeafName): Promise<PkiCa> {
  const f = filesOf(name);
  return {
    cert: o.abs(f.cert),
    key: o.abs(f.key),
    certDer: await derOf(o, f.cert),
    subject: await subjectOf(o, f.cert),
  };
}

/** As certOf, with the chain file written: the leaf, then its intermediates. */
async function leafOf(o: Openssl, name: LeafName): Promise<PkiLeaf> {
  const certs = [name, ...intermediatesFrom(LEAVES[name].issuer)].map((n) => filesOf(n).cert);
  const chain = (await Promise.all(certs.map((c) => pemCertificates(o, c)))).flat().join('');
  await fs.writeFile(o.abs(filesOf(name).chain), chain);
  return { ...(await certOf(o, name)), chain: o.abs(filesOf(name).chain) };
}
