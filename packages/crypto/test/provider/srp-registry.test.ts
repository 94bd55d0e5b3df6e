// SRP-6a (RFC 5054 Appendix B vectors), provider selection and error reporting.
import { getDiffieHellman } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CryptoError,
  defaultProviderName,
  getProvider,
  resolveProvider,
  SRP_GROUPS,
  srpClientPublic,
  srpClientSecret,
  srpPrivate,
  srpScrambler,
  srpServerPublic,
  srpServerSecret,
  srpVerifier,
  srpX,
} from '../../src/index.js';
import { EACH, hex, unhex } from './support.js';

const B5054 = {
  salt: 'beb25379d1a8581eb5a727673a2441ee',
  x: '94b7555aabe9127cc58ccf4993db6cf84d16c124',
  v: '7e273de8696ffc4f4e337d05b4b375beb0dde1569e8fa00a9886d8129bada1f1822223ca1a605b530e379ba4729fdc59f105b4787e5186f5c671085a1447b52a48cf1970b4fb6f8400bbf4cebfbb168152e08ab5ea53d15c1aff87b2b9da6e04e058ad51cc72bfc9033b564e26480d78e955a5e29e7ab245db2be315e2099afb',
  a: '60975527035cf2ad1989806f0407210bc81edc04e2762a56afd529ddda2d4393',
  b: 'e487cb59d31ac550471e81f00f6928e01dda08e974a004f49e61f5d105284d20',
  A: '61d5e490f6f1b79547b0704c436f523dd0e560f0c64115bb72557ec44352e8903211c04692272d8b2d1a5358a2cf1b6e0bfcf99f921530ec8e39356179eae45e42ba92aeaced825171e1e8b9af6d9c03e1327f44be087ef06530e69f66615261eef54073ca11cf5858f0edfdfe15efeab349ef5d76988a3672fac47b0769447b',
  B: 'bd0c61512c692c0cb6d041fa01bb152d4916a1e77af46ae105393011baf38964dc46a0670dd125b95a981652236f99d9b681cbf87837ec996c6da04453728610d0c6ddb58b318885d7d82c7f8deb75ce7bd4fbaa37089e6f9c6059f388838e7a00030b331eb76840910440b1b27aaeaeeb4012b7d7665238a8e3fb004b117b58',
  u: 'ce38b9593487da98554ed47d70a7ae5f462ef019',
  S: 'b0dc82babcf30674ae450c0287745e7990a3381f63b387aaf271a10d233861e359b48220f7c4693c9ae12b0a6f67809f0876e2d013800d6c41bb59b6d5979b5c00a172b4a2a5903a0bdcaf8a709585eb2afafa8f3499b200210dcc1f10eb33943cd67fc88a2f39a4be5bec4ec0a3212dc346d7e474b29ede8a469ffeca686e5a',
};

describe.each(EACH)('SRP-6a: %s', (_name, provider) => {
  const params = { provider, group: SRP_GROUPS.srp1024 };
  const salt = unhex(B5054.salt);

  it('reproduces RFC 5054 Appendix B', () => {
    expect(hex(srpX(params, 'alice', 'password123', salt))).toBe(B5054.x);
    const v = srpVerifier(params, 'alice', 'password123', salt);
    expect(hex(v)).toBe(B5054.v);
    const A = srpClientPublic(params, unhex(B5054.a));
    const B = srpServerPublic(params, v, unhex(B5054.b));
    expect(hex(A)).toBe(B5054.A);
    expect(hex(B)).toBe(B5054.B);
    expect(hex(srpScrambler(params, A, B))).toBe(B5054.u);
    const client = srpClientSecret(params, {
      username: 'alice',
      password: 'password123',
      salt,
      a: unhex(B5054.a),
      A,
      B,
    });
    const server = srpServerSecret(params, { verifier: v, b: unhex(B5054.b), A, B });
    expect(hex(client)).toBe(B5054.S);
    expect(hex(server)).toBe(B5054.S);
  });

  it('agrees with random values on a larger group and rejects A % N == 0 / B % N == 0', () => {
    const p2 = { provider, group: SRP_GROUPS.srp2048, hash: 'sha256' as const };
    const v = srpVerifier(p2, 'bob', 'hunter2', salt);
    const a = srpPrivate(p2);
    const b = srpPrivate(p2);
    const A = srpClientPublic(p2, a);
    const B = srpServerPublic(p2, v, b);
    const cs = srpClientSecret(p2, { username: 'bob', password: 'hunter2', salt, a, A, B });
    expect(hex(cs)).toBe(hex(srpServerSecret(p2, { verifier: v, b, A, B })));
    const N = unhex(SRP_GROUPS.srp2048.p.toString(16));
    expect(() => srpServerSecret(p2, { verifier: v, b, A: N, B })).toThrow(
      expect.objectContaining({ kind: 'bad_public_value' }),
    );
    expect(() =>
      srpClientSecret(p2, { username: 'bob', password: 'hunter2', salt, a, A, B: new Uint8Array(1) }),
    ).toThrow(expect.objectContaining({ kind: 'bad_public_value' }));
  });
});

