// The TLS 1.2 suites the interop tests run against every peer, with each peer's names for them:
// the AEAD suites of our defaults (ECDHE_ECDSA, ECDHE_RSA, DHE_RSA with AES-GCM and
// ChaCha20-Poly1305), and DHE_RSA with ChaCha20-Poly1305, which is there when asked for by name.

export interface Suite12 {
  /** Key exchange as GnuTLS describes a connection: `(ECDHE-X25519)`, `(DHE-FFDHE2048)`. */
  kx: 'ECDHE' | 'DHE';
  /** The certificate the suite takes. */
  auth: 'RSA' | 'ECDSA';
  /** GnuTLS priority names. */
  gnutlsKx: string;
  gnutlsCipher: string;
  /** OpenSSL's name (node:tls `ciphers`). */
  openssl: string;
}

const row = (kx: Suite12['kx'], auth: Suite12['auth'], gnutlsCipher: string, openssl: string): Suite12 => ({
  kx,
  auth,
  gnutlsKx: kx === 'DHE' ? 'DHE-RSA' : `ECDHE-${auth}`,
  gnutlsCipher,
  openssl,
});

/** [IANA name, the peers' names]. */
export const SUITES12: ReadonlyArray<readonly [string, Suite12]> = [
  [
    'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
    row('ECDHE', 'ECDSA', 'AES-128-GCM', 'ECDHE-ECDSA-AES128-GCM-SHA256'),
  ],
  [
    'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
    row('ECDHE', 'ECDSA', 'AES-256-GCM', 'ECDHE-ECDSA-AES256-GCM-SHA384'),
  ],
  [
    'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
    row('ECDHE', 'ECDSA', 'CHACHA20-POLY1305', 'ECDHE-ECDSA-CHACHA20-POLY1305'),
  ],
  [
    'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
    row('ECDHE', 'RSA', 'AES-128-GCM', 'ECDHE-RSA-AES128-GCM-SHA256'),
  ],
  [
    'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
    row('ECDHE', 'RSA', 'AES-256-GCM', 'ECDHE-RSA-AES256-GCM-SHA384'),
  ],
  [
    'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
    row('ECDHE', 'RSA', 'CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305'),
  ],
  ['TLS_DHE_RSA_WITH_AES_128_GCM_SHA256', row('DHE', 'RSA', 'AES-128-GCM', 'DHE-RSA-AES128-GCM-SHA256')],
  ['TLS_DHE_RSA_WITH_AES_256_GCM_SHA384', row('DHE', 'RSA', 'AES-256-GCM', 'DHE-RSA-AES256-GCM-SHA384')],
  [
    'TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
    row('DHE', 'RSA', 'CHACHA20-POLY1305', 'DHE-RSA-CHACHA20-POLY1305'),
  ],
];

/** Every suite of SUITES12, for a listener of ours that must offer them all. */
export const ALL_SUITES12: readonly string[] = SUITES12.map(([s]) => s);
