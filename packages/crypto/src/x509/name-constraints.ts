// Name constraints, RFC 5280 section 4.2.1.10 and section 6.1.3 (b), (c): the subject DN and the
// subjectAltNames of every certificate below a constraining CA must fall within its permitted
// subtrees (per name type that has any) and outside its excluded subtrees.
import type { Certificate, GeneralName, NameConstraints } from './certificate.js';
import { parseIp } from './ip.js';

type Kind = GeneralName['type'];

/** Whether `cert`'s names satisfy every constraint set in `constraints`. */
export function namesPermitted(cert: Certificate, constraints: readonly NameConstraints[]): boolean {
  const names: GeneralName[] = [...cert.subjectAltNames];
  if (cert.subject.rdns.length > 0) names.push({ type: 'dirName', value: cert.subject });
  // RFC 5280 section 4.2.1.10: emailAddress attributes in the subject are rfc822Name constrained.
  for (const rdn of cert.subject.rdns) {
    for (const a of rdn) if (a.type === 'emailAddress') names.push({ type: 'email', value: a.value });
  }
  for (const nc of constraints) {
    for (const name of names) {
      if (nc.excluded.some((c) => c.type === name.type && within(name, c))) return false;
      const permitted = nc.permitted.filter((c) => c.type === name.type);
      if (permitted.length > 0 && !permitted.some((c) => within(name, c))) return false;
    }
  }
  return true;
}

function within(name: GeneralName, c: GeneralName): boolean {
  const kind: Kind = name.type;
  switch (kind) {
    case 'dns':
      return c.type === 'dns' && name.type === 'dns' && dnsWithin(name.value, c.value);
    case 'email':
      return c.type === 'email' && name.type === 'email' && emailWithin(name.value, c.value);
    case 'uri':
      return c.type === 'uri' && name.type === 'uri' && uriWithin(name.value, c.value);
    case 'ip':
      return c.type === 'ip' && name.type === 'ip' && ipWithin(name.bytes, c.bytes);
    case 'dirName': {
      if (c.type !== 'dirName' || name.type !== 'dirName') return false;
      // The constraint's RDN sequence must be a prefix of the name's. Each canonical RDN is a
      // complete DER SET, so a byte prefix of the concatenation is an RDN prefix.
      const a = name.value.canonical;
      const p = c.value.canonical;
      return p.length <= a.length && p.every((b, i) => b === a[i]);
    }
    default:
      return false;
  }
}

/** "example.com" permits example.com and any subdomain; ".example.com" only subdomains. */
function dnsWithin(name: string, constraint: string): boolean {
  const n = name.toLowerCase().replace(/\.$/, '');
  const c = constraint.toLowerCase().replace(/\.$/, '');
  if (c === '') return true;
  if (c.startsWith('.')) return n.endsWith(c);
  return n === c || n.endsWith(`.${c}`);
}

function emailWithin(name: string, constraint: string): boolean {
  const n = name.toLowerCase();
  const c = constraint.toLowerCase();
  if (c.includes('@')) return n === c;
  const host = n.slice(n.lastIndexOf('@') + 1);
  return c.startsWith('.') ? host.endsWith(c) : host === c;
}

function uriWithin(uri: string, constraint: string): boolean {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(uri);
  const host = m?.[1];
  if (host === undefined || host === '' || parseIp(host) !== undefined) return false;
  const c = constraint.toLowerCase();
  return c.startsWith('.') ? host.toLowerCase().endsWith(c) : host.toLowerCase() === c;
}

/** The constraint is address || mask (8 bytes for IPv4, 32 for IPv6). */
function ipWithin(ip: Uint8Array, constraint: Uint8Array): boolean {
  if (constraint.length !== ip.length * 2) return false;
  for (let i = 0; i < ip.length; i++) {
    const mask = constraint[ip.length + i] ?? 0;
    if (((ip[i] ?? 0) & mask) !== ((constraint[i] ?? 0) & mask)) return false;
  }
  return true;
}
