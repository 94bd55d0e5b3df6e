// SRP-6a as used by TLS-SRP (RFC 5054 section 2.5-2.6), on a provider's hash. Values are
// big-endian byte strings; PAD() left-pads to the length of N where the RFC requires it.
import { pow } from 'micro-rsa-dsa-dh/utils.js';
import { CryptoError } from '../../errors.js';
import type { DhGroupParams } from '../groups/dh-groups.js';
import type { HashAlg, Provider } from '../types.js';
import { bigIntToBytes, byteLength, bytesToBigInt, concatBytes, utf8 } from '../util/bytes.js';

export interface SrpParams {
  readonly provider: Provider;
  readonly group: DhGroupParams;
  /** RFC 5054 fixes SHA-1; other SRP-6a users pick other hashes. */
  readonly hash?: HashAlg;
}

function ctx(params: SrpParams) {
  const { provider, group } = params;
  const alg = params.hash ?? 'sha1';
  const nlen = byteLength(group.p);
  const H = (...parts: Uint8Array[]) => provider.hash(alg, concatBytes(...parts));
  const pad = (x: bigint) => bigIntToBytes(x, nlen);
  return { provider, N: group.p, g: group.g, H, pad, nlen };
}

type Ctx = ReturnType<typeof ctx>;

/** k = H(N | PAD(g)) */
function multiplier(c: Ctx): bigint {
  return bytesToBigInt(c.H(bigIntToBytes(c.N), c.pad(c.g)));
}

/** x = H(s | H(I | ":" | P)) */
export function srpX(params: SrpParams, username: string, password: string, salt: Uint8Array): Uint8Array {
  const c = ctx(params);
  return c.H(salt, c.H(utf8(`${username}:${password}`)));
}

/** v = g^x % N */
export function srpVerifier(
  params: SrpParams,
  username: string,
  password: string,
  salt: Uint8Array,
): Uint8Array {
  const c = ctx(params);
  return bigIntToBytes(pow(c.g, bytesToBigInt(srpX(params, username, password, salt)), c.N));
}

/** Random private value a or b (256 bits, RFC 5054 section 2.5.3/2.5.4 asks for at least 256). */
export function srpPrivate(params: SrpParams): Uint8Array {
  return params.provider.randomBytes(32);
}

/** Server: B = k*v + g^b % N */
export function srpServerPublic(params: SrpParams, verifier: Uint8Array, b: Uint8Array): Uint8Array {
  const c = ctx(params);
  const k = multiplier(c);
  return bigIntToBytes((k * bytesToBigInt(verifier) + pow(c.g, bytesToBigInt(b), c.N)) % c.N);
}

/** Client: A = g^a % N */
export function srpClientPublic(params: SrpParams, a: Uint8Array): Uint8Array {
  const c = ctx(params);
  return bigIntToBytes(pow(c.g, bytesToBigInt(a), c.N));
}

/** u = H(PAD(A) | PAD(B)) */
export function srpScrambler(params: SrpParams, A: Uint8Array, B: Uint8Array): Uint8Array {
  const c = ctx(params);
  return c.H(c.pad(bytesToBigInt(A)), c.pad(bytesToBigInt(B)));
}

function scrambler(c: Ctx, A: bigint, B: bigint): bigint {
  const u = bytesToBigInt(c.H(c.pad(A), c.pad(B)));
  if (u === 0n) throw new CryptoError('bad_public_value', 'SRP scrambling parameter is zero');
  return u;
}

/**
 * Client premaster secret S = (B - (k * g^x)) ^ (a + (u * x)) % N. Aborts when B % N == 0
 * (RFC 5054 section 2.5.4).
 */
export function srpClientSecret(
  params: SrpParams,
  input: {
    username: string;
    password: string;
    salt: Uint8Array;
    a: Uint8Array;
    A: Uint8Array;
    B: Uint8Array;
  },
): Uint8Array {
  const c = ctx(params);
  const B = bytesToBigInt(input.B);
  if (B % c.N === 0n) throw new CryptoError('bad_public_value', 'SRP server public value B % N == 0');
  const A = bytesToBigInt(input.A);
  const u = scrambler(c, A, B);
  const k = multiplier(c);
  const x = bytesToBigInt(srpX(params, input.username, input.password, input.salt));
  const base = (((B - ((k * pow(c.g, x, c.N)) % c.N)) % c.N) + c.N) % c.N;
  return bigIntToBytes(pow(base, bytesToBigInt(input.a) + u * x, c.N));
}

/** Server premaster secret S = (A * v^u) ^ b % N. Aborts when A % N == 0 (RFC 5054 section 2.5.4). */
export function srpServerSecret(
  params: SrpParams,
  input: { verifier: Uint8Array; b: Uint8Array; A: Uint8Array; B: Uint8Array },
): Uint8Array {
  const c = ctx(params);
  const A = bytesToBigInt(input.A);
  if (A % c.N === 0n) throw new CryptoError('bad_public_value', 'SRP client public value A % N == 0');
  const u = scrambler(c, A, bytesToBigInt(input.B));
  const v = bytesToBigInt(input.verifier);
  return bigIntToBytes(pow((A * pow(v, u, c.N)) % c.N, bytesToBigInt(input.b), c.N));
}
