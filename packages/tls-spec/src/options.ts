// Generated from specs/tls/options.spec by otpnet-gen. Do not edit.
import {
  opt,
  type OptionRole,
  type OptionSchema,
  type OptionsResult,
  type OptionTypeDesc,
  validateOptions,
} from '@otpnet/wire';

/**
 * A protocol version. Only tlsv1.3 and tlsv1.2 are implemented; the runtime refuses the legacy ones
 * with an error naming them, so an Erlang configuration that lists them fails instead of silently
 * changing meaning.
 * @see ssl-api protocol()
 */
export type SslVersion = 'tlsv1.3' | 'tlsv1.2' | 'tlsv1.1' | 'tlsv1' | 'sslv3';

/** How {@link SslVersion} is checked at run time. */
export const SslVersionType: OptionTypeDesc = opt.oneOf('tlsv1.3', 'tlsv1.2', 'tlsv1.1', 'tlsv1', 'sslv3');

/**
 * verify_type(), or the classic code(): 0 = verify_none, 1 = verify_peer, 2 = verify_peer and fail
 * when the peer sends no certificate.
 * @see ssl-api verify_type()
 * @see ssl-api-classic code()
 */
export type SslVerify = 'verify_none' | 'verify_peer' | 0 | 1 | 2;

/** How {@link SslVerify} is checked at run time. */
export const SslVerifyType: OptionTypeDesc = opt.oneOf('verify_none', 'verify_peer', 0, 1, 2);

/**
 * named_curve() of the manual, with x25519 and x448, which Erlang/OTP accepts here since TLS 1.3.
 * @see ssl-api named_curve()
 */
export type SslNamedCurve =
  | 'sect571r1'
  | 'sect571k1'
  | 'secp521r1'
  | 'brainpoolP512r1'
  | 'sect409k1'
  | 'sect409r1'
  | 'brainpoolP384r1'
  | 'secp384r1'
  | 'sect283k1'
  | 'sect283r1'
  | 'brainpoolP256r1'
  | 'secp256k1'
  | 'secp256r1'
  | 'sect239k1'
  | 'sect233k1'
  | 'sect233r1'
  | 'secp224k1'
  | 'secp224r1'
  | 'sect193r1'
  | 'sect193r2'
  | 'secp192k1'
  | 'secp192r1'
  | 'sect163k1'
  | 'sect163r1'
  | 'sect163r2'
  | 'secp160k1'
  | 'secp160r1'
  | 'secp160r2'
  | 'x25519'
  | 'x448';

/** How {@link SslNamedCurve} is checked at run time. */
export const SslNamedCurveType: OptionTypeDesc = opt.oneOf(
  'sect571r1',
  'sect571k1',
  'secp521r1',
  'brainpoolP512r1',
  'sect409k1',
  'sect409r1',
  'brainpoolP384r1',
  'secp384r1',
  'sect283k1',
  'sect283r1',
  'brainpoolP256r1',
  'secp256k1',
  'secp256r1',
  'sect239k1',
  'sect233k1',
  'sect233r1',
  'secp224k1',
  'secp224r1',
  'sect193r1',
  'sect193r2',
  'secp192k1',
  'secp192r1',
  'sect163k1',
  'sect163r1',
  'sect163r2',
  'secp160k1',
  'secp160r1',
  'secp160r2',
  'x25519',
  'x448',
);

/**
 * A key exchange group of TLS 1.3 supported_groups (RFC 8446 4.2.7, RFC 7919, RFC 8734).
 * @see protocol-facts supported_groups
 */
export type SslGroup =
  | 'x25519'
  | 'x448'
  | 'secp256r1'
  | 'secp384r1'
  | 'secp521r1'
  | 'ffdhe2048'
  | 'ffdhe3072'
  | 'ffdhe4096'
  | 'ffdhe6144'
  | 'ffdhe8192'
  | 'brainpoolP256r1tls13'
  | 'brainpoolP384r1tls13'
  | 'brainpoolP512r1tls13';

/** How {@link SslGroup} is checked at run time. */
export const SslGroupType: OptionTypeDesc = opt.oneOf(
  'x25519',
  'x448',
  'secp256r1',
  'secp384r1',
  'secp521r1',
  'ffdhe2048',
  'ffdhe3072',
  'ffdhe4096',
  'ffdhe6144',
  'ffdhe8192',
  'brainpoolP256r1tls13',
  'brainpoolP384r1tls13',
  'brainpoolP512r1tls13',
);

/**
 * hash() of the manual, which misspells sha384 as sha348; its own signature_algs default says sha384.
 * @see ssl-api hash()
 */
export type SslHash = 'md5' | 'sha' | 'sha224' | 'sha256' | 'sha384' | 'sha512';

/** How {@link SslHash} is checked at run time. */
export const SslHashType: OptionTypeDesc = opt.oneOf('md5', 'sha', 'sha224', 'sha256', 'sha384', 'sha512');

/** @see ssl-api key_exchange() */
export type SslKeyExchange =
  | 'rsa'
  | 'dhe_dss'
  | 'dhe_rsa'
  | 'dh_anon'
  | 'psk'
  | 'dhe_psk'
  | 'rsa_psk'
  | 'srp_anon'
  | 'srp_dss'
  | 'srp_rsa'
  | 'ecdh_anon'
  | 'ecdh_ecdsa'
  | 'ecdhe_ecdsa'
  | 'ecdh_rsa'
  | 'ecdhe_rsa';

/** How {@link SslKeyExchange} is checked at run time. */
export const SslKeyExchangeType: OptionTypeDesc = opt.oneOf(
  'rsa',
  'dhe_dss',
  'dhe_rsa',
  'dh_anon',
  'psk',
  'dhe_psk',
  'rsa_psk',
  'srp_anon',
  'srp_dss',
  'srp_rsa',
  'ecdh_anon',
  'ecdh_ecdsa',
  'ecdhe_ecdsa',
  'ecdh_rsa',
  'ecdhe_rsa',
);

/** @see ssl-api cipher() */
export type SslCipher =
  | 'rc4_128'
  | 'des_cbc'
  | '3des_ede_cbc'
  | 'aes_128_cbc'
  | 'aes_256_cbc'
  | 'aes_128_gcm'
  | 'aes_256_gcm'
  | 'chacha20_poly1305';

