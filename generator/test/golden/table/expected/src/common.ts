import { enumName } from '@otpnet/wire';

/**
 * Packet types, as the table below refers to them.
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 */
export const PacketType = {
  raw: 0x00,
  packet_1: 0x01,
  packet_2: 0x02,
  line: 0x08,
} as const;

export type PacketType = (typeof PacketType)[keyof typeof PacketType] | (number & {});

/** Member names of {@link PacketType} by value. */
export const PacketTypeNames: ReadonlyMap<number, string> = new Map(Object.entries(PacketType).map(([k, v]) => [v, k]));

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function PacketTypeName(value: number): string {
  return enumName(PacketTypeNames, value, 1);
}
