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

/** The names of {@link SshHashes}. */
export type SshHashesName = 'sha1' | 'sha256' | 'sha384' | 'sha512';

/** One row of {@link SshHashes}. */
export interface SshHashesRow {
  /** Unique; see {@link SshHashesByName}. */
  readonly name: SshHashesName;
  readonly length: number;
}

/**
 * The hashes SSH methods use, as the crypto provider names them; `length` is the digest in bytes.
 * @see RFC 4253 §7.2
 */
export const SshHashes = [
  { name: 'sha1', length: 20 },
  { name: 'sha256', length: 32 },
  { name: 'sha384', length: 48 },
  { name: 'sha512', length: 64 },
] as const satisfies readonly SshHashesRow[];

/** The rows of {@link SshHashes} by `name`. */
export const SshHashesByName: ReadonlyMap<string, SshHashesRow> = new Map(
  SshHashes.map((row) => [row.name, row]),
);

/** True when `name` is one of {@link SshHashesName}. */
export function isSshHashesName(name: string): name is SshHashesName {
  return SshHashesByName.has(name);
}

/** The names of {@link PublicKeyTypes}. */
export type PublicKeyTypesName =
  | 'ed25519'
  | 'ed448'
  | 'ecdsa_p256'
  | 'ecdsa_p384'
  | 'ecdsa_p521'
  | 'rsa'
  | 'dsa'
  | 'ed25519_sk'
  | 'ecdsa_p256_sk';

/** One row of {@link PublicKeyTypes}. */
export interface PublicKeyTypesRow {
  /** Unique; see {@link PublicKeyTypesByName}. */
  readonly name: PublicKeyTypesName;
  readonly security_key: boolean;
}

/**
 * The kinds of public key a host key algorithm signs with; `security_key` marks the FIDO
 * authenticator forms of OpenSSH PROTOCOL.u2f.
 * @see RFC 4253 §6.6
 */
export const PublicKeyTypes = [
  { name: 'ed25519', security_key: false },
  { name: 'ed448', security_key: false },
  { name: 'ecdsa_p256', security_key: false },
  { name: 'ecdsa_p384', security_key: false },
  { name: 'ecdsa_p521', security_key: false },
  { name: 'rsa', security_key: false },
  { name: 'dsa', security_key: false },
  { name: 'ed25519_sk', security_key: true },
  { name: 'ecdsa_p256_sk', security_key: true },
] as const satisfies readonly PublicKeyTypesRow[];

/** The rows of {@link PublicKeyTypes} by `name`. */
export const PublicKeyTypesByName: ReadonlyMap<string, PublicKeyTypesRow> = new Map(
  PublicKeyTypes.map((row) => [row.name, row]),
);

/** True when `name` is one of {@link PublicKeyTypesName}. */
export function isPublicKeyTypesName(name: string): name is PublicKeyTypesName {
  return PublicKeyTypesByName.has(name);
}

/** The names of {@link KexAlgorithms}. */
export type KexAlgorithmsName =
  | 'mlkem768x25519-sha256'
  | 'sntrup761x25519-sha512'
  | 'sntrup761x25519-sha512@openssh.com'
  | 'curve25519-sha256'
  | 'curve25519-sha256@libssh.org'
  | 'curve448-sha512'
  | 'ecdh-sha2-nistp256'
  | 'ecdh-sha2-nistp384'
  | 'ecdh-sha2-nistp521'
  | 'diffie-hellman-group-exchange-sha256'
  | 'diffie-hellman-group-exchange-sha1'
  | 'diffie-hellman-group16-sha512'
  | 'diffie-hellman-group18-sha512'
  | 'diffie-hellman-group14-sha256'
  | 'diffie-hellman-group14-sha1'
  | 'diffie-hellman-group1-sha1'
  | 'ext-info-c'
  | 'ext-info-s'
  | 'kex-strict-c-v00@openssh.com'
  | 'kex-strict-s-v00@openssh.com';

