// The certificate authorities of the throwaway PKI: two unrelated self-signed roots and one
// intermediate. One level of intermediates is all the tests need.
import {
  filesOf,
  genKey,
  type KeyType,
  type Openssl,
  request,
  selfSign,
  sign,
  subj,
} from './tls-pki-openssl.js';

/** How long every certificate is valid, in days; the expired leaf ended that long ago. */
export const VALID_DAYS = 30;

export type CaName = 'ca' | 'intermediate' | 'otherCa';

interface CaSpec {
  key: KeyType;
  cn: string;
  /** Absent for a self-signed root. */
  issuer?: CaName;
}

export const CAS: Record<CaName, CaSpec> = {
  ca: { key: 'p256', cn: 'otpnet test root CA' },
  intermediate: { key: 'p256', cn: 'otpnet test intermediate CA', issuer: 'ca' },
  otherCa: { key: 'p256', cn: 'otpnet test other CA' },
};

export const CA_NAMES = Object.keys(CAS) as CaName[];

/** The intermediates from `ca` up to, not including, its root: what a chain file carries. */
export function intermediatesFrom(ca: CaName): CaName[] {
  const out: CaName[] = [];
  for (let c = ca, up = CAS[c].issuer; up !== undefined; c = up, up = CAS[c].issuer) out.push(c);
  return out;
}

/** Issues every CA, valid from now: the roots first, then the intermediates they sign. */
export async function issueCas(o: Openssl): Promise<void> {
  await Promise.all(CA_NAMES.map((n) => genKey(o, CAS[n].key, filesOf(n).key)));
  const roots = CA_NAMES.filter((n) => CAS[n].issuer === undefined);
  await Promise.all(
    roots.map((n) =>
      selfSign(o, {
        key: filesOf(n).key,
        subj: subj(CAS[n].cn),
        ext: 'root_ext',
        days: VALID_DAYS,
        out: filesOf(n).cert,
      }),
    ),
  );
  await Promise.all(
    CA_NAMES.filter((n) => !roots.includes(n)).map(async (n) => {
      const f = filesOf(n);
      const issuer = filesOf(CAS[n].issuer!);
      await request(o, { key: f.key, subj: subj(CAS[n].cn), out: f.csr });
      await sign(o, {
        csr: f.csr,
        issuerCert: issuer.cert,
        issuerKey: issuer.key,
        ext: 'intermediate_ext',
        days: VALID_DAYS,
        out: f.cert,
      });
    }),
  );
}
