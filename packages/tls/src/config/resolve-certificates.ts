// The certificate options: our chain and key (cert/certfile, key/keyfile, password), the trusted
// CAs (cacerts/cacertfile, else Node's bundled roots for a client), and DH parameters
// (dh/dhfile). A server whose certfile holds only the leaf sends the chain found in its CAs.
import { rootCertificates } from 'node:tls';
import { keys, type PrivateKey, x509 } from '@otpnet/crypto';
import type { TlsOptionsResolved } from '@otpnet/tls-spec';
import type { CertifiedKey, Role, TlsConfig } from './config.js';
import { certifiedKey, loadCertificates, loadPrivateKey, optionError, readOptionFile } from './load.js';

let nodeRoots: Uint8Array[] | undefined;

/**
 * Node's bundled Mozilla roots as DER, parsed once. A root our strict parser refuses is left out
 * (one of Node 20's encodes a four-digit year as UTCTime), rather than failing every connect.
 */
export function defaultRoots(): readonly Uint8Array[] {
  nodeRoots ??= rootCertificates.flatMap((pem) => {
    try {
      return [x509.parseCertificate(pem).der];
    } catch {
      return [];
    }
  });
  return nodeRoots;
}

type CertFields = Pick<TlsConfig, 'certs' | 'cacerts' | 'dhGroup'>;

export function resolveCertificates(o: TlsOptionsResolved, role: Role, verify: boolean): CertFields {
  const cas = trusted(o);
  const cacerts = cas ?? (verify && role === 'client' ? defaultRoots() : []);
  if (verify && role === 'server' && cacerts.length === 0)
    throw optionError(
      'cacertfile',
      'verify_peer on a server needs the CA certificates clients are checked against',
    );
  const own = ownCertificate(o, cas ?? []);
  if (role === 'server' && own === undefined)
    throw optionError('certfile', 'a server needs a certificate (cert or certfile) and its key');
  return { certs: own ? [own] : [], cacerts, dhGroup: dhParameters(o) };
}

function trusted(o: TlsOptionsResolved): Uint8Array[] | undefined {
  if (o.cacerts !== undefined) return o.cacerts.map((der) => loadCertificates('cacerts', der)[0]?.der ?? der);
  if (o.cacertfile === undefined) return undefined;
  return loadCertificates('cacertfile', readOptionFile('cacertfile', o.cacertfile)).map((c) => c.der);
}

function password(o: TlsOptionsResolved): string | undefined {
  const p = o.password;
  if (typeof p === 'function') {
    const v = (p as () => unknown)();
    if (typeof v !== 'string') throw optionError('password', 'the password function must return a string');
    return v;
  }
  return p;
}

function ownCertificate(o: TlsOptionsResolved, cas: readonly Uint8Array[]): CertifiedKey | undefined {
  let chain: x509.Certificate[] | undefined;
  if (o.cert !== undefined) {
    const ders = o.cert instanceof Uint8Array ? [o.cert] : o.cert;
    chain = ders.flatMap((der) => loadCertificates('cert', der));
  } else if (o.certfile !== undefined) {
    chain = loadCertificates('certfile', readOptionFile('certfile', o.certfile));
  }
  const keyGiven = o.key !== undefined || o.keyfile !== undefined;
  if (chain === undefined) {
    if (keyGiven) throw optionError('certfile', 'a key was given without its certificate');
    return undefined;
  }
  let key: PrivateKey;
  if (o.key !== undefined) key = loadPrivateKey('key', o.key[1], password(o));
  else {
    // Erlang reads the key from the certificate file when no keyfile is given.
    const file = o.keyfile ?? o.certfile;
    const option = o.keyfile !== undefined ? 'keyfile' : 'certfile';
    if (file === undefined) throw optionError('keyfile', 'the certificate has no key (key or keyfile)');
    key = loadPrivateKey(option, readOptionFile(option, file), password(o));
  }
  return certifiedKey(completeChain(chain, cas), key);
}

/** Appends the issuers found in `cas` until a self-signed root (which is not sent). */
function completeChain(chain: x509.Certificate[], cas: readonly Uint8Array[]): x509.Certificate[] {
  if (cas.length === 0) return chain;
  const pool = cas.map((der) => x509.parseCertificate(der));
  const out = [...chain];
  for (let last = out.at(-1); last && out.length < 10; last = out.at(-1)) {
    if (x509.namesEqual(last.subject, last.issuer)) break;
    const issuer = pool.find((c) => x509.namesEqual(c.subject, last.issuer) && !out.includes(c));
    if (!issuer || x509.namesEqual(issuer.subject, issuer.issuer)) break;
    out.push(issuer);
  }
  return out;
}

function dhParameters(o: TlsOptionsResolved): TlsConfig['dhGroup'] {
  const data = o.dh ?? (o.dhfile === undefined ? undefined : readOptionFile('dhfile', o.dhfile));
  if (data === undefined) return undefined;
  const option = o.dh !== undefined ? 'dh' : 'dhfile';
  try {
    const { p, g } = keys.readDhParameters(data);
    if (p.toString(2).length < 2048)
      throw optionError(option, 'DH groups under 2048 bits are too weak (logjam)');
    return { p, g };
  } catch (e) {
    if (e instanceof Error && e.name === 'TlsError') throw e;
    throw optionError(option, `not DH parameters (${e instanceof Error ? e.message : String(e)})`);
  }
}