/** One row of {@link KexAlgorithms}. */
export interface KexAlgorithmsRow {
  /** Unique; see {@link KexAlgorithmsByName}. */
  readonly name: KexAlgorithmsName;
  readonly messages?: KexMessages;
  readonly hash?: SshHashesName;
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
    hash: 'sha256',
    defined_in: 'draft-ietf-sshm-mlkem-hybrid-kex',
  },
  {
    name: 'sntrup761x25519-sha512',
    messages: KexMessages.kex_ecdh,
    hash: 'sha512',
    defined_in: 'draft-ietf-sshm-ntruprime-ssh',
  },
  {
    name: 'sntrup761x25519-sha512@openssh.com',
    messages: KexMessages.kex_ecdh,
    hash: 'sha512',
    defined_in: 'OpenSSH PROTOCOL',
  },
  { name: 'curve25519-sha256', messages: KexMessages.kex_ecdh, hash: 'sha256', defined_in: 'RFC 8731' },
  {
    name: 'curve25519-sha256@libssh.org',
    messages: KexMessages.kex_ecdh,
    hash: 'sha256',
    defined_in: 'RFC 8731 (the name before it)',
  },
  { name: 'curve448-sha512', messages: KexMessages.kex_ecdh, hash: 'sha512', defined_in: 'RFC 8731' },
  { name: 'ecdh-sha2-nistp256', messages: KexMessages.kex_ecdh, hash: 'sha256', defined_in: 'RFC 5656' },
  { name: 'ecdh-sha2-nistp384', messages: KexMessages.kex_ecdh, hash: 'sha384', defined_in: 'RFC 5656' },
  { name: 'ecdh-sha2-nistp521', messages: KexMessages.kex_ecdh, hash: 'sha512', defined_in: 'RFC 5656' },
  {
    name: 'diffie-hellman-group-exchange-sha256',
    messages: KexMessages.kex_dh_gex,
    hash: 'sha256',
    defined_in: 'RFC 4419',
  },
  {
    name: 'diffie-hellman-group-exchange-sha1',
    messages: KexMessages.kex_dh_gex,
    hash: 'sha1',
    defined_in: 'RFC 4419',
  },
  {
    name: 'diffie-hellman-group16-sha512',
    messages: KexMessages.kexdh,
    hash: 'sha512',
    defined_in: 'RFC 8268',
  },
  {
    name: 'diffie-hellman-group18-sha512',
    messages: KexMessages.kexdh,
    hash: 'sha512',
    defined_in: 'RFC 8268',
  },
  {
    name: 'diffie-hellman-group14-sha256',
    messages: KexMessages.kexdh,
    hash: 'sha256',
    defined_in: 'RFC 8268',
  },
  { name: 'diffie-hellman-group14-sha1', messages: KexMessages.kexdh, hash: 'sha1', defined_in: 'RFC 4253' },
  { name: 'diffie-hellman-group1-sha1', messages: KexMessages.kexdh, hash: 'sha1', defined_in: 'RFC 4253' },
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

/** True when `name` is one of {@link KexAlgorithmsName}. */
export function isKexAlgorithmsName(name: string): name is KexAlgorithmsName {
  return KexAlgorithmsByName.has(name);
}

/** The names of {@link HostKeyAlgorithms}. */
export type HostKeyAlgorithmsName =
  | 'ssh-ed25519'
  | 'ssh-ed448'
  | 'ecdsa-sha2-nistp256'
  | 'ecdsa-sha2-nistp384'
  | 'ecdsa-sha2-nistp521'
  | 'rsa-sha2-512'
  | 'rsa-sha2-256'
  | 'ssh-rsa'
  | 'ssh-dss'
  | 'sk-ssh-ed25519@openssh.com'
  | 'sk-ecdsa-sha2-nistp256@openssh.com'
  | 'ssh-ed25519-cert-v01@openssh.com'
  | 'ecdsa-sha2-nistp256-cert-v01@openssh.com'
  | 'ecdsa-sha2-nistp384-cert-v01@openssh.com'
  | 'ecdsa-sha2-nistp521-cert-v01@openssh.com'
  | 'rsa-sha2-512-cert-v01@openssh.com'
  | 'rsa-sha2-256-cert-v01@openssh.com'
  | 'sk-ssh-ed25519-cert-v01@openssh.com'
  | 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com';

