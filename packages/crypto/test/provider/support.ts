// Shared helpers for the provider tests: both providers, hex, and keys made by the openssl CLI.
import { execFileSync } from 'node:child_process';
import { createPrivateKey, type JsonWebKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EcCurve, getProvider, type PrivateKey, type Provider } from '../../src/index.js';

export const PROVIDERS: readonly Provider[] = [getProvider('noble'), getProvider('node')];
/** For describe.each: [name, provider]. */
export const EACH: ReadonlyArray<readonly [string, Provider]> = PROVIDERS.map((p) => [p.name, p] as const);

export const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
export const unhex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s.replace(/\s+/g, ''), 'hex'));
export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const big = (b64u: string | undefined): bigint => {
  if (b64u === undefined) throw new Error('missing JWK field');
  return BigInt(`0x${Buffer.from(b64u, 'base64url').toString('hex') || '0'}`);
};
const raw = (b64u: string | undefined): Uint8Array => {
  if (b64u === undefined) throw new Error('missing JWK field');
  return new Uint8Array(Buffer.from(b64u, 'base64url'));
};

const JWK_CURVES: Record<string, EcCurve> = {
  'P-256': 'secp256r1',
  'P-384': 'secp384r1',
  'P-521': 'secp521r1',
};

/** Converts a PEM private key (RSA, EC, Ed25519/Ed448, X25519/X448) into the provider key type. */
export function privateKeyFromPem(pem: string): PrivateKey {
  const jwk = createPrivateKey(pem).export({ format: 'jwk' }) as JsonWebKey;
  if (jwk.kty === 'RSA') {
    return {
      kind: 'rsa',
      n: big(jwk.n),
      e: big(jwk.e),
      d: big(jwk.d),
      p: big(jwk.p),
      q: big(jwk.q),
      dp: big(jwk.dp),
      dq: big(jwk.dq),
      qi: big(jwk.qi),
    };
  }
  if (jwk.kty === 'EC') {
    const curve = JWK_CURVES[jwk.crv ?? ''];
    if (!curve) throw new Error(`curve ${jwk.crv}`);
    return { kind: 'ec', curve, d: raw(jwk.d), point: new Uint8Array([4, ...raw(jwk.x), ...raw(jwk.y)]) };
  }
  if (jwk.kty === 'OKP') {
    const kind = (jwk.crv ?? '').toLowerCase() as 'ed25519' | 'ed448' | 'x25519' | 'x448';
    return { kind, privateKey: raw(jwk.d), publicKey: raw(jwk.x) };
  }
  throw new Error(`unsupported JWK ${jwk.kty}`);
}

/** A scratch directory for openssl files; call cleanup() in afterAll. */
export function scratch(): { dir: string; path: (f: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'otpnet-crypto-'));
  return { dir, path: (f) => join(dir, f), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function openssl(args: readonly string[], input?: Uint8Array): Buffer {
  return execFileSync('openssl', args, { input, timeout: 20_000, stdio: ['pipe', 'pipe', 'pipe'] });
}

export function writeBytes(path: string, data: Uint8Array | string): void {
  writeFileSync(path, data);
}

export function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

/** openssl asn1parse output: the INTEGER values in order. */
export function asn1Integers(pemPath: string): bigint[] {
  const out = openssl(['asn1parse', '-in', pemPath]).toString();
  return [...out.matchAll(/INTEGER\s+:(-?[0-9A-F]+)/g)].map((m) => BigInt(`0x${m[1]}`));
}

export function randomLength(max: number): number {
  return Math.floor(Math.random() * (max + 1));
}