/** How {@link SslCipher} is checked at run time. */
export const SslCipherType: OptionTypeDesc = opt.oneOf(
  'rc4_128',
  'des_cbc',
  '3des_ede_cbc',
  'aes_128_cbc',
  'aes_256_cbc',
  'aes_128_gcm',
  'aes_256_gcm',
  'chacha20_poly1305',
);

/**
 * The tuple form of a `ciphers` list element: {KeyExchange, Cipher, Mac} or {KeyExchange, Cipher, Mac,
 * Prf}. The `ciphers` option itself is wider (names and suite maps), so the runtime checks tuple
 * elements against this.
 * @see ssl-api ciphersuite()
 */
export type SslCipherSuite =
  | readonly [SslKeyExchange, SslCipher, SslHash]
  | readonly [SslKeyExchange, SslCipher, SslHash, SslHash];

/** How {@link SslCipherSuite} is checked at run time. */
export const SslCipherSuiteType: OptionTypeDesc = opt.union(
  opt.tuple(SslKeyExchangeType, SslCipherType, SslHashType),
  opt.tuple(SslKeyExchangeType, SslCipherType, SslHashType, SslHashType),
);

/**
 * A signature algorithm: the TLS 1.2 {Hash, Sign} pair of the manual, or a TLS 1.3 SignatureScheme
 * name (rsa_pss_rsae_sha256, ecdsa_secp256r1_sha256, ...), without which TLS 1.3, a default version,
 * could not be configured.
 * @see ssl-api signature_algs
 */
export type SslSignatureAlgorithm = readonly [SslHash, 'ecdsa' | 'rsa' | 'dsa'] | string;

/** How {@link SslSignatureAlgorithm} is checked at run time. */
export const SslSignatureAlgorithmType: OptionTypeDesc = opt.union(
  opt.tuple(SslHashType, opt.oneOf('ecdsa', 'rsa', 'dsa')),
  opt.string,
);

/** An ALPN or NPN protocol name: bytes as in the manual, or text taken as its UTF-8 bytes. */
export type SslProtocolName = string | Uint8Array;

/** How {@link SslProtocolName} is checked at run time. */
export const SslProtocolNameType: OptionTypeDesc = opt.union(opt.string, opt.binary);

/**
 * The private key types of the key option's tuple.
 * @see ssl-api key
 */
export type SslKeyType = 'RSAPrivateKey' | 'DSAPrivateKey' | 'ECPrivateKey' | 'PrivateKeyInfo';

/** How {@link SslKeyType} is checked at run time. */
export const SslKeyTypeType: OptionTypeDesc = opt.oneOf(
  'RSAPrivateKey',
  'DSAPrivateKey',
  'ECPrivateKey',
  'PrivateKeyInfo',
);

/**
 * {CallbackModule, DataTag, ClosedTag, ErrTag}, or with the PassiveTag Erlang/OTP added for
 * {active, N} sockets.
 * @see ssl-api transport_option()
 */
export type SslCbInfo =
  | readonly [string, string, string, string]
  | readonly [string, string, string, string, string];

/** How {@link SslCbInfo} is checked at run time. */
export const SslCbInfoType: OptionTypeDesc = opt.union(
  opt.tuple(opt.string, opt.string, opt.string, opt.string),
  opt.tuple(opt.string, opt.string, opt.string, opt.string, opt.string),
);

/**
 * Validate with {@link validateTlsOptions}; every option is optional.
 * @see ssl-api ssl_option()
 */