/** One row of {@link HostKeyAlgorithms}. */
export interface HostKeyAlgorithmsRow {
  /** Unique; see {@link HostKeyAlgorithmsByName}. */
  readonly name: HostKeyAlgorithmsName;
  readonly key: PublicKeyTypesName;
  readonly hash?: SshHashesName;
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

/** True when `name` is one of {@link HostKeyAlgorithmsName}. */
export function isHostKeyAlgorithmsName(name: string): name is HostKeyAlgorithmsName {
  return HostKeyAlgorithmsByName.has(name);
}

/** The names of {@link Ciphers}. */
export type CiphersName =
  | 'chacha20-poly1305@openssh.com'
  | 'aes256-gcm@openssh.com'
  | 'aes128-gcm@openssh.com'
  | 'aes256-ctr'
  | 'aes192-ctr'
  | 'aes128-ctr'
  | 'aes256-cbc'
  | 'aes192-cbc'
  | 'aes128-cbc'
  | '3des-cbc'
  | 'none';

/** One row of {@link Ciphers}. */
export interface CiphersRow {
  /** Unique; see {@link CiphersByName}. */
  readonly name: CiphersName;
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

/** True when `name` is one of {@link CiphersName}. */
export function isCiphersName(name: string): name is CiphersName {
  return CiphersByName.has(name);
}

/** The names of {@link Macs}. */
export type MacsName =
  | 'hmac-sha2-256-etm@openssh.com'
  | 'hmac-sha2-512-etm@openssh.com'
  | 'hmac-sha1-etm@openssh.com'
  | 'umac-64-etm@openssh.com'
  | 'umac-128-etm@openssh.com'
  | 'hmac-sha2-256'
  | 'hmac-sha2-512'
  | 'hmac-sha1'
  | 'umac-64@openssh.com'
  | 'umac-128@openssh.com'
  | 'none';

/** One row of {@link Macs}. */
export interface MacsRow {
  /** Unique; see {@link MacsByName}. */
  readonly name: MacsName;
  readonly hash?: SshHashesName;
  readonly key_len: number;
  readonly mac_len: number;
  readonly etm: boolean;
  readonly defined_in: string;
}

/**
 * MAC algorithms, sizes in bytes. `hash` is the HMAC's hash, absent for UMAC (RFC 4418) and none.
 * `etm` ("encrypt-then-MAC", OpenSSH PROTOCOL) MACs the encrypted packet and leaves packet_length
 * unencrypted; the others MAC the plaintext (RFC 4253 6.4).
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
    hash: undefined,
    key_len: 16,
    mac_len: 8,
    etm: true,
    defined_in: 'OpenSSH PROTOCOL',
  },
  {
    name: 'umac-128-etm@openssh.com',
    hash: undefined,
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
    hash: undefined,
    key_len: 16,
    mac_len: 8,
    etm: false,
    defined_in: 'RFC 4418 UMAC, OpenSSH PROTOCOL',
  },
  {
    name: 'umac-128@openssh.com',
    hash: undefined,
    key_len: 16,
    mac_len: 16,
    etm: false,
    defined_in: 'RFC 4418 UMAC, OpenSSH PROTOCOL',
  },
  { name: 'none', hash: undefined, key_len: 0, mac_len: 0, etm: false, defined_in: 'RFC 4253' },
] as const satisfies readonly MacsRow[];

/** The rows of {@link Macs} by `name`. */
export const MacsByName: ReadonlyMap<string, MacsRow> = new Map(Macs.map((row) => [row.name, row]));

/** True when `name` is one of {@link MacsName}. */
export function isMacsName(name: string): name is MacsName {
  return MacsByName.has(name);
}

/** The names of {@link Compressions}. */
export type CompressionsName = 'none' | 'zlib' | 'zlib@openssh.com';

/** One row of {@link Compressions}. */
export interface CompressionsRow {
  /** Unique; see {@link CompressionsByName}. */
  readonly name: CompressionsName;
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

/** True when `name` is one of {@link CompressionsName}. */
export function isCompressionsName(name: string): name is CompressionsName {
  return CompressionsByName.has(name);
}
