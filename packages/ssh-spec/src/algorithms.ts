// Generated from specs/ssh/algorithms.spec by otpnet-gen. Do not edit.
import { enumName } from '@otpnet/wire';

/**
 * Which kex-method-specific messages (numbers 30-49) a key exchange method uses: kex_ecdh
 * (kex-ecdh.spec: one string each way), kexdh (kex-dh.spec: mpints) or kex_dh_gex (kex-dh-gex.spec,
 * RFC 4419 group exchange).
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 4250 §4.1.2
 */
export const KexMessages = {
  kex_ecdh: 0x01,
  kexdh: 0x02,
  kex_dh_gex: 0x03,
} as const;
export type KexMessages = (typeof KexMessages)[keyof typeof KexMessages] | (number & {});
/** Member names of {@link KexMessages} by value. */
export const KexMessagesNames: ReadonlyMap<number, string> = new Map(
  Object.entries(KexMessages).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function KexMessagesName(value: number): string {
  return enumName(KexMessagesNames, value, 1);
}

/**
 * The hashes SSH methods use, as the crypto provider names them.
 * Wire width: 1 byte; values up to 0xff. Open: unknown values are kept as numbers.
 * @see RFC 4253 §7.2
 */
export const SshHash = {
  sha1: 0x01,
  sha256: 0x02,
  sha384: 0x03,
  sha512: 0x04,
} as const;
export type SshHash = (typeof SshHash)[keyof typeof SshHash] | (number & {});
/** Member names of {@link SshHash} by value. */
export const SshHashNames: ReadonlyMap<number, string> = new Map(
  Object.entries(SshHash).map(([k, v]) => [v, k]),
);

/** The member name of `value`, or `unknown(0x…)` for a value the spec does not name. */
export function SshHashName(value: number): string {
  return enumName(SshHashNames, value, 1);
}

/** One row of {@link KexAlgorithms}. */
export interface KexAlgorithmsRow {
  /** Unique; see {@link KexAlgorithmsByName}. */
  readonly name: string;
  readonly messages?: KexMessages;
  readonly hash?: SshHash;
  readonly defined_in: string;
}

/**
 * Key exchange methods and the messages and hash each uses; both are absent for the
 * pseudo-methods, which only signal support for an extension and are never chosen.
 * @see RFC 4253 §7.1
 */
export const KexAlgorithms = [
  {
    name: 'mlkem768x25519-sha256',
    messages: KexMessages.kex_ecdh,
    hash: SshHash.sha256,
    defined_in: 'draft-ietf-sshm-mlkem-hybrid-kex',
  },
  {
    name: 'sntrup761x25519-sha512',
    messages: KexMessages.kex_ecdh,
    hash: SshHash.sha512,
    defined_in: 'draft-ietf-sshm-ntruprime-ssh',
  },
  {
    name: 'sntrup761x25519-sha512@openssh.com',
    messages: KexMessages.kex_ecdh,
    hash: SshHash.sha512,
    defined_in: 'OpenSSH PROTOCOL',
  },
  { name: 'curve25519-sha256', messages: KexMessages.kex_ecdh, hash: SshHash.sha256, defined_in: 'RFC 8731' },
  {
    name: 'curve25519-sha256@libssh.org',
    messages: KexMessages.kex_ecdh,
    hash: SshHash.sha256,
    defined_in: 'RFC 8731 (the name before it)',
  },
  { name: 'curve448-sha512', messages: KexMessages.kex_ecdh, hash: SshHash.sha512, defined_in: 'RFC 8731' },
  {
    name: 'ecdh-sha2-nistp256',
    messages: KexMessages.kex_ecdh,
    hash: SshHash.sha256,
    defined_in: 'RFC 5656',
  },
  {
    name: 'ecdh-sha2-nistp384',
    messages: KexMessages.kex_ecdh,
    hash: SshHash.sha384,
    defined_in: 'RFC 5656',
  },
  {
    name: 'ecdh-sha2-nistp521',
    messages: KexMessages.kex_ecdh,
    hash: SshHash.sha512,
    defined_in: 'RFC 5656',
  },
  {
    name: 'diffie-hellman-group-exchange-sha256',
    messages: KexMessages.kex_dh_gex,
    hash: SshHash.sha256,
    defined_in: 'RFC 4419',
  },
  {
    name: 'diffie-hellman-group-exchange-sha1',
    messages: KexMessages.kex_dh_gex,
    hash: SshHash.sha1,
    defined_in: 'RFC 4419',
  },
  {
    name: 'diffie-hellman-group16-sha512',
    messages: KexMessages.kexdh,
    hash: SshHash.sha512,
    defined_in: 'RFC 8268',
  },
  {
    name: 'diffie-hellman-group18-sha512',
    messages: KexMessages.kexdh,
    hash: SshHash.sha512,
    defined_in: 'RFC 8268',
  },
  {
    name: 'diffie-hellman-group14-sha256',
    messages: KexMessages.kexdh,
    hash: SshHash.sha256,
    defined_in: 'RFC 8268',
  },
  {
    name: 'diffie-hellman-group14-sha1',
    messages: KexMessages.kexdh,
    hash: SshHash.sha1,
    defined_in: 'RFC 4253',
  },
  {
    name: 'diffie-hellman-group1-sha1',
    messages: KexMessages.kexdh,
    hash: SshHash.sha1,
    defined_in: 'RFC 4253',
  },
  { name: 'ext-info-c', messages: undefined, hash: undefined, defined_in: 'RFC 8308' },
  { name: 'ext-info-s', messages: undefined, hash: undefined, defined_in: 'RFC 8308' },
  {
    name: 'kex-strict-c-v00@openssh.com',
    messages: undefined,
    hash: undefined,
    defined_in: 'OpenSSH PROTOCOL',
  },
  {
    name: 'kex-strict-s-v00@openssh.com',
    messages: undefined,
    hash: undefined,
    defined_in: 'OpenSSH PROTOCOL',
  },
] as const satisfies readonly KexAlgorithmsRow[];

/** The rows of {@link KexAlgorithms} by `name`. */
export const KexAlgorithmsByName: ReadonlyMap<string, KexAlgorithmsRow> = new Map(
  KexAlgorithms.map((row) => [row.name, row]),
);

/** One row of {@link HostKeyAlgorithms}. */
export interface HostKeyAlgorithmsRow {
  /** Unique; see {@link HostKeyAlgorithmsByName}. */
  readonly name: string;
  readonly key: string;
  readonly hash?: string;
  readonly certificate: boolean;
  readonly defined_in: string;
}

/**
 * Host key and signature algorithms. `key` is the kind of public key, `hash` the signature's hash
 * (absent for EdDSA), `certificate` marks OpenSSH certificate forms (PROTOCOL.certkeys).
 * @see RFC 4253 §6.6
 */
export const HostKeyAlgorithms = [
  { name: 'ssh-ed25519', key: 'ed25519', hash: undefined, certificate: false, defined_in: 'RFC 8709' },
  { name: 'ssh-ed448', key: 'ed448', hash: undefined, certificate: false, defined_in: 'RFC 8709' },
  {
    name: 'ecdsa-sha2-nistp256',
    key: 'ecdsa_p256',
    hash: 'sha256',
    certificate: false,
    defined_in: 'RFC 5656',
  },
  {
    name: 'ecdsa-sha2-nistp384',
    key: 'ecdsa_p384',
    hash: 'sha384',
    certificate: false,
    defined_in: 'RFC 5656',
  },
  {
    name: 'ecdsa-sha2-nistp521',
    key: 'ecdsa_p521',
    hash: 'sha512',
    certificate: false,
    defined_in: 'RFC 5656',
  },
  { name: 'rsa-sha2-512', key: 'rsa', hash: 'sha512', certificate: false, defined_in: 'RFC 8332' },
  { name: 'rsa-sha2-256', key: 'rsa', hash: 'sha256', certificate: false, defined_in: 'RFC 8332' },
  { name: 'ssh-rsa', key: 'rsa', hash: 'sha1', certificate: false, defined_in: 'RFC 4253' },
  { name: 'ssh-dss', key: 'dsa', hash: 'sha1', certificate: false, defined_in: 'RFC 4253' },
  {
    name: 'sk-ssh-ed25519@openssh.com',
    key: 'ed25519_sk',
    hash: undefined,
    certificate: false,
    defined_in: 'OpenSSH PROTOCOL.u2f',
  },
  {
    name: 'sk-ecdsa-sha2-nistp256@openssh.com',
    key: 'ecdsa_p256_sk',
    hash: 'sha256',
    certificate: false,
    defined_in: 'OpenSSH PROTOCOL.u2f',
  },
  {
    name: 'ssh-ed25519-cert-v01@openssh.com',
    key: 'ed25519',
    hash: undefined,
    certificate: true,
    defined_in: 'OpenSSH PROTOCOL.certkeys',
  },
  {
    name: 'ecdsa-sha2-nistp256-cert-v01@openssh.com',
    key: 'ecdsa_p256',
    hash: 'sha256',
    certificate: true,
    defined_in: 'OpenSSH PROTOCOL.certkeys',
  },
  {
    name: 'ecdsa-sha2-nistp384-cert-v01@openssh.com',
    key: 'ecdsa_p384',
    hash: 'sha384',
    certificate: true,
    defined_in: 'OpenSSH PROTOCOL.certkeys',
  },
  {
    name: 'ecdsa-sha2-nistp521-cert-v01@openssh.com',
    key: 'ecdsa_p521',
    hash: 'sha512',
    certificate: true,
    defined_in: 'OpenSSH PROTOCOL.certkeys',
  },
  {
    name: 'rsa-sha2-512-cert-v01@openssh.com',
    key: 'rsa',
    hash: 'sha512',
    certificate: true,
    defined_in: 'OpenSSH PROTOCOL.certkeys',
  },
  {
    name: 'rsa-sha2-256-cert-v01@openssh.com',
    key: 'rsa',
    hash: 'sha256',
    certificate: true,
    defined_in: 'OpenSSH PROTOCOL.certkeys',
  },
  {
    name: 'sk-ssh-ed25519-cert-v01@openssh.com',
    key: 'ed25519_sk',
    hash: undefined,
    certificate: true,
    defined_in: 'OpenSSH PROTOCOL.certkeys',
  },
  {
    name: 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com',
    key: 'ecdsa_p256_sk',
    hash: 'sha256',
    certificate: true,
    defined_in: 'OpenSSH PROTOCOL.certkeys',
  },
] as const satisfies readonly HostKeyAlgorithmsRow[];

/** The rows of {@link HostKeyAlgorithms} by `name`. */
export const HostKeyAlgorithmsByName: ReadonlyMap<string, HostKeyAlgorithmsRow> = new Map(
  HostKeyAlgorithms.map((row) => [row.name, row]),
);

/** One row of {@link Ciphers}. */
export interface CiphersRow {
  /** Unique; see {@link CiphersByName}. */
  readonly name: string;
  readonly key_len: number;
  readonly block: number;
  readonly iv_len: number;
  readonly aead: boolean;
  readonly defined_in: string;
}

/**
 * Encryption algorithms, sizes in bytes. An `aead` cipher authenticates the packet itself, so the
 * MAC algorithm negotiated beside it is ignored (RFC 5647 5.1, OpenSSH PROTOCOL.chacha20poly1305).
 * `block` is the cipher block size that packet lengths are padded to (8 at least, RFC 4253 6).
 * @see RFC 4253 §6.3
 */
export const Ciphers = [
  {
    name: 'chacha20-poly1305@openssh.com',
    key_len: 64,
    block: 8,
    iv_len: 0,
    aead: true,
    defined_in: 'OpenSSH PROTOCOL.chacha20poly1305',
  },
  {
    name: 'aes256-gcm@openssh.com',
    key_len: 32,
    block: 16,
    iv_len: 12,
    aead: true,
    defined_in: "OpenSSH PROTOCOL (RFC 5647 with OpenSSH's negotiation)",
  },
  {
    name: 'aes128-gcm@openssh.com',
    key_len: 16,
    block: 16,
    iv_len: 12,
    aead: true,
    defined_in: "OpenSSH PROTOCOL (RFC 5647 with OpenSSH's negotiation)",
  },
  { name: 'aes256-ctr', key_len: 32, block: 16, iv_len: 16, aead: false, defined_in: 'RFC 4344' },
  { name: 'aes192-ctr', key_len: 24, block: 16, iv_len: 16, aead: false, defined_in: 'RFC 4344' },
  { name: 'aes128-ctr', key_len: 16, block: 16, iv_len: 16, aead: false, defined_in: 'RFC 4344' },
  { name: 'aes256-cbc', key_len: 32, block: 16, iv_len: 16, aead: false, defined_in: 'RFC 4253' },
  { name: 'aes192-cbc', key_len: 24, block: 16, iv_len: 16, aead: false, defined_in: 'RFC 4253' },
  { name: 'aes128-cbc', key_len: 16, block: 16, iv_len: 16, aead: false, defined_in: 'RFC 4253' },
  { name: '3des-cbc', key_len: 24, block: 8, iv_len: 8, aead: false, defined_in: 'RFC 4253' },
  { name: 'none', key_len: 0, block: 8, iv_len: 0, aead: false, defined_in: 'RFC 4253' },
] as const satisfies readonly CiphersRow[];

/** The rows of {@link Ciphers} by `name`. */
export const CiphersByName: ReadonlyMap<string, CiphersRow> = new Map(Ciphers.map((row) => [row.name, row]));

/** One row of {@link Macs}. */
export interface MacsRow {
  /** Unique; see {@link MacsByName}. */
  readonly name: string;
  readonly hash: string;
  readonly key_len: number;
  readonly mac_len: number;
  readonly etm: boolean;
  readonly defined_in: string;
}

/**
 * MAC algorithms, sizes in bytes. `etm` ("encrypt-then-MAC", OpenSSH PROTOCOL) MACs the encrypted
 * packet and leaves packet_length unencrypted; the others MAC the plaintext (RFC 4253 6.4).
 * @see RFC 4253 §6.4
 */
export const Macs = [
  {
    name: 'hmac-sha2-256-etm@openssh.com',
    hash: 'sha256',
    key_len: 32,
    mac_len: 32,
    etm: true,
    defined_in: 'OpenSSH PROTOCOL',
  },
  {
    name: 'hmac-sha2-512-etm@openssh.com',
    hash: 'sha512',
    key_len: 64,
    mac_len: 64,
    etm: true,
    defined_in: 'OpenSSH PROTOCOL',
  },
  {
    name: 'hmac-sha1-etm@openssh.com',
    hash: 'sha1',
    key_len: 20,
    mac_len: 20,
    etm: true,
    defined_in: 'OpenSSH PROTOCOL',
  },
  {
    name: 'umac-64-etm@openssh.com',
    hash: 'umac',
    key_len: 16,
    mac_len: 8,
    etm: true,
    defined_in: 'OpenSSH PROTOCOL',
  },
  {
    name: 'umac-128-etm@openssh.com',
    hash: 'umac',
    key_len: 16,
    mac_len: 16,
    etm: true,
    defined_in: 'OpenSSH PROTOCOL',
  },
  { name: 'hmac-sha2-256', hash: 'sha256', key_len: 32, mac_len: 32, etm: false, defined_in: 'RFC 6668' },
  { name: 'hmac-sha2-512', hash: 'sha512', key_len: 64, mac_len: 64, etm: false, defined_in: 'RFC 6668' },
  { name: 'hmac-sha1', hash: 'sha1', key_len: 20, mac_len: 20, etm: false, defined_in: 'RFC 4253' },
  {
    name: 'umac-64@openssh.com',
    hash: 'umac',
    key_len: 16,
    mac_len: 8,
    etm: false,
    defined_in: 'RFC 4418 UMAC, OpenSSH PROTOCOL',
  },
  {
    name: 'umac-128@openssh.com',
    hash: 'umac',
    key_len: 16,
    mac_len: 16,
    etm: false,
    defined_in: 'RFC 4418 UMAC, OpenSSH PROTOCOL',
  },
  { name: 'none', hash: 'none', key_len: 0, mac_len: 0, etm: false, defined_in: 'RFC 4253' },
] as const satisfies readonly MacsRow[];

/** The rows of {@link Macs} by `name`. */
export const MacsByName: ReadonlyMap<string, MacsRow> = new Map(Macs.map((row) => [row.name, row]));

/** One row of {@link Compressions}. */
export interface CompressionsRow {
  /** Unique; see {@link CompressionsByName}. */
  readonly name: string;
  readonly delayed: boolean;
  readonly defined_in: string;
}

/**
 * "zlib@openssh.com" starts compressing only after user authentication succeeds.
 * @see RFC 4253 §6.2
 */
export const Compressions = [
  { name: 'none', delayed: false, defined_in: 'RFC 4253' },
  { name: 'zlib', delayed: false, defined_in: 'RFC 4253' },
  { name: 'zlib@openssh.com', delayed: true, defined_in: 'OpenSSH PROTOCOL' },
] as const satisfies readonly CompressionsRow[];

/** The rows of {@link Compressions} by `name`. */
export const CompressionsByName: ReadonlyMap<string, CompressionsRow> = new Map(
  Compressions.map((row) => [row.name, row]),
);
