// The openssl commands the throwaway PKI is made with. Every command runs in the PKI directory
// with an argument array (no shell), so file names are relative and never need quoting.
import { execFile } from 'node:child_process';
import { randomBytes, X509Certificate } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { findPeer } from './peers.js';

const run = promisify(execFile);

/** openssl bound to one directory. */
export interface Openssl {
  dir: string;
  /** Runs `openssl …args` in `dir`; resolves to stdout, rejects with stderr in the message. */
  run(...args: string[]): Promise<string>;
  /** The absolute path of a file in `dir`. */
  abs(file: string): string;
}

/** The openssl binary; throws when it is not installed. */
export function opensslPath(): string {
  const openssl = findPeer('openssl');
  if (openssl === undefined) throw new Error('openssl is not installed');
  return openssl;
}

export function opensslIn(openssl: string, dir: string): Openssl {
  return {
    dir,
    run: async (...args) => {
      try {
        return (await run(openssl, args, { cwd: dir, encoding: 'utf8' })).stdout;
      } catch (e) {
        const err = e as { stderr?: string; message: string };
        throw new Error(`openssl ${args.join(' ')} failed: ${err.stderr || err.message}`);
      }
    },
    abs: (file) => path.join(dir, file),
  };
}

/** Where the files of the certificate `name` live, relative to the PKI directory. */
export const filesOf = (name: string) => ({
  key: `${name}.key.pem`,
  cert: `${name}.crt.pem`,
  csr: `${name}.csr.pem`,
  chain: `${name}.chain.pem`,
});

export type KeyType = 'p256' | 'p384' | 'rsa2048' | 'ed25519';

const keyArgs: Record<KeyType, string[]> = {
  p256: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-pkeyopt', 'ec_param_enc:named_curve'],
  p384: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384', '-pkeyopt', 'ec_param_enc:named_curve'],
  rsa2048: ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'],
  ed25519: ['-algorithm', 'ED25519'],
};

// genpkey writes PKCS#8 ("BEGIN PRIVATE KEY") already.
export async function genKey(o: Openssl, type: KeyType, out: string): Promise<void> {
  await o.run('genpkey', ...keyArgs[type], '-out', out);
}

/** `key` as PKCS#8 encrypted with PBES2, AES-256-CBC. */
export async function encryptKey(o: Openssl, key: string, password: string, out: string): Promise<void> {
  await o.run(
    ...['pkcs8', '-topk8', '-in', key, '-v2', 'aes-256-cbc'],
    ...['-passout', `pass:${password}`, '-out', out],
  );
}

/** Positive, 127-bit serials: unique without a serial file, and never read as negative. */
export function serial(): string {
  const b = randomBytes(16);
  b[0] = b[0]! & 0x7f;
  return `0x${b.toString('hex')}`;
}

const ORG = 'otpnet test';

/** The -subj form, e.g. `/O=otpnet test/OU=client/CN=client`. */
export const subj = (cn: string, ou?: string): string =>
  `/O=${ORG}${ou === undefined ? '' : `/OU=${ou}`}/CN=${cn}`;

/** A self-signed certificate valid for `days` from now, with the extensions of section `ext`. */
export async function selfSign(
  o: Openssl,
  c: { key: string; subj: string; ext: string; days: number; out: string },
): Promise<void> {
  await o.run(
    ...['req', '-x509', '-new', '-config', 'openssl.cnf', '-key', c.key, '-subj', c.subj],
    ...['-extensions', c.ext, '-days', String(c.days), '-set_serial', serial(), '-out', c.out],
  );
}

export async function request(o: Openssl, c: { key: string; subj: string; out: string }): Promise<void> {
  await o.run('req', '-new', '-config', 'openssl.cnf', '-key', c.key, '-subj', c.subj, '-out', c.out);
}

export interface Signing {
  csr: string;
  issuerCert: string;
  issuerKey: string;
  /** The config section with the certificate's extensions. */
  ext: string;
  out: string;
}

/** Signs `csr` with a validity of `days` from now. */
export async function sign(o: Openssl, c: Signing & { days: number }): Promise<void> {
  await o.run(
    ...['x509', '-req', '-in', c.csr, '-CA', c.issuerCert, '-CAkey', c.issuerKey, '-set_serial', serial()],
    ...['-days', String(c.days), '-extfile', 'openssl.cnf', '-extensions', c.ext, '-out', c.out],
  );
}

/** ASN.1 GeneralizedTime as `openssl ca` takes it: YYYYMMDDHHMMSSZ. */
const genTime = (t: Date): string => t.toISOString().replace(/[-:T]|\.\d+/g, '');

// openssl 3.0's `x509 -req` cannot set a notBefore in the past (-not_before came in 3.4), but
// `openssl ca` takes any -startdate/-enddate. It keeps a database, so one such run at a time.
let caQueue: Promise<unknown> = Promise.resolve();

/** Signs `csr` valid from `notBefore` to `notAfter`, which may both be in the past. */
export async function signBetween(
  o: Openssl,
  c: Signing & { notBefore: Date; notAfter: Date },
): Promise<void> {
  const signed = caQueue.then(() =>
    o.run(
      ...['ca', '-batch', '-config', 'openssl.cnf', '-name', 'backdating_ca'],
      ...['-cert', c.issuerCert, '-keyfile', c.issuerKey, '-in', c.csr],
      ...['-startdate', genTime(c.notBefore), '-enddate', genTime(c.notAfter)],
      ...['-extfile', 'openssl.cnf', '-extensions', c.ext, '-preserveDN', '-notext', '-out', c.out],
    ),
  );
  caQueue = signed.catch(() => {});
  await signed;
}

/** The certificate's subject in RFC 2253 form. */
export async function subjectOf(o: Openssl, cert: string): Promise<string> {
  const out = await o.run('x509', '-in', cert, '-noout', '-subject', '-nameopt', 'RFC2253');
  return out.trim().replace(/^subject=\s*/, '');
}

export async function derOf(o: Openssl, cert: string): Promise<Buffer> {
  return Buffer.from(new X509Certificate(await fs.readFile(o.abs(cert))).raw);
}

/** The PEM certificate blocks of `file`, without any text around them. */
export async function pemCertificates(o: Openssl, file: string): Promise<string[]> {
  const text = await fs.readFile(o.abs(file), 'utf8');
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n?/g);
  if (blocks === null) throw new Error(`no PEM certificate in ${file}`);
  return blocks;
}