export interface TlsOptions {
  /**
   * Verify the peer's certificate chain (verify_peer; a server then requests a client certificate) or allow
   * every path validation error (verify_none); a client defaults to verify_peer as Erlang/OTP 26 does, not
   * the manual's verify_none.
   * @defaultValue `verify_peer` (client), `verify_none` (server)
   */
  verify?: SslVerify;
  /**
   * With verify_peer, fail when the client sends no certificate (an invalid one fails regardless).
   * Server only.
   * Spec name: `fail_if_no_peer_cert`.
   * @defaultValue `false` (server)
   */
  failIfNoPeerCert?: boolean;
  /**
   * Most non-self-issued intermediate CAs between the peer certificate and the trusted root.
   * @defaultValue `1`
   */
  depth?: number;
  /**
   * {Fun, InitialUserState}: called for each path validation error, unknown extension and valid certificate;
   * the default depends on verify.
   * Spec name: `verify_fun`.
   */
  verifyFun?: readonly [(...args: never[]) => unknown, unknown];
  /**
   * A fun(Chain) -> {trusted_ca, DerCert} | unknown_ca that claims an intermediate CA of the chain as trusted
   * anchor.
   * Spec name: `partial_chain`.
   */
  partialChain?: (...args: never[]) => unknown;
  /**
   * CRL checks in path validation: all certificates (true), the peer's only (peer), unknown status accepted
   * (best_effort).
   * Spec name: `crl_check`.
   * @defaultValue `false`
   */
  crlCheck?: boolean | 'peer' | 'best_effort';
  /**
   * {Module, {DbHandle, Args}}: how CRLs are looked up and cached (ssl_crl_cache or ssl_crl_hash_dir).
   * Spec name: `crl_cache`.
   * @defaultValue `{"ssl_crl_cache", {internal, []}}`
   */
  crlCache?: readonly [string, readonly ['internal' | unknown, readonly unknown[]]];
  /** Trusted DER certificates, also used to build the own chain; overrides cacertfile. */
  cacerts?: readonly Uint8Array[];
  /** Path of a PEM file of trusted CA certificates (a server also names them in certificate requests). */
  cacertfile?: string;
  /**
   * Options of the server host name check (public_key:pkix_verify_hostname/3).
   * Client only.
   * Spec name: `customize_hostname_check`.
   */
  customizeHostnameCheck?: readonly (
    | readonly ['match_fun', (...args: never[]) => unknown]
    | readonly ['fail_callback', (...args: never[]) => unknown]
    | readonly ['fqdn_fun', (...args: never[]) => unknown]
  )[];
  /**
   * SignatureScheme names allowed in certificates, when they differ from signature_algs.
   * Spec name: `signature_algs_cert`.
   */
  signatureAlgsCert?: readonly string[];
  /**
   * Send the certificate_authorities extension naming the trusted CAs.
   * Spec name: `certificate_authorities`.
   */
  certificateAuthorities?: boolean;
  /**
   * OCSP stapling: request a stapled response (staple), not (no_staple), or a map of OCSP settings.
   * Client only.
   */
  stapling?: 'staple' | 'no_staple' | unknown;
  /** Own DER certificate, or the chain from it; overrides certfile. */
  cert?: Uint8Array | readonly Uint8Array[];
  /** Path of a PEM file with the own certificate (chain). */
  certfile?: string;
  /** {Type, Der}: own private key; overrides keyfile. */
  key?: readonly [SslKeyType, Uint8Array];
  /** Path of the own PEM private key; not given: the certfile. */
  keyfile?: string;
  /** Password of an encrypted keyfile, or a function returning it. */
  password?: string | ((...args: never[]) => unknown);
  /**
   * Several certificate/key pairs (maps of cert, key, certfile, keyfile, password); the best for the peer is
   * used.
   * Spec name: `certs_keys`.
   */
  certsKeys?: readonly unknown[];
  /**
   * DER Diffie-Hellman parameters; overrides dhfile.
   * Server only.
   */
  dh?: Uint8Array;
  /**
   * Path of PEM Diffie-Hellman parameters for DHE suites.
   * Server only.
   */
  dhfile?: string;
  /**
   * Protocol versions offered or accepted; the default leaves out the legacy versions as Erlang/OTP 26 does.
   * @defaultValue `["tlsv1.3", "tlsv1.2"]`
   */
  versions?: readonly SslVersion[];
  /**
   * Cipher suites: a colon-separated OpenSSL string, or a list of suite names, SslCipherSuite tuples or suite
   * maps.
   */
  ciphers?: string | readonly unknown[];
  /** Named curves allowed for ECC suites, in order of preference. */
  eccs?: readonly SslNamedCurve[];
  /**
   * TLS 1.3 key exchange groups, in order of preference.
   * Spec name: `supported_groups`.
   * @defaultValue `[x25519, x448, secp256r1, secp384r1]`
   */
  supportedGroups?: readonly SslGroup[];
  /**
   * Signature algorithms in order of preference: offered by a client, accepted and requested by a server.
   * Spec name: `signature_algs`.
   * @defaultValue `[{sha512, ecdsa}, {sha512, rsa}, {sha384, ecdsa}, {sha384, rsa}, {sha256, ecdsa}, {sha256,
   * rsa}, {sha224, ecdsa}, {sha224, rsa}, {sha, ecdsa}, {sha, rsa}, {sha, dsa}]`
   */
  signatureAlgs?: readonly SslSignatureAlgorithm[];
  /**
   * Choose the cipher suite by the server's preference.
   * Server only.
   * Spec name: `honor_cipher_order`.
   * @defaultValue `false` (server)
   */
  honorCipherOrder?: boolean;
  /**
   * Choose the ECC curve by the server's preference.
   * Server only.
   * Spec name: `honor_ecc_order`.
   * @defaultValue `false` (server)
   */
  honorEccOrder?: boolean;
  /**
   * (TLS 1.0) check block cipher padding; false interoperates with legacy peers but is open to POODLE.
   * Spec name: `padding_check`.
   * @defaultValue `true`
   */
  paddingCheck?: boolean;
  /**
   * (SSL 3.0, TLS 1.0) 1/n-1 or 0/n record splitting against BEAST, or none.
   * Spec name: `beast_mitigation`.
   * @defaultValue `one_n_minus_one`
   */
  beastMitigation?: 'one_n_minus_one' | 'zero_n' | 'disabled';
  /**
   * Send TLS_FALLBACK_SCSV (RFC 7507) when retrying with lower versions.
   * Client only.
   * @defaultValue `false` (client)
   */
  fallback?: boolean;
  /**
   * Accept a client hello in SSL 2.0 format.
   * Server only.
   * Spec name: `v2_hello_compatible`.
   * @defaultValue `false` (server)
   */
  v2HelloCompatible?: boolean;
  /**
   * Refuse renegotiation without RFC 5746; false falls back to insecure renegotiation.
   * Spec name: `secure_renegotiate`.
   * @defaultValue `false`
   */
  secureRenegotiate?: boolean;
  /**
   * Allow client-initiated renegotiation.
   * Server only.
   * Spec name: `client_renegotiation`.
   * @defaultValue `true` (server)
   */
  clientRenegotiation?: boolean;
  /**
   * A client tries to reuse sessions, a server agrees to reuse them.
   * Spec name: `reuse_sessions`.
   */
  reuseSessions?: boolean;
  /**
   * A fun(SuggestedSessionId, PeerCert, Compression, CipherSuite) -> boolean() deciding whether to reuse a
   * session.
   * Server only.
   * Spec name: `reuse_session`.
   */
  reuseSession?: (...args: never[]) => unknown;
  /**
   * TLS 1.3 session tickets; client: none, handed to the user (manual) or reused automatically (auto);
   * server: none, stateful or stateless, *_with_cert keeping the client certificate.
   * Spec name: `session_tickets`.
   */
  sessionTickets?:
    | 'disabled'
    | 'manual'
    | 'auto'
    | 'stateful'
    | 'stateless'
    | 'stateful_with_cert'
    | 'stateless_with_cert';
  /**
   * Tickets (from manual session_tickets) to resume with.
   * Client only.
   * Spec name: `use_ticket`.
   */
  useTicket?: readonly Uint8Array[];
  /**
   * 0-RTT; client: the data sent with a resumed TLS 1.3 handshake; server: whether to accept it.
   * Spec name: `early_data`.
   */
  earlyData?: Uint8Array | 'enabled' | 'disabled';
  /**
   * 0-RTT replay protection with stateless tickets: a preset or {WindowSeconds, BloomHashes, BloomBits}.
   * Server only.
   * Spec name: `anti_replay`.
   */
  antiReplay?: '10k' | '100k' | readonly [number, number, number];
  /**
   * Bytes sent after which the traffic keys are updated (TLS 1.3).
   * Spec name: `key_update_at`.
   */
  keyUpdateAt?: number;
  /**
   * TLS 1.3 middlebox compatibility mode (RFC 8446 D.4).
   * Spec name: `middlebox_comp_mode`.
   */
  middleboxCompMode?: boolean;
  /**
   * Send a cookie in a HelloRetryRequest.
   * Server only.
   */
  cookie?: boolean;
  /**
   * Largest handshake message accepted, in bytes.
   * Spec name: `max_handshake_size`.
   */
  maxHandshakeSize?: number;
  /**
   * Full runs the whole handshake; hello pauses after the hello messages until handshake_continue or
   * handshake_cancel.
   * @defaultValue `full`
   */
  handshake?: 'hello' | 'full';
  /**
   * ALPN protocols offered, none of them empty.
   * Client only.
   * Spec name: `alpn_advertised_protocols`.
   */
  alpnAdvertisedProtocols?: readonly SslProtocolName[];
  /**
   * ALPN protocols in order of preference; no match fails with no_application_protocol.
   * Server only.
   * Spec name: `alpn_preferred_protocols`.
   */
  alpnPreferredProtocols?: readonly SslProtocolName[];
  /**
   * {Precedence, ClientPrefs[, Default]}: Next Protocol Negotiation.
   * Client only.
   * Spec name: `client_preferred_next_protocols`.
   * @deprecated NPN is superseded by ALPN: use alpn_advertised_protocols
   */
  clientPreferredNextProtocols?:
    | readonly ['client' | 'server', readonly SslProtocolName[]]
    | readonly ['client' | 'server', readonly SslProtocolName[], SslProtocolName];
  /**
   * NPN protocols sent to a client that supports Next Protocol Negotiation.
   * Server only.
   * Spec name: `next_protocols_advertised`.
   * @deprecated NPN is superseded by ALPN: use alpn_preferred_protocols
   */
  nextProtocolsAdvertised?: readonly SslProtocolName[];
  /**
   * Host name sent in SNI and checked against the certificate; disable sends none and skips the check.
   * Client only.
   * Spec name: `server_name_indication`.
   */
  serverNameIndication?: string | 'disable';
  /**
   * {Hostname, Options}: options that override the others for a client naming that host in SNI.
   * Server only.
   * Spec name: `sni_hosts`.
   */
  sniHosts?: readonly (readonly [string, unknown])[];
  /**
   * A fun(ServerName) -> Options whose result is merged into the others for a client sending SNI.
   * Server only.
   * Spec name: `sni_fun`.
   */
  sniFun?: (...args: never[]) => unknown;
  /**
   * {Fun, UserState}: looks up PSK secrets and (server) SRP parameters.
   * Spec name: `user_lookup_fun`.
   */
  userLookupFun?: readonly [(...args: never[]) => unknown, unknown];
  /**
   * Client: the PSK identity presented to the server; server: the identity hint presented to the client.
   * Spec name: `psk_identity`.
   */
  pskIdentity?: string;
  /**
   * {Username, Password} for SRP.
   * Client only.
   * Spec name: `srp_identity`.
   */
  srpIdentity?: readonly [string, string];
  /**
   * Report alerts; false keeps them out of the log.
   * Spec name: `log_alert`.
   * @defaultValue `true`
   */
  logAlert?: boolean;
  /**
   * Keep the traffic secrets for key logging.
   * Spec name: `keep_secrets`.
   */
  keepSecrets?: boolean;
  /**
   * Milliseconds of inactivity after which the connection hibernates; not given (undefined): never.
   * Spec name: `hibernate_after`.
   */
  hibernateAfter?: number;
  /**
   * Transport callback module and the tags of its messages.
   * Spec name: `cb_info`.
   * @defaultValue `{"gen_tcp", "tcp", "tcp_closed", "tcp_error"}`
   */
  cbInfo?: SslCbInfo;
  /**
   * An otpnet addition: the crypto provider, noble (TypeScript) or node (node:crypto); not given: node on
   * Node.js, noble elsewhere.
   */
  crypto?: 'noble' | 'node';
  /** An otpnet addition: called with each SSLKEYLOGFILE (NSS key log) line of the connection's secrets. */
  keylog?: (...args: never[]) => unknown;
}