describe('SRP groups', () => {
  it('the 3072-8192 groups are the RFC 3526 primes with generators 5, 5, 5, 19', () => {
    expect(SRP_GROUPS.srp3072.p.toString(16)).toBe(getDiffieHellman('modp15').getPrime('hex'));
    expect(SRP_GROUPS.srp8192.p.toString(16)).toBe(getDiffieHellman('modp18').getPrime('hex'));
    expect([SRP_GROUPS.srp3072.g, SRP_GROUPS.srp4096.g, SRP_GROUPS.srp6144.g, SRP_GROUPS.srp8192.g]).toEqual([
      5n,
      5n,
      5n,
      19n,
    ]);
    expect(SRP_GROUPS.srp1536.p.toString(2).length).toBe(1536);
    expect(SRP_GROUPS.srp2048.p.toString(2).length).toBe(2048);
  });
});

describe('provider selection and errors', () => {
  it('defaults to node on Node.js and resolves crypto options', () => {
    expect(defaultProviderName()).toBe('node');
    expect(getProvider().name).toBe('node');
    expect(getProvider('noble').name).toBe('noble');
    expect(resolveProvider('noble')).toBe(getProvider('noble'));
    expect(resolveProvider(getProvider('node'))).toBe(getProvider('node'));
    expect(resolveProvider()).toBe(getProvider('node'));
    expect(() => getProvider('webcrypto' as never)).toThrow(CryptoError);
  });

  it('defaults to noble where node:crypto is not available', () => {
    const proc = process as unknown as { getBuiltinModule?: unknown };
    const saved = proc.getBuiltinModule;
    proc.getBuiltinModule = undefined;
    try {
      expect(defaultProviderName()).toBe('noble');
    } finally {
      proc.getBuiltinModule = saved;
    }
  });

  it.each(EACH)('%s: unknown primitives fail with a message naming primitive and provider', (name, p) => {
    expect(() => p.hash('sha3-256' as never, new Uint8Array(0))).toThrow(
      new RegExp(`primitive hash sha3-256 is not available in crypto provider '${name}'`),
    );
    expect(() => p.hmac('sha3-256' as never, new Uint8Array(1), new Uint8Array(0))).toThrow(CryptoError);
    expect(() => p.aead('aes-128-ccm' as never, new Uint8Array(16))).toThrow(
      new RegExp(`aes-128-ccm is not available in crypto provider '${name}'`),
    );
    expect(() => p.cipher('aes-128-ofb' as never, new Uint8Array(16), new Uint8Array(16), 'encrypt')).toThrow(
      new RegExp(`primitive cipher aes-128-ofb is not available in crypto provider '${name}'`),
    );
    expect(() =>
      p.sign(
        'rsa_pkcs1_sha3_256' as never,
        { kind: 'ed25519', privateKey: new Uint8Array(32) },
        new Uint8Array(0),
      ),
    ).toThrow(expect.objectContaining({ kind: 'unsupported' }));
  });

  it.each(EACH)('%s: randomness and constant-time comparison', (_name, p) => {
    const a = p.randomBytes(32);
    expect(a.length).toBe(32);
    expect(hex(a)).not.toBe(hex(p.randomBytes(32)));
    expect(p.timingSafeEqual(a, Uint8Array.from(a))).toBe(true);
    const b = Uint8Array.from(a);
    b[31] = (b[31] as number) ^ 1;
    expect(p.timingSafeEqual(a, b)).toBe(false);
    expect(p.timingSafeEqual(a, a.subarray(1))).toBe(false);
  });

  it.each(EACH)('%s: errors about keys never echo key material', (_name, p) => {
    const secret = new Uint8Array(31).fill(0xab);
    try {
      p.sign('ed25519', { kind: 'ed25519', privateKey: secret }, new Uint8Array(0));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CryptoError);
      expect(String((e as Error).message)).not.toMatch(/abab|171/);
    }
  });
});
