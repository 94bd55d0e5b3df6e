import { enumName } from '@otpnet/wire';

/**
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 8446 §4
 */
export const HandshakeType = {
  client_hello: 0x01,
  server_hello: 0x02,
  encrypted_extensions: 0x08,
  certificate: 0x0b,
  certificate_verify: 0x0f,
  finished: 0x14,
  key_update: 0x18,
} as const;

export type HandshakeType = (typeof HandshakeType)[keyof typeof HandshakeType] | (number & {});

/** Member names of {@link HandshakeType} by value. */
export const HandshakeTypeNames: ReadonlyMap<number, string> = new Map(Object.entries(HandshakeType).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function HandshakeTypeName(value: number): string {
  return enumName(HandshakeTypeNames, value, 1);
}
