// Generated from specs/table/input.spec by otpnet-gen. Do not edit.
import { PacketType } from './common.js';

/** The names of {@link CipherSuites}. */
export type CipherSuitesName =
  | 'TLS_AES_128_GCM_SHA256'
  | 'TLS_AES_256_GCM_SHA384'
  | 'TLS_CHACHA20_POLY1305_SHA256';

/** One row of {@link CipherSuites}. */
export interface CipherSuitesRow {
  /** Unique; see {@link CipherSuitesByName}. */
  readonly name: CipherSuitesName;
  /** Unique; see {@link CipherSuitesByCode}. */
  readonly code: number;
  readonly cipher: string;
  readonly hash: string;
  readonly versions: readonly string[];
}

/**
 * One row per cipher suite: its code point, what it is built from, and the versions it works with.
 * @see RFC 8446 §B.4
 */
export const CipherSuites = [
  {
    name: 'TLS_AES_128_GCM_SHA256',
    code: 0x1301,
    cipher: 'aes_128_gcm',
    hash: 'sha256',
    versions: ['tls1_3'],
  },
  {
    name: 'TLS_AES_256_GCM_SHA384',
    code: 0x1302,
    cipher: 'aes_256_gcm',
    hash: 'sha384',
    versions: ['tls1_3'],
  },
  {
    name: 'TLS_CHACHA20_POLY1305_SHA256',
    code: 0x1303,
    cipher: 'chacha20_poly1305',
    hash: 'sha256',
    versions: ['tls1_3'],
  },
] as const satisfies readonly CipherSuitesRow[];

/** The rows of {@link CipherSuites} by `name`. */
export const CipherSuitesByName: ReadonlyMap<string, CipherSuitesRow> = new Map(
  CipherSuites.map((row) => [row.name, row]),
);

/** The rows of {@link CipherSuites} by `code`. */
export const CipherSuitesByCode: ReadonlyMap<number, CipherSuitesRow> = new Map(
  CipherSuites.map((row) => [row.code, row]),
);

/** True when `name` is one of {@link CipherSuitesName}. */
export function isCipherSuitesName(name: string): name is CipherSuitesName {
  return CipherSuitesByName.has(name);
}

/** The names of {@link PacketTypes}. */
export type PacketTypesName = 'raw' | 'packet_1' | 'packet_2' | 'line';

/** One row of {@link PacketTypes}. */
export interface PacketTypesRow {
  /** Unique; see {@link PacketTypesByName}. */
  readonly name: PacketTypesName;
  /** Unique; see {@link PacketTypesByType}. */
  readonly type: PacketType;
  readonly header: number;
  readonly strips_header: boolean;
  /** Unique; see {@link PacketTypesByMtu}. */
  readonly mtu?: number;
  readonly note?: string;
}

/** @see inet-api setopts {packet, PacketType} */
export const PacketTypes = [
  {
    name: 'raw',
    type: PacketType.raw,
    header: 0,
    strips_header: false,
    mtu: undefined,
    note: "the peer's bytes as they come",
  },
  { name: 'packet_1', type: PacketType.packet_1, header: 1, strips_header: true, mtu: 255, note: undefined },
  {
    name: 'packet_2',
    type: PacketType.packet_2,
    header: 2,
    strips_header: true,
    mtu: 65535,
    note: 'a 2-byte big-endian length, then the body',
  },
  { name: 'line', type: PacketType.line, header: 0, strips_header: false, mtu: 1500, note: undefined },
] as const satisfies readonly PacketTypesRow[];

/** The rows of {@link PacketTypes} by `name`. */
export const PacketTypesByName: ReadonlyMap<string, PacketTypesRow> = new Map(
  PacketTypes.map((row) => [row.name, row]),
);

/** The rows of {@link PacketTypes} by `type`. */
export const PacketTypesByType: ReadonlyMap<PacketType, PacketTypesRow> = new Map(
  PacketTypes.map((row) => [row.type, row]),
);

/** The rows of {@link PacketTypes} by `mtu`. */
export const PacketTypesByMtu: ReadonlyMap<number, PacketTypesRow> = new Map(
  PacketTypes.flatMap((row) => (row.mtu === undefined ? [] : [[row.mtu, row]])),
);

/** True when `name` is one of {@link PacketTypesName}. */
export function isPacketTypesName(name: string): name is PacketTypesName {
  return PacketTypesByName.has(name);
}
