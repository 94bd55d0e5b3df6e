// Throwaway certificates for TLS interop tests, made with the openssl CLI so that our TLS code
// is checked against keys and certificates it did not make itself. One PKI per process: the
// first makePki() generates it, later calls get the same one.
//
// openssl 3.0's `x509 -req` cannot set a notBefore in the past (-not_before came in 3.4), so the
// expired certificate is signed with `openssl ca`, whose -startdate/-enddate take any dates.
import { execFile } from 'node:child_process';
import { randomBytes, X509Certificate } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { findPeer } from './peers.js';

const run = promisify(execFile);

/** A certificate authority: a self-signed root or an intermediate. */
export interface PkiCa {
  /** PEM certificate. */
  cert: string;
  /** PKCS#8 PEM private key, unencrypted. */
  key: string;
  certDer: Buffer;
  /** RFC 2253 form, e.g. `CN=otpnet test root CA,O=otpnet test`. */
  subject: string;
}

/** An end-entity certificate with its key. */
export interface PkiLeaf {
  /** PEM certificate of the leaf alone. */
  cert: string;
  /** PKCS#8 PEM private key, unencrypted. */
  key: string;
  /** PEM: the leaf followed by the intermediates up to (not including) the root. */
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
}

const KEY_PASSWORD = 'secret';
const VALID_DAYS = 30;
const ORG = 'otpnet test';

// Extension sections for every kind of certificate, and the minimal `openssl ca` setup used for
// the expired one. Paths are relative: openssl runs in the PKI directory, so no path ever has to
// be quoted inside a config file.
const config = `
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused

[ca]
default_ca = backdating_ca
[backdating_ca]
database = ca-db/index.txt
new_certs_dir = ca-db
serial = ca-db/serial
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
[policy_any]
organizationName = optional
organizationalUnitName = optional
commonName = supplied

[root_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[intermediate_ext]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
subjectAltName = DNS:localhost, IP:127.0.0.1

[server_rsa_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
subjectAltName = DNS:localhost, IP:127.0.0.1

[wrong_host_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
subjectAltName = DNS:wrong.example

[client_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[client_rsa_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
`;

type KeyType = 'p256' | 'p384' | 'rsa2048' | 'ed25519';

const keyArgs: Record<KeyType, string[]> = {
  p256: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-pkeyopt', 'ec_param_enc:named_curve'],
  p384: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384', '-pkeyopt', 'ec_param_enc:named_curve'],
  rsa2048: ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'],
  ed25519: ['-algorithm', 'ED25519'],
};

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

const TMP_PREFIX = 'otpnet-pki-';

// Test workers are often killed rather than exiting, so the exit hook cannot be relied on; the
// next run removes directories whose process (named in the directory) is gone.
async function sweepStale(): Promise<void> {
  const alive = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
  };
  const tmp = os.tmpdir();
  for (const name of await fs.readdir(tmp).catch(() => [] as string[])) {
    const m = new RegExp(`^${TMP_PREFIX}(\\d+)-`).exec(name);
    if (m !== null && Number(m[1]) !== process.pid && !alive(Number(m[1]))) {
      await fs.rm(path.join(tmp, name), { recursive: true, force: true }).catch(() => {});
    }
  }
}

