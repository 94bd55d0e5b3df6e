// Generated from specs/tls/named-groups.spec by otpnet-gen. Do not edit.
import { enumName } from '@otpnet/wire';
import type { GroupKindsName } from './algorithms.js';

/**
 * The groups of supported_groups and key_share. Unknown values (GREASE, new groups) are kept as
 * numbers.
 * Wire width: 2 bytes; values up to 0xffff. Open: unknown values are kept as numbers.
 * @see RFC 8446 §4.2.7
 */
export const NamedGroup = {
  /** ECDHE, NIST P-256 */
  secp256r1: 0x0017,
  /** ECDHE, NIST P-384 */
  secp384r1: 0x0018,
  /** ECDHE, NIST P-521 */
  secp521r1: 0x0019,
  /** ECDHE, RFC 7027, TLS 1.2 only */
  brainpoolP256r1: 0x001a,
  /** ECDHE, RFC 7027, TLS 1.2 only */
  brainpoolP384r1: 0x001b,
  /** ECDHE, RFC 7027, TLS 1.2 only */
  brainpoolP512r1: 0x001c,
  /** ECDHE, RFC 7748 */
  x25519: 0x001d,
  /** ECDHE, RFC 7748 */
  x448: 0x001e,
  /** ECDHE, RFC 8734 */
  brainpoolP256r1tls13: 0x001f,
  /** ECDHE, RFC 8734 */
  brainpoolP384r1tls13: 0x0020,
  /** ECDHE, RFC 8734 */
  brainpoolP512r1tls13: 0x0021,
  /** DHE, RFC 7919 */
  ffdhe2048: 0x0100,
  /** DHE, RFC 7919 */
  ffdhe3072: 0x0101,
  /** DHE, RFC 7919 */
  ffdhe4096: 0x0102,
  /** DHE, RFC 7919 */
  ffdhe6144: 0x0103,
  /** DHE, RFC 7919 */
  ffdhe8192: 0x0104,
  /** hybrid P-256 + ML-KEM-768, draft-ietf-tls-ecdhe-mlkem */
  SecP256r1MLKEM768: 0x11eb,
  /** hybrid X25519 + ML-KEM-768, draft-ietf-tls-ecdhe-mlkem */
  X25519MLKEM768: 0x11ec,
} as const;
export type NamedGroup = (typeof NamedGroup)[keyof typeof NamedGroup] | (number & {});
/** Member names of {@link NamedGroup} by value. */
export const NamedGroupNames: ReadonlyMap<number, string> = new Map(
  Object.entries(NamedGroup).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function NamedGroupName(value: number): string {
  return enumName(NamedGroupNames, value, 2);
}

/** One row of {@link NamedGroups}. */
export interface NamedGroupsRow {
  /** Unique; see {@link NamedGroupsByGroup}. */
  readonly group: NamedGroup;
  readonly kind: GroupKindsName;
  readonly client_share: number;
  readonly server_share: number;
  readonly tls1_3: boolean;
}

/**
 * What a group's key_share holds (RFC 8446 section 4.2.8.1 and 4.2.8.2):
 * kind           ecdhe, ffdhe or hybrid
 * client_share   length in bytes of a client's KeyShareEntry.key_exchange
 * server_share   length in bytes of the server's (differs only for the ML-KEM hybrids)
 * tls1_3         may be used in TLS 1.3
 * @see RFC 8446 §4.2.8
 */
export const NamedGroups = [
  { group: NamedGroup.secp256r1, kind: 'ecdhe', client_share: 65, server_share: 65, tls1_3: true },
  { group: NamedGroup.secp384r1, kind: 'ecdhe', client_share: 97, server_share: 97, tls1_3: true },
  { group: NamedGroup.secp521r1, kind: 'ecdhe', client_share: 133, server_share: 133, tls1_3: true },
  { group: NamedGroup.x25519, kind: 'ecdhe', client_share: 32, server_share: 32, tls1_3: true },
  { group: NamedGroup.x448, kind: 'ecdhe', client_share: 56, server_share: 56, tls1_3: true },
  { group: NamedGroup.brainpoolP256r1, kind: 'ecdhe', client_share: 65, server_share: 65, tls1_3: false },
  { group: NamedGroup.brainpoolP384r1, kind: 'ecdhe', client_share: 97, server_share: 97, tls1_3: false },
  { group: NamedGroup.brainpoolP512r1, kind: 'ecdhe', client_share: 129, server_share: 129, tls1_3: false },
  { group: NamedGroup.brainpoolP256r1tls13, kind: 'ecdhe', client_share: 65, server_share: 65, tls1_3: true },
  { group: NamedGroup.brainpoolP384r1tls13, kind: 'ecdhe', client_share: 97, server_share: 97, tls1_3: true },
  {
    group: NamedGroup.brainpoolP512r1tls13,
    kind: 'ecdhe',
    client_share: 129,
    server_share: 129,
    tls1_3: true,
  },
  { group: NamedGroup.ffdhe2048, kind: 'ffdhe', client_share: 256, server_share: 256, tls1_3: true },
  { group: NamedGroup.ffdhe3072, kind: 'ffdhe', client_share: 384, server_share: 384, tls1_3: true },
  { group: NamedGroup.ffdhe4096, kind: 'ffdhe', client_share: 512, server_share: 512, tls1_3: true },
  { group: NamedGroup.ffdhe6144, kind: 'ffdhe', client_share: 768, server_share: 768, tls1_3: true },
  { group: NamedGroup.ffdhe8192, kind: 'ffdhe', client_share: 1024, server_share: 1024, tls1_3: true },
  {
    group: NamedGroup.SecP256r1MLKEM768,
    kind: 'hybrid',
    client_share: 1249,
    server_share: 1153,
    tls1_3: true,
  },
  { group: NamedGroup.X25519MLKEM768, kind: 'hybrid', client_share: 1216, server_share: 1120, tls1_3: true },
] as const satisfies readonly NamedGroupsRow[];

/** The rows of {@link NamedGroups} by `group`. */
export const NamedGroupsByGroup: ReadonlyMap<NamedGroup, NamedGroupsRow> = new Map(
  NamedGroups.map((row) => [row.group, row]),
);
