// Key agreement: RFC 7748 vectors, public value validation, and the DH group constants
// against node:crypto's built-in MODP groups.
import { getDiffieHellman } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DH_GROUPS } from '../../src/index.js';
import { EACH, hex, unhex } from './support.js';

const X25519 = {
  alicePriv: '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a',
  alicePub: '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a',
  bobPriv: '5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb',
  bobPub: 'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f',
  shared: '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742',
};
const X448 = {
  alicePriv:
    '9a8f4925d1519f5775cf46b04b5800d4ee9ee8bae8bc5565d498c28dd9c9baf574a9419744897391006382a6f127ab1d9ac2d8c0a598726b',
  alicePub:
    '9b08f7cc31b7e3e67d22d5aea121074a273bd2b83de09c63faa73d2c22c5d9bbc836647241d953d40c5b12da88120d53177f80e532c41fa0',
  bobPriv:
    '1c306a7ac2a0e2e0990b294470cba339e6453772b075811d8fad0d1d6927c120bb5ee8972b0d3e21374c9c921b09d1b0366f10b65173992d',
  bobPub:
    '3eb7a829b0cd20f5bcfc0b599b6feccf6da4627107bdb0d4f345b43027d8b972fc3e34fb4232a13ca706dcb57aec3dae07bdc1c67bf33609',
  shared:
    '07fff4181ac6cc95ec1c16a94a0f74d12da232ce40a77552281d282bb60c0b56fd2464c335543936521c24403085d59a449a5037514a879d',
};

describe('DH group constants', () => {
  it('MODP groups equal node:crypto built-ins (RFC 2409 / RFC 3526)', () => {
    const pairs = [
      ['group1', 'modp2'],
      ['group14', 'modp14'],
      ['group16', 'modp16'],
      ['group18', 'modp18'],
    ] as const;
    for (const [ours, node] of pairs) {
      expect(DH_GROUPS[ours].p.toString(16)).toBe(getDiffieHellman(node).getPrime('hex'));
    }
  });

  it('ffdhe primes have the RFC 7919 shape', () => {
    for (const bits of [2048, 3072, 4096, 6144, 8192] as const) {
      const p = DH_GROUPS[`ffdhe${bits}`].p;
      expect(p.toString(2).length).toBe(bits);
      expect(p.toString(16).startsWith('ffffffffffffffffadf85458a2bb4a9a')).toBe(true);
      expect(p.toString(16).endsWith('ffffffffffffffff')).toBe(true);
    }
  });
});

describe.each(EACH)('key agreement: %s', (_name, p) => {
  for (const [curve, v] of [
    ['x25519', X25519],
    ['x448', X448],
  ] as const) {
    it(`${curve} (RFC 7748 section 6)`, () => {
      const k = p.ecdh(curve);
      expect(hex(k.publicKeyFromPrivate(unhex(v.alicePriv)))).toBe(v.alicePub);
      expect(hex(k.publicKeyFromPrivate(unhex(v.bobPriv)))).toBe(v.bobPub);
      expect(hex(k.computeSecret(unhex(v.alicePriv), unhex(v.bobPub)))).toBe(v.shared);
      expect(hex(k.computeSecret(unhex(v.bobPriv), unhex(v.alicePub)))).toBe(v.shared);
    });

    it(`${curve} rejects low-order peer values (RFC 7748 section 6 all-zero check)`, () => {
      const k = p.ecdh(curve);
      const size = curve === 'x25519' ? 32 : 56;
      const priv = k.generateKeyPair().privateKey;
      const zero = new Uint8Array(size);
      const one = new Uint8Array(size);
      one[0] = 1;
      for (const bad of [zero, one]) {
        expect(() => k.computeSecret(priv, bad)).toThrow(
          expect.objectContaining({ kind: 'bad_public_value' }),
        );
      }
      expect(() => k.computeSecret(priv, new Uint8Array(size - 1))).toThrow(
        expect.objectContaining({ kind: 'bad_public_value' }),
      );
    });
  }

  it.each(['secp256r1', 'secp384r1', 'secp521r1'] as const)(
    '%s ECDH agrees and validates points',
    (curve) => {
      const k = p.ecdh(curve);
      const a = k.generateKeyPair();
      const b = k.generateKeyPair();
      const size = { secp256r1: 32, secp384r1: 48, secp521r1: 66 }[curve];
      expect(a.privateKey.length).toBe(size);
      expect(a.publicKey.length).toBe(1 + 2 * size);
      expect(hex(k.computeSecret(a.privateKey, b.publicKey))).toBe(
        hex(k.computeSecret(b.privateKey, a.publicKey)),
      );
      const offCurve = Uint8Array.from(b.publicKey);
      offCurve[offCurve.length - 1] = (offCurve[offCurve.length - 1] as number) ^ 1;
      expect(() => k.computeSecret(a.privateKey, offCurve)).toThrow(
        expect.objectContaining({ kind: 'bad_public_value' }),
      );
      const compressed = Uint8Array.from(b.publicKey.subarray(0, 1 + size));
      compressed[0] = 2;
      expect(() => k.computeSecret(a.privateKey, compressed)).toThrow(
        expect.objectContaining({ kind: 'bad_public_value' }),
      );
    },
  );

  it('finite-field DH (ffdhe2048, group14, caller parameters) agrees and checks 1 < y < p-1', () => {
    for (const g of ['ffdhe2048', 'group14', { p: DH_GROUPS.group1.p, g: 2n }] as const) {
      const k = p.ecdh(g);
      const a = k.generateKeyPair();
      const b = k.generateKeyPair();
      const s = k.computeSecret(a.privateKey, b.publicKey);
      expect(hex(s)).toBe(hex(k.computeSecret(b.privateKey, a.publicKey)));
      const plen = typeof g === 'object' ? 128 : 256;
      expect(s.length).toBe(plen);
      expect(a.publicKey.length).toBe(plen);
      const pm1 = (typeof g === 'object' ? g.p : DH_GROUPS[g].p) - 1n;
      for (const y of [0n, 1n, pm1]) {
        const bytes = unhex(y.toString(16).padStart(plen * 2, '0'));
        expect(() => k.computeSecret(a.privateKey, bytes)).toThrow(
          expect.objectContaining({ kind: 'bad_public_value' }),
        );
      }
    }
  });

  it('rejects unknown groups and bad parameters', () => {
    expect(() => p.ecdh('secp256k1' as never)).toThrow(expect.objectContaining({ kind: 'unsupported' }));
    expect(() => p.ecdh({ p: 10n, g: 2n })).toThrow(expect.objectContaining({ kind: 'bad_input' }));
  });
});