async function generate(wanted: string | undefined): Promise<Pki> {
  const openssl = findPeer('openssl');
  if (openssl === undefined) throw new Error('openssl is not installed');
  let dir: string;
  if (wanted === undefined) {
    await sweepStale();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), `${TMP_PREFIX}${process.pid}-`));
    process.once('exit', () => {
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    });
  } else {
    dir = wanted;
    await fs.mkdir(dir, { recursive: true });
  }

  const ossl = async (...args: string[]): Promise<string> => {
    try {
      return (await run(openssl, args, { cwd: dir, encoding: 'utf8' })).stdout;
    } catch (e) {
      const err = e as { stderr?: string; message: string };
      throw new Error(`openssl ${args.join(' ')} failed: ${err.stderr || err.message}`);
    }
  };
  const abs = (file: string): string => path.join(dir, file);
  // Positive, 127-bit serials: unique without a serial file, and never read as negative.
  const serial = (): string => {
    const b = randomBytes(16);
    b[0] = b[0]! & 0x7f;
    return `0x${b.toString('hex')}`;
  };
  const subj = (ou: string | undefined, cn: string): string =>
    `/O=${ORG}${ou === undefined ? '' : `/OU=${ou}`}/CN=${cn}`;

  await fs.writeFile(abs('openssl.cnf'), config);
  await fs.mkdir(abs('ca-db'), { recursive: true });
  await fs.writeFile(abs('ca-db/index.txt'), '');
  await fs.writeFile(abs('ca-db/serial'), `${serial().slice(2)}\n`);

  const names = {
    ca: 'p256',
    intermediate: 'p256',
    otherCa: 'p256',
    serverEcdsa: 'p256',
    serverRsa: 'rsa2048',
    serverEd25519: 'ed25519',
    serverP384: 'p384',
    client: 'p256',
    clientRsa: 'rsa2048',
    expired: 'p256',
    wrongHost: 'p256',
    untrusted: 'p256',
  } as const satisfies Record<string, KeyType>;
  type Name = keyof typeof names;
  const keyFile = (n: Name) => `${n}.key.pem`;
  const certFile = (n: Name) => `${n}.crt.pem`;
  const csrFile = (n: Name) => `${n}.csr.pem`;

  // genpkey writes PKCS#8 ("BEGIN PRIVATE KEY") already.
  await Promise.all(
    (Object.keys(names) as Name[]).map((n) => ossl('genpkey', ...keyArgs[names[n]], '-out', keyFile(n))),
  );
  await ossl(
    'pkcs8',
    '-topk8',
    '-in',
    keyFile('serverEcdsa'),
    '-v2',
    'aes-256-cbc',
    '-passout',
    `pass:${KEY_PASSWORD}`,
    '-out',
    'serverEcdsa.key.enc.pem',
  );

  const selfSigned = (n: Name, cn: string) =>
    ossl(
      'req',
      '-x509',
      '-new',
      '-config',
      'openssl.cnf',
      '-key',
      keyFile(n),
      '-subj',
      subj(undefined, cn),
      '-extensions',
      'root_ext',
      '-days',
      String(VALID_DAYS),
      '-set_serial',
      serial(),
      '-out',
      certFile(n),
    );
  const csr = (n: Name, ou: string | undefined, cn: string) =>
    ossl(
      'req',
      '-new',
      '-config',
      'openssl.cnf',
      '-key',
      keyFile(n),
      '-subj',
      subj(ou, cn),
      '-out',
      csrFile(n),
    );
  const issue = async (n: Name, issuer: Name, ext: string, ou: string | undefined, cn: string) => {
    await csr(n, ou, cn);
    await ossl(
      'x509',
      '-req',
      '-in',
      csrFile(n),
      '-CA',
      certFile(issuer),
      '-CAkey',
      keyFile(issuer),
      '-set_serial',
      serial(),
      '-days',
      String(VALID_DAYS),
      '-extfile',
      'openssl.cnf',
      '-extensions',
      ext,
      '-out',
      certFile(n),
    );
  };

  await Promise.all([selfSigned('ca', 'otpnet test root CA'), selfSigned('otherCa', 'otpnet test other CA')]);
  await issue('intermediate', 'ca', 'intermediate_ext', undefined, 'otpnet test intermediate CA');

  const day = 24 * 60 * 60 * 1000;
  const genTime = (t: number): string => `${new Date(t).toISOString().replace(/[-:T]|\.\d+/g, '')}`;
  const backdated = async () => {
    await csr('expired', 'expired', 'localhost');
    await ossl(
      'ca',
      '-batch',
      '-config',
      'openssl.cnf',
      '-name',
      'backdating_ca',
      '-cert',
      certFile('ca'),
      '-keyfile',
      keyFile('ca'),
      '-in',
      csrFile('expired'),
      '-startdate',
      genTime(Date.now() - 2 * VALID_DAYS * day),
      '-enddate',
      genTime(Date.now() - VALID_DAYS * day),
      '-extfile',
      'openssl.cnf',
      '-extensions',
      'server_ext',
      '-preserveDN',
      '-notext',
      '-out',
      certFile('expired'),
    );
  };
  await Promise.all([
    issue('serverEcdsa', 'intermediate', 'server_ext', 'serverEcdsa', 'localhost'),
    issue('serverRsa', 'ca', 'server_rsa_ext', 'serverRsa', 'localhost'),
    issue('serverEd25519', 'ca', 'server_ext', 'serverEd25519', 'localhost'),
    issue('serverP384', 'ca', 'server_ext', 'serverP384', 'localhost'),
    issue('client', 'ca', 'client_ext', 'client', 'client'),
    issue('clientRsa', 'ca', 'client_rsa_ext', 'clientRsa', 'client'),
    issue('wrongHost', 'ca', 'wrong_host_ext', 'wrongHost', 'wrong.example'),
    issue('untrusted', 'otherCa', 'server_ext', 'untrusted', 'localhost'),
    backdated(),
  ]);

  const subject = async (n: Name): Promise<string> =>
    (await ossl('x509', '-in', certFile(n), '-noout', '-subject', '-nameopt', 'RFC2253'))
      .trim()
      .replace(/^subject=\s*/, '');
  const der = async (n: Name): Promise<Buffer> =>
    Buffer.from(new X509Certificate(await fs.readFile(abs(certFile(n)))).raw);

  const caOf = async (n: Name): Promise<PkiCa> => ({
    cert: abs(certFile(n)),
    key: abs(keyFile(n)),
    certDer: await der(n),
    subject: await subject(n),
  });
  const leafOf = async (n: Name, intermediates: Name[] = []): Promise<PkiLeaf> => {
    // `openssl ca` writes text before the PEM unless -notext; keep only PEM blocks anyway.
    const pem = async (m: Name) =>
      (await fs.readFile(abs(certFile(m)), 'utf8')).match(
        /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n?/g,
      )!;
    const chain = (await Promise.all([n, ...intermediates].map(pem))).flat().join('');
    await fs.writeFile(abs(`${n}.chain.pem`), chain);
    return { ...(await caOf(n)), chain: abs(`${n}.chain.pem`) };
  };

  const [ca, intermediate, otherCa] = await Promise.all([caOf('ca'), caOf('intermediate'), caOf('otherCa')]);
  const [
    serverEcdsa,
    serverRsa,
    serverEd25519,
    serverP384,
    client,
    clientRsa,
    expired,
    wrongHost,
    untrusted,
  ] = await Promise.all([
    leafOf('serverEcdsa', ['intermediate']),
    leafOf('serverRsa'),
    leafOf('serverEd25519'),
    leafOf('serverP384'),
    leafOf('client'),
    leafOf('clientRsa'),
    leafOf('expired'),
    leafOf('wrongHost'),
    leafOf('untrusted'),
  ]);
  return {
    dir,
    ca,
    intermediate,
    serverEcdsa: { ...serverEcdsa, encryptedKey: abs('serverEcdsa.key.enc.pem'), keyPassword: KEY_PASSWORD },
    serverRsa,
    serverEd25519,
    serverP384,
    client,
    clientRsa,
    expired,
    wrongHost,
    otherCa,
    untrusted,
  };
}