/**
 * {@link TlsOptions} after validation, with the role's defaults filled in. Options that have a default
 * for every role are always present.
 */
export interface TlsOptionsResolved {
  readonly verify: SslVerify;
  readonly failIfNoPeerCert?: boolean;
  readonly depth: number;
  readonly verifyFun?: readonly [(...args: never[]) => unknown, unknown];
  readonly partialChain?: (...args: never[]) => unknown;
  readonly crlCheck: boolean | 'peer' | 'best_effort';
  readonly crlCache: readonly [string, readonly ['internal' | unknown, readonly unknown[]]];
  readonly cacerts?: readonly Uint8Array[];
  readonly cacertfile?: string;
  readonly customizeHostnameCheck?: readonly (
    | readonly ['match_fun', (...args: never[]) => unknown]
    | readonly ['fail_callback', (...args: never[]) => unknown]
    | readonly ['fqdn_fun', (...args: never[]) => unknown]
  )[];
  readonly signatureAlgsCert?: readonly string[];
  readonly certificateAuthorities?: boolean;
  readonly stapling?: 'staple' | 'no_staple' | unknown;
  readonly cert?: Uint8Array | readonly Uint8Array[];
  readonly certfile?: string;
  readonly key?: readonly [SslKeyType, Uint8Array];
  readonly keyfile?: string;
  readonly password?: string | ((...args: never[]) => unknown);
  readonly certsKeys?: readonly unknown[];
  readonly dh?: Uint8Array;
  readonly dhfile?: string;
  readonly versions: readonly SslVersion[];
  readonly ciphers?: string | readonly unknown[];
  readonly eccs?: readonly SslNamedCurve[];
  readonly supportedGroups: readonly SslGroup[];
  readonly signatureAlgs: readonly SslSignatureAlgorithm[];
  readonly honorCipherOrder?: boolean;
  readonly honorEccOrder?: boolean;
  readonly paddingCheck: boolean;
  readonly beastMitigation: 'one_n_minus_one' | 'zero_n' | 'disabled';
  readonly fallback?: boolean;
  readonly v2HelloCompatible?: boolean;
  readonly secureRenegotiate: boolean;
  readonly clientRenegotiation?: boolean;
  readonly reuseSessions?: boolean;
  readonly reuseSession?: (...args: never[]) => unknown;
  readonly sessionTickets?:
    | 'disabled'
    | 'manual'
    | 'auto'
    | 'stateful'
    | 'stateless'
    | 'stateful_with_cert'
    | 'stateless_with_cert';
  readonly useTicket?: readonly Uint8Array[];
  readonly earlyData?: Uint8Array | 'enabled' | 'disabled';
  readonly antiReplay?: '10k' | '100k' | readonly [number, number, number];
  readonly keyUpdateAt?: number;
  readonly middleboxCompMode?: boolean;
  readonly cookie?: boolean;
  readonly maxHandshakeSize?: number;
  readonly handshake: 'hello' | 'full';
  readonly alpnAdvertisedProtocols?: readonly SslProtocolName[];
  readonly alpnPreferredProtocols?: readonly SslProtocolName[];
  readonly clientPreferredNextProtocols?:
    | readonly ['client' | 'server', readonly SslProtocolName[]]
    | readonly ['client' | 'server', readonly SslProtocolName[], SslProtocolName];
  readonly nextProtocolsAdvertised?: readonly SslProtocolName[];
  readonly serverNameIndication?: string | 'disable';
  readonly sniHosts?: readonly (readonly [string, unknown])[];
  readonly sniFun?: (...args: never[]) => unknown;
  readonly userLookupFun?: readonly [(...args: never[]) => unknown, unknown];
  readonly pskIdentity?: string;
  readonly srpIdentity?: readonly [string, string];
  readonly logAlert: boolean;
  readonly keepSecrets?: boolean;
  readonly hibernateAfter?: number;
  readonly cbInfo: SslCbInfo;
  readonly crypto?: 'noble' | 'node';
  readonly keylog?: (...args: never[]) => unknown;
}

