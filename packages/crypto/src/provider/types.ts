// The provider interface: every primitive the protocol stacks use, implemented once over
// @noble/* (pure TypeScript) and once over node:crypto (native). Byte strings are Uint8Array
// (node Buffers are Uint8Arrays too); outputs may be Buffers in the node provider.

import type { DhGroupParams, NamedDhGroup } from './groups/dh-groups.js';
import type { EcCurve, PrivateKey, PublicKey, RsaPrivateKey, RsaPublicKey } from './key-types.js';

export type ProviderName = 'noble' | 'node';

export type HashAlg = 'md5' | 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';

/** Incremental hash; `clone` lets a TLS transcript hash be read mid-handshake. */
export interface HashContext {
  update(data: Uint8Array): this;
  /** Finishes this context; it must not be used afterwards. */
  digest(): Uint8Array;
  clone(): HashContext;
}

export type AeadAlg = 'aes-128-gcm' | 'aes-256-gcm' | 'chacha20-poly1305';

/** An AEAD bound to one key. Nonces are 12 bytes and tags 16 bytes for all three algorithms. */
export interface Aead {
  readonly alg: AeadAlg;
  /** Returns ciphertext || tag. */
  seal(nonce: Uint8Array, plaintext: Uint8Array, aad?: Uint8Array): Uint8Array;
  /** Takes ciphertext || tag; throws CryptoError('decrypt_failed') when authentication fails. */
  open(nonce: Uint8Array, ciphertext: Uint8Array, aad?: Uint8Array): Uint8Array;
  /**
   * As seal, writing ciphertext || tag into `out` at `offset` instead of a new array; returns the
   * length written (plaintext.length + 16). `plaintext` may be the bytes it is written over
   * (`out.subarray(offset, offset + plaintext.length)`): sealing in place. For record layers that
   * build each record once in its output buffer. Optional: callers fall back to seal.
   */
  sealInto?(
    nonce: Uint8Array,
    plaintext: Uint8Array,
    aad: Uint8Array | undefined,
    out: Uint8Array,
    offset: number,
  ): number;
  /**
   * As open, but the plaintext may be written over the ciphertext's own bytes (the caller gives
   * them up) rather than into a new array; returns the plaintext. Nothing is written when
   * authentication fails. Optional: callers fall back to open.
   */
  openInPlace?(nonce: Uint8Array, ciphertext: Uint8Array, aad?: Uint8Array): Uint8Array;
}

export type CipherAlg =
  | 'aes-128-cbc'
  | 'aes-192-cbc'
  | 'aes-256-cbc'
  | 'aes-128-ctr'
  | 'aes-192-ctr'
  | 'aes-256-ctr'
  | 'des-ede3-cbc';

/**
 * A streaming cipher without padding: CBC chaining and CTR counter state carry over from one
 * `update` to the next, as SSH packets require. CBC input must be a whole number of blocks; CTR
 * accepts any length.
 */
export interface StreamCipher {
  update(data: Uint8Array): Uint8Array;
}

/**
 * chacha20-poly1305@openssh.com (PROTOCOL.chacha20poly1305): a 64-byte key, K_2 (first half)
 * for the payload and MAC, K_1 (second half) for the 4-byte packet length.
 */
export interface OpensshChachaPoly {
  /** Decrypts only the 4-byte length field of an incoming packet (before its MAC can be checked). */
  decryptLength(seq: number, encryptedLength: Uint8Array): Uint8Array;
  /** `packet` = uint32 length || payload; returns encrypted packet || 16-byte tag. */
  seal(seq: number, packet: Uint8Array): Uint8Array;
  /** `data` = encrypted length || encrypted payload || tag; returns plaintext length || payload. */
  open(seq: number, data: Uint8Array): Uint8Array;
}

export type EcdhCurve = 'x25519' | 'x448' | EcCurve;
export type KeyAgreementGroup = EcdhCurve | NamedDhGroup;

