// openssl.cnf for the throwaway PKI: what `req` insists on, the CA extensions, and the minimal
// `openssl ca` setup that backdated certificates are signed with. Paths are relative: openssl
// runs in the PKI directory, so no path has to be quoted inside the file.
import fs from 'node:fs/promises';
import { type Openssl, serial } from './tls-pki-openssl.js';

const base = `
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
`;

/** Writes openssl.cnf, with `sections` (e.g. the leaves' extensions) after the fixed ones, and ca-db/. */
export async function writeOpensslConfig(o: Openssl, sections: readonly string[]): Promise<void> {
  await fs.writeFile(o.abs('openssl.cnf'), [base, ...sections].join('\n'));
  await fs.mkdir(o.abs('ca-db'), { recursive: true });
  await fs.writeFile(o.abs('ca-db/index.txt'), '');
  await fs.writeFile(o.abs('ca-db/serial'), `${serial().slice(2)}\n`);
}
