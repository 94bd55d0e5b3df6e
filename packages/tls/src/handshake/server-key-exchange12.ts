// The ephemeral key exchange of TLS 1.2: the server's ServerKeyExchange, signed over
// client_random || server_random || params (RFC 5246 section 7.4.3, RFC 8422 section 5.4), the
// client's check of it, and the premaster secret both sides compute (RFC 5246 section 8.1.2,
// RFC 8422 section 5.10). ECDHE uses a named curve; DHE sends p and g, from RFC 7919 or our config.
// RSA key transport has no ServerKeyExchange: its premaster travels encrypted in the
// ClientKeyExchange (RFC 5246 section 7.4.7.1; client12-kex.ts encrypts it).
import {
  DH_GROUPS,
  type DhGroupParams,
  type KeyAgreement,
  type PrivateKey,
  type Provider,
  type PublicKey,
} from '@otpnet/crypto';
import {
  type CipherSuitesRow,
  type ClientKeyExchange,
  encodeServerDHParams,
  encodeServerECDHParams,
  KeyExchangeAlgorithm,
  NamedGroup,
  NamedGroupsByGroup,
  type ServerKeyExchange,
  type ServerKeyExchangeInput,
} from '@otpnet/tls-spec';
import { bigintFromBytes, bytesOfBigint } from '@otpnet/wire';
import type { TlsConfig } from '../config/config.js';
import { alert } from '../errors.js';
import { concatBytes } from './key-schedule12.js';
import { KeyShare } from './key-share.js';
import { verifySignature } from './signatures.js';

export type Kex12 = 'ecdhe' | 'dhe' | 'rsa';

/** What the server's ServerKeyExchange offers: a named curve, or a finite field (named when RFC 7919's). */
export type KexParams12 =
  | { readonly kind: 'ecdhe'; readonly group: number }
  | { readonly kind: 'dhe'; readonly group: number | undefined; readonly dh: DhGroupParams };

/** A signature over the server's parameters (a DigitallySigned). */
export interface Signed {
  readonly algorithm: number;
  readonly signature: Uint8Array;
}

/** Finite-field groups smaller than this are refused (RFC 7919 section 3, "insufficient_security"). */
const MIN_DH_BITS = 2048;

const FFDHE_BY_NAME: Readonly<Record<string, number>> = {
  ffdhe2048: NamedGroup.ffdhe2048,
  ffdhe3072: NamedGroup.ffdhe3072,
  ffdhe4096: NamedGroup.ffdhe4096,
  ffdhe6144: NamedGroup.ffdhe6144,
  ffdhe8192: NamedGroup.ffdhe8192,
};

export function kexOf(suite: CipherSuitesRow): Kex12 {
  if (suite.kex === 'ecdhe' || suite.kex === 'dhe' || suite.kex === 'rsa') return suite.kex;
  throw alert('internal_error', `key exchange ${suite.kex} is not supported in TLS 1.2`);
}

/** The context ServerKeyExchange and ClientKeyExchange are decoded in. */
export function kexContext(suite: CipherSuitesRow | undefined): { kex: KeyExchangeAlgorithm } {
  if (suite?.kex === 'dhe') return { kex: KeyExchangeAlgorithm.dhe_rsa };
  if (suite?.kex === 'rsa') return { kex: KeyExchangeAlgorithm.rsa };
  return { kex: KeyExchangeAlgorithm.ec_diffie_hellman };
}

/**
 * The server's premaster secret from a ClientKeyExchange: the client's (EC)DHE value with our
 * ephemeral key, or the RSA-encrypted secret decrypted with our certificate's key. The provider's
 * rsaDecryptPremaster never fails on bad padding, a wrong length or a wrong client_version: it
 * returns random bytes instead, chosen without branching on them (RFC 5246 7.4.7.1). Such a
 * handshake goes on and fails on the client's Finished, whose record does not open under keys
 * from another premaster (bad_record_mac), as with any wrong key: Bleichenbacher's oracle learns
 * nothing from the alert or from when it comes.
 */