/** The {@link TlsOptions} schema as data: one entry per option and role, then the constraints. */
export const tlsOptionsSchema: OptionSchema = {
  name: 'TlsOptions',
  options: [
    {
      spec: 'verify',
      ts: 'verify',
      role: 'client',
      type: SslVerifyType,
      default: 'verify_peer',
      doc: "verify the peer's certificate chain (verify_peer; a server then requests a client certificate) or allow every path validation error (verify_none); a client defaults to verify_peer as Erlang/OTP 26 does, not the manual's verify_none",
    },
    {
      spec: 'verify',
      ts: 'verify',
      role: 'server',
      type: SslVerifyType,
      default: 'verify_none',
      doc: 'with verify_peer a server requests a client certificate and validates it',
    },
    {
      spec: 'fail_if_no_peer_cert',
      ts: 'failIfNoPeerCert',
      role: 'server',
      type: opt.bool,
      default: false,
      doc: 'with verify_peer, fail when the client sends no certificate (an invalid one fails regardless)',
    },
    {
      spec: 'depth',
      ts: 'depth',
      role: 'common',
      type: opt.int(0, 255),
      default: 1,
      doc: 'most non-self-issued intermediate CAs between the peer certificate and the trusted root',
    },
    {
      spec: 'verify_fun',
      ts: 'verifyFun',
      role: 'common',
      type: opt.tuple(opt.fun, opt.any),
      doc: '{Fun, InitialUserState}: called for each path validation error, unknown extension and valid certificate; the default depends on verify',
    },
    {
      spec: 'partial_chain',
      ts: 'partialChain',
      role: 'common',
      type: opt.fun,
      doc: 'a fun(Chain) -> {trusted_ca, DerCert} | unknown_ca that claims an intermediate CA of the chain as trusted anchor',
    },
    {
      spec: 'crl_check',
      ts: 'crlCheck',
      role: 'common',
      type: opt.union(opt.bool, opt.literal('peer'), opt.literal('best_effort')),
      default: false,
      doc: "CRL checks in path validation: all certificates (true), the peer's only (peer), unknown status accepted (best_effort)",
    },
    {
      spec: 'crl_cache',
      ts: 'crlCache',
      role: 'common',
      type: opt.tuple(opt.string, opt.tuple(opt.union(opt.literal('internal'), opt.any), opt.list(opt.any))),
      default: ['ssl_crl_cache', ['internal', []]],
      doc: '{Module, {DbHandle, Args}}: how CRLs are looked up and cached (ssl_crl_cache or ssl_crl_hash_dir)',
    },
    {
      spec: 'cacerts',
      ts: 'cacerts',
      role: 'common',
      type: opt.list(opt.der),
      doc: 'trusted DER certificates, also used to build the own chain; overrides cacertfile',
    },
    {
      spec: 'cacertfile',
      ts: 'cacertfile',
      role: 'common',
      type: opt.string,
      doc: 'path of a PEM file of trusted CA certificates (a server also names them in certificate requests)',
    },
    {
      spec: 'customize_hostname_check',
      ts: 'customizeHostnameCheck',
      role: 'client',
      type: opt.list(
        opt.union(
          opt.tuple(opt.literal('match_fun'), opt.fun),
          opt.tuple(opt.literal('fail_callback'), opt.fun),
          opt.tuple(opt.literal('fqdn_fun'), opt.fun),
        ),
      ),
      doc: 'options of the server host name check (public_key:pkix_verify_hostname/3)',
    },
    {
      spec: 'signature_algs_cert',
      ts: 'signatureAlgsCert',
      role: 'common',
      type: opt.list(opt.string),
      doc: 'SignatureScheme names allowed in certificates, when they differ from signature_algs',
    },
    {
      spec: 'certificate_authorities',
      ts: 'certificateAuthorities',
      role: 'common',
      type: opt.bool,
      doc: 'send the certificate_authorities extension naming the trusted CAs',
    },
    {
      spec: 'stapling',
      ts: 'stapling',
      role: 'client',
      type: opt.union(opt.literal('staple'), opt.literal('no_staple'), opt.any),
      doc: 'OCSP stapling: request a stapled response (staple), not (no_staple), or a map of OCSP settings',
    },
    {
      spec: 'cert',
      ts: 'cert',
      role: 'common',
      type: opt.union(opt.der, opt.list(opt.der)),
      doc: 'own DER certificate, or the chain from it; overrides certfile',
    },
    {
      spec: 'certfile',
      ts: 'certfile',
      role: 'common',
      type: opt.string,
      doc: 'path of a PEM file with the own certificate (chain)',
    },
    {
      spec: 'key',
      ts: 'key',
      role: 'common',
      type: opt.tuple(SslKeyTypeType, opt.der),
      doc: '{Type, Der}: own private key; overrides keyfile',
    },
    {
      spec: 'keyfile',
      ts: 'keyfile',
      role: 'common',
      type: opt.string,
      doc: 'path of the own PEM private key; not given: the certfile',
    },
    {
      spec: 'password',
      ts: 'password',
      role: 'common',
      type: opt.union(opt.string, opt.fun),
      doc: 'password of an encrypted keyfile, or a function returning it',
    },
    {
      spec: 'certs_keys',
      ts: 'certsKeys',
      role: 'common',
      type: opt.list(opt.any),
      doc: 'several certificate/key pairs (maps of cert, key, certfile, keyfile, password); the best for the peer is used',
    },
    {
      spec: 'dh',
      ts: 'dh',
      role: 'server',
      type: opt.der,
      doc: 'DER Diffie-Hellman parameters; overrides dhfile',
    },
    {
      spec: 'dhfile',
      ts: 'dhfile',
      role: 'server',
      type: opt.string,
      doc: 'path of PEM Diffie-Hellman parameters for DHE suites',
    },
    {
      spec: 'versions',
      ts: 'versions',
      role: 'common',
      type: opt.list(SslVersionType),
      default: ['tlsv1.3', 'tlsv1.2'],
      doc: 'protocol versions offered or accepted; the default leaves out the legacy versions as Erlang/OTP 26 does',
    },
    {
      spec: 'ciphers',
      ts: 'ciphers',
      role: 'common',
      type: opt.union(opt.string, opt.list(opt.any)),
      doc: 'cipher suites: a colon-separated OpenSSL string, or a list of suite names, SslCipherSuite tuples or suite maps',
    },
    {
      spec: 'eccs',
      ts: 'eccs',
      role: 'common',
      type: opt.list(SslNamedCurveType),
      doc: 'named curves allowed for ECC suites, in order of preference',
    },
    {
      spec: 'supported_groups',
      ts: 'supportedGroups',
      role: 'common',
      type: opt.list(SslGroupType),
      default: ['x25519', 'x448', 'secp256r1', 'secp384r1'],
      doc: 'TLS 1.3 key exchange groups, in order of preference',
    },
    {
      spec: 'signature_algs',
      ts: 'signatureAlgs',
      role: 'common',
      type: opt.list(SslSignatureAlgorithmType),
      default: [
        ['sha512', 'ecdsa'],
        ['sha512', 'rsa'],
        ['sha384', 'ecdsa'],
        ['sha384', 'rsa'],
        ['sha256', 'ecdsa'],
        ['sha256', 'rsa'],
        ['sha224', 'ecdsa'],
        ['sha224', 'rsa'],
        ['sha', 'ecdsa'],
        ['sha', 'rsa'],
        ['sha', 'dsa'],
      ],
      doc: 'signature algorithms in order of preference: offered by a client, accepted and requested by a server',
    },
    {
      spec: 'honor_cipher_order',
      ts: 'honorCipherOrder',
      role: 'server',
      type: opt.bool,
      default: false,
      doc: "choose the cipher suite by the server's preference",
    },
    {
      spec: 'honor_ecc_order',
      ts: 'honorEccOrder',
      role: 'server',
      type: opt.bool,
      default: false,
      doc: "choose the ECC curve by the server's preference",
    },
    {
      spec: 'padding_check',
      ts: 'paddingCheck',
      role: 'common',
      type: opt.bool,
      default: true,
      doc: '(TLS 1.0) check block cipher padding; false interoperates with legacy peers but is open to POODLE',
    },
    {
      spec: 'beast_mitigation',
      ts: 'beastMitigation',
      role: 'common',
      type: opt.oneOf('one_n_minus_one', 'zero_n', 'disabled'),
      default: 'one_n_minus_one',
      doc: '(SSL 3.0, TLS 1.0) 1/n-1 or 0/n record splitting against BEAST, or none',
    },
    {
      spec: 'fallback',
      ts: 'fallback',
      role: 'client',
      type: opt.bool,
      default: false,
      doc: 'send TLS_FALLBACK_SCSV (RFC 7507) when retrying with lower versions',
    },
    {
      spec: 'v2_hello_compatible',
      ts: 'v2HelloCompatible',
      role: 'server',
      type: opt.bool,
      default: false,
      doc: 'accept a client hello in SSL 2.0 format',
    },
    {
      spec: 'secure_renegotiate',
      ts: 'secureRenegotiate',
      role: 'common',
      type: opt.bool,
      default: false,
      doc: 'refuse renegotiation without RFC 5746; false falls back to insecure renegotiation',
    },
    {
      spec: 'client_renegotiation',
      ts: 'clientRenegotiation',
      role: 'server',
      type: opt.bool,
      default: true,
      doc: 'allow client-initiated renegotiation',
    },
    {
      spec: 'reuse_sessions',
      ts: 'reuseSessions',
      role: 'common',
      type: opt.bool,
      doc: 'a client tries to reuse sessions, a server agrees to reuse them',
    },
    {
      spec: 'reuse_session',
      ts: 'reuseSession',
      role: 'server',
      type: opt.fun,
      doc: 'a fun(SuggestedSessionId, PeerCert, Compression, CipherSuite) -> boolean() deciding whether to reuse a session',
    },
    {
      spec: 'session_tickets',
      ts: 'sessionTickets',
      role: 'client',
      type: opt.oneOf('disabled', 'manual', 'auto'),
      doc: 'TLS 1.3 session tickets; client: none, handed to the user (manual) or reused automatically (auto); server: none, stateful or stateless, *_with_cert keeping the client certificate',
    },
    {
      spec: 'session_tickets',
      ts: 'sessionTickets',
      role: 'server',
      type: opt.oneOf('disabled', 'stateful', 'stateless', 'stateful_with_cert', 'stateless_with_cert'),
      doc: 'TLS 1.3 session tickets issued: none, stateful or stateless, *_with_cert keeping the client certificate',
    },
    {
      spec: 'use_ticket',
      ts: 'useTicket',
      role: 'client',
      type: opt.list(opt.binary),
      doc: 'tickets (from manual session_tickets) to resume with',
    },
    {
      spec: 'early_data',
      ts: 'earlyData',
      role: 'client',
      type: opt.binary,
      doc: '0-RTT; client: the data sent with a resumed TLS 1.3 handshake; server: whether to accept it',
    },
    {
      spec: 'early_data',
      ts: 'earlyData',
      role: 'server',
      type: opt.oneOf('enabled', 'disabled'),
      doc: 'accept 0-RTT data',
    },
    {
      spec: 'anti_replay',
      ts: 'antiReplay',
      role: 'server',
      type: opt.union(opt.literal('10k'), opt.literal('100k'), opt.tuple(opt.int(1), opt.int(1), opt.int(1))),
      doc: '0-RTT replay protection with stateless tickets: a preset or {WindowSeconds, BloomHashes, BloomBits}',
    },
    {
      spec: 'key_update_at',
      ts: 'keyUpdateAt',
      role: 'common',
      type: opt.int(1),
      doc: 'bytes sent after which the traffic keys are updated (TLS 1.3)',
    },
    {
      spec: 'middlebox_comp_mode',
      ts: 'middleboxCompMode',
      role: 'common',
      type: opt.bool,
      doc: 'TLS 1.3 middlebox compatibility mode (RFC 8446 D.4)',
    },
    {
      spec: 'cookie',
      ts: 'cookie',
      role: 'server',
      type: opt.bool,
      doc: 'send a cookie in a HelloRetryRequest',
    },
    {
      spec: 'max_handshake_size',
      ts: 'maxHandshakeSize',
      role: 'common',
      type: opt.int(1, 16777215),
      doc: 'largest handshake message accepted, in bytes',
    },
    {
      spec: 'handshake',
      ts: 'handshake',
      role: 'common',
      type: opt.oneOf('hello', 'full'),
      default: 'full',
      doc: 'full runs the whole handshake; hello pauses after the hello messages until handshake_continue or handshake_cancel',
    },
    {
      spec: 'alpn_advertised_protocols',
      ts: 'alpnAdvertisedProtocols',
      role: 'client',
      type: opt.list(SslProtocolNameType),
      doc: 'ALPN protocols offered, none of them empty',
    },
    {
      spec: 'alpn_preferred_protocols',
      ts: 'alpnPreferredProtocols',
      role: 'server',
      type: opt.list(SslProtocolNameType),
      doc: 'ALPN protocols in order of preference; no match fails with no_application_protocol',
    },
    {
      spec: 'client_preferred_next_protocols',
      ts: 'clientPreferredNextProtocols',
      role: 'client',
      type: opt.union(
        opt.tuple(opt.oneOf('client', 'server'), opt.list(SslProtocolNameType)),
        opt.tuple(opt.oneOf('client', 'server'), opt.list(SslProtocolNameType), SslProtocolNameType),
      ),
      doc: '{Precedence, ClientPrefs[, Default]}: Next Protocol Negotiation',
      deprecated: 'NPN is superseded by ALPN: use alpn_advertised_protocols',
    },
    {
      spec: 'next_protocols_advertised',
      ts: 'nextProtocolsAdvertised',
      role: 'server',
      type: opt.list(SslProtocolNameType),
      doc: 'NPN protocols sent to a client that supports Next Protocol Negotiation',
      deprecated: 'NPN is superseded by ALPN: use alpn_preferred_protocols',
    },
    {
      spec: 'server_name_indication',
      ts: 'serverNameIndication',
      role: 'client',
      type: opt.union(opt.string, opt.literal('disable')),
      doc: 'host name sent in SNI and checked against the certificate; disable sends none and skips the check',
    },
    {
      spec: 'sni_hosts',
      ts: 'sniHosts',
      role: 'server',
      type: opt.list(opt.tuple(opt.string, opt.any)),
      doc: '{Hostname, Options}: options that override the others for a client naming that host in SNI',
    },
    {
      spec: 'sni_fun',
      ts: 'sniFun',
      role: 'server',
      type: opt.fun,
      doc: 'a fun(ServerName) -> Options whose result is merged into the others for a client sending SNI',
    },
    {
      spec: 'user_lookup_fun',
      ts: 'userLookupFun',
      role: 'common',
      type: opt.tuple(opt.fun, opt.any),
      doc: '{Fun, UserState}: looks up PSK secrets and (server) SRP parameters',
    },
    {
      spec: 'psk_identity',
      ts: 'pskIdentity',
      role: 'client',
      type: opt.string,
      doc: 'client: the PSK identity presented to the server; server: the identity hint presented to the client',
    },
    {
      spec: 'psk_identity',
      ts: 'pskIdentity',
      role: 'server',
      type: opt.string,
      doc: 'the PSK identity hint presented to the client',
    },
    {
      spec: 'srp_identity',
      ts: 'srpIdentity',
      role: 'client',
      type: opt.tuple(opt.string, opt.string),
      doc: '{Username, Password} for SRP',
    },
    {
      spec: 'log_alert',
      ts: 'logAlert',
      role: 'common',
      type: opt.bool,
      default: true,
      doc: 'report alerts; false keeps them out of the log',
    },
    {
      spec: 'keep_secrets',
      ts: 'keepSecrets',
      role: 'common',
      type: opt.bool,
      doc: 'keep the traffic secrets for key logging',
    },
    {
      spec: 'hibernate_after',
      ts: 'hibernateAfter',
      role: 'common',
      type: opt.int(0),
      doc: 'milliseconds of inactivity after which the connection hibernates; not given (undefined): never',
    },
    {
      spec: 'cb_info',
      ts: 'cbInfo',
      role: 'common',
      type: SslCbInfoType,
      default: ['gen_tcp', 'tcp', 'tcp_closed', 'tcp_error'],
      doc: 'transport callback module and the tags of its messages',
    },
    {
      spec: 'crypto',
      ts: 'crypto',
      role: 'common',
      type: opt.oneOf('noble', 'node'),
      doc: 'an otpnet addition: the crypto provider, noble (TypeScript) or node (node:crypto); not given: node on Node.js, noble elsewhere',
    },
    {
      spec: 'keylog',
      ts: 'keylog',
      role: 'common',
      type: opt.fun,
      doc: "an otpnet addition: called with each SSLKEYLOGFILE (NSS key log) line of the connection's secrets",
    },
  ],
  constraints: [
    { kind: 'exclusive', options: ['sni_hosts', 'sni_fun'] },
    { kind: 'requires', option: 'fail_if_no_peer_cert', other: 'verify', op: '!=', value: 'verify_none' },
    { kind: 'requires', option: 'fail_if_no_peer_cert', other: 'verify', op: '!=', value: 0 },
    { kind: 'requires', option: 'reuse_session', other: 'reuse_sessions', op: '!=', value: false },
    { kind: 'requires', option: 'psk_identity', other: 'user_lookup_fun' },
  ],
};