export interface KeyPairBytes {
  readonly privateKey: Uint8Array;
  readonly publicKey: Uint8Array;
}

/**
 * Key agreement over raw wire-format values: X25519/X448 32/56-byte strings, EC points in SEC1
 * uncompressed form with private scalars as field-length bytes, finite-field values as big-endian
 * integers left-padded to the length of p (RFC 8446 section 4.2.8.1).
 * Secrets: X25519/X448 raw, ECDH the X coordinate (RFC 8446 section 7.4.2), finite-field DH
 * left-padded to the length of p (RFC 8446 section 7.4.1; TLS 1.2 strips the zeros itself).
 * Peer values are validated (RFC 7748 section 6 all-zero check, point on curve, 1 < y < p-1)
 * and rejected with CryptoError('bad_public_value').
 */
export interface KeyAgreement {
  readonly group: string;
  generateKeyPair(): KeyPairBytes;
  publicKeyFromPrivate(privateKey: Uint8Array): Uint8Array;
  computeSecret(privateKey: Uint8Array, peerPublic: Uint8Array): Uint8Array;
}

/**
 * Signature schemes, by their TLS SignatureScheme names (RFC 8446 section 4.2.3), plus the
 * legacy ones TLS 1.0-1.2 and SSH need. For ECDSA the hash comes from the name and the curve from
 * the key (TLS 1.2 pairs hashes and curves freely). RSA-PSS uses MGF1 with the same hash and a
 * salt as long as the hash (RFC 8446); `rsae` and `pss` variants compute the same thing.
 * `rsa_pkcs1_md5_sha1` is the TLS 1.0/1.1 RSA signature over MD5 || SHA-1 without DigestInfo.
 * The SHA-224 schemes are the TLS 1.2 (sha224, rsa|ecdsa|dsa) pairs (RFC 5246 section 7.4.1.4.1)
 * and serve X.509 sha224WithRSAEncryption, ecdsa-with-SHA224 and dsa-with-sha224 (RFC 5758);
 * `rsa_pss_sha1` and `rsa_pss_sha224` (not TLS schemes) serve X.509 RSASSA-PSS (RFC 4055).
 */
export type SignatureScheme =
  | 'rsa_pkcs1_sha1'
  | 'rsa_pkcs1_sha224'
  | 'rsa_pkcs1_sha256'
  | 'rsa_pkcs1_sha384'
  | 'rsa_pkcs1_sha512'
  | 'rsa_pkcs1_md5_sha1'
  | 'rsa_pss_sha1'
  | 'rsa_pss_sha224'
  | 'rsa_pss_rsae_sha256'
  | 'rsa_pss_rsae_sha384'
  | 'rsa_pss_rsae_sha512'
  | 'rsa_pss_pss_sha256'
  | 'rsa_pss_pss_sha384'
  | 'rsa_pss_pss_sha512'
  | 'ecdsa_sha1'
  | 'ecdsa_sha224'
  | 'ecdsa_secp256r1_sha256'
  | 'ecdsa_secp384r1_sha384'
  | 'ecdsa_secp521r1_sha512'
  | 'ed25519'
  | 'ed448'
  | 'dsa_sha1'
  | 'dsa_sha224'
  | 'dsa_sha256';

export interface SignOptions {
  /**
   * ECDSA/DSA signature encoding: 'der' (X.509, TLS) is the default; 'raw' is r || s, each
   * padded to the group order length (IEEE P1363), from which SSH builds its mpints.
   */
  readonly format?: 'der' | 'raw';
  /**
   * RSA-PSS salt length in bytes; defaults to the hash length (required by RFC 8446). X.509
   * RSASSA-PSS parameters may name another (RFC 4055 section 3.1). Verification is exact.
   */
  readonly saltLength?: number;
}

export interface Provider {
  readonly name: ProviderName;