export function serverPremaster12(
  crypto: Provider,
  m: ClientKeyExchange,
  kex: Kex12,
  eph: Ephemeral12 | undefined,
  key: PrivateKey,
  clientVersion: number,
): Uint8Array {
  const keys = m.exchange_keys;
  if (kex === 'rsa' && keys.case === 'rsa') {
    if (key.kind !== 'rsa') throw alert('internal_error', 'RSA key transport without an RSA key');
    return crypto.rsaDecryptPremaster(key, keys.value.pre_master_secret, clientVersion);
  }
  let peer: Uint8Array;
  if (kex === 'ecdhe' && keys.case === 'ec_diffie_hellman') peer = keys.value.ecdh_Yc.point;
  else if (kex === 'dhe' && keys.case === 'dhe_rsa') peer = keys.value.dh_Yc;
  else throw alert('unexpected_message', 'ClientKeyExchange of a key exchange we did not choose');
  if (!eph) throw alert('internal_error', 'ClientKeyExchange before our key exchange parameters');
  return eph.premaster(peer);
}

/** The parameters of an ffdhe group by its registry value. */
export function ffdheParams(group: number): DhGroupParams {
  const name = Object.keys(FFDHE_BY_NAME).find((n) => FFDHE_BY_NAME[n] === group);
  const params = name === undefined ? undefined : DH_GROUPS[name as keyof typeof DH_GROUPS];
  if (!params) throw alert('internal_error', `group ${group} is not an ffdhe group`);
  return params;
}

/** One side's ephemeral key pair and the premaster secret with the peer's public value. */
export class Ephemeral12 {
  private readonly share: KeyShare | undefined;
  private readonly agreement: KeyAgreement | undefined;
  private readonly privateKey: Uint8Array;
  readonly publicKey: Uint8Array;

  constructor(crypto: Provider, params: KexParams12) {
    if (params.kind === 'ecdhe') {
      this.share = new KeyShare(crypto, params.group);
      this.privateKey = this.share.pair.privateKey;
      this.publicKey = this.share.publicKey;
      return;
    }
    // A known prime uses the provider's named group (node: its native DH); others go by p and g.
    const named = Object.entries(DH_GROUPS).find(([, g]) => g.p === params.dh.p && g.g === params.dh.g);
    try {
      this.agreement = crypto.ecdh(named ? (named[0] as keyof typeof DH_GROUPS) : params.dh);
    } catch (e) {
      throw alert('illegal_parameter', `bad DH group: ${e instanceof Error ? e.message : String(e)}`);
    }
    const pair = this.agreement.generateKeyPair();
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
  }

  /** The premaster secret; a malformed peer value is illegal_parameter. */
  premaster(peer: Uint8Array): Uint8Array {
    if (this.share) return this.share.secret(peer);
    const agreement = this.agreement as KeyAgreement;
    let z: Uint8Array;
    try {
      z = agreement.computeSecret(this.privateKey, peer);
    } catch (e) {
      throw alert('illegal_parameter', `bad DH public value: ${e instanceof Error ? e.message : String(e)}`);
    }
    // RFC 5246 section 8.1.2: leading zero bytes of Z are stripped.
    let start = 0;
    while (start < z.length - 1 && z[start] === 0) start++;
    return z.subarray(start);
  }
}

function paramsBytes(params: KexParams12, publicKey: Uint8Array): Uint8Array {
  if (params.kind === 'ecdhe')
    return encodeServerECDHParams({
      curve_params: { body: { case: 'named_curve', value: { namedcurve: params.group } } },
      public: { point: publicKey },
    });
  return encodeServerDHParams({
    dh_p: bytesOfBigint(params.dh.p),
    dh_g: bytesOfBigint(params.dh.g),
    dh_Ys: publicKey,
  });
}

/** The bytes a ServerKeyExchange signature covers. */
export function signedContent(clientRandom: Uint8Array, serverRandom: Uint8Array, params: Uint8Array) {
  return concatBytes(clientRandom, serverRandom, params);
}