/** The spec name (as in the Erlang docs and config files) of each {@link TlsOptions} property. */
export const tlsOptionsSpecNames = {
  verify: 'verify',
  failIfNoPeerCert: 'fail_if_no_peer_cert',
  depth: 'depth',
  verifyFun: 'verify_fun',
  partialChain: 'partial_chain',
  crlCheck: 'crl_check',
  crlCache: 'crl_cache',
  cacerts: 'cacerts',
  cacertfile: 'cacertfile',
  customizeHostnameCheck: 'customize_hostname_check',
  signatureAlgsCert: 'signature_algs_cert',
  certificateAuthorities: 'certificate_authorities',
  stapling: 'stapling',
  cert: 'cert',
  certfile: 'certfile',
  key: 'key',
  keyfile: 'keyfile',
  password: 'password',
  certsKeys: 'certs_keys',
  dh: 'dh',
  dhfile: 'dhfile',
  versions: 'versions',
  ciphers: 'ciphers',
  eccs: 'eccs',
  supportedGroups: 'supported_groups',
  signatureAlgs: 'signature_algs',
  honorCipherOrder: 'honor_cipher_order',
  honorEccOrder: 'honor_ecc_order',
  paddingCheck: 'padding_check',
  beastMitigation: 'beast_mitigation',
  fallback: 'fallback',
  v2HelloCompatible: 'v2_hello_compatible',
  secureRenegotiate: 'secure_renegotiate',
  clientRenegotiation: 'client_renegotiation',
  reuseSessions: 'reuse_sessions',
  reuseSession: 'reuse_session',
  sessionTickets: 'session_tickets',
  useTicket: 'use_ticket',
  earlyData: 'early_data',
  antiReplay: 'anti_replay',
  keyUpdateAt: 'key_update_at',
  middleboxCompMode: 'middlebox_comp_mode',
  cookie: 'cookie',
  maxHandshakeSize: 'max_handshake_size',
  handshake: 'handshake',
  alpnAdvertisedProtocols: 'alpn_advertised_protocols',
  alpnPreferredProtocols: 'alpn_preferred_protocols',
  clientPreferredNextProtocols: 'client_preferred_next_protocols',
  nextProtocolsAdvertised: 'next_protocols_advertised',
  serverNameIndication: 'server_name_indication',
  sniHosts: 'sni_hosts',
  sniFun: 'sni_fun',
  userLookupFun: 'user_lookup_fun',
  pskIdentity: 'psk_identity',
  srpIdentity: 'srp_identity',
  logAlert: 'log_alert',
  keepSecrets: 'keep_secrets',
  hibernateAfter: 'hibernate_after',
  cbInfo: 'cb_info',
  crypto: 'crypto',
  keylog: 'keylog',
} as const satisfies Record<keyof TlsOptions, string>;

