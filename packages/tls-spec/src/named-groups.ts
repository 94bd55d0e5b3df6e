// Generated from specs/tls/named-groups.spec by otpnet-gen. Do not edit.
import { enumName } from '@otpnet/wire';

/**
 * Wire width: 2 bytes; values up to 0xffff. Open: unknown values are kept as numbers.
 * @see RFC 8446 §4.2.7
 */
export const NamedGroup = {
  /** Elliptic Curve Groups (ECDHE) */
  secp256r1: 0x0017,
  secp384r1: 0x0018,
  secp521r1: 0x0019,
  x25519: 0x001d,
  x448: 0x001e,
  brainpoolP256r1: 0x001a,
  brainpoolP384r1: 0x001b,
  /** RFC 7027, TLS 1.2 */
  brainpoolP512r1: 0x001c,
  brainpoolP256r1tls13: 0x001f,
  brainpoolP384r1tls13: 0x0020,
  /** RFC 8734 */
  brainpoolP512r1tls13: 0x0021,
  /** Finite Field Groups (DHE) */
  ffdhe2048: 0x0100,
  ffdhe3072: 0x0101,
  ffdhe4096: 0x0102,
  ffdhe6144: 0x0103,
  ffdhe8192: 0x0104,
  /** Hybrid post-quantum key agreement (draft-ietf-tls-ecdhe-mlkem) */
  SecP256r1MLKEM768: 0x11eb,
  X25519MLKEM768: 0x11ec,
} as const;

export type NamedGroup = (typeof NamedGroup)[keyof typeof NamedGroup] | (number & {});

/** Member names of {@link NamedGroup} by value. */
export const NamedGroupNames: ReadonlyMap<number, string> = new Map(Object.entries(NamedGroup).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function NamedGroupName(value: number): string {
  return enumName(NamedGroupNames, value, 2);
}