/** The server's ServerKeyExchange for `eph`, signed by `sign` over the randoms and the params. */
export function serverKeyExchange(
  params: KexParams12,
  eph: Ephemeral12,
  randoms: { client: Uint8Array; server: Uint8Array },
  sign: (content: Uint8Array) => Signed,
): ServerKeyExchangeInput {
  const signed = sign(signedContent(randoms.client, randoms.server, paramsBytes(params, eph.publicKey)));
  const signed_params = { algorithm: signed.algorithm, signature: signed.signature };
  if (params.kind === 'ecdhe')
    return {
      body: {
        value: {
          params: {
            curve_params: { body: { case: 'named_curve', value: { namedcurve: params.group } } },
            public: { point: eph.publicKey },
          },
          signed_params,
        },
      },
    };
  return {
    body: {
      value: {
        params: { dh_p: bytesOfBigint(params.dh.p), dh_g: bytesOfBigint(params.dh.g), dh_Ys: eph.publicKey },
        signed_params,
      },
    },
  };
}

/** What the client learns from a ServerKeyExchange it accepted. */
export interface ServerKex12 {
  readonly eph: Ephemeral12;
  readonly premaster: Uint8Array;
  /** The named group, when the group is in the registry. */
  readonly group: number | undefined;
  readonly scheme: number;
}

/**
 * The client's check of a ServerKeyExchange: the signature by the server's certificate key, then
 * a group we offered (ECDHE) or one strong enough (DHE); our key pair and the premaster secret.
 */
export function acceptServerKeyExchange(
  config: TlsConfig,
  m: ServerKeyExchange,
  raw: Uint8Array,
  randoms: { client: Uint8Array; server: Uint8Array },
  serverKey: PublicKey | undefined,
): ServerKex12 {
  const b = m.body;
  if (b.case !== 'ec_diffie_hellman' && b.case !== 'dhe_rsa')
    throw alert('unexpected_message', 'ServerKeyExchange of a key exchange we did not negotiate');
  const signed = b.value.signed_params;
  // The params are the body up to the DigitallySigned: scheme (2), length (2), signature.
  const body = raw.subarray(4);
  const paramsRaw = body.subarray(0, body.length - 4 - signed.signature.length);
  const content = signedContent(randoms.client, randoms.server, paramsRaw);
  const { crypto, signatureSchemes } = config;
  verifySignature(
    crypto,
    signed.algorithm,
    signatureSchemes,
    serverKey,
    content,
    signed.signature,
    'tlsv1.2',
  );
  let kex: KexParams12;
  let peer: Uint8Array;
  if (b.case === 'ec_diffie_hellman') {
    const group = b.value.params.curve_params.body.value.namedcurve;
    if (NamedGroupsByGroup.get(group)?.kind !== 'ecdhe' || !config.groups.includes(group))
      throw alert('illegal_parameter', `ServerKeyExchange names curve ${group}, which was not offered`);
    kex = { kind: 'ecdhe', group };
    peer = b.value.params.public.point;
  } else {
    const dh = b.value.params;
    const p = bigintFromBytes(dh.dh_p);
    const g = bigintFromBytes(dh.dh_g);
    const bits = p.toString(2).length;
    if (bits < MIN_DH_BITS) throw alert('insufficient_security', `DH group of ${bits} bits`);
    if (g <= 1n || g >= p - 1n || (p & 1n) === 0n) throw alert('illegal_parameter', 'bad DH group');
    const named = Object.entries(FFDHE_BY_NAME).find(([n]) => {
      const known = DH_GROUPS[n as keyof typeof DH_GROUPS];
      return known.p === p && known.g === g;
    });
    kex = { kind: 'dhe', group: named?.[1], dh: { p, g } };
    peer = dh.dh_Ys;
  }
  const eph = new Ephemeral12(crypto, kex);
  return { eph, premaster: eph.premaster(peer), group: kex.group, scheme: signed.algorithm };
}
