// Server identity checks per RFC 6125 section 6 (and RFC 2818 section 3.1), as Erlang's
// public_key:pkix_verify_hostname does them by default:
// - an IP address literal matches only iPAddress SANs, byte for byte;
// - a DNS name matches dNSName SANs case-insensitively; the subject CN is consulted only when the
//   certificate has no DNS SANs (RFC 6125 section 6.4.4);
// - a wildcard is honoured only as (part of) the leftmost label, at most one `*`, matching within
//   that single label (section 6.4.3), never in an IDN A-label, and never directly under a
//   public-suffix-like single label (`*.com`).
import type { Certificate } from './certificate.js';
import { parseIp } from './ip.js';
import { bytesEqual, nameAttribute } from './name.js';

export interface HostnameOptions {
  /** Allow `*` wildcards in presented names (default true). */
  readonly wildcards?: boolean;
  /** Fall back to the subject CN when there is no dNSName SAN (default true, as Erlang). */
  readonly commonNameFallback?: boolean;
}

/** Whether `cert` is valid for `hostname` (a DNS name or an IP address literal). */
export function verifyHostname(cert: Certificate, hostname: string, opts: HostnameOptions = {}): boolean {
  const ip = parseIp(hostname);
  if (ip !== undefined) {
    return cert.subjectAltNames.some((n) => n.type === 'ip' && bytesEqual(n.bytes, ip));
  }
  const reference = normalize(hostname);
  if (reference === undefined) return false;
  const dnsNames = cert.subjectAltNames.flatMap((n) => (n.type === 'dns' ? [n.value] : []));
  const wildcards = opts.wildcards ?? true;
  if (dnsNames.length > 0) return dnsNames.some((p) => matchesDnsName(p, reference, wildcards));
  if (opts.commonNameFallback === false) return false;
  const cn = nameAttribute(cert.subject, 'CN');
  return cn !== undefined && matchesDnsName(cn, reference, wildcards);
}

/** Lower-case, strip one trailing dot; undefined for empty labels. */
function normalize(name: string): string | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n === '' || n.split('.').some((l) => l === '')) return undefined;
  return n;
}

/** RFC 6125 section 6.4: one presented identifier against the reference identifier. */
export function matchesDnsName(presented: string, reference: string, wildcards = true): boolean {
  const p = normalize(presented);
  if (p === undefined) return false;
  if (!p.includes('*')) return p === reference;
  if (!wildcards) return false;
  const [first, ...rest] = p.split('.');
  const [refFirst, ...refRest] = reference.split('.');
  if (first === undefined || refFirst === undefined) return false;
  // Only the leftmost label may hold a wildcard, and only one; at least two labels must follow.
  if (rest.some((l) => l.includes('*')) || first.split('*').length !== 2 || rest.length < 2) return false;
  if (first.startsWith('xn--') || refFirst.startsWith('xn--')) return false;
  if (rest.join('.') !== refRest.join('.')) return false;
  const [prefix = '', suffix = ''] = first.split('*');
  // The wildcard matches within one label: it never spans a dot (the label split ensures that).
  return (
    refFirst.length >= prefix.length + suffix.length + (first === '*' ? 1 : 0) &&
    refFirst.startsWith(prefix) &&
    refFirst.endsWith(suffix)
  );
}