/** The {@link TlsOptions} property of each spec name. */
export const tlsOptionsTsNames = {
  verify: 'verify',
  fail_if_no_peer_cert: 'failIfNoPeerCert',
  depth: 'depth',
  verify_fun: 'verifyFun',
  partial_chain: 'partialChain',
  crl_check: 'crlCheck',
  crl_cache: 'crlCache',
  cacerts: 'cacerts',
  cacertfile: 'cacertfile',
  customize_hostname_check: 'customizeHostnameCheck',
  signature_algs_cert: 'signatureAlgsCert',
  certificate_authorities: 'certificateAuthorities',
  stapling: 'stapling',
  cert: 'cert',
  certfile: 'certfile',
  key: 'key',
  keyfile: 'keyfile',
  password: 'password',
  certs_keys: 'certsKeys',
  dh: 'dh',
  dhfile: 'dhfile',
  versions: 'versions',
  ciphers: 'ciphers',
  eccs: 'eccs',
  supported_groups: 'supportedGroups',
  signature_algs: 'signatureAlgs',
  honor_cipher_order: 'honorCipherOrder',
  honor_ecc_order: 'honorEccOrder',
  padding_check: 'paddingCheck',
  beast_mitigation: 'beastMitigation',
  fallback: 'fallback',
  v2_hello_compatible: 'v2HelloCompatible',
  secure_renegotiate: 'secureRenegotiate',
  client_renegotiation: 'clientRenegotiation',
  reuse_sessions: 'reuseSessions',
  reuse_session: 'reuseSession',
  session_tickets: 'sessionTickets',
  use_ticket: 'useTicket',
  early_data: 'earlyData',
  anti_replay: 'antiReplay',
  key_update_at: 'keyUpdateAt',
  middlebox_comp_mode: 'middleboxCompMode',
  cookie: 'cookie',
  max_handshake_size: 'maxHandshakeSize',
  handshake: 'handshake',
  alpn_advertised_protocols: 'alpnAdvertisedProtocols',
  alpn_preferred_protocols: 'alpnPreferredProtocols',
  client_preferred_next_protocols: 'clientPreferredNextProtocols',
  next_protocols_advertised: 'nextProtocolsAdvertised',
  server_name_indication: 'serverNameIndication',
  sni_hosts: 'sniHosts',
  sni_fun: 'sniFun',
  user_lookup_fun: 'userLookupFun',
  psk_identity: 'pskIdentity',
  srp_identity: 'srpIdentity',
  log_alert: 'logAlert',
  keep_secrets: 'keepSecrets',
  hibernate_after: 'hibernateAfter',
  cb_info: 'cbInfo',
  crypto: 'crypto',
  keylog: 'keylog',
} as const satisfies Record<string, keyof TlsOptions>;

/**
 * Check {@link TlsOptions} for a client or a server. Returns the options with that role's defaults filled in,
 * or every problem at once, each naming the option (`depth: expected an integer 0..255, got -1`). Keys may be
 * camelCase or the spec's snake_case names, as in `failIfNoPeerCert` or `fail_if_no_peer_cert`. Deprecated
 * options are accepted with a warning.
 */
export function validateTlsOptions(input: unknown, role: OptionRole): OptionsResult<TlsOptionsResolved> {
  return validateOptions<TlsOptionsResolved>(tlsOptionsSchema, input, role);
}