  // Randomness and comparison
  randomBytes(length: number): Uint8Array;
  /** Constant-time comparison; false on a length mismatch. */
  timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;

  // Hashes and MACs
  hashLength(alg: HashAlg): number;
  hash(alg: HashAlg, data: Uint8Array): Uint8Array;
  createHash(alg: HashAlg): HashContext;
  hmac(alg: HashAlg, key: Uint8Array, data: Uint8Array): Uint8Array;

  // Key derivation (RFC 5869, RFC 5246, RFC 8446, RFC 4253)
  hkdfExtract(alg: HashAlg, salt: Uint8Array, ikm: Uint8Array): Uint8Array;
  hkdfExpand(alg: HashAlg, prk: Uint8Array, info: Uint8Array, length: number): Uint8Array;
  /** TLS 1.0/1.1 PRF (RFC 2246 section 5): P_MD5 XOR P_SHA1 over the split secret. */
  tls10Prf(secret: Uint8Array, label: string, seed: Uint8Array, length: number): Uint8Array;
  /** TLS 1.2 PRF (RFC 5246 section 5): P_hash with the cipher suite's hash. */
  tls12Prf(alg: HashAlg, secret: Uint8Array, label: string, seed: Uint8Array, length: number): Uint8Array;
  /** HKDF-Expand-Label (RFC 8446 section 7.1); `label` without the "tls13 " prefix. */
  hkdfExpandLabel(
    alg: HashAlg,
    secret: Uint8Array,
    label: string,
    context: Uint8Array,
    length: number,
  ): Uint8Array;
  /** Derive-Secret (RFC 8446 section 7.1); `transcriptHash` is Transcript-Hash(Messages). */
  deriveSecret(alg: HashAlg, secret: Uint8Array, label: string, transcriptHash: Uint8Array): Uint8Array;
  /**
   * SSH key derivation (RFC 4253 section 7.2): HASH(K || H || letter || session_id), extended
   * with HASH(K || H || K1 || ...). `sharedSecret` is K already encoded as an SSH mpint.
   */
  sshKdf(
    alg: HashAlg,
    sharedSecret: Uint8Array,
    exchangeHash: Uint8Array,
    letter: string,
    sessionId: Uint8Array,
    length: number,
  ): Uint8Array;

  // Symmetric encryption
  aead(alg: AeadAlg, key: Uint8Array): Aead;
  cipher(alg: CipherAlg, key: Uint8Array, iv: Uint8Array, direction: 'encrypt' | 'decrypt'): StreamCipher;
  opensshChachaPoly(key: Uint8Array): OpensshChachaPoly;

  // Key agreement
  ecdh(group: KeyAgreementGroup | DhGroupParams): KeyAgreement;

  // Signatures
  sign(scheme: SignatureScheme, privateKey: PrivateKey, data: Uint8Array, options?: SignOptions): Uint8Array;
  verify(
    scheme: SignatureScheme,
    publicKey: PublicKey,
    data: Uint8Array,
    signature: Uint8Array,
    options?: SignOptions,
  ): boolean;
  /** The public half of a private key (derives EC points and raw public keys when absent). */
  publicKeyOf(privateKey: PrivateKey): PublicKey;

  // RSA encryption (TLS RSA key exchange)
  /** RSAES-PKCS1-v1_5 encryption (RFC 8017 section 7.2.1). */
  rsaEncrypt(publicKey: RsaPublicKey, plaintext: Uint8Array): Uint8Array;
  /**
   * Decrypts an RSA-encrypted premaster secret with the RFC 5246 section 7.4.7.1 countermeasure:
   * on bad padding, wrong length or a version other than `clientVersion` it returns a random
   * 48-byte premaster instead, chosen without branching on secret data. Never throws for those.
   */
  rsaDecryptPremaster(privateKey: RsaPrivateKey, ciphertext: Uint8Array, clientVersion: number): Uint8Array;
}
