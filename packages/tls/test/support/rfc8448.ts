// The RFC 8448 traces as test material: the records and secrets of sections 3 and 4 (fixtures under
// test/fixtures/tls/), the client the RFC describes (NSS, offering TLS 1.3 only), and a sans-IO
// connection driven by hand, one input at a time, with what it outputs kept per call.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getProvider, type ProviderName } from '@otpnet/crypto';
import { CipherSuite, NamedGroup } from '@otpnet/tls-spec';
import { hex, hexFixture } from '../../../../test/fixtures/load.js';
import type { SessionCache, TlsConfig } from '../../src/config/config.js';
import { defaultConfig, suiteRows } from '../../src/config/defaults.js';
import { certifiedKey, loadCertificates, loadPrivateKey } from '../../src/config/load.js';
import { Connection, type DriverFactory } from '../../src/connection.js';
import type { AlertError } from '../../src/errors.js';

const FIXTURES = fileURLToPath(new URL('../../../../test/fixtures/tls/', import.meta.url));

/** A record of section `s`: rfc8448-<s>-<name>.hex. */
export function record(s: 3 | 4, name: string): Uint8Array {
  return hexFixture(`tls/rfc8448-${s}-${name}.hex`);
}

/** The secrets file of section `s`, by name. */
export function secrets(s: 3 | 4): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const line of readFileSync(`${FIXTURES}rfc8448-${s}-secrets.txt`, 'utf8').split('\n')) {
    const [name, value] = line.trim().split(/\s+/);
    if (name && value && !name.startsWith('#')) out[name] = hex(value);
  }
  return out;
}

export const serverCertPem = (): string => readFileSync(`${FIXTURES}rfc8448-2-server-cert.pem`, 'utf8');
export const serverKeyPem = (): string => readFileSync(`${FIXTURES}rfc8448-2-server-key.pem`, 'utf8');

/** The 50 octets both sides send as application data (00..31). */
export const APP_DATA = Uint8Array.from({ length: 50 }, (_, i) => i);

export const SESSION_KEY = 'server:443';

/**
 * A random source that hands out `chunks` in order, each to a call for its length: the trace's
 * randoms and private keys, in the order the handshake draws them.
 */
export function scripted(...chunks: Uint8Array[]): (n: number) => Uint8Array {
  const queue = [...chunks];
  return (n) => {
    const next = queue.shift();
    if (next === undefined || next.length !== n)
      throw new RangeError(`random(${n}) asked for, ${next ? `${next.length} bytes` : 'nothing'} scripted`);
    return next.slice();
  };
}

/** The groups NSS offers in the trace: x25519, secp256r1/384r1/521r1, ffdhe2048..8192. */
const RFC_GROUPS = [
  NamedGroup.x25519,
  NamedGroup.secp256r1,
  NamedGroup.secp384r1,
  NamedGroup.secp521r1,
  NamedGroup.ffdhe2048,
  NamedGroup.ffdhe3072,
  NamedGroup.ffdhe4096,
  NamedGroup.ffdhe6144,
  NamedGroup.ffdhe8192,
];

/** Its signature_algorithms, in its order (SHA-1 and DSA ones included: 0x0203, 0x0201, 0x0402, ...). */
const RFC_SCHEMES = [
  0x0403, 0x0503, 0x0603, 0x0203, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501, 0x0601, 0x0201, 0x0402, 0x0502,
  0x0602, 0x0202,
];

/**
 * The client of the trace: TLS 1.3 only, SNI "server", no legacy session id, one x25519 share,
 * tickets kept in `cache`; the server's self-signed RSA certificate is not verified.
 */
export function rfcClient(
  provider: ProviderName,
  cache: SessionCache,
  over: Partial<TlsConfig> = {},
): TlsConfig {
  return {
    ...defaultConfig('client', getProvider(provider)),
    versions: ['tlsv1.3'],
    suites: suiteRows([
      CipherSuite.TLS_AES_128_GCM_SHA256,
      CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
      CipherSuite.TLS_AES_256_GCM_SHA384,
    ]),
    groups: RFC_GROUPS,
    keyShares: 1,
    signatureSchemes: RFC_SCHEMES,
    serverName: 'server',
    verify: false,
    middleboxCompat: false,
    sessionTickets: true,
    sessionCache: cache,
    sessionKey: SESSION_KEY,
    ...over,
  };
}

/** The server of the trace: its RSA certificate (section 2), TLS 1.3 only. */
export function rfcServer(provider: ProviderName, over: Partial<TlsConfig> = {}): TlsConfig {
  const chain = loadCertificates('certfile', serverCertPem());
  return {
    ...defaultConfig('server', getProvider(provider)),
    versions: ['tlsv1.3'],
    groups: RFC_GROUPS,
    verify: false,
    certs: [certifiedKey(chain, loadPrivateKey('keyfile', serverKeyPem()))],
    ...over,
  };
}

/** One sans-IO connection and everything it gave back. */
export interface Driven {
  readonly conn: Connection;
  /** The chunks of each output call, in order. */
  readonly outputs: Uint8Array[][];
  readonly data: Uint8Array[];
  /** The keylog lines: label, then the secret in hex. */
  readonly keylog: Map<string, string>;
  done: boolean;
  peerClosed: boolean;
  error: AlertError | undefined;
  /** Feeds bytes (a copy: records are opened in place) and returns the chunks output meanwhile. */
  feed(bytes: Uint8Array): Uint8Array[];
  /** Runs `f` and returns the chunks it made the connection output. */
  during(f: () => void): Uint8Array[];
}

export function drive(config: TlsConfig, factory: DriverFactory): Driven {
  const d: Driven = {
    conn: undefined as unknown as Connection,
    outputs: [],
    data: [],
    keylog: new Map(),
    done: false,
    peerClosed: false,
    error: undefined,
    feed: (bytes) => d.during(() => d.conn.receive(bytes.slice())),
    during: (f) => {
      const before = d.outputs.length;
      f();
      return d.outputs.slice(before).flat();
    },
  };
  const keylog = (line: string): void => {
    const [label, , secret] = line.split(' ');
    if (label && secret) d.keylog.set(label, secret);
  };
  (d as { conn: Connection }).conn = new Connection(
    { ...config, keylog },
    {
      output: (chunks) => d.outputs.push(chunks.map((c) => c.slice())),
      data: (b) => d.data.push(b.slice()),
      handshakeDone: () => {
        d.done = true;
      },
      peerClosed: () => {
        d.peerClosed = true;
      },
      failed: (e) => {
        d.error = e;
      },
    },
    factory,
  );
  return d;
}

/** The handshake messages in `bytes` (type, 24-bit length, body), each with its header. */
export function messages(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; ) {
    const length =
      ((bytes[at + 1] as number) << 16) | ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
    out.push(bytes.subarray(at, at + 4 + length));
    at += 4 + length;
  }
  return out;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts));
}
