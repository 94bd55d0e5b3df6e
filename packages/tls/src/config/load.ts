// Loading what the certificate and key options name: PEM or DER from memory or files, parsed
// once when the options are resolved. Every failure names the option it came from.
import { readFileSync } from 'node:fs';
import { keys, type PrivateKey, x509 } from '@otpnet/crypto';
import { equalBytes } from '@otpnet/wire';
import { TlsError } from '../errors.js';
import type { CertifiedKey } from './config.js';

/** A bad option: Erlang's `{options, {Name, …}}`, with a message naming it and what was wrong. */
export function optionError(option: string, problem: string): TlsError {
  return new TlsError({ options: [option] }, `${option}: ${problem}`);
}

export function readOptionFile(option: string, file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw optionError(option, `cannot read ${file} (${code})`);
  }
}

/** Every certificate in PEM text or DER bytes. */
export function loadCertificates(option: string, data: string | Uint8Array): x509.Certificate[] {
  let certs: x509.Certificate[];
  try {
    certs = x509.parseCertificates(data);
  } catch (e) {
    throw optionError(option, `not a certificate (${e instanceof Error ? e.message : String(e)})`);
  }
  if (certs.length === 0) throw optionError(option, 'holds no certificate');
  return certs;
}

export function loadPrivateKey(option: string, data: string | Uint8Array, password?: string): PrivateKey {
  try {
    return keys.readPrivateKey(data, password === undefined ? {} : { password });
  } catch (e) {
    throw optionError(option, `not a usable private key (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** A chain (leaf first) with its key; a key that is not the leaf's is refused. */
export function certifiedKey(chain: readonly x509.Certificate[], key: PrivateKey): CertifiedKey {
  const leaf = chain[0];
  if (leaf === undefined) throw optionError('certfile', 'holds no certificate');
  if (!equalBytes(keys.encodeSpki(keys.publicKeyOf(key)), leaf.spki))
    throw optionError('keyfile', 'the private key does not belong to the certificate');
  return { chain: chain.map((c) => c.der), leaf, key };
}
